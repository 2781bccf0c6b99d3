package ipfs

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// p2pAddrs returns ai's addresses as strings ending in /p2p/<id>.
func p2pAddrs(t *testing.T, ai peer.AddrInfo) []string {
	t.Helper()
	addrs, err := peer.AddrInfoToP2pAddrs(&ai)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(addrs))
	for i, a := range addrs {
		out[i] = a.String()
	}
	return out
}

func TestTwoNodesExchangeOverBitswap(t *testing.T) {
	a := openNode(t, Config{})
	data := detBytes(t, "two-nodes", 1<<20+3)
	root := addBytes(t, a, data)
	ai := a.AddrInfo()
	for _, addr := range ai.Addrs {
		if !strings.HasPrefix(addr.String(), "/ip4/127.0.0.1/tcp/") {
			t.Errorf("listen addr %s is not TCP on loopback", addr)
		}
	}

	t.Run("a node connected with Connect reads the file", func(t *testing.T) {
		b := openNode(t, Config{})
		ctx := testCtx(t, 60*time.Second)
		if err := b.Connect(ctx, ai); err != nil {
			t.Fatal(err)
		}
		r, size, err := b.Open(ctx, root)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if size != int64(len(data)) || !bytes.Equal(got, data) {
			t.Fatalf("read %d bytes (size %d), want the %d added", len(got), size, len(data))
		}
		if has, err := b.Has(ctx, root); err != nil || !has {
			t.Errorf("Has after the read: got %v, %v; want the block kept", has, err)
		}
	})
	t.Run("a node given Config.Peers pins the file and serves it offline later", func(t *testing.T) {
		dir := t.TempDir()
		c, err := Open(t.Context(), Config{Dir: dir, Peers: p2pAddrs(t, ai), Logger: testLogger(t)})
		if err != nil {
			t.Fatal(err)
		}
		ctx := testCtx(t, 60*time.Second)
		if err := c.Pin(ctx, root); err != nil {
			c.Close()
			t.Fatal(err)
		}
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		off := openNode(t, Config{Dir: dir, Offline: true})
		if got := readAll(t, off, root); !bytes.Equal(got, data) {
			t.Error("file read offline differs from the one added")
		}
	})
	t.Run("the gateway of a connected node fetches blocks it lacks", func(t *testing.T) {
		b := openNode(t, Config{})
		if err := b.Connect(testCtx(t, 60*time.Second), ai); err != nil {
			t.Fatal(err)
		}
		rec := serve(t, b.Gateway(), http.MethodGet, "/ipfs/"+root.String(), carType)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		_, blocks, err := readCAR(t, rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		if got := assemble(t, root, blocks); !bytes.Equal(got, data) {
			t.Error("file assembled from the CAR differs from the input")
		}
	})
	t.Run("a read of a block no peer has ends with its context", func(t *testing.T) {
		b := openNode(t, Config{})
		missing, err := ParseCID("bafkreigbn4dfekpivutbiwhzywex2oonsrjgwwhowvfll7fj3xrichwjj4")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 500*time.Millisecond)
		defer cancel()
		if _, _, err := b.Open(ctx, missing); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got %v, want context.DeadlineExceeded", err)
		}
	})
	t.Run("close ends a read waiting for peers", func(t *testing.T) {
		b, err := Open(t.Context(), Config{Dir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		missing, err := ParseCID("bafkreigbn4dfekpivutbiwhzywex2oonsrjgwwhowvfll7fj3xrichwjj4")
		if err != nil {
			t.Fatal(err)
		}
		errc := make(chan error, 1)
		go func() {
			_, _, err := b.Open(t.Context(), missing)
			errc <- err
		}()
		time.Sleep(200 * time.Millisecond)
		if err := b.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		select {
		case err := <-errc:
			if err == nil {
				t.Error("Open: got nil error")
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Open still waiting 10s after Close")
		}
	})
}
