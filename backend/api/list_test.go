package api

import (
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// addParticipants gives the fake registry n participants; every third is a lab,
// the others providers.
func addParticipants(h *harness, n int) []common.Address {
	var out []common.Address
	for i := 0; i < n; i++ {
		addr := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
		role := RoleProvider
		if i%3 == 0 {
			role = RoleLab
		}
		h.registry.participants[addr] = Participant{Account: addr, Role: role, Name: fmt.Sprintf("Institution %d", i), Active: true}
		out = append(out, addr)
	}
	return out
}

func TestListParticipants(t *testing.T) {
	t.Run("pages follow each other through the cursor until the last one", func(t *testing.T) {
		h := newHarness(t)
		addParticipants(h, 7)
		var seen []string
		path := "/v1/participants?limit=3"
		for pages := 0; ; pages++ {
			if pages > 5 {
				t.Fatal("more pages than participants")
			}
			rec := h.do(t, request{method: http.MethodGet, path: path})
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: got %d %s", path, rec.Code, rec.Body)
			}
			body := jsonBody(t, rec.Body.Bytes())
			items := body["items"].([]any)
			for _, it := range items {
				addr := it.(map[string]any)["address"].(string)
				if common.HexToAddress(addr).Hex() != addr {
					t.Errorf("address %s is not checksummed", addr)
				}
				seen = append(seen, addr)
			}
			next, ok := body["nextCursor"].(string)
			if !ok {
				if len(items) == 0 || len(items) > 3 {
					t.Errorf("last page has %d items", len(items))
				}
				break
			}
			if len(items) != 3 {
				t.Errorf("a page before the last has %d items, want 3", len(items))
			}
			path = "/v1/participants?limit=3&cursor=" + url.QueryEscape(next)
		}
		if len(seen) != 7 {
			t.Errorf("listed %d participants, want 7: %v", len(seen), seen)
		}
		unique := map[string]bool{}
		for _, a := range seen {
			unique[a] = true
		}
		if len(unique) != 7 {
			t.Errorf("a participant was listed twice: %v", seen)
		}
	})

	t.Run("the defaults, the role filter and the cursor reach the registry", func(t *testing.T) {
		h := newHarness(t)
		addParticipants(h, 4)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/participants"})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d %s", rec.Code, rec.Body)
		}
		cursor := encodeCursor(ListPosition{Block: 1})
		rec = h.do(t, request{method: http.MethodGet, path: "/v1/participants?role=lab&limit=200&cursor=" + cursor})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d %s", rec.Code, rec.Body)
		}
		for _, it := range jsonBody(t, rec.Body.Bytes())["items"].([]any) {
			if role := it.(map[string]any)["role"]; role != "lab" {
				t.Errorf("role filter: got a %v", role)
			}
		}
		qs := h.registry.queries
		if len(qs) != 2 {
			t.Fatalf("queries: got %d, want 2", len(qs))
		}
		if qs[0].Limit != defaultPageSize || qs[0].Role != 0 || qs[0].After != nil {
			t.Errorf("default query: got %+v, want limit %d, any role, from the start", qs[0], defaultPageSize)
		}
		if qs[1].Limit != maxPageSize || qs[1].Role != RoleLab || qs[1].After == nil || *qs[1].After != (ListPosition{Block: 1}) {
			t.Errorf("filtered query: got %+v", qs[1])
		}
	})

	t.Run("an empty registry is an empty first and last page", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/participants"})
		if got := strings.TrimSpace(rec.Body.String()); rec.Code != http.StatusOK || got != `{"items":[]}` {
			t.Errorf("got %d %s, want 200 {\"items\":[]}", rec.Code, got)
		}
	})

	bad := []struct {
		name, query, wantCode, wantField string
	}{
		{"an unknown parameter", "page=2", CodeUnknownParameter, "page"},
		{"a repeated parameter", "limit=2&limit=3", CodeInvalidQuery, "limit"},
		{"a malformed query string", "limit=%zz", CodeInvalidQuery, ""},
		{"a semicolon separator", "limit=2;role=lab", CodeInvalidQuery, ""},
		{"an unknown role", "role=hospital", CodeInvalidRole, "role"},
		{"an empty role", "role=", CodeInvalidRole, "role"},
		{"a limit of zero", "limit=0", CodeInvalidLimit, "limit"},
		{"a limit over the maximum", "limit=201", CodeInvalidLimit, "limit"},
		{"a signed limit", "limit=+5", CodeInvalidLimit, "limit"},
		{"a limit that is not a number", "limit=ten", CodeInvalidLimit, "limit"},
		{"a cursor that is not base64url", "cursor=a+b", CodeInvalidCursor, "cursor"},
		{"a cursor of another version", "cursor=" + "AgEB", CodeInvalidCursor, "cursor"},
		{"an empty cursor", "cursor=", CodeInvalidCursor, "cursor"},
		{"an overlong cursor", "cursor=" + strings.Repeat("A", maxCursorLen+1), CodeInvalidCursor, "cursor"},
	}
	for _, tt := range bad {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: http.MethodGet, path: "/v1/participants?" + tt.query})
			if rec.Code != http.StatusBadRequest {
				t.Fatalf("got %d %s, want 400", rec.Code, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			if e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q", e.Code, tt.wantCode)
			}
			if tt.wantField != "" && e.Details["field"] != tt.wantField {
				t.Errorf("details.field: got %v, want %q", e.Details["field"], tt.wantField)
			}
			if len(h.registry.queries) != 0 {
				t.Errorf("the registry was asked %v", h.registry.queries)
			}
		})
	}
}

func TestCursor(t *testing.T) {
	for _, p := range []ListPosition{{}, {Block: 1}, {Block: 1 << 40, Index: 7}, {Block: ^uint64(0), Index: ^uint64(0)}} {
		s := encodeCursor(p)
		if len(s) > maxCursorLen {
			t.Errorf("cursor of %+v is %d characters, over %d", p, len(s), maxCursorLen)
		}
		got, err := decodeCursor(s)
		if err != nil || got != p {
			t.Errorf("round trip of %+v through %q: got %+v, %v", p, s, got, err)
		}
	}
	for _, s := range []string{"", "AQ", "AQE", "AQEBAQ", "AYEAAA", "AQEB=", "AQEB\n"} {
		// AQ: no block; AQE: no index; AQEBAQ: a trailing byte; AYEAAA: a non-minimal
		// varint; AQEB= and AQEB\n: not the canonical spelling.
		if _, err := decodeCursor(s); err == nil {
			t.Errorf("decodeCursor(%q): got nil error, want one", s)
		}
	}
}
