package api

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/auth"
)

// The real credential store must satisfy the interface the API consumes.
var _ Authenticator = (*auth.Store)(nil)

// errorBody decodes an error response and checks it has exactly the error model's shape.
func errorBody(t *testing.T, body []byte) Error {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatalf("error body %q is not a JSON object: %v", body, err)
	}
	for k := range raw {
		if k != "code" && k != "message" && k != "details" {
			t.Errorf("error body has field %q; want only code, message, details", k)
		}
	}
	var e Error
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("decode error body: %v", err)
	}
	if e.Code == "" || e.Message == "" {
		t.Errorf("error body %s: want non-empty code and message", body)
	}
	return e
}

func jsonBody(t *testing.T, body []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("body %q is not a JSON object: %v", body, err)
	}
	return m
}

// Test key material: a fixed secp256k1 key and a 65-byte signature made with it.
var (
	testKey, _   = crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	testPubKey   = crypto.FromECDSAPub(&testKey.PublicKey)[1:] // X‖Y
	testProof, _ = crypto.Sign(crypto.Keccak256([]byte("salus encryption key")), testKey)
	testPubHex   = "0x" + hex.EncodeToString(testPubKey)
	testProofHex = "0x" + hex.EncodeToString(testProof)
)

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

var (
	reasonHex = "0x" + strings.Repeat("0e", 32)
	deviceRef = "0x" + strings.Repeat("0d", 32)
	licenseJS = `{"address":"0x8617e340b3d01fa5f11f306f4090fd50e238070d","role":"provider","name":"St. Mary Hospital","licenseRef":"LIC-2025-0001","validUntil":"2030-12-31T23:59:59+01:00"}`
)

func TestReadEndpoints(t *testing.T) {
	h := newHarness(t)
	h.registry.participants[hospitalAccount] = Participant{
		Account:    hospitalAccount,
		Role:       RoleProvider,
		Name:       "St. Mary Hospital",
		LicenseRef: crypto.Keccak256Hash([]byte("LIC-2025-0001")),
		LicensedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		ValidUntil: time.Date(2030, 12, 31, 22, 59, 59, 0, time.UTC),
		Active:     true,
	}
	h.registry.participants[pharmacyAccount] = Participant{
		Account:          pharmacyAccount,
		Role:             RoleGovernmentPayer,
		Name:             "Ministry",
		Suspended:        true,
		SuspensionReason: [32]byte{31: 7},
		EncryptionKey:    testPubKey,
	}

	tests := []struct {
		name       string
		path       string
		wantStatus int
		want       map[string]any
	}{
		{
			name: "the health check says the process is alive", path: "/healthz",
			wantStatus: http.StatusOK, want: map[string]any{"status": "ok"},
		},
		{
			name: "the readiness check passes when the chain is ready", path: "/readyz",
			wantStatus: http.StatusOK, want: map[string]any{"status": "ready"},
		},
		{
			name: "the chain is described with checksummed addresses and UTC times", path: "/v1/chain",
			wantStatus: http.StatusOK,
			want: map[string]any{
				"chainId":         1337.0,
				"headNumber":      100.0,
				"headHash":        "0x0000000000000000000000000000000000000000000000000000000000abcdef",
				"headTime":        "2025-06-01T09:59:55Z",
				"signers":         []any{"0x52908400098527886E0F7030069857D2E4169EE7"},
				"contracts":       map[string]any{"Registry": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
				"deploymentBlock": 1.0,
			},
		},
		{
			name: "a participant looked up in lower case comes back checksummed with its role name",
			path: "/v1/participants/0x8617e340b3d01fa5f11f306f4090fd50e238070d", wantStatus: http.StatusOK,
			want: map[string]any{
				"address":    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
				"role":       "provider",
				"name":       "St. Mary Hospital",
				"active":     true,
				"suspended":  false,
				"licensedAt": "2025-01-02T03:04:05Z",
				"validUntil": "2030-12-31T22:59:59Z",
				"licenseRef": crypto.Keccak256Hash([]byte("LIC-2025-0001")).Hex(),
			},
		},
		{
			name: "a suspended participant shows its reason and encryption key",
			path: "/v1/participants/0xDE709F2102306220921060314715629080E2FB77", wantStatus: http.StatusOK,
			want: map[string]any{
				"address":          "0xde709f2102306220921060314715629080e2fb77",
				"role":             "government_payer",
				"name":             "Ministry",
				"active":           false,
				"suspended":        true,
				"suspensionReason": "0x" + strings.Repeat("00", 31) + "07",
				"licenseRef":       "0x" + strings.Repeat("00", 32),
				"encryptionKey":    testPubHex,
			},
		},
	}
	// The checksummed spelling of pharmacyAccount, computed rather than typed.
	tests[4].want["address"] = pharmacyAccount.Hex()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := h.do(t, request{method: http.MethodGet, path: tt.path})
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type: got %q, want application/json", ct)
			}
			if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("body:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestReadFailures(t *testing.T) {
	tests := []struct {
		name       string
		path       string
		setup      func(h *harness)
		wantStatus int
		wantCode   string
	}{
		{"an unknown participant is not found", "/v1/participants/0x000000000000000000000000000000000000dEaD", nil, http.StatusNotFound, CodeNotFound},
		{"a malformed address is refused", "/v1/participants/0x1234", nil, http.StatusBadRequest, CodeInvalidAddress},
		{"an address without 0x is refused", "/v1/participants/8617e340b3d01fa5f11f306f4090fd50e238070d", nil, http.StatusBadRequest, CodeInvalidAddress},
		{"the zero address is refused", "/v1/participants/0x0000000000000000000000000000000000000000", nil, http.StatusBadRequest, CodeInvalidAddress},
		{"a chain that is not ready makes readiness fail with its reason", "/readyz",
			func(h *harness) { h.chain.readyErr = errors.New("node is syncing") }, http.StatusServiceUnavailable, CodeUnavailable},
		{"an unavailable chain makes chain info unavailable", "/v1/chain",
			func(h *harness) { h.chain.infoErr = fmt.Errorf("dial: %w", ErrUnavailable) }, http.StatusServiceUnavailable, CodeUnavailable},
		{"an unexpected read error is internal", "/v1/participants/0x8617e340b3d01fa5f11f306f4090fd50e238070d",
			func(h *harness) { h.registry.readErr = errors.New("abi: cannot unmarshal secret-internal-detail") }, http.StatusInternalServerError, CodeInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			if tt.setup != nil {
				tt.setup(h)
			}
			rec := h.do(t, request{method: http.MethodGet, path: tt.path})
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			if e := errorBody(t, rec.Body.Bytes()); e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q", e.Code, tt.wantCode)
			}
			if strings.Contains(rec.Body.String(), "secret-internal-detail") {
				t.Errorf("body %s leaks the internal error; want it only in the log", rec.Body)
			}
		})
	}

	t.Run("the readiness failure names the reason", func(t *testing.T) {
		h := newHarness(t)
		h.chain.readyErr = errors.New("node is syncing")
		rec := h.do(t, request{method: http.MethodGet, path: "/readyz"})
		e := errorBody(t, rec.Body.Bytes())
		if got := e.Details["reason"]; got != "node is syncing" {
			t.Errorf("details.reason: got %v, want %q", got, "node is syncing")
		}
	})

	t.Run("an unexpected error is logged with the request id but not shown", func(t *testing.T) {
		h := newHarness(t)
		h.registry.readErr = errors.New("secret-internal-detail")
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/participants/" + hospitalAccount.Hex(),
			header: map[string]string{HeaderRequestID: "trace-500"}})
		if rec.Code != http.StatusInternalServerError {
			t.Fatalf("status: got %d, want 500", rec.Code)
		}
		logs := h.logs()
		if !strings.Contains(logs, "secret-internal-detail") || !strings.Contains(logs, `"request_id":"trace-500"`) {
			t.Errorf("log %s: want the error and request id trace-500", logs)
		}
	})
}

// writeCase is one successful write.
type writeCase struct {
	name       string
	req        request
	wantStatus int
	wantCall   call
}

func writeCases() []writeCase {
	return []writeCase{
		{
			name:       "the regulator licenses a provider, hashing a plain license reference",
			req:        request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: licenseJS},
			wantStatus: http.StatusCreated,
			wantCall: call{Method: "License", From: regulatorAccount, Args: []any{LicenseRequest{
				Account:    hospitalAccount,
				Role:       RoleProvider,
				Name:       "St. Mary Hospital",
				LicenseRef: crypto.Keccak256Hash([]byte("LIC-2025-0001")),
				ValidUntil: time.Date(2030, 12, 31, 22, 59, 59, 0, time.UTC),
			}}},
		},
		{
			name: "the regulator renews a license with a hex license reference",
			req: request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
				body: `{"address":"` + pharmacyAccount.Hex() + `","role":"pharmacy","name":"  Corner Pharmacy ","licenseRef":"` + reasonHex + `","validUntil":"2031-01-01T00:00:00.75Z"}`},
			wantStatus: http.StatusCreated,
			wantCall: call{Method: "License", From: regulatorAccount, Args: []any{LicenseRequest{
				Account:    pharmacyAccount,
				Role:       RolePharmacy,
				Name:       "Corner Pharmacy",
				LicenseRef: common.HexToHash(reasonHex),
				ValidUntil: time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC),
			}}},
		},
		{
			name: "the regulator suspends a participant",
			req: request{method: http.MethodPost, path: "/v1/participants/" + strings.ToLower(hospitalAccount.Hex()) + "/suspend",
				token: regulatorToken, body: `{"reasonCode":"` + reasonHex + `"}`},
			wantStatus: http.StatusOK,
			wantCall:   call{Method: "Suspend", From: regulatorAccount, Args: []any{hospitalAccount, [32]byte(common.HexToHash(reasonHex))}},
		},
		{
			name:       "the regulator reinstates a participant without a body",
			req:        request{method: http.MethodPost, path: "/v1/participants/" + hospitalAccount.Hex() + "/reinstate", token: regulatorToken},
			wantStatus: http.StatusOK,
			wantCall:   call{Method: "Reinstate", From: regulatorAccount, Args: []any{hospitalAccount}},
		},
		{
			name:       "the regulator reinstates a participant with an empty object",
			req:        request{method: http.MethodPost, path: "/v1/participants/" + hospitalAccount.Hex() + "/reinstate", token: regulatorToken, body: ` {} `},
			wantStatus: http.StatusOK,
			wantCall:   call{Method: "Reinstate", From: regulatorAccount, Args: []any{hospitalAccount}},
		},
		{
			name: "the regulator binds a device to its owner given in upper case",
			req: request{method: http.MethodPost, path: "/v1/devices", token: regulatorToken,
				body: `{"device":"` + deviceAccount.Hex() + `","owner":"0X` + strings.ToUpper(pharmacyAccount.Hex()[2:]) + `","deviceRef":"` + deviceRef + `"}`},
			wantStatus: http.StatusCreated,
			wantCall:   call{Method: "RegisterDevice", From: regulatorAccount, Args: []any{deviceAccount, pharmacyAccount, [32]byte(common.HexToHash(deviceRef))}},
		},
		{
			name: "an institution registers its own encryption key",
			req: request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: hospitalToken,
				body: `{"publicKey":"` + testPubHex + `","proof":"` + testProofHex + `"}`},
			wantStatus: http.StatusOK,
			wantCall:   call{Method: "RegisterEncryptionKey", From: hospitalAccount, Args: []any{testPubKey, testProof}},
		},
		{
			name: "an institution registers a key given in the 0x04 uncompressed form",
			req: request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: hospitalToken,
				body: `{"publicKey":"0x04` + testPubHex[2:] + `","proof":"` + testProofHex + `"}`},
			wantStatus: http.StatusOK,
			wantCall:   call{Method: "RegisterEncryptionKey", From: hospitalAccount, Args: []any{testPubKey, testProof}},
		},
	}
}

func TestWritesSucceed(t *testing.T) {
	for _, tt := range writeCases() {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			calls := h.registry.writes()
			want := map[string]any{"txHash": minedTx.TxHash.Hex(), "blockNumber": 42.0, "blockHash": minedTx.BlockHash.Hex(), "status": "success"}
			if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, want) {
				t.Errorf("body: got %v, want %v", got, want)
			}
			if len(calls) != 1 || !reflect.DeepEqual(calls[0], tt.wantCall) {
				t.Errorf("writes:\n got %+v\nwant [%+v]", calls, tt.wantCall)
			}
		})
	}

	t.Run("a license points at the participant it created", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: licenseJS})
		if got, want := rec.Header().Get("Location"), "/v1/participants/"+hospitalAccount.Hex(); got != want {
			t.Errorf("Location: got %q, want %q", got, want)
		}
	})
}

func TestWritesRefused(t *testing.T) {
	bigName := strings.Repeat("x", 2<<20)
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCode   string
		wantField  string
	}{
		{"malformed JSON is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: `{"address":`}, http.StatusBadRequest, CodeInvalidJSON, ""},
		{"a JSON array is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: `[]`}, http.StatusBadRequest, CodeInvalidJSON, ""},
		{"an empty body is refused", request{method: http.MethodPost, path: "/v1/devices", token: regulatorToken}, http.StatusBadRequest, CodeInvalidJSON, ""},
		{"an unknown field is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, `"role"`, `"isAdmin":true,"role"`, 1)}, http.StatusBadRequest, CodeUnknownField, "isAdmin"},
		{"a field in the wrong letter case is unknown", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, `"role"`, `"Role"`, 1)}, http.StatusBadRequest, CodeUnknownField, "Role"},
		{"a duplicated field is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, `"role":"provider"`, `"role":"provider","role":"lab"`, 1)}, http.StatusBadRequest, CodeInvalidJSON, "role"},
		{"trailing data is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: licenseJS + `{}`}, http.StatusBadRequest, CodeInvalidJSON, ""},
		{"a missing field is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: `{"address":"` + hospitalAccount.Hex() + `","role":"lab"}`}, http.StatusBadRequest, CodeMissingField, "name"},
		{"a number where a string belongs is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, `"provider"`, `1`, 1)}, http.StatusBadRequest, CodeInvalidJSON, "role"},
		{"a malformed address in the body is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, "0x8617e340b3d01fa5f11f306f4090fd50e238070d", "0x8617e340b3d01fa5f11f306f4090fd50e23807zz", 1)}, http.StatusBadRequest, CodeInvalidAddress, "address"},
		{"an unknown role is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, `"provider"`, `"Provider"`, 1)}, http.StatusBadRequest, CodeInvalidRole, "role"},
		{"a validity that is not RFC 3339 is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, "2030-12-31T23:59:59+01:00", "31/12/2030", 1)}, http.StatusBadRequest, CodeInvalidTime, "validUntil"},
		{"a validity in the past is unprocessable", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, "2030-12-31T23:59:59+01:00", "2020-01-01T00:00:00Z", 1)}, http.StatusUnprocessableEntity, CodeValidityInPast, "validUntil"},
		{"a short license reference in hex is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: strings.Replace(licenseJS, "LIC-2025-0001", "0x1234", 1)}, http.StatusBadRequest, CodeInvalidLicenseRef, "licenseRef"},
		{"a malformed path address is refused", request{method: http.MethodPost, path: "/v1/participants/0xnothex/suspend", token: regulatorToken,
			body: `{"reasonCode":"` + reasonHex + `"}`}, http.StatusBadRequest, CodeInvalidAddress, "address"},
		{"an owner address without 0x is refused", request{method: http.MethodPost, path: "/v1/devices", token: regulatorToken,
			body: `{"device":"` + deviceAccount.Hex() + `","owner":"` + pharmacyAccount.Hex()[2:] + `","deviceRef":"` + deviceRef + `"}`}, http.StatusBadRequest, CodeInvalidAddress, "owner"},
		{"a zero device reference is refused", request{method: http.MethodPost, path: "/v1/devices", token: regulatorToken,
			body: `{"device":"` + deviceAccount.Hex() + `","owner":"` + pharmacyAccount.Hex() + `","deviceRef":"0x` + strings.Repeat("0", 64) + `"}`}, http.StatusBadRequest, CodeInvalidBytes32, "deviceRef"},
		{"a short reason code is refused", request{method: http.MethodPost, path: "/v1/participants/" + hospitalAccount.Hex() + "/suspend", token: regulatorToken,
			body: `{"reasonCode":"0x01"}`}, http.StatusBadRequest, CodeInvalidBytes32, "reasonCode"},
		{"a reinstatement with fields is refused", request{method: http.MethodPost, path: "/v1/participants/" + hospitalAccount.Hex() + "/reinstate", token: regulatorToken,
			body: `{"reason":"x"}`}, http.StatusBadRequest, CodeUnknownField, "reason"},
		{"a key that is not on the curve is refused", request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: hospitalToken,
			body: `{"publicKey":"0x` + strings.Repeat("11", 64) + `","proof":"` + testProofHex + `"}`}, http.StatusBadRequest, CodeInvalidPublicKey, "publicKey"},
		{"a short proof is refused", request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: hospitalToken,
			body: `{"publicKey":"` + testPubHex + `","proof":"0x` + strings.Repeat("11", 64) + `"}`}, http.StatusBadRequest, CodeInvalidProof, "proof"},
		{"a body that is not JSON by content type is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: licenseJS, header: map[string]string{"Content-Type": "text/plain"}}, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"an oversized body is refused", request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken,
			body: `{"name":"` + bigName + `"}`}, http.StatusRequestEntityTooLarge, CodeBodyTooLarge, ""},
		{"a write without a token is unauthenticated", request{method: http.MethodPost, path: "/v1/participants", body: licenseJS}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a write with an unknown token is unauthenticated", request{method: http.MethodPost, path: "/v1/devices", token: "salus_nobody_x", body: `{}`}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a write with a basic credential is unauthenticated", request{method: http.MethodPut, path: "/v1/participants/me/encryption-key",
			header: map[string]string{"Authorization": "Basic dXNlcjpwYXNz"}, body: `{}`}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a licence by a non-regulator is forbidden", request{method: http.MethodPost, path: "/v1/participants", token: hospitalToken, body: licenseJS}, http.StatusForbidden, CodeForbidden, ""},
		{"a suspension by a non-regulator is forbidden", request{method: http.MethodPost, path: "/v1/participants/" + pharmacyAccount.Hex() + "/suspend", token: hospitalToken,
			body: `{"reasonCode":"` + reasonHex + `"}`}, http.StatusForbidden, CodeForbidden, ""},
		{"a device binding by a non-regulator is forbidden even with a bad body", request{method: http.MethodPost, path: "/v1/devices", token: hospitalToken, body: `{`}, http.StatusForbidden, CodeForbidden, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %.300s)", rec.Code, tt.wantStatus, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			if e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q (message %q)", e.Code, tt.wantCode, e.Message)
			}
			if tt.wantField != "" && e.Details["field"] != tt.wantField {
				t.Errorf("details.field: got %v, want %q", e.Details["field"], tt.wantField)
			}
			if calls := h.registry.writes(); len(calls) != 0 {
				t.Errorf("writes: got %+v, want none: bad input must change nothing", calls)
			}
			if rec.Code == http.StatusUnauthorized && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("WWW-Authenticate: got %q, want a Bearer challenge", rec.Header().Get("WWW-Authenticate"))
			}
		})
	}
}

func TestOversizedBodyWithoutLength(t *testing.T) {
	t.Run("a streamed body over the limit is refused while reading", func(t *testing.T) {
		h := newHarness(t)
		sent := `{"name":"` + strings.Repeat("x", int(DefaultConfig().MaxBodyBytes)) + `"}`
		body := io.MultiReader(strings.NewReader(sent)) // hides the length from httptest
		req := httptest.NewRequest(http.MethodPost, "/v1/participants", body)
		req.ContentLength = -1 // unknown, as with chunked encoding
		req.Header.Set("Authorization", "Bearer "+regulatorToken)
		header := req.Header.Clone()
		rec := httptest.NewRecorder()
		h.srv.Handler().ServeHTTP(rec, req)
		checkExchange(t, exchange{method: http.MethodPost, target: "/v1/participants", header: header,
			body: []byte(sent), status: rec.Code, respHeader: rec.Header(), respBody: rec.Body.Bytes()})
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status: got %d, want 413 (body %.200s)", rec.Code, rec.Body)
		}
		if e := errorBody(t, rec.Body.Bytes()); e.Code != CodeBodyTooLarge {
			t.Errorf("code: got %q, want %q", e.Code, CodeBodyTooLarge)
		}
		if calls := h.registry.writes(); len(calls) != 0 {
			t.Errorf("writes: got %v, want none", calls)
		}
	})
}

func TestServiceErrors(t *testing.T) {
	suspend := request{method: http.MethodPost, path: "/v1/participants/" + hospitalAccount.Hex() + "/suspend",
		token: regulatorToken, body: `{"reasonCode":"` + reasonHex + `"}`}
	tests := []struct {
		name        string
		err         error
		tx          *TxResult
		wantStatus  int
		wantCode    string
		wantDetails map[string]any
	}{
		{
			name: "a contract revert is a conflict with the custom error in details",
			err: fmt.Errorf("send suspend: %w", &ContractError{Name: "RegistryAlreadySuspended",
				Args: map[string]any{"account": hospitalAccount.Hex()}}),
			wantStatus: http.StatusConflict, wantCode: CodeConflict,
			wantDetails: map[string]any{"error": "RegistryAlreadySuspended", "args": map[string]any{"account": hospitalAccount.Hex()}},
		},
		{
			name:       "a revert the service classifies as forbidden is forbidden",
			err:        &ContractError{Kind: ErrForbidden, Name: "RegistryUnauthorized"},
			wantStatus: http.StatusForbidden, wantCode: CodeForbidden,
			wantDetails: map[string]any{"error": "RegistryUnauthorized"},
		},
		{"a plain conflict is a conflict", fmt.Errorf("nonce: %w", ErrConflict), nil, http.StatusConflict, CodeConflict, nil},
		{"an unknown account is not found", fmt.Errorf("account: %w", ErrNotFound), nil, http.StatusNotFound, CodeNotFound, nil},
		{"values the service refuses are unprocessable", fmt.Errorf("suspend: %w", Invalid("reason code is not registered")), nil, http.StatusUnprocessableEntity, CodeUnprocessable, nil},
		{"an unreachable node is unavailable", fmt.Errorf("dial: %w", ErrUnavailable), nil, http.StatusServiceUnavailable, CodeUnavailable, nil},
		{"a chain that does not answer in time is a timeout", fmt.Errorf("wait receipt: %w", context.DeadlineExceeded), nil, http.StatusGatewayTimeout, CodeTimeout, nil},
		{"anything else is internal", errors.New("keystore locked"), nil, http.StatusInternalServerError, CodeInternal, nil},
		{
			name: "a reverted receipt reported without an error is a conflict", tx: &TxResult{TxHash: minedTx.TxHash, BlockNumber: 9},
			wantStatus: http.StatusConflict, wantCode: CodeConflict,
			wantDetails: map[string]any{"txHash": minedTx.TxHash.Hex(), "blockNumber": 9.0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.registry.err = tt.err
			if tt.tx != nil {
				h.registry.tx = *tt.tx
			}
			rec := h.do(t, suspend)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			if e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q", e.Code, tt.wantCode)
			}
			if tt.wantDetails != nil && !reflect.DeepEqual(e.Details, tt.wantDetails) {
				t.Errorf("details: got %v, want %v", e.Details, tt.wantDetails)
			}
			if tt.wantCode == CodeInternal && strings.Contains(rec.Body.String(), "keystore") {
				t.Errorf("body %s leaks the internal error", rec.Body)
			}
		})
	}

	t.Run("a failing regulator check is reported and nothing is written", func(t *testing.T) {
		h := newHarness(t)
		h.registry.regulatorErr = fmt.Errorf("call: %w", ErrUnavailable)
		rec := h.do(t, suspend)
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("status: got %d, want 503", rec.Code)
		}
		if calls := h.registry.writes(); len(calls) != 0 {
			t.Errorf("writes: got %v, want none", calls)
		}
	})
}

func TestPanicsBecomeInternalErrors(t *testing.T) {
	tests := []struct {
		name, panicOn string
		req           request
	}{
		{"a panicking read answers 500 in the error model", "Participant", request{method: http.MethodGet, path: "/v1/participants/" + hospitalAccount.Hex()}},
		{"a panicking write answers 500 in the error model", "Reinstate", request{method: http.MethodPost, path: "/v1/participants/" + hospitalAccount.Hex() + "/reinstate", token: regulatorToken}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.registry.panicOn = tt.panicOn
			rec := h.do(t, tt.req)
			if rec.Code != http.StatusInternalServerError {
				t.Fatalf("status: got %d, want 500", rec.Code)
			}
			if e := errorBody(t, rec.Body.Bytes()); e.Code != CodeInternal {
				t.Errorf("code: got %q, want %q", e.Code, CodeInternal)
			}
			if strings.Contains(rec.Body.String(), "exploded") {
				t.Errorf("body %s leaks the panic", rec.Body)
			}
			if !strings.Contains(h.logs(), "exploded") {
				t.Errorf("log: want the panic value, got %s", h.logs())
			}
		})
	}
}

func TestUnknownRoutesAndMethods(t *testing.T) {
	tests := []struct {
		name       string
		method     string
		path       string
		wantStatus int
		wantCode   string
		wantAllow  string
	}{
		{"an unknown path is a JSON 404", http.MethodGet, "/v2/nothing", http.StatusNotFound, CodeNotFound, ""},
		{"a trailing slash is a JSON 404, not a redirect", http.MethodGet, "/v1/chain/", http.StatusNotFound, CodeNotFound, ""},
		{"a wrong method is a JSON 405 with Allow", http.MethodDelete, "/v1/chain", http.StatusMethodNotAllowed, CodeMethodNotAllowed, "GET"},
		{"putting a participant is a JSON 405", http.MethodPut, "/v1/participants/" + hospitalAccount.Hex(), http.StatusMethodNotAllowed, CodeMethodNotAllowed, "GET"},
		{"reading the suspend action is a JSON 405", http.MethodGet, "/v1/participants/" + hospitalAccount.Hex() + "/suspend", http.StatusMethodNotAllowed, CodeMethodNotAllowed, "POST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: tt.method, path: tt.path})
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %s)", rec.Code, tt.wantStatus, rec.Body)
			}
			if e := errorBody(t, rec.Body.Bytes()); e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q", e.Code, tt.wantCode)
			}
			if got := rec.Header().Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow: got %q, want %q", got, tt.wantAllow)
			}
		})
	}
}

func TestRequestID(t *testing.T) {
	tests := []struct {
		name     string
		incoming string
		wantSame bool
	}{
		{"a sane incoming id is echoed", "3f2a9c1e-7b1d-4e8a-9f00-1a2b3c4d5e6f", true},
		{"an id with unsafe characters is replaced", "bad id\r\nX-Injected: 1", false},
		{"an overlong id is replaced", strings.Repeat("a", maxRequestIDLen+1), false},
		{"a missing id is generated", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			req := request{method: http.MethodGet, path: "/healthz"}
			if tt.incoming != "" {
				req.header = map[string]string{HeaderRequestID: tt.incoming}
			}
			rec := h.do(t, req)
			got := rec.Header().Get(HeaderRequestID)
			if tt.wantSame && got != tt.incoming {
				t.Errorf("%s: got %q, want %q", HeaderRequestID, got, tt.incoming)
			}
			if !tt.wantSame && (got == tt.incoming || !validRequestID(got)) {
				t.Errorf("%s: got %q, want a fresh valid id", HeaderRequestID, got)
			}
			if !strings.Contains(h.logs(), `"request_id":"`+got+`"`) {
				t.Errorf("access log %s: want request_id %q", h.logs(), got)
			}
		})
	}

	t.Run("errors carry the request id too", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/nowhere", header: map[string]string{HeaderRequestID: "abc-123"}})
		if got := rec.Header().Get(HeaderRequestID); got != "abc-123" {
			t.Errorf("%s: got %q, want %q", HeaderRequestID, got, "abc-123")
		}
	})
}

func TestAccessLogOmitsSecrets(t *testing.T) {
	t.Run("the log holds neither the body nor the token", func(t *testing.T) {
		h := newHarness(t)
		h.do(t, request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: licenseJS})
		logs := h.logs()
		for _, secret := range []string{"St. Mary Hospital", "LIC-2025-0001", regulatorToken} {
			if strings.Contains(logs, secret) {
				t.Errorf("log contains %q: %s", secret, logs)
			}
		}
		for _, want := range []string{`"route":"/v1/participants"`, `"status":201`, `"principal":"regulator0"`} {
			if !strings.Contains(logs, want) {
				t.Errorf("log %s: want %s", logs, want)
			}
		}
	})
}

func TestMetrics(t *testing.T) {
	t.Run("metrics count requests by route template and status", func(t *testing.T) {
		h := newHarness(t)
		h.do(t, request{method: http.MethodGet, path: "/healthz"})
		h.do(t, request{method: http.MethodGet, path: "/healthz"})
		h.do(t, request{method: http.MethodGet, path: "/v1/participants/" + hospitalAccount.Hex()})
		h.do(t, request{method: http.MethodGet, path: "/no/such/path"})
		rec := h.do(t, request{method: http.MethodGet, path: "/metrics"})
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d, want 200", rec.Code)
		}
		body := rec.Body.String()
		for _, want := range []string{
			`salus_api_requests_total{method="GET",route="/healthz",status="200"} 2`,
			`salus_api_requests_total{method="GET",route="/v1/participants/{address}",status="404"} 1`,
			`salus_api_requests_total{method="GET",route="unmatched",status="404"} 1`,
			`salus_api_request_duration_seconds_bucket{method="GET",route="/healthz",status="200",le="+Inf"} 2`,
			`salus_api_requests_in_flight`,
			`go_goroutines`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("metrics: want a line containing %s", want)
			}
		}
	})
}

func TestRouteTable(t *testing.T) {
	t.Run("every route is unique and reachable", func(t *testing.T) {
		// One request per route, more than the default client burst.
		h := newHarness(t, func(c *Config) { c.ClientRate = 0 })
		seen := map[string]bool{}
		for _, rt := range Routes() {
			key := rt.Method + " " + rt.Path
			if seen[key] {
				t.Errorf("route %s is declared twice", key)
			}
			seen[key] = true
			if rt.Summary == "" || rt.OperationID == "" || rt.Status == 0 || rt.handle == nil {
				t.Errorf("route %s: want summary, operation id, status and handler", key)
			}
			path := pathReplacer.Replace(rt.Path)
			rec := h.do(t, request{method: rt.Method, path: path})
			if rec.Code == http.StatusNotFound || rec.Code == http.StatusMethodNotAllowed {
				if e := errorBody(t, rec.Body.Bytes()); e.Code == CodeMethodNotAllowed || strings.Contains(e.Message, "no such path") {
					t.Errorf("route %s is not registered: got %d %s", key, rec.Code, rec.Body)
				}
			}
			if rt.Access != Public && rec.Code != http.StatusUnauthorized {
				t.Errorf("route %s without a token: got %d, want 401", key, rec.Code)
			}
		}
	})

	t.Run("path templates convert to gin syntax", func(t *testing.T) {
		if got, want := ginPath("/v1/participants/{address}/suspend"), "/v1/participants/:address/suspend"; got != want {
			t.Errorf("ginPath: got %q, want %q", got, want)
		}
	})
}
