package api

import (
	"testing"

	"github.com/salus-health/salus/backend/money"
)

// Fuzz target of the amount parser shared by the insurance and
// service-contract decoders, with the checks of fuzz_test.go. Seed corpus in
// testdata/fuzz/FuzzParseAmount/.

func init() {
	seedDecoders["FuzzParseAmount"] = func(s string) error { _, err := parseAmount("amount", s, maxAmount, true); return err }
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1250.50", "125.50", "0", "1", "0.000001", "1.0000001", "1.1234567", "-1", "", "1e3", " 1", "1.", ".5", "007.10",
		"79228162514264.337593543950335", "79228162514264337593543.950335", "79228162514264337593543.950336", "１２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseAmount("amount", s, maxAmount, true)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "amount", n, 0, maxAmount)
		// The canonical form parses to the same amount.
		again, err := parseAmount("amount", money.Format(n, money.TokenDecimals), maxAmount, true)
		if err != nil || again.Cmp(n) != 0 {
			t.Fatalf("round trip of %s: got %v, %v", n, again, err)
		}
		if _, err := parseAmount("amount", s, maxAmount, false); (err == nil) != (n.Sign() > 0) {
			t.Fatalf("%q: zero allowed or a positive amount refused: %v", s, err)
		}
	})
}
