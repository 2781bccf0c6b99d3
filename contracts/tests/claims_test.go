package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// TestClaims runs every SettlementToken and Claims behaviour on every backend.
func TestClaims(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, financeFunded()...)
			for _, tc := range claimsCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployFinanceBase(t, b)) })
			}
			base := deployFinanceBase(t, b)
			for _, tc := range claimsRevertCases {
				t.Run(tc.name, func(t *testing.T) { tc.check(t, b, base) })
			}
		})
	}
}

type financeCase struct {
	name string
	run  func(t *testing.T, f *financeEnv)
}

// financeRevertCase is a call that must revert with a custom error. Cases without setup share
// one base deployment (they change nothing).
type financeRevertCase struct {
	name  string
	setup func(t testing.TB, f *financeEnv)
	from  account
	call  func(t testing.TB, f *financeEnv) txFunc
	want  string
	args  func(f *financeEnv) []any
	// nameOnly checks the error name and its number of arguments only (tuple arguments).
	nameOnly bool
}

func (tc financeRevertCase) check(t *testing.T, b Backend, base *financeEnv) {
	t.Helper()
	f := base
	if tc.setup != nil {
		f = deployFinanceBase(t, b)
		tc.setup(t, f)
	}
	got := f.revert(t, tc.from, tc.call(t, f))
	var args []any
	if tc.args != nil {
		args = tc.args(f)
	}
	if tc.nameOnly {
		if got.Name != tc.want || len(got.Args) != len(args) {
			t.Fatalf("got %v, want %s with %d arguments", got, tc.want, len(args))
		}
		return
	}
	assertRevert(t, got, tc.want, args...)
}

// fargs returns fixed revert arguments.
func fargs(args ...any) func(*financeEnv) []any { return func(*financeEnv) []any { return args } }

// call wraps a fixed txFunc for a revert case.
func call(fn func(f *financeEnv) txFunc) func(testing.TB, *financeEnv) txFunc {
	return func(_ testing.TB, f *financeEnv) txFunc { return fn(f) }
}

// submitOK submits s from prov and returns the receipt and the claim id.
func (f *financeEnv) submitOK(t testing.TB, prov account, s bindings.IClaimsSubmission) (*types.Receipt, [32]byte) {
	t.Helper()
	return f.sendGas(t, prov, 3_000_000, f.submitCall(s)), claimID(prov.addr, s.ClaimKey)
}

// newPlan creates a plan of insurer with consult and lab at 200 tokens per unit and returns its id.
func (f *financeEnv) newPlan(t testing.TB, terms bindings.IClaimsPlanTerms) uint64 {
	t.Helper()
	r := f.send(t, insurer, f.createPlanCall(terms, [][32]byte{codeConsult, codeLab}, []uint64{200_000_000, 200_000_000}))
	return oneEvent(t, r, f.claimsAddr, f.claims.ParsePlanCreated).PlanId
}

// newPolicy enrols who in planID from validFrom to farFuture, grants insurer Payment access to
// insurance data when consent is set, and returns the policy id.
func (f *financeEnv) newPolicy(t testing.TB, planID uint64, who account, validFrom uint64, consent bool) uint64 {
	t.Helper()
	r := f.send(t, insurer, f.enrolCall(planID, who.addr, memberRef(who.addr.Hex()), validFrom, farFuture))
	if consent {
		f.send(t, who, f.grantCall(insurer.addr, bit(catInsurance), purposePayment, farFuture))
	}
	return oneEvent(t, r, f.claimsAddr, f.claims.ParsePolicyIssued).PolicyId
}

// claimOn is a one-line consult claim of who under policyID for serviceDate.
func claimOn(who account, policyID, serviceDate uint64, key string, unitAmount uint64) bindings.IClaimsSubmission {
	return bindings.IClaimsSubmission{
		Patient: who.addr, PolicyId: policyID, ServiceDate: serviceDate, ClaimKey: claimKey(key),
		Lines: []bindings.IClaimsLine{line(codeConsult, 1, unitAmount)},
	}
}

// decision returns the ClaimDecided event of r.
func (f *financeEnv) decision(t testing.TB, r *types.Receipt) bindings.IClaimsDecision {
	t.Helper()
	return oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimDecided).Decision
}

// wantDecision fails unless d has the given parts (minor units).
func wantDecision(t testing.TB, d bindings.IClaimsDecision, approved, deductible, copay, overLimit, payout uint64) {
	t.Helper()
	if !eqBig(d.Approved, approved) || !eqBig(d.Deductible, deductible) || !eqBig(d.Copay, copay) ||
		!eqBig(d.OverLimit, overLimit) || !eqBig(d.Payout, payout) {
		t.Fatalf("decision = approved %v deductible %v copay %v overLimit %v payout %v, want %d %d %d %d %d",
			d.Approved, d.Deductible, d.Copay, d.OverLimit, d.Payout, approved, deductible, copay, overLimit, payout)
	}
}

// countEvents counts the logs of r emitted by addr that parse accepts.
func countEvents[T any](r *types.Receipt, addr common.Address, parse func(types.Log) (*T, error)) int {
	n := 0
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if _, err := parse(*l); err == nil {
			n++
		}
	}
	return n
}

// emptyPool withdraws everything the insurer may withdraw.
func (f *financeEnv) emptyPool(t testing.TB, who account) {
	t.Helper()
	if avail := f.pool(who).Available; avail.Sign() > 0 {
		f.send(t, who, f.withdrawCall(avail))
	}
}

var claimsCases = []financeCase{
	// SettlementToken.
	{"token_hasSixDecimalsNameAndSymbol", func(t *testing.T, f *financeEnv) {
		if d := must(f.token.Decimals(f.opts())); d != 6 {
			t.Errorf("decimals = %d, want 6", d)
		}
		if n, s := must(f.token.Name(f.opts())), must(f.token.Symbol(f.opts())); n != "Salus Settlement Token" || s != "SST" {
			t.Errorf("name, symbol = %q, %q", n, s)
		}
		if !must(f.token.HasRole(f.opts(), adminRole, regulator.addr)) || !must(f.token.HasRole(f.opts(), treasuryRole, treasury.addr)) {
			t.Error("regulator is not admin or treasury has no TREASURY_ROLE")
		}
		if got := must(f.token.TotalSupply(f.opts())); got.Cmp(tokens(3_000_000)) != 0 {
			t.Errorf("total supply = %v, want 3,000,000 tokens", got)
		}
	}},
	{"mint_byTreasury_createsTokensAndEmitsMinted", func(t *testing.T, f *financeEnv) {
		r := f.send(t, treasury, f.mintCall(hospital.addr, units(1_234_567)))
		ev := oneEvent(t, r, f.tokenAddr, f.token.ParseMinted)
		if ev.Treasury != treasury.addr || ev.To != hospital.addr || !eqBig(ev.Amount, 1_234_567) || ev.PaymentRef != common.HexToHash("0xba4c") {
			t.Errorf("Minted = %+v", ev)
		}
		tr := oneEvent(t, r, f.tokenAddr, f.token.ParseTransfer)
		if tr.From != (common.Address{}) || tr.To != hospital.addr || !eqBig(tr.Value, 1_234_567) {
			t.Errorf("Transfer = %+v", tr)
		}
		if got := f.balance(hospital.addr); !eqBig(got, 1_234_567) {
			t.Errorf("balance = %v", got)
		}
	}},
	{"burn_byTreasury_destroysOwnTokensAndEmitsBurned", func(t *testing.T, f *financeEnv) {
		f.send(t, treasury, f.mintCall(treasury.addr, tokens(10)))
		r := f.send(t, treasury, f.burnCall(tokens(4)))
		ev := oneEvent(t, r, f.tokenAddr, f.token.ParseBurned)
		if ev.Treasury != treasury.addr || ev.Amount.Cmp(tokens(4)) != 0 || ev.PaymentRef != common.HexToHash("0x0b07") {
			t.Errorf("Burned = %+v", ev)
		}
		if tr := oneEvent(t, r, f.tokenAddr, f.token.ParseTransfer); tr.To != (common.Address{}) || tr.Value.Cmp(tokens(4)) != 0 {
			t.Errorf("Transfer = %+v", tr)
		}
		if got := f.balance(treasury.addr); got.Cmp(tokens(6)) != 0 {
			t.Errorf("treasury balance = %v, want 6 tokens", got)
		}
	}},
	{"permit_signedByHolder_setsAllowanceAndUsesNonce", func(t *testing.T, f *financeEnv) {
		deadline := new(big.Int).SetUint64(farFuture)
		p := f.signPermit(t, insurer, hospital.addr, tokens(7), deadline)
		f.send(t, stranger, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return f.token.Permit(o, insurer.addr, hospital.addr, tokens(7), deadline, p.v, p.r, p.s)
		})
		if got := must(f.token.Allowance(f.opts(), insurer.addr, hospital.addr)); got.Cmp(tokens(7)) != 0 {
			t.Errorf("allowance = %v", got)
		}
		if n := must(f.token.Nonces(f.opts(), insurer.addr)); !eqBig(n, 1) {
			t.Errorf("nonce = %v, want 1", n)
		}
	}},

	// Plans and policies.
	{"createPlan_byActiveInsurer_storesTermsTariffsAndEmits", func(t *testing.T, f *financeEnv) {
		terms := bindings.IClaimsPlanTerms{CopayBps: 10_000, ConsentCategories: allCategories, Deductible: 5, AnnualLimit: 1, ReviewThreshold: 0}
		r := f.send(t, insurer2, f.createPlanCall(terms, [][32]byte{codeXray}, []uint64{7}))
		ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePlanCreated)
		if ev.PlanId != 2 || ev.Insurer != insurer2.addr || ev.Terms != terms {
			t.Errorf("PlanCreated = %+v", ev)
		}
		ts := oneEvent(t, r, f.claimsAddr, f.claims.ParseTariffsSet)
		if ts.PlanId != 2 || len(ts.Codes) != 1 || ts.Codes[0] != codeXray || len(ts.Tariffs) != 1 || ts.Tariffs[0] != 7 {
			t.Errorf("TariffsSet = %+v", ts)
		}
		if p := must(f.claims.Plan(f.opts(), 2)); p.Insurer != insurer2.addr || !p.Open || p.Terms != terms {
			t.Errorf("plan(2) = %+v", p)
		}
		if n := must(f.claims.PlanCount(f.opts())); n != 2 {
			t.Errorf("planCount = %d", n)
		}
		if got := must(f.claims.Tariff(f.opts(), 2, codeXray)); got != 7 {
			t.Errorf("tariff = %d", got)
		}
	}},
	{"setTariffs_byPlanInsurer_changesAndRemovesCodes", func(t *testing.T, f *financeEnv) {
		r := f.send(t, insurer, f.setTariffsCall(1, [][32]byte{codeConsult, codeSurgery}, []uint64{0, 900_000_000}))
		ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseTariffsSet)
		if ev.PlanId != 1 || len(ev.Codes) != 2 || ev.Tariffs[1] != 900_000_000 {
			t.Errorf("TariffsSet = %+v", ev)
		}
		if c, s := must(f.claims.Tariff(f.opts(), 1, codeConsult)), must(f.claims.Tariff(f.opts(), 1, codeSurgery)); c != 0 || s != 900_000_000 {
			t.Errorf("tariffs consult %d surgery %d", c, s)
		}
		r, id := f.submitOK(t, provider, f.submission(t, "removed", line(codeConsult, 1, 1_000_000)))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimSubmitted); ev.Lines[0].Reason != lineNotCovered {
			t.Errorf("line reason %d, want NotCovered", ev.Lines[0].Reason)
		}
		if c := f.claim(id); c.Status != claimPending {
			t.Errorf("status %d, want Pending", c.Status)
		}
	}},
	{"closePlan_byPlanInsurer_stopsEnrolmentWhilePoliciesRun", func(t *testing.T, f *financeEnv) {
		r := f.send(t, insurer, f.closePlanCall(1))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePlanClosed); ev.PlanId != 1 {
			t.Errorf("PlanClosed = %+v", ev)
		}
		if p := must(f.claims.Plan(f.opts(), 1)); p.Open {
			t.Error("plan still open")
		}
		assertRevert(t, f.revert(t, insurer, f.enrolCall(1, patient2.addr, memberRef("x"), f.validFrom, farFuture)), "ClaimsPlanClosed", uint64(1))
		_, id := f.submitOK(t, provider, f.submission(t, "closed", line(codeConsult, 1, tariffConsult)))
		if c := f.claim(id); c.Status != claimPaid {
			t.Errorf("claim under a policy of a closed plan: status %d, want Paid", c.Status)
		}
	}},
	{"enrol_byPlanInsurer_storesPolicyAndEmitsPolicyIssued", func(t *testing.T, f *financeEnv) {
		from := headTime(t, f.b) - 1000
		r := f.send(t, insurer, f.enrolCall(1, patient2.addr, memberRef("p2"), from, farFuture))
		ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePolicyIssued)
		if ev.PolicyId != 2 || ev.PlanId != 1 || ev.Patient != patient2.addr || ev.MemberRef != memberRef("p2") ||
			ev.ValidFrom != from || ev.ValidUntil != farFuture {
			t.Errorf("PolicyIssued = %+v", ev)
		}
		want := bindings.IClaimsPolicy{Patient: patient2.addr, PlanId: 1, MemberRef: memberRef("p2"), ValidFrom: from, ValidUntil: farFuture}
		if got := must(f.claims.Policy(f.opts(), 2)); got != want {
			t.Errorf("policy(2) = %+v, want %+v", got, want)
		}
		if n := must(f.claims.PolicyCount(f.opts())); n != 2 {
			t.Errorf("policyCount = %d", n)
		}
	}},
	{"terminatePolicy_byPlanInsurer_endsCoverageNowButKeepsEarlierServices", func(t *testing.T, f *financeEnv) {
		before := f.submission(t, "before end", line(codeConsult, 1, tariffConsult))
		r := f.send(t, insurer, f.terminatePolicyCall(1))
		end := blockTime(t, f.b, r)
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePolicyTerminated); ev.PolicyId != 1 || ev.ValidUntil != end {
			t.Errorf("PolicyTerminated = %+v, want end %d", ev, end)
		}
		if p := must(f.claims.Policy(f.opts(), 1)); p.ValidUntil != end {
			t.Errorf("validUntil = %d, want %d", p.ValidUntil, end)
		}
		if _, id := f.submitOK(t, provider, before); f.claim(id).Status != claimPaid {
			t.Error("a service before termination is no longer paid")
		}
		advanceTime(t, f.b, 2*time.Second)
		after := f.submission(t, "after end", line(codeConsult, 1, tariffConsult))
		after.ServiceDate = headTime(t, f.b)
		r, id := f.submitOK(t, provider, after)
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPended); ev.Reasons != reasonPolicyInactive || f.claim(id).Status != claimPending {
			t.Errorf("service after termination: ClaimPended %+v", ev)
		}
	}},

	// Pool.
	{"deposit_byInsurer_escrowsTokensAndEmitsPoolDeposited", func(t *testing.T, f *financeEnv) {
		r := f.send(t, insurer2, f.depositCall(tokens(25)))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePoolDeposited); ev.Insurer != insurer2.addr || ev.Amount.Cmp(tokens(25)) != 0 {
			t.Errorf("PoolDeposited = %+v", ev)
		}
		if tr := oneEvent(t, r, f.tokenAddr, f.token.ParseTransfer); tr.From != insurer2.addr || tr.To != f.claimsAddr || tr.Value.Cmp(tokens(25)) != 0 {
			t.Errorf("Transfer = %+v", tr)
		}
		p := f.pool(insurer2)
		if p.Deposited.Cmp(tokens(25)) != 0 || p.Balance.Cmp(tokens(25)) != 0 || p.Available.Cmp(tokens(25)) != 0 || p.Paid.Sign() != 0 {
			t.Errorf("pool = %+v", p)
		}
		if got := f.balance(f.claimsAddr); got.Cmp(tokens(10_025)) != 0 {
			t.Errorf("Claims holds %v, want 10,025 tokens", got)
		}
	}},
	{"deposit_bySuspendedInsurer_isAccepted", func(t *testing.T, f *financeEnv) {
		f.send(t, treasury, f.mintCall(suspendedInsurer.addr, tokens(5)))
		f.send(t, suspendedInsurer, f.approveTokenCall(f.claimsAddr, tokens(5)))
		f.send(t, suspendedInsurer, f.depositCall(tokens(5)))
		if p := f.pool(suspendedInsurer); p.Balance.Cmp(tokens(5)) != 0 {
			t.Errorf("pool = %+v", p)
		}
	}},
	{"depositWithPermit_withSignedPermit_depositsWithoutPriorApproval", func(t *testing.T, f *financeEnv) {
		f.send(t, insurer2, f.approveTokenCall(f.claimsAddr, new(big.Int)))
		deadline := new(big.Int).SetUint64(farFuture)
		p := f.signPermit(t, insurer2, f.claimsAddr, tokens(30), deadline)
		r := f.send(t, insurer2, f.depositWithPermitCall(tokens(30), deadline, p))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePoolDeposited); ev.Amount.Cmp(tokens(30)) != 0 {
			t.Errorf("PoolDeposited = %+v", ev)
		}
		if got := f.pool(insurer2).Balance; got.Cmp(tokens(30)) != 0 {
			t.Errorf("pool balance = %v", got)
		}
		if got := must(f.token.Allowance(f.opts(), insurer2.addr, f.claimsAddr)); got.Sign() != 0 {
			t.Errorf("allowance left = %v, want 0", got)
		}
	}},
	{"depositWithPermit_whenPermitWasFrontRun_stillDeposits", func(t *testing.T, f *financeEnv) {
		f.send(t, insurer2, f.approveTokenCall(f.claimsAddr, new(big.Int)))
		deadline := new(big.Int).SetUint64(farFuture)
		p := f.signPermit(t, insurer2, f.claimsAddr, tokens(30), deadline)
		// Someone submits the permit to the token first; the deposit's own permit call fails.
		f.send(t, stranger, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return f.token.Permit(o, insurer2.addr, f.claimsAddr, tokens(30), deadline, p.v, p.r, p.s)
		})
		f.send(t, insurer2, f.depositWithPermitCall(tokens(30), deadline, p))
		if got := f.pool(insurer2).Balance; got.Cmp(tokens(30)) != 0 {
			t.Errorf("pool balance = %v", got)
		}
	}},
	{"withdraw_uncommittedPart_returnsTokensAndEmitsPoolWithdrawn", func(t *testing.T, f *financeEnv) {
		before := f.balance(insurer.addr)
		r := f.send(t, insurer, f.withdrawCall(tokens(9_990)))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParsePoolWithdrawn); ev.Insurer != insurer.addr || ev.Amount.Cmp(tokens(9_990)) != 0 {
			t.Errorf("PoolWithdrawn = %+v", ev)
		}
		if got := new(big.Int).Sub(f.balance(insurer.addr), before); got.Cmp(tokens(9_990)) != 0 {
			t.Errorf("insurer received %v", got)
		}
		// A queued claim commits the pool: 10 tokens left, 40 owed, nothing available.
		_, id := f.submitOK(t, provider, f.submission(t, "owed", line(codeConsult, 1, tariffConsult)))
		p := f.pool(insurer)
		if f.claim(id).Status != claimAwaitingFunds || !eqBig(p.Owed, 40_000_000) || p.Balance.Cmp(tokens(10)) != 0 || p.Available.Sign() != 0 {
			t.Fatalf("pool = %+v, claim status %d", p, f.claim(id).Status)
		}
		assertRevert(t, f.revert(t, insurer, f.withdrawCall(units(1))), "ClaimsInsufficientPool", big.NewInt(1), new(big.Int))
		if p.Deposited.Cmp(new(big.Int).Add(p.Balance, new(big.Int).Add(p.Withdrawn, p.Paid))) != 0 {
			t.Errorf("pool %+v breaks balance + paid == deposited - withdrawn", p)
		}
	}},

	// Automatic adjudication.
	{"submitClaim_insideRules_paysProviderFromPoolInSameTransaction", func(t *testing.T, f *financeEnv) {
		s := f.submission(t, "inside", line(codeConsult, 1, tariffConsult), line(codeLab, 2, 15_000_000))
		r, id := f.submitOK(t, provider, s)
		if got := must(f.claims.ClaimIdOf(f.opts(), provider.addr, s.ClaimKey)); got != id {
			t.Fatalf("claimIdOf = %x, Go %x", got, id)
		}
		sub := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimSubmitted)
		wantLines := []bindings.IClaimsLineOutcome{
			{Code: codeConsult, Quantity: 1, UnitAmount: tariffConsult, Allowed: units(50_000_000), Reason: lineOK},
			{Code: codeLab, Quantity: 2, UnitAmount: 15_000_000, Allowed: units(30_000_000), Reason: lineOK},
		}
		if sub.ClaimId != id || sub.Provider != provider.addr || sub.Patient != patient.addr || sub.Insurer != insurer.addr ||
			sub.PolicyId != 1 || sub.ClaimKey != s.ClaimKey || sub.ServiceDate != s.ServiceDate || len(sub.Evidence) != 1 ||
			string(sub.Evidence[0]) != string(s.Evidence[0]) || !sameOutcomes(sub.Lines, wantLines) {
			t.Errorf("ClaimSubmitted = %+v", sub)
		}
		wantDecision(t, f.decision(t, r), 80_000_000, 0, 16_000_000, 0, 64_000_000)
		paid := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPaid)
		if paid.ClaimId != id || paid.Insurer != insurer.addr || paid.Provider != provider.addr || !eqBig(paid.Amount, 64_000_000) {
			t.Errorf("ClaimPaid = %+v", paid)
		}
		if tr := oneEvent(t, r, f.tokenAddr, f.token.ParseTransfer); tr.From != f.claimsAddr || tr.To != provider.addr || !eqBig(tr.Value, 64_000_000) {
			t.Errorf("Transfer = %+v", tr)
		}
		if n := countEvents(r, f.claimsAddr, f.claims.ParseClaimPended) + countEvents(r, f.claimsAddr, f.claims.ParseClaimQueued); n != 0 {
			t.Errorf("%d pended/queued events on an automatic payment", n)
		}
		c := f.claim(id)
		want := bindings.IClaimsClaim{Provider: provider.addr, Patient: patient.addr, Insurer: insurer.addr, PolicyId: 1,
			ServiceDate: s.ServiceDate, Status: claimPaid, LineCount: 2, Allowed: units(80_000_000), Payout: units(64_000_000)}
		if c.Provider != want.Provider || c.Patient != want.Patient || c.Insurer != want.Insurer || c.PolicyId != 1 ||
			c.ServiceDate != want.ServiceDate || c.Status != claimPaid || c.Appealed || c.LineCount != 2 || c.Reasons != 0 ||
			!eqBig(c.Allowed, 80_000_000) || !eqBig(c.Payout, 64_000_000) {
			t.Errorf("claim = %+v, want %+v", c, want)
		}
		if got := f.balance(provider.addr); !eqBig(got, 64_000_000) {
			t.Errorf("provider balance = %v", got)
		}
		p := f.pool(insurer)
		if !eqBig(p.Paid, 64_000_000) || p.Balance.Cmp(new(big.Int).Sub(tokens(10_000), units(64_000_000))) != 0 || p.Owed.Sign() != 0 {
			t.Errorf("pool = %+v", p)
		}
		if u := must(f.claims.Usage(f.opts(), 1, 0)); !eqBig(u.BenefitsUsed, 64_000_000) || u.DeductibleMet.Sign() != 0 {
			t.Errorf("usage = %+v", u)
		}
		if lines := must(f.claims.ClaimLines(f.opts(), id)); len(lines) != 0 {
			t.Errorf("claimLines of an automatic claim = %+v, want none (they are in ClaimSubmitted)", lines)
		}
	}},
	{"submitClaim_withCopay_roundsInsurerShareDown", func(t *testing.T, f *financeEnv) {
		// 20 % co-pay: 999 -> 799.2 -> 799 (co-pay 200); 3 -> 2.4 -> 2; 1 -> 0.8 -> 0.
		for _, c := range []struct{ allowed, payout uint64 }{{999, 799}, {3, 2}, {1, 0}} {
			r, id := f.submitOK(t, provider, f.submission(t, "round "+big.NewInt(int64(c.allowed)).String(), line(codeConsult, 1, c.allowed)))
			wantDecision(t, f.decision(t, r), c.allowed, 0, c.allowed-c.payout, 0, c.payout)
			if got := f.claim(id); got.Status != claimPaid || !eqBig(got.Payout, c.payout) {
				t.Errorf("allowed %d: claim %+v", c.allowed, got)
			}
			if n := countEvents(r, f.tokenAddr, f.token.ParseTransfer); (c.payout == 0) != (n == 0) {
				t.Errorf("allowed %d: %d transfers", c.allowed, n)
			}
		}
		// 33.33 %: 10 -> 6.667 -> 6.
		plan := f.newPlan(t, bindings.IClaimsPlanTerms{CopayBps: 3333, ConsentCategories: bit(catInsurance), AnnualLimit: 1 << 60, ReviewThreshold: 1 << 60})
		pol := f.newPolicy(t, plan, patient2, f.validFrom, true)
		r, _ := f.submitOK(t, provider, claimOn(patient2, pol, headTime(t, f.b)-60, "third", 10))
		wantDecision(t, f.decision(t, r), 10, 0, 4, 0, 6)
	}},
	{"submitClaim_deductibleEdges_exactlyMetThenOneUnitOver", func(t *testing.T, f *financeEnv) {
		plan := f.newPlan(t, bindings.IClaimsPlanTerms{CopayBps: 0, ConsentCategories: bit(catInsurance),
			Deductible: 100_000_000, AnnualLimit: 1 << 60, ReviewThreshold: 1 << 60})
		pol := f.newPolicy(t, plan, patient2, f.validFrom, true)
		day := headTime(t, f.b) - 3600
		// Exactly the deductible: the patient pays all of it, the claim settles at 0.
		r, id := f.submitOK(t, provider, claimOn(patient2, pol, day, "ded exact", 100_000_000))
		wantDecision(t, f.decision(t, r), 100_000_000, 100_000_000, 0, 0, 0)
		if c := f.claim(id); c.Status != claimPaid || c.Payout.Sign() != 0 {
			t.Errorf("claim = %+v", c)
		}
		if countEvents(r, f.tokenAddr, f.token.ParseTransfer) != 0 || !eqBig(oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPaid).Amount, 0) {
			t.Error("a zero payout moved tokens or emitted no ClaimPaid(0)")
		}
		// Met: the next unit is the plan's.
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol, day, "ded met", 1))
		wantDecision(t, f.decision(t, r), 1, 0, 0, 0, 1)
		if u := must(f.claims.Usage(f.opts(), pol, 0)); !eqBig(u.DeductibleMet, 100_000_000) || !eqBig(u.BenefitsUsed, 1) {
			t.Errorf("usage = %+v", u)
		}
		// A fresh policy: one unit over the deductible in one claim.
		pol2 := f.newPolicy(t, plan, patient2, f.validFrom, false)
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol2, day, "ded over", 100_000_001))
		wantDecision(t, f.decision(t, r), 100_000_001, 100_000_000, 0, 0, 1)
		// One unit under: nothing for the plan, one unit of deductible left.
		pol3 := f.newPolicy(t, plan, patient2, f.validFrom, false)
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol3, day, "ded under", 99_999_999))
		wantDecision(t, f.decision(t, r), 99_999_999, 99_999_999, 0, 0, 0)
	}},
	{"submitClaim_annualLimitEdges_exactlyAtLimitThenOneUnitOver", func(t *testing.T, f *financeEnv) {
		plan := f.newPlan(t, bindings.IClaimsPlanTerms{CopayBps: 0, ConsentCategories: bit(catInsurance),
			AnnualLimit: 100_000_000, ReviewThreshold: 1 << 60})
		pol := f.newPolicy(t, plan, patient2, f.validFrom, true)
		day := headTime(t, f.b) - 3600
		r, _ := f.submitOK(t, provider, claimOn(patient2, pol, day, "limit 60", 60_000_000))
		wantDecision(t, f.decision(t, r), 60_000_000, 0, 0, 0, 60_000_000)
		// Exactly reaches the limit.
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol, day, "limit exact", 40_000_000))
		wantDecision(t, f.decision(t, r), 40_000_000, 0, 0, 0, 40_000_000)
		if u := must(f.claims.Usage(f.opts(), pol, 0)); !eqBig(u.BenefitsUsed, 100_000_000) {
			t.Errorf("usage = %+v", u)
		}
		// Limit reached: one unit more is over it.
		r, id := f.submitOK(t, provider, claimOn(patient2, pol, day, "limit plus one", 1))
		wantDecision(t, f.decision(t, r), 1, 0, 0, 1, 0)
		if c := f.claim(id); c.Status != claimPaid || c.Payout.Sign() != 0 {
			t.Errorf("claim = %+v", c)
		}
		// A fresh policy: one claim one unit over the limit.
		pol2 := f.newPolicy(t, plan, patient2, f.validFrom, false)
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol2, day, "limit over", 100_000_001))
		wantDecision(t, f.decision(t, r), 100_000_001, 0, 0, 1, 100_000_000)
	}},
	{"submitClaim_nextBenefitYear_startsFreshLimitAndDeductible", func(t *testing.T, f *financeEnv) {
		plan := f.newPlan(t, bindings.IClaimsPlanTerms{CopayBps: 0, ConsentCategories: bit(catInsurance),
			Deductible: 10_000_000, AnnualLimit: 100_000_000, ReviewThreshold: 1 << 60})
		const year = 365 * 24 * 3600
		start := headTime(t, f.b) - 400*24*3600
		pol := f.newPolicy(t, plan, patient2, start, true)
		for _, c := range []struct {
			date uint64
			year uint32
		}{{start, 0}, {start + year - 1, 0}, {start + year, 1}, {start + 2*year, 2}} {
			if got := must(f.claims.BenefitYearOf(f.opts(), pol, c.date)); got != c.year {
				t.Errorf("benefitYearOf(start + %d) = %d, want %d", c.date-start, got, c.year)
			}
		}
		r, _ := f.submitOK(t, provider, claimOn(patient2, pol, start+10, "year 0", 150_000_000))
		wantDecision(t, f.decision(t, r), 150_000_000, 10_000_000, 0, 40_000_000, 100_000_000)
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimDecided); ev.BenefitYear != 0 || ev.PolicyId != pol {
			t.Errorf("ClaimDecided = %+v", ev)
		}
		// The last second of year 0 is still over the limit.
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol, start+year-1, "year 0 end", 5_000_000))
		wantDecision(t, f.decision(t, r), 5_000_000, 0, 0, 5_000_000, 0)
		// Year 1: deductible and limit again.
		r, _ = f.submitOK(t, provider, claimOn(patient2, pol, start+year, "year 1", 150_000_000))
		wantDecision(t, f.decision(t, r), 150_000_000, 10_000_000, 0, 40_000_000, 100_000_000)
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimDecided); ev.BenefitYear != 1 {
			t.Errorf("ClaimDecided year = %d, want 1", ev.BenefitYear)
		}
		if u := must(f.claims.Usage(f.opts(), pol, 1)); !eqBig(u.DeductibleMet, 10_000_000) || !eqBig(u.BenefitsUsed, 100_000_000) {
			t.Errorf("usage year 1 = %+v", u)
		}
	}},
	{"submitClaim_lineAboveTariff_pendsWithReasonAndCapsAllowedAtTariff", func(t *testing.T, f *financeEnv) {
		r, id := f.submitOK(t, provider, f.submission(t, "above", line(codeConsult, 2, 60_000_000), line(codeLab, 1, tariffLab)))
		sub := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimSubmitted)
		want := []bindings.IClaimsLineOutcome{
			{Code: codeConsult, Quantity: 2, UnitAmount: 60_000_000, Allowed: units(100_000_000), Reason: lineAboveTariff},
			{Code: codeLab, Quantity: 1, UnitAmount: tariffLab, Allowed: units(20_000_000), Reason: lineOK},
		}
		if !sameOutcomes(sub.Lines, want) {
			t.Errorf("lines = %+v", sub.Lines)
		}
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPended); ev.ClaimId != id || ev.Reasons != reasonLineRefused {
			t.Errorf("ClaimPended = %+v", ev)
		}
		if n := countEvents(r, f.claimsAddr, f.claims.ParseClaimDecided) + countEvents(r, f.tokenAddr, f.token.ParseTransfer); n != 0 {
			t.Errorf("a pended claim was decided or paid (%d events)", n)
		}
		c := f.claim(id)
		if c.Status != claimPending || c.Reasons != reasonLineRefused || !eqBig(c.Allowed, 120_000_000) || c.Payout.Sign() != 0 {
			t.Errorf("claim = %+v", c)
		}
		if got := must(f.claims.ClaimLines(f.opts(), id)); !sameOutcomes(got, want) {
			t.Errorf("claimLines = %+v", got)
		}
		if p := f.pool(insurer); p.Paid.Sign() != 0 || p.Owed.Sign() != 0 {
			t.Errorf("pool = %+v", p)
		}
	}},
	{"submitClaim_uncoveredLine_pendsAsNotCoveredWithZeroAllowed", func(t *testing.T, f *financeEnv) {
		r, id := f.submitOK(t, provider, f.submission(t, "uncovered", line(codeSurgery, 1, 900_000_000), line(codeLab, 1, tariffLab)))
		sub := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimSubmitted)
		if sub.Lines[0].Reason != lineNotCovered || sub.Lines[0].Allowed.Sign() != 0 || sub.Lines[1].Reason != lineOK {
			t.Errorf("lines = %+v", sub.Lines)
		}
		if c := f.claim(id); c.Status != claimPending || c.Reasons != reasonLineRefused || !eqBig(c.Allowed, 20_000_000) {
			t.Errorf("claim = %+v", c)
		}
	}},
	{"submitClaim_reviewThreshold_exactlyAtItPaysOneUnitAbovePends", func(t *testing.T, f *financeEnv) {
		// Threshold 500 tokens: 10 consults at 50 are exactly at it.
		_, id := f.submitOK(t, provider, f.submission(t, "at threshold", line(codeConsult, 10, tariffConsult)))
		if c := f.claim(id); c.Status != claimPaid || !eqBig(c.Payout, 400_000_000) {
			t.Errorf("claim at the threshold = %+v", c)
		}
		r, id := f.submitOK(t, provider, f.submission(t, "above threshold", line(codeConsult, 10, tariffConsult), line(codeLab, 1, 1)))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPended); ev.Reasons != reasonAboveReviewThreshold {
			t.Errorf("ClaimPended = %+v", ev)
		}
		if c := f.claim(id); c.Status != claimPending || !eqBig(c.Allowed, 500_000_001) {
			t.Errorf("claim above the threshold = %+v", c)
		}
	}},
	{"submitClaim_withoutPaymentConsent_pendsNoConsent", func(t *testing.T, f *financeEnv) {
		f.send(t, patient, f.revokeCall(insurer.addr, purposePayment))
		// A treatment grant is not a payment grant.
		f.send(t, patient, f.grantCall(insurer.addr, allCategories, purposeTreatment, farFuture))
		r, id := f.submitOK(t, provider, f.submission(t, "no consent", line(codeConsult, 1, tariffConsult)))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPended); ev.Reasons != reasonNoConsent {
			t.Errorf("ClaimPended = %+v", ev)
		}
		if c := f.claim(id); c.Status != claimPending {
			t.Errorf("status %d", c.Status)
		}
		// Consent again: the next claim settles by itself.
		f.send(t, patient, f.grantCall(insurer.addr, bit(catInsurance), purposePayment, farFuture))
		if _, id := f.submitOK(t, provider, f.submission(t, "consent again", line(codeConsult, 1, tariffConsult))); f.claim(id).Status != claimPaid {
			t.Error("claim after renewed consent not paid")
		}
	}},
	{"submitClaim_planNeedingDiagnosesToo_pendsUntilEveryCategoryGranted", func(t *testing.T, f *financeEnv) {
		plan := f.newPlan(t, bindings.IClaimsPlanTerms{CopayBps: 0, ConsentCategories: bit(catInsurance) | bit(catDiagnoses),
			AnnualLimit: 1 << 60, ReviewThreshold: 1 << 60})
		pol := f.newPolicy(t, plan, patient2, f.validFrom, true) // insurance only
		r, _ := f.submitOK(t, provider, claimOn(patient2, pol, headTime(t, f.b)-60, "dx missing", 1_000))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPended); ev.Reasons != reasonNoConsent {
			t.Errorf("ClaimPended = %+v", ev)
		}
		f.send(t, patient2, f.grantCall(insurer.addr, bit(catInsurance)|bit(catDiagnoses), purposePayment, farFuture))
		if _, id := f.submitOK(t, provider, claimOn(patient2, pol, headTime(t, f.b)-60, "dx granted", 1_000)); f.claim(id).Status != claimPaid {
			t.Error("claim with every category granted not paid")
		}
	}},
	{"submitClaim_serviceBeforePolicyStart_pendsPolicyInactiveWithEveryReason", func(t *testing.T, f *financeEnv) {
		f.send(t, patient, f.revokeCall(insurer.addr, purposePayment))
		s := f.submission(t, "early", line(codeSurgery, 1, 1), line(codeConsult, 20, tariffConsult))
		s.ServiceDate = f.validFrom - 1
		r, id := f.submitOK(t, provider, s)
		want := reasonPolicyInactive | reasonNoConsent | reasonLineRefused | reasonAboveReviewThreshold
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPended); ev.Reasons != want {
			t.Errorf("ClaimPended reasons = %b, want %b", ev.Reasons, want)
		}
		if c := f.claim(id); c.Reasons != want {
			t.Errorf("claim reasons = %b", c.Reasons)
		}
		// Approved anyway, the service counts in benefit year 0.
		r = f.send(t, insurer, f.approveClaimCall(id))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimDecided); ev.BenefitYear != 0 {
			t.Errorf("benefit year %d", ev.BenefitYear)
		}
	}},
	{"submitClaim_sameKeyByAnotherProvider_isAnotherClaim", func(t *testing.T, f *financeEnv) {
		s := f.submission(t, "shared key", line(codeConsult, 1, tariffConsult))
		_, a := f.submitOK(t, provider, s)
		_, b := f.submitOK(t, hospital, s)
		if a == b || f.claim(a).Provider != provider.addr || f.claim(b).Provider != hospital.addr {
			t.Errorf("claims %x and %x", a, b)
		}
		assertRevert(t, f.revert(t, provider, f.submitCall(s)), "ClaimsDuplicateClaim", a)
	}},
	{"submitClaim_withThirtyTwoLines_isAccepted", func(t *testing.T, f *financeEnv) {
		lines := make([]bindings.IClaimsLine, 32)
		for i := range lines {
			lines[i] = line(codeLab, 1, 1_000_000)
		}
		_, id := f.submitOK(t, provider, f.submission(t, "32 lines", lines...))
		if c := f.claim(id); c.Status != claimPaid || c.LineCount != 32 || !eqBig(c.Allowed, 32_000_000) {
			t.Errorf("claim = %+v", c)
		}
	}},

	// Funding queue.
	{"submitClaim_underfundedPool_queuesThenSettleByAnyonePaysAfterDeposit", func(t *testing.T, f *financeEnv) {
		f.emptyPool(t, insurer)
		f.send(t, insurer, f.depositCall(tokens(10)))
		r, id := f.submitOK(t, provider, f.submission(t, "underfunded", line(codeConsult, 1, tariffConsult)))
		q := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimQueued)
		if q.ClaimId != id || q.Insurer != insurer.addr || !eqBig(q.Amount, 40_000_000) || q.Position != 0 {
			t.Errorf("ClaimQueued = %+v", q)
		}
		wantDecision(t, f.decision(t, r), 50_000_000, 0, 10_000_000, 0, 40_000_000)
		if c := f.claim(id); c.Status != claimAwaitingFunds || c.Reasons != reasonUnderfunded || !eqBig(c.Payout, 40_000_000) {
			t.Errorf("claim = %+v", c)
		}
		if got := must(f.claims.QueuedClaimAt(f.opts(), insurer.addr, 0)); got != id {
			t.Errorf("queuedClaimAt(0) = %x", got)
		}
		// Not enough yet: settle pays nothing and changes nothing.
		r = f.send(t, stranger, f.settleCall(insurer.addr, 10))
		if len(r.Logs) != 0 || f.claim(id).Status != claimAwaitingFunds {
			t.Errorf("settle without funds: %d logs", len(r.Logs))
		}
		f.send(t, insurer, f.depositCall(tokens(30)))
		r = f.send(t, stranger, f.settleCall(insurer.addr, 10))
		paid := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPaid)
		if paid.ClaimId != id || paid.Provider != provider.addr || !eqBig(paid.Amount, 40_000_000) {
			t.Errorf("ClaimPaid = %+v", paid)
		}
		if c := f.claim(id); c.Status != claimPaid {
			t.Errorf("status %d", c.Status)
		}
		p := f.pool(insurer)
		if p.Owed.Sign() != 0 || p.Queued != 0 || p.Balance.Sign() != 0 || !eqBig(p.Paid, 40_000_000) {
			t.Errorf("pool = %+v", p)
		}
		if q := must(f.claims.QueueBounds(f.opts(), insurer.addr)); q.Head != 1 || q.Tail != 1 {
			t.Errorf("queue bounds %+v", q)
		}
		if got := f.balance(provider.addr); !eqBig(got, 40_000_000) {
			t.Errorf("provider balance %v", got)
		}
		// Paid once: settling again pays nothing.
		if r := f.send(t, stranger, f.settleCall(insurer.addr, 10)); len(r.Logs) != 0 {
			t.Errorf("second settle emitted %d logs", len(r.Logs))
		}
	}},
	{"settle_paysStrictlyInQueueOrderAndAtMostMaxClaims", func(t *testing.T, f *financeEnv) {
		f.emptyPool(t, insurer)
		_, a := f.submitOK(t, provider, f.submission(t, "queue a", line(codeConsult, 1, tariffConsult))) // 40
		_, b := f.submitOK(t, hospital, f.submission(t, "queue b", line(codeLab, 1, 10_000_000)))        // 8
		f.send(t, insurer, f.depositCall(tokens(20)))
		// b would fit, but a is ahead of it.
		if r := f.send(t, stranger, f.settleCall(insurer.addr, 10)); len(r.Logs) != 0 {
			t.Errorf("settle paid out of order: %d logs", len(r.Logs))
		}
		// A new claim does not jump the queue even though the pool covers it.
		r, c := f.submitOK(t, provider, f.submission(t, "queue c", line(codeLab, 1, 1_000_000))) // 0.8
		if q := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimQueued); q.Position != 2 {
			t.Errorf("ClaimQueued = %+v", q)
		}
		f.send(t, insurer, f.depositCall(tokens(100)))
		r = f.send(t, stranger, f.settleCall(insurer.addr, 2))
		if n := countEvents(r, f.claimsAddr, f.claims.ParseClaimPaid); n != 2 || f.claim(a).Status != claimPaid ||
			f.claim(b).Status != claimPaid || f.claim(c).Status != claimAwaitingFunds {
			t.Errorf("settle(2) paid %d claims; statuses %d %d %d", n, f.claim(a).Status, f.claim(b).Status, f.claim(c).Status)
		}
		f.send(t, insurer, f.settleCall(insurer.addr, 1000))
		if f.claim(c).Status != claimPaid || f.pool(insurer).Queued != 0 {
			t.Error("last claim not paid")
		}
		if got := f.balance(provider.addr); !eqBig(got, 40_800_000) {
			t.Errorf("provider balance %v", got)
		}
	}},

	// Review.
	{"approveClaim_full_decidesAllowedAmountsAndPays", func(t *testing.T, f *financeEnv) {
		_, id := f.submitOK(t, provider, f.submission(t, "review full", line(codeConsult, 2, 60_000_000), line(codeLab, 1, tariffLab)))
		r := f.send(t, insurer, f.approveClaimCall(id))
		ap := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimApproved)
		if ap.ClaimId != id || ap.Insurer != insurer.addr || ap.IsPartial || len(ap.Amounts) != 2 ||
			!eqBig(ap.Amounts[0], 100_000_000) || !eqBig(ap.Amounts[1], 20_000_000) {
			t.Errorf("ClaimApproved = %+v", ap)
		}
		wantDecision(t, f.decision(t, r), 120_000_000, 0, 24_000_000, 0, 96_000_000)
		if c := f.claim(id); c.Status != claimPaid || !eqBig(c.Payout, 96_000_000) || c.Reasons != reasonLineRefused {
			t.Errorf("claim = %+v", c)
		}
		if got := f.balance(provider.addr); !eqBig(got, 96_000_000) {
			t.Errorf("provider balance %v", got)
		}
	}},
	{"approveClaim_partial_paysApprovedAmountsOnly", func(t *testing.T, f *financeEnv) {
		_, id := f.submitOK(t, provider, f.submission(t, "review partial", line(codeConsult, 2, 60_000_000), line(codeLab, 1, tariffLab)))
		r := f.send(t, insurer, f.approveClaimCall(id, bigs(60_000_000, 0)...))
		if ap := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimApproved); !ap.IsPartial {
			t.Errorf("ClaimApproved = %+v", ap)
		}
		wantDecision(t, f.decision(t, r), 60_000_000, 0, 12_000_000, 0, 48_000_000)
		if c := f.claim(id); c.Status != claimPaid || !eqBig(c.Payout, 48_000_000) {
			t.Errorf("claim = %+v", c)
		}
	}},
	{"approveClaim_withUnderfundedPool_queuesTheDecision", func(t *testing.T, f *financeEnv) {
		_, id := f.submitOK(t, provider, f.submission(t, "review queued", line(codeSurgery, 1, 1), line(codeLab, 1, tariffLab)))
		f.emptyPool(t, insurer)
		r := f.send(t, insurer, f.approveClaimCall(id))
		if q := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimQueued); !eqBig(q.Amount, 16_000_000) {
			t.Errorf("ClaimQueued = %+v", q)
		}
		if c := f.claim(id); c.Status != claimAwaitingFunds || c.Reasons != reasonLineRefused|reasonUnderfunded {
			t.Errorf("claim = %+v", c)
		}
		if lines := must(f.claims.ClaimLines(f.opts(), id)); len(lines) != 2 {
			t.Errorf("claimLines of a reviewed claim: %d lines", len(lines))
		}
	}},
	{"denyClaim_thenAppeal_thenApprove_paysOnce", func(t *testing.T, f *financeEnv) {
		_, id := f.submitOK(t, provider, f.submission(t, "appeal", line(codeConsult, 1, 60_000_000)))
		r := f.send(t, insurer, f.denyCall(id))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimDenied); ev.ClaimId != id || ev.Insurer != insurer.addr ||
			ev.ReasonCode != common.HexToHash("0xde41") || ev.IsFinal {
			t.Errorf("ClaimDenied = %+v", ev)
		}
		if c := f.claim(id); c.Status != claimDenied || c.Appealed {
			t.Errorf("claim = %+v", c)
		}
		r = f.send(t, provider, f.appealCall(id, testCID("second opinion")))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimAppealed); ev.ClaimId != id || ev.Provider != provider.addr ||
			ev.ReasonCode != common.HexToHash("0xa99e") || len(ev.Evidence) != 1 {
			t.Errorf("ClaimAppealed = %+v", ev)
		}
		if c := f.claim(id); c.Status != claimAppealed || !c.Appealed {
			t.Errorf("claim = %+v", c)
		}
		f.send(t, insurer, f.approveClaimCall(id))
		if c := f.claim(id); c.Status != claimPaid || !eqBig(c.Payout, 40_000_000) {
			t.Errorf("claim = %+v", c)
		}
		assertRevert(t, f.revert(t, insurer, f.approveClaimCall(id)), "ClaimsInvalidStatus", id, claimPaid)
	}},
	{"denyClaim_onAppeal_isFinal", func(t *testing.T, f *financeEnv) {
		_, id := f.submitOK(t, provider, f.submission(t, "final", line(codeSurgery, 1, 1)))
		f.send(t, insurer, f.denyCall(id))
		f.send(t, provider, f.appealCall(id))
		r := f.send(t, insurer, f.denyCall(id))
		if ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimDenied); !ev.IsFinal {
			t.Errorf("ClaimDenied = %+v, want final", ev)
		}
		assertRevert(t, f.revert(t, provider, f.appealCall(id)), "ClaimsAlreadyAppealed", id)
	}},
	{"constructors_withZeroAddresses_revert", func(t *testing.T, f *financeEnv) {
		zero := common.Address{}
		deploy := func(d func(o *bind.TransactOpts) (*types.Transaction, error)) txFunc { return d }
		assertRevert(t, f.revert(t, regulator, deploy(func(o *bind.TransactOpts) (*types.Transaction, error) {
			_, tx, _, err := bindings.DeploySettlementToken(o, f.b.Client(), zero)
			return tx, err
		})), "SettlementTokenZeroAddress")
		for _, args := range [][3]common.Address{{zero, f.grantsAddr, f.tokenAddr}, {f.addr, zero, f.tokenAddr}, {f.addr, f.grantsAddr, zero}} {
			assertRevert(t, f.revert(t, regulator, deploy(func(o *bind.TransactOpts) (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployClaims(o, f.b.Client(), args[0], args[1], args[2])
				return tx, err
			})), "ClaimsZeroAddress")
		}
		for _, args := range [][2]common.Address{{zero, f.tokenAddr}, {f.addr, zero}} {
			assertRevert(t, f.revert(t, regulator, deploy(func(o *bind.TransactOpts) (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployServiceContracts(o, f.b.Client(), args[0], args[1])
				return tx, err
			})), "ServiceContractsZeroAddress")
		}
		if got := must(f.claims.Registry(f.opts())); got != f.addr {
			t.Errorf("registry() = %s", got)
		}
		if got := must(f.claims.AccessGrants(f.opts())); got != f.grantsAddr {
			t.Errorf("accessGrants() = %s", got)
		}
		if got := must(f.claims.Token(f.opts())); got != f.tokenAddr {
			t.Errorf("token() = %s", got)
		}
	}},
}

// sameOutcomes compares line outcomes, amounts by value.
func sameOutcomes(got, want []bindings.IClaimsLineOutcome) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Code != w.Code || g.Quantity != w.Quantity || g.UnitAmount != w.UnitAmount || g.Reason != w.Reason || g.Allowed.Cmp(w.Allowed) != 0 {
			return false
		}
	}
	return true
}
