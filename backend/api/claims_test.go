package api

import (
	"errors"
	"math/big"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Requests of the insurance tests.
var (
	planJS  = `{"copayBps":2000,"deductible":"100.00","annualLimit":"5000","reviewThreshold":"1000.000000","tariffs":[{"code":"CPT:99213","amount":"80.00"},{"code":"0x` + strings.Repeat("ab", 32) + `","amount":"0.000001"}]}`
	claimJS = `{"patient":"` + patientAccount.Hex() + `","policyId":3,"serviceDate":"2025-06-01","claimKey":"INV-1","lines":[{"code":"CPT:99213","quantity":2,"unitAmount":"80.50"}],"evidence":["` + testCID + `"]}`
	fhirJS  = `{"resourceType":"Claim","status":"active","type":{"coding":[{"code":"professional"}]},"use":"claim","created":"2025-06-01",` +
		`"identifier":[{"system":"urn:example:invoice","value":"INV-2"}],` +
		`"patient":{"identifier":{"system":"urn:ethereum:address","value":"` + patientAccount.Hex() + `"}},` +
		`"provider":{"identifier":{"system":"urn:ethereum:address","value":"` + hospitalAccount.Hex() + `"}},` +
		`"priority":{"coding":[{"code":"normal"}]},"insurance":[{"sequence":1,"focal":true,"coverage":{"reference":"Coverage/3"}}],` +
		`"item":[{"sequence":1,"productOrService":{"coding":[{"code":"CPT:99213"}]},"servicedDate":"2025-05-30","quantity":{"value":3},"unitPrice":{"value":80.10,"currency":"USD"}},` +
		`{"sequence":2,"productOrService":{"coding":[{"code":"CPT:85025"}]},"unitPrice":{"value":25}}],` +
		`"supportingInfo":[{"sequence":1,"category":{"coding":[{"code":"info"}]},"valueAttachment":{"url":"ipfs://` + testCID + `"}},` +
		`{"sequence":2,"category":{"coding":[{"code":"info"}]},"valueString":"not evidence"}]}`
	fhirHeader = map[string]string{"Content-Type": "application/fhir+json"}
)

func claimCodeOf(s string) (c [32]byte) { copy(c[:], s); return c }

func TestClaimsRoutes(t *testing.T) {
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCall   string
		wantArgs   []any
		check      func(t *testing.T, h *claimsHarness, body map[string]any)
	}{
		{
			name: "an insurer publishes a plan with amounts as decimal strings",
			req:  request{method: http.MethodPost, path: "/v1/plans", token: claimsInsurerTok, body: planJS}, wantStatus: http.StatusCreated,
			wantCall: "CreatePlan",
			wantArgs: []any{claimsInsurer, NewPlan{Terms: PlanTerms{CopayBps: 2000, Consent: MaskOf(CategoryInsurance), Deductible: minor(100_000_000),
				AnnualLimit: minor(5_000_000_000), ReviewThreshold: minor(1_000_000_000)},
				Tariffs: []PlanTariff{{Code: claimCodeOf("CPT:99213"), Amount: minor(80_000_000)}, {Code: common.HexToHash("0x" + strings.Repeat("ab", 32)), Amount: minor(1)}}}},
			check: func(t *testing.T, _ *claimsHarness, body map[string]any) {
				p := body["plan"].(map[string]any)
				if p["deductible"] != "100.000000" || p["tariffs"].([]any)[0].(map[string]any)["code"] != "CPT:99213" {
					t.Errorf("plan: %v", p)
				}
			},
		},
		{
			name: "anyone reads a plan", req: request{method: http.MethodGet, path: "/v1/plans/1"},
			wantStatus: http.StatusOK, wantCall: "Plan", wantArgs: []any{uint64(1)},
		},
		{
			name: "the insurer sets tariffs, zero removing a code",
			req: request{method: http.MethodPut, path: "/v1/plans/1/tariffs", token: claimsInsurerTok,
				body: `{"tariffs":[{"code":"CPT:85025","amount":"0"}]}`},
			wantStatus: http.StatusOK, wantCall: "SetTariffs",
			wantArgs: []any{claimsInsurer, uint64(1), []PlanTariff{{Code: claimCodeOf("CPT:85025"), Amount: minor(0)}}},
		},
		{
			name: "the insurer closes a plan", req: request{method: http.MethodPost, path: "/v1/plans/1/close", token: claimsInsurerTok},
			wantStatus: http.StatusOK, wantCall: "ClosePlan", wantArgs: []any{claimsInsurer, uint64(1)},
		},
		{
			name: "the insurer enrols a patient; a member number is hashed, never sent on chain",
			req: request{method: http.MethodPost, path: "/v1/policies", token: claimsInsurerTok,
				body: `{"planId":1,"patient":"` + strings.ToLower(patientAccount.Hex()) + `","memberRef":"M-0042","validUntil":"2026-06-01T00:00:00Z"}`},
			wantStatus: http.StatusCreated, wantCall: "Enrol",
			wantArgs: []any{claimsInsurer, PolicyRequest{PlanID: 1, Patient: patientAccount, MemberRef: crypto.Keccak256Hash([]byte("M-0042")),
				ValidFrom: fixedNow, ValidUntil: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}},
		},
		{
			name: "the patient reads their policy with their wallet", req: request{method: http.MethodGet, path: "/v1/policies/3", token: patientToken},
			wantStatus: http.StatusOK, wantCall: "Policy", wantArgs: []any{uint64(3)},
		},
		{
			name: "the insurer terminates a policy", req: request{method: http.MethodPost, path: "/v1/policies/3/terminate", token: claimsInsurerTok, body: `{}`},
			wantStatus: http.StatusOK, wantCall: "TerminatePolicy", wantArgs: []any{claimsInsurer, uint64(3)},
		},
		{
			name: "the insurer deposits without a permit", req: request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok, body: `{"amount":"10000"}`},
			wantStatus: http.StatusOK, wantCall: "Deposit", wantArgs: []any{claimsInsurer, DepositRequest{Amount: minor(10_000_000_000)}},
			check: func(t *testing.T, _ *claimsHarness, body map[string]any) {
				if body["settled"] != 1.0 || len(body["txs"].([]any)) != 2 || body["pool"].(map[string]any)["balance"] != "9968.000000" {
					t.Errorf("pool change: %v", body)
				}
			},
		},
		{
			name: "the insurer deposits with a permit",
			req: request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok,
				body: `{"amount":"1.5","permit":{"deadline":"2025-06-01T13:00:00Z","signature":"0x` + strings.Repeat("11", 64) + `1b"}}`},
			wantStatus: http.StatusOK, wantCall: "Deposit",
			check: func(t *testing.T, h *claimsHarness, _ map[string]any) {
				r := h.claims.called()[0].Args[1].(DepositRequest)
				if r.Amount.Int64() != 1_500_000 || r.Permit == nil || len(r.Permit.Signature) != 65 || !r.Permit.Deadline.Equal(fixedNow.Add(time.Hour)) {
					t.Errorf("deposit: %+v", r)
				}
			},
		},
		{
			name: "the insurer withdraws", req: request{method: http.MethodPost, path: "/v1/pools/me/withdrawals", token: claimsInsurerTok, body: `{"amount":"0.000001"}`},
			wantStatus: http.StatusOK, wantCall: "Withdraw", wantArgs: []any{claimsInsurer, minor(1)},
		},
		{
			name: "anyone reads a pool", req: request{method: http.MethodGet, path: "/v1/pools/" + strings.ToLower(claimsInsurer.Hex())},
			wantStatus: http.StatusOK, wantCall: "Pool", wantArgs: []any{claimsInsurer},
		},
		{
			name: "an institution settles a pool with an empty body", req: request{method: http.MethodPost, path: "/v1/pools/" + claimsInsurer.Hex() + "/settle", token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "Settle", wantArgs: []any{hospitalAccount, claimsInsurer, MaxSettle},
		},
		{
			name: "a provider submits a claim as JSON",
			req:  request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken, body: claimJS}, wantStatus: http.StatusCreated,
			wantCall: "SubmitClaim",
			wantArgs: []any{hospitalAccount, ClaimSubmission{Patient: patientAccount, PolicyID: 3, ServiceDate: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
				ClaimKey: crypto.Keccak256Hash([]byte("INV-1")), Lines: []ClaimLine{{Code: claimCodeOf("CPT:99213"), Quantity: 2, UnitAmount: minor(80_500_000)}},
				Evidence: []string{testCID}}},
			check: func(t *testing.T, _ *claimsHarness, body map[string]any) {
				c := body["claim"].(map[string]any)
				lines := c["lines"].([]any)
				if c["status"] != "pending" || lines[1].(map[string]any)["reason"] != "not_covered" || lines[1].(map[string]any)["code"] != "0xff01"+strings.Repeat("0", 60) {
					t.Errorf("claim: %v", c)
				}
			},
		},
		{
			name: "a provider submits an FHIR R4 Claim; prices are read as decimal text",
			req:  request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken, body: fhirJS, header: fhirHeader}, wantStatus: http.StatusCreated,
			wantCall: "SubmitClaim",
			wantArgs: []any{hospitalAccount, ClaimSubmission{Patient: patientAccount, PolicyID: 3, ServiceDate: time.Date(2025, 5, 30, 0, 0, 0, 0, time.UTC),
				ClaimKey: crypto.Keccak256Hash([]byte("INV-2")),
				Lines: []ClaimLine{{Code: claimCodeOf("CPT:99213"), Quantity: 3, UnitAmount: minor(80_100_000)},
					{Code: claimCodeOf("CPT:85025"), Quantity: 1, UnitAmount: minor(25_000_000)}},
				Evidence: []string{testCID}}},
		},
		{
			name: "an FHIR Claim with factor 1 and a net that matches is accepted",
			req: request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken, header: fhirHeader,
				body: strings.Replace(fhirJS, `"currency":"USD"}}`, `"currency":"USD"},"factor":1.0,"net":{"value":240.30,"currency":"USD"}}`, 1)},
			wantStatus: http.StatusCreated, wantCall: "SubmitClaim",
		},
		{
			name: "an FHIR Claim sent as application/json is recognised by its resourceType",
			req:  request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken, body: fhirJS}, wantStatus: http.StatusCreated, wantCall: "SubmitClaim",
		},
		{
			name: "the provider reads its claim", req: request{method: http.MethodGet, path: "/v1/claims/" + testClaimHex, token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "Claim", wantArgs: []any{[32]byte(testClaimID)},
		},
		{
			name: "the patient reads the claim with their wallet", req: request{method: http.MethodGet, path: "/v1/claims/" + testClaimHex, token: patientToken},
			wantStatus: http.StatusOK, wantCall: "Claim",
		},
		{
			name: "a regulator reads any claim", req: request{method: http.MethodGet, path: "/v1/claims/" + testClaimHex, token: regulatorToken},
			wantStatus: http.StatusOK, wantCall: "Claim",
		},
		{
			name: "the insurer approves partly, per line",
			req: request{method: http.MethodPost, path: "/v1/claims/" + testClaimHex + "/approve", token: claimsInsurerTok,
				body: `{"amounts":["60","0"]}`},
			wantStatus: http.StatusOK, wantCall: "ApproveClaim",
			wantArgs: []any{claimsInsurer, [32]byte(testClaimID), ClaimApproval{Amounts: []*big.Int{minor(60_000_000), minor(0)}}},
		},
		{
			name:       "the insurer approves fully with an empty body",
			req:        request{method: http.MethodPost, path: "/v1/claims/" + testClaimHex + "/approve", token: claimsInsurerTok},
			wantStatus: http.StatusOK, wantCall: "ApproveClaim", wantArgs: []any{claimsInsurer, [32]byte(testClaimID), ClaimApproval{}},
		},
		{
			name: "the insurer denies", req: request{method: http.MethodPost, path: "/v1/claims/" + testClaimHex + "/deny", token: claimsInsurerTok, body: reasonJS},
			wantStatus: http.StatusOK, wantCall: "DenyClaim",
		},
		{
			name: "the provider appeals with more evidence",
			req: request{method: http.MethodPost, path: "/v1/claims/" + testClaimHex + "/appeal", token: hospitalToken,
				body: `{"reasonCode":"` + reasonHex + `","evidence":["` + testCID + `"]}`},
			wantStatus: http.StatusOK, wantCall: "AppealClaim",
		},
		{
			name: "the treasury (the regulator's account) mints to an insurer",
			req: request{method: http.MethodPost, path: "/v1/token/mint", token: regulatorToken,
				body: `{"to":"` + claimsInsurer.Hex() + `","amount":"10000.5","paymentRef":"BANK-1"}`},
			wantStatus: http.StatusOK, wantCall: "Mint",
			wantArgs: []any{TokenMint{To: claimsInsurer, Amount: minor(10_000_500_000), PaymentRef: crypto.Keccak256Hash([]byte("BANK-1"))}},
		},
		{
			name: "the treasury burns", req: request{method: http.MethodPost, path: "/v1/token/burn", token: regulatorToken, body: `{"amount":"1","paymentRef":"` + reasonHex + `"}`},
			wantStatus: http.StatusOK, wantCall: "Burn",
		},
		{
			name: "anyone reads a balance", req: request{method: http.MethodGet, path: "/v1/token/balances/" + patientAccount.Hex()},
			wantStatus: http.StatusOK, wantCall: "Balance", wantArgs: []any{patientAccount},
			check: func(t *testing.T, _ *claimsHarness, body map[string]any) {
				if body["balance"] != "1.500000" {
					t.Errorf("balance: %v", body)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newClaimsHarness(t)
			h.registry.regulators[regulatorAccount] = true
			rec := h.do(t, tc.req)
			if rec.Code != tc.wantStatus {
				t.Fatalf("got %d %s, want %d", rec.Code, rec.Body, tc.wantStatus)
			}
			calls := h.claims.called()
			if len(calls) != 1 || calls[0].Method != tc.wantCall {
				t.Fatalf("calls: got %+v, want one %s", calls, tc.wantCall)
			}
			if tc.wantArgs != nil && !reflect.DeepEqual(calls[0].Args, tc.wantArgs) {
				t.Errorf("%s args:\n got %+v\nwant %+v", tc.wantCall, calls[0].Args, tc.wantArgs)
			}
			if tc.check != nil {
				tc.check(t, h, jsonBody(t, rec.Body.Bytes()))
			}
		})
	}
}

func TestClaimsRefusals(t *testing.T) {
	const unrelated = "an unrelated institution cannot read the claim"
	big70 := "1" + strings.Repeat("0", 29)
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCode   string
		wantField  string
		wantMsg    string
	}{
		{"an amount with seven decimals is refused", request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok, body: `{"amount":"1.0000001"}`},
			400, CodeInvalidNumber, "amount", "7 digits after the decimal point"},
		{"a negative amount is refused", request{method: http.MethodPost, path: "/v1/pools/me/withdrawals", token: claimsInsurerTok, body: `{"amount":"-5"}`},
			400, CodeInvalidNumber, "amount", "negative"},
		{"an empty amount is refused", request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok, body: `{"amount":""}`},
			400, CodeInvalidNumber, "amount", "empty"},
		{"a JSON number as amount is refused: no floats", request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok, body: `{"amount":12.5}`},
			400, CodeInvalidNumber, "amount", "never JSON numbers"},
		{"a non-numeric amount is refused", request{method: http.MethodPost, path: "/v1/token/mint", token: regulatorToken, body: `{"to":"` + claimsInsurer.Hex() + `","amount":"ten","paymentRef":"X"}`},
			400, CodeInvalidNumber, "amount", "plain decimal"},
		{"an amount above uint96 is refused", request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok, body: `{"amount":"` + big70 + `"}`},
			400, CodeInvalidNumber, "amount", "largest amount"},
		{"a tariff above uint64 is refused", request{method: http.MethodPut, path: "/v1/plans/1/tariffs", token: claimsInsurerTok, body: `{"tariffs":[{"code":"A","amount":"18446744073710"}]}`},
			400, CodeInvalidNumber, "amount", "largest amount"},
		{"a zero deposit is refused", request{method: http.MethodPost, path: "/v1/pools/me/deposits", token: claimsInsurerTok, body: `{"amount":"0.000000"}`},
			400, CodeInvalidNumber, "amount", "more than zero"},
		{"a plan without insurance consent is refused", request{method: http.MethodPost, path: "/v1/plans", token: claimsInsurerTok,
			body: `{"copayBps":0,"consent":["diagnoses"],"deductible":"0","annualLimit":"1","reviewThreshold":"1"}`}, 400, CodeInvalidCategory, "consent", "include insurance"},
		{"a co-pay above 100 % is refused", request{method: http.MethodPost, path: "/v1/plans", token: claimsInsurerTok,
			body: `{"copayBps":10001,"deductible":"0","annualLimit":"1","reviewThreshold":"1"}`}, 400, CodeInvalidNumber, "copayBps", "10000"},
		{"a service code longer than 32 bytes is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(claimJS, "CPT:99213", strings.Repeat("C", 33), 1)}, 400, CodeInvalidBytes32, "code", "1 to 32"},
		{"a claim without lines is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(claimJS, `"lines":[{"code":"CPT:99213","quantity":2,"unitAmount":"80.50"}]`, `"lines":[]`, 1)}, 400, CodeMissingField, "lines", "1 to 32"},
		{"a claim with a zero quantity is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(claimJS, `"quantity":2`, `"quantity":0`, 1)}, 400, CodeInvalidNumber, "quantity", "lines[0]"},
		{"a service date in the future is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(claimJS, "2025-06-01", "2025-06-02", 1)}, 422, CodeUnprocessable, "serviceDate", "future"},
		{"an FHIR Claim whose unit price is a float exponent is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, "80.10", "8.01e1", 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "plain decimal"},
		{"an FHIR Claim with a fractional quantity is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, `"value":3`, `"value":1.5`, 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "whole number"},
		{"an FHIR Claim without the address identifier is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, "urn:ethereum:address", "urn:other", 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "urn:ethereum:address"},
		{"an FHIR Claim mixing currencies is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, `"unitPrice":{"value":25}`, `"unitPrice":{"value":25,"currency":"EUR"}`, 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "same currency"},
		{"an FHIR Claim item on another date is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, `"unitPrice":{"value":25}`, `"unitPrice":{"value":25},"servicedDate":"2025-05-31"`, 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "one date of service"},
		{"an FHIR Claim item with a servicedPeriod is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, `"unitPrice":{"value":25}`, `"unitPrice":{"value":25},"servicedPeriod":{"start":"2025-05-01"}`, 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "servicedPeriod"},
		{"an FHIR Claim item with a discount factor is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, `"unitPrice":{"value":25}`, `"unitPrice":{"value":25},"factor":0.9`, 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "factor must be 1"},
		{"an FHIR Claim item whose net disagrees with quantity × unitPrice is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: strings.Replace(fhirJS, `"currency":"USD"}}`, `"currency":"USD"},"net":{"value":240,"currency":"USD"}}`, 1), header: fhirHeader}, 400, CodeInvalidFHIR, "", "240.3"},
		{"an FHIR resource that is not a Claim is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: `{"resourceType":"Patient"}`, header: fhirHeader}, 400, CodeInvalidFHIR, "", "Claim"},
		{"an FHIR Claim missing required R4 elements is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken,
			body: `{"resourceType":"Claim"}`, header: fhirHeader}, 400, CodeInvalidFHIR, "", "required"},
		{"an FHIR Claim naming another provider is forbidden", request{method: http.MethodPost, path: "/v1/claims", token: claimsInsurerTok,
			body: fhirJS, header: fhirHeader}, 403, CodeForbidden, "", "submits its own claims"},
		{"a claim in XML is refused", request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken, body: claimJS,
			header: map[string]string{"Content-Type": "application/fhir+xml"}}, 415, CodeUnsupportedMediaType, "", "FHIR R4 Claim"},
		{"another patient's wallet cannot read the claim", request{method: http.MethodGet, path: "/v1/claims/" + testClaimHex, token: otherToken},
			403, CodeForbidden, "", "provider, insurer and patient"},
		{unrelated, request{method: http.MethodGet, path: "/v1/claims/" + testClaimHex, token: custodialToken},
			403, CodeForbidden, "", "provider, insurer and patient"},
		{"another patient's wallet cannot read the policy", request{method: http.MethodGet, path: "/v1/policies/3", token: otherToken},
			403, CodeForbidden, "", "insured patient"},
		{"a hospital cannot mint", request{method: http.MethodPost, path: "/v1/token/mint", token: hospitalToken,
			body: `{"to":"` + claimsInsurer.Hex() + `","amount":"1","paymentRef":"X"}`}, 403, CodeForbidden, "", "treasury"},
		{"a wallet cannot submit a claim", request{method: http.MethodPost, path: "/v1/claims", token: patientToken, body: claimJS},
			403, CodeForbidden, "", ""},
		{"a malformed claim id is refused", request{method: http.MethodGet, path: "/v1/claims/0x12", token: hospitalToken},
			400, CodeInvalidBytes32, "claimId", ""},
		{"approving with all-zero amounts is refused", request{method: http.MethodPost, path: "/v1/claims/" + testClaimHex + "/approve", token: claimsInsurerTok,
			body: `{"amounts":["0","0.0"]}`}, 400, CodeInvalidNumber, "amounts", "deny"},
		{"settling more than 32 claims is refused", request{method: http.MethodPost, path: "/v1/pools/" + claimsInsurer.Hex() + "/settle", token: hospitalToken,
			body: `{"maxClaims":33}`}, 400, CodeInvalidNumber, "maxClaims", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newClaimsHarness(t)
			if tc.name == unrelated {
				// The custodial account's institution is then neither party.
				h.claims.claim.Insurer = pharmacyAccount
			}
			rec := h.do(t, tc.req)
			e := errorBody(t, rec.Body.Bytes())
			if rec.Code != tc.wantStatus || e.Code != tc.wantCode {
				t.Fatalf("got %d %s, want %d %s", rec.Code, rec.Body, tc.wantStatus, tc.wantCode)
			}
			if tc.wantField != "" && e.Details["field"] != tc.wantField {
				t.Errorf("details.field: got %v, want %s", e.Details["field"], tc.wantField)
			}
			if !strings.Contains(e.Message, tc.wantMsg) {
				t.Errorf("message %q does not say %q", e.Message, tc.wantMsg)
			}
			// Nothing was written: a refused request never reaches a write.
			for _, c := range h.claims.called() {
				if c.Method != "Claim" && c.Method != "Policy" {
					t.Errorf("the service was asked to %s", c.Method)
				}
			}
		})
	}
}

// TestOnlyTheTreasuryMints: a regulator whose account is not the treasury
// cannot make the backend mint or burn with the treasury's key.
func TestOnlyTheTreasuryMints(t *testing.T) {
	for path, body := range map[string]string{
		"/v1/token/mint": `{"to":"` + claimsInsurer.Hex() + `","amount":"1","paymentRef":"BANK-1"}`,
		"/v1/token/burn": `{"amount":"1","paymentRef":"BANK-1"}`,
	} {
		t.Run(path, func(t *testing.T) {
			h := newClaimsHarness(t)
			h.claims.treasury = common.HexToAddress("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf")
			rec := h.do(t, request{method: http.MethodPost, path: path, token: regulatorToken, body: body})
			if rec.Code != http.StatusForbidden {
				t.Fatalf("status %d, want 403 (body %s)", rec.Code, rec.Body)
			}
			if e := errorBody(t, rec.Body.Bytes()); e.Code != CodeForbidden || !strings.Contains(e.Message, "only the treasury account") {
				t.Errorf("error %+v, want forbidden naming the treasury", e)
			}
			if calls := h.claims.called(); len(calls) != 0 {
				t.Errorf("the refused request reached the chain service: %v", calls)
			}
		})
	}
}

func TestClaimsServiceErrors(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantCode   string
	}{
		{"a duplicate claim key is a conflict", &ContractError{Name: "ClaimsDuplicateClaim", Args: map[string]any{"claimId": testClaimHex}}, 409, CodeConflict},
		{"a caller that is not an active provider is forbidden", &ContractError{Kind: ErrForbidden, Name: "ClaimsNotActiveProvider"}, 403, CodeForbidden},
		{"an unknown policy is not found", NotFound("there is no policy 3"), 404, CodeNotFound},
		{"an invalid line is unprocessable", &ContractError{Kind: ErrInvalid, Name: "ClaimsInvalidLine"}, 422, CodeUnprocessable},
		{"an unreachable node is unavailable", errors.Join(ErrUnavailable, errors.New("dial")), 503, CodeUnavailable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newClaimsHarness(t)
			h.claims.err = tc.err
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/claims", token: hospitalToken, body: claimJS})
			if e := errorBody(t, rec.Body.Bytes()); rec.Code != tc.wantStatus || e.Code != tc.wantCode {
				t.Fatalf("got %d %s, want %d %s", rec.Code, rec.Body, tc.wantStatus, tc.wantCode)
			}
		})
	}
	t.Run("without the claims service the routes answer 503", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/plans/1"})
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != 503 || e.Details["reason"] != "not_configured" {
			t.Fatalf("got %d %s, want 503 not_configured", rec.Code, rec.Body)
		}
	})
}
