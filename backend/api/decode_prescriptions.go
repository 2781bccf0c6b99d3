package api

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
)

// IssueRequest is the decoded body of POST /v1/prescriptions: the
// MedicationRequest is named by record, the version written with
// POST /v1/records, which the handler checks and resolves to its CID.
type IssueRequest struct {
	PrescriptionRequest
	Record uint64
}

// DispenseBody is the decoded body of POST /v1/prescriptions/{id}/dispense;
// the MedicationDispense is named by record, resolved like IssueRequest's.
type DispenseBody struct {
	DispenseRequest
	Record uint64
}

// decodeIssueRequest decodes {patient, gtin?, codeSystem?, code?,
// quantityPerFill, refills?, validUntil, minFillInterval?, controlled?,
// record}; a cid is refused (see documentRecord).
func decodeIssueRequest(body []byte) (IssueRequest, error) {
	obj, err := decodeObject(body, fieldPatient, fieldGTIN, fieldCodeSystem, fieldCode, fieldQuantityPerFill, fieldRefills,
		fieldValidUntil, fieldMinFillInterval, fieldControlled, fieldRecord, fieldCID)
	if err != nil {
		return IssueRequest{}, err
	}
	if err := obj.refuseCID("MedicationRequest"); err != nil {
		return IssueRequest{}, err
	}
	var req IssueRequest
	s, err := obj.required(fieldPatient)
	if err == nil {
		req.Patient, err = parseAddress(fieldPatient, s)
	}
	if err != nil {
		return IssueRequest{}, err
	}
	if s, ok, err := obj.optional(fieldGTIN); err != nil {
		return IssueRequest{}, err
	} else if ok {
		if req.GTIN, err = parseGTIN(fieldGTIN, s); err != nil {
			return IssueRequest{}, err
		}
	}
	for _, f := range []struct {
		name string
		dst  *string
	}{{fieldCodeSystem, &req.CodeSystem}, {fieldCode, &req.Code}} {
		s, ok, err := obj.optional(f.name)
		if err != nil {
			return IssueRequest{}, err
		}
		if ok {
			if *f.dst, err = parseMedicationCode(f.name, s); err != nil {
				return IssueRequest{}, err
			}
		}
	}
	if (req.CodeSystem == "") != (req.Code == "") {
		return IssueRequest{}, fieldError(CodeMissingField, fieldCode, "codeSystem and code go together: send both (e.g. http://www.whocc.no/atc and N02BE01) or neither")
	}
	if req.GTIN == 0 && req.Code == "" {
		return IssueRequest{}, fieldError(CodeMissingField, fieldGTIN, "name the medication by gtin, by codeSystem and code, or both")
	}
	n, err := obj.requiredInt(fieldQuantityPerFill, 1, maxPacksPerFill)
	if err != nil {
		return IssueRequest{}, err
	}
	req.QuantityPerFill = uint16(n)
	if n, _, err = obj.optionalInt(fieldRefills, 0, math.MaxUint16-1); err != nil {
		return IssueRequest{}, err
	}
	req.Refills = uint16(n)
	if s, err = obj.required(fieldValidUntil); err == nil {
		req.ValidUntil, err = parseTime(fieldValidUntil, s)
	}
	if err != nil {
		return IssueRequest{}, err
	}
	if n, _, err = obj.optionalInt(fieldMinFillInterval, 0, math.MaxUint32); err != nil {
		return IssueRequest{}, err
	}
	req.MinFillInterval = time.Duration(n) * time.Second
	if req.Controlled, err = obj.optionalBool(fieldControlled); err != nil {
		return IssueRequest{}, err
	}
	if req.Record, err = obj.documentRecord("MedicationRequest"); err != nil {
		return IssueRequest{}, err
	}
	return req, nil
}

// decodeDispenseRequest decodes {fill, packs, record, deadline?,
// patientSignature?}; deadline and patientSignature go together; a cid is
// refused (see documentRecord).
func decodeDispenseRequest(body []byte) (DispenseBody, error) {
	obj, err := decodeObject(body, fieldFill, fieldPacks, fieldRecord, fieldCID, fieldDeadline, fieldPatientSignature)
	if err != nil {
		return DispenseBody{}, err
	}
	if err := obj.refuseCID("MedicationDispense"); err != nil {
		return DispenseBody{}, err
	}
	var req DispenseBody
	n, err := obj.requiredInt(fieldFill, 1, math.MaxUint16)
	if err != nil {
		return DispenseBody{}, err
	}
	req.Fill = uint16(n)
	codes, err := obj.requiredList(fieldPacks)
	if err != nil {
		return DispenseBody{}, err
	}
	if len(codes) > maxPacksPerFill {
		return DispenseBody{}, fieldError(CodeInvalidJSON, fieldPacks, fmt.Sprintf("a fill holds at most %d packs", maxPacksPerFill))
	}
	for i, s := range codes {
		c, err := parsePackCode(fieldPacks, s)
		if err != nil {
			e := err.(*Error)
			e.Message = fmt.Sprintf("pack %d: %s", i, e.Message)
			e.Details["index"] = i
			return DispenseBody{}, e
		}
		for j, prev := range req.Packs {
			if prev.GTIN == c.GTIN && prev.Lot == c.Lot && prev.Serial == c.Serial {
				e := fieldError(CodeInvalidGS1, fieldPacks, fmt.Sprintf("packs %d and %d are the same pack; scan each pack once", j, i))
				e.Details["index"] = i
				return DispenseBody{}, e
			}
		}
		req.Packs = append(req.Packs, c)
	}
	if req.Record, err = obj.documentRecord("MedicationDispense"); err != nil {
		return DispenseBody{}, err
	}
	dl, hasDeadline, err := obj.optional(fieldDeadline)
	if err != nil {
		return DispenseBody{}, err
	}
	sig, hasSig, err := obj.optional(fieldPatientSignature)
	if err != nil {
		return DispenseBody{}, err
	}
	if hasDeadline != hasSig {
		return DispenseBody{}, fieldError(CodeMissingField, fieldPatientSignature,
			"deadline and patientSignature go together: a controlled prescription needs both, from the patient's signed authorisation; others neither")
	}
	if hasDeadline {
		if req.Deadline, err = parseTime(fieldDeadline, dl); err != nil {
			return DispenseBody{}, err
		}
		if req.PatientSignature, err = parseRelayedSignature(fieldPatientSignature, sig); err != nil {
			return DispenseBody{}, err
		}
	}
	return req, nil
}

// decodeDispenseTypedDataRequest decodes {fill, pharmacy, deadline?}.
func decodeDispenseTypedDataRequest(body []byte) (DispenseTypedDataRequest, error) {
	obj, err := decodeObject(body, fieldFill, fieldPharmacy, fieldDeadline)
	if err != nil {
		return DispenseTypedDataRequest{}, err
	}
	var req DispenseTypedDataRequest
	n, err := obj.requiredInt(fieldFill, 1, math.MaxUint16)
	if err != nil {
		return DispenseTypedDataRequest{}, err
	}
	req.Fill = uint16(n)
	s, err := obj.required(fieldPharmacy)
	if err == nil {
		req.Pharmacy, err = parseAddress(fieldPharmacy, s)
	}
	if err != nil {
		return DispenseTypedDataRequest{}, err
	}
	if s, ok, err := obj.optional(fieldDeadline); err != nil {
		return DispenseTypedDataRequest{}, err
	} else if ok {
		if req.Deadline, err = parseTime(fieldDeadline, s); err != nil {
			return DispenseTypedDataRequest{}, err
		}
	}
	return req, nil
}

// encodePrescriptionCursor makes the opaque cursor after prescription id.
func encodePrescriptionCursor(id uint64) string {
	return base64.RawURLEncoding.EncodeToString(binary.AppendUvarint([]byte{prescriptionCursorVersion}, id))
}

// decodePrescriptionCursor accepts only what encodePrescriptionCursor makes.
func decodePrescriptionCursor(s string) (uint64, error) {
	bad := fieldError(CodeInvalidCursor, paramCursor, "cursor is not a cursor this server gave out; start again without it")
	if s == "" || len(s) > maxCursorLen {
		return 0, bad
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(s)
	if err != nil || len(raw) < 2 || raw[0] != prescriptionCursorVersion {
		return 0, bad
	}
	id, n := binary.Uvarint(raw[1:])
	if n != len(raw)-1 || id == 0 || encodePrescriptionCursor(id) != s {
		return 0, bad
	}
	return id, nil
}

// decodePrescriptionListQuery decodes cursor and limit, both optional.
func decodePrescriptionListQuery(rawQuery string) (PrescriptionQuery, error) {
	v, err := decodeQuery(rawQuery, paramCursor, paramLimit)
	if err != nil {
		return PrescriptionQuery{}, err
	}
	q := PrescriptionQuery{Limit: defaultPageSize}
	if s, ok := v[paramCursor]; ok {
		if q.After, err = decodePrescriptionCursor(s); err != nil {
			return PrescriptionQuery{}, err
		}
	}
	if s, ok := v[paramLimit]; ok {
		n, ok := parsePageSize(s)
		if !ok {
			return PrescriptionQuery{}, fieldError(CodeInvalidLimit, paramLimit, fmt.Sprintf("limit must be a whole number from 1 to %d", maxPageSize))
		}
		q.Limit = n
	}
	return q, nil
}

// parseMedicationCode accepts a code system or code: 1 to 64 bytes, no
// control characters, no surrounding white space.
func parseMedicationCode(field, s string) (string, error) {
	switch {
	case s == "" || len(s) > maxCodeLen:
		return "", fieldError(CodeInvalidName, field, fmt.Sprintf("%s must be 1 to %d bytes", field, maxCodeLen))
	case strings.TrimSpace(s) != s:
		return "", fieldError(CodeInvalidName, field, fmt.Sprintf("%s must not start or end with white space", field))
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return "", fieldError(CodeInvalidName, field, fmt.Sprintf("%s must not contain control characters", field))
	}
	return s, nil
}

// refuseCID refuses a body that names its FHIR document (doc) by cid, as
// clients did before the records machinery was required: a bare CID could name
// plaintext or a document no one audits. The field is still known to the
// decoder so that such a client learns what to do instead, before anything
// else about its body, and nothing is sent.
func (o object) refuseCID(doc string) error {
	if _, ok := o[fieldCID]; !ok {
		return nil
	}
	return fieldError(CodeUnknownField, fieldCID, "cid is no longer accepted: write the "+doc+
		" with POST /v1/records (category prescriptions) and send its id as record")
}

// documentRecord decodes record, the id of the record version holding the
// encrypted FHIR document (doc) of a prescription or fill; it is required.
func (o object) documentRecord(doc string) (uint64, error) {
	rec, ok, err := o.optionalInt(fieldRecord, 1, math.MaxInt64)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fieldError(CodeMissingField, fieldRecord, "name the encrypted FHIR "+doc+
			" by record: write it with POST /v1/records?patient=…&category=prescriptions and send the id of its version")
	}
	return uint64(rec), nil
}
