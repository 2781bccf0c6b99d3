package ipfs

import (
	"fmt"

	"github.com/ipfs/boxo/verifcid"
	"github.com/ipfs/go-cid"
)

// maxCIDLen bounds the strings ParseCID looks at. A CIDv1 of a sha2-512
// digest in base32 is about 120 characters; identity CIDs are longer.
const maxCIDLen = 512

// ParseCID parses a CID string as found in URLs and documents: a CIDv0
// ("Qm…", base58) or a multibase CIDv1 ("bafy…", "bafk…"). It accepts only
// the codecs this package stores (dag-pb, raw) and hash functions boxo
// considers secure (verifcid.DefaultAllowlist, e.g. sha2-256), with no
// surrounding space. Errors wrap ErrInvalidCID.
func ParseCID(s string) (cid.Cid, error) {
	switch {
	case s == "":
		return cid.Undef, fmt.Errorf("%w: empty", ErrInvalidCID)
	case len(s) > maxCIDLen:
		return cid.Undef, fmt.Errorf("%w: longer than %d characters", ErrInvalidCID, maxCIDLen)
	}
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: %q: %w", ErrInvalidCID, s, err)
	}
	switch c.Type() {
	case cid.DagProtobuf, cid.Raw:
	default:
		return cid.Undef, fmt.Errorf("%w: %q: codec 0x%x is neither dag-pb nor raw", ErrInvalidCID, s, c.Type())
	}
	if err := verifcid.ValidateCid(verifcid.DefaultAllowlist, c); err != nil {
		return cid.Undef, fmt.Errorf("%w: %q: %w", ErrInvalidCID, s, err)
	}
	return c, nil
}
