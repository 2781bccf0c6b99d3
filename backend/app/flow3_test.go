package app_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/telemetry"
)

// TestFlow3ColdChainExcursion is flow 3 of the design on the embedded stack,
// through the REST API only: a distributor's sensor reports the temperature
// of a shipment in transit to a pharmacy; one reading is out of range: the
// distributor's stock of the batch, the shipment included, is quarantined
// and the distributor penalised, and the pharmacy cannot accept the
// shipment. An excursion in the pharmacy's own storage quarantines its stock:
// the pharmacy can no longer dispense from it, until the regulator releases
// it.
func TestFlow3ColdChainExcursion(t *testing.T) {
	f := startPharmaFlow(t)
	manufacturer, mfrToken := f.institution("acme-pharma", "manufacturer")
	distributor, distToken := f.institution("cold-logistics", "distributor")
	pharmacy, phToken := f.institution("corner-pharmacy", "pharmacy")
	provider, provToken := f.institution("st-mary", "provider")
	patientKey := mustKey(t)
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)

	// Sensors: keys of the devices, bound to their owners by the regulator.
	truckSensor, shelfSensor := mustKey(t), mustKey(t)
	for _, d := range []struct {
		key   *ecdsa.PrivateKey
		owner common.Address
	}{{truckSensor, distributor}, {shelfSensor, pharmacy}} {
		f.mustDo("POST", "/v1/devices", f.regToken, map[string]any{"device": crypto.PubkeyToAddress(d.key.PublicKey).Hex(),
			"owner": d.owner.Hex(), "deviceRef": "0x" + strings.Repeat("0d", 32)}, 201)
	}
	chain := f.mustDo("GET", "/v1/chain", "", nil, 200)
	domain := telemetry.NewDomain(big.NewInt(int64(chain["chainId"].(float64))),
		common.HexToAddress(chain["contracts"].(map[string]any)["DrugBatches"].(string)))

	gtin := gtinOf("0401234512345")
	batch := f.registerBatch(mfrToken, gtin, "LOT-F3", 200)
	f.move(batch, mfrToken, distributor, distToken, 50)
	f.move(batch, distToken, pharmacy, phToken, 5)
	shipment := f.handOver(batch, distToken, pharmacy, 20) // in transit: custody stays with the distributor

	t.Run("a pack is usable on its batch's expiry day itself", func(t *testing.T) {
		// GS1 (17) is a date: the batch is good until the end of that UTC day.
		now := time.Now().UTC()
		if now.Add(10*time.Minute).Day() != now.Day() {
			t.Log("less than ten minutes before midnight UTC: checking tomorrow's expiry instead of today's")
			now = now.Add(10 * time.Minute)
		}
		today := f.registerBatchExpiring(mfrToken, gtin, "LOT-TODAY", 3, now)
		v := f.mustDo("GET", "/v1/verify?holder="+manufacturer.Hex()+"&code="+url.QueryEscape(today.code(today.serials[0])), "", nil, 200)
		if v["authentic"] != true || v["usable"] != true || v["status"] != "active" {
			t.Fatalf("a pack on its expiry day: %v", v)
		}
		if got := v["batch"].(map[string]any)["expiresAt"]; got != now.Truncate(24*time.Hour).Add(24*time.Hour-time.Second).Format(time.RFC3339) {
			t.Errorf("expiresAt %v, want the last second of %s UTC", got, now.Format(time.DateOnly))
		}
	})

	// reading signs a reading of sensor for holder, minutes ago, in hundredths of °C.
	reading := func(sensor *ecdsa.PrivateKey, holder common.Address, minutesAgo int, temp int16) map[string]any {
		r := telemetry.Reading{BatchID: common.HexToHash(batch.id), Holder: holder,
			Timestamp: uint64(time.Now().Add(-time.Duration(minutesAgo) * time.Minute).Unix()), Temperature: temp}
		r, err := domain.Sign(sensor, r)
		if err != nil {
			t.Fatal(err)
		}
		return map[string]any{"batchId": batch.id, "holder": holder.Hex(), "timestamp": time.Unix(int64(r.Timestamp), 0).UTC().Format(time.RFC3339),
			"temperature": r.Temperature, "signature": hexutil.Encode(r.Signature[:])}
	}

	t.Run("the truck's sensor reports an excursion: the distributor's stock is quarantined and the distributor penalised", func(t *testing.T) {
		var readings []map[string]any
		for m := 60; m > 0; m -= 5 {
			temp := int16(450 + m%20)
			if m == 30 {
				temp = 1250 // 12.50 °C, above the 8.00 °C the batch allows
			}
			readings = append(readings, reading(truckSensor, distributor, m, temp))
		}
		readings = append(readings, readings[3])                                         // a duplicate: skipped
		tampered := reading(truckSensor, distributor, 1, 460)                            // signed at 4.60 °C ...
		tampered["temperature"] = 300                                                    // ... sent as 3.00 °C
		readings = append(readings, tampered, reading(shelfSensor, distributor, 2, 500)) // and a sensor of another holder
		res := f.mustDo("POST", "/v1/telemetry/readings", distToken, map[string]any{"readings": readings}, 200)
		if res["received"] != float64(len(readings)) || res["accepted"] != float64(12) || res["skipped"] != float64(1) {
			t.Fatalf("report: %v", res)
		}
		if rej := res["rejected"].([]any); len(rej) != 2 || rej[0].(map[string]any)["index"] != float64(13) || rej[1].(map[string]any)["index"] != float64(14) {
			t.Fatalf("rejected: %v", rej)
		}
		qs := res["quarantines"].([]any)
		if len(qs) != 1 {
			t.Fatalf("quarantines: %v", qs)
		}
		q := qs[0].(map[string]any)
		if q["holder"] != distributor.Hex() || q["temperature"] != float64(1250) || q["penalties"] != float64(1) || q["quantity"] != float64(45) {
			t.Fatalf("quarantine: %v (want the 25 packs on hand and the 20 in transit)", q)
		}
		b := f.mustDo("GET", "/v1/batches/"+batch.id, "", nil, 200)
		h := b["holders"].([]any)[1].(map[string]any)
		if h["holder"] != distributor.Hex() || h["quarantined"] != true || h["penalties"] != float64(1) {
			t.Fatalf("distributor's holding: %v", h)
		}
		// Sending the same readings again records nothing twice.
		res = f.mustDo("POST", "/v1/telemetry/readings", distToken, map[string]any{"readings": readings[:12]}, 200)
		if res["accepted"] != float64(0) || res["skipped"] != float64(12) || len(res["transactions"].([]any)) != 0 {
			t.Fatalf("resubmission: %v", res)
		}
		// An excursion older than the sensor's latest recorded reading is not
		// evaluated on chain (no second penalty): it is reported for review.
		res = f.mustDo("POST", "/v1/telemetry/readings", distToken, map[string]any{"readings": []map[string]any{
			reading(truckSensor, distributor, 62, 1300)}}, 200)
		late := res["lateExcursions"].([]any)
		if res["accepted"] != float64(0) || res["skipped"] != float64(1) || len(res["quarantines"].([]any)) != 0 || len(late) != 1 {
			t.Fatalf("late excursion: %v", res)
		}
		if l := late[0].(map[string]any); l["index"] != float64(0) || l["temperature"] != float64(1300) || l["holder"] != distributor.Hex() || l["batchId"] != batch.id {
			t.Fatalf("late excursion: %v", l)
		}
	})

	t.Run("the pharmacy cannot accept the quarantined shipment", func(t *testing.T) {
		code, body := f.c.do("POST", fmt.Sprintf("/v1/handovers/%d/accept", shipment), phToken, "")
		if code != 409 || body["details"].(map[string]any)["error"] != "DrugBatchesQuarantined" {
			t.Fatalf("accept: %d %v", code, body)
		}
		// The distributor cannot hand its quarantined stock to anyone else either.
		code, body = f.c.do("POST", "/v1/batches/"+batch.id+"/handovers", distToken, jsonBody(map[string]any{"to": pharmacy.Hex(), "quantity": 1}))
		if code != 409 {
			t.Fatalf("hand-over of quarantined stock: %d %v", code, body)
		}
	})

	// The MedicationRequest and the MedicationDispense go through the
	// records machinery, with the patient's treatment grants.
	f.grantTreatment(patientKey, provider, provToken, []string{"prescriptions"})
	f.grantTreatment(patientKey, pharmacy, phToken, []string{"prescriptions"})
	rxRecord, _ := f.writeRecord(provToken, patient, "prescriptions",
		`{"resourceType":"MedicationRequest","status":"active","intent":"order","medicationCodeableConcept":{"text":"Insulin"},"subject":{"reference":"Patient/p"}}`)
	rx := f.mustDo("POST", "/v1/prescriptions", provToken, map[string]any{"patient": patient.Hex(), "gtin": gtin,
		"quantityPerFill": 1, "refills": 1, "validUntil": time.Now().AddDate(0, 1, 0).UTC().Format(time.RFC3339), "record": rxRecord}, 201)
	rxPath := fmt.Sprintf("/v1/prescriptions/%.0f", rx["prescription"].(map[string]any)["id"].(float64))
	const dispenseDoc = `{"resourceType":"MedicationDispense","status":"completed","medicationCodeableConcept":{"text":"Insulin"}}`
	// Refused below (quarantine), it names no fill and serves the retry.
	dispenseRecord, dispenseCID := f.writeRecord(phToken, patient, "prescriptions", dispenseDoc)

	t.Run("an excursion on the pharmacy's shelf quarantines its stock: it can no longer dispense from it", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/telemetry/readings", phToken, map[string]any{"readings": []map[string]any{
			reading(shelfSensor, pharmacy, 10, 500), reading(shelfSensor, pharmacy, 5, -150), reading(shelfSensor, pharmacy, 1, 480),
		}}, 200)
		if qs := res["quarantines"].([]any); len(qs) != 1 || qs[0].(map[string]any)["holder"] != pharmacy.Hex() {
			t.Fatalf("report: %v", res)
		}
		pack := batch.code(batch.serials[7])
		v := f.mustDo("GET", "/v1/verify?holder="+pharmacy.Hex()+"&code="+url.QueryEscape(pack), "", nil, 200)
		if v["authentic"] != true || v["usable"] != false || v["status"] != "quarantined" || v["holding"].(map[string]any)["quarantined"] != true {
			t.Fatalf("verification: %v", v)
		}
		code, body := f.c.do("POST", rxPath+"/dispense", phToken, jsonBody(map[string]any{"fill": 1, "packs": []string{pack}, "record": dispenseRecord}))
		if code != 409 || body["details"].(map[string]any)["error"] != "DrugBatchesQuarantined" {
			t.Fatalf("dispense from quarantined stock: %d %v", code, body)
		}
	})

	t.Run("only the regulator releases the quarantine; then the pharmacy dispenses", func(t *testing.T) {
		release := "/v1/batches/" + batch.id + "/holders/" + pharmacy.Hex() + "/release"
		reason := map[string]any{"reasonCode": "0x" + strings.Repeat("0c", 32)}
		if code, body := f.c.do("POST", release, phToken, jsonBody(reason)); code != 403 {
			t.Fatalf("release by the pharmacy: %d %v", code, body)
		}
		f.mustDo("POST", release, f.regToken, reason, 200)
		res := f.mustDo("POST", rxPath+"/dispense", phToken, map[string]any{"fill": 1, "packs": []string{batch.hri(batch.serials[7])}, "record": dispenseRecord}, 200)
		if fill := res["fill"].(map[string]any); fill["batchIds"].([]any)[0] != batch.id || fill["cid"] != dispenseCID {
			t.Fatalf("fill: %v", res)
		}
		b := f.mustDo("GET", "/v1/batches/"+batch.id, "", nil, 200)
		if h := b["holders"].([]any)[2].(map[string]any); h["quarantined"] != false || h["penalties"] != float64(1) {
			t.Fatalf("pharmacy's holding after release: %v", h)
		}
	})

	t.Run("after a recall no pack of the batch can be dispensed", func(t *testing.T) {
		f.mustDo("POST", "/v1/batches/"+batch.id+"/recall", mfrToken, map[string]any{"reasonCode": "0x" + strings.Repeat("4e", 32)}, 200)
		pack := batch.code(batch.serials[8])
		v := f.mustDo("POST", "/v1/verify", "", map[string]any{"code": pack, "holder": pharmacy.Hex()}, 200)
		if v["status"] != "recalled" || v["batch"].(map[string]any)["status"] != "recalled" {
			t.Fatalf("verification: %v", v)
		}
		second, _ := f.writeRecord(phToken, patient, "prescriptions", dispenseDoc)
		code, body := f.c.do("POST", rxPath+"/dispense", phToken, jsonBody(map[string]any{"fill": 2, "packs": []string{pack}, "record": second}))
		if code != 409 || body["details"].(map[string]any)["error"] != "DrugBatchesBatchRecalled" {
			t.Fatalf("dispense after the recall: %d %v", code, body)
		}
		// The patients who received packs of the batch are found for the recall.
		list := f.mustDo("GET", "/v1/batches/"+batch.id+"/prescriptions", f.regToken, nil, 200)
		if items := list["items"].([]any); len(items) != 1 || items[0].(map[string]any)["patient"] != patient.Hex() {
			t.Fatalf("prescriptions of the batch: %v", list)
		}
	})
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}
