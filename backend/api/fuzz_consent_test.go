package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Fuzz targets of the sign-in, consent and record decoders, with the checks of
// fuzz_test.go: no panics, refusals in the error model, accepted values that
// survive a round trip through their canonical form.

// canonicalJSON marshals a canonical request body.
func canonicalJSON(t *testing.T, v map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal canonical form: %v", err)
	}
	return b
}

func grantFields(g GrantRequest) map[string]any {
	return map[string]any{"grantee": g.Grantee.Hex(), "categories": categoryNamesOf(g.Categories),
		"purpose": g.Purpose.String(), "expiresAt": g.ExpiresAt.Format(time.RFC3339)}
}

// checkGrant fails unless g is a grant the decoders may produce.
func checkGrant(t *testing.T, g GrantRequest) {
	t.Helper()
	if g.Grantee == ([20]byte{}) || g.Categories == 0 || g.Categories&^MaskOf(CategorySummary, CategoryAllergies, CategoryImmunizations,
		CategoryDiagnoses, CategoryLabResults, CategoryImaging, CategoryPrescriptions, CategoryInsurance, CategoryPersonal) != 0 ||
		!g.Purpose.Grantable() || g.ExpiresAt.Location() != time.UTC || g.ExpiresAt.Nanosecond() != 0 || g.ExpiresAt.Unix() <= 0 {
		t.Fatalf("accepted grant %+v", g)
	}
}

func FuzzDecodeSignInRequest(f *testing.F) {
	f.Add([]byte(signInJS(siweMessage, testProofHex)))
	f.Add([]byte(signInJS("x", "0x"+strings.Repeat("00", 64)+"1b")))
	f.Add([]byte(`{"message":"m","signature":"0x1234"}`))
	f.Add([]byte(`{"message":1,"signature":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeSignInRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Message == "" || len(req.Signature) != 65 {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		again, err := decodeSignInRequest(canonicalJSON(t, map[string]any{"message": req.Message, "signature": hexutil.Encode(req.Signature)}))
		if err != nil || !reflect.DeepEqual(again, req) {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, req)
		}
	})
}

func FuzzDecodeGrantRequest(f *testing.F) {
	f.Add([]byte(grantJS))
	f.Add([]byte(`{"grantee":"` + hospitalAccount.Hex() + `","categories":["personal","summary","imaging"],"purpose":"operations","expiresAt":"2099-01-01T00:00:00.5-11:00"}`))
	f.Add([]byte(`{"grantee":"` + hospitalAccount.Hex() + `","categories":["summary","summary"],"purpose":"treatment","expiresAt":"2099-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"grantee":"` + hospitalAccount.Hex() + `","categories":[null],"purpose":"emergency","expiresAt":"2099-01-01T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		g, err := decodeGrantRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkGrant(t, g)
		again, err := decodeGrantRequest(canonicalJSON(t, grantFields(g)))
		if err != nil || again != g {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, g)
		}
	})
}

func FuzzDecodeRevokeRequest(f *testing.F) {
	f.Add([]byte(revokeJS))
	f.Add([]byte(`{"grantee":"` + hospitalAccount.Hex() + `","purpose":"emergency"}`))
	f.Add([]byte(`{"grantee":"` + hospitalAccount.Hex() + `"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := decodeRevokeRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if r.Grantee == ([20]byte{}) || !r.Purpose.Grantable() {
			t.Fatalf("accepted %q as %+v", body, r)
		}
		again, err := decodeRevokeRequest(canonicalJSON(t, map[string]any{"grantee": r.Grantee.Hex(), "purpose": r.Purpose.String()}))
		if err != nil || again != r {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, r)
		}
	})
}

func FuzzDecodeTypedDataRequest(f *testing.F) {
	f.Add([]byte(typedGrantJS))
	f.Add([]byte(typedRevokeJS))
	f.Add([]byte(`{"kind":"revoke","patient":"` + patientAccount.Hex() + `","grantee":"` + hospitalAccount.Hex() + `","purpose":"treatment","categories":["summary"]}`))
	f.Add([]byte(`{"kind":"grant","patient":"` + patientAccount.Hex() + `","deadline":""}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeTypedDataRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Patient == ([20]byte{}) || (req.Kind != kindGrant && req.Kind != kindRevoke) {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		fields := map[string]any{"kind": req.Kind, "patient": req.Patient.Hex(), "grantee": req.Grant.Grantee.Hex(), "purpose": req.Grant.Purpose.String()}
		if req.Kind == kindGrant {
			checkGrant(t, req.Grant)
			fields = grantFields(req.Grant)
			fields["kind"], fields["patient"] = req.Kind, req.Patient.Hex()
		} else if req.Grant.Categories != 0 || !req.Grant.ExpiresAt.IsZero() {
			t.Fatalf("accepted a revocation with grant fields: %+v", req)
		}
		if !req.Deadline.IsZero() {
			fields["deadline"] = req.Deadline.Format(time.RFC3339)
		}
		again, err := decodeTypedDataRequest(canonicalJSON(t, fields))
		if err != nil || again != req {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, req)
		}
	})
}

func FuzzDecodeSignedGrant(f *testing.F) {
	f.Add([]byte(signedGrantJS))
	f.Add([]byte(strings.Replace(signedGrantJS, `"nonce":"3"`, `"nonce":"115792089237316195423570985008687907853269984665640564039457584007913129639935"`, 1)))
	f.Add([]byte(strings.Replace(signedGrantJS, `"nonce":"3"`, `"nonce":"-1"`, 1)))
	f.Add([]byte(strings.Replace(signedGrantJS, sigHex, "0x", 1)))
	f.Fuzz(func(t *testing.T, body []byte) {
		g, err := decodeSignedGrant(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkGrant(t, g.GrantRequest)
		if g.Patient == ([20]byte{}) || g.Nonce.Sign() < 0 || g.Nonce.Cmp(maxUint256) > 0 || len(g.Signature) == 0 || len(g.Signature) > maxSignatureBytes {
			t.Fatalf("accepted %q as %+v", body, g)
		}
		fields := grantFields(g.GrantRequest)
		fields["patient"], fields["nonce"] = g.Patient.Hex(), g.Nonce.String()
		fields["deadline"], fields["signature"] = g.Deadline.Format(time.RFC3339), hexutil.Encode(g.Signature)
		again, err := decodeSignedGrant(canonicalJSON(t, fields))
		if err != nil || again.Nonce.Cmp(g.Nonce) != 0 {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, g)
		}
		again.Nonce, g.Nonce = nil, nil
		if !reflect.DeepEqual(again, g) {
			t.Fatalf("round trip: got %+v, want %+v", again, g)
		}
	})
}

func FuzzDecodeSignedRevoke(f *testing.F) {
	f.Add([]byte(signedRevokeJS))
	f.Add([]byte(strings.Replace(signedRevokeJS, sigHex, "0x"+strings.Repeat("ab", 300), 1)))
	f.Add([]byte(strings.Replace(signedRevokeJS, `"nonce":"4"`, `"nonce":"00"`, 1)))
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := decodeSignedRevoke(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if r.Patient == ([20]byte{}) || r.Grantee == ([20]byte{}) || !r.Purpose.Grantable() || r.Nonce.Sign() < 0 || len(r.Signature) == 0 {
			t.Fatalf("accepted %q as %+v", body, r)
		}
		again, err := decodeSignedRevoke(canonicalJSON(t, map[string]any{"patient": r.Patient.Hex(), "grantee": r.Grantee.Hex(),
			"purpose": r.Purpose.String(), "nonce": r.Nonce.String(), "deadline": r.Deadline.Format(time.RFC3339), "signature": hexutil.Encode(r.Signature)}))
		if err != nil || again.Nonce.Cmp(r.Nonce) != 0 {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, r)
		}
		again.Nonce, r.Nonce = nil, nil
		if !reflect.DeepEqual(again, r) {
			t.Fatalf("round trip: got %+v, want %+v", again, r)
		}
	})
}

func FuzzDecodeEmergencyRequest(f *testing.F) {
	f.Add([]byte(emergencyJS))
	f.Add([]byte(`{"patient":"` + patientAccount.Hex() + `","reasonCode":"0x00"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeEmergencyRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Patient == ([20]byte{}) || req.ReasonCode == ([32]byte{}) {
			t.Fatalf("accepted %q as %+v", body, req)
		}
		again, err := decodeEmergencyRequest(canonicalJSON(t, map[string]any{"patient": req.Patient.Hex(), "reasonCode": hexutil.Encode(req.ReasonCode[:])}))
		if err != nil || again != req {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, req)
		}
	})
}

func FuzzDecodeRecordQuery(f *testing.F) {
	f.Add(patientQuery)
	f.Add(patientQuery + "&previous=18446744073709551615")
	f.Add(patientQuery + "&previous=18446744073709551616")
	f.Add("category=imaging")
	f.Add("patient=" + patientAccount.Hex() + "&category=lab%5Fresults;previous=1")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := decodeRecordQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if q.Patient == ([20]byte{}) || !q.Category.Valid() {
			t.Fatalf("accepted %q as %+v", raw, q)
		}
		v := url.Values{paramPatient: {q.Patient.Hex()}, paramCategory: {q.Category.String()}}
		if q.Previous != 0 {
			v.Set(paramPrevious, strconv.FormatUint(q.Previous, 10))
		}
		again, err := decodeRecordQuery(v.Encode())
		if err != nil || again != q {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, q)
		}
	})
}

func FuzzDecodeAuditQuery(f *testing.F) {
	f.Add("")
	f.Add("limit=200&cursor=" + encodeAuditCursor(1<<40))
	f.Add("cursor=" + encodeCursor(ListPosition{Block: 1}))
	f.Add("cursor=Ag")
	f.Add("limit=1&limit=2")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := decodeAuditQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if q.Limit < 1 || q.Limit > maxPageSize {
			t.Fatalf("accepted %q as %+v", raw, q)
		}
		v := url.Values{paramLimit: {strconv.Itoa(q.Limit)}}
		if q.After != 0 || strings.Contains(raw, "cursor") {
			v.Set(paramCursor, encodeAuditCursor(q.After))
		}
		again, err := decodeAuditQuery(v.Encode())
		if err != nil || again != q {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, q)
		}
	})
}

func FuzzDecodeAuditCursor(f *testing.F) {
	f.Add(encodeAuditCursor(0))
	f.Add(encodeAuditCursor(^uint64(0)))
	f.Add(encodeCursor(ListPosition{Block: 3}))
	f.Add("AoCA")
	f.Fuzz(func(t *testing.T, s string) {
		seq, err := decodeAuditCursor(s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if again := encodeAuditCursor(seq); again != s {
			t.Fatalf("accepted %q for %d, whose cursor is %q", s, seq, again)
		}
	})
}

func FuzzDecodeGrantListQuery(f *testing.F) {
	f.Add("")
	f.Add("all=true")
	f.Add("all=TRUE")
	f.Add("all=true&all=true")
	f.Fuzz(func(t *testing.T, raw string) {
		all, err := decodeGrantListQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if again, err := decodeGrantListQuery("all=" + strconv.FormatBool(all)); err != nil || again != all {
			t.Fatalf("round trip of %v: got %v, %v", all, again, err)
		}
	})
}

func FuzzParseRecordID(f *testing.F) {
	f.Add("42")
	f.Add("18446744073709551615")
	f.Add("0")
	f.Add("+1")
	f.Add("007")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := parseRecordID(fieldID, s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if id == 0 || strconv.FormatUint(id, 10) != s {
			t.Fatalf("accepted %q as %d", s, id)
		}
	})
}

func FuzzParseNonce(f *testing.F) {
	f.Add("0")
	f.Add("115792089237316195423570985008687907853269984665640564039457584007913129639935")
	f.Add("115792089237316195423570985008687907853269984665640564039457584007913129639936")
	f.Add("1e3")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseNonce(fieldNonce, s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if n.Sign() < 0 || n.Cmp(maxUint256) > 0 || n.String() != s {
			t.Fatalf("accepted %q as %s", s, n)
		}
	})
}

func FuzzRecordMediaType(f *testing.F) {
	f.Add("application/fhir+json")
	f.Add("application/json; charset=utf-8; fhirVersion=4.0")
	f.Add("image/dicom")
	f.Add("multipart/form-data; boundary=x")
	f.Add(`text/plain; charset="utf-8"; x=y`)
	f.Add("")
	f.Fuzz(func(t *testing.T, header string) {
		mt, isFHIR, err := recordMediaType(header)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Status != http.StatusUnsupportedMediaType || e.Code != CodeUnsupportedMediaType {
				t.Fatalf("refusal %v: want a 415 in the error model", err)
			}
			return
		}
		if isFHIR != (mt == fhirMediaType) || strings.HasPrefix(mt, "multipart/") {
			t.Fatalf("accepted %q as %q (FHIR %v)", header, mt, isFHIR)
		}
		// The stored media type is accepted again as itself.
		again, againFHIR, err := recordMediaType(mt)
		if err != nil || again != mt || againFHIR != isFHIR {
			t.Fatalf("round trip of %q: got %q, %v, %v", mt, again, againFHIR, err)
		}
	})
}

// seedDecoders are the decoders of this file's fuzz targets, for TestSeedCorpora.
var seedDecoders = map[string]func(string) error{
	"FuzzDecodeSignInRequest":    func(s string) error { _, err := decodeSignInRequest([]byte(s)); return err },
	"FuzzDecodeGrantRequest":     func(s string) error { _, err := decodeGrantRequest([]byte(s)); return err },
	"FuzzDecodeRevokeRequest":    func(s string) error { _, err := decodeRevokeRequest([]byte(s)); return err },
	"FuzzDecodeTypedDataRequest": func(s string) error { _, err := decodeTypedDataRequest([]byte(s)); return err },
	"FuzzDecodeSignedGrant":      func(s string) error { _, err := decodeSignedGrant([]byte(s)); return err },
	"FuzzDecodeSignedRevoke":     func(s string) error { _, err := decodeSignedRevoke([]byte(s)); return err },
	"FuzzDecodeEmergencyRequest": func(s string) error { _, err := decodeEmergencyRequest([]byte(s)); return err },
	"FuzzDecodeRecordQuery":      func(s string) error { _, err := decodeRecordQuery(s); return err },
	"FuzzDecodeAuditQuery":       func(s string) error { _, err := decodeAuditQuery(s); return err },
	"FuzzDecodeAuditCursor":      func(s string) error { _, err := decodeAuditCursor(s); return err },
	"FuzzDecodeGrantListQuery":   func(s string) error { _, err := decodeGrantListQuery(s); return err },
	"FuzzParseRecordID":          func(s string) error { _, err := parseRecordID(fieldID, s); return err },
	"FuzzParseNonce":             func(s string) error { _, err := parseNonce(fieldNonce, s); return err },
	"FuzzRecordMediaType":        func(s string) error { _, _, err := recordMediaType(s); return err },
}
