package api

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is the flat configuration of the API server. Each field mirrors a flag and
// a SALUS_API_… environment variable set by the command that starts the server;
// [DefaultConfig] holds the defaults and [Config.Check] validates a filled-in value.
type Config struct {
	// Addr is the TCP address to listen on (SALUS_API_ADDR). Port 0 picks a free port;
	// see [Server.Addr]. Default 127.0.0.1:8080.
	Addr string
	// ReadHeaderTimeout bounds reading the request headers (SALUS_API_READ_HEADER_TIMEOUT).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading the whole request, body included (SALUS_API_READ_TIMEOUT).
	ReadTimeout time.Duration
	// WriteTimeout bounds the time from the end of the request headers to the end of
	// the response (SALUS_API_WRITE_TIMEOUT). Writes wait for the transaction to be
	// mined, so this must cover a few block periods.
	WriteTimeout time.Duration
	// IdleTimeout bounds how long an idle keep-alive connection stays open
	// (SALUS_API_IDLE_TIMEOUT).
	IdleTimeout time.Duration
	// RequestTimeout bounds the chain calls of one request (SALUS_API_REQUEST_TIMEOUT);
	// it must be shorter than WriteTimeout so the client still gets an answer.
	RequestTimeout time.Duration
	// MaxBodyBytes is the largest accepted request body (SALUS_API_MAX_BODY_BYTES);
	// larger bodies get 413. Default 1 MiB.
	MaxBodyBytes int64
	// MaxRecordBytes is the largest record accepted by POST /v1/records
	// (SALUS_API_MAX_RECORD_BYTES); larger uploads get 413. Record bodies are
	// streamed, never held in memory whole, except FHIR resources, which are
	// also bounded by fhir.MaxSize (8 MiB). Default 1 GiB.
	MaxRecordBytes int64
	// MaxPublicBytes is the largest public document accepted by POST /v1/ipfs
	// (SALUS_API_MAX_PUBLIC_BYTES); larger uploads get 413. Default 32 MiB.
	MaxPublicBytes int64
	// TransferTimeout bounds a record upload or download (POST /v1/records,
	// GET /v1/records/{id}/content, POST /v1/ipfs) as a whole
	// (SALUS_API_TRANSFER_TIMEOUT): on those routes it replaces RequestTimeout
	// and, when longer, the connection's ReadTimeout and WriteTimeout.
	// Default 30 minutes.
	TransferTimeout time.Duration
	// MaxHeaderBytes is the largest accepted size of the request headers
	// (SALUS_API_MAX_HEADER_BYTES).
	MaxHeaderBytes int
	// ShutdownTimeout bounds the graceful part of [Server.Stop]; connections still
	// open after it are closed (SALUS_API_SHUTDOWN_TIMEOUT).
	ShutdownTimeout time.Duration
	// CORSOrigins are the browser origins allowed to call the API, each exactly
	// scheme://host[:port] in lower case, e.g. https://portal.example.org
	// (SALUS_API_CORS_ORIGINS, comma separated). Empty, the default, allows none:
	// no response carries CORS headers and every preflight gets 403.
	CORSOrigins []string
	// ClientRate is the sustained number of requests per second one client IP
	// address (IPv6: one /64) may send (SALUS_API_CLIENT_RATE); 0 disables the
	// limit. /healthz, /readyz and /metrics are not limited.
	ClientRate float64
	// ClientBurst is how many requests a client address may send at once
	// (SALUS_API_CLIENT_BURST).
	ClientBurst int
	// CredentialRate is the sustained number of requests per second one API
	// credential (token id) may send (SALUS_API_CREDENTIAL_RATE); 0 disables the
	// limit.
	CredentialRate float64
	// CredentialBurst is how many requests a credential may send at once
	// (SALUS_API_CREDENTIAL_BURST).
	CredentialBurst int
}

// DefaultConfig returns the default configuration.
func DefaultConfig() Config {
	return Config{
		Addr:              "127.0.0.1:8080",
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		RequestTimeout:    50 * time.Second,
		MaxBodyBytes:      1 << 20,
		MaxRecordBytes:    1 << 30,
		MaxPublicBytes:    32 << 20,
		TransferTimeout:   30 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ShutdownTimeout:   15 * time.Second,
		ClientRate:        20,
		ClientBurst:       40,
		CredentialRate:    10,
		CredentialBurst:   20,
	}
}

// maxMaxBodyBytes caps MaxBodyBytes: no JSON request of this API needs more.
const maxMaxBodyBytes = 64 << 20

// maxUploadBytes caps MaxRecordBytes and MaxPublicBytes (1 TiB).
const maxUploadBytes = 1 << 40

// Check reports the first problem with c, or nil.
func (c Config) Check() error {
	host, port, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("api: addr %q: want host:port: %w", c.Addr, err)
	}
	_ = host // empty means all interfaces, which is allowed
	if p, err := strconv.ParseUint(port, 10, 16); err != nil || (p == 0 && port != "0") {
		return fmt.Errorf("api: addr %q: port must be a number from 0 to 65535", c.Addr)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"read header timeout", c.ReadHeaderTimeout},
		{"read timeout", c.ReadTimeout},
		{"write timeout", c.WriteTimeout},
		{"idle timeout", c.IdleTimeout},
		{"request timeout", c.RequestTimeout},
		{"shutdown timeout", c.ShutdownTimeout},
		{"transfer timeout", c.TransferTimeout},
	} {
		if d.v <= 0 {
			return fmt.Errorf("api: %s must be positive, got %s", d.name, d.v)
		}
	}
	if c.ReadHeaderTimeout > c.ReadTimeout {
		return fmt.Errorf("api: read header timeout %s exceeds read timeout %s", c.ReadHeaderTimeout, c.ReadTimeout)
	}
	if c.RequestTimeout >= c.WriteTimeout {
		return fmt.Errorf("api: request timeout %s must be shorter than write timeout %s", c.RequestTimeout, c.WriteTimeout)
	}
	if c.MaxBodyBytes <= 0 || c.MaxBodyBytes > maxMaxBodyBytes {
		return fmt.Errorf("api: max body bytes must be from 1 to %d, got %d", maxMaxBodyBytes, c.MaxBodyBytes)
	}
	if c.MaxRecordBytes <= 0 || c.MaxRecordBytes > maxUploadBytes {
		return fmt.Errorf("api: max record bytes must be from 1 to %d, got %d", int64(maxUploadBytes), c.MaxRecordBytes)
	}
	if c.MaxPublicBytes <= 0 || c.MaxPublicBytes > maxUploadBytes {
		return fmt.Errorf("api: max public bytes must be from 1 to %d, got %d", int64(maxUploadBytes), c.MaxPublicBytes)
	}
	if c.MaxHeaderBytes <= 0 {
		return errors.New("api: max header bytes must be positive")
	}
	for _, o := range c.CORSOrigins {
		if err := checkOrigin(o); err != nil {
			return err
		}
	}
	for _, l := range []struct {
		name  string
		rate  float64
		burst int
	}{
		{"client", c.ClientRate, c.ClientBurst},
		{"credential", c.CredentialRate, c.CredentialBurst},
	} {
		if math.IsNaN(l.rate) || math.IsInf(l.rate, 0) || l.rate < 0 || l.rate > maxRate {
			return fmt.Errorf("api: %s rate must be from 0 (no limit) to %d requests per second, got %v", l.name, maxRate, l.rate)
		}
		if l.rate > 0 && (l.burst < 1 || l.burst > maxBurst) {
			return fmt.Errorf("api: %s burst must be from 1 to %d when the %s rate is set, got %d", l.name, maxBurst, l.name, l.burst)
		}
	}
	return nil
}

// Bounds of the rate limit settings.
const (
	maxRate  = 1_000_000
	maxBurst = 1_000_000
)

// checkOrigin accepts a browser origin in its serialized form: http or https,
// a host, an optional port, nothing else, in lower case.
func checkOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" ||
		u.User != nil || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.ForceQuery || strings.HasSuffix(o, "#") {
		return fmt.Errorf("api: CORS origin %q: want scheme://host[:port] with scheme http or https and nothing after the host, e.g. https://portal.example.org", o)
	}
	if o != strings.ToLower(o) {
		return fmt.Errorf("api: CORS origin %q: write it in lower case, as browsers send it: %s", o, strings.ToLower(o))
	}
	if port := u.Port(); (u.Scheme == "https" && port == "443") || (u.Scheme == "http" && port == "80") {
		return fmt.Errorf("api: CORS origin %q: leave out the default port, as browsers do: %s://%s", o, u.Scheme, u.Hostname())
	}
	return nil
}
