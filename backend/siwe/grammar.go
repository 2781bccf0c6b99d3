package siwe

// The character classes and productions of RFC 3986 (URI, authority, pchar) and
// RFC 3339 (date-time) that the EIP-4361 grammar refers to. Each check returns an
// error whose text completes the sentence "<field> ...", for the parser to wrap.

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"time"
)

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// isUnreserved reports RFC 3986 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~".
func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'
}

// isSubDelim reports RFC 3986 sub-delims: "!" / "$" / "&" / "'" / "(" / ")" / "*" /
// "+" / "," / ";" / "=".
func isSubDelim(c byte) bool { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }

// isGenDelim reports RFC 3986 gen-delims: ":" / "/" / "?" / "#" / "[" / "]" / "@".
func isGenDelim(c byte) bool { return strings.IndexByte(":/?#[]@", c) >= 0 }

// isPchar reports the single-byte alternatives of RFC 3986 pchar (unreserved /
// sub-delims / ":" / "@"); pct-encoded is handled by checkChars.
func isPchar(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' }

func isUserinfoChar(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' }
func isRegNameChar(c byte) bool  { return isUnreserved(c) || isSubDelim(c) }
func isPathChar(c byte) bool     { return isPchar(c) || c == '/' }
func isQueryChar(c byte) bool    { return isPchar(c) || c == '/' || c == '?' }

// checkChars checks that s is a sequence of bytes allowed by ok and, when pct is
// set, of pct-encoded triplets ("%" HEXDIG HEXDIG).
func checkChars(s string, pct bool, ok func(byte) bool, what string) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case ok(c):
		case pct && c == '%':
			if i+2 >= len(s) || !isHexDigit(s[i+1]) || !isHexDigit(s[i+2]) {
				return fmt.Errorf("has a %% at offset %d in its %s that does not start a percent-encoded byte", i, what)
			}
			i += 2
		default:
			return fmt.Errorf("has %q at offset %d, which is not allowed in its %s", c, i, what)
		}
	}
	return nil
}

// checkScheme checks RFC 3986 scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func checkScheme(s string) error {
	if s == "" || !isAlpha(s[0]) {
		return fmt.Errorf("has scheme %q, which does not start with a letter", s)
	}
	return checkChars(s, false, func(c byte) bool {
		return isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.'
	}, "scheme")
}

// checkAuthority checks RFC 3986 authority = [ userinfo "@" ] host [ ":" port ].
// With needHost, an empty host is refused.
func checkAuthority(s string, needHost bool) error {
	hostport := s
	if userinfo, rest, found := strings.Cut(s, "@"); found {
		if err := checkChars(userinfo, true, isUserinfoChar, "userinfo"); err != nil {
			return err
		}
		hostport = rest
	}
	var host, port string
	hasPort := false
	if strings.HasPrefix(hostport, "[") {
		end := strings.IndexByte(hostport, ']')
		if end < 0 {
			return errors.New("has an IP literal without its closing ]")
		}
		if err := checkIPLiteral(hostport[1:end]); err != nil {
			return err
		}
		host = hostport[:end+1]
		if rest := hostport[end+1:]; rest != "" {
			if rest[0] != ':' {
				return fmt.Errorf("has %q after its IP literal where only a :port may follow", rest)
			}
			port, hasPort = rest[1:], true
		}
	} else {
		host = hostport
		if i := strings.IndexByte(hostport, ':'); i >= 0 {
			host, port, hasPort = hostport[:i], hostport[i+1:], true
		}
		if err := checkChars(host, true, isRegNameChar, "host"); err != nil {
			return err
		}
	}
	if needHost && host == "" {
		return errors.New("has no host")
	}
	if hasPort {
		if err := checkChars(port, false, isDigit, "port"); err != nil {
			return err
		}
	}
	return nil
}

// checkIPLiteral checks the inside of RFC 3986 IP-literal: IPv6address / IPvFuture.
func checkIPLiteral(lit string) error {
	if strings.HasPrefix(lit, "v") || strings.HasPrefix(lit, "V") {
		// IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
		ver, addr, found := strings.Cut(lit[1:], ".")
		if !found || ver == "" || addr == "" ||
			checkChars(ver, false, isHexDigit, "") != nil ||
			checkChars(addr, false, isUserinfoChar, "") != nil {
			return fmt.Errorf("has [%s], which is not an IPvFuture literal", lit)
		}
		return nil
	}
	// netip accepts exactly RFC 4291 text, which is RFC 3986 IPv6address, plus zones,
	// which RFC 3986 does not allow.
	a, err := netip.ParseAddr(lit)
	if err != nil || !a.Is6() || strings.Contains(lit, "%") {
		return fmt.Errorf("has [%s], which is not an IPv6 address", lit)
	}
	return nil
}

// checkURI checks RFC 3986 URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ].
func checkURI(s string) error {
	scheme, rest, found := strings.Cut(s, ":")
	if !found {
		return fmt.Errorf("%q is not an RFC 3986 URI: it has no scheme", s)
	}
	if err := checkScheme(scheme); err != nil {
		return fmt.Errorf("%q is not an RFC 3986 URI: it %w", s, err)
	}
	if err := checkHierPart(rest); err != nil {
		return fmt.Errorf("%q is not an RFC 3986 URI: it %w", s, err)
	}
	return nil
}

// checkHierPart checks what follows "scheme:" in a URI.
func checkHierPart(rest string) error {
	if before, fragment, found := strings.Cut(rest, "#"); found {
		if err := checkChars(fragment, true, isQueryChar, "fragment"); err != nil {
			return err
		}
		rest = before
	}
	if before, query, found := strings.Cut(rest, "?"); found {
		if err := checkChars(query, true, isQueryChar, "query"); err != nil {
			return err
		}
		rest = before
	}
	// hier-part = "//" authority path-abempty / path-absolute / path-rootless /
	// path-empty. Without an authority the path cannot start with "//", which the
	// first branch already took, so every path is a run of pchar and "/".
	path := rest
	if after, found := strings.CutPrefix(rest, "//"); found {
		authority := after
		path = ""
		if i := strings.IndexByte(after, '/'); i >= 0 {
			authority, path = after[:i], after[i:]
		}
		if err := checkAuthority(authority, false); err != nil {
			return err
		}
	}
	return checkChars(path, true, isPathChar, "path")
}

// checkStatement checks statement = *( reserved / unreserved / " " ).
func checkStatement(s string) error {
	return checkChars(s, false, func(c byte) bool {
		return isGenDelim(c) || isSubDelim(c) || isUnreserved(c) || c == ' '
	}, "text (only letters, digits, spaces and -._~:/?#[]@!$&'()*+,;= are allowed)")
}

// parseTimestamp parses an RFC 3339 date-time:
//
//	full-date "T" partial-time time-offset, e.g. 2021-09-30T16:25:24.123+02:00
//
// "T" and "Z" may be lowercase (RFC 3339 section 5.6). Fractions beyond nanoseconds
// are truncated. A zero offset yields a UTC time, any other a fixed zone, so that
// formatting with time.RFC3339Nano writes the same offset back.
func parseTimestamp(s string) (time.Time, error) {
	bad := func(why string) (time.Time, error) {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 date-time such as 2021-09-30T16:25:24Z: %s", s, why)
	}
	num := func(i, n int) int {
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if !isDigit(c) {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	if len(s) < len("2006-01-02T15:04:05") {
		return bad("too short")
	}
	if s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':' {
		return bad("separators must be as in YYYY-MM-DDThh:mm:ss")
	}
	year, month, day := num(0, 4), num(5, 2), num(8, 2)
	hour, minute, sec := num(11, 2), num(14, 2), num(17, 2)
	if year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || sec < 0 {
		return bad("date and time fields must be digits")
	}
	if month < 1 || month > 12 {
		return bad("month out of range")
	}
	if day < 1 || day > daysIn(year, month) {
		return bad("day out of range for the month")
	}
	if hour > 23 || minute > 59 || sec > 60 {
		return bad("time of day out of range")
	}
	if sec == 60 {
		return bad("leap seconds are not supported")
	}
	i, nsec := 19, 0
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			if j-i <= 9 {
				nsec = nsec*10 + int(s[j]-'0')
			}
			j++
		}
		if j == i+1 {
			return bad("a decimal point must be followed by digits")
		}
		for k := j - i - 1; k < 9; k++ {
			nsec *= 10
		}
		i = j
	}
	offset := 0
	switch zone := s[i:]; {
	case zone == "Z" || zone == "z":
	case len(zone) == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':':
		oh, om := num(i+1, 2), num(i+4, 2)
		if oh < 0 || om < 0 || oh > 23 || om > 59 {
			return bad("offset out of range")
		}
		offset = (oh*60 + om) * 60
		if zone[0] == '-' {
			offset = -offset
		}
	default:
		return bad("it must end with Z or an offset such as +02:00")
	}
	loc := time.UTC
	if offset != 0 {
		loc = time.FixedZone("", offset)
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc), nil
}

// daysIn returns the number of days of a month of the proleptic Gregorian calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// formatTimestamp writes t as RFC 3339 with as many fractional digits as needed.
func formatTimestamp(t time.Time) string { return t.Format(time.RFC3339Nano) }
