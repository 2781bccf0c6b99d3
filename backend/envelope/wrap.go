package envelope

import (
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// Wrapped key format constants; see the package documentation.
const (
	wrapVersion1 = 1
	// wrapInfo is the ECIES KDF shared information (s1).
	wrapInfo = "salus envelope v1 key wrap"
	// eciesOverhead is what go-ethereum's ECIES adds to a message on
	// secp256k1 with ECIES_AES128_SHA256: ephemeral key, IV and HMAC tag.
	eciesOverhead = 65 + 16 + 32
	// pubKeySize is the size of a public key as X‖Y.
	pubKeySize = 64
)

// WrappedKeySize is the size in bytes of a data key wrapped by Wrap (146):
// a version byte and the ECIES ciphertext.
const WrappedKeySize = 1 + eciesOverhead + KeySize

// ParsePublicKey parses a secp256k1 encryption key as the Registry stores it,
// 64 bytes X‖Y, or in the 65-byte uncompressed form 0x04‖X‖Y. It fails with
// an error wrapping ErrInvalidKey if the length or prefix is wrong, a
// coordinate is not below the field prime, or the point is not on the curve
// (the point at infinity included).
func ParsePublicKey(b []byte) (*ecdsa.PublicKey, error) {
	switch {
	case len(b) == pubKeySize:
	case len(b) == pubKeySize+1 && b[0] == 4:
		b = b[1:]
	case len(b) == pubKeySize+1:
		return nil, fmt.Errorf("%w: 65-byte public key starts with 0x%02x, want 0x04 (uncompressed)", ErrInvalidKey, b[0])
	default:
		return nil, fmt.Errorf("%w: public key is %d bytes, want 64 (X‖Y) or 65 (0x04‖X‖Y)", ErrInvalidKey, len(b))
	}
	pub := &ecdsa.PublicKey{
		Curve: crypto.S256(),
		X:     new(big.Int).SetBytes(b[:32]),
		Y:     new(big.Int).SetBytes(b[32:]),
	}
	if err := checkPublicKey(pub); err != nil {
		return nil, err
	}
	return pub, nil
}

// checkPublicKey reports whether pub is a point of secp256k1 other than the
// point at infinity, with coordinates in canonical range.
func checkPublicKey(pub *ecdsa.PublicKey) error {
	if pub == nil || pub.X == nil || pub.Y == nil {
		return fmt.Errorf("%w: no public key", ErrInvalidKey)
	}
	curve := crypto.S256()
	if pub.Curve != curve {
		return fmt.Errorf("%w: public key is not on secp256k1", ErrInvalidKey)
	}
	if pub.X.Sign() == 0 && pub.Y.Sign() == 0 {
		return fmt.Errorf("%w: public key is the point at infinity", ErrInvalidKey)
	}
	p := curve.Params().P
	if pub.X.Sign() < 0 || pub.Y.Sign() < 0 || pub.X.Cmp(p) >= 0 || pub.Y.Cmp(p) >= 0 {
		return fmt.Errorf("%w: public key coordinate out of range", ErrInvalidKey)
	}
	if !curve.IsOnCurve(pub.X, pub.Y) {
		return fmt.Errorf("%w: public key is not a point of secp256k1", ErrInvalidKey)
	}
	return nil
}

// checkPrivateKey reports whether priv is a secp256k1 private key with a
// scalar in [1, n-1].
func checkPrivateKey(priv *ecdsa.PrivateKey) error {
	if priv == nil || priv.D == nil {
		return fmt.Errorf("%w: no private key", ErrInvalidKey)
	}
	curve := crypto.S256()
	if priv.Curve != curve {
		return fmt.Errorf("%w: private key is not a secp256k1 key", ErrInvalidKey)
	}
	if priv.D.Sign() <= 0 || priv.D.Cmp(curve.Params().N) >= 0 {
		return fmt.Errorf("%w: private key scalar out of range", ErrInvalidKey)
	}
	return nil
}

// Wrap encrypts dataKey (KeySize bytes) to pub, a secp256k1 key such as one
// returned by ParsePublicKey, with go-ethereum's ECIES
// (ECIES_AES128_SHA256), and returns WrappedKeySize bytes. associatedData
// is authenticated by the ECIES MAC: Unwrap succeeds only with the same
// bytes, so bind the record (patient, category, version) there and a
// wrapped key cannot be moved to another record. Each call draws a fresh
// ephemeral key, so wrapping the same key twice gives different results.
func Wrap(pub *ecdsa.PublicKey, dataKey, associatedData []byte) ([]byte, error) {
	if err := checkDataKey(dataKey); err != nil {
		return nil, err
	}
	if err := checkPublicKey(pub); err != nil {
		return nil, err
	}
	return wrap(rand.Reader, pub, dataKey, associatedData)
}

// wrap is Wrap with a chosen source of randomness, after the checks.
func wrap(rnd io.Reader, pub *ecdsa.PublicKey, dataKey, associatedData []byte) ([]byte, error) {
	epub := ecies.ImportECDSAPublic(pub)
	epub.Params = ecies.ECIES_AES128_SHA256 // pinned: the format depends on it
	ct, err := ecies.Encrypt(rnd, epub, dataKey, []byte(wrapInfo), associatedData)
	if err != nil {
		return nil, fmt.Errorf("envelope: wrap data key: %w", err)
	}
	if len(ct) != WrappedKeySize-1 {
		return nil, fmt.Errorf("envelope: wrap data key: ecies output is %d bytes, want %d", len(ct), WrappedKeySize-1)
	}
	wrapped := make([]byte, 0, WrappedKeySize)
	wrapped = append(wrapped, wrapVersion1)
	return append(wrapped, ct...), nil
}

// Unwrap decrypts a data key wrapped by Wrap with the recipient's private
// key and the associated data given to Wrap. It fails with an error wrapping
// ErrFormat if wrapped has the wrong length or version, ErrAuth if it was
// made for another key or other associated data or was modified, and
// ErrInvalidKey if priv is not a valid secp256k1 key.
func Unwrap(priv *ecdsa.PrivateKey, wrapped, associatedData []byte) ([]byte, error) {
	if len(wrapped) != WrappedKeySize {
		return nil, fmt.Errorf("%w: wrapped key is %d bytes, want %d", ErrFormat, len(wrapped), WrappedKeySize)
	}
	if wrapped[0] != wrapVersion1 {
		return nil, fmt.Errorf("%w: unsupported wrapped key version %d", ErrFormat, wrapped[0])
	}
	if err := checkPrivateKey(priv); err != nil {
		return nil, err
	}
	eprv := ecies.ImportECDSA(priv)
	eprv.PublicKey.Params = ecies.ECIES_AES128_SHA256
	key, err := eprv.Decrypt(wrapped[1:], []byte(wrapInfo), associatedData)
	if err != nil {
		return nil, fmt.Errorf("%w: unwrap data key: %w", ErrAuth, err)
	}
	if len(key) != KeySize { // cannot happen given the fixed length
		return nil, fmt.Errorf("%w: unwrapped key is %d bytes, want %d", ErrFormat, len(key), KeySize)
	}
	return key, nil
}
