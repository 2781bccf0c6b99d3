package tests

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

type modelReport struct {
	status          uint8
	amount, offered uint64
}

type modelServiceContract struct {
	id                         uint64
	payer, provider            account
	status                     uint8
	autoRelease                bool
	budget                     uint64
	escrow, released, reserved uint64
	funded, refunded           uint64
	reports                    map[uint16]*modelReport
}

// TestServiceContractsInvariants drives ServiceContracts through a seeded random sequence of
// proposals, acceptances, fundings (some above the room), reports (some over budget, for
// unstarted periods, duplicates), approvals, disputes, resolutions by provider and regulator,
// releases and terminations by two payers and two providers. A Go model predicts every outcome;
// after each step the touched contract must equal the model, and always
//
//	escrow + released + refunded == funded                 (every contract)
//	released + reserved <= budget
//	reserved == sum of open reports (Reported, Disputed, AwaitingFunds)
//	after termination, escrow <= reserved (unneeded escrow went back)
//	token balance of ServiceContracts == sum of escrows
//	every provider's balance == what it was released
//
// Simulated backend only. SERVICES_STEPS and SERVICES_SEED override the defaults (1,500 steps,
// seed 1); -short runs 200.
func TestServiceContractsInvariants(t *testing.T) {
	steps, seed := 1500, int64(1)
	if v, err := strconv.Atoi(os.Getenv("SERVICES_STEPS")); err == nil {
		steps = v
	}
	if v, err := strconv.ParseInt(os.Getenv("SERVICES_SEED"), 10, 64); err == nil {
		seed = v
	}
	if testing.Short() {
		steps = 200
	}
	b := startSimulated(t, financeFunded()...)
	f := deployFinance(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{{provider, roleProvider}, {hospital, roleProvider}, {payer, roleGovernmentPayer}, {payer2, roleGovernmentPayer}} {
		f.license(t, l.who.addr, l.role)
	}
	payers := []account{payer, payer2}
	providers := []account{provider, hospital}
	for _, p := range payers {
		f.send(t, treasury, f.mintCall(p.addr, tokens(10_000_000)))
		f.send(t, p, f.approveTokenCall(f.servicesAddr, tokens(10_000_000)))
	}

	rng := rand.New(rand.NewSource(seed))
	var contracts []*modelServiceContract
	received := map[common.Address]uint64{}
	counts := map[string]int{}
	try := func(from account, call txFunc) (*types.Receipt, bool) {
		opts := transactOpts(t, b, from)
		opts.GasLimit = 2_000_000
		tx, err := call(opts)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		r := b.Mine(t, tx)
		return r, r.Status == types.ReceiptStatusSuccessful
	}
	expect := func(step int, what string, want, got bool) {
		t.Helper()
		if want != got {
			t.Fatalf("step %d (seed %d): %s: succeeded = %v, model expected %v", step, seed, what, got, want)
		}
		outcome := "ok"
		if !got {
			outcome = "refused"
		}
		counts[what+" "+outcome]++
	}
	// pay applies an approval of r in c: paid when the escrow covers it, else awaiting funds.
	pay := func(c *modelServiceContract, r *modelReport) {
		if r.amount <= c.escrow {
			c.escrow -= r.amount
			c.reserved -= r.amount
			c.released += r.amount
			received[c.provider.addr] += r.amount
			r.status = reportPaid
			return
		}
		r.status = reportAwaitingFunds
	}
	refundUnneeded := func(c *modelServiceContract) {
		if c.status == contractTerminated && c.escrow > c.reserved {
			c.refunded += c.escrow - c.reserved
			c.escrow = c.reserved
		}
	}
	check := func(step int, c *modelServiceContract) {
		got := f.contract(c.id)
		if got.Status != c.status || !eqBig(got.Escrow, c.escrow) || !eqBig(got.Released, c.released) || !eqBig(got.Reserved, c.reserved) {
			t.Fatalf("step %d (seed %d): contract %d = %+v, model %+v", step, seed, c.id, got, *c)
		}
		if c.escrow+c.released+c.refunded != c.funded || c.released+c.reserved > c.budget {
			t.Fatalf("step %d: contract %d breaks conservation: %+v", step, c.id, *c)
		}
		var open uint64
		for period, r := range c.reports {
			if r.status == reportReported || r.status == reportDisputed || r.status == reportAwaitingFunds {
				open += r.amount
			}
			if got := f.reportOf(c.id, period); got.Status != r.status || !eqBig(got.Amount, r.amount) {
				t.Fatalf("step %d: report %d/%d = %+v, model %+v", step, c.id, period, got, *r)
			}
		}
		if open != c.reserved {
			t.Fatalf("step %d: contract %d reserves %d, open reports add up to %d", step, c.id, c.reserved, open)
		}
		if c.status == contractTerminated && c.escrow > c.reserved {
			t.Fatalf("step %d: terminated contract %d keeps unneeded escrow", step, c.id)
		}
	}
	checkGlobal := func(step int) {
		var escrow uint64
		for _, c := range contracts {
			check(step, c)
			escrow += c.escrow
		}
		if got := f.balance(f.servicesAddr); !eqBig(got, escrow) {
			t.Fatalf("step %d: ServiceContracts holds %v, escrows add up to %d", step, got, escrow)
		}
		for _, p := range providers {
			if got := f.balance(p.addr); !eqBig(got, received[p.addr]) {
				t.Fatalf("step %d: provider %s holds %v, model %d", step, p.addr, got, received[p.addr])
			}
		}
	}
	pickContract := func() *modelServiceContract {
		if len(contracts) == 0 {
			return nil
		}
		return contracts[rng.Intn(len(contracts))]
	}
	pickReport := func(status ...uint8) (*modelServiceContract, uint16, *modelReport) {
		type ref struct {
			c      *modelServiceContract
			period uint16
		}
		var refs []ref
		for _, c := range contracts {
			var periods []int
			for p := range c.reports {
				periods = append(periods, int(p))
			}
			sort.Ints(periods)
			for _, p := range periods {
				for _, s := range status {
					if c.reports[uint16(p)].status == s {
						refs = append(refs, ref{c, uint16(p)})
						break
					}
				}
			}
		}
		if len(refs) == 0 {
			return nil, 0, nil
		}
		r := refs[rng.Intn(len(refs))]
		return r.c, r.period, r.c.reports[r.period]
	}

	for step := 0; step < steps; step++ {
		var touched *modelServiceContract
		switch k := rng.Intn(100); {
		case activeCount(contracts) < 3 || (k < 3 && len(contracts) < 40): // propose, usually accepted at once
			who, prov := payers[rng.Intn(2)], providers[rng.Intn(2)]
			p := f.proposal(t, rng.Intn(2) == 0)
			p.Provider = prov.addr
			p.Start = headTime(t, b) - 4*24*3600
			p.PeriodCount = 6 // periods 0 to 4 have started, 5 has not
			p.Budget = units(uint64(100+rng.Intn(900)) * 1_000_000)
			r, ok := try(who, f.proposeCall(p))
			expect(step, "propose", true, ok)
			c := &modelServiceContract{id: uint64(len(contracts) + 1), payer: who, provider: prov, status: contractProposed,
				autoRelease: p.AutoRelease, budget: p.Budget.Uint64(), reports: map[uint16]*modelReport{}}
			if id := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractProposed).ContractId; id != c.id {
				t.Fatalf("contract id %d, model %d", id, c.id)
			}
			contracts = append(contracts, c)
			if rng.Intn(5) != 0 {
				_, ok := try(prov, f.acceptContractCall(c.id))
				expect(step, "accept", true, ok)
				c.status = contractActive
			}
			touched = c
		case k < 8: // accept a proposal, sometimes by the wrong provider
			c := pickContract()
			from := c.provider
			if rng.Intn(4) == 0 {
				from = providers[rng.Intn(2)]
			}
			want := c.status == contractProposed && from.addr == c.provider.addr
			_, ok := try(from, f.acceptContractCall(c.id))
			expect(step, "accept", want, ok)
			if want {
				c.status = contractActive
			}
			touched = c
		case k < 25: // fund, sometimes above the room
			c := pickContract()
			var room uint64
			if c.status == contractTerminated {
				if c.reserved > c.escrow {
					room = c.reserved - c.escrow
				}
			} else {
				room = c.budget - c.released - c.escrow
			}
			amount := uint64(1 + rng.Intn(int(max(1, min(room, 400_000_000)))))
			if rng.Intn(6) == 0 {
				amount = room + 1
			}
			_, ok := try(c.payer, f.fundCall(c.id, units(amount)))
			want := amount <= room
			expect(step, "fund", want, ok)
			if want {
				c.escrow += amount
				c.funded += amount
			}
			touched = c
		case k < 55: // report, mostly on an active contract
			c := pickContract()
			for i := 0; i < 5 && c.status != contractActive; i++ {
				c = pickContract()
			}
			period := uint16(rng.Intn(5))
			if rng.Intn(8) == 0 {
				period = uint16(5 + rng.Intn(2)) // 5 not started, 6 past the last
			}
			lines := []bindings.IServiceContractsReportLine{reportLine(codeConsult, uint32(1+rng.Intn(4)))}
			if rng.Intn(2) == 0 {
				lines = append(lines, reportLine(codeLab, uint32(1+rng.Intn(6))))
			}
			var amount uint64
			for _, l := range lines {
				if l.Code == codeConsult {
					amount += tariffConsult * uint64(l.Quantity)
				} else {
					amount += tariffLab * uint64(l.Quantity)
				}
			}
			_, dup := c.reports[period]
			want := c.status == contractActive && period < 5 && !dup && amount <= c.budget-c.released-c.reserved
			_, ok := try(c.provider, f.reportCall(c.id, period, lines...))
			expect(step, "report", want, ok)
			if want {
				r := &modelReport{status: reportReported, amount: amount}
				c.reports[period] = r
				c.reserved += amount
				if c.autoRelease {
					pay(c, r)
				}
			}
			touched = c
		case k < 65: // approve a report
			c, period, r := pickReport(reportReported)
			if c == nil {
				continue
			}
			_, ok := try(c.payer, f.approveReportCall(c.id, period))
			expect(step, "approve", true, ok)
			pay(c, r)
			touched = c
		case k < 72: // dispute, sometimes offering the whole amount (refused)
			c, period, r := pickReport(reportReported)
			if c == nil {
				continue
			}
			offered := uint64(rng.Int63n(int64(r.amount)))
			if rng.Intn(6) == 0 {
				offered = r.amount
			}
			_, ok := try(c.payer, f.disputeCall(c.id, period, units(offered)))
			want := offered < r.amount
			expect(step, "dispute", want, ok)
			if want {
				r.status, r.offered = reportDisputed, offered
			}
			touched = c
		case k < 80: // resolve: the provider accepts the offer, or the regulator arbitrates
			c, period, r := pickReport(reportDisputed)
			if c == nil {
				continue
			}
			from, amount := c.provider, r.offered
			want := true
			switch rng.Intn(3) {
			case 0:
				from, amount = regulator, uint64(rng.Int63n(int64(r.amount)+1))
			case 1:
				amount = r.offered + 1 // not the offer
				want = false
			}
			_, ok := try(from, f.resolveCall(c.id, period, units(amount)))
			expect(step, "resolve", want, ok)
			if want {
				c.reserved -= r.amount - amount
				r.amount = amount
				if amount == 0 {
					r.status = reportRejected
				} else {
					pay(c, r)
				}
				refundUnneeded(c)
			}
			touched = c
		case k < 98: // release by anyone
			c, period, r := pickReport(reportAwaitingFunds)
			if c == nil {
				continue
			}
			_, ok := try(stranger, f.releaseReportCall(c.id, period))
			want := r.amount <= c.escrow
			expect(step, "release", want, ok)
			if want {
				pay(c, r)
			}
			touched = c
		case k >= 98: // terminate by either party
			c := pickContract()
			from := c.payer
			if rng.Intn(2) == 0 {
				from = c.provider
			}
			want := c.status == contractProposed || c.status == contractActive
			_, ok := try(from, f.terminateCall(c.id))
			expect(step, "terminate", want, ok)
			if want {
				c.status = contractTerminated
				refundUnneeded(c)
			}
			touched = c
		}
		if touched != nil {
			check(step, touched)
		}
		if step%100 == 99 {
			checkGlobal(step)
		}
	}
	checkGlobal(steps)
	var names []string
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	summary := ""
	for _, k := range names {
		summary += fmt.Sprintf(" %s=%d", k, counts[k])
	}
	t.Logf("%d steps, seed %d, %d contracts;%s", steps, seed, len(contracts), summary)
}

// activeCount is the number of Active contracts.
func activeCount(cs []*modelServiceContract) int {
	n := 0
	for _, c := range cs {
		if c.status == contractActive {
			n++
		}
	}
	return n
}
