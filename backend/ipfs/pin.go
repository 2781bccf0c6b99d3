package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/ipld/merkledag"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
)

// Pin pins the DAG rooted at c recursively. It first makes sure every block
// of the DAG is stored locally, fetching missing ones from connected peers
// when online, and fails (ErrNotFound, ErrCorrupt) if one cannot be had,
// leaving any existing pin of c in place. Like Add, it makes the blocks
// durable before it records the pin, and the pin is durable when Pin
// returns nil. Pinning a root twice is not an error.
func (n *Node) Pin(ctx context.Context, c cid.Cid) error {
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return err
	}
	defer done()

	// Fetch first and pin without walking again: boxo's Pin of a root
	// already pinned drops the old pin before walking, and keeps it dropped
	// if the walk fails.
	ctx = blockservice.ContextWithSession(ctx, n.bserv)
	if err := merkledag.FetchGraph(ctx, c, n.dag); err != nil {
		return fmt.Errorf("pin %s: %w", c, mapErr(err))
	}
	if err := n.blocks.Sync(); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if err := n.pins.PinWithMode(ctx, c, pin.Recursive, ""); err != nil {
		return fmt.Errorf("pin %s: %w", c, mapErr(err))
	}
	return nil
}

// Unpin removes the recursive pin of root c; it returns ErrNotPinned if c
// is not a pinned root. Blocks stay stored (there is no garbage collection).
func (n *Node) Unpin(ctx context.Context, c cid.Cid) error {
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return err
	}
	defer done()

	if err := n.pins.Unpin(ctx, c, true); err != nil {
		return fmt.Errorf("unpin %s: %w", c, mapErr(err))
	}
	return nil
}

// IsPinned reports whether c is the root of a recursive pin. Blocks that are
// only pinned as part of another root's DAG report false.
func (n *Node) IsPinned(ctx context.Context, c cid.Cid) (bool, error) {
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return false, err
	}
	defer done()

	_, pinned, err := n.pins.IsPinnedWithType(ctx, c, pin.Recursive)
	if err != nil {
		return false, fmt.Errorf("is pinned %s: %w", c, mapErr(err))
	}
	return pinned, nil
}
