package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	puresqlite "github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/salus-health/salus/backend/db"
)

// Databases the benchmark indexes into.
const (
	// driverSQLite is backend/db's SQLite: gorm.io/driver/sqlite, i.e.
	// github.com/mattn/go-sqlite3 (cgo), as the embedded stack runs it.
	driverSQLite = "sqlite"
	// driverPureSQLite is github.com/glebarez/sqlite (modernc.org/sqlite,
	// SQLite translated to Go, no cgo) with the same pragmas.
	driverPureSQLite = "sqlite-purego"
	// driverPostgres is backend/db's PostgreSQL (pgx) on a temporary
	// database of the server at -postgres.
	driverPostgres = "postgres"
)

var driverNames = map[string]string{
	driverSQLite:     "SQLite (mattn/go-sqlite3, cgo)",
	driverPureSQLite: "SQLite (glebarez, pure Go)",
	driverPostgres:   "PostgreSQL",
}

// openDB opens a fresh, empty database of driver; close releases (and, for
// PostgreSQL, drops) it.
func openDB(ctx context.Context, cfg config, dir, driver string, n int) (gdb *gorm.DB, close func() error, err error) {
	switch driver {
	case driverSQLite:
		gdb, err = db.Open(ctx, db.Config{Driver: db.SQLite, DSN: filepath.Join(dir, fmt.Sprintf("index-%d.db", n))})
		if err != nil {
			return nil, nil, err
		}
		return gdb, func() error { return db.Close(gdb) }, nil
	case driverPureSQLite:
		// The pragmas of backend/db.Open, spelled for modernc.org/sqlite.
		dsn := "file:" + filepath.Join(dir, fmt.Sprintf("index-purego-%d.db", n)) +
			"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
		gdb, err = gorm.Open(puresqlite.Open(dsn), &gorm.Config{Logger: logger.Discard, SkipDefaultTransaction: true,
			PrepareStmt: true, TranslateError: true, NowFunc: func() time.Time { return time.Now().UTC() }})
		if err != nil {
			return nil, nil, err
		}
		sqlDB, err := gdb.DB()
		if err != nil {
			return nil, nil, err
		}
		sqlDB.SetMaxOpenConns(4)
		return gdb, sqlDB.Close, nil
	case driverPostgres:
		admin, err := db.Open(ctx, db.Config{Driver: db.Postgres, DSN: cfg.Postgres})
		if err != nil {
			return nil, nil, fmt.Errorf("PostgreSQL at %q: %w", cfg.Postgres, err)
		}
		buf := make([]byte, 6)
		_, _ = rand.Read(buf)
		name := "salus_benchindex_" + hex.EncodeToString(buf)
		if err := admin.Exec("CREATE DATABASE " + name).Error; err != nil {
			db.Close(admin)
			return nil, nil, err
		}
		gdb, err = db.Open(ctx, db.Config{Driver: db.Postgres, DSN: withDBName(cfg.Postgres, name)})
		if err != nil {
			admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close(admin)
			return nil, nil, err
		}
		return gdb, func() error {
			errs := []error{db.Close(gdb)}
			if err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").Error; err != nil {
				errs = append(errs, fmt.Errorf("drop %s: %w", name, err))
			}
			return errors.Join(append(errs, db.Close(admin))...)
		}, nil
	}
	return nil, nil, fmt.Errorf("unknown driver %q", driver)
}

// withDBName replaces the dbname of a key=value DSN.
func withDBName(dsn, name string) string {
	var out []string
	for _, f := range strings.Fields(dsn) {
		if !strings.HasPrefix(f, "dbname=") {
			out = append(out, f)
		}
	}
	return strings.Join(append(out, "dbname="+name), " ")
}
