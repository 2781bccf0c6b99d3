package api

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Values of the insurance tests: the hospital is the provider, the
// custodial account's institution plays the insurer, the patient signs in
// with a wallet.
var (
	claimsInsurer    = custodialAccount
	claimsInsurerTok = custodialToken
	// The treasury is the regulator's account, as in the embedded stack.
	claimsTreasury = regulatorAccount
	testClaimID    = common.HexToHash("0x3c5d1e0f8a9b2c4d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5")
	testClaimHex   = testClaimID.Hex()
)

func minor(n int64) *big.Int { return big.NewInt(n) }

// fakeClaims is a Claims that records calls and answers with canned values;
// err makes every call fail.
type fakeClaims struct {
	recorder
	err      error
	treasury common.Address // zero: claimsTreasury
	plan     Plan
	pol      Policy
	pool     Pool
	claim    Claim
}

func newFakeClaims() *fakeClaims {
	code := func(s string) (c [32]byte) { copy(c[:], s); return c }
	return &fakeClaims{
		plan: Plan{ID: 1, Insurer: claimsInsurer, Open: true, Terms: PlanTerms{CopayBps: 2000, Consent: MaskOf(CategoryInsurance),
			Deductible: minor(100_000_000), AnnualLimit: minor(5_000_000_000), ReviewThreshold: minor(1_000_000_000)},
			Tariffs: []PlanTariff{{Code: code("CPT:99213"), Amount: minor(80_000_000)}}},
		pol: Policy{ID: 3, PlanID: 1, Insurer: claimsInsurer, Patient: patientAccount, MemberRef: [32]byte{9},
			ValidFrom: fixedNow.AddDate(0, -1, 0), ValidUntil: fixedNow.AddDate(1, 0, 0), Active: true},
		pool: Pool{Insurer: claimsInsurer, Deposited: minor(10_000_000_000), Withdrawn: minor(0), Paid: minor(32_000_000),
			Owed: minor(0), Balance: minor(9_968_000_000), Available: minor(9_968_000_000)},
		claim: Claim{ID: testClaimID, ClaimKey: [32]byte{7}, Provider: hospitalAccount, Patient: patientAccount, Insurer: claimsInsurer,
			PolicyID: 3, ServiceDate: fixedNow.Truncate(24 * time.Hour), Status: ClaimPending, Reasons: []ClaimReason{ReasonLineRefused},
			Allowed: minor(80_000_000), Payout: minor(0),
			Lines: []ClaimLineOutcome{
				{ClaimLine: ClaimLine{Code: code("CPT:99213"), Quantity: 1, UnitAmount: minor(80_000_000)}, Allowed: minor(80_000_000)},
				{ClaimLine: ClaimLine{Code: [32]byte{0xff, 1}, Quantity: 1, UnitAmount: minor(400_000_000)}, Allowed: minor(0), Reason: LineNotCovered},
			}},
	}
}

func (f *fakeClaims) CreatePlan(_ context.Context, from common.Address, p NewPlan) (Plan, TxResult, error) {
	f.record("CreatePlan", from, p)
	return f.plan, minedTx, f.err
}

func (f *fakeClaims) Plan(_ context.Context, id uint64) (Plan, error) {
	f.record("Plan", id)
	return f.plan, f.err
}

func (f *fakeClaims) SetTariffs(_ context.Context, from common.Address, id uint64, ts []PlanTariff) (Plan, TxResult, error) {
	f.record("SetTariffs", from, id, ts)
	return f.plan, minedTx, f.err
}

func (f *fakeClaims) ClosePlan(_ context.Context, from common.Address, id uint64) (Plan, TxResult, error) {
	f.record("ClosePlan", from, id)
	p := f.plan
	p.Open = false
	return p, minedTx, f.err
}

func (f *fakeClaims) Enrol(_ context.Context, from common.Address, r PolicyRequest) (Policy, TxResult, error) {
	f.record("Enrol", from, r)
	return f.pol, minedTx, f.err
}

func (f *fakeClaims) Policy(_ context.Context, id uint64) (Policy, error) {
	f.record("Policy", id)
	return f.pol, f.err
}

func (f *fakeClaims) TerminatePolicy(_ context.Context, from common.Address, id uint64) (Policy, TxResult, error) {
	f.record("TerminatePolicy", from, id)
	return f.pol, minedTx, f.err
}

func (f *fakeClaims) Deposit(_ context.Context, from common.Address, r DepositRequest) (PoolChange, error) {
	f.record("Deposit", from, r)
	return PoolChange{Pool: f.pool, Settled: 1, Txs: []TxResult{minedTx, minedTx}}, f.err
}

func (f *fakeClaims) Withdraw(_ context.Context, from common.Address, amount *big.Int) (PoolChange, error) {
	f.record("Withdraw", from, amount)
	return PoolChange{Pool: f.pool, Txs: []TxResult{minedTx}}, f.err
}

func (f *fakeClaims) Pool(_ context.Context, insurer common.Address) (Pool, error) {
	f.record("Pool", insurer)
	return f.pool, f.err
}

func (f *fakeClaims) Settle(_ context.Context, from, insurer common.Address, n int) (PoolChange, error) {
	f.record("Settle", from, insurer, n)
	return PoolChange{Pool: f.pool}, f.err
}

func (f *fakeClaims) SubmitClaim(_ context.Context, from common.Address, s ClaimSubmission) (Claim, TxResult, error) {
	f.record("SubmitClaim", from, s)
	return f.claim, minedTx, f.err
}

func (f *fakeClaims) Claim(_ context.Context, id [32]byte) (Claim, error) {
	f.record("Claim", id)
	return f.claim, f.err
}

func (f *fakeClaims) ApproveClaim(_ context.Context, from common.Address, id [32]byte, a ClaimApproval) (Claim, TxResult, error) {
	f.record("ApproveClaim", from, id, a)
	c := f.claim
	c.Status = ClaimPaid
	return c, minedTx, f.err
}

func (f *fakeClaims) DenyClaim(_ context.Context, from common.Address, id, reason [32]byte) (Claim, TxResult, error) {
	f.record("DenyClaim", from, id, reason)
	c := f.claim
	c.Status, c.Denial = ClaimDenied, &ClaimDenial{ReasonCode: reason}
	return c, minedTx, f.err
}

func (f *fakeClaims) AppealClaim(_ context.Context, from common.Address, id [32]byte, a ClaimAppeal) (Claim, TxResult, error) {
	f.record("AppealClaim", from, id, a)
	c := f.claim
	c.Status, c.Appealed, c.Appeal = ClaimAppealed, true, &a
	return c, minedTx, f.err
}

func (f *fakeClaims) Treasury() common.Address {
	if f.treasury != (common.Address{}) {
		return f.treasury
	}
	return claimsTreasury
}

func (f *fakeClaims) Mint(_ context.Context, m TokenMint) (TokenBalance, TxResult, error) {
	f.record("Mint", m)
	return TokenBalance{Account: m.To, Balance: m.Amount, ClaimsAllowance: minor(0)}, minedTx, f.err
}

func (f *fakeClaims) Burn(_ context.Context, amount *big.Int, ref [32]byte) (TokenBalance, TxResult, error) {
	f.record("Burn", amount, ref)
	return TokenBalance{Account: claimsTreasury, Balance: minor(0), ClaimsAllowance: minor(0)}, minedTx, f.err
}

func (f *fakeClaims) Balance(_ context.Context, a common.Address) (TokenBalance, error) {
	f.record("Balance", a)
	return TokenBalance{Account: a, Balance: minor(1_500_000), ClaimsAllowance: minor(0)}, f.err
}

var _ Claims = (*fakeClaims)(nil)

// claimsHarness is a harness whose server has a fakeClaims.
type claimsHarness struct {
	*harness
	claims *fakeClaims
}

func newClaimsHarness(t *testing.T, configure ...func(*Config)) *claimsHarness {
	t.Helper()
	fc := newFakeClaims()
	h := newHarnessDeps(t, func(d *Deps) { d.Claims = fc }, configure...)
	return &claimsHarness{harness: h, claims: fc}
}
