package query

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/store"
)

// statement is an SQL statement a query ran, with its arguments.
type statement struct {
	sql  string
	vars []any
}

// recorder captures the statements run through a gorm handle while on.
type recorder struct {
	mu    sync.Mutex
	on    bool
	stmts []statement
}

func record(t *testing.T, gdb *gorm.DB) *recorder {
	t.Helper()
	r := &recorder{}
	fn := func(tx *gorm.DB) {
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.on {
			r.stmts = append(r.stmts, statement{tx.Statement.SQL.String(), append([]any(nil), tx.Statement.Vars...)})
		}
	}
	if err := gdb.Callback().Query().After("gorm:query").Register("test:record", fn); err != nil {
		t.Fatal(err)
	}
	if err := gdb.Callback().Row().After("gorm:row").Register("test:record", fn); err != nil {
		t.Fatal(err)
	}
	return r
}

// run returns the statements f runs.
func (r *recorder) run(f func() error) ([]statement, error) {
	r.mu.Lock()
	r.on, r.stmts = true, nil
	r.mu.Unlock()
	err := f()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.on = false
	return r.stmts, err
}

// TestQueriesUseIndexes runs every query of the package on an index of
// several thousand rows per table, after ANALYZE, and asks the database how
// it runs each statement (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN):
// every table must be reached through an index, never by a full scan.
func TestQueriesUseIndexes(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds tens of thousands of rows")
	}
	const blocks = 3000
	for _, driver := range dbtest.Drivers {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			began := time.Now()
			gdb := seedIndex(t, driver, blocks, true)
			if err := gdb.Exec("ANALYZE").Error; err != nil {
				t.Fatal(err)
			}
			counts, err := store.NewView(gdb).Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("seeded in %v: %d grant events, %d temperature readings, %d prescriptions, %d hand-overs",
				time.Since(began).Round(time.Millisecond), counts["grant_events"], counts["temperature_readings"],
				counts["prescriptions"], counts["hand_over_events"])
			rec := record(t, gdb)
			q := New(store.NewView(gdb))
			page2 := func(first func(cursor string) (string, error)) error {
				next, err := first("")
				if err != nil || next == "" {
					return err
				}
				_, err = first(next)
				return err
			}
			cases := []struct {
				name string
				run  func() error
			}{
				{"patient timeline, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.PatientTimeline(ctx, seedPatient(7), TimelineFilter{Limit: 20, Cursor: c})
						return p.Next, err
					})
				}},
				{"patient timeline in a time range, some kinds", func() error {
					_, err := q.PatientTimeline(ctx, seedPatient(7), TimelineFilter{Kinds: []TimelineKind{TimelineRevocation, TimelineFill},
						Since: day(10), Until: day(20)})
					return err
				}},
				{"audit trail of everyone, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.AuditTrail(ctx, AuditFilter{Limit: 30, Cursor: c})
						return p.Next, err
					})
				}},
				{"audit trail of everyone in a day", func() error {
					_, err := q.AuditTrail(ctx, AuditFilter{Since: day(30), Until: day(31)})
					return err
				}},
				{"audit trail of a patient", func() error {
					_, err := q.AuditTrail(ctx, AuditFilter{Patient: seedPatient(4)})
					return err
				}},
				{"audit trail of an actor, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.AuditTrail(ctx, AuditFilter{Actor: seedParty(2), Limit: 10, Cursor: c})
						return p.Next, err
					})
				}},
				{"anchors covering a patient's audit entries", func() error {
					_, err := q.AnchorsCovering(ctx, 4_250, 4_420)
					return err
				}},
				{"anchors holding a page of a patient's audit entries", func() error {
					_, err := q.AnchorsHolding(ctx, []uint64{4_420, 250, 4_421, 1_000_000_000})
					return err
				}},
				{"batch history, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.BatchHistory(ctx, seedBatch(1), BatchFilter{Limit: 40, Cursor: c})
						return p.Next, err
					})
				}},
				{"batch history with readings, newest first", func() error {
					_, err := q.BatchHistory(ctx, seedBatch(2), BatchFilter{NewestFirst: true,
						Kinds: []BatchKind{BatchReading, BatchHandOverInitiated, BatchQuarantineReleased}})
					return err
				}},
				{"recall notices of a holder", func() error {
					_, err := q.RecallNotices(ctx, seedHolder(1), 10, "")
					return err
				}},
				{"prescriptions per medication per day", func() error {
					_, err := q.PrescriptionsPerMedication(ctx, StatsFilter{Period: Day, Since: day(5), Until: day(8)})
					return err
				}},
				{"prescriptions per medication per week", func() error {
					_, err := q.PrescriptionsPerMedication(ctx, StatsFilter{Period: Week, Since: day(7), Until: day(14)})
					return err
				}},
				{"prescriptions of one medication per month", func() error {
					_, err := q.PrescriptionsPerMedication(ctx, StatsFilter{Period: Month, Since: day(0), Until: day(60),
						Medication: store.Medication(0, "http://www.whocc.no/atc", "N02BE07")})
					return err
				}},
				{"excursions per holder", func() error {
					_, err := q.ExcursionsPerHolder(ctx, HolderStatsFilter{Since: day(10), Until: day(12)})
					return err
				}},
				{"patient timeline of claims and policies", func() error {
					_, err := q.PatientTimeline(ctx, seedPatient(11), TimelineFilter{Kinds: []TimelineKind{TimelineClaim, TimelineClaimStatus, TimelinePolicy}})
					return err
				}},
				{"claims of an insurer, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.Claims(ctx, ClaimFilter{Insurer: seedInsurer(1), Limit: 20, Cursor: c})
						return p.Next, err
					})
				}},
				{"pending claims", func() error {
					_, err := q.Claims(ctx, ClaimFilter{Status: ClaimPending, Limit: 20})
					return err
				}},
				{"paid claims of a provider", func() error {
					_, err := q.Claims(ctx, ClaimFilter{Provider: seedParty(3), Status: ClaimPaid, Limit: 20})
					return err
				}},
				{"claims of a patient", func() error {
					_, err := q.Claims(ctx, ClaimFilter{Patient: seedPatient(11)})
					return err
				}},
				{"claims of a provider, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.Claims(ctx, ClaimFilter{Provider: seedParty(3), Limit: 20, Cursor: c})
						return p.Next, err
					})
				}},
				{"denied claims of an insurer", func() error {
					_, err := q.Claims(ctx, ClaimFilter{Status: ClaimDenied, Insurer: seedInsurer(1), Limit: 20})
					return err
				}},
				{"paid claims of an insurer, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.Claims(ctx, ClaimFilter{Status: ClaimPaid, Insurer: seedInsurer(2), Limit: 20, Cursor: c})
						return p.Next, err
					})
				}},
				{"a service contract's ledger, two pages", func() error {
					return page2(func(c string) (string, error) {
						p, err := q.ServiceContractLedger(ctx, 7, LedgerFilter{Limit: 5, Cursor: c})
						return p.Next, err
					})
				}},
				{"payments of a service contract, newest first", func() error {
					_, err := q.ServiceContractLedger(ctx, 8, LedgerFilter{NewestFirst: true, Kinds: []LedgerKind{LedgerPaymentReleased, LedgerFunded}})
					return err
				}},
				{"services claimed per week", func() error {
					_, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Period: Week, Since: day(7), Until: day(14)})
					return err
				}},
				{"one service claimed per day", func() error {
					_, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Since: day(0), Until: day(30), Code: seedCode(2)})
					return err
				}},
				{"claim statistics per insurer", func() error {
					_, err := q.ClaimStatistics(ctx, ClaimStatsFilter{Since: day(3), Until: day(5)})
					return err
				}},
				{"service contract statistics per provider", func() error {
					_, err := q.ServiceContractStatistics(ctx, ServiceContractStatsFilter{Since: day(3), Until: day(5)})
					return err
				}},
				{"services claimed of an insurer per week", func() error {
					_, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Period: Week, Since: day(7), Until: day(14), Insurer: seedInsurer(1)})
					return err
				}},
				{"services claimed of an insurer per month, whole history", func() error {
					_, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Period: Month, Since: day(0), Until: day(60), Insurer: seedInsurer(1)})
					return err
				}},
				{"one service claimed of an insurer per day", func() error {
					_, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Since: day(0), Until: day(30), Code: seedCode(2), Insurer: seedInsurer(2)})
					return err
				}},
				{"claim statistics of one insurer", func() error {
					_, err := q.ClaimStatistics(ctx, ClaimStatsFilter{Since: day(0), Until: day(40), Insurer: seedInsurer(1)})
					return err
				}},
				{"service contract statistics of one provider", func() error {
					_, err := q.ServiceContractStatistics(ctx, ServiceContractStatsFilter{Since: day(0), Until: day(40), Provider: seedParty(3)})
					return err
				}},
				{"settlement totals", func() error {
					_, err := q.SettlementTotals(ctx, SettlementFilter{Since: day(3), Until: day(4)})
					return err
				}},
				{"excursions of one holder", func() error {
					_, err := q.ExcursionsPerHolder(ctx, HolderStatsFilter{Since: day(0), Until: day(40), Holder: seedHolder(3)})
					return err
				}},
			}
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					stmts, err := rec.run(tc.run)
					if err != nil {
						t.Fatal(err)
					}
					if len(stmts) == 0 {
						t.Fatal("no statement recorded")
					}
					for _, s := range stmts {
						plan := explain(ctx, t, gdb, driver, s)
						if bad := fullScan(driver, plan); bad != "" {
							t.Errorf("full scan (%s) in\n  %s\nplan:\n  %s", bad, s.sql, strings.Join(plan, "\n  "))
						} else if testing.Verbose() {
							t.Logf("%s\n  %s", s.sql, strings.Join(plan, "\n  "))
						}
					}
				})
			}
		})
	}
}

// explain returns the plan lines of a statement.
func explain(ctx context.Context, t *testing.T, gdb *gorm.DB, driver string, s statement) []string {
	t.Helper()
	sqlDB, err := gdb.DB()
	if err != nil {
		t.Fatal(err)
	}
	prefix := "EXPLAIN "
	if driver == db.SQLite {
		prefix = "EXPLAIN QUERY PLAN "
	}
	rows, err := sqlDB.QueryContext(ctx, prefix+s.sql, s.vars...)
	if err != nil {
		t.Fatalf("explain %s: %v", s.sql, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var plan []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		// The plan text is the last column (SQLite: detail; PostgreSQL:
		// QUERY PLAN).
		switch v := vals[len(vals)-1].(type) {
		case string:
			plan = append(plan, v)
		case []byte:
			plan = append(plan, string(v))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}

// fullScan returns the plan line that reads a whole table, or "".
// SQLite reports a table scan as "SCAN <table>" without an index
// ("SCAN <table> USING INDEX" walks an index in order, stopping at the
// LIMIT); PostgreSQL as "Seq Scan".
func fullScan(driver string, plan []string) string {
	for _, line := range plan {
		l := strings.TrimSpace(line)
		if driver == db.SQLite {
			if strings.HasPrefix(l, "SCAN ") && !strings.Contains(l, " USING ") {
				return l
			}
		} else if strings.Contains(l, "Seq Scan") {
			return l
		}
	}
	return ""
}
