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
)

// Requests of the service-contract tests.
var (
	scOtherAccount = common.HexToAddress("0x1000000000000000000000000000000000000abc")
	scOtherToken   = "salus_otherpayer_" + strings.Repeat("e", 64)
	proposeJS      = `{"provider":"` + strings.ToLower(scProvider.Hex()) + `","termsCid":"` + testCID + `","tariffs":[{"code":"GP-VISIT","price":"25.00"},` +
		`{"code":"0x` + strings.Repeat("ab", 32) + `","price":"0.000001"}],"budget":"10000.5","start":"2025-05-01T02:00:00+02:00","periodLength":2592000,"periodCount":12,"autoRelease":true}`
	scReportJS = `{"period":3,"lines":[{"code":"GP-VISIT","quantity":40},{"code":"GP-VISIT","quantity":2}],"evidence":["` + testCID + `"]}`
	permitSig  = "0x" + strings.Repeat("11", 64) + "1b"
)

func scCallsNamed(h *scHarness, name string) []consentCall {
	var out []consentCall
	for _, c := range h.sc.called() {
		if c.Method == name {
			out = append(out, c)
		}
	}
	return out
}

func TestServiceContractRoutes(t *testing.T) {
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCall   string
		wantArgs   []any // compared when set
		check      func(t *testing.T, h *scHarness, rec map[string]any, header http.Header)
	}{
		{
			name:       "a payer proposes a contract with tariffs, budget and periods",
			req:        request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken, body: proposeJS},
			wantStatus: http.StatusCreated, wantCall: "Propose",
			wantArgs: []any{scPayer, ServiceContractProposal{Provider: scProvider, TermsCID: testCID,
				Tariffs: []ServiceTariff{{Code: scGPVisit, Price: 25_000_000}, {Code: ServiceCode(common.HexToHash("0x" + strings.Repeat("ab", 32))), Price: 1}},
				Budget:  big.NewInt(10_000_500_000), Start: scStart, PeriodLength: scPeriod, PeriodCount: 12, AutoRelease: true}},
			check: func(t *testing.T, _ *scHarness, body map[string]any, header http.Header) {
				if got := header.Get("Location"); got != "/v1/service-contracts/1" {
					t.Errorf("Location: got %q", got)
				}
				c := body["contract"].(map[string]any)
				if c["status"] != "proposed" || c["budget"] != "10000.000000" {
					t.Errorf("contract: %v", c)
				}
			},
		},
		{
			name: "the payer reads the contract with what was spent, what is left and the tariffs",
			req:  request{method: http.MethodGet, path: "/v1/service-contracts/1", token: scPayerToken}, wantStatus: http.StatusOK,
			wantCall: "ServiceContract", wantArgs: []any{uint64(1)},
			check: func(t *testing.T, _ *scHarness, c map[string]any, _ http.Header) {
				want := map[string]any{"spent": "1000.000000", "escrow": "2000.000000", "reserved": "0.000000", "budgetLeft": "9000.000000",
					"fundingRoom": "7000.000000", "currentPeriod": 1.0, "periodLength": 2592000.0, "end": "2026-04-26T00:00:00Z",
					"payer": scPayer.Hex(), "provider": scProvider.Hex()}
				for k, v := range want {
					if c[k] != v {
						t.Errorf("%s: got %v, want %v", k, c[k], v)
					}
				}
				if ts := c["tariffs"].([]any); len(ts) != 1 || ts[0].(map[string]any)["code"] != "GP-VISIT" || ts[0].(map[string]any)["price"] != "25.000000" {
					t.Errorf("tariffs: %v", ts)
				}
			},
		},
		{
			name: "the provider reads the contract", req: request{method: http.MethodGet, path: "/v1/service-contracts/1", token: scProvToken},
			wantStatus: http.StatusOK, wantCall: "ServiceContract",
		},
		{
			name: "the regulator reads the contract", req: request{method: http.MethodGet, path: "/v1/service-contracts/1", token: regulatorToken},
			wantStatus: http.StatusOK, wantCall: "ServiceContract",
		},
		{
			name: "another institution may not read the contract", req: request{method: http.MethodGet, path: "/v1/service-contracts/1", token: scOtherToken},
			wantStatus: http.StatusForbidden, wantCall: "ServiceContract",
		},
		{
			name: "a wallet session that is no party may not read the contract", req: request{method: http.MethodGet, path: "/v1/service-contracts/1", token: otherToken},
			wantStatus: http.StatusForbidden, wantCall: "ServiceContract",
		},
		{
			name: "the provider accepts with an empty body", req: request{method: http.MethodPost, path: "/v1/service-contracts/1/accept", token: scProvToken},
			wantStatus: http.StatusOK, wantCall: "Accept", wantArgs: []any{scProvider, uint64(1)},
		},
		{
			name:       "the payer funds an amount given as a decimal string",
			req:        request{method: http.MethodPost, path: "/v1/service-contracts/1/fund", token: scPayerToken, body: `{"amount":"2000.000001"}`},
			wantStatus: http.StatusOK, wantCall: "Fund",
			wantArgs: []any{scPayer, FundRequest{ContractID: 1, Amount: big.NewInt(2_000_000_001)}},
			check: func(t *testing.T, _ *scHarness, body map[string]any, _ http.Header) {
				if body["approveTx"] == nil || body["contract"].(map[string]any)["escrow"] != "2000.000000" {
					t.Errorf("fund result: %v", body)
				}
			},
		},
		{
			name: "the payer funds with a signed permit",
			req: request{method: http.MethodPost, path: "/v1/service-contracts/1/fund", token: scPayerToken,
				body: `{"amount":"5","permit":{"deadline":"2025-06-01T13:00:00Z","signature":"` + permitSig + `"}}`},
			wantStatus: http.StatusOK, wantCall: "Fund",
			check: func(t *testing.T, h *scHarness, _ map[string]any, _ http.Header) {
				req := scCallsNamed(h, "Fund")[0].Args[1].(FundRequest)
				if req.Permit == nil || !req.Permit.Deadline.Equal(fixedNow.Add(time.Hour)) || len(req.Permit.Signature) != 65 || req.Amount.Int64() != 5_000_000 {
					t.Errorf("fund request: %+v", req)
				}
			},
		},
		{
			name:       "the payer gets the permit's typed data with a default deadline",
			req:        request{method: http.MethodPost, path: "/v1/service-contracts/1/fund/typed-data", token: scPayerToken, body: `{"amount":"2000"}`},
			wantStatus: http.StatusOK, wantCall: "PermitTypedData",
			wantArgs: []any{scPayer, uint64(1), big.NewInt(2_000_000_000), fixedNow.Add(time.Hour)},
		},
		{
			name:       "the provider reports a period's services with evidence",
			req:        request{method: http.MethodPost, path: "/v1/service-contracts/1/reports", token: scProvToken, body: scReportJS},
			wantStatus: http.StatusCreated, wantCall: "Report",
			wantArgs: []any{scProvider, ServiceReportRequest{ContractID: 1, Period: 3,
				Lines: []ServiceLine{{Code: scGPVisit, Quantity: 40}, {Code: scGPVisit, Quantity: 2}}, Evidence: []string{testCID}}},
			check: func(t *testing.T, _ *scHarness, body map[string]any, header http.Header) {
				if got := header.Get("Location"); got != "/v1/service-contracts/1/reports/3" {
					t.Errorf("Location: got %q", got)
				}
				if r := body["report"].(map[string]any); r["status"] != "paid" || r["amount"] != "1000.000000" {
					t.Errorf("report: %v", r)
				}
			},
		},
		{
			name: "the provider reads a report", req: request{method: http.MethodGet, path: "/v1/service-contracts/1/reports/0", token: scProvToken},
			wantStatus: http.StatusOK, wantCall: "ServiceReport", wantArgs: []any{uint64(1), uint16(0)},
		},
		{
			name: "the payer approves a report", req: request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/2/approve", token: scPayerToken, body: `{}`},
			wantStatus: http.StatusOK, wantCall: "ApproveReport", wantArgs: []any{scPayer, uint64(1), uint16(2)},
		},
		{
			name: "the payer disputes a report offering nothing",
			req: request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/2/dispute", token: scPayerToken,
				body: `{"reasonCode":"` + reasonHex + `","offered":"0"}`},
			wantStatus: http.StatusOK, wantCall: "DisputeReport",
			wantArgs: []any{scPayer, uint64(1), uint16(2), [32]byte(common.HexToHash(reasonHex)), new(big.Int)},
			check: func(t *testing.T, _ *scHarness, body map[string]any, _ http.Header) {
				if r := body["report"].(map[string]any); r["status"] != "disputed" || r["offered"] != "0.000000" || r["disputeReason"] != reasonHex {
					t.Errorf("report: %v", r)
				}
			},
		},
		{
			name: "the regulator resolves a dispute", req: request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/2/resolve", token: regulatorToken, body: `{"amount":"800.25"}`},
			wantStatus: http.StatusOK, wantCall: "ResolveDispute", wantArgs: []any{regulatorAccount, uint64(1), uint16(2), big.NewInt(800_250_000)},
		},
		{
			name: "anyone releases a report that waited for funds", req: request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/65534/release", token: scOtherToken},
			wantStatus: http.StatusOK, wantCall: "Release", wantArgs: []any{scOtherAccount, uint64(1), uint16(65534)},
		},
		{
			name: "a party terminates with a reason", req: request{method: http.MethodPost, path: "/v1/service-contracts/1/terminate", token: scPayerToken, body: reasonJS},
			wantStatus: http.StatusOK, wantCall: "Terminate", wantArgs: []any{scPayer, uint64(1), [32]byte(common.HexToHash(reasonHex))},
			check: func(t *testing.T, _ *scHarness, body map[string]any, _ http.Header) {
				c := body["contract"].(map[string]any)
				if c["status"] != "terminated" || c["terminatedAt"] != "2025-06-01T12:00:00Z" || c["currentPeriod"] != nil || c["fundingRoom"] != "0.000000" {
					t.Errorf("contract: %v", c)
				}
			},
		},
		{
			name: "a wallet session may not send a write", req: request{method: http.MethodPost, path: "/v1/service-contracts/1/accept", token: patientToken},
			wantStatus: http.StatusForbidden,
		},
		{
			name:       "a proposal to oneself is refused before the chain",
			req:        request{method: http.MethodPost, path: "/v1/service-contracts", token: hospitalToken, body: proposeJS},
			wantStatus: http.StatusBadRequest,
		},
		{
			name: "a proposal that would end after the year 9999 is refused",
			req: request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
				body: strings.Replace(strings.Replace(proposeJS, `"periodCount":12`, `"periodCount":65535`, 1), `"periodLength":2592000`, `"periodLength":4294967295`, 1)},
			wantStatus: http.StatusUnprocessableEntity,
		},
		{
			name: "a proposal that would end in the past is refused",
			req: request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
				body: strings.Replace(proposeJS, `"periodCount":12`, `"periodCount":1`, 1)},
			wantStatus: http.StatusUnprocessableEntity,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newSCHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("got %d %s, want %d", rec.Code, rec.Body, tt.wantStatus)
			}
			calls := h.sc.called()
			if tt.wantCall == "" {
				if len(calls) != 0 {
					t.Fatalf("service calls: got %v, want none", calls)
				}
				return
			}
			if len(calls) == 0 || calls[len(calls)-1].Method != tt.wantCall {
				t.Fatalf("service calls: got %v, want %s last", calls, tt.wantCall)
			}
			if tt.wantArgs != nil && !reflect.DeepEqual(calls[len(calls)-1].Args, tt.wantArgs) {
				t.Errorf("%s args:\n got %#v\nwant %#v", tt.wantCall, calls[len(calls)-1].Args, tt.wantArgs)
			}
			if tt.check != nil {
				tt.check(t, h, jsonBody(t, rec.Body.Bytes()), rec.Header())
			}
		})
	}
}

// TestServiceContractRefusals sends malformed requests: each gets a 4xx
// with the code and a message naming the problem, and the service is never
// called.
func TestServiceContractRefusals(t *testing.T) {
	fund := func(amount string) request {
		return request{method: http.MethodPost, path: "/v1/service-contracts/1/fund", token: scPayerToken, body: `{"amount":` + amount + `}`}
	}
	tests := []struct {
		name     string
		req      request
		status   int
		code     string
		inMsg    string
		field    string
		noCalled bool
	}{
		{"an amount with more than six decimals", fund(`"12.1234567"`), 400, CodeInvalidNumber, "7 digits after the decimal point", "amount", true},
		{"a negative amount", fund(`"-5"`), 400, CodeInvalidNumber, "negative", "amount", true},
		{"an empty amount", fund(`""`), 400, CodeInvalidNumber, "empty", "amount", true},
		{"a non-numeric amount", fund(`"ten"`), 400, CodeInvalidNumber, "not a plain decimal number", "amount", true},
		{"an amount in exponent form", fund(`"1e3"`), 400, CodeInvalidNumber, "not a plain decimal number", "amount", true},
		{"an amount as a JSON number", fund(`12.5`), 400, CodeInvalidNumber, "not a JSON number", "amount", true},
		{"an amount beyond 96 bits", fund(`"79228162514264337593543.950336"`), 400, CodeInvalidNumber, "79228162514264337593543.950335", "amount", true},
		{"a zero funding", fund(`"0.000000"`), 400, CodeInvalidNumber, "more than zero", "amount", true},
		{"a missing amount", request{method: http.MethodPost, path: "/v1/service-contracts/1/fund", token: scPayerToken, body: `{}`}, 400, CodeMissingField, "amount", "amount", true},
		{"a budget beyond 96 bits", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: strings.Replace(proposeJS, `"budget":"10000.5"`, `"budget":"100000000000000000000000"`, 1)}, 400, CodeInvalidNumber, "largest amount", "budget", true},
		{"a price beyond 64 bits", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: strings.Replace(proposeJS, `"price":"25.00"`, `"price":"18446744073709.551616"`, 1)}, 400, CodeInvalidNumber, "tariffs[0]", "price", true},
		{"a zero price", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: strings.Replace(proposeJS, `"price":"25.00"`, `"price":"0"`, 1)}, 400, CodeInvalidNumber, "more than zero", "price", true},
		{"a code given twice", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: strings.Replace(proposeJS, `"0x`+strings.Repeat("ab", 32)+`"`, `"GP-VISIT"`, 1)}, 400, CodeInvalidJSON, "also tariff 0", "code", true},
		{"a code with a space", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: strings.Replace(proposeJS, `"GP-VISIT"`, `"GP VISIT"`, 1)}, 400, CodeInvalidBytes32, "printable ASCII", "code", true},
		{"no tariffs", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: `{"provider":"` + scProvider.Hex() + `","termsCid":"` + testCID + `","tariffs":[],"budget":"1","start":"2025-05-01T00:00:00Z","periodLength":1,"periodCount":1}`},
			400, CodeMissingField, "at least one", "tariffs", true},
		{"a zero period length", request{method: http.MethodPost, path: "/v1/service-contracts", token: scPayerToken,
			body: strings.Replace(proposeJS, `"periodLength":2592000`, `"periodLength":0`, 1)}, 400, CodeInvalidNumber, "periodLength", "periodLength", true},
		{"a report without lines", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports", token: scProvToken, body: `{"period":0,"lines":[]}`},
			400, CodeMissingField, "lines", "lines", true},
		{"a report line of zero", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports", token: scProvToken,
			body: `{"period":0,"lines":[{"code":"GP-VISIT","quantity":0}]}`}, 400, CodeInvalidNumber, "lines[0]", "quantity", true},
		{"too much evidence", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports", token: scProvToken,
			body: `{"period":0,"lines":[{"code":"GP-VISIT","quantity":1}],"evidence":["` + strings.Repeat(testCID+`","`, 8) + testCID + `"]}`},
			400, CodeInvalidJSON, "at most 8", "evidence", true},
		{"evidence that is not a CID", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports", token: scProvToken,
			body: `{"period":0,"lines":[{"code":"GP-VISIT","quantity":1}],"evidence":["QmNotACIDv1"]}`}, 400, CodeInvalidCID, "evidence[0]", "evidence", true},
		{"a dispute offer with too many decimals", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/0/dispute", token: scPayerToken,
			body: `{"reasonCode":"` + reasonHex + `","offered":"1.0000001"}`}, 400, CodeInvalidNumber, "digits after the decimal point", "offered", true},
		{"a negative resolution", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/0/resolve", token: regulatorToken,
			body: `{"amount":"-1"}`}, 400, CodeInvalidNumber, "negative", "amount", true},
		{"a contract id of zero", request{method: http.MethodGet, path: "/v1/service-contracts/0", token: scPayerToken}, 400, CodeInvalidNumber, "contractId", "contractId", true},
		{"a period with a leading zero", request{method: http.MethodGet, path: "/v1/service-contracts/1/reports/01", token: scPayerToken}, 400, CodeInvalidNumber, "period", "period", true},
		{"a period beyond the last possible", request{method: http.MethodPost, path: "/v1/service-contracts/1/reports/65535/approve", token: scPayerToken}, 400, CodeInvalidNumber, "period", "period", true},
		{"a permit without its signature", request{method: http.MethodPost, path: "/v1/service-contracts/1/fund", token: scPayerToken,
			body: `{"amount":"1","permit":{"deadline":"2025-06-01T13:00:00Z"}}`}, 400, CodeMissingField, "permit", "permit.signature", true},
		{"a permit past its deadline", request{method: http.MethodPost, path: "/v1/service-contracts/1/fund", token: scPayerToken,
			body: `{"amount":"1","permit":{"deadline":"2025-06-01T11:00:00Z","signature":"` + permitSig + `"}}`}, 422, CodeValidityInPast, "deadline", "permit.deadline", true},
		{"an accept with a body", request{method: http.MethodPost, path: "/v1/service-contracts/1/accept", token: scProvToken, body: `{"force":true}`},
			400, CodeUnknownField, "force", "force", true},
		{"a terminate without a reason", request{method: http.MethodPost, path: "/v1/service-contracts/1/terminate", token: scPayerToken, body: `{}`},
			400, CodeMissingField, "reasonCode", "reasonCode", true},
		{"a read with a query parameter", request{method: http.MethodGet, path: "/v1/service-contracts/1?as=regulator", token: scPayerToken},
			400, CodeUnknownParameter, "as", "as", true},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			h := newSCHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.status {
				t.Fatalf("got %d %s, want %d", rec.Code, rec.Body, tt.status)
			}
			var e Error
			body := jsonBody(t, rec.Body.Bytes())
			e.Code, _ = body["code"].(string)
			e.Message, _ = body["message"].(string)
			if e.Code != tt.code || !strings.Contains(e.Message, tt.inMsg) {
				t.Errorf("got %s %q, want %s mentioning %q", e.Code, e.Message, tt.code, tt.inMsg)
			}
			if d, _ := body["details"].(map[string]any); tt.field != "" && (d == nil || d["field"] != tt.field) {
				t.Errorf("details: got %v, want field %q", d, tt.field)
			}
			if tt.noCalled && len(h.sc.called()) != 0 {
				t.Errorf("service calls: got %v, want none", h.sc.called())
			}
		})
	}
}

func TestServiceContractErrors(t *testing.T) {
	t.Run("without the service every route answers 503", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.ClientRate = 0 })
		for _, rt := range serviceContractRoutes() {
			path := strings.NewReplacer("{contractId}", "1", "{period}", "0").Replace(rt.Path)
			req := request{method: rt.Method, path: path, token: scPayerToken}
			if rt.Method == http.MethodPost {
				req.body = `{}`
			}
			if rec := h.do(t, req); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "ServiceContracts") {
				t.Errorf("%s %s: got %d %s, want 503 naming the service", rt.Method, path, rec.Code, rec.Body)
			}
		}
	})
	tests := []struct {
		name   string
		err    error
		status int
		code   string
	}{
		{"the wrong party is forbidden", &ContractError{Kind: ErrForbidden, Name: "ServiceContractsNotPayer", Args: map[string]any{"contractId": "1", "caller": scOtherAccount.Hex()}}, 403, CodeForbidden},
		{"a report over budget is a conflict", &ContractError{Name: "ServiceContractsOverBudget", Args: map[string]any{"contractId": "1", "amount": "5", "remaining": "4"}}, 409, CodeConflict},
		{"a code outside the tariff is unprocessable", &ContractError{Kind: ErrInvalid, Name: "ServiceContractsCodeNotInTariff"}, 422, CodeUnprocessable},
		{"an unknown contract is not found", NotFound("there is no service contract 9"), 404, CodeNotFound},
		{"an unexpected error is internal", errors.New("dial tcp: refused"), 500, CodeInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newSCHarness(t)
			h.sc.err = tt.err
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/service-contracts/1/reports", token: scProvToken, body: scReportJS})
			body := jsonBody(t, rec.Body.Bytes())
			if rec.Code != tt.status || body["code"] != tt.code {
				t.Fatalf("got %d %v, want %d %s", rec.Code, body, tt.status, tt.code)
			}
			var ce *ContractError
			if errors.As(tt.err, &ce) {
				if d := body["details"].(map[string]any); d["error"] != ce.Name {
					t.Errorf("details: got %v, want error %s", d, ce.Name)
				}
			}
		})
	}
	t.Run("a caller who may not read the contract is not shown its report", func(t *testing.T) {
		h := newSCHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/service-contracts/1/reports/0", token: scOtherToken})
		if rec.Code != http.StatusForbidden {
			t.Fatalf("got %d, want 403", rec.Code)
		}
		if calls := scCallsNamed(h, "ServiceReport"); len(calls) != 0 {
			t.Errorf("the report was read for a caller who may not see it: %v", calls)
		}
	})
}

func TestServiceCodes(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"GP-VISIT", "GP-VISIT"},
		{"99213", "99213"},
		{strings.Repeat("Z", 32), strings.Repeat("Z", 32)},
		{"0x" + strings.Repeat("ab", 32), "0x" + strings.Repeat("ab", 32)},
		{"0x4750" + strings.Repeat("00", 30), "GP"},                                // text in hex form renders as text
		{"0x3078" + strings.Repeat("00", 30), "0x3078" + strings.Repeat("00", 30)}, // "0x" as text would read back as hex
		{"0x0047" + strings.Repeat("00", 30), "0x0047" + strings.Repeat("00", 30)}, // leading zero byte
		{"0x47004750" + strings.Repeat("00", 28), "0x47004750" + strings.Repeat("00", 28)},
	}
	for _, tt := range tests {
		c, err := parseServiceCode("code", tt.in)
		if err != nil {
			t.Errorf("parse %q: %v", tt.in, err)
			continue
		}
		if got := c.String(); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
		if again, err := parseServiceCode("code", c.String()); err != nil || again != c {
			t.Errorf("%q: round trip got %x, %v", tt.in, again, err)
		}
	}
	for _, bad := range []string{"", strings.Repeat("Z", 33), "GP VISIT", "tab\there", "0x12", "0x" + strings.Repeat("00", 32), "é"} {
		if _, err := parseServiceCode("code", bad); err == nil {
			t.Errorf("parse %q: got nil error", bad)
		}
	}
}

func TestServiceContractFigures(t *testing.T) {
	c := newFakeServiceContracts().contract
	c.Reserved = big.NewInt(500_000_000)
	if got := c.BudgetLeft().String(); got != "8500000000" {
		t.Errorf("budget left: got %s, want budget - released - reserved", got)
	}
	if got := c.FundingRoom().String(); got != "7000000000" {
		t.Errorf("funding room while active: got %s, want budget - released - escrow", got)
	}
	c.Status = ServiceContractTerminated
	c.Escrow = big.NewInt(200_000_000)
	if got := c.FundingRoom().String(); got != "300000000" {
		t.Errorf("funding room after termination: got %s, want the shortfall of open reports", got)
	}
	c.Escrow = big.NewInt(900_000_000)
	if got := c.FundingRoom().Sign(); got != 0 {
		t.Errorf("funding room with enough escrow: got sign %d, want 0", got)
	}
	c.Status = ServiceContractActive
	for _, tt := range []struct {
		at   time.Time
		want int
	}{{scStart.Add(-time.Second), -1}, {scStart, 0}, {scStart.Add(scPeriod - time.Second), 0}, {scStart.Add(scPeriod), 1}, {c.End().Add(-time.Second), 11}, {c.End(), -1}} {
		p, ok := c.CurrentPeriod(tt.at)
		if got := map[bool]int{true: int(p), false: -1}[ok]; got != tt.want {
			t.Errorf("period at %s: got %d, want %d", tt.at, got, tt.want)
		}
	}
}
