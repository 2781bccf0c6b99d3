package api

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// codeOf returns the error model code of a decoder error, or "" for nil.
func codeOf(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T): want an *Error", err, err)
	}
	if e.Status != 400 {
		t.Errorf("error %v: got status %d, want 400", err, e.Status)
	}
	return e.Code
}

func TestDecodeLicenseRequest(t *testing.T) {
	valid := func(overrides map[string]string) string {
		fields := map[string]string{
			"address": `"0x8617e340b3d01fa5f11f306f4090fd50e238070d"`, "role": `"lab"`, "name": `"Central Lab"`,
			"licenseRef": `"LAB-7"`, "validUntil": `"2030-01-01T00:00:00Z"`,
		}
		for k, v := range overrides {
			if v == "" {
				delete(fields, k)
			} else {
				fields[k] = v
			}
		}
		var parts []string
		for _, k := range []string{"address", "role", "name", "licenseRef", "validUntil", "extra"} {
			if v, ok := fields[k]; ok {
				parts = append(parts, `"`+k+`":`+v)
			}
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	tests := []struct {
		name     string
		body     string
		wantCode string
		check    func(t *testing.T, r LicenseRequest)
	}{
		{"a complete request decodes", valid(nil), "", func(t *testing.T, r LicenseRequest) {
			want := LicenseRequest{Account: hospitalAccount, Role: RoleLab, Name: "Central Lab",
				LicenseRef: crypto.Keccak256Hash([]byte("LAB-7")), ValidUntil: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}
			if r != want {
				t.Errorf("got %+v, want %+v", r, want)
			}
		}},
		{"a time with an offset becomes UTC whole seconds", valid(map[string]string{"validUntil": `"2030-01-01T02:00:00.999+02:00"`}), "", func(t *testing.T, r LicenseRequest) {
			if want := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC); !r.ValidUntil.Equal(want) || r.ValidUntil.Location() != time.UTC {
				t.Errorf("validUntil: got %v, want %v", r.ValidUntil, want)
			}
		}},
		{"every role name is accepted", valid(map[string]string{"role": `"government_payer"`}), "", func(t *testing.T, r LicenseRequest) {
			if r.Role != RoleGovernmentPayer {
				t.Errorf("role: got %v, want %v", r.Role, RoleGovernmentPayer)
			}
		}},
		{"a hex license reference is taken as is", valid(map[string]string{"licenseRef": `"0X` + strings.Repeat("AB", 32) + `"`}), "", func(t *testing.T, r LicenseRequest) {
			if want := common.HexToHash(strings.Repeat("ab", 32)); r.LicenseRef != want {
				t.Errorf("licenseRef: got %x, want %x", r.LicenseRef, want)
			}
		}},
		{"null counts as missing", valid(map[string]string{"name": `null`}), CodeMissingField, nil},
		{"an empty string counts as missing", valid(map[string]string{"role": `""`}), CodeMissingField, nil},
		{"an absent field is missing", valid(map[string]string{"validUntil": ""}), CodeMissingField, nil},
		{"an extra field is unknown", valid(map[string]string{"extra": `1`}), CodeUnknownField, nil},
		{"a blank name is refused", valid(map[string]string{"name": `"   "`}), CodeInvalidName, nil},
		{"a name with a line break is refused", valid(map[string]string{"name": `"a\nb"`}), CodeInvalidName, nil},
		{"an overlong name is refused", valid(map[string]string{"name": `"` + strings.Repeat("n", maxNameLen+1) + `"`}), CodeInvalidName, nil},
		{"a license reference with surrounding space is refused", valid(map[string]string{"licenseRef": `" LAB-7"`}), CodeInvalidLicenseRef, nil},
		{"a zero license reference is refused", valid(map[string]string{"licenseRef": `"0x` + strings.Repeat("0", 64) + `"`}), CodeInvalidLicenseRef, nil},
		{"a time before 1970 is refused", valid(map[string]string{"validUntil": `"1969-12-31T23:59:59Z"`}), CodeInvalidTime, nil},
		{"a date without a time is refused", valid(map[string]string{"validUntil": `"2030-01-01"`}), CodeInvalidTime, nil},
		{"an address with 39 digits is refused", valid(map[string]string{"address": `"0x8617e340b3d01fa5f11f306f4090fd50e238070"`}), CodeInvalidAddress, nil},
		{"a number is not a string", valid(map[string]string{"name": `7`}), CodeInvalidJSON, nil},
		{"a body that is only white space is refused", "  ", CodeInvalidJSON, nil},
		{"a truncated object is refused", `{"address":"0x8617e340b3d01fa5f11f306f4090fd50e238070d"`, CodeInvalidJSON, nil},
		{"two objects are refused", valid(nil) + valid(nil), CodeInvalidJSON, nil},
		{"garbage after the object is refused", valid(nil) + " x", CodeInvalidJSON, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := decodeLicenseRequest([]byte(tt.body))
			if got := codeOf(t, err); got != tt.wantCode {
				t.Fatalf("code: got %q, want %q (error %v)", got, tt.wantCode, err)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func TestDecodeOtherRequests(t *testing.T) {
	pub04 := "0x04" + testPubHex[2:]
	tests := []struct {
		name     string
		decode   func([]byte) error
		body     string
		wantCode string
	}{
		{"a reason code decodes", func(b []byte) error { _, err := decodeSuspendRequest(b); return err }, `{"reasonCode":"` + reasonHex + `"}`, ""},
		{"a reason code without 0x is refused", func(b []byte) error { _, err := decodeSuspendRequest(b); return err }, `{"reasonCode":"` + reasonHex[2:] + `"}`, CodeInvalidBytes32},
		{"a plain-text reason code is refused", func(b []byte) error { _, err := decodeSuspendRequest(b); return err }, `{"reasonCode":"expired"}`, CodeInvalidBytes32},
		{"a device binding decodes", func(b []byte) error { _, err := decodeDeviceRequest(b); return err },
			`{"device":"` + deviceAccount.Hex() + `","owner":"` + pharmacyAccount.Hex() + `","deviceRef":"` + deviceRef + `"}`, ""},
		{"a device binding without owner is refused", func(b []byte) error { _, err := decodeDeviceRequest(b); return err },
			`{"device":"` + deviceAccount.Hex() + `","deviceRef":"` + deviceRef + `"}`, CodeMissingField},
		{"a bare key decodes", func(b []byte) error { _, err := decodeEncryptionKeyRequest(b); return err },
			`{"publicKey":"` + testPubHex + `","proof":"` + testProofHex + `"}`, ""},
		{"a 0x04-prefixed key decodes", func(b []byte) error { _, err := decodeEncryptionKeyRequest(b); return err },
			`{"publicKey":"` + pub04 + `","proof":"` + testProofHex + `"}`, ""},
		{"a 65-byte key with another prefix is refused", func(b []byte) error { _, err := decodeEncryptionKeyRequest(b); return err },
			`{"publicKey":"0x03` + testPubHex[2:] + `","proof":"` + testProofHex + `"}`, CodeInvalidPublicKey},
		{"a proof with a bad recovery id is refused", func(b []byte) error { _, err := decodeEncryptionKeyRequest(b); return err },
			`{"publicKey":"` + testPubHex + `","proof":"` + testProofHex[:130] + `05"}`, CodeInvalidProof},
		{"an empty body reinstates", decodeEmptyRequest, "", ""},
		{"an empty object reinstates", decodeEmptyRequest, "{ }", ""},
		{"null is not an empty object", decodeEmptyRequest, "null", CodeInvalidJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codeOf(t, tt.decode([]byte(tt.body))); got != tt.wantCode {
				t.Errorf("code: got %q, want %q", got, tt.wantCode)
			}
		})
	}

	t.Run("the 0x04 prefix is stripped", func(t *testing.T) {
		r, err := decodeEncryptionKeyRequest([]byte(`{"publicKey":"` + pub04 + `","proof":"` + testProofHex + `"}`))
		if err != nil {
			t.Fatalf("got error %v, want nil", err)
		}
		if got := hexOf(r.PublicKey); got != testPubHex {
			t.Errorf("publicKey: got %s, want %s", got, testPubHex)
		}
	})
}

func TestRoles(t *testing.T) {
	t.Run("role names round-trip and match the contract numbering", func(t *testing.T) {
		names := RoleNames()
		if len(names) != 8 {
			t.Fatalf("roles: got %d, want 8", len(names))
		}
		for i, name := range names {
			r, ok := ParseRole(name)
			if !ok || int(r) != i+1 || r.String() != name {
				t.Errorf("role %q: got %d %v, want %d", name, r, ok, i+1)
			}
		}
		if Role(0).Valid() || Role(9).Valid() {
			t.Errorf("roles 0 and 9: got valid, want invalid")
		}
	})
}
