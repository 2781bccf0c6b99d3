package api

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/salus-health/salus/backend/gs1"
	"github.com/salus-health/salus/backend/telemetry"
)

// Request decoders of the supply-chain and prescription endpoints. They follow
// the rules of decode.go; in addition:
//   - pack codes: a GS1 element string as a scanner reads a pack's DataMatrix
//     (raw, with GS separators, optionally prefixed by "]d2") or in bracketed
//     form, with (01) GTIN, (17) expiry, (10) lot and (21) serial; anything
//     else is invalid_gs1, saying what is wrong and where (details.offset,
//     details.ai);
//   - gtin: the 14 digits of a GTIN-14 with its check digit; lot and serial:
//     1 to 20 characters of GS1 character set 82 (invalid_gs1);
//   - serial lists: text, one serial per line (LF or CRLF), at most
//     MaxBatchSerials, each once (invalid_serial, details.line);
//   - dates (manufactured, expiry): YYYY-MM-DD (invalid_time);
//   - temperatures: whole hundredths of a degree Celsius, -32768 to 32767;
//     counts and ids: JSON integers in range (invalid_number);
//   - batch ids: bytes32 as 0x + 64 hex digits (invalid_bytes32);
//   - cid: a CIDv1 in any multibase (invalid_cid), returned in its canonical
//     string form;
//   - reading signatures: 0x + 128 hex digits (EIP-2098 compact) or 130
//     (r‖s‖v), low s (invalid_signature).

// Field and parameter names of the supply-chain and prescription endpoints.
const (
	fieldBatchID          = "batchId"
	fieldTo               = "to"
	fieldQuantity         = "quantity"
	fieldReadings         = "readings"
	fieldHolder           = "holder"
	fieldTimestamp        = "timestamp"
	fieldTemperature      = "temperature"
	fieldCode             = "code"
	fieldGTIN             = "gtin"
	fieldCodeSystem       = "codeSystem"
	fieldQuantityPerFill  = "quantityPerFill"
	fieldRefills          = "refills"
	fieldMinFillInterval  = "minFillInterval"
	fieldControlled       = "controlled"
	fieldRecord           = "record"
	fieldCID              = "cid"
	fieldFill             = "fill"
	fieldPacks            = "packs"
	fieldPharmacy         = "pharmacy"
	fieldPatientSignature = "patientSignature"
	paramGTIN             = "gtin"
	paramLot              = "lot"
	paramManufactured     = "manufactured"
	paramExpiry           = "expiry"
	paramMinTemperature   = "minTemperature"
	paramMaxTemperature   = "maxTemperature"
	paramDocument         = "document"
	paramCode             = "code"
	paramHolder           = "holder"
	paramSerial           = "serial"
)

// Bounds of the supply-chain and prescription requests.
const (
	// maxSerialLen is the longest GS1 serial (AI 21) and lot (AI 10).
	maxSerialLen = 20
	// maxSerialListBytes bounds a serial list upload: MaxBatchSerials lines
	// of maxSerialLen characters and CRLF.
	maxSerialListBytes = MaxBatchSerials * (maxSerialLen + 2)
	// maxReadingsPerRequest bounds the readings of one request.
	maxReadingsPerRequest = 2000
	// maxPacksPerFill is Prescriptions' MAX_PACKS_PER_FILL.
	maxPacksPerFill = 10
	// maxCodeLen bounds codeSystem and code (Prescriptions' _MAX_CODE_LENGTH).
	maxCodeLen = 64
	// maxPackCodeLen bounds a scanned code: 4 AIs, their data and separators.
	maxPackCodeLen = 128
)

// BatchQuery is the decoded query string of POST /v1/batches.
type BatchQuery struct {
	GTIN           uint64
	Lot            string
	ManufacturedAt time.Time
	Expiry         gs1.Date
	MinTemperature int16
	MaxTemperature int16
	Document       string
}

// HandOverRequest is the decoded body of POST /v1/batches/{batchId}/handovers.
type HandOverRequest struct {
	To       common.Address
	Quantity uint32
}

// VerifyRequest is the decoded GET query or POST body of /v1/verify.
type VerifyRequest struct {
	Code gs1.Code
	// Holder is the holder whose quarantine counts; zero when not given.
	Holder common.Address
}

// decodeBatchQuery decodes gtin, lot, manufactured, expiry, minTemperature
// and maxTemperature (required) and document (optional).
func decodeBatchQuery(rawQuery string) (BatchQuery, error) {
	v, err := decodeQuery(rawQuery, paramGTIN, paramLot, paramManufactured, paramExpiry, paramMinTemperature, paramMaxTemperature, paramDocument)
	if err != nil {
		return BatchQuery{}, err
	}
	for _, p := range []string{paramGTIN, paramLot, paramManufactured, paramExpiry, paramMinTemperature, paramMaxTemperature} {
		if v[p] == "" {
			return BatchQuery{}, fieldError(CodeMissingField, p, fmt.Sprintf("the query parameter %q is required", p))
		}
	}
	var q BatchQuery
	if q.GTIN, err = parseGTIN(paramGTIN, v[paramGTIN]); err != nil {
		return BatchQuery{}, err
	}
	if q.Lot, err = parseGS1Text(paramLot, "a lot", v[paramLot]); err != nil {
		return BatchQuery{}, err
	}
	manufactured, err := parseDate(paramManufactured, v[paramManufactured])
	if err != nil {
		return BatchQuery{}, err
	}
	q.ManufacturedAt = manufactured.LastDay()
	if q.Expiry, err = parseDate(paramExpiry, v[paramExpiry]); err != nil {
		return BatchQuery{}, err
	}
	if !q.Expiry.LastDay().After(q.ManufacturedAt) {
		return BatchQuery{}, fieldError(CodeInvalidTime, paramExpiry, "expiry must be a day after manufactured")
	}
	if q.MinTemperature, err = parseTemperature(paramMinTemperature, v[paramMinTemperature]); err != nil {
		return BatchQuery{}, err
	}
	if q.MaxTemperature, err = parseTemperature(paramMaxTemperature, v[paramMaxTemperature]); err != nil {
		return BatchQuery{}, err
	}
	if q.MinTemperature >= q.MaxTemperature {
		return BatchQuery{}, fieldError(CodeInvalidNumber, paramMaxTemperature, "maxTemperature must be above minTemperature (both in hundredths of a degree Celsius, e.g. 200 and 800 for 2 to 8 °C)")
	}
	if s, ok := v[paramDocument]; ok {
		if q.Document, err = parseCID(paramDocument, s); err != nil {
			return BatchQuery{}, err
		}
	}
	return q, nil
}

// decodeSerialList reads a serial list: one serial per line, LF or CRLF, a
// final line break optional. Serials must be distinct; an empty list, an
// empty line or more than MaxBatchSerials lines are refused. A failed read of
// r is returned as it is, for the caller to report.
func decodeSerialList(r io.Reader) ([]string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var serials []string
	for line := 1; ; line++ {
		raw, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return nil, serialError(line, fmt.Sprintf("line %d is longer than a serial can be (%d characters)", line, maxSerialLen))
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		end := errors.Is(err, io.EOF)
		s := bytes.TrimSuffix(bytes.TrimSuffix(raw, []byte{'\n'}), []byte{'\r'})
		if end && len(raw) == 0 {
			break // the final line break, or nothing at all
		}
		if len(serials) == MaxBatchSerials {
			return nil, serialError(line, fmt.Sprintf("the list has more than %d serials; split the batch", MaxBatchSerials))
		}
		if msg := checkGS1Text(string(s)); msg != "" {
			return nil, serialError(line, fmt.Sprintf("line %d is not a serial: %s", line, msg))
		}
		serials = append(serials, string(s))
		if end {
			break
		}
	}
	if len(serials) == 0 {
		return nil, newError(http.StatusBadRequest, CodeEmptyBody, "the serial list is empty; send one pack serial per line")
	}
	if i, j, ok := firstDuplicate(serials); ok {
		return nil, serialError(j+1, fmt.Sprintf("serial %q appears on lines %d and %d; every pack needs its own serial", serials[i], i+1, j+1))
	}
	return serials, nil
}

func serialError(line int, msg string) *Error {
	return &Error{Status: http.StatusBadRequest, Code: CodeInvalidSerial, Message: msg, Details: map[string]any{"line": line}}
}

// firstDuplicate finds two equal serials, i < j, with j as small as possible,
// sorting 64-bit hashes rather than the strings (a million serials in tens of
// milliseconds).
func firstDuplicate(serials []string) (int, int, bool) {
	type entry struct {
		h uint64
		i int
	}
	bi, bj := -1, -1
	seed := maphash.MakeSeed()
	es := make([]entry, len(serials))
	for i, s := range serials {
		es[i] = entry{maphash.String(seed, s), i}
	}
	slices.SortFunc(es, func(a, b entry) int {
		if a.h != b.h {
			if a.h < b.h {
				return -1
			}
			return 1
		}
		return a.i - b.i
	})
	for k := 0; k < len(es); {
		m := k + 1
		for m < len(es) && es[m].h == es[k].h {
			m++
		}
		// es[k:m] share a hash, in order of position: the first entry equal
		// to an earlier one is the group's earliest repeat. Identical
		// serials match at once, so a list of one serial repeated a million
		// times costs no more than a list without repeats.
		for b := k + 1; b < m; b++ {
			for a := k; a < b; a++ {
				if serials[es[a].i] == serials[es[b].i] {
					if bj < 0 || es[b].i < bj {
						bi, bj = es[a].i, es[b].i
					}
					b = m
					break
				}
			}
		}
		k = m
	}
	return bi, bj, bj >= 0
}

// decodeHandOverRequest decodes {to, quantity}.
func decodeHandOverRequest(body []byte) (HandOverRequest, error) {
	obj, err := decodeObject(body, fieldTo, fieldQuantity)
	if err != nil {
		return HandOverRequest{}, err
	}
	var req HandOverRequest
	s, err := obj.required(fieldTo)
	if err == nil {
		req.To, err = parseAddress(fieldTo, s)
	}
	if err != nil {
		return HandOverRequest{}, err
	}
	n, err := obj.requiredInt(fieldQuantity, 1, math.MaxUint32)
	if err != nil {
		return HandOverRequest{}, err
	}
	req.Quantity = uint32(n)
	return req, nil
}

// decodeReadingsRequest decodes {readings: [{batchId, holder, timestamp,
// temperature, signature}, ...]}.
func decodeReadingsRequest(body []byte) ([]SignedReading, error) {
	obj, err := decodeObject(body, fieldReadings)
	if err != nil {
		return nil, err
	}
	raw, ok := obj[fieldReadings]
	if !ok || string(raw) == "null" {
		return nil, fieldError(CodeMissingField, fieldReadings, `the field "readings" is required`)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fieldError(CodeInvalidJSON, fieldReadings, `the field "readings" must be a list of reading objects`)
	}
	if len(items) == 0 {
		return nil, fieldError(CodeMissingField, fieldReadings, `the field "readings" must list at least one reading`)
	}
	if len(items) > maxReadingsPerRequest {
		return nil, fieldError(CodeInvalidJSON, fieldReadings, fmt.Sprintf("send at most %d readings per request", maxReadingsPerRequest))
	}
	out := make([]SignedReading, len(items))
	for i, it := range items {
		r, err := decodeReading(it)
		if err != nil {
			var e *Error
			if errors.As(err, &e) {
				e.Message = fmt.Sprintf("reading %d: %s", i, e.Message)
				e.Details = mergeDetails(e.Details, "index", i)
			}
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

func decodeReading(raw []byte) (SignedReading, error) {
	obj, err := decodeObject(raw, fieldBatchID, fieldHolder, fieldTimestamp, fieldTemperature, fieldSignature)
	if err != nil {
		return SignedReading{}, err
	}
	var r SignedReading
	s, err := obj.required(fieldBatchID)
	if err == nil {
		r.BatchID, err = parseBytes32(fieldBatchID, s)
	}
	if err == nil {
		if s, err = obj.required(fieldHolder); err == nil {
			r.Holder, err = parseAddress(fieldHolder, s)
		}
	}
	if err == nil {
		if s, err = obj.required(fieldTimestamp); err == nil {
			r.Timestamp, err = parseTime(fieldTimestamp, s)
		}
	}
	if err != nil {
		return SignedReading{}, err
	}
	t, err := obj.requiredInt(fieldTemperature, math.MinInt16, math.MaxInt16)
	if err != nil {
		return SignedReading{}, err
	}
	r.Temperature = int16(t)
	if s, err = obj.required(fieldSignature); err != nil {
		return SignedReading{}, err
	}
	if r.Signature, err = parseReadingSignature(fieldSignature, s); err != nil {
		return SignedReading{}, err
	}
	return r, nil
}

// decodeVerifyQuery decodes the query of GET /v1/verify: code, required, and
// holder, optional.
func decodeVerifyQuery(rawQuery string) (VerifyRequest, error) {
	v, err := decodeQuery(rawQuery, paramCode, paramHolder)
	if err != nil {
		return VerifyRequest{}, err
	}
	if v[paramCode] == "" {
		return VerifyRequest{}, fieldError(CodeMissingField, paramCode, `the query parameter "code" is required: the GS1 element string scanned from the pack`)
	}
	var req VerifyRequest
	if req.Code, err = parsePackCode(paramCode, v[paramCode]); err != nil {
		return VerifyRequest{}, err
	}
	if s, ok := v[paramHolder]; ok {
		if req.Holder, err = parseAddress(paramHolder, s); err != nil {
			return VerifyRequest{}, err
		}
	}
	return req, nil
}

// decodeVerifyRequest decodes {code, holder?}.
func decodeVerifyRequest(body []byte) (VerifyRequest, error) {
	obj, err := decodeObject(body, fieldCode, fieldHolder)
	if err != nil {
		return VerifyRequest{}, err
	}
	var req VerifyRequest
	s, err := obj.required(fieldCode)
	if err != nil {
		return VerifyRequest{}, err
	}
	if req.Code, err = parsePackCode(fieldCode, s); err != nil {
		return VerifyRequest{}, err
	}
	if s, ok, err := obj.optional(fieldHolder); err != nil {
		return VerifyRequest{}, err
	} else if ok {
		if req.Holder, err = parseAddress(fieldHolder, s); err != nil {
			return VerifyRequest{}, err
		}
	}
	return req, nil
}

// decodeCloneReportRequest decodes {code}.
func decodeCloneReportRequest(body []byte) (gs1.Code, error) {
	obj, err := decodeObject(body, fieldCode)
	if err != nil {
		return gs1.Code{}, err
	}
	s, err := obj.required(fieldCode)
	if err != nil {
		return gs1.Code{}, err
	}
	return parsePackCode(fieldCode, s)
}

// prescriptionCursorVersion is the first byte of prescription list cursors.
const prescriptionCursorVersion = 3

// parsePackCode parses a scanned pack code; all four AIs must be present.
func parsePackCode(field, s string) (gs1.Code, error) {
	if len(s) > maxPackCodeLen {
		return gs1.Code{}, fieldError(CodeInvalidGS1, field, fmt.Sprintf("%s is %d bytes long; a pack code has at most %d", field, len(s), maxPackCodeLen))
	}
	c, err := gs1.ParsePack(s)
	if err != nil {
		e := fieldError(CodeInvalidGS1, field, fmt.Sprintf("%s is not a pack's GS1 element string: %s; scan the pack's DataMatrix, or type its human-readable form, e.g. (01)09506000134352(17)271231(10)LOT42(21)SN0001",
			field, strings.TrimPrefix(err.Error(), "gs1: ")))
		var se *gs1.SyntaxError
		if errors.As(err, &se) {
			if !errors.Is(err, gs1.ErrMissingAI) {
				e.Details["offset"] = se.Offset
			}
			if se.AI != "" {
				e.Details["ai"] = se.AI
			}
		}
		return gs1.Code{}, e
	}
	return *c, nil
}

// parseGTIN accepts the 14 digits of a GTIN-14 with a valid check digit.
func parseGTIN(field, s string) (uint64, error) {
	bad := func(why string) error {
		return fieldError(CodeInvalidGS1, field, fmt.Sprintf("%s must be a GTIN-14: 14 digits ending in their check digit, e.g. 09506000134352 (%s)", field, why))
	}
	if len(s) != 14 {
		return 0, bad(fmt.Sprintf("got %d characters", len(s)))
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, bad(fmt.Sprintf("%q is not a digit", s[i]))
		}
	}
	if want := gs1.CheckDigit(s[:13]); s[13] != want {
		return 0, bad(fmt.Sprintf("the check digit is %c, want %c", s[13], want))
	}
	n, _ := strconv.ParseUint(s, 10, 64)
	if n == 0 {
		return 0, bad("it is zero")
	}
	return n, nil
}

// formatGTIN renders a GTIN value as its 14 digits.
func formatGTIN(v uint64) string { return fmt.Sprintf("%014d", v) }

// parseGS1Text accepts a lot or serial: 1 to 20 characters of GS1 character
// set 82.
func parseGS1Text(field, what, s string) (string, error) {
	if msg := checkGS1Text(s); msg != "" {
		return "", fieldError(CodeInvalidGS1, field, fmt.Sprintf("%s must be %s: %s", field, what, msg))
	}
	return s, nil
}

// checkGS1Text says what is wrong with a lot or serial, or "".
func checkGS1Text(s string) string {
	switch {
	case s == "":
		return "it is empty"
	case len(s) > maxSerialLen:
		return fmt.Sprintf("%d characters, at most %d", len(s), maxSerialLen)
	}
	for i := 0; i < len(s); i++ {
		if !isCSet82(s[i]) {
			return fmt.Sprintf("%q at position %d is not in GS1 character set 82 (A-Z a-z 0-9 and !\"%%&'()*+,-./:;<=>?_)", s[i], i+1)
		}
	}
	return ""
}

// isCSet82 reports whether c is in GS1 character set 82.
func isCSet82(c byte) bool {
	switch {
	case c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		return true
	}
	return strings.IndexByte(`!"%&'()*+,-./:;<=>?_`, c) >= 0
}

// parseDate accepts YYYY-MM-DD from 1970 to 9999.
func parseDate(field, s string) (gs1.Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1970 {
		return gs1.Date{}, fieldError(CodeInvalidTime, field, fmt.Sprintf("%s must be a date such as 2027-12-31 (YYYY-MM-DD)", field))
	}
	return gs1.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}, nil
}

// parseTemperature accepts an integer number of hundredths of a degree.
func parseTemperature(field, s string) (int16, error) {
	n, err := strconv.ParseInt(s, 10, 16)
	if err != nil || (len(s) > 1 && (s[0] == '0' || strings.HasPrefix(s, "-0") || s[0] == '+')) {
		return 0, fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s must be a whole number of hundredths of a degree Celsius from -32768 to 32767, e.g. 200 for 2.00 °C", field))
	}
	return int16(n), nil
}

// parseCID accepts a CIDv1 and returns its canonical string form.
func parseCID(field, s string) (string, error) {
	c, err := cid.Decode(s)
	if err == nil && c.Version() == 0 {
		// What `ipfs add` prints by default: name the same content's CIDv1.
		return "", fieldError(CodeInvalidCID, field, fmt.Sprintf("%s must be a CIDv1; %s is a CIDv0, send the same content's CIDv1 %s", field, s, cid.NewCidV1(cid.DagProtobuf, c.Hash())))
	}
	if err != nil || c.Version() != 1 || len(c.Bytes()) > 128 {
		return "", fieldError(CodeInvalidCID, field, fmt.Sprintf("%s must be a CIDv1 such as bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e", field))
	}
	return c.String(), nil
}

// parseReadingSignature accepts a compact 64-byte signature or a 65-byte
// r‖s‖v one, with s in the lower half, and returns the compact form.
func parseReadingSignature(field, s string) ([64]byte, error) {
	bad := fieldError(CodeInvalidSignature, field, field+" must be the device's signature: 0x followed by 128 hex digits (EIP-2098 compact) or 130 (r, s, v), with s in the lower half of the curve order")
	if b, ok := decodeHex(s, 64); ok {
		var c [64]byte
		copy(c[:], b)
		if !telemetry.Valid(c) {
			return [64]byte{}, bad
		}
		return c, nil
	}
	b, ok := decodeHex(s, 65)
	if !ok {
		return [64]byte{}, bad
	}
	c, err := telemetry.Compact(b)
	if err != nil {
		return [64]byte{}, bad
	}
	return c, nil
}

// parsePathBatchID parses the {batchId} of a path.
func parsePathBatchID(s string) ([32]byte, error) { return parseBytes32(fieldBatchID, s) }

// decodeProofQuery decodes the query of GET /v1/batches/{batchId}/proof:
// serial, required.
func decodeProofQuery(rawQuery string) (string, error) {
	v, err := decodeQuery(rawQuery, paramSerial)
	if err != nil {
		return "", err
	}
	s, ok := v[paramSerial]
	if !ok {
		return "", fieldError(CodeMissingField, paramSerial, `the query parameter "serial" is required: the pack's serial (GS1 AI 21)`)
	}
	if msg := checkGS1Text(s); msg != "" {
		return "", fieldError(CodeInvalidSerial, paramSerial, "serial must be a GS1 serial (AI 21): "+msg)
	}
	return s, nil
}

// parseID parses a hand-over or prescription id: 1 to 2^64-1 in canonical decimal.
func parseID(field, what, s string) (uint64, error) {
	if canonicalDecimal(s) {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil && n > 0 {
			return n, nil
		}
	}
	return 0, fieldError(CodeInvalidNumber, field, fmt.Sprintf("%s must be %s id: a whole number from 1, in decimal without leading zeros", field, what))
}

// optionalInt returns the JSON integer value of field and whether it was sent,
// checking it lies in [lo, hi].
func (o object) optionalInt(field string, lo, hi int64) (int64, bool, error) {
	raw, ok := o[field]
	if !ok || string(raw) == "null" {
		return 0, false, nil
	}
	bad := fieldError(CodeInvalidNumber, field, fmt.Sprintf("the field %q must be a whole number from %d to %d, as a JSON number", field, lo, hi))
	s := string(raw)
	if s == "" || strings.ContainsAny(s, ".eE+") {
		return 0, false, bad
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < lo || n > hi {
		return 0, false, bad
	}
	return n, true, nil
}

// requiredInt is optionalInt for a required field.
func (o object) requiredInt(field string, lo, hi int64) (int64, error) {
	n, ok, err := o.optionalInt(field, lo, hi)
	if err == nil && !ok {
		err = fieldError(CodeMissingField, field, fmt.Sprintf("the field %q is required", field))
	}
	return n, err
}

// optionalBool returns the boolean value of field, false when absent or null.
func (o object) optionalBool(field string) (bool, error) {
	raw, ok := o[field]
	switch {
	case !ok || string(raw) == "null" || string(raw) == "false":
		return false, nil
	case string(raw) == "true":
		return true, nil
	}
	return false, fieldError(CodeInvalidJSON, field, fmt.Sprintf("the field %q must be true or false", field))
}
