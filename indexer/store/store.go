// Package store is the indexer's SQL storage through gorm: the same models
// and statements on an SQLite file (embedded default) and on PostgreSQL (at
// scale).
//
// Tables: blocks (indexed blocks with hash, parent hash, Clique signer and
// time), cursor (one row: how far the index goes, on which chain), contracts
// (the contract set being indexed) and one normalised table per event family
// (see EventModels). Event rows are keyed by (block_hash, log_index) and
// inserted with ON CONFLICT DO NOTHING, so writing a block twice is harmless.
//
// A Store is the read-write side, used by exactly one indexer per database:
// every write is one database transaction that also moves the cursor with a
// compare-and-swap (ErrCursorMoved when another writer got there first). A
// View is the read side for the query layer; any number may read
// concurrently with the writer. Both are safe for concurrent use.
//
// Addresses, hashes and other byte strings are stored as 0x-prefixed
// lower-case hex (see Addr, Hash, Hex); timestamps as Unix seconds (int64).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// ErrCursorMoved means the cursor in the database is not the one a write was
// based on: another indexer is writing to the same database, or the caller's
// view is stale. The write was not applied.
var ErrCursorMoved = errors.New("index cursor moved under the writer")

// insertBatchRows is the number of rows per INSERT statement. Each row binds
// one parameter per column and the widest table (prescriptions) has 21
// columns, so a statement binds at most 10,500 parameters: below SQLite's
// limit of 32,766 (SQLITE_MAX_VARIABLE_NUMBER since 3.32; go-sqlite3 bundles
// 3.45) and PostgreSQL's 65,535 (the protocol's 16-bit parameter count).
// TestBatchUnderParameterLimits checks this for every table.
const insertBatchRows = 500

// Store writes and reads the index.
type Store struct {
	db    *gorm.DB
	stmts *stmtCache
}

// New returns a Store on gdb (from backend/db.Open or any gorm handle).
//
// The Store's statements bypass gorm's prepared-statement cache even when
// gdb was opened with PrepareStmt: a multi-row INSERT has one text per row
// count, and gorm's cache (unbounded by default) would keep a prepared
// statement per table and row count on every connection, forever.
func New(gdb *gorm.DB) (*Store, error) {
	if gdb == nil {
		return nil, errors.New("store: nil database")
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	// A session with a context gets its own statement, whose connection pool
	// can then be pointed at the plain *sql.DB; sessions and transactions
	// derived from it inherit that pool.
	h := gdb.Session(&gorm.Session{
		NewDB: true,
		// Each write below is one explicit transaction; gorm's implicit
		// transaction around single statements adds nothing.
		SkipDefaultTransaction: true,
		// Replaced by WithContext on every call; set here only because a
		// session with a context gets a statement of its own.
		Context: gdb.Statement.Context,
	})
	h.Statement.ConnPool = sqlDB
	return &Store{db: h, stmts: &stmtCache{db: sqlDB, stmts: map[string]*sql.Stmt{}}}, nil
}

// View returns the read-only side of the store.
func (s *Store) View() *View { return &View{db: s.db} }

// Migrate creates or updates every table and index. It is idempotent and
// safe to interrupt: an interrupted migration is completed by the next one.
// A database whose recorded schema fingerprint (index_schema) matches the
// models and which has every table is left as it is: a restart then costs
// a few queries instead of gorm's column and index inspection of every
// table. The fingerprint is recorded only after a complete migration.
func (s *Store) Migrate(ctx context.Context) error {
	fp, err := schemaFingerprint(s.db)
	if err != nil {
		return fmt.Errorf("schema fingerprint: %w", err)
	}
	if migrated(ctx, s.db, fp) {
		return nil
	}
	if err := s.db.WithContext(ctx).AutoMigrate(allModels()...); err != nil {
		return fmt.Errorf("migrate index tables: %w", err)
	}
	if err := migrateIndexes(ctx, s.db); err != nil {
		return err
	}
	return recordSchema(ctx, s.db, fp)
}

// Cursor returns the cursor row; ok is false when the index was never
// initialised.
func (s *Store) Cursor(ctx context.Context) (c Cursor, ok bool, err error) {
	return s.View().Cursor(ctx)
}

// InitCursor creates the cursor row for a chain if there is none yet (an
// empty index) and returns the stored row, which may belong to another chain.
func (s *Store) InitCursor(ctx context.Context, chainID uint64, genesisHash string) (Cursor, error) {
	c := Cursor{ID: 1, ChainID: chainID, GenesisHash: genesisHash}
	err := s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&c).Error
	if err != nil {
		return Cursor{}, fmt.Errorf("create cursor: %w", err)
	}
	got, _, err := s.Cursor(ctx)
	return got, err
}

// BlockHash returns the stored hash of block number, if stored.
func (s *Store) BlockHash(ctx context.Context, number uint64) (hash string, ok bool, err error) {
	b, ok, err := s.View().Block(ctx, number)
	return b.Hash, ok, err
}

// Contracts returns the indexed contract set.
func (s *Store) Contracts(ctx context.Context) ([]Contract, error) {
	var out []Contract
	err := s.db.WithContext(ctx).Order("name").Find(&out).Error
	return out, err
}

// Batch is what one commit writes: blocks, their event rows and the new
// cursor.
type Batch struct {
	// Blocks are the blocks to store. None may be stored already.
	Blocks []Block
	// Rows are event rows (pointers to event models) in any order.
	Rows []Row
	// Number and Hash are the new cursor: the last block the batch covers.
	Number uint64
	Hash   string
	// PruneBelow deletes stored blocks below this height that have no
	// events (blocks that left the reorganisation window).
	PruneBelow uint64
}

// Apply writes b in one transaction, provided the cursor still equals prev;
// otherwise it writes nothing and returns ErrCursorMoved.
func (s *Store) Apply(ctx context.Context, prev Cursor, b Batch) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// The cursor first: on PostgreSQL this takes the row lock that
		// serialises writers before any work is done.
		if err := moveCursor(tx, prev, b.Number, b.Hash); err != nil {
			return err
		}
		if len(b.Blocks) > 0 {
			if err := tx.CreateInBatches(b.Blocks, insertBatchRows).Error; err != nil {
				return fmt.Errorf("insert blocks: %w", err)
			}
		}
		if err := s.insertRows(tx, b.Rows); err != nil {
			return err
		}
		if err := s.insertDerived(tx, b.Rows); err != nil {
			return err
		}
		if b.PruneBelow > 0 {
			err := tx.Where("number < ? AND events = 0", b.PruneBelow).Delete(&Block{}).Error
			if err != nil {
				return fmt.Errorf("prune blocks: %w", err)
			}
		}
		return nil
	})
}

// Rollback deletes every block and event row above block number (the common
// ancestor of a reorganisation), stores fill (blocks at or below it that the
// reorganisation window needs again), and moves the cursor back to it, in one
// transaction, provided the cursor still equals prev. hash is the stored
// hash of block number; an empty hash rolls back everything (the ancestor is
// below the first indexed block). The same transaction counts the
// reorganisation in the cursor (Reorgs, and DeepestReorg if depth, the
// number of blocks it replaced, is the deepest yet).
func (s *Store) Rollback(ctx context.Context, prev Cursor, number uint64, hash string, depth uint64, fill []Block) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if hash == "" {
			number = 0
		}
		if err := moveCursor(tx, prev, number, hash, map[string]any{
			"reorgs":        gorm.Expr("reorgs + 1"),
			"deepest_reorg": gorm.Expr("CASE WHEN deepest_reorg < ? THEN ? ELSE deepest_reorg END", depth, depth),
		}); err != nil {
			return err
		}
		above := func(col string) (string, []any) {
			if hash == "" {
				return "1 = 1", nil
			}
			return col + " > ?", []any{number}
		}
		q, args := above("number")
		if err := tx.Where(q, args...).Delete(&Block{}).Error; err != nil {
			return fmt.Errorf("roll back blocks: %w", err)
		}
		q, args = above("block_number")
		for _, m := range EventModels() {
			if err := tx.Where(q, args...).Delete(m).Error; err != nil {
				return fmt.Errorf("roll back %s: %w", tableName(m), err)
			}
		}
		if len(fill) > 0 {
			if err := tx.CreateInBatches(fill, insertBatchRows).Error; err != nil {
				return fmt.Errorf("refill blocks: %w", err)
			}
		}
		return nil
	})
}

// Reset empties the index (blocks, event rows, cursor position) and records
// contracts as the indexed set, in one transaction, provided the cursor still
// equals prev. The chain identity in the cursor is kept.
func (s *Store) Reset(ctx context.Context, prev Cursor, contracts []Contract) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := moveCursor(tx, prev, 0, ""); err != nil {
			return err
		}
		all := "1 = 1"
		for _, m := range append([]any{&Block{}, &Contract{}}, rowsAsAny(EventModels())...) {
			if err := tx.Where(all).Delete(m).Error; err != nil {
				return fmt.Errorf("reset %s: %w", tableName(m), err)
			}
		}
		if len(contracts) > 0 {
			if err := tx.Create(contracts).Error; err != nil {
				return fmt.Errorf("record contracts: %w", err)
			}
		}
		return nil
	})
}

// AddContracts records further contracts in the indexed set, provided the
// cursor still equals prev. The caller makes sure the index holds no block
// at or above their deployment (otherwise it must Reset).
func (s *Store) AddContracts(ctx context.Context, prev Cursor, contracts []Contract) error {
	if len(contracts) == 0 {
		return nil
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := moveCursor(tx, prev, prev.Number, prev.Hash); err != nil {
			return err
		}
		if err := tx.Create(contracts).Error; err != nil {
			return fmt.Errorf("record contracts: %w", err)
		}
		return nil
	})
}

// moveCursor sets the cursor to (number, hash) if it still equals prev, and
// the columns of extra (optional) in the same statement.
func moveCursor(tx *gorm.DB, prev Cursor, number uint64, hash string, extra ...map[string]any) error {
	set := map[string]any{"number": number, "hash": hash}
	for _, e := range extra {
		for k, v := range e {
			set[k] = v
		}
	}
	res := tx.Model(&Cursor{}).
		Where("id = ? AND number = ? AND hash = ?", 1, prev.Number, prev.Hash).
		Updates(set)
	if res.Error != nil {
		return fmt.Errorf("move cursor: %w", res.Error)
	}
	if res.RowsAffected != 1 {
		return fmt.Errorf("%w: expected block %d %q", ErrCursorMoved, prev.Number, prev.Hash)
	}
	return nil
}

// stmtCache holds prepared INSERT statements of full batches
// (insertBatchRows rows): a backfill writes thousands of them, and parsing
// the same 500-row statement text again each time is a measurable share of
// SQLite's time. Only full batches are cached, so there is at most one
// statement per table (per database connection, as database/sql prepares
// it on each connection that runs it); the shorter last batch of a commit
// is not prepared. Safe for concurrent use.
type stmtCache struct {
	db    *sql.DB
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// get returns the prepared statement of query, preparing it on first use.
func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts[query] = st
	return st, nil
}

// insertRows inserts event rows grouped by table, idempotently.
func (s *Store) insertRows(tx *gorm.DB, rows []Row) error {
	if len(rows) == 0 {
		return nil
	}
	// Group by model type, keeping the groups in a fixed order so that
	// concurrent writers (which the cursor check rejects anyway) would take
	// locks in the same order.
	groups := map[reflect.Type]reflect.Value{}
	var order []reflect.Type
	for _, r := range rows {
		t := reflect.TypeOf(r)
		g, ok := groups[t]
		if !ok {
			g = reflect.MakeSlice(reflect.SliceOf(t), 0, 8)
			order = append(order, t)
		}
		groups[t] = reflect.Append(g, reflect.ValueOf(r))
	}
	sort.Slice(order, func(i, j int) bool { return order[i].String() < order[j].String() })
	for _, t := range order {
		g := groups[t]
		for lo := 0; lo < g.Len(); lo += insertBatchRows {
			hi := min(lo+insertBatchRows, g.Len())
			if err := s.insert(tx, g.Slice(lo, hi).Interface(), hi-lo == insertBatchRows); err != nil {
				return fmt.Errorf("insert %s: %w", t.Elem().Name(), err)
			}
		}
	}
	return nil
}

// insert writes rows (a slice of one model) in one INSERT statement, with
// ON CONFLICT DO NOTHING on the table's key: a row already present is the
// same log of the same block. A full batch runs as a prepared statement
// (see stmtCache): gorm builds the statement without running it (a dry
// run, through the same callbacks) and the transaction runs it.
func (s *Store) insert(tx *gorm.DB, rows any, full bool) error {
	q := tx.Clauses(clause.OnConflict{DoNothing: true})
	sqlTx, ok := tx.Statement.ConnPool.(*sql.Tx)
	if !full || !ok {
		return q.Create(rows).Error
	}
	dry := q.Session(&gorm.Session{DryRun: true}).Create(rows)
	if dry.Error != nil {
		return dry.Error
	}
	ctx := tx.Statement.Context
	st, err := s.stmts.get(ctx, dry.Statement.SQL.String())
	if err != nil {
		return err
	}
	_, err = sqlTx.StmtContext(ctx, st).ExecContext(ctx, dry.Statement.Vars...)
	return err
}

// deriver is an event row from which further rows follow: a recall's notice
// to every holder, a fill's packs. Derived rows carry the position of the
// row they come from, so rollbacks and resets treat them alike, and their
// tables are listed in EventModels.
type deriver interface {
	Row
	// derive returns the derived rows. tx holds every row of the commit
	// being written and everything committed before, and nothing later: a
	// deriver may read rows at or before its own position, which makes the
	// result a function of the canonical chain, equal in a fresh index and
	// an incremental one.
	derive(tx *gorm.DB) ([]Row, error)
}

// insertDerived inserts the rows derived from rows, taking derivers in
// chain order, after rows themselves are inserted.
func (s *Store) insertDerived(tx *gorm.DB, rows []Row) error {
	var ds []deriver
	for _, r := range rows {
		if d, ok := r.(deriver); ok {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return nil
	}
	sort.Slice(ds, func(i, j int) bool {
		a, b := ds[i].Position(), ds[j].Position()
		return a.BlockNumber < b.BlockNumber || (a.BlockNumber == b.BlockNumber && a.LogIndex < b.LogIndex)
	})
	var derived []Row
	for _, d := range ds {
		out, err := d.derive(tx)
		if err != nil {
			return fmt.Errorf("derive rows: %w", err)
		}
		derived = append(derived, out...)
	}
	return s.insertRows(tx, derived)
}

func rowsAsAny(rows []Row) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = r
	}
	return out
}

func tableName(m any) string {
	if t, ok := m.(interface{ TableName() string }); ok {
		return t.TableName()
	}
	return reflect.TypeOf(m).String()
}
