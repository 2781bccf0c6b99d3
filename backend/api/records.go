package api

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/salus-health/salus/backend/fhir"
)

// Media types of FHIR R4 resources in JSON. Records stored from either are
// labelled fhirMediaType.
const (
	fhirMediaType = "application/fhir+json"
	jsonMediaType = "application/json"
)

// contentChunk is the buffer size of record downloads.
const contentChunk = 32 << 10

func (s *Server) needRecords() (Records, error) {
	if s.records == nil {
		return nil, notConfigured("record storage")
	}
	return s.records, nil
}

// recordError maps an error of the record service about version id.
func recordError(err error, id uint64, what string) error {
	var apiErr *Error
	switch {
	case errors.As(err, &apiErr):
		return err
	case errors.Is(err, ErrNotFound):
		return &Error{Status: http.StatusNotFound, Code: CodeNotFound,
			Message: fmt.Sprintf("there is no record version %d", id), Details: map[string]any{"id": id}}
	case errors.Is(err, ErrForbidden):
		return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: fmt.Sprintf("you may not %s record version %d: only the patient, and those the patient granted its category to, may", what, id),
			Details: map[string]any{"id": id}}
	}
	return fmt.Errorf("%s record %d: %w", what, id, err)
}

// pathRecordID parses the {id} of the request path.
func pathRecordID(c *gin.Context) (uint64, error) {
	return parseRecordID(fieldID, c.Param(fieldID))
}

// tooLarge is the 413 of a body over limit bytes; the rest of the body is
// left unread, so the connection is closed after the answer.
func tooLarge(c *gin.Context, limit int64) *Error {
	c.Header("Connection", "close")
	return &Error{Status: http.StatusRequestEntityTooLarge, Code: CodeBodyTooLarge,
		Message: fmt.Sprintf("the request body is larger than %d bytes", limit),
		Details: map[string]any{"limit": limit}}
}

func emptyBody(what string) *Error {
	return newError(http.StatusBadRequest, CodeEmptyBody, "the request body is empty; send "+what)
}

// recordMediaType checks the Content-Type of a record upload. It returns the
// media type to store and whether the body is a FHIR resource.
func recordMediaType(header string) (string, bool, error) {
	const how = "send a FHIR R4 resource as application/fhir+json, or an attachment (a PDF, an image...) as its bytes with its own media type, e.g. application/pdf"
	if header == "" {
		return "", false, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, "the Content-Type header is missing: "+how)
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil {
		return "", false, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, "the Content-Type header is malformed: "+how)
	}
	switch {
	case mt == fhirMediaType || mt == jsonMediaType:
		for k, v := range params {
			if k != "charset" && k != "fhirversion" || (k == "charset" && !strings.EqualFold(v, "utf-8")) {
				return "", false, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
					"a FHIR resource must be sent as application/fhir+json in UTF-8, with no parameters other than charset=utf-8 and fhirVersion")
			}
		}
		return fhirMediaType, true, nil
	case mt == "application/fhir+xml" || mt == "application/xml+fhir":
		return "", false, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
			"FHIR resources are accepted in JSON only: send it as application/fhir+json")
	case strings.HasPrefix(mt, "multipart/") || mt == "application/x-www-form-urlencoded":
		return "", false, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
			"send the file's bytes as the request body with the file's own Content-Type (e.g. application/pdf), not as a form: "+how)
	}
	if f := mime.FormatMediaType(mt, params); f != "" {
		return f, false, nil
	}
	return mt, false, nil
}

// uploadReader remembers the error of the body it reads, so that a failed
// upload is reported from what the API knows rather than from how the service
// wrapped it.
type uploadReader struct {
	r   io.Reader
	err error
}

func (u *uploadReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	if err != nil && err != io.EOF {
		u.err = err
	}
	return n, err
}

// openUpload prepares a streamed request body of at most limit bytes, refusing
// an empty one with what to send.
func openUpload(c *gin.Context, limit int64, what string) (*uploadReader, io.Reader, error) {
	if c.Request.ContentLength > limit {
		return nil, nil, tooLarge(c, limit)
	}
	if c.Request.ContentLength == 0 {
		return nil, nil, emptyBody(what)
	}
	up := &uploadReader{r: http.MaxBytesReader(c.Writer, c.Request.Body, limit)}
	br := bufio.NewReaderSize(up, 64<<10)
	if _, err := br.Peek(1); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil, emptyBody(what)
		}
		return nil, nil, uploadError(c, err, limit)
	}
	return up, br, nil
}

// uploadError maps a failed read of an upload.
func uploadError(c *gin.Context, err error, limit int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return tooLarge(c, limit)
	}
	return newError(http.StatusBadRequest, CodeEmptyBody, "the request body ended before it was complete; send it again")
}

func (s *Server) createRecord(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	q, err := decodeRecordQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	mediaType, isFHIR, err := recordMediaType(c.GetHeader("Content-Type"))
	if err != nil {
		return nil, err
	}
	rec := NewRecord{Patient: q.Patient, Category: q.Category, MediaType: mediaType, Previous: q.Previous}
	var up *uploadReader
	limit := s.cfg.MaxRecordBytes
	if isFHIR {
		limit = min(limit, fhir.MaxSize)
		var r io.Reader
		if up, r, err = openUpload(c, limit, "a FHIR resource"); err != nil {
			return nil, err
		}
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, uploadError(c, err, limit)
		}
		if _, err := fhir.Validate(data); err != nil {
			var fe *fhir.Error
			if !errors.As(err, &fe) {
				return nil, fmt.Errorf("validate FHIR resource: %w", err)
			}
			e := newError(http.StatusBadRequest, CodeInvalidFHIR, "the body is not a FHIR R4 resource this server stores: "+fe.Error())
			if fe.Path != "" {
				e.Details = map[string]any{"path": fe.Path}
			}
			return nil, e
		}
		rec.Body = bytes.NewReader(data)
	} else {
		if up, rec.Body, err = openUpload(c, limit, "the attachment's bytes"); err != nil {
			return nil, err
		}
	}
	v, tx, err := recs.Create(c.Request.Context(), principal(c).Account, rec)
	if err != nil {
		if up.err != nil {
			return nil, uploadError(c, up.err, limit)
		}
		if errors.Is(err, ErrNotFound) && q.Previous != 0 {
			return nil, &Error{Status: http.StatusNotFound, Code: CodeNotFound,
				Message: fmt.Sprintf("there is no record version %d to amend", q.Previous), Details: map[string]any{"field": paramPrevious}}
		}
		return nil, fmt.Errorf("create record of %s: %w", q.Patient.Hex(), err)
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", recordPath(v.ID))
	return createdRecordResponse{Record: newRecordResponse(v), Tx: newTxResponse(tx)}, nil
}

func (s *Server) listPatientRecords(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	vs, err := recs.List(c.Request.Context(), principal(c).Account, patient)
	if errors.Is(err, ErrForbidden) {
		return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "you may not list these records: only the patient, and those the patient granted access to, may"}
	}
	if err != nil {
		return nil, fmt.Errorf("list records of %s: %w", patient.Hex(), err)
	}
	return newRecordList(vs), nil
}

func (s *Server) getRecord(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	id, err := pathRecordID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	v, err := recs.Get(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, recordError(err, id, "read")
	}
	return newRecordResponse(v), nil
}

func (s *Server) listRecordVersions(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	id, err := pathRecordID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	vs, err := recs.Versions(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, recordError(err, id, "read")
	}
	return newRecordList(vs), nil
}

// getRecordContent streams a decrypted record version. The first chunk is
// read before anything is sent, so that a failure to start is an ordinary
// error response; a failure after that aborts the connection. When the size
// is known it is sent as Content-Length, and a body of another length aborts
// too, so a client can always tell a complete download from a cut-off one.
func (s *Server) getRecordContent(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	id, err := pathRecordID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	rc, err := recs.Content(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, recordError(err, id, "read")
	}
	defer rc.Body.Close()
	size := rc.Version.Size

	buf := make([]byte, contentChunk)
	n, err := io.ReadFull(rc.Body, buf)
	done := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	if err != nil && !done {
		return nil, fmt.Errorf("read content of record %d: %w", id, err)
	}
	if size >= 0 && (int64(n) > size || (done && int64(n) != size)) {
		return nil, fmt.Errorf("read content of record %d: got %d bytes, the metadata says %d", id, n, size)
	}

	h := c.Writer.Header()
	mediaType := rc.Version.MediaType
	if mediaType == "" {
		mediaType = "application/octet-stream"
	}
	h.Set("Content-Type", mediaType)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Disposition", `attachment; filename="record-`+strconv.FormatUint(id, 10)+`"`)
	if size >= 0 {
		h.Set("Content-Length", strconv.FormatInt(size, 10))
	}
	c.Status(http.StatusOK)
	c.Writer.WriteHeaderNow()
	if _, err := c.Writer.Write(buf[:n]); err != nil {
		return nil, nil // the client went away
	}
	total := int64(n)
	for !done {
		n, err := rc.Body.Read(buf)
		total += int64(n)
		if size >= 0 && total > size {
			s.abort(c, "record content longer than its size", fmt.Errorf("record %d: more than %d bytes", id, size))
		}
		if n > 0 {
			if _, werr := c.Writer.Write(buf[:n]); werr != nil {
				return nil, nil // the client went away
			}
		}
		switch {
		case errors.Is(err, io.EOF):
			done = true
		case err != nil:
			s.abort(c, "record content failed after the response started", fmt.Errorf("record %d after %d bytes: %w", id, total, err))
		}
	}
	if size >= 0 && total != size {
		s.abort(c, "record content shorter than its size", fmt.Errorf("record %d: %d of %d bytes", id, total, size))
	}
	return nil, nil
}

func (s *Server) getRecordKey(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	id, err := pathRecordID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	k, err := recs.ReleaseKey(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, recordError(err, id, "get the key of")
	}
	return newKeyResponse(k), nil
}

func (s *Server) listPatientAudit(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	if err := requireSelf(c, patient, "read this audit log"); err != nil {
		return nil, err
	}
	q, err := decodeAuditQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	q.Patient = patient
	page, err := recs.Audit(c.Request.Context(), principal(c).Account, q)
	if err != nil {
		return nil, fmt.Errorf("audit of %s: %w", patient.Hex(), err)
	}
	if len(page.Entries) > q.Limit {
		return nil, fmt.Errorf("audit of %s: the service returned %d entries for a limit of %d", patient.Hex(), len(page.Entries), q.Limit)
	}
	out := auditListResponse{Items: make([]auditEntryResponse, len(page.Entries))}
	for i, e := range page.Entries {
		out.Items[i] = newAuditEntryResponse(e)
	}
	if page.Next != nil {
		out.NextCursor = encodeAuditCursor(*page.Next)
	}
	return out, nil
}

func (s *Server) erasePatientKeys(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	if err := requireSelf(c, patient, "erase the keys of these records"); err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	e, err := recs.Erase(c.Request.Context(), principal(c).Account, patient)
	if err != nil {
		return nil, fmt.Errorf("erase keys of %s: %w", patient.Hex(), err)
	}
	return erasureResponse{Patient: e.Patient.Hex(), Versions: e.Versions, KeysDestroyed: e.KeysDestroyed}, nil
}
