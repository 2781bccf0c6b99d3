package api

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
)

// Handlers of the supply-chain (DrugBatches) and prescription endpoints.

func (s *Server) needPharma() (Pharma, error) {
	if s.pharma == nil {
		return nil, notConfigured("the drug supply chain and prescriptions (DrugBatches, Prescriptions)")
	}
	return s.pharma, nil
}

// NotFound returns an error wrapping [ErrNotFound] whose reason the
// supply-chain and prescription endpoints show to the client in the 404
// response, e.g. NotFound("batch 0x… has no pack with serial \"SN1\""). Write
// the reason as a lowercase clause a person can act on.
func NotFound(reason string) error { return &notFoundError{reason: reason} }

type notFoundError struct{ reason string }

func (e *notFoundError) Error() string { return ErrNotFound.Error() + ": " + e.reason }
func (e *notFoundError) Unwrap() error { return ErrNotFound }

// pharmaError gives a NotFound error its reason; others get context.
func pharmaError(err error, what string) error {
	var nf *notFoundError
	if errors.As(err, &nf) {
		return &Error{Status: http.StatusNotFound, Code: CodeNotFound, Message: nf.reason}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// serialListMediaType accepts text/plain in ASCII or UTF-8.
func serialListMediaType(header string) error {
	const how = "send the pack serials as text/plain, one serial per line (LF or CRLF), and the batch's data in the query string"
	mt, params, err := mime.ParseMediaType(header)
	if header == "" || err != nil || mt != "text/plain" {
		return newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, how)
	}
	for k, v := range params {
		if k != "charset" || (!strings.EqualFold(v, "utf-8") && !strings.EqualFold(v, "us-ascii")) {
			return newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, how+"; the only parameter allowed is charset=utf-8 or us-ascii")
		}
	}
	return nil
}

// registerBatch registers a batch with the serial list streamed in the body.
func (s *Server) registerBatch(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	q, err := decodeBatchQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	if err := serialListMediaType(c.GetHeader("Content-Type")); err != nil {
		return nil, err
	}
	const limit = maxSerialListBytes
	up, body, err := openUpload(c, limit, "the pack serials, one per line")
	if err != nil {
		return nil, err
	}
	serials, err := decodeSerialList(body)
	if up.err != nil {
		return nil, uploadError(c, up.err, limit)
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, e
		}
		return nil, uploadError(c, err, limit)
	}
	now := s.now()
	if !q.Expiry.End().After(now) {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeValidityInPast,
			Message: "expiry must be in the future: an expired batch cannot be registered", Details: map[string]any{"field": paramExpiry}}
	}
	if q.ManufacturedAt.After(now) {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
			Message: "manufactured must not be after today", Details: map[string]any{"field": paramManufactured}}
	}
	res, err := ph.RegisterBatch(c.Request.Context(), principal(c).Account, NewBatch{
		GTIN: q.GTIN, Lot: q.Lot, ManufacturedAt: q.ManufacturedAt, Expiry: q.Expiry,
		MinTemperature: q.MinTemperature, MaxTemperature: q.MaxTemperature, Document: q.Document, Serials: serials,
	})
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("register batch %s/%s", formatGTIN(q.GTIN), q.Lot))
	}
	if _, err := txOutcome(res.Tx); err != nil {
		return nil, err
	}
	c.Header("Location", batchPath(res.Batch.ID))
	return registeredBatchResponse{Batch: newBatchResponse(res.Batch), Tx: newTxResponse(res.Tx)}, nil
}

func (s *Server) getBatch(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := parsePathBatchID(c.Param(fieldBatchID))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	b, err := ph.Batch(c.Request.Context(), id)
	if err != nil {
		return nil, pharmaError(err, "batch "+hex32(id))
	}
	return newBatchResponse(b), nil
}

func (s *Server) getSerialProof(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := parsePathBatchID(c.Param(fieldBatchID))
	if err != nil {
		return nil, err
	}
	serial, err := decodeProofQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	p, err := ph.SerialProof(c.Request.Context(), id, serial)
	if err != nil {
		return nil, pharmaError(err, "proof of "+serial)
	}
	out := serialProofResponse{BatchID: hex32(p.BatchID), Serial: p.Serial, Leaf: hex32(p.Leaf), Root: hex32(p.Root),
		Proof: make([]string, len(p.Proof)), SerialTreeCID: p.SerialTreeCID}
	for i, h := range p.Proof {
		out.Proof[i] = hex32(h)
	}
	return out, nil
}

func (s *Server) handOver(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := parsePathBatchID(c.Param(fieldBatchID))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeHandOverRequest(body)
	if err != nil {
		return nil, err
	}
	from := principal(c).Account
	if req.To == from {
		return nil, fieldError(CodeInvalidAddress, fieldTo, "to is your own account: hand packs over to another participant")
	}
	h, tx, err := ph.HandOver(c.Request.Context(), from, id, req.To, req.Quantity)
	if err != nil {
		return nil, pharmaError(err, "hand over "+hex32(id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", handOverPath(h.ID))
	return handOverTxResponse{HandOver: newHandOverResponse(h), Tx: newTxResponse(tx)}, nil
}

// pathHandOverID parses the {id} of a hand-over path.
func pathHandOverID(c *gin.Context) (uint64, error) {
	return parseID(fieldID, "a hand-over", c.Param(fieldID))
}

func (s *Server) getHandOver(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := pathHandOverID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	h, err := ph.HandOverRecord(c.Request.Context(), id)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("hand-over %d", id))
	}
	return newHandOverResponse(h), nil
}

// settleHandOver accepts or cancels a hand-over.
func (s *Server) settleHandOver(c *gin.Context, accept bool) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := pathHandOverID(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	if err := decodeEmptyRequest(body); err != nil {
		return nil, err
	}
	do, what := ph.CancelHandOver, "cancel"
	if accept {
		do, what = ph.AcceptHandOver, "accept"
	}
	h, tx, err := do(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("%s hand-over %d", what, id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return handOverTxResponse{HandOver: newHandOverResponse(h), Tx: newTxResponse(tx)}, nil
}

func (s *Server) acceptHandOver(c *gin.Context) (any, error) { return s.settleHandOver(c, true) }
func (s *Server) cancelHandOver(c *gin.Context) (any, error) { return s.settleHandOver(c, false) }

func (s *Server) recallBatch(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := parsePathBatchID(c.Param(fieldBatchID))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeSuspendRequest(body)
	if err != nil {
		return nil, err
	}
	tx, err := ph.Recall(c.Request.Context(), principal(c).Account, id, req.ReasonCode)
	if err != nil {
		return nil, pharmaError(err, "recall "+hex32(id))
	}
	return txOutcome(tx)
}

func (s *Server) releaseQuarantine(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := parsePathBatchID(c.Param(fieldBatchID))
	if err != nil {
		return nil, err
	}
	holder, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeSuspendRequest(body)
	if err != nil {
		return nil, err
	}
	tx, err := ph.ReleaseQuarantine(c.Request.Context(), principal(c).Account, id, holder, req.ReasonCode)
	if err != nil {
		return nil, pharmaError(err, "release quarantine of "+holder.Hex())
	}
	return txOutcome(tx)
}

func (s *Server) submitReadings(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	readings, err := decodeReadingsRequest(body)
	if err != nil {
		return nil, err
	}
	rep, err := ph.SubmitReadings(c.Request.Context(), principal(c).Account, readings)
	if err != nil {
		return nil, pharmaError(err, "submit readings")
	}
	out := newReadingReportResponse(rep)
	if len(rep.Rejected) > 0 && len(rep.Rejected) == rep.Received {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
			Message: "every reading was refused; details.rejected says why for each (index in the request)",
			Details: map[string]any{"rejected": out.Rejected}}
	}
	return out, nil
}

func (s *Server) verify(c *gin.Context, req VerifyRequest) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	v, err := ph.VerifyPack(c.Request.Context(), req.Code, req.Holder)
	if err != nil {
		return nil, pharmaError(err, "verify "+req.Code.HRI())
	}
	return newVerificationResponse(v), nil
}

func (s *Server) verifyPackQuery(c *gin.Context) (any, error) {
	if _, err := s.needPharma(); err != nil {
		return nil, err
	}
	req, err := decodeVerifyQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	return s.verify(c, req)
}

func (s *Server) verifyPackBody(c *gin.Context) (any, error) {
	if _, err := s.needPharma(); err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeVerifyRequest(body)
	if err != nil {
		return nil, err
	}
	return s.verify(c, req)
}

func (s *Server) reportClone(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	code, err := decodeCloneReportRequest(body)
	if err != nil {
		return nil, err
	}
	r, err := ph.ReportClone(c.Request.Context(), principal(c).Account, code)
	if err != nil {
		return nil, pharmaError(err, "report clone of "+code.HRI())
	}
	if _, err := txOutcome(r.Tx); err != nil {
		return nil, err
	}
	return cloneReportResponse{BatchID: hex32(r.BatchID), Serial: r.Serial, Reports: r.Reports, Tx: newTxResponse(r.Tx)}, nil
}

// prescriptionRecord resolves the record version a prescription (its FHIR
// MedicationRequest) or a fill (its MedicationDispense) names. The document
// must have gone through the records machinery (POST /v1/records): encrypted
// by the key service with its data key wrapped to the patient, so the patient
// can read it and every read is audited, and no plaintext reaches IPFS or the
// chain. So the version must be readable by the caller, of the patient, in
// category prescriptions, written by the caller itself, a FHIR resource
// (application/fhir+json), the latest version of its record and not erased.
func (s *Server) prescriptionRecord(c *gin.Context, id uint64, patient common.Address, doc string) (RecordVersion, error) {
	recs, err := s.needRecords()
	if err != nil {
		return RecordVersion{}, err
	}
	caller := principal(c).Account
	v, err := recs.Get(c.Request.Context(), caller, id)
	if err != nil {
		return RecordVersion{}, recordError(err, id, "use")
	}
	refuse := func(format string, args ...any) error {
		return &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
			Message: fmt.Sprintf(format, args...), Details: map[string]any{"field": fieldRecord}}
	}
	switch {
	case v.Patient != patient || v.Category != CategoryPrescriptions:
		return RecordVersion{}, refuse("record version %d is a %s record of %s; name a prescriptions record of the patient %s (POST /v1/records?category=prescriptions)",
			id, v.Category, v.Patient.Hex(), patient.Hex())
	case v.Author != caller:
		return RecordVersion{}, refuse("record version %d was written by %s; name the %s you wrote yourself (POST /v1/records?patient=%s&category=prescriptions)",
			id, v.Author.Hex(), doc, patient.Hex())
	case v.Next != 0:
		return RecordVersion{}, refuse("record version %d was amended by version %d; name the latest version", id, v.Next)
	case v.Erased:
		return RecordVersion{}, refuse("the keys of record version %d were destroyed at the patient's request", id)
	case v.MediaType != fhirMediaType:
		return RecordVersion{}, refuse("record version %d is not a FHIR resource (%s); store the %s as application/fhir+json", id, v.MediaType, doc)
	}
	return v, nil
}

func (s *Server) issuePrescription(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeIssueRequest(body)
	if err != nil {
		return nil, err
	}
	if err := s.mustBeFuture(fieldValidUntil, req.ValidUntil); err != nil {
		return nil, err
	}
	from := principal(c).Account
	if req.Patient == from {
		return nil, fieldError(CodeInvalidAddress, fieldPatient, "patient is your own account: a prescriber cannot prescribe to itself")
	}
	// The MedicationRequest is a record written through POST /v1/records;
	// its CID is what the contract stores.
	v, err := s.prescriptionRecord(c, req.Record, req.Patient, "MedicationRequest")
	if err != nil {
		return nil, err
	}
	req.CID = v.CID
	p, tx, err := ph.Issue(c.Request.Context(), from, req.PrescriptionRequest)
	if err != nil {
		return nil, pharmaError(err, "issue prescription to "+req.Patient.Hex())
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", prescriptionPath(p.ID))
	return prescriptionTxResponse{Prescription: newPrescriptionResponse(p), Tx: newTxResponse(tx)}, nil
}

// pathPrescriptionID parses the {id} of a prescription path.
func pathPrescriptionID(c *gin.Context) (uint64, error) {
	return parseID(fieldID, "a prescription", c.Param(fieldID))
}

// prescriptionForbidden is the 403 of a wallet asking about another person's
// prescriptions.
func prescriptionForbidden(c *gin.Context, patient common.Address) error {
	return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
		Message: "only the patient " + patient.Hex() + " and licensed institutions may see these prescriptions, and you are signed in as " + principal(c).Account.Hex(),
		Details: map[string]any{"account": principal(c).Account.Hex()}}
}

func (s *Server) getPrescription(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := pathPrescriptionID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	p, err := ph.Prescription(c.Request.Context(), id)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("prescription %d", id))
	}
	if isWallet(c) && principal(c).Account != p.Patient {
		return nil, prescriptionForbidden(c, p.Patient)
	}
	return newPrescriptionResponse(p), nil
}

func (s *Server) dispensePrescription(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := pathPrescriptionID(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeDispenseRequest(body)
	if err != nil {
		return nil, err
	}
	if !req.Deadline.IsZero() {
		if err := s.mustBeFuture(fieldDeadline, req.Deadline); err != nil {
			return nil, err
		}
	}
	req.PrescriptionID = id
	// The MedicationDispense is a record written through POST /v1/records,
	// of the prescription's patient.
	rx, err := ph.Prescription(c.Request.Context(), id)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("prescription %d", id))
	}
	v, err := s.prescriptionRecord(c, req.Record, rx.Patient, "MedicationDispense")
	if err != nil {
		return nil, err
	}
	// A record whose dispense reverted names no fill and may be used again;
	// one that documents a fill already may not document another.
	for _, f := range rx.Fills {
		if f.CID == v.CID {
			return nil, &Error{Status: http.StatusConflict, Code: CodeConflict,
				Message: fmt.Sprintf("record version %d is the MedicationDispense of fill %d already; write a new one for this fill", req.Record, f.Number),
				Details: map[string]any{"field": fieldRecord, "fill": f.Number}}
		}
	}
	req.CID = v.CID
	p, tx, err := ph.Dispense(c.Request.Context(), principal(c).Account, req.DispenseRequest)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("dispense fill %d of prescription %d", req.Fill, id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	out := dispensedResponse{Prescription: newPrescriptionResponse(p), Tx: newTxResponse(tx)}
	for _, f := range p.Fills {
		if f.Number == req.Fill {
			out.Fill = newFillResponse(f)
		}
	}
	if out.Fill.Fill == 0 {
		return nil, fmt.Errorf("dispense fill %d of prescription %d: the service reported no such fill", req.Fill, id)
	}
	return out, nil
}

func (s *Server) cancelPrescription(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := pathPrescriptionID(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeSuspendRequest(body)
	if err != nil {
		return nil, err
	}
	tx, err := ph.CancelPrescription(c.Request.Context(), principal(c).Account, id, req.ReasonCode)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("cancel prescription %d", id))
	}
	return txOutcome(tx)
}

func (s *Server) getDispenseTypedData(c *gin.Context) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	id, err := pathPrescriptionID(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeDispenseTypedDataRequest(body)
	if err != nil {
		return nil, err
	}
	if !req.Deadline.IsZero() {
		if err := s.mustBeFuture(fieldDeadline, req.Deadline); err != nil {
			return nil, err
		}
	}
	req.PrescriptionID = id
	td, err := ph.DispenseTypedData(c.Request.Context(), req)
	if err != nil {
		return nil, pharmaError(err, fmt.Sprintf("typed data of prescription %d", id))
	}
	if td == nil {
		return nil, errors.New("dispense typed data: the service returned none")
	}
	return td, nil
}

// listPrescriptions answers the prescription listings; set fills in the
// selector of the query from the path.
func (s *Server) listPrescriptions(c *gin.Context, set func(q *PrescriptionQuery) error) (any, error) {
	ph, err := s.needPharma()
	if err != nil {
		return nil, err
	}
	q, err := decodePrescriptionListQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	if err := set(&q); err != nil {
		return nil, err
	}
	page, err := ph.Prescriptions(c.Request.Context(), q)
	if err != nil {
		return nil, pharmaError(err, "list prescriptions")
	}
	if len(page.Prescriptions) > q.Limit {
		return nil, fmt.Errorf("list prescriptions: the service returned %d for a limit of %d", len(page.Prescriptions), q.Limit)
	}
	return newPrescriptionList(page), nil
}

func (s *Server) listPatientPrescriptions(c *gin.Context) (any, error) {
	return s.listPrescriptions(c, func(q *PrescriptionQuery) error {
		patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
		if err != nil {
			return err
		}
		if isWallet(c) && principal(c).Account != patient {
			return prescriptionForbidden(c, patient)
		}
		q.Patient = &patient
		return nil
	})
}

func (s *Server) listPrescriberPrescriptions(c *gin.Context) (any, error) {
	return s.listPrescriptions(c, func(q *PrescriptionQuery) error {
		a, err := parseAddress(fieldAddress, c.Param(fieldAddress))
		q.Prescriber = &a
		return err
	})
}

func (s *Server) listPharmacyPrescriptions(c *gin.Context) (any, error) {
	return s.listPrescriptions(c, func(q *PrescriptionQuery) error {
		a, err := parseAddress(fieldAddress, c.Param(fieldAddress))
		q.Pharmacy = &a
		return err
	})
}

func (s *Server) listBatchPrescriptions(c *gin.Context) (any, error) {
	return s.listPrescriptions(c, func(q *PrescriptionQuery) error {
		id, err := parsePathBatchID(c.Param(fieldBatchID))
		q.Batch = &id
		return err
	})
}
