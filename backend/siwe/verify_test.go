package siwe

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// t0 is the time tests sign in at.
var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// signer is a wallet holding one key.
type signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newSigner(t testing.TB) signer {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// sign does what ethers' signMessage does: an EIP-191 personal_sign signature
// r‖s‖v with v 27 or 28.
func (s signer) sign(t testing.TB, msg string) []byte {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), s.key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// message returns a valid message for the test server, signed in at t0.
func (s signer) message(nonce string) *Message {
	return &Message{
		Domain: "salus.example", Address: s.addr,
		Statement: "Sign in to Salus to see your health records.",
		URI:       "https://salus.example/login", Version: "1", ChainID: 1337,
		Nonce: nonce, IssuedAt: t0,
	}
}

func testExpectation() Expectation {
	return Expectation{Domain: "salus.example", URI: "https://salus.example", ChainID: 1337, Nonce: "nonce12345678"}
}

func TestVerify_acceptsAWalletSignature(t *testing.T) {
	s := newSigner(t)
	msg := s.message("nonce12345678").String()
	sig := s.sign(t, msg)

	m, err := Verify(msg, sig, testExpectation(), t0)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if m.Address != s.addr || m.Nonce != "nonce12345678" {
		t.Errorf("got %+v", m)
	}

	t.Run("with v of 0 or 1", func(t *testing.T) {
		raw := append([]byte(nil), sig...)
		raw[64] -= 27
		if _, err := Verify(msg, raw, testExpectation(), t0); err != nil {
			t.Errorf("Verify: %v", err)
		}
	})
	t.Run("given as 0x-prefixed hex", func(t *testing.T) {
		parsed, err := ParseSignature("0x" + hex.EncodeToString(sig))
		if err != nil {
			t.Fatalf("ParseSignature: %v", err)
		}
		if _, err := Verify(msg, parsed, testExpectation(), t0); err != nil {
			t.Errorf("Verify: %v", err)
		}
	})
}

// Signatures made by real wallets (through ethers.js), from the test vectors of the
// reference implementation, spruceid/siwe test/verification_positive.json.
func TestVerify_acceptsSignaturesMadeByWallets(t *testing.T) {
	tests := []struct {
		name, msg, sig, domain, uri, nonce string
		now                                time.Time
	}{
		{
			name: "v of 27",
			msg: "login.xyz wants you to sign in with your Ethereum account:\n" +
				"0x9D85ca56217D2bb651b00f15e694EB7E713637D4\n\n" +
				"Sign-In With Ethereum Example Statement\n\n" +
				"URI: https://login.xyz\nVersion: 1\nChain ID: 1\nNonce: bTyXgcQxn2htgkjJn\n" +
				"Issued At: 2022-01-27T17:09:38.578Z\nExpiration Time: 2100-01-07T14:31:43.952Z",
			sig:    "0xdc35c7f8ba2720df052e0092556456127f00f7707eaa8e3bbff7e56774e7f2e05a093cfc9e02964c33d86e8e066e221b7d153d27e5a2e97ccd5ca7d3f2ce06cb1b",
			domain: "login.xyz", uri: "https://login.xyz", nonce: "bTyXgcQxn2htgkjJn",
			now: time.Date(2022, 1, 27, 17, 10, 0, 0, time.UTC),
		},
		{
			name: "v of 1",
			msg: "www.tally.xyz wants you to sign in with your Ethereum account:\n" +
				"0xc95EB884FE852e241D409234bfC7045CB9E31BD7\n\n" +
				"Sign in with Ethereum to Tally\n\n" +
				"URI: https://tally.xyz\nVersion: 1\nChain ID: 1\nNonce: 15050747\n" +
				"Issued At: 2022-06-30T14:08:51.382Z",
			sig:    "0x8c46b6eb8505939892d8e9b075f89f8277321b17b993151f37810cdda38cce6f4a85909d2b53e6a14629c74c0ac38bf4becde78ee5b2529812bf6cceaf7b2a2501",
			domain: "www.tally.xyz", uri: "https://tally.xyz", nonce: "15050747",
			now: time.Date(2022, 6, 30, 14, 9, 0, 0, time.UTC),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sig, err := ParseSignature(tt.sig)
			if err != nil {
				t.Fatalf("ParseSignature: %v", err)
			}
			expect := Expectation{Domain: tt.domain, URI: tt.uri, ChainID: 1, Nonce: tt.nonce}
			if _, err := Verify(tt.msg, sig, expect, tt.now); err != nil {
				t.Errorf("Verify: %v", err)
			}
		})
	}
}

func TestVerify_refusesBadSignatures(t *testing.T) {
	s := newSigner(t)
	msg := s.message("nonce12345678").String()
	good := s.sign(t, msg)
	with := func(f func(sig []byte) []byte) []byte { return f(append([]byte(nil), good...)) }

	// The same signature with s replaced by N-s and the parity flipped is valid
	// ECDSA, but malleable.
	n := crypto.S256().Params().N
	highS := with(func(sig []byte) []byte {
		sv := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
		sv.FillBytes(sig[32:64])
		sig[64] = 27 + ((sig[64] - 27) ^ 1)
		return sig
	})

	tests := []struct {
		name     string
		msg      string
		sig      []byte
		wantErr  error
		inReason string
	}{
		{"signed by another key", msg, newSigner(t).sign(t, msg), ErrSignature, "the signature was made by"},
		{"message changed after signing", strings.Replace(msg, "your health records", "all health records", 1), good, ErrSignature, "not by the message's address"},
		{"high s", msg, highS, ErrSignature, "malleable"},
		{"v of 29", msg, with(func(sig []byte) []byte { sig[64] = 29; return sig }), ErrSignature, "recovery id v is 29"},
		{"v of 2", msg, with(func(sig []byte) []byte { sig[64] = 2; return sig }), ErrSignature, "recovery id v is 2"},
		{"r of zero", msg, with(func(sig []byte) []byte { clear(sig[:32]); return sig }), ErrSignature, "r or s is zero"},
		{"64 bytes", msg, good[:64], ErrSignature, "signature is 64 bytes, want 65"},
		{"empty", msg, nil, ErrSignature, "signature is 0 bytes"},
		{"66 bytes, as a contract wallet's might be", msg, append(with(func(b []byte) []byte { return b }), 0), ErrContractWallet, "ERC-1271"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Verify(tt.msg, tt.sig, testExpectation(), t0)
			if !errors.Is(err, tt.wantErr) || !errors.Is(err, ErrSignature) || !strings.Contains(err.Error(), tt.inReason) {
				t.Errorf("got %v, want %v containing %q", err, tt.wantErr, tt.inReason)
			}
		})
	}
	if _, err := Verify(msg, good, testExpectation(), t0); err != nil {
		t.Errorf("the unaltered signature: %v", err)
	}
	if _, err := Verify(msg, highS, testExpectation(), t0); err == nil {
		t.Error("high-s signature accepted")
	}
}

func TestVerify_refusesMessagesForAnotherServer(t *testing.T) {
	s := newSigner(t)
	tests := []struct {
		name    string
		edit    func(*Message)
		expect  func(*Expectation)
		wantErr error
		want    string // substring of the error
	}{
		{"other domain", func(m *Message) { m.Domain = "evil.com" }, nil, ErrDomainMismatch, "message domain is evil.com, this server is salus.example"},
		{"other port", func(m *Message) { m.Domain = "salus.example:8443" }, nil, ErrDomainMismatch, "message domain is salus.example:8443"},
		{"userinfo in domain", func(m *Message) { m.Domain = "user@salus.example" }, nil, ErrDomainMismatch, "message domain is user@salus.example"},
		{"subdomain", func(m *Message) { m.Domain = "app.salus.example" }, nil, ErrDomainMismatch, "message domain is app.salus.example"},
		{"other scheme", func(m *Message) { m.Scheme = "http" }, nil, ErrDomainMismatch, "message scheme is http, this server is served over https"},
		{"URI on another host", func(m *Message) { m.URI = "https://evil.com/login" }, nil, ErrURIMismatch, "message URI is https://evil.com/login, which is not under this server's https://salus.example"},
		{"URI over http", func(m *Message) { m.URI = "http://salus.example/login" }, nil, ErrURIMismatch, "http://salus.example/login"},
		{"URI on another port", func(m *Message) { m.URI = "https://salus.example:444/" }, nil, ErrURIMismatch, "salus.example:444"},
		{"URI without authority", func(m *Message) { m.URI = "did:pkh:salus.example" }, nil, ErrURIMismatch, "did:pkh"},
		{"URI outside the expected path", func(m *Message) { m.URI = "https://salus.example/application" },
			func(e *Expectation) { e.URI = "https://salus.example/app" }, ErrURIMismatch, "not under this server's https://salus.example/app"},
		{"other chain", func(m *Message) { m.ChainID = 1 }, nil, ErrChainMismatch, "message chain ID is 1, this server is on chain 1337"},
		{"other nonce", func(m *Message) { m.Nonce = "nonce87654321" }, nil, ErrNonce, "nonce87654321 is not the one this server issued"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := s.message("nonce12345678")
			tt.edit(m)
			expect := testExpectation()
			if tt.expect != nil {
				tt.expect(&expect)
			}
			msg := m.String()
			_, err := Verify(msg, s.sign(t, msg), expect, t0)
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %v containing %q", err, tt.wantErr, tt.want)
			}
		})
	}
}

func TestVerify_matchesEquivalentOrigins(t *testing.T) {
	s := newSigner(t)
	tests := []struct {
		name   string
		edit   func(*Message)
		expect func(*Expectation)
	}{
		{"explicit https scheme", func(m *Message) { m.Scheme = "https" }, nil},
		{"scheme and host in another case", func(m *Message) { m.Scheme = "HTTPS"; m.Domain = "Salus.Example" }, nil},
		{"default port written out", func(m *Message) { m.Domain = "salus.example:443"; m.URI = "https://salus.example:443/x" }, nil},
		{"URI with query and fragment", func(m *Message) { m.URI = "https://salus.example/login?next=/records#top" }, nil},
		{"URI exactly the expected path", func(m *Message) { m.URI = "https://salus.example/app" },
			func(e *Expectation) { e.URI = "https://salus.example/app/" }},
		{"URI below the expected path", func(m *Message) { m.URI = "https://salus.example/app/login" },
			func(e *Expectation) { e.URI = "https://salus.example/app" }},
		{"local development over http", func(m *Message) {
			m.Domain, m.URI = "localhost:3000", "http://localhost:3000/"
		}, func(e *Expectation) { e.Domain, e.URI = "localhost:3000", "http://localhost:3000" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := s.message("nonce12345678")
			tt.edit(m)
			expect := testExpectation()
			if tt.expect != nil {
				tt.expect(&expect)
			}
			msg := m.String()
			if _, err := Verify(msg, s.sign(t, msg), expect, t0); err != nil {
				t.Errorf("Verify: %v", err)
			}
		})
	}
}

func TestVerify_checksTimes(t *testing.T) {
	s := newSigner(t)
	exp := t0.Add(10 * time.Minute)
	skew := DefaultClockSkew
	tests := []struct {
		name    string
		edit    func(*Message)
		now     time.Time
		wantErr error // nil: accepted
	}{
		{"one nanosecond before expiry", func(m *Message) { m.ExpirationTime = &exp }, exp.Add(-time.Nanosecond), nil},
		{"exactly at expiry", func(m *Message) { m.ExpirationTime = &exp }, exp, ErrExpired},
		{"after expiry", func(m *Message) { m.ExpirationTime = &exp }, exp.Add(time.Hour), ErrExpired},
		{"not before now", func(m *Message) { m.NotBefore = &t0 }, t0, nil},
		{"not before within the skew", func(m *Message) { m.NotBefore = ptr(t0.Add(skew)) }, t0, nil},
		{"not before beyond the skew", func(m *Message) { m.NotBefore = ptr(t0.Add(skew + time.Nanosecond)) }, t0, ErrNotYetValid},
		{"issued within the skew", func(m *Message) { m.IssuedAt = t0.Add(skew) }, t0, nil},
		{"issued in the future", func(m *Message) { m.IssuedAt = t0.Add(skew + time.Second) }, t0, ErrNotYetValid},
		{"issued long ago", func(m *Message) { m.IssuedAt = t0.Add(-24 * time.Hour) }, t0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := s.message("nonce12345678")
			tt.edit(m)
			msg := m.String()
			_, err := Verify(msg, s.sign(t, msg), testExpectation(), tt.now)
			if tt.wantErr == nil && err != nil || !errors.Is(err, tt.wantErr) {
				t.Errorf("got %v, want %v", err, tt.wantErr)
			}
		})
	}

	t.Run("expired message names both times", func(t *testing.T) {
		m := s.message("nonce12345678")
		m.ExpirationTime = &exp
		msg := m.String()
		_, err := Verify(msg, s.sign(t, msg), testExpectation(), exp)
		want := "siwe: expired: message expired at 2025-03-01T12:10:00Z, server time is 2025-03-01T12:10:00Z; sign a new message"
		if err == nil || err.Error() != want {
			t.Errorf("got %v, want %s", err, want)
		}
	})
	t.Run("negative skew allows none", func(t *testing.T) {
		m := s.message("nonce12345678")
		m.IssuedAt = t0.Add(time.Nanosecond)
		msg := m.String()
		expect := testExpectation()
		expect.ClockSkew = -1
		if _, err := Verify(msg, s.sign(t, msg), expect, t0); !errors.Is(err, ErrNotYetValid) {
			t.Errorf("got %v, want ErrNotYetValid", err)
		}
	})
}

func TestVerify_consumesTheNonceOnlyAfterTheSignatureIsGood(t *testing.T) {
	s := newSigner(t)
	msg := s.message("nonce12345678").String()
	var consumed []string
	expect := testExpectation()
	expect.Nonce = ""
	expect.ConsumeNonce = func(n string) error { consumed = append(consumed, n); return nil }

	if _, err := Verify(msg, newSigner(t).sign(t, msg), expect, t0); !errors.Is(err, ErrSignature) {
		t.Fatalf("got %v, want ErrSignature", err)
	}
	if len(consumed) != 0 {
		t.Fatalf("a forged signature consumed nonces %v", consumed)
	}
	if _, err := Verify(msg, s.sign(t, msg), expect, t0); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if len(consumed) != 1 || consumed[0] != "nonce12345678" {
		t.Errorf("consumed %v, want [nonce12345678]", consumed)
	}

	refuse := errors.New("refused")
	expect.ConsumeNonce = func(string) error { return refuse }
	if _, err := Verify(msg, s.sign(t, msg), expect, t0); !errors.Is(err, refuse) {
		t.Errorf("got %v, want the callback's error", err)
	}
}

func TestVerify_refusesUnusableInput(t *testing.T) {
	s := newSigner(t)
	msg := s.message("nonce12345678").String()
	sig := s.sign(t, msg)

	noNonce := testExpectation()
	noNonce.Nonce = ""
	if _, err := Verify(msg, sig, noNonce, t0); !errors.Is(err, ErrConfig) {
		t.Errorf("no nonce check: got %v, want ErrConfig", err)
	}
	badURI := testExpectation()
	badURI.URI = "salus.example"
	if _, err := Verify(msg, sig, badURI, t0); !errors.Is(err, ErrConfig) {
		t.Errorf("URI without scheme: got %v, want ErrConfig", err)
	}
	huge := strings.Repeat("x", MaxMessageBytes+1)
	if _, err := Verify(huge, sig, testExpectation(), t0); !errors.Is(err, ErrInvalidMessage) {
		t.Errorf("huge message: got %v, want ErrInvalidMessage", err)
	}
	if _, err := Verify("hello", sig, testExpectation(), t0); !errors.Is(err, ErrInvalidMessage) {
		t.Errorf("not a SIWE message: got %v, want ErrInvalidMessage", err)
	}
}

func TestParseSignature(t *testing.T) {
	sig := make([]byte, 65)
	for i := range sig {
		sig[i] = byte(i)
	}
	h := hex.EncodeToString(sig)
	for _, in := range []string{"0x" + h, "0X" + h, h, "0x" + strings.ToUpper(h)} {
		got, err := ParseSignature(in)
		if err != nil || hex.EncodeToString(got) != h {
			t.Errorf("ParseSignature(%.8s...) = %x, %v", in, got, err)
		}
	}
	for _, tt := range []struct {
		in      string
		wantErr error
	}{
		{"", ErrSignature},
		{"0x", ErrSignature},
		{"0x" + h[:128], ErrSignature},
		{"0x" + h + "00", ErrContractWallet},
		{"0x" + h[:129], ErrSignature},
		{"0x" + h[:128] + "zz", ErrSignature},
		{"0x0x" + h[:126], ErrSignature},
	} {
		if _, err := ParseSignature(tt.in); !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseSignature(%q): got %v, want %v", tt.in, err, tt.wantErr)
		}
	}
}
