package tests

import (
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// The Go model of Claims that the invariant harness predicts every outcome with. It restates
// the rules of IClaims independently of the Solidity: adjudication, deductible, co-pay rounding,
// annual limit, the funding queue, review and appeal.

const modelBenefitYear = 365 * 24 * 3600

type modelPlan struct {
	id       uint64
	insurer  account
	terms    bindings.IClaimsPlanTerms
	tariffs  map[[32]byte]uint64
	policies []uint64
}

type modelPolicy struct {
	id                  uint64
	plan                *modelPlan
	patient             account
	validFrom, validTil uint64
}

type modelClaim struct {
	id          [32]byte
	provider    account
	policy      *modelPolicy
	serviceDate uint64
	status      uint8
	appealed    bool
	reasons     uint16
	allowed     []uint64 // per line
	payout      uint64
}

type modelPool struct {
	deposited, withdrawn, paid, owed uint64
	queue                            [][32]byte // unpaid part of the funding queue, in order
	position                         uint64     // next queue position
}

func (p *modelPool) balance() uint64 { return p.deposited - p.withdrawn - p.paid }

func (p *modelPool) available() uint64 {
	if b := p.balance(); b > p.owed {
		return b - p.owed
	}
	return 0
}

type usageKey struct {
	policy uint64
	year   uint32
}

type claimsModel struct {
	plans      []*modelPlan
	policies   map[uint64]*modelPolicy
	claims     map[[32]byte]*modelClaim
	order      [][32]byte // claims in submission order
	pools      map[common.Address]*modelPool
	usage      map[usageKey]*bindings.IClaimsUsage
	consent    map[common.Address]map[common.Address]uint32 // patient -> insurer -> categories
	received   map[common.Address]uint64                    // provider -> tokens received from Claims
	paidEvents map[[32]byte]int                             // ClaimPaid events per claim
}

func (m *claimsModel) pool(who account) *modelPool {
	p, ok := m.pools[who.addr]
	if !ok {
		p = &modelPool{}
		m.pools[who.addr] = p
	}
	return p
}

func (m *claimsModel) usageOf(policy uint64, year uint32) *bindings.IClaimsUsage {
	k := usageKey{policy, year}
	u, ok := m.usage[k]
	if !ok {
		u = &bindings.IClaimsUsage{DeductibleMet: new(big.Int), BenefitsUsed: new(big.Int)}
		m.usage[k] = u
	}
	return u
}

func benefitYear(pol *modelPolicy, date uint64) uint32 {
	if date <= pol.validFrom {
		return 0
	}
	return uint32((date - pol.validFrom) / modelBenefitYear)
}

// decide applies deductible, co-pay and limit to approved and pays or queues the claim.
func (m *claimsModel) decide(c *modelClaim, approved uint64) {
	terms := c.policy.plan.terms
	u := m.usageOf(c.policy.id, benefitYear(c.policy, c.serviceDate))
	met, used := u.DeductibleMet.Uint64(), u.BenefitsUsed.Uint64()
	var dedLeft, limitLeft uint64
	if terms.Deductible > met {
		dedLeft = terms.Deductible - met
	}
	if terms.AnnualLimit > used {
		limitLeft = terms.AnnualLimit - used
	}
	ded := min(approved, dedLeft)
	rest := approved - ded
	// Insurer's share rounded down (big.Int: rest * 10000 may exceed 2^64 in principle).
	share := new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(rest), big.NewInt(int64(10_000-terms.CopayBps))), big.NewInt(10_000)).Uint64()
	pay := min(share, limitLeft)
	u.DeductibleMet.SetUint64(met + ded)
	u.BenefitsUsed.SetUint64(used + pay)
	c.payout = pay
	p := m.pool(c.policy.plan.insurer)
	if pay == 0 || (len(p.queue) == 0 && pay <= p.balance()) {
		c.status = claimPaid
		p.paid += pay
		m.received[c.provider.addr] += pay
		return
	}
	c.status = claimAwaitingFunds
	c.reasons |= reasonUnderfunded
	p.queue = append(p.queue, c.id)
	p.position++
	p.owed += pay
}

// settle pays queued claims of insurer in order, at most maxClaims (capped at 32).
func (m *claimsModel) settle(insurer account, maxClaims int) int {
	p := m.pool(insurer)
	paid := 0
	for paid < min(maxClaims, 32) && len(p.queue) > 0 {
		c := m.claims[p.queue[0]]
		if c.payout > p.balance() {
			break
		}
		p.queue = p.queue[1:]
		p.paid += c.payout
		p.owed -= c.payout
		c.status = claimPaid
		m.received[c.provider.addr] += c.payout
		paid++
	}
	return paid
}

// TestClaimsInvariants drives Claims through a long seeded random sequence of deposits,
// withdrawals, submissions (covered, uncovered, above tariff, above threshold, outside the
// policy, without consent, duplicates, by unlicensed providers), approvals (full, partial,
// refused), denials, appeals, settlements, consent changes, tariff changes and policy
// terminations by 3 insurers, 5 providers and 4 patients. A Go model predicts every outcome;
// after each step the touched pool and claim must equal the model, and always
//
//	balance + paid == deposited - withdrawn               (every pool)
//	sum of pool balances == token balance of Claims
//	owed == sum of payouts of queued claims               (every pool)
//	each claim has at most one ClaimPaid event
//	every line's allowed amount <= min(unit, tariff) * quantity at adjudication, and the
//	payout <= the approved total <= the allowed total
//	every provider's token balance == what Claims paid it
//
// Simulated backend only. CLAIMS_STEPS and CLAIMS_SEED override the defaults (2,000 steps,
// seed 1); -short runs 200.
func TestClaimsInvariants(t *testing.T) {
	steps, seed := 2000, int64(1)
	if v, err := strconv.Atoi(os.Getenv("CLAIMS_STEPS")); err == nil {
		steps = v
	}
	if v, err := strconv.ParseInt(os.Getenv("CLAIMS_SEED"), 10, 64); err == nil {
		seed = v
	}
	if testing.Short() {
		steps = 200
	}
	insurer3 := newAccount("insurer/third")
	provider3 := newAccount("provider/third")
	patient3 := newAccount("patient/third")
	patient4 := newAccount("patient/fourth")
	b := startSimulated(t, append(financeFunded(), insurer3.addr, provider3.addr, patient3.addr, patient4.addr)...)
	f := deployFinance(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{
		{provider, roleProvider}, {hospital, roleProvider}, {provider3, roleProvider}, {clinic, roleProvider},
		{insurer, roleInsurer}, {insurer2, roleInsurer}, {insurer3, roleInsurer},
	} {
		f.license(t, l.who.addr, l.role)
	}
	f.suspend(t, clinic.addr)

	rng := rand.New(rand.NewSource(seed))
	insurers := []account{insurer, insurer2, insurer3}
	providers := []account{provider, hospital, provider3, clinic, stranger} // the last two are refused
	activeProvider := map[common.Address]bool{provider.addr: true, hospital.addr: true, provider3.addr: true}
	patients := []account{patient, patient2, patient3, patient4}
	codes := [][32]byte{codeConsult, codeLab, codeXray, codeSurgery, serviceCode("CPT:99999")}

	m := &claimsModel{
		policies: map[uint64]*modelPolicy{}, claims: map[[32]byte]*modelClaim{}, pools: map[common.Address]*modelPool{},
		usage: map[usageKey]*bindings.IClaimsUsage{}, consent: map[common.Address]map[common.Address]uint32{},
		received: map[common.Address]uint64{}, paidEvents: map[[32]byte]int{},
	}
	var now uint64 // time of the latest block
	try := func(from account, call txFunc) (*types.Receipt, bool) {
		opts := transactOpts(t, b, from)
		opts.GasLimit = 3_000_000
		tx, err := call(opts)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		r := b.Mine(t, tx)
		now = blockTime(t, b, r)
		return r, r.Status == types.ReceiptStatusSuccessful
	}
	counts := map[string]int{}
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

	// Setup: tokens, plans with random terms and tariffs, policies, consent, pools.
	for _, ins := range insurers {
		f.send(t, treasury, f.mintCall(ins.addr, tokens(100_000_000)))
		f.send(t, ins, f.approveTokenCall(f.claimsAddr, tokens(100_000_000)))
		for range 2 {
			terms := bindings.IClaimsPlanTerms{
				CopayBps:          []uint16{0, 1500, 2000, 3333, 10_000}[rng.Intn(5)],
				ConsentCategories: []uint32{bit(catInsurance), bit(catInsurance), bit(catInsurance) | bit(catDiagnoses)}[rng.Intn(3)],
				Deductible:        []uint64{0, 30_000_000, 100_000_000}[rng.Intn(3)],
				AnnualLimit:       []uint64{150_000_000, 500_000_000, 10_000_000_000}[rng.Intn(3)],
				ReviewThreshold:   []uint64{100_000_000, 300_000_000, 1 << 62}[rng.Intn(3)],
			}
			plan := &modelPlan{id: uint64(len(m.plans) + 1), insurer: ins, terms: terms, tariffs: map[[32]byte]uint64{}}
			var cs [][32]byte
			var ts []uint64
			for _, c := range codes[:4] {
				if rng.Intn(4) != 0 {
					tariff := uint64(5+rng.Intn(100)) * 1_000_000
					cs, ts = append(cs, c), append(ts, tariff)
					plan.tariffs[c] = tariff
				}
			}
			f.send(t, ins, f.createPlanCall(terms, cs, ts))
			m.plans = append(m.plans, plan)
		}
	}
	head := headTime(t, b)
	for _, pat := range patients {
		m.consent[pat.addr] = map[common.Address]uint32{}
		for range 2 {
			plan := m.plans[rng.Intn(len(m.plans))]
			pol := &modelPolicy{id: uint64(len(m.policies) + 1), plan: plan, patient: pat,
				validFrom: head - uint64(rng.Intn(700))*24*3600, validTil: farFuture}
			f.send(t, plan.insurer, f.enrolCall(plan.id, pat.addr, memberRef(fmt.Sprint(pol.id)), pol.validFrom, farFuture))
			m.policies[pol.id] = pol
			plan.policies = append(plan.policies, pol.id)
		}
		for _, ins := range insurers {
			if rng.Intn(4) != 0 {
				cats := bit(catInsurance) | bit(catDiagnoses)
				f.send(t, pat, f.grantCall(ins.addr, cats, purposePayment, farFuture))
				m.consent[pat.addr][ins.addr] = cats
			}
		}
	}
	for _, ins := range insurers {
		amount := uint64(20+rng.Intn(80)) * 1_000_000
		f.send(t, ins, f.depositCall(units(amount)))
		m.pool(ins).deposited += amount
	}
	now = headTime(t, b)

	// Event checks on every successful receipt: ClaimPaid at most once per claim, lines capped.
	checkReceipt := func(step int, r *types.Receipt) {
		for _, l := range r.Logs {
			if l.Address != f.claimsAddr {
				continue
			}
			if _, err := f.claims.ParseClaimQueued(*l); err == nil {
				counts["(claims queued)"]++
			}
			if ev, err := f.claims.ParseClaimPaid(*l); err == nil {
				counts["(claims paid)"]++
				m.paidEvents[ev.ClaimId]++
				if m.paidEvents[ev.ClaimId] > 1 {
					t.Fatalf("step %d: claim %x paid twice", step, ev.ClaimId)
				}
				if c := m.claims[ev.ClaimId]; c == nil || !eqBig(ev.Amount, c.payout) || ev.Provider != c.provider.addr {
					t.Fatalf("step %d: ClaimPaid %+v does not match the model", step, ev)
				}
			}
			if ev, err := f.claims.ParseClaimDecided(*l); err == nil {
				d := ev.Decision
				c := m.claims[ev.ClaimId]
				var allowed uint64
				for _, a := range c.allowed {
					allowed += a
				}
				if d.Payout.Cmp(d.Approved) > 0 || d.Approved.Uint64() > allowed || !eqBig(d.Payout, c.payout) {
					t.Fatalf("step %d: decision %+v of a claim allowed %d, model payout %d", step, d, allowed, c.payout)
				}
				sum := new(big.Int).Add(d.Deductible, d.Copay)
				sum.Add(sum, d.OverLimit).Add(sum, d.Payout)
				if sum.Cmp(d.Approved) != 0 {
					t.Fatalf("step %d: decision parts %+v do not add up", step, d)
				}
			}
		}
	}
	checkPool := func(step int, ins account) {
		got := f.pool(ins)
		want := m.pool(ins)
		if !eqBig(got.Deposited, want.deposited) || !eqBig(got.Withdrawn, want.withdrawn) || !eqBig(got.Paid, want.paid) ||
			!eqBig(got.Owed, want.owed) || !eqBig(got.Balance, want.balance()) || !eqBig(got.Available, want.available()) ||
			got.Queued != uint64(len(want.queue)) {
			t.Fatalf("step %d (seed %d): pool of %s = %+v, model %+v (balance %d)", step, seed, ins.addr, got, *want, want.balance())
		}
		if new(big.Int).Add(got.Balance, got.Paid).Cmp(new(big.Int).Sub(got.Deposited, got.Withdrawn)) != 0 {
			t.Fatalf("step %d: pool %+v breaks balance + paid == deposited - withdrawn", step, got)
		}
		var owed uint64
		for _, id := range want.queue {
			owed += m.claims[id].payout
		}
		if owed != want.owed {
			t.Fatalf("step %d: owed %d, queued payouts %d", step, want.owed, owed)
		}
	}
	checkClaim := func(step int, c *modelClaim) {
		got := f.claim(c.id)
		if got.Status != c.status || got.Appealed != c.appealed || got.Reasons != c.reasons || !eqBig(got.Payout, c.payout) {
			t.Fatalf("step %d (seed %d): claim %x = %+v, model status %d appealed %v reasons %b payout %d",
				step, seed, c.id[:4], got, c.status, c.appealed, c.reasons, c.payout)
		}
	}
	checkGlobal := func(step int) {
		var total uint64
		for _, ins := range insurers {
			checkPool(step, ins)
			total += m.pool(ins).balance()
		}
		if got := f.balance(f.claimsAddr); !eqBig(got, total) {
			t.Fatalf("step %d: Claims holds %v, pools add up to %d", step, got, total)
		}
		for _, p := range providers {
			if got := f.balance(p.addr); !eqBig(got, m.received[p.addr]) {
				t.Fatalf("step %d: provider %s holds %v, model %d", step, p.addr, got, m.received[p.addr])
			}
		}
	}
	pick := func(status ...uint8) *modelClaim {
		var ids [][32]byte
		for _, id := range m.order {
			for _, s := range status {
				if m.claims[id].status == s {
					ids = append(ids, id)
					break
				}
			}
		}
		if len(ids) == 0 {
			return nil
		}
		return m.claims[ids[rng.Intn(len(ids))]]
	}

	keyN := 0
	for step := 0; step < steps; step++ {
		var touchedPool *account
		var touchedClaim *modelClaim
		switch k := rng.Intn(100); {
		case k < 8: // deposit
			ins := insurers[rng.Intn(3)]
			amount := uint64(1+rng.Intn(150)) * 1_000_000
			r, ok := try(ins, f.depositCall(units(amount)))
			expect(step, "deposit", true, ok)
			checkReceipt(step, r)
			m.pool(ins).deposited += amount
			touchedPool = &ins
		case k < 13: // withdraw, sometimes more than available
			ins := insurers[rng.Intn(3)]
			p := m.pool(ins)
			amount := uint64(1 + rng.Intn(int(max(1, p.available()))))
			if rng.Intn(4) == 0 {
				amount = p.available() + 1
			}
			_, ok := try(ins, f.withdrawCall(units(amount)))
			want := amount <= p.available()
			expect(step, "withdraw", want, ok)
			if want {
				p.withdrawn += amount
			}
			touchedPool = &ins
		case k < 55: // submit
			prov := providers[rng.Intn(len(providers))]
			if rng.Intn(6) != 0 {
				prov = providers[rng.Intn(3)]
			}
			pol := m.policies[uint64(1+rng.Intn(len(m.policies)))]
			who := pol.patient
			if rng.Intn(25) == 0 {
				who = patients[rng.Intn(len(patients))]
			}
			key := fmt.Sprintf("inv-%d", keyN)
			if rng.Intn(20) == 0 && keyN > 0 {
				key = fmt.Sprintf("inv-%d", rng.Intn(keyN)) // maybe a duplicate
			} else {
				keyN++
			}
			lo := pol.validFrom - 10*24*3600
			date := lo + uint64(rng.Int63n(int64(now-1-lo)))
			n := 1 + rng.Intn(4)
			if rng.Intn(15) == 0 {
				n = 12
			}
			lines := make([]bindings.IClaimsLine, n)
			allowed := make([]uint64, n)
			var total uint64
			refused := false
			for i := range lines {
				code := codes[rng.Intn(len(codes))]
				if rng.Intn(3) != 0 {
					code = codes[rng.Intn(3)] // mostly codes that plans tend to cover
				}
				tariff := pol.plan.tariffs[code]
				unit := uint64(1 + rng.Intn(110_000_000))
				if tariff > 0 && rng.Intn(6) != 0 {
					unit = 1 + uint64(rng.Int63n(int64(tariff))) // within the tariff
				}
				q := uint16(1 + rng.Intn(5))
				lines[i] = line(code, q, unit)
				switch {
				case tariff == 0:
					refused = true
				case unit > tariff:
					refused = true
					allowed[i] = tariff * uint64(q)
				default:
					allowed[i] = unit * uint64(q)
				}
				total += allowed[i]
			}
			s := bindings.IClaimsSubmission{Patient: who.addr, PolicyId: pol.id, ServiceDate: date, ClaimKey: claimKey(key), Lines: lines}
			id := claimID(prov.addr, s.ClaimKey)
			_, dup := m.claims[id]
			want := activeProvider[prov.addr] && !dup && who.addr == pol.patient.addr
			r, ok := try(prov, f.submitCall(s))
			expect(step, "submit", want, ok)
			if !want {
				break
			}
			checkSubmitted(t, f, r, step, pol, lines)
			c := &modelClaim{id: id, provider: prov, policy: pol, serviceDate: date, allowed: allowed}
			m.claims[id] = c
			m.order = append(m.order, id)
			if date < pol.validFrom || date > pol.validTil {
				c.reasons |= reasonPolicyInactive
			}
			if need := pol.plan.terms.ConsentCategories; m.consent[pol.patient.addr][pol.plan.insurer.addr]&need != need {
				c.reasons |= reasonNoConsent
			}
			if refused {
				c.reasons |= reasonLineRefused
			}
			if total > pol.plan.terms.ReviewThreshold {
				c.reasons |= reasonAboveReviewThreshold
			}
			if c.reasons != 0 {
				c.status = claimPending
			} else {
				m.decide(c, total)
			}
			checkReceipt(step, r)
			ins := pol.plan.insurer
			touchedPool, touchedClaim = &ins, c
		case k < 68: // approve a waiting claim: full, partial, above allowed, or by the wrong insurer
			c := pick(claimPending, claimAppealed)
			if c == nil {
				continue
			}
			ins := c.policy.plan.insurer
			from := ins
			if rng.Intn(10) == 0 {
				from = insurers[rng.Intn(3)]
			}
			var amounts []*big.Int
			var total uint64
			aboveAllowed := false
			switch rng.Intn(4) {
			case 0, 1: // full
				for _, a := range c.allowed {
					total += a
				}
			default: // per line
				amounts = make([]*big.Int, len(c.allowed))
				for i, a := range c.allowed {
					v := uint64(rng.Int63n(int64(a) + 1))
					if rng.Intn(12) == 0 {
						v = a + 1
						aboveAllowed = true
					}
					amounts[i] = units(v)
					total += v
				}
			}
			want := from.addr == ins.addr && !aboveAllowed && total > 0
			r, ok := try(from, f.approveClaimCall(c.id, amounts...))
			expect(step, "approve", want, ok)
			if want {
				m.decide(c, total)
				checkReceipt(step, r)
			}
			touchedPool, touchedClaim = &ins, c
		case k < 74: // deny a waiting claim
			c := pick(claimPending, claimAppealed)
			if c == nil {
				continue
			}
			_, ok := try(c.policy.plan.insurer, f.denyCall(c.id))
			expect(step, "deny", true, ok)
			c.status = claimDenied
			touchedClaim = c
		case k < 80: // appeal a denial, sometimes as another provider or a second time
			c := pick(claimDenied)
			if c == nil {
				continue
			}
			from := c.provider
			if rng.Intn(8) == 0 {
				from = providers[rng.Intn(3)]
			}
			want := from.addr == c.provider.addr && !c.appealed
			_, ok := try(from, f.appealCall(c.id))
			expect(step, "appeal", want, ok)
			if want {
				c.status, c.appealed = claimAppealed, true
			}
			touchedClaim = c
		case k < 90: // settle by anyone
			ins := insurers[rng.Intn(3)]
			maxClaims := 1 + rng.Intn(40)
			r, ok := try(stranger, f.settleCall(ins.addr, uint64(maxClaims)))
			expect(step, "settle", true, ok)
			wantPaid := m.settle(ins, maxClaims)
			if got := countEvents(r, f.claimsAddr, f.claims.ParseClaimPaid); got != wantPaid {
				t.Fatalf("step %d: settle paid %d claims, model %d", step, got, wantPaid)
			}
			checkReceipt(step, r)
			touchedPool = &ins
		case k < 95: // consent: grant or revoke (revoking nothing is refused)
			pat := patients[rng.Intn(len(patients))]
			ins := insurers[rng.Intn(3)]
			if rng.Intn(2) == 0 {
				cats := []uint32{bit(catInsurance), bit(catInsurance) | bit(catDiagnoses)}[rng.Intn(2)]
				_, ok := try(pat, f.grantCall(ins.addr, cats, purposePayment, farFuture))
				expect(step, "grant", true, ok)
				m.consent[pat.addr][ins.addr] = cats
			} else {
				_, ok := try(pat, f.revokeCall(ins.addr, purposePayment))
				expect(step, "revoke", m.consent[pat.addr][ins.addr] != 0, ok)
				m.consent[pat.addr][ins.addr] = 0
			}
		case k < 99: // tariff change by the plan's insurer (0 removes the code)
			plan := m.plans[rng.Intn(len(m.plans))]
			code := codes[rng.Intn(4)]
			tariff := []uint64{0, 10_000_000, 50_000_000, 100_000_000}[rng.Intn(4)]
			_, ok := try(plan.insurer, f.setTariffsCall(plan.id, [][32]byte{code}, []uint64{tariff}))
			expect(step, "setTariffs", true, ok)
			plan.tariffs[code] = tariff
		default: // terminate a policy (once)
			pol := m.policies[uint64(1+rng.Intn(len(m.policies)))]
			want := pol.validTil == farFuture
			r, ok := try(pol.plan.insurer, f.terminatePolicyCall(pol.id))
			expect(step, "terminatePolicy", want, ok)
			if want {
				pol.validTil = blockTime(t, b, r)
			}
		}
		if touchedPool != nil {
			checkPool(step, *touchedPool)
		}
		if touchedClaim != nil {
			checkClaim(step, touchedClaim)
		}
		if step%100 == 99 {
			checkGlobal(step)
		}
	}
	checkGlobal(steps)
	statuses := map[uint8]int{}
	for _, id := range m.order {
		c := m.claims[id]
		checkClaim(steps, c)
		statuses[c.status]++
		if c.status == claimPaid && m.paidEvents[id] != 1 {
			t.Fatalf("paid claim %x has %d ClaimPaid events", id[:4], m.paidEvents[id])
		}
	}
	for k, u := range m.usage {
		got := must(f.claims.Usage(f.opts(), k.policy, k.year))
		if got.DeductibleMet.Cmp(u.DeductibleMet) != 0 || got.BenefitsUsed.Cmp(u.BenefitsUsed) != 0 {
			t.Fatalf("usage %+v = %+v, model %+v", k, got, u)
		}
	}
	var names []string
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	summary := ""
	for _, k := range names {
		summary += fmt.Sprintf(" %s=%d", k, counts[k])
	}
	t.Logf("%d steps, seed %d; claim statuses (pending, awaiting funds, paid, denied, appealed) = %d %d %d %d %d;%s",
		steps, seed, statuses[claimPending], statuses[claimAwaitingFunds], statuses[claimPaid], statuses[claimDenied],
		statuses[claimAppealed], summary)
}

// checkSubmitted checks the ClaimSubmitted lines of r: each allowed amount is
// min(unit, tariff) * quantity (0 when not covered) at the tariffs the model holds.
func checkSubmitted(t *testing.T, f *financeEnv, r *types.Receipt, step int, pol *modelPolicy, lines []bindings.IClaimsLine) {
	t.Helper()
	ev := oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimSubmitted)
	for i, l := range ev.Lines {
		tariff := pol.plan.tariffs[lines[i].Code]
		want := min(lines[i].UnitAmount, tariff) * uint64(lines[i].Quantity)
		if !eqBig(l.Allowed, want) || l.Allowed.Uint64() > tariff*uint64(l.Quantity) {
			t.Fatalf("step %d: line %d allowed %v, want %d (tariff %d x %d)", step, i, l.Allowed, want, tariff, l.Quantity)
		}
	}
}
