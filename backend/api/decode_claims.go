package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/crypto"
)

// Request decoders of the insurance endpoints. They follow the rules of
// decode.go; in addition:
//   - amounts: decimal strings of settlement tokens such as "1250.50", at most
//     6 fractional digits, no sign, exponent or separators; a JSON number is
//     refused (amounts never pass through a float). Tariffs, deductibles,
//     limits, thresholds and unit amounts are at most 2^64-1 minor units,
//     other amounts at most 2^96-1 (invalid_number, details.field);
//   - service codes: printable ASCII of 1 to 32 bytes such as "CPT:99213",
//     stored left-aligned, or 0x + 64 hex digits (invalid_bytes32);
//   - references (claimKey, memberRef, paymentRef): 0x + 64 hex digits, or
//     any other text of 1 to 256 bytes, which is replaced by its keccak256
//     hash (invalid_bytes32): an invoice number or member number never
//     reaches the chain in clear;
//   - claim ids: bytes32 (invalid_bytes32); plan and policy ids: decimal
//     whole numbers from 1 (invalid_number);
//   - a claim is plain JSON or an FHIR R4 Claim resource (Content-Type
//     application/fhir+json, or a resourceType member), see decodeFHIRClaim.

// Field names of the insurance endpoints.
const (
	claimFieldPlanID          = "planId"
	claimFieldPolicyID        = "policyId"
	claimFieldClaimID         = "claimId"
	claimFieldInsurer         = "insurer"
	claimFieldCopayBps        = "copayBps"
	claimFieldConsent         = "consent"
	claimFieldDeductible      = "deductible"
	claimFieldAnnualLimit     = "annualLimit"
	claimFieldReviewThreshold = "reviewThreshold"
	claimFieldTariffs         = "tariffs"
	claimFieldCode            = "code"
	claimFieldAmount          = "amount"
	claimFieldPatient         = "patient"
	claimFieldMemberRef       = "memberRef"
	claimFieldValidFrom       = "validFrom"
	claimFieldValidUntil      = "validUntil"
	claimFieldPermit          = "permit"
	claimFieldDeadline        = "deadline"
	claimFieldSignature       = "signature"
	claimFieldMaxClaims       = "maxClaims"
	claimFieldServiceDate     = "serviceDate"
	claimFieldClaimKey        = "claimKey"
	claimFieldLines           = "lines"
	claimFieldQuantity        = "quantity"
	claimFieldUnitAmount      = "unitAmount"
	claimFieldEvidence        = "evidence"
	claimFieldAmounts         = "amounts"
	claimFieldReasonCode      = "reasonCode"
	claimFieldTo              = "to"
	claimFieldPaymentRef      = "paymentRef"
	claimFieldAddress         = "address"
)

// Largest amounts, in minor units.
var (
	claimMax64 = new(big.Int).SetUint64(math.MaxUint64)
)

// maxClaimRefLen bounds a reference given as text.
const maxClaimRefLen = 256

// maxBps is 100 % in basis points.
const maxBps = 10_000

// ClaimSettleRequest is the decoded body of POST /v1/pools/{insurer}/settle.
type ClaimSettleRequest struct {
	MaxClaims int
}

// TokenBurn is the decoded body of POST /v1/token/burn.
type TokenBurn struct {
	Amount     *big.Int
	PaymentRef [32]byte
}

// parseClaimCode accepts a service code: printable ASCII of 1 to 32 bytes, or
// 0x + 64 hex digits.
func parseClaimCode(field, s string) ([32]byte, error) {
	var out [32]byte
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		b, ok := decodeHex(s, 32)
		if !ok {
			return out, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s starting with 0x must be 0x followed by 64 hex digits; send any other code as text such as \"CPT:99213\"", field))
		}
		copy(out[:], b)
	} else {
		if s == "" || len(s) > 32 {
			return out, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must be a service code of 1 to 32 characters such as \"CPT:99213\", or 0x followed by 64 hex digits", field))
		}
		for i := 0; i < len(s); i++ {
			if s[i] < 0x21 || s[i] > 0x7e {
				return out, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must be printable ASCII without spaces such as \"CPT:99213\"", field))
			}
		}
		copy(out[:], s)
	}
	if out == ([32]byte{}) {
		return out, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must not be zero", field))
	}
	return out, nil
}

// parseClaimRef accepts 0x + 64 hex digits, or text that is hashed.
func parseClaimRef(field, s string) ([32]byte, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return parseBytes32(field, s)
	}
	switch {
	case s == "" || len(s) > maxClaimRefLen:
		return [32]byte{}, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must be 1 to %d bytes of text (hashed before it is stored) or 0x followed by 64 hex digits", field, maxClaimRefLen))
	case strings.TrimSpace(s) != s:
		return [32]byte{}, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must not start or end with white space", field))
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return [32]byte{}, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must not contain control characters", field))
	}
	return crypto.Keccak256Hash([]byte(s)), nil
}

func (o object) requiredRef(field string) ([32]byte, error) {
	s, err := o.required(field)
	if err != nil {
		return [32]byte{}, err
	}
	return parseClaimRef(field, s)
}

// list returns the raw items of the list field; absent or null is nil.
func (o object) claimList(field string, max int) ([]json.RawMessage, bool, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		return nil, false, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, true, fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q must be a list", field))
	}
	if len(items) > max {
		return nil, true, fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q lists %d items; at most %d", field, len(items), max))
	}
	return items, true, nil
}

// claimItemError prefixes an item's error with its index.
func claimItemError(err error, field string, i int) error {
	var e *Error
	if errors.As(err, &e) {
		e.Message = fmt.Sprintf("%s[%d]: %s", field, i, e.Message)
		e.Details = mergeDetails(e.Details, "index", i)
	}
	return err
}

// decodeTariffList decodes [{code, amount}] with at least min items.
func decodeTariffList(o object, min int) ([]PlanTariff, error) {
	items, ok, err := o.claimList(claimFieldTariffs, MaxPlanTariffs)
	if err != nil {
		return nil, err
	}
	if !ok || len(items) < min {
		if min == 0 && !ok {
			return nil, nil
		}
		return nil, fieldError(CodeMissingField, claimFieldTariffs, fmt.Sprintf("the field %q must list at least %d tariff ({\"code\": \"CPT:99213\", \"amount\": \"80.00\"})", claimFieldTariffs, min))
	}
	out := make([]PlanTariff, len(items))
	seen := map[[32]byte]int{}
	for i, it := range items {
		t, err := decodeTariffItem(it)
		if err != nil {
			return nil, claimItemError(err, claimFieldTariffs, i)
		}
		if j, dup := seen[t.Code]; dup {
			return nil, claimItemError(fieldError(CodeInvalidJSON, claimFieldCode, fmt.Sprintf("the code is also tariff %d; list each code once", j)), claimFieldTariffs, i)
		}
		seen[t.Code] = i
		out[i] = t
	}
	return out, nil
}

func decodeTariffItem(raw []byte) (PlanTariff, error) {
	o, err := decodeObject(raw, claimFieldCode, claimFieldAmount)
	if err != nil {
		return PlanTariff{}, err
	}
	s, err := o.required(claimFieldCode)
	if err != nil {
		return PlanTariff{}, err
	}
	var t PlanTariff
	if t.Code, err = parseClaimCode(claimFieldCode, s); err != nil {
		return PlanTariff{}, err
	}
	// Zero removes a code from the plan.
	if t.Amount, err = o.amount(claimFieldAmount, claimMax64, true, true); err != nil {
		return PlanTariff{}, err
	}
	return t, nil
}

// decodePlanRequest decodes {copayBps, consent?, deductible, annualLimit,
// reviewThreshold, tariffs?}.
func decodePlanRequest(body []byte) (NewPlan, error) {
	o, err := decodeObject(body, claimFieldCopayBps, claimFieldConsent, claimFieldDeductible, claimFieldAnnualLimit,
		claimFieldReviewThreshold, claimFieldTariffs)
	if err != nil {
		return NewPlan{}, err
	}
	var p NewPlan
	bps, err := o.requiredInt(claimFieldCopayBps, 0, maxBps)
	if err != nil {
		return NewPlan{}, err
	}
	p.Terms.CopayBps = uint16(bps)
	p.Terms.Consent = MaskOf(CategoryInsurance)
	if _, ok := o[claimFieldConsent]; ok && string(o[claimFieldConsent]) != "null" {
		names, err := o.requiredList(claimFieldConsent)
		if err != nil {
			return NewPlan{}, err
		}
		if p.Terms.Consent, err = parseCategories(claimFieldConsent, names); err != nil {
			return NewPlan{}, err
		}
		if !p.Terms.Consent.Has(CategoryInsurance) {
			return NewPlan{}, fieldError(CodeInvalidCategory, claimFieldConsent, "consent must include insurance: a plan always needs the patient's consent to insurance data for payment")
		}
	}
	if p.Terms.Deductible, err = o.amount(claimFieldDeductible, claimMax64, true, true); err != nil {
		return NewPlan{}, err
	}
	if p.Terms.AnnualLimit, err = o.amount(claimFieldAnnualLimit, claimMax64, false, true); err != nil {
		return NewPlan{}, err
	}
	if p.Terms.ReviewThreshold, err = o.amount(claimFieldReviewThreshold, claimMax64, true, true); err != nil {
		return NewPlan{}, err
	}
	if p.Tariffs, err = decodeTariffList(o, 0); err != nil {
		return NewPlan{}, err
	}
	return p, nil
}

// decodeTariffsRequest decodes {tariffs}.
func decodeTariffsRequest(body []byte) ([]PlanTariff, error) {
	o, err := decodeObject(body, claimFieldTariffs)
	if err != nil {
		return nil, err
	}
	return decodeTariffList(o, 1)
}

// decodePolicyRequest decodes {planId, patient, memberRef, validFrom?,
// validUntil}; a zero ValidFrom means now (the handler fills it in).
func decodePolicyRequest(body []byte) (PolicyRequest, error) {
	o, err := decodeObject(body, claimFieldPlanID, claimFieldPatient, claimFieldMemberRef, claimFieldValidFrom, claimFieldValidUntil)
	if err != nil {
		return PolicyRequest{}, err
	}
	var r PolicyRequest
	id, err := o.requiredInt(claimFieldPlanID, 1, math.MaxInt64)
	if err != nil {
		return PolicyRequest{}, err
	}
	r.PlanID = uint64(id)
	s, err := o.required(claimFieldPatient)
	if err == nil {
		r.Patient, err = parseAddress(claimFieldPatient, s)
	}
	if err == nil {
		r.MemberRef, err = o.requiredRef(claimFieldMemberRef)
	}
	if err == nil {
		if s, ok, e := o.optional(claimFieldValidFrom); e != nil {
			err = e
		} else if ok {
			r.ValidFrom, err = parseTime(claimFieldValidFrom, s)
		}
	}
	if err == nil {
		if s, err = o.required(claimFieldValidUntil); err == nil {
			r.ValidUntil, err = parseTime(claimFieldValidUntil, s)
		}
	}
	if err != nil {
		return PolicyRequest{}, err
	}
	if !r.ValidFrom.IsZero() && !r.ValidUntil.After(r.ValidFrom) {
		return PolicyRequest{}, fieldError(CodeInvalidTime, claimFieldValidUntil, "validUntil must be after validFrom")
	}
	return r, nil
}

// decodeDepositRequest decodes {amount, permit?: {deadline, signature}}.
func decodeDepositRequest(body []byte) (DepositRequest, error) {
	o, err := decodeObject(body, claimFieldAmount, claimFieldPermit)
	if err != nil {
		return DepositRequest{}, err
	}
	var r DepositRequest
	if r.Amount, err = o.amount(claimFieldAmount, maxAmount, false, true); err != nil {
		return DepositRequest{}, err
	}
	if raw, ok := o[claimFieldPermit]; ok && string(raw) != "null" {
		p, err := decodeObject(raw, claimFieldDeadline, claimFieldSignature)
		if err != nil {
			return DepositRequest{}, claimPrefix(err, claimFieldPermit)
		}
		var permit PoolPermit
		s, err := p.required(claimFieldDeadline)
		if err == nil {
			permit.Deadline, err = parseTime(claimFieldDeadline, s)
		}
		if err == nil {
			if s, err = p.required(claimFieldSignature); err == nil {
				permit.Signature, err = parseKeySignature(claimFieldSignature, s)
			}
		}
		if err != nil {
			return DepositRequest{}, claimPrefix(err, claimFieldPermit)
		}
		r.Permit = &permit
	}
	return r, nil
}

// claimPrefix names the enclosing object in an error's field.
func claimPrefix(err error, parent string) error {
	var e *Error
	if errors.As(err, &e) {
		if f, ok := e.Details["field"].(string); ok {
			e.Details["field"] = parent + "." + f
		} else {
			e.Details = mergeDetails(e.Details, "field", parent)
		}
		e.Message = parent + ": " + e.Message
	}
	return err
}

// decodeAmountRequest decodes {amount}.
func decodeAmountRequest(body []byte) (*big.Int, error) {
	o, err := decodeObject(body, claimFieldAmount)
	if err != nil {
		return nil, err
	}
	return o.amount(claimFieldAmount, maxAmount, false, true)
}

// decodeSettleRequest decodes {maxClaims?} or an empty body.
func decodeSettleRequest(body []byte) (ClaimSettleRequest, error) {
	r := ClaimSettleRequest{MaxClaims: MaxSettle}
	if len(bytes.TrimSpace(body)) == 0 {
		return r, nil
	}
	o, err := decodeObject(body, claimFieldMaxClaims)
	if err != nil {
		return r, err
	}
	n, ok, err := o.optionalInt(claimFieldMaxClaims, 1, MaxSettle)
	if err != nil {
		return r, err
	}
	if ok {
		r.MaxClaims = int(n)
	}
	return r, nil
}

// decodeClaimRequest decodes the plain JSON form of a claim: {patient,
// policyId, serviceDate, claimKey, lines: [{code, quantity, unitAmount}],
// evidence?}.
func decodeClaimRequest(body []byte) (ClaimSubmission, error) {
	o, err := decodeObject(body, claimFieldPatient, claimFieldPolicyID, claimFieldServiceDate, claimFieldClaimKey, claimFieldLines, claimFieldEvidence)
	if err != nil {
		return ClaimSubmission{}, err
	}
	var c ClaimSubmission
	s, err := o.required(claimFieldPatient)
	if err == nil {
		c.Patient, err = parseAddress(claimFieldPatient, s)
	}
	if err != nil {
		return ClaimSubmission{}, err
	}
	id, err := o.requiredInt(claimFieldPolicyID, 1, math.MaxInt64)
	if err != nil {
		return ClaimSubmission{}, err
	}
	c.PolicyID = uint64(id)
	if s, err = o.required(claimFieldServiceDate); err == nil {
		c.ServiceDate, err = parseServiceDate(claimFieldServiceDate, s)
	}
	if err == nil {
		c.ClaimKey, err = o.requiredRef(claimFieldClaimKey)
	}
	if err != nil {
		return ClaimSubmission{}, err
	}
	items, ok, err := o.claimList(claimFieldLines, MaxClaimLines)
	if err != nil {
		return ClaimSubmission{}, err
	}
	if !ok || len(items) == 0 {
		return ClaimSubmission{}, fieldError(CodeMissingField, claimFieldLines, fmt.Sprintf("the field %q must list 1 to %d lines ({\"code\": \"CPT:99213\", \"quantity\": 1, \"unitAmount\": \"80.00\"})", claimFieldLines, MaxClaimLines))
	}
	c.Lines = make([]ClaimLine, len(items))
	for i, it := range items {
		if c.Lines[i], err = decodeClaimLine(it); err != nil {
			return ClaimSubmission{}, claimItemError(err, claimFieldLines, i)
		}
	}
	if c.Evidence, err = decodeEvidence(o); err != nil {
		return ClaimSubmission{}, err
	}
	return c, nil
}

func decodeClaimLine(raw []byte) (ClaimLine, error) {
	o, err := decodeObject(raw, claimFieldCode, claimFieldQuantity, claimFieldUnitAmount)
	if err != nil {
		return ClaimLine{}, err
	}
	var l ClaimLine
	s, err := o.required(claimFieldCode)
	if err == nil {
		l.Code, err = parseClaimCode(claimFieldCode, s)
	}
	if err != nil {
		return ClaimLine{}, err
	}
	q, err := o.requiredInt(claimFieldQuantity, 1, math.MaxUint16)
	if err != nil {
		return ClaimLine{}, err
	}
	l.Quantity = uint16(q)
	if l.UnitAmount, err = o.amount(claimFieldUnitAmount, claimMax64, false, true); err != nil {
		return ClaimLine{}, err
	}
	return l, nil
}

// decodeEvidence decodes the optional evidence list of CIDv1.
func decodeEvidence(o object) ([]string, error) {
	items, ok, err := o.claimList(claimFieldEvidence, MaxClaimEvidence)
	if err != nil || !ok {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		var s string
		if err := json.Unmarshal(it, &s); err != nil {
			return nil, claimItemError(fieldError(CodeInvalidCID, claimFieldEvidence, "evidence must list CIDv1 strings"), claimFieldEvidence, i)
		}
		if out[i], err = parseCID(claimFieldEvidence, s); err != nil {
			return nil, claimItemError(err, claimFieldEvidence, i)
		}
	}
	return out, nil
}

// parseServiceDate accepts an RFC 3339 time or a date (its start, 00:00 UTC).
func parseServiceDate(field, s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil && t.Year() >= 1970 && t.Unix() > 0 {
		return t, nil
	}
	t, err := parseTime(field, s)
	if err != nil {
		return time.Time{}, fieldError(CodeInvalidTime, field, fmt.Sprintf("%s must be a date such as 2025-06-01 or an RFC 3339 time such as 2025-06-01T09:30:00Z, after 1970", field))
	}
	return t, nil
}

// decodeApproveRequest decodes {amounts?} or an empty body (full approval).
func decodeApproveRequest(body []byte) (ClaimApproval, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return ClaimApproval{}, nil
	}
	o, err := decodeObject(body, claimFieldAmounts)
	if err != nil {
		return ClaimApproval{}, err
	}
	items, _, err := o.claimList(claimFieldAmounts, MaxClaimLines)
	if err != nil {
		return ClaimApproval{}, err
	}
	var a ClaimApproval
	total := new(big.Int)
	for i, it := range items {
		var s string
		if err := json.Unmarshal(it, &s); err != nil {
			return ClaimApproval{}, claimItemError(fieldError(CodeInvalidNumber, claimFieldAmounts, "amounts must be decimal strings such as \"80.00\", one per line"), claimFieldAmounts, i)
		}
		n, err := parseAmount(claimFieldAmounts, s, maxAmount, true)
		if err != nil {
			return ClaimApproval{}, claimItemError(err, claimFieldAmounts, i)
		}
		total.Add(total, n)
		a.Amounts = append(a.Amounts, n)
	}
	if len(a.Amounts) > 0 && total.Sign() == 0 {
		return ClaimApproval{}, fieldError(CodeInvalidNumber, claimFieldAmounts, "every amount is zero: deny the claim instead (POST /v1/claims/{claimId}/deny)")
	}
	return a, nil
}

// decodeAppealRequest decodes {reasonCode, evidence?}.
func decodeAppealRequest(body []byte) (ClaimAppeal, error) {
	o, err := decodeObject(body, claimFieldReasonCode, claimFieldEvidence)
	if err != nil {
		return ClaimAppeal{}, err
	}
	var a ClaimAppeal
	s, err := o.required(claimFieldReasonCode)
	if err == nil {
		a.ReasonCode, err = parseBytes32(claimFieldReasonCode, s)
	}
	if err == nil {
		a.Evidence, err = decodeEvidence(o)
	}
	if err != nil {
		return ClaimAppeal{}, err
	}
	return a, nil
}

// decodeMintRequest decodes {to, amount, paymentRef}.
func decodeMintRequest(body []byte) (TokenMint, error) {
	o, err := decodeObject(body, claimFieldTo, claimFieldAmount, claimFieldPaymentRef)
	if err != nil {
		return TokenMint{}, err
	}
	var m TokenMint
	s, err := o.required(claimFieldTo)
	if err == nil {
		m.To, err = parseAddress(claimFieldTo, s)
	}
	if err == nil {
		m.Amount, err = o.amount(claimFieldAmount, maxAmount, false, true)
	}
	if err == nil {
		m.PaymentRef, err = o.requiredRef(claimFieldPaymentRef)
	}
	if err != nil {
		return TokenMint{}, err
	}
	return m, nil
}

// decodeBurnRequest decodes {amount, paymentRef}.
func decodeBurnRequest(body []byte) (TokenBurn, error) {
	o, err := decodeObject(body, claimFieldAmount, claimFieldPaymentRef)
	if err != nil {
		return TokenBurn{}, err
	}
	var b TokenBurn
	if b.Amount, err = o.amount(claimFieldAmount, maxAmount, false, true); err == nil {
		b.PaymentRef, err = o.requiredRef(claimFieldPaymentRef)
	}
	if err != nil {
		return TokenBurn{}, err
	}
	return b, nil
}

// parseClaimID parses the {claimId} of a path.
func parseClaimID(s string) ([32]byte, error) { return parseBytes32(claimFieldClaimID, s) }
