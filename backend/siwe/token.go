package siwe

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TokenPrefix starts every session token, so secret scanners can recognise one.
// A token is
//
//	siwe_<base64url without padding of: payload ‖ HMAC-SHA256(key, label ‖ payload)>
//
// where payload is version (1 byte, 1) ‖ address (20) ‖ expiry in Unix nanoseconds
// (8, big-endian) ‖ random id (16). The token is self-contained: a manager needs its
// key, not a table of sessions, to authenticate it; only revocations are kept.
const TokenPrefix = "siwe_"

const (
	tokenVersion    = 1
	tokenLabel      = "salus siwe session v1\x00"
	tokenIDBytes    = 16
	tokenPayloadLen = 1 + common.AddressLength + 8 + tokenIDBytes
	tokenRawLen     = tokenPayloadLen + sha256.Size
	minSweep        = 1024
)

var tokenEncoding = base64.RawURLEncoding.Strict()

// tokenLen is the length of every token this package issues.
var tokenLen = len(TokenPrefix) + tokenEncoding.EncodedLen(tokenRawLen)

// tokenID is the random id that names a session for revocation.
type tokenID [tokenIDBytes]byte

// Session is a signed-in wallet.
type Session struct {
	// Token is the bearer token to present to [Manager.Authenticate]. It is a secret.
	Token string
	// Address is the account that signed in.
	Address common.Address
	// ExpiresAt is when the token stops being accepted.
	ExpiresAt time.Time
}

// newSession issues a token for address valid until expires.
func (m *Manager) newSession(address common.Address, expires time.Time) (Session, error) {
	expires = time.Unix(0, expires.UnixNano()).UTC() // what the token can hold
	raw := make([]byte, tokenPayloadLen, tokenRawLen)
	raw[0] = tokenVersion
	copy(raw[1:], address[:])
	binary.BigEndian.PutUint64(raw[1+common.AddressLength:], uint64(expires.UnixNano()))
	if _, err := rand.Read(raw[1+common.AddressLength+8:]); err != nil {
		return Session{}, fmt.Errorf("siwe: make session id: %w", err)
	}
	raw = append(raw, m.mac(raw)...)
	return Session{
		Token:     TokenPrefix + tokenEncoding.EncodeToString(raw),
		Address:   address,
		ExpiresAt: expires,
	}, nil
}

func (m *Manager) mac(payload []byte) []byte {
	h := hmac.New(sha256.New, m.key)
	h.Write([]byte(tokenLabel))
	h.Write(payload)
	return h.Sum(nil)
}

// tokenClaims is what a token with a valid MAC says.
type tokenClaims struct {
	address common.Address
	expires time.Time
	id      tokenID
}

// decodeToken checks a token's form and MAC, not its expiry or revocation.
func (m *Manager) decodeToken(token string) (tokenClaims, error) {
	body, found := strings.CutPrefix(token, TokenPrefix)
	if !found || len(token) != tokenLen {
		return tokenClaims{}, fmt.Errorf("%w: not a session token of this server", ErrInvalidToken)
	}
	raw, err := tokenEncoding.DecodeString(body)
	if err != nil || len(raw) != tokenRawLen {
		return tokenClaims{}, fmt.Errorf("%w: malformed session token", ErrInvalidToken)
	}
	payload, sum := raw[:tokenPayloadLen], raw[tokenPayloadLen:]
	if !hmac.Equal(sum, m.mac(payload)) {
		return tokenClaims{}, fmt.Errorf("%w: session token was not issued by this server or was altered", ErrInvalidToken)
	}
	if payload[0] != tokenVersion {
		return tokenClaims{}, fmt.Errorf("%w: session token version %d is not supported", ErrInvalidToken, payload[0])
	}
	var c tokenClaims
	copy(c.address[:], payload[1:])
	c.expires = time.Unix(0, int64(binary.BigEndian.Uint64(payload[1+common.AddressLength:]))).UTC()
	copy(c.id[:], payload[1+common.AddressLength+8:])
	return c, nil
}

// Authenticate returns the address a session token was issued to. It fails with
// [ErrInvalidToken] for a malformed or altered token, one signed with another key,
// and (also wrapping [ErrExpired] or [ErrRevoked]) for an expired or signed-out one.
// A token is valid strictly before its expiry.
func (m *Manager) Authenticate(token string) (common.Address, error) {
	c, err := m.decodeToken(token)
	if err != nil {
		return common.Address{}, err
	}
	if now := m.cfg.Now(); !now.Before(c.expires) {
		return common.Address{}, fmt.Errorf("%w: %w: session expired at %s; sign in again", ErrInvalidToken, ErrExpired, c.expires.Format(time.RFC3339))
	}
	m.mu.Lock()
	_, revoked := m.revoked[c.id]
	m.mu.Unlock()
	if revoked {
		return common.Address{}, fmt.Errorf("%w: %w: session was signed out; sign in again", ErrInvalidToken, ErrRevoked)
	}
	return c.address, nil
}

// SignOut revokes a session token until it expires. Invalid and expired tokens are
// ignored. A revocation is kept in memory (a few dozen bytes) until the token
// expires, and by this manager only: another process sharing [Config.TokenKey]
// still accepts the token until it expires.
func (m *Manager) SignOut(token string) {
	c, err := m.decodeToken(token)
	if err != nil {
		return
	}
	now := m.cfg.Now()
	if !now.Before(c.expires) {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.revoked[c.id] = c.expires
	if len(m.revoked) >= m.sweepAt {
		for id, expires := range m.revoked {
			if !now.Before(expires) {
				delete(m.revoked, id)
			}
		}
		m.sweepAt = max(2*len(m.revoked), minSweep)
	}
}
