package siwe

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Message is a parsed EIP-4361 message. The zero value is not a valid message; get
// one from [Parse] or fill every required field.
type Message struct {
	// Scheme is the optional URI scheme of the requesting origin, e.g. "https"; empty
	// when the message does not state one (https is then assumed).
	Scheme string
	// Domain is the RFC 3986 authority requesting the signing, e.g. "salus.example"
	// or "localhost:3000".
	Domain string
	// Address is the account signing in.
	Address common.Address
	// Statement is an optional human-readable assertion, without line breaks.
	Statement string
	// URI is the RFC 3986 URI of the resource that is the subject of the signing.
	URI string
	// Version is the message version, "1".
	Version string
	// ChainID is the EIP-155 chain the session is bound to.
	ChainID uint64
	// Nonce is the server-issued anti-replay token, at least 8 letters and digits.
	Nonce string
	// IssuedAt is when the message was made.
	IssuedAt time.Time
	// ExpirationTime, when set, is when the message stops being valid.
	ExpirationTime *time.Time
	// NotBefore, when set, is when the message becomes valid.
	NotBefore *time.Time
	// RequestID, when set, is a system-specific identifier of the request; it may be
	// empty.
	RequestID *string
	// Resources lists RFC 3986 URIs the user wants resolved. A nil slice means no
	// "Resources:" section; a non-nil empty slice means the section with no entries.
	Resources []string
}

// Line texts of the grammar.
const (
	headerSuffix     = " wants you to sign in with your Ethereum account:"
	tagURI           = "URI: "
	tagVersion       = "Version: "
	tagChainID       = "Chain ID: "
	tagNonce         = "Nonce: "
	tagIssuedAt      = "Issued At: "
	tagExpiration    = "Expiration Time: "
	tagNotBefore     = "Not Before: "
	tagRequestID     = "Request ID: "
	tagResources     = "Resources:"
	resourcePrefix   = "- "
	minNonceLen      = 8
	supportedVersion = "1"
)

// fieldTags lists every field line in the order the grammar requires.
var fieldTags = []string{
	tagURI, tagVersion, tagChainID, tagNonce, tagIssuedAt,
	tagExpiration, tagNotBefore, tagRequestID, tagResources,
}

// String returns the message as EIP-4361 text, the exact bytes a wallet signs.
// Timestamps are written in RFC 3339 with as many fractional digits as needed and
// their own offset. For any message returned by [Parse], Parse(m.String()) returns
// an equal message; the text may differ from the parsed one only in the spelling of
// timestamps (e.g. ".000Z" becomes "Z"), of a chain ID with leading zeros, and of an
// empty statement, which is written as no statement.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme + "://")
	}
	b.WriteString(m.Domain + headerSuffix + "\n")
	b.WriteString(m.Address.Hex() + "\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement + "\n")
	}
	b.WriteString("\n")
	b.WriteString(tagURI + m.URI + "\n")
	b.WriteString(tagVersion + m.Version + "\n")
	b.WriteString(tagChainID + strconv.FormatUint(m.ChainID, 10) + "\n")
	b.WriteString(tagNonce + m.Nonce + "\n")
	b.WriteString(tagIssuedAt + formatTimestamp(m.IssuedAt))
	if m.ExpirationTime != nil {
		b.WriteString("\n" + tagExpiration + formatTimestamp(*m.ExpirationTime))
	}
	if m.NotBefore != nil {
		b.WriteString("\n" + tagNotBefore + formatTimestamp(*m.NotBefore))
	}
	if m.RequestID != nil {
		b.WriteString("\n" + tagRequestID + *m.RequestID)
	}
	if m.Resources != nil {
		b.WriteString("\n" + tagResources)
		for _, r := range m.Resources {
			b.WriteString("\n" + resourcePrefix + r)
		}
	}
	return b.String()
}

// Parse parses s as an EIP-4361 message, following the specification's ABNF with
// the deviations listed in the package documentation. Lines end with LF alone and
// the text ends right after its last field, without a line break. Any error is a
// [*ParseError], which wraps [ErrInvalidMessage].
func Parse(s string) (*Message, error) {
	p := parser{lines: strings.Split(s, "\n")}
	if i := strings.IndexByte(s, '\r'); i >= 0 {
		line := strings.Count(s[:i], "\n") + 1
		return nil, p.fail(line, "line ending", "has a carriage return; lines must end with LF alone, not CRLF")
	}
	if strings.HasSuffix(s, "\n") {
		return nil, p.fail(len(p.lines), "end of message", "the message must end right after its last field, without a line break")
	}
	m := new(Message)
	for _, step := range []func(*Message) error{p.header, p.address, p.statement, p.required, p.optional} {
		if err := step(m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// parser walks the lines of a message. pos is the index of the next line to read.
type parser struct {
	lines  []string
	pos    int
	fields int // index of the URI line, where the field lines start
}

func (p *parser) fail(line int, field, format string, args ...any) error {
	return &ParseError{Line: line, Field: field, Reason: fmt.Sprintf(format, args...)}
}

// next returns the next line and its 1-based number, or ok false at the end.
func (p *parser) next() (line string, n int, ok bool) {
	if p.pos >= len(p.lines) {
		return "", p.pos + 1, false
	}
	p.pos++
	return p.lines[p.pos-1], p.pos, true
}

// header reads `[ scheme "://" ] domain " wants you to sign in with your Ethereum account:"`.
func (p *parser) header(m *Message) error {
	line, n, _ := p.next()
	origin, found := strings.CutSuffix(line, headerSuffix)
	if !found {
		return p.fail(n, "header", "the first line must be %q", "<domain>"+headerSuffix)
	}
	if scheme, domain, found := strings.Cut(origin, "://"); found {
		if err := checkScheme(scheme); err != nil {
			return p.fail(n, "scheme", "the origin %q %v", origin, err)
		}
		m.Scheme, origin = scheme, domain
	}
	if err := checkAuthority(origin, true); err != nil {
		return p.fail(n, "domain", "domain %q is not an RFC 3986 authority: it %v", origin, err)
	}
	m.Domain = origin
	return nil
}

// address reads the EIP-55 address line and the blank line after it.
func (p *parser) address(m *Message) error {
	line, n, ok := p.next()
	switch {
	case !ok:
		return p.fail(n, "address", "the message ends before the address line")
	case len(line) != 42 || !strings.HasPrefix(line, "0x") ||
		checkChars(line[2:], false, isHexDigit, "") != nil:
		return p.fail(n, "address", "%q is not an address: want 0x followed by 40 hexadecimal digits", line)
	}
	m.Address = common.HexToAddress(line)
	if want := m.Address.Hex(); line != want {
		return p.fail(n, "address", "address %s lacks its EIP-55 checksum (mixed case); write it as %s", line, want)
	}
	if line, n, ok := p.next(); !ok || line != "" {
		return p.fail(n, "address", "the address must be followed by a blank line")
	}
	return nil
}

// statement reads `[ statement LF ] LF`. Without a statement two blank lines follow
// the address; with one, the statement line sits between two blank lines.
func (p *parser) statement(m *Message) error {
	line, n, ok := p.next()
	if !ok {
		return p.fail(n, "statement", "the message ends before the URI field")
	}
	if line == "" {
		// Either no statement, or an empty statement followed by its blank line.
		if p.pos+1 < len(p.lines) && p.lines[p.pos] == "" && strings.HasPrefix(p.lines[p.pos+1], tagURI) {
			p.pos++
		}
		p.fields = p.pos
		return nil
	}
	if strings.HasPrefix(line, tagURI) && (p.pos >= len(p.lines) || p.lines[p.pos] != "") {
		// A statement may itself start with "URI: ", but then a blank line follows it.
		return p.fail(n, "statement", "a blank line is missing before the URI field (without a statement, the address is followed by two blank lines)")
	}
	if err := checkStatement(line); err != nil {
		return p.fail(n, "statement", "statement %v", err)
	}
	m.Statement = line
	if line, n, ok := p.next(); !ok || line != "" {
		if ok && line != "" && !isFieldLine(line) {
			return p.fail(n, "statement", "the statement must be a single line (it must not contain a line break) followed by a blank line")
		}
		return p.fail(n, "statement", "the statement must be followed by a blank line")
	}
	p.fields = p.pos
	return nil
}

// isFieldLine reports whether line starts with one of the grammar's field tags.
func isFieldLine(line string) bool {
	for _, tag := range fieldTags {
		if strings.HasPrefix(line, tag) {
			return true
		}
	}
	return false
}

// field reads the line that must carry tag and returns its value. It tells a
// missing, duplicated or misplaced field apart from an unknown line.
func (p *parser) field(tag string) (value string, n int, err error) {
	name := strings.TrimSuffix(strings.TrimSuffix(tag, " "), ":")
	line, n, ok := p.next()
	if !ok {
		return "", n, p.fail(n, name, "the message ends before the required %s field", name)
	}
	if v, found := strings.CutPrefix(line, tag); found {
		return v, n, nil
	}
	return "", n, p.fail(n, name, "expected the %s field here, got %s", name, p.describe(line, n))
}

// describe names what a line that is not the expected field is.
func (p *parser) describe(line string, n int) string {
	for _, tag := range fieldTags {
		if !strings.HasPrefix(line, tag) {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(tag, " "), ":")
		for _, earlier := range p.lines[p.fields : n-1] {
			if strings.HasPrefix(earlier, tag) {
				return fmt.Sprintf("a duplicated %s field", name)
			}
		}
		return fmt.Sprintf("the %s field, which is out of order (the order is URI, Version, Chain ID, Nonce, Issued At, Expiration Time, Not Before, Request ID, Resources)", name)
	}
	if line == "" {
		return "a blank line"
	}
	return fmt.Sprintf("unknown line %q", truncate(line))
}

// truncate shortens a line quoted in an error message.
func truncate(s string) string {
	const max = 60
	if len(s) > max {
		return s[:max] + "..."
	}
	return s
}

// required reads URI, Version, Chain ID, Nonce and Issued At.
func (p *parser) required(m *Message) error {
	v, n, err := p.field(tagURI)
	if err != nil {
		return err
	}
	if err := checkURI(v); err != nil {
		return p.fail(n, "URI", "%v", err)
	}
	m.URI = v

	if v, n, err = p.field(tagVersion); err != nil {
		return err
	}
	if v != supportedVersion {
		return p.fail(n, "Version", "version is %q, only version 1 is defined", v)
	}
	m.Version = v

	if v, n, err = p.field(tagChainID); err != nil {
		return err
	}
	if v == "" || checkChars(v, false, isDigit, "") != nil {
		return p.fail(n, "Chain ID", "chain ID %q is not a decimal number", v)
	}
	if m.ChainID, err = strconv.ParseUint(v, 10, 64); err != nil {
		return p.fail(n, "Chain ID", "chain ID %s does not fit in 64 bits", truncate(v))
	}

	if v, n, err = p.field(tagNonce); err != nil {
		return err
	}
	if err := checkChars(v, false, func(c byte) bool { return isAlpha(c) || isDigit(c) }, "nonce"); err != nil {
		return p.fail(n, "Nonce", "nonce must be letters and digits only, but it %v", err)
	}
	if len(v) < minNonceLen {
		return p.fail(n, "Nonce", "nonce %q is %d characters, at least %d are required", v, len(v), minNonceLen)
	}
	m.Nonce = v

	if v, n, err = p.field(tagIssuedAt); err != nil {
		return err
	}
	if m.IssuedAt, err = parseTimestamp(v); err != nil {
		return p.fail(n, "Issued At", "%v", err)
	}
	return nil
}

// optional reads Expiration Time, Not Before, Request ID and Resources, each
// optional but in that order, and nothing after them.
func (p *parser) optional(m *Message) error {
	next := 5 // index in fieldTags of the first optional field
	for p.pos < len(p.lines) {
		line, n, _ := p.next()
		tag := ""
		for i := next; i < len(fieldTags); i++ {
			if strings.HasPrefix(line, fieldTags[i]) {
				tag, next = fieldTags[i], i+1
				break
			}
		}
		if tag == "" {
			return p.fail(n, "optional fields", "expected Expiration Time, Not Before, Request ID or Resources (in that order), got %s", p.describe(line, n))
		}
		value := line[len(tag):]
		var err error
		switch tag {
		case tagExpiration:
			m.ExpirationTime, err = timestampField(value)
		case tagNotBefore:
			m.NotBefore, err = timestampField(value)
		case tagRequestID:
			if err = checkChars(value, true, isPchar, "request ID"); err != nil {
				err = fmt.Errorf("request ID %w", err)
			}
			m.RequestID = &value
		case tagResources:
			if value != "" {
				return p.fail(n, "Resources", "the Resources line must be exactly %q, with one \"- <uri>\" line per resource after it", tagResources)
			}
			return p.resources(m)
		}
		if err != nil {
			return p.fail(n, strings.TrimSuffix(tag, ": "), "%v", err)
		}
	}
	return nil
}

func timestampField(v string) (*time.Time, error) {
	t, err := parseTimestamp(v)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// resources reads `*( LF "- " URI )`, which ends the message.
func (p *parser) resources(m *Message) error {
	m.Resources = []string{}
	for p.pos < len(p.lines) {
		line, n, _ := p.next()
		uri, found := strings.CutPrefix(line, resourcePrefix)
		if !found {
			return p.fail(n, "Resources", "every line after Resources: must be \"- <uri>\", got %s", p.describe(line, n))
		}
		if err := checkURI(uri); err != nil {
			return p.fail(n, "Resources", "resource %v", err)
		}
		m.Resources = append(m.Resources, uri)
	}
	return nil
}
