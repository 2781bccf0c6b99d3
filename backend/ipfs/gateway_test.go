package ipfs

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/prometheus/client_golang/prometheus"
)

const (
	rawType = "application/vnd.ipld.raw"
	carType = "application/vnd.ipld.car"
)

// serve runs one request through h and returns the recorded response.
func serve(t *testing.T, h http.Handler, method, target, accept string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequestWithContext(testCtx(t, 30*time.Second), method, target, nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// readCAR reads a CAR stream, checking every block against its CID. It
// returns the roots and the blocks read before the stream ended or failed.
func readCAR(t *testing.T, body io.Reader) ([]cid.Cid, map[cid.Cid][]byte, error) {
	t.Helper()
	br, err := carv2.NewBlockReader(body)
	if err != nil {
		return nil, nil, err
	}
	got := map[cid.Cid][]byte{}
	for {
		blk, err := br.Next()
		if errors.Is(err, io.EOF) {
			return br.Roots, got, nil
		}
		if err != nil {
			return br.Roots, got, err
		}
		if err := verifyBlock(blk.Cid(), blk.RawData()); err != nil {
			t.Fatalf("CAR holds a bad block: %v", err)
		}
		got[blk.Cid()] = blk.RawData()
	}
}

// assemble rebuilds file root from blocks, failing on a missing block.
func assemble(t *testing.T, root cid.Cid, blocks map[cid.Cid][]byte) []byte {
	t.Helper()
	data, ok := blocks[root]
	if !ok {
		t.Fatalf("block %s missing from CAR", root)
	}
	if root.Type() == cid.Raw {
		return data
	}
	pn, err := merkledag.DecodeProtobuf(data)
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, l := range pn.Links() {
		out = append(out, assemble(t, l.Cid, blocks)...)
	}
	return out
}

func TestGateway(t *testing.T) {
	n := openNode(t, Config{Offline: true})
	h := n.Gateway()
	data := detBytes(t, "gateway", 3*ChunkSize+1)
	root := addBytes(t, n, data)
	small := detBytes(t, "gateway-small", 100)
	smallRoot := addBytes(t, n, small)

	t.Run("a raw request returns exactly the block", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipfs/"+root.String(), rawType)
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d, want 200: %s", rec.Code, rec.Body)
		}
		if ct := rec.Header().Get("Content-Type"); ct != rawType {
			t.Errorf("Content-Type: got %q, want %q", ct, rawType)
		}
		nd, err := n.dag.Get(t.Context(), root)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(rec.Body.Bytes(), nd.RawData()) {
			t.Error("body differs from the stored block")
		}
	})
	t.Run("a raw request for a raw leaf returns the file bytes", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipfs/"+smallRoot.String()+"?format=raw", "")
		if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), small) {
			t.Errorf("got %d with %d bytes, want 200 with the %d bytes added", rec.Code, rec.Body.Len(), len(small))
		}
	})
	t.Run("a HEAD raw request has headers but no body", func(t *testing.T) {
		rec := serve(t, h, http.MethodHead, "/ipfs/"+root.String(), rawType)
		if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
			t.Errorf("got %d with %d bytes, want 200 and no body", rec.Code, rec.Body.Len())
		}
	})
	t.Run("a CAR request returns the whole verified DAG", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipfs/"+root.String(), carType)
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d, want 200: %s", rec.Code, rec.Body)
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, carType) {
			t.Errorf("Content-Type: got %q, want %s", ct, carType)
		}
		roots, blocks, err := readCAR(t, rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		if len(roots) != 1 || !roots[0].Equals(root) {
			t.Errorf("roots: got %v, want [%s]", roots, root)
		}
		if got := assemble(t, root, blocks); !bytes.Equal(got, data) {
			t.Error("file assembled from the CAR differs from the input")
		}
		if want := 1 + 4; len(blocks) != want {
			t.Errorf("CAR holds %d blocks, want %d", len(blocks), want)
		}
	})
	t.Run("a request without a trustless format is refused", func(t *testing.T) {
		for _, accept := range []string{"", "text/html", "application/json"} {
			rec := serve(t, h, http.MethodGet, "/ipfs/"+root.String(), accept)
			if rec.Code < 400 || rec.Code >= 500 {
				t.Errorf("Accept %q: got %d, want 4xx", accept, rec.Code)
			}
		}
	})
	t.Run("an ipns path is refused", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipns/example.com", rawType)
		if rec.Code != http.StatusNotFound {
			t.Errorf("got %d, want 404", rec.Code)
		}
	})
	t.Run("an absent block is not found", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipfs/bafkreigbn4dfekpivutbiwhzywex2oonsrjgwwhowvfll7fj3xrichwjj4", rawType)
		if rec.Code != http.StatusNotFound {
			t.Errorf("got %d, want 404", rec.Code)
		}
	})
	t.Run("writes are refused", func(t *testing.T) {
		rec := serve(t, h, http.MethodPost, "/ipfs/"+root.String(), rawType)
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("got %d, want 405", rec.Code)
		}
	})
}

func TestGatewayNeverServesCorruptBytes(t *testing.T) {
	dir := t.TempDir()
	data := detBytes(t, "gateway-corrupt", 3*ChunkSize)
	n, err := Open(t.Context(), Config{Dir: dir, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	root := addBytes(t, n, data)
	leaves := leafCIDs(t, n, root)
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	bad := leaves[1]
	corruptBlock(t, dir, bad)
	n = openNode(t, Config{Dir: dir, Offline: true})
	h := n.Gateway()

	t.Run("a raw request for the corrupt block fails", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipfs/"+bad.String(), rawType)
		if rec.Code == http.StatusOK {
			t.Fatalf("got 200 with %d bytes", rec.Body.Len())
		}
		t.Logf("status %d: %s", rec.Code, strings.TrimSpace(rec.Body.String()))
	})
	t.Run("a CAR stream stops before the corrupt block", func(t *testing.T) {
		rec := serve(t, h, http.MethodGet, "/ipfs/"+root.String(), carType)
		if rec.Code != http.StatusOK {
			t.Logf("status %d before streaming", rec.Code)
			return
		}
		_, blocks, err := readCAR(t, rec.Body)
		if _, ok := blocks[bad]; ok {
			t.Fatal("the CAR holds the corrupt block")
		}
		if err == nil && len(blocks) == 1+len(leaves) {
			t.Fatal("the CAR is complete despite the corrupt block")
		}
		t.Logf("CAR cut short after %d blocks (%v)", len(blocks), err)
	})
}

func TestGatewayMetricsGoToConfigMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	for range 2 { // a second node on the same registry must not conflict
		n := openNode(t, Config{Offline: true, Metrics: reg})
		serve(t, n.Gateway(), http.MethodGet, "/ipfs/bafkqaaa", rawType)
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, mf := range mfs {
		found = found || strings.HasPrefix(mf.GetName(), "ipfs_http_")
	}
	if !found {
		t.Error("no ipfs_http_ metrics in the registry")
	}
}
