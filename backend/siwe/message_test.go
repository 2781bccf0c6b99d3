package siwe

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The examples published in ERC-4361 ("Examples" section), verbatim.
const (
	eipImplicitScheme = `example.com wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

	eipExplicitPort = `example.com:3388 wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

	eipExplicitScheme = `https://example.com wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

	// allFields is the ERC's template with every optional field present.
	allFields = `https://example.com:8443 wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ExampleOrg Terms of Service: https://example.com/tos

URI: https://example.com/login
Version: 1
Chain ID: 137
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Expiration Time: 2021-10-01T16:25:24.5+02:00
Not Before: 2021-09-30T16:30:00Z
Request ID: 200ac515-d4d1-4b4a-8b5a-bd1f6f3bbd6d
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

	// noStatement has no statement: two blank lines follow the address.
	noStatement = `service.org wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2


URI: https://service.org/login
Version: 1
Chain ID: 1
Nonce: 32891757
Issued At: 2021-09-30T16:25:24Z`
)

var exampleAddress = common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")

func ptr[T any](v T) *T { return &v }

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// sameMessage reports the first field in which got and want differ; times are
// compared as instants with the same UTC offset.
func sameMessage(got, want *Message) (field string, ok bool) {
	sameTime := func(a, b *time.Time) bool {
		if a == nil || b == nil {
			return a == b
		}
		_, oa := a.Zone()
		_, ob := b.Zone()
		return a.Equal(*b) && oa == ob
	}
	switch {
	case got.Scheme != want.Scheme:
		return "Scheme", false
	case got.Domain != want.Domain:
		return "Domain", false
	case got.Address != want.Address:
		return "Address", false
	case got.Statement != want.Statement:
		return "Statement", false
	case got.URI != want.URI:
		return "URI", false
	case got.Version != want.Version:
		return "Version", false
	case got.ChainID != want.ChainID:
		return "ChainID", false
	case got.Nonce != want.Nonce:
		return "Nonce", false
	case !sameTime(&got.IssuedAt, &want.IssuedAt):
		return "IssuedAt", false
	case !sameTime(got.ExpirationTime, want.ExpirationTime):
		return "ExpirationTime", false
	case !sameTime(got.NotBefore, want.NotBefore):
		return "NotBefore", false
	case (got.RequestID == nil) != (want.RequestID == nil) ||
		got.RequestID != nil && *got.RequestID != *want.RequestID:
		return "RequestID", false
	case (got.Resources == nil) != (want.Resources == nil) ||
		strings.Join(got.Resources, "\n") != strings.Join(want.Resources, "\n") ||
		len(got.Resources) != len(want.Resources):
		return "Resources", false
	}
	return "", true
}

func TestParse_publishedExamples(t *testing.T) {
	issued := mustTime(t, "2021-09-30T16:25:24Z")
	resources := []string{
		"ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
		"https://example.com/my-web2-claim.json",
	}
	example := func(scheme, domain string) *Message {
		return &Message{
			Scheme: scheme, Domain: domain, Address: exampleAddress,
			Statement: "I accept the ExampleOrg Terms of Service: https://example.com/tos",
			URI:       "https://example.com/login", Version: "1", ChainID: 1, Nonce: "32891756",
			IssuedAt: issued, Resources: resources,
		}
	}
	all := example("https", "example.com:8443")
	all.ChainID = 137
	all.ExpirationTime = ptr(time.Date(2021, 10, 1, 16, 25, 24, 5e8, time.FixedZone("", 2*3600)))
	all.NotBefore = ptr(mustTime(t, "2021-09-30T16:30:00Z"))
	all.RequestID = ptr("200ac515-d4d1-4b4a-8b5a-bd1f6f3bbd6d")

	tests := []struct {
		name string
		text string
		want *Message
	}{
		{"implicit scheme", eipImplicitScheme, example("", "example.com")},
		{"implicit scheme and explicit port", eipExplicitPort, example("", "example.com:3388")},
		{"explicit scheme", eipExplicitScheme, example("https", "example.com")},
		{"every optional field", allFields, all},
		{"no statement", noStatement, &Message{
			Domain: "service.org", Address: exampleAddress, URI: "https://service.org/login",
			Version: "1", ChainID: 1, Nonce: "32891757", IssuedAt: issued,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if field, ok := sameMessage(got, tt.want); !ok {
				t.Errorf("field %s: got %+v, want %+v", field, got, tt.want)
			}
			if s := got.String(); s != tt.text {
				t.Errorf("String():\n%s\nwant the parsed text:\n%s", s, tt.text)
			}
		})
	}
}

func TestParse_acceptsEveryFormTheGrammarAllows(t *testing.T) {
	const tail = "\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\nURI: https://service.org/login\nVersion: 1\nChain ID: 1\nNonce: 32891757\nIssued At: 2021-09-30T16:25:24Z"
	const header = " wants you to sign in with your Ethereum account:"
	withStatement := func(statement string) string {
		return strings.Replace("service.org"+header+tail, "\n\n\n", "\n\n"+statement+"\n\n", 1)
	}
	tests := []struct {
		name  string
		text  string
		check func(*Message) bool
	}{
		{"domain is an IPv4 address", "127.0.0.1" + header + tail, func(m *Message) bool { return m.Domain == "127.0.0.1" }},
		{"domain has userinfo and port", "test@127.0.0.1:8080" + header + tail, func(m *Message) bool { return m.Domain == "test@127.0.0.1:8080" }},
		{"domain is an IPv6 literal", "http://[::1]:3000" + header + tail, func(m *Message) bool { return m.Scheme == "http" && m.Domain == "[::1]:3000" }},
		{"domain has an underscore, as RFC 3986 reg-name allows", "not_rfc4501" + header + tail, func(m *Message) bool { return m.Domain == "not_rfc4501" }},
		{"scheme with digits and symbols", "coap+tcp.v2://example.com" + header + tail, func(m *Message) bool { return m.Scheme == "coap+tcp.v2" }},
		{"empty statement between its blank lines", strings.Replace("service.org"+header+tail, "\n\n\n", "\n\n\n\n", 1), func(m *Message) bool { return m.Statement == "" }},
		{"statement that looks like a field", withStatement("URI: https://evil.example"), func(m *Message) bool { return m.Statement == "URI: https://evil.example" }},
		{"statement with every allowed symbol", withStatement(`a-._~:/?#[]@!$&'()*+,;= z`), func(m *Message) bool { return m.Statement == `a-._~:/?#[]@!$&'()*+,;= z` }},
		{"fractional seconds", strings.Replace("s.org"+header+tail, "24Z", "24.000Z", 1), func(m *Message) bool { return m.IssuedAt.Equal(time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC)) }},
		{"lowercase t and z", strings.Replace("s.org"+header+tail, "30T16:25:24Z", "30t16:25:24z", 1), func(m *Message) bool { return m.IssuedAt.Equal(time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC)) }},
		{"negative offset", strings.Replace("s.org"+header+tail, "24Z", "24-05:30", 1), func(m *Message) bool {
			_, off := m.IssuedAt.Zone()
			return off == -(5*3600+30*60) && m.IssuedAt.Equal(time.Date(2021, 9, 30, 21, 55, 24, 0, time.UTC))
		}},
		{"29 February of a leap year", strings.Replace("s.org"+header+tail, "2021-09-30", "2024-02-29", 1), func(m *Message) bool { return m.IssuedAt.Day() == 29 }},
		{"nanosecond digits beyond 9 are truncated", strings.Replace("s.org"+header+tail, "24Z", "24.1234567891Z", 1), func(m *Message) bool { return m.IssuedAt.Nanosecond() == 123456789 }},
		{"leading zeros in chain ID", strings.Replace("s.org"+header+tail, "Chain ID: 1", "Chain ID: 007", 1), func(m *Message) bool { return m.ChainID == 7 }},
		{"largest chain ID", strings.Replace("s.org"+header+tail, "Chain ID: 1", "Chain ID: 18446744073709551615", 1), func(m *Message) bool { return m.ChainID == 1<<64-1 }},
		{"long nonce", strings.Replace("s.org"+header+tail, "32891757", strings.Repeat("aZ9", 30), 1), func(m *Message) bool { return len(m.Nonce) == 90 }},
		{"URI without authority", strings.Replace("s.org"+header+tail, "https://service.org/login", "did:pkh:eip155:1:0xabc", 1), func(m *Message) bool { return m.URI == "did:pkh:eip155:1:0xabc" }},
		{"URI with query, fragment and percent-encoding", strings.Replace("s.org"+header+tail, "https://service.org/login", "https://u:p@[2001:db8::7]:8443/a%20b/?q=1&r=/?#frag/?", 1), func(m *Message) bool { return strings.HasSuffix(m.URI, "#frag/?") }},
		{"empty request ID", "s.org" + header + tail + "\nRequest ID: ", func(m *Message) bool { return m.RequestID != nil && *m.RequestID == "" }},
		{"request ID of pchars", "s.org" + header + tail + "\nRequest ID: a:b@c%20d!$&'()*+,;=", func(m *Message) bool { return *m.RequestID == "a:b@c%20d!$&'()*+,;=" }},
		{"empty resources section", "s.org" + header + tail + "\nResources:", func(m *Message) bool { return m.Resources != nil && len(m.Resources) == 0 }},
		{"only some optional fields", "s.org" + header + tail + "\nNot Before: 2021-09-30T16:25:24Z\nResources:\n- urn:isbn:0451450523", func(m *Message) bool {
			return m.ExpirationTime == nil && m.NotBefore != nil && m.RequestID == nil && len(m.Resources) == 1
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.text)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !tt.check(m) {
				t.Errorf("got %+v", m)
			}
			again, err := Parse(m.String())
			if err != nil {
				t.Fatalf("Parse(String()): %v", err)
			}
			if field, ok := sameMessage(again, m); !ok {
				t.Errorf("round trip changed %s", field)
			}
		})
	}
}

func TestParse_refusesWhatTheGrammarDoesNot(t *testing.T) {
	base := eipImplicitScheme
	edit := func(old, new string) string {
		if !strings.Contains(base, old) {
			t.Fatalf("test setup: %q not in base message", old)
		}
		return strings.Replace(base, old, new, 1)
	}
	const header = " wants you to sign in with your Ethereum account:"
	tests := []struct {
		name   string
		text   string
		field  string // ParseError.Field
		reason string // substring of ParseError.Reason
	}{
		{"empty message", "", "header", "first line must be"},
		{"header without colon", edit("account:", "account"), "header", "first line must be"},
		{"header in other words", edit("wants you to sign in", "asks you to sign in"), "header", "first line must be"},
		{"domain with a space", edit("example.com"+header, "exa mple.com"+header), "domain", `' ' at offset 3`},
		{"domain with a path", edit("example.com"+header, "example.com/login"+header), "domain", `'/'`},
		{"domain missing", edit("example.com"+header, header), "domain", "has no host"},
		{"domain with a non-numeric port", edit("example.com"+header, "example.com:https"+header), "domain", "port"},
		{"domain with an unclosed IP literal", edit("example.com"+header, "[::1"+header), "domain", "closing ]"},
		{"domain with a bad IPv6 literal", edit("example.com"+header, "[::g]"+header), "domain", "not an IPv6 address"},
		{"domain with an IPv6 zone", edit("example.com"+header, "[fe80::1%25eth0]"+header), "domain", "not an IPv6 address"},
		{"scheme starting with a digit", edit("example.com"+header, "1http://example.com"+header), "scheme", "does not start with a letter"},
		{"scheme with an underscore", edit("example.com"+header, "ht_tp://example.com"+header), "scheme", `'_'`},
		{"address missing", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n", ""), "address", "not an address"},
		{"address all lowercase", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"), "address", "lacks its EIP-55 checksum"},
		{"address all uppercase", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xC02AAA39B223FE8D0A0E5C4F27EAD9083C756CC2"), "address", "lacks its EIP-55 checksum"},
		{"address with a wrong checksum", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756CC2"), "address", "write it as 0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"},
		{"address with 0X", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0XC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"), "address", "not an address"},
		{"address too short", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc"), "address", "40 hexadecimal digits"},
		{"address not hex", edit("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xG02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"), "address", "40 hexadecimal digits"},
		{"no blank line after the address", edit("Cc2\n\nI accept", "Cc2\nI accept"), "address", "followed by a blank line"},
		{"one blank line instead of two without statement", strings.Replace(noStatement, "\n\n\n", "\n\n", 1), "statement", "blank line is missing before the URI field"},
		{"three blank lines without statement", strings.Replace(noStatement, "\n\n\n", "\n\n\n\n\n", 1), "URI", "got a blank line"},
		{"extra blank line before the statement", edit("Cc2\n\nI accept", "Cc2\n\n\nI accept"), "URI", `unknown line "I accept`},
		{"no blank line after the statement", edit("tos\n\nURI", "tos\nURI"), "statement", "followed by a blank line"},
		{"statement with a line break", edit("Service: https", "Service: \nhttps"), "statement", "single line"},
		{"statement with a double quote", edit("the ExampleOrg", `the "ExampleOrg"`), "statement", `'"'`},
		{"statement with a percent sign", edit("the ExampleOrg", "100% the ExampleOrg"), "statement", `'%'`},
		{"statement with non-ASCII text", edit("the ExampleOrg", "the ExampleOrg\u00e9"), "statement", "not allowed"},
		{"statement with a tab", edit("the ExampleOrg", "the\tExampleOrg"), "statement", `'\t'`},
		{"URI missing", edit("URI: https://example.com/login\n", ""), "URI", "expected the URI field here, got the Version field"},
		{"URI without scheme", edit("URI: https://example.com/login", "URI: _not_a_rfc3986_valid_uri_"), "URI", "has no scheme"},
		{"URI with a space", edit("URI: https://example.com/login", "URI: https://example.com/log in"), "URI", `' '`},
		{"URI with a bad percent-encoding", edit("URI: https://example.com/login", "URI: https://example.com/%zz"), "URI", "percent-encoded"},
		{"URI with a bad port", edit("URI: https://example.com/login", "URI: https://example.com:port/login"), "URI", "port"},
		{"URI with a second fragment", edit("URI: https://example.com/login", "URI: https://example.com/#a#b"), "URI", `'#'`},
		{"URI with an empty value", edit("URI: https://example.com/login", "URI: "), "URI", "no scheme"},
		{"version 2", edit("Version: 1", "Version: 2"), "Version", `version is "2"`},
		{"version 1.0", edit("Version: 1", "Version: 1.0"), "Version", "only version 1"},
		{"version missing", edit("Version: 1\n", ""), "Version", "got the Chain ID field"},
		{"chain ID not numeric", edit("Chain ID: 1", "Chain ID: ?"), "Chain ID", "not a decimal number"},
		{"chain ID in hex", edit("Chain ID: 1", "Chain ID: 0x1"), "Chain ID", "not a decimal number"},
		{"chain ID negative", edit("Chain ID: 1", "Chain ID: -1"), "Chain ID", "not a decimal number"},
		{"chain ID empty", edit("Chain ID: 1", "Chain ID: "), "Chain ID", "not a decimal number"},
		{"chain ID beyond 64 bits", edit("Chain ID: 1", "Chain ID: 18446744073709551616"), "Chain ID", "does not fit in 64 bits"},
		{"nonce of 7 characters", edit("Nonce: 32891756", "Nonce: 3289175"), "Nonce", "is 7 characters, at least 8"},
		{"nonce empty", edit("Nonce: 32891756", "Nonce: "), "Nonce", "at least 8"},
		{"nonce with a dash", edit("Nonce: 32891756", "Nonce: 3289-1756"), "Nonce", `'-'`},
		{"nonce with a space", edit("Nonce: 32891756", "Nonce: 32891756 "), "Nonce", "letters and digits only"},
		{"issued at in JavaScript's format", edit("Issued At: 2021-09-30T16:25:24Z", "Issued At: Wed Oct 05 2011 16:48:00 GMT+0200 (CEST)"), "Issued At", "not an RFC 3339 date-time"},
		{"issued at with a space for T", edit("2021-09-30T16:25:24Z", "2021-09-30 16:25:24Z"), "Issued At", "separators"},
		{"issued at without zone", edit("2021-09-30T16:25:24Z", "2021-09-30T16:25:24"), "Issued At", "must end with Z or an offset"},
		{"issued at with an empty fraction", edit("2021-09-30T16:25:24Z", "2021-09-30T16:25:24.Z"), "Issued At", "decimal point must be followed by digits"},
		{"issued at on 30 February", edit("2021-09-30T16:25:24Z", "2021-02-30T16:25:24Z"), "Issued At", "day out of range"},
		{"issued at on 29 February of a common year", edit("2021-09-30T16:25:24Z", "2100-02-29T16:25:24Z"), "Issued At", "day out of range"},
		{"issued at in month 13", edit("2021-09-30T16:25:24Z", "2021-13-30T16:25:24Z"), "Issued At", "month out of range"},
		{"issued at at hour 24", edit("2021-09-30T16:25:24Z", "2021-09-30T24:00:00Z"), "Issued At", "time of day out of range"},
		{"issued at on a leap second", edit("2021-09-30T16:25:24Z", "2016-12-31T23:59:60Z"), "Issued At", "leap seconds"},
		{"issued at with offset hour 24", edit("2021-09-30T16:25:24Z", "2021-09-30T16:25:24+24:00"), "Issued At", "offset out of range"},
		{"issued at with a short offset", edit("2021-09-30T16:25:24Z", "2021-09-30T16:25:24+0200"), "Issued At", "must end with Z or an offset"},
		{"issued at with a two-digit year", edit("2021-09-30T16:25:24Z", "21-09-30T16:25:24Z"), "Issued At", "too short"},
		{"expiration time not a date-time", edit("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24Z\nExpiration Time: tomorrow"), "Expiration Time", "too short"},
		{"not before not a date-time", edit("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24Z\nNot Before: 2021-09-30"), "Not Before", "not an RFC 3339 date-time"},
		{"request ID with a space", edit("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24Z\nRequest ID: a b"), "Request ID", `' '`},
		{"request ID with a slash", edit("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24Z\nRequest ID: a/b"), "Request ID", `'/'`},
		{"unknown trailing field", base + "\nFoo: bar", "Resources", `unknown line "Foo: bar"`},
		{"unknown field after the required ones", edit("Resources:", "Foo: bar\nResources:"), "optional fields", `unknown line "Foo: bar"`},
		{"field tag in the wrong case", edit("Nonce: ", "nonce: "), "Nonce", `unknown line "nonce: `},
		{"duplicated URI", edit("Version: 1", "URI: https://example.com/login\nVersion: 1"), "Version", "duplicated URI field"},
		{"duplicated nonce", edit("Issued At:", "Nonce: 32891756\nIssued At:"), "Issued At", "duplicated Nonce field"},
		{"duplicated expiration time", edit("Resources:", "Expiration Time: 2021-10-01T00:00:00Z\nExpiration Time: 2021-10-01T00:00:00Z\nResources:"), "optional fields", "duplicated Expiration Time field"},
		{"duplicated resources", base + "\nResources:", "Resources", "got a duplicated Resources field"},
		{"out of order required fields", edit("Chain ID: 1\nNonce: 32891756", "Nonce: 32891756\nChain ID: 1"), "Chain ID", "the Nonce field, which is out of order"},
		{"out of order optional fields", edit("Resources:", "Not Before: 2021-10-01T00:00:00Z\nExpiration Time: 2021-10-01T00:00:00Z\nResources:"), "optional fields", "Expiration Time field, which is out of order"},
		{"field after resources", base + "\nRequest ID: x", "Resources", "Request ID field, which is out of order"},
		{"resources line with a value", edit("Resources:", "Resources: none"), "Resources", "must be exactly"},
		{"resource not a URI", base + "\n- _not_a_rfc3986_valid_uri_", "Resources", "has no scheme"},
		{"two resources on one line", base + "\n- https://a.example/x - https://a.example/y", "Resources", `' '`},
		{"resource without its dash", edit("- https://example.com/my-web2", "https://example.com/my-web2"), "Resources", "must be \"- <uri>\""},
		{"blank line among resources", edit("- https://example.com/my-web2", "\n- https://example.com/my-web2"), "Resources", "got a blank line"},
		{"message ends early", "example.com" + header + "\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\nURI: https://example.com/login\nVersion: 1", "Chain ID", "ends before the required Chain ID field"},
		{"CRLF line endings", strings.ReplaceAll(base, "\n", "\r\n"), "line ending", "carriage return"},
		{"one CRLF", edit("Version: 1\n", "Version: 1\r\n"), "line ending", "not CRLF"},
		{"trailing newline", base + "\n", "end of message", "without a line break"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.text)
			if err == nil {
				t.Fatalf("Parse accepted it: %+v", m)
			}
			if !errors.Is(err, ErrInvalidMessage) {
				t.Errorf("got %v, want it to wrap ErrInvalidMessage", err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got %T, want *ParseError", err)
			}
			if pe.Field != tt.field || !strings.Contains(pe.Reason, tt.reason) {
				t.Errorf("got field %q reason %q, want field %q reason containing %q", pe.Field, pe.Reason, tt.field, tt.reason)
			}
		})
	}
}

func TestParseError_namesLineAndField(t *testing.T) {
	_, err := Parse(strings.Replace(eipImplicitScheme, "Version: 1", "Version: 2", 1))
	want := `siwe: invalid message: line 7 (Version): version is "2", only version 1 is defined`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestMessageString_writesTheCanonicalText(t *testing.T) {
	m := &Message{
		Domain: "salus.example", Address: exampleAddress, URI: "https://salus.example",
		Version: "1", ChainID: 1337, Nonce: "abcdefgh1234",
		IssuedAt:  time.Date(2025, 1, 2, 3, 4, 5, 600_000_000, time.UTC),
		RequestID: ptr(""), Resources: []string{},
	}
	want := "salus.example wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\n" +
		"URI: https://salus.example\nVersion: 1\nChain ID: 1337\nNonce: abcdefgh1234\n" +
		"Issued At: 2025-01-02T03:04:05.6Z\nRequest ID: \nResources:"
	if got := m.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
