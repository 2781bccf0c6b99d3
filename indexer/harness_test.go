package indexer

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/store"
)

// forEachDriver runs f as a subtest on a fresh database of every driver.
func forEachDriver(t *testing.T, f func(t *testing.T, driver string)) {
	for _, driver := range dbtest.Drivers {
		t.Run(driver, func(t *testing.T) {
			start := time.Now()
			f(t, driver)
			t.Logf("%s: %v", driver, time.Since(start).Round(time.Millisecond))
		})
	}
}

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("SALUS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// dbCrash installs gorm callbacks that consult the crash point held by
// holder before every query, insert, update and delete statement, so a
// database transaction can die between any two statements.
func dbCrash(t testing.TB, gdb *gorm.DB, holder *atomic.Pointer[crashPoint]) {
	t.Helper()
	fn := func(tx *gorm.DB) {
		if cp := holder.Load(); cp != nil && cp.hit() {
			_ = tx.AddError(errInjected)
		}
	}
	cb := gdb.Callback()
	for _, err := range []error{
		cb.Query().Before("gorm:query").Register("test:crash", fn),
		cb.Create().Before("gorm:create").Register("test:crash", fn),
		cb.Update().Before("gorm:update").Register("test:crash", fn),
		cb.Delete().Before("gorm:delete").Register("test:crash", fn),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// dump returns every table of the index in gdb.
func dump(t testing.TB, ctx context.Context, gdb *gorm.DB) map[string][]string {
	t.Helper()
	d, err := store.NewView(gdb).Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// diffDumps describes how got differs from want: per table, rows missing
// from got and rows got has in excess (duplicates included). Empty when
// equal.
func diffDumps(got, want map[string][]string) string {
	var tables []string
	for name := range want {
		tables = append(tables, name)
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			tables = append(tables, name)
		}
	}
	sort.Strings(tables)
	var b strings.Builder
	for _, name := range tables {
		missing, extra := multisetDiff(got[name], want[name])
		if len(missing)+len(extra) == 0 {
			continue
		}
		fmt.Fprintf(&b, "table %s: %d rows, want %d; %d missing, %d extra or duplicated\n",
			name, len(got[name]), len(want[name]), len(missing), len(extra))
		for i, r := range missing {
			if i == 3 {
				fmt.Fprintf(&b, "  …\n")
				break
			}
			fmt.Fprintf(&b, "  missing %s\n", r)
		}
		for i, r := range extra {
			if i == 3 {
				fmt.Fprintf(&b, "  …\n")
				break
			}
			fmt.Fprintf(&b, "  extra   %s\n", r)
		}
	}
	return b.String()
}

func multisetDiff(got, want []string) (missing, extra []string) {
	count := map[string]int{}
	for _, r := range want {
		count[r]++
	}
	for _, r := range got {
		count[r]--
	}
	for r, n := range count {
		for ; n > 0; n-- {
			missing = append(missing, r)
		}
		for ; n < 0; n++ {
			extra = append(extra, r)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return missing, extra
}

func rowCount(d map[string][]string) int {
	n := 0
	for _, rows := range d {
		n += len(rows)
	}
	return n
}
