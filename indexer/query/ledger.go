package query

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// LedgerKind is the kind of a service contract ledger entry.
type LedgerKind string

// Ledger entry kinds.
const (
	LedgerProposed        LedgerKind = "proposed" // with the tariffs
	LedgerAccepted        LedgerKind = "accepted"
	LedgerFunded          LedgerKind = "funded"
	LedgerReported        LedgerKind = "reported" // with the lines
	LedgerApproved        LedgerKind = "approved"
	LedgerDisputed        LedgerKind = "disputed"
	LedgerResolved        LedgerKind = "resolved"
	LedgerDeferred        LedgerKind = "deferred" // approved, waiting for escrow
	LedgerPaymentReleased LedgerKind = "payment_released"
	LedgerTerminated      LedgerKind = "terminated"
	LedgerRefunded        LedgerKind = "refunded"
)

// LedgerKinds lists every ledger entry kind.
func LedgerKinds() []LedgerKind {
	return []LedgerKind{LedgerProposed, LedgerAccepted, LedgerFunded, LedgerReported, LedgerApproved, LedgerDisputed,
		LedgerResolved, LedgerDeferred, LedgerPaymentReleased, LedgerTerminated, LedgerRefunded}
}

// LedgerFilter selects a page of a service contract's ledger.
type LedgerFilter struct {
	// Kinds restricts the entries; empty means all.
	Kinds []LedgerKind
	// Since and Until bound the block time [Since, Until); zero: unbounded.
	Since, Until time.Time
	// NewestFirst lists the latest entries first; the default is the
	// contract's order, oldest first.
	NewestFirst bool
	// Limit is the page size (DefaultLimit when 0, at most MaxLimit).
	Limit int
	// Cursor is the previous page's Next; empty for the first page.
	Cursor string
}

// LedgerEntry is one event of a service contract: Kind says which field is
// set.
type LedgerEntry struct {
	Kind     LedgerKind `json:"kind"`
	Position Position   `json:"position"`
	// Proposal and Tariffs are set for LedgerProposed.
	Proposal *store.ServiceContractProposal `json:"proposal,omitempty"`
	Tariffs  []store.ServiceTariff          `json:"tariffs,omitempty"`
	// Report and ReportLines are set for LedgerReported.
	Report      *store.ServiceReport      `json:"report,omitempty"`
	ReportLines []store.ServiceReportLine `json:"reportLines,omitempty"`
	// Step is set for every other kind.
	Step *store.ServiceContractEvent `json:"step,omitempty"`

	event *store.Event
}

// LedgerPage is a page of a ledger.
type LedgerPage struct {
	Items []LedgerEntry `json:"items"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

// ServiceContractLedger returns a page of a service contract's ledger:
// proposal, acceptance, funding, reports, approvals, disputes and their
// resolution, deferred and released payments, termination and refunds.
// Served by the (contract_id, position) index of each table.
func (q *Querier) ServiceContractLedger(ctx context.Context, contractID uint64, f LedgerFilter) (LedgerPage, error) {
	kinds, err := kindSet(f.Kinds, LedgerKinds())
	if err != nil {
		return LedgerPage{}, err
	}
	w, err := q.newWindow(ctx, "ledger", f.Cursor, f.Since, f.Until, !f.NewestFirst)
	if err != nil {
		return LedgerPage{}, err
	}
	id := store.Int64(contractID)
	byContract := func(db *gorm.DB) *gorm.DB { return db.Where("contract_id = ?", id) }
	var parts []part[LedgerEntry]
	if kinds[LedgerProposed] {
		parts = append(parts, part[LedgerEntry]{func(db *gorm.DB, w window, n int) ([]LedgerEntry, error) {
			return items[LedgerEntry](fetchRows[store.ServiceContractProposal](db, w, n, byContract))(func(r *store.ServiceContractProposal) LedgerEntry {
				return LedgerEntry{Kind: LedgerProposed, Proposal: r, event: &r.Event}
			})
		}})
	}
	if kinds[LedgerReported] {
		parts = append(parts, part[LedgerEntry]{func(db *gorm.DB, w window, n int) ([]LedgerEntry, error) {
			return items[LedgerEntry](fetchRows[store.ServiceReport](db, w, n, byContract))(func(r *store.ServiceReport) LedgerEntry {
				return LedgerEntry{Kind: LedgerReported, Report: r, event: &r.Event}
			})
		}})
	}
	var steps []string
	for _, k := range LedgerKinds() {
		if kinds[k] && k != LedgerProposed && k != LedgerReported {
			steps = append(steps, string(k))
		}
	}
	if len(steps) > 0 {
		where := byContract
		if len(steps) < len(LedgerKinds())-2 {
			where = func(db *gorm.DB) *gorm.DB { return byContract(db).Where("kind IN ?", steps) }
		}
		parts = append(parts, part[LedgerEntry]{func(db *gorm.DB, w window, n int) ([]LedgerEntry, error) {
			return items[LedgerEntry](fetchRows[store.ServiceContractEvent](db, w, n, where))(func(r *store.ServiceContractEvent) LedgerEntry {
				return LedgerEntry{Kind: LedgerKind(r.Kind), Step: r, event: &r.Event}
			})
		}})
	}
	out, next, err := merge(ctx, q, "ledger", w, limitOf(f.Limit), parts, func(e LedgerEntry) pos {
		return pos{e.event.BlockNumber, e.event.LogIndex}
	})
	if err != nil {
		return LedgerPage{}, err
	}
	if err := q.attachLedgerRows(ctx, out); err != nil {
		return LedgerPage{}, err
	}
	for i := range out {
		out[i].Position = positionOf(out[i].event)
	}
	return LedgerPage{Items: out, Next: next}, nil
}

// attachLedgerRows reads the tariffs of proposals and the lines of reports
// among entries (by the derived rows' primary key).
func (q *Querier) attachLedgerRows(ctx context.Context, entries []LedgerEntry) error {
	var propHashes, reportHashes []string
	for _, e := range entries {
		switch {
		case e.Proposal != nil:
			propHashes = append(propHashes, e.Proposal.BlockHash)
		case e.Report != nil:
			reportHashes = append(reportHashes, e.Report.BlockHash)
		}
	}
	var tariffs []store.ServiceTariff
	if len(propHashes) > 0 {
		if err := q.v.DB(ctx).Where("block_hash IN ?", propHashes).Order("block_hash, log_index, code_index").Find(&tariffs).Error; err != nil {
			return fmt.Errorf("query service_tariffs: %w", err)
		}
	}
	var lines []store.ServiceReportLine
	if len(reportHashes) > 0 {
		if err := q.v.DB(ctx).Where("block_hash IN ?", reportHashes).Order("block_hash, log_index, line_index").Find(&lines).Error; err != nil {
			return fmt.Errorf("query service_report_lines: %w", err)
		}
	}
	for i := range entries {
		e := &entries[i]
		for _, t := range tariffs {
			if e.Proposal != nil && t.BlockHash == e.Proposal.BlockHash && t.LogIndex == e.Proposal.LogIndex {
				e.Tariffs = append(e.Tariffs, t)
			}
		}
		for _, l := range lines {
			if e.Report != nil && l.BlockHash == e.Report.BlockHash && l.LogIndex == e.Report.LogIndex {
				e.ReportLines = append(e.ReportLines, l)
			}
		}
	}
	return nil
}
