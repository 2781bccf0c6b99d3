package store

import (
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// Tables of the Claims contract's events: plans and their tariffs, member
// policies, pool deposits and withdrawals, claim submissions with one row
// per line, and the later steps of each claim. Claim ids are bytes32 hex;
// amounts are token minor units (Amount, exact); service codes are bytes32
// hex as the contract holds them. Nothing medical: the chain holds service
// codes and amounts, evidence only as IPFS CIDs of encrypted content.

// Kinds of Claims rows (plans, policies, pools, claim steps).
const (
	KindCreated     = "created"
	KindClosed      = "closed"
	KindIssued      = "issued"
	KindTerminated  = "terminated"
	KindDeposited   = "deposited"
	KindWithdrawn   = "withdrawn"
	KindPended      = "pended"
	KindApproved    = "approved"
	KindDecided     = "decided"
	KindQueued      = "queued"
	KindPaid        = "paid"
	KindDenied      = "denied"
	KindAppealed    = "appealed"
	KindMinted      = "minted"
	KindBurned      = "burned"
	KindProposed    = "proposed"
	KindFunded      = "funded"
	KindDisputed    = "disputed"
	KindResolved    = "resolved"
	KindDeferred    = "deferred"
	KindReleasedPay = "payment_released"
	KindRefunded    = "refunded"
	KindReported    = "reported"
)

// Claim statuses as the contract stores them after an event (ClaimState).
const (
	ClaimPending       = "pending"
	ClaimAwaitingFunds = "awaiting_funds"
	ClaimPaidStatus    = "paid"
	ClaimDeniedStatus  = "denied"
	ClaimAppealed      = "appealed"
)

// ClaimStatuses lists the statuses a claim can be in, as ClaimState.Status.
func ClaimStatuses() []string {
	return []string{ClaimPending, ClaimAwaitingFunds, ClaimPaidStatus, ClaimDeniedStatus, ClaimAppealed}
}

// PlanEvent is a PlanCreated (with the plan's terms) or PlanClosed event.
// Indexed by plan id and insurer.
type PlanEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindCreated or KindClosed.
	Kind string `gorm:"size:16;not null"`
	// PlanID is the contract's plan id (from 1).
	PlanID int64 `gorm:"not null;index"`
	// Insurer publishes the plan; empty on closures (the event does not say).
	Insurer string `gorm:"size:42;not null;index"`
	// CopayBps is the patient's share after the deductible, in basis points.
	CopayBps int `gorm:"not null"`
	// ConsentCategories is the AccessGrants category mask the insurer needs.
	ConsentCategories int64 `gorm:"not null"`
	// Deductible, AnnualLimit and ReviewThreshold are minor units.
	Deductible      Amount `gorm:"not null"`
	AnnualLimit     Amount `gorm:"not null"`
	ReviewThreshold Amount `gorm:"not null"`
}

// PlanTariffSet is a TariffsSet event: tariffs of a plan's service codes
// changed (a tariff of 0 uncovers the code). Its PlanTariff rows, one per
// code, are derived from the same log. Indexed by plan id.
type PlanTariffSet struct {
	Event `gorm:"embedded"`
	// PlanID is the plan.
	PlanID int64 `gorm:"not null;index"`
	// Codes is the number of codes set.
	Codes int `gorm:"not null"`

	tariffs []Row `gorm:"-"`
}

// PlanTariff is one code of a TariffsSet event. Keyed by (block hash, log
// index, code index). Indexed by plan id and position (see indexes.go).
type PlanTariff struct {
	Event `gorm:"embedded"`
	// CodeIndex is the code's place in the event; part of the key.
	CodeIndex int `gorm:"primaryKey;autoIncrement:false"`
	// PlanID is the plan.
	PlanID int64 `gorm:"not null"`
	// Code is the service code (bytes32 hex).
	Code string `gorm:"size:66;not null"`
	// Tariff is the maximum amount per unit, minor units; 0: not covered.
	Tariff Amount `gorm:"not null"`
}

// PolicyEvent is a PolicyIssued or PolicyTerminated event. Terminations
// carry the policy id and the new end only; the patient, plan and member
// reference are copied from the policy's issue (a function of the chain up
// to the termination). Indexed by policy id, patient and position, and plan.
type PolicyEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindIssued or KindTerminated.
	Kind string `gorm:"size:16;not null"`
	// PolicyID is the contract's policy id (from 1).
	PolicyID int64 `gorm:"not null;index"`
	// PlanID is the policy's plan.
	PlanID int64 `gorm:"not null;index"`
	// Patient is the member.
	Patient string `gorm:"size:42;not null"`
	// MemberRef is the insurer's member reference (a hash, bytes32 hex).
	MemberRef string `gorm:"size:66;not null"`
	// ValidFrom and ValidUntil bound the cover (Unix seconds, inclusive);
	// on terminations ValidUntil is the termination time.
	ValidFrom  int64 `gorm:"not null"`
	ValidUntil int64 `gorm:"not null"`
}

// PoolEvent is a PoolDeposited or PoolWithdrawn event of an insurer's claims
// pool. Indexed by insurer and position.
type PoolEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindDeposited or KindWithdrawn.
	Kind string `gorm:"size:16;not null"`
	// Insurer owns the pool.
	Insurer string `gorm:"size:42;not null"`
	// Amount is in minor units.
	Amount Amount `gorm:"not null"`
}

// ClaimSubmission is a ClaimSubmitted event. Its lines are rows of
// claim_lines, derived from the same log. Indexed by claim id, patient and
// position, provider and position, insurer and position.
type ClaimSubmission struct {
	Event `gorm:"embedded"`
	// ClaimID is keccak256(abi.encode(provider, claimKey)) (bytes32 hex).
	ClaimID string `gorm:"size:66;not null;index"`
	// Provider submitted the claim for Patient under PolicyID of Insurer.
	Provider string `gorm:"size:42;not null"`
	Patient  string `gorm:"size:42;not null"`
	Insurer  string `gorm:"size:42;not null"`
	PolicyID int64  `gorm:"not null"`
	// ClaimKey is the provider's own reference hash (bytes32 hex).
	ClaimKey string `gorm:"size:66;not null"`
	// ServiceDate is Unix seconds.
	ServiceDate int64 `gorm:"not null"`
	// Lines is the number of lines; Allowed their allowed total.
	Lines   int    `gorm:"not null"`
	Allowed Amount `gorm:"not null"`
	// Evidence lists the evidence CIDs (encrypted content in IPFS),
	// space-separated.
	Evidence string `gorm:"not null"`

	lines []Row `gorm:"-"`
}

// ClaimLine is one line of a submitted claim, derived from ClaimSubmitted.
// Keyed by (block hash, log index, line index). Indexed by (block time,
// code) and (code, block time) for service statistics, and by claim id.
type ClaimLine struct {
	Event `gorm:"embedded"`
	// LineIndex is the line's place in the claim; part of the key.
	LineIndex int `gorm:"primaryKey;autoIncrement:false"`
	// ClaimID is the claim.
	ClaimID string `gorm:"size:66;not null;index"`
	// Insurer is the claim's insurer (for statistics per insurer).
	Insurer string `gorm:"size:42;not null"`
	// Code is the service code (bytes32 hex).
	Code string `gorm:"size:66;not null"`
	// Quantity and UnitAmount are as claimed; Allowed is what adjudication
	// allowed (minor units); Reason 0 none, 1 not covered, 2 above tariff.
	Quantity   int    `gorm:"not null"`
	UnitAmount Amount `gorm:"not null"`
	Allowed    Amount `gorm:"not null"`
	Reason     int    `gorm:"not null"`
}

// ClaimEvent is any later step of a claim: ClaimPended, ClaimApproved,
// ClaimDecided, ClaimQueued, ClaimPaid, ClaimDenied or ClaimAppealed (Kind
// says which; the columns an event does not carry are zero). Steps that
// change the claim's stored status derive a ClaimState row. Indexed by claim
// id and position.
type ClaimEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindPended, KindApproved, KindDecided, KindQueued, KindPaid,
	// KindDenied or KindAppealed.
	Kind string `gorm:"size:16;not null"`
	// ClaimID is the claim.
	ClaimID string `gorm:"size:66;not null"`
	// Insurer (approved, queued, paid, denied) and Provider (paid,
	// appealed) as the event names them.
	Insurer  string `gorm:"size:42;not null"`
	Provider string `gorm:"size:42;not null"`
	// Reasons is the reason bit mask (pended).
	Reasons int `gorm:"not null"`
	// Amount is the approved total (approved), the amount owed (queued) or
	// paid (paid).
	Amount Amount `gorm:"not null"`
	// Amounts are the approved amounts per line, comma-separated (approved);
	// Partial says the approval was partial.
	Amounts string `gorm:"not null"`
	Partial bool   `gorm:"not null"`
	// PolicyID, BenefitYear and the decision's parts (decided).
	PolicyID    int64  `gorm:"not null"`
	BenefitYear int64  `gorm:"not null"`
	Approved    Amount `gorm:"not null"`
	Deductible  Amount `gorm:"not null"`
	Copay       Amount `gorm:"not null"`
	OverLimit   Amount `gorm:"not null"`
	Payout      Amount `gorm:"not null"`
	// QueuePosition is the place in the insurer's funding queue (queued).
	QueuePosition int64 `gorm:"not null"`
	// ReasonCode (denied, appealed, bytes32 hex); Final for a final denial.
	ReasonCode string `gorm:"size:66;not null"`
	Final      bool   `gorm:"not null"`
	// Evidence lists an appeal's evidence CIDs, space-separated.
	Evidence string `gorm:"not null"`
}

// ClaimState is derived from each ClaimEvent that sets the claim's stored
// status (pended, queued, paid, denied, appealed) and from nothing else: the
// claim's status after that event, with the claim's parties copied from its
// submission. A claim's current status is its newest ClaimState. Indexed by
// claim id, patient, provider, insurer and status, each with position, and by
// (status, block time) for settlement statistics.
type ClaimState struct {
	Event `gorm:"embedded"`
	// ClaimID is the claim.
	ClaimID string `gorm:"size:66;not null"`
	// Status is ClaimPending, ClaimAwaitingFunds, ClaimPaidStatus,
	// ClaimDeniedStatus or ClaimAppealed.
	Status string `gorm:"size:16;not null"`
	// Provider, Patient, Insurer and PolicyID are the submission's.
	Provider string `gorm:"size:42;not null"`
	Patient  string `gorm:"size:42;not null"`
	Insurer  string `gorm:"size:42;not null"`
	PolicyID int64  `gorm:"not null"`
	// Amount is what was paid (paid) or is owed (awaiting funds).
	Amount Amount `gorm:"not null"`
}

// NewPlanTariffSet returns a TariffsSet row with one PlanTariff per (code,
// tariff) pair; extra entries of the longer list are dropped.
func NewPlanTariffSet(at Event, planID int64, codes []string, tariffs []Amount) *PlanTariffSet {
	n := min(len(codes), len(tariffs))
	s := &PlanTariffSet{Event: at, PlanID: planID, Codes: n}
	for i := range n {
		s.tariffs = append(s.tariffs, &PlanTariff{Event: at, CodeIndex: i, PlanID: planID,
			Code: strings.ToLower(codes[i]), Tariff: tariffs[i]})
	}
	return s
}

func (s *PlanTariffSet) derive(*gorm.DB) ([]Row, error) { return s.tariffs, nil }

// NewClaimSubmission returns a submission row with its line rows.
func NewClaimSubmission(c ClaimSubmission, lines []ClaimLine) *ClaimSubmission {
	c.Lines = len(lines)
	total := Amount("0")
	sum := total.Big()
	for i := range lines {
		l := lines[i]
		l.Event, l.LineIndex, l.ClaimID, l.Insurer = c.Event, i, c.ClaimID, c.Insurer
		l.Code = strings.ToLower(l.Code)
		sum.Add(sum, l.Allowed.Big())
		c.lines = append(c.lines, &l)
	}
	c.Allowed = NewAmount(sum)
	return &c
}

func (c *ClaimSubmission) derive(*gorm.DB) ([]Row, error) { return c.lines, nil }

// derive copies an issued policy's patient, plan and member reference into
// its termination (the row is written after the issue, in the same commit or
// an earlier one). It derives no rows.
func (p *PolicyEvent) derive(tx *gorm.DB) ([]Row, error) {
	if p.Kind != KindTerminated {
		return nil, nil
	}
	var issued PolicyEvent
	err := tx.Where("policy_id = ? AND kind = ?", p.PolicyID, KindIssued).Order("block_number, log_index").Take(&issued).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("termination of policy %d: %w", p.PolicyID, err)
	}
	err = tx.Model(&PolicyEvent{}).Where("block_hash = ? AND log_index = ?", p.BlockHash, p.LogIndex).
		Updates(map[string]any{"patient": issued.Patient, "plan_id": issued.PlanID, "member_ref": issued.MemberRef,
			"valid_from": issued.ValidFrom}).Error
	if err != nil {
		return nil, fmt.Errorf("termination of policy %d: %w", p.PolicyID, err)
	}
	return nil, nil
}

// claimStatusOf maps a claim step to the status it leaves the claim in; ""
// for steps that do not set one (approved and decided are always followed by
// paid or queued in the same transaction).
func claimStatusOf(kind string) string {
	switch kind {
	case KindPended:
		return ClaimPending
	case KindQueued:
		return ClaimAwaitingFunds
	case KindPaid:
		return ClaimPaidStatus
	case KindDenied:
		return ClaimDeniedStatus
	case KindAppealed:
		return ClaimAppealed
	}
	return ""
}

// derive returns the claim's state after the event, with the parties read
// from the claim's submission (at an earlier position, in this commit or an
// earlier one).
func (e *ClaimEvent) derive(tx *gorm.DB) ([]Row, error) {
	status := claimStatusOf(e.Kind)
	if status == "" {
		return nil, nil
	}
	s := &ClaimState{Event: e.Event, ClaimID: e.ClaimID, Status: status, Insurer: e.Insurer, Provider: e.Provider}
	if e.Kind == KindPaid || e.Kind == KindQueued {
		s.Amount = e.Amount
	} else {
		s.Amount = "0"
	}
	var sub ClaimSubmission
	err := tx.Select("provider", "patient", "insurer", "policy_id").Where("claim_id = ?", e.ClaimID).
		Order("block_number, log_index").Take(&sub).Error
	switch {
	case err == nil:
		s.Provider, s.Patient, s.Insurer, s.PolicyID = sub.Provider, sub.Patient, sub.Insurer, sub.PolicyID
	case errors.Is(err, gorm.ErrRecordNotFound):
		// Not from the deployment block on: keep what the event says.
	default:
		return nil, fmt.Errorf("state of claim %s: %w", e.ClaimID, err)
	}
	return []Row{s}, nil
}

// TableName names the table.
func (PlanEvent) TableName() string { return "plan_events" }

// TableName names the table.
func (PlanTariffSet) TableName() string { return "plan_tariff_sets" }

// TableName names the table.
func (PlanTariff) TableName() string { return "plan_tariffs" }

// TableName names the table.
func (PolicyEvent) TableName() string { return "policy_events" }

// TableName names the table.
func (PoolEvent) TableName() string { return "pool_events" }

// TableName names the table.
func (ClaimSubmission) TableName() string { return "claim_submissions" }

// TableName names the table.
func (ClaimLine) TableName() string { return "claim_lines" }

// TableName names the table.
func (ClaimEvent) TableName() string { return "claim_events" }

// TableName names the table.
func (ClaimState) TableName() string { return "claim_states" }
