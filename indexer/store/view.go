package store

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"gorm.io/gorm"
)

// View reads the index. It never writes; the query layer builds on it. Reads
// run concurrently with the indexer's writes and see committed transactions
// only, so a block's rows and the cursor covering them appear together.
type View struct {
	db *gorm.DB
}

// NewView returns a read-only view of the index in gdb.
func NewView(gdb *gorm.DB) *View { return &View{db: gdb} }

// DB returns a gorm session for read queries on the index tables, bound to
// ctx. Callers must not write through it.
func (v *View) DB(ctx context.Context) *gorm.DB { return v.db.WithContext(ctx) }

// Cursor returns the cursor row; ok is false when the index was never
// initialised.
func (v *View) Cursor(ctx context.Context) (c Cursor, ok bool, err error) {
	err = v.db.WithContext(ctx).Where("id = ?", 1).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Cursor{}, false, nil
	}
	if err != nil {
		return Cursor{}, false, fmt.Errorf("read cursor: %w", err)
	}
	return c, true, nil
}

// Block returns the stored block at height number, if stored.
func (v *View) Block(ctx context.Context, number uint64) (b Block, ok bool, err error) {
	err = v.db.WithContext(ctx).Where("number = ?", number).Take(&b).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Block{}, false, nil
	}
	if err != nil {
		return Block{}, false, fmt.Errorf("read block %d: %w", number, err)
	}
	return b, true, nil
}

// Counts returns the number of rows of every table, by table name.
func (v *View) Counts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, m := range allModels() {
		var n int64
		if err := v.db.WithContext(ctx).Model(m).Count(&n).Error; err != nil {
			return nil, fmt.Errorf("count %s: %w", tableName(m), err)
		}
		out[tableName(m)] = n
	}
	return out, nil
}

// Dump returns every row of every table, formatted one string per row
// (Go %+v of the model) and sorted, by table name. Two indexes of the same
// chain give equal dumps (the cursor's reorganisation counters are left
// out); tests and index verification compare them. It
// holds whole tables in memory.
func (v *View) Dump(ctx context.Context) (map[string][]string, error) {
	out := map[string][]string{}
	for _, m := range allModels() {
		rows, err := v.dumpTable(ctx, m)
		if err != nil {
			return nil, err
		}
		out[tableName(m)] = rows
	}
	return out, nil
}

func (v *View) dumpTable(ctx context.Context, m any) ([]string, error) {
	rows := newSliceOf(m)
	if err := v.db.WithContext(ctx).Model(m).Find(rows).Error; err != nil {
		return nil, fmt.Errorf("dump %s: %w", tableName(m), err)
	}
	if cs, ok := rows.(*[]Cursor); ok {
		// The reorganisation counters are the indexer's history, not a
		// function of the chain: a fresh index of the same chain has none.
		for i := range *cs {
			(*cs)[i].Reorgs, (*cs)[i].DeepestReorg = 0, 0
		}
	}
	lines := formatRows(rows)
	sort.Strings(lines)
	return lines, nil
}
