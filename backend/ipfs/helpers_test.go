package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
)

// detReader returns n bytes of a deterministic pseudo-random stream: the
// concatenation of SHA-256(seed || uint64 big-endian counter) for counter
// 0, 1, 2, … cut at n bytes. testdata/kubo-cids.json describes inputs the
// same way.
func detReader(seed string, n int64) io.Reader {
	return io.LimitReader(&counterStream{seed: []byte(seed)}, n)
}

// counterStream is the endless stream behind detReader.
type counterStream struct {
	seed    []byte
	counter uint64
	buf     []byte
}

// Read fills p from the stream.
func (s *counterStream) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(s.buf) == 0 {
			h := sha256.New()
			h.Write(s.seed)
			h.Write(binary.BigEndian.AppendUint64(nil, s.counter))
			s.counter++
			s.buf = h.Sum(nil)
		}
		c := copy(p[n:], s.buf)
		s.buf = s.buf[c:]
		n += c
	}
	return n, nil
}

// detBytes is detReader read into memory, for small sizes.
func detBytes(t testing.TB, seed string, n int64) []byte {
	t.Helper()
	b, err := io.ReadAll(detReader(seed, n))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testCtx returns a context that ends after d or with the test.
func testCtx(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

// testLogger logs to the test output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// tWriter writes lines to t.Log.
type tWriter struct{ t testing.TB }

// Write logs p.
func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}

// openNode opens a node with cfg, Dir defaulting to a fresh temporary
// directory, and closes it when the test ends.
func openNode(t testing.TB, cfg Config) *Node {
	t.Helper()
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	n, err := Open(testCtx(t, 30*time.Second), cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return n
}

// addBytes adds data to n and returns the root.
func addBytes(t testing.TB, n *Node, data []byte) cid.Cid {
	t.Helper()
	c, err := n.Add(testCtx(t, 30*time.Second), bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return c
}

// readAll reads file c from n.
func readAll(t testing.TB, n *Node, c cid.Cid) []byte {
	t.Helper()
	r, _, err := n.Open(testCtx(t, 30*time.Second), c)
	if err != nil {
		t.Fatalf("Open(%s): %v", c, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	return b
}
