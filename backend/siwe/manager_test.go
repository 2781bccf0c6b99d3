package siwe

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable time source for [Config.Now].
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func testConfig(c *clock) Config {
	return Config{Domain: "salus.example", URI: "https://salus.example", ChainID: 1337, Now: c.Now}
}

func newTestManager(t testing.TB, cfg Config) *Manager {
	t.Helper()
	m, err := NewManager(cfg)
	if err != nil {
		t.Fatalf("NewManager: %v", err)
	}
	return m
}

// signedMessage is the text and signature a wallet sends to sign in with nonce.
func (s signer) signedMessage(t testing.TB, c *clock, nonce string) (string, []byte) {
	t.Helper()
	m := s.message(nonce)
	m.IssuedAt = c.Now()
	msg := m.String()
	return msg, s.sign(t, msg)
}

func issue(t testing.TB, m *Manager) string {
	t.Helper()
	nonce, _, err := m.NewNonce()
	if err != nil {
		t.Fatalf("NewNonce: %v", err)
	}
	return nonce
}

func TestManager_NewNonce(t *testing.T) {
	c := &clock{t: t0}
	m := newTestManager(t, testConfig(c))
	seen := map[string]bool{}
	for range 100 {
		nonce, expires, err := m.NewNonce()
		if err != nil {
			t.Fatal(err)
		}
		if len(nonce) != 32 || strings.Trim(nonce, "0123456789abcdef") != "" {
			t.Errorf("nonce %q is not 32 hex digits (128 bits)", nonce)
		}
		if seen[nonce] {
			t.Errorf("nonce %q issued twice", nonce)
		}
		seen[nonce] = true
		if !expires.Equal(t0.Add(DefaultNonceTTL)) {
			t.Errorf("expires %v, want %v", expires, t0.Add(DefaultNonceTTL))
		}
	}
}

func TestManager_SignIn(t *testing.T) {
	c := &clock{t: t0}
	m := newTestManager(t, testConfig(c))
	s := newSigner(t)

	t.Run("a fresh nonce signs in", func(t *testing.T) {
		msg, sig := s.signedMessage(t, c, issue(t, m))
		sess, err := m.SignIn(msg, sig)
		if err != nil {
			t.Fatalf("SignIn: %v", err)
		}
		if sess.Address != s.addr || !sess.ExpiresAt.Equal(t0.Add(DefaultSessionTTL)) || !strings.HasPrefix(sess.Token, TokenPrefix) {
			t.Errorf("got %+v", sess)
		}
		if addr, err := m.Authenticate(sess.Token); err != nil || addr != s.addr {
			t.Errorf("Authenticate: %v, %v; want %v", addr, err, s.addr)
		}
	})
	t.Run("the same message twice is refused", func(t *testing.T) {
		msg, sig := s.signedMessage(t, c, issue(t, m))
		if _, err := m.SignIn(msg, sig); err != nil {
			t.Fatalf("first SignIn: %v", err)
		}
		if _, err := m.SignIn(msg, sig); !errors.Is(err, ErrNonce) {
			t.Errorf("replay: got %v, want ErrNonce", err)
		}
	})
	t.Run("a used nonce is refused in a new, validly signed message", func(t *testing.T) {
		nonce := issue(t, m)
		msg, sig := s.signedMessage(t, c, nonce)
		if _, err := m.SignIn(msg, sig); err != nil {
			t.Fatalf("first SignIn: %v", err)
		}
		other := newSigner(t)
		msg, sig = other.signedMessage(t, c, nonce)
		if _, err := m.SignIn(msg, sig); !errors.Is(err, ErrNonce) {
			t.Errorf("got %v, want ErrNonce", err)
		}
	})
	t.Run("an unknown nonce is refused", func(t *testing.T) {
		msg, sig := s.signedMessage(t, c, "NotIssuedByUs123")
		_, err := m.SignIn(msg, sig)
		if !errors.Is(err, ErrNonce) || !strings.Contains(err.Error(), "request a new one") {
			t.Errorf("got %v, want ErrNonce", err)
		}
	})
	t.Run("a bad signature does not burn the nonce", func(t *testing.T) {
		nonce := issue(t, m)
		msg, _ := s.signedMessage(t, c, nonce)
		if _, err := m.SignIn(msg, newSigner(t).sign(t, msg)); !errors.Is(err, ErrSignature) {
			t.Fatalf("got %v, want ErrSignature", err)
		}
		if _, err := m.SignIn(msg, s.sign(t, msg)); err != nil {
			t.Errorf("SignIn after a forged attempt: %v", err)
		}
	})
	t.Run("a message for another chain is refused", func(t *testing.T) {
		msg := s.message(issue(t, m))
		msg.ChainID = 1
		if _, err := m.SignIn(msg.String(), s.sign(t, msg.String())); !errors.Is(err, ErrChainMismatch) {
			t.Errorf("got %v, want ErrChainMismatch", err)
		}
	})
}

func TestManager_nonceExpiry(t *testing.T) {
	c := &clock{t: t0}
	m := newTestManager(t, testConfig(c))
	s := newSigner(t)

	nonce := issue(t, m)
	c.Add(DefaultNonceTTL - time.Nanosecond)
	msg, sig := s.signedMessage(t, c, nonce)
	if _, err := m.SignIn(msg, sig); err != nil {
		t.Errorf("one nanosecond before the nonce expires: %v", err)
	}

	nonce = issue(t, m)
	c.Add(DefaultNonceTTL)
	msg, sig = s.signedMessage(t, c, nonce)
	_, err := m.SignIn(msg, sig)
	if !errors.Is(err, ErrNonce) || !strings.Contains(err.Error(), "expired") {
		t.Errorf("exactly when the nonce expires: got %v, want ErrNonce (expired)", err)
	}
}

func TestManager_pendingNoncesAreBounded(t *testing.T) {
	c := &clock{t: t0}
	cfg := testConfig(c)
	cfg.MaxPendingNonces = 3
	m := newTestManager(t, cfg)
	s := newSigner(t)

	nonces := []string{issue(t, m), issue(t, m), issue(t, m), issue(t, m)}
	msg, sig := s.signedMessage(t, c, nonces[0])
	if _, err := m.SignIn(msg, sig); !errors.Is(err, ErrNonce) {
		t.Errorf("oldest nonce: got %v, want ErrNonce (evicted)", err)
	}
	for _, n := range nonces[1:] {
		msg, sig := s.signedMessage(t, c, n)
		if _, err := m.SignIn(msg, sig); err != nil {
			t.Errorf("nonce %s: %v", n, err)
		}
	}
	if len(m.nonces) != 0 || m.order.Len() != 0 {
		t.Errorf("%d nonces, %d in order, want none", len(m.nonces), m.order.Len())
	}

	// Expired nonces are dropped when new ones are issued.
	issue(t, m)
	issue(t, m)
	c.Add(DefaultNonceTTL)
	issue(t, m)
	if len(m.nonces) != 1 || m.order.Len() != 1 {
		t.Errorf("%d nonces, %d in order, want 1", len(m.nonces), m.order.Len())
	}
}

func TestManager_sessions(t *testing.T) {
	c := &clock{t: t0}
	m := newTestManager(t, testConfig(c))
	s := newSigner(t)
	signIn := func(t *testing.T, m *Manager) Session {
		t.Helper()
		msg, sig := s.signedMessage(t, c, issue(t, m))
		sess, err := m.SignIn(msg, sig)
		if err != nil {
			t.Fatalf("SignIn: %v", err)
		}
		return sess
	}

	t.Run("valid until expiry and not at it", func(t *testing.T) {
		c := &clock{t: t0}
		cfg := testConfig(c)
		m := newTestManager(t, cfg)
		msg, sig := s.signedMessage(t, c, issue(t, m))
		sess, err := m.SignIn(msg, sig)
		if err != nil {
			t.Fatal(err)
		}
		c.Add(DefaultSessionTTL - time.Nanosecond)
		if _, err := m.Authenticate(sess.Token); err != nil {
			t.Errorf("one nanosecond before expiry: %v", err)
		}
		c.Add(time.Nanosecond)
		if _, err := m.Authenticate(sess.Token); !errors.Is(err, ErrInvalidToken) || !errors.Is(err, ErrExpired) {
			t.Errorf("at expiry: got %v, want ErrInvalidToken and ErrExpired", err)
		}
	})
	t.Run("never outlives the message's expiration time", func(t *testing.T) {
		msg := s.message(issue(t, m))
		msg.IssuedAt = c.Now()
		msg.ExpirationTime = ptr(c.Now().Add(time.Minute))
		sess, err := m.SignIn(msg.String(), s.sign(t, msg.String()))
		if err != nil {
			t.Fatal(err)
		}
		if !sess.ExpiresAt.Equal(*msg.ExpirationTime) {
			t.Errorf("session expires at %v, want the message's %v", sess.ExpiresAt, msg.ExpirationTime)
		}
	})
	t.Run("a tampered token is refused", func(t *testing.T) {
		tok := signIn(t, m).Token
		for i := len(TokenPrefix); i < len(tok); i++ {
			b := []byte(tok)
			b[i] ^= 1 // another base64url character, or an invalid one
			if _, err := m.Authenticate(string(b)); !errors.Is(err, ErrInvalidToken) {
				t.Fatalf("token changed at %d: got %v, want ErrInvalidToken", i, err)
			}
		}
		for _, bad := range []string{"", TokenPrefix, tok[:len(tok)-1], tok + "A", strings.TrimPrefix(tok, TokenPrefix), "salus_" + tok[len(TokenPrefix):]} {
			if _, err := m.Authenticate(bad); !errors.Is(err, ErrInvalidToken) {
				t.Errorf("Authenticate(%q): got %v, want ErrInvalidToken", bad, err)
			}
		}
	})
	t.Run("sign out revokes only that token", func(t *testing.T) {
		a, b := signIn(t, m), signIn(t, m)
		m.SignOut(a.Token)
		if _, err := m.Authenticate(a.Token); !errors.Is(err, ErrRevoked) || !errors.Is(err, ErrInvalidToken) {
			t.Errorf("signed-out token: got %v, want ErrRevoked", err)
		}
		if _, err := m.Authenticate(b.Token); err != nil {
			t.Errorf("other token: %v", err)
		}
		m.SignOut("garbage") // ignored
	})
	t.Run("a token from another manager's key is refused", func(t *testing.T) {
		other := newTestManager(t, testConfig(c))
		tok := signIn(t, other).Token
		if _, err := m.Authenticate(tok); !errors.Is(err, ErrInvalidToken) {
			t.Errorf("got %v, want ErrInvalidToken", err)
		}
	})
	t.Run("managers sharing a key accept each other's tokens", func(t *testing.T) {
		cfg := testConfig(c)
		cfg.TokenKey = []byte(strings.Repeat("k", MinTokenKeyBytes))
		one, two := newTestManager(t, cfg), newTestManager(t, cfg)
		sess := signIn(t, one)
		if addr, err := two.Authenticate(sess.Token); err != nil || addr != s.addr {
			t.Errorf("got %v, %v", addr, err)
		}
	})
}

func TestManager_revocationsAreForgottenAfterExpiry(t *testing.T) {
	c := &clock{t: t0}
	m := newTestManager(t, testConfig(c))
	s := newSigner(t)
	for range minSweep - 1 {
		msg, sig := s.signedMessage(t, c, issue(t, m))
		sess, err := m.SignIn(msg, sig)
		if err != nil {
			t.Fatal(err)
		}
		m.SignOut(sess.Token)
	}
	c.Add(DefaultSessionTTL)
	msg, sig := s.signedMessage(t, c, issue(t, m))
	sess, err := m.SignIn(msg, sig)
	if err != nil {
		t.Fatal(err)
	}
	m.SignOut(sess.Token) // reaches minSweep and sweeps
	if len(m.revoked) != 1 {
		t.Errorf("%d revocations kept, want 1", len(m.revoked))
	}
	if _, err := m.Authenticate(sess.Token); !errors.Is(err, ErrRevoked) {
		t.Errorf("got %v, want ErrRevoked", err)
	}
}

func TestManager_concurrentSignIns(t *testing.T) {
	c := &clock{t: t0}
	m := newTestManager(t, testConfig(c))

	t.Run("distinct nonces all succeed", func(t *testing.T) {
		const n = 32
		errs := make(chan error, n)
		var wg sync.WaitGroup
		for range n {
			s := newSigner(t)
			msg, sig := s.signedMessage(t, c, issue(t, m))
			wg.Go(func() {
				sess, err := m.SignIn(msg, sig)
				if err == nil {
					_, err = m.Authenticate(sess.Token)
				}
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Error(err)
			}
		}
	})
	t.Run("one nonce used twice at once succeeds once", func(t *testing.T) {
		for range 20 {
			nonce := issue(t, m)
			a, b := newSigner(t), newSigner(t)
			msgA, sigA := a.signedMessage(t, c, nonce)
			msgB, sigB := b.signedMessage(t, c, nonce)
			errs := make([]error, 2)
			var wg sync.WaitGroup
			wg.Go(func() { _, errs[0] = m.SignIn(msgA, sigA) })
			wg.Go(func() { _, errs[1] = m.SignIn(msgB, sigB) })
			wg.Wait()
			if (errs[0] == nil) == (errs[1] == nil) {
				t.Fatalf("want exactly one success, got %v and %v", errs[0], errs[1])
			}
			for _, err := range errs {
				if err != nil && !errors.Is(err, ErrNonce) {
					t.Errorf("loser: got %v, want ErrNonce", err)
				}
			}
		}
	})
}

func TestConfig_Check(t *testing.T) {
	c := &clock{t: t0}
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no domain", func(cfg *Config) { cfg.Domain = "" }, "has no host"},
		{"domain with a path", func(cfg *Config) { cfg.Domain = "salus.example/app" }, "not allowed"},
		{"no URI", func(cfg *Config) { cfg.URI = "" }, "no scheme"},
		{"URI without authority", func(cfg *Config) { cfg.URI = "urn:salus" }, "has no authority"},
		{"no chain", func(cfg *Config) { cfg.ChainID = 0 }, "chain ID is not set"},
		{"negative TTL", func(cfg *Config) { cfg.SessionTTL = -time.Second }, "must not be negative"},
		{"negative bound", func(cfg *Config) { cfg.MaxPendingNonces = -1 }, "must not be negative"},
		{"short key", func(cfg *Config) { cfg.TokenKey = make([]byte, 16) }, "token key is 16 bytes"},
		{"statement with a line break", func(cfg *Config) { cfg.Statement = "Sign in\nnow" }, "statement has '\\n'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(c)
			tt.edit(&cfg)
			_, err := NewManager(cfg)
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want ErrConfig containing %q", err, tt.want)
			}
		})
	}
}

func TestManager_Challenge(t *testing.T) {
	c := &clock{t: t0}
	cfg := testConfig(c)
	cfg.Statement = "Sign in to Salus."
	m := newTestManager(t, cfg)
	ch, err := m.Challenge()
	if err != nil {
		t.Fatal(err)
	}
	if ch.Domain != cfg.Domain || ch.URI != cfg.URI || ch.ChainID != cfg.ChainID || ch.Statement != cfg.Statement ||
		len(ch.Nonce) != 32 || !ch.ExpiresAt.Equal(t0.Add(DefaultNonceTTL)) {
		t.Errorf("got %+v", ch)
	}
}
