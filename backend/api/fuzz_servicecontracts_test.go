package api

import (
	"encoding/json"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/money"
)

// Fuzz targets of the service-contract decoders, with the checks of
// fuzz_test.go: no panics, refusals in the error model, accepted values in
// range that survive a round trip through their canonical form. Seed corpora
// are in testdata/fuzz/<FuzzName>/.

func init() {
	for name, decode := range map[string]func(string) error{
		"FuzzParseServiceCode":               func(s string) error { _, err := parseServiceCode("code", s); return err },
		"FuzzDecodeProposeRequest":           func(s string) error { _, err := decodeProposeRequest([]byte(s)); return err },
		"FuzzDecodeFundRequest":              func(s string) error { _, err := decodeFundRequest([]byte(s)); return err },
		"FuzzDecodeServiceReportRequest":     func(s string) error { _, err := decodeServiceReportRequest([]byte(s)); return err },
		"FuzzDecodeServiceDisputeRequest":    func(s string) error { _, err := decodeDisputeRequest([]byte(s)); return err },
		"FuzzDecodeServiceResolveRequest":    func(s string) error { _, err := decodeResolveRequest([]byte(s)); return err },
		"FuzzDecodeFundTypedDataRequest":     func(s string) error { _, err := decodeFundTypedDataRequest([]byte(s)); return err },
		"FuzzParseServiceContractPathValues": func(s string) error { return parseServicePathValues(s) },
	} {
		seedDecoders[name] = decode
	}
}

// parseServicePathValues parses "contractId/period".
func parseServicePathValues(s string) error {
	id, period, _ := strings.Cut(s, "/")
	if _, err := parseServiceContractID(id); err != nil {
		return err
	}
	_, err := parseServicePeriod(period)
	return err
}

// checkAmount fails unless n is an amount in [lo, max].
func checkAmount(t *testing.T, what string, n *big.Int, lo int64, max *big.Int) {
	t.Helper()
	if n == nil || n.Cmp(big.NewInt(lo)) < 0 || n.Cmp(max) > 0 {
		t.Fatalf("accepted %s %v outside [%d, %s]", what, n, lo, max)
	}
}

func FuzzParseServiceCode(f *testing.F) {
	for _, s := range []string{"GP-VISIT", "99213", "0x" + strings.Repeat("ab", 32), "0x12", "", "GP VISIT", strings.Repeat("Z", 33), "0x3078" + strings.Repeat("00", 30)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := parseServiceCode("code", s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if c == (ServiceCode{}) {
			t.Fatalf("accepted %q as the zero code", s)
		}
		again, err := parseServiceCode("code", c.String())
		if err != nil || again != c {
			t.Fatalf("round trip of %q via %q: got %x, %v", s, c.String(), again, err)
		}
	})
}

func FuzzDecodeProposeRequest(f *testing.F) {
	f.Add(proposeJS)
	f.Add(`{"provider":"0x8617e340b3d01fa5f11f306f4090fd50e238070d","termsCid":"` + testCID + `","tariffs":[{"code":"A","price":"1"}],"budget":"1","start":"2025-01-01T00:00:00Z","periodLength":1,"periodCount":1}`)
	f.Add(strings.Replace(proposeJS, `"budget":"10000.5"`, `"budget":10000.5`, 1))
	f.Add(strings.Replace(proposeJS, `"periodCount":12`, `"periodCount":65536`, 1))
	f.Fuzz(func(t *testing.T, body string) {
		p, err := decodeProposeRequest([]byte(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "budget", p.Budget, 1, maxAmount)
		if len(p.Tariffs) == 0 || len(p.Tariffs) > MaxServiceCodes || p.PeriodCount == 0 || p.PeriodLength < time.Second ||
			p.PeriodLength%time.Second != 0 || p.Start.Unix() <= 0 || p.Provider == ([20]byte{}) {
			t.Fatalf("accepted %q as %+v", body, p)
		}
		tariffs := make([]map[string]string, len(p.Tariffs))
		seen := map[ServiceCode]bool{}
		for i, tr := range p.Tariffs {
			if tr.Price == 0 || seen[tr.Code] {
				t.Fatalf("accepted tariff %d of %q: %+v", i, body, tr)
			}
			seen[tr.Code] = true
			tariffs[i] = map[string]string{"code": tr.Code.String(), "price": money.Format(new(big.Int).SetUint64(tr.Price), money.TokenDecimals)}
		}
		canon, _ := json.Marshal(map[string]any{"provider": p.Provider.Hex(), "termsCid": p.TermsCID, "tariffs": tariffs,
			"budget": money.Format(p.Budget, money.TokenDecimals), "start": p.Start.Format(time.RFC3339),
			"periodLength": int64(p.PeriodLength / time.Second), "periodCount": p.PeriodCount, "autoRelease": p.AutoRelease})
		again, err := decodeProposeRequest(canon)
		if err != nil || !reflect.DeepEqual(again, p) {
			t.Fatalf("round trip of %+v: got %+v, %v", p, again, err)
		}
	})
}

func FuzzDecodeFundRequest(f *testing.F) {
	f.Add(`{"amount":"2000.00"}`)
	f.Add(`{"amount":"5","permit":{"deadline":"2025-06-01T13:00:00Z","signature":"` + permitSig + `"}}`)
	f.Add(`{"amount":"5","permit":{"deadline":"2025-06-01T13:00:00Z"}}`)
	f.Add(`{"amount":5}`)
	f.Fuzz(func(t *testing.T, body string) {
		req, err := decodeFundRequest([]byte(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "amount", req.Amount, 1, maxAmount)
		canon := map[string]any{"amount": money.Format(req.Amount, money.TokenDecimals)}
		if req.Permit != nil {
			if len(req.Permit.Signature) != 65 || req.Permit.Deadline.Unix() <= 0 {
				t.Fatalf("accepted permit %+v", req.Permit)
			}
			canon["permit"] = map[string]string{"deadline": req.Permit.Deadline.Format(time.RFC3339), "signature": hexutil.Encode(req.Permit.Signature)}
		}
		b, _ := json.Marshal(canon)
		again, err := decodeFundRequest(b)
		if err != nil || !reflect.DeepEqual(again, req) {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodeFundTypedDataRequest(f *testing.F) {
	f.Add(`{"amount":"2000"}`)
	f.Add(`{"amount":"2000","deadline":"2025-06-01T13:00:00+01:00"}`)
	f.Add(`{"amount":"0"}`)
	f.Fuzz(func(t *testing.T, body string) {
		req, err := decodeFundTypedDataRequest([]byte(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "amount", req.Amount, 1, maxAmount)
	})
}

func FuzzDecodeServiceReportRequest(f *testing.F) {
	f.Add(scReportJS)
	f.Add(`{"period":0,"lines":[{"code":"0x` + strings.Repeat("ab", 32) + `","quantity":4294967295}]}`)
	f.Add(`{"period":65535,"lines":[{"code":"A","quantity":1}]}`)
	f.Add(`{"period":0,"lines":[{"code":"A","quantity":1}],"evidence":[null]}`)
	f.Fuzz(func(t *testing.T, body string) {
		req, err := decodeServiceReportRequest([]byte(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Period == 65535 || len(req.Lines) == 0 || len(req.Lines) > MaxServiceLines || len(req.Evidence) > MaxServiceEvidence {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		lines := make([]map[string]any, len(req.Lines))
		for i, l := range req.Lines {
			if l.Quantity == 0 {
				t.Fatalf("accepted a zero quantity in %q", body)
			}
			lines[i] = map[string]any{"code": l.Code.String(), "quantity": l.Quantity}
		}
		b, _ := json.Marshal(map[string]any{"period": req.Period, "lines": lines, "evidence": req.Evidence})
		again, err := decodeServiceReportRequest(b)
		if err != nil || !reflect.DeepEqual(again, req) {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodeServiceDisputeRequest(f *testing.F) {
	f.Add(`{"reasonCode":"` + reasonHex + `","offered":"800.00"}`)
	f.Add(`{"reasonCode":"` + reasonHex + `","offered":"0"}`)
	f.Add(`{"reasonCode":"0x00","offered":"1"}`)
	f.Fuzz(func(t *testing.T, body string) {
		req, err := decodeDisputeRequest([]byte(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "offered", req.Offered, 0, maxAmount)
		if req.ReasonCode == ([32]byte{}) {
			t.Fatalf("accepted a zero reason in %q", body)
		}
	})
}

func FuzzDecodeServiceResolveRequest(f *testing.F) {
	f.Add(`{"amount":"800.25"}`)
	f.Add(`{"amount":"0"}`)
	f.Add(`{"amount":"-0"}`)
	f.Fuzz(func(t *testing.T, body string) {
		n, err := decodeResolveRequest([]byte(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkAmount(t, "amount", n, 0, maxAmount)
	})
}

func FuzzParseServiceContractPathValues(f *testing.F) {
	for _, s := range []string{"1/0", "18446744073709551615/65534", "0/0", "1/65535", "01/1", "1/-1", "1/ 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := parseServicePathValues(s); err != nil {
			checkRefusal(t, err)
		}
	})
}
