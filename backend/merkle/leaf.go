package merkle

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// SerialEncoding is the leaf encoding of pack serials in a DrugBatches serial tree: the
// values are [batchId, serial].
var SerialEncoding = []string{"bytes32", "string"}

// LeafHash returns the StandardMerkleTree leaf of values under encoding (Solidity ABI type
// names such as "uint256", "string", "bytes32", "address"): keccak256(keccak256(abi.encode(
// values...))). Values take the Go types go-ethereum's abi package packs for those types
// (*big.Int for uint256, uint64 for uint64, string, [32]byte, common.Address, []byte, bool).
func LeafHash(encoding []string, values []any) (Hash, error) {
	args, err := arguments(encoding)
	if err != nil {
		return Hash{}, err
	}
	if len(values) != len(args) {
		return Hash{}, fmt.Errorf("merkle: %d values for %d types", len(values), len(args))
	}
	for i, v := range values {
		// go-ethereum's abi packs an oversized *big.Int modulo 2^256 without a word; the
		// JavaScript library refuses it, and so does this.
		if n, ok := v.(*big.Int); ok && (args[i].Type.T == abi.UintTy || args[i].Type.T == abi.IntTy) {
			if _, err := integerFor(args[i].Type, n); err != nil {
				return Hash{}, fmt.Errorf("merkle: value %d: %w", i, err)
			}
		}
	}
	packed, err := args.Pack(values...)
	if err != nil {
		return Hash{}, fmt.Errorf("merkle: encode %v: %w", encoding, err)
	}
	h := newHasher()
	inner := h.sum(packed)
	return h.sum(inner[:]), nil
}

// arguments parses an encoding into ABI arguments.
func arguments(encoding []string) (abi.Arguments, error) {
	if len(encoding) == 0 {
		return nil, fmt.Errorf("merkle: empty leaf encoding")
	}
	args := make(abi.Arguments, len(encoding))
	for i, name := range encoding {
		t, err := abi.NewType(name, "", nil)
		if err != nil {
			return nil, fmt.Errorf("merkle: leaf type %q: %w", name, err)
		}
		args[i] = abi.Argument{Type: t}
	}
	return args, nil
}

// hashers recycles Keccak states for SerialLeaf, which may run millions of times.
var hashers = sync.Pool{New: func() any { return newHasher() }}

// SerialLeaf returns the leaf of serial in the tree of batch batchID, as DrugBatches'
// serialLeaf computes it: LeafHash(SerialEncoding, batchID, serial), without reflection or
// allocation beyond one buffer (it runs once per pack when building a tree).
func SerialLeaf(batchID Hash, serial string) Hash {
	h := hashers.Get().(*hasher)
	defer hashers.Put(h)
	buf := encodeWordAndString(batchID, serial)
	inner := h.sum(buf)
	return h.sum(inner[:])
}

// BatchID returns keccak256(abi.encode(uint64 gtin, string lot)), DrugBatches' batch id.
func BatchID(gtin uint64, lot string) Hash {
	var word Hash
	binary.BigEndian.PutUint64(word[24:], gtin)
	h := newHasher()
	return h.sum(encodeWordAndString(word, lot))
}

// encodeWordAndString returns abi.encode(bytes32 word, string s): the word, the offset 0x40
// of the string, its length and its bytes padded to a multiple of 32.
func encodeWordAndString(word Hash, s string) []byte {
	padded := (len(s) + 31) / 32 * 32
	buf := make([]byte, 96+padded)
	copy(buf[:32], word[:])
	buf[63] = 0x40
	binary.BigEndian.PutUint64(buf[88:96], uint64(len(s)))
	copy(buf[96:], s)
	return buf
}
