package siwe

import (
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// DefaultClockSkew is how far Issued At and Not Before may lie ahead of the
	// server's clock when [Expectation.ClockSkew] is zero: wallets stamp messages
	// with the device's clock, which is often a little off.
	DefaultClockSkew = time.Minute
	// MaxMessageBytes is the longest message [Verify] accepts.
	MaxMessageBytes = 16 << 10
	// SignatureLength is the length of an externally owned account's signature:
	// r (32 bytes), s (32 bytes), v (1 byte).
	SignatureLength = 65
)

// Expectation is what the relying party requires of a message.
type Expectation struct {
	// Domain is this server's RFC 3986 authority, e.g. "salus.example" or
	// "localhost:3000". The message's domain must name the same host (compared
	// case-insensitively), userinfo and port, an absent port standing for the
	// scheme's default (443 for https, 80 for http).
	Domain string
	// URI is this server's origin, optionally with a path, e.g.
	// "https://salus.example" or "https://salus.example/app". Its scheme is also the
	// scheme the domain is served on: a message stating another scheme is refused
	// (one stating none is accepted, as wallets assume https). The message's URI
	// matches when it has the same scheme, userinfo, host and port and its path is
	// URI's path or lies below it ("/app" matches "/app" and "/app/login", not
	// "/application"); query and fragment are ignored.
	URI string
	// ChainID is the chain sessions are bound to; the message must name it.
	ChainID uint64
	// Nonce, when not empty, is the nonce the message must carry.
	Nonce string
	// ConsumeNonce, when set, is called with the message's nonce after every other
	// check, the signature included, has passed, so that a forged request cannot burn
	// a nonce. It must accept each nonce at most once; an error it returns is
	// passed through (wrap [ErrNonce]). At least one of Nonce and ConsumeNonce must
	// be set.
	ConsumeNonce func(nonce string) error
	// ClockSkew is how far Issued At and Not Before may lie ahead of now; zero means
	// [DefaultClockSkew] and a negative value means none.
	ClockSkew time.Duration
}

// Verify parses msg, checks it against expect at time now and checks that sig is the
// message's address's personal_sign (EIP-191) signature of exactly msg. It returns
// the parsed message. Expiration Time must be after now; Not Before and Issued At may
// lie at most the clock skew after now. Only externally owned accounts are
// supported, see [ParseSignature] for the signature's form.
func Verify(msg string, sig []byte, expect Expectation, now time.Time) (*Message, error) {
	if expect.Nonce == "" && expect.ConsumeNonce == nil {
		return nil, fmt.Errorf("%w: the expectation sets neither Nonce nor ConsumeNonce, so replays could not be detected", ErrConfig)
	}
	if len(msg) > MaxMessageBytes {
		return nil, fmt.Errorf("%w: message is %d bytes, the limit is %d", ErrInvalidMessage, len(msg), MaxMessageBytes)
	}
	m, err := Parse(msg)
	if err != nil {
		return nil, err
	}
	if err := matchOrigin(m, expect); err != nil {
		return nil, err
	}
	if m.ChainID != expect.ChainID {
		return nil, fmt.Errorf("%w: message chain ID is %d, this server is on chain %d", ErrChainMismatch, m.ChainID, expect.ChainID)
	}
	if expect.Nonce != "" && subtle.ConstantTimeCompare([]byte(m.Nonce), []byte(expect.Nonce)) != 1 {
		return nil, fmt.Errorf("%w: message nonce %s is not the one this server issued", ErrNonce, m.Nonce)
	}
	if err := checkTimes(m, now, expect.ClockSkew); err != nil {
		return nil, err
	}
	signer, err := recoverSigner(msg, sig)
	if err != nil {
		return nil, err
	}
	if signer != m.Address {
		return nil, fmt.Errorf("%w: the signature was made by %s, not by the message's address %s", ErrSignature, signer.Hex(), m.Address.Hex())
	}
	if expect.ConsumeNonce != nil {
		if err := expect.ConsumeNonce(m.Nonce); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// checkTimes checks Expiration Time, Not Before and Issued At against now.
func checkTimes(m *Message, now time.Time, skew time.Duration) error {
	switch {
	case skew == 0:
		skew = DefaultClockSkew
	case skew < 0:
		skew = 0
	}
	const layout = time.RFC3339
	if m.ExpirationTime != nil && !now.Before(*m.ExpirationTime) {
		return fmt.Errorf("%w: message expired at %s, server time is %s; sign a new message",
			ErrExpired, m.ExpirationTime.Format(layout), now.Format(layout))
	}
	latest := now.Add(skew)
	if m.NotBefore != nil && m.NotBefore.After(latest) {
		return fmt.Errorf("%w: message is not valid before %s, server time is %s",
			ErrNotYetValid, m.NotBefore.Format(layout), now.Format(layout))
	}
	if m.IssuedAt.After(latest) {
		return fmt.Errorf("%w: message was issued at %s, more than %s after server time %s; check the device's clock",
			ErrNotYetValid, m.IssuedAt.Format(layout), skew, now.Format(layout))
	}
	return nil
}

// secp256k1HalfN is half the order of the secp256k1 group: a larger s makes a
// signature malleable (s and N-s both verify).
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// recoverSigner returns the address whose key made sig over msg's EIP-191 hash.
func recoverSigner(msg string, sig []byte) (common.Address, error) {
	if err := checkSignatureLength(len(sig)); err != nil {
		return common.Address{}, err
	}
	v := sig[64]
	switch v {
	case 27, 28:
		v -= 27
	case 0, 1:
	default:
		return common.Address{}, fmt.Errorf("%w: recovery id v is %d, want 27 or 28 (or 0 or 1)", ErrSignature, sig[64])
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		if s.Cmp(secp256k1HalfN) > 0 {
			return common.Address{}, fmt.Errorf("%w: s is in the upper half of the curve order, so the signature is malleable; wallets produce low-s signatures", ErrSignature)
		}
		return common.Address{}, fmt.Errorf("%w: r or s is zero or not below the curve order", ErrSignature)
	}
	rsv := make([]byte, SignatureLength)
	copy(rsv, sig[:64])
	rsv[64] = v
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(msg)), rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: no public key can be recovered from the signature: %v", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// checkSignatureLength refuses anything but an externally owned account's signature.
func checkSignatureLength(n int) error {
	switch {
	case n == SignatureLength:
		return nil
	case n > SignatureLength:
		return fmt.Errorf("%w: %w: signature is %d bytes; only the %d-byte signatures of externally owned accounts are supported, not those of smart-contract wallets (ERC-1271)",
			ErrSignature, ErrContractWallet, n, SignatureLength)
	default:
		return fmt.Errorf("%w: signature is %d bytes, want %d (r, s and v)", ErrSignature, n, SignatureLength)
	}
}

// ParseSignature decodes a signature as wallets return it from personal_sign
// (ethers' signMessage, viem's signMessage): hexadecimal, with or without a 0x
// prefix, 65 bytes r‖s‖v. It checks the form only; [Verify] checks the rest.
func ParseSignature(s string) ([]byte, error) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s)%2 == 0 && len(s) != 2*SignatureLength {
		return nil, checkSignatureLength(len(s) / 2)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: signature is not hexadecimal: %v", ErrSignature, err)
	}
	return b, nil
}
