package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/salus-health/salus/backend/fhir"
	"github.com/salus-health/salus/backend/money"
)

// The FHIR R4 form of a claim (POST /v1/claims with Content-Type
// application/fhir+json or a resourceType member), mapped to the same
// submission as the plain JSON form.

// FHIR identifier systems the FHIR form of a claim understands.
const (
	// FHIRAddressSystem names an Ethereum account in Reference.identifier.
	FHIRAddressSystem = "urn:ethereum:address"
	// FHIRPolicySystem names a Salus policy id in Coverage's identifier.
	FHIRPolicySystem = "urn:salus:policy"
)

// FHIR elements of a Claim that the mapping reads; json.Number keeps
// quantities and prices as their literal text, never a float.
type (
	fhirIdentifier struct {
		System string `json:"system"`
		Value  string `json:"value"`
	}
	fhirReference struct {
		Reference  string          `json:"reference"`
		Identifier *fhirIdentifier `json:"identifier"`
	}
	fhirQuantity struct {
		Value *json.Number `json:"value"`
	}
	fhirMoney struct {
		Value    *json.Number `json:"value"`
		Currency string       `json:"currency"`
	}
	fhirClaimItem struct {
		ProductOrService struct {
			Coding []struct {
				System string `json:"system"`
				Code   string `json:"code"`
			} `json:"coding"`
		} `json:"productOrService"`
		Quantity     *fhirQuantity `json:"quantity"`
		UnitPrice    *fhirMoney    `json:"unitPrice"`
		Factor       *json.Number  `json:"factor"`
		Net          *fhirMoney    `json:"net"`
		ServicedDate string        `json:"servicedDate"`
		// ServicedPeriod is read only to refuse it: a claim has one date.
		ServicedPeriod *json.RawMessage `json:"servicedPeriod"`
	}
	fhirClaim struct {
		ResourceType   string           `json:"resourceType"`
		Identifier     []fhirIdentifier `json:"identifier"`
		Patient        fhirReference    `json:"patient"`
		Provider       fhirReference    `json:"provider"`
		BillablePeriod *struct {
			Start string `json:"start"`
		} `json:"billablePeriod"`
		Insurance []struct {
			Coverage fhirReference `json:"coverage"`
		} `json:"insurance"`
		Item           []fhirClaimItem `json:"item"`
		SupportingInfo []struct {
			ValueReference  *fhirReference `json:"valueReference"`
			ValueAttachment *struct {
				URL string `json:"url"`
			} `json:"valueAttachment"`
		} `json:"supportingInfo"`
	}
)

// isFHIRClaim reports whether a JSON body is a FHIR resource (has a
// top-level resourceType member).
func isFHIRClaim(body []byte) bool {
	var probe struct {
		ResourceType *json.RawMessage `json:"resourceType"`
	}
	return json.Unmarshal(body, &probe) == nil && probe.ResourceType != nil
}

func fhirError(path, msg string) *Error {
	return &Error{Status: http.StatusBadRequest, Code: CodeInvalidFHIR, Message: msg, Details: map[string]any{"path": path}}
}

// decodeFHIRClaim maps an FHIR R4 Claim resource to a submission, and
// returns the provider it names:
//   - identifier[0].value is the claim key (hashed unless 0x + 64 hex);
//   - patient and provider: Reference.identifier with system
//     urn:ethereum:address and the account as value;
//   - insurance[0].coverage: identifier with system urn:salus:policy and the
//     policy id as value, or reference "Coverage/<policy id>";
//   - item[]: productOrService.coding[0].code is the service code,
//     quantity.value a whole number (1 if absent), unitPrice.value the
//     amount per unit (a JSON number read as its decimal text);
//   - the service date is item[0].servicedDate, else billablePeriod.start;
//     every other item's servicedDate, when given, must be the same (one
//     claim is one date of service on chain), and servicedPeriod is refused;
//   - factor, when given, must be 1, and net, when given, must equal
//     quantity × unitPrice: the chain pays quantity × unit amount, so a
//     discount or a total that disagrees is refused rather than dropped;
//   - every unitPrice.currency and net.currency given must be the same code:
//     the settlement token has one unit, and a claim mixing currencies would
//     be summed wrongly;
//   - supportingInfo[].valueAttachment.url or valueReference.reference of the
//     form ipfs://<CIDv1> are evidence; other supporting information is
//     not sent on chain.
//
// The resource is first checked by fhir.Validate (the elements R4 requires).
func decodeFHIRClaim(body []byte) (ClaimSubmission, common.Address, error) {
	res, err := fhir.Validate(body)
	if err != nil {
		var fe *fhir.Error
		if errors.As(err, &fe) {
			return ClaimSubmission{}, common.Address{}, fhirError(fe.Path, "the body is not an acceptable FHIR R4 Claim: "+fe.Error())
		}
		return ClaimSubmission{}, common.Address{}, fhirError("", "the body is not an acceptable FHIR R4 Claim")
	}
	if res.Type != "Claim" {
		return ClaimSubmission{}, common.Address{}, fhirError("resourceType", "resourceType must be Claim: send an FHIR R4 Claim resource or the plain JSON form")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var fc fhirClaim
	if err := dec.Decode(&fc); err != nil {
		return ClaimSubmission{}, common.Address{}, fhirError("", "the Claim's elements have unexpected JSON types; check identifier, patient, provider, insurance, item and supportingInfo")
	}
	var c ClaimSubmission
	if len(fc.Identifier) == 0 || fc.Identifier[0].Value == "" {
		return ClaimSubmission{}, common.Address{}, fhirError("Claim.identifier", "Claim.identifier[0].value is required: the provider's claim key (e.g. its invoice number, hashed before it is stored)")
	}
	if c.ClaimKey, err = parseClaimRef("Claim.identifier[0].value", fc.Identifier[0].Value); err != nil {
		return ClaimSubmission{}, common.Address{}, asFHIR(err, "Claim.identifier[0].value")
	}
	if c.Patient, err = fhirAccount(fc.Patient, "Claim.patient"); err != nil {
		return ClaimSubmission{}, common.Address{}, err
	}
	provider, err := fhirAccount(fc.Provider, "Claim.provider")
	if err != nil {
		return ClaimSubmission{}, common.Address{}, err
	}
	if c.PolicyID, err = fhirPolicy(fc); err != nil {
		return ClaimSubmission{}, common.Address{}, err
	}
	if len(fc.Item) == 0 || len(fc.Item) > MaxClaimLines {
		return ClaimSubmission{}, common.Address{}, fhirError("Claim.item", fmt.Sprintf("Claim.item must list 1 to %d items", MaxClaimLines))
	}
	date := ""
	if fc.BillablePeriod != nil {
		date = fc.BillablePeriod.Start
	}
	if fc.Item[0].ServicedDate != "" {
		date = fc.Item[0].ServicedDate
	}
	if date == "" {
		return ClaimSubmission{}, common.Address{}, fhirError("Claim.item[0].servicedDate", "Claim.item[0].servicedDate or Claim.billablePeriod.start is required: the date of service")
	}
	if c.ServiceDate, err = parseServiceDate("servicedDate", date); err != nil {
		return ClaimSubmission{}, common.Address{}, asFHIR(err, "Claim.item[0].servicedDate")
	}
	c.Lines = make([]ClaimLine, len(fc.Item))
	currency, currencyPath := "", ""
	sameCurrency := func(m *fhirMoney, path string) error {
		if m == nil || m.Currency == "" {
			return nil
		}
		if currency == "" {
			currency, currencyPath = m.Currency, path
			return nil
		}
		if m.Currency != currency {
			return fhirError(path, fmt.Sprintf("%s is %q but %s is %q: every amount of one claim must be in the same currency", path, m.Currency, currencyPath, currency))
		}
		return nil
	}
	for i, it := range fc.Item {
		path := fmt.Sprintf("Claim.item[%d]", i)
		if it.ServicedPeriod != nil {
			return ClaimSubmission{}, common.Address{}, fhirError(path+".servicedPeriod", path+".servicedPeriod is not accepted: give servicedDate, one date of service per claim (submit a claim per date)")
		}
		if i > 0 && it.ServicedDate != "" && it.ServicedDate != date {
			return ClaimSubmission{}, common.Address{}, fhirError(path+".servicedDate",
				fmt.Sprintf("%s.servicedDate is %s but the claim's service date is %s: one claim covers one date of service, submit a claim per date", path, it.ServicedDate, date))
		}
		if len(it.ProductOrService.Coding) == 0 || it.ProductOrService.Coding[0].Code == "" {
			return ClaimSubmission{}, common.Address{}, fhirError(path+".productOrService", path+".productOrService.coding[0].code is required: the service code")
		}
		if c.Lines[i].Code, err = parseClaimCode(path+".productOrService.coding[0].code", it.ProductOrService.Coding[0].Code); err != nil {
			return ClaimSubmission{}, common.Address{}, asFHIR(err, path+".productOrService.coding[0].code")
		}
		c.Lines[i].Quantity = 1
		if it.Quantity != nil && it.Quantity.Value != nil {
			q, err := strconv.ParseUint(it.Quantity.Value.String(), 10, 16)
			if err != nil || q == 0 {
				return ClaimSubmission{}, common.Address{}, fhirError(path+".quantity.value", path+".quantity.value must be a whole number from 1 to 65535")
			}
			c.Lines[i].Quantity = uint16(q)
		}
		if it.UnitPrice == nil || it.UnitPrice.Value == nil {
			return ClaimSubmission{}, common.Address{}, fhirError(path+".unitPrice", path+".unitPrice.value is required: the amount per unit")
		}
		if c.Lines[i].UnitAmount, err = parseAmount(path+".unitPrice.value", it.UnitPrice.Value.String(), claimMax64, false); err != nil {
			return ClaimSubmission{}, common.Address{}, asFHIR(err, path+".unitPrice.value")
		}
		if err := sameCurrency(it.UnitPrice, path+".unitPrice.currency"); err != nil {
			return ClaimSubmission{}, common.Address{}, err
		}
		if it.Factor != nil {
			if f, err := decimal.NewFromString(it.Factor.String()); err != nil || !f.Equal(decimal.NewFromInt(1)) {
				return ClaimSubmission{}, common.Address{}, fhirError(path+".factor", path+".factor must be 1 or absent: put the price after any discount in unitPrice")
			}
		}
		if it.Net != nil {
			if err := sameCurrency(it.Net, path+".net.currency"); err != nil {
				return ClaimSubmission{}, common.Address{}, err
			}
			if it.Net.Value == nil {
				return ClaimSubmission{}, common.Address{}, fhirError(path+".net", path+".net.value is required when net is given")
			}
			net, err := parseAmount(path+".net.value", it.Net.Value.String(), maxAmount, true)
			if err != nil {
				return ClaimSubmission{}, common.Address{}, asFHIR(err, path+".net.value")
			}
			want := new(big.Int).Mul(c.Lines[i].UnitAmount, big.NewInt(int64(c.Lines[i].Quantity)))
			if net.Cmp(want) != 0 {
				return ClaimSubmission{}, common.Address{}, fhirError(path+".net.value",
					fmt.Sprintf("%s.net.value is %s but quantity × unitPrice is %s: correct one of them", path, it.Net.Value.String(), money.Format(want, money.TokenDecimals)))
			}
		}
	}
	for i, si := range fc.SupportingInfo {
		url := ""
		if si.ValueAttachment != nil {
			url = si.ValueAttachment.URL
		} else if si.ValueReference != nil {
			url = si.ValueReference.Reference
		}
		cidText, ok := strings.CutPrefix(url, "ipfs://")
		if !ok {
			continue
		}
		path := fmt.Sprintf("Claim.supportingInfo[%d]", i)
		if len(c.Evidence) == MaxClaimEvidence {
			return ClaimSubmission{}, common.Address{}, fhirError(path, fmt.Sprintf("at most %d supporting documents of the form ipfs://<CID>", MaxClaimEvidence))
		}
		cid, err := parseCID(path, cidText)
		if err != nil {
			return ClaimSubmission{}, common.Address{}, asFHIR(err, path)
		}
		c.Evidence = append(c.Evidence, cid)
	}
	return c, provider, nil
}

// asFHIR turns a field error into invalid_fhir at path, keeping its message.
func asFHIR(err error, path string) error {
	var e *Error
	if errors.As(err, &e) {
		return fhirError(path, e.Message)
	}
	return err
}

// fhirAccount reads the account of a Reference by its identifier.
func fhirAccount(r fhirReference, path string) (common.Address, error) {
	if r.Identifier == nil || r.Identifier.System != FHIRAddressSystem {
		return common.Address{}, fhirError(path, fmt.Sprintf("%s.identifier must name the account: {\"system\": %q, \"value\": \"0x…\"}", path, FHIRAddressSystem))
	}
	a, err := parseAddress(path, r.Identifier.Value)
	if err != nil {
		return common.Address{}, fhirError(path+".identifier.value", path+".identifier.value must be 0x followed by 40 hex digits, not the zero address")
	}
	return a, nil
}

// fhirPolicy reads the policy id of insurance[0].coverage.
func fhirPolicy(fc fhirClaim) (uint64, error) {
	const path = "Claim.insurance[0].coverage"
	if len(fc.Insurance) == 0 {
		return 0, fhirError("Claim.insurance", "Claim.insurance is required")
	}
	cov := fc.Insurance[0].Coverage
	s := ""
	switch {
	case cov.Identifier != nil && cov.Identifier.System == FHIRPolicySystem:
		s = cov.Identifier.Value
	case strings.HasPrefix(cov.Reference, "Coverage/"):
		s = strings.TrimPrefix(cov.Reference, "Coverage/")
	}
	if s != "" && canonicalDecimal(s) {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil && n > 0 && n <= math.MaxInt64 {
			return n, nil
		}
	}
	return 0, fhirError(path, fmt.Sprintf("%s must name the policy: identifier {\"system\": %q, \"value\": \"<policy id>\"} or reference \"Coverage/<policy id>\"", path, FHIRPolicySystem))
}
