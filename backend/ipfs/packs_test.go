package ipfs

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	leveldb "github.com/ipfs/go-ds-leveldb"
	format "github.com/ipfs/go-ipld-format"
)

// openPacks opens a blockPacks in dir with its own leveldb index, both
// closed when the test ends (or by the returned func, which may be called
// first).
func openPacks(t *testing.T, dir string) (*blockPacks, func()) {
	t.Helper()
	db, err := leveldb.NewDatastore(filepath.Join(dir, datastoreDir), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := openBlockPacks(filepath.Join(dir, packsDir), db.DB)
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	closed := false
	closeAll := func() {
		if closed {
			return
		}
		closed = true
		if err := b.Close(); err != nil {
			t.Errorf("close packs: %v", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("close index: %v", err)
		}
	}
	t.Cleanup(closeAll)
	return b, closeAll
}

// testBlocks returns n distinct blocks of size bytes.
func testBlocks(t *testing.T, n, size int) []blocks.Block {
	t.Helper()
	out := make([]blocks.Block, n)
	for i := range out {
		data := detBytes(t, "packs"+string(rune('a'+i)), int64(size))
		c, err := cidBuilder.WithCodec(cid.Raw).Sum(data)
		if err != nil {
			t.Fatal(err)
		}
		out[i], err = blocks.NewBlockWithCid(data, c)
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// checkStored checks that b holds exactly want, bytes included.
func checkStored(t *testing.T, b *blockPacks, want []blocks.Block) {
	t.Helper()
	ctx := t.Context()
	for _, blk := range want {
		got, err := b.Get(ctx, blk.Cid())
		if err != nil {
			t.Fatalf("Get %s: %v", blk.Cid(), err)
		}
		if err := verifyBlock(blk.Cid(), got.RawData()); err != nil {
			t.Errorf("Get %s: %v", blk.Cid(), err)
		}
		if has, err := b.Has(ctx, blk.Cid()); err != nil || !has {
			t.Errorf("Has %s: got %v, %v; want true", blk.Cid(), has, err)
		}
		if size, err := b.GetSize(ctx, blk.Cid()); err != nil || size != len(blk.RawData()) {
			t.Errorf("GetSize %s: got %d, %v; want %d", blk.Cid(), size, err, len(blk.RawData()))
		}
	}
	ch, errFn, err := b.AllKeysChanWithErr(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for c := range ch {
		listed = append(listed, c.Hash().HexString())
	}
	if err := errFn(); err != nil {
		t.Errorf("AllKeysChan: %v", err)
	}
	var wantKeys []string
	for _, blk := range want {
		wantKeys = append(wantKeys, blk.Cid().Hash().HexString())
	}
	slices.Sort(listed)
	slices.Sort(wantKeys)
	if !slices.Equal(listed, wantKeys) {
		t.Errorf("AllKeysChan: got %d keys %v, want %d %v", len(listed), listed, len(wantKeys), wantKeys)
	}
}

func TestBlockPacks(t *testing.T) {
	t.Run("put blocks are read back, listed, and deleted", func(t *testing.T) {
		b, _ := openPacks(t, t.TempDir())
		blks := testBlocks(t, 5, 1000)
		if err := b.PutMany(t.Context(), blks[:4]); err != nil {
			t.Fatal(err)
		}
		if err := b.Put(t.Context(), blks[4]); err != nil {
			t.Fatal(err)
		}
		checkStored(t, b, blks)

		if err := b.DeleteBlock(t.Context(), blks[0].Cid()); err != nil {
			t.Fatal(err)
		}
		if err := b.DeleteBlock(t.Context(), blks[0].Cid()); err != nil {
			t.Errorf("second DeleteBlock: %v", err)
		}
		if _, err := b.Get(t.Context(), blks[0].Cid()); !format.IsNotFound(err) {
			t.Errorf("Get of a deleted block: got %v, want not found", err)
		}
		if _, err := b.GetSize(t.Context(), blks[0].Cid()); !format.IsNotFound(err) {
			t.Errorf("GetSize of a deleted block: got %v, want not found", err)
		}
		checkStored(t, b, blks[1:])
	})
	t.Run("putting a block again replaces its entry", func(t *testing.T) {
		b, _ := openPacks(t, t.TempDir())
		blks := testBlocks(t, 1, 1000)
		for range 2 {
			if err := b.Put(t.Context(), blks[0]); err != nil {
				t.Fatal(err)
			}
		}
		loc, err := b.locate(blks[0].Cid())
		if err != nil {
			t.Fatal(err)
		}
		if loc.offset != 1000 {
			t.Errorf("got offset %d, want 1000 (the second copy)", loc.offset)
		}
		checkStored(t, b, blks)
	})
	t.Run("a full pack is followed by a new one, also after reopening", func(t *testing.T) {
		dir := t.TempDir()
		b, closeB := openPacks(t, dir)
		b.maxSize = 2500
		blks := testBlocks(t, 7, 1000)
		if err := b.PutMany(t.Context(), blks[:3]); err != nil {
			t.Fatal(err)
		}
		if err := b.Sync(); err != nil {
			t.Fatal(err)
		}
		if err := b.PutMany(t.Context(), blks[3:5]); err != nil {
			t.Fatal(err)
		}
		if err := b.Sync(); err != nil {
			t.Fatal(err)
		}
		checkStored(t, b, blks[:5])
		closeB()

		b, _ = openPacks(t, dir)
		b.maxSize = 2500
		if err := b.PutMany(t.Context(), blks[5:]); err != nil {
			t.Fatal(err)
		}
		if err := b.Sync(); err != nil {
			t.Fatal(err)
		}
		checkStored(t, b, blks)
		ids, err := packIDs(b.dir)
		if err != nil {
			t.Fatal(err)
		}
		if want := []uint32{0, 1, 2, 3}; !slices.Equal(ids, want) {
			t.Errorf("packs: got %v, want %v", ids, want)
		}
	})
	t.Run("bytes missing from a pack are reported as corrupt", func(t *testing.T) {
		dir := t.TempDir()
		b, closeB := openPacks(t, dir)
		blks := testBlocks(t, 2, 1000)
		if err := b.PutMany(t.Context(), blks); err != nil {
			t.Fatal(err)
		}
		closeB()
		if err := os.Truncate(b.packPath(0), 1500); err != nil {
			t.Fatal(err)
		}
		b, _ = openPacks(t, dir)
		if _, err := b.Get(t.Context(), blks[1].Cid()); !errors.Is(err, ErrCorrupt) {
			t.Errorf("Get of a truncated block: got %v, want ErrCorrupt", err)
		}
		if _, err := b.Get(t.Context(), blks[0].Cid()); err != nil {
			t.Errorf("Get of the block before the cut: %v", err)
		}
	})
	t.Run("a pack file not named by a number is refused", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, packsDir), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, packsDir, "x"+packExt), nil, 0o600); err != nil {
			t.Fatal(err)
		}
		db, err := leveldb.NewDatastore(filepath.Join(dir, datastoreDir), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := openBlockPacks(filepath.Join(dir, packsDir), db.DB); err == nil {
			t.Error("got nil error")
		}
	})
	t.Run("a block larger than the limit is refused", func(t *testing.T) {
		b, _ := openPacks(t, t.TempDir())
		if err := b.Put(t.Context(), testBlocks(t, 1, maxBlockSize+1)[0]); err == nil {
			t.Error("got nil error")
		}
	})
	t.Run("puts and syncs fail after close", func(t *testing.T) {
		b, closeB := openPacks(t, t.TempDir())
		closeB()
		if err := b.Put(t.Context(), testBlocks(t, 1, 10)[0]); !errors.Is(err, ErrClosed) {
			t.Errorf("Put: got %v, want ErrClosed", err)
		}
		if err := b.Sync(); !errors.Is(err, ErrClosed) {
			t.Errorf("Sync: got %v, want ErrClosed", err)
		}
	})
}

func FuzzDecodeLocation(f *testing.F) {
	f.Add(location{pack: 1, offset: 2, length: 3}.encode())
	f.Add(location{pack: 1<<32 - 1, offset: 1 << 40, length: maxBlockSize}.encode())
	f.Add(location{pack: 1, offset: 2, length: maxBlockSize + 1}.encode())
	f.Add([]byte{})
	f.Add([]byte{0x80})
	f.Fuzz(func(t *testing.T, v []byte) {
		loc, err := decodeLocation(v)
		if err != nil {
			return
		}
		if loc.offset < 0 || loc.length < 0 {
			t.Fatalf("decoded %+v from %x", loc, v)
		}
		if got, err := decodeLocation(loc.encode()); err != nil || got != loc {
			t.Fatalf("round trip of %+v: got %+v, %v", loc, got, err)
		}
	})
}
