package money

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // minor units, or "" for an error
		msg  string // part of the error message
	}{
		{"0", "0", ""},
		{"1234.56", "1234560000", ""},
		{"0.000001", "1", ""},
		{"1.000000", "1000000", ""},
		{"007.5", "7500000", ""},
		{"123456789012345678901234567890", "123456789012345678901234567890000000", ""},
		{"1234567890123456789012345678901", "", "more than 30 digits"},
		{"", "", "empty"},
		{"-1", "", "negative"},
		{"+1", "", "plain decimal"},
		{"1e3", "", "plain decimal"},
		{"1,000.00", "", "plain decimal"},
		{" 1", "", "plain decimal"},
		{"1.", "", "ends with a decimal point"},
		{".5", "", "no digit before"},
		{"1.2.3", "", "plain decimal"},
		{"0.0000001", "", "7 digits after the decimal point; the token has 6"},
		{"NaN", "", "plain decimal"},
		{"١٢", "", "plain decimal"},
		{"1." + strings.Repeat("0", 100), "", "after the decimal point"},
	} {
		got, err := Parse(tc.in, TokenDecimals)
		if tc.want == "" {
			if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Parse(%q) = %v, %v; want an error containing %q", tc.in, got, err, tc.msg)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("Parse(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestFormatRoundTrip(t *testing.T) {
	for _, minor := range []int64{0, 1, 999999, 1000000, 1234560000} {
		s := Format(big.NewInt(minor), TokenDecimals)
		back, err := Parse(s, TokenDecimals)
		if err != nil || back.Int64() != minor {
			t.Fatalf("Format(%d) = %q parses to %v, %v", minor, s, back, err)
		}
	}
	if got := Format(big.NewInt(1234560000), TokenDecimals); got != "1234.560000" {
		t.Fatalf("Format = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "1234.56", "0.000001", "-1", "1e3", "1.", ".5", "0.0000001", "99999999999999999999.999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s, TokenDecimals)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		if v.Sign() < 0 {
			t.Fatalf("Parse(%q) is negative", s)
		}
		// Round trip through Format: same value.
		back, err := Parse(Format(v, TokenDecimals), TokenDecimals)
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
	})
}
