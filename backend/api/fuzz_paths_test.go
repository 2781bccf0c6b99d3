package api

import (
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Fuzz targets of the path-parameter parsers and of the statistics window,
// with the checks of fuzz_test.go: no panics, refusals in the error model
// (400), and exactly one accepted spelling per id (ids) or a window that
// decodes again, unchanged, from its canonical query string. Seed corpora
// are in testdata/fuzz/<FuzzName>/.

func init() {
	for name, decode := range map[string]func(string) error{
		"FuzzParseClaimID":     func(s string) error { _, err := parseClaimID(s); return err },
		"FuzzParsePathBatchID": func(s string) error { _, err := parsePathBatchID(s); return err },
		"FuzzParseWebhookID":   func(s string) error { _, err := parseWebhookID(s); return err },
		"FuzzParseDeliveryID":  func(s string) error { _, err := parseDeliveryID(s); return err },
		"FuzzParseContractID":  func(s string) error { _, err := parseContractID(s); return err },
		"FuzzDecodeStatsRange": decodeEveryStatsRange,
	} {
		seedDecoders[name] = decode
	}
}

// bytes32Seeds are path values for the bytes32 parsers, valid and not.
var bytes32Seeds = []string{
	"0x" + strings.Repeat("ab", 32), "0X" + strings.Repeat("AB", 32), "0x" + strings.Repeat("00", 31) + "01",
	"0x" + strings.Repeat("00", 32), strings.Repeat("ab", 32), "0x" + strings.Repeat("ab", 31), "0x" + strings.Repeat("ab", 33),
	"0x" + strings.Repeat("gg", 32), "0x" + strings.Repeat("ab", 31) + "a", " 0x" + strings.Repeat("ab", 31) + "a", "",
}

// fuzzBytes32Path checks a parser of a bytes32 path value: what it accepts
// is 0x + 64 hex digits, not zero, and its canonical form parses the same.
func fuzzBytes32Path(f *testing.F, parse func(string) ([32]byte, error)) {
	for _, s := range bytes32Seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := parse(s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		canon := hexutil.Encode(id[:])
		if id == ([32]byte{}) || len(s) != 66 || (s[:2] != "0x" && s[:2] != "0X") || !strings.EqualFold(s[2:], canon[2:]) {
			t.Fatalf("accepted %q as %s", s, canon)
		}
		if again, err := parse(canon); err != nil || again != id {
			t.Fatalf("round trip of %s: got %x, %v", canon, again, err)
		}
	})
}

func FuzzParseClaimID(f *testing.F) { fuzzBytes32Path(f, parseClaimID) }

func FuzzParsePathBatchID(f *testing.F) { fuzzBytes32Path(f, parsePathBatchID) }

// idSeeds are path values for the id parsers, valid and not.
var idSeeds = []string{"1", "42", "18446744073709551615", "18446744073709551616", "0", "00", "007", "+1", "-1", " 1", "1 ", "1e3", "0x1", "", "１"}

// fuzzIDPath checks a parser of a numeric path id: it accepts exactly the
// canonical decimals of 1 to 2^64-1.
func fuzzIDPath(f *testing.F, parse func(string) (uint64, error)) {
	for _, s := range idSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := parse(s)
		if err != nil {
			checkRefusal(t, err)
			// Every canonical decimal that fits is accepted.
			if n, perr := strconv.ParseUint(s, 10, 64); perr == nil && n > 0 && strconv.FormatUint(n, 10) == s {
				t.Fatalf("refused the id %q: %v", s, err)
			}
			return
		}
		if id == 0 || strconv.FormatUint(id, 10) != s {
			t.Fatalf("accepted %q as %d", s, id)
		}
	})
}

func FuzzParseWebhookID(f *testing.F) { fuzzIDPath(f, parseWebhookID) }

func FuzzParseDeliveryID(f *testing.F) { fuzzIDPath(f, parseDeliveryID) }

func FuzzParseContractID(f *testing.F) { fuzzIDPath(f, parseContractID) }

// statsRangeParams are the extra parameters each statistics route passes to
// decodeStatsRange (index_handlers.go).
var statsRangeParams = [][]string{
	{ixParamPeriod, paramCode, ixParamInsurer}, // /v1/stats/services
	{ixParamPeriod, ixParamMedication},         // /v1/stats/prescriptions
	{paramHolder},                              // /v1/stats/excursions
	nil,                                        // /v1/stats/settlements
}

// decodeEveryStatsRange decodes rawQuery as every statistics route does;
// it fails if every route refuses it.
func decodeEveryStatsRange(rawQuery string) error {
	var first error
	for _, more := range statsRangeParams {
		_, _, _, err := decodeStatsRange(rawQuery, more...)
		if err == nil {
			return nil
		}
		if first == nil {
			first = err
		}
	}
	return first
}

// FuzzDecodeStatsRange: the window of the statistics routes (otherwise only
// reached through FuzzIndexRoutes) is refused in the error model, or is two
// UTC whole-second times after 1970, since before until, taken from the
// query with only allowed parameters, and its canonical query string decodes
// to the same window and values.
func FuzzDecodeStatsRange(f *testing.F) {
	for _, s := range []string{
		"since=2025-05-01T00:00:00Z&until=2025-06-01T00:00:00Z",
		"since=2025-05-01T00:00:00%2B02:00&until=2025-05-01T00:00:01.9Z&period=week",
		"since=1970-01-01T00:00:01Z&until=9999-12-31T23:59:59Z&holder=0x1111111111111111111111111111111111111111",
		"since=2025-06-01T00:00:00Z&until=2025-06-01T00:00:00Z",
		"since=2025-06-02T00:00:00Z&until=2025-06-01T00:00:00Z",
		"since=2025-05-01T00:00:00Z",
		"until=2025-05-01T00:00:00Z",
		"since=1970-01-01T00:00:00Z&until=2025-05-01T00:00:00Z",
		"since=2025-05-01&until=2025-06-01",
		"since=2025-05-01T00:00:00Z&since=2025-05-02T00:00:00Z&until=2025-06-01T00:00:00Z",
		"since=2025-05-01T00:00:00Z&until=2025-06-01T00:00:00Z&limit=1",
		"since=2025-05-01T00:00:00Z;until=2025-06-01T00:00:00Z",
		"since=%zz",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, more := range statsRangeParams {
			v, since, until, err := decodeStatsRange(raw, more...)
			if err != nil {
				checkRefusal(t, err)
				continue
			}
			checkUTCSeconds(t, "since", since)
			checkUTCSeconds(t, "until", until)
			if !since.Before(until) {
				t.Fatalf("accepted %q: since %v not before until %v", raw, since, until)
			}
			allowed := append([]string{ixParamSince, ixParamUntil}, more...)
			for k := range v {
				if !slices.Contains(allowed, k) {
					t.Fatalf("accepted %q with parameter %q, allowed %q", raw, k, allowed)
				}
			}
			q := url.Values{}
			for k, s := range v {
				q.Set(k, s)
			}
			q.Set(ixParamSince, since.Format(time.RFC3339))
			q.Set(ixParamUntil, until.Format(time.RFC3339))
			v2, since2, until2, err := decodeStatsRange(q.Encode(), more...)
			if err != nil || !since2.Equal(since) || !until2.Equal(until) {
				t.Fatalf("round trip of %q (%v, %v): got %v, %v, %v", raw, since, until, since2, until2, err)
			}
			delete(v, ixParamSince)
			delete(v, ixParamUntil)
			delete(v2, ixParamSince)
			delete(v2, ixParamUntil)
			if !maps.Equal(v, v2) {
				t.Fatalf("round trip of %q: values %q, then %q", raw, v, v2)
			}
		}
	})
}
