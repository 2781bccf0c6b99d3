package app_test

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestIndexRoutesOnTheEmbeddedStack writes grants, records, a prescription
// and a batch through the REST API of the embedded stack, with its indexer
// on, and reads them back from the index: the patient's timeline and audit
// trail, the provider's view of what its grant covers, a batch's history and
// the indexer's status; another patient and a stranger are refused.
func TestIndexRoutesOnTheEmbeddedStack(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.AuditAnchorInterval = 0
	s, _ := startStack(t, cfg)
	t.Cleanup(func() { stopStack(t, s) })
	base := "http://" + s.APIAddr().String()
	f := &pharmaFlow{t: t, s: s, c: client{t: t, base: base}, base: base, regToken: s.RegulatorToken}
	if s.Indexer() == nil {
		t.Fatal("the stack runs no indexer")
	}

	provider, provToken := f.institution("st-mary", "provider")
	manufacturer, mfrToken := f.institution("acme-pharma", "manufacturer")
	_, strangerToken := f.institution("other-clinic", "provider")
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	otherKey, _ := crypto.GenerateKey()

	f.grantTreatment(patientKey, provider, provToken, []string{"diagnoses", "prescriptions"})
	f.writeRecord(provToken, patient, "diagnoses", `{"resourceType":"Condition","subject":{"reference":"Patient/p"},"code":{"text":"Asthma"}}`)
	recID, _ := f.writeRecord(provToken, patient, "prescriptions",
		`{"resourceType":"MedicationRequest","status":"active","intent":"order","medicationCodeableConcept":{"text":"Salbutamol"},"subject":{"reference":"Patient/p"}}`)
	f.mustDo("POST", "/v1/prescriptions", provToken, map[string]any{"patient": patient.Hex(), "gtin": "09506000134352",
		"quantityPerFill": 1, "refills": 0, "validUntil": time.Now().AddDate(0, 3, 0).UTC().Format(time.RFC3339), "record": recID}, 201)
	batch := f.registerBatch(mfrToken, "09506000134352", "LOT-IX1", 5)

	session := f.walletSession(patientKey)
	timeline := "/v1/patients/" + patient.Hex() + "/timeline"
	kinds := func(page map[string]any) []string {
		var out []string
		items, _ := page["items"].([]any)
		for _, it := range items {
			out = append(out, it.(map[string]any)["kind"].(string))
		}
		return out
	}
	// The indexer follows the head; wait until it holds the prescription.
	deadline := time.Now().Add(time.Minute)
	var got []string
	for {
		got = kinds(f.mustDo("GET", timeline, session, nil, 200))
		if strings.Contains(strings.Join(got, ","), "prescription") || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}

	t.Run("the patient's timeline holds the grant, both records and the prescription, newest first", func(t *testing.T) {
		want := []string{"prescription", "record", "record", "grant"}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
	t.Run("the patient's audit trail shows the grant to the provider", func(t *testing.T) {
		page := f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/audit-trail", session, nil, 200)
		items := page["items"].([]any)
		if len(items) != 1 || items[0].(map[string]any)["details"].(map[string]any)["grantee"] != provider.Hex() {
			t.Fatalf("audit trail %v", page)
		}
	})
	t.Run("the provider sees what its grant covers", func(t *testing.T) {
		page := f.mustDo("GET", timeline, provToken, nil, 200)
		if k := strings.Join(kinds(page), ","); k != "prescription,record,record,grant" {
			t.Fatalf("provider's view %v", k)
		}
	})
	t.Run("another patient's timeline is refused", func(t *testing.T) {
		other := f.walletSession(otherKey)
		f.mustDo("GET", timeline, other, nil, 403)
		f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/audit-trail", other, nil, 403)
		f.mustDo("GET", timeline, strangerToken, nil, 403)
	})
	t.Run("the batch's history and the indexer's status", func(t *testing.T) {
		var page map[string]any
		for end := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
			page = f.mustDo("GET", "/v1/batches/"+batch.id+"/history", mfrToken, nil, 200)
			if len(kinds(page)) > 0 || time.Now().After(end) {
				break
			}
		}
		if k := kinds(page); len(k) != 1 || k[0] != "registered" {
			t.Fatalf("batch history %v", page)
		}
		st := f.mustDo("GET", "/v1/indexer/status", "", nil, 200)
		if st["enabled"] != true || st["indexedBlock"].(float64) < 1 || st["stopped"] != false {
			t.Fatalf("status %v", st)
		}
		f.mustDo("GET", "/v1/stats/settlements?since=2020-01-01T00:00:00Z&until="+time.Now().Add(time.Hour).UTC().Format(time.RFC3339), f.regToken, nil, 200)
		f.mustDo("GET", "/v1/stats/settlements?since=2020-01-01T00:00:00Z&until=2030-01-01T00:00:00Z", provToken, nil, 403)
	})
	t.Run("a recall reaches every holder as a notice", func(t *testing.T) {
		pharmacy, phToken := f.institution("corner-pharmacy", "pharmacy")
		f.move(batch, mfrToken, pharmacy, phToken, 2)
		f.mustDo("POST", "/v1/batches/"+batch.id+"/recall", mfrToken, map[string]any{"reasonCode": "0x" + strings.Repeat("4e", 32)}, 200)
		for _, h := range []struct {
			account common.Address
			token   string
		}{{manufacturer, mfrToken}, {pharmacy, phToken}} {
			var items []any
			for end := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
				items, _ = f.mustDo("GET", "/v1/participants/"+h.account.Hex()+"/recalls", h.token, nil, 200)["items"].([]any)
				if len(items) > 0 || time.Now().After(end) {
					break
				}
			}
			if len(items) != 1 {
				t.Fatalf("notices of %s: %v", h.account.Hex(), items)
			}
			if d := items[0].(map[string]any)["details"].(map[string]any); d["batchId"] != batch.id || d["recalledBy"] != manufacturer.Hex() {
				t.Fatalf("notice of %s: %v", h.account.Hex(), d)
			}
		}
		f.mustDo("GET", "/v1/participants/"+pharmacy.Hex()+"/recalls", strangerToken, nil, 403)
	})
}
