package query

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// AuditKind is the kind of an audit trail item.
type AuditKind string

// Audit trail item kinds.
const (
	AuditGrant           AuditKind = "grant"            // consent given
	AuditRevocation      AuditKind = "revocation"       // consent revoked
	AuditEmergencyAccess AuditKind = "emergency_access" // emergency access opened
	AuditAnchor          AuditKind = "audit_anchor"     // a batch of the read audit anchored
)

// AuditKinds lists every audit kind.
func AuditKinds() []AuditKind {
	return []AuditKind{AuditGrant, AuditRevocation, AuditEmergencyAccess, AuditAnchor}
}

// AuditFilter selects a page of the audit trail.
type AuditFilter struct {
	// Patient restricts the trail to one patient's grants, revocations and
	// emergency accesses; zero: every patient. Anchored read-audit batches
	// carry no patient and are left out of a patient's trail: the read
	// audit log (backend) knows which of its entries are the patient's, and
	// AnchorsHolding (or AnchorsCovering) finds the batches that anchor them.
	Patient common.Address
	// Actor restricts the trail to one party: the grantee of grants and
	// revocations, the provider of emergency accesses, the auditor of
	// anchors; zero: anyone.
	Actor common.Address
	// Kinds restricts the items; empty means all.
	Kinds []AuditKind
	// Since and Until bound the block time [Since, Until); zero: unbounded.
	Since, Until time.Time
	// Limit is the page size (DefaultLimit when 0, at most MaxLimit).
	Limit int
	// Cursor is the previous page's Next; empty for the first page.
	Cursor string
}

// AuditItem is one entry of the audit trail: Kind says which field is set.
type AuditItem struct {
	Kind     AuditKind `json:"kind"`
	Position Position  `json:"position"`
	// Grant is set for AuditGrant and AuditRevocation.
	Grant *store.GrantEvent `json:"grant,omitempty"`
	// EmergencyAccess is set for AuditEmergencyAccess.
	EmergencyAccess *store.EmergencyAccess `json:"emergencyAccess,omitempty"`
	// Anchor is set for AuditAnchor.
	Anchor *store.AuditAnchor `json:"anchor,omitempty"`

	event *store.Event
}

// AuditPage is a page of the audit trail, newest first.
type AuditPage struct {
	Items []AuditItem `json:"items"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

// AuditTrail returns a page of the consent and read audit trail, newest
// first: grants given and revoked, emergency accesses, anchored read-audit
// batches; of every patient or one (see AuditFilter.Patient).
func (q *Querier) AuditTrail(ctx context.Context, f AuditFilter) (AuditPage, error) {
	kinds, err := kindSet(f.Kinds, AuditKinds())
	if err != nil {
		return AuditPage{}, err
	}
	w, err := q.newWindow(ctx, "audit", f.Cursor, f.Since, f.Until, false)
	if err != nil {
		return AuditPage{}, err
	}
	var patient, actor string
	if f.Patient != (common.Address{}) {
		patient = addr(f.Patient)
	}
	if f.Actor != (common.Address{}) {
		actor = addr(f.Actor)
	}
	// by filters on the patient and the actor column; the patient index
	// leads when both are given.
	by := func(actorCol string) func(*gorm.DB) *gorm.DB {
		return func(db *gorm.DB) *gorm.DB {
			if patient != "" {
				db = db.Where("patient = ?", patient)
			}
			if actor != "" {
				db = db.Where(actorCol+" = ?", actor)
			}
			return db
		}
	}
	var parts []part[AuditItem]
	if kinds[AuditGrant] || kinds[AuditRevocation] {
		where := grantKinds(by("grantee"), kinds[AuditGrant], kinds[AuditRevocation])
		parts = append(parts, part[AuditItem]{func(db *gorm.DB, w window, n int) ([]AuditItem, error) {
			return items[AuditItem](fetchRows[store.GrantEvent](db, w, n, where))(func(r *store.GrantEvent) AuditItem {
				k := AuditGrant
				if r.Kind == store.KindRevoked {
					k = AuditRevocation
				}
				return AuditItem{Kind: k, Grant: r, event: &r.Event}
			})
		}})
	}
	if kinds[AuditEmergencyAccess] {
		where := by("provider")
		parts = append(parts, part[AuditItem]{func(db *gorm.DB, w window, n int) ([]AuditItem, error) {
			return items[AuditItem](fetchRows[store.EmergencyAccess](db, w, n, where))(func(r *store.EmergencyAccess) AuditItem {
				return AuditItem{Kind: AuditEmergencyAccess, EmergencyAccess: r, event: &r.Event}
			})
		}})
	}
	if kinds[AuditAnchor] && patient == "" {
		where := func(db *gorm.DB) *gorm.DB {
			if actor != "" {
				db = db.Where("auditor = ?", actor)
			}
			return db
		}
		parts = append(parts, part[AuditItem]{func(db *gorm.DB, w window, n int) ([]AuditItem, error) {
			return items[AuditItem](fetchRows[store.AuditAnchor](db, w, n, where))(func(r *store.AuditAnchor) AuditItem {
				return AuditItem{Kind: AuditAnchor, Anchor: r, event: &r.Event}
			})
		}})
	}
	out, next, err := merge(ctx, q, "audit", w, limitOf(f.Limit), parts, func(it AuditItem) pos {
		return pos{it.event.BlockNumber, it.event.LogIndex}
	})
	if err != nil {
		return AuditPage{}, err
	}
	for i := range out {
		out[i].Position = positionOf(out[i].event)
	}
	return AuditPage{Items: out, Next: next}, nil
}

// AuditCursorAfter returns the cursor of the audit-trail page that starts
// right after it, for the same filter: what Next would be had the page
// ended with it. A caller merging the trail with another list (the
// backend's read audit) continues after the last item it showed.
func AuditCursorAfter(it AuditItem) string {
	return encodeCursor("audit", pos{it.Position.BlockNumber, it.Position.LogIndex})
}

// AnchorsCovering returns the anchored read-audit batches that hold audit
// sequence numbers fromSeq..toSeq (inclusive), in sequence order: the
// batches to prove a patient's read-audit entries against (the backend's
// audit log maps entries to sequence numbers). Batches cover consecutive,
// disjoint ranges, so at most toSeq-fromSeq+1 batches match; at most
// MaxLimit are returned.
func (q *Querier) AnchorsCovering(ctx context.Context, fromSeq, toSeq uint64) ([]store.AuditAnchor, error) {
	if toSeq < fromSeq {
		return nil, fmt.Errorf("%w: sequence range %d..%d is reversed", ErrInvalidFilter, fromSeq, toSeq)
	}
	db := q.v.DB(ctx)
	// The batch holding toSeq (or the first after it) bounds the range
	// scan on to_seq from above.
	var last []store.AuditAnchor
	err := db.Select("to_seq").Where("to_seq >= ?", store.Int64(toSeq)).Order("to_seq").Limit(1).Find(&last).Error
	if err != nil {
		return nil, fmt.Errorf("query audit_anchors: %w", err)
	}
	q2 := db.Where("to_seq >= ?", store.Int64(fromSeq))
	if len(last) == 1 {
		q2 = q2.Where("to_seq <= ?", last[0].ToSeq)
	}
	var out []store.AuditAnchor
	if err := q2.Where("from_seq <= ?", store.Int64(toSeq)).Order("to_seq").Limit(MaxLimit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("query audit_anchors: %w", err)
	}
	return out, nil
}

// AnchorsHolding returns the anchored read-audit batches that hold any of
// the audit sequence numbers seqs (in any order, at most MaxLimit), in
// sequence order, each once: the batches a page of a patient's read-audit
// entries is proved against. A sequence number no returned batch covers is
// not anchored yet, as far as the index knows.
//
// Unlike AnchorsCovering it does not scan the batches between the numbers
// (a patient's reads can be months and thousands of batches apart): it
// looks up the batch holding each number through the to_seq index, one
// lookup per distinct batch plus at most one more.
func (q *Querier) AnchorsHolding(ctx context.Context, seqs []uint64) ([]store.AuditAnchor, error) {
	if len(seqs) > MaxLimit {
		return nil, fmt.Errorf("%w: at most %d sequence numbers at a time, not %d", ErrInvalidFilter, MaxLimit, len(seqs))
	}
	sorted := slices.Clone(seqs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	db := q.v.DB(ctx)
	var out []store.AuditAnchor
	for i := 0; i < len(sorted); {
		s := sorted[i]
		var rows []store.AuditAnchor
		if err := db.Where("to_seq >= ?", store.Int64(s)).Order("to_seq").Limit(1).Find(&rows).Error; err != nil {
			return nil, fmt.Errorf("query audit_anchors: %w", err)
		}
		if len(rows) == 0 {
			break // s and every later number are not anchored yet
		}
		a := rows[0]
		held := false
		for ; i < len(sorted) && sorted[i] <= uint64(a.ToSeq); i++ {
			held = held || sorted[i] >= uint64(a.FromSeq)
		}
		if held {
			out = append(out, a)
		}
	}
	return out, nil
}
