package ipfs

import (
	"errors"
	"fmt"

	pin "github.com/ipfs/boxo/pinning/pinner"
	format "github.com/ipfs/go-ipld-format"
)

// Errors returned by Node methods, checked with errors.Is. They are wrapped
// with the CID or operation concerned.
var (
	// ErrNotFound reports a block that is not stored locally and could not be
	// fetched: the node is offline, or no connected peer had it.
	ErrNotFound = errors.New("block not found")

	// ErrCorrupt reports a stored block whose bytes do not hash to its CID
	// (the error then also wraps blockstore.ErrHashMismatch), or are missing
	// from where the block index says they are (lost in a crash, say). The
	// bytes are never returned.
	ErrCorrupt = errors.New("block corrupt")

	// ErrOffline reports a network operation on a node opened with
	// Config.Offline.
	ErrOffline = errors.New("ipfs node is offline")

	// ErrClosed reports a call on a node after Close.
	ErrClosed = errors.New("ipfs node is closed")

	// ErrNotFile reports a CID that is not a UnixFS file (a directory,
	// symlink, or a block of another codec).
	ErrNotFile = errors.New("not a unixfs file")

	// ErrNotPinned reports Unpin of a CID that is not the root of a pin.
	ErrNotPinned = errors.New("not pinned")

	// ErrInvalidCID reports a string ParseCID rejects.
	ErrInvalidCID = errors.New("invalid cid")
)

// mapErr adds this package's sentinel to errors from boxo that have one, so
// callers need not know boxo's error types. Other errors pass unchanged.
func mapErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrCorrupt), errors.Is(err, ErrNotFound):
		return err
	case format.IsNotFound(err):
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	case errors.Is(err, pin.ErrNotPinned):
		return fmt.Errorf("%w: %w", ErrNotPinned, err)
	case errors.Is(err, pin.ErrClosed):
		return fmt.Errorf("%w: %w", ErrClosed, err)
	}
	return err
}
