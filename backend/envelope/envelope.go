package envelope

import (
	"crypto/rand"
	"errors"
	"fmt"
)

// KeySize is the size in bytes of a data key (AES-256).
const KeySize = 32

// Format names the ciphertext and key-wrapping format this package writes,
// for callers that record it beside a ciphertext or a wrapped key.
const Format = "salus-envelope-v1"

// Errors returned by this package, wrapped with details; test with errors.Is.
var (
	// ErrAuth means a ciphertext or wrapped key failed authentication: it
	// was modified, truncated, extended, reordered, belongs to another
	// stream or record, or the key or associated data is not the one it
	// was made with.
	ErrAuth = errors.New("envelope: authentication failed")
	// ErrFormat means input is not in a format this package reads: bad
	// magic, unsupported version, chunk size out of bounds, short header,
	// wrong wrapped-key length or version, more than 2^32 chunks, or an
	// empty final chunk after others (which NewWriter never writes).
	ErrFormat = errors.New("envelope: invalid format")
	// ErrInvalidKey means a data key, public key or private key is unusable:
	// wrong length or encoding, not a valid point or scalar of secp256k1,
	// or a key of another curve.
	ErrInvalidKey = errors.New("envelope: invalid key")
)

// NewDataKey returns a fresh random data key of KeySize bytes from
// crypto/rand. Use a new one for every record version.
func NewDataKey() ([]byte, error) {
	key := make([]byte, KeySize)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("envelope: draw data key: %w", err)
	}
	return key, nil
}

// checkDataKey reports whether key has the size of a data key.
func checkDataKey(key []byte) error {
	if len(key) != KeySize {
		return fmt.Errorf("%w: data key is %d bytes, want %d", ErrInvalidKey, len(key), KeySize)
	}
	return nil
}
