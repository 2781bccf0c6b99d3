package api

import (
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

const siweMessage = "portal.example.org wants you to sign in with your Ethereum account:\n0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359\n\nURI: https://portal.example.org\nVersion: 1\nChain ID: 1337\nNonce: 5f2b9c1e7a3d4e8f\nIssued At: 2025-06-01T12:00:00Z"

func signInJS(message, signature string) string {
	return fmt.Sprintf(`{"message":%q,"signature":%q}`, message, signature)
}

func TestSignIn(t *testing.T) {
	t.Run("a wallet gets a challenge to sign", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/auth/nonce"})
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
		}
		want := map[string]any{"nonce": "5f2b9c1e7a3d4e8f", "expiresAt": "2025-06-01T12:05:00Z", "domain": "portal.example.org",
			"uri": "https://portal.example.org", "chainId": 1337.0, "statement": "Sign in to Salus."}
		if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, want) {
			t.Errorf("body: got %v, want %v", got, want)
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("Cache-Control: got %q, want no-store", cc)
		}
	})

	t.Run("a signed message starts a session that authenticates later requests", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, testProofHex)})
		if rec.Code != http.StatusOK {
			t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
		}
		want := map[string]any{"token": patientToken, "address": patientAccount.Hex(), "expiresAt": "2025-06-01T20:00:00Z"}
		if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, want) {
			t.Errorf("body: got %v, want %v", got, want)
		}
		calls := h.sessions.called()
		if len(calls) != 1 || calls[0].Args[0] != siweMessage || !reflect.DeepEqual(calls[0].Args[1], testProof) {
			t.Errorf("SignIn calls: got %+v", calls)
		}
		rec = h.do(t, request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/records", token: patientToken})
		if rec.Code != http.StatusOK {
			t.Errorf("a request with the session: got %d (%s)", rec.Code, rec.Body)
		}
	})

	t.Run("a refused signature is a 401 with the reason", func(t *testing.T) {
		h := newHarness(t)
		other := "0x" + strings.Repeat("11", 64) + "1c"
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, other)})
		if rec.Code != http.StatusUnauthorized {
			t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
		}
		e := errorBody(t, rec.Body.Bytes())
		if e.Code != CodeUnauthenticated || !strings.Contains(e.Message, "the signature was not made by the message's address") || !strings.Contains(e.Message, "/v1/auth/nonce") {
			t.Errorf("got %+v, want unauthenticated with the reason and what to do", e)
		}
	})

	t.Run("a refusal the service wraps without a reason shows its text", func(t *testing.T) {
		h := newHarness(t)
		h.sessions.signInErr = fmt.Errorf("siwe: bad nonce: the nonce was already used: %w", ErrUnauthenticated)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, testProofHex)})
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusUnauthorized || !strings.Contains(e.Message, "the nonce was already used") {
			t.Errorf("got %d %+v", rec.Code, e)
		}
	})

	t.Run("an unexpected sign-in failure is internal and not shown", func(t *testing.T) {
		h := newHarness(t)
		h.sessions.signInErr = errors.New("session store: disk full")
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, testProofHex)})
		if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "disk") {
			t.Errorf("got %d %s, want 500 without the detail", rec.Code, rec.Body)
		}
	})

	checkRefusals(t, []refusal{
		{"a sign-in without a message", request{method: http.MethodPost, path: "/v1/auth/siwe", body: `{"signature":"` + testProofHex + `"}`}, http.StatusBadRequest, CodeMissingField, "message"},
		{"a sign-in with an empty message", request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS("", testProofHex)}, http.StatusBadRequest, CodeMissingField, "message"},
		{"a sign-in with a short signature", request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, "0x1234")}, http.StatusBadRequest, CodeInvalidSignature, "signature"},
		{"a sign-in with a contract wallet's long signature", request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, testProofHex+"00")}, http.StatusBadRequest, CodeInvalidSignature, "signature"},
		{"a sign-in with a bad recovery id", request{method: http.MethodPost, path: "/v1/auth/siwe", body: signInJS(siweMessage, testProofHex[:130]+"05")}, http.StatusBadRequest, CodeInvalidSignature, "signature"},
		{"a sign-in with an unknown field", request{method: http.MethodPost, path: "/v1/auth/siwe", body: `{"message":"m","signature":"` + testProofHex + `","address":"x"}`}, http.StatusBadRequest, CodeUnknownField, "address"},
		{"a sign-in that is not JSON", request{method: http.MethodPost, path: "/v1/auth/siwe", body: siweMessage, header: map[string]string{"Content-Type": "text/plain"}}, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a nonce request with a parameter", request{method: http.MethodGet, path: "/v1/auth/nonce?address=0x1"}, http.StatusBadRequest, CodeUnknownParameter, "address"},
	})
}

func TestSignOut(t *testing.T) {
	t.Run("a wallet signs out and its token stops working", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/auth/logout", token: patientToken})
		if rec.Code != http.StatusNoContent || rec.Body.Len() != 0 {
			t.Fatalf("got %d with %d bytes, want 204 and no body", rec.Code, rec.Body.Len())
		}
		if calls := h.sessions.called(); len(calls) != 1 || calls[0].Args[0] != patientToken {
			t.Errorf("SignOut calls: got %+v", calls)
		}
		rec = h.do(t, request{method: http.MethodPost, path: "/v1/auth/logout", token: patientToken, body: `{}`})
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("the signed-out token: got %d, want 401", rec.Code)
		}
	})
	checkRefusals(t, []refusal{
		{"an institutional token cannot sign out", request{method: http.MethodPost, path: "/v1/auth/logout", token: hospitalToken}, http.StatusForbidden, CodeForbidden, ""},
		{"signing out without a token is unauthenticated", request{method: http.MethodPost, path: "/v1/auth/logout"}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"signing out with a body is refused", request{method: http.MethodPost, path: "/v1/auth/logout", token: patientToken, body: `{"all":true}`}, http.StatusBadRequest, CodeUnknownField, "all"},
	})
}

func TestWalletSessions(t *testing.T) {
	patientRecords := "/v1/patients/" + patientAccount.Hex() + "/records"
	t.Run("a request without a token is told both ways of signing in", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords})
		e := errorBody(t, rec.Body.Bytes())
		if rec.Code != http.StatusUnauthorized || !strings.Contains(e.Message, "institutional API token") || !strings.Contains(e.Message, "POST /v1/auth/siwe") {
			t.Errorf("got %d %q, want 401 naming both ways of signing in", rec.Code, e.Message)
		}
		if got := rec.Header().Get("WWW-Authenticate"); got != `Bearer realm="salus"` {
			t.Errorf("WWW-Authenticate: got %q", got)
		}
	})
	t.Run("an invalid institutional token is told how a wallet signs in", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords, token: "salus_nobody_x"})
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusUnauthorized || !strings.Contains(e.Message, "/v1/auth/siwe") {
			t.Errorf("got %d %q", rec.Code, e.Message)
		}
	})
	t.Run("an expired session is refused with the reason and a challenge", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords, token: expiredToken})
		e := errorBody(t, rec.Body.Bytes())
		if rec.Code != http.StatusUnauthorized || !strings.Contains(e.Message, "expired at 2025-06-01T11:00:00Z") || !strings.Contains(e.Message, "sign in again") {
			t.Errorf("got %d %q", rec.Code, e.Message)
		}
		if got := rec.Header().Get("WWW-Authenticate"); got != `Bearer realm="salus", error="invalid_token"` {
			t.Errorf("WWW-Authenticate: got %q", got)
		}
	})
	t.Run("a session token is never tried as an institutional token", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords, token: SessionTokenPrefix + "unknown"})
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("got %d, want 401", rec.Code)
		}
	})
	t.Run("a wallet on an institution route is told to use the relay endpoints", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: patientToken,
			body: `{"publicKey":"` + testPubHex + `","proof":"` + testProofHex + `"}`})
		e := errorBody(t, rec.Body.Bytes())
		if rec.Code != http.StatusForbidden || !strings.Contains(e.Message, "keystore account") || !strings.Contains(e.Message, "signed (relay) endpoint") {
			t.Errorf("got %d %q", rec.Code, e.Message)
		}
		if len(h.registry.writes()) != 0 {
			t.Errorf("a wallet session wrote to the registry")
		}
	})
	t.Run("a wallet on a regulator route is forbidden before the registry is asked", func(t *testing.T) {
		h := newHarness(t)
		h.registry.regulators[patientAccount] = true
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/devices", token: patientToken, body: `{}`})
		if rec.Code != http.StatusForbidden {
			t.Errorf("got %d, want 403", rec.Code)
		}
	})
	t.Run("a server without sign-in refuses session tokens", func(t *testing.T) {
		h := newHarnessDeps(t, func(d *Deps) { d.Sessions = nil })
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords, token: patientToken})
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusUnauthorized || !strings.Contains(e.Message, "not enabled") {
			t.Errorf("got %d %q", rec.Code, e.Message)
		}
	})
	t.Run("a failing session service is internal", func(t *testing.T) {
		h := newHarness(t)
		h.sessions.authErr = errors.New("session store unreachable")
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords, token: patientToken})
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("got %d, want 500", rec.Code)
		}
	})
	t.Run("sessions are rate limited and logged per wallet", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.CredentialRate, c.CredentialBurst = 1, 1 })
		h.do(t, request{method: http.MethodGet, path: patientRecords, token: patientToken})
		rec := h.do(t, request{method: http.MethodGet, path: patientRecords, token: patientToken})
		checkRateLimited(t, rec.Code, rec.Header(), rec.Body.Bytes(), 1, scopeCredential)
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/patients/" + otherAccount.Hex() + "/records", token: otherToken}); rec.Code != http.StatusOK {
			t.Errorf("another wallet: got %d, want 200", rec.Code)
		}
		if logs := h.logs(); !strings.Contains(logs, `"principal":"wallet:`+patientAccount.Hex()+`"`) || strings.Contains(logs, patientToken) {
			t.Errorf("log: want the wallet's principal and never its token: %s", logs)
		}
	})
}
