package ipfs

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	dshelp "github.com/ipfs/boxo/datastore/dshelp"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	format "github.com/ipfs/go-ipld-format"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// Layout of the block store. Block bytes are appended to pack files
// Config.Dir/blocks/<n>.pack (n = 00000000, 00000001, …; a new pack is
// started once the current one would exceed maxPackSize) and never rewritten.
// The index, in the node's leveldb, maps each block's multihash to where its
// bytes are: key indexPrefix + KEY, KEY being the multihash in unpadded
// upper-case base32 (as kubo's flatfs names block files), value three uvarints
// (pack, offset, length).
const (
	packsDir    = "blocks"
	packExt     = ".pack"
	maxPackSize = 1 << 30
	// maxBlockSize is the largest block stored, the limit of the IPFS
	// specifications (https://specs.ipfs.tech/bitswap-protocol/#block-sizes).
	maxBlockSize = 2 << 20
	indexPrefix  = "/blockidx"
	// syncedKey records, at every Sync, how far the packs were durable:
	// the active pack and its size. It is written synchronously, which also
	// makes all earlier index entries durable.
	syncedKey = "/blockidx-synced"
)

// blockPacks is a blockstore appending blocks to pack files, with an index
// in leveldb (see packsDir). Keys are multihashes, so a raw and a dag-pb
// block of the same hash share an entry, and AllKeysChan returns raw CIDs.
//
// Writes are neither checked against the index first nor flushed one by
// one: Put appends the bytes and indexes them, replacing any entry of the
// same key, and Sync makes everything put so far durable. Putting a block
// again thus costs its size in disk space (there is no garbage collection,
// and DeleteBlock only drops the index entry), but it also repairs a block
// whose bytes a crash lost before the Sync that would have kept them.
//
// Reads are not verified here; verifyingBlockstore does that. A blockPacks
// is safe for concurrent use until Close.
type blockPacks struct {
	dir     string
	db      *leveldb.DB
	maxSize int64 // of a pack: maxPackSize, lowered in tests

	syncMu sync.Mutex // serializes Sync, which alone closes rotated packs

	mu       sync.Mutex // guards the fields below; appends hold it
	err      error      // sticky: a failed Sync
	active   *os.File   // open for appending
	activeID uint32
	size     int64      // of active
	written  bool       // active was written since the last Sync
	rotated  []*os.File // packs filled since the last Sync, still open, to sync and close
	created  bool       // a pack was created since the last Sync: dir must be synced
	newDir   bool       // dir was created and not synced yet: its parent must be synced

	readMu  sync.RWMutex
	readers map[uint32]*os.File // packs opened for reading
}

// openBlockPacks opens the packs in dir, creating dir if missing, with the
// index in db. Only one blockPacks may use dir at a time; the node holds
// leveldb's lock on db for that.
func openBlockPacks(dir string, db *leveldb.DB) (*blockPacks, error) {
	b := &blockPacks{dir: dir, db: db, maxSize: maxPackSize, readers: map[uint32]*os.File{}}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		b.newDir = true
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	ids, err := packIDs(dir)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		if err := b.startPack(0); err != nil {
			return nil, err
		}
		return b, nil
	}
	// Append to the last pack. Bytes a crash left at its end without an
	// index entry stay there unused.
	b.activeID = ids[len(ids)-1]
	b.active, err = os.OpenFile(b.packPath(b.activeID), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return nil, err
	}
	fi, err := b.active.Stat()
	if err != nil {
		b.active.Close()
		return nil, err
	}
	b.size = fi.Size()
	// Not known to be synced: the last node may have put blocks without a
	// Sync (fetched ones, say).
	b.written = b.size > 0
	return b, nil
}

// packIDs lists the packs in dir in ascending order.
func packIDs(dir string) ([]uint32, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var ids []uint32
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), packExt)
		if !ok {
			continue
		}
		id, err := strconv.ParseUint(name, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("%s: unexpected pack name %q", dir, e.Name())
		}
		ids = append(ids, uint32(id))
	}
	slices.Sort(ids)
	return ids, nil
}

// packPath returns the file of pack id.
func (b *blockPacks) packPath(id uint32) string {
	return filepath.Join(b.dir, fmt.Sprintf("%08d%s", id, packExt))
}

// startPack creates pack id and makes it the active one. The caller holds
// mu, or is openBlockPacks.
func (b *blockPacks) startPack(id uint32) error {
	f, err := os.OpenFile(b.packPath(id), os.O_WRONLY|os.O_APPEND|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if b.active != nil {
		if b.written {
			b.rotated = append(b.rotated, b.active)
		} else if err := b.active.Close(); err != nil {
			f.Close()
			return err
		}
	}
	b.active, b.activeID, b.size, b.written, b.created = f, id, 0, false, true
	return nil
}

// indexKey returns the index key of block c.
func indexKey(c cid.Cid) []byte {
	return []byte(indexPrefix + dshelp.MultihashToDsKey(c.Hash()).String())
}

// location is where a block's bytes are.
type location struct {
	pack   uint32
	offset int64
	length int64
}

// encode returns l as an index value.
func (l location) encode() []byte {
	v := binary.AppendUvarint(nil, uint64(l.pack))
	v = binary.AppendUvarint(v, uint64(l.offset))
	return binary.AppendUvarint(v, uint64(l.length))
}

// decodeLocation parses an index value.
func decodeLocation(v []byte) (location, error) {
	var f [3]uint64
	for i := range f {
		x, n := binary.Uvarint(v)
		if n <= 0 {
			return location{}, errors.New("malformed block index entry")
		}
		f[i], v = x, v[n:]
	}
	if len(v) != 0 || f[0] > 1<<32-1 || f[1] > 1<<62 || f[2] > maxBlockSize {
		return location{}, errors.New("malformed block index entry")
	}
	return location{pack: uint32(f[0]), offset: int64(f[1]), length: int64(f[2])}, nil
}

// locate returns the location of block c, or format.ErrNotFound.
func (b *blockPacks) locate(c cid.Cid) (location, error) {
	v, err := b.db.Get(indexKey(c), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return location{}, format.ErrNotFound{Cid: c}
	}
	if err != nil {
		return location{}, err
	}
	loc, err := decodeLocation(v)
	if err != nil {
		return location{}, fmt.Errorf("%w: block %s: %w", ErrCorrupt, c, err)
	}
	return loc, nil
}

// reader returns pack id opened for reading.
func (b *blockPacks) reader(id uint32) (*os.File, error) {
	b.readMu.RLock()
	f := b.readers[id]
	b.readMu.RUnlock()
	if f != nil {
		return f, nil
	}
	b.readMu.Lock()
	defer b.readMu.Unlock()
	if f := b.readers[id]; f != nil {
		return f, nil
	}
	f, err := os.Open(b.packPath(id))
	if err != nil {
		return nil, err
	}
	b.readers[id] = f
	return f, nil
}

// Get returns block c, unverified, or format.ErrNotFound. Bytes missing
// from the pack (a crash lost them) are reported as ErrCorrupt.
func (b *blockPacks) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	loc, err := b.locate(c)
	if err != nil {
		return nil, err
	}
	f, err := b.reader(loc.pack)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: block %s: pack %d is missing", ErrCorrupt, c, loc.pack)
	}
	if err != nil {
		return nil, err
	}
	data := make([]byte, loc.length)
	if _, err := f.ReadAt(data, loc.offset); errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: block %s: pack %d is truncated", ErrCorrupt, c, loc.pack)
	} else if err != nil {
		return nil, err
	}
	return blocks.NewBlockWithCid(data, c)
}

// Has reports whether block c is indexed, without reading it.
func (b *blockPacks) Has(ctx context.Context, c cid.Cid) (bool, error) {
	return b.db.Has(indexKey(c), nil)
}

// GetSize returns the size of block c from the index, or
// format.ErrNotFound.
func (b *blockPacks) GetSize(ctx context.Context, c cid.Cid) (int, error) {
	loc, err := b.locate(c)
	if err != nil {
		return -1, err
	}
	return int(loc.length), nil
}

// Put stores blk.
func (b *blockPacks) Put(ctx context.Context, blk blocks.Block) error {
	return b.PutMany(ctx, []blocks.Block{blk})
}

// PutMany appends blks to the active pack and indexes them with one
// leveldb write, which is not synced.
func (b *blockPacks) PutMany(ctx context.Context, blks []blocks.Block) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var batch leveldb.Batch
	if err := b.append(blks, &batch); err != nil {
		return fmt.Errorf("put blocks: %w", err)
	}
	if err := b.db.Write(&batch, nil); err != nil {
		return fmt.Errorf("index blocks: %w", err)
	}
	return nil
}

// append writes blks to the active pack, starting a new pack when it is
// full, and adds their index entries to batch.
func (b *blockPacks) append(blks []blocks.Block, batch *leveldb.Batch) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return b.err
	}
	for _, blk := range blks {
		data := blk.RawData()
		if len(data) > maxBlockSize {
			return fmt.Errorf("block %s: %d bytes, more than the %d allowed", blk.Cid(), len(data), maxBlockSize)
		}
		if b.size > 0 && b.size+int64(len(data)) > b.maxSize {
			if err := b.startPack(b.activeID + 1); err != nil {
				return err
			}
		}
		off := b.size
		n, err := b.active.Write(data)
		b.size += int64(n)
		b.written = b.written || n > 0
		if err != nil {
			return err
		}
		startWriteback(b.active, off, int64(n))
		batch.Put(indexKey(blk.Cid()), location{pack: b.activeID, offset: off, length: int64(n)}.encode())
	}
	return nil
}

// DeleteBlock drops the index entry of block c; its bytes stay in their
// pack. Deleting an absent block is not an error.
func (b *blockPacks) DeleteBlock(ctx context.Context, c cid.Cid) error {
	return b.db.Delete(indexKey(c), nil)
}

// Sync makes every block put so far durable: once it returns nil, the
// blocks survive a crash or power loss (as far as the disk honours cache
// flushes). It fsyncs the packs written since the last Sync, and the
// directory if a pack was created (and the directory holding it if it was
// created too), then writes syncedKey synchronously, which makes the index
// entries durable.
//
// A failed Sync is sticky: the kernel may have dropped the unwritten data
// and reports that only once, so later puts and Syncs fail too, until the
// node is opened again.
func (b *blockPacks) Sync() error {
	b.syncMu.Lock()
	defer b.syncMu.Unlock()
	b.mu.Lock()
	if b.err != nil {
		b.mu.Unlock()
		return b.err
	}
	rotated := len(b.rotated) // files[:rotated] are closed once synced
	files := b.rotated
	if b.written {
		files = append(files, b.active)
	}
	created, newDir := b.created, b.newDir
	b.rotated, b.written, b.created, b.newDir = nil, false, false, false
	synced := location{pack: b.activeID, offset: b.size}.encode()
	b.mu.Unlock()

	err := b.sync(files, created, newDir, synced)
	for _, f := range files[:rotated] {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		err = fmt.Errorf("sync blocks: %w", err)
		b.mu.Lock()
		b.err = err
		b.mu.Unlock()
	}
	return err
}

// sync fsyncs files, then the directory if a pack was created, and its
// parent if it was created itself, then writes the synced marker
// synchronously.
func (b *blockPacks) sync(files []*os.File, created, newDir bool, synced []byte) error {
	for _, f := range files {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	if created {
		if err := syncDir(b.dir); err != nil {
			return err
		}
	}
	if newDir {
		if err := syncDir(filepath.Dir(b.dir)); err != nil {
			return err
		}
	}
	return b.db.Put([]byte(syncedKey), synced, &opt.WriteOptions{Sync: true})
}

// syncDir fsyncs directory dir, making its entries durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// AllKeysChan lists every indexed block as a raw CIDv1, in no particular
// order. The listing stops early, silently, if ctx ends or the index cannot
// be read; AllKeysChanWithErr reports why.
func (b *blockPacks) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	ch, _, err := b.AllKeysChanWithErr(ctx)
	return ch, err
}

// AllKeysChanWithErr is AllKeysChan with a func, to call once the channel
// is drained, that reports what ended the listing early (nil if nothing).
// Entries whose key is not a multihash are skipped.
func (b *blockPacks) AllKeysChanWithErr(ctx context.Context) (<-chan cid.Cid, func() error, error) {
	it := b.db.NewIterator(util.BytesPrefix([]byte(indexPrefix+"/")), nil)
	out := make(chan cid.Cid, 64)
	var listErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(out)
		defer it.Release()
		for it.Next() {
			h, err := dshelp.DsKeyToMultihash(ds.RawKey(string(it.Key()[len(indexPrefix):])))
			if err != nil {
				continue
			}
			select {
			case out <- cid.NewCidV1(cid.Raw, h):
			case <-ctx.Done():
				listErr = ctx.Err()
				return
			}
		}
		listErr = it.Error()
	}()
	return out, func() error { <-done; return listErr }, nil
}

// Close closes the pack files without syncing them. The index lives in the
// node's leveldb, which the node closes.
func (b *blockPacks) Close() error {
	b.syncMu.Lock()
	defer b.syncMu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	var errs []error
	for _, f := range append(b.rotated, b.active) {
		if f != nil {
			errs = append(errs, f.Close())
		}
	}
	b.rotated, b.active = nil, nil
	b.err = ErrClosed
	b.readMu.Lock()
	defer b.readMu.Unlock()
	for id, f := range b.readers {
		errs = append(errs, f.Close())
		delete(b.readers, id)
	}
	return errors.Join(errs...)
}
