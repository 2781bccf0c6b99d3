package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func decodeBody(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("response body is not a JSON object: %v: %s", err, b)
	}
	return m
}

func TestWebhookRoutes(t *testing.T) {
	t.Run("an institution subscribes and gets the secret once, with the subscription's location", func(t *testing.T) {
		h := newWebhookHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/webhooks", token: hospitalToken,
			body: `{"url":"https://hooks.example.org/salus?k=1","events":["ClaimPaid","ClaimDenied"]}`})
		if rec.Code != http.StatusCreated {
			t.Fatalf("got %d %s, want 201", rec.Code, rec.Body)
		}
		body := decodeBody(t, rec.Body.Bytes())
		if body["secret"] != testWebhookSecret || body["id"] != 42.0 || rec.Header().Get("Location") != "/v1/webhooks/42" {
			t.Errorf("got %v, Location %q", body, rec.Header().Get("Location"))
		}
		calls := h.webhooks.called()
		want := []any{hospitalAccount, WebhookRequest{URL: "https://hooks.example.org/salus?k=1", Events: []string{"ClaimPaid", "ClaimDenied"}}}
		if len(calls) != 1 || calls[0].Method != "Subscribe" || !reflect.DeepEqual(calls[0].Args, want) {
			t.Errorf("service calls: got %+v, want Subscribe%v", calls, want)
		}
		// Listing and reading never show the secret again.
		for _, path := range []string{"/v1/webhooks", "/v1/webhooks/42"} {
			rec := h.do(t, request{method: http.MethodGet, path: path, token: hospitalToken})
			if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "whsec_") {
				t.Errorf("GET %s: got %d %s", path, rec.Code, rec.Body)
			}
		}
	})

	t.Run("another institution's webhook is not found, for every route", func(t *testing.T) {
		h := newWebhookHarness(t)
		w := h.webhooks.add(regulatorAccount, 3)
		for _, r := range []request{
			{method: http.MethodGet, path: "/v1/webhooks/42"},
			{method: http.MethodDelete, path: "/v1/webhooks/42"},
			{method: http.MethodGet, path: "/v1/webhooks/42/deliveries"},
			{method: http.MethodPost, path: "/v1/webhooks/42/deliveries/1/redeliver"},
		} {
			r.token = hospitalToken
			rec := h.do(t, r)
			if rec.Code != http.StatusNotFound {
				t.Errorf("%s %s: got %d %s, want 404", r.method, r.path, rec.Code, rec.Body)
			}
		}
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/webhooks", token: hospitalToken})
		if body := decodeBody(t, rec.Body.Bytes()); rec.Code != http.StatusOK || len(body["items"].([]any)) != 0 {
			t.Errorf("the list shows another account's webhook: %d %s", rec.Code, rec.Body)
		}
		if _, err := h.webhooks.owned(regulatorAccount, w.ID); err != nil {
			t.Errorf("the owner's webhook was changed: %v", err)
		}
	})

	t.Run("the owner deletes its webhook", func(t *testing.T) {
		h := newWebhookHarness(t)
		h.webhooks.add(hospitalAccount, 0)
		if rec := h.do(t, request{method: http.MethodDelete, path: "/v1/webhooks/42", token: hospitalToken}); rec.Code != http.StatusNoContent || rec.Body.Len() != 0 {
			t.Fatalf("got %d %s, want 204 and no body", rec.Code, rec.Body)
		}
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/webhooks/42", token: hospitalToken}); rec.Code != http.StatusNotFound {
			t.Fatalf("after delete: got %d, want 404", rec.Code)
		}
	})

	t.Run("deliveries are paged newest first with an opaque cursor", func(t *testing.T) {
		h := newWebhookHarness(t)
		h.webhooks.add(hospitalAccount, 5)
		var ids []float64
		path := "/v1/webhooks/42/deliveries?limit=2"
		for page := 0; page < 5; page++ {
			rec := h.do(t, request{method: http.MethodGet, path: path, token: hospitalToken})
			if rec.Code != http.StatusOK {
				t.Fatalf("got %d %s", rec.Code, rec.Body)
			}
			body := decodeBody(t, rec.Body.Bytes())
			for _, it := range body["items"].([]any) {
				d := it.(map[string]any)
				ids = append(ids, d["id"].(float64))
				if d["state"] == "pending" && (d["nextAttemptAt"] == nil || d["lastError"] == nil || d["deliveredAt"] != nil) {
					t.Errorf("pending delivery: %v", d)
				}
			}
			next, _ := body["nextCursor"].(string)
			if next == "" {
				break
			}
			path = "/v1/webhooks/42/deliveries?limit=2&cursor=" + next
		}
		if !reflect.DeepEqual(ids, []float64{5, 4, 3, 2, 1}) {
			t.Errorf("got ids %v, want 5 4 3 2 1", ids)
		}
	})

	t.Run("redelivery queues the same delivery again", func(t *testing.T) {
		h := newWebhookHarness(t)
		h.webhooks.add(hospitalAccount, 1)
		for _, body := range []string{"", "{}"} {
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/webhooks/42/deliveries/1/redeliver", token: hospitalToken, body: body})
			got := decodeBody(t, rec.Body.Bytes())
			if rec.Code != http.StatusAccepted || got["id"] != 1.0 || got["state"] != "pending" || got["attempts"] != 0.0 {
				t.Errorf("body %q: got %d %v, want 202 and a pending delivery", body, rec.Code, got)
			}
		}
		if rec := h.do(t, request{method: http.MethodPost, path: "/v1/webhooks/42/deliveries/9/redeliver", token: hospitalToken}); rec.Code != http.StatusNotFound ||
			!strings.Contains(rec.Body.String(), "no delivery 9") {
			t.Errorf("unknown delivery: got %d %s, want 404 with the reason", rec.Code, rec.Body)
		}
	})

	t.Run("without a webhook service the routes answer 503", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/webhooks", token: hospitalToken})
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "webhooks") {
			t.Errorf("got %d %s, want 503", rec.Code, rec.Body)
		}
	})

	t.Run("a wallet session cannot subscribe", func(t *testing.T) {
		h := newWebhookHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/webhooks", token: patientToken, body: `{"url":"https://hooks.example.org/"}`})
		if rec.Code != http.StatusForbidden || len(h.webhooks.called()) != 0 {
			t.Errorf("got %d %s, want 403 and no service call", rec.Code, rec.Body)
		}
	})

	t.Run("the service's refusals keep their reason", func(t *testing.T) {
		h := newWebhookHarness(t)
		h.webhooks.err = Invalid("url points to a loopback, private or otherwise non-public address, which this server does not call")
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/webhooks", token: hospitalToken, body: `{"url":"http://10.0.0.1/"}`})
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "non-public") {
			t.Errorf("got %d %s, want 422 with the reason", rec.Code, rec.Body)
		}
		h.webhooks.err = errors.New("database on fire")
		rec = h.do(t, request{method: http.MethodGet, path: "/v1/webhooks", token: hospitalToken})
		if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "fire") {
			t.Errorf("got %d %s, want 500 without detail", rec.Code, rec.Body)
		}
	})
}

func TestWebhookBadRequests(t *testing.T) {
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCode   string
	}{
		{"a body that is not JSON", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":`}, 400, CodeInvalidJSON},
		{"an unknown field", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/","secret":"x"}`}, 400, CodeUnknownField},
		{"no url", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"events":["ClaimPaid"]}`}, 400, CodeMissingField},
		{"a url that is not a string", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":5}`}, 400, CodeInvalidJSON},
		{"an empty event list", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/","events":[]}`}, 400, CodeMissingField},
		{"events that are not strings", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/","events":[1]}`}, 400, CodeInvalidJSON},
		{"a query parameter", request{method: http.MethodPost, path: "/v1/webhooks?x=1", body: `{"url":"https://a.example/"}`}, 400, CodeUnknownParameter},
		{"credentials in the url", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://u:p@a.example/"}`}, 422, CodeUnprocessable},
		{"an ftp url", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"ftp://a.example/"}`}, 422, CodeUnprocessable},
		{"a url without host", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https:///x"}`}, 422, CodeUnprocessable},
		{"a url with a fragment", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/#x"}`}, 422, CodeUnprocessable},
		{"a url with a space", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/a b"}`}, 422, CodeUnprocessable},
		{"a long url", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/` + strings.Repeat("a", MaxWebhookURLLen) + `"}`}, 422, CodeUnprocessable},
		{"an unknown event type", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/","events":["PoolDeposited"]}`}, 422, CodeUnprocessable},
		{"a repeated event type", request{method: http.MethodPost, path: "/v1/webhooks", body: `{"url":"https://a.example/","events":["ClaimPaid","ClaimPaid"]}`}, 422, CodeUnprocessable},
		{"a form body", request{method: http.MethodPost, path: "/v1/webhooks", body: `url=x`, header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, 415, CodeUnsupportedMediaType},
		{"an id that is not a number", request{method: http.MethodGet, path: "/v1/webhooks/abc"}, 400, CodeInvalidNumber},
		{"an id of zero", request{method: http.MethodGet, path: "/v1/webhooks/0"}, 400, CodeInvalidNumber},
		{"an id with a leading zero", request{method: http.MethodDelete, path: "/v1/webhooks/042"}, 400, CodeInvalidNumber},
		{"an id beyond 64 bits", request{method: http.MethodGet, path: "/v1/webhooks/18446744073709551616"}, 400, CodeInvalidNumber},
		{"a query on a read", request{method: http.MethodGet, path: "/v1/webhooks/42?limit=1"}, 400, CodeUnknownParameter},
		{"a bad cursor", request{method: http.MethodGet, path: "/v1/webhooks/42/deliveries?cursor=AQI"}, 400, CodeInvalidCursor},
		{"a zero limit", request{method: http.MethodGet, path: "/v1/webhooks/42/deliveries?limit=0"}, 400, CodeInvalidLimit},
		{"a repeated limit", request{method: http.MethodGet, path: "/v1/webhooks/42/deliveries?limit=1&limit=2"}, 400, CodeInvalidQuery},
		{"a delivery id that is not a number", request{method: http.MethodPost, path: "/v1/webhooks/42/deliveries/x/redeliver"}, 400, CodeInvalidNumber},
		{"a redelivery body with fields", request{method: http.MethodPost, path: "/v1/webhooks/42/deliveries/1/redeliver", body: `{"now":true}`}, 400, CodeUnknownField},
		{"no token", request{method: http.MethodGet, path: "/v1/webhooks"}, 401, CodeUnauthenticated},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			h := newWebhookHarness(t)
			h.webhooks.add(hospitalAccount, 1)
			if tt.req.token == "" && tt.wantStatus != 401 {
				tt.req.token = hospitalToken
			}
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("got %d %s, want %d", rec.Code, rec.Body, tt.wantStatus)
			}
			if code := decodeBody(t, rec.Body.Bytes())["code"]; code != tt.wantCode {
				t.Errorf("code: got %v, want %s", code, tt.wantCode)
			}
			for _, c := range h.webhooks.called() {
				if c.Method != "Webhook" && c.Method != "ListWebhooks" {
					t.Errorf("a refused request reached the service: %s", c.Method)
				}
			}
			if strings.Contains(rec.Body.String(), "u:p@") {
				t.Errorf("the error repeats the URL's credentials: %s", rec.Body)
			}
		})
	}
}
