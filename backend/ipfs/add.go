package ipfs

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

// Import settings of `ipfs add --cid-version=1` (kubo's defaults). They are
// fixed here rather than read from boxo's globals (chunker.DefaultBlockSize,
// helpers.DefaultLinksPerBlock), which other code may change.
const (
	// ChunkSize is the size of every leaf but the last (chunker size-262144).
	ChunkSize = 256 << 10
	// LinksPerNode is the most links an inner node of the balanced DAG has.
	LinksPerNode = 174
)

// cidBuilder makes CIDv1 sha2-256 CIDs; the codec is set per node (dag-pb
// inner nodes, raw leaves).
var cidBuilder = cid.Prefix{
	Version:  1,
	Codec:    cid.DagProtobuf,
	MhType:   mh.SHA2_256,
	MhLength: -1,
}

// Add imports r as a UnixFS file, stores its blocks, pins the root
// recursively and returns it. The root CID equals what
// `ipfs add --cid-version=1` gives for the same bytes: fixed 256 KiB
// chunks, raw leaves, balanced layout of at most 174 links per node.
// Add stores what it is given; callers encrypt first if they need to.
//
// Durability: when Add returns nil, the file's blocks and its pin are on
// stable storage and survive a crash or power loss (as far as the disk
// honours cache flushes). Blocks are appended to pack files without being
// flushed one by one; once the import is done, an fsync of the packs
// written, then a synchronous leveldb write carrying their index entries,
// makes them all durable, and only then is the pin recorded, with another
// synchronous leveldb write. After a crash during Add, the file is not
// pinned and some of its blocks may be missing or unreadable (ErrCorrupt,
// never wrong bytes); adding the file again stores them anew.
func (n *Node) Add(ctx context.Context, r io.Reader) (cid.Cid, error) {
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return cid.Undef, err
	}
	defer done()

	start := time.Now()
	root, err := importFile(ctx, n.dag, r)
	if err != nil {
		return cid.Undef, fmt.Errorf("import: %w", err)
	}
	imported := time.Now()
	if err := n.blocks.Sync(); err != nil {
		return cid.Undef, err
	}
	n.log.Debug("ipfs add", "cid", root, "import", imported.Sub(start), "sync", time.Since(imported))
	// The import stored every block, so the pin need not walk the DAG.
	if err := n.pins.PinWithMode(ctx, root, pin.Recursive, ""); err != nil {
		return cid.Undef, fmt.Errorf("pin %s: %w", root, mapErr(err))
	}
	return root, nil
}

// AddFile is Add for the file at path.
func (n *Node) AddFile(ctx context.Context, path string) (cid.Cid, error) {
	f, err := os.Open(path)
	if err != nil {
		return cid.Undef, err
	}
	defer f.Close()
	return n.Add(ctx, f)
}

// importFile writes the UnixFS DAG of r to dag in batches and returns its
// root.
func importFile(ctx context.Context, dag format.DAGService, r io.Reader) (cid.Cid, error) {
	buf := format.NewBufferedDAG(ctx, dag)
	params := helpers.DagBuilderParams{
		Maxlinks:   LinksPerNode,
		RawLeaves:  true,
		CidBuilder: cidBuilder,
		Dagserv:    buf,
	}
	chunks := newReadAhead(ctxReader{ctx, r}, ChunkSize)
	defer chunks.Close()
	db, err := params.New(chunks)
	if err != nil {
		return cid.Undef, err
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, err
	}
	if err := buf.Commit(); err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

// readAheadChunks is how many chunks a readAhead reads ahead of the
// importer, in memory.
const readAheadChunks = 4

// readAhead is a chunker.Splitter that cuts r into chunks of size bytes
// exactly as chunker.NewSizeSplitter does (the last one shorter), but reads
// them in its own goroutine, up to readAheadChunks ahead of the importer.
// Producing the input — say, encryption writing into an io.Pipe — then
// overlaps with hashing and storing it, instead of taking turns with it.
// Close must be called; the goroutine does not touch r after Close returns.
type readAhead struct {
	r      io.Reader
	chunks chan chunkOrErr
	stop   chan struct{}
	done   chan struct{}
}

var _ chunker.Splitter = (*readAhead)(nil)

// chunkOrErr is what readAhead's goroutine sends: a chunk or the error that
// ends the input (io.EOF at its end).
type chunkOrErr struct {
	data []byte
	err  error
}

// newReadAhead starts reading r.
func newReadAhead(r io.Reader, size int) *readAhead {
	ra := &readAhead{
		r:      r,
		chunks: make(chan chunkOrErr, readAheadChunks),
		stop:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	go ra.run(size)
	return ra
}

// run reads chunks until the input ends or fails, or Close is called.
func (ra *readAhead) run(size int) {
	defer close(ra.done)
	defer close(ra.chunks)
	for {
		buf := make([]byte, size)
		n, err := readChunk(ra.r, buf)
		var c chunkOrErr
		switch {
		case err == nil:
			c.data = buf
		case err == io.EOF && n == 0:
			return
		case err == io.EOF:
			c.data = bytes.Clone(buf[:n]) // the last chunk
		default:
			c.err = err
		}
		select {
		case ra.chunks <- c:
		case <-ra.stop:
			return
		}
		if err != nil {
			return
		}
	}
}

// readChunk fills buf from r, unless r ends first. It returns io.EOF only
// for the end of r, and any other error of r as is. io.ReadFull, which
// chunker.NewSizeSplitter uses, cannot be used: it reports the end of r
// within buf as io.ErrUnexpectedEOF, and the splitter takes that for the
// end, so an input failing with io.ErrUnexpectedEOF itself — net/http's
// error for a cut-off request body — would be stored as if complete.
func readChunk(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// NextBytes returns the next chunk, or io.EOF after the last.
func (ra *readAhead) NextBytes() ([]byte, error) {
	c, ok := <-ra.chunks
	if !ok {
		return nil, io.EOF
	}
	return c.data, c.err
}

// Reader returns the reader being split.
func (ra *readAhead) Reader() io.Reader { return ra.r }

// Close stops reading ahead and waits for the goroutine, which first
// finishes a Read of r in progress, as the importer itself would have.
func (ra *readAhead) Close() {
	close(ra.stop)
	<-ra.done
}

// ctxReader stops reading once ctx ends, so an import can be cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

// Read reads from r unless ctx has ended.
func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
