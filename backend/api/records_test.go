package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// recordsPath is POST /v1/records with its query string.
func recordsPath(query string) string { return "/v1/records?" + query }

var patientQuery = "patient=" + patientAccount.Hex() + "&category=lab_results"

func TestCreateRecord(t *testing.T) {
	pdf := "%PDF-1.7\n" + strings.Repeat("\x00\xff binary ", 100)
	tests := []struct {
		name, query, contentType, body string
		wantMediaType                  string
		wantPrevious                   uint64
	}{
		{"a provider stores a FHIR resource", patientQuery, "application/fhir+json", observation, fhirMediaType, 0},
		{"a FHIR resource sent as application/json is stored as FHIR", patientQuery + "&previous=41", "application/json; charset=UTF-8", observation, fhirMediaType, 41},
		{"an attachment is stored as it is with its own media type", "category=imaging&patient=" + strings.ToLower(patientAccount.Hex()), "Application/PDF", pdf, "application/pdf", 0},
		{"an attachment keeps its media type's parameters", patientQuery, "text/plain; charset=utf-8", "glucose 95 mg/dL", "text/plain; charset=utf-8", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: http.MethodPost, path: recordsPath(tt.query), token: hospitalToken, body: tt.body,
				header: map[string]string{"Content-Type": tt.contentType}})
			if rec.Code != http.StatusCreated {
				t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
			}
			got := jsonBody(t, rec.Body.Bytes())
			record := got["record"].(map[string]any)
			if record["id"] != 43.0 || record["author"] != hospitalAccount.Hex() || record["mediaType"] != tt.wantMediaType || record["size"] != float64(len(tt.body)) {
				t.Errorf("record: got %v", record)
			}
			if tx := got["tx"].(map[string]any); tx["txHash"] != minedTx.TxHash.Hex() {
				t.Errorf("tx: got %v", tx)
			}
			if loc := rec.Header().Get("Location"); loc != "/v1/records/43" {
				t.Errorf("Location: got %q", loc)
			}
			calls := h.records.called()
			category := CategoryLabResults
			if strings.Contains(tt.query, "imaging") {
				category = CategoryImaging
			}
			want := consentCall{Method: "Create", Args: []any{hospitalAccount, patientAccount, category, tt.wantMediaType, tt.wantPrevious}}
			if len(calls) != 1 || !reflect.DeepEqual(calls[0], want) {
				t.Errorf("calls: got %+v, want [%+v]", calls, want)
			}
			if string(h.records.created) != tt.body {
				t.Errorf("the service read %d bytes, want the %d sent", len(h.records.created), len(tt.body))
			}
		})
	}
}

func TestCreateRecordRefusals(t *testing.T) {
	post := func(query, contentType, body string) request {
		return request{method: http.MethodPost, path: recordsPath(query), token: hospitalToken, body: body,
			header: map[string]string{"Content-Type": contentType}}
	}
	badObservation := strings.Replace(observation, `"code":{"coding":[{"system":"http://loinc.org","code":"2339-0"}]},`, ``, 1)
	checkRefusals(t, []refusal{
		{"a record without a token", request{method: http.MethodPost, path: recordsPath(patientQuery), body: observation}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a record from a wallet session", request{method: http.MethodPost, path: recordsPath(patientQuery), token: patientToken, body: observation}, http.StatusForbidden, CodeForbidden, ""},
		{"a record without a patient", post("category=lab_results", fhirMediaType, observation), http.StatusBadRequest, CodeMissingField, "patient"},
		{"a record without a category", post("patient="+patientAccount.Hex(), fhirMediaType, observation), http.StatusBadRequest, CodeMissingField, "category"},
		{"a record for a malformed patient", post("patient=0xabc&category=lab_results", fhirMediaType, observation), http.StatusBadRequest, CodeInvalidAddress, "patient"},
		{"a record of an unknown category", post("patient="+patientAccount.Hex()+"&category=genome", fhirMediaType, observation), http.StatusBadRequest, CodeInvalidCategory, "category"},
		{"a record amending version 0", post(patientQuery+"&previous=0", fhirMediaType, observation), http.StatusBadRequest, CodeInvalidNumber, "previous"},
		{"a record amending a version that is not a number", post(patientQuery+"&previous=latest", fhirMediaType, observation), http.StatusBadRequest, CodeInvalidNumber, "previous"},
		{"a record with an unknown parameter", post(patientQuery+"&author=x", fhirMediaType, observation), http.StatusBadRequest, CodeUnknownParameter, "author"},
		{"a record with a repeated parameter", post(patientQuery+"&category=imaging", fhirMediaType, observation), http.StatusBadRequest, CodeInvalidQuery, "category"},
		{"a record without a media type", post(patientQuery, "", observation), http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a record sent as a form", post(patientQuery, "multipart/form-data; boundary=x", "--x\r\n\r\nhello\r\n--x--"), http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a record with a malformed media type", post(patientQuery, "application/", "x"), http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a FHIR resource in XML", post(patientQuery, "application/fhir+xml", "<Observation/>"), http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a FHIR resource in another charset", post(patientQuery, "application/fhir+json; charset=latin1", observation), http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, ""},
		{"a FHIR resource without its required code", post(patientQuery, fhirMediaType, badObservation), http.StatusBadRequest, CodeInvalidFHIR, ""},
		{"JSON that is not a FHIR resource", post(patientQuery, jsonMediaType, `{"glucose":95}`), http.StatusBadRequest, CodeInvalidFHIR, ""},
		{"an empty FHIR body", post(patientQuery, fhirMediaType, " "), http.StatusBadRequest, CodeInvalidFHIR, ""},
	})

	t.Run("an invalid FHIR resource is refused naming the element and echoing no content", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, post(patientQuery, fhirMediaType, badObservation))
		e := errorBody(t, rec.Body.Bytes())
		if !strings.Contains(e.Message, "Observation.code is required") || e.Details["path"] != "Observation.code" {
			t.Errorf("got %+v, want the element named", e)
		}
		if strings.Contains(rec.Body.String(), "mg/dL") || strings.Contains(h.logs(), "mg/dL") {
			t.Errorf("the content was echoed or logged: %s", rec.Body)
		}
	})

	t.Run("an empty attachment is refused", func(t *testing.T) {
		h := newHarness(t)
		req := httptest.NewRequest(http.MethodPost, recordsPath(patientQuery), http.NoBody)
		req.Header.Set("Content-Type", "application/pdf")
		req.Header.Set("Authorization", "Bearer "+hospitalToken)
		rec := serve(t, h, req, nil)
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusBadRequest || e.Code != CodeEmptyBody {
			t.Errorf("got %d %+v", rec.Code, e)
		}
	})
}

// serve sends req through the handler without the network and validates the
// exchange against the document; body is what the request carried.
func serve(t *testing.T, h *harness, req *http.Request, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	header := req.Header.Clone()
	rec := httptest.NewRecorder()
	h.srv.Handler().ServeHTTP(rec, req)
	checkExchange(t, exchange{method: req.Method, target: req.URL.RequestURI(), header: header, body: body,
		status: rec.Code, respHeader: rec.Header(), respBody: rec.Body.Bytes()})
	return rec
}

// unsized hides the length of a body, as chunked encoding does.
func unsized(b []byte) io.Reader { return io.MultiReader(bytes.NewReader(b)) }

func TestRecordLimits(t *testing.T) {
	small := func(c *Config) { c.MaxRecordBytes = 1000 }
	upload := func(t *testing.T, h *harness, contentType string, body []byte, sized bool) *httptest.ResponseRecorder {
		t.Helper()
		var r io.Reader = bytes.NewReader(body)
		if !sized {
			r = unsized(body)
		}
		req := httptest.NewRequest(http.MethodPost, recordsPath(patientQuery), r)
		if !sized {
			req.ContentLength = -1
		}
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("Authorization", "Bearer "+hospitalToken)
		return serve(t, h, req, body)
	}
	t.Run("an attachment of exactly the limit is stored", func(t *testing.T) {
		h := newHarness(t, small)
		if rec := upload(t, h, "application/pdf", bytes.Repeat([]byte("x"), 1000), false); rec.Code != http.StatusCreated {
			t.Errorf("got %d (%s)", rec.Code, rec.Body)
		}
	})
	t.Run("an attachment declared over the limit is refused before the service is called", func(t *testing.T) {
		h := newHarness(t, small)
		rec := upload(t, h, "application/pdf", bytes.Repeat([]byte("x"), 1001), true)
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusRequestEntityTooLarge || e.Details["limit"] != 1000.0 {
			t.Errorf("got %d %+v", rec.Code, e)
		}
		if calls := h.records.called(); len(calls) != 0 {
			t.Errorf("calls: got %+v, want none", calls)
		}
	})
	t.Run("a streamed attachment over the limit is refused while the service reads it", func(t *testing.T) {
		h := newHarness(t, small)
		rec := upload(t, h, "application/pdf", bytes.Repeat([]byte("x"), 5000), false)
		if rec.Code != http.StatusRequestEntityTooLarge || rec.Header().Get("Connection") != "close" {
			t.Errorf("got %d, Connection %q; want 413 and close", rec.Code, rec.Header().Get("Connection"))
		}
		if len(h.records.created) > 1000 {
			t.Errorf("the service read %d bytes, more than the limit", len(h.records.created))
		}
	})
	t.Run("a FHIR resource over the limit is refused before validation", func(t *testing.T) {
		h := newHarness(t, small)
		big := strings.Replace(observation, `"status"`, `"id":"`+strings.Repeat("a", 2000)+`","status"`, 1)
		if rec := upload(t, h, fhirMediaType, []byte(big), false); rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("got %d, want 413", rec.Code)
		}
	})
	t.Run("the default limits", func(t *testing.T) {
		c := DefaultConfig()
		if c.MaxRecordBytes != 1<<30 || c.MaxPublicBytes != 32<<20 || c.TransferTimeout != 30*time.Minute {
			t.Errorf("got %d, %d, %s", c.MaxRecordBytes, c.MaxPublicBytes, c.TransferTimeout)
		}
	})
}

func TestCreateRecordServiceErrors(t *testing.T) {
	tests := []struct {
		name       string
		query      string
		err        error
		wantStatus int
		wantCode   string
	}{
		{"a provider the contract refuses is forbidden", patientQuery, &ContractError{Kind: ErrForbidden, Name: "RecordsNotAuthorized"}, http.StatusForbidden, CodeForbidden},
		{"an amendment of an unknown version is not found", patientQuery + "&previous=7", fmt.Errorf("previous: %w", ErrNotFound), http.StatusNotFound, CodeNotFound},
		{"an amendment of another patient's record is a conflict", patientQuery + "&previous=7", &ContractError{Name: "RecordsPatientMismatch"}, http.StatusConflict, CodeConflict},
		{"an unreachable IPFS node is unavailable", patientQuery, fmt.Errorf("import: %w", ErrUnavailable), http.StatusServiceUnavailable, CodeUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.records.err = tt.err
			rec := h.do(t, request{method: http.MethodPost, path: recordsPath(tt.query), token: hospitalToken, body: observation,
				header: map[string]string{"Content-Type": fhirMediaType}})
			if e := errorBody(t, rec.Body.Bytes()); rec.Code != tt.wantStatus || e.Code != tt.wantCode {
				t.Errorf("got %d %+v, want %d %s", rec.Code, e, tt.wantStatus, tt.wantCode)
			}
		})
	}
}

func TestRecordReads(t *testing.T) {
	v42 := map[string]any{"id": 42.0, "patient": patientAccount.Hex(), "author": hospitalAccount.Hex(), "category": "lab_results",
		"cid": testCID, "previous": 41.0, "createdAt": "2025-06-01T12:00:00Z", "mediaType": fhirMediaType,
		"size": float64(len(observation)), "erased": false}
	v41 := map[string]any{"id": 41.0, "patient": patientAccount.Hex(), "author": hospitalAccount.Hex(), "category": "lab_results",
		"cid": testCID, "next": 42.0, "mediaType": fhirMediaType, "erased": false}
	tests := []struct {
		name, path, token string
		want              map[string]any
	}{
		{"the patient reads a version's metadata", "/v1/records/42", patientToken, v42},
		{"a grantee reads a version's metadata", "/v1/records/42", hospitalToken, v42},
		{"the patient lists a record's versions", "/v1/records/42/versions", patientToken, map[string]any{"items": []any{v41, v42}}},
		{"the patient lists their records", "/v1/patients/" + patientAccount.Hex() + "/records", patientToken, map[string]any{"items": []any{v41, v42}}},
		{"a grantee lists the patient's records", "/v1/patients/" + strings.ToLower(patientAccount.Hex()) + "/records", hospitalToken, map[string]any{"items": []any{v41, v42}}},
		{"a grantee gets the key wrapped to its encryption key", "/v1/records/42/key", hospitalToken, map[string]any{"record": v42, "purpose": "treatment",
			"wrappedKey": "0x04010203", "recipientKey": testPubHex, "format": "test-format-v1", "cid": testCID, "gatewayUrl": "/ipfs/" + testCID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: http.MethodGet, path: tt.path, token: tt.token})
			if rec.Code != http.StatusOK {
				t.Fatalf("status: got %d (%s)", rec.Code, rec.Body)
			}
			if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("body:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestRecordReadRefusals(t *testing.T) {
	get := func(path, token string) request { return request{method: http.MethodGet, path: path, token: token} }
	checkRefusals(t, []refusal{
		{"metadata without a token", get("/v1/records/42", ""), http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"content without a token", get("/v1/records/42/content", ""), http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a record id of 0", get("/v1/records/0", patientToken), http.StatusBadRequest, CodeInvalidNumber, "id"},
		{"a record id with leading zeros", get("/v1/records/042/content", patientToken), http.StatusBadRequest, CodeInvalidNumber, "id"},
		{"a record id that is not a number", get("/v1/records/latest/key", patientToken), http.StatusBadRequest, CodeInvalidNumber, "id"},
		{"a record id over 64 bits", get("/v1/records/18446744073709551616/versions", patientToken), http.StatusBadRequest, CodeInvalidNumber, "id"},
		{"a record read with a parameter", get("/v1/records/42?format=pdf", patientToken), http.StatusBadRequest, CodeUnknownParameter, "format"},
		{"records of a malformed patient", get("/v1/patients/0x42/records", patientToken), http.StatusBadRequest, CodeInvalidAddress, "address"},
	})

	tests := []struct {
		name, path, token string
		wantStatus        int
		wantCode          string
	}{
		{"another patient may not read the metadata", "/v1/records/42", otherToken, http.StatusForbidden, CodeForbidden},
		{"another patient may not read the content", "/v1/records/42/content", otherToken, http.StatusForbidden, CodeForbidden},
		{"another patient may not get the key", "/v1/records/42/key", otherToken, http.StatusForbidden, CodeForbidden},
		{"another patient may not list the versions", "/v1/records/42/versions", otherToken, http.StatusForbidden, CodeForbidden},
		{"another patient may not list the records", "/v1/patients/" + patientAccount.Hex() + "/records", otherToken, http.StatusForbidden, CodeForbidden},
		{"an unknown version is not found", "/v1/records/7", patientToken, http.StatusNotFound, CodeNotFound},
		{"the content of an unknown version is not found", "/v1/records/7/content", patientToken, http.StatusNotFound, CodeNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name+" (the service decides)", func(t *testing.T) {
			h := newHarness(t)
			rec := h.do(t, request{method: http.MethodGet, path: tt.path, token: tt.token})
			if e := errorBody(t, rec.Body.Bytes()); rec.Code != tt.wantStatus || e.Code != tt.wantCode {
				t.Errorf("got %d %+v, want %d %s", rec.Code, e, tt.wantStatus, tt.wantCode)
			}
			if len(h.records.called()) != 1 {
				t.Errorf("calls: got %+v, want the one that refused", h.records.called())
			}
		})
	}
}

// failingReader yields n bytes, then fails.
type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("cipher: message authentication failed")
	}
	k := min(len(p), r.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	r.n -= k
	return k, nil
}

// serveAborted serves req and returns the recorder and the value the handler
// panicked with, if any.
func serveAborted(h *harness, req *http.Request) (rec *httptest.ResponseRecorder, panicked any) {
	rec = httptest.NewRecorder()
	defer func() { panicked = recover() }()
	h.srv.Handler().ServeHTTP(rec, req)
	return rec, nil
}

func TestRecordContent(t *testing.T) {
	get := func(id string) *http.Request {
		req := httptest.NewRequest(http.MethodGet, "/v1/records/"+id+"/content", nil)
		req.Header.Set("Authorization", "Bearer "+patientToken)
		return req
	}
	t.Run("the patient downloads the content with its media type, length and no caching", func(t *testing.T) {
		h := newHarness(t)
		rec := serve(t, h, get("42"), nil)
		if rec.Code != http.StatusOK || rec.Body.String() != observation {
			t.Fatalf("got %d %q", rec.Code, rec.Body)
		}
		for k, want := range map[string]string{"Content-Type": fhirMediaType, "Content-Length": strconv.Itoa(len(observation)),
			"Cache-Control": "no-store", "Content-Disposition": `attachment; filename="record-42"`, "X-Content-Type-Options": "nosniff"} {
			if got := rec.Header().Get(k); got != want {
				t.Errorf("%s: got %q, want %q", k, got, want)
			}
		}
	})
	t.Run("content of unknown size is sent without a length", func(t *testing.T) {
		h := newHarness(t)
		rec := serve(t, h, get("41"), nil)
		if rec.Code != http.StatusOK || rec.Body.String() != observation || rec.Header().Get("Content-Length") != "" {
			t.Errorf("got %d, length %q", rec.Code, rec.Header().Get("Content-Length"))
		}
	})
	t.Run("content longer than a chunk arrives whole", func(t *testing.T) {
		h := newHarness(t)
		big := bytes.Repeat([]byte("0123456789"), 10_000)
		h.records.content[41] = big
		if rec := serve(t, h, get("41"), nil); !bytes.Equal(rec.Body.Bytes(), big) {
			t.Errorf("got %d bytes, want %d", rec.Body.Len(), len(big))
		}
	})
	t.Run("content that fails before anything is sent is an error response", func(t *testing.T) {
		h := newHarness(t)
		h.records.body = func() io.ReadCloser { return io.NopCloser(&failingReader{n: 10}) }
		rec := serve(t, h, get("41"), nil)
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusInternalServerError || e.Code != CodeInternal {
			t.Errorf("got %d %+v", rec.Code, e)
		}
		if strings.Contains(rec.Body.String(), "authentication failed") {
			t.Errorf("the internal error leaked: %s", rec.Body)
		}
	})
	t.Run("content whose length differs from its size before anything is sent is an error response", func(t *testing.T) {
		h := newHarness(t)
		h.records.content[42] = []byte("short")
		if rec := serve(t, h, get("42"), nil); rec.Code != http.StatusInternalServerError {
			t.Errorf("got %d, want 500", rec.Code)
		}
	})
	for _, tt := range []struct {
		name string
		id   string
		body func() io.ReadCloser
		size int64
	}{
		{"content that fails midway aborts the response", "41", func() io.ReadCloser { return io.NopCloser(&failingReader{n: 100_000}) }, -1},
		{"content that ends before its size aborts the response", "42", func() io.ReadCloser { return io.NopCloser(bytes.NewReader(make([]byte, 50_000))) }, 60_000},
		{"content longer than its size aborts the response", "42", func() io.ReadCloser { return io.NopCloser(bytes.NewReader(make([]byte, 70_000))) }, 60_000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.records.body = tt.body
			v := h.records.versions[42]
			v.Size = tt.size
			h.records.versions[42] = v
			rec, panicked := serveAborted(h, get(tt.id))
			if panicked != http.ErrAbortHandler {
				t.Fatalf("panicked with %v, want http.ErrAbortHandler so that net/http aborts the connection (status %d)", panicked, rec.Code)
			}
			if !strings.Contains(h.logs(), `"aborted":true`) || !strings.Contains(h.logs(), "record content") {
				t.Errorf("the abort was not logged: %s", h.logs())
			}
		})
	}
}

// TestRecordContentAbortOverTheNetwork checks what a client sees: a cut-off
// download fails to read, whether or not its length was announced.
func TestRecordContentAbortOverTheNetwork(t *testing.T) {
	for _, size := range []int64{-1, 200_000} {
		t.Run(fmt.Sprintf("size %d", size), func(t *testing.T) {
			h := newHarness(t)
			h.records.body = func() io.ReadCloser { return io.NopCloser(&failingReader{n: 100_000}) }
			v := h.records.versions[41]
			v.Size = size
			h.records.versions[41] = v
			ts := httptest.NewServer(h.srv.Handler())
			defer ts.Close()
			ts.Config.ErrorLog = nil
			req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, ts.URL+"/v1/records/41/content", nil)
			req.Header.Set("Authorization", "Bearer "+patientToken)
			resp, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			data, err := io.ReadAll(resp.Body)
			if err == nil {
				t.Errorf("read %d bytes without an error; a cut-off download must not look complete", len(data))
			}
		})
	}
}

func TestAudit(t *testing.T) {
	path := "/v1/patients/" + patientAccount.Hex() + "/audit"
	t.Run("the patient reads their audit log page by page", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: path + "?limit=10&cursor=" + encodeAuditCursor(5), token: patientToken})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d (%s)", rec.Code, rec.Body)
		}
		want := map[string]any{"items": []any{map[string]any{"seq": 7.0, "at": "2025-06-01T12:30:00Z", "actor": hospitalAccount.Hex(),
			"patient": patientAccount.Hex(), "record": 42.0, "category": "lab_results", "purpose": "treatment", "action": "key_release", "batch": 2.0}},
			"nextCursor": encodeAuditCursor(8)}
		if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, want) {
			t.Errorf("body:\n got %v\nwant %v", got, want)
		}
		wantQ := AuditQuery{Patient: patientAccount, After: 5, Limit: 10}
		if calls := h.records.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0].Args, []any{patientAccount, wantQ}) {
			t.Errorf("calls: got %+v, want Audit(%s, %+v)", calls, patientAccount.Hex(), wantQ)
		}
	})
	t.Run("a page larger than asked for is an internal error", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: path + "?limit=1", token: patientToken})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d", rec.Code)
		}
		h.records.audit.Entries = append(h.records.audit.Entries, h.records.audit.Entries[0])
		if rec := h.do(t, request{method: http.MethodGet, path: path + "?limit=1", token: patientToken}); rec.Code != http.StatusInternalServerError {
			t.Errorf("got %d, want 500", rec.Code)
		}
	})
	checkRefusals(t, []refusal{
		{"another patient may not read the audit log", request{method: http.MethodGet, path: path, token: otherToken}, http.StatusForbidden, CodeForbidden, ""},
		{"a grantee may not read the audit log", request{method: http.MethodGet, path: path, token: hospitalToken}, http.StatusForbidden, CodeForbidden, ""},
		{"the audit log without a token", request{method: http.MethodGet, path: path}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a participant cursor is not an audit cursor", request{method: http.MethodGet, path: path + "?cursor=" + encodeCursor(ListPosition{Block: 5}), token: patientToken}, http.StatusBadRequest, CodeInvalidCursor, "cursor"},
		{"a limit of zero", request{method: http.MethodGet, path: path + "?limit=0", token: patientToken}, http.StatusBadRequest, CodeInvalidLimit, "limit"},
		{"an after parameter", request{method: http.MethodGet, path: path + "?after=3", token: patientToken}, http.StatusBadRequest, CodeUnknownParameter, "after"},
	})
}

func TestErasure(t *testing.T) {
	path := "/v1/patients/" + patientAccount.Hex() + "/keys"
	t.Run("the patient destroys the keys of their records", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodDelete, path: path, token: patientToken})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d (%s)", rec.Code, rec.Body)
		}
		want := map[string]any{"patient": patientAccount.Hex(), "versions": 2.0, "keysDestroyed": 5.0}
		if got := jsonBody(t, rec.Body.Bytes()); !reflect.DeepEqual(got, want) {
			t.Errorf("body: got %v, want %v", got, want)
		}
		if calls := h.records.called(); len(calls) != 1 || !reflect.DeepEqual(calls[0], consentCall{Method: "Erase", Args: []any{patientAccount, patientAccount}}) {
			t.Errorf("calls: got %+v", calls)
		}
	})
	t.Run("a custodial patient account erases its own keys with its token", func(t *testing.T) {
		h := newHarness(t)
		if rec := h.do(t, request{method: http.MethodDelete, path: "/v1/patients/" + custodialAccount.Hex() + "/keys", token: custodialToken}); rec.Code != http.StatusOK {
			t.Errorf("got %d (%s)", rec.Code, rec.Body)
		}
	})
	t.Run("a failing erasure is reported", func(t *testing.T) {
		h := newHarness(t)
		h.records.err = fmt.Errorf("key store: %w", ErrUnavailable)
		if rec := h.do(t, request{method: http.MethodDelete, path: path, token: patientToken}); rec.Code != http.StatusServiceUnavailable {
			t.Errorf("got %d, want 503", rec.Code)
		}
	})
	checkRefusals(t, []refusal{
		{"another patient may not erase", request{method: http.MethodDelete, path: path, token: otherToken}, http.StatusForbidden, CodeForbidden, ""},
		{"the author may not erase", request{method: http.MethodDelete, path: path, token: hospitalToken}, http.StatusForbidden, CodeForbidden, ""},
		{"erasure without a token", request{method: http.MethodDelete, path: path}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"erasure of a malformed address", request{method: http.MethodDelete, path: "/v1/patients/nobody/keys", token: patientToken}, http.StatusBadRequest, CodeInvalidAddress, "address"},
	})
}

func TestServicesNotConfigured(t *testing.T) {
	tests := []struct {
		name    string
		without func(*Deps)
		req     request
		want    int
	}{
		{"records", func(d *Deps) { d.Records = nil }, request{method: http.MethodGet, path: "/v1/records/42", token: patientToken}, http.StatusServiceUnavailable},
		{"records uploads", func(d *Deps) { d.Records = nil }, request{method: http.MethodPost, path: recordsPath(patientQuery), token: hospitalToken, body: observation}, http.StatusServiceUnavailable},
		{"consent", func(d *Deps) { d.Consent = nil }, request{method: http.MethodPost, path: "/v1/grants/signed", token: patientToken, body: signedGrantJS}, http.StatusServiceUnavailable},
		{"wallet sign-in", func(d *Deps) { d.Sessions = nil }, request{method: http.MethodGet, path: "/v1/auth/nonce"}, http.StatusServiceUnavailable},
		{"IPFS uploads", func(d *Deps) { d.Storage = nil }, request{method: http.MethodPost, path: "/v1/ipfs", token: hospitalToken, body: "doc"}, http.StatusServiceUnavailable},
		{"the IPFS gateway", func(d *Deps) { d.Storage = nil }, request{method: http.MethodGet, path: "/ipfs/" + testCID}, http.StatusServiceUnavailable},
	}
	for _, tt := range tests {
		t.Run("a server without "+tt.name+" answers 503 not configured", func(t *testing.T) {
			h := newHarnessDeps(t, tt.without)
			rec := h.do(t, tt.req)
			e := errorBody(t, rec.Body.Bytes())
			if rec.Code != tt.want || e.Code != CodeUnavailable || e.Details["reason"] != "not_configured" {
				t.Errorf("got %d %+v", rec.Code, e)
			}
		})
	}
	t.Run("a nil pointer given as a service counts as not configured", func(t *testing.T) {
		h := newHarnessDeps(t, func(d *Deps) { d.Records = (*fakeRecords)(nil) })
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/records/42", token: patientToken})
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("got %d, want 503", rec.Code)
		}
	})
	t.Run("the routes stay in the table without the services", func(t *testing.T) {
		h := newHarnessDeps(t, func(d *Deps) { d.Records, d.Consent, d.Sessions, d.Storage = nil, nil, nil, nil })
		if rec := h.do(t, request{method: http.MethodGet, path: "/v1/records/42"}); rec.Code != http.StatusUnauthorized {
			t.Errorf("got %d, want 401 (the route exists and asks for a token first)", rec.Code)
		}
	})
}
