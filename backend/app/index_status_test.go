package app_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/indexer/store"
)

// TestIndexStatusAcrossProcesses: the embedded indexer runs with the
// confirmation depth and poll interval of the configuration; a
// reorganisation recorded in its database (as the indexer's rollback writes
// it) is reported by GET /v1/indexer/status of a server that does not index
// itself (NoIndex: salus serve --no-index next to salus index) and reads the
// same database, and by the embedded indexer after a restart.
func TestIndexStatusAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.AuditAnchorInterval = 0
	cfg.IndexConfirmations = 4
	cfg.IndexPollInterval = 50 * time.Millisecond
	s, _ := startStack(t, cfg)
	token := s.RegulatorToken
	c := client{t: t, base: "http://" + s.APIAddr().String()}
	var st map[string]any
	for end := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		_, st = c.do("GET", "/v1/indexer/status", "", "")
		if n, _ := st["indexedBlock"].(float64); n >= 3 || time.Now().After(end) {
			break
		}
	}
	if st["enabled"] != true || st["confirmations"] != 4.0 || st["indexedBlock"].(float64) < 3 || st["reorgs"] != 0.0 {
		t.Fatalf("embedded status %v", st)
	}
	stopStack(t, s)

	// The indexer rolls back two blocks, as a rollback does: in the cursor
	// row, in the same transaction.
	ctx := context.Background()
	gdb, err := db.Open(ctx, db.Config{Driver: db.SQLite, DSN: filepath.Join(dir, "index.db")})
	if err != nil {
		t.Fatal(err)
	}
	st0 := store.NewView(gdb)
	cur, _, err := st0.Cursor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ancestor, ok, err := st0.Block(ctx, cur.Number-2)
	if err != nil || !ok {
		t.Fatalf("block %d of the window: %v %v", cur.Number-2, ok, err)
	}
	w, err := store.New(gdb)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Rollback(ctx, cur, ancestor.Number, ancestor.Hash, 2, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(gdb); err != nil {
		t.Fatal(err)
	}

	t.Run("a server reading the database another process indexes", func(t *testing.T) {
		ro := cfg
		ro.NoIndex = true
		s, _ := startStack(t, ro)
		defer stopStack(t, s)
		if s.Indexer() != nil {
			t.Fatal("the stack runs an indexer with NoIndex")
		}
		c := client{t: t, base: "http://" + s.APIAddr().String()}
		code, st := c.do("GET", "/v1/indexer/status", "", "")
		if code != 200 || st["enabled"] != false || st["reorgs"] != 1.0 || st["deepestReorg"] != 2.0 ||
			st["indexedBlock"] != float64(ancestor.Number) || st["indexedHash"] != ancestor.Hash ||
			st["chainHead"].(float64) < float64(ancestor.Number) || st["lag"] != st["chainHead"].(float64)-float64(ancestor.Number) {
			t.Fatalf("status %d %v; want reorgs 1, deepest 2, indexed block %d %s", code, st, ancestor.Number, ancestor.Hash)
		}
		// The queries read the same database.
		q := "/v1/stats/settlements?since=2020-01-01T00:00:00Z&until=" + time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
		if code, body := c.do("GET", q, token, ""); code != 200 {
			t.Fatalf("settlements: %d %v", code, body)
		}
	})

	t.Run("the embedded indexer after a restart", func(t *testing.T) {
		s, _ := startStack(t, cfg)
		defer stopStack(t, s)
		c := client{t: t, base: "http://" + s.APIAddr().String()}
		_, st := c.do("GET", "/v1/indexer/status", "", "")
		if st["enabled"] != true || st["reorgs"] != 1.0 || st["deepestReorg"] != 2.0 || st["confirmations"] != 4.0 {
			t.Fatalf("status %v", st)
		}
	})

	t.Run("a server whose index database the indexing process has not created yet", func(t *testing.T) {
		ro := cfg
		ro.NoIndex = true
		ro.IndexDBDSN = filepath.Join(t.TempDir(), "not-yet.db")
		s, _ := startStack(t, ro)
		defer stopStack(t, s)
		c := client{t: t, base: "http://" + s.APIAddr().String()}
		code, st := c.do("GET", "/v1/indexer/status", "", "")
		if code != 200 || st["enabled"] != false || st["indexedBlock"] != 0.0 {
			t.Fatalf("status %d %v; want an empty index", code, st)
		}
		// Empty pages, not a 500 for missing tables.
		code, body := c.do("GET", "/v1/claims", token, "")
		if items, _ := body["items"].([]any); code != 200 || len(items) != 0 {
			t.Fatalf("claims of an empty index: %d %v", code, body)
		}
	})
}
