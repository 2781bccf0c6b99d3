package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Fuzz targets for every request decoder. Each checks that the decoder never panics,
// that a refusal is an *Error with status 400, and that an accepted request, written
// back in canonical form, decodes to the same value. Seed corpora live in
// testdata/fuzz/<FuzzName>/.

// checkRefusal fails unless err is a 400 in the error model.
func checkRefusal(t *testing.T, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Status != 400 || e.Code == "" || e.Message == "" {
		t.Fatalf("refusal %v (%T): want an *Error with status 400, code and message", err, err)
	}
	if _, mErr := json.Marshal(e); mErr != nil {
		t.Fatalf("refusal %v cannot be written as JSON: %v", err, mErr)
	}
}

func canonical(t *testing.T, v map[string]string) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal canonical form: %v", err)
	}
	return b
}

func FuzzDecodeLicenseRequest(f *testing.F) {
	f.Add([]byte(licenseJS))
	f.Add([]byte(`{"address":"0x52908400098527886E0F7030069857D2E4169EE7","role":"government_payer","name":" Ministry ","licenseRef":"0x` + strings.Repeat("ab", 32) + `","validUntil":"2099-12-31T23:59:59.123456789-12:00"}`))
	f.Add([]byte(`{"address":null,"role":"lab","name":"x","licenseRef":"y","validUntil":"1970-01-01T00:00:01Z"}`))
	f.Add([]byte(`{"role":"lab","role":"lab"}`))
	f.Add([]byte(`{} {}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeLicenseRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Account == ([20]byte{}) || !req.Role.Valid() || req.Name == "" || req.Name != strings.TrimSpace(req.Name) {
			t.Fatalf("accepted %q as %+v: want a non-zero account, a valid role and a trimmed name", body, req)
		}
		if strings.IndexFunc(req.Name, unicode.IsControl) >= 0 || len(req.Name) > maxNameLen {
			t.Fatalf("accepted name %q", req.Name)
		}
		if req.ValidUntil.Location() != time.UTC || req.ValidUntil.Nanosecond() != 0 || req.ValidUntil.Unix() <= 0 {
			t.Fatalf("accepted validUntil %v: want UTC whole seconds after 1970", req.ValidUntil)
		}
		again, err := decodeLicenseRequest(canonical(t, map[string]string{
			"address": req.Account.Hex(), "role": req.Role.String(), "name": req.Name,
			"licenseRef": hexutil.Encode(req.LicenseRef[:]), "validUntil": req.ValidUntil.Format(time.RFC3339),
		}))
		if err != nil {
			t.Fatalf("canonical form of %+v refused: %v", req, err)
		}
		if again != req {
			t.Fatalf("round trip: got %+v, want %+v", again, req)
		}
	})
}

func FuzzDecodeSuspendRequest(f *testing.F) {
	f.Add([]byte(`{"reasonCode":"` + reasonHex + `"}`))
	f.Add([]byte(`{"reasonCode":"0x01"}`))
	f.Add([]byte(`{"reasonCode":"` + strings.ToUpper(reasonHex) + `"}` + "\n"))
	f.Add([]byte(`{"reasonCode":1}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeSuspendRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.ReasonCode == ([32]byte{}) {
			t.Fatalf("accepted a zero reason code from %q", body)
		}
		again, err := decodeSuspendRequest(canonical(t, map[string]string{"reasonCode": hexutil.Encode(req.ReasonCode[:])}))
		if err != nil || again != req {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, req)
		}
	})
}

func FuzzDecodeDeviceRequest(f *testing.F) {
	f.Add([]byte(`{"device":"` + deviceAccount.Hex() + `","owner":"` + pharmacyAccount.Hex() + `","deviceRef":"` + deviceRef + `"}`))
	f.Add([]byte(`{"device":"0x0000000000000000000000000000000000000000","owner":"","deviceRef":null}`))
	f.Add([]byte(`{"device":"0X` + strings.Repeat("F", 40) + `"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeDeviceRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if req.Device == ([20]byte{}) || req.Owner == ([20]byte{}) || req.DeviceRef == ([32]byte{}) {
			t.Fatalf("accepted zero values from %q: %+v", body, req)
		}
		again, err := decodeDeviceRequest(canonical(t, map[string]string{
			"device": req.Device.Hex(), "owner": req.Owner.Hex(), "deviceRef": hexutil.Encode(req.DeviceRef[:]),
		}))
		if err != nil || again != req {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, req)
		}
	})
}

func FuzzDecodeEncryptionKeyRequest(f *testing.F) {
	f.Add([]byte(`{"publicKey":"` + testPubHex + `","proof":"` + testProofHex + `"}`))
	f.Add([]byte(`{"publicKey":"0x04` + testPubHex[2:] + `","proof":"` + testProofHex + `"}`))
	f.Add([]byte(`{"publicKey":"0x` + strings.Repeat("00", 64) + `","proof":"0x` + strings.Repeat("00", 65) + `"}`))
	f.Add([]byte(`{"proof":"` + testProofHex + `"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeEncryptionKeyRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if len(req.PublicKey) != 64 || len(req.Proof) != 65 {
			t.Fatalf("accepted key of %d bytes and proof of %d bytes from %q", len(req.PublicKey), len(req.Proof), body)
		}
		again, err := decodeEncryptionKeyRequest(canonical(t, map[string]string{
			"publicKey": hexutil.Encode(req.PublicKey), "proof": hexutil.Encode(req.Proof),
		}))
		if err != nil || !reflect.DeepEqual(again, req) {
			t.Fatalf("round trip: got %+v, %v, want %+v", again, err, req)
		}
	})
}

func FuzzDecodeEmptyRequest(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte(" {}\n"))
	f.Add([]byte(`{"a":1}`))
	f.Add([]byte(`{}{}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		err := decodeEmptyRequest(body)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		trimmed := bytes.TrimSpace(body)
		if len(trimmed) != 0 {
			var m map[string]any
			if uErr := json.Unmarshal(trimmed, &m); uErr != nil || m == nil || len(m) != 0 {
				t.Fatalf("accepted %q, which is neither empty nor an empty object", body)
			}
		}
	})
}

func FuzzParseAddress(f *testing.F) {
	f.Add("0x52908400098527886E0F7030069857D2E4169EE7")
	f.Add("0x52908400098527886e0f7030069857d2e4169ee7")
	f.Add("52908400098527886E0F7030069857D2E4169EE7")
	f.Add("0x0000000000000000000000000000000000000000")
	f.Add("0xZZ908400098527886E0F7030069857D2E4169EE7")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := parseAddress("address", s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if !strings.EqualFold(s[2:], a.Hex()[2:]) || (s[:2] != "0x" && s[:2] != "0X") {
			t.Fatalf("accepted %q as %s", s, a.Hex())
		}
		again, err := parseAddress("address", a.Hex())
		if err != nil || again != a {
			t.Fatalf("round trip of %s: got %s, %v", a.Hex(), again.Hex(), err)
		}
	})
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor(ListPosition{}))
	f.Add(encodeCursor(ListPosition{Block: 1042, Index: 3}))
	f.Add(encodeCursor(ListPosition{Block: ^uint64(0), Index: ^uint64(0)}))
	f.Add("AYEAAA")
	f.Add("AQEB=")
	f.Add("AgEB")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := decodeCursor(s)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		// Exactly one spelling per position: the accepted one is the canonical one.
		if again := encodeCursor(p); again != s {
			t.Fatalf("accepted %q for %+v, whose cursor is %q", s, p, again)
		}
	})
}

func FuzzDecodeParticipantQuery(f *testing.F) {
	f.Add("")
	f.Add("role=lab&limit=200&cursor=" + encodeCursor(ListPosition{Block: 9, Index: 1}))
	f.Add("limit=0")
	f.Add("limit=2&limit=3")
	f.Add("rol%65=provider")
	f.Add("role=provider;limit=1")
	f.Add("cursor=%41%51%45%42")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := decodeParticipantQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if q.Limit < 1 || q.Limit > maxPageSize || (q.Role != 0 && !q.Role.Valid()) {
			t.Fatalf("accepted %q as %+v", raw, q)
		}
		// The canonical query string of the result decodes to the same query.
		v := url.Values{paramLimit: {strconv.Itoa(q.Limit)}}
		if q.Role != 0 {
			v.Set(paramRole, q.Role.String())
		}
		if q.After != nil {
			v.Set(paramCursor, encodeCursor(*q.After))
		}
		again, err := decodeParticipantQuery(v.Encode())
		if err != nil || !reflect.DeepEqual(again, q) {
			t.Fatalf("round trip of %+v: got %+v, %v", q, again, err)
		}
	})
}

// TestSeedCorpora checks that the seed files are in go's corpus format and that the
// seeds named valid* are accepted, so the fuzzers start from real requests.
func TestSeedCorpora(t *testing.T) {
	decoders := map[string]func(string) error{
		"FuzzDecodeLicenseRequest":       func(s string) error { _, err := decodeLicenseRequest([]byte(s)); return err },
		"FuzzDecodeSuspendRequest":       func(s string) error { _, err := decodeSuspendRequest([]byte(s)); return err },
		"FuzzDecodeDeviceRequest":        func(s string) error { _, err := decodeDeviceRequest([]byte(s)); return err },
		"FuzzDecodeEncryptionKeyRequest": func(s string) error { _, err := decodeEncryptionKeyRequest([]byte(s)); return err },
		"FuzzDecodeEmptyRequest":         func(s string) error { return decodeEmptyRequest([]byte(s)) },
		"FuzzParseAddress":               func(s string) error { _, err := parseAddress("address", s); return err },
		"FuzzDecodeCursor":               func(s string) error { _, err := decodeCursor(s); return err },
		"FuzzDecodeParticipantQuery":     func(s string) error { _, err := decodeParticipantQuery(s); return err },
	}
	for name, decode := range seedDecoders {
		decoders[name] = decode
	}
	for name, decode := range decoders {
		t.Run(name+" seeds are well formed", func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join("testdata", "fuzz", name, "*"))
			if err != nil || len(files) == 0 {
				t.Fatalf("seed files: got %d (%v), want some", len(files), err)
			}
			for _, file := range files {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				header, value, ok := strings.Cut(strings.TrimSpace(string(data)), "\n")
				if !ok || header != "go test fuzz v1" {
					t.Errorf("%s: got header %q, want %q", file, header, "go test fuzz v1")
					continue
				}
				lit := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(value, "[]byte("), "string("), ")")
				s, err := strconv.Unquote(lit)
				if err != nil {
					t.Errorf("%s: value %q is not a quoted literal: %v", file, value, err)
					continue
				}
				err = decode(s)
				if strings.HasPrefix(filepath.Base(file), "valid") && err != nil {
					t.Errorf("%s: got error %v, want the seed accepted", file, err)
				}
			}
		})
	}
}
