package api

import (
	"bytes"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/money"
)

// Fuzz targets of the remaining insurance and token decoders, with the
// checks of fuzz_test.go: no panics, refusals in the error model (400),
// accepted values within the contract's bounds that decode again, unchanged,
// from their canonical form. Seed corpora are in testdata/fuzz/<FuzzName>/.

func init() {
	for name, decode := range map[string]func(string) error{
		"FuzzDecodeTariffsRequest": func(s string) error { _, err := decodeTariffsRequest([]byte(s)); return err },
		"FuzzDecodePolicyRequest":  func(s string) error { _, err := decodePolicyRequest([]byte(s)); return err },
		"FuzzDecodeAmountRequest":  func(s string) error { _, err := decodeAmountRequest([]byte(s)); return err },
		"FuzzDecodeSettleRequest":  func(s string) error { _, err := decodeSettleRequest([]byte(s)); return err },
		"FuzzDecodeApproveRequest": func(s string) error { _, err := decodeApproveRequest([]byte(s)); return err },
		"FuzzDecodeAppealRequest":  func(s string) error { _, err := decodeAppealRequest([]byte(s)); return err },
		"FuzzDecodeMintRequest":    func(s string) error { _, err := decodeMintRequest([]byte(s)); return err },
		"FuzzDecodeBurnRequest":    func(s string) error { _, err := decodeBurnRequest([]byte(s)); return err },
	} {
		seedDecoders[name] = decode
	}
}

// sameAmounts reports whether a and b hold equal amounts, in order.
func sameAmounts(a, b []*big.Int) bool {
	return slices.EqualFunc(a, b, func(x, y *big.Int) bool { return x.Cmp(y) == 0 })
}

// checkUTCSeconds fails unless tm is a UTC time in whole seconds after 1970.
func checkUTCSeconds(t *testing.T, what string, tm time.Time) {
	t.Helper()
	if tm.Location() != time.UTC || tm.Nanosecond() != 0 || tm.Unix() <= 0 {
		t.Fatalf("accepted %s %v: want UTC whole seconds after 1970", what, tm)
	}
}

const fuzzHex32 = "0x" + "ab" + "00000000000000000000000000000000000000000000000000000000000000"

func FuzzDecodeTariffsRequest(f *testing.F) {
	f.Add(`{"tariffs":[{"code":"CPT:99213","amount":"80.00"},{"code":"` + fuzzHex32 + `","amount":"0"}]}`)
	f.Add(`{"tariffs":[{"code":"X","amount":"18446744073709.551615"}]}`)
	f.Add(`{"tariffs":[{"code":"X","amount":"18446744073709.551616"}]}`)
	f.Add(`{"tariffs":[]}`)
	f.Add(`{"tariffs":[{"code":"CPT:1","amount":"1"},{"code":"0x4350543a31000000000000000000000000000000000000000000000000000000","amount":"2"}]}`)
	f.Add(`{"tariffs":[{"code":"CPT 1","amount":"1"}]}`)
	f.Add(`{"tariffs":[{"code":"X","amount":1}]}`)
	f.Add(`{"tariffs":null}`)
	f.Fuzz(func(t *testing.T, s string) {
		tariffs, err := decodeTariffsRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if len(tariffs) == 0 || len(tariffs) > MaxPlanTariffs {
			t.Fatalf("accepted %d tariffs from %q", len(tariffs), s)
		}
		items := make([]map[string]string, len(tariffs))
		for i, tf := range tariffs {
			if tf.Code == ([32]byte{}) || slices.ContainsFunc(tariffs[:i], func(o PlanTariff) bool { return o.Code == tf.Code }) {
				t.Fatalf("accepted a zero or repeated code in %q", s)
			}
			checkAmount(t, "tariff", tf.Amount, 0, claimMax64)
			items[i] = map[string]string{"code": hexutil.Encode(tf.Code[:]), "amount": money.Format(tf.Amount, money.TokenDecimals)}
		}
		again, err := decodeTariffsRequest(canonicalJSON(t, map[string]any{"tariffs": items}))
		if err != nil || !slices.EqualFunc(again, tariffs, func(a, b PlanTariff) bool { return a.Code == b.Code && a.Amount.Cmp(b.Amount) == 0 }) {
			t.Fatalf("round trip of %q: got %+v, %v", s, again, err)
		}
	})
}

func FuzzDecodePolicyRequest(f *testing.F) {
	policy := `{"planId":1,"patient":"` + patientAccount.Hex() + `","memberRef":"MEMBER-1","validFrom":"2025-06-01T00:00:00Z","validUntil":"2026-06-01T00:00:00+02:00"}`
	f.Add(policy)
	f.Add(`{"planId":9223372036854775807,"patient":"` + strings.ToLower(patientAccount.Hex()) + `","memberRef":"` + fuzzHex32 + `","validUntil":"2030-12-31T23:59:59.999Z"}`)
	f.Add(strings.Replace(policy, `"planId":1`, `"planId":0`, 1))
	f.Add(strings.Replace(policy, `"planId":1`, `"planId":9223372036854775808`, 1))
	f.Add(strings.Replace(policy, "2026-06-01T00:00:00+02:00", "2025-06-01T00:00:00Z", 1))
	f.Add(strings.Replace(policy, "MEMBER-1", " MEMBER-1", 1))
	f.Add(strings.Replace(policy, `"validFrom":"2025-06-01T00:00:00Z"`, `"validFrom":""`, 1))
	f.Add(`{"planId":"1"}`)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := decodePolicyRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if r.PlanID == 0 || r.PlanID > 1<<63-1 || r.Patient == ([20]byte{}) || r.MemberRef == ([32]byte{}) {
			t.Fatalf("accepted %q as %+v", s, r)
		}
		checkUTCSeconds(t, "validUntil", r.ValidUntil)
		canon := map[string]any{"planId": r.PlanID, "patient": r.Patient.Hex(), "memberRef": hexutil.Encode(r.MemberRef[:]),
			"validUntil": r.ValidUntil.Format(time.RFC3339)}
		if !r.ValidFrom.IsZero() {
			checkUTCSeconds(t, "validFrom", r.ValidFrom)
			if !r.ValidFrom.Before(r.ValidUntil) {
				t.Fatalf("accepted validFrom %v not before validUntil %v", r.ValidFrom, r.ValidUntil)
			}
			canon["validFrom"] = r.ValidFrom.Format(time.RFC3339)
		}
		again, err := decodePolicyRequest(canonicalJSON(t, canon))
		if err != nil || again != r {
			t.Fatalf("round trip of %+v: got %+v, %v", r, again, err)
		}
	})
}

func FuzzDecodeAmountRequest(f *testing.F) {
	for _, s := range []string{`{"amount":"1250.50"}`, `{"amount":"79228162514264337593543.950335"}`, `{"amount":"0.000001"}`,
		`{"amount":"0"}`, `{"amount":"79228162514264337593543.950336"}`, `{"amount":1}`, `{"amount":"1.0000001"}`, `{}`, `{"amount":null}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := decodeAmountRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "amount", n, 1, maxAmount)
		again, err := decodeAmountRequest(canonicalJSON(t, map[string]any{"amount": money.Format(n, money.TokenDecimals)}))
		if err != nil || again.Cmp(n) != 0 {
			t.Fatalf("round trip of %s: got %v, %v", n, again, err)
		}
	})
}

func FuzzDecodeSettleRequest(f *testing.F) {
	for _, s := range []string{"", " \n", `{}`, `{"maxClaims":1}`, `{"maxClaims":32}`, `{"maxClaims":null}`,
		`{"maxClaims":0}`, `{"maxClaims":33}`, `{"maxClaims":1.0}`, `{"maxClaims":"5"}`, `{"max":1}`, `[]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := decodeSettleRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if r.MaxClaims < 1 || r.MaxClaims > MaxSettle {
			t.Fatalf("accepted %q as %+v", s, r)
		}
		// Accepted: a blank body, or exactly one JSON object (like
		// decodeEmptyRequest, Unicode white space counts as blank).
		if len(bytes.TrimSpace([]byte(s))) != 0 && !json.Valid([]byte(s)) {
			t.Fatalf("accepted %q, which is neither blank nor JSON", s)
		}
		again, err := decodeSettleRequest(canonicalJSON(t, map[string]any{"maxClaims": r.MaxClaims}))
		if err != nil || again != r {
			t.Fatalf("round trip of %+v: got %+v, %v", r, again, err)
		}
	})
}

func FuzzDecodeApproveRequest(f *testing.F) {
	for _, s := range []string{"", `{}`, `{"amounts":["80.00","0"]}`, `{"amounts":["79228162514264337593543.950335"]}`, `{"amounts":null}`,
		`{"amounts":[]}`, `{"amounts":["0","0.000000"]}`, `{"amounts":[80]}`, `{"amounts":["-1"]}`, `{"amounts":"1"}`, `{"amounts":[null]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := decodeApproveRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if len(a.Amounts) > MaxClaimLines {
			t.Fatalf("accepted %d amounts", len(a.Amounts))
		}
		total := new(big.Int)
		items := make([]string, len(a.Amounts))
		for i, n := range a.Amounts {
			checkAmount(t, "amount", n, 0, maxAmount)
			total.Add(total, n)
			items[i] = money.Format(n, money.TokenDecimals)
		}
		if len(a.Amounts) > 0 && total.Sign() == 0 {
			t.Fatalf("accepted %q: every amount is zero", s)
		}
		again, err := decodeApproveRequest(canonicalJSON(t, map[string]any{"amounts": items}))
		if err != nil || !sameAmounts(again.Amounts, a.Amounts) {
			t.Fatalf("round trip of %v: got %v, %v", a.Amounts, again.Amounts, err)
		}
	})
}

func FuzzDecodeAppealRequest(f *testing.F) {
	for _, s := range []string{`{"reasonCode":"` + reasonHex + `","evidence":["` + testCID + `"]}`, `{"reasonCode":"` + fuzzHex32 + `"}`,
		`{"reasonCode":"0x` + strings.Repeat("00", 32) + `"}`, `{"reasonCode":"DENIED"}`, `{"reasonCode":"` + reasonHex + `","evidence":["QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"]}`,
		`{"reasonCode":"` + reasonHex + `","evidence":[1]}`, `{"evidence":[]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := decodeAppealRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if a.ReasonCode == ([32]byte{}) || len(a.Evidence) > MaxClaimEvidence {
			t.Fatalf("accepted %q as %+v", s, a)
		}
		for _, c := range a.Evidence {
			if again, err := parseCID("evidence", c); err != nil || again != c {
				t.Fatalf("accepted evidence %q, whose canonical form is %q (%v)", c, again, err)
			}
		}
		canon := map[string]any{"reasonCode": hexutil.Encode(a.ReasonCode[:])}
		if a.Evidence != nil {
			canon["evidence"] = a.Evidence
		}
		again, err := decodeAppealRequest(canonicalJSON(t, canon))
		if err != nil || again.ReasonCode != a.ReasonCode || !slices.Equal(again.Evidence, a.Evidence) {
			t.Fatalf("round trip of %+v: got %+v, %v", a, again, err)
		}
	})
}

func FuzzDecodeMintRequest(f *testing.F) {
	mint := `{"to":"` + patientAccount.Hex() + `","amount":"1000.50","paymentRef":"BANK-TX-1"}`
	f.Add(mint)
	f.Add(`{"to":"` + patientAccount.Hex() + `","amount":"79228162514264337593543.950335","paymentRef":"` + fuzzHex32 + `"}`)
	f.Add(strings.Replace(mint, "1000.50", "0", 1))
	f.Add(strings.Replace(mint, patientAccount.Hex(), "0x0000000000000000000000000000000000000000", 1))
	f.Add(strings.Replace(mint, "BANK-TX-1", "0x12", 1))
	f.Add(strings.Replace(mint, "BANK-TX-1", "BANK\\tTX", 1))
	f.Add(`{"to":"` + patientAccount.Hex() + `","amount":"1","paymentRef":"` + strings.Repeat("r", 257) + `"}`)
	f.Fuzz(func(t *testing.T, s string) {
		m, err := decodeMintRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if m.To == ([20]byte{}) || m.PaymentRef == ([32]byte{}) {
			t.Fatalf("accepted %q as %+v", s, m)
		}
		checkAmount(t, "amount", m.Amount, 1, maxAmount)
		again, err := decodeMintRequest(canonicalJSON(t, map[string]any{"to": m.To.Hex(), "amount": money.Format(m.Amount, money.TokenDecimals),
			"paymentRef": hexutil.Encode(m.PaymentRef[:])}))
		if err != nil || again.To != m.To || again.PaymentRef != m.PaymentRef || again.Amount.Cmp(m.Amount) != 0 {
			t.Fatalf("round trip of %+v: got %+v, %v", m, again, err)
		}
	})
}

func FuzzDecodeBurnRequest(f *testing.F) {
	for _, s := range []string{`{"amount":"1000.50","paymentRef":"BANK-TX-1"}`, `{"amount":"0.000001","paymentRef":"` + fuzzHex32 + `"}`,
		`{"amount":"1","paymentRef":"0x` + strings.Repeat("00", 32) + `"}`, `{"amount":"1","paymentRef":""}`, `{"amount":"1"}`,
		`{"amount":"79228162514264337593543.950336","paymentRef":"x"}`, `{"amount":"1","paymentRef":"x","to":"y"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := decodeBurnRequest([]byte(s))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if b.PaymentRef == ([32]byte{}) {
			t.Fatalf("accepted %q with a zero paymentRef", s)
		}
		checkAmount(t, "amount", b.Amount, 1, maxAmount)
		again, err := decodeBurnRequest(canonicalJSON(t, map[string]any{"amount": money.Format(b.Amount, money.TokenDecimals), "paymentRef": hexutil.Encode(b.PaymentRef[:])}))
		if err != nil || again.PaymentRef != b.PaymentRef || again.Amount.Cmp(b.Amount) != 0 {
			t.Fatalf("round trip of %+v: got %+v, %v", b, again, err)
		}
	})
}
