package api

import (
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/money"
)

// Response bodies of the insurance endpoints, with the conventions of
// response.go. Amounts are decimal strings with six fractional digits
// ("1250.500000"); service codes are their text when they are printable
// ASCII, else 0x-hex.

type planTariffResponse struct {
	Code   string `json:"code"`
	Amount string `json:"amount"`
}

type planResponse struct {
	PlanID          uint64               `json:"planId"`
	Insurer         string               `json:"insurer"`
	Open            bool                 `json:"open"`
	CopayBps        uint16               `json:"copayBps"`
	Consent         []string             `json:"consent"`
	Deductible      string               `json:"deductible"`
	AnnualLimit     string               `json:"annualLimit"`
	ReviewThreshold string               `json:"reviewThreshold"`
	Tariffs         []planTariffResponse `json:"tariffs"`
}

type planTxResponse struct {
	Plan planResponse `json:"plan"`
	Tx   txResponse   `json:"tx"`
}

type policyResponse struct {
	PolicyID   uint64 `json:"policyId"`
	PlanID     uint64 `json:"planId"`
	Insurer    string `json:"insurer"`
	Patient    string `json:"patient"`
	MemberRef  string `json:"memberRef"`
	ValidFrom  string `json:"validFrom"`
	ValidUntil string `json:"validUntil"`
	Active     bool   `json:"active"`
}

type policyTxResponse struct {
	Policy policyResponse `json:"policy"`
	Tx     txResponse     `json:"tx"`
}

type poolResponse struct {
	Insurer   string `json:"insurer"`
	Deposited string `json:"deposited"`
	Withdrawn string `json:"withdrawn"`
	Paid      string `json:"paid"`
	Owed      string `json:"owed"`
	Balance   string `json:"balance"`
	Available string `json:"available"`
	Queued    uint64 `json:"queued"`
}

type poolChangeResponse struct {
	Pool    poolResponse `json:"pool"`
	Settled int          `json:"settled"`
	Txs     []txResponse `json:"txs"`
}

type claimLineResponse struct {
	Code       string `json:"code"`
	Quantity   uint16 `json:"quantity"`
	UnitAmount string `json:"unitAmount"`
	Allowed    string `json:"allowed"`
	Approved   string `json:"approved,omitempty"`
	Reason     string `json:"reason,omitempty"`
}

type claimDecisionResponse struct {
	Approved    string `json:"approved"`
	Deductible  string `json:"deductible"`
	Copay       string `json:"copay"`
	OverLimit   string `json:"overLimit"`
	Payout      string `json:"payout"`
	BenefitYear uint32 `json:"benefitYear"`
}

type claimDenialResponse struct {
	ReasonCode string `json:"reasonCode"`
	Final      bool   `json:"final"`
}

type claimAppealResponse struct {
	ReasonCode string   `json:"reasonCode"`
	Evidence   []string `json:"evidence"`
}

type claimResponse struct {
	ClaimID     string                 `json:"claimId"`
	ClaimKey    string                 `json:"claimKey"`
	Provider    string                 `json:"provider"`
	Patient     string                 `json:"patient"`
	Insurer     string                 `json:"insurer"`
	PolicyID    uint64                 `json:"policyId"`
	ServiceDate string                 `json:"serviceDate"`
	Status      ClaimStatus            `json:"status"`
	Appealed    bool                   `json:"appealed"`
	Reasons     []ClaimReason          `json:"reasons"`
	Allowed     string                 `json:"allowed"`
	Payout      string                 `json:"payout"`
	Lines       []claimLineResponse    `json:"lines"`
	Evidence    []string               `json:"evidence"`
	Decision    *claimDecisionResponse `json:"decision,omitempty"`
	Denial      *claimDenialResponse   `json:"denial,omitempty"`
	Appeal      *claimAppealResponse   `json:"appeal,omitempty"`
}

type claimTxResponse struct {
	Claim claimResponse `json:"claim"`
	Tx    txResponse    `json:"tx"`
}

type tokenBalanceResponse struct {
	Address         string `json:"address"`
	Balance         string `json:"balance"`
	ClaimsAllowance string `json:"claimsAllowance"`
}

type tokenTxResponse struct {
	Balance tokenBalanceResponse `json:"balance"`
	Tx      txResponse           `json:"tx"`
}

// formatAmount writes minor units as a decimal string; nil is zero.
func formatAmount(n *big.Int) string {
	if n == nil {
		n = new(big.Int)
	}
	return money.Format(n, money.TokenDecimals)
}

// formatClaimCode renders a service code: its text when it is printable
// ASCII without spaces, left-aligned and zero-padded; else 0x-hex.
func formatClaimCode(c [32]byte) string {
	n := 0
	for n < len(c) && c[n] != 0 {
		if c[n] < 0x21 || c[n] > 0x7e {
			return hexutil.Encode(c[:])
		}
		n++
	}
	for _, b := range c[n:] {
		if b != 0 {
			return hexutil.Encode(c[:])
		}
	}
	if n == 0 || (n >= 2 && (c[0] == '0' && (c[1] == 'x' || c[1] == 'X'))) {
		return hexutil.Encode(c[:])
	}
	return string(c[:n])
}

func newPlanResponse(p Plan) planResponse {
	out := planResponse{PlanID: p.ID, Insurer: p.Insurer.Hex(), Open: p.Open, CopayBps: p.Terms.CopayBps,
		Consent: categoryNamesOf(p.Terms.Consent), Deductible: formatAmount(p.Terms.Deductible),
		AnnualLimit: formatAmount(p.Terms.AnnualLimit), ReviewThreshold: formatAmount(p.Terms.ReviewThreshold),
		Tariffs: make([]planTariffResponse, len(p.Tariffs))}
	for i, t := range p.Tariffs {
		out.Tariffs[i] = planTariffResponse{Code: formatClaimCode(t.Code), Amount: formatAmount(t.Amount)}
	}
	return out
}

func newPolicyResponse(p Policy) policyResponse {
	return policyResponse{PolicyID: p.ID, PlanID: p.PlanID, Insurer: p.Insurer.Hex(), Patient: p.Patient.Hex(),
		MemberRef: hex32(p.MemberRef), ValidFrom: formatTime(p.ValidFrom), ValidUntil: formatTime(p.ValidUntil), Active: p.Active}
}

func newPoolResponse(p Pool) poolResponse {
	return poolResponse{Insurer: p.Insurer.Hex(), Deposited: formatAmount(p.Deposited), Withdrawn: formatAmount(p.Withdrawn),
		Paid: formatAmount(p.Paid), Owed: formatAmount(p.Owed), Balance: formatAmount(p.Balance),
		Available: formatAmount(p.Available), Queued: p.Queued}
}

func newPoolChangeResponse(c PoolChange) poolChangeResponse {
	out := poolChangeResponse{Pool: newPoolResponse(c.Pool), Settled: c.Settled, Txs: make([]txResponse, len(c.Txs))}
	for i, tx := range c.Txs {
		out.Txs[i] = newTxResponse(tx)
	}
	return out
}

func newClaimResponse(c Claim) claimResponse {
	out := claimResponse{ClaimID: hex32(c.ID), ClaimKey: hex32(c.ClaimKey), Provider: c.Provider.Hex(), Patient: c.Patient.Hex(),
		Insurer: c.Insurer.Hex(), PolicyID: c.PolicyID, ServiceDate: formatTime(c.ServiceDate), Status: c.Status,
		Appealed: c.Appealed, Reasons: append([]ClaimReason{}, c.Reasons...), Allowed: formatAmount(c.Allowed),
		Payout: formatAmount(c.Payout), Lines: make([]claimLineResponse, len(c.Lines)), Evidence: append([]string{}, c.Evidence...)}
	for i, l := range c.Lines {
		out.Lines[i] = claimLineResponse{Code: formatClaimCode(l.Code), Quantity: l.Quantity, UnitAmount: formatAmount(l.UnitAmount),
			Allowed: formatAmount(l.Allowed), Reason: string(l.Reason)}
		if l.Approved != nil {
			out.Lines[i].Approved = formatAmount(l.Approved)
		}
	}
	if d := c.Decision; d != nil {
		out.Decision = &claimDecisionResponse{Approved: formatAmount(d.Approved), Deductible: formatAmount(d.Deductible),
			Copay: formatAmount(d.Copay), OverLimit: formatAmount(d.OverLimit), Payout: formatAmount(d.Payout), BenefitYear: d.BenefitYear}
	}
	if d := c.Denial; d != nil {
		out.Denial = &claimDenialResponse{ReasonCode: hex32(d.ReasonCode), Final: d.Final}
	}
	if a := c.Appeal; a != nil {
		out.Appeal = &claimAppealResponse{ReasonCode: hex32(a.ReasonCode), Evidence: append([]string{}, a.Evidence...)}
	}
	return out
}

func newTokenBalanceResponse(b TokenBalance) tokenBalanceResponse {
	return tokenBalanceResponse{Address: b.Account.Hex(), Balance: formatAmount(b.Balance), ClaimsAllowance: formatAmount(b.ClaimsAllowance)}
}

func planPath(id uint64) string    { return "/v1/plans/" + strconv.FormatUint(id, 10) }
func policyPath(id uint64) string  { return "/v1/policies/" + strconv.FormatUint(id, 10) }
func claimPath(id [32]byte) string { return "/v1/claims/" + hex32(id) }
