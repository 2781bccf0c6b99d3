package ipfs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/go-cid"
	leveldb "github.com/ipfs/go-ds-leveldb"
)

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"a dir alone is enough", Config{Dir: "d"}, false},
		{"dir is required", Config{}, true},
		{"offline with peers is refused", Config{Dir: "d", Offline: true, Peers: []string{"/ip4/127.0.0.1/tcp/1/p2p/12D3KooWKbacnaoqZcUsw9NZi3y81zUbngvySj2xZMyk7W3dqqxg"}}, true},
		{"a bad listen addr is refused", Config{Dir: "d", ListenAddrs: []string{"127.0.0.1:4001"}}, true},
		{"a peer without /p2p is refused", Config{Dir: "d", Peers: []string{"/ip4/127.0.0.1/tcp/1"}}, true},
		{"a full peer addr is accepted", Config{Dir: "d", Peers: []string{"/ip4/127.0.0.1/tcp/1/p2p/12D3KooWKbacnaoqZcUsw9NZi3y81zUbngvySj2xZMyk7W3dqqxg"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Check()
			if (err != nil) != tc.wantErr {
				t.Errorf("Check: got %v, want error %v", err, tc.wantErr)
			}
		})
	}
}

func TestNodeLifecycle(t *testing.T) {
	t.Run("open fails on an invalid config", func(t *testing.T) {
		if _, err := Open(t.Context(), Config{}); err == nil {
			t.Fatal("got nil error")
		}
	})
	t.Run("a dir cannot be opened twice at once", func(t *testing.T) {
		dir := t.TempDir()
		openNode(t, Config{Dir: dir, Offline: true})
		n, err := Open(t.Context(), Config{Dir: dir, Offline: true})
		if err == nil {
			n.Close()
			t.Fatal("second Open: got nil error")
		}
	})
	t.Run("close is idempotent and later calls fail with ErrClosed", func(t *testing.T) {
		n, err := Open(t.Context(), Config{Dir: t.TempDir(), Offline: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		if err := n.Close(); err != nil {
			t.Fatalf("second Close: %v", err)
		}
		if _, err := n.Add(t.Context(), bytes.NewReader(nil)); !errors.Is(err, ErrClosed) {
			t.Errorf("Add: got %v, want ErrClosed", err)
		}
		if _, _, err := n.Open(t.Context(), cid.Undef); !errors.Is(err, ErrClosed) {
			t.Errorf("Open: got %v, want ErrClosed", err)
		}
		if err := n.Start(t.Context()); !errors.Is(err, ErrClosed) {
			t.Errorf("Start: got %v, want ErrClosed", err)
		}
	})
	t.Run("offline nodes have no address and cannot connect", func(t *testing.T) {
		n := openNode(t, Config{Offline: true})
		if ai := n.AddrInfo(); ai.ID != "" || len(ai.Addrs) != 0 {
			t.Errorf("AddrInfo: got %v, want zero", ai)
		}
		if err := n.Connect(t.Context(), n.AddrInfo()); !errors.Is(err, ErrOffline) {
			t.Errorf("Connect: got %v, want ErrOffline", err)
		}
	})
}

func TestPersistence(t *testing.T) {
	dir := t.TempDir()
	data := detBytes(t, "persist", 2*ChunkSize+99)

	n, err := Open(t.Context(), Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	id := n.AddrInfo().ID
	root := addBytes(t, n, data)
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n = openNode(t, Config{Dir: dir})
	t.Run("the peer id survives a restart", func(t *testing.T) {
		if got := n.AddrInfo().ID; got != id {
			t.Errorf("got %s, want %s", got, id)
		}
	})
	t.Run("the file survives a restart", func(t *testing.T) {
		if got := readAll(t, n, root); !bytes.Equal(got, data) {
			t.Errorf("read %d bytes, want the %d added", len(got), len(data))
		}
	})
	t.Run("the pin survives a restart", func(t *testing.T) {
		if pinned, err := n.IsPinned(t.Context(), root); err != nil || !pinned {
			t.Errorf("IsPinned: got %v, %v; want true", pinned, err)
		}
	})
	t.Run("an unpin survives a restart", func(t *testing.T) {
		if err := n.Unpin(t.Context(), root); err != nil {
			t.Fatal(err)
		}
		if err := n.Unpin(t.Context(), root); !errors.Is(err, ErrNotPinned) {
			t.Errorf("second Unpin: got %v, want ErrNotPinned", err)
		}
		if err := n.Close(); err != nil {
			t.Fatal(err)
		}
		n2 := openNode(t, Config{Dir: dir, Offline: true})
		if pinned, err := n2.IsPinned(t.Context(), root); err != nil || pinned {
			t.Errorf("IsPinned: got %v, %v; want false", pinned, err)
		}
		// No garbage collection: the blocks stay and can be pinned again.
		if err := n2.Pin(t.Context(), root); err != nil {
			t.Fatalf("Pin: %v", err)
		}
		if pinned, err := n2.IsPinned(t.Context(), root); err != nil || !pinned {
			t.Errorf("IsPinned after Pin: got %v, %v; want true", pinned, err)
		}
	})
}

func TestPinMissingBlock(t *testing.T) {
	n := openNode(t, Config{Offline: true})
	c, err := ParseCID("bafkreigbn4dfekpivutbiwhzywex2oonsrjgwwhowvfll7fj3xrichwjj4")
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Pin(t.Context(), c); !errors.Is(err, ErrNotFound) {
		t.Errorf("Pin of an absent block offline: got %v, want ErrNotFound", err)
	}
	if has, err := n.Has(t.Context(), c); err != nil || has {
		t.Errorf("Has: got %v, %v; want false", has, err)
	}
}

// corruptBlock flips a byte of block c in the packs of the closed node at
// dir, bypassing the blockstore.
func corruptBlock(t *testing.T, dir string, c cid.Cid) {
	t.Helper()
	db, err := leveldb.NewDatastore(filepath.Join(dir, datastoreDir), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := &blockPacks{dir: filepath.Join(dir, packsDir), db: db.DB}
	loc, err := b.locate(c)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(b.packPath(loc.pack), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 1)
	at := loc.offset + loc.length/2
	if _, err := f.ReadAt(buf, at); err != nil {
		t.Fatal(err)
	}
	buf[0] ^= 0xff
	if _, err := f.WriteAt(buf, at); err != nil {
		t.Fatal(err)
	}
}

// leafCIDs returns the leaves of the DAG at root, in file order.
func leafCIDs(t *testing.T, n *Node, root cid.Cid) []cid.Cid {
	t.Helper()
	if root.Type() == cid.Raw {
		return []cid.Cid{root}
	}
	nd, err := n.dag.Get(t.Context(), root)
	if err != nil {
		t.Fatal(err)
	}
	var out []cid.Cid
	for _, l := range nd.Links() {
		out = append(out, leafCIDs(t, n, l.Cid)...)
	}
	return out
}

func TestCorruptBlockIsDetected(t *testing.T) {
	for _, offline := range []bool{true, false} {
		name := "online"
		if offline {
			name = "offline"
		}
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			data := detBytes(t, "corrupt", 3*ChunkSize)
			single := detBytes(t, "corrupt-single", 1000)
			n, err := Open(t.Context(), Config{Dir: dir, Offline: offline})
			if err != nil {
				t.Fatal(err)
			}
			root := addBytes(t, n, data)
			leaves := leafCIDs(t, n, root)
			singleRoot := addBytes(t, n, single)
			if err := n.Close(); err != nil {
				t.Fatal(err)
			}
			corruptBlock(t, dir, leaves[1])
			corruptBlock(t, dir, singleRoot)
			n = openNode(t, Config{Dir: dir, Offline: offline})

			t.Run("reading past a corrupt leaf fails with ErrCorrupt after only good bytes", func(t *testing.T) {
				ctx := testCtx(t, 20*time.Second)
				r, _, err := n.Open(ctx, root)
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				var got bytes.Buffer
				_, err = got.ReadFrom(r)
				if !errors.Is(err, ErrCorrupt) {
					t.Fatalf("read: got %v, want ErrCorrupt", err)
				}
				t.Logf("read error: %v", err)
				if !errors.Is(err, blockstore.ErrHashMismatch) {
					t.Errorf("read: %v does not wrap blockstore.ErrHashMismatch", err)
				}
				if got.Len() > ChunkSize || !bytes.Equal(got.Bytes(), data[:got.Len()]) {
					t.Errorf("read %d bytes before the error, not a prefix of the first chunk", got.Len())
				}
			})
			t.Run("opening a corrupt single-block file fails with ErrCorrupt", func(t *testing.T) {
				r, _, err := n.Open(testCtx(t, 20*time.Second), singleRoot)
				if err == nil {
					r.Close()
				}
				if !errors.Is(err, ErrCorrupt) {
					t.Errorf("Open: got %v, want ErrCorrupt", err)
				}
			})
			t.Run("pinning a DAG with a corrupt block fails with ErrCorrupt", func(t *testing.T) {
				if err := n.Pin(testCtx(t, 20*time.Second), root); !errors.Is(err, ErrCorrupt) {
					t.Errorf("Pin: got %v, want ErrCorrupt", err)
				}
				if pinned, err := n.IsPinned(t.Context(), root); err != nil || !pinned {
					t.Errorf("IsPinned after the failed Pin: got %v, %v; want the old pin kept", pinned, err)
				}
			})
		})
	}
}

func TestConcurrentUse(t *testing.T) {
	n, err := Open(t.Context(), Config{Dir: t.TempDir(), Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	const workers = 8
	var wg sync.WaitGroup
	for i := range workers {
		wg.Go(func() {
			// Only t.Error here: t.Fatal must not run off the test goroutine.
			data, _ := io.ReadAll(detReader(fmt.Sprint("concurrent", i), int64(i)*ChunkSize/2+1))
			c, err := n.Add(t.Context(), bytes.NewReader(data))
			if err != nil {
				t.Errorf("Add: %v", err)
				return
			}
			r, _, err := n.Open(t.Context(), c)
			if err != nil {
				t.Errorf("Open: %v", err)
				return
			}
			defer r.Close()
			if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, data) {
				t.Errorf("worker %d read back different bytes (%v)", i, err)
			}
		})
	}
	wg.Wait()

	// Calls racing Close either finish or fail with ErrClosed; none hang.
	for i := range workers {
		wg.Go(func() {
			_, err := n.Add(t.Context(), detReader(fmt.Sprint("racing", i), 4*ChunkSize))
			if err != nil && !errors.Is(err, ErrClosed) && !errors.Is(err, context.Canceled) {
				t.Errorf("Add racing Close: %v", err)
			}
		})
	}
	if err := n.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	wg.Wait()
}

func TestOpenRefusesBlocksInLeveldb(t *testing.T) {
	dir := t.TempDir()
	db, err := leveldb.NewDatastore(filepath.Join(dir, datastoreDir), nil)
	if err != nil {
		t.Fatal(err)
	}
	// A block as the previous layout stored it.
	key := blockstore.BlockPrefix.ChildString("CIQA4T3TD3BP3C2M3GXCGRCRTCCHV7XSGAZPZJOAOHLPOI6IQR3H6YQ")
	if err := db.Put(t.Context(), key, []byte("old")); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	n, err := Open(t.Context(), Config{Dir: dir, Offline: true})
	if err == nil {
		n.Close()
	}
	if !errors.Is(err, errOldLayout) {
		t.Fatalf("Open: got %v, want errOldLayout", err)
	}
	t.Logf("Open: %v", err)
}

// TestAddAgainRepairsLostBlocks simulates a crash that lost the end of a
// pack before it was synced: the blocks there read as corrupt, and adding
// the file again stores them anew.
func TestAddAgainRepairsLostBlocks(t *testing.T) {
	dir := t.TempDir()
	data := detBytes(t, "repair", 3*ChunkSize+10)
	n := openNode(t, Config{Dir: dir, Offline: true})
	root := addBytes(t, n, data)
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	pack := (&blockPacks{dir: filepath.Join(dir, packsDir)}).packPath(0)
	if err := os.Truncate(pack, ChunkSize+10); err != nil {
		t.Fatal(err)
	}

	n = openNode(t, Config{Dir: dir, Offline: true})
	r, _, err := n.Open(t.Context(), root)
	if err == nil {
		_, err = io.Copy(io.Discard, r)
		r.Close()
	}
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("read with lost blocks: got %v, want ErrCorrupt", err)
	}
	if again := addBytes(t, n, data); !again.Equals(root) {
		t.Fatalf("Add again: got %s, want %s", again, root)
	}
	if got := readAll(t, n, root); !bytes.Equal(got, data) {
		t.Errorf("read %d bytes after adding again, want the %d added", len(got), len(data))
	}
}
