package api

import (
	"errors"
	"fmt"
	"net"
	"strconv"
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
	// MaxHeaderBytes is the largest accepted size of the request headers
	// (SALUS_API_MAX_HEADER_BYTES).
	MaxHeaderBytes int
	// ShutdownTimeout bounds the graceful part of [Server.Stop]; connections still
	// open after it are closed (SALUS_API_SHUTDOWN_TIMEOUT).
	ShutdownTimeout time.Duration
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
		MaxHeaderBytes:    64 << 10,
		ShutdownTimeout:   15 * time.Second,
	}
}

// maxMaxBodyBytes caps MaxBodyBytes: no request of this API needs more.
const maxMaxBodyBytes = 64 << 20

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
	if c.MaxHeaderBytes <= 0 {
		return errors.New("api: max header bytes must be positive")
	}
	return nil
}
