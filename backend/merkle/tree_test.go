package merkle_test

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/merkle"
)

func TestSerialLeafMatchesGenericEncoding(t *testing.T) {
	batch := merkle.BatchID(9506000134352, "L1")
	for _, serial := range []string{"", "1", "SN0001", "ABCDEFGHIJKLMNOPQRST", "a serial that is longer than thirty-two bytes!"} {
		want, err := merkle.LeafHash(merkle.SerialEncoding, []any{batch, serial})
		if err != nil {
			t.Fatal(err)
		}
		if got := merkle.SerialLeaf(batch, serial); got != want {
			t.Errorf("SerialLeaf(%q) = %x, want %x", serial, got, want)
		}
	}
}

func TestBatchIDIsKeccakOfABIEncoding(t *testing.T) {
	uint64Ty, _ := abi.NewType("uint64", "", nil)
	stringTy, _ := abi.NewType("string", "", nil)
	args := abi.Arguments{{Type: uint64Ty}, {Type: stringTy}}
	for _, lot := range []string{"A", "LOT-2025-07", "12345678901234567890"} {
		packed, err := args.Pack(uint64(9506000134352), lot)
		if err != nil {
			t.Fatal(err)
		}
		want := crypto.Keccak256Hash(packed)
		if got := merkle.BatchID(9506000134352, lot); got != want {
			t.Errorf("BatchID(%q) = %x, want %x", lot, got, want)
		}
	}
}

func TestProofsVerifyForEveryLeafAndSize(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 1; n <= 70; n++ {
		leaves := make([]merkle.Hash, n)
		for i := range leaves {
			rng.Read(leaves[i][:])
		}
		tree, err := merkle.Build(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if tree.Len() != n {
			t.Fatalf("Len() = %d, want %d", tree.Len(), n)
		}
		for i, leaf := range leaves {
			proof, err := tree.Proof(leaf)
			if err != nil {
				t.Fatalf("n=%d leaf %d: %v", n, i, err)
			}
			if !merkle.Verify(tree.Root(), leaf, proof) {
				t.Fatalf("n=%d leaf %d: proof does not verify", n, i)
			}
			if len(proof) > 0 {
				bad := append([]merkle.Hash(nil), proof...)
				bad[0][0] ^= 1
				if merkle.Verify(tree.Root(), leaf, bad) {
					t.Fatalf("n=%d leaf %d: tampered proof verifies", n, i)
				}
			}
		}
		var outsider merkle.Hash
		rng.Read(outsider[:])
		if _, err := tree.Proof(outsider); !errors.Is(err, merkle.ErrLeafNotFound) {
			t.Fatalf("proof of an absent leaf: got %v, want ErrLeafNotFound", err)
		}
		if tree.Contains(outsider) || !tree.Contains(leaves[0]) {
			t.Fatal("Contains is wrong")
		}
	}
}

func TestSingleLeafTreeHasLeafAsRootAndEmptyProof(t *testing.T) {
	leaf := merkle.SerialLeaf(merkle.BatchID(9506000134352, "L"), "S")
	tree, err := merkle.Build([]merkle.Hash{leaf})
	if err != nil {
		t.Fatal(err)
	}
	proof, err := tree.Proof(leaf)
	if err != nil || len(proof) != 0 || tree.Root() != leaf {
		t.Fatalf("root %x proof %v err %v, want the leaf and an empty proof", tree.Root(), proof, err)
	}
}

func TestBuildRefusesEmptyAndDuplicates(t *testing.T) {
	if _, err := merkle.Build(nil); !errors.Is(err, merkle.ErrEmpty) {
		t.Errorf("empty: got %v, want ErrEmpty", err)
	}
	leaf := merkle.SerialLeaf(merkle.Hash{1}, "dup")
	if _, err := merkle.Build([]merkle.Hash{leaf, {2}, leaf}); !errors.Is(err, merkle.ErrDuplicateLeaf) {
		t.Errorf("duplicates: got %v, want ErrDuplicateLeaf", err)
	}
	if _, err := merkle.Of([][]any{{"x"}}, []string{"uint999"}); err == nil {
		t.Error("unknown type accepted")
	}
	if _, err := merkle.Of([][]any{{"x", "y"}}, []string{"string"}); err == nil {
		t.Error("value of the wrong arity accepted")
	}
	tooBig := new(big.Int).Lsh(big.NewInt(1), 256)
	if _, err := merkle.LeafHash([]string{"uint256"}, []any{tooBig}); err == nil {
		t.Error("2^256 accepted as uint256")
	}
}

func TestLoadRefusesTamperedDumps(t *testing.T) {
	values := [][]any{{merkle.Hash{1}, "a"}, {merkle.Hash{1}, "b"}, {merkle.Hash{1}, "c"}}
	tree, err := merkle.Of(values, merkle.SerialEncoding)
	if err != nil {
		t.Fatal(err)
	}
	good, err := tree.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if loaded, err := merkle.Load(good); err != nil || loaded.Root() != tree.Root() {
		t.Fatalf("round trip: %v", err)
	}
	for name, mutate := range map[string]func(string) string{
		"format":    func(s string) string { return replaceOnce(s, `"standard-v1"`, `"standard-v2"`) },
		"value":     func(s string) string { return replaceOnce(s, `"a"`, `"z"`) },
		"treeIndex": func(s string) string { return replaceOnce(s, `"treeIndex":4`, `"treeIndex":0`) },
		"node":      func(s string) string { return replaceOnce(s, `"0x`, `"0x00`) },
	} {
		if _, err := merkle.Load([]byte(mutate(string(good)))); err == nil {
			t.Errorf("%s: tampered dump loads", name)
		}
	}
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

// millionRoot is the root @openzeppelin/merkle-tree 1.0.8 builds for the serials
// "000000000000" .. "000000999999" of batch millionBatch (testdata/million.js).
var (
	millionBatch = common.HexToHash("0x1abb97cbaf493d1e4f6cac538f10feb38ccd8370a7c6c6cd234926aa4721a859")
	millionRoot  = common.HexToHash("0x613c2bb9f010e3923b2894f28a4767c487cff5ef553ceea204f9672ab7c8dc62")
)

// TestMillionSerials builds the serial tree of a batch of 1,000,000 packs the way a
// manufacturer would, checks its root against the JavaScript library's, that it stays within
// its node array (64 MB), and proves a few serials.
func TestMillionSerials(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a tree of a million leaves")
	}
	const n = 1_000_000
	batch := millionBatch
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	tree, err := merkle.BuildFunc(n, func(i int) (merkle.Hash, error) {
		return merkle.SerialLeaf(batch, fmt.Sprintf("%012d", i)), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	retained := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d leaves: built in %v, %d MB retained, root %x", n, elapsed.Round(time.Millisecond), retained>>20, tree.Root())
	if tree.Root() != millionRoot {
		t.Errorf("root %x, JavaScript library's %x", tree.Root(), millionRoot)
	}
	if limit := int64(2*n) * 32 * 11 / 10; retained > limit {
		t.Errorf("tree retains %d bytes, want at most %d (the node array plus 10%%)", retained, limit)
	}
	for _, i := range []int{0, 1, 499_999, n - 1} {
		leaf := merkle.SerialLeaf(batch, fmt.Sprintf("%012d", i))
		proof, err := tree.Proof(leaf)
		if err != nil {
			t.Fatal(err)
		}
		if len(proof) < 19 || len(proof) > 20 || !merkle.Verify(tree.Root(), leaf, proof) {
			t.Fatalf("serial %d: proof of %d nodes does not verify", i, len(proof))
		}
	}
	runtime.KeepAlive(tree)
}
