// Package dbtest gives tests a fresh database of either driver: an SQLite
// file in the test's temporary directory, or a new PostgreSQL database on the
// server at SALUS_TEST_POSTGRES (default host=127.0.0.1 user=postgres
// dbname=postgres sslmode=disable), dropped when the test ends.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db"
)

// Drivers lists the drivers a suite should run on.
var Drivers = []string{db.SQLite, db.Postgres}

func adminDSN() string {
	if dsn := os.Getenv("SALUS_TEST_POSTGRES"); dsn != "" {
		return dsn
	}
	return "host=127.0.0.1 port=5432 user=postgres dbname=postgres sslmode=disable"
}

// Open returns a fresh database of driver. When PostgreSQL cannot be reached
// the test is skipped, except under CI (CI set), where it fails.
func Open(t testing.TB, driver string) *gorm.DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if driver == db.SQLite {
		g, err := db.Open(ctx, db.Config{Driver: db.SQLite, DSN: filepath.Join(t.TempDir(), "salus.db")})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close(g) })
		return g
	}
	admin, err := db.Open(ctx, db.Config{Driver: db.Postgres, DSN: adminDSN()})
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("PostgreSQL is required under CI: %v", err)
		}
		t.Skipf("PostgreSQL not reachable (%v); set SALUS_TEST_POSTGRES", err)
	}
	buf := make([]byte, 6)
	_, _ = rand.Read(buf)
	name := "salus_test_" + hex.EncodeToString(buf)
	if err := admin.Exec("CREATE DATABASE " + name).Error; err != nil {
		db.Close(admin)
		t.Fatal(err)
	}
	dsn := replaceDB(adminDSN(), name)
	g, err := db.Open(ctx, db.Config{Driver: db.Postgres, DSN: dsn})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close(g)
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		db.Close(admin)
	})
	return g
}

// replaceDB swaps the dbname of a key=value DSN.
func replaceDB(dsn, name string) string {
	fields := strings.Fields(dsn)
	out := fields[:0]
	for _, f := range fields {
		if !strings.HasPrefix(f, "dbname=") {
			out = append(out, f)
		}
	}
	return strings.Join(append(out, "dbname="+name), " ")
}
