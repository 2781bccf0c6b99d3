package query

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// BatchKind is the kind of a batch history item.
type BatchKind string

// Batch history item kinds.
const (
	BatchRegistered         BatchKind = "registered"
	BatchHandOverInitiated  BatchKind = "hand_over_initiated"
	BatchHandOverAccepted   BatchKind = "hand_over_accepted" // custody passed
	BatchHandOverCancelled  BatchKind = "hand_over_cancelled"
	BatchExcursion          BatchKind = "excursion" // a reading outside the batch's range
	BatchQuarantined        BatchKind = "quarantined"
	BatchQuarantineReleased BatchKind = "quarantine_released"
	BatchPenalty            BatchKind = "penalty"
	BatchRecalled           BatchKind = "recalled" // with a notice per holder
	BatchDispensed          BatchKind = "dispensed"
	BatchSuspectedClone     BatchKind = "suspected_clone"
	// BatchReading is a reading within range. Only listed when asked for:
	// sensors report often, and the history is about what happened.
	BatchReading BatchKind = "reading"
)

// BatchKinds lists the kinds a batch history shows when no kinds are given
// (every kind but BatchReading).
func BatchKinds() []BatchKind {
	return []BatchKind{BatchRegistered, BatchHandOverInitiated, BatchHandOverAccepted, BatchHandOverCancelled,
		BatchExcursion, BatchQuarantined, BatchQuarantineReleased, BatchPenalty, BatchRecalled, BatchDispensed,
		BatchSuspectedClone}
}

// BatchFilter selects a page of a batch's history.
type BatchFilter struct {
	// Kinds restricts the items; empty means BatchKinds().
	Kinds []BatchKind
	// Since and Until bound the block time [Since, Until); zero: unbounded.
	Since, Until time.Time
	// NewestFirst lists the latest events first; the default is the
	// custody chain's order, oldest first.
	NewestFirst bool
	// Limit is the page size (DefaultLimit when 0, at most MaxLimit).
	Limit int
	// Cursor is the previous page's Next; empty for the first page.
	Cursor string
}

// BatchItem is one event of a batch's history: Kind says which field is
// set.
type BatchItem struct {
	Kind     BatchKind `json:"kind"`
	Position Position  `json:"position"`
	// Registration is set for BatchRegistered.
	Registration *store.BatchRegistration `json:"registration,omitempty"`
	// HandOver is set for the hand-over kinds.
	HandOver *store.HandOverEvent `json:"handOver,omitempty"`
	// Reading is set for BatchExcursion and BatchReading.
	Reading *store.TemperatureReading `json:"reading,omitempty"`
	// Quarantine is set for BatchQuarantined and BatchQuarantineReleased.
	Quarantine *store.QuarantineEvent `json:"quarantine,omitempty"`
	// Penalty is set for BatchPenalty.
	Penalty *store.Penalty `json:"penalty,omitempty"`
	// Recall and Notices (every holder, in order of first receipt) are set
	// for BatchRecalled.
	Recall  *store.BatchRecall   `json:"recall,omitempty"`
	Notices []store.RecallNotice `json:"notices,omitempty"`
	// Dispense is set for BatchDispensed.
	Dispense *store.PackDispense `json:"dispense,omitempty"`
	// Clone is set for BatchSuspectedClone.
	Clone *store.CloneReport `json:"clone,omitempty"`

	event *store.Event
}

// BatchPage is a page of a batch's history.
type BatchPage struct {
	Items []BatchItem `json:"items"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

// BatchHistory returns a page of a batch's history: registration, custody
// hand-overs initiated, accepted and cancelled, excursions, quarantines and
// releases, penalties, the recall with its notice to every holder, packs
// dispensed and suspected clones.
func (q *Querier) BatchHistory(ctx context.Context, batchID common.Hash, f BatchFilter) (BatchPage, error) {
	kinds, err := kindSet(f.Kinds, append(BatchKinds(), BatchReading))
	if err != nil {
		return BatchPage{}, err
	}
	if len(f.Kinds) == 0 {
		delete(kinds, BatchReading)
	}
	w, err := q.newWindow(ctx, "batch", f.Cursor, f.Since, f.Until, !f.NewestFirst)
	if err != nil {
		return BatchPage{}, err
	}
	id := store.Hash(batchID)
	byBatch := func(db *gorm.DB) *gorm.DB { return db.Where("batch_id = ?", id) }
	withKinds := func(where func(*gorm.DB) *gorm.DB, col string, values ...string) func(*gorm.DB) *gorm.DB {
		if len(values) == 0 {
			return nil
		}
		return func(db *gorm.DB) *gorm.DB { return where(db).Where(col+" IN ?", values) }
	}
	var parts []part[BatchItem]
	add := func(p part[BatchItem]) { parts = append(parts, p) }

	if kinds[BatchRegistered] {
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.BatchRegistration](db, w, n, byBatch))(func(r *store.BatchRegistration) BatchItem {
				return BatchItem{Kind: BatchRegistered, Registration: r, event: &r.Event}
			})
		}})
	}
	handOverKinds := map[string]BatchKind{store.KindInitiated: BatchHandOverInitiated, store.KindAccepted: BatchHandOverAccepted,
		store.KindCancelled: BatchHandOverCancelled}
	var hk []string
	for k, bk := range handOverKinds {
		if kinds[bk] {
			hk = append(hk, k)
		}
	}
	if where := withKinds(byBatch, "kind", hk...); where != nil {
		if len(hk) == len(handOverKinds) {
			where = byBatch
		}
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.HandOverEvent](db, w, n, where))(func(r *store.HandOverEvent) BatchItem {
				return BatchItem{Kind: handOverKinds[r.Kind], HandOver: r, event: &r.Event}
			})
		}})
	}
	for _, rk := range []struct {
		kind   BatchKind
		within bool
	}{{BatchExcursion, false}, {BatchReading, true}} {
		if !kinds[rk.kind] {
			continue
		}
		// (batch_id, within_range) lead the index: excursions and readings
		// are each one range of it.
		where := func(db *gorm.DB) *gorm.DB { return byBatch(db).Where("within_range = ?", rk.within) }
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.TemperatureReading](db, w, n, where))(func(r *store.TemperatureReading) BatchItem {
				return BatchItem{Kind: rk.kind, Reading: r, event: &r.Event}
			})
		}})
	}
	var qk []string
	if kinds[BatchQuarantined] {
		qk = append(qk, store.KindQuarantined)
	}
	if kinds[BatchQuarantineReleased] {
		qk = append(qk, store.KindReleased)
	}
	if where := withKinds(byBatch, "kind", qk...); where != nil {
		if len(qk) == 2 {
			where = byBatch
		}
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.QuarantineEvent](db, w, n, where))(func(r *store.QuarantineEvent) BatchItem {
				k := BatchQuarantined
				if r.Kind == store.KindReleased {
					k = BatchQuarantineReleased
				}
				return BatchItem{Kind: k, Quarantine: r, event: &r.Event}
			})
		}})
	}
	if kinds[BatchPenalty] {
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.Penalty](db, w, n, byBatch))(func(r *store.Penalty) BatchItem {
				return BatchItem{Kind: BatchPenalty, Penalty: r, event: &r.Event}
			})
		}})
	}
	if kinds[BatchRecalled] {
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.BatchRecall](db, w, n, byBatch))(func(r *store.BatchRecall) BatchItem {
				return BatchItem{Kind: BatchRecalled, Recall: r, event: &r.Event}
			})
		}})
	}
	if kinds[BatchDispensed] {
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.PackDispense](db, w, n, byBatch))(func(r *store.PackDispense) BatchItem {
				return BatchItem{Kind: BatchDispensed, Dispense: r, event: &r.Event}
			})
		}})
	}
	if kinds[BatchSuspectedClone] {
		add(part[BatchItem]{func(db *gorm.DB, w window, n int) ([]BatchItem, error) {
			return items[BatchItem](fetchRows[store.CloneReport](db, w, n, byBatch))(func(r *store.CloneReport) BatchItem {
				return BatchItem{Kind: BatchSuspectedClone, Clone: r, event: &r.Event}
			})
		}})
	}
	out, next, err := merge(ctx, q, "batch", w, limitOf(f.Limit), parts, func(it BatchItem) pos {
		return pos{it.event.BlockNumber, it.event.LogIndex}
	})
	if err != nil {
		return BatchPage{}, err
	}
	for i := range out {
		if r := out[i].Recall; r != nil {
			// The notices share the recall's key prefix (block hash, log
			// index).
			err := q.v.DB(ctx).Where("block_hash = ? AND log_index = ?", r.BlockHash, r.LogIndex).
				Order("holder_index").Find(&out[i].Notices).Error
			if err != nil {
				return BatchPage{}, fmt.Errorf("query recall_notices: %w", err)
			}
		}
		out[i].Position = positionOf(out[i].event)
	}
	return BatchPage{Items: out, Next: next}, nil
}

// RecallNoticePage is a page of a holder's recall notices, newest first.
type RecallNoticePage struct {
	Items []store.RecallNotice `json:"items"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

// RecallNotices returns a page of the recalls of batches a holder ever held
// (the holder's notices), newest first.
func (q *Querier) RecallNotices(ctx context.Context, holder common.Address, limit int, cursor string) (RecallNoticePage, error) {
	w, err := q.newWindow(ctx, "recalls", cursor, time.Time{}, time.Time{}, false)
	if err != nil {
		return RecallNoticePage{}, err
	}
	h := addr(holder)
	parts := []part[store.RecallNotice]{{func(db *gorm.DB, w window, n int) ([]store.RecallNotice, error) {
		return fetchRows[store.RecallNotice](db, w, n, func(db *gorm.DB) *gorm.DB { return db.Where("holder = ?", h) })
	}}}
	out, next, err := merge(ctx, q, "recalls", w, limitOf(limit), parts, func(n store.RecallNotice) pos {
		return pos{n.BlockNumber, n.LogIndex}
	})
	return RecallNoticePage{Items: out, Next: next}, err
}
