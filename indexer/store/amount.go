package store

import (
	"database/sql/driver"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Amount is an amount of settlement-token minor units (or any unsigned
// integer up to 2^256-1) stored exactly: the decimal digits, no float ever.
//
// Column types: numeric(78,0) on PostgreSQL (78 digits hold every uint256;
// SUM is exact numeric arithmetic). On SQLite the declared type is "blob",
// which gives the column no type affinity, so values are stored as given:
// amounts that fit in an int64 (every realistic one: 2^63 minor units are 9.2
// trillion token units) as INTEGER, which SUM adds exactly and refuses to
// overflow ("integer overflow"), and larger ones as TEXT, kept digit for
// digit (a NUMERIC or INTEGER affinity would turn them into an 8-byte REAL).
// A SQLite SUM over such a value is a float; scanning it fails rather than
// round (PostgreSQL sums every amount exactly).
type Amount string

// NewAmount formats v (nil is zero; negative values never come from the
// chain's unsigned fields and are stored as zero).
func NewAmount(v *big.Int) Amount {
	if v == nil || v.Sign() <= 0 {
		return "0"
	}
	return Amount(v.String())
}

// AmountOf formats a uint64.
func AmountOf(v uint64) Amount { return Amount(strconv.FormatUint(v, 10)) }

// Big returns the amount as a big.Int (zero when malformed or empty).
func (a Amount) Big() *big.Int {
	v, ok := new(big.Int).SetString(string(a), 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// String returns the decimal digits.
func (a Amount) String() string {
	if a == "" {
		return "0"
	}
	return string(a)
}

// Value stores an int64 when the amount fits, its digits otherwise.
func (a Amount) Value() (driver.Value, error) {
	v, ok := new(big.Int).SetString(a.String(), 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("amount %q is not an unsigned integer", string(a))
	}
	if v.IsInt64() {
		return v.Int64(), nil
	}
	return v.String(), nil
}

// Scan reads an integer, its digits (numeric on PostgreSQL, TEXT on
// SQLite), or NULL (a SUM over no rows) as zero. A float (SQLite's SUM when
// some amount was above 2^63) is accepted only when integral.
func (a *Amount) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*a = "0"
	case int64:
		if v < 0 {
			return fmt.Errorf("negative amount %d", v)
		}
		*a = Amount(strconv.FormatInt(v, 10))
	case float64:
		// SQLite sums to a float when an amount above 2^63 is stored as
		// text: exact only below 2^53; above, refuse rather than round.
		if v < 0 || v != math.Trunc(v) || v >= 1<<53 {
			return fmt.Errorf("amount %v is not exact (SQLite sums amounts above 2^63 minor units as floats; use PostgreSQL)", v)
		}
		*a = Amount(strconv.FormatInt(int64(v), 10))
	case []byte:
		return a.Scan(string(v))
	case string:
		n, ok := new(big.Int).SetString(v, 10)
		if !ok {
			// PostgreSQL may render a numeric sum with a scale ("12.0").
			r, ok2 := new(big.Rat).SetString(v)
			if !ok2 || !r.IsInt() {
				return fmt.Errorf("amount %q is not an integer", v)
			}
			n = r.Num()
		}
		if n.Sign() < 0 {
			return fmt.Errorf("negative amount %s", v)
		}
		*a = Amount(n.String())
	default:
		return fmt.Errorf("cannot scan %T into an amount", src)
	}
	return nil
}

// GormDBDataType declares the column type per database (see Amount).
func (Amount) GormDBDataType(db *gorm.DB, _ *schema.Field) string {
	if db.Dialector.Name() == "postgres" {
		return "numeric(78,0)"
	}
	return "blob"
}

// GormDataType is the generic type name gorm uses when no database is known.
func (Amount) GormDataType() string { return "numeric" }
