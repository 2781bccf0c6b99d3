package query

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/store"
)

const seedBlocks = 600

// key names an item by kind and position, for comparing lists.
func key(kind string, e store.Event) string {
	return fmt.Sprintf("%s@%d/%d", kind, e.BlockNumber, e.LogIndex)
}

type keyed struct {
	key string
	e   store.Event
}

// sortKeys orders expected items newest (or oldest) first.
func sortKeys(ks []keyed, oldest bool) []string {
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i].e, ks[j].e
		less := a.BlockNumber < b.BlockNumber || (a.BlockNumber == b.BlockNumber && a.LogIndex < b.LogIndex)
		if oldest {
			return less
		}
		return !less && a != b
	})
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.key
	}
	return out
}

func inRange(e store.Event, since, until time.Time) bool {
	return (since.IsZero() || e.BlockTime >= since.Unix()) && (until.IsZero() || e.BlockTime < until.Unix())
}

// pages reads every page of a list with page size limit and returns the
// item keys in order, checking that each page but the last is full.
func pages(t *testing.T, limit int, page func(cursor string) ([]string, string, error)) []string {
	t.Helper()
	var out []string
	cursor := ""
	for i := 0; ; i++ {
		if i > 10_000 {
			t.Fatal("too many pages")
		}
		got, next, err := page(cursor)
		if err != nil {
			t.Fatal(err)
		}
		if next != "" && len(got) != limit {
			t.Fatalf("page %d has %d items and a next page, want %d", i, len(got), limit)
		}
		out = append(out, got...)
		if next == "" {
			return out
		}
		cursor = next
	}
}

func diffKeys(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	n := 0
	for n < len(got) && n < len(want) && got[n] == want[n] {
		n++
	}
	t.Errorf("%s: got %d items, want %d; first difference at %d: got %v, want %v", what, len(got), len(want), n,
		got[n:min(n+3, len(got))], want[n:min(n+3, len(want))])
}

func day(d int) time.Time { return time.Unix(seedBase, 0).UTC().AddDate(0, 0, d) }

func TestQueries(t *testing.T) {
	for _, driver := range dbtest.Drivers {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			gdb := seedIndex(t, driver, seedBlocks, false)
			q := New(store.NewView(gdb))
			testTimeline(ctx, t, q, gdb)
			testAudit(ctx, t, q, gdb)
			testBatches(ctx, t, q, gdb)
			testStats(ctx, t, q, gdb)
			testClaims(ctx, t, q, gdb)
			testLedger(ctx, t, q, gdb)
			testMoneyStats(ctx, t, q, gdb)
			testErrors(ctx, t, q)
		})
	}
}

func testTimeline(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	records := all[store.RecordVersion](t, gdb)
	grants := all[store.GrantEvent](t, gdb)
	emergencies := all[store.EmergencyAccess](t, gdb)
	rxs := all[store.Prescription](t, gdb)
	fills := all[store.PrescriptionFill](t, gdb)
	cancels := all[store.PrescriptionCancellation](t, gdb)
	policies := all[store.PolicyEvent](t, gdb)
	claimSubs := all[store.ClaimSubmission](t, gdb)
	claimStates := all[store.ClaimState](t, gdb)
	expect := func(patient common.Address, kinds []TimelineKind, since, until time.Time) []string {
		want, _ := kindSet(kinds, TimelineKinds())
		p := store.Addr(patient)
		var ks []keyed
		addIf := func(kind TimelineKind, rowPatient string, e store.Event) {
			if want[kind] && rowPatient == p && inRange(e, since, until) {
				ks = append(ks, keyed{key(string(kind), e), e})
			}
		}
		for _, r := range records {
			addIf(TimelineRecord, r.Patient, r.Event)
		}
		for _, r := range grants {
			k := TimelineGrant
			if r.Kind == store.KindRevoked {
				k = TimelineRevocation
			}
			addIf(k, r.Patient, r.Event)
		}
		for _, r := range emergencies {
			addIf(TimelineEmergencyAccess, r.Patient, r.Event)
		}
		for _, r := range rxs {
			addIf(TimelinePrescription, r.Patient, r.Event)
		}
		for _, r := range fills {
			addIf(TimelineFill, r.Patient, r.Event)
		}
		for _, r := range cancels {
			addIf(TimelinePrescriptionCancelled, r.Patient, r.Event)
		}
		for _, r := range policies {
			addIf(TimelinePolicy, r.Patient, r.Event)
		}
		for _, r := range claimSubs {
			addIf(TimelineClaim, r.Patient, r.Event)
		}
		for _, r := range claimStates {
			addIf(TimelineClaimStatus, r.Patient, r.Event)
		}
		return sortKeys(ks, false)
	}
	for _, tc := range []struct {
		name         string
		patient      int
		kinds        []TimelineKind
		since, until time.Time
		limit        int
	}{
		{"everything about a patient, page by page", 3, nil, time.Time{}, time.Time{}, 7},
		{"grants and fills of a patient", 5, []TimelineKind{TimelineGrant, TimelineFill}, time.Time{}, time.Time{}, 4},
		{"revocations only", 5, []TimelineKind{TimelineRevocation}, time.Time{}, time.Time{}, 3},
		{"a patient's week", 9, nil, day(2), day(9), 5},
		{"since a day", 9, []TimelineKind{TimelineRecord, TimelinePrescription}, day(4), time.Time{}, 2},
		{"nothing before the chain", 9, nil, time.Time{}, day(-1), 5},
		{"one page", 11, nil, time.Time{}, time.Time{}, MaxLimit},
		{"claims, their status and policies of a patient", 1, []TimelineKind{TimelineClaim, TimelineClaimStatus, TimelinePolicy}, time.Time{}, time.Time{}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			patient := seedPatient(tc.patient)
			want := expect(patient, tc.kinds, tc.since, tc.until)
			got := pages(t, tc.limit, func(cursor string) ([]string, string, error) {
				p, err := q.PatientTimeline(ctx, patient, TimelineFilter{Kinds: tc.kinds, Since: tc.since, Until: tc.until, Limit: tc.limit, Cursor: cursor})
				var ks []string
				for _, it := range p.Items {
					ks = append(ks, fmt.Sprintf("%s@%d/%d", it.Kind, it.Position.BlockNumber, it.Position.LogIndex))
					if it.Kind == TimelineClaim && (len(it.ClaimLines) != 2 || it.ClaimLines[1].Reason != 1) {
						t.Errorf("claim %+v: lines %+v", it.Claim, it.ClaimLines)
					}
					if it.Kind == TimelineClaimStatus && it.ClaimStatus.Patient != store.Addr(patient) {
						t.Errorf("claim status %+v of another patient", it.ClaimStatus)
					}
					if it.Kind == TimelineFill && (len(it.FillPacks) != 2 || it.FillPacks[0].BatchID == "" || it.FillPacks[1].PackIndex != 1) {
						t.Errorf("fill %+v: packs %+v", it.Fill, it.FillPacks)
					}
					if it.Position.BlockTime.Unix() != seedBase+int64(it.Position.BlockNumber)*seedBlockTime {
						t.Errorf("item %+v: block time %s", it.Position, it.Position.BlockTime)
					}
				}
				return ks, p.Next, err
			})
			if len(want) == 0 && tc.name != "nothing before the chain" {
				t.Fatal("the seed has no such items: the case tests nothing")
			}
			diffKeys(t, "timeline", got, want)
		})
	}
}

func testAudit(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	grants := all[store.GrantEvent](t, gdb)
	emergencies := all[store.EmergencyAccess](t, gdb)
	anchors := all[store.AuditAnchor](t, gdb)
	expect := func(f AuditFilter) []string {
		want, _ := kindSet(f.Kinds, AuditKinds())
		var patient, actor string
		if f.Patient != (common.Address{}) {
			patient = store.Addr(f.Patient)
		}
		if f.Actor != (common.Address{}) {
			actor = store.Addr(f.Actor)
		}
		match := func(kind AuditKind, p, a string, e store.Event) bool {
			return want[kind] && (patient == "" || p == patient) && (actor == "" || a == actor) && inRange(e, f.Since, f.Until)
		}
		var ks []keyed
		for _, r := range grants {
			k := AuditGrant
			if r.Kind == store.KindRevoked {
				k = AuditRevocation
			}
			if match(k, r.Patient, r.Grantee, r.Event) {
				ks = append(ks, keyed{key(string(k), r.Event), r.Event})
			}
		}
		for _, r := range emergencies {
			if match(AuditEmergencyAccess, r.Patient, r.Provider, r.Event) {
				ks = append(ks, keyed{key(string(AuditEmergencyAccess), r.Event), r.Event})
			}
		}
		for _, r := range anchors {
			if patient == "" && match(AuditAnchor, "", r.Auditor, r.Event) {
				ks = append(ks, keyed{key(string(AuditAnchor), r.Event), r.Event})
			}
		}
		return sortKeys(ks, false)
	}
	for _, tc := range []struct {
		name string
		f    AuditFilter
	}{
		{"everything in two days", AuditFilter{Since: day(1), Until: day(3), Limit: 25}},
		{"one patient", AuditFilter{Patient: seedPatient(4), Limit: 6}},
		{"one grantee, revocations and anchors", AuditFilter{Actor: seedParty(3), Kinds: []AuditKind{AuditRevocation, AuditAnchor}, Limit: 9}},
		{"one provider's emergency accesses to one patient", AuditFilter{Patient: seedPatient(5), Actor: seedParty(6), Kinds: []AuditKind{AuditEmergencyAccess}, Limit: 2}},
		{"anchors", AuditFilter{Kinds: []AuditKind{AuditAnchor}, Limit: 11}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := expect(tc.f)
			if len(want) == 0 {
				t.Fatal("the seed has no such items: the case tests nothing")
			}
			got := pages(t, tc.f.Limit, func(cursor string) ([]string, string, error) {
				f := tc.f
				f.Cursor = cursor
				p, err := q.AuditTrail(ctx, f)
				var ks []string
				for _, it := range p.Items {
					ks = append(ks, fmt.Sprintf("%s@%d/%d", it.Kind, it.Position.BlockNumber, it.Position.LogIndex))
				}
				return ks, p.Next, err
			})
			diffKeys(t, "audit trail", got, want)
		})
	}
	t.Run("anchors covering a sequence range", func(t *testing.T) {
		got, err := q.AnchorsCovering(ctx, 250, 420)
		if err != nil {
			t.Fatal(err)
		}
		var idx []int64
		for _, a := range got {
			idx = append(idx, a.BatchIndex)
		}
		if !slices.Equal(idx, []int64{2, 3, 4}) {
			t.Errorf("got batches %v, want [2 3 4]", idx)
		}
		if got, err := q.AnchorsCovering(ctx, 1_000_000, 1_000_001); err != nil || len(got) != 0 {
			t.Errorf("beyond the anchored range: got %v, %v", got, err)
		}
	})
	t.Run("the cursor after an item is the next page's", func(t *testing.T) {
		p, err := q.AuditTrail(ctx, AuditFilter{Limit: 7})
		if err != nil || len(p.Items) != 7 {
			t.Fatalf("page %d items, %v", len(p.Items), err)
		}
		for k := 1; k <= 7; k++ {
			short, err := q.AuditTrail(ctx, AuditFilter{Limit: k})
			if err != nil {
				t.Fatal(err)
			}
			if c := AuditCursorAfter(p.Items[k-1]); c != short.Next {
				t.Errorf("after item %d: %q, want %q", k, c, short.Next)
			}
		}
	})
	t.Run("anchors holding scattered sequence numbers", func(t *testing.T) {
		got, err := q.AnchorsHolding(ctx, []uint64{1_000_000, 420, 250, 299, 421, 420, 5})
		if err != nil {
			t.Fatal(err)
		}
		var idx []int64
		for _, a := range got {
			idx = append(idx, a.BatchIndex)
		}
		if !slices.Equal(idx, []int64{0, 2, 4}) {
			t.Errorf("got batches %v, want [0 2 4] (each once, none between, none beyond)", idx)
		}
		if got, err := q.AnchorsHolding(ctx, nil); err != nil || len(got) != 0 {
			t.Errorf("no numbers: got %v, %v", got, err)
		}
		if _, err := q.AnchorsHolding(ctx, make([]uint64, MaxLimit+1)); !errors.Is(err, ErrInvalidFilter) {
			t.Errorf("too many numbers: got %v", err)
		}
	})
}

func testBatches(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	regs := all[store.BatchRegistration](t, gdb)
	hos := all[store.HandOverEvent](t, gdb)
	readings := all[store.TemperatureReading](t, gdb)
	qs := all[store.QuarantineEvent](t, gdb)
	pens := all[store.Penalty](t, gdb)
	recalls := all[store.BatchRecall](t, gdb)
	disp := all[store.PackDispense](t, gdb)
	clones := all[store.CloneReport](t, gdb)
	expect := func(batch common.Hash, kinds []BatchKind, oldest bool) []string {
		want, _ := kindSet(kinds, append(BatchKinds(), BatchReading))
		if len(kinds) == 0 {
			delete(want, BatchReading)
		}
		id := store.Hash(batch)
		var ks []keyed
		addIf := func(kind BatchKind, rowBatch string, e store.Event) {
			if want[kind] && rowBatch == id {
				ks = append(ks, keyed{key(string(kind), e), e})
			}
		}
		for _, r := range regs {
			addIf(BatchRegistered, r.BatchID, r.Event)
		}
		for _, r := range hos {
			addIf(map[string]BatchKind{store.KindInitiated: BatchHandOverInitiated, store.KindAccepted: BatchHandOverAccepted,
				store.KindCancelled: BatchHandOverCancelled}[r.Kind], r.BatchID, r.Event)
		}
		for _, r := range readings {
			k := BatchExcursion
			if r.WithinRange {
				k = BatchReading
			}
			addIf(k, r.BatchID, r.Event)
		}
		for _, r := range qs {
			k := BatchQuarantined
			if r.Kind == store.KindReleased {
				k = BatchQuarantineReleased
			}
			addIf(k, r.BatchID, r.Event)
		}
		for _, r := range pens {
			addIf(BatchPenalty, r.BatchID, r.Event)
		}
		for _, r := range recalls {
			addIf(BatchRecalled, r.BatchID, r.Event)
		}
		for _, r := range disp {
			addIf(BatchDispensed, r.BatchID, r.Event)
		}
		for _, r := range clones {
			addIf(BatchSuspectedClone, r.BatchID, r.Event)
		}
		return sortKeys(ks, oldest)
	}
	// holders of a batch before a position, as the contract lists them.
	holdersBefore := func(batch common.Hash, e store.Event) []string {
		var out []string
		for _, r := range regs {
			if r.BatchID == store.Hash(batch) {
				out = append(out, r.Manufacturer)
			}
		}
		for _, h := range hos {
			if h.BatchID == store.Hash(batch) && h.Kind == store.KindAccepted && (h.BlockNumber < e.BlockNumber ||
				h.BlockNumber == e.BlockNumber && h.LogIndex < e.LogIndex) && !slices.Contains(out, h.Receiver) {
				out = append(out, h.Receiver)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		batch int
		f     BatchFilter
	}{
		{"a recalled batch's history, custody chain order", 1, BatchFilter{Limit: 10}},
		{"newest first", 2, BatchFilter{Limit: 13, NewestFirst: true}},
		{"custody only", 3, BatchFilter{Kinds: []BatchKind{BatchHandOverAccepted, BatchHandOverCancelled}, Limit: 6}},
		{"quarantine and readings", 6, BatchFilter{Kinds: []BatchKind{BatchQuarantined, BatchReading, BatchExcursion}, Limit: 8}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			batch := seedBatch(tc.batch)
			want := expect(batch, tc.f.Kinds, !tc.f.NewestFirst)
			if len(want) == 0 {
				t.Fatal("the seed has no such items: the case tests nothing")
			}
			recalled := false
			got := pages(t, tc.f.Limit, func(cursor string) ([]string, string, error) {
				f := tc.f
				f.Cursor = cursor
				p, err := q.BatchHistory(ctx, batch, f)
				var ks []string
				for _, it := range p.Items {
					ks = append(ks, fmt.Sprintf("%s@%d/%d", it.Kind, it.Position.BlockNumber, it.Position.LogIndex))
					if it.Kind == BatchRecalled {
						recalled = true
						var holders []string
						for i, n := range it.Notices {
							holders = append(holders, n.Holder)
							if n.HolderIndex != int64(i) || n.Event != it.Recall.Event {
								t.Errorf("notice %d: %+v", i, n)
							}
						}
						if want := holdersBefore(batch, it.Recall.Event); !slices.Equal(holders, want) || len(want) < 3 {
							t.Errorf("recall notices to %v, want %v", holders, want)
						}
					}
				}
				return ks, p.Next, err
			})
			diffKeys(t, "batch history", got, want)
			if tc.batch == 1 && !recalled {
				t.Error("the recall of batch 1 is not in its history")
			}
		})
	}
	t.Run("a holder's recall notices", func(t *testing.T) {
		h := seedHolder(3)
		var want []string
		notices := all[store.RecallNotice](t, gdb)
		for i := len(notices) - 1; i >= 0; i-- {
			if notices[i].Holder == store.Addr(h) {
				want = append(want, key("notice", notices[i].Event))
			}
		}
		if len(want) == 0 {
			t.Fatal("holder has no notices")
		}
		got := pages(t, 2, func(cursor string) ([]string, string, error) {
			p, err := q.RecallNotices(ctx, h, 2, cursor)
			var ks []string
			for _, n := range p.Items {
				ks = append(ks, key("notice", n.Event))
			}
			return ks, p.Next, err
		})
		diffKeys(t, "recall notices", got, want)
	})
}

func testStats(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	rxs := all[store.Prescription](t, gdb)
	start := func(p Period, ts int64) time.Time {
		tm := time.Unix(ts, 0).UTC()
		d := time.Date(tm.Year(), tm.Month(), tm.Day(), 0, 0, 0, 0, time.UTC)
		switch p {
		case Week:
			return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
		case Month:
			return time.Date(tm.Year(), tm.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		return d
	}
	for _, tc := range []struct {
		name string
		f    StatsFilter
	}{
		{"per day", StatsFilter{Period: Day, Since: day(1), Until: day(5)}},
		{"per week", StatsFilter{Period: Week, Since: day(0), Until: day(9)}},
		{"per month across a month's end", StatsFilter{Period: Month, Since: day(3), Until: day(9).Add(5 * time.Hour)}},
		{"one medication per day", StatsFilter{Since: day(0), Until: day(9), Medication: store.Medication(0, "http://www.whocc.no/atc", "N02BE07")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			counts := map[string]int64{}
			for _, r := range rxs {
				if inRange(r.Event, tc.f.Since, tc.f.Until) && (tc.f.Medication == "" || r.Medication == tc.f.Medication) {
					counts[fmt.Sprintf("%s %s", start(tc.f.Period, r.BlockTime).Format(time.DateOnly), r.Medication)]++
				}
			}
			got, err := q.PrescriptionsPerMedication(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			periods := map[time.Time]bool{}
			for i, c := range got {
				k := fmt.Sprintf("%s %s", c.PeriodStart.Format(time.DateOnly), c.Medication)
				if counts[k] != c.Prescriptions {
					t.Errorf("%s: got %d, want %d", k, c.Prescriptions, counts[k])
				}
				delete(counts, k)
				periods[c.PeriodStart] = true
				if i > 0 && (c.PeriodStart.Before(got[i-1].PeriodStart) || c.PeriodStart.Equal(got[i-1].PeriodStart) && c.Medication <= got[i-1].Medication) {
					t.Errorf("row %d out of order: %+v after %+v", i, c, got[i-1])
				}
			}
			for k, n := range counts {
				t.Errorf("%s: missing (want %d)", k, n)
			}
			if len(periods) < 2 {
				t.Errorf("got %d periods; the case should span several", len(periods))
			}
		})
	}

	t.Run("excursions and penalties per holder", func(t *testing.T) {
		since, until := day(2), day(6)
		want := map[string]HolderExcursions{}
		for _, r := range all[store.TemperatureReading](t, gdb) {
			if !r.WithinRange && inRange(r.Event, since, until) {
				h := want[r.Holder]
				h.Holder = r.Holder
				h.Excursions++
				want[r.Holder] = h
			}
		}
		for _, r := range all[store.Penalty](t, gdb) {
			if inRange(r.Event, since, until) {
				h := want[r.Holder]
				h.Holder = r.Holder
				h.Penalties++
				want[r.Holder] = h
			}
		}
		got, err := q.ExcursionsPerHolder(ctx, HolderStatsFilter{Since: since, Until: until})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(got) < 2 {
			t.Fatalf("got %d holders, want %d: %+v", len(got), len(want), got)
		}
		for i, h := range got {
			if want[h.Holder] != h {
				t.Errorf("got %+v, want %+v", h, want[h.Holder])
			}
			if i > 0 && h.Excursions > got[i-1].Excursions {
				t.Errorf("not most excursions first: %+v after %+v", h, got[i-1])
			}
		}
		one, err := q.ExcursionsPerHolder(ctx, HolderStatsFilter{Since: since, Until: until, Holder: seedHolder(4)})
		if err != nil {
			t.Fatal(err)
		}
		if len(one) != 1 || one[0] != want[store.Addr(seedHolder(4))] {
			t.Errorf("one holder: got %+v, want %+v", one, want[store.Addr(seedHolder(4))])
		}
	})
}

func testErrors(ctx context.Context, t *testing.T, q *Querier) {
	p, err := q.AuditTrail(ctx, AuditFilter{Limit: 1})
	if err != nil || p.Next == "" {
		t.Fatalf("audit page: %+v, %v", p, err)
	}
	for _, tc := range []struct {
		name string
		call func() error
		want error
	}{
		{"a cursor of another query is refused", func() error {
			_, err := q.PatientTimeline(ctx, seedPatient(1), TimelineFilter{Cursor: p.Next})
			return err
		}, ErrInvalidCursor},
		{"a forged cursor is refused", func() error {
			_, err := q.AuditTrail(ctx, AuditFilter{Cursor: "not-a-cursor!"})
			return err
		}, ErrInvalidCursor},
		{"an unknown kind is refused", func() error {
			_, err := q.BatchHistory(ctx, seedBatch(1), BatchFilter{Kinds: []BatchKind{"teleported"}})
			return err
		}, ErrInvalidFilter},
		{"a reversed time range is refused", func() error {
			_, err := q.PatientTimeline(ctx, seedPatient(1), TimelineFilter{Since: day(3), Until: day(2)})
			return err
		}, ErrInvalidFilter},
		{"statistics need a range", func() error {
			_, err := q.PrescriptionsPerMedication(ctx, StatsFilter{Since: day(1)})
			return err
		}, ErrInvalidFilter},
		{"too many periods are refused", func() error {
			_, err := q.PrescriptionsPerMedication(ctx, StatsFilter{Since: day(0), Until: day(2000)})
			return err
		}, ErrInvalidFilter},
		{"an unknown period is refused", func() error {
			_, err := q.PrescriptionsPerMedication(ctx, StatsFilter{Period: "fortnight", Since: day(0), Until: day(20)})
			return err
		}, ErrInvalidFilter},
		{"claim statistics need a range", func() error {
			_, err := q.ClaimStatistics(ctx, ClaimStatsFilter{})
			return err
		}, ErrInvalidFilter},
		{"an unknown claim status is refused", func() error {
			_, err := q.Claims(ctx, ClaimFilter{Status: "lost"})
			return err
		}, ErrInvalidFilter},
		{"a malformed service code is refused", func() error {
			_, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Since: day(0), Until: day(2), Code: "MRI"})
			return err
		}, ErrInvalidFilter},
		{"a ledger cursor is not a claims cursor", func() error {
			l, err := q.ServiceContractLedger(ctx, 1, LedgerFilter{Limit: 1})
			if err != nil || l.Next == "" {
				return fmt.Errorf("ledger page %+v: %v", l, err)
			}
			_, err = q.Claims(ctx, ClaimFilter{Cursor: l.Next})
			return err
		}, ErrInvalidCursor},
		{"settlement totals need a range", func() error {
			_, err := q.SettlementTotals(ctx, SettlementFilter{Until: day(1)})
			return err
		}, ErrInvalidFilter},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); !errors.Is(err, tc.want) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
		})
	}
	if !strings.HasPrefix(p.Items[0].Position.TxHash, "0x") {
		t.Errorf("position %+v", p.Items[0].Position)
	}
}
