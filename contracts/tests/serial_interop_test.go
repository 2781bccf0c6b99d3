package tests

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// jsSerialTree builds the serial tree of tb with the JavaScript library; it skips the test
// (or fails it under CI) when node or contracts/node_modules is missing.
func jsSerialTree(t *testing.T, tb *testBatch) (root common.Hash, proofs [][][32]byte) {
	t.Helper()
	modules, err := filepath.Abs(filepath.Join("..", "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	missing := ""
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node not found in PATH"
	} else if _, err := os.Stat(filepath.Join(modules, "@openzeppelin", "merkle-tree")); err != nil {
		missing = "contracts/node_modules/@openzeppelin/merkle-tree is absent"
	}
	if missing != "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s: run make contracts first", missing)
		}
		t.Skipf("%s: run make contracts first", missing)
	}
	input, err := json.Marshal(map[string]any{"batchId": hexutil.Encode(tb.id[:]), "serials": tb.serials})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join("testdata", "serial_tree.js"))
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node testdata/serial_tree.js: %v\n%s", err, stderr.String())
	}
	var res struct {
		Root   common.Hash     `json:"root"`
		Proofs [][]common.Hash `json:"proofs"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Proofs {
		proof := make([][32]byte, len(p))
		for i, h := range p {
			proof[i] = h
		}
		proofs = append(proofs, proof)
	}
	return res.Root, proofs
}

// TestSerialProofsFromJavaScript registers a batch whose serial tree was built by both the
// Go package and @openzeppelin/merkle-tree, and checks on every backend that the contract
// accepts the proofs of both, for verification and for dispensing.
func TestSerialProofsFromJavaScript(t *testing.T) {
	tb := newTestBatch(gtinC, "LOT-JS", "JS", 37)
	jsRoot, jsProofs := jsSerialTree(t, tb)
	if jsRoot != tb.tree.Root() {
		t.Fatalf("JS root %x, Go root %x", jsRoot, tb.tree.Root())
	}
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, pharmaFunded()...)
			p := deployPharmaBase(t, b)
			p.send(t, manufacturer, p.registerCall(tb.reg))
			p.move(t, tb, manufacturer, pharmacy, 10)
			for i, serial := range tb.serials {
				for name, proof := range map[string][][32]byte{"JS": jsProofs[i], "Go": tb.proof(serial)} {
					s := must(p.batches.VerifyPack(p.opts(), gtinC, "LOT-JS", serial, proof, pharmacy.addr))
					if s != packActive {
						t.Fatalf("%s proof of %s: status %d, want active", name, serial, s)
					}
				}
			}
			// Dispense with a JavaScript proof, directly and through a prescription.
			p.send(t, pharmacy, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.Dispense(o, pharmacy.addr, tb.id, tb.serials[5], jsProofs[5])
			})
			p.send(t, provider, p.issueCall(p.rxRequest(gtinC, 1, 0, false)))
			pack := tb.pack(tb.serials[6])
			pack.Proof = jsProofs[6]
			p.send(t, pharmacy, p.rxDispenseCall(3, 1, pack))
			for _, i := range []int{5, 6} {
				if s := p.status(tb, tb.serials[i], pharmacy.addr); s != packDispensed {
					t.Errorf("serial %s: status %d, want dispensed", tb.serials[i], s)
				}
			}
		})
	}
}
