package api

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer/query"
	"github.com/salus-health/salus/indexer/store"
)

// Index answers the queries served from the indexer's tables (package
// indexer/query): a patient's timeline and audit trail, claims, a batch's
// history, a service contract's ledger, regulator statistics, and the
// indexer's progress. The API authorises every request before it asks;
// the index answers what the chain holds, nothing medical.
//
// Implementations must be safe for concurrent use and honour ctx. Errors
// wrapping query.ErrInvalidCursor or query.ErrInvalidFilter are the client's
// (400, with the message); anything else is reported as an internal error.
type Index interface {
	// Status reports how far the index is behind the chain.
	Status(ctx context.Context) (IndexStatus, error)
	// PatientTimeline is query.Querier.PatientTimeline.
	PatientTimeline(ctx context.Context, patient common.Address, f query.TimelineFilter) (query.TimelinePage, error)
	// AuditTrail is query.Querier.AuditTrail.
	AuditTrail(ctx context.Context, f query.AuditFilter) (query.AuditPage, error)
	// AnchorsHolding is query.Querier.AnchorsHolding: the anchored
	// read-audit batches, as the index saw them, that hold the given audit
	// sequence numbers.
	AnchorsHolding(ctx context.Context, seqs []uint64) ([]store.AuditAnchor, error)
	// Claims is query.Querier.Claims.
	Claims(ctx context.Context, f query.ClaimFilter) (query.ClaimPage, error)
	// BatchHistory is query.Querier.BatchHistory.
	BatchHistory(ctx context.Context, batchID common.Hash, f query.BatchFilter) (query.BatchPage, error)
	// RecallNotices is query.Querier.RecallNotices: the recalls of batches
	// holder ever held, newest first.
	RecallNotices(ctx context.Context, holder common.Address, limit int, cursor string) (query.RecallNoticePage, error)
	// ServiceContractLedger is query.Querier.ServiceContractLedger.
	ServiceContractLedger(ctx context.Context, contractID uint64, f query.LedgerFilter) (query.LedgerPage, error)
	// ServicesClaimed is query.Querier.ServicesClaimed.
	ServicesClaimed(ctx context.Context, f query.ServiceStatsFilter) ([]query.ServiceCount, error)
	// PrescriptionsPerMedication is query.Querier.PrescriptionsPerMedication.
	PrescriptionsPerMedication(ctx context.Context, f query.StatsFilter) ([]query.MedicationCount, error)
	// ExcursionsPerHolder is query.Querier.ExcursionsPerHolder.
	ExcursionsPerHolder(ctx context.Context, f query.HolderStatsFilter) ([]query.HolderExcursions, error)
	// SettlementTotals is query.Querier.SettlementTotals.
	SettlementTotals(ctx context.Context, f query.SettlementFilter) (query.SettlementTotals, error)
	// ReadableCategories returns the data categories reader may read of
	// patient at the chain's latest block (AccessGrants: an unexpired grant
	// for any purpose, or an open emergency access); 0 when none.
	ReadableCategories(ctx context.Context, reader, patient common.Address) (CategoryMask, error)
}

// IndexStatus is the indexer's progress.
type IndexStatus struct {
	// Enabled is false when the server runs without an indexer of its own
	// (it reads a database another process indexes); the numbers then come
	// from the database's cursor alone.
	Enabled bool
	// ChainHead is the latest block the indexer saw on its node.
	ChainHead uint64
	// Indexed and IndexedHash are the last indexed block.
	Indexed     uint64
	IndexedHash common.Hash
	// Lag is ChainHead - Indexed.
	Lag uint64
	// Confirmations is the confirmation depth in force.
	Confirmations uint64
	// Backfilling is true while the index is more than Confirmations
	// blocks behind.
	Backfilling bool
	// Reorgs counts reorganisations rolled back since the index was
	// created (kept in its database, so across restarts and processes);
	// DeepestReorg is the most blocks one replaced.
	Reorgs, DeepestReorg uint64
	// Skipped counts logs that could not be decoded since start.
	Skipped uint64
	// Stopped is true when the indexer stopped (LastError says why).
	Stopped bool
	// LastError is the error of the last pass, "" after a clean one.
	LastError string
}

// ReadAudit is the part of the record service the audit trail shows: the
// backend's read audit of one patient, newest first. The record service
// (Records) implements it; the audit trail leaves reads out when Records
// does not.
type ReadAudit interface {
	// ReadAuditTrail lists q.Patient's read-audit entries (decrypted reads
	// and key releases), newest first. Only the patient and, when the API
	// checked the Registry (q.Regulator), the regulator may; anybody else
	// gets an error wrapping ErrForbidden (grantees see who read what only
	// through the patient).
	ReadAuditTrail(ctx context.Context, caller common.Address, q ReadAuditQuery) (AuditPage, error)
}

// ReadAuditQuery selects one page of a patient's read audit, newest first.
type ReadAuditQuery struct {
	Patient common.Address
	// Regulator is set by the API when the caller is the regulator (it
	// asked the Registry).
	Regulator bool
	// Before lists entries with sequence numbers below it; 0: from the
	// newest.
	Before uint64
	// Since and Until bound the entry time [Since, Until); zero: unbounded.
	Since, Until time.Time
	// Limit is the page size.
	Limit int
}
