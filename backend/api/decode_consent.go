package api

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Request decoders of the sign-in, consent and record endpoints. They follow the
// rules of decode.go; in addition:
//   - categories: a non-empty list of category names (CategoryNames), each at
//     most once;
//   - purpose: a purpose name a patient may grant (GrantablePurposeNames);
//   - expiresAt, deadline: RFC 3339 like validUntil;
//   - nonce: the patient's AccessGrants nonce as a decimal string (uint256, no
//     sign, no leading zeros);
//   - signature of a sign-in: "0x" + 130 hex digits, a 65-byte r‖s‖v signature
//     with v in {0, 1, 27, 28}; signature of a grant or revocation: "0x" + hex
//     of 1 to maxSignatureBytes bytes (65 for a wallet key; smart-contract
//     wallets, ERC-1271, sign in their own format), checked by the contract;
//   - record ids: decimal, 1 to 2^64-1, no sign or leading zeros.

// JSON field and query parameter names of the consent and record endpoints.
const (
	fieldMessage    = "message"
	fieldSignature  = "signature"
	fieldGrantee    = "grantee"
	fieldCategories = "categories"
	fieldPurpose    = "purpose"
	fieldExpiresAt  = "expiresAt"
	fieldKind       = "kind"
	fieldPatient    = "patient"
	fieldDeadline   = "deadline"
	fieldNonce      = "nonce"
	fieldID         = "id"
	paramPatient    = "patient"
	paramCategory   = "category"
	paramPrevious   = "previous"
	paramAll        = "all"
)

// maxSignatureBytes bounds a relayed signature: a smart-contract wallet's
// signature may be longer than a key's 65 bytes, but not without limit.
const maxSignatureBytes = 4096

// Kinds of typed data.
const (
	kindGrant  = "grant"
	kindRevoke = "revoke"
)

// SignInRequest is the decoded body of POST /v1/auth/siwe.
type SignInRequest struct {
	Message   string
	Signature []byte
}

// RevokeRequest is the decoded body of POST /v1/grants/revoke.
type RevokeRequest struct {
	Grantee common.Address
	Purpose Purpose
}

// EmergencyRequest is the decoded body of POST /v1/emergency-access.
type EmergencyRequest struct {
	Patient    common.Address
	ReasonCode [32]byte
}

// RecordQuery is the decoded query string of POST /v1/records.
type RecordQuery struct {
	Patient  common.Address
	Category Category
	// Previous is the version amended, 0 for a new record.
	Previous uint64
}

// GrantablePurposeNames returns the API names of the purposes a patient may
// grant, in contract order.
func GrantablePurposeNames() []string {
	var out []string
	for p := PurposeTreatment; p <= PurposeEmergency; p++ {
		if p.Grantable() {
			out = append(out, p.String())
		}
	}
	return out
}

// decodeSignInRequest decodes {message, signature}.
func decodeSignInRequest(body []byte) (SignInRequest, error) {
	obj, err := decodeObject(body, fieldMessage, fieldSignature)
	if err != nil {
		return SignInRequest{}, err
	}
	var req SignInRequest
	if req.Message, err = obj.required(fieldMessage); err != nil {
		return SignInRequest{}, err
	}
	s, err := obj.required(fieldSignature)
	if err != nil {
		return SignInRequest{}, err
	}
	if req.Signature, err = parseKeySignature(fieldSignature, s); err != nil {
		return SignInRequest{}, err
	}
	return req, nil
}

// decodeGrantRequest decodes {grantee, categories, purpose, expiresAt}.
func decodeGrantRequest(body []byte) (GrantRequest, error) {
	obj, err := decodeObject(body, fieldGrantee, fieldCategories, fieldPurpose, fieldExpiresAt)
	if err != nil {
		return GrantRequest{}, err
	}
	return obj.grant()
}

// grant decodes the fields of a grant from an object.
func (o object) grant() (GrantRequest, error) {
	var req GrantRequest
	s, err := o.required(fieldGrantee)
	if err == nil {
		req.Grantee, err = parseAddress(fieldGrantee, s)
	}
	if err == nil {
		var names []string
		if names, err = o.requiredList(fieldCategories); err == nil {
			req.Categories, err = parseCategories(fieldCategories, names)
		}
	}
	if err == nil {
		if s, err = o.required(fieldPurpose); err == nil {
			req.Purpose, err = parsePurpose(fieldPurpose, s)
		}
	}
	if err == nil {
		if s, err = o.required(fieldExpiresAt); err == nil {
			req.ExpiresAt, err = parseTime(fieldExpiresAt, s)
		}
	}
	if err != nil {
		return GrantRequest{}, err
	}
	return req, nil
}

// decodeRevokeRequest decodes {grantee, purpose}.
func decodeRevokeRequest(body []byte) (RevokeRequest, error) {
	obj, err := decodeObject(body, fieldGrantee, fieldPurpose)
	if err != nil {
		return RevokeRequest{}, err
	}
	var req RevokeRequest
	s, err := obj.required(fieldGrantee)
	if err == nil {
		req.Grantee, err = parseAddress(fieldGrantee, s)
	}
	if err == nil {
		if s, err = obj.required(fieldPurpose); err == nil {
			req.Purpose, err = parsePurpose(fieldPurpose, s)
		}
	}
	if err != nil {
		return RevokeRequest{}, err
	}
	return req, nil
}

// decodeTypedDataRequest decodes {kind, patient, grantee, purpose, deadline?}
// with, for a grant, categories and expiresAt; a revocation must not have them.
func decodeTypedDataRequest(body []byte) (TypedDataRequest, error) {
	obj, err := decodeObject(body, fieldKind, fieldPatient, fieldGrantee, fieldCategories, fieldPurpose, fieldExpiresAt, fieldDeadline)
	if err != nil {
		return TypedDataRequest{}, err
	}
	var req TypedDataRequest
	if req.Kind, err = obj.required(fieldKind); err != nil {
		return TypedDataRequest{}, err
	}
	if req.Kind != kindGrant && req.Kind != kindRevoke {
		e := fieldError(CodeInvalidKind, fieldKind, "kind must be grant or revoke")
		e.Details["allowed"] = []string{kindGrant, kindRevoke}
		return TypedDataRequest{}, e
	}
	s, err := obj.required(fieldPatient)
	if err == nil {
		req.Patient, err = parseAddress(fieldPatient, s)
	}
	if err != nil {
		return TypedDataRequest{}, err
	}
	if req.Kind == kindGrant {
		req.Grant, err = obj.grant()
	} else {
		for _, f := range []string{fieldCategories, fieldExpiresAt} {
			if _, sent := obj[f]; sent {
				return TypedDataRequest{}, fieldError(CodeUnknownField, f,
					fmt.Sprintf("the field %q is not part of a revocation; remove it", f))
			}
		}
		var r RevokeRequest
		if s, err = obj.required(fieldGrantee); err == nil {
			r.Grantee, err = parseAddress(fieldGrantee, s)
		}
		if err == nil {
			if s, err = obj.required(fieldPurpose); err == nil {
				r.Purpose, err = parsePurpose(fieldPurpose, s)
			}
		}
		req.Grant = GrantRequest{Grantee: r.Grantee, Purpose: r.Purpose}
	}
	if err != nil {
		return TypedDataRequest{}, err
	}
	if s, ok, err := obj.optional(fieldDeadline); err != nil {
		return TypedDataRequest{}, err
	} else if ok {
		if req.Deadline, err = parseTime(fieldDeadline, s); err != nil {
			return TypedDataRequest{}, err
		}
	}
	return req, nil
}

// decodeSignedGrant decodes {patient, grantee, categories, purpose, expiresAt,
// nonce, deadline, signature}.
func decodeSignedGrant(body []byte) (SignedGrant, error) {
	obj, err := decodeObject(body, fieldPatient, fieldGrantee, fieldCategories, fieldPurpose, fieldExpiresAt,
		fieldNonce, fieldDeadline, fieldSignature)
	if err != nil {
		return SignedGrant{}, err
	}
	var g SignedGrant
	s, err := obj.required(fieldPatient)
	if err == nil {
		g.Patient, err = parseAddress(fieldPatient, s)
	}
	if err == nil {
		g.GrantRequest, err = obj.grant()
	}
	if err == nil {
		g.Nonce, g.Deadline, g.Signature, err = obj.signed()
	}
	if err != nil {
		return SignedGrant{}, err
	}
	return g, nil
}

// decodeSignedRevoke decodes {patient, grantee, purpose, nonce, deadline, signature}.
func decodeSignedRevoke(body []byte) (SignedRevoke, error) {
	obj, err := decodeObject(body, fieldPatient, fieldGrantee, fieldPurpose, fieldNonce, fieldDeadline, fieldSignature)
	if err != nil {
		return SignedRevoke{}, err
	}
	var r SignedRevoke
	s, err := obj.required(fieldPatient)
	if err == nil {
		r.Patient, err = parseAddress(fieldPatient, s)
	}
	if err == nil {
		if s, err = obj.required(fieldGrantee); err == nil {
			r.Grantee, err = parseAddress(fieldGrantee, s)
		}
	}
	if err == nil {
		if s, err = obj.required(fieldPurpose); err == nil {
			r.Purpose, err = parsePurpose(fieldPurpose, s)
		}
	}
	if err == nil {
		r.Nonce, r.Deadline, r.Signature, err = obj.signed()
	}
	if err != nil {
		return SignedRevoke{}, err
	}
	return r, nil
}

// signed decodes the nonce, deadline and signature of a signed grant or revocation.
func (o object) signed() (*big.Int, time.Time, []byte, error) {
	s, err := o.required(fieldNonce)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	nonce, err := parseNonce(fieldNonce, s)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	if s, err = o.required(fieldDeadline); err != nil {
		return nil, time.Time{}, nil, err
	}
	deadline, err := parseTime(fieldDeadline, s)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	if s, err = o.required(fieldSignature); err != nil {
		return nil, time.Time{}, nil, err
	}
	sig, err := parseRelayedSignature(fieldSignature, s)
	if err != nil {
		return nil, time.Time{}, nil, err
	}
	return nonce, deadline, sig, nil
}

// decodeEmergencyRequest decodes {patient, reasonCode}.
func decodeEmergencyRequest(body []byte) (EmergencyRequest, error) {
	obj, err := decodeObject(body, fieldPatient, fieldReasonCode)
	if err != nil {
		return EmergencyRequest{}, err
	}
	var req EmergencyRequest
	s, err := obj.required(fieldPatient)
	if err == nil {
		req.Patient, err = parseAddress(fieldPatient, s)
	}
	if err == nil {
		if s, err = obj.required(fieldReasonCode); err == nil {
			req.ReasonCode, err = parseBytes32(fieldReasonCode, s)
		}
	}
	if err != nil {
		return EmergencyRequest{}, err
	}
	return req, nil
}

// parseCategories turns a list of category names into a mask.
func parseCategories(field string, names []string) (CategoryMask, error) {
	var mask CategoryMask
	for _, n := range names {
		c, ok := ParseCategory(n)
		if !ok {
			e := fieldError(CodeInvalidCategory, field, fmt.Sprintf("%s must list category names from: %s", field, strings.Join(CategoryNames(), ", ")))
			e.Details["allowed"] = CategoryNames()
			return 0, e
		}
		if mask.Has(c) {
			return 0, fieldError(CodeInvalidCategory, field, fmt.Sprintf("%s lists %s more than once; list each category once", field, n))
		}
		mask |= MaskOf(c)
	}
	return mask, nil
}

// parsePurpose accepts the name of a purpose a patient may grant.
func parsePurpose(field, s string) (Purpose, error) {
	p, ok := ParsePurpose(s)
	if ok && p.Grantable() {
		return p, nil
	}
	msg := fmt.Sprintf("%s must be one of: %s", field, strings.Join(GrantablePurposeNames(), ", "))
	if p == PurposeEmergency {
		msg = "emergency access is not granted by the patient: a provider opens it with POST /v1/emergency-access, and it expires by itself; " + msg
	}
	e := fieldError(CodeInvalidPurpose, field, msg)
	e.Details["allowed"] = GrantablePurposeNames()
	return 0, e
}

// maxUint256 is 2^256 - 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// parseNonce accepts a uint256 in canonical decimal.
func parseNonce(field, s string) (*big.Int, error) {
	bad := fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s must be a whole number in decimal, without sign or leading zeros, e.g. \"0\" or \"12\"", field))
	if !canonicalDecimal(s) || len(s) > 78 {
		return nil, bad
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Cmp(maxUint256) > 0 {
		return nil, bad
	}
	return n, nil
}

// parseRecordID accepts a record version id: 1 to 2^64-1 in canonical decimal.
func parseRecordID(field, s string) (uint64, error) {
	if canonicalDecimal(s) {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil && n > 0 {
			return n, nil
		}
	}
	return 0, fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s must be a record version id: a whole number from 1 to %d, in decimal without leading zeros", field, uint64(math.MaxUint64)))
}

// canonicalDecimal reports whether s is decimal digits without leading zeros.
func canonicalDecimal(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseKeySignature accepts a 65-byte r‖s‖v signature made with a wallet key.
func parseKeySignature(field, s string) ([]byte, error) {
	b, ok := decodeHex(s, 65)
	if !ok {
		return nil, fieldError(CodeInvalidSignature, field,
			field+" must be 0x followed by 130 hex digits (a 65-byte r, s, v signature from personal_sign; smart-contract wallets are not supported for sign-in)")
	}
	if v := b[64]; v != 0 && v != 1 && v != 27 && v != 28 {
		return nil, fieldError(CodeInvalidSignature, field, field+" must end in a recovery id v of 0, 1, 27 or 28")
	}
	return b, nil
}

// parseRelayedSignature accepts the hex of 1 to maxSignatureBytes bytes: a
// key's 65-byte signature or a smart-contract wallet's, which the contract
// checks.
func parseRelayedSignature(field, s string) ([]byte, error) {
	n := (len(s) - 2) / 2
	if len(s) >= 4 && len(s)%2 == 0 && n <= maxSignatureBytes {
		if b, ok := decodeHex(s, n); ok {
			return b, nil
		}
	}
	return nil, fieldError(CodeInvalidSignature, field, fmt.Sprintf(
		"%s must be 0x followed by the signature's bytes in hex: 130 hex digits (65 bytes r, s, v) for a wallet key, at most %d bytes for a smart-contract wallet", field, maxSignatureBytes))
}

// decodeQuery reads a raw query string whose parameters are all in allowed,
// each at most once.
func decodeQuery(rawQuery string, allowed ...string) (map[string]string, error) {
	values, err := url.ParseQuery(rawQuery)
	if err != nil {
		return nil, newError(http.StatusBadRequest, CodeInvalidQuery,
			"the query string is malformed: separate parameters with & and percent-encode special characters")
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys) // report problems deterministically
	out := make(map[string]string, len(values))
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			msg := fmt.Sprintf("the query parameter %q is not accepted here; remove it", clip(k))
			if len(allowed) == 0 {
				msg = fmt.Sprintf("this endpoint takes no query parameters; remove %q", clip(k))
			}
			e := fieldError(CodeUnknownParameter, clip(k), msg)
			if len(allowed) > 0 {
				e.Details["allowed"] = allowed
			}
			return nil, e
		}
		if len(values[k]) != 1 {
			return nil, fieldError(CodeInvalidQuery, k, fmt.Sprintf("the query parameter %q appears more than once; send it once", k))
		}
		out[k] = values[k][0]
	}
	return out, nil
}

// decodeRecordQuery decodes the query string of POST /v1/records: patient and
// category, required, and previous, optional.
func decodeRecordQuery(rawQuery string) (RecordQuery, error) {
	v, err := decodeQuery(rawQuery, paramPatient, paramCategory, paramPrevious)
	if err != nil {
		return RecordQuery{}, err
	}
	var q RecordQuery
	for _, p := range []string{paramPatient, paramCategory} {
		if v[p] == "" {
			return RecordQuery{}, fieldError(CodeMissingField, p, fmt.Sprintf("the query parameter %q is required", p))
		}
	}
	if q.Patient, err = parseAddress(paramPatient, v[paramPatient]); err != nil {
		return RecordQuery{}, err
	}
	c, ok := ParseCategory(v[paramCategory])
	if !ok {
		e := fieldError(CodeInvalidCategory, paramCategory, "category must be one of: "+strings.Join(CategoryNames(), ", "))
		e.Details["allowed"] = CategoryNames()
		return RecordQuery{}, e
	}
	q.Category = c
	if s, ok := v[paramPrevious]; ok {
		if q.Previous, err = parseRecordID(paramPrevious, s); err != nil {
			return RecordQuery{}, err
		}
	}
	return q, nil
}

// auditCursorVersion is the first byte of audit cursors; participant cursors
// have another, so neither is taken for the other.
const auditCursorVersion = 2

// encodeAuditCursor makes the opaque cursor after the audit entry seq.
func encodeAuditCursor(seq uint64) string {
	buf := binary.AppendUvarint([]byte{auditCursorVersion}, seq)
	return base64.RawURLEncoding.EncodeToString(buf)
}

// decodeAuditCursor is the inverse of encodeAuditCursor; it accepts only what
// encodeAuditCursor produces.
func decodeAuditCursor(s string) (uint64, error) {
	bad := fieldError(CodeInvalidCursor, paramCursor, "cursor is not a cursor this server gave out; start again without it")
	if s == "" || len(s) > maxCursorLen {
		return 0, bad
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(s)
	if err != nil || len(raw) < 2 || raw[0] != auditCursorVersion {
		return 0, bad
	}
	seq, n := binary.Uvarint(raw[1:])
	if n != len(raw)-1 || encodeAuditCursor(seq) != s {
		return 0, bad
	}
	return seq, nil
}

// decodeAuditQuery decodes the query string of GET /v1/patients/{address}/audit:
// cursor and limit, both optional. The patient comes from the path.
func decodeAuditQuery(rawQuery string) (AuditQuery, error) {
	v, err := decodeQuery(rawQuery, paramCursor, paramLimit)
	if err != nil {
		return AuditQuery{}, err
	}
	q := AuditQuery{Limit: defaultPageSize}
	if s, ok := v[paramCursor]; ok {
		if q.After, err = decodeAuditCursor(s); err != nil {
			return AuditQuery{}, err
		}
	}
	if s, ok := v[paramLimit]; ok {
		n, ok := parsePageSize(s)
		if !ok {
			return AuditQuery{}, fieldError(CodeInvalidLimit, paramLimit, fmt.Sprintf("limit must be a whole number from 1 to %d", maxPageSize))
		}
		q.Limit = n
	}
	return q, nil
}

// decodeGrantListQuery decodes the query string of the grant listings: all,
// optional, true or false.
func decodeGrantListQuery(rawQuery string) (all bool, err error) {
	v, err := decodeQuery(rawQuery, paramAll)
	if err != nil {
		return false, err
	}
	switch s, ok := v[paramAll]; {
	case !ok || s == "false":
		return false, nil
	case s == "true":
		return true, nil
	}
	return false, fieldError(CodeInvalidQuery, paramAll, "all must be true (include expired and lapsed grants) or false")
}
