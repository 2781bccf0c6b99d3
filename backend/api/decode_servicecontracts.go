package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Request decoders of the service-contract endpoints. They follow the rules
// of decode.go; in addition:
//   - amounts (budget, price, amount, offered): decimal strings of settlement
//     tokens such as "1250.50", at most 6 fractional digits, no sign,
//     exponent, spaces or separators, never JSON numbers (no floats); budget
//     and amounts fit in 96 bits of minor units, prices in 64
//     (invalid_number);
//   - service codes: 1 to 32 printable ASCII characters without spaces, not
//     starting with 0x (stored left-aligned in a bytes32, as Solidity's
//     bytes32("GP-VISIT")), or 0x + 64 hex digits for any other bytes32
//     (invalid_bytes32);
//   - contract ids: 1 to 2^64-1; periods: 0 to 65534, in canonical decimal in
//     paths and as JSON integers in bodies (invalid_number);
//   - periodLength: seconds, a JSON integer from 1 to 2^32-1; periodCount: 1
//     to 65535 (invalid_number);
//   - termsCid and evidence: CIDv1 (invalid_cid).

// Field and parameter names of the service-contract endpoints.
const (
	fieldContractID   = "contractId"
	fieldPeriod       = "period"
	fieldProvider     = "provider"
	fieldTermsCID     = "termsCid"
	fieldTariffs      = "tariffs"
	fieldPrice        = "price"
	fieldBudget       = "budget"
	fieldStart        = "start"
	fieldPeriodLength = "periodLength"
	fieldPeriodCount  = "periodCount"
	fieldAutoRelease  = "autoRelease"
	fieldAmount       = "amount"
	fieldPermit       = "permit"
	fieldLines        = "lines"
	fieldEvidence     = "evidence"
	fieldOffered      = "offered"
)

// Largest amounts of the service contracts, in minor units.
var (
	// maxAmount is 2^96 - 1: budgets, escrow and report amounts are
	// uint96 in ServiceContracts.
	// maxServicePrice is 2^64 - 1: tariffs are uint64.
	maxServicePrice = new(big.Int).SetUint64(math.MaxUint64)
)

// FundTypedDataRequest is the decoded body of
// POST /v1/service-contracts/{contractId}/fund/typed-data.
type FundTypedDataRequest struct {
	Amount *big.Int
	// Deadline is the permit's deadline; zero for the default (one hour).
	Deadline time.Time
}

// DisputeRequest is the decoded body of .../reports/{period}/dispute.
type DisputeRequest struct {
	ReasonCode [32]byte
	Offered    *big.Int
}

// jsonKind names the kind of a JSON value for error messages.
func jsonKind(raw json.RawMessage) string {
	switch s := strings.TrimSpace(string(raw)); {
	case s == "true" || s == "false":
		return "boolean"
	case strings.HasPrefix(s, "{"):
		return "object"
	case strings.HasPrefix(s, "["):
		return "list"
	case strings.HasPrefix(s, `"`):
		return "string"
	}
	return "number"
}

// parseServiceCode accepts a service code as text (1 to 32 printable ASCII
// characters, no spaces, not starting with 0x) or as 0x + 64 hex digits.
func parseServiceCode(field, s string) (ServiceCode, error) {
	var c ServiceCode
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		b, ok := decodeHex(s, 32)
		if !ok {
			return c, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s starts with 0x, so it must be 0x followed by 64 hex digits; otherwise write the code as text such as GP-VISIT", field))
		}
		copy(c[:], b)
		if c == (ServiceCode{}) {
			return c, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must not be zero", field))
		}
		return c, nil
	}
	if s == "" || len(s) > 32 {
		return c, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must be 1 to 32 characters (got %d), such as GP-VISIT or 99213", field, len(s)))
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return c, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s has %q at position %d: a code is printable ASCII without spaces, such as GP-VISIT", field, s[i], i+1))
		}
	}
	copy(c[:], s)
	return c, nil
}

// String renders the code as text when it is printable ASCII without spaces
// followed by zero bytes (and does not start with 0x), else as 0x-hex: the
// form parseServiceCode reads back to the same code.
func (c ServiceCode) String() string {
	n := 0
	for n < len(c) && c[n] != 0 {
		n++
	}
	text := n > 0
	for i := 0; i < len(c); i++ {
		if i < n && (c[i] <= ' ' || c[i] > '~') || i >= n && c[i] != 0 {
			text = false
			break
		}
	}
	if text && !(n >= 2 && c[0] == '0' && (c[1] == 'x' || c[1] == 'X')) {
		return string(c[:n])
	}
	return hexutil.Encode(c[:])
}

// parseServiceContractID parses the {contractId} of a path.
func parseServiceContractID(s string) (uint64, error) {
	return parseID(fieldContractID, "a service contract", s)
}

// parseServicePeriod parses the {period} of a path: 0 to 65534, canonical decimal.
func parseServicePeriod(s string) (uint16, error) {
	if canonicalDecimal(s) {
		if n, err := strconv.ParseUint(s, 10, 16); err == nil && n < math.MaxUint16 {
			return uint16(n), nil
		}
	}
	return 0, fieldError(CodeInvalidNumber, fieldPeriod, fmt.Sprintf("%s must be a period number: a whole number from 0 to %d, in decimal without leading zeros", fieldPeriod, math.MaxUint16-1))
}

// objectList returns the raw objects of the list field; absent or null is
// nil unless required; more than max is refused.
func (o object) objectList(field, what string, required bool, max int) ([]json.RawMessage, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		if required {
			return nil, fieldError(CodeMissingField, field, fmt.Sprintf("the field %q is required: a list of %s", field, what))
		}
		return nil, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q must be a list of %s", field, what))
	}
	if required && len(items) == 0 {
		return nil, fieldError(CodeMissingField, field, fmt.Sprintf("the field %q must list at least one of %s", field, what))
	}
	if len(items) > max {
		return nil, fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q lists %d of %s; at most %d are allowed", field, len(items), what, max))
	}
	return items, nil
}

// itemError prefixes a refusal about item i of the list field.
func itemError(err error, field string, i int) error {
	var e *Error
	if errors.As(err, &e) {
		e.Message = fmt.Sprintf("%s[%d]: %s", field, i, e.Message)
		e.Details = mergeDetails(e.Details, "index", i)
	}
	return err
}

// decodeProposeRequest decodes {provider, termsCid, tariffs: [{code, price}],
// budget, start, periodLength, periodCount, autoRelease?}.
func decodeProposeRequest(body []byte) (ServiceContractProposal, error) {
	obj, err := decodeObject(body, fieldProvider, fieldTermsCID, fieldTariffs, fieldBudget, fieldStart, fieldPeriodLength, fieldPeriodCount, fieldAutoRelease)
	if err != nil {
		return ServiceContractProposal{}, err
	}
	var p ServiceContractProposal
	s, err := obj.required(fieldProvider)
	if err == nil {
		p.Provider, err = parseAddress(fieldProvider, s)
	}
	if err == nil {
		if s, err = obj.required(fieldTermsCID); err == nil {
			p.TermsCID, err = parseCID(fieldTermsCID, s)
		}
	}
	if err != nil {
		return ServiceContractProposal{}, err
	}
	items, err := obj.objectList(fieldTariffs, `{"code", "price"} objects`, true, MaxServiceCodes)
	if err != nil {
		return ServiceContractProposal{}, err
	}
	seen := make(map[ServiceCode]int, len(items))
	for i, it := range items {
		t, err := decodeTariff(it)
		if err != nil {
			return ServiceContractProposal{}, itemError(err, fieldTariffs, i)
		}
		if j, dup := seen[t.Code]; dup {
			return ServiceContractProposal{}, itemError(fieldError(CodeInvalidJSON, fieldCode,
				fmt.Sprintf("code %s is also tariff %d; give each code one price", t.Code, j)), fieldTariffs, i)
		}
		seen[t.Code] = i
		p.Tariffs = append(p.Tariffs, t)
	}
	if p.Budget, err = obj.amount(fieldBudget, maxAmount, false, true); err != nil {
		return ServiceContractProposal{}, err
	}
	if s, err = obj.required(fieldStart); err != nil {
		return ServiceContractProposal{}, err
	}
	if p.Start, err = parseTime(fieldStart, s); err != nil {
		return ServiceContractProposal{}, err
	}
	length, err := obj.requiredInt(fieldPeriodLength, 1, math.MaxUint32)
	if err != nil {
		return ServiceContractProposal{}, err
	}
	p.PeriodLength = time.Duration(length) * time.Second
	count, err := obj.requiredInt(fieldPeriodCount, 1, math.MaxUint16)
	if err != nil {
		return ServiceContractProposal{}, err
	}
	p.PeriodCount = uint16(count)
	if p.AutoRelease, err = obj.optionalBool(fieldAutoRelease); err != nil {
		return ServiceContractProposal{}, err
	}
	return p, nil
}

func decodeTariff(raw []byte) (ServiceTariff, error) {
	obj, err := decodeObject(raw, fieldCode, fieldPrice)
	if err != nil {
		return ServiceTariff{}, err
	}
	var t ServiceTariff
	s, err := obj.required(fieldCode)
	if err == nil {
		t.Code, err = parseServiceCode(fieldCode, s)
	}
	if err != nil {
		return ServiceTariff{}, err
	}
	price, err := obj.amount(fieldPrice, maxServicePrice, false, true)
	if err != nil {
		return ServiceTariff{}, err
	}
	t.Price = price.Uint64()
	return t, nil
}

// decodeFundRequest decodes {amount, permit?: {deadline, signature}}.
func decodeFundRequest(body []byte) (FundRequest, error) {
	obj, err := decodeObject(body, fieldAmount, fieldPermit)
	if err != nil {
		return FundRequest{}, err
	}
	var req FundRequest
	if req.Amount, err = obj.amount(fieldAmount, maxAmount, false, true); err != nil {
		return FundRequest{}, err
	}
	raw, ok := obj[fieldPermit]
	if !ok || string(raw) == "null" {
		return req, nil
	}
	pobj, err := decodeObject(raw, fieldDeadline, fieldSignature)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Message = "permit: " + e.Message
			e.Details = mergeDetails(e.Details, "field", fieldPermit+"."+fieldOf(e.Details))
		}
		return FundRequest{}, err
	}
	var permit FundPermit
	s, err := pobj.required(fieldDeadline)
	if err == nil {
		permit.Deadline, err = parseTime(fieldDeadline, s)
	}
	if err == nil {
		if s, err = pobj.required(fieldSignature); err == nil {
			permit.Signature, err = parseKeySignature(fieldSignature, s)
		}
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Message = "permit: " + e.Message
			e.Details = mergeDetails(e.Details, "field", fieldPermit+"."+fieldOf(e.Details))
		}
		return FundRequest{}, err
	}
	req.Permit = &permit
	return req, nil
}

// fieldOf is the field named in an error's details, or "".
func fieldOf(d map[string]any) string {
	s, _ := d["field"].(string)
	return s
}

// decodeFundTypedDataRequest decodes {amount, deadline?}.
func decodeFundTypedDataRequest(body []byte) (FundTypedDataRequest, error) {
	obj, err := decodeObject(body, fieldAmount, fieldDeadline)
	if err != nil {
		return FundTypedDataRequest{}, err
	}
	var req FundTypedDataRequest
	if req.Amount, err = obj.amount(fieldAmount, maxAmount, false, true); err != nil {
		return FundTypedDataRequest{}, err
	}
	if s, ok, err := obj.optional(fieldDeadline); err != nil {
		return FundTypedDataRequest{}, err
	} else if ok {
		if req.Deadline, err = parseTime(fieldDeadline, s); err != nil {
			return FundTypedDataRequest{}, err
		}
	}
	return req, nil
}

// decodeServiceReportRequest decodes {period, lines: [{code, quantity}],
// evidence?: [cid]}.
func decodeServiceReportRequest(body []byte) (ServiceReportRequest, error) {
	obj, err := decodeObject(body, fieldPeriod, fieldLines, fieldEvidence)
	if err != nil {
		return ServiceReportRequest{}, err
	}
	var req ServiceReportRequest
	period, err := obj.requiredInt(fieldPeriod, 0, math.MaxUint16-1)
	if err != nil {
		return ServiceReportRequest{}, err
	}
	req.Period = uint16(period)
	items, err := obj.objectList(fieldLines, `{"code", "quantity"} objects`, true, MaxServiceLines)
	if err != nil {
		return ServiceReportRequest{}, err
	}
	for i, it := range items {
		l, err := decodeServiceLine(it)
		if err != nil {
			return ServiceReportRequest{}, itemError(err, fieldLines, i)
		}
		req.Lines = append(req.Lines, l)
	}
	evidence, err := obj.objectList(fieldEvidence, "CIDs", false, MaxServiceEvidence)
	if err != nil {
		return ServiceReportRequest{}, err
	}
	for i, it := range evidence {
		var s string
		if err := json.Unmarshal(it, &s); err != nil || string(it) == "null" {
			return ServiceReportRequest{}, itemError(fieldError(CodeInvalidJSON, fieldEvidence, "evidence must be a list of CID strings"), fieldEvidence, i)
		}
		c, err := parseCID(fieldEvidence, s)
		if err != nil {
			return ServiceReportRequest{}, itemError(err, fieldEvidence, i)
		}
		req.Evidence = append(req.Evidence, c)
	}
	return req, nil
}

func decodeServiceLine(raw []byte) (ServiceLine, error) {
	obj, err := decodeObject(raw, fieldCode, fieldQuantity)
	if err != nil {
		return ServiceLine{}, err
	}
	var l ServiceLine
	s, err := obj.required(fieldCode)
	if err == nil {
		l.Code, err = parseServiceCode(fieldCode, s)
	}
	if err != nil {
		return ServiceLine{}, err
	}
	q, err := obj.requiredInt(fieldQuantity, 1, math.MaxUint32)
	if err != nil {
		return ServiceLine{}, err
	}
	l.Quantity = uint32(q)
	return l, nil
}

// decodeDisputeRequest decodes {reasonCode, offered}; offered may be zero.
func decodeDisputeRequest(body []byte) (DisputeRequest, error) {
	obj, err := decodeObject(body, fieldReasonCode, fieldOffered)
	if err != nil {
		return DisputeRequest{}, err
	}
	var req DisputeRequest
	s, err := obj.required(fieldReasonCode)
	if err == nil {
		req.ReasonCode, err = parseBytes32(fieldReasonCode, s)
	}
	if err != nil {
		return DisputeRequest{}, err
	}
	if req.Offered, err = obj.amount(fieldOffered, maxAmount, true, true); err != nil {
		return DisputeRequest{}, err
	}
	return req, nil
}

// decodeResolveRequest decodes {amount}; zero rejects the report.
func decodeResolveRequest(body []byte) (*big.Int, error) {
	obj, err := decodeObject(body, fieldAmount)
	if err != nil {
		return nil, err
	}
	return obj.amount(fieldAmount, maxAmount, true, true)
}
