package api

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/salus-health/salus/backend/money"
)

// maxAmount is the largest amount the contracts hold (uint96 minor units).
var maxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// parseAmount reads a decimal amount of settlement tokens, such as
// "1250.50", into minor units: at most money.TokenDecimals fractional digits,
// at most max, and not zero unless allowZero. Refusals are 400
// invalid_number naming field, saying what to send instead. Amounts never
// pass through a float.
func parseAmount(field, s string, max *big.Int, allowZero bool) (*big.Int, error) {
	n, err := money.Parse(s, money.TokenDecimals)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), money.ErrInvalid.Error()+": ")
		return nil, fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s is not an amount: %s", field, msg))
	}
	if n.Cmp(max) > 0 {
		return nil, fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s is more than the largest amount it can be, %s", field, money.Format(max, money.TokenDecimals)))
	}
	if n.Sign() == 0 && !allowZero {
		return nil, fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s must be more than zero", field))
	}
	return n, nil
}

// amount returns the amount in the string field of o (see parseAmount), or
// nil when the field is absent and not required. Amounts are JSON strings,
// never JSON numbers, so that no decoder on the way rounds them.
func (o object) amount(field string, max *big.Int, allowZero, required bool) (*big.Int, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		if required {
			return nil, fieldError(CodeMissingField, field, fmt.Sprintf("the field %q is required: an amount as a decimal string such as \"1250.50\"", field))
		}
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fieldError(CodeInvalidNumber, field, fmt.Sprintf("the field %q must be an amount as a decimal string such as \"1250.50\", not a JSON %s: amounts are quoted, never JSON numbers, so that nothing on the way rounds them", field, jsonKind(raw)))
	}
	return parseAmount(field, s, max, allowZero)
}
