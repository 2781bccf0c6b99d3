package indexer

import (
	"context"
	"math/big"
	"testing"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/store"
)

// TestReorgCountersSurviveARestart: a reorganisation of depth 2, then a new
// indexer on the same database: its status still shows one reorganisation of
// depth 2 (read from the cursor row at start), and so does ReadStatus, the
// status of a process that only reads the database. A later reorganisation
// adds to the stored counters; the deepest stays the deepest.
func TestReorgCountersSurviveARestart(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		gdb := dbtest.Open(t, driver)
		view := store.NewView(gdb)

		if st, err := ReadStatus(ctx, view); err != nil || st != (Status{}) {
			t.Fatalf("status of an empty database: %+v, %v", st, err)
		}

		ix := newIndexer(t, cfg, f, gdb)
		started := false
		f.extend(30)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if st, err := ReadStatus(ctx, view); err != nil || st.Reorgs != 0 || st.Indexed != 30 {
			t.Fatalf("read status before the reorganisation: %+v, %v", st, err)
		}
		f.reorg(2, 3)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if st := ix.Status(); st.Reorgs != 1 || st.DeepestReorg != 2 || st.Indexed != 31 {
			t.Fatalf("status after the reorganisation: %+v", st)
		}

		// A restart: a new indexer on the same database, before and after
		// its first pass.
		ix = newIndexer(t, cfg, f, gdb)
		started = false
		if err := ix.init(ctx); err != nil {
			t.Fatal(err)
		}
		started = true
		if st := ix.Status(); st.Reorgs != 1 || st.DeepestReorg != 2 || st.Indexed != 31 {
			t.Fatalf("status after a restart: %+v", st)
		}
		f.extend(2)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if st := ix.Status(); st.Reorgs != 1 || st.DeepestReorg != 2 || st.Indexed != 33 {
			t.Fatalf("status after a restart and a pass: %+v", st)
		}

		// Out of process: the database alone.
		h33, err := f.HeaderByNumber(ctx, big.NewInt(33))
		if err != nil {
			t.Fatal(err)
		}
		want := Status{Indexed: 33, IndexedHash: h33.Hash(), Reorgs: 1, DeepestReorg: 2}
		st, err := ReadStatus(ctx, view)
		if err != nil {
			t.Fatal(err)
		}
		if st != want {
			t.Fatalf("read status %+v, want %+v", st, want)
		}

		// A shallower reorganisation after the restart counts, and leaves the
		// deepest alone.
		f.reorg(1, 1)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if st := ix.Status(); st.Reorgs != 2 || st.DeepestReorg != 2 {
			t.Fatalf("status after a second reorganisation: %+v", st)
		}
		if st, err := ReadStatus(ctx, view); err != nil || st.Reorgs != 2 || st.DeepestReorg != 2 || st.Indexed != 33 {
			t.Fatalf("read status after a second reorganisation: %+v, %v", st, err)
		}
		// The counters are history, not chain content: the index still
		// equals a fresh one.
		if d := diffDumps(dump(t, ctx, gdb), freshDump(t, driver, cfg, f)); d != "" {
			t.Fatalf("index differs from a fresh index:\n%s", d)
		}
	})
}

// TestReorgCountersMigrateAnOlderDatabase: a database whose cursor table
// predates the counters (columns dropped, older schema fingerprint) gets
// them from the migration at start, zero, and counts from there.
func TestReorgCountersMigrateAnOlderDatabase(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		f.extend(20)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		m := gdb.Migrator()
		for _, col := range []string{"Reorgs", "DeepestReorg"} {
			if err := m.DropColumn(&store.Cursor{}, col); err != nil {
				t.Fatal(err)
			}
		}
		if err := gdb.Exec("UPDATE index_schema SET fingerprint = 'older'").Error; err != nil {
			t.Fatal(err)
		}
		if m.HasColumn(&store.Cursor{}, "Reorgs") {
			t.Fatal("column not dropped")
		}

		ix = newIndexer(t, cfg, f, gdb)
		started = false
		f.reorg(3, 3)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if st := ix.Status(); st.Reorgs != 1 || st.DeepestReorg != 3 || st.Indexed != 20 {
			t.Fatalf("status %+v", st)
		}
		if st, err := ReadStatus(ctx, store.NewView(gdb)); err != nil || st.Reorgs != 1 || st.DeepestReorg != 3 {
			t.Fatalf("read status %+v, %v", st, err)
		}
	})
}
