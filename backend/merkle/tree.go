// Package merkle builds Merkle trees that are bit-for-bit those of OpenZeppelin's
// @openzeppelin/merkle-tree StandardMerkleTree (format "standard-v1"), which the contracts
// verify with OpenZeppelin's MerkleProof:
//
//   - a leaf is keccak256(keccak256(abi.encode(values...))) (LeafHash, SerialLeaf);
//   - an inner node is keccak256 of its two children in ascending byte order (NodeHash);
//   - the leaves are sorted ascending and laid out, with the inner nodes, in one array of
//     2n-1 nodes: node i has children 2i+1 and 2i+2, the root is node 0, and the k-th
//     smallest leaf is node 2n-2-k (the library's layout, so roots, proofs and dumps agree).
//
// Tree keeps nothing but that array of 32-byte nodes (64 bytes per leaf, 64 MB for a million
// leaves) and finds a leaf by binary search, so it suits batches of up to millions of pack
// serials; BuildFunc fills the array without an intermediate slice of leaves. StandardTree
// adds the leaf values and their encoding, for dumps that the JavaScript library loads (and
// the other way round); it costs as much memory as the values themselves.
//
// Trees are immutable once built and safe for concurrent reads.
package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a 32-byte node or leaf, as bytes32 in the contract bindings.
type Hash = [32]byte

var (
	// ErrEmpty means a tree was asked for without leaves.
	ErrEmpty = errors.New("merkle: no leaves")
	// ErrDuplicateLeaf means two leaves hash the same: the same values appear twice (for
	// serials: a serial number repeated in one batch).
	ErrDuplicateLeaf = errors.New("merkle: duplicate leaf")
	// ErrLeafNotFound means a leaf asked for is not in the tree.
	ErrLeafNotFound = errors.New("merkle: leaf not in tree")
	// ErrInvalidTree means a loaded tree is inconsistent (a node is not the hash of its
	// children, a value does not hash to its leaf, a bad shape).
	ErrInvalidTree = errors.New("merkle: invalid tree")
)

// Tree is a StandardMerkleTree reduced to its node array.
type Tree struct {
	// nodes in the library's layout; len(nodes) == 2*leaves-1.
	nodes []Hash
}

// NodeHash is the hash of an inner node: keccak256 of the two children, smaller first.
func NodeHash(a, b Hash) Hash {
	h := newHasher()
	return h.node(a, b)
}

// Build builds the tree of the given leaf hashes (in any order; they are sorted). leaves is
// not modified. Duplicate leaves are refused with ErrDuplicateLeaf.
func Build(leaves []Hash) (*Tree, error) {
	return BuildFunc(len(leaves), func(i int) (Hash, error) { return leaves[i], nil })
}

// BuildFunc builds the tree of n leaves, asking leaf(i) for each i in 0..n-1 exactly once and
// writing it straight into the node array. Memory: the 2n-1 nodes, nothing else.
func BuildFunc(n int, leaf func(i int) (Hash, error)) (*Tree, error) {
	if n <= 0 {
		return nil, ErrEmpty
	}
	nodes := make([]Hash, 2*n-1)
	leaves := nodes[n-1:]
	for i := range leaves {
		h, err := leaf(i)
		if err != nil {
			return nil, fmt.Errorf("merkle: leaf %d: %w", i, err)
		}
		leaves[i] = h
	}
	// The k-th smallest leaf sits at node 2n-2-k: the leaf region holds them in descending order.
	slices.SortFunc(leaves, func(a, b Hash) int { return bytes.Compare(b[:], a[:]) })
	for i := 1; i < len(leaves); i++ {
		if leaves[i] == leaves[i-1] {
			return nil, fmt.Errorf("%w: %x", ErrDuplicateLeaf, leaves[i])
		}
	}
	h := newHasher()
	for i := n - 2; i >= 0; i-- {
		nodes[i] = h.node(nodes[2*i+1], nodes[2*i+2])
	}
	return &Tree{nodes: nodes}, nil
}

// Root returns the root.
func (t *Tree) Root() Hash { return t.nodes[0] }

// Len returns the number of leaves.
func (t *Tree) Len() int { return (len(t.nodes) + 1) / 2 }

// LeafAt returns the k-th smallest leaf, 0 <= k < Len().
func (t *Tree) LeafAt(k int) Hash { return t.nodes[len(t.nodes)-1-k] }

// Contains reports whether leaf is in the tree.
func (t *Tree) Contains(leaf Hash) bool {
	_, ok := t.find(leaf)
	return ok
}

// Proof returns the proof of leaf: the siblings on its path to the root, leaf side first, as
// the library's getProof returns them and MerkleProof.verify expects them.
func (t *Tree) Proof(leaf Hash) ([]Hash, error) {
	idx, ok := t.find(leaf)
	if !ok {
		return nil, fmt.Errorf("%w: %x", ErrLeafNotFound, leaf)
	}
	return t.proofAt(idx), nil
}

// proofAt returns the proof of node idx.
func (t *Tree) proofAt(idx int) []Hash {
	var proof []Hash
	for idx > 0 {
		sibling := idx + 1
		if idx%2 == 0 {
			sibling = idx - 1
		}
		proof = append(proof, t.nodes[sibling])
		idx = (idx - 1) / 2
	}
	return proof
}

// find returns the node index of leaf by binary search over the sorted leaves.
func (t *Tree) find(leaf Hash) (int, bool) {
	n := t.Len()
	k := sort.Search(n, func(k int) bool {
		l := t.LeafAt(k)
		return bytes.Compare(l[:], leaf[:]) >= 0
	})
	if k == n || t.LeafAt(k) != leaf {
		return 0, false
	}
	return len(t.nodes) - 1 - k, true
}

// ProcessProof returns the root that leaf and proof lead to.
func ProcessProof(leaf Hash, proof []Hash) Hash {
	h := newHasher()
	for _, p := range proof {
		leaf = h.node(leaf, p)
	}
	return leaf
}

// Verify reports whether proof proves leaf under root, as MerkleProof.verify does.
func Verify(root, leaf Hash, proof []Hash) bool {
	return ProcessProof(leaf, proof) == root
}

// hasher reuses one Keccak state and buffer across hashes.
type hasher struct {
	state crypto.KeccakState
	buf   [64]byte
}

func newHasher() *hasher { return &hasher{state: crypto.NewKeccakState()} }

// node hashes a and b in ascending order.
func (h *hasher) node(a, b Hash) Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.buf[:32], a[:])
	copy(h.buf[32:], b[:])
	return h.sum(h.buf[:])
}

// sum returns keccak256(data).
func (h *hasher) sum(data []byte) Hash {
	var out Hash
	h.state.Reset()
	h.state.Write(data)
	h.state.Read(out[:])
	return out
}
