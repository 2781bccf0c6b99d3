package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestAddPublicDocument(t *testing.T) {
	doc := "%PDF-1.7 tariff schedule 2025"
	t.Run("an institution adds a public document of any media type", func(t *testing.T) {
		for _, ct := range []string{"application/pdf", "text/plain; charset=utf-8", "application/json"} {
			h := newHarness(t)
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/ipfs", token: hospitalToken, body: doc, header: map[string]string{"Content-Type": ct}})
			if rec.Code != http.StatusCreated {
				t.Fatalf("%s: got %d (%s)", ct, rec.Code, rec.Body)
			}
			if got := jsonBody(t, rec.Body.Bytes()); got["cid"] != testCID {
				t.Errorf("%s: body %v", ct, got)
			}
			if loc := rec.Header().Get("Location"); loc != "/ipfs/"+testCID {
				t.Errorf("%s: Location %q", ct, loc)
			}
			if len(h.storage.added) != 1 || string(h.storage.added[0]) != doc {
				t.Errorf("%s: the node got %q", ct, h.storage.added)
			}
		}
	})
	t.Run("a document without a media type is taken as bytes", func(t *testing.T) {
		h := newHarness(t)
		req := httptest.NewRequest(http.MethodPost, "/v1/ipfs", strings.NewReader(doc))
		req.Header.Set("Authorization", "Bearer "+hospitalToken)
		if rec := serve(t, h, req, []byte(doc)); rec.Code != http.StatusCreated {
			t.Errorf("got %d (%s)", rec.Code, rec.Body)
		}
	})
	t.Run("a document over the limit is refused, declared or streamed", func(t *testing.T) {
		for _, sized := range []bool{true, false} {
			h := newHarness(t, func(c *Config) { c.MaxPublicBytes = 10 })
			body := []byte(doc)
			req := httptest.NewRequest(http.MethodPost, "/v1/ipfs", unsized(body))
			req.ContentLength = -1
			if sized {
				req = httptest.NewRequest(http.MethodPost, "/v1/ipfs", strings.NewReader(doc))
			}
			req.Header.Set("Authorization", "Bearer "+hospitalToken)
			req.Header.Set("Content-Type", "application/pdf")
			if rec := serve(t, h, req, body); rec.Code != http.StatusRequestEntityTooLarge {
				t.Errorf("sized %v: got %d, want 413", sized, rec.Code)
			}
			if len(h.storage.added) != 0 {
				t.Errorf("sized %v: the node stored %q", sized, h.storage.added)
			}
		}
	})
	t.Run("a failing node is reported", func(t *testing.T) {
		h := newHarness(t)
		h.storage.err = fmt.Errorf("datastore: %w", ErrUnavailable)
		if rec := h.do(t, request{method: http.MethodPost, path: "/v1/ipfs", token: hospitalToken, body: doc}); rec.Code != http.StatusServiceUnavailable {
			t.Errorf("got %d, want 503", rec.Code)
		}
	})
	checkRefusals(t, []refusal{
		{"a document without a token", request{method: http.MethodPost, path: "/v1/ipfs", body: doc}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a document from a wallet session", request{method: http.MethodPost, path: "/v1/ipfs", token: patientToken, body: doc}, http.StatusForbidden, CodeForbidden, ""},
		{"a document sent as a form", request{method: http.MethodPost, path: "/v1/ipfs", token: hospitalToken, body: "--b\r\n\r\nx\r\n--b--",
			header: map[string]string{"Content-Type": "multipart/form-data; boundary=b"}}, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a document with a query", request{method: http.MethodPost, path: "/v1/ipfs?pin=false", token: hospitalToken, body: doc}, http.StatusBadRequest, CodeUnknownParameter, "pin"},
	})
	t.Run("an empty document is refused", func(t *testing.T) {
		h := newHarness(t)
		req := httptest.NewRequest(http.MethodPost, "/v1/ipfs", http.NoBody)
		req.Header.Set("Authorization", "Bearer "+hospitalToken)
		if rec := serve(t, h, req, nil); rec.Code != http.StatusBadRequest || errorBody(t, rec.Body.Bytes()).Code != CodeEmptyBody {
			t.Errorf("got %d %s", rec.Code, rec.Body)
		}
		if len(h.storage.called()) != 0 {
			t.Errorf("the node was called")
		}
	})
}

func TestGateway(t *testing.T) {
	raw := map[string]string{"Accept": "application/vnd.ipld.raw"}
	tests := []struct {
		name        string
		method      string
		path        string
		header      map[string]string
		wantStatus  int
		wantType    string
		wantBody    string
		wantCode    string
		wantCaching string
	}{
		{"a block is served as application/vnd.ipld.raw", http.MethodGet, "/ipfs/" + testCID, raw, http.StatusOK, "application/vnd.ipld.raw", string(testBlock), "", "public, max-age=29030400, immutable"},
		{"a CAR is served for ?format=car", http.MethodGet, "/ipfs/" + testCID + "?format=car", nil, http.StatusOK, "application/vnd.ipld.car", string(testBlock), "", "public, max-age=29030400, immutable"},
		{"a path below the CID is served", http.MethodGet, "/ipfs/" + testCID + "/readme.txt", raw, http.StatusOK, "application/vnd.ipld.raw", string(testBlock), "", ""},
		{"HEAD answers the headers only", http.MethodHead, "/ipfs/" + testCID, raw, http.StatusOK, "application/vnd.ipld.raw", "", "", ""},
		{"HEAD of a path below the CID", http.MethodHead, "/ipfs/" + testCID + "/readme.txt", raw, http.StatusOK, "application/vnd.ipld.raw", "", "", ""},
		{"a matching If-None-Match is not modified", http.MethodGet, "/ipfs/" + testCID, map[string]string{"Accept": "application/vnd.ipld.raw", "If-None-Match": `"` + testCID + `.raw"`}, http.StatusNotModified, "", "", "", ""},
		{"a request for a deserialized file is not acceptable", http.MethodGet, "/ipfs/" + testCID, nil, http.StatusNotAcceptable, "application/json; charset=utf-8", "", CodeNotAcceptable, "no-store"},
		{"unknown content is not found", http.MethodGet, "/ipfs/bafkreiaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", raw, http.StatusNotFound, "application/json; charset=utf-8", "", CodeNotFound, "no-store"},
		{"a path that does not exist is not found", http.MethodGet, "/ipfs/" + testCID + "/missing", raw, http.StatusNotFound, "application/json; charset=utf-8", "", CodeNotFound, "no-store"},
		{"a malformed CID is a bad request", http.MethodGet, "/ipfs/not-a-cid", raw, http.StatusBadRequest, "application/json; charset=utf-8", "", CodeInvalidCID, "no-store"},
		{"HEAD of unknown content is not found", http.MethodHead, "/ipfs/bafkreiaaaa", raw, http.StatusNotFound, "application/json; charset=utf-8", "", CodeNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: tt.method, path: tt.path, header: tt.header})
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (%s)", rec.Code, tt.wantStatus, rec.Body)
			}
			if tt.wantType != "" && rec.Header().Get("Content-Type") != tt.wantType {
				t.Errorf("Content-Type: got %q, want %q", rec.Header().Get("Content-Type"), tt.wantType)
			}
			if tt.wantCode != "" {
				if tt.method == http.MethodHead {
					return
				}
				e := errorBody(t, rec.Body.Bytes())
				if e.Code != tt.wantCode {
					t.Errorf("code: got %q, want %q", e.Code, tt.wantCode)
				}
				if e.Details["reason"] == nil {
					t.Errorf("details.reason: want the gateway's message, got %v", e.Details)
				}
			} else if rec.Body.String() != tt.wantBody {
				t.Errorf("body: got %q, want %q", rec.Body, tt.wantBody)
			}
			if tt.wantCaching != "" && rec.Header().Get("Cache-Control") != tt.wantCaching {
				t.Errorf("Cache-Control: got %q, want %q", rec.Header().Get("Cache-Control"), tt.wantCaching)
			}
		})
	}

	t.Run("a path of several segments below the CID is handed over whole", func(t *testing.T) {
		// The document cannot describe a {path} of several segments, so this
		// exchange is not validated against it.
		h := newHarness(t)
		req := httptest.NewRequest(http.MethodGet, "/ipfs/"+testCID+"/docs/readme.txt", nil)
		req.Header.Set("Accept", "application/vnd.ipld.raw")
		rec := httptest.NewRecorder()
		h.srv.Handler().ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || rec.Body.String() != string(testBlock) {
			t.Errorf("got %d %q", rec.Code, rec.Body)
		}
		if calls := h.storage.called(); len(calls) != 1 || calls[0].Args[1] != "/ipfs/"+testCID+"/docs/readme.txt" {
			t.Errorf("gateway calls: got %+v", calls)
		}
	})

	t.Run("a CORS preflight for a deep gateway path is answered", func(t *testing.T) {
		h := newHarness(t, func(c *Config) { c.CORSOrigins = []string{"https://portal.example.org"} })
		req := httptest.NewRequest(http.MethodOptions, "/ipfs/"+testCID+"/docs/readme.txt", nil)
		req.Header.Set("Origin", "https://portal.example.org")
		req.Header.Set("Access-Control-Request-Method", "GET")
		rec := httptest.NewRecorder()
		h.srv.Handler().ServeHTTP(rec, req)
		if rec.Code != http.StatusNoContent || rec.Header().Get("Access-Control-Allow-Methods") != "GET, HEAD" {
			t.Errorf("got %d, methods %q", rec.Code, rec.Header().Get("Access-Control-Allow-Methods"))
		}
	})

	errorCases := []struct {
		status     int
		text       string
		wantStatus int
		wantCode   string
	}{
		{http.StatusInternalServerError, "blockstore: secret-internal-detail", http.StatusInternalServerError, CodeInternal},
		{http.StatusBadGateway, "could not retrieve from peers", http.StatusServiceUnavailable, CodeUnavailable},
		{http.StatusGatewayTimeout, "context deadline exceeded", http.StatusGatewayTimeout, CodeTimeout},
		{http.StatusTooManyRequests, "too many requests", http.StatusTooManyRequests, CodeRateLimited},
		{http.StatusPreconditionFailed, "not in local cache", http.StatusPreconditionFailed, CodePreconditionFailed},
		{http.StatusGone, "content blocked", http.StatusNotFound, CodeNotFound},
	}
	for _, tt := range errorCases {
		t.Run(fmt.Sprintf("a gateway %d becomes a %d %s in the error model", tt.status, tt.wantStatus, tt.wantCode), func(t *testing.T) {
			h := newHarness(t)
			h.storage.gw = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "999")
				http.Error(w, tt.text, tt.status)
			})
			rec := h.do(t, request{method: http.MethodGet, path: "/ipfs/" + testCID, header: raw})
			e := errorBody(t, rec.Body.Bytes())
			if rec.Code != tt.wantStatus || e.Code != tt.wantCode {
				t.Errorf("got %d %+v", rec.Code, e)
			}
			if strings.Contains(rec.Body.String(), "secret-internal-detail") {
				t.Errorf("the internal error leaked: %s", rec.Body)
			}
			if tt.status >= 500 && !strings.Contains(h.logs(), tt.text) {
				t.Errorf("the gateway's error was not logged")
			}
		})
	}
}
