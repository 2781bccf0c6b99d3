package records

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
)

// ReadAuditTrail implements api.ReadAudit: q.Patient's read-audit entries,
// newest first, for the patient or the regulator (q.Regulator, checked by
// the API against the Registry). Grantees are refused: a reader does not
// learn who else read the patient's records.
func (s *Service) ReadAuditTrail(ctx context.Context, caller common.Address, q api.ReadAuditQuery) (api.AuditPage, error) {
	if caller != q.Patient && !q.Regulator {
		return api.AuditPage{}, fmt.Errorf("%w: only the patient and the regulator may list the patient's read audit", api.ErrForbidden)
	}
	limit := q.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	rows, err := s.store.auditNewest(ctx, addrID(q.Patient), q.Before, q.Since, q.Until, limit)
	if err != nil {
		return api.AuditPage{}, err
	}
	var page api.AuditPage
	if len(rows) > limit {
		rows = rows[:limit]
		next := rows[limit-1].Seq
		page.Next = &next
	}
	for _, r := range rows {
		page.Entries = append(page.Entries, auditEntryOf(r))
	}
	return page, nil
}

func auditEntryOf(r auditEntry) api.AuditEntry {
	return api.AuditEntry{Seq: r.Seq, At: r.At.UTC(), Actor: common.HexToAddress(r.Actor),
		Patient: common.HexToAddress(r.Patient), RecordID: r.RecordID, Category: api.Category(r.Category),
		Purpose: api.Purpose(r.Purpose), Action: r.Action, Batch: r.Batch}
}
