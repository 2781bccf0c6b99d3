package query

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer/store"
)

// Period is the length of a statistics bucket. Buckets are UTC calendar
// periods of the block time.
type Period string

// Periods.
const (
	Day   Period = "day"
	Week  Period = "week" // ISO weeks, from Monday 00:00 UTC
	Month Period = "month"
)

// MaxPeriods bounds the number of buckets one statistics query spans.
const MaxPeriods = 1000

// StatsFilter selects the time range and bucket size of statistics.
type StatsFilter struct {
	// Period is the bucket size (Day when empty).
	Period Period
	// Since and Until bound the block time [Since, Until); both required.
	// At most MaxPeriods buckets.
	Since, Until time.Time
	// Medication restricts the counts to one medication key
	// (store.Medication: "https://www.gs1.org/gtin|<14 digits>" or
	// "<code system>|<code>"); empty: every medication.
	Medication string
}

// MedicationCount is the number of prescriptions issued for a medication in
// one period.
type MedicationCount struct {
	Medication    string    `json:"medication"`
	PeriodStart   time.Time `json:"periodStart"`
	Prescriptions int64     `json:"prescriptions"`
}

// PrescriptionsPerMedication counts prescriptions issued per medication and
// period, by block time, ordered by period then medication. The database
// groups: day and week buckets are integer arithmetic on the block time,
// months a CASE over the month boundaries in the range; the same SQL text on
// SQLite and PostgreSQL. Served by the (block_time, medication) index, or
// (medication, block_time) for one medication.
func (q *Querier) PrescriptionsPerMedication(ctx context.Context, f StatsFilter) ([]MedicationCount, error) {
	bucket, err := bucketExpr(f.Period, f.Since, f.Until)
	if err != nil {
		return nil, err
	}
	db := q.v.DB(ctx).Model(&store.Prescription{}).
		Select("medication, "+bucket+" AS period_start, COUNT(*) AS prescriptions").
		Where("block_time >= ? AND block_time < ?", f.Since.Unix(), f.Until.Unix())
	if f.Medication != "" {
		db = db.Where("medication = ?", f.Medication)
	}
	var rows []struct {
		Medication    string
		PeriodStart   int64
		Prescriptions int64
	}
	if err := db.Group("medication, period_start").Order("period_start, medication").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("query prescriptions per medication: %w", err)
	}
	out := make([]MedicationCount, len(rows))
	for i, r := range rows {
		out[i] = MedicationCount{Medication: r.Medication, PeriodStart: time.Unix(r.PeriodStart, 0).UTC(), Prescriptions: r.Prescriptions}
	}
	return out, nil
}

// HolderStatsFilter selects the time range of per-holder statistics.
type HolderStatsFilter struct {
	// Since and Until bound the block time [Since, Until); both required.
	Since, Until time.Time
	// Holder restricts the statistics to one custodian; zero: every one.
	Holder common.Address
}

// HolderExcursions counts a custodian's cold-chain excursions (readings
// outside a batch's range, each one; several may fall in one episode) and
// penalties (one per excursion episode) in a time range.
type HolderExcursions struct {
	Holder     string `json:"holder"`
	Excursions int64  `json:"excursions"`
	Penalties  int64  `json:"penalties"`
}

// ExcursionsPerHolder returns excursions and penalties per holder in a time
// range, most excursions first. Served by the temperature_readings index
// (holder, within_range, block_time), or its block_time index, and by the
// penalties' block_time or holder index. (No index leads with within_range
// for the statistics alone: telemetry is the busiest table, and every index
// costs each reading a write.)
func (q *Querier) ExcursionsPerHolder(ctx context.Context, f HolderStatsFilter) ([]HolderExcursions, error) {
	if err := checkRange(f.Since, f.Until); err != nil {
		return nil, err
	}
	from, to := f.Since.Unix(), f.Until.Unix()
	var holder string
	if f.Holder != (common.Address{}) {
		holder = addr(f.Holder)
	}
	type count struct {
		Holder string
		N      int64
	}
	var exc, pen []count
	db := q.v.DB(ctx)
	ex := db.Model(&store.TemperatureReading{}).Select("holder, COUNT(*) AS n").
		Where("within_range = ? AND block_time >= ? AND block_time < ?", false, from, to)
	pn := db.Model(&store.Penalty{}).Select("holder, COUNT(*) AS n").Where("block_time >= ? AND block_time < ?", from, to)
	if holder != "" {
		ex = ex.Where("holder = ?", holder)
		pn = pn.Where("holder = ?", holder)
	}
	if err := ex.Group("holder").Scan(&exc).Error; err != nil {
		return nil, fmt.Errorf("query excursions per holder: %w", err)
	}
	if err := pn.Group("holder").Scan(&pen).Error; err != nil {
		return nil, fmt.Errorf("query penalties per holder: %w", err)
	}
	byHolder := map[string]*HolderExcursions{}
	get := func(h string) *HolderExcursions {
		if byHolder[h] == nil {
			byHolder[h] = &HolderExcursions{Holder: h}
		}
		return byHolder[h]
	}
	for _, c := range exc {
		get(c.Holder).Excursions = c.N
	}
	for _, c := range pen {
		get(c.Holder).Penalties = c.N
	}
	out := make([]HolderExcursions, 0, len(byHolder))
	for _, h := range byHolder {
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Excursions != out[j].Excursions {
			return out[i].Excursions > out[j].Excursions
		}
		return out[i].Holder < out[j].Holder
	})
	return out, nil
}

func checkRange(since, until time.Time) error {
	if since.IsZero() || until.IsZero() {
		return fmt.Errorf("%w: statistics need since and until", ErrInvalidFilter)
	}
	if !since.Before(until) {
		return fmt.Errorf("%w: since %s is not before until %s", ErrInvalidFilter, since, until)
	}
	return nil
}

// Unix time of Monday 1970-01-05 00:00 UTC: ISO weeks start on Mondays.
const firstMonday = 4 * 86400

// bucketExpr returns the SQL expression of the start (Unix seconds) of the
// period holding block_time. Day and week are integer arithmetic on a
// non-negative block_time (integer division truncates alike on SQLite and
// PostgreSQL); months have no fixed length, so their boundaries in the
// range are computed here and the expression is a CASE over them, with
// integer literals (no parameters whose type PostgreSQL would have to
// guess).
func bucketExpr(p Period, since, until time.Time) (string, error) {
	if err := checkRange(since, until); err != nil {
		return "", err
	}
	span := until.Sub(since)
	switch p {
	case Day, "":
		if span > MaxPeriods*24*time.Hour {
			return "", fmt.Errorf("%w: more than %d days", ErrInvalidFilter, MaxPeriods)
		}
		return "(block_time / 86400) * 86400", nil
	case Week:
		if span > MaxPeriods*7*24*time.Hour {
			return "", fmt.Errorf("%w: more than %d weeks", ErrInvalidFilter, MaxPeriods)
		}
		return fmt.Sprintf("((block_time - %d) / 604800) * 604800 + %d", firstMonday, firstMonday), nil
	case Month:
		s := since.UTC()
		start := time.Date(s.Year(), s.Month(), 1, 0, 0, 0, 0, time.UTC)
		var b strings.Builder
		b.WriteString("CASE")
		n := 0
		for m := start; m.Before(until); m = m.AddDate(0, 1, 0) {
			if n++; n > MaxPeriods {
				return "", fmt.Errorf("%w: more than %d months", ErrInvalidFilter, MaxPeriods)
			}
			fmt.Fprintf(&b, " WHEN block_time < %d THEN %d", m.AddDate(0, 1, 0).Unix(), m.Unix())
		}
		b.WriteString(" END")
		return b.String(), nil
	}
	return "", fmt.Errorf("%w: unknown period %q (day, week or month)", ErrInvalidFilter, p)
}
