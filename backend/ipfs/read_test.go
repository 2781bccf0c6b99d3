package ipfs

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/unixfs"
)

func TestOpenStreamsLargeFile(t *testing.T) {
	// Large enough for many leaves; added and read as streams, so the test
	// never holds the file in memory either.
	const size = 40*ChunkSize + 12345
	const seed = "stream"
	n := openNode(t, Config{Offline: true})
	root, err := n.Add(testCtx(t, time.Minute), detReader(seed, size))
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.New()
	if _, err := io.Copy(want, detReader(seed, size)); err != nil {
		t.Fatal(err)
	}

	r, gotSize, err := n.Open(testCtx(t, time.Minute), root)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if gotSize != size {
		t.Errorf("size: got %d, want %d", gotSize, size)
	}
	got := sha256.New()
	copied, err := io.Copy(got, r)
	if err != nil {
		t.Fatal(err)
	}
	if copied != size {
		t.Errorf("copied %d bytes, want %d", copied, size)
	}
	if !bytes.Equal(got.Sum(nil), want.Sum(nil)) {
		t.Error("content hash differs from the input's")
	}
}

func TestOpenSeeks(t *testing.T) {
	data := detBytes(t, "seek", 5*ChunkSize+77)
	n := openNode(t, Config{Offline: true})
	root := addBytes(t, n, data)
	r, _, err := n.Open(testCtx(t, time.Minute), root)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, tc := range []struct {
		name   string
		offset int64
		whence int
		want   int64
	}{
		{"seek across a chunk boundary", ChunkSize*2 - 10, io.SeekStart, ChunkSize*2 - 10},
		{"seek back to the start", 0, io.SeekStart, 0},
		{"seek relative to the end", -100, io.SeekEnd, int64(len(data)) - 100},
		{"seek relative to the current position", -ChunkSize, io.SeekCurrent, int64(len(data)) - ChunkSize},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.whence == io.SeekCurrent {
				// Position at the end first.
				if _, err := r.Seek(0, io.SeekEnd); err != nil {
					t.Fatal(err)
				}
			}
			pos, err := r.Seek(tc.offset, tc.whence)
			if err != nil {
				t.Fatal(err)
			}
			if pos != tc.want {
				t.Fatalf("Seek: got %d, want %d", pos, tc.want)
			}
			buf := make([]byte, 50)
			if _, err := io.ReadFull(r, buf); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf, data[pos:pos+50]) {
				t.Error("bytes after Seek differ from the input's")
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	n := openNode(t, Config{Offline: true})
	t.Run("an absent file is ErrNotFound offline", func(t *testing.T) {
		c, err := ParseCID("bafybeihyl2bk6jqmpydmhlcejtry4x3js7n4tpw3uf5rbdii7dfjd76v4i")
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := n.Open(t.Context(), c); !errors.Is(err, ErrNotFound) {
			t.Errorf("got %v, want ErrNotFound", err)
		}
	})
	t.Run("a directory is ErrNotFile", func(t *testing.T) {
		dir := unixfs.EmptyDirNode()
		if err := dir.SetCidBuilder(cidBuilder); err != nil {
			t.Fatal(err)
		}
		if err := n.dag.Add(t.Context(), dir); err != nil {
			t.Fatal(err)
		}
		if _, _, err := n.Open(t.Context(), dir.Cid()); !errors.Is(err, ErrNotFile) {
			t.Errorf("got %v, want ErrNotFile", err)
		}
	})
}
