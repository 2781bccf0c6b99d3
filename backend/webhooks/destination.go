package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
	"unicode"
)

// errDestination is the dialer's refusal of a non-public address.
var errDestination = errors.New("destination address not allowed")

// blockedPrefixes are the ranges refused unless AllowPrivate: everything that
// is not a public unicast address. (netip's IsPrivate, IsLoopback and the
// like cover most; these add the ones it has no predicate for.)
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("64:ff9b::/96"),    // NAT64 (could reach IPv4 private space)
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("2002::/16"),       // 6to4 (embeds IPv4)
}

// publicAddr reports whether a is a public unicast address.
func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsUnspecified() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() || a.IsMulticast() {
		return false
	}
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// ValidateURL checks a webhook URL: http or https, a host, no user
// information, no fragment, at most MaxURLLen bytes, no spaces or control
// characters. Unless allowPrivate, a host that is an IP literal must be a
// public address and "localhost" (and names under it) is refused; names
// are checked again after resolution, on every connection. The error wraps
// ErrInvalid and says what is wrong without repeating the URL.
func ValidateURL(raw string, allowPrivate bool) (*url.URL, error) {
	if raw == "" {
		return nil, invalid("url is empty")
	}
	if len(raw) > MaxURLLen {
		return nil, invalid("url is longer than %d bytes", MaxURLLen)
	}
	for _, r := range raw {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return nil, invalid("url must not contain spaces or control characters; percent-encode them")
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, invalid("url is not a valid URL")
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, invalid("url must start with https:// (or http://)")
	case u.Opaque != "" || u.Host == "":
		return nil, invalid("url must name a host, e.g. https://hooks.example.org/salus")
	case u.User != nil:
		return nil, invalid("url must not contain credentials (user:password@); authenticate deliveries by their signature")
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return nil, invalid("url must not contain a fragment (#…)")
	}
	host := u.Hostname()
	if host == "" {
		return nil, invalid("url must name a host")
	}
	if p := u.Port(); p != "" {
		if n, err := parsePort(p); err != nil || n == 0 {
			return nil, invalid("url has an invalid port")
		}
	}
	if allowPrivate {
		return u, nil
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if !publicAddr(a) {
			return nil, invalid("url points to a loopback, private or otherwise non-public address, which this server does not call")
		}
		return u, nil
	}
	lh := strings.ToLower(strings.TrimSuffix(host, "."))
	if lh == "localhost" || strings.HasSuffix(lh, ".localhost") {
		return nil, invalid("url points to localhost, which this server does not call")
	}
	if !strings.Contains(lh, ".") {
		return nil, invalid("url must name a fully qualified host, e.g. hooks.example.org")
	}
	return u, nil
}

func parsePort(p string) (int, error) {
	n := 0
	if len(p) > 5 {
		return 0, errors.New("port too long")
	}
	for i := 0; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return 0, errors.New("port not numeric")
		}
		n = n*10 + int(p[i]-'0')
	}
	if n > 65535 {
		return 0, errors.New("port out of range")
	}
	return n, nil
}

// newHTTPClient returns the client of the delivery workers: no proxy from
// the environment, no redirects, no keep-alive pooling across many hosts
// beyond a small idle pool, and, unless allowPrivate, a dialer that refuses
// non-public addresses after DNS resolution.
func newHTTPClient(timeout time.Duration, allowPrivate bool) *http.Client {
	dialer := &net.Dialer{Timeout: min(timeout, 10*time.Second), KeepAlive: 30 * time.Second}
	if !allowPrivate {
		dialer.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || !publicAddr(ap.Addr()) {
				return errDestination
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           32,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    min(timeout, 10*time.Second),
		ResponseHeaderTimeout:  timeout,
		MaxResponseHeaderBytes: 64 << 10,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// describeError turns a failed attempt into a short text for the delivery
// record: never the URL (its query may carry a token) nor the body.
func describeError(ctx context.Context, err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	switch {
	case errors.Is(err, errDestination):
		return "the destination resolves to a non-public address, which this server does not call"
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded:
		return "timed out"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timed out"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return "the host name could not be resolved"
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return fmt.Sprintf("%s failed: %v", opErr.Op, opErr.Err)
	}
	s := err.Error()
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
