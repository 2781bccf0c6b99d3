package store

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// Index is a composite index the query layer relies on, beyond those the
// models declare in their gorm tags (single columns, and the position
// (block_number, log_index) of every event table). Indexes that end in the
// position columns let a query seek to one key (a patient, a batch) and read
// its events newest first, page after page, without sorting; their leading
// columns serve equality lookups on their own too.
type Index struct {
	// Table is the table name.
	Table string
	// Columns are the indexed columns, in order.
	Columns []string
	// Serves says which queries need it.
	Serves string
}

// Name returns the index name: idx_<table>_<columns joined by _>, with the
// position columns abbreviated to "position".
func (ix Index) Name() string {
	cols := strings.Join(ix.Columns, "_")
	cols = strings.Replace(cols, "block_number_log_index", "position", 1)
	return "idx_" + ix.Table + "_" + cols
}

// byPosition is an index on the key columns then the event position.
func byPosition(table, serves string, key ...string) Index {
	return Index{Table: table, Columns: append(key, "block_number", "log_index"), Serves: serves}
}

// Indexes lists the composite indexes Migrate creates, for documentation and
// tests (every query must be served by an index).
func Indexes() []Index {
	return []Index{
		// A patient's timeline and audit trail, newest first.
		byPosition("record_versions", "patient timeline", "patient"),
		byPosition("grant_events", "patient timeline, audit trail by patient", "patient"),
		byPosition("grant_events", "audit trail by grantee", "grantee"),
		byPosition("emergency_accesses", "patient timeline, audit trail by patient", "patient"),
		byPosition("emergency_accesses", "audit trail by provider", "provider"),
		byPosition("audit_anchors", "audit trail by auditor", "auditor"),
		byPosition("prescriptions", "patient timeline", "patient"),
		byPosition("prescriptions", "prescriptions of a prescriber", "prescriber"),
		{Table: "prescriptions", Columns: []string{"medication", "block_time"}, Serves: "statistics of one medication"},
		{Table: "prescriptions", Columns: []string{"block_time", "medication"}, Serves: "statistics of every medication (index only)"},
		byPosition("prescription_fills", "patient timeline", "patient"),
		byPosition("prescription_fills", "fills of a pharmacy", "pharmacy"),
		byPosition("prescription_cancellations", "patient timeline", "patient"),
		// A batch's history, oldest or newest first.
		byPosition("hand_over_events", "batch history (custody chain), recall notices", "batch_id"),
		byPosition("temperature_readings", "batch history (excursions)", "batch_id", "within_range"),
		{Table: "temperature_readings", Columns: []string{"holder", "within_range", "block_time"}, Serves: "excursions per holder, of one holder"},
		byPosition("quarantine_events", "batch history (quarantine, release)", "batch_id"),
		byPosition("penalties", "batch history (penalties)", "batch_id"),
		byPosition("batch_recalls", "batch history (recall)", "batch_id"),
		byPosition("pack_dispenses", "batch history (dispenses)", "batch_id"),
		byPosition("clone_reports", "batch history (suspected clones)", "batch_id"),
		byPosition("recall_notices", "recall notices of a holder", "holder"),
		// Money: claims, service contracts, the settlement token.
		byPosition("claim_submissions", "patient timeline (claims)", "patient"),
		byPosition("claim_states", "patient timeline (claim status), claims of a patient", "patient"),
		byPosition("claim_states", "claims of an insurer", "insurer"),
		byPosition("claim_states", "claims of a provider", "provider"),
		byPosition("claim_states", "claims by status", "status"),
		byPosition("claim_states", "a claim's newest state (current status)", "claim_id"),
		{Table: "claim_states", Columns: []string{"status", "block_time", "insurer"}, Serves: "settlement totals per insurer"},
		byPosition("claim_events", "steps of a claim", "claim_id"),
		{Table: "claim_lines", Columns: []string{"block_time", "code"}, Serves: "services claimed per period"},
		{Table: "claim_submissions", Columns: []string{"block_time", "insurer"}, Serves: "claim statistics (submitted)"},
		{Table: "service_reports", Columns: []string{"block_time", "provider"}, Serves: "service contract statistics (reported)"},
		{Table: "pool_events", Columns: []string{"block_time", "insurer"}, Serves: "settlement totals (pool deposits and withdrawals)"},
		{Table: "claim_lines", Columns: []string{"code", "block_time"}, Serves: "services claimed per period, of one code"},
		{Table: "claim_lines", Columns: []string{"insurer", "block_time"}, Serves: "services claimed per period, of one insurer"},
		{Table: "claim_submissions", Columns: []string{"insurer", "block_time"}, Serves: "claim statistics of one insurer (submitted)"},
		byPosition("plan_tariffs", "tariffs of a plan", "plan_id"),
		byPosition("policy_events", "patient timeline (policies)", "patient"),
		byPosition("pool_events", "pool of an insurer", "insurer"),
		byPosition("service_contract_proposals", "service contract ledger", "contract_id"),
		byPosition("service_reports", "service contract ledger (reports)", "contract_id"),
		byPosition("service_contract_events", "service contract ledger (funding, payments, disputes, refunds)", "contract_id"),
		{Table: "service_contract_events", Columns: []string{"kind", "block_time"}, Serves: "settlement totals per payer, payments per provider"},
		byPosition("token_transfers", "transfers of a sender", "sender"),
		byPosition("token_transfers", "transfers of a receiver", "receiver"),
	}
}

// supersededIndexes are indexes earlier versions created that a composite
// index now covers (its leading columns): dropped by Migrate.
func supersededIndexes() []string {
	out := []string{
		"idx_grant_events_patient", "idx_grant_events_grantee",
		"idx_emergency_accesses_patient", "idx_emergency_accesses_provider",
		"idx_record_versions_patient", "idx_audit_anchors_auditor",
	}
	for _, m := range EventModels() {
		out = append(out, "idx_"+tableName(m)+"_block_number")
	}
	return out
}

// migrateIndexes creates the composite indexes and drops superseded ones.
// CREATE INDEX IF NOT EXISTS and DROP INDEX IF EXISTS read the same on
// SQLite and PostgreSQL.
func migrateIndexes(ctx context.Context, db *gorm.DB) error {
	for _, name := range supersededIndexes() {
		if err := db.WithContext(ctx).Exec("DROP INDEX IF EXISTS " + name).Error; err != nil {
			return fmt.Errorf("drop index %s: %w", name, err)
		}
	}
	for _, ix := range Indexes() {
		stmt := fmt.Sprintf("CREATE INDEX IF NOT EXISTS %s ON %s (%s)", ix.Name(), ix.Table, strings.Join(ix.Columns, ", "))
		if err := db.WithContext(ctx).Exec(stmt).Error; err != nil {
			return fmt.Errorf("create index %s: %w", ix.Name(), err)
		}
	}
	return nil
}
