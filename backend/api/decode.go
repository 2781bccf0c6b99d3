package api

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Request decoders: pure functions from a request body to a typed request or an
// *Error (HTTP 400). They accept exactly one JSON object with the documented fields,
// matched case-sensitively, each at most once, and nothing after it.
//
// Field formats:
//   - addresses: "0x" + 40 hex digits in any letter case (the EIP-55 checksum is not
//     enforced on input); the zero address is refused.
//   - bytes32 (reasonCode, deviceRef): "0x" + 64 hex digits, not all zero.
//   - licenseRef: either a bytes32 as above, or any other string (1–256 bytes, no
//     control characters, no surrounding spaces, not starting with "0x"), which is
//     replaced by its keccak256 hash. The response and the chain hold the hash.
//   - validUntil: RFC 3339 with any offset; converted to UTC and truncated to whole
//     seconds; must be after 1970-01-01T00:00:00Z.
//   - publicKey: "0x" + 128 hex digits (X‖Y), or "0x04" + 128 hex digits (the
//     uncompressed SEC 1 form, whose 0x04 prefix is dropped); must be a point on
//     secp256k1.
//   - proof: "0x" + 130 hex digits, a 65-byte r‖s‖v signature with v in {0, 1, 27, 28}.

// JSON field names of the request bodies.
const (
	fieldAddress    = "address"
	fieldRole       = "role"
	fieldName       = "name"
	fieldLicenseRef = "licenseRef"
	fieldValidUntil = "validUntil"
	fieldReasonCode = "reasonCode"
	fieldDevice     = "device"
	fieldOwner      = "owner"
	fieldDeviceRef  = "deviceRef"
	fieldPublicKey  = "publicKey"
	fieldProof      = "proof"
)

// Limits on free-text fields, in bytes.
const (
	maxNameLen       = 200
	maxLicenseRefLen = 256
)

// SuspendRequest is the decoded body of POST /v1/participants/{address}/suspend.
type SuspendRequest struct {
	ReasonCode [32]byte
}

// DeviceRequest is the decoded body of POST /v1/devices.
type DeviceRequest struct {
	Device    common.Address
	Owner     common.Address
	DeviceRef [32]byte
}

// EncryptionKeyRequest is the decoded body of PUT /v1/participants/me/encryption-key.
type EncryptionKeyRequest struct {
	// PublicKey is the 64-byte X‖Y secp256k1 point.
	PublicKey []byte
	// Proof is the 65-byte r‖s‖v signature.
	Proof []byte
}

// decodeLicenseRequest decodes {address, role, name, licenseRef, validUntil}.
func decodeLicenseRequest(body []byte) (LicenseRequest, error) {
	obj, err := decodeObject(body, fieldAddress, fieldRole, fieldName, fieldLicenseRef, fieldValidUntil)
	if err != nil {
		return LicenseRequest{}, err
	}
	var req LicenseRequest
	var s string
	if s, err = obj.required(fieldAddress); err == nil {
		req.Account, err = parseAddress(fieldAddress, s)
	}
	if err == nil {
		if s, err = obj.required(fieldRole); err == nil {
			req.Role, err = parseRole(s)
		}
	}
	if err == nil {
		if s, err = obj.required(fieldName); err == nil {
			req.Name, err = parseName(s)
		}
	}
	if err == nil {
		if s, err = obj.required(fieldLicenseRef); err == nil {
			req.LicenseRef, err = parseLicenseRef(s)
		}
	}
	if err == nil {
		if s, err = obj.required(fieldValidUntil); err == nil {
			req.ValidUntil, err = parseTime(fieldValidUntil, s)
		}
	}
	if err != nil {
		return LicenseRequest{}, err
	}
	return req, nil
}

// decodeSuspendRequest decodes {reasonCode}.
func decodeSuspendRequest(body []byte) (SuspendRequest, error) {
	obj, err := decodeObject(body, fieldReasonCode)
	if err != nil {
		return SuspendRequest{}, err
	}
	s, err := obj.required(fieldReasonCode)
	if err != nil {
		return SuspendRequest{}, err
	}
	reason, err := parseBytes32(fieldReasonCode, s)
	if err != nil {
		return SuspendRequest{}, err
	}
	return SuspendRequest{ReasonCode: reason}, nil
}

// decodeDeviceRequest decodes {device, owner, deviceRef}.
func decodeDeviceRequest(body []byte) (DeviceRequest, error) {
	obj, err := decodeObject(body, fieldDevice, fieldOwner, fieldDeviceRef)
	if err != nil {
		return DeviceRequest{}, err
	}
	var req DeviceRequest
	var s string
	if s, err = obj.required(fieldDevice); err == nil {
		req.Device, err = parseAddress(fieldDevice, s)
	}
	if err == nil {
		if s, err = obj.required(fieldOwner); err == nil {
			req.Owner, err = parseAddress(fieldOwner, s)
		}
	}
	if err == nil {
		if s, err = obj.required(fieldDeviceRef); err == nil {
			req.DeviceRef, err = parseBytes32(fieldDeviceRef, s)
		}
	}
	if err != nil {
		return DeviceRequest{}, err
	}
	return req, nil
}

// decodeEncryptionKeyRequest decodes {publicKey, proof}.
func decodeEncryptionKeyRequest(body []byte) (EncryptionKeyRequest, error) {
	obj, err := decodeObject(body, fieldPublicKey, fieldProof)
	if err != nil {
		return EncryptionKeyRequest{}, err
	}
	var req EncryptionKeyRequest
	var s string
	if s, err = obj.required(fieldPublicKey); err == nil {
		req.PublicKey, err = parsePublicKey(s)
	}
	if err == nil {
		if s, err = obj.required(fieldProof); err == nil {
			req.Proof, err = parseProof(s)
		}
	}
	if err != nil {
		return EncryptionKeyRequest{}, err
	}
	return req, nil
}

// decodeEmptyRequest accepts an empty body (whitespace only) or an empty JSON object.
func decodeEmptyRequest(body []byte) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	_, err := decodeObject(body)
	return err
}

// object is a decoded JSON object: field name to raw value.
type object map[string]json.RawMessage

// decodeObject reads body as one JSON object whose keys are all in fields, each at
// most once, followed by nothing but white space.
func decodeObject(body []byte, fields ...string) (object, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	tok, err := dec.Token()
	if errors.Is(err, io.EOF) {
		return nil, newError(http.StatusBadRequest, CodeInvalidJSON, "the request body is empty; send a JSON object")
	}
	if err != nil {
		return nil, syntaxError(dec, err)
	}
	if tok != json.Delim('{') {
		return nil, newError(http.StatusBadRequest, CodeInvalidJSON, "the request body must be a JSON object")
	}
	obj := make(object, len(fields))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, syntaxError(dec, err)
		}
		key, ok := tok.(string)
		if !ok { // unreachable: the decoder only returns strings in key position
			return nil, newError(http.StatusBadRequest, CodeInvalidJSON, "the request body is not a valid JSON object")
		}
		if !slices.Contains(fields, key) {
			e := fieldError(CodeUnknownField, clip(key), fmt.Sprintf("the field %q is not accepted here; remove it", clip(key)))
			if len(fields) > 0 {
				e.Details["allowed"] = fields
			}
			return nil, e
		}
		if _, dup := obj[key]; dup {
			return nil, fieldError(CodeInvalidJSON, key, fmt.Sprintf("the field %q appears more than once; send it once", key))
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntaxError(dec, err)
		}
		obj[key] = raw
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, syntaxError(dec, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, newError(http.StatusBadRequest, CodeInvalidJSON, "the request body has data after the JSON object; send exactly one object")
	}
	return obj, nil
}

func syntaxError(dec *json.Decoder, err error) *Error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return newError(http.StatusBadRequest, CodeInvalidJSON, "the request body ends in the middle of the JSON object")
	}
	return &Error{Status: http.StatusBadRequest, Code: CodeInvalidJSON,
		Message: "the request body is not valid JSON: " + err.Error(),
		Details: map[string]any{"offset": dec.InputOffset()}}
}

// required returns the string value of field; absent, null and "" count as missing.
func (o object) required(field string) (string, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		return "", fieldError(CodeMissingField, field, fmt.Sprintf("the field %q is required", field))
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q must be a string", field))
	}
	if s == "" {
		return "", fieldError(CodeMissingField, field, fmt.Sprintf("the field %q is required and must not be empty", field))
	}
	return s, nil
}

// optional returns the string value of field and whether it was sent; absent
// and null count as not sent. An empty string is returned as sent, for the
// field's parser to refuse.
func (o object) optional(field string) (string, bool, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		return "", false, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q must be a string", field))
	}
	return s, true, nil
}

// requiredList returns the strings of the list field; absent, null and [] count
// as missing.
func (o object) requiredList(field string) ([]string, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		return nil, fieldError(CodeMissingField, field, fmt.Sprintf("the field %q is required", field))
	}
	notList := fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q must be a list of strings", field))
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, notList
	}
	if len(items) == 0 {
		return nil, fieldError(CodeMissingField, field, fmt.Sprintf("the field %q must list at least one value", field))
	}
	out := make([]string, len(items))
	for i, it := range items {
		if err := json.Unmarshal(it, &out[i]); err != nil || string(it) == "null" {
			return nil, notList
		}
	}
	return out, nil
}

// parseAddress parses a 0x-prefixed hex address in any letter case; it refuses the
// zero address. field names the input in the error.
func parseAddress(field, s string) (common.Address, error) {
	b, ok := decodeHex(s, common.AddressLength)
	if !ok {
		return common.Address{}, fieldError(CodeInvalidAddress, field,
			fmt.Sprintf("%s must be 0x followed by 40 hex digits, e.g. 0x52908400098527886E0F7030069857D2E4169EE7", field))
	}
	addr := common.BytesToAddress(b)
	if addr == (common.Address{}) {
		return common.Address{}, fieldError(CodeInvalidAddress, field, fmt.Sprintf("%s must not be the zero address", field))
	}
	return addr, nil
}

func parseBytes32(field, s string) ([32]byte, error) {
	var out [32]byte
	b, ok := decodeHex(s, 32)
	if !ok {
		return out, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must be 0x followed by 64 hex digits", field))
	}
	copy(out[:], b)
	if out == ([32]byte{}) {
		return out, fieldError(CodeInvalidBytes32, field, fmt.Sprintf("%s must not be zero", field))
	}
	return out, nil
}

func parseRole(s string) (Role, error) {
	r, ok := ParseRole(s)
	if !ok {
		e := fieldError(CodeInvalidRole, fieldRole, "role must be one of: "+strings.Join(RoleNames(), ", "))
		e.Details["allowed"] = RoleNames()
		return 0, e
	}
	return r, nil
}

// parseName trims surrounding white space and checks what is left.
func parseName(s string) (string, error) {
	name := strings.TrimSpace(s)
	switch {
	case name == "":
		return "", fieldError(CodeInvalidName, fieldName, "name must not be blank")
	case len(name) > maxNameLen:
		return "", fieldError(CodeInvalidName, fieldName, fmt.Sprintf("name must be at most %d bytes", maxNameLen))
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "", fieldError(CodeInvalidName, fieldName, "name must not contain control characters such as line breaks")
	}
	return name, nil
}

// parseLicenseRef accepts a bytes32 in hex, or any other string, which it hashes.
func parseLicenseRef(s string) ([32]byte, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		b, ok := decodeHex(s, 32)
		if !ok {
			return [32]byte{}, fieldError(CodeInvalidLicenseRef, fieldLicenseRef,
				"a licenseRef starting with 0x must be 0x followed by 64 hex digits; send any other text to have it hashed")
		}
		var out [32]byte
		copy(out[:], b)
		if out == ([32]byte{}) {
			return out, fieldError(CodeInvalidLicenseRef, fieldLicenseRef, "licenseRef must not be zero")
		}
		return out, nil
	}
	switch {
	case len(s) > maxLicenseRefLen:
		return [32]byte{}, fieldError(CodeInvalidLicenseRef, fieldLicenseRef, fmt.Sprintf("licenseRef must be at most %d bytes", maxLicenseRefLen))
	case strings.TrimSpace(s) != s:
		return [32]byte{}, fieldError(CodeInvalidLicenseRef, fieldLicenseRef, "licenseRef must not start or end with white space")
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return [32]byte{}, fieldError(CodeInvalidLicenseRef, fieldLicenseRef, "licenseRef must not contain control characters")
	}
	return crypto.Keccak256Hash([]byte(s)), nil
}

// parseTime parses an RFC 3339 time into UTC whole seconds after the Unix epoch.
func parseTime(field, s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fieldError(CodeInvalidTime, field,
			fmt.Sprintf("%s must be an RFC 3339 time such as 2030-12-31T23:59:59Z", field))
	}
	t = t.UTC().Truncate(time.Second)
	if t.Unix() <= 0 {
		return time.Time{}, fieldError(CodeInvalidTime, field, fmt.Sprintf("%s must be after 1970-01-01T00:00:00Z", field))
	}
	// A time just before year 10000 with a negative offset is after it in
	// UTC, which RFC 3339 cannot write: nobody could read it back.
	if t.After(maxTime) {
		return time.Time{}, fieldError(CodeInvalidTime, field, fmt.Sprintf("%s must be at most 9999-12-31T23:59:59Z", field))
	}
	return t, nil
}

// maxTime is the latest time RFC 3339 can write.
var maxTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// parsePublicKey accepts 0x + X‖Y or 0x04 + X‖Y and returns X‖Y.
func parsePublicKey(s string) ([]byte, error) {
	b, ok := decodeHex(s, 64)
	if !ok {
		if full, ok65 := decodeHex(s, 65); ok65 && full[0] == 4 {
			b, ok = full[1:], true
		}
	}
	if !ok {
		return nil, fieldError(CodeInvalidPublicKey, fieldPublicKey,
			"publicKey must be 0x followed by 128 hex digits (X and Y), optionally with the 04 prefix of the uncompressed form")
	}
	if _, err := crypto.UnmarshalPubkey(append([]byte{4}, b...)); err != nil {
		return nil, fieldError(CodeInvalidPublicKey, fieldPublicKey, "publicKey is not a point on the secp256k1 curve")
	}
	return b, nil
}

// parseProof accepts a 65-byte r‖s‖v signature.
func parseProof(s string) ([]byte, error) {
	b, ok := decodeHex(s, 65)
	if !ok {
		return nil, fieldError(CodeInvalidProof, fieldProof, "proof must be 0x followed by 130 hex digits (a 65-byte r, s, v signature)")
	}
	if v := b[64]; v != 0 && v != 1 && v != 27 && v != 28 {
		return nil, fieldError(CodeInvalidProof, fieldProof, "proof must end in a recovery id v of 0, 1, 27 or 28")
	}
	return b, nil
}

// decodeHex decodes "0x" (or "0X") followed by exactly 2n hex digits of any case.
func decodeHex(s string, n int) ([]byte, bool) {
	if len(s) != 2+2*n || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return nil, false
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, false
	}
	return b, true
}

// clip shortens client-supplied text echoed in errors.
func clip(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	return strings.ToValidUTF8(s[:max], "") + "…"
}
