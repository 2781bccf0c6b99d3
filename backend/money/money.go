// Package money converts between the API's decimal strings ("1234.56") and
// the chain's integer minor units of the settlement token, exactly: amounts
// are parsed with shopspring/decimal and never pass through a float.
package money

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// TokenDecimals is the number of decimals of the settlement token.
const TokenDecimals = 6

// MaxIntegerDigits bounds the digits before the decimal point: far more
// than any real amount (10^30 units), far less than what would cost the
// parser, and every amount Format writes parses again.
const MaxIntegerDigits = 30

// ErrInvalid is wrapped by every parse error.
var ErrInvalid = errors.New("invalid amount")

// Parse reads a non-negative decimal amount with at most decimals fractional
// digits, such as "1234.56", and returns it in minor units (1234560000 for
// six decimals). Signs, exponents, spaces, thousands separators, empty
// strings and more fractional digits than the token has are refused with a
// message that says what to send instead.
func Parse(s string, decimals int32) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("%w: the amount is empty; send a decimal string such as \"12.50\"", ErrInvalid)
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if hasDot && frac == "" {
		return nil, fmt.Errorf("%w: %q ends with a decimal point; write %q or %q", ErrInvalid, clip(s), strings.TrimSuffix(s, "."), s+"0")
	}
	if intPart == "" {
		return nil, fmt.Errorf("%w: %q has no digit before the decimal point; write \"0%s\"", ErrInvalid, clip(s), clip(s))
	}
	if len(intPart) > MaxIntegerDigits {
		return nil, fmt.Errorf("%w: the amount has more than %d digits before the decimal point", ErrInvalid, MaxIntegerDigits)
	}
	fracDigits := len(frac)
	if fracDigits > 64 {
		frac = frac[:64] // refused below whatever follows; no need to scan it all
	}
	if strings.HasPrefix(s, "-") {
		return nil, fmt.Errorf("%w: %q is negative; amounts are never negative", ErrInvalid, clip(s))
	}
	for _, part := range []string{intPart, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return nil, fmt.Errorf("%w: %q is not a plain decimal number (digits and one '.', no sign, exponent, spaces or separators)", ErrInvalid, clip(s))
			}
		}
	}
	if fracDigits > int(decimals) {
		return nil, fmt.Errorf("%w: %q has %d digits after the decimal point; the token has %d", ErrInvalid, clip(s), fracDigits, decimals)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrInvalid, clip(s), err)
	}
	minor := d.Shift(decimals)
	if !minor.IsInteger() { // unreachable after the digit count check; kept as a guard
		return nil, fmt.Errorf("%w: %q is finer than one minor unit", ErrInvalid, clip(s))
	}
	return minor.BigInt(), nil
}

// Format writes minor units as a decimal string with exactly decimals
// fractional digits ("1234.560000" for six), the inverse of Parse.
func Format(minor *big.Int, decimals int32) string {
	return decimal.NewFromBigInt(minor, -decimals).StringFixed(decimals)
}

// clip keeps error messages short when the input is long.
func clip(s string) string {
	if len(s) > 48 {
		return s[:45] + "..."
	}
	return s
}
