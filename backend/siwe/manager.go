package siwe

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sync"
	"time"
)

// Defaults of [Config].
const (
	// DefaultNonceTTL is how long a nonce can be used.
	DefaultNonceTTL = 5 * time.Minute
	// DefaultSessionTTL is how long a session lasts.
	DefaultSessionTTL = 15 * time.Minute
	// DefaultMaxPendingNonces bounds the memory pending nonces take (about 100 bytes
	// each).
	DefaultMaxPendingNonces = 100_000
	// MinTokenKeyBytes is the shortest [Config.TokenKey] accepted.
	MinTokenKeyBytes = 32
	// nonceBytes of randomness make a nonce: 128 bits, written as 32 hex digits.
	nonceBytes = 16
)

// Config configures a [Manager]. Zero durations and limits take the defaults.
type Config struct {
	// Domain is this server's RFC 3986 authority, see [Expectation.Domain].
	Domain string
	// URI is this server's origin, optionally with a path, see [Expectation.URI].
	URI string
	// ChainID is the chain sessions are bound to.
	ChainID uint64
	// Statement is the statement [Manager.Challenge] suggests to clients; it is not
	// enforced.
	Statement string
	// NonceTTL is how long an issued nonce can be used; default [DefaultNonceTTL].
	NonceTTL time.Duration
	// SessionTTL is how long a session lasts; default [DefaultSessionTTL]. A session
	// never outlives the message's Expiration Time.
	SessionTTL time.Duration
	// MaxPendingNonces bounds the nonces issued and not yet used or expired; past it
	// the oldest are forgotten. Default [DefaultMaxPendingNonces].
	MaxPendingNonces int
	// ClockSkew is how far a message's Issued At and Not Before may lie ahead of the
	// server's clock, see [Expectation.ClockSkew].
	ClockSkew time.Duration
	// TokenKey, when set, is the HMAC-SHA256 key that signs session tokens, at least
	// [MinTokenKeyBytes] long; processes given the same key accept each other's
	// tokens (but not each other's sign-outs). When nil a random key is made, so
	// tokens die with the process.
	TokenKey []byte
	// Now returns the current time; default time.Now. Tests set it.
	Now func() time.Time
}

// Check reports whether the configuration is usable. Errors wrap [ErrConfig].
func (c Config) Check() error {
	if err := checkAuthority(c.Domain, true); err != nil {
		return fmt.Errorf("%w: domain %q %v", ErrConfig, c.Domain, err)
	}
	if err := checkURI(c.URI); err != nil {
		return fmt.Errorf("%w: uri: %v", ErrConfig, err)
	}
	if _, _, _, ok := splitURI(c.URI); !ok {
		return fmt.Errorf("%w: uri %q has no authority; give this server's origin, e.g. https://salus.example", ErrConfig, c.URI)
	}
	switch {
	case c.ChainID == 0:
		return fmt.Errorf("%w: chain ID is not set", ErrConfig)
	case c.NonceTTL < 0 || c.SessionTTL < 0:
		return fmt.Errorf("%w: nonce and session lifetimes must not be negative", ErrConfig)
	case c.MaxPendingNonces < 0:
		return fmt.Errorf("%w: max pending nonces must not be negative", ErrConfig)
	case c.TokenKey != nil && len(c.TokenKey) < MinTokenKeyBytes:
		return fmt.Errorf("%w: token key is %d bytes, at least %d are required", ErrConfig, len(c.TokenKey), MinTokenKeyBytes)
	}
	if err := checkStatement(c.Statement); err != nil {
		return fmt.Errorf("%w: statement %v", ErrConfig, err)
	}
	return nil
}

// Manager issues nonces, signs wallets in and authenticates their session tokens.
// It is safe for concurrent use. Its state (pending nonces, revoked tokens) lives in
// memory and is lost with it; it runs no goroutine.
type Manager struct {
	cfg Config // defaults filled in
	key []byte

	mu      sync.Mutex
	nonces  map[string]*list.Element // of *pendingNonce
	order   *list.List               // oldest first
	revoked map[tokenID]time.Time    // until the token's expiry
	sweepAt int                      // size of revoked that triggers a sweep
}

type pendingNonce struct {
	nonce   string
	expires time.Time
}

// NewManager checks cfg and returns a Manager.
func NewManager(cfg Config) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.NonceTTL == 0 {
		cfg.NonceTTL = DefaultNonceTTL
	}
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.MaxPendingNonces == 0 {
		cfg.MaxPendingNonces = DefaultMaxPendingNonces
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	key := append([]byte(nil), cfg.TokenKey...)
	if cfg.TokenKey == nil {
		key = make([]byte, MinTokenKeyBytes)
		if _, err := rand.Read(key); err != nil {
			return nil, fmt.Errorf("siwe: make token key: %w", err)
		}
	}
	cfg.TokenKey = nil
	return &Manager{
		cfg:     cfg,
		key:     key,
		nonces:  make(map[string]*list.Element),
		order:   list.New(),
		revoked: make(map[tokenID]time.Time),
		sweepAt: minSweep,
	}, nil
}

// NewNonce issues a single-use nonce of 128 random bits, written as 32 hexadecimal
// digits, and returns it with the time it expires.
func (m *Manager) NewNonce() (string, time.Time, error) {
	b := make([]byte, nonceBytes)
	if _, err := rand.Read(b); err != nil {
		return "", time.Time{}, fmt.Errorf("siwe: make nonce: %w", err)
	}
	nonce := hex.EncodeToString(b)
	now := m.cfg.Now()
	expires := now.Add(m.cfg.NonceTTL)

	m.mu.Lock()
	defer m.mu.Unlock()
	for e := m.order.Front(); e != nil && !now.Before(e.Value.(*pendingNonce).expires); e = m.order.Front() {
		m.forget(e)
	}
	for m.order.Len() >= m.cfg.MaxPendingNonces {
		m.forget(m.order.Front())
	}
	m.nonces[nonce] = m.order.PushBack(&pendingNonce{nonce: nonce, expires: expires})
	return nonce, expires, nil
}

// forget drops a pending nonce; m.mu must be held.
func (m *Manager) forget(e *list.Element) {
	delete(m.nonces, m.order.Remove(e).(*pendingNonce).nonce)
}

// consumeNonce accepts a pending, unexpired nonce once.
func (m *Manager) consumeNonce(nonce string, now time.Time) error {
	m.mu.Lock()
	e, ok := m.nonces[nonce]
	if ok {
		m.forget(e)
	}
	m.mu.Unlock()
	if !ok {
		return fmt.Errorf("%w: nonce %s was not issued by this server, was already used, or was dropped; request a new one", ErrNonce, nonce)
	}
	if expires := e.Value.(*pendingNonce).expires; !now.Before(expires) {
		return fmt.Errorf("%w: nonce %s expired at %s; request a new one", ErrNonce, nonce, expires.Format(time.RFC3339))
	}
	return nil
}

// Challenge is what a client needs to compose the message to sign: the message's
// Nonce, Domain, URI and Chain ID must be these, and its Statement may be.
type Challenge struct {
	Nonce     string
	ExpiresAt time.Time // when Nonce expires
	Domain    string
	URI       string
	ChainID   uint64
	Statement string // suggested, not enforced
}

// Challenge issues a nonce, see [Manager.NewNonce], and returns it with the values
// the message must carry.
func (m *Manager) Challenge() (Challenge, error) {
	nonce, expires, err := m.NewNonce()
	if err != nil {
		return Challenge{}, err
	}
	return Challenge{
		Nonce: nonce, ExpiresAt: expires,
		Domain: m.cfg.Domain, URI: m.cfg.URI, ChainID: m.cfg.ChainID, Statement: m.cfg.Statement,
	}, nil
}

// SignIn verifies a signed message, see [Verify], against this manager's domain,
// URI and chain, consumes its nonce, and starts a session for its address. A nonce
// is consumed only by a message whose signature is valid, and only once: a second
// sign-in with it fails with [ErrNonce] even if its signature is valid. signature is
// the 65-byte r‖s‖v of personal_sign; see [ParseSignature].
func (m *Manager) SignIn(message string, signature []byte) (Session, error) {
	now := m.cfg.Now()
	msg, err := Verify(message, signature, Expectation{
		Domain:       m.cfg.Domain,
		URI:          m.cfg.URI,
		ChainID:      m.cfg.ChainID,
		ConsumeNonce: func(nonce string) error { return m.consumeNonce(nonce, now) },
		ClockSkew:    m.cfg.ClockSkew,
	}, now)
	if err != nil {
		return Session{}, err
	}
	expires := now.Add(m.cfg.SessionTTL)
	if msg.ExpirationTime != nil && msg.ExpirationTime.Before(expires) {
		expires = *msg.ExpirationTime
	}
	return m.newSession(msg.Address, expires)
}
