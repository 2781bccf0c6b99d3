package siwe

import (
	"fmt"
	"strings"
)

// authority is an RFC 3986 authority split into comparable parts.
type authority struct {
	userinfo string
	host     string // lowercased
	port     string // the scheme's default when absent
}

// splitAuthority splits a syntactically valid authority, filling in the default
// port of scheme.
func splitAuthority(scheme, s string) authority {
	var a authority
	if userinfo, rest, found := strings.Cut(s, "@"); found {
		a.userinfo, s = userinfo, rest
	}
	host, rest := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']') + 1
		host, rest = s[:end], s[end:]
	} else if i := strings.IndexByte(s, ':'); i >= 0 {
		host, rest = s[:i], s[i:]
	}
	a.host = strings.ToLower(host)
	a.port = strings.TrimPrefix(rest, ":")
	if a.port == "" {
		a.port = defaultPort(scheme)
	}
	return a
}

func defaultPort(scheme string) string {
	switch strings.ToLower(scheme) {
	case "https", "wss":
		return "443"
	case "http", "ws":
		return "80"
	}
	return ""
}

// splitURI splits a syntactically valid URI into scheme, authority and path. ok is
// false when it has no authority (e.g. "urn:..." or "did:...").
func splitURI(s string) (scheme, auth, path string, ok bool) {
	scheme, rest, _ := strings.Cut(s, ":")
	rest, found := strings.CutPrefix(rest, "//")
	if !found {
		return scheme, "", "", false
	}
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	auth, path = rest, ""
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		auth, path = rest[:i], rest[i:]
	}
	return scheme, auth, path, true
}

// matchOrigin checks the message's scheme, domain and URI against expect.
func matchOrigin(m *Message, expect Expectation) error {
	if err := checkURI(expect.URI); err != nil {
		return fmt.Errorf("%w: expected URI: %v", ErrConfig, err)
	}
	scheme, expAuth, expPath, ok := splitURI(expect.URI)
	if !ok {
		return fmt.Errorf("%w: expected URI %q has no authority; give this server's origin, e.g. https://salus.example", ErrConfig, expect.URI)
	}
	if err := checkAuthority(expect.Domain, true); err != nil {
		return fmt.Errorf("%w: expected domain %q %v", ErrConfig, expect.Domain, err)
	}

	if m.Scheme != "" && !strings.EqualFold(m.Scheme, scheme) {
		return fmt.Errorf("%w: message scheme is %s, this server is served over %s", ErrDomainMismatch, m.Scheme, scheme)
	}
	if splitAuthority(scheme, m.Domain) != splitAuthority(scheme, expect.Domain) {
		return fmt.Errorf("%w: message domain is %s, this server is %s", ErrDomainMismatch, m.Domain, expect.Domain)
	}

	mismatch := fmt.Errorf("%w: message URI is %s, which is not under this server's %s", ErrURIMismatch, m.URI, expect.URI)
	mScheme, mAuth, mPath, ok := splitURI(m.URI)
	if !ok || !strings.EqualFold(mScheme, scheme) ||
		splitAuthority(scheme, mAuth) != splitAuthority(scheme, expAuth) {
		return mismatch
	}
	if base := strings.TrimSuffix(expPath, "/"); base != "" &&
		mPath != base && !strings.HasPrefix(mPath, base+"/") {
		return mismatch
	}
	return nil
}
