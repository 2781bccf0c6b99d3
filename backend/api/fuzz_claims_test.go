package api

import (
	"math/big"
	"strings"
	"testing"
)

// Fuzz targets of the insurance decoders, with the checks of fuzz_test.go:
// no panics, refusals in the error model (400), accepted values within the
// contract's bounds. Seed corpora are in testdata/fuzz/<FuzzName>/.

func init() {
	for name, decode := range map[string]func(string) error{
		"FuzzDecodePlanRequest":    func(s string) error { _, err := decodePlanRequest([]byte(s)); return err },
		"FuzzDecodeClaimRequest":   func(s string) error { _, err := decodeClaimRequest([]byte(s)); return err },
		"FuzzDecodeFHIRClaim":      func(s string) error { _, _, err := decodeFHIRClaim([]byte(s)); return err },
		"FuzzDecodeDepositRequest": func(s string) error { _, err := decodeDepositRequest([]byte(s)); return err },
	} {
		seedDecoders[name] = decode
	}
}

func FuzzDecodePlanRequest(f *testing.F) {
	f.Add(planJS)
	f.Add(`{"copayBps":10000,"consent":["insurance","diagnoses"],"deductible":"0","annualLimit":"18446744073709.551615","reviewThreshold":"0"}`)
	f.Add(`{"copayBps":1,"deductible":1,"annualLimit":"1","reviewThreshold":"1"}`)
	f.Fuzz(func(t *testing.T, s string) {
		p, err := decodePlanRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if p.Terms.CopayBps > maxBps || !p.Terms.Consent.Has(CategoryInsurance) || p.Terms.AnnualLimit.Sign() <= 0 {
			t.Fatalf("accepted terms the contract refuses: %+v", p.Terms)
		}
		for _, a := range []*big.Int{p.Terms.Deductible, p.Terms.AnnualLimit, p.Terms.ReviewThreshold} {
			if !a.IsUint64() {
				t.Fatalf("accepted %s above uint64", a)
			}
		}
		if len(p.Tariffs) > MaxPlanTariffs {
			t.Fatalf("accepted %d tariffs", len(p.Tariffs))
		}
	})
}

// checkSubmission fails unless c is within the contract's bounds.
func checkSubmission(t *testing.T, c ClaimSubmission) {
	t.Helper()
	if len(c.Lines) == 0 || len(c.Lines) > MaxClaimLines || len(c.Evidence) > MaxClaimEvidence || c.ClaimKey == ([32]byte{}) || c.PolicyID == 0 {
		t.Fatalf("accepted a claim the contract refuses: %+v", c)
	}
	for _, l := range c.Lines {
		if l.Quantity == 0 || l.UnitAmount.Sign() <= 0 || !l.UnitAmount.IsUint64() || l.Code == ([32]byte{}) {
			t.Fatalf("accepted line %+v", l)
		}
	}
}

func FuzzDecodeClaimRequest(f *testing.F) {
	f.Add(claimJS)
	f.Add(strings.Replace(claimJS, `"quantity":2`, `"quantity":65536`, 1))
	f.Add(strings.Replace(claimJS, `"80.50"`, `80.5`, 1))
	f.Fuzz(func(t *testing.T, s string) {
		c, err := decodeClaimRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkSubmission(t, c)
	})
}

func FuzzDecodeFHIRClaim(f *testing.F) {
	f.Add(fhirJS)
	f.Add(strings.Replace(fhirJS, "80.10", "1e400", 1))
	f.Add(`{"resourceType":"Claim","item":[{"quantity":{"value":-1}}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		c, provider, err := decodeFHIRClaim([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkSubmission(t, c)
		if provider == ([20]byte{}) || c.Patient == ([20]byte{}) {
			t.Fatalf("accepted a zero account")
		}
	})
}

func FuzzDecodeDepositRequest(f *testing.F) {
	f.Add(`{"amount":"10000"}`)
	f.Add(`{"amount":"1.5","permit":{"deadline":"2025-06-01T13:00:00Z","signature":"0x` + strings.Repeat("11", 64) + `1b"}}`)
	f.Add(`{"amount":"1","permit":{}}`)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := decodeDepositRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if r.Amount.Sign() <= 0 || r.Amount.Cmp(maxAmount) > 0 || (r.Permit != nil && len(r.Permit.Signature) != 65) {
			t.Fatalf("accepted %+v", r)
		}
	})
}
