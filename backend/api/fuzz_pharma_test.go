package api

import (
	"encoding/json"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Fuzz targets of the supply-chain and prescription decoders, with the
// checks of fuzz_test.go: no panics, refusals in the error model, accepted
// values that survive a round trip through their canonical form. Seed
// corpora are in testdata/fuzz/<FuzzName>/.

func init() {
	for name, decode := range map[string]func(string) error{
		"FuzzDecodeBatchQuery":               func(s string) error { _, err := decodeBatchQuery(s); return err },
		"FuzzDecodeSerialList":               func(s string) error { _, err := decodeSerialList(strings.NewReader(s)); return err },
		"FuzzSerialListMediaType":            func(s string) error { return serialListMediaType(s) },
		"FuzzDecodeProofQuery":               func(s string) error { _, err := decodeProofQuery(s); return err },
		"FuzzDecodeHandOverRequest":          func(s string) error { _, err := decodeHandOverRequest([]byte(s)); return err },
		"FuzzDecodeReadingsRequest":          func(s string) error { _, err := decodeReadingsRequest([]byte(s)); return err },
		"FuzzDecodeVerifyQuery":              func(s string) error { _, err := decodeVerifyQuery(s); return err },
		"FuzzDecodeVerifyRequest":            func(s string) error { _, err := decodeVerifyRequest([]byte(s)); return err },
		"FuzzDecodeCloneReportRequest":       func(s string) error { _, err := decodeCloneReportRequest([]byte(s)); return err },
		"FuzzDecodeIssueRequest":             func(s string) error { _, err := decodeIssueRequest([]byte(s)); return err },
		"FuzzDecodeDispenseRequest":          func(s string) error { _, err := decodeDispenseRequest([]byte(s)); return err },
		"FuzzDecodeDispenseTypedDataRequest": func(s string) error { _, err := decodeDispenseTypedDataRequest([]byte(s)); return err },
		"FuzzDecodePrescriptionListQuery":    func(s string) error { _, err := decodePrescriptionListQuery(s); return err },
	} {
		seedDecoders[name] = decode
	}
}

// checkGS1Value fails unless s is a lot or serial the decoders may accept.
func checkGS1Value(t *testing.T, what, s string) {
	t.Helper()
	if msg := checkGS1Text(s); msg != "" {
		t.Fatalf("accepted %s %q: %s", what, s, msg)
	}
}

func FuzzDecodeBatchQuery(f *testing.F) {
	f.Add(batchQuery)
	f.Add(batchQuery + "&document=" + testCID)
	f.Add("gtin=00000000000000&lot=%21%22%25&manufactured=1970-01-01&expiry=9999-12-31&minTemperature=-32768&maxTemperature=32767")
	f.Add("gtin=09506000134352&lot=L&manufactured=2025-02-30&expiry=2026-01-01&minTemperature=0&maxTemperature=1")
	f.Add("gtin=09506000134352&gtin=09506000134352")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := decodeBatchQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkGS1Value(t, "lot", q.Lot)
		if q.GTIN == 0 || q.MinTemperature >= q.MaxTemperature || !q.Expiry.LastDay().After(q.ManufacturedAt) {
			t.Fatalf("accepted %q as %+v", raw, q)
		}
		v := url.Values{"gtin": {formatGTIN(q.GTIN)}, "lot": {q.Lot}, "manufactured": {q.ManufacturedAt.Format(time.DateOnly)},
			"expiry": {q.Expiry.LastDay().Format(time.DateOnly)}, "minTemperature": {strconv.Itoa(int(q.MinTemperature))},
			"maxTemperature": {strconv.Itoa(int(q.MaxTemperature))}}
		if q.Document != "" {
			v.Set("document", q.Document)
		}
		again, err := decodeBatchQuery(v.Encode())
		if err != nil || again != q {
			t.Fatalf("round trip of %+v: got %+v, %v", q, again, err)
		}
	})
}

func FuzzDecodeSerialList(f *testing.F) {
	f.Add("SN0001\nSN0002\nSN0003\n")
	f.Add("SN0001\r\nSN0002")
	f.Add("A\n\nB\n")
	f.Add("X\nY\nX\n")
	f.Add(strings.Repeat("9", 21) + "\n")
	f.Add("\n")
	f.Fuzz(func(t *testing.T, body string) {
		serials, err := decodeSerialList(strings.NewReader(body))
		if err != nil {
			checkRefusal(t, err)
			return
		}
		seen := map[string]bool{}
		for _, s := range serials {
			checkGS1Value(t, "serial", s)
			if seen[s] {
				t.Fatalf("accepted %q twice", s)
			}
			seen[s] = true
		}
		again, err := decodeSerialList(strings.NewReader(strings.Join(serials, "\n")))
		if err != nil || !reflect.DeepEqual(again, serials) {
			t.Fatalf("round trip of %q: got %q, %v", serials, again, err)
		}
	})
}

func FuzzSerialListMediaType(f *testing.F) {
	for _, s := range []string{"text/plain", "text/plain; charset=utf-8", "text/plain; charset=US-ASCII", "text/csv", "text/plain; charset=latin1", "text/plain; format=flowed", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		if err := serialListMediaType(header); err != nil {
			if e, ok := err.(*Error); !ok || e.Status != 415 || e.Code != CodeUnsupportedMediaType {
				t.Fatalf("refusal %v: want a 415", err)
			}
		}
	})
}

func FuzzDecodeProofQuery(f *testing.F) {
	f.Add("serial=SN0001")
	f.Add("serial=SN%2F01%3F")
	f.Add("serial=")
	f.Add("serial=a&serial=b")
	f.Fuzz(func(t *testing.T, raw string) {
		s, err := decodeProofQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkGS1Value(t, "serial", s)
		if again, err := decodeProofQuery(url.Values{"serial": {s}}.Encode()); err != nil || again != s {
			t.Fatalf("round trip of %q: got %q, %v", s, again, err)
		}
	})
}

func FuzzDecodeHandOverRequest(f *testing.F) {
	f.Add([]byte(`{"to":"` + pharmacyAccount.Hex() + `","quantity":40}`))
	f.Add([]byte(`{"to":"` + pharmacyAccount.Hex() + `","quantity":4294967296}`))
	f.Add([]byte(`{"to":"` + pharmacyAccount.Hex() + `","quantity":-1}`))
	f.Add([]byte(`{"to":"` + pharmacyAccount.Hex() + `","quantity":1e3}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeHandOverRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.To == ([20]byte{}) || req.Quantity == 0 {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		again, err := decodeHandOverRequest(canonicalJSON(t, map[string]any{"to": req.To.Hex(), "quantity": req.Quantity}))
		if err != nil || again != req {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodeReadingsRequest(f *testing.F) {
	f.Add([]byte(readingsJS))
	f.Add([]byte(`{"readings":[` + strings.Replace(readingJS, readingSigHex, hexutil.Encode(append(testReading.Signature[:], 0)), 1) + `]}`))
	f.Add([]byte(`{"readings":[{"batchId":"` + testBatchHex + `"}]}`))
	f.Add([]byte(`{"readings":{}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		rs, err := decodeReadingsRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		items := make([]map[string]any, len(rs))
		for i, r := range rs {
			if r.BatchID == ([32]byte{}) || r.Holder == ([20]byte{}) || r.Timestamp.Unix() <= 0 || r.Timestamp.Location() != time.UTC {
				t.Fatalf("accepted reading %+v", r)
			}
			items[i] = map[string]any{"batchId": hexutil.Encode(r.BatchID[:]), "holder": r.Holder.Hex(),
				"timestamp": r.Timestamp.Format(time.RFC3339), "temperature": r.Temperature, "signature": hexutil.Encode(r.Signature[:])}
		}
		again, err := decodeReadingsRequest(canonicalJSON(t, map[string]any{"readings": items}))
		if err != nil || !reflect.DeepEqual(again, rs) {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, rs)
		}
	})
}

func FuzzDecodeVerifyQuery(f *testing.F) {
	f.Add("code=" + url.QueryEscape(testPackRaw) + "&holder=" + pharmacyAccount.Hex())
	f.Add("code=" + url.QueryEscape(testPackHRI))
	f.Add("code=%5Dd2%1D01095060001343521727123110LOT42")
	f.Add("code=(01)09506000134352(17)270230(10)L(21)S")
	f.Add("holder=" + pharmacyAccount.Hex())
	f.Fuzz(func(t *testing.T, raw string) {
		req, err := decodeVerifyQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if err := req.Code.Complete(); err != nil {
			t.Fatalf("accepted an incomplete code %+v", req.Code)
		}
		v := url.Values{"code": {req.Code.HRI()}}
		if req.Holder != ([20]byte{}) {
			v.Set("holder", req.Holder.Hex())
		}
		again, err := decodeVerifyQuery(v.Encode())
		if err != nil || again != req {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
		// The raw element string of the code decodes to the same code.
		raw2, err := decodeVerifyQuery(url.Values{"code": {req.Code.ElementString()}}.Encode())
		if err != nil || raw2.Code != req.Code {
			t.Fatalf("element string of %+v: got %+v, %v", req.Code, raw2.Code, err)
		}
	})
}

func FuzzDecodeVerifyRequest(f *testing.F) {
	f.Add([]byte(`{"code":"` + testPackHRI + `","holder":"` + pharmacyAccount.Hex() + `"}`))
	f.Add([]byte(`{"code":"` + strings.ReplaceAll(testPackRaw, "\x1d", `\u001d`) + `"}`))
	f.Add([]byte(`{"code":"(01)09506000134352(17)271231(10)LOT42(21)SN0001(10)X"}`))
	f.Add([]byte(`{"code":1}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeVerifyRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		m := map[string]any{"code": req.Code.HRI()}
		if req.Holder != ([20]byte{}) {
			m["holder"] = req.Holder.Hex()
		}
		again, err := decodeVerifyRequest(canonicalJSON(t, m))
		if err != nil || again != req {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodeCloneReportRequest(f *testing.F) {
	f.Add([]byte(`{"code":"` + testPackHRI + `"}`))
	f.Add([]byte(`{"code":"]d2(01)"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := decodeCloneReportRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		again, err := decodeCloneReportRequest(canonicalJSON(t, map[string]any{"code": c.ElementString()}))
		if err != nil || again != c {
			t.Fatalf("round trip of %+v: got %+v, %v", c, again, err)
		}
	})
}

// issueFields is the canonical body of an IssueRequest.
func issueFields(r IssueRequest) map[string]any {
	m := map[string]any{"patient": r.Patient.Hex(), "quantityPerFill": r.QuantityPerFill, "refills": r.Refills,
		"validUntil": r.ValidUntil.Format(time.RFC3339), "minFillInterval": int64(r.MinFillInterval / time.Second), "controlled": r.Controlled}
	if r.GTIN != 0 {
		m["gtin"] = formatGTIN(r.GTIN)
	}
	if r.Code != "" {
		m["codeSystem"], m["code"] = r.CodeSystem, r.Code
	}
	m["record"] = r.Record
	return m
}

func FuzzDecodeIssueRequest(f *testing.F) {
	f.Add([]byte(issueJS))
	f.Add([]byte(`{"patient":"` + patientAccount.Hex() + `","codeSystem":"http://www.whocc.no/atc","code":"N02BE01","quantityPerFill":10,"refills":65534,"validUntil":"2099-01-01T00:00:00-05:00","controlled":true,"record":44}`))
	f.Add([]byte(`{"patient":"` + patientAccount.Hex() + `","code":"N02BE01","quantityPerFill":1,"validUntil":"2099-01-01T00:00:00Z","record":1}`))
	f.Add([]byte(`{"patient":"` + patientAccount.Hex() + `","gtin":"09506000134352","quantityPerFill":1,"validUntil":"2099-01-01T00:00:00Z","record":1,"cid":"x"}`))
	f.Add([]byte(`{"patient":"` + patientAccount.Hex() + `","gtin":"09506000134352","quantityPerFill":1,"validUntil":"2099-01-01T00:00:00Z","cid":"` + testCID + `"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeIssueRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Patient == ([20]byte{}) || (req.GTIN == 0 && req.Code == "") || (req.Code == "") != (req.CodeSystem == "") ||
			req.QuantityPerFill < 1 || req.QuantityPerFill > maxPacksPerFill || req.Refills == 65535 ||
			req.Record == 0 || req.CID != "" || req.ValidUntil.Location() != time.UTC {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		again, err := decodeIssueRequest(canonicalJSON(t, issueFields(req)))
		if err != nil || !reflect.DeepEqual(again, req) {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodeDispenseRequest(f *testing.F) {
	f.Add([]byte(dispenseJS))
	f.Add([]byte(`{"fill":1,"packs":["` + testPackHRI + `","` + strings.Replace(testPackHRI, "SN0001", "SN0002", 1) + `"],"record":44,"deadline":"2025-06-01T13:00:00Z","patientSignature":"` + sigHex + `"}`))
	f.Add([]byte(`{"fill":65536,"packs":["x"],"cid":"y"}`))
	f.Add([]byte(`{"fill":1,"packs":["` + testPackHRI + `"],"record":44,"deadline":"2025-06-01T13:00:00Z"}`))
	f.Add([]byte(`{"fill":1,"packs":["` + testPackHRI + `"],"cid":"` + testCID + `"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeDispenseRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Fill == 0 || len(req.Packs) == 0 || len(req.Packs) > maxPacksPerFill || req.Record == 0 || req.CID != "" ||
			req.Deadline.IsZero() != (len(req.PatientSignature) == 0) {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		packs := make([]string, len(req.Packs))
		for i, p := range req.Packs {
			packs[i] = p.ElementString()
		}
		m := map[string]any{"fill": req.Fill, "packs": packs, "record": req.Record}
		if !req.Deadline.IsZero() {
			m["deadline"], m["patientSignature"] = req.Deadline.Format(time.RFC3339), hexutil.Encode(req.PatientSignature)
		}
		again, err := decodeDispenseRequest(canonicalJSON(t, m))
		if err != nil || !reflect.DeepEqual(again, req) {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodeDispenseTypedDataRequest(f *testing.F) {
	f.Add([]byte(`{"fill":2,"pharmacy":"` + pharmacyAccount.Hex() + `","deadline":"2025-06-01T13:00:00Z"}`))
	f.Add([]byte(`{"fill":1,"pharmacy":"` + pharmacyAccount.Hex() + `"}`))
	f.Add([]byte(`{"fill":"1","pharmacy":"0x0"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeDispenseTypedDataRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		m := map[string]any{"fill": req.Fill, "pharmacy": req.Pharmacy.Hex()}
		if !req.Deadline.IsZero() {
			m["deadline"] = req.Deadline.Format(time.RFC3339)
		}
		again, err := decodeDispenseTypedDataRequest(canonicalJSON(t, m))
		if err != nil || again != req {
			t.Fatalf("round trip of %+v: got %+v, %v", req, again, err)
		}
	})
}

func FuzzDecodePrescriptionListQuery(f *testing.F) {
	f.Add("")
	f.Add("limit=200&cursor=" + encodePrescriptionCursor(12))
	f.Add("cursor=" + encodeAuditCursor(12))
	f.Add("cursor=AwA")
	f.Add("limit=201")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := decodePrescriptionListQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if q.Limit < 1 || q.Limit > maxPageSize {
			t.Fatalf("accepted %q as %+v", raw, q)
		}
		v := url.Values{"limit": {strconv.Itoa(q.Limit)}}
		if q.After != 0 {
			v.Set("cursor", encodePrescriptionCursor(q.After))
		}
		again, err := decodePrescriptionListQuery(v.Encode())
		if err != nil || !reflect.DeepEqual(again, q) {
			t.Fatalf("round trip of %+v: got %+v, %v", q, again, err)
		}
	})
}

// TestPharmaSeedsRoundTrip keeps the JSON seeds honest: the valid bodies
// used across the tests decode.
func TestPharmaSeedsRoundTrip(t *testing.T) {
	for name, body := range map[string]string{"readings": readingsJS, "issue": issueJS, "dispense": dispenseJS} {
		if !json.Valid([]byte(body)) {
			t.Errorf("%s is not JSON: %s", name, body)
		}
	}
}
