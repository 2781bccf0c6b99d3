package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
)

// Sentinel errors that Registry and Chain implementations wrap so handlers can tell
// the client what went wrong. Check them with [errors.Is].
var (
	// ErrNotFound: the thing asked about does not exist. HTTP 404, code not_found.
	ErrNotFound = errors.New("not found")
	// ErrForbidden: the caller may not do this. HTTP 403, code forbidden.
	ErrForbidden = errors.New("forbidden")
	// ErrConflict: the request is well formed but the current state refuses it, for
	// example the contract rejected the write (already suspended, not licensed).
	// HTTP 409, code conflict. Wrap it in a [*ContractError] to expose the
	// contract's custom error.
	ErrConflict = errors.New("conflict")
	// ErrInvalid: the request is well formed but its values are unacceptable to the
	// service (for example a validity period the contract does not allow).
	// HTTP 422, code unprocessable. Use [Invalid] to give the client the reason.
	ErrInvalid = errors.New("invalid")
	// ErrUnavailable: the chain node cannot be reached or is not synced.
	// HTTP 503, code unavailable.
	ErrUnavailable = errors.New("unavailable")
	// ErrUnauthenticated: the credentials the client presented were refused —
	// a SIWE message or signature that does not verify, an unknown, used or
	// expired nonce, an invalid, expired or signed-out session token. [Sessions]
	// implementations wrap it; the error's text is shown to the client as the
	// reason, so it must say what was wrong without internal detail (use
	// [Unauthenticated] to give the reason alone). HTTP 401, code
	// unauthenticated.
	ErrUnauthenticated = errors.New("unauthenticated")
)

// ContractError is a custom error the contract reverted with, such as
// RegistryAlreadySuspended(address). It wraps Kind, which defaults to [ErrConflict];
// the handlers expose Name and Args in the response details.
type ContractError struct {
	// Kind is the sentinel this revert maps to; nil means ErrConflict.
	Kind error
	// Name is the custom error's name, e.g. "RegistryNotLicensed".
	Name string
	// Args are the custom error's arguments by parameter name, in JSON-friendly
	// form (addresses and bytes as 0x-hex strings, integers as decimal strings).
	Args map[string]any
}

// Error implements error.
func (e *ContractError) Error() string {
	return fmt.Sprintf("contract reverted: %s", e.Name)
}

// Unwrap returns the sentinel the revert maps to.
func (e *ContractError) Unwrap() error {
	if e.Kind == nil {
		return ErrConflict
	}
	return e.Kind
}

// Error is the body of every error response:
//
//	{"code": "stable_snake_case", "message": "a sentence a person can act on", "details": {...}}
//
// Code is stable and meant for programs; Message is for people and may change;
// Details is optional and code-specific. Decoders return *Error values; handlers
// write them with their Status.
type Error struct {
	Status  int            `json:"-"`
	Code    string         `json:"code"`
	Message string         `json:"message"`
	Details map[string]any `json:"details,omitempty"`
}

// Error implements error.
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Error codes. They are part of the API contract: never change one, add new ones.
const (
	CodeInvalidJSON          = "invalid_json"           // 400: body is not one JSON object of the right shape
	CodeUnknownField         = "unknown_field"          // 400: body has a field the endpoint does not know
	CodeMissingField         = "missing_field"          // 400: a required field is absent, null or empty
	CodeInvalidAddress       = "invalid_address"        // 400: not a 0x-prefixed 20-byte hex address, or zero
	CodeInvalidRole          = "invalid_role"           // 400: not one of the role names
	CodeInvalidName          = "invalid_name"           // 400: empty, too long or containing control characters
	CodeInvalidBytes32       = "invalid_bytes32"        // 400: not 0x + 64 hex digits, or zero
	CodeInvalidLicenseRef    = "invalid_license_ref"    // 400: malformed licenseRef
	CodeInvalidTime          = "invalid_time"           // 400: not an RFC 3339 time after 1970
	CodeInvalidPublicKey     = "invalid_public_key"     // 400: not a secp256k1 point in the accepted forms
	CodeInvalidProof         = "invalid_proof"          // 400: not a 65-byte signature
	CodeUnknownParameter     = "unknown_parameter"      // 400: a query parameter the endpoint does not know
	CodeInvalidQuery         = "invalid_query"          // 400: a repeated query parameter or a malformed query string
	CodeInvalidCursor        = "invalid_cursor"         // 400: a cursor this server did not give out
	CodeInvalidLimit         = "invalid_limit"          // 400: a page size that is not a whole number from 1 to maxPageSize
	CodeInvalidCategory      = "invalid_category"       // 400: not a data category name, or a list of them with repeats
	CodeInvalidPurpose       = "invalid_purpose"        // 400: not a purpose name, or one that is not allowed here
	CodeInvalidKind          = "invalid_kind"           // 400: typed data of a kind other than grant or revoke
	CodeInvalidNumber        = "invalid_number"         // 400: not a decimal whole number in range (record ids, nonces)
	CodeInvalidSignature     = "invalid_signature"      // 400: not a 65-byte r‖s‖v signature
	CodeInvalidFHIR          = "invalid_fhir"           // 400: the body is not an acceptable FHIR R4 resource
	CodeInvalidCID           = "invalid_cid"            // 400: an /ipfs/ path whose CID or path is malformed, or a CID field that is not a CIDv1
	CodeEmptyBody            = "empty_body"             // 400: a body that must have content is empty
	CodeInvalidGS1           = "invalid_gs1"            // 400: a pack code (GS1 element string), GTIN or lot that is malformed
	CodeInvalidSerial        = "invalid_serial"         // 400: a serial list line or serial that is not a GS1 serial, or a repeated one
	CodeValidityInPast       = "validity_in_past"       // 422: validUntil, expiresAt or deadline is not in the future
	CodeUnprocessable        = "unprocessable"          // 422: the service refused the values (ErrInvalid)
	CodeBodyTooLarge         = "body_too_large"         // 413
	CodeUnsupportedMediaType = "unsupported_media_type" // 415: Content-Type is not one the endpoint takes
	CodeUnauthenticated      = "unauthenticated"        // 401: bearer token missing or invalid, or a sign-in refused
	CodeForbidden            = "forbidden"              // 403
	CodeOriginNotAllowed     = "origin_not_allowed"     // 403: CORS preflight from an origin that is not configured
	CodeNotFound             = "not_found"              // 404: unknown route or resource
	CodeMethodNotAllowed     = "method_not_allowed"     // 405
	CodeNotAcceptable        = "not_acceptable"         // 406: no response in a media type the Accept header allows
	CodeConflict             = "conflict"               // 409: state (usually the contract) refused
	CodePreconditionFailed   = "precondition_failed"    // 412: a conditional request's precondition does not hold
	CodeRateLimited          = "rate_limited"           // 429: over a rate limit; Retry-After says when to retry
	CodeUnavailable          = "unavailable"            // 503: chain not reachable or not ready
	CodeTimeout              = "timeout"                // 504: the chain did not answer in time
	CodeInternal             = "internal"               // 500: anything unexpected; details in the server log
)

// ErrorCodes returns every error code, in the order of the API description.
// The OpenAPI document enumerates exactly these (a test compares them).
func ErrorCodes() []string {
	return []string{
		CodeInvalidJSON, CodeUnknownField, CodeMissingField, CodeInvalidAddress, CodeInvalidRole,
		CodeInvalidName, CodeInvalidBytes32, CodeInvalidLicenseRef, CodeInvalidTime, CodeInvalidPublicKey,
		CodeInvalidProof, CodeUnknownParameter, CodeInvalidQuery, CodeInvalidCursor, CodeInvalidLimit,
		CodeInvalidCategory, CodeInvalidPurpose, CodeInvalidKind, CodeInvalidNumber, CodeInvalidSignature,
		CodeInvalidFHIR, CodeInvalidCID, CodeEmptyBody, CodeInvalidGS1, CodeInvalidSerial,
		CodeUnauthenticated, CodeForbidden, CodeOriginNotAllowed, CodeNotFound, CodeMethodNotAllowed,
		CodeNotAcceptable, CodeConflict, CodePreconditionFailed, CodeBodyTooLarge, CodeUnsupportedMediaType,
		CodeValidityInPast, CodeUnprocessable, CodeRateLimited, CodeInternal, CodeUnavailable, CodeTimeout,
	}
}

func newError(status int, code, message string) *Error {
	return &Error{Status: status, Code: code, Message: message}
}

// fieldError is a 400 about one request field; details name the field.
func fieldError(code, field, message string) *Error {
	return &Error{Status: http.StatusBadRequest, Code: code, Message: message, Details: map[string]any{"field": field}}
}

// errInternal is the only thing a client learns about an unexpected error.
var errInternal = Error{Status: http.StatusInternalServerError, Code: CodeInternal,
	Message: "an internal error occurred; try again later or report the request id to the operator"}

// toAPIError maps err to the error model. The boolean reports whether err carries
// detail the client does not see (unexpected errors, unavailability, timeouts), in
// which case the caller logs it.
func toAPIError(err error) (*Error, bool) {
	var apiErr *Error
	if errors.As(err, &apiErr) {
		return apiErr, false
	}
	var details map[string]any
	var ce *ContractError
	if errors.As(err, &ce) {
		details = map[string]any{"error": ce.Name}
		if len(ce.Args) > 0 {
			details["args"] = ce.Args
		}
	}
	switch {
	case errors.Is(err, ErrUnauthenticated):
		return &Error{Status: http.StatusUnauthorized, Code: CodeUnauthenticated, Message: "sign-in refused: " + unauthenticatedReason(err)}, false
	case errors.Is(err, ErrNotFound):
		return &Error{Status: http.StatusNotFound, Code: CodeNotFound, Message: "the requested resource does not exist", Details: details}, false
	case errors.Is(err, ErrForbidden):
		return &Error{Status: http.StatusForbidden, Code: CodeForbidden, Message: "your account is not allowed to do this", Details: details}, false
	case errors.Is(err, ErrConflict):
		msg := "the request conflicts with the current state"
		if ce != nil {
			msg = "the contract refused the transaction with " + ce.Name + "; see details"
		}
		return &Error{Status: http.StatusConflict, Code: CodeConflict, Message: msg, Details: details}, false
	case errors.Is(err, ErrInvalid):
		var ie *invalidError
		if errors.As(err, &ie) {
			return &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
				Message: "the request was refused as invalid: " + ie.reason, Details: details}, false
		}
		return &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
			Message: "the request was refused as invalid; check the values you sent", Details: details}, true
	case errors.Is(err, ErrUnavailable):
		return newError(http.StatusServiceUnavailable, CodeUnavailable, "the chain is not available right now; try again later"), true
	case errors.Is(err, context.Canceled): // the client left, or the server is stopping
		return newError(http.StatusServiceUnavailable, CodeUnavailable, "the request was cancelled before it finished; a write may still be mined, so check its effect before retrying"), true
	case errors.Is(err, context.DeadlineExceeded):
		return newError(http.StatusGatewayTimeout, CodeTimeout, "the chain did not answer in time; a write may still be mined, so check its effect before retrying"), true
	}
	e := errInternal
	return &e, true
}

// Invalid returns an error wrapping [ErrInvalid] whose reason is shown to the client
// in the 422 response, e.g. Invalid("validUntil is more than five years ahead").
// Write the reason as a lowercase clause a person can act on; it must not contain
// internal detail. A bare ErrInvalid gets a generic message instead.
func Invalid(reason string) error { return &invalidError{reason: reason} }

type invalidError struct{ reason string }

func (e *invalidError) Error() string { return ErrInvalid.Error() + ": " + e.reason }
func (e *invalidError) Unwrap() error { return ErrInvalid }

// Unauthenticated returns an error wrapping [ErrUnauthenticated] whose reason
// is shown to the client in the 401 response, e.g.
// Unauthenticated("the nonce has expired; ask for a new one"). Write the reason
// as a lowercase clause a person can act on, without internal detail.
func Unauthenticated(reason string) error { return &unauthenticatedError{reason: reason} }

type unauthenticatedError struct{ reason string }

func (e *unauthenticatedError) Error() string { return ErrUnauthenticated.Error() + ": " + e.reason }
func (e *unauthenticatedError) Unwrap() error { return ErrUnauthenticated }

// unauthenticatedReason is the reason of an error wrapping ErrUnauthenticated:
// the one given to [Unauthenticated], or else the error's whole text.
func unauthenticatedReason(err error) string {
	var ue *unauthenticatedError
	if errors.As(err, &ue) {
		return ue.reason
	}
	return err.Error()
}
