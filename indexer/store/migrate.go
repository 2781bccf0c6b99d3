package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"sync"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// schemaTable holds the fingerprint of the schema the last complete
// migration created (one row, id 1). It is not an index table: dumps,
// resets and rollbacks leave it alone.
const schemaTable = "index_schema"

// schemaFingerprint identifies the schema Migrate creates on this database:
// every table's columns with their full SQL types and constraints, the
// models' indexes, the composite indexes and the superseded ones. A change
// to any model changes it.
func schemaFingerprint(db *gorm.DB) (string, error) {
	h := sha256.New()
	m := db.Migrator()
	cache := &sync.Map{}
	for _, model := range allModels() {
		sch, err := schema.Parse(model, cache, db.NamingStrategy)
		if err != nil {
			return "", fmt.Errorf("parse %T: %w", model, err)
		}
		fmt.Fprintf(h, "table %s\n", sch.Table)
		for _, f := range sch.Fields {
			if f.DBName == "" {
				continue
			}
			fmt.Fprintf(h, "  %s %s pk=%v\n", f.DBName, m.FullDataTypeOf(f).SQL, f.PrimaryKey)
		}
		var idx []string
		for _, ix := range sch.ParseIndexes() {
			var cols []string
			for _, o := range ix.Fields {
				cols = append(cols, o.DBName)
			}
			idx = append(idx, ix.Name+"("+strings.Join(cols, ",")+")"+ix.Class)
		}
		sort.Strings(idx)
		fmt.Fprintf(h, "  indexes %s\n", strings.Join(idx, " "))
	}
	for _, ix := range Indexes() {
		fmt.Fprintf(h, "composite %s %s\n", ix.Name(), strings.Join(ix.Columns, ","))
	}
	fmt.Fprintf(h, "superseded %s\n", strings.Join(supersededIndexes(), ","))
	return hex.EncodeToString(h.Sum(nil)), nil
}

// migrated reports whether the database holds every table of the schema
// whose fingerprint is fp: the recorded fingerprint matches and every table
// exists (tables dropped by hand are migrated again).
func migrated(ctx context.Context, db *gorm.DB, fp string) bool {
	// A new database has no fingerprint table: asking would log a failed
	// statement on every first start.
	if !db.WithContext(ctx).Migrator().HasTable(schemaTable) {
		return false
	}
	var rows []struct{ Fingerprint string }
	err := db.WithContext(ctx).Raw("SELECT fingerprint FROM " + schemaTable + " WHERE id = 1").Scan(&rows).Error
	if err != nil || len(rows) != 1 || rows[0].Fingerprint != fp {
		return false
	}
	m := db.WithContext(ctx).Migrator()
	for _, model := range allModels() {
		if !m.HasTable(model) {
			return false
		}
	}
	return true
}

// recordSchema records fp as the migrated schema.
func recordSchema(ctx context.Context, db *gorm.DB, fp string) error {
	tx := db.WithContext(ctx)
	if err := tx.Exec("CREATE TABLE IF NOT EXISTS " + schemaTable + " (id INTEGER PRIMARY KEY, fingerprint VARCHAR(64) NOT NULL)").Error; err != nil {
		return fmt.Errorf("create %s: %w", schemaTable, err)
	}
	return tx.Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("DELETE FROM " + schemaTable).Error; err != nil {
			return err
		}
		return tx.Exec("INSERT INTO "+schemaTable+" (id, fingerprint) VALUES (1, ?)", fp).Error
	})
}
