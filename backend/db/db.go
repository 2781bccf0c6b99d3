// Package db opens the backend's SQL database through gorm: an SQLite file by
// default (embedded stack), PostgreSQL at scale, with the same schema and code.
//
// The database holds what must stay off chain and out of IPFS: wrapped data keys
// (so they can be destroyed on an erasure request), record metadata that is not
// medical content, and the read-audit log. It never holds medical content.
package db

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Drivers.
const (
	// SQLite is an embedded database file (github.com/mattn/go-sqlite3, cgo).
	SQLite = "sqlite"
	// Postgres is a PostgreSQL server (pgx).
	Postgres = "postgres"
)

// Config says which database to open.
type Config struct {
	// Driver is SQLite or Postgres.
	Driver string
	// DSN is the SQLite file path, or a PostgreSQL connection string such as
	// "host=127.0.0.1 user=postgres dbname=salus sslmode=disable".
	DSN string
	// Logger receives slow-query warnings; nil discards them. Statements and
	// their arguments are never logged: arguments could identify patients.
	Logger *slog.Logger
}

// Check reports configuration errors a person can fix.
func (c Config) Check() error {
	switch c.Driver {
	case SQLite, Postgres:
	default:
		return fmt.Errorf("database driver %q: use %q or %q", c.Driver, SQLite, Postgres)
	}
	if strings.TrimSpace(c.DSN) == "" {
		return errors.New("database DSN is empty: give an SQLite file path or a PostgreSQL connection string")
	}
	return nil
}

// Open opens the database and checks that it answers.
func Open(ctx context.Context, cfg Config) (*gorm.DB, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	var dialector gorm.Dialector
	switch cfg.Driver {
	case SQLite:
		if dir := filepath.Dir(cfg.DSN); dir != "" {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				return nil, err
			}
		}
		// WAL lets readers proceed during a write; busy_timeout makes a
		// second writer wait instead of failing at once; foreign keys are off
		// in SQLite unless asked for; synchronous=NORMAL is durable in WAL
		// mode up to the last checkpointed transaction on power loss, never
		// corrupt. _txlock=immediate takes the write lock at BEGIN, so two
		// read-then-write transactions cannot deadlock on lock upgrade.
		dsn := "file:" + cfg.DSN + "?_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate"
		dialector = sqlite.Open(dsn)
	case Postgres:
		dialector = postgres.Open(cfg.DSN)
	}
	gdb, err := gorm.Open(dialector, &gorm.Config{
		Logger: newLogger(cfg.Logger),
		// Every write names its own transaction where it needs one; gorm's
		// implicit transaction per Create is redundant for single statements.
		SkipDefaultTransaction: true,
		// Timestamps in UTC, whatever the server's zone.
		NowFunc: func() time.Time { return time.Now().UTC() },
		// Statements are prepared once per connection and reused.
		PrepareStmt: true,
		// Errors such as unique violations become gorm.ErrDuplicatedKey.
		TranslateError: true,
	})
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", cfg.Driver, err)
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return nil, err
	}
	if cfg.Driver == SQLite {
		// One writer at a time is all SQLite allows; a small pool keeps
		// readers concurrent without piling up busy waits.
		sqlDB.SetMaxOpenConns(4)
	} else {
		sqlDB.SetMaxOpenConns(16)
	}
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	if err := sqlDB.PingContext(ctx); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("reach %s database: %w", cfg.Driver, err)
	}
	return gdb, nil
}

// Close closes the database's connection pool.
func Close(gdb *gorm.DB) error {
	if gdb == nil {
		return nil
	}
	sqlDB, err := gdb.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// newLogger logs slow statements and errors without their arguments.
func newLogger(l *slog.Logger) logger.Interface {
	if l == nil {
		return logger.Discard
	}
	return &slogLogger{log: l}
}

type slogLogger struct{ log *slog.Logger }

func (s *slogLogger) LogMode(logger.LogLevel) logger.Interface { return s }
func (s *slogLogger) Info(context.Context, string, ...any)     {}
func (s *slogLogger) Warn(ctx context.Context, msg string, _ ...any) {
	s.log.WarnContext(ctx, "database", slog.String("message", msg))
}
func (s *slogLogger) Error(ctx context.Context, msg string, _ ...any) {
	s.log.ErrorContext(ctx, "database", slog.String("message", msg))
}

// Trace reports statements slower than 200 ms and failures other than "not
// found". Only the statement's first word is logged: the full text would
// carry literal arguments.
func (s *slogLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	elapsed := time.Since(begin)
	if err == nil && elapsed < 200*time.Millisecond {
		return
	}
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return
	}
	stmt, _ := fc()
	verb, _, _ := strings.Cut(strings.TrimSpace(stmt), " ")
	attrs := []any{slog.String("statement", verb), slog.Duration("elapsed", elapsed)}
	if err != nil {
		s.log.WarnContext(ctx, "database statement failed", append(attrs, slog.Any("error", err))...)
		return
	}
	s.log.WarnContext(ctx, "slow database statement", attrs...)
}
