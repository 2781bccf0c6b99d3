package api

import (
	"errors"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// Seed corpora of these targets are in testdata/fuzz/<FuzzName>/.
func init() {
	seedDecoders["FuzzDecodeWebhookRequest"] = func(s string) error { _, err := decodeWebhookRequest([]byte(s)); return err }
	seedDecoders["FuzzDecodeWebhookCursor"] = func(s string) error { _, err := decodeWebhookCursor(s); return err }
}

// FuzzDecodeWebhookRequest: any body is decoded or refused with a 4xx
// *Error, never a panic; what is accepted has an http(s) URL with a host,
// no credentials and no fragment, and distinct known event types.
func FuzzDecodeWebhookRequest(f *testing.F) {
	f.Add([]byte(`{"url":"https://hooks.example.org/salus","events":["ClaimPaid"]}`))
	f.Add([]byte(`{"url":"http://u:p@x/#f","events":null}`))
	f.Add([]byte(`{"url":"https://[::1]:99/","events":["ClaimPaid","ClaimPaid"]}`))
	f.Add([]byte(`{"url":"https://%zz/"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeWebhookRequest(body)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Status < 400 || e.Status > 499 {
				t.Fatalf("refusal is not a 4xx *Error: %v", err)
			}
			return
		}
		u, perr := url.Parse(req.URL)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" || u.User != nil ||
			strings.Contains(req.URL, "#") || len(req.URL) > MaxWebhookURLLen {
			t.Fatalf("accepted url %q", req.URL)
		}
		for i, e := range req.Events {
			if !slices.Contains(WebhookEventTypes, e) || slices.Contains(req.Events[:i], e) {
				t.Fatalf("accepted events %q", req.Events)
			}
		}
	})
}

// FuzzDecodeWebhookCursor: a cursor is accepted only if it is the encoding
// of what it decodes to.
func FuzzDecodeWebhookCursor(f *testing.F) {
	f.Add(encodeWebhookCursor(1))
	f.Add(encodeWebhookCursor(1 << 40))
	f.Add("VwA")
	f.Add("AQI")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := decodeWebhookCursor(s)
		if err != nil {
			return
		}
		if id == 0 || encodeWebhookCursor(id) != s {
			t.Fatalf("accepted %q as %d", s, id)
		}
	})
}
