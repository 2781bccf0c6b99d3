package app_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// TestFlow2PrescriptionAndDispensing is flow 2 of the design on the embedded
// stack, through the REST API only: a provider writes a diagnosis and a
// prescription (FHIR records, then the prescription on chain); a
// manufacturer registers a batch with its serial list and ships packs to a
// pharmacy; the pharmacy scans a pack: it is authentic, and the batch is held
// by the pharmacy, not recalled, expired or quarantined; dispensing links the
// prescription and the batch; a second dispense of the same fill fails; the
// dispensed pack presented again is a suspected clone. The pharmacy records
// its MedicationDispense through the records machinery (an encrypted
// prescriptions record it may write with the patient's treatment grant); the
// patient reads it, an unrelated pharmacy cannot. A controlled prescription
// is dispensed only with the patient's signed authorisation; a suspended
// prescriber's prescription not at all until the license is reinstated.
func TestFlow2PrescriptionAndDispensing(t *testing.T) {
	f := startPharmaFlow(t)
	provider, provToken := f.institution("st-mary", "provider")
	manufacturer, mfrToken := f.institution("acme-pharma", "manufacturer")
	pharmacy, phToken := f.institution("corner-pharmacy", "pharmacy")
	_ = manufacturer
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	f.grantTreatment(patientKey, provider, provToken, []string{"diagnoses", "prescriptions"})

	gtin := "09506000134352"
	var recordID string
	t.Run("the provider writes a diagnosis and a MedicationRequest as encrypted records", func(t *testing.T) {
		diagnosis := `{"resourceType":"Condition","subject":{"reference":"Patient/p"},"code":{"text":"Community-acquired pneumonia"}}`
		if code, raw, _ := rawDo(t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=diagnoses", f.base, patient.Hex()),
			provToken, "application/fhir+json", strings.NewReader(diagnosis)); code != 201 {
			t.Fatalf("diagnosis: %d %s", code, raw)
		}
		request := `{"resourceType":"MedicationRequest","status":"active","intent":"order","medicationCodeableConcept":{"text":"Amoxicillin 500 mg"},"subject":{"reference":"Patient/p"}}`
		code, raw, _ := rawDo(t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=prescriptions", f.base, patient.Hex()),
			provToken, "application/fhir+json", strings.NewReader(request))
		if code != 201 {
			t.Fatalf("MedicationRequest: %d %s", code, raw)
		}
		recordID = fmt.Sprint(jsonField(t, raw, "record", "id"))
	})

	var rxID float64
	t.Run("the provider issues the prescription, linked to the MedicationRequest record", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/prescriptions", provToken, map[string]any{"patient": patient.Hex(), "gtin": gtin,
			"quantityPerFill": 1, "refills": 0, "validUntil": time.Now().AddDate(0, 3, 0).UTC().Format(time.RFC3339),
			"record": jsonNumber(t, recordID)}, 201)
		rx := res["prescription"].(map[string]any)
		rxID = rx["id"].(float64)
		if rx["status"] != "active" || rx["fillsLeft"] != float64(1) || rx["prescriber"] != provider.Hex() || rx["patient"] != patient.Hex() {
			t.Fatalf("prescription: %v", rx)
		}
		// The prescription's CID is the record's.
		rec := f.mustDo("GET", "/v1/records/"+recordID, provToken, nil, 200)
		if rx["cid"] != rec["cid"] {
			t.Fatalf("prescription cid %v, record cid %v", rx["cid"], rec["cid"])
		}
	})

	batch := f.registerBatch(mfrToken, gtin, "LOT-F2A", 1000)
	t.Run("the manufacturer ships packs to the pharmacy, which accepts them", func(t *testing.T) {
		f.move(batch, mfrToken, pharmacy, phToken, 10)
		b := f.mustDo("GET", "/v1/batches/"+batch.id, "", nil, 200)
		holders := b["holders"].([]any)
		if len(holders) != 2 || holders[1].(map[string]any)["holder"] != pharmacy.Hex() || holders[1].(map[string]any)["onHand"] != float64(10) {
			t.Fatalf("holders: %v", holders)
		}
	})

	pack := batch.serials[417]
	t.Run("the pharmacy scans a pack: authentic, held by the pharmacy, not recalled, expired or quarantined", func(t *testing.T) {
		v := f.mustDo("GET", "/v1/verify?code="+url.QueryEscape(batch.code(pack))+"&holder="+pharmacy.Hex(), "", nil, 200)
		if v["authentic"] != true || v["usable"] != true || v["status"] != "active" || v["suspectedClone"] != false {
			t.Fatalf("verification: %v", v)
		}
		b := v["batch"].(map[string]any)
		h := v["holding"].(map[string]any)
		if b["status"] != "active" || h["holder"] != pharmacy.Hex() || h["onHand"] != float64(10) || h["quarantined"] != false {
			t.Fatalf("batch %v, holding %v", b, h)
		}
		// The proof the API serves verifies against the root on chain.
		p := f.mustDo("GET", "/v1/batches/"+batch.id+"/proof?serial="+url.QueryEscape(pack), "", nil, 200)
		if p["root"] != b["serialRoot"] || len(p["proof"].([]any)) != 10 {
			t.Fatalf("proof %v, root %v", p, b["serialRoot"])
		}
	})

	t.Run("malformed scans are refused with what is wrong", func(t *testing.T) {
		bad := strings.Replace(batch.code(pack), gtin, "09506000134353", 1) // wrong check digit
		code, body := f.c.do("GET", "/v1/verify?code="+url.QueryEscape(bad), "", "")
		if code != 400 || body["code"] != "invalid_gs1" || !strings.Contains(fmt.Sprint(body["message"]), "check digit") {
			t.Fatalf("wrong check digit: %d %v", code, body)
		}
		forged := batch.hri("SN-FORGED-01")
		v := f.mustDo("POST", "/v1/verify", "", map[string]any{"code": forged}, 200)
		if v["authentic"] != false || v["status"] != "not_authentic" {
			t.Fatalf("forged serial: %v", v)
		}
	})

	otherPharmacy, otherToken := f.institution("other-pharmacy", "pharmacy")
	const dispenseDoc = `{"resourceType":"MedicationDispense","status":"completed","medicationCodeableConcept":{"text":"Amoxicillin 500 mg"},` +
		`"subject":{"reference":"Patient/p"},"quantity":{"value":1},"note":[{"text":"FLOW2-DISPENSE-MARKER"}]}`
	var dispenseRecord uint64
	var dispenseCID string
	t.Run("the pharmacy records its MedicationDispense only with the patient's treatment grant of prescriptions", func(t *testing.T) {
		code, raw, _ := rawDo(t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=prescriptions", f.base, patient.Hex()),
			phToken, "application/fhir+json", strings.NewReader(dispenseDoc))
		if code != 403 {
			t.Fatalf("without a grant: %d %s, want 403", code, raw)
		}
		f.grantTreatment(patientKey, pharmacy, phToken, []string{"prescriptions", "diagnoses"})
		// Even granted, a pharmacy writes prescriptions records only.
		code, raw, _ = rawDo(t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=diagnoses", f.base, patient.Hex()),
			phToken, "application/fhir+json", strings.NewReader(`{"resourceType":"Condition","subject":{"reference":"Patient/p"}}`))
		if code != 403 {
			t.Fatalf("a pharmacy's diagnosis: %d %s, want 403", code, raw)
		}
		dispenseRecord, dispenseCID = f.writeRecord(phToken, patient, "prescriptions", dispenseDoc)
		// The same grant lets the pharmacy read the prescriber's MedicationRequest.
		if code, raw, _ := rawDo(t, "GET", f.base+"/v1/records/"+recordID+"/content", phToken, "", nil); code != 200 ||
			!strings.Contains(string(raw), "MedicationRequest") {
			t.Fatalf("the pharmacy reads the MedicationRequest: %d %s", code, raw)
		}
	})

	t.Run("an unrelated pharmacy may not use, read or write the patient's prescriptions records", func(t *testing.T) {
		code, body := f.c.do("POST", fmt.Sprintf("/v1/prescriptions/%.0f/dispense", rxID), otherToken, jsonBody(map[string]any{
			"fill": 1, "packs": []string{batch.code(pack)}, "record": dispenseRecord}))
		if code != 403 {
			t.Fatalf("dispense with another pharmacy's record: %d %v, want 403", code, body)
		}
		code, raw, _ := rawDo(t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=prescriptions", f.base, patient.Hex()),
			otherToken, "application/fhir+json", strings.NewReader(dispenseDoc))
		if code != 403 {
			t.Fatalf("write: %d %s, want 403", code, raw)
		}
		_ = otherPharmacy
	})

	t.Run("dispensing links the prescription and the batch, and the MedicationDispense record", func(t *testing.T) {
		res := f.mustDo("POST", fmt.Sprintf("/v1/prescriptions/%.0f/dispense", rxID), phToken,
			map[string]any{"fill": 1, "packs": []string{batch.code(pack)}, "record": dispenseRecord}, 200)
		fill := res["fill"].(map[string]any)
		if fill["pharmacy"] != pharmacy.Hex() || fmt.Sprint(fill["batchIds"]) != fmt.Sprint([]any{batch.id}) || fill["cid"] != dispenseCID {
			t.Fatalf("fill: %v (the record's cid %s)", fill, dispenseCID)
		}
		if rx := res["prescription"].(map[string]any); rx["status"] != "completed" || rx["fillsDispensed"] != float64(1) {
			t.Fatalf("prescription after the fill: %v", rx)
		}
		for _, path := range []string{"/v1/batches/" + batch.id + "/prescriptions", "/v1/pharmacies/" + pharmacy.Hex() + "/prescriptions",
			"/v1/patients/" + patient.Hex() + "/prescriptions", "/v1/prescribers/" + provider.Hex() + "/prescriptions"} {
			list := f.mustDo("GET", path, phToken, nil, 200)
			items := list["items"].([]any)
			if len(items) != 1 || items[0].(map[string]any)["id"] != rxID {
				t.Fatalf("%s: %v", path, list)
			}
		}
		b := f.mustDo("GET", "/v1/batches/"+batch.id, "", nil, 200)
		if h := b["holders"].([]any)[1].(map[string]any); h["onHand"] != float64(9) || h["dispensed"] != float64(1) {
			t.Fatalf("pharmacy holding after the fill: %v", h)
		}
	})

	t.Run("the patient reads the pharmacy's MedicationDispense through the API; the unrelated pharmacy cannot", func(t *testing.T) {
		session := f.walletSession(patientKey)
		list := f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/records", session, nil, 200)
		found := false
		for _, it := range list["items"].([]any) {
			r := it.(map[string]any)
			if r["cid"] == dispenseCID {
				found = r["author"] == pharmacy.Hex() && r["category"] == "prescriptions"
			}
		}
		if !found {
			t.Fatalf("the patient's records have no prescriptions record by the pharmacy with cid %s: %v", dispenseCID, list)
		}
		path := fmt.Sprintf("/v1/records/%d/content", dispenseRecord)
		if code, raw, _ := rawDo(t, "GET", f.base+path, session, "", nil); code != 200 || string(raw) != dispenseDoc {
			t.Fatalf("the patient's read: %d %q", code, raw)
		}
		if code, raw, _ := rawDo(t, "GET", f.base+path, otherToken, "", nil); code != 403 {
			t.Fatalf("the unrelated pharmacy's read: %d %s, want 403", code, raw)
		}
		// The ciphertext in IPFS is not the document.
		if code, raw, _ := rawDo(t, "GET", f.base+"/ipfs/"+dispenseCID, "", "", nil); code == 200 && strings.Contains(string(raw), "FLOW2-DISPENSE-MARKER") {
			t.Fatal("the MedicationDispense is readable in IPFS")
		}
		// Both reads are audited: the patient's of the MedicationDispense, the
		// pharmacy's of the MedicationRequest.
		audit := f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/audit", session, nil, 200)
		var patientRead, pharmacyRead bool
		for _, it := range audit["items"].([]any) {
			e := it.(map[string]any)
			patientRead = patientRead || (e["actor"] == patient.Hex() && e["record"] == float64(dispenseRecord) && e["action"] == "read")
			pharmacyRead = pharmacyRead || (e["actor"] == pharmacy.Hex() && fmt.Sprint(e["record"]) == recordID && e["action"] == "read")
		}
		if !patientRead || !pharmacyRead {
			t.Fatalf("audit log %v: the patient's read %v, the pharmacy's %v", audit, patientRead, pharmacyRead)
		}
	})

	t.Run("a second dispense of the same fill fails", func(t *testing.T) {
		// The record of fill 1 documents it already.
		code, body := f.c.do("POST", fmt.Sprintf("/v1/prescriptions/%.0f/dispense", rxID), phToken, jsonBody(map[string]any{
			"fill": 1, "packs": []string{batch.code(batch.serials[418])}, "record": dispenseRecord}))
		if code != 409 || !strings.Contains(fmt.Sprint(body["message"]), "fill 1 already") {
			t.Fatalf("the same record again: %d %v", code, body)
		}
		// A new MedicationDispense: the contract refuses the fill.
		again, _ := f.writeRecord(phToken, patient, "prescriptions", dispenseDoc)
		code, body = f.c.do("POST", fmt.Sprintf("/v1/prescriptions/%.0f/dispense", rxID), phToken, jsonBody(map[string]any{
			"fill": 1, "packs": []string{batch.code(batch.serials[418])}, "record": again}))
		details, _ := body["details"].(map[string]any)
		if code != 409 || details["error"] != "PrescriptionsFillAlreadyDispensed" {
			t.Fatalf("second dispense: %d %v", code, body)
		}
	})

	t.Run("the dispensed pack presented again is a suspected clone, and is reported", func(t *testing.T) {
		v := f.mustDo("POST", "/v1/verify", "", map[string]any{"code": batch.hri(pack)}, 200)
		d, _ := v["dispensed"].(map[string]any)
		if v["status"] != "dispensed" || v["suspectedClone"] != true || v["usable"] != false || d["holder"] != pharmacy.Hex() {
			t.Fatalf("verification of a dispensed pack: %v", v)
		}
		r := f.mustDo("POST", "/v1/clone-reports", phToken, map[string]any{"code": batch.code(pack)}, 200)
		if r["reports"] != float64(1) {
			t.Fatalf("clone report: %v", r)
		}
		v = f.mustDo("GET", "/v1/verify?code="+url.QueryEscape(batch.code(pack)), "", nil, 200)
		if v["dispensed"].(map[string]any)["cloneReports"] != float64(1) {
			t.Fatalf("after the report: %v", v)
		}
		// A pack never dispensed cannot be reported.
		code, body := f.c.do("POST", "/v1/clone-reports", phToken, jsonBody(map[string]any{"code": batch.code(batch.serials[1])}))
		if code != 409 {
			t.Fatalf("report of an undispensed pack: %d %v", code, body)
		}
	})

	t.Run("a controlled prescription is dispensed only with the patient's signed authorisation", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/prescriptions", provToken, map[string]any{"patient": patient.Hex(), "gtin": gtin,
			"codeSystem": "http://www.whocc.no/atc", "code": "N02AA01", "quantityPerFill": 2, "controlled": true,
			"validUntil": time.Now().AddDate(0, 1, 0).UTC().Format(time.RFC3339), "record": jsonNumber(t, recordID)}, 201)
		id := res["prescription"].(map[string]any)["id"].(float64)
		packs := []string{batch.code(batch.serials[2]), batch.hri(batch.serials[3])}
		path := fmt.Sprintf("/v1/prescriptions/%.0f", id)
		// One MedicationDispense for the fill; the refused attempts below
		// name no fill with it, so it serves the successful one.
		controlledRecord, controlledCID := f.writeRecord(phToken, patient, "prescriptions", dispenseDoc)

		code, body := f.c.do("POST", path+"/dispense", phToken, jsonBody(map[string]any{"fill": 1, "packs": packs, "record": controlledRecord}))
		if code != 422 || !strings.Contains(fmt.Sprint(body["message"]), "controlled substance") {
			t.Fatalf("without the patient's signature: %d %v", code, body)
		}
		td := f.mustDo("POST", path+"/authorization/typed-data", phToken, map[string]any{"fill": 1, "pharmacy": pharmacy.Hex()}, 200)
		sig, digest := signTypedData(t, patientKey, td)
		// The typed data hashes to the contract's digest.
		rxc, err := bindings.NewPrescriptions(f.s.Manifest().Address("Prescriptions"), f.s.Chain().Client())
		if err != nil {
			t.Fatal(err)
		}
		deadline := td["message"].(map[string]any)["deadline"].(string)
		want, err := rxc.DispenseDigest(&bind.CallOpts{}, uint64(id), 1, pharmacy, mustBig(t, deadline))
		if err != nil || want != digest {
			t.Fatalf("typed data digest %s, contract digest %x (%v)", digest, want, err)
		}
		// Signed for another pharmacy: refused.
		otherTD := f.mustDo("POST", path+"/authorization/typed-data", phToken, map[string]any{"fill": 1, "pharmacy": provider.Hex()}, 200)
		otherSig, _ := signTypedData(t, patientKey, otherTD)
		code, body = f.c.do("POST", path+"/dispense", phToken, jsonBody(map[string]any{"fill": 1, "packs": packs, "record": controlledRecord,
			"deadline": unixToRFC3339(t, otherTD["message"].(map[string]any)["deadline"]), "patientSignature": hexutil.Encode(otherSig)}))
		if code != 422 {
			t.Fatalf("signature for another pharmacy: %d %v", code, body)
		}
		res = f.mustDo("POST", path+"/dispense", phToken, map[string]any{"fill": 1, "packs": packs, "record": controlledRecord,
			"deadline": unixToRFC3339(t, deadline), "patientSignature": hexutil.Encode(sig)}, 200)
		if fill := res["fill"].(map[string]any); len(fill["batchIds"].([]any)) != 2 || fill["cid"] != controlledCID {
			t.Fatalf("controlled fill: %v", fill)
		}
	})

	t.Run("the patient's prescriptions are listed page by page", func(t *testing.T) {
		list := f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/prescriptions?limit=1", provToken, nil, 200)
		next, _ := list["nextCursor"].(string)
		if len(list["items"].([]any)) != 1 || next == "" {
			t.Fatalf("first page: %v", list)
		}
		list = f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/prescriptions?limit=1&cursor="+next, provToken, nil, 200)
		if items := list["items"].([]any); len(items) != 1 || items[0].(map[string]any)["controlled"] != true || list["nextCursor"] != nil {
			t.Fatalf("second page: %v", list)
		}
	})

	t.Run("a suspended prescriber's prescription is not dispensed until the license is reinstated", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/prescriptions", provToken, map[string]any{"patient": patient.Hex(), "gtin": gtin,
			"quantityPerFill": 1, "validUntil": time.Now().AddDate(0, 1, 0).UTC().Format(time.RFC3339), "record": jsonNumber(t, recordID)}, 201)
		path := fmt.Sprintf("/v1/prescriptions/%.0f/dispense", res["prescription"].(map[string]any)["id"].(float64))
		f.mustDo("POST", "/v1/participants/"+provider.Hex()+"/suspend", f.regToken, map[string]any{"reasonCode": "0x" + strings.Repeat("5e", 32)}, 200)
		rec, _ := f.writeRecord(phToken, patient, "prescriptions", dispenseDoc)
		req := map[string]any{"fill": 1, "packs": []string{batch.code(batch.serials[4])}, "record": rec}
		code, body := f.c.do("POST", path, phToken, jsonBody(req))
		details, _ := body["details"].(map[string]any)
		args, _ := details["args"].(map[string]any)
		if code != 409 || details["error"] != "PrescriptionsPrescriberNotActive" || !strings.EqualFold(fmt.Sprint(args["prescriber"]), provider.Hex()) {
			t.Fatalf("dispense while the prescriber is suspended: %d %v", code, body)
		}
		f.mustDo("POST", "/v1/participants/"+provider.Hex()+"/reinstate", f.regToken, nil, 200)
		f.mustDo("POST", path, phToken, req, 200)
	})
}
