package api

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Fuzz targets of the indexer routes: no panics, refusals in the error
// model (400), and no query string makes a route fail with 500.
// Seed corpora are in testdata/fuzz/<FuzzName>/.

func init() {
	seedDecoders["FuzzDecodeIndexQuery"] = decodeEveryIndexParam
	seedDecoders["FuzzAuditTrailCursor"] = func(s string) error { _, err := decodeAuditTrailCursor(s); return err }
}

// fuzzIndexParams are the route-specific parameters FuzzDecodeIndexQuery
// allows besides the common ones.
var fuzzIndexParams = []string{ixParamKind, ixParamStatus, ixParamInsurer, ixParamProvider, ixParamOrder,
	ixParamPeriod, paramCode, ixParamMedication, paramHolder}

// indexParamDecoders are the decoders of the parameters in v that the
// indexer routes decode after decodeIndexQuery.
func indexParamDecoders(v map[string]string) []func() error {
	return []func() error{
		func() error { _, err := decodeClaimStatus(v); return err },
		func() error { _, err := optionalAddress(v, ixParamInsurer); return err },
		func() error { _, err := decodeOrder(v, false); return err },
		func() error { _, err := decodePeriod(v); return err },
		func() error { _, err := decodeServiceCode(v); return err },
		func() error { _, err := decodeMedication(v); return err },
		func() error { _, _, err := decodeTimeRange(v, true); return err },
	}
}

// decodeEveryIndexParam decodes rawQuery as FuzzDecodeIndexQuery does; it
// fails with the first refusal.
func decodeEveryIndexParam(rawQuery string) error {
	v, _, err := decodeIndexQuery(rawQuery, fuzzIndexParams...)
	if err != nil {
		return err
	}
	for _, decode := range indexParamDecoders(v) {
		if err := decode(); err != nil {
			return err
		}
	}
	return nil
}

func FuzzDecodeIndexQuery(f *testing.F) {
	f.Add("kind=claim,claim_status&since=2025-05-01T00:00:00Z&until=2025-06-01T00:00:00Z&limit=20")
	f.Add("cursor=dGltZWxpbmU6MTE5MDow&limit=500")
	f.Add("status=paid&insurer=0x1111111111111111111111111111111111111111&order=newest")
	f.Add("period=month&code=0x434f4e5300000000000000000000000000000000000000000000000000000000&medication=a%7Cb&holder=0x1")
	f.Add("since=9999-12-31T23:59:59Z&until=1970-01-01T00:00:01Z")
	f.Add("kind=,,&kind=x")
	f.Fuzz(func(t *testing.T, raw string) {
		v, _, err := decodeIndexQuery(raw, fuzzIndexParams...)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		for _, decode := range indexParamDecoders(v) {
			if err := decode(); err != nil {
				checkRefusal(t, err)
			}
		}
	})
}

// FuzzIndexRoutes sends arbitrary query strings to the indexer routes,
// answered by the real query layer over a seeded SQLite index: the answer is
// never a server error.
func FuzzIndexRoutes(f *testing.F) {
	f.Add(uint8(0), "kind=claim&limit=1")
	f.Add(uint8(1), "since=2025-05-30T00:00:00Z&until=2025-06-03T00:00:00Z&period=month")
	f.Add(uint8(2), "order=newest&kind=reading,recalled")
	f.Add(uint8(3), "cursor=bGVkZ2VyOjk5OTk5OTk5OTk5OTk5OTk5OTk5OTo0")
	f.Add(uint8(4), "status=paid&provider=0x8617E340B3D01FA5F11F306F4090FD50E238070D")
	f.Add(uint8(1), "since=1970-01-01T00:00:01Z&until=9999-12-31T23:59:59Z&period=day")
	f.Add(uint8(6), "kind=read,grant&limit=1&cursor=YXVkaXQ6MTEwMjow~5")
	f.Add(uint8(6), "cursor=.~18446744073709551615")
	// One server for every input (a harness per input is too slow to fuzz):
	// the fake index, the regulator and patient credentials, no rate limits.
	cfg := DefaultConfig()
	cfg.ClientRate, cfg.CredentialRate = 0, 0
	// The record service has a read audit (kind=read would be 503 without).
	recs := &auditRecords{fakeRecords: newFakeRecords(), entries: []AuditEntry{{Seq: 5, Patient: patientAccount, Actor: hospitalAccount,
		RecordID: 1, Category: CategoryLabResults, Action: "read"}}}
	srv, err := New(cfg, Deps{Chain: &fakeChain{}, Registry: newFakeRegistry(), Sessions: newFakeSessions(), Index: newFakeIndex(f), Records: recs,
		Auth: fakeAuth{regulatorToken: {ID: "regulator0", Name: "Health Authority", Account: regulatorAccount}}})
	if err != nil {
		f.Fatal(err)
	}
	handler := srv.Handler()
	f.Fuzz(func(t *testing.T, which uint8, raw string) {
		targets := []struct{ path, token string }{
			{"/v1/patients/" + patientAccount.Hex() + "/timeline", patientToken},
			{"/v1/stats/services", regulatorToken},
			{"/v1/batches/" + ixBatch.Hex() + "/history", regulatorToken},
			{"/v1/service-contracts/1/ledger", regulatorToken},
			{"/v1/claims", regulatorToken},
			{"/v1/stats/settlements", regulatorToken},
			{"/v1/patients/" + patientAccount.Hex() + "/audit-trail", patientToken},
		}
		tg := targets[int(which)%len(targets)]
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path, req.URL.RawQuery = tg.path, raw
		req.RequestURI = ""
		req.Header.Set("Authorization", "Bearer "+tg.token)
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %s?%s: got %d %s", tg.path, raw, rec.Code, rec.Body)
		}
	})
}

// FuzzAuditTrailCursor: a decoded cursor encodes back to the same string,
// and refusals are invalid_cursor errors.
func FuzzAuditTrailCursor(f *testing.F) {
	for _, s := range []string{"YXVkaXQ6MTEwMjow~5", ".~1", "~.", "~", ".~.", "~01", "a~b~c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := decodeAuditTrailCursor(s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if s != "" && c.encode() != s {
			t.Fatalf("%q decoded to %+v, which encodes to %q", s, c, c.encode())
		}
	})
}
