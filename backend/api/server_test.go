package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{"the defaults are valid", func(*Config) {}, ""},
		{"port zero is valid", func(c *Config) { c.Addr = "127.0.0.1:0" }, ""},
		{"an address without a port is refused", func(c *Config) { c.Addr = "localhost" }, "host:port"},
		{"a named port is refused", func(c *Config) { c.Addr = ":http" }, "port"},
		{"a port above 65535 is refused", func(c *Config) { c.Addr = ":65536" }, "port"},
		{"a missing write timeout is refused", func(c *Config) { c.WriteTimeout = 0 }, "write timeout"},
		{"a missing read header timeout is refused", func(c *Config) { c.ReadHeaderTimeout = 0 }, "read header timeout"},
		{"a missing idle timeout is refused", func(c *Config) { c.IdleTimeout = -time.Second }, "idle timeout"},
		{"a request timeout as long as the write timeout is refused", func(c *Config) { c.RequestTimeout = c.WriteTimeout }, "request timeout"},
		{"a zero body limit is refused", func(c *Config) { c.MaxBodyBytes = 0 }, "max body bytes"},
		{"a huge body limit is refused", func(c *Config) { c.MaxBodyBytes = 1 << 40 }, "max body bytes"},
		{"a missing shutdown timeout is refused", func(c *Config) { c.ShutdownTimeout = 0 }, "shutdown timeout"},
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

	t.Run("the default address is loopback port 8080 with a 1 MiB body limit", func(t *testing.T) {
		cfg := DefaultConfig()
		if cfg.Addr != "127.0.0.1:8080" || cfg.MaxBodyBytes != 1<<20 {
			t.Errorf("got %s and %d, want 127.0.0.1:8080 and %d", cfg.Addr, cfg.MaxBodyBytes, 1<<20)
		}
	})
}

func TestNew(t *testing.T) {
	h := newHarness(t)
	full := Deps{Chain: h.chain, Registry: h.registry, Auth: fakeAuth{}}
	tests := []struct {
		name   string
		cfg    Config
		mutate func(*Deps)
	}{
		{"an invalid config is refused", Config{}, func(*Deps) {}},
		{"a missing chain is refused", DefaultConfig(), func(d *Deps) { d.Chain = nil }},
		{"a missing registry is refused", DefaultConfig(), func(d *Deps) { d.Registry = nil }},
		{"a missing authenticator is refused", DefaultConfig(), func(d *Deps) { d.Auth = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			deps := full
			tt.mutate(&deps)
			if _, err := New(tt.cfg, deps); err == nil {
				t.Errorf("got nil error, want one")
			}
		})
	}

	t.Run("a given metrics registry is used, and reusing it for a second server fails", func(t *testing.T) {
		reg := prometheus.NewRegistry()
		deps := full
		deps.Metrics = reg
		if _, err := New(DefaultConfig(), deps); err != nil {
			t.Fatalf("first New: got error %v, want nil", err)
		}
		families, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, mf := range families {
			found = found || mf.GetName() == "salus_api_requests_in_flight"
		}
		if !found {
			t.Errorf("registry: want salus_api_requests_in_flight registered")
		}
		if _, err := New(DefaultConfig(), deps); err == nil {
			t.Errorf("second New on the same registry: got nil error, want a duplicate registration error")
		}
	})
}

func TestServerLifecycle(t *testing.T) {
	t.Run("a server on port zero serves until stopped", func(t *testing.T) {
		h := newHarness(t)
		cfg := DefaultConfig()
		cfg.Addr = "127.0.0.1:0"
		srv, err := New(cfg, Deps{Chain: h.chain, Registry: h.registry, Auth: fakeAuth{}})
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		if srv.Addr() != nil {
			t.Errorf("Addr before Start: got %v, want nil", srv.Addr())
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Start(ctx); err != nil {
			t.Fatalf("Start: got error %v, want nil", err)
		}
		stopped := false
		defer func() {
			if !stopped {
				_ = srv.Stop(ctx)
			}
		}()
		addr := srv.Addr()
		if addr == nil || strings.HasSuffix(addr.String(), ":0") {
			t.Fatalf("Addr: got %v, want a real port", addr)
		}
		if err := srv.Start(ctx); err == nil {
			t.Errorf("second Start: got nil error, want one")
		}

		client := &http.Client{Timeout: 5 * time.Second}
		req, _ := http.NewRequest(http.MethodGet, "http://"+addr.String()+"/healthz", nil)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("GET /healthz: %v", err)
		}
		body := checkHTTP(t, req, nil, resp)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"ok"`) {
			t.Errorf("GET /healthz: got %d %s, want 200 ok", resp.StatusCode, body)
		}
		if resp.Header.Get(HeaderRequestID) == "" {
			t.Errorf("GET /healthz: want an %s header", HeaderRequestID)
		}

		if err := srv.Stop(ctx); err != nil {
			t.Fatalf("Stop: got error %v, want nil", err)
		}
		stopped = true
		client.CloseIdleConnections()
		if _, err := client.Get("http://" + addr.String() + "/healthz"); err == nil {
			t.Errorf("GET after Stop: got a response, want a connection error")
		}
		if err := srv.Stop(ctx); err != nil {
			t.Errorf("second Stop: got error %v, want nil", err)
		}
	})

	t.Run("stopping a server that never started does nothing", func(t *testing.T) {
		h := newHarness(t)
		if err := h.srv.Stop(context.Background()); err != nil {
			t.Errorf("Stop: got error %v, want nil", err)
		}
	})

	t.Run("a busy address makes Start fail", func(t *testing.T) {
		h := newHarness(t)
		cfg := DefaultConfig()
		cfg.Addr = "127.0.0.1:0"
		first, err := New(cfg, Deps{Chain: h.chain, Registry: h.registry, Auth: fakeAuth{}})
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		if err := first.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer first.Stop(ctx)
		cfg.Addr = first.Addr().String()
		second, err := New(cfg, Deps{Chain: h.chain, Registry: h.registry, Auth: fakeAuth{}})
		if err != nil {
			t.Fatal(err)
		}
		if err := second.Start(ctx); err == nil {
			_ = second.Stop(ctx)
			t.Errorf("Start on a busy address: got nil error, want one")
		}
	})
}

func TestToAPIError(t *testing.T) {
	t.Run("an error model value passes through unchanged", func(t *testing.T) {
		in := fieldError(CodeInvalidRole, "role", "bad role")
		got, logIt := toAPIError(in)
		if got != in || logIt {
			t.Errorf("got %v, %v, want %v, false", got, logIt, in)
		}
	})
	t.Run("a contract error without kind is a conflict", func(t *testing.T) {
		err := &ContractError{Name: "RegistryNotLicensed"}
		if !errors.Is(err, ErrConflict) {
			t.Errorf("errors.Is(ContractError, ErrConflict): got false, want true")
		}
	})
	t.Run("a service validation reason is shown, a bare one is not", func(t *testing.T) {
		got, _ := toAPIError(errors.Join(errors.New("x"), ErrInvalid))
		if got.Status != http.StatusUnprocessableEntity {
			t.Errorf("status: got %d, want 422", got.Status)
		}
		got, _ = toAPIError(fmt.Errorf("license: %w", Invalid("validity longer than five years")))
		if want := "the request was refused as invalid: validity longer than five years"; got.Message != want {
			t.Errorf("message: got %q, want %q", got.Message, want)
		}
	})
}
