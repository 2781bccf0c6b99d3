package merkle_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/merkle"
)

// nodeModules is contracts/node_modules, where the pinned @openzeppelin/merkle-tree lives.
var nodeModules = filepath.Join("..", "..", "contracts", "node_modules")

// requireNode skips the test, or fails it under CI, when node or the pinned library is
// missing.
func requireNode(t *testing.T) {
	t.Helper()
	var missing string
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node not found in PATH"
	} else if _, err := os.Stat(filepath.Join(nodeModules, "@openzeppelin", "merkle-tree")); err != nil {
		missing = "contracts/node_modules/@openzeppelin/merkle-tree is absent"
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s: run make contracts (npm ci in contracts/) first", missing)
	}
	t.Skipf("%s: run make contracts (npm ci in contracts/) first", missing)
}

// interopOut is what testdata/interop.js prints.
type interopOut struct {
	Root          string          `json:"root"`
	Dump          json.RawMessage `json:"dump"`
	Proofs        [][]string      `json:"proofs"`
	GoDumpLoaded  bool            `json:"goDumpLoaded"`
	GoDumpRoot    string          `json:"goDumpRoot"`
	GoProofsValid []bool          `json:"goProofsValid"`
}

// runInterop builds the same tree in Go and with the JavaScript library and checks, both
// ways, roots, layouts (whole dumps), proofs and verification.
func runInterop(t *testing.T, encoding []string, values [][]any) {
	t.Helper()
	goTree, err := merkle.Of(values, encoding)
	if err != nil {
		t.Fatal(err)
	}
	goDump, err := json.Marshal(goTree)
	if err != nil {
		t.Fatal(err)
	}
	var dumpFields struct {
		Values []struct {
			Value []json.RawMessage `json:"value"`
		} `json:"values"`
	}
	if err := json.Unmarshal(goDump, &dumpFields); err != nil {
		t.Fatal(err)
	}
	jsValues := make([][]json.RawMessage, len(values))
	goProofs := make([][]string, len(values))
	for i := range values {
		jsValues[i] = dumpFields.Values[i].Value
		proof, err := goTree.ProofOf(i)
		if err != nil {
			t.Fatal(err)
		}
		goProofs[i] = hexes(proof)
	}
	root := goTree.Root()
	input, err := json.Marshal(map[string]any{
		"encoding": encoding, "values": jsValues, "goRoot": hexutil.Encode(root[:]),
		"goDump": json.RawMessage(goDump), "goProofs": goProofs,
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join("testdata", "interop.js"))
	abs, err := filepath.Abs(nodeModules)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Env = append(os.Environ(), "NODE_PATH="+abs)
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("node testdata/interop.js: %v\n%s", err, stderr.String())
	}
	var out interopOut
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("node output: %v\n%s", err, raw)
	}

	// JavaScript -> Go.
	if out.Root != hexutil.Encode(root[:]) {
		t.Fatalf("JS root %s, Go root %x", out.Root, root)
	}
	jsTree, err := merkle.Load(out.Dump)
	if err != nil {
		t.Fatalf("Go cannot load the JS dump: %v", err)
	}
	if jsTree.Root() != root {
		t.Fatalf("loaded JS dump has root %x, want %x", jsTree.Root(), root)
	}
	if !jsonEqual(t, out.Dump, goDump) {
		t.Errorf("JS dump differs from Go dump:\nJS %s\nGo %s", out.Dump, goDump)
	}
	for i, p := range out.Proofs {
		proof := make([]merkle.Hash, len(p))
		for j, h := range p {
			copy(proof[j][:], hexutil.MustDecode(h))
		}
		leaf, err := merkle.LeafHash(encoding, values[i])
		if err != nil {
			t.Fatal(err)
		}
		if !merkle.Verify(root, leaf, proof) {
			t.Errorf("Go rejects the JS proof of value %d", i)
		}
		if fmt.Sprint(p) != fmt.Sprint(goProofs[i]) {
			t.Errorf("value %d: JS proof %v, Go proof %v", i, p, goProofs[i])
		}
	}

	// Go -> JavaScript.
	if !out.GoDumpLoaded || out.GoDumpRoot != hexutil.Encode(root[:]) {
		t.Errorf("JS loaded the Go dump: %v, root %s", out.GoDumpLoaded, out.GoDumpRoot)
	}
	for i, ok := range out.GoProofsValid {
		if !ok {
			t.Errorf("JS rejects the Go proof of value %d", i)
		}
	}
}

func TestInteropWithOpenZeppelinMerkleTree(t *testing.T) {
	requireNode(t)
	batch := merkle.BatchID(9506000134352, "LOT-2025-07")
	serials := func(n int) [][]any {
		out := make([][]any, n)
		for i := range out {
			out[i] = []any{batch, fmt.Sprintf("SN%08d", i)}
		}
		return out
	}
	for _, n := range []int{1, 2, 3, 7, 64, 257} {
		t.Run(fmt.Sprintf("serials/%d", n), func(t *testing.T) { runInterop(t, merkle.SerialEncoding, serials(n)) })
	}
	t.Run("uint256_string", func(t *testing.T) {
		var values [][]any
		for i := 0; i < 20; i++ {
			n := new(big.Int).Exp(big.NewInt(7), big.NewInt(int64(i*4)), nil)
			values = append(values, []any{n, fmt.Sprintf("value %d with a longer text past thirty-two bytes", i)})
		}
		runInterop(t, []string{"uint256", "string"}, values)
	})
	t.Run("address_uint256", func(t *testing.T) {
		var values [][]any
		for i := 0; i < 9; i++ {
			addr := common.BytesToAddress(crypto.Keccak256([]byte{byte(i)}))
			values = append(values, []any{addr, big.NewInt(int64(1000 * i))})
		}
		runInterop(t, []string{"address", "uint256"}, values)
	})
	t.Run("bool_uint64_bytes", func(t *testing.T) {
		values := [][]any{{true, uint64(1), []byte{}}, {false, uint64(1 << 40), []byte("some bytes")}, {true, uint64(7), []byte{0}}}
		runInterop(t, []string{"bool", "uint64", "bytes"}, values)
	})
}

func hexes(hs []merkle.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = hexutil.Encode(h[:])
	}
	return out
}

// jsonEqual compares two JSON documents by value.
func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(x) == fmt.Sprint(y)
}
