package api

import (
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// serviceCalls returns every call the fakes of the consent, record, session
// and storage services recorded (authentication is not recorded).
func (h *harness) serviceCalls() []consentCall {
	var out []consentCall
	for _, r := range []*recorder{&h.consent.recorder, &h.records.recorder, &h.sessions.recorder, &h.storage.recorder} {
		out = append(out, r.called()...)
	}
	return out
}

// refusal is a request that must be refused before any service is called.
type refusal struct {
	name       string
	req        request
	wantStatus int
	wantCode   string
	wantField  string
}

// checkRefusals runs each case on a fresh harness and checks the status, the
// error code and field, and that no service was called.
func checkRefusals(t *testing.T, tests []refusal) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %.400s)", rec.Code, tt.wantStatus, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			if e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q (message %q)", e.Code, tt.wantCode, e.Message)
			}
			if tt.wantField != "" && e.Details["field"] != tt.wantField {
				t.Errorf("details.field: got %v, want %q (message %q)", e.Details["field"], tt.wantField, e.Message)
			}
			if calls := h.serviceCalls(); len(calls) != 0 {
				t.Errorf("service calls: got %+v, want none", calls)
			}
		})
	}
}

// Request bodies of the consent tests.
var (
	grantJS       = `{"grantee":"` + strings.ToLower(hospitalAccount.Hex()) + `","categories":["lab_results","diagnoses"],"purpose":"treatment","expiresAt":"2026-06-01T02:00:00+02:00"}`
	revokeJS      = `{"grantee":"` + hospitalAccount.Hex() + `","purpose":"research"}`
	sigHex        = "0x" + strings.Repeat("ab", 64) + "1b"
	signedGrantJS = `{"patient":"` + patientAccount.Hex() + `","grantee":"` + hospitalAccount.Hex() + `","categories":["imaging"],"purpose":"care_giving",` +
		`"expiresAt":"2026-01-01T00:00:00Z","nonce":"3","deadline":"2025-06-01T13:00:00Z","signature":"` + sigHex + `"}`
	signedRevokeJS = `{"patient":"` + patientAccount.Hex() + `","grantee":"` + hospitalAccount.Hex() + `","purpose":"treatment",` +
		`"nonce":"4","deadline":"2025-06-01T13:00:00Z","signature":"` + sigHex + `"}`
	typedGrantJS  = `{"kind":"grant","patient":"` + patientAccount.Hex() + `","grantee":"` + hospitalAccount.Hex() + `","categories":["summary"],"purpose":"payment","expiresAt":"2026-01-01T00:00:00Z"}`
	typedRevokeJS = `{"kind":"revoke","patient":"` + patientAccount.Hex() + `","grantee":"` + hospitalAccount.Hex() + `","purpose":"payment","deadline":"2025-06-01T12:30:00Z"}`
	emergencyJS   = `{"patient":"` + patientAccount.Hex() + `","reasonCode":"` + reasonHex + `"}`
)

func TestConsentWrites(t *testing.T) {
	sig := common.FromHex(sigHex)
	deadline := time.Date(2025, 6, 1, 13, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCall   consentCall
		wantLoc    string
	}{
		{
			name:       "a custodial patient account grants access with category names",
			req:        request{method: http.MethodPost, path: "/v1/grants", token: custodialToken, body: grantJS},
			wantStatus: http.StatusCreated,
			wantCall: consentCall{Method: "Grant", Args: []any{custodialAccount, GrantRequest{Grantee: hospitalAccount,
				Categories: MaskOf(CategoryLabResults, CategoryDiagnoses), Purpose: PurposeTreatment, ExpiresAt: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}}},
			wantLoc: "/v1/patients/" + custodialAccount.Hex() + "/grants",
		},
		{
			name:       "a custodial patient account revokes a grant",
			req:        request{method: http.MethodPost, path: "/v1/grants/revoke", token: custodialToken, body: revokeJS},
			wantStatus: http.StatusOK,
			wantCall:   consentCall{Method: "Revoke", Args: []any{custodialAccount, hospitalAccount, PurposeResearch}},
		},
		{
			name:       "a wallet session relays the grant its patient signed",
			req:        request{method: http.MethodPost, path: "/v1/grants/signed", token: patientToken, body: signedGrantJS},
			wantStatus: http.StatusCreated,
			wantCall: consentCall{Method: "RelayGrant", Args: []any{SignedGrant{Patient: patientAccount,
				GrantRequest: GrantRequest{Grantee: hospitalAccount, Categories: MaskOf(CategoryImaging), Purpose: PurposeCareGiving,
					ExpiresAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
				Nonce: big.NewInt(3), Deadline: deadline, Signature: sig}}},
			wantLoc: "/v1/patients/" + patientAccount.Hex() + "/grants",
		},
		{
			name:       "anyone signed in may relay, an institution too",
			req:        request{method: http.MethodPost, path: "/v1/grants/signed-revoke", token: hospitalToken, body: signedRevokeJS},
			wantStatus: http.StatusOK,
			wantCall: consentCall{Method: "RelayRevoke", Args: []any{SignedRevoke{Patient: patientAccount, Grantee: hospitalAccount,
				Purpose: PurposeTreatment, Nonce: big.NewInt(4), Deadline: deadline, Signature: sig}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			want := map[string]any{"txHash": minedTx.TxHash.Hex(), "blockNumber": 42.0, "blockHash": minedTx.BlockHash.Hex(), "status": "success"}
			if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, want) {
				t.Errorf("body: got %v, want %v", got, want)
			}
			if calls := h.consent.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0], tt.wantCall) {
				t.Errorf("calls:\n got %+v\nwant [%+v]", calls, tt.wantCall)
			}
			if got := rec.Header().Get("Location"); got != tt.wantLoc {
				t.Errorf("Location: got %q, want %q", got, tt.wantLoc)
			}
		})
	}

	t.Run("emergency access reports the patient, the provider, the expiry and the transaction", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/emergency-access", token: hospitalToken, body: emergencyJS})
		if rec.Code != http.StatusCreated {
			t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
		}
		got := jsonBody(t, rec.Body.Bytes())
		if got["patient"] != patientAccount.Hex() || got["provider"] != hospitalAccount.Hex() || got["expiresAt"] != "2025-06-02T12:00:00Z" {
			t.Errorf("body: got %v", got)
		}
		want := consentCall{Method: "OpenEmergencyAccess", Args: []any{hospitalAccount, patientAccount, [32]byte(common.HexToHash(reasonHex))}}
		if calls := h.consent.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0], want) {
			t.Errorf("calls: got %+v, want [%+v]", calls, want)
		}
	})
}

func TestTypedData(t *testing.T) {
	t.Run("a wallet gets the typed data of a grant, passed through as the service made it", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/grants/typed-data", token: patientToken, body: typedGrantJS})
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
		}
		if got := jsonBody(t, rec.Body.Bytes()); got["primaryType"] != "Grant" || got["message"].(map[string]any)["nonce"] != "3" {
			t.Errorf("body: got %v", got)
		}
		want := TypedDataRequest{Kind: "grant", Patient: patientAccount, Grant: GrantRequest{Grantee: hospitalAccount,
			Categories: MaskOf(CategorySummary), Purpose: PurposePayment, ExpiresAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}}
		if calls := h.consent.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0].Args[0], want) {
			t.Errorf("calls: got %+v, want %+v", calls, want)
		}
	})
	t.Run("a revocation takes a deadline and no categories", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/grants/typed-data", token: hospitalToken, body: typedRevokeJS})
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
		}
		want := TypedDataRequest{Kind: "revoke", Patient: patientAccount, Grant: GrantRequest{Grantee: hospitalAccount, Purpose: PurposePayment},
			Deadline: time.Date(2025, 6, 1, 12, 30, 0, 0, time.UTC)}
		if calls := h.consent.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0].Args[0], want) {
			t.Errorf("calls: got %+v, want %+v", calls, want)
		}
	})
}

func TestGrantListings(t *testing.T) {
	tests := []struct {
		name, path, token string
		want              GrantQuery
	}{
		{"a patient lists the grants they gave", "/v1/patients/" + patientAccount.Hex() + "/grants", patientToken, GrantQuery{Patient: &patientAccount}},
		{"a patient lists expired grants too with all=true", "/v1/patients/" + strings.ToLower(patientAccount.Hex()) + "/grants?all=true", patientToken, GrantQuery{Patient: &patientAccount, All: true}},
		{"a grantee lists the grants it holds", "/v1/grantees/" + hospitalAccount.Hex() + "/grants?all=false", hospitalToken, GrantQuery{Grantee: &hospitalAccount}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: http.MethodGet, path: tt.path, token: tt.token})
			if rec.Code != http.StatusOK {
				t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
			}
			items := jsonBody(t, rec.Body.Bytes())["items"].([]any)
			want := map[string]any{"patient": patientAccount.Hex(), "grantee": hospitalAccount.Hex(), "purpose": "treatment",
				"categories": []any{"diagnoses", "lab_results"}, "grantedAt": "2025-05-01T08:00:00Z", "expiresAt": "2026-05-01T08:00:00Z", "active": true}
			if len(items) != 1 || !reflect.DeepEqual(items[0], want) {
				t.Errorf("items: got %v, want [%v]", items, want)
			}
			if calls := h.consent.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0].Args[0], tt.want) {
				t.Errorf("calls: got %+v, want %+v", calls, tt.want)
			}
		})
	}
	t.Run("no grants is an empty list", func(t *testing.T) {
		h := newHarness(t)
		h.consent.grants = nil
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/grants", token: patientToken})
		if got := strings.TrimSpace(rec.Body.String()); rec.Code != http.StatusOK || got != `{"items":[]}` {
			t.Errorf("got %d %s", rec.Code, got)
		}
	})
}

func TestConsentRefusals(t *testing.T) {
	post := func(path, token, body string) request {
		return request{method: http.MethodPost, path: path, token: token, body: body}
	}
	grantWith := func(old, new string) string { return strings.Replace(grantJS, old, new, 1) }
	signedWith := func(old, new string) string { return strings.Replace(signedGrantJS, old, new, 1) }
	checkRefusals(t, []refusal{
		// Who may call.
		{"a grant without a token is unauthenticated", post("/v1/grants", "", grantJS), http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a grant from a wallet session is forbidden: it has no keystore account", post("/v1/grants", patientToken, grantJS), http.StatusForbidden, CodeForbidden, ""},
		{"a revocation from a wallet session is forbidden", post("/v1/grants/revoke", patientToken, revokeJS), http.StatusForbidden, CodeForbidden, ""},
		{"emergency access from a wallet session is forbidden", post("/v1/emergency-access", patientToken, emergencyJS), http.StatusForbidden, CodeForbidden, ""},
		{"a relay without a token is unauthenticated", post("/v1/grants/signed", "", signedGrantJS), http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a relay with an expired session is unauthenticated", post("/v1/grants/signed", expiredToken, signedGrantJS), http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"typed data without a token is unauthenticated", post("/v1/grants/typed-data", "", typedGrantJS), http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"another person's grants are forbidden", request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/grants", token: otherToken}, http.StatusForbidden, CodeForbidden, ""},
		{"a grantee's grants are forbidden to the patient", request{method: http.MethodGet, path: "/v1/grantees/" + hospitalAccount.Hex() + "/grants", token: patientToken}, http.StatusForbidden, CodeForbidden, ""},
		{"a patient's grants are forbidden to the grantee", request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/grants", token: hospitalToken}, http.StatusForbidden, CodeForbidden, ""},
		// Grant fields.
		{"a grant without categories", post("/v1/grants", custodialToken, grantWith(`"categories":["lab_results","diagnoses"],`, ``)), http.StatusBadRequest, CodeMissingField, "categories"},
		{"a grant with an empty category list", post("/v1/grants", custodialToken, grantWith(`["lab_results","diagnoses"]`, `[]`)), http.StatusBadRequest, CodeMissingField, "categories"},
		{"a grant with categories as a bitmask", post("/v1/grants", custodialToken, grantWith(`["lab_results","diagnoses"]`, `24`)), http.StatusBadRequest, CodeInvalidJSON, "categories"},
		{"a grant with an unknown category", post("/v1/grants", custodialToken, grantWith(`"diagnoses"`, `"genome"`)), http.StatusBadRequest, CodeInvalidCategory, "categories"},
		{"a grant naming a category twice", post("/v1/grants", custodialToken, grantWith(`"diagnoses"`, `"lab_results"`)), http.StatusBadRequest, CodeInvalidCategory, "categories"},
		{"a grant with a category that is not a string", post("/v1/grants", custodialToken, grantWith(`"diagnoses"`, `4`)), http.StatusBadRequest, CodeInvalidJSON, "categories"},
		{"a grant for emergency", post("/v1/grants", custodialToken, grantWith(`"treatment"`, `"emergency"`)), http.StatusBadRequest, CodeInvalidPurpose, "purpose"},
		{"a grant for no purpose", post("/v1/grants", custodialToken, grantWith(`"treatment"`, `"none"`)), http.StatusBadRequest, CodeInvalidPurpose, "purpose"},
		{"a grant with a malformed grantee", post("/v1/grants", custodialToken, grantWith(strings.ToLower(hospitalAccount.Hex()), "0x1234")), http.StatusBadRequest, CodeInvalidAddress, "grantee"},
		{"a grant with a malformed expiry", post("/v1/grants", custodialToken, grantWith("2026-06-01T02:00:00+02:00", "next year")), http.StatusBadRequest, CodeInvalidTime, "expiresAt"},
		{"a grant that expires in the past", post("/v1/grants", custodialToken, grantWith("2026-06-01T02:00:00+02:00", "2025-06-01T12:00:00Z")), http.StatusUnprocessableEntity, CodeValidityInPast, "expiresAt"},
		{"a grant with an unknown field", post("/v1/grants", custodialToken, grantWith(`"purpose"`, `"patient":"x","purpose"`)), http.StatusBadRequest, CodeUnknownField, "patient"},
		{"a grant sent as a form", request{method: http.MethodPost, path: "/v1/grants", token: custodialToken, body: grantJS, header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a revocation without a purpose", post("/v1/grants/revoke", custodialToken, `{"grantee":"`+hospitalAccount.Hex()+`"}`), http.StatusBadRequest, CodeMissingField, "purpose"},
		// Signed grant fields.
		{"a signed grant with a hex nonce", post("/v1/grants/signed", patientToken, signedWith(`"nonce":"3"`, `"nonce":"0x3"`)), http.StatusBadRequest, CodeInvalidNumber, "nonce"},
		{"a signed grant with a nonce with leading zeros", post("/v1/grants/signed", patientToken, signedWith(`"nonce":"3"`, `"nonce":"03"`)), http.StatusBadRequest, CodeInvalidNumber, "nonce"},
		{"a signed grant with a numeric nonce", post("/v1/grants/signed", patientToken, signedWith(`"nonce":"3"`, `"nonce":3`)), http.StatusBadRequest, CodeInvalidJSON, "nonce"},
		{"a signed grant with a nonce over uint256", post("/v1/grants/signed", patientToken, signedWith(`"nonce":"3"`, `"nonce":"`+new(big.Int).Lsh(big.NewInt(1), 256).String()+`"`)), http.StatusBadRequest, CodeInvalidNumber, "nonce"},
		{"a signed grant without a signature", post("/v1/grants/signed", patientToken, signedWith(`,"signature":"`+sigHex+`"`, ``)), http.StatusBadRequest, CodeMissingField, "signature"},
		{"a signed grant with an odd-length signature", post("/v1/grants/signed", patientToken, signedWith(sigHex, sigHex+"0")), http.StatusBadRequest, CodeInvalidSignature, "signature"},
		{"a signed grant with a signature that is not hex", post("/v1/grants/signed", patientToken, signedWith(sigHex, "0xzz")), http.StatusBadRequest, CodeInvalidSignature, "signature"},
		{"a signed grant with an oversized signature", post("/v1/grants/signed", patientToken, signedWith(sigHex, "0x"+strings.Repeat("00", maxSignatureBytes+1))), http.StatusBadRequest, CodeInvalidSignature, "signature"},
		{"a signed grant past its deadline", post("/v1/grants/signed", patientToken, signedWith("2025-06-01T13:00:00Z", "2025-06-01T11:00:00Z")), http.StatusUnprocessableEntity, CodeValidityInPast, "deadline"},
		{"a signed grant that expires in the past", post("/v1/grants/signed", patientToken, signedWith("2026-01-01T00:00:00Z", "2024-01-01T00:00:00Z")), http.StatusUnprocessableEntity, CodeValidityInPast, "expiresAt"},
		{"a signed grant without a patient", post("/v1/grants/signed", patientToken, signedWith(`"patient":"`+patientAccount.Hex()+`",`, ``)), http.StatusBadRequest, CodeMissingField, "patient"},
		{"a signed revocation past its deadline", post("/v1/grants/signed-revoke", patientToken, strings.Replace(signedRevokeJS, "2025-06-01T13:00:00Z", "2025-06-01T12:00:00Z", 1)), http.StatusUnprocessableEntity, CodeValidityInPast, "deadline"},
		{"a signed revocation with categories", post("/v1/grants/signed-revoke", patientToken, strings.Replace(signedRevokeJS, `"purpose"`, `"categories":["imaging"],"purpose"`, 1)), http.StatusBadRequest, CodeUnknownField, "categories"},
		// Typed data fields.
		{"typed data of an unknown kind", post("/v1/grants/typed-data", patientToken, strings.Replace(typedGrantJS, `"grant"`, `"delegate"`, 1)), http.StatusBadRequest, CodeInvalidKind, "kind"},
		{"typed data of a revocation with an expiry", post("/v1/grants/typed-data", patientToken, strings.Replace(typedRevokeJS, `"purpose"`, `"expiresAt":"2026-01-01T00:00:00Z","purpose"`, 1)), http.StatusBadRequest, CodeUnknownField, "expiresAt"},
		{"typed data of a grant without an expiry", post("/v1/grants/typed-data", patientToken, strings.Replace(typedGrantJS, `,"expiresAt":"2026-01-01T00:00:00Z"`, ``, 1)), http.StatusBadRequest, CodeMissingField, "expiresAt"},
		{"typed data with a deadline in the past", post("/v1/grants/typed-data", patientToken, strings.Replace(typedRevokeJS, "2025-06-01T12:30:00Z", "2025-06-01T11:30:00Z", 1)), http.StatusUnprocessableEntity, CodeValidityInPast, "deadline"},
		{"typed data without a patient", post("/v1/grants/typed-data", patientToken, `{"kind":"grant"}`), http.StatusBadRequest, CodeMissingField, "patient"},
		// Emergency access fields.
		{"emergency access with a zero reason", post("/v1/emergency-access", hospitalToken, strings.Replace(emergencyJS, reasonHex, "0x"+strings.Repeat("0", 64), 1)), http.StatusBadRequest, CodeInvalidBytes32, "reasonCode"},
		{"emergency access without a patient", post("/v1/emergency-access", hospitalToken, `{"reasonCode":"`+reasonHex+`"}`), http.StatusBadRequest, CodeMissingField, "patient"},
		// Listing parameters.
		{"a grant listing with all=yes", request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/grants?all=yes", token: patientToken}, http.StatusBadRequest, CodeInvalidQuery, "all"},
		{"a grant listing with an unknown parameter", request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/grants?purpose=treatment", token: patientToken}, http.StatusBadRequest, CodeUnknownParameter, "purpose"},
		{"a grant listing of a malformed address", request{method: http.MethodGet, path: "/v1/grantees/0x12/grants", token: patientToken}, http.StatusBadRequest, CodeInvalidAddress, "address"},
	})
}

func TestConsentServiceErrors(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantCode   string
		wantDetail map[string]any
	}{
		{"a contract refusal is a conflict naming the custom error", fmt.Errorf("send: %w", &ContractError{Name: "AccessGrantsGranteeNotActive",
			Args: map[string]any{"grantee": hospitalAccount.Hex()}}), http.StatusConflict, CodeConflict,
			map[string]any{"error": "AccessGrantsGranteeNotActive", "args": map[string]any{"grantee": hospitalAccount.Hex()}}},
		{"a bad signature the service classifies as invalid is unprocessable", &ContractError{Kind: ErrInvalid, Name: "AccessGrantsInvalidSigner"},
			http.StatusUnprocessableEntity, CodeUnprocessable, map[string]any{"error": "AccessGrantsInvalidSigner"}},
		{"an unreachable chain is unavailable", fmt.Errorf("dial: %w", ErrUnavailable), http.StatusServiceUnavailable, CodeUnavailable, nil},
		{"anything else is internal", fmt.Errorf("relayer keystore locked"), http.StatusInternalServerError, CodeInternal, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.consent.err = tt.err
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/grants/signed", token: patientToken, body: signedGrantJS})
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (%s)", rec.Code, tt.wantStatus, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			if e.Code != tt.wantCode || (tt.wantDetail != nil && !reflect.DeepEqual(e.Details, tt.wantDetail)) {
				t.Errorf("got %+v, want code %s details %v", e, tt.wantCode, tt.wantDetail)
			}
			if strings.Contains(rec.Body.String(), "keystore") {
				t.Errorf("body leaks the internal error: %s", rec.Body)
			}
		})
	}
	t.Run("a reverted emergency access without an error is a conflict", func(t *testing.T) {
		h := newHarness(t)
		h.consent.emergency.Tx.Status = 0
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/emergency-access", token: hospitalToken, body: emergencyJS})
		if rec.Code != http.StatusConflict {
			t.Errorf("status: got %d, want 409 (%s)", rec.Code, rec.Body)
		}
	})
	t.Run("a forbidden listing from the service is forbidden", func(t *testing.T) {
		h := newHarness(t)
		h.consent.err = &wrapped{msg: "not allowed", err: ErrForbidden}
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/grantees/" + hospitalAccount.Hex() + "/grants", token: hospitalToken})
		if rec.Code != http.StatusForbidden {
			t.Errorf("status: got %d, want 403 (%s)", rec.Code, rec.Body)
		}
	})
}
