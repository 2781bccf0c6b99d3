package query

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// latestStates returns each claim's newest state, as the claims query sees
// it, computed in Go.
func latestStates(states []store.ClaimState) map[string]store.ClaimState {
	out := map[string]store.ClaimState{}
	for _, s := range states { // oldest first: later states replace earlier
		out[s.ClaimID] = s
	}
	return out
}

func testClaims(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	latest := latestStates(all[store.ClaimState](t, gdb))
	subs := map[string]store.ClaimSubmission{}
	for _, s := range all[store.ClaimSubmission](t, gdb) {
		subs[s.ClaimID] = s
	}
	for _, tc := range []struct {
		name  string
		f     ClaimFilter
		limit int
	}{
		{"every claim, page by page", ClaimFilter{}, 17},
		{"claims of an insurer", ClaimFilter{Insurer: seedInsurer(1)}, 9},
		{"paid claims of an insurer", ClaimFilter{Insurer: seedInsurer(2), Status: ClaimPaid}, 5},
		{"pending claims", ClaimFilter{Status: ClaimPending}, 4},
		{"denied claims", ClaimFilter{Status: ClaimDenied}, 4},
		{"claims awaiting funds of a provider", ClaimFilter{Provider: seedParty(1), Status: ClaimAwaitingFunds}, 2},
		{"claims of a patient", ClaimFilter{Patient: seedPatient(11 * 5)}, 2},
		{"claims changed in a week", ClaimFilter{Since: day(1), Until: day(8)}, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ks []keyed
			for _, s := range latest {
				f := tc.f
				if (f.Status == "" || string(f.Status) == s.Status) && (f.Insurer == (common.Address{}) || store.Addr(f.Insurer) == s.Insurer) &&
					(f.Provider == (common.Address{}) || store.Addr(f.Provider) == s.Provider) &&
					(f.Patient == (common.Address{}) || store.Addr(f.Patient) == s.Patient) && inRange(s.Event, f.Since, f.Until) {
					ks = append(ks, keyed{key(s.Status+" "+s.ClaimID, s.Event), s.Event})
				}
			}
			want := sortKeys(ks, false)
			if len(want) == 0 {
				t.Fatal("the seed has no such claims: the case tests nothing")
			}
			got := pages(t, tc.limit, func(cursor string) ([]string, string, error) {
				f := tc.f
				f.Limit, f.Cursor = tc.limit, cursor
				p, err := q.Claims(ctx, f)
				var out []string
				for _, c := range p.Items {
					out = append(out, fmt.Sprintf("%s %s@%d/%d", c.Status, c.ClaimID, c.Position.BlockNumber, c.Position.LogIndex))
					sub := subs[c.ClaimID]
					if c.Submission == nil || c.Submission.Allowed != sub.Allowed || len(c.Lines) != 2 || c.Lines[0].Code != seedCode(int(sub.BlockNumber)) {
						t.Errorf("claim %s: submission %+v, lines %+v", c.ClaimID, c.Submission, c.Lines)
					}
					if c.Patient != sub.Patient || c.Provider != sub.Provider || c.Insurer != sub.Insurer {
						t.Errorf("claim %+v: parties differ from the submission %+v", c, sub)
					}
				}
				return out, p.Next, err
			})
			diffKeys(t, "claims", got, want)
		})
	}
}

func testLedger(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	props := all[store.ServiceContractProposal](t, gdb)
	reports := all[store.ServiceReport](t, gdb)
	steps := all[store.ServiceContractEvent](t, gdb)
	for _, tc := range []struct {
		name     string
		contract uint64
		f        LedgerFilter
		limit    int
	}{
		{"a contract's whole ledger, oldest first", 3, LedgerFilter{}, 4},
		{"newest first", 4, LedgerFilter{NewestFirst: true}, 3},
		{"payments and refunds", 5, LedgerFilter{Kinds: []LedgerKind{LedgerPaymentReleased, LedgerRefunded, LedgerReported}}, 2},
		{"funding in a time range", 2, LedgerFilter{Kinds: []LedgerKind{LedgerFunded, LedgerProposed}, Since: day(0), Until: day(2)}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, _ := kindSet(tc.f.Kinds, LedgerKinds())
			var ks []keyed
			add := func(kind string, id int64, e store.Event) {
				if id == int64(tc.contract) && want[LedgerKind(kind)] && inRange(e, tc.f.Since, tc.f.Until) {
					ks = append(ks, keyed{key(kind, e), e})
				}
			}
			for _, r := range props {
				add(string(LedgerProposed), r.ContractID, r.Event)
			}
			for _, r := range reports {
				add(string(LedgerReported), r.ContractID, r.Event)
			}
			for _, r := range steps {
				add(r.Kind, r.ContractID, r.Event)
			}
			wantKeys := sortKeys(ks, !tc.f.NewestFirst)
			if len(wantKeys) < 2 {
				t.Fatalf("the seed has %d such entries: the case tests little", len(wantKeys))
			}
			got := pages(t, tc.limit, func(cursor string) ([]string, string, error) {
				f := tc.f
				f.Limit, f.Cursor = tc.limit, cursor
				p, err := q.ServiceContractLedger(ctx, tc.contract, f)
				var out []string
				for _, e := range p.Items {
					out = append(out, fmt.Sprintf("%s@%d/%d", e.Kind, e.Position.BlockNumber, e.Position.LogIndex))
					if e.Kind == LedgerProposed && (len(e.Tariffs) != 2 || e.Tariffs[1].Tariff != "250") {
						t.Errorf("proposal tariffs %+v", e.Tariffs)
					}
					if e.Kind == LedgerReported && (len(e.ReportLines) != 2 || e.ReportLines[0].Quantity != 3) {
						t.Errorf("report lines %+v", e.ReportLines)
					}
					if e.Step != nil && e.Step.Payer != store.Addr(seedPayer(int(tc.contract))) {
						t.Errorf("step %+v: payer not copied from the proposal", e.Step)
					}
				}
				return out, p.Next, err
			})
			diffKeys(t, "ledger", got, wantKeys)
		})
	}
}

func sum(a, b string) string {
	x, y := store.Amount(a).Big(), store.Amount(b).Big()
	return new(big.Int).Add(x, y).String()
}

func testMoneyStats(ctx context.Context, t *testing.T, q *Querier, gdb *gorm.DB) {
	lines := all[store.ClaimLine](t, gdb)
	subs := all[store.ClaimSubmission](t, gdb)
	states := all[store.ClaimState](t, gdb)
	t.Run("services claimed per week", func(t *testing.T) {
		since, until := day(0), day(8)
		type c struct {
			lines, qty int64
			allowed    string
		}
		want := map[string]c{}
		for _, l := range lines {
			if inRange(l.Event, since, until) {
				k := fmt.Sprintf("%d %s", (l.BlockTime-firstMonday)/604800*604800+firstMonday, l.Code)
				w := want[k]
				w.lines++
				w.qty += int64(l.Quantity)
				w.allowed = sum(w.allowed, l.Allowed.String())
				want[k] = w
			}
		}
		got, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Period: Week, Since: since, Until: until})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(got) < 6 {
			t.Fatalf("got %d rows, want %d", len(got), len(want))
		}
		for i, g := range got {
			w := want[fmt.Sprintf("%d %s", g.PeriodStart.Unix(), g.Code)]
			if g.Lines != w.lines || g.Quantity != w.qty || g.Allowed != w.allowed {
				t.Errorf("%+v: want %+v", g, w)
			}
			if i > 0 && g.PeriodStart.Equal(got[i-1].PeriodStart) && g.Lines > got[i-1].Lines {
				t.Errorf("not most claimed first: %+v after %+v", g, got[i-1])
			}
		}
		one, err := q.ServicesClaimed(ctx, ServiceStatsFilter{Since: since, Until: until, Code: seedCode(2)})
		if err != nil || len(one) == 0 {
			t.Fatalf("one code: %+v, %v", one, err)
		}
		for _, g := range one {
			if g.Code != seedCode(2) {
				t.Errorf("one code: got %+v", g)
			}
		}
	})
	t.Run("claim statistics per insurer and day", func(t *testing.T) {
		since, until := day(1), day(4)
		want := map[string]*ClaimStats{}
		get := func(ins string, bt int64) *ClaimStats {
			k := fmt.Sprintf("%s %d", ins, bt/86400*86400)
			if want[k] == nil {
				want[k] = &ClaimStats{Insurer: ins, PeriodStart: time.Unix(bt/86400*86400, 0).UTC(), AmountPaid: "0"}
			}
			return want[k]
		}
		subTx := map[string]string{}
		for _, s := range subs {
			subTx[s.ClaimID] = s.TxHash
			if inRange(s.Event, since, until) {
				get(s.Insurer, s.BlockTime).Submitted++
			}
		}
		for _, s := range states {
			if !inRange(s.Event, since, until) {
				continue
			}
			switch s.Status {
			case store.ClaimPending:
				get(s.Insurer, s.BlockTime).InReview++
			case store.ClaimPaidStatus:
				c := get(s.Insurer, s.BlockTime)
				c.Paid++
				c.AmountPaid = sum(c.AmountPaid, s.Amount.String())
				if subTx[s.ClaimID] == s.TxHash {
					c.AutoPaid++
				}
			}
		}
		got, err := q.ClaimStatistics(ctx, ClaimStatsFilter{Since: since, Until: until})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(got) < 3 {
			t.Fatalf("got %d rows, want %d: %+v", len(got), len(want), got)
		}
		var auto, paid int64
		for _, g := range got {
			w := want[fmt.Sprintf("%s %d", g.Insurer, g.PeriodStart.Unix())]
			if w == nil || *w != g {
				t.Errorf("got %+v, want %+v", g, w)
			}
			auto += g.AutoPaid
			paid += g.Paid
		}
		if auto == 0 || auto == paid {
			t.Error("no period with claims paid both at once and after review: the case tests little")
		}
	})
	t.Run("settlement totals per insurer and payer", func(t *testing.T) {
		since, until := day(0), day(7)
		ins := map[string]*InsurerSettlement{}
		getIns := func(p string) *InsurerSettlement {
			if ins[p] == nil {
				ins[p] = &InsurerSettlement{Insurer: p, AmountPaid: "0", Deposited: "0", Withdrawn: "0"}
			}
			return ins[p]
		}
		for _, s := range states {
			if s.Status == store.ClaimPaidStatus && inRange(s.Event, since, until) {
				i := getIns(s.Insurer)
				i.ClaimsPaid++
				i.AmountPaid = sum(i.AmountPaid, s.Amount.String())
			}
		}
		for _, p := range all[store.PoolEvent](t, gdb) {
			if inRange(p.Event, since, until) {
				i := getIns(p.Insurer)
				if p.Kind == store.KindDeposited {
					i.Deposited = sum(i.Deposited, p.Amount.String())
				} else {
					i.Withdrawn = sum(i.Withdrawn, p.Amount.String())
				}
			}
		}
		payers := map[string]*PayerSettlement{}
		for _, e := range all[store.ServiceContractEvent](t, gdb) {
			if !inRange(e.Event, since, until) || (e.Kind != store.KindFunded && e.Kind != store.KindReleasedPay && e.Kind != store.KindRefunded) {
				continue
			}
			p := payers[e.Payer]
			if p == nil {
				p = &PayerSettlement{Payer: e.Payer, AmountPaid: "0", Funded: "0", Refunded: "0"}
				payers[e.Payer] = p
			}
			switch e.Kind {
			case store.KindFunded:
				p.Funded = sum(p.Funded, e.Amount.String())
			case store.KindRefunded:
				p.Refunded = sum(p.Refunded, e.Amount.String())
			default:
				p.Payments++
				p.AmountPaid = sum(p.AmountPaid, e.Amount.String())
			}
		}
		got, err := q.SettlementTotals(ctx, SettlementFilter{Since: since, Until: until})
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Insurers) != len(ins) || len(got.Payers) != len(payers) || len(ins) < 2 || len(payers) < 2 {
			t.Fatalf("got %d insurers and %d payers, want %d and %d", len(got.Insurers), len(got.Payers), len(ins), len(payers))
		}
		for _, g := range got.Insurers {
			if w := ins[g.Insurer]; w == nil || *w != g {
				t.Errorf("insurer: got %+v, want %+v", g, w)
			}
		}
		for i, g := range got.Payers {
			if w := payers[g.Payer]; w == nil || *w != g {
				t.Errorf("payer: got %+v, want %+v", g, w)
			}
			if i > 0 && amountLess(got.Payers[i-1].AmountPaid, g.AmountPaid, false) {
				t.Errorf("payers not by amount paid: %+v after %+v", g, got.Payers[i-1])
			}
		}
	})
	t.Run("service contract deliveries per provider", func(t *testing.T) {
		since, until := day(0), day(30)
		got, err := q.ServiceContractStatistics(ctx, ServiceContractStatsFilter{Period: Month, Since: since, Until: until})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]*ProviderServiceStats{}
		get := func(p string, bt int64) *ProviderServiceStats {
			tm := time.Unix(bt, 0).UTC()
			m := time.Date(tm.Year(), tm.Month(), 1, 0, 0, 0, 0, time.UTC)
			k := p + " " + m.String()
			if want[k] == nil {
				want[k] = &ProviderServiceStats{Provider: p, PeriodStart: m, AmountReported: "0", AmountPaid: "0"}
			}
			return want[k]
		}
		for _, r := range all[store.ServiceReport](t, gdb) {
			if inRange(r.Event, since, until) {
				s := get(r.Provider, r.BlockTime)
				s.Reports++
				s.AmountReported = sum(s.AmountReported, r.Amount.String())
			}
		}
		for _, e := range all[store.ServiceContractEvent](t, gdb) {
			if e.Kind == store.KindReleasedPay && inRange(e.Event, since, until) {
				s := get(e.Account, e.BlockTime)
				s.Payments++
				s.AmountPaid = sum(s.AmountPaid, e.Amount.String())
			}
		}
		if len(got) != len(want) || len(got) < 2 {
			t.Fatalf("got %d rows, want %d", len(got), len(want))
		}
		for _, g := range got {
			if w := want[g.Provider+" "+g.PeriodStart.String()]; w == nil || *w != g {
				t.Errorf("got %+v, want %+v", g, w)
			}
		}
	})
}
