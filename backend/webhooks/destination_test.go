package webhooks

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestValidateURL(t *testing.T) {
	tests := []struct {
		url          string
		allowPrivate bool
		ok           bool
	}{
		{"https://hooks.example.org/salus", false, true},
		{"http://hooks.example.org:8443/a?b=c", false, true},
		{"https://93.184.216.34/hook", false, true},
		{"https://[2606:2800:220:1:248:1893:25c8:1946]/hook", false, true},
		{"http://127.0.0.1:8080/hook", false, false},
		{"http://127.0.0.1:8080/hook", true, true},
		{"http://localhost/hook", false, false},
		{"http://api.localhost/hook", false, false},
		{"http://localhost/hook", true, true},
		{"http://10.1.2.3/", false, false},
		{"http://172.16.0.1/", false, false},
		{"http://192.168.1.1/", false, false},
		{"http://169.254.169.254/latest/meta-data", false, false},
		{"http://100.64.0.1/", false, false},
		{"http://0.0.0.0/", false, false},
		{"http://[::1]/", false, false},
		{"http://[fd00::1]/", false, false},
		{"http://[fe80::1]/", false, false},
		{"http://[::ffff:127.0.0.1]/", false, false},
		{"http://intranet/", false, false},
		{"https://user:pw@hooks.example.org/", true, false},
		{"https://user@hooks.example.org/", true, false},
		{"ftp://hooks.example.org/", true, false},
		{"javascript:alert(1)", true, false},
		{"hooks.example.org/salus", true, false},
		{"https:///path", true, false},
		{"https://hooks.example.org/#frag", true, false},
		{"https://hooks.example.org/a b", true, false},
		{"https://hooks.example.org/\n", true, false},
		{"https://hooks.example.org:99999/", true, false},
		{"https://hooks.example.org:0/", true, false},
		{"", true, false},
		{"https://hooks.example.org/" + strings.Repeat("a", MaxURLLen), true, false},
	}
	for _, tt := range tests {
		_, err := ValidateURL(tt.url, tt.allowPrivate)
		if tt.ok && err != nil {
			t.Errorf("ValidateURL(%q, %v): got %v, want nil", tt.url, tt.allowPrivate, err)
		}
		if !tt.ok && !errors.Is(err, ErrInvalid) {
			t.Errorf("ValidateURL(%q, %v): got %v, want ErrInvalid", tt.url, tt.allowPrivate, err)
		}
		if err != nil && strings.Contains(err.Error(), "pw@") {
			t.Errorf("the error repeats credentials: %v", err)
		}
	}
}

// TestDialerRefusesPrivateAddresses checks the second line of defence: a
// name that resolves to a private address (here an httptest server on
// loopback, reached by a URL that passed validation as a name) is refused
// when connecting.
func TestDialerRefusesPrivateAddresses(t *testing.T) {
	called := false
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { called = true }))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, allow := range []bool{false, true} {
		c := newHTTPClient(2*time.Second, allow)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL, nil)
		resp, err := c.Do(req)
		if resp != nil {
			resp.Body.Close()
		}
		if !allow {
			if err == nil || !errors.Is(err, errDestination) || called {
				t.Fatalf("allowPrivate=false: got %v (called %v), want the dialer's refusal", err, called)
			}
			if got := describeError(ctx, err); !strings.Contains(got, "non-public") || strings.Contains(got, srv.URL) {
				t.Errorf("describeError: %q", got)
			}
		} else if err != nil || !called {
			t.Fatalf("allowPrivate=true: got %v (called %v), want the request to arrive", err, called)
		}
	}
}

func TestRedirectsAreNotFollowed(t *testing.T) {
	target := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/final" {
			target = true
			return
		}
		http.Redirect(w, r, "/final", http.StatusTemporaryRedirect)
	}))
	defer srv.Close()
	s := &Service{client: newHTTPClient(2*time.Second, true), cfg: Config{AttemptTimeout: 2 * time.Second}, now: time.Now}
	status, msg := s.send(context.Background(), claimed{row: deliveryRow{ID: 1, Type: ClaimPaid, Payload: "{}"}, url: srv.URL + "/start", secret: testSecret})
	if status != http.StatusTemporaryRedirect || target || !strings.Contains(msg, "redirect") {
		t.Fatalf("got %d %q (target reached %v), want 307 refused as a redirect", status, msg, target)
	}
}
