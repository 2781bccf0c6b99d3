package api

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Types of the government service-contract endpoints (the ServiceContracts
// contract). Amounts are settlement-token minor units (6 decimals) as
// *big.Int; the API reads and writes them as decimal strings with
// backend/money. A nil amount is zero.

// Bounds of ServiceContracts.
const (
	// MaxServiceCodes is the contract's MAX_CODES: service codes per tariff.
	MaxServiceCodes = 32
	// MaxServiceLines is the contract's MAX_LINES: lines per report.
	MaxServiceLines = 32
	// MaxServiceEvidence is the contract's MAX_EVIDENCE: evidence CIDs per
	// report.
	MaxServiceEvidence = 8
)

// ServiceContractStatus is a contract's state.
type ServiceContractStatus string

// Contract states, in the contract's order.
const (
	ServiceContractProposed   ServiceContractStatus = "proposed"
	ServiceContractActive     ServiceContractStatus = "active"
	ServiceContractTerminated ServiceContractStatus = "terminated"
)

// ServiceReportStatus is the state of a period's report.
type ServiceReportStatus string

// Report states, in the contract's order.
const (
	ServiceReportReported      ServiceReportStatus = "reported"
	ServiceReportDisputed      ServiceReportStatus = "disputed"
	ServiceReportAwaitingFunds ServiceReportStatus = "awaiting_funds"
	ServiceReportPaid          ServiceReportStatus = "paid"
	ServiceReportRejected      ServiceReportStatus = "rejected"
)

// ServiceCode is a service code as the contract stores it: text of up to 32
// bytes, left-aligned and zero-padded (as Solidity's bytes32("GP-VISIT")), or
// any other 32 bytes.
type ServiceCode [32]byte

// ServiceTariff is the price of one unit of a service code, in minor units.
type ServiceTariff struct {
	Code  ServiceCode
	Price uint64
}

// ServiceContractProposal is what a government payer proposes.
type ServiceContractProposal struct {
	Provider common.Address
	// TermsCID is the CIDv1 of the terms document (e.g. added with POST /v1/ipfs).
	TermsCID string
	// Tariffs are 1 to MaxServiceCodes distinct codes with non-zero prices.
	Tariffs []ServiceTariff
	// Budget is the most the contract ever pays, not zero, below 2^96.
	Budget *big.Int
	// Start is the start of period 0, UTC whole seconds.
	Start time.Time
	// PeriodLength is the length of a reporting period, whole seconds.
	PeriodLength time.Duration
	// PeriodCount is the number of periods.
	PeriodCount uint16
	// AutoRelease pays reports without the payer's approval.
	AutoRelease bool
}

// ServiceContract is a contract at the chain's head.
type ServiceContract struct {
	ID           uint64
	Payer        common.Address
	Provider     common.Address
	Status       ServiceContractStatus
	AutoRelease  bool
	Start        time.Time
	PeriodLength time.Duration
	PeriodCount  uint16
	// TerminatedAt is the time of termination; zero before.
	TerminatedAt time.Time
	Budget       *big.Int
	// Escrow is what the contract holds for it.
	Escrow *big.Int
	// Released is what the provider was paid.
	Released *big.Int
	// Reserved is what open reports (reported, disputed, awaiting funds)
	// may still need.
	Reserved *big.Int
	TermsCID string
	// Tariffs are in the order of the proposal.
	Tariffs []ServiceTariff
	// AsOf is the time of the block the contract was read at.
	AsOf time.Time
}

// End is when the last period ends.
func (c ServiceContract) End() time.Time {
	return serviceContractEnd(c.Start, c.PeriodLength, c.PeriodCount)
}

// serviceContractEnd is start + length × count, in whole seconds (the product
// overflows a time.Duration).
func serviceContractEnd(start time.Time, length time.Duration, count uint16) time.Time {
	return time.Unix(start.Unix()+int64(length/time.Second)*int64(count), 0).UTC()
}

// BudgetLeft is what reports may still claim: budget - released - reserved.
func (c ServiceContract) BudgetLeft() *big.Int {
	left := new(big.Int).Sub(serviceAmountOrZero(c.Budget), serviceAmountOrZero(c.Released))
	return left.Sub(left, serviceAmountOrZero(c.Reserved))
}

// FundingRoom is the most the payer can add to the escrow now: up to the
// budget while the contract runs, only the shortfall of open reports after
// termination.
func (c ServiceContract) FundingRoom() *big.Int {
	if c.Status == ServiceContractTerminated {
		short := new(big.Int).Sub(serviceAmountOrZero(c.Reserved), serviceAmountOrZero(c.Escrow))
		if short.Sign() < 0 {
			short.SetInt64(0)
		}
		return short
	}
	room := new(big.Int).Sub(serviceAmountOrZero(c.Budget), serviceAmountOrZero(c.Released))
	return room.Sub(room, serviceAmountOrZero(c.Escrow))
}

// CurrentPeriod is the period running at t, and false before the start,
// after the end, or once the contract is terminated.
func (c ServiceContract) CurrentPeriod(t time.Time) (uint16, bool) {
	if c.Status == ServiceContractTerminated || t.Before(c.Start) || !t.Before(c.End()) || c.PeriodLength <= 0 {
		return 0, false
	}
	return uint16(t.Sub(c.Start) / c.PeriodLength), true
}

// ServiceLine is one line of a report.
type ServiceLine struct {
	Code     ServiceCode
	Quantity uint32
}

// ServiceReportRequest is a provider's report of one period.
type ServiceReportRequest struct {
	ContractID uint64
	Period     uint16
	// Lines are 1 to MaxServiceLines lines, priced at the contract's tariffs.
	Lines []ServiceLine
	// Evidence are up to MaxServiceEvidence CIDv1s of evidence records.
	Evidence []string
}

// ServiceReport is a period's report at the chain's head.
type ServiceReport struct {
	ContractID uint64
	Period     uint16
	Status     ServiceReportStatus
	ReportedAt time.Time
	// Amount is the reported amount, or the resolved one after a dispute.
	Amount *big.Int
	// Offered is the payer's offer once disputed; zero otherwise.
	Offered *big.Int
	// DisputeReason is the payer's reason code once disputed; zero otherwise.
	DisputeReason [32]byte
	// Lines and Evidence are those reported (from the ServicesReported event).
	Lines    []ServiceLine
	Evidence []string
}

// FundRequest adds to a contract's escrow from the payer's account.
type FundRequest struct {
	ContractID uint64
	// Amount is in minor units, not zero, below 2^96.
	Amount *big.Int
	// Permit, when set, is the payer's EIP-2612 permit of exactly Amount to
	// the ServiceContracts contract: funding takes one transaction
	// (fundWithPermit) instead of approve and fund.
	Permit *FundPermit
}

// FundPermit is a signed EIP-2612 permit.
type FundPermit struct {
	Deadline time.Time
	// Signature is the 65-byte r‖s‖v signature of the permit's typed data.
	Signature []byte
}

// FundResult is the outcome of a funding.
type FundResult struct {
	Contract ServiceContract
	// Tx is the fund (or fundWithPermit) transaction.
	Tx TxResult
	// ApproveTx is the token approval sent before fund; nil when none was
	// needed (a permit, or an allowance already there).
	ApproveTx *TxResult
}

// ServiceContracts is what the API needs from the ServiceContracts contract
// and the settlement token. Writes are sent from `from` (the authenticated
// institution's keystore account) and return once mined; the contract
// decides who may do what, and its refusals are *ContractError values
// (ErrForbidden for the wrong party, ErrInvalid for unacceptable values,
// ErrNotFound for an unknown contract, ErrConflict otherwise).
// Implementations must be safe for concurrent use and honour ctx.
type ServiceContracts interface {
	// Propose proposes a contract; from must be an active government payer.
	Propose(ctx context.Context, from common.Address, p ServiceContractProposal) (ServiceContract, TxResult, error)
	// Accept accepts a proposed contract; from must be its provider.
	Accept(ctx context.Context, from common.Address, id uint64) (ServiceContract, TxResult, error)
	// Fund adds req.Amount from the payer's token balance to the escrow:
	// approve (when the allowance is short) and fund, or fundWithPermit.
	Fund(ctx context.Context, from common.Address, req FundRequest) (FundResult, error)
	// PermitTypedData is the EIP-712 typed data of the token permit that
	// owner signs to fund contract id with amount until deadline.
	PermitTypedData(ctx context.Context, owner common.Address, id uint64, amount *big.Int, deadline time.Time) (TypedData, error)
	// Report reports the services of a period; from must be the provider.
	Report(ctx context.Context, from common.Address, req ServiceReportRequest) (ServiceReport, TxResult, error)
	// ApproveReport approves a reported period; from must be the payer.
	ApproveReport(ctx context.Context, from common.Address, id uint64, period uint16) (ServiceReport, TxResult, error)
	// DisputeReport disputes a reported period with a reason and an offer
	// below the reported amount; from must be the payer.
	DisputeReport(ctx context.Context, from common.Address, id uint64, period uint16, reason [32]byte, offered *big.Int) (ServiceReport, TxResult, error)
	// ResolveDispute resolves a dispute at amount: the provider accepting the
	// offer, or the regulator arbitrating up to the reported amount.
	ResolveDispute(ctx context.Context, from common.Address, id uint64, period uint16, amount *big.Int) (ServiceReport, TxResult, error)
	// Release pays a report awaiting funds once the escrow covers it; anyone.
	Release(ctx context.Context, from common.Address, id uint64, period uint16) (ServiceReport, TxResult, error)
	// Terminate ends a proposed or active contract and returns the escrow
	// open reports do not reserve to the payer; from must be a party.
	Terminate(ctx context.Context, from common.Address, id uint64, reason [32]byte) (ServiceContract, TxResult, error)
	// ServiceContract reads contract id; an unknown id wraps ErrNotFound.
	ServiceContract(ctx context.Context, id uint64) (ServiceContract, error)
	// ServiceReport reads the report of a period; no report wraps ErrNotFound.
	ServiceReport(ctx context.Context, id uint64, period uint16) (ServiceReport, error)
}

func serviceAmountOrZero(n *big.Int) *big.Int {
	if n == nil {
		return new(big.Int)
	}
	return n
}
