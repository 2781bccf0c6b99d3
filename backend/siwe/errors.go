package siwe

import (
	"errors"
	"fmt"
)

// Errors returned by this package; check them with [errors.Is]. Each is wrapped
// with a sentence saying what exactly was wrong.
var (
	// ErrInvalidMessage is returned for a message that does not follow the EIP-4361
	// grammar. [Parse] returns it as a [*ParseError].
	ErrInvalidMessage = errors.New("siwe: invalid message")
	// ErrDomainMismatch is returned when the message's scheme or domain is not this
	// server's.
	ErrDomainMismatch = errors.New("siwe: domain mismatch")
	// ErrURIMismatch is returned when the message's URI is not below this server's URI.
	ErrURIMismatch = errors.New("siwe: uri mismatch")
	// ErrChainMismatch is returned when the message names another chain.
	ErrChainMismatch = errors.New("siwe: chain mismatch")
	// ErrNonce is returned when the nonce is not the expected one, is unknown, was
	// already used, or has expired. A new nonce has to be requested.
	ErrNonce = errors.New("siwe: bad nonce")
	// ErrExpired is returned when the message's Expiration Time has passed, and, with
	// [ErrInvalidToken], when a session token has expired.
	ErrExpired = errors.New("siwe: expired")
	// ErrNotYetValid is returned when the message's Not Before time has not come yet,
	// or it was issued in the future (beyond the allowed clock skew).
	ErrNotYetValid = errors.New("siwe: not yet valid")
	// ErrSignature is returned for a malformed signature or one that was not made by
	// the message's address.
	ErrSignature = errors.New("siwe: bad signature")
	// ErrContractWallet is returned, together with [ErrSignature], for a signature that
	// is longer than the 65 bytes of an externally owned account's: smart-contract
	// wallets (ERC-1271, ERC-6492) are not supported yet.
	ErrContractWallet = errors.New("siwe: smart-contract wallets are not supported")
	// ErrInvalidToken is returned by [Manager.Authenticate] for a token that is
	// malformed, was not issued by this manager's key, has expired or was revoked.
	ErrInvalidToken = errors.New("siwe: invalid session token")
	// ErrRevoked is returned, together with [ErrInvalidToken], for a signed-out token.
	ErrRevoked = errors.New("siwe: session revoked")
	// ErrConfig is returned for an unusable [Config] or [Expectation]: a programming
	// or deployment error, not the client's.
	ErrConfig = errors.New("siwe: invalid configuration")
)

// ParseError describes why [Parse] refused a message. It wraps [ErrInvalidMessage].
type ParseError struct {
	// Line is the 1-based line of the message where the problem is.
	Line int
	// Field names the grammar element being read, e.g. "address" or "Issued At".
	Field string
	// Reason says what is wrong, in words a person can act on.
	Reason string
}

// Error implements error.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%v: line %d (%s): %s", ErrInvalidMessage, e.Line, e.Field, e.Reason)
}

// Unwrap returns [ErrInvalidMessage].
func (e *ParseError) Unwrap() error { return ErrInvalidMessage }
