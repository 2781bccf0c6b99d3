package api

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Types of the insurance endpoints (the Claims and SettlementToken
// contracts). Money is a *big.Int of settlement-token minor units (6
// decimals: 1.000000 token is 1_000_000); the API reads and writes it as a
// decimal string through backend/money, never as a float.

// Bounds of the Claims contract (its MAX_* constants).
const (
	// MaxClaimLines is the most lines of one claim.
	MaxClaimLines = 32
	// MaxClaimEvidence is the most evidence CIDs of one claim or appeal.
	MaxClaimEvidence = 8
	// MaxPlanTariffs is the most tariffs of one plan creation or update.
	MaxPlanTariffs = 64
	// MaxSettle is the most queued claims one settlement pays.
	MaxSettle = 32
)

// ClaimStatus is a claim's state.
type ClaimStatus string

// Claim states, in the contract's numbering (pending 1 ... appealed 5).
const (
	ClaimPending       ClaimStatus = "pending"
	ClaimAwaitingFunds ClaimStatus = "awaiting_funds"
	ClaimPaid          ClaimStatus = "paid"
	ClaimDenied        ClaimStatus = "denied"
	ClaimAppealed      ClaimStatus = "appealed"
)

// LineReason says why a claim line did not pass adjudication.
type LineReason string

// Line reasons; LineAccepted when the line passed.
const (
	LineAccepted    LineReason = ""
	LineNotCovered  LineReason = "not_covered"
	LineAboveTariff LineReason = "above_tariff"
)

// ClaimReason is one reason a claim waited (the contract's REASON_* bits).
type ClaimReason string

// Claim reasons, in the order of their bits (1, 2, 4, 8, 16).
const (
	ReasonPolicyInactive       ClaimReason = "policy_inactive"
	ReasonNoConsent            ClaimReason = "no_consent"
	ReasonLineRefused          ClaimReason = "line_refused"
	ReasonAboveReviewThreshold ClaimReason = "above_review_threshold"
	ReasonUnderfunded          ClaimReason = "underfunded"
)

// ClaimReasons returns the claim reasons in the order of their bits.
func ClaimReasons() []ClaimReason {
	return []ClaimReason{ReasonPolicyInactive, ReasonNoConsent, ReasonLineRefused, ReasonAboveReviewThreshold, ReasonUnderfunded}
}

// PlanTariff is the most a plan pays per unit of a service code; zero removes
// the code from the plan. Codes are as the chain stores them: ASCII such as
// "CPT:99213" left-aligned and zero-padded, or any 32 bytes (a hash).
type PlanTariff struct {
	Code   [32]byte
	Amount *big.Int
}

// PlanTerms are the terms of a plan, fixed at creation.
type PlanTerms struct {
	// CopayBps is the patient's share after the deductible, in basis points.
	CopayBps uint16
	// Consent are the categories the patient must grant the insurer for
	// purpose payment; they include insurance.
	Consent CategoryMask
	// Deductible is per policy and benefit year; AnnualLimit the most the
	// plan pays per policy and benefit year; claims whose allowed total is
	// above ReviewThreshold wait for review.
	Deductible, AnnualLimit, ReviewThreshold *big.Int
}

// NewPlan is a plan to publish.
type NewPlan struct {
	Terms   PlanTerms
	Tariffs []PlanTariff
}

// Plan is a plan at the chain's head.
type Plan struct {
	ID      uint64
	Insurer common.Address
	Open    bool
	Terms   PlanTerms
	// Tariffs are the covered codes with their current tariffs, in the order
	// they were first set; codes removed later are left out.
	Tariffs []PlanTariff
}

// PolicyRequest enrols a patient in a plan.
type PolicyRequest struct {
	PlanID  uint64
	Patient common.Address
	// MemberRef is the insurer's member reference: a hash, never personal data.
	MemberRef [32]byte
	// ValidFrom and ValidUntil bound the coverage, both inclusive, whole seconds.
	ValidFrom, ValidUntil time.Time
}

// Policy is a member policy at the chain's head.
type Policy struct {
	ID         uint64
	PlanID     uint64
	Insurer    common.Address
	Patient    common.Address
	MemberRef  [32]byte
	ValidFrom  time.Time
	ValidUntil time.Time
	// Active says whether the head block's time lies in the validity period.
	Active bool
}

// Pool is an insurer's pool at the chain's head.
type Pool struct {
	Insurer common.Address
	// Deposited, Withdrawn and Paid are totals ever; Balance is
	// Deposited - Withdrawn - Paid; Owed is what queued claims wait for;
	// Available is what the insurer may withdraw.
	Deposited, Withdrawn, Paid, Owed, Balance, Available *big.Int
	// Queued is the number of claims in the funding queue.
	Queued uint64
}

// PoolPermit is an EIP-2612 permit of the settlement token, signed by the
// depositing insurer's account for the Claims contract and the deposit's
// amount.
type PoolPermit struct {
	Deadline time.Time
	// Signature is the 65-byte r‖s‖v signature.
	Signature []byte
}

// DepositRequest deposits into the caller's pool.
type DepositRequest struct {
	Amount *big.Int
	// Permit, when set, replaces the separate approval transaction.
	Permit *PoolPermit
}

// PoolChange is the outcome of a deposit, withdrawal or settlement.
type PoolChange struct {
	Pool Pool
	// Settled is the number of queued claims paid by the settlement that
	// followed (or was) the change.
	Settled int
	// Txs are the mined transactions, in order (approval, deposit,
	// settlement; those that were needed).
	Txs []TxResult
}

// ClaimLine is one line of a claim as submitted.
type ClaimLine struct {
	Code     [32]byte
	Quantity uint16
	// UnitAmount is the amount billed per unit.
	UnitAmount *big.Int
}

// ClaimSubmission is a claim a provider submits.
type ClaimSubmission struct {
	Patient     common.Address
	PolicyID    uint64
	ServiceDate time.Time
	// ClaimKey is the provider's own key of the claim (a hash of its invoice
	// reference); the claim id derives from it and the provider.
	ClaimKey [32]byte
	Lines    []ClaimLine
	// Evidence are CIDv1 of encrypted evidence records, canonical strings.
	Evidence []string
}

// ClaimLineOutcome is a line with its adjudication.
type ClaimLineOutcome struct {
	ClaimLine
	// Allowed is min(unit amount, tariff) * quantity, zero when not covered.
	Allowed *big.Int
	// Approved is the amount the insurer approved for the line; nil before
	// an approval and for claims settled at submission.
	Approved *big.Int
	Reason   LineReason
}

// ClaimDecision says how the amount paid for a claim was reached.
type ClaimDecision struct {
	// Approved is what the decision starts from: the allowed or approved total.
	Approved *big.Int
	// Deductible, Copay and OverLimit are the patient's parts.
	Deductible, Copay, OverLimit *big.Int
	// Payout is what the insurer pays the provider.
	Payout *big.Int
	// BenefitYear is the policy's benefit year of the service date (from 0).
	BenefitYear uint32
}

// ClaimDenial is an insurer's refusal of a claim.
type ClaimDenial struct {
	ReasonCode [32]byte
	// Final says the denial followed an appeal and ends the claim.
	Final bool
}

// ClaimAppeal is a provider's appeal of a denial.
type ClaimAppeal struct {
	ReasonCode [32]byte
	Evidence   []string
}

// Claim is a claim at the chain's head.
type Claim struct {
	ID          [32]byte
	ClaimKey    [32]byte
	Provider    common.Address
	Patient     common.Address
	Insurer     common.Address
	PolicyID    uint64
	ServiceDate time.Time
	Status      ClaimStatus
	Appealed    bool
	// Reasons are why the claim waited; none when it settled at submission.
	Reasons []ClaimReason
	// Allowed is the allowed total at submission; Payout what the insurer
	// pays (owed while awaiting funds, paid when paid), zero before a decision.
	Allowed, Payout *big.Int
	Lines           []ClaimLineOutcome
	Evidence        []string
	// Decision is set once the claim was decided.
	Decision *ClaimDecision
	// Denial is the latest denial; nil when never denied.
	Denial *ClaimDenial
	// Appeal is set when the provider appealed.
	Appeal *ClaimAppeal
}

// ClaimApproval approves a waiting claim: fully when Amounts is empty, else
// one amount per line, each at most the line's allowed amount.
type ClaimApproval struct {
	Amounts []*big.Int
}

// TokenMint mints settlement tokens from the treasury.
type TokenMint struct {
	To     common.Address
	Amount *big.Int
	// PaymentRef ties the mint to the off-chain payment (e.g. a hash of a
	// bank transfer id).
	PaymentRef [32]byte
}

// TokenBalance is an account's settlement-token balance at the chain's head.
type TokenBalance struct {
	Account common.Address
	Balance *big.Int
	// ClaimsAllowance is what the Claims contract may still take from the
	// account (approval for deposits).
	ClaimsAllowance *big.Int
}

// Claims is what the API needs from the Claims and SettlementToken
// contracts. Writes from `from` are sent from that keystore account and wait
// for their receipts; reads are at the chain's head. Errors follow the
// conventions of [Registry]: contract reverts are [*ContractError] values
// (forbidden callers wrap ErrForbidden, bad values ErrInvalid, state
// conflicts ErrConflict); unknown plans, policies and claims wrap
// ErrNotFound. Implementations must be safe for concurrent use.
type Claims interface {
	// CreatePlan publishes a plan from the insurer from.
	CreatePlan(ctx context.Context, from common.Address, p NewPlan) (Plan, TxResult, error)
	// Plan returns a plan with its current tariffs.
	Plan(ctx context.Context, id uint64) (Plan, error)
	// SetTariffs sets tariffs of a plan (zero removes a code).
	SetTariffs(ctx context.Context, from common.Address, planID uint64, tariffs []PlanTariff) (Plan, TxResult, error)
	// ClosePlan closes a plan to new members.
	ClosePlan(ctx context.Context, from common.Address, planID uint64) (Plan, TxResult, error)
	// Enrol enrols a patient in a plan.
	Enrol(ctx context.Context, from common.Address, req PolicyRequest) (Policy, TxResult, error)
	// Policy returns a policy.
	Policy(ctx context.Context, id uint64) (Policy, error)
	// TerminatePolicy ends a policy now.
	TerminatePolicy(ctx context.Context, from common.Address, id uint64) (Policy, TxResult, error)
	// Deposit moves tokens of from into its pool (approving the Claims
	// contract first, or with the permit), then settles queued claims the
	// pool now covers.
	Deposit(ctx context.Context, from common.Address, req DepositRequest) (PoolChange, error)
	// Withdraw moves uncommitted tokens of from's pool back to from.
	Withdraw(ctx context.Context, from common.Address, amount *big.Int) (PoolChange, error)
	// Pool returns an insurer's pool.
	Pool(ctx context.Context, insurer common.Address) (Pool, error)
	// Settle pays up to maxClaims queued claims of insurer (sent from from).
	Settle(ctx context.Context, from, insurer common.Address, maxClaims int) (PoolChange, error)
	// SubmitClaim submits a claim from the provider from.
	SubmitClaim(ctx context.Context, from common.Address, s ClaimSubmission) (Claim, TxResult, error)
	// Claim returns a claim with its lines and history.
	Claim(ctx context.Context, id [32]byte) (Claim, error)
	// ApproveClaim approves a waiting claim (its insurer).
	ApproveClaim(ctx context.Context, from common.Address, id [32]byte, a ClaimApproval) (Claim, TxResult, error)
	// DenyClaim denies a waiting claim (its insurer).
	DenyClaim(ctx context.Context, from common.Address, id [32]byte, reason [32]byte) (Claim, TxResult, error)
	// AppealClaim appeals a denial (the claim's provider, once).
	AppealClaim(ctx context.Context, from common.Address, id [32]byte, a ClaimAppeal) (Claim, TxResult, error)
	// Treasury returns the account that mints and burns.
	Treasury() common.Address
	// Mint mints tokens from the treasury account.
	Mint(ctx context.Context, m TokenMint) (TokenBalance, TxResult, error)
	// Burn burns tokens of the treasury account.
	Burn(ctx context.Context, amount *big.Int, paymentRef [32]byte) (TokenBalance, TxResult, error)
	// Balance returns an account's token balance.
	Balance(ctx context.Context, account common.Address) (TokenBalance, error)
}
