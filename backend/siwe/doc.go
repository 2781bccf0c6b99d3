// Package siwe signs patients' wallets in with Sign-In with Ethereum (EIP-4361, now
// ERC-4361) and keeps their sessions.
//
// The flow is:
//
//  1. The client asks for a challenge; [Manager.NewNonce] (or [Manager.Challenge])
//     issues a single-use nonce that expires after Config.NonceTTL.
//  2. The wallet signs a SIWE message naming this server's domain, URI and chain and
//     that nonce, with personal_sign (EIP-191).
//  3. [Manager.SignIn] parses the message ([Parse]), checks it against the server's
//     expectations and the signature ([Verify]), consumes the nonce, and returns a
//     [Session] whose token is bound to the address.
//  4. The API middleware calls [Manager.Authenticate] on every request;
//     [Manager.SignOut] revokes a token.
//
// [Parse] implements the whole ABNF of the specification and [Message.String] writes
// the canonical text back. [Verify] can also be used without a Manager, for example
// with nonces kept in a database.
//
// # Deviations from the grammar
//
// The grammar is followed exactly except where a narrower rule is safer for a server
// and wallets and their libraries do not produce what it refuses:
//   - the address must carry its EIP-55 checksum (mixed case); all-lowercase and
//     all-uppercase addresses are refused, as the reference implementation does,
//     because the checksum is what lets a person notice a mistyped address;
//   - the domain must have a non-empty host;
//   - the chain ID must fit in 64 bits;
//   - a leap second (second 60) is refused, because Go's time cannot represent it.
//
// # Signatures
//
// Only externally owned accounts are supported: the signature must be the 65-byte
// r‖s‖v produced by personal_sign, v being 27/28 (or 0/1), and s in the lower half
// of the curve order. Smart-contract wallets, which verify with ERC-1271, are not
// supported yet; see [ErrContractWallet].
//
// Errors about messages, signatures, nonces and tokens wrap one of the sentinel
// errors ([ErrInvalidMessage], [ErrSignature], ...), so callers can test them with
// [errors.Is], and say in words what was wrong, e.g. "siwe: domain mismatch: message
// domain is evil.com, this server is salus.example".
package siwe
