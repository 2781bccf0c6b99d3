package indexer

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer/store"
)

var (
	// ErrDeepReorg means the chain replaced a block that was deeper than the
	// confirmation depth below the indexed head. The indexer stops: its
	// safety assumption (at most Confirmations blocks are ever replaced) no
	// longer holds, and a person must look (see README). The returned error
	// is a *DeepReorgError.
	ErrDeepReorg = errors.New("reorganisation deeper than the confirmation depth")
	// ErrChainMismatch means the node, the manifest and the database do not
	// describe the same chain (chain id or genesis hash differ).
	ErrChainMismatch = errors.New("node, manifest and index are not of the same chain")
	// errReorg signals, inside a sync pass, that the next block does not
	// extend the indexed chain.
	errReorg = errors.New("next block does not extend the indexed chain")
	// errChainMoved signals that the node's chain changed while a range was
	// read; the range is read again.
	errChainMoved = errors.New("chain changed while a block range was read")
)

// DeepReorgError describes a reorganisation deeper than the confirmation
// depth. errors.Is(err, ErrDeepReorg) holds for it.
type DeepReorgError struct {
	// Indexed and IndexedHash are the indexer's last block.
	Indexed     uint64
	IndexedHash common.Hash
	// Lowest is the bottom of the reorganisation window (Indexed minus
	// Confirmations, or the deployment block); no stored block from Lowest
	// to Indexed is on the node's chain.
	Lowest uint64
	// Block is the lowest stored block compared, StoredHash and NodeHash
	// its hashes in the index and on the node (zero when the node has no
	// such block).
	Block                uint64
	StoredHash, NodeHash common.Hash
	// Confirmations is the confirmation depth in force.
	Confirmations uint64
}

func (e *DeepReorgError) Error() string {
	return fmt.Sprintf("%v: indexed block %d (%s) and every stored block down to %d are no longer on the node's chain "+
		"(block %d: index %s, node %s); at most %d blocks may be replaced",
		ErrDeepReorg, e.Indexed, e.IndexedHash.TerminalString(), e.Lowest,
		e.Block, e.StoredHash.TerminalString(), e.NodeHash.TerminalString(), e.Confirmations)
}

// Unwrap makes errors.Is(err, ErrDeepReorg) hold.
func (e *DeepReorgError) Unwrap() error { return ErrDeepReorg }

// fatal reports whether err stops the indexer rather than being retried.
func fatal(err error) bool {
	return errors.Is(err, ErrDeepReorg) || errors.Is(err, ErrChainMismatch) || errors.Is(err, store.ErrCursorMoved)
}
