package api

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/gs1"
	"github.com/salus-health/salus/backend/telemetry"
)

// Requests of the supply-chain and prescription tests.
var (
	batchQuery = "gtin=" + testGTIN + "&lot=LOT42&manufactured=2025-05-01&expiry=2027-12-31&minTemperature=200&maxTemperature=800"
	textPlain  = map[string]string{"Content-Type": "text/plain; charset=utf-8"}

	testReading, _ = telemetry.NewDomain(big.NewInt(1337), common.HexToAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).
			Sign(testKey, telemetry.Reading{BatchID: testBatchID, Holder: pharmacyAccount, Timestamp: uint64(fixedNow.Unix()), Temperature: 450})
	readingSigHex = hexutil.Encode(testReading.Signature[:])
	readingJS     = `{"batchId":"` + testBatchHex + `","holder":"` + pharmacyAccount.Hex() + `","timestamp":"2025-06-01T12:00:00Z","temperature":450,"signature":"` + readingSigHex + `"}`
	readingsJS    = `{"readings":[` + readingJS + `,` + readingJS + `]}`
	issueJS       = `{"patient":"` + patientAccount.Hex() + `","gtin":"` + testGTIN + `","quantityPerFill":1,"refills":1,"validUntil":"2025-09-01T00:00:00Z","minFillInterval":86400,"record":44}`
	dispenseJS    = `{"fill":2,"packs":["` + testPackHRI + `"],"record":44}`
	reasonJS      = `{"reasonCode":"` + reasonHex + `"}`
)

// pharmaCall returns the fake's calls by name.
func (h *pharmaHarness) calls() []consentCall { return append(h.pharma.called(), h.serviceCalls()...) }

func TestPharmaRoutes(t *testing.T) {
	code, _ := gs1.Parse(testPackHRI)
	tests := []struct {
		name       string
		req        request
		wantStatus int
		wantCall   string
		wantArgs   []any // compared when set
		check      func(t *testing.T, h *pharmaHarness, body map[string]any)
	}{
		{
			name: "a manufacturer registers a batch with its serial list streamed as text",
			req: request{method: http.MethodPost, path: "/v1/batches?" + batchQuery, token: manufacturerTok, header: textPlain,
				body: "SN0001\r\nSN0002\r\nSN0003\r\n"},
			wantStatus: http.StatusCreated, wantCall: "RegisterBatch",
			wantArgs: []any{hospitalAccount, NewBatch{GTIN: 9506000134352, Lot: "LOT42", ManufacturedAt: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC),
				Expiry: gs1.Date{Year: 2027, Month: 12, Day: 31}, MinTemperature: 200, MaxTemperature: 800}},
			check: func(t *testing.T, h *pharmaHarness, body map[string]any) {
				if !reflect.DeepEqual(h.pharma.serials, []string{"SN0001", "SN0002", "SN0003"}) {
					t.Errorf("serials: got %q", h.pharma.serials)
				}
				b := body["batch"].(map[string]any)
				if b["gtin"] != testGTIN || b["batchId"] != testBatchHex || b["status"] != "active" {
					t.Errorf("batch: %v", b)
				}
			},
		},
		{
			name: "anyone reads a batch with its holders", req: request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex},
			wantStatus: http.StatusOK, wantCall: "Batch", wantArgs: []any{[32]byte(testBatchID)},
			check: func(t *testing.T, _ *pharmaHarness, body map[string]any) {
				hs := body["holders"].([]any)
				if len(hs) != 2 || hs[1].(map[string]any)["quarantined"] != true || hs[1].(map[string]any)["penalties"] != 1.0 {
					t.Errorf("holders: %v", hs)
				}
			},
		},
		{
			name: "anyone gets the proof of a serial", req: request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "/proof?serial=SN%2F01"},
			wantStatus: http.StatusOK, wantCall: "SerialProof", wantArgs: []any{[32]byte(testBatchID), "SN/01"},
		},
		{
			name: "a holder hands packs over",
			req: request{method: http.MethodPost, path: "/v1/batches/" + testBatchHex + "/handovers", token: hospitalToken,
				body: `{"to":"` + strings.ToLower(pharmacyAccount.Hex()) + `","quantity":1}`},
			wantStatus: http.StatusCreated, wantCall: "HandOver", wantArgs: []any{hospitalAccount, [32]byte(testBatchID), pharmacyAccount, uint32(1)},
		},
		{
			name: "anyone reads a hand-over", req: request{method: http.MethodGet, path: "/v1/handovers/7"},
			wantStatus: http.StatusOK, wantCall: "HandOverRecord", wantArgs: []any{uint64(7)},
		},
		{
			name: "the receiver accepts with an empty body", req: request{method: http.MethodPost, path: "/v1/handovers/7/accept", token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "AcceptHandOver", wantArgs: []any{hospitalAccount, uint64(7)},
		},
		{
			name: "the sender cancels with an empty object", req: request{method: http.MethodPost, path: "/v1/handovers/7/cancel", token: hospitalToken, body: `{}`},
			wantStatus: http.StatusOK, wantCall: "CancelHandOver", wantArgs: []any{hospitalAccount, uint64(7)},
		},
		{
			name: "a manufacturer recalls", req: request{method: http.MethodPost, path: "/v1/batches/" + testBatchHex + "/recall", token: hospitalToken, body: reasonJS},
			wantStatus: http.StatusOK, wantCall: "Recall",
		},
		{
			name: "the regulator releases a quarantine",
			req: request{method: http.MethodPost, path: "/v1/batches/" + testBatchHex + "/holders/" + pharmacyAccount.Hex() + "/release",
				token: regulatorToken, body: reasonJS},
			wantStatus: http.StatusOK, wantCall: "ReleaseQuarantine",
		},
		{
			name:       "a gateway submits signed readings and learns what became of each",
			req:        request{method: http.MethodPost, path: "/v1/telemetry/readings", token: hospitalToken, body: readingsJS},
			wantStatus: http.StatusOK, wantCall: "SubmitReadings",
			check: func(t *testing.T, h *pharmaHarness, body map[string]any) {
				rs := h.pharma.called()[0].Args[1].([]SignedReading)
				if len(rs) != 2 || rs[0].Signature != testReading.Signature || rs[0].Temperature != 450 || !rs[0].Timestamp.Equal(fixedNow) {
					t.Errorf("readings: %+v", rs)
				}
				if body["maxPerTransaction"] != 500.0 || len(body["quarantines"].([]any)) != 1 {
					t.Errorf("report: %v", body)
				}
			},
		},
		{
			name:       "anyone verifies a raw DataMatrix scan in the query",
			req:        request{method: http.MethodGet, path: "/v1/verify?code=" + url.QueryEscape(testPackRaw) + "&holder=" + pharmacyAccount.Hex()},
			wantStatus: http.StatusOK, wantCall: "VerifyPack", wantArgs: []any{*code, pharmacyAccount},
			check: func(t *testing.T, _ *pharmaHarness, body map[string]any) {
				if body["authentic"] != true || body["usable"] != true || body["code"].(map[string]any)["expiry"] != "2027-12-31" {
					t.Errorf("verification: %v", body)
				}
			},
		},
		{
			name: "anyone verifies a bracketed code in the body", req: request{method: http.MethodPost, path: "/v1/verify", body: `{"code":"` + testPackHRI + `"}`},
			wantStatus: http.StatusOK, wantCall: "VerifyPack", wantArgs: []any{*code, common.Address{}},
		},
		{
			name: "an institution reports a suspected clone", req: request{method: http.MethodPost, path: "/v1/clone-reports", token: hospitalToken, body: `{"code":"` + testPackHRI + `"}`},
			wantStatus: http.StatusOK, wantCall: "ReportClone",
		},
		{
			name:       "a prescriber issues a prescription naming its MedicationRequest record, whose CID goes on chain",
			req:        request{method: http.MethodPost, path: "/v1/prescriptions", token: hospitalToken, body: issueJS},
			wantStatus: http.StatusCreated, wantCall: "Issue",
			wantArgs: []any{hospitalAccount, PrescriptionRequest{Patient: patientAccount, GTIN: 9506000134352, QuantityPerFill: 1, Refills: 1,
				ValidUntil: time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), MinFillInterval: 24 * time.Hour, CID: rxRecordCID}},
		},
		{
			name: "a prescriber names the MedicationRequest of a controlled prescription by its record version",
			req: request{method: http.MethodPost, path: "/v1/prescriptions", token: hospitalToken,
				body: `{"patient":"` + patientAccount.Hex() + `","codeSystem":"http://www.whocc.no/atc","code":"J01CA04","quantityPerFill":2,"validUntil":"2025-09-01T00:00:00Z","controlled":true,"record":44}`},
			wantStatus: http.StatusCreated, wantCall: "Issue",
			wantArgs: []any{hospitalAccount, PrescriptionRequest{Patient: patientAccount, CodeSystem: "http://www.whocc.no/atc", Code: "J01CA04",
				QuantityPerFill: 2, ValidUntil: time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), Controlled: true,
				CID: rxRecordCID}},
		},
		{
			name: "an institution reads a prescription", req: request{method: http.MethodGet, path: "/v1/prescriptions/1", token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "Prescription",
			check: func(t *testing.T, _ *pharmaHarness, body map[string]any) {
				if body["fillsLeft"] != 1.0 || body["gtin"] != testGTIN || len(body["fills"].([]any)) != 1 {
					t.Errorf("prescription: %v", body)
				}
			},
		},
		{
			name: "the patient reads their prescription with their wallet", req: request{method: http.MethodGet, path: "/v1/prescriptions/1", token: patientToken},
			wantStatus: http.StatusOK, wantCall: "Prescription",
		},
		{
			name: "a pharmacy dispenses the next fill with scanned packs", req: request{method: http.MethodPost, path: "/v1/prescriptions/1/dispense", token: hospitalToken,
				body: `{"fill":1,"packs":["` + strings.ReplaceAll(testPackRaw, "\x1d", `\u001d`) + `"],"record":44,"deadline":"2025-06-01T13:00:00Z","patientSignature":"` + sigHex + `"}`},
			wantStatus: http.StatusOK, wantCall: "Dispense",
			wantArgs: []any{hospitalAccount, DispenseRequest{PrescriptionID: 1, Fill: 1, Packs: []gs1.Code{*code}, CID: rxRecordCID,
				Deadline: time.Date(2025, 6, 1, 13, 0, 0, 0, time.UTC), PatientSignature: hexutil.MustDecode(sigHex)}},
		},
		{
			name: "a prescriber cancels", req: request{method: http.MethodPost, path: "/v1/prescriptions/1/cancel", token: hospitalToken, body: reasonJS},
			wantStatus: http.StatusOK, wantCall: "CancelPrescription",
		},
		{
			name: "the patient gets the typed data of a controlled fill's authorisation",
			req: request{method: http.MethodPost, path: "/v1/prescriptions/1/authorization/typed-data", token: patientToken,
				body: `{"fill":2,"pharmacy":"` + pharmacyAccount.Hex() + `"}`},
			wantStatus: http.StatusOK, wantCall: "DispenseTypedData",
			wantArgs: []any{DispenseTypedDataRequest{PrescriptionID: 1, Fill: 2, Pharmacy: pharmacyAccount}},
		},
		{
			name: "the patient lists their prescriptions, page by page", req: request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/prescriptions?limit=1", token: patientToken},
			wantStatus: http.StatusOK, wantCall: "Prescriptions",
			check: func(t *testing.T, _ *pharmaHarness, body map[string]any) {
				if body["nextCursor"] != encodePrescriptionCursor(1) {
					t.Errorf("nextCursor: %v", body["nextCursor"])
				}
			},
		},
		{
			name: "an institution lists a prescriber's prescriptions", req: request{method: http.MethodGet, path: "/v1/prescribers/" + hospitalAccount.Hex() + "/prescriptions?cursor=" + encodePrescriptionCursor(3), token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "Prescriptions",
			wantArgs: []any{PrescriptionQuery{Prescriber: &hospitalAccount, After: 3, Limit: defaultPageSize}},
		},
		{
			name: "an institution lists a pharmacy's dispensed prescriptions", req: request{method: http.MethodGet, path: "/v1/pharmacies/" + pharmacyAccount.Hex() + "/prescriptions", token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "Prescriptions",
			wantArgs: []any{PrescriptionQuery{Pharmacy: &pharmacyAccount, Limit: defaultPageSize}},
		},
		{
			name: "an institution lists the prescriptions of a batch", req: request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "/prescriptions", token: hospitalToken},
			wantStatus: http.StatusOK, wantCall: "Prescriptions",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newPharmaHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %.600s)", rec.Code, tt.wantStatus, rec.Body)
			}
			calls := h.pharma.called()
			i := len(calls) - 1
			if i < 0 || calls[i].Method != tt.wantCall {
				t.Fatalf("calls: got %+v, want %s last", calls, tt.wantCall)
			}
			if tt.wantArgs != nil && !reflect.DeepEqual(calls[i].Args, tt.wantArgs) {
				t.Errorf("args of %s:\n got %#v\nwant %#v", tt.wantCall, calls[i].Args, tt.wantArgs)
			}
			if tt.check != nil {
				tt.check(t, h, jsonBody(t, rec.Body.Bytes()))
			}
			if tt.wantStatus == http.StatusCreated && rec.Header().Get("Location") == "" {
				t.Errorf("no Location header")
			}
		})
	}
}

// pharmaRefusal is a request that must be refused before the supply-chain
// service (or any other) is called.
type pharmaRefusal struct {
	name       string
	req        request
	wantStatus int
	wantCode   string
	wantField  string
	wantText   string // in the message, when set
}

func checkPharmaRefusals(t *testing.T, tests []pharmaRefusal) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newPharmaHarness(t)
			rec := h.do(t, tt.req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status: got %d, want %d (body %.500s)", rec.Code, tt.wantStatus, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			if e.Code != tt.wantCode {
				t.Errorf("code: got %q, want %q (message %q)", e.Code, tt.wantCode, e.Message)
			}
			if tt.wantField != "" && e.Details["field"] != tt.wantField {
				t.Errorf("details.field: got %v, want %q (message %q)", e.Details["field"], tt.wantField, e.Message)
			}
			if tt.wantText != "" && !strings.Contains(e.Message, tt.wantText) {
				t.Errorf("message %q does not say %q", e.Message, tt.wantText)
			}
			if calls := h.calls(); len(calls) != 0 {
				t.Errorf("service calls: got %+v, want none", calls)
			}
		})
	}
}

func TestPharmaRefusals(t *testing.T) {
	post := func(path, token, body string) request {
		return request{method: http.MethodPost, path: path, token: token, body: body}
	}
	batches := func(query, body string) request {
		return request{method: http.MethodPost, path: "/v1/batches?" + query, token: manufacturerTok, header: textPlain, body: body}
	}
	withQuery := func(k, v string) string {
		q, _ := url.ParseQuery(batchQuery)
		if v == "" {
			q.Del(k)
		} else {
			q.Set(k, v)
		}
		return q.Encode()
	}
	bad := http.StatusBadRequest
	checkPharmaRefusals(t, []pharmaRefusal{
		// Registration.
		{"a registration without a token", request{method: http.MethodPost, path: "/v1/batches?" + batchQuery, header: textPlain, body: "SN1"}, http.StatusUnauthorized, CodeUnauthenticated, "", ""},
		{"a registration from a wallet session", request{method: http.MethodPost, path: "/v1/batches?" + batchQuery, token: patientToken, header: textPlain, body: "SN1"}, http.StatusForbidden, CodeForbidden, "", ""},
		{"a registration without a GTIN", batches(withQuery("gtin", ""), "SN1"), bad, CodeMissingField, "gtin", ""},
		{"a GTIN with a wrong check digit", batches(withQuery("gtin", "09506000134353"), "SN1"), bad, CodeInvalidGS1, "gtin", "check digit is 3, want 2"},
		{"a GTIN-13", batches(withQuery("gtin", "9506000134352"), "SN1"), bad, CodeInvalidGS1, "gtin", "13 characters"},
		{"a lot with a space", batches(withQuery("lot", "LOT 42"), "SN1"), bad, CodeInvalidGS1, "lot", "character set 82"},
		{"a lot of 21 characters", batches(withQuery("lot", strings.Repeat("L", 21)), "SN1"), bad, CodeInvalidGS1, "lot", "at most 20"},
		{"an expiry that is not a date", batches(withQuery("expiry", "271231"), "SN1"), bad, CodeInvalidTime, "expiry", "YYYY-MM-DD"},
		{"an expiry before manufacture", batches(withQuery("expiry", "2025-04-30"), "SN1"), bad, CodeInvalidTime, "expiry", ""},
		{"a temperature range upside down", batches(withQuery("maxTemperature", "200"), "SN1"), bad, CodeInvalidNumber, "maxTemperature", ""},
		{"a temperature in degrees with decimals", batches(withQuery("minTemperature", "2.5"), "SN1"), bad, CodeInvalidNumber, "minTemperature", "hundredths"},
		{"a document that is not a CID", batches(withQuery("document", "Qm-not-a-cid"), "SN1"), bad, CodeInvalidCID, "document", ""},
		{"a CIDv0 document is answered with its CIDv1", batches(withQuery("document", "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"), "SN1"), bad, CodeInvalidCID, "document",
			"bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34"},
		{"an unknown parameter", batches(batchQuery+"&packs=3", "SN1"), bad, CodeUnknownParameter, "packs", ""},
		{"a serial list sent as JSON", request{method: http.MethodPost, path: "/v1/batches?" + batchQuery, token: manufacturerTok, body: `["SN1"]`}, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, "", "text/plain"},
		{"an empty serial list", batches(batchQuery, ""), bad, CodeEmptyBody, "", ""},
		{"a serial list of line breaks", batches(batchQuery, "\n\n"), bad, CodeInvalidSerial, "", "line 1"},
		{"a repeated serial", batches(batchQuery, "SN1\nSN2\nSN3\nSN2\n"), bad, CodeInvalidSerial, "", "lines 2 and 4"},
		{"a serial of 21 characters", batches(batchQuery, "SN1\n"+strings.Repeat("9", 21)+"\n"), bad, CodeInvalidSerial, "", "line 2"},
		{"a serial with a tab", batches(batchQuery, "SN1\tX\n"), bad, CodeInvalidSerial, "", "position 4"},
		{"an expired batch", batches(withQuery("expiry", "2025-05-31"), "SN1"), http.StatusUnprocessableEntity, CodeValidityInPast, "expiry", ""},
		{"a batch manufactured tomorrow", batches(withQuery("manufactured", "2025-06-02"), "SN1"), http.StatusUnprocessableEntity, CodeUnprocessable, "manufactured", ""},
		// Reads.
		{"a batch id that is not 32 bytes", request{method: http.MethodGet, path: "/v1/batches/0x1234"}, bad, CodeInvalidBytes32, "batchId", ""},
		{"a batch read with a query", request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "?full=1"}, bad, CodeUnknownParameter, "full", ""},
		{"a proof of a serial that cannot be one", request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "/proof?serial=" + strings.Repeat("S", 21)}, bad, CodeInvalidSerial, "serial", ""},
		{"a proof without a serial", request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "/proof"}, bad, CodeMissingField, "serial", ""},
		{"a hand-over id of zero", request{method: http.MethodGet, path: "/v1/handovers/0"}, bad, CodeInvalidNumber, "id", ""},
		{"a hand-over id with a leading zero", request{method: http.MethodGet, path: "/v1/handovers/07"}, bad, CodeInvalidNumber, "id", ""},
		// Custody.
		{"a hand-over to oneself", post("/v1/batches/"+testBatchHex+"/handovers", hospitalToken, `{"to":"`+hospitalAccount.Hex()+`","quantity":1}`), bad, CodeInvalidAddress, "to", ""},
		{"a hand-over of no packs", post("/v1/batches/"+testBatchHex+"/handovers", hospitalToken, `{"to":"`+pharmacyAccount.Hex()+`","quantity":0}`), bad, CodeInvalidNumber, "quantity", ""},
		{"a quantity as a string", post("/v1/batches/"+testBatchHex+"/handovers", hospitalToken, `{"to":"`+pharmacyAccount.Hex()+`","quantity":"5"}`), bad, CodeInvalidNumber, "quantity", ""},
		{"a quantity with a fraction", post("/v1/batches/"+testBatchHex+"/handovers", hospitalToken, `{"to":"`+pharmacyAccount.Hex()+`","quantity":1.5}`), bad, CodeInvalidNumber, "quantity", ""},
		{"an accept with a body", post("/v1/handovers/7/accept", hospitalToken, `{"id":7}`), bad, CodeUnknownField, "id", ""},
		{"a release by an institution that is not the regulator", post("/v1/batches/"+testBatchHex+"/holders/"+pharmacyAccount.Hex()+"/release", hospitalToken, reasonJS), http.StatusForbidden, CodeForbidden, "", "regulator"},
		{"a recall without a reason", post("/v1/batches/"+testBatchHex+"/recall", hospitalToken, `{}`), bad, CodeMissingField, "reasonCode", ""},
		// Telemetry.
		{"no readings", post("/v1/telemetry/readings", hospitalToken, `{"readings":[]}`), bad, CodeMissingField, "readings", ""},
		{"a reading signature of 63 bytes", post("/v1/telemetry/readings", hospitalToken, `{"readings":[`+strings.Replace(readingJS, readingSigHex, readingSigHex[:128], 1)+`]}`), bad, CodeInvalidSignature, "signature", "reading 0"},
		{"a reading signature with s in the upper half", post("/v1/telemetry/readings", hospitalToken, `{"readings":[`+readingJS+`,`+strings.Replace(readingJS, readingSigHex, "0x"+strings.Repeat("11", 32)+"7f"+strings.Repeat("ff", 31), 1)+`]}`), bad, CodeInvalidSignature, "signature", "reading 1"},
		{"a temperature beyond int16", post("/v1/telemetry/readings", hospitalToken, `{"readings":[`+strings.Replace(readingJS, `"temperature":450`, `"temperature":40000`, 1)+`]}`), bad, CodeInvalidNumber, "temperature", ""},
		{"a reading without a timestamp zone", post("/v1/telemetry/readings", hospitalToken, `{"readings":[`+strings.Replace(readingJS, "2025-06-01T12:00:00Z", "2025-06-01T12:00:00", 1)+`]}`), bad, CodeInvalidTime, "timestamp", ""},
		{"readings from a wallet session", post("/v1/telemetry/readings", patientToken, readingsJS), http.StatusForbidden, CodeForbidden, "", ""},
		// Verification.
		{"a verification without a code", request{method: http.MethodGet, path: "/v1/verify"}, bad, CodeMissingField, "code", ""},
		{"a code with a wrong check digit", request{method: http.MethodGet, path: "/v1/verify?code=" + url.QueryEscape(strings.Replace(testPackHRI, "4352", "4353", 1))}, bad, CodeInvalidGS1, "code", "check digit"},
		{"a code without its serial", request{method: http.MethodGet, path: "/v1/verify?code=" + url.QueryEscape("(01)09506000134352(17)271231(10)LOT42")}, bad, CodeInvalidGS1, "code", "(21)"},
		{"a code with a month 13", post("/v1/verify", "", `{"code":"(01)09506000134352(17)271331(10)LOT42(21)SN0001"}`), bad, CodeInvalidGS1, "code", "month 13"},
		{"a code of another symbology", post("/v1/verify", "", `{"code":"]Q301095060001343521727123110LOT42"}`), bad, CodeInvalidGS1, "code", "symbology"},
		{"a verification with an unknown field", post("/v1/verify", "", `{"code":"`+testPackHRI+`","lot":"x"}`), bad, CodeUnknownField, "lot", ""},
		{"a clone report of a malformed code", post("/v1/clone-reports", hospitalToken, `{"code":"(01)123"}`), bad, CodeInvalidGS1, "code", ""},
		// Prescriptions.
		{"a prescription naming no medication", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"gtin":"`+testGTIN+`",`, "", 1)), bad, CodeMissingField, "gtin", ""},
		{"a code without its system", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"quantityPerFill"`, `"code":"N02BE01","quantityPerFill"`, 1)), bad, CodeMissingField, "code", "together"},
		{"eleven packs per fill", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"quantityPerFill":1`, `"quantityPerFill":11`, 1)), bad, CodeInvalidNumber, "quantityPerFill", ""},
		{"65535 refills", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"refills":1`, `"refills":65535`, 1)), bad, CodeInvalidNumber, "refills", ""},
		{"a prescription without its record", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `,"record":44`, "", 1)), bad, CodeMissingField, "record", "POST /v1/records"},
		{"a record id of zero", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"record":44`, `"record":0`, 1)), bad, CodeInvalidNumber, "record", ""},
		{"a record id as a string", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"record":44`, `"record":"44"`, 1)), bad, CodeInvalidNumber, "record", ""},
		{"a prescription to oneself", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, patientAccount.Hex(), hospitalAccount.Hex(), 1)), bad, CodeInvalidAddress, "patient", ""},
		{"a prescription valid until yesterday", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, "2025-09-01T00:00:00Z", "2025-05-31T00:00:00Z", 1)), http.StatusUnprocessableEntity, CodeValidityInPast, "validUntil", ""},
		{"controlled as a string", post("/v1/prescriptions", hospitalToken, strings.Replace(issueJS, `"record"`, `"controlled":"yes","record"`, 1)), bad, CodeInvalidJSON, "controlled", ""},
		{"a dispense without packs", post("/v1/prescriptions/1/dispense", hospitalToken, `{"fill":1,"packs":[],"record":44}`), bad, CodeMissingField, "packs", ""},
		{"a dispense of eleven packs", post("/v1/prescriptions/1/dispense", hospitalToken, `{"fill":1,"packs":[`+strings.Repeat(`"x",`, 10)+`"x"],"record":44}`), bad, CodeInvalidJSON, "packs", ""},
		{"a dispense with a malformed pack", post("/v1/prescriptions/1/dispense", hospitalToken, `{"fill":1,"packs":["`+testPackHRI+`","(01)09506000134352(17)271231(10)LOT42(21)SN 2"],"record":44}`), bad, CodeInvalidGS1, "packs", "pack 1"},
		{"the same pack twice", post("/v1/prescriptions/1/dispense", hospitalToken, `{"fill":1,"packs":["`+testPackHRI+`","`+testPackHRI+`"],"record":44}`), bad, CodeInvalidGS1, "packs", "same pack"},
		{"a dispense without its record", post("/v1/prescriptions/1/dispense", hospitalToken, strings.Replace(dispenseJS, `,"record":44`, "", 1)), bad, CodeMissingField, "record", "MedicationDispense"},
		{"a deadline without the patient's signature", post("/v1/prescriptions/1/dispense", hospitalToken, strings.Replace(dispenseJS, `"record"`, `"deadline":"2025-06-01T13:00:00Z","record"`, 1)), bad, CodeMissingField, "patientSignature", ""},
		{"a fill of zero", post("/v1/prescriptions/1/dispense", hospitalToken, strings.Replace(dispenseJS, `"fill":2`, `"fill":0`, 1)), bad, CodeInvalidNumber, "fill", ""},
		{"a lapsed authorisation", post("/v1/prescriptions/1/dispense", hospitalToken, strings.Replace(dispenseJS, `"record"`, `"deadline":"2025-06-01T11:00:00Z","patientSignature":"`+sigHex+`","record"`, 1)), http.StatusUnprocessableEntity, CodeValidityInPast, "deadline", ""},
		{"a dispense from a wallet", post("/v1/prescriptions/1/dispense", patientToken, dispenseJS), http.StatusForbidden, CodeForbidden, "", ""},
		{"typed data without a pharmacy", post("/v1/prescriptions/1/authorization/typed-data", patientToken, `{"fill":1}`), bad, CodeMissingField, "pharmacy", ""},
		{"a cancellation with a zero reason", post("/v1/prescriptions/1/cancel", hospitalToken, `{"reasonCode":"0x`+strings.Repeat("00", 32)+`"}`), bad, CodeInvalidBytes32, "reasonCode", ""},
		// Listings.
		{"a wallet listing another patient's prescriptions", request{method: http.MethodGet, path: "/v1/patients/" + patientAccount.Hex() + "/prescriptions", token: otherToken}, http.StatusForbidden, CodeForbidden, "", "only the patient"},
		{"a wallet listing a prescriber's prescriptions", request{method: http.MethodGet, path: "/v1/prescribers/" + hospitalAccount.Hex() + "/prescriptions", token: patientToken}, http.StatusForbidden, CodeForbidden, "", ""},
		{"a listing with a cursor of another list", request{method: http.MethodGet, path: "/v1/pharmacies/" + pharmacyAccount.Hex() + "/prescriptions?cursor=" + encodeAuditCursor(3), token: hospitalToken}, bad, CodeInvalidCursor, "cursor", ""},
		{"a listing with a limit of zero", request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "/prescriptions?limit=0", token: hospitalToken}, bad, CodeInvalidLimit, "limit", ""},
	})
}

// TestPrescriptionCIDRetired: issue and dispense name their FHIR document
// only by record, a version written through POST /v1/records; a body that
// still carries a bare cid is refused with 400 and a message saying what to
// do instead, before any service (records included) is asked anything.
func TestPrescriptionCIDRetired(t *testing.T) {
	cid := `"cid":"` + testCID + `"`
	tests := []struct {
		name, path, body, doc string
	}{
		{"an issue naming its MedicationRequest by cid", "/v1/prescriptions", strings.Replace(issueJS, `"record":44`, cid, 1), "MedicationRequest"},
		{"an issue sending both record and cid", "/v1/prescriptions", strings.Replace(issueJS, `"record":44`, `"record":44,`+cid, 1), "MedicationRequest"},
		{"an issue with cid and nothing else right", "/v1/prescriptions", `{"cid":"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG","quantityPerFill":99}`, "MedicationRequest"},
		{"an issue with a null cid", "/v1/prescriptions", strings.Replace(issueJS, `"record":44`, `"record":44,"cid":null`, 1), "MedicationRequest"},
		{"a dispense naming its MedicationDispense by cid", "/v1/prescriptions/1/dispense", strings.Replace(dispenseJS, `"record":44`, cid, 1), "MedicationDispense"},
		{"a dispense sending both record and cid", "/v1/prescriptions/1/dispense", strings.Replace(dispenseJS, `"record":44`, cid+`,"record":44`, 1), "MedicationDispense"},
		{"a controlled dispense by cid", "/v1/prescriptions/1/dispense",
			`{"fill":1,"packs":["` + testPackHRI + `"],` + cid + `,"deadline":"2025-06-01T13:00:00Z","patientSignature":"` + sigHex + `"}`, "MedicationDispense"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newPharmaHarness(t)
			rec := h.do(t, request{method: http.MethodPost, path: tt.path, token: hospitalToken, body: tt.body})
			if rec.Code != http.StatusBadRequest {
				t.Fatalf("status: got %d, want 400 (body %.500s)", rec.Code, rec.Body)
			}
			e := errorBody(t, rec.Body.Bytes())
			want := "cid is no longer accepted: write the " + tt.doc + " with POST /v1/records (category prescriptions) and send its id as record"
			if e.Code != CodeUnknownField || e.Details["field"] != "cid" || e.Message != want {
				t.Errorf("got %s %v %q, want %s on cid saying %q", e.Code, e.Details, e.Message, CodeUnknownField, want)
			}
			if calls := h.calls(); len(calls) != 0 {
				t.Errorf("service calls: got %+v, want none", calls)
			}
		})
	}
}

func TestPharmaPerObjectAccess(t *testing.T) {
	t.Run("a wallet may not read another patient's prescription", func(t *testing.T) {
		h := newPharmaHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: "/v1/prescriptions/1", token: otherToken})
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusForbidden || e.Code != CodeForbidden {
			t.Fatalf("got %d %+v, want 403", rec.Code, e)
		}
	})
	t.Run("a MedicationRequest record of another category is refused before issuing", func(t *testing.T) {
		h := newPharmaHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/prescriptions", token: hospitalToken,
			body: strings.Replace(issueJS, `"record":44`, `"record":42`, 1)})
		e := errorBody(t, rec.Body.Bytes())
		if rec.Code != http.StatusUnprocessableEntity || e.Details["field"] != "record" || !strings.Contains(e.Message, "lab_results") {
			t.Fatalf("got %d %+v", rec.Code, e)
		}
		if calls := h.pharma.called(); len(calls) != 0 {
			t.Errorf("issued anyway: %+v", calls)
		}
	})
	t.Run("a record the caller may not read cannot be named", func(t *testing.T) {
		h := newPharmaHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/prescriptions/1/dispense", token: custodialToken,
			body: dispenseJS})
		if rec.Code != http.StatusForbidden {
			t.Fatalf("got %d %s, want 403", rec.Code, rec.Body)
		}
		for _, c := range h.pharma.called() {
			if c.Method == "Dispense" {
				t.Errorf("dispensed anyway")
			}
		}
	})
	t.Run("a MedicationRequest record the prescriber wrote is issued by its CID", func(t *testing.T) {
		h := newPharmaHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/prescriptions", token: hospitalToken,
			body: issueJS})
		if rec.Code != http.StatusCreated {
			t.Fatalf("got %d %s, want 201", rec.Code, rec.Body)
		}
		calls := h.pharma.called()
		if len(calls) != 1 || calls[0].Method != "Issue" || calls[0].Args[1].(PrescriptionRequest).CID != h.records.versions[44].CID {
			t.Fatalf("calls %+v, want Issue with the record's CID", calls)
		}
	})
	t.Run("a MedicationDispense record the pharmacy wrote is dispensed by its CID", func(t *testing.T) {
		h := newPharmaHarness(t)
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/prescriptions/1/dispense", token: hospitalToken,
			body: dispenseJS})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d %s, want 200", rec.Code, rec.Body)
		}
		var dispensed *DispenseRequest
		for _, c := range h.pharma.called() {
			if c.Method == "Dispense" {
				r := c.Args[1].(DispenseRequest)
				dispensed = &r
			}
		}
		if dispensed == nil || dispensed.CID != h.records.versions[44].CID || dispensed.PrescriptionID != 1 || dispensed.Fill != 2 {
			t.Fatalf("dispensed %+v, want fill 2 of prescription 1 with the record's CID", dispensed)
		}
	})
	refusedRecords := []struct {
		name       string
		version    RecordVersion
		wantStatus int
		wantText   string
	}{
		{"a record another account wrote", RecordVersion{Author: pharmacyAccount}, http.StatusUnprocessableEntity, "written by " + pharmacyAccount.Hex()},
		{"a record amended since", RecordVersion{Next: 47}, http.StatusUnprocessableEntity, "amended by version 47"},
		{"an attachment rather than a FHIR resource", RecordVersion{MediaType: "application/pdf"}, http.StatusUnprocessableEntity, "not a FHIR resource"},
		{"a record whose keys were destroyed", RecordVersion{Erased: true}, http.StatusUnprocessableEntity, "destroyed"},
		{"a record of another patient", RecordVersion{Patient: custodialAccount}, http.StatusUnprocessableEntity, "prescriptions record of the patient"},
		{"the record of an earlier fill", RecordVersion{CID: testCID}, http.StatusConflict, "fill 1 already"},
	}
	for _, tc := range refusedRecords {
		t.Run(tc.name+" is refused before dispensing", func(t *testing.T) {
			h := newPharmaHarness(t)
			v := h.records.versions[44]
			v.ID = 45
			if tc.version.Author != (common.Address{}) {
				v.Author = tc.version.Author
			}
			if tc.version.Patient != (common.Address{}) {
				v.Patient = tc.version.Patient
			}
			if tc.version.MediaType != "" {
				v.MediaType = tc.version.MediaType
			}
			if tc.version.CID != "" {
				v.CID = tc.version.CID
			}
			v.Next, v.Erased = tc.version.Next, tc.version.Erased
			h.records.versions[45] = v
			rec := h.do(t, request{method: http.MethodPost, path: "/v1/prescriptions/1/dispense", token: hospitalToken,
				body: strings.Replace(dispenseJS, `"record":44`, `"record":45`, 1)})
			e := errorBody(t, rec.Body.Bytes())
			if rec.Code != tc.wantStatus || e.Details["field"] != "record" || !strings.Contains(e.Message, tc.wantText) {
				t.Fatalf("got %d %+v, want %d saying %q", rec.Code, e, tc.wantStatus, tc.wantText)
			}
			for _, c := range h.pharma.called() {
				if c.Method == "Dispense" {
					t.Errorf("dispensed anyway")
				}
			}
		})
	}
	t.Run("every reading refused is 422 with the reasons", func(t *testing.T) {
		h := newPharmaHarness(t)
		h.pharma.report.Rejected = []RejectedReading{{Index: 0, Reason: "a"}, {Index: 1, Reason: "b"}}
		h.pharma.report.Transactions, h.pharma.report.Quarantines, h.pharma.report.Accepted = nil, nil, 0
		rec := h.do(t, request{method: http.MethodPost, path: "/v1/telemetry/readings", token: hospitalToken, body: readingsJS})
		e := errorBody(t, rec.Body.Bytes())
		if rec.Code != http.StatusUnprocessableEntity || len(e.Details["rejected"].([]any)) != 2 {
			t.Fatalf("got %d %+v", rec.Code, e)
		}
	})
}

func TestPharmaServiceErrors(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		req        request
		wantStatus int
		wantCode   string
		wantText   string
	}{
		{"an unknown serial is 404 with the service's reason", NotFound(`batch 0x… has no pack with serial "SN9"`),
			request{method: http.MethodGet, path: "/v1/batches/" + testBatchHex + "/proof?serial=SN9"}, http.StatusNotFound, CodeNotFound, `no pack with serial "SN9"`},
		{"a contract refusal is 409 with the custom error", &ContractError{Name: "PrescriptionsFillAlreadyDispensed", Args: map[string]any{"id": "1", "fill": "1"}},
			request{method: http.MethodPost, path: "/v1/prescriptions/1/dispense", token: hospitalToken, body: dispenseJS}, http.StatusConflict, CodeConflict, "PrescriptionsFillAlreadyDispensed"},
		{"a suspended or expired prescriber's prescription is 409 with the custom error", &ContractError{Kind: ErrConflict, Name: "PrescriptionsPrescriberNotActive",
			Args: map[string]any{"id": "1", "prescriber": hospitalAccount.Hex()}},
			request{method: http.MethodPost, path: "/v1/prescriptions/1/dispense", token: hospitalToken, body: dispenseJS}, http.StatusConflict, CodeConflict, "PrescriptionsPrescriberNotActive"},
		{"a refusal of the caller's role is 403", &ContractError{Kind: ErrForbidden, Name: "DrugBatchesNotManufacturer"},
			request{method: http.MethodPost, path: "/v1/batches?" + batchQuery, token: manufacturerTok, header: textPlain, body: "SN1"}, http.StatusForbidden, CodeForbidden, ""},
		{"an unreachable chain is 503", fmt.Errorf("read head: %w", ErrUnavailable),
			request{method: http.MethodGet, path: "/v1/verify?code=" + url.QueryEscape(testPackHRI)}, http.StatusServiceUnavailable, CodeUnavailable, ""},
		{"an unexpected failure is 500 without detail", errors.New("abi: secret-internal-detail"),
			request{method: http.MethodPost, path: "/v1/telemetry/readings", token: hospitalToken, body: readingsJS}, http.StatusInternalServerError, CodeInternal, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newPharmaHarness(t)
			h.pharma.err = tt.err
			rec := h.do(t, tt.req)
			e := errorBody(t, rec.Body.Bytes())
			if rec.Code != tt.wantStatus || e.Code != tt.wantCode || !strings.Contains(e.Message, tt.wantText) {
				t.Fatalf("got %d %+v, want %d %s saying %q", rec.Code, e, tt.wantStatus, tt.wantCode, tt.wantText)
			}
			if strings.Contains(rec.Body.String(), "secret-internal-detail") {
				t.Errorf("internal detail leaked: %s", rec.Body)
			}
		})
	}
}

func TestPharmaNotConfigured(t *testing.T) {
	h := newHarness(t)
	for _, req := range []request{
		{method: http.MethodGet, path: "/v1/batches/" + testBatchHex},
		{method: http.MethodGet, path: "/v1/verify?code=x"},
		{method: http.MethodPost, path: "/v1/prescriptions", token: hospitalToken, body: issueJS},
	} {
		rec := h.do(t, req)
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusServiceUnavailable || e.Details["reason"] != "not_configured" {
			t.Errorf("%s %s: got %d %+v, want 503 not_configured", req.method, req.path, rec.Code, e)
		}
	}
}

func TestSerialListLimits(t *testing.T) {
	t.Run("a million serials are accepted", func(t *testing.T) {
		if testing.Short() {
			t.Skip("a 12 MB upload")
		}
		var b strings.Builder
		for i := 0; i < MaxBatchSerials; i++ {
			fmt.Fprintf(&b, "S%011d\n", i)
		}
		serials, err := decodeSerialList(strings.NewReader(b.String()))
		if err != nil || len(serials) != MaxBatchSerials {
			t.Fatalf("got %d serials, %v", len(serials), err)
		}
		_, err = decodeSerialList(strings.NewReader(b.String() + "S-ONE-MORE\n"))
		if e, ok := err.(*Error); !ok || e.Code != CodeInvalidSerial || e.Details["line"] != MaxBatchSerials+1 {
			t.Fatalf("one more: got %v", err)
		}
	})
	t.Run("a body declared larger than the limit is refused unread", func(t *testing.T) {
		h := newPharmaHarness(t)
		req := httptest.NewRequest(http.MethodPost, "/v1/batches?"+batchQuery, strings.NewReader("SN1\n"))
		req.ContentLength = maxSerialListBytes + 1
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Authorization", "Bearer "+manufacturerTok)
		rec := httptest.NewRecorder()
		h.srv.Handler().ServeHTTP(rec, req)
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusRequestEntityTooLarge || e.Details["limit"] != float64(maxSerialListBytes) {
			t.Fatalf("got %d %+v", rec.Code, e)
		}
		if calls := h.pharma.called(); len(calls) != 0 {
			t.Errorf("service called: %+v", calls)
		}
	})
}

// TestPharmaAccess calls every supply-chain and prescription route that needs
// credentials without them, with a wallet session where an institution is
// needed, and with an institution that is not the regulator where the
// regulator is: each is refused before the service is called.
func TestPharmaAccess(t *testing.T) {
	isPharma := func(p string) bool {
		for _, prefix := range []string{"/v1/batches", "/v1/handovers", "/v1/telemetry", "/v1/verify", "/v1/clone-reports", "/v1/prescriptions",
			"/v1/prescribers", "/v1/pharmacies"} {
			if strings.HasPrefix(p, prefix) {
				return true
			}
		}
		return strings.HasSuffix(p, "/prescriptions")
	}
	fill := strings.NewReplacer("{batchId}", testBatchHex, "{id}", "7", "{address}", pharmacyAccount.Hex())
	n := 0
	for _, rt := range Routes() {
		if !isPharma(rt.Path) || rt.Access == Public {
			continue
		}
		n++
		path := fill.Replace(rt.Path)
		type caller struct {
			who   string
			token string
			want  int
		}
		cases := []caller{{"nobody", "", http.StatusUnauthorized}}
		switch rt.Access {
		case Institution:
			cases = append(cases, caller{"a wallet session", patientToken, http.StatusForbidden})
		case Regulator:
			cases = append(cases, caller{"an institution that is not the regulator", hospitalToken, http.StatusForbidden})
		}
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s %s by %s", rt.Method, rt.Path, c.who), func(t *testing.T) {
				h := newPharmaHarness(t)
				rec := h.do(t, request{method: rt.Method, path: path, token: c.token})
				if rec.Code != c.want {
					t.Fatalf("got %d %s, want %d", rec.Code, rec.Body, c.want)
				}
				if calls := h.calls(); len(calls) != 0 {
					t.Errorf("service calls: %+v", calls)
				}
			})
		}
	}
	if n < 15 {
		t.Fatalf("checked %d routes; the route table changed?", n)
	}
}
