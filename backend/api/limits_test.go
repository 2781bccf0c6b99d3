package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// strictLimits makes both limits 1 request per second with a burst of 2.
func strictLimits(c *Config) {
	c.ClientRate, c.ClientBurst = 1, 2
	c.CredentialRate, c.CredentialBurst = 1, 2
}

// checkRateLimited fails unless rec is a 429 in the error model with a
// Retry-After of want seconds and the given scope.
func checkRateLimited(t *testing.T, code int, header http.Header, body []byte, wantSecs int, wantScope string) {
	t.Helper()
	if code != http.StatusTooManyRequests {
		t.Fatalf("status: got %d (%s), want 429", code, body)
	}
	if got := header.Get("Retry-After"); got != strconv.Itoa(wantSecs) {
		t.Errorf("Retry-After: got %q, want %d", got, wantSecs)
	}
	e := errorBody(t, body)
	if e.Code != CodeRateLimited || e.Details["scope"] != wantScope || e.Details["retryAfterSeconds"] != float64(wantSecs) {
		t.Errorf("body: got %+v, want code %s, scope %s, retryAfterSeconds %d", e, CodeRateLimited, wantScope, wantSecs)
	}
}

func TestClientRateLimit(t *testing.T) {
	t.Run("a client over its burst gets 429 with Retry-After until a token is back", func(t *testing.T) {
		h := newHarness(t, strictLimits)
		now := fixedNow
		h.srv.now = func() time.Time { return now }
		for i := 0; i < 2; i++ {
			if rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain"}); rec.Code != http.StatusOK {
				t.Fatalf("request %d within the burst: got %d", i+1, rec.Code)
			}
		}
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain"})
		checkRateLimited(t, rec.Code, rec.Header(), rec.Body.Bytes(), 1, scopeClient)

		// Another address is not affected.
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain", remote: "198.51.100.7:4000"}); rec.Code != http.StatusOK {
			t.Errorf("another client: got %d, want 200", rec.Code)
		}
		// Health checks, readiness and metrics are never limited.
		for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
			if rec := h.do(t, request{method: http.MethodGet, path: p}); rec.Code != http.StatusOK {
				t.Errorf("%s while limited: got %d, want 200", p, rec.Code)
			}
		}
		// Unknown paths and documentation are.
		for _, p := range []string{"/nowhere", "/docs", "/openapi.json"} {
			if rec := h.do(t, request{method: http.MethodGet, path: p}); rec.Code != http.StatusTooManyRequests {
				t.Errorf("%s while limited: got %d, want 429", p, rec.Code)
			}
		}
		// One second later one more request passes.
		now = now.Add(time.Second)
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain"}); rec.Code != http.StatusOK {
			t.Errorf("after a second: got %d, want 200", rec.Code)
		}
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain"}); rec.Code != http.StatusTooManyRequests {
			t.Errorf("right after: got %d, want 429", rec.Code)
		}
	})

	t.Run("Retry-After rounds the wait up to whole seconds", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.ClientRate, c.ClientBurst = 0.25, 1 })
		h.do(t, request{method: http.MethodGet, path: "/v1/chain"})
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain"})
		checkRateLimited(t, rec.Code, rec.Header(), rec.Body.Bytes(), 4, scopeClient)
	})

	t.Run("IPv6 clients are limited per /64", func(t *testing.T) {
		h := newHarness(t, strictLimits)
		h.do(t, request{method: http.MethodGet, path: "/v1/chain", remote: "[2001:db8:1:2::1]:1000"})
		h.do(t, request{method: http.MethodGet, path: "/v1/chain", remote: "[2001:db8:1:2::ffff]:1000"})
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain", remote: "[2001:db8:1:2:aaaa::9]:1000"}); rec.Code != http.StatusTooManyRequests {
			t.Errorf("third address of the same /64: got %d, want 429", rec.Code)
		}
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain", remote: "[2001:db8:1:3::1]:1000"}); rec.Code != http.StatusOK {
			t.Errorf("another /64: got %d, want 200", rec.Code)
		}
	})

	t.Run("a zero rate disables the limit", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.ClientRate, c.ClientBurst = 0, 0 })
		for i := 0; i < 100; i++ {
			if rec := h.do(t, request{method: http.MethodGet, path: "/healthz?x"}); rec.Code != http.StatusOK {
				t.Fatalf("request %d: got %d", i, rec.Code)
			}
		}
	})
}

func TestCredentialRateLimit(t *testing.T) {
	t.Run("one credential is limited across client addresses, others are not", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.CredentialRate, c.CredentialBurst = 1, 2 })
		put := func(token, remote string) int {
			return h.do(t, request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: token, remote: remote,
				body: `{"publicKey":"` + testPubHex + `","proof":"` + testProofHex + `"}`}).Code
		}
		for i, remote := range []string{"192.0.2.10:1", "192.0.2.11:1"} {
			if code := put(hospitalToken, remote); code != http.StatusOK {
				t.Fatalf("request %d within the burst: got %d", i+1, code)
			}
		}
		rec := h.do(t, request{method: http.MethodPut, path: "/v1/participants/me/encryption-key", token: hospitalToken, remote: "192.0.2.12:1",
			body: `{"publicKey":"` + testPubHex + `","proof":"` + testProofHex + `"}`})
		checkRateLimited(t, rec.Code, rec.Header(), rec.Body.Bytes(), 1, scopeCredential)
		if n := len(h.registry.writes()); n != 2 {
			t.Errorf("writes: got %d, want 2 (the limited request must not write)", n)
		}
		if code := put(regulatorToken, "192.0.2.12:1"); code != http.StatusOK {
			t.Errorf("another credential: got %d, want 200", code)
		}
	})

	t.Run("invalid tokens are not counted against a credential", func(t *testing.T) {
		h := newHarness(t, strictLimits, func(c *Config) { c.ClientRate = 0 })
		for i := 0; i < 5; i++ {
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/devices", token: "salus_hospital00_" + strings.Repeat("c", 64), body: `{}`})
			if rec.Code != http.StatusUnauthorized {
				t.Fatalf("got %d, want 401", rec.Code)
			}
		}
	})
}

func TestLimiterForgetsRefilledBuckets(t *testing.T) {
	now := fixedNow
	l := newLimiter(1, 1, func() time.Time { return now })
	for i := 0; i < 1000; i++ {
		l.allow(fmt.Sprintf("client-%d", i))
	}
	if l.size() != 1000 {
		t.Fatalf("size: got %d, want 1000", l.size())
	}
	now = now.Add(2 * limiterSweepEvery)
	if ok, _ := l.allow("client-0"); !ok {
		t.Errorf("a refilled bucket refused a request")
	}
	if l.size() != 1 {
		t.Errorf("size after the sweep: got %d, want 1", l.size())
	}
	if newLimiter(0, 5, time.Now) != nil {
		t.Errorf("a zero rate made a limiter")
	}
	if ok, _ := (*limiter)(nil).allow("x"); !ok {
		t.Errorf("no limiter refused a request")
	}
}

func TestClientKey(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.1":          "192.0.2.1",
		"::ffff:192.0.2.1":   "192.0.2.1",
		"2001:db8::1":        "2001:db8::/64",
		"2001:db8:0:0:1::1":  "2001:db8::/64",
		"2001:db8:0:1::1":    "2001:db8:0:1::/64",
		"fe80::1%eth0":       "fe80::/64",
		"not-an-address":     "not-an-address",
		"":                   "",
		"192.0.2.1:80":       "192.0.2.1:80",
		"[2001:db8::1]:8080": "[2001:db8::1]:8080",
	} {
		if got := clientKey(in); got != want {
			t.Errorf("clientKey(%q): got %q, want %q", in, got, want)
		}
	}
}

func TestCORS(t *testing.T) {
	const portal = "https://portal.example.org"
	withOrigins := func(c *Config) { c.CORSOrigins = []string{portal, "http://localhost:3000"} }
	preflight := func(origin, path, method string) request {
		return request{method: http.MethodOptions, path: path, header: map[string]string{
			"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "authorization, content-type"}}
	}
	corsHeaders := func(h http.Header) []string {
		var out []string
		for k := range h {
			if strings.HasPrefix(k, "Access-Control-") {
				out = append(out, k)
			}
		}
		return out
	}

	t.Run("a preflight from an allowed origin is answered with what it may send", func(t *testing.T) {
		h := newHarness(t, withOrigins)
		rec := h.do(t, preflight(portal, "/v1/participants", http.MethodPost))
		if rec.Code != http.StatusNoContent {
			t.Fatalf("status: got %d %s, want 204", rec.Code, rec.Body)
		}
		want := map[string]string{
			"Access-Control-Allow-Origin":  portal,
			"Access-Control-Allow-Methods": "GET, POST",
			"Access-Control-Allow-Headers": "Authorization, Content-Type, X-Request-Id",
			"Access-Control-Max-Age":       "600",
		}
		for k, v := range want {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s: got %q, want %q", k, got, v)
			}
		}
		if rec.Header().Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("credentials are allowed; bearer tokens need no cookies")
		}
		if vary := strings.Join(rec.Header().Values("Vary"), ", "); !strings.Contains(vary, "Origin") {
			t.Errorf("Vary: got %q, want Origin", vary)
		}
		if len(h.registry.writes()) != 0 || len(h.registry.calls) != 0 {
			t.Errorf("a preflight reached the registry")
		}
	})

	t.Run("a preflight from a refused origin gets 403 and no CORS headers", func(t *testing.T) {
		for name, configure := range map[string]func(*Config){"configured": withOrigins, "default (none)": func(*Config) {}} {
			h := newHarness(t, configure)
			for _, origin := range []string{"https://evil.example", "https://portal.example.org.evil.example", "null", "http://portal.example.org"} {
				rec := h.do(t, preflight(origin, "/v1/participants", http.MethodPost))
				if rec.Code != http.StatusForbidden {
					t.Errorf("%s, %s: status got %d, want 403", name, origin, rec.Code)
					continue
				}
				if e := errorBody(t, rec.Body.Bytes()); e.Code != CodeOriginNotAllowed {
					t.Errorf("%s, %s: code got %q", name, origin, e.Code)
				}
				if got := corsHeaders(rec.Header()); len(got) != 0 {
					t.Errorf("%s, %s: got CORS headers %v, want none", name, origin, got)
				}
			}
		}
	})

	t.Run("responses to an allowed origin may be read, to others not", func(t *testing.T) {
		h := newHarness(t, withOrigins)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/chain", header: map[string]string{"Origin": "http://localhost:3000"}})
		if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != "http://localhost:3000" {
			t.Errorf("allowed origin: got %d, ACAO %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
		}
		if got := rec.Header().Get("Access-Control-Expose-Headers"); !strings.Contains(got, "X-Request-Id") || !strings.Contains(got, "Retry-After") {
			t.Errorf("Expose-Headers: got %q", got)
		}
		rec = h.do(t, request{method: http.MethodGet, path: "/v1/chain", header: map[string]string{"Origin": "https://evil.example"}})
		if got := corsHeaders(rec.Header()); rec.Code != http.StatusOK || len(got) != 0 {
			t.Errorf("refused origin: got %d with CORS headers %v, want 200 and none", rec.Code, got)
		}
	})

	t.Run("a preflight for an unknown path is a 404", func(t *testing.T) {
		h := newHarness(t, withOrigins)
		rec := h.do(t, preflight(portal, "/v1/nothing", http.MethodGet))
		if rec.Code != http.StatusNotFound {
			t.Errorf("got %d, want 404", rec.Code)
		}
	})

	t.Run("an OPTIONS request that is not a preflight is a 405", func(t *testing.T) {
		h := newHarness(t, withOrigins)
		rec := h.do(t, request{method: http.MethodOptions, path: "/v1/chain", header: map[string]string{"Origin": portal}})
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("got %d, want 405", rec.Code)
		}
	})
}

func TestSecurityHeaders(t *testing.T) {
	h := newHarness(t)
	h.registry.panicOn = "Participant"
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	}
	for _, r := range []request{
		{method: http.MethodGet, path: "/v1/chain"},
		{method: http.MethodGet, path: "/healthz"},
		{method: http.MethodGet, path: "/metrics"},
		{method: http.MethodGet, path: "/nowhere"},
		{method: http.MethodDelete, path: "/v1/chain"},
		{method: http.MethodGet, path: "/v1/participants/" + hospitalAccount.Hex()}, // panics
		{method: http.MethodPost, path: "/v1/devices", body: `{}`},                  // 401
		{method: http.MethodGet, path: "/docs"},
		{method: http.MethodGet, path: "/docs/swagger-ui.css"},
	} {
		rec := h.do(t, r)
		for k, v := range want {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s %s (%d): %s got %q, want %q", r.method, r.path, rec.Code, k, got, v)
			}
		}
		csp := rec.Header().Get("Content-Security-Policy")
		docs := strings.HasPrefix(r.path, "/docs")
		switch {
		case docs && csp != cspDocs:
			t.Errorf("%s: CSP got %q, want %q", r.path, csp, cspDocs)
		case !docs && csp != cspAPI:
			t.Errorf("%s: CSP got %q, want %q", r.path, csp, cspAPI)
		}
		cc := rec.Header().Get("Cache-Control")
		if (docs && cc != "no-cache") || (!docs && cc != "no-store") {
			t.Errorf("%s: Cache-Control got %q", r.path, cc)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.MaxBodyBytes = 256 })
	body := `{"reasonCode":"` + reasonHex + `"}`
	path := "/v1/participants/" + hospitalAccount.Hex() + "/suspend"
	if rec := h.do(t, request{method: http.MethodPost, path: path, token: regulatorToken, body: body + strings.Repeat(" ", 256-len(body))}); rec.Code != http.StatusOK {
		t.Errorf("a body of exactly the limit: got %d %s, want 200", rec.Code, rec.Body)
	}
	rec := h.do(t, request{method: http.MethodPost, path: path, token: regulatorToken, body: body + strings.Repeat(" ", 257-len(body))})
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("a body one byte over: got %d, want 413", rec.Code)
	}
	if e := errorBody(t, rec.Body.Bytes()); e.Code != CodeBodyTooLarge || e.Details["limit"] != 256.0 {
		t.Errorf("got %+v, want body_too_large with limit 256", e)
	}
	if n := len(h.registry.writes()); n != 1 {
		t.Errorf("writes: got %d, want 1", n)
	}
}

func TestConfigLimits(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{"allowed origins in their serialized form are valid", func(c *Config) {
			c.CORSOrigins = []string{"https://portal.example.org", "http://localhost:3000", "https://[::1]:8443"}
		}, ""},
		{"a wildcard origin is refused", func(c *Config) { c.CORSOrigins = []string{"*"} }, "CORS origin"},
		{"the null origin is refused", func(c *Config) { c.CORSOrigins = []string{"null"} }, "CORS origin"},
		{"an origin with a path is refused", func(c *Config) { c.CORSOrigins = []string{"https://portal.example.org/"} }, "CORS origin"},
		{"an origin in upper case is refused", func(c *Config) { c.CORSOrigins = []string{"https://Portal.example.org"} }, "lower case"},
		{"an origin with its default port is refused", func(c *Config) { c.CORSOrigins = []string{"https://portal.example.org:443"} }, "default port"},
		{"an origin of another scheme is refused", func(c *Config) { c.CORSOrigins = []string{"ftp://portal.example.org"} }, "CORS origin"},
		{"a negative rate is refused", func(c *Config) { c.ClientRate = -1 }, "client rate"},
		{"a rate without burst is refused", func(c *Config) { c.CredentialBurst = 0 }, "credential burst"},
		{"a zero rate needs no burst", func(c *Config) { c.ClientRate, c.ClientBurst = 0, 0 }, ""},
		{"a zero record limit is refused", func(c *Config) { c.MaxRecordBytes = 0 }, "max record bytes"},
		{"a record limit over 1 TiB is refused", func(c *Config) { c.MaxRecordBytes = 1<<40 + 1 }, "max record bytes"},
		{"a negative public document limit is refused", func(c *Config) { c.MaxPublicBytes = -1 }, "max public bytes"},
		{"a zero transfer timeout is refused", func(c *Config) { c.TransferTimeout = 0 }, "transfer timeout"},
		{"a transfer timeout shorter than the write timeout is allowed", func(c *Config) { c.TransferTimeout = time.Second }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.mutate(&cfg)
			err := cfg.Check()
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("got error %v, want nil", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got error %v, want one mentioning %q", err, tt.wantErr)
			}
		})
	}
	t.Run("the defaults allow no origin and limit both clients and credentials", func(t *testing.T) {
		cfg := DefaultConfig()
		if len(cfg.CORSOrigins) != 0 || cfg.ClientRate <= 0 || cfg.CredentialRate <= 0 {
			t.Errorf("got origins %v, rates %v and %v", cfg.CORSOrigins, cfg.ClientRate, cfg.CredentialRate)
		}
	})
}
