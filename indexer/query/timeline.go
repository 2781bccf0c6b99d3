package query

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// TimelineKind is the kind of a patient timeline item.
type TimelineKind string

// Timeline item kinds.
const (
	TimelineRecord                TimelineKind = "record"           // a record version was anchored
	TimelineGrant                 TimelineKind = "grant"            // the patient granted access
	TimelineRevocation            TimelineKind = "revocation"       // the patient revoked a grant
	TimelineEmergencyAccess       TimelineKind = "emergency_access" // a provider opened emergency access
	TimelinePrescription          TimelineKind = "prescription"     // a prescription was issued
	TimelineFill                  TimelineKind = "fill"             // a fill was dispensed
	TimelinePrescriptionCancelled TimelineKind = "prescription_cancelled"
	TimelinePolicy                TimelineKind = "policy"       // an insurer enrolled the patient, or ended the policy
	TimelineClaim                 TimelineKind = "claim"        // a provider submitted a claim
	TimelineClaimStatus           TimelineKind = "claim_status" // a claim was pended, paid, queued, denied or appealed
)

// TimelineKinds lists every timeline kind.
func TimelineKinds() []TimelineKind {
	return []TimelineKind{TimelineRecord, TimelineGrant, TimelineRevocation, TimelineEmergencyAccess,
		TimelinePrescription, TimelineFill, TimelinePrescriptionCancelled, TimelinePolicy, TimelineClaim, TimelineClaimStatus}
}

// TimelineFilter selects a page of a patient's timeline.
type TimelineFilter struct {
	// Kinds restricts the items; empty means all.
	Kinds []TimelineKind
	// Since and Until bound the block time [Since, Until); zero: unbounded.
	Since, Until time.Time
	// Limit is the page size (DefaultLimit when 0, at most MaxLimit).
	Limit int
	// Cursor is the previous page's Next; empty for the first page.
	Cursor string
}

// TimelineItem is one event of a patient's timeline: Kind says which field
// is set.
type TimelineItem struct {
	Kind     TimelineKind `json:"kind"`
	Position Position     `json:"position"`
	// Record is set for TimelineRecord.
	Record *store.RecordVersion `json:"record,omitempty"`
	// Grant is set for TimelineGrant and TimelineRevocation.
	Grant *store.GrantEvent `json:"grant,omitempty"`
	// EmergencyAccess is set for TimelineEmergencyAccess.
	EmergencyAccess *store.EmergencyAccess `json:"emergencyAccess,omitempty"`
	// Prescription is set for TimelinePrescription.
	Prescription *store.Prescription `json:"prescription,omitempty"`
	// Fill and FillPacks are set for TimelineFill.
	Fill      *store.PrescriptionFill      `json:"fill,omitempty"`
	FillPacks []store.PrescriptionFillPack `json:"fillPacks,omitempty"`
	// Cancellation is set for TimelinePrescriptionCancelled.
	Cancellation *store.PrescriptionCancellation `json:"cancellation,omitempty"`
	// Policy is set for TimelinePolicy.
	Policy *store.PolicyEvent `json:"policy,omitempty"`
	// Claim and ClaimLines are set for TimelineClaim.
	Claim      *store.ClaimSubmission `json:"claim,omitempty"`
	ClaimLines []store.ClaimLine      `json:"claimLines,omitempty"`
	// ClaimStatus is set for TimelineClaimStatus.
	ClaimStatus *store.ClaimState `json:"claimStatus,omitempty"`

	event *store.Event
}

// TimelinePage is a page of a timeline, newest first.
type TimelinePage struct {
	Items []TimelineItem `json:"items"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

// PatientTimeline returns a page of everything the chain holds about a
// patient, newest first: record versions, grants and revocations, emergency
// accesses, prescriptions issued, fills dispensed and cancellations,
// insurance policies, claims submitted and their status changes. See the
// package doc for who may see it.
func (q *Querier) PatientTimeline(ctx context.Context, patient common.Address, f TimelineFilter) (TimelinePage, error) {
	kinds, err := kindSet(f.Kinds, TimelineKinds())
	if err != nil {
		return TimelinePage{}, err
	}
	w, err := q.newWindow(ctx, "timeline", f.Cursor, f.Since, f.Until, false)
	if err != nil {
		return TimelinePage{}, err
	}
	p := addr(patient)
	byPatient := func(db *gorm.DB) *gorm.DB { return db.Where("patient = ?", p) }
	var parts []part[TimelineItem]
	if kinds[TimelineRecord] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.RecordVersion](db, w, n, byPatient))(func(r *store.RecordVersion) TimelineItem {
				return TimelineItem{Kind: TimelineRecord, Record: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelineGrant] || kinds[TimelineRevocation] {
		where := grantKinds(byPatient, kinds[TimelineGrant], kinds[TimelineRevocation])
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.GrantEvent](db, w, n, where))(func(r *store.GrantEvent) TimelineItem {
				k := TimelineGrant
				if r.Kind == store.KindRevoked {
					k = TimelineRevocation
				}
				return TimelineItem{Kind: k, Grant: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelineEmergencyAccess] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.EmergencyAccess](db, w, n, byPatient))(func(r *store.EmergencyAccess) TimelineItem {
				return TimelineItem{Kind: TimelineEmergencyAccess, EmergencyAccess: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelinePrescription] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.Prescription](db, w, n, byPatient))(func(r *store.Prescription) TimelineItem {
				return TimelineItem{Kind: TimelinePrescription, Prescription: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelineFill] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.PrescriptionFill](db, w, n, byPatient))(func(r *store.PrescriptionFill) TimelineItem {
				return TimelineItem{Kind: TimelineFill, Fill: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelinePrescriptionCancelled] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.PrescriptionCancellation](db, w, n, byPatient))(func(r *store.PrescriptionCancellation) TimelineItem {
				return TimelineItem{Kind: TimelinePrescriptionCancelled, Cancellation: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelinePolicy] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.PolicyEvent](db, w, n, byPatient))(func(r *store.PolicyEvent) TimelineItem {
				return TimelineItem{Kind: TimelinePolicy, Policy: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelineClaim] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.ClaimSubmission](db, w, n, byPatient))(func(r *store.ClaimSubmission) TimelineItem {
				return TimelineItem{Kind: TimelineClaim, Claim: r, event: &r.Event}
			})
		}})
	}
	if kinds[TimelineClaimStatus] {
		parts = append(parts, part[TimelineItem]{func(db *gorm.DB, w window, n int) ([]TimelineItem, error) {
			return items[TimelineItem](fetchRows[store.ClaimState](db, w, n, byPatient))(func(r *store.ClaimState) TimelineItem {
				return TimelineItem{Kind: TimelineClaimStatus, ClaimStatus: r, event: &r.Event}
			})
		}})
	}
	out, next, err := merge(ctx, q, "timeline", w, limitOf(f.Limit), parts, func(it TimelineItem) pos {
		return pos{it.event.BlockNumber, it.event.LogIndex}
	})
	if err != nil {
		return TimelinePage{}, err
	}
	if err := q.attachFillPacks(ctx, out); err != nil {
		return TimelinePage{}, err
	}
	if err := q.attachTimelineClaimLines(ctx, out); err != nil {
		return TimelinePage{}, err
	}
	for i := range out {
		out[i].Position = positionOf(out[i].event)
	}
	return TimelinePage{Items: out, Next: next}, nil
}

// attachFillPacks reads the packs of the fills among items (one query by
// the packs' primary key).
func (q *Querier) attachFillPacks(ctx context.Context, items []TimelineItem) error {
	var hashes []string
	for _, it := range items {
		if it.Fill != nil {
			hashes = append(hashes, it.Fill.BlockHash)
		}
	}
	if len(hashes) == 0 {
		return nil
	}
	var packs []store.PrescriptionFillPack
	err := q.v.DB(ctx).Where("block_hash IN ?", hashes).Order("block_hash, log_index, pack_index").Find(&packs).Error
	if err != nil {
		return fmt.Errorf("query prescription_fill_packs: %w", err)
	}
	for i := range items {
		f := items[i].Fill
		if f == nil {
			continue
		}
		for _, p := range packs {
			if p.BlockHash == f.BlockHash && p.LogIndex == f.LogIndex {
				items[i].FillPacks = append(items[i].FillPacks, p)
			}
		}
	}
	return nil
}

// grantKinds narrows a grant_events query to grants, revocations or both.
// kind is not indexed: the patient (or grantee) index narrows first.
func grantKinds(where func(*gorm.DB) *gorm.DB, grants, revocations bool) func(*gorm.DB) *gorm.DB {
	switch {
	case grants && !revocations:
		return func(db *gorm.DB) *gorm.DB { return where(db).Where("kind = ?", store.KindGranted) }
	case revocations && !grants:
		return func(db *gorm.DB) *gorm.DB { return where(db).Where("kind = ?", store.KindRevoked) }
	}
	return where
}

// items maps fetched rows to items.
func items[I, T any](rows []T, err error) func(func(*T) I) ([]I, error) {
	return func(f func(*T) I) ([]I, error) {
		if err != nil {
			return nil, err
		}
		out := make([]I, len(rows))
		for i := range rows {
			out[i] = f(&rows[i])
		}
		return out, nil
	}
}

// kindSet checks kinds against all and returns them as a set; empty means
// all.
func kindSet[K ~string](kinds, all []K) (map[K]bool, error) {
	set := map[K]bool{}
	known := map[K]bool{}
	for _, k := range all {
		known[k] = true
	}
	if len(kinds) == 0 {
		return known, nil
	}
	for _, k := range kinds {
		if !known[k] {
			return nil, fmt.Errorf("%w: unknown kind %q", ErrInvalidFilter, k)
		}
		set[k] = true
	}
	return set, nil
}

// attachTimelineClaimLines reads the lines of the claims among items.
func (q *Querier) attachTimelineClaimLines(ctx context.Context, items []TimelineItem) error {
	var hashes []string
	for _, it := range items {
		if it.Claim != nil {
			hashes = append(hashes, it.Claim.BlockHash)
		}
	}
	lines, err := q.claimLines(ctx, hashes)
	if err != nil {
		return err
	}
	for i := range items {
		c := items[i].Claim
		if c == nil {
			continue
		}
		for _, l := range lines {
			if l.BlockHash == c.BlockHash && l.LogIndex == c.LogIndex {
				items[i].ClaimLines = append(items[i].ClaimLines, l)
			}
		}
	}
	return nil
}
