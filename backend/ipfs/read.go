package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/ipld/unixfs"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	"github.com/ipfs/go-cid"
)

// Open returns a reader of the UnixFS file c and its size in bytes. The file
// is read block by block as the reader advances (never whole into memory);
// blocks missing locally are fetched from connected peers when online. ctx
// bounds the reader's whole life, not just Open: cancelling it makes later
// reads fail. The reader must be closed; it is not safe for concurrent use.
// It also implements io.WriterTo, which io.Copy uses.
//
// Errors, from Open or from the reader, wrap ErrNotFound, ErrCorrupt or
// ErrNotFile where they apply.
func (n *Node) Open(ctx context.Context, c cid.Cid) (io.ReadSeekCloser, int64, error) {
	// The reader outlives this call: begin guards only the call itself.
	_, done, err := n.begin(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer done()

	// A bitswap session for all the file's blocks. It and the reader stop
	// when readCtx ends: on Close of the reader, of the node, or ctx.
	readCtx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(n.ctx, cancel)
	readCtx = blockservice.ContextWithSession(readCtx, n.bserv)

	nd, err := n.dag.Get(readCtx, c)
	if err != nil {
		stop()
		cancel()
		return nil, 0, fmt.Errorf("open %s: %w", c, mapErr(err))
	}
	dr, err := uio.NewDagReader(readCtx, nd, n.dag)
	if err != nil {
		stop()
		cancel()
		if errors.Is(err, uio.ErrIsDir) || errors.Is(err, uio.ErrCantReadSymlinks) ||
			errors.Is(err, uio.ErrUnkownNodeType) || errors.Is(err, unixfs.ErrUnrecognizedType) {
			err = fmt.Errorf("%w: %w", ErrNotFile, err)
		}
		return nil, 0, fmt.Errorf("open %s: %w", c, err)
	}
	return &fileReader{dr: dr, cid: c, close: func() { stop(); cancel() }}, int64(dr.Size()), nil
}

// fileReader adds this package's sentinels to the DAG reader's errors and
// ends its context on Close.
type fileReader struct {
	dr    uio.DagReader
	cid   cid.Cid
	close func()
}

// Read reads the next bytes of the file.
func (f *fileReader) Read(p []byte) (int, error) {
	n, err := f.dr.Read(p)
	return n, f.wrap(err)
}

// WriteTo writes the rest of the file to w; io.Copy uses it.
func (f *fileReader) WriteTo(w io.Writer) (int64, error) {
	n, err := f.dr.WriteTo(w)
	return n, f.wrap(err)
}

// Seek moves the read position, as io.Seeker.
func (f *fileReader) Seek(offset int64, whence int) (int64, error) {
	n, err := f.dr.Seek(offset, whence)
	return n, f.wrap(err)
}

// Close ends the reader's fetches.
func (f *fileReader) Close() error {
	f.close()
	return f.dr.Close()
}

// wrap maps errors other than io.EOF, naming the file.
func (f *fileReader) wrap(err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return fmt.Errorf("read %s: %w", f.cid, mapErr(err))
}

// Has reports whether block c is stored locally. It never uses the network
// and does not verify the block.
func (n *Node) Has(ctx context.Context, c cid.Cid) (bool, error) {
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return false, err
	}
	defer done()
	return n.bstore.Has(ctx, c)
}
