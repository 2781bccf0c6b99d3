package ipfs

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/iotest"
	"time"

	chunker "github.com/ipfs/boxo/chunker"
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

// TestReadAhead checks readAhead against the splitter it stands in for.
func TestReadAhead(t *testing.T) {
	const size = 1000
	// splits returns the chunks of sp until io.EOF, and the error that ended
	// them otherwise.
	splits := func(sp chunker.Splitter) ([][]byte, error) {
		var out [][]byte
		for {
			b, err := sp.NextBytes()
			if err == io.EOF {
				return out, nil
			}
			if err != nil {
				return out, err
			}
			out = append(out, b)
		}
	}
	for _, n := range []int64{0, 1, size - 1, size, size + 1, 3*size + 5, 10 * size} {
		for _, rd := range []struct {
			name string
			wrap func(io.Reader) io.Reader
		}{
			{"whole reads", func(r io.Reader) io.Reader { return r }},
			{"short reads", iotest.HalfReader},
			{"reads with data and EOF", iotest.DataErrReader},
		} {
			t.Run(fmt.Sprintf("%d bytes, %s, cut as by the size splitter", n, rd.name), func(t *testing.T) {
				data := detBytes(t, "readahead", n)
				want, err := splits(chunker.NewSizeSplitter(rd.wrap(bytes.NewReader(data)), size))
				if err != nil {
					t.Fatal(err)
				}
				ra := newReadAhead(rd.wrap(bytes.NewReader(data)), size)
				defer ra.Close()
				got, err := splits(ra)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.EqualFunc(got, want, bytes.Equal) {
					t.Errorf("got %d chunks, want %d", len(got), len(want))
				}
				if b, err := ra.NextBytes(); b != nil || err != io.EOF {
					t.Errorf("NextBytes after the end: got %d bytes, %v; want io.EOF", len(b), err)
				}
			})
		}
	}
	t.Run("a read error ends the chunks after the data before it", func(t *testing.T) {
		errRead := errors.New("read failed")
		ra := newReadAhead(io.MultiReader(bytes.NewReader(make([]byte, 2*size)), iotest.ErrReader(errRead)), size)
		defer ra.Close()
		got, err := splits(ra)
		if !errors.Is(err, errRead) || len(got) != 2 {
			t.Errorf("got %d chunks, %v; want 2, %v", len(got), err, errRead)
		}
	})
	t.Run("an input failing with io.ErrUnexpectedEOF fails, unlike with the size splitter", func(t *testing.T) {
		cut := func() io.Reader {
			return io.MultiReader(bytes.NewReader(make([]byte, size+10)), iotest.ErrReader(io.ErrUnexpectedEOF))
		}
		if _, err := splits(chunker.NewSizeSplitter(cut(), size)); err != nil {
			t.Fatalf("size splitter: got %v; the premise of this test is gone", err)
		}
		ra := newReadAhead(cut(), size)
		defer ra.Close()
		if got, err := splits(ra); !errors.Is(err, io.ErrUnexpectedEOF) || len(got) != 1 {
			t.Errorf("got %d chunks, %v; want 1, io.ErrUnexpectedEOF", len(got), err)
		}
	})
	t.Run("close stops reading an endless input", func(t *testing.T) {
		ra := newReadAhead(&counterStream{}, size)
		if _, err := ra.NextBytes(); err != nil {
			t.Fatal(err)
		}
		ra.Close()
	})
}

// TestAddFailsOnCutInput checks that an input ending in an error, even
// io.ErrUnexpectedEOF, fails the Add instead of being stored cut short.
func TestAddFailsOnCutInput(t *testing.T) {
	n := openNode(t, Config{Offline: true})
	for _, cause := range []error{io.ErrUnexpectedEOF, errors.New("connection reset")} {
		t.Run(cause.Error(), func(t *testing.T) {
			r := io.MultiReader(detReader("cut", 2*ChunkSize+7), iotest.ErrReader(cause))
			if c, err := n.Add(testCtx(t, time.Minute), r); !errors.Is(err, cause) {
				t.Errorf("Add: got %v, %v; want %v", c, err, cause)
			}
		})
	}
}
