// Package auth issues and checks the API credentials of institutions.
//
// An institution (hospital, pharmacy, insurer, regulator, ...) calls the REST API with
// a bearer token of the form
//
//	salus_<id>_<secret>
//
// where <id> is 16 lowercase hex characters naming the credential and <secret> is 32
// random bytes written as 64 lowercase hex characters. The token is shown once, when
// the credential is created. A [Store] keeps only the SHA-256 digest of the secret,
// together with the principal the token stands for, in a JSON file readable by its
// owner only (mode 0600), so a copy of the file does not let anyone call the API.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// Errors returned by this package; check them with [errors.Is].
var (
	// ErrInvalidToken is returned by [Store.Authenticate] for a token that is malformed,
	// unknown, revoked or whose secret does not match. The cases are deliberately not
	// told apart.
	ErrInvalidToken = errors.New("auth: invalid token")
	// ErrNotFound is returned by [Store.Revoke] when no credential has the given id.
	ErrNotFound = errors.New("auth: credential not found")
	// ErrInvalidCredential is returned by [Store.Create] for an unusable name or account.
	ErrInvalidCredential = errors.New("auth: invalid credential")
)

const (
	// TokenPrefix starts every token; it lets secret scanners recognise leaked tokens.
	TokenPrefix = "salus_"
	idBytes     = 8  // 16 hex characters
	secretBytes = 32 // 64 hex characters
	// MaxNameLen is the longest accepted credential name, in bytes.
	MaxNameLen = 200
)

// Principal is the institution a valid token stands for.
type Principal struct {
	// ID is the credential id (the <id> part of the token); it is safe to log.
	ID string
	// Name is the human name given when the credential was created.
	Name string
	// Account is the institution's on-chain account; writes are sent on its behalf.
	Account common.Address
}

// Credential describes a stored credential. It never contains the secret or its digest.
type Credential struct {
	ID        string
	Name      string
	Account   common.Address
	CreatedAt time.Time
}

// Principal returns the principal this credential authenticates as.
func (c Credential) Principal() Principal {
	return Principal{ID: c.ID, Name: c.Name, Account: c.Account}
}

// parseToken splits a token into its id and the raw secret bytes.
// It accepts exactly the form produced by [Store.Create].
func parseToken(token string) (id string, secret []byte, ok bool) {
	rest, found := strings.CutPrefix(token, TokenPrefix)
	if !found {
		return "", nil, false
	}
	id, sec, found := strings.Cut(rest, "_")
	if !found || len(id) != 2*idBytes || len(sec) != 2*secretBytes {
		return "", nil, false
	}
	if !isLowerHex(id) || !isLowerHex(sec) {
		return "", nil, false
	}
	secret, err := hex.DecodeString(sec)
	if err != nil {
		return "", nil, false
	}
	return id, secret, true
}

func isLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// formatToken is the inverse of parseToken.
func formatToken(id string, secret []byte) string {
	return TokenPrefix + id + "_" + hex.EncodeToString(secret)
}

// newSecret returns a fresh credential id, secret and the secret's digest.
func newSecret() (id string, secret []byte, digest [sha256.Size]byte, err error) {
	buf := make([]byte, idBytes+secretBytes)
	if _, err := rand.Read(buf); err != nil {
		return "", nil, digest, fmt.Errorf("read random: %w", err)
	}
	id = hex.EncodeToString(buf[:idBytes])
	secret = buf[idBytes:]
	return id, secret, sha256.Sum256(secret), nil
}

// digestEqual compares two digests in constant time.
func digestEqual(a, b [sha256.Size]byte) bool {
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// checkName reports whether name is usable as a credential name.
func checkName(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return fmt.Errorf("%w: name is empty", ErrInvalidCredential)
	case len(name) > MaxNameLen:
		return fmt.Errorf("%w: name is longer than %d bytes", ErrInvalidCredential, MaxNameLen)
	case !utf8.ValidString(name):
		return fmt.Errorf("%w: name is not valid UTF-8", ErrInvalidCredential)
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return fmt.Errorf("%w: name contains control characters", ErrInvalidCredential)
	}
	return nil
}
