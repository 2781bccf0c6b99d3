package siwe

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzParse checks that Parse never panics and that whatever it accepts is written
// back by String as text that parses to the same message and is a fixed point.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		eipImplicitScheme, eipExplicitPort, eipExplicitScheme, allFields, noStatement,
		strings.Replace(noStatement, "\n\n\n", "\n\n\n\n", 1),
		noStatement + "\nRequest ID: \nResources:",
		strings.Replace(allFields, "2021-09-30T16:25:24Z", "2016-12-31T23:59:59.999999999999-23:59", 1),
		strings.Replace(allFields, "https://example.com:8443", "http://u:p@[v1.x]:", 1),
		strings.Replace(eipImplicitScheme, "\n", "\r\n", -1),
		eipImplicitScheme + "\n",
		"",
		"\n\n\n\n\n\n\n\n\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidMessage) {
				t.Fatalf("error %v is not a *ParseError wrapping ErrInvalidMessage", err)
			}
			return
		}
		text := m.String()
		again, err := Parse(text)
		if err != nil {
			t.Fatalf("Parse(String()) failed: %v\ninput:\n%q\nString():\n%q", err, s, text)
		}
		if field, ok := sameMessage(again, m); !ok {
			t.Fatalf("round trip changed %s\ninput:\n%q", field, s)
		}
		if again.String() != text {
			t.Fatalf("String() is not a fixed point:\n%q\n%q", text, again.String())
		}
	})
}

// FuzzAuthenticate checks that token parsing never panics, refuses everything it
// was not given by SignIn with ErrInvalidToken, and accepts the issued token.
func FuzzAuthenticate(f *testing.F) {
	// A random key per process: fuzzing workers each run this setup, and a token one
	// of them issued must not be taken for a forgery that another accepted.
	c := &clock{t: t0}
	m := newTestManager(f, testConfig(c))
	s := newSigner(f)
	msg, sig := s.signedMessage(f, c, issue(f, m))
	sess, err := m.SignIn(msg, sig)
	if err != nil {
		f.Fatal(err)
	}
	valid := sess.Token
	body := valid[len(TokenPrefix):]
	for _, tok := range []string{
		valid, "", TokenPrefix, valid[:len(valid)-1], valid + "=", strings.ToUpper(valid),
		TokenPrefix + strings.Repeat("A", len(body)), TokenPrefix + strings.Repeat("_", len(body)),
		TokenPrefix + body[1:] + "A", "salus_" + body,
	} {
		f.Add(tok)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		addr, err := m.Authenticate(tok)
		if tok == valid {
			if err != nil || addr != s.addr {
				t.Fatalf("the issued token: %v, %v", addr, err)
			}
			return
		}
		if err == nil {
			t.Fatalf("forged token %q accepted for %v", tok, addr)
		}
		if !errors.Is(err, ErrInvalidToken) || addr != (common.Address{}) {
			t.Fatalf("got %v, %v; want ErrInvalidToken and no address", addr, err)
		}
		m.SignOut(tok) // must not panic, nor revoke the valid token
		if _, err := m.Authenticate(valid); err != nil {
			t.Fatalf("SignOut(%q) revoked the issued token: %v", tok, err)
		}
	})
}
