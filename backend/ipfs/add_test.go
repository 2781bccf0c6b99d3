package ipfs

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// writeInputs makes TestAddMatchesKubo write its inputs to a directory, so
// that testdata/kubo-cids.json can be regenerated with kubo (see the file).
var writeInputs = flag.String("ipfs.write-inputs", "", "write the kubo vector inputs to this directory")

// kuboVectors is the layout of testdata/kubo-cids.json.
type kuboVectors struct {
	Kubo    string `json:"kubo"`
	Command string `json:"command"`
	Input   string `json:"input"`
	Vectors []struct {
		Name string `json:"name"`
		Seed string `json:"seed"`
		Size int64  `json:"size"`
		CID  string `json:"cid"`
	} `json:"vectors"`
}

// TestAddMatchesKubo checks Add against CIDs computed by kubo's
// `ipfs add --cid-version=1` on the same bytes, and checks the DAG shape.
func TestAddMatchesKubo(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "kubo-cids.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vs kuboVectors
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs.Vectors) == 0 {
		t.Fatal("no vectors")
	}
	n := openNode(t, Config{Offline: true})
	for _, v := range vs.Vectors {
		t.Run(v.Name, func(t *testing.T) {
			if testing.Short() && v.Size > 4*ChunkSize {
				t.Skip("large input")
			}
			if *writeInputs != "" {
				writeInput(t, filepath.Join(*writeInputs, v.Name), v.Seed, v.Size)
			}
			want, err := cid.Decode(v.CID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := n.Add(testCtx(t, 2*time.Minute), detReader(v.Seed, v.Size))
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equals(want) {
				t.Errorf("Add: got %s, want %s (kubo %s)", got, want, vs.Kubo)
			}
			checkShape(t, n, got, v.Size)
		})
	}
}

// writeInput writes the input of a vector to path.
func writeInput(t *testing.T, path, seed string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.ReadFrom(detReader(seed, size)); err != nil {
		t.Fatal(err)
	}
}

// checkShape walks the DAG of a file of size bytes and checks the import
// settings: CIDv1 sha2-256 everywhere, raw leaves of ChunkSize bytes (the
// last may be shorter), dag-pb inner nodes of at most LinksPerNode links
// that are full from the left, and every leaf at the same depth.
func checkShape(t *testing.T, n *Node, root cid.Cid, size int64) {
	t.Helper()
	ctx := testCtx(t, time.Minute)
	leafDepth := -1
	var total int64
	var walk func(c cid.Cid, depth int, last bool)
	walk = func(c cid.Cid, depth int, last bool) {
		if c.Version() != 1 || c.Prefix().MhType != mh.SHA2_256 {
			t.Fatalf("%s: got version %d hash 0x%x, want CIDv1 sha2-256", c, c.Version(), c.Prefix().MhType)
		}
		nd, err := n.dag.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		switch c.Type() {
		case cid.Raw:
			if leafDepth == -1 {
				leafDepth = depth
			} else if depth != leafDepth {
				t.Errorf("leaf %s at depth %d, want %d", c, depth, leafDepth)
			}
			l := int64(len(nd.RawData()))
			if l > ChunkSize || (!last && l != ChunkSize) {
				t.Errorf("leaf %s: got %d bytes, want %d", c, l, ChunkSize)
			}
			total += l
		case cid.DagProtobuf:
			pn := nd.(*merkledag.ProtoNode)
			fs, err := unixfs.FSNodeFromBytes(pn.Data())
			if err != nil {
				t.Fatal(err)
			}
			if fs.Type() != unixfs.TFile {
				t.Errorf("%s: unixfs type %v, want file", c, fs.Type())
			}
			links := pn.Links()
			if len(links) > LinksPerNode || len(links) == 0 {
				t.Fatalf("%s: %d links, want 1..%d", c, len(links), LinksPerNode)
			}
			if !last && len(links) != LinksPerNode {
				t.Errorf("%s: %d links, want %d (only the last node may be partial)", c, len(links), LinksPerNode)
			}
			for i, l := range links {
				walk(l.Cid, depth+1, last && i == len(links)-1)
			}
		default:
			t.Fatalf("%s: codec 0x%x", c, c.Type())
		}
	}
	walk(root, 0, true)
	if total != size {
		t.Errorf("leaves hold %d bytes, want %d", total, size)
	}
	if wantDepth := depthFor(size); leafDepth != wantDepth {
		t.Errorf("leaf depth %d, want %d", leafDepth, wantDepth)
	}
}

// depthFor is the leaf depth of the balanced DAG of size bytes.
func depthFor(size int64) int {
	chunks := max(1, (size+ChunkSize-1)/ChunkSize)
	depth := 0
	for capacity := int64(1); capacity < chunks; capacity *= LinksPerNode {
		depth++
	}
	return depth
}

// TestAddEmptyIsWellKnown checks the published CID of the empty file under
// `ipfs add --cid-version=1`, independent of the vector file.
func TestAddEmptyIsWellKnown(t *testing.T) {
	n := openNode(t, Config{Offline: true})
	got := addBytes(t, n, nil)
	if want := "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"; got.String() != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestAddFile checks AddFile against Add of the same bytes.
func TestAddFile(t *testing.T) {
	n := openNode(t, Config{Offline: true})
	data := detBytes(t, "addfile", 3*ChunkSize+5)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := n.AddFile(testCtx(t, time.Minute), path)
	if err != nil {
		t.Fatal(err)
	}
	if want := addBytes(t, n, data); !got.Equals(want) {
		t.Errorf("AddFile: got %s, want %s", got, want)
	}
	if _, err := n.AddFile(testCtx(t, time.Minute), filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("AddFile of a missing file: got nil error")
	}
}

// TestDepthFor pins the helper the shape check relies on.
func TestDepthFor(t *testing.T) {
	for _, tc := range []struct {
		size int64
		want int
	}{
		{0, 0}, {ChunkSize, 0}, {ChunkSize + 1, 1},
		{LinksPerNode * ChunkSize, 1}, {LinksPerNode*ChunkSize + 1, 2},
	} {
		t.Run(fmt.Sprint(tc.size), func(t *testing.T) {
			if got := depthFor(tc.size); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}
