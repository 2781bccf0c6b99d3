package store

import (
	"context"
	"errors"
	"sync"
	"testing"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"

	"github.com/salus-health/salus/backend/db/dbtest"
)

func open(t *testing.T, driver string) (*gorm.DB, *Store) {
	t.Helper()
	gdb := dbtest.Open(t, driver)
	st, err := New(gdb)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InitCursor(context.Background(), 1, "0xgenesis"); err != nil {
		t.Fatal(err)
	}
	return gdb, st
}

func TestBatchUnderParameterLimits(t *testing.T) {
	const sqliteMax, postgresMax = 32_766, 65_535
	for _, m := range allModels() {
		s, err := schema.Parse(m, &sync.Map{}, schema.NamingStrategy{})
		if err != nil {
			t.Fatal(err)
		}
		if n := insertBatchRows * len(s.DBNames); n > sqliteMax || n > postgresMax {
			t.Errorf("%s: %d rows of %d columns bind %d parameters, above the limits", s.Table, insertBatchRows, len(s.DBNames), n)
		}
	}
}

func grant(block string, number uint64, index uint) *GrantEvent {
	return &GrantEvent{Event: Event{BlockHash: block, LogIndex: index, BlockNumber: number, TxHash: "0xtx", Contract: "0xc"},
		Kind: KindGranted, Patient: "0xp", Grantee: "0xg", Purpose: 1, Categories: 3, ExpiresAt: 1 << 62}
}

func TestStore(t *testing.T) {
	for _, driver := range dbtest.Drivers {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			gdb, st := open(t, driver)
			c0, _, err := st.Cursor(ctx)
			if err != nil || c0.Indexed() {
				t.Fatalf("new cursor %+v, %v", c0, err)
			}

			t.Run("a batch is written with its cursor", func(t *testing.T) {
				err := st.Apply(ctx, c0, Batch{
					Blocks: []Block{{Number: 5, Hash: "0xb5", ParentHash: "0xb4", Events: 2}},
					Rows:   []Row{grant("0xb5", 5, 0), grant("0xb5", 5, 1)},
					Number: 5, Hash: "0xb5",
				})
				if err != nil {
					t.Fatal(err)
				}
				c, _, _ := st.Cursor(ctx)
				if c.Number != 5 || c.Hash != "0xb5" {
					t.Fatalf("cursor %+v", c)
				}
			})

			t.Run("a writer with a stale cursor writes nothing", func(t *testing.T) {
				err := st.Apply(ctx, c0, Batch{
					Blocks: []Block{{Number: 6, Hash: "0xb6", ParentHash: "0xb5"}},
					Rows:   []Row{grant("0xb6", 6, 0)},
					Number: 6, Hash: "0xb6",
				})
				if !errors.Is(err, ErrCursorMoved) {
					t.Fatalf("got %v, want ErrCursorMoved", err)
				}
				counts, _ := st.View().Counts(ctx)
				if counts["blocks"] != 1 || counts["grant_events"] != 2 {
					t.Fatalf("counts %v", counts)
				}
			})

			t.Run("rows written twice are kept once", func(t *testing.T) {
				c, _, _ := st.Cursor(ctx)
				err := st.Apply(ctx, c, Batch{
					Blocks: []Block{{Number: 7, Hash: "0xb7", ParentHash: "0xb6"}},
					Rows:   []Row{grant("0xb5", 5, 1), grant("0xb7", 7, 0)},
					Number: 7, Hash: "0xb7", PruneBelow: 7,
				})
				if err != nil {
					t.Fatal(err)
				}
				counts, _ := st.View().Counts(ctx)
				// Block 5 has events and stays; none is pruned.
				if counts["blocks"] != 2 || counts["grant_events"] != 3 {
					t.Fatalf("counts %v", counts)
				}
			})

			t.Run("a rollback deletes everything above the ancestor and refills", func(t *testing.T) {
				c, _, _ := st.Cursor(ctx)
				err := st.Rollback(ctx, c, 5, "0xb5", 1, []Block{{Number: 4, Hash: "0xb4", ParentHash: "0xb3"}})
				if err != nil {
					t.Fatal(err)
				}
				counts, _ := st.View().Counts(ctx)
				if counts["blocks"] != 2 || counts["grant_events"] != 2 {
					t.Fatalf("counts %v", counts)
				}
				c, _, _ = st.Cursor(ctx)
				if c.Number != 5 || c.Hash != "0xb5" || c.Reorgs != 1 || c.DeepestReorg != 1 {
					t.Fatalf("cursor %+v", c)
				}
			})

			t.Run("statements bypass the prepared statement cache", func(t *testing.T) {
				p, ok := gdb.ConnPool.(*gorm.PreparedStmtDB)
				if !ok {
					t.Skip("database opened without prepared statements")
				}
				for _, k := range p.Stmts.Keys() {
					if containsAny(k, "grant_events", "blocks", "cursor") {
						t.Errorf("prepared: %s", k)
					}
				}
			})

			t.Run("a reset empties the index", func(t *testing.T) {
				c, _, _ := st.Cursor(ctx)
				if err := st.Reset(ctx, c, []Contract{{Name: "Registry", Address: "0xr", Block: 3}}); err != nil {
					t.Fatal(err)
				}
				counts, _ := st.View().Counts(ctx)
				if counts["blocks"] != 0 || counts["grant_events"] != 0 || counts["contracts"] != 1 || counts["cursor"] != 1 {
					t.Fatalf("counts %v", counts)
				}
			})
		})
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"St Mary", "St Mary"},
		{"a\x00b", "ab"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	} {
		if got := Text(tc.in); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i:i+len(sub)] == sub {
				return true
			}
		}
	}
	return false
}
