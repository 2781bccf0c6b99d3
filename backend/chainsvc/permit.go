package chainsvc

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// permitTypeHash is EIP-2612's Permit type hash.
var permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// permitDigest is the EIP-712 digest of an EIP-2612 permit in a token's
// domain.
func permitDigest(domain [32]byte, owner, spender common.Address, value, nonce, deadline *big.Int) common.Hash {
	word := func(b *big.Int) []byte { return common.LeftPadBytes(b.Bytes(), 32) }
	structHash := crypto.Keccak256(permitTypeHash[:], common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32),
		word(value), word(nonce), word(deadline))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain[:], structHash)
}

// permitCheck is the outcome of checking an EIP-2612 permit before it is sent.
type permitCheck struct {
	// V (27 or 28), R and S are the signature as the contracts take it.
	V    uint8
	R, S [32]byte
	// Valid is false when the signature is not the owner's permit of this
	// value to this spender with the owner's current nonce and this
	// deadline; Nonce and Signer (the account it recovers to, zero when it
	// recovers to none) are then for the caller's message.
	Valid  bool
	Nonce  *big.Int
	Signer common.Address
}

// checkPermit reads owner's permit nonce and the token's EIP-712 domain and
// checks sig (65 bytes r‖s‖v, v 0/1 or 27/28), so that a wrong signature is
// refused with a clear message instead of the allowance error the contract
// falls back to. The error is a read error of the token.
func checkPermit(ctx context.Context, token *bindings.SettlementToken, owner, spender common.Address, value, deadline *big.Int, sig []byte) (permitCheck, error) {
	opts := &bind.CallOpts{Context: ctx}
	nonce, err := token.Nonces(opts, owner)
	if err != nil {
		return permitCheck{}, err
	}
	domain, err := token.DOMAINSEPARATOR(opts)
	if err != nil {
		return permitCheck{}, err
	}
	out := permitCheck{Nonce: nonce}
	if len(sig) != 65 {
		return out, nil
	}
	rsv := append([]byte(nil), sig...)
	if rsv[64] >= 27 {
		rsv[64] -= 27
	}
	digest := permitDigest(domain, owner, spender, value, nonce, deadline)
	if pub, err := crypto.SigToPub(digest[:], rsv); err == nil {
		out.Signer = crypto.PubkeyToAddress(*pub)
	}
	out.Valid = out.Signer == owner
	copy(out.R[:], rsv[:32])
	copy(out.S[:], rsv[32:64])
	out.V = rsv[64] + 27
	return out, nil
}
