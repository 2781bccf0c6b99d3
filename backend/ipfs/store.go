package ipfs

import (
	"context"
	"fmt"
	"sync"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
)

// verifyingBlockstore hashes every block it reads and refuses one whose
// bytes do not match its CID, so corruption on disk surfaces as ErrCorrupt
// instead of wrong bytes. Has and GetSize do not read the block and are not
// verified.
type verifyingBlockstore struct {
	blockstore.Blockstore
}

// Get returns the block for c after checking its hash.
func (b verifyingBlockstore) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	blk, err := b.Blockstore.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	if err := verifyBlock(c, blk.RawData()); err != nil {
		return nil, err
	}
	return blk, nil
}

// verifyBlock reports whether data hashes to c, wrapping ErrCorrupt if not.
func verifyBlock(c cid.Cid, data []byte) error {
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("verify block %s: %w", c, err)
	}
	if !got.Equals(c) {
		return fmt.Errorf("%w: block %s: %w", ErrCorrupt, c, blockstore.ErrHashMismatch)
	}
	return nil
}

// strictDAG is a DAG service whose GetMany reports every error per key.
//
// merkledag's own GetMany goes through blockservice.GetBlocks, which treats a
// block that fails verification like a missing one: offline the reader then
// sees "not found" rather than ErrCorrupt, and online it asks peers for a
// block it already has. strictDAG instead runs Get for each key (a few at a
// time), and Get passes the blockstore's error through.
type strictDAG struct {
	format.DAGService
}

// getManyWorkers bounds the concurrent Gets of one GetMany call. The UnixFS
// reader asks for ten children at a time.
const getManyWorkers = 10

// GetMany fetches keys concurrently. Every key yields exactly one result
// (node or error), in no particular order, unless ctx ends first.
func (d strictDAG) GetMany(ctx context.Context, keys []cid.Cid) <-chan *format.NodeOption {
	out := make(chan *format.NodeOption, len(keys))
	work := make(chan cid.Cid)
	var wg sync.WaitGroup
	for range min(getManyWorkers, len(keys)) {
		wg.Go(func() {
			for c := range work {
				nd, err := d.Get(ctx, c)
				out <- &format.NodeOption{Node: nd, Err: err}
			}
		})
	}
	go func() {
		defer func() {
			close(work)
			wg.Wait()
			close(out)
		}()
		for _, c := range keys {
			select {
			case work <- c:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

var (
	_ format.DAGService     = strictDAG{}
	_ blockstore.Blockstore = verifyingBlockstore{}
)
