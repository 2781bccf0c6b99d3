package records

import (
	"bytes"
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The audit log is anchored as Merkle roots that OpenZeppelin's
// MerkleProof.verify accepts: each leaf is the double keccak256 of the ABI
// encoding of the entry (as in OpenZeppelin's StandardMerkleTree, which
// guards against second-preimage attacks by 64-byte leaves), inner nodes hash
// their two children in sorted order, and a node without a sibling moves up
// unchanged.

var leafArgs = func() abi.Arguments {
	ty := func(s string) abi.Type { t, _ := abi.NewType(s, "", nil); return t }
	return abi.Arguments{
		{Type: ty("uint64")},  // seq
		{Type: ty("uint64")},  // at (unix seconds)
		{Type: ty("address")}, // actor
		{Type: ty("address")}, // patient
		{Type: ty("uint64")},  // record id
		{Type: ty("uint8")},   // category
		{Type: ty("uint8")},   // purpose
		{Type: ty("string")},  // action
	}
}()

// auditLeaf returns the Merkle leaf of an entry.
func auditLeaf(e auditEntry) ([32]byte, error) {
	enc, err := leafArgs.Pack(e.Seq, uint64(e.At.Unix()), common.HexToAddress(e.Actor), common.HexToAddress(e.Patient),
		e.RecordID, e.Category, e.Purpose, e.Action)
	if err != nil {
		return [32]byte{}, err
	}
	inner := crypto.Keccak256(enc)
	return crypto.Keccak256Hash(inner), nil
}

func hashPair(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// merkleRoot returns the root over leaves and, when want >= 0, the proof of
// leaf want (sibling hashes from the bottom up).
func merkleRoot(leaves [][32]byte, want int) ([32]byte, [][32]byte, error) {
	if len(leaves) == 0 {
		return [32]byte{}, nil, errors.New("no leaves")
	}
	level := append([][32]byte(nil), leaves...)
	var proof [][32]byte
	idx := want
	for len(level) > 1 {
		next := make([][32]byte, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			if idx == i {
				proof = append(proof, level[i+1])
			} else if idx == i+1 {
				proof = append(proof, level[i])
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		if idx >= 0 {
			idx /= 2
		}
		level = next
	}
	return level[0], proof, nil
}

// verifyProof is MerkleProof.verify.
func verifyProof(proof [][32]byte, root, leaf [32]byte) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
