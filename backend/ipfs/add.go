package ipfs

import (
	"context"
	"fmt"
	"io"
	"os"

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
func (n *Node) Add(ctx context.Context, r io.Reader) (cid.Cid, error) {
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return cid.Undef, err
	}
	defer done()

	root, err := importFile(ctx, n.dag, r)
	if err != nil {
		return cid.Undef, fmt.Errorf("import: %w", err)
	}
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
	db, err := params.New(chunker.NewSizeSplitter(ctxReader{ctx, r}, ChunkSize))
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
