package app_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/api/apiclient"
	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/bindings"
)

// TestAuditTrailReadsOnTheEmbeddedStack: a provider reads a patient's
// record, the read audit is anchored, the indexer catches up, and the
// patient's audit trail shows the read with the anchor batch the index saw
// (the transaction on chain, the root the backend anchored); the regulator
// sees it too, the grantee only its grant; another patient and an
// unrelated institution get 403. The patient fetches the read's Merkle
// proof (409 while pending) and checks it against the trail's root and the
// root the Records contract holds.
func TestAuditTrailReadsOnTheEmbeddedStack(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.AuditAnchorInterval = 0 // anchored by the test, below
	s, _ := startStack(t, cfg)
	t.Cleanup(func() { stopStack(t, s) })
	base := "http://" + s.APIAddr().String()
	f := &pharmaFlow{t: t, s: s, c: client{t: t, base: base}, base: base, regToken: s.RegulatorToken}

	provider, provToken := f.institution("st-mary", "provider")
	_, strangerToken := f.institution("other-clinic", "provider")
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	otherKey, _ := crypto.GenerateKey()

	f.grantTreatment(patientKey, provider, provToken, []string{"lab_results"})
	recID, _ := f.writeRecord(provToken, patient, "lab_results",
		`{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"subject":{"reference":"Patient/p"},"valueString":"SECRET-6.1"}`)
	if code, raw, _ := rawDo(t, "GET", fmt.Sprintf("%s/v1/records/%d/content", base, recID), provToken, "", nil); code != 200 {
		t.Fatalf("provider reads the record: %d %s", code, raw)
	}

	session := f.walletSession(patientKey)
	trail := "/v1/patients/" + patient.Hex() + "/audit-trail"
	readsOf := func(page map[string]any) []map[string]any {
		var out []map[string]any
		for _, it := range page["items"].([]any) {
			if m := it.(map[string]any); m["kind"] == "read" {
				out = append(out, m)
			}
		}
		return out
	}
	t.Run("before anchoring the read is pending", func(t *testing.T) {
		reads := readsOf(f.mustDo("GET", trail, session, nil, 200))
		if len(reads) != 1 || reads[0]["anchor"].(map[string]any)["status"] != "pending" {
			t.Fatalf("reads %v", reads)
		}
		// Its proof is pending too: 409, saying so.
		seq := uint64(reads[0]["details"].(map[string]any)["seq"].(float64))
		e := f.mustDo("GET", fmt.Sprintf("/v1/patients/%s/audit/%d/proof", patient.Hex(), seq), session, nil, 409)
		if msg, _ := e["message"].(string); e["code"] != "conflict" || !strings.Contains(msg, "pending") || !strings.Contains(msg, "does not anchor") {
			t.Errorf("proof before anchoring (the stack does not anchor by itself here): %v", e)
		}
	})

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := s.Records().AnchorOnce(ctx)
	if err != nil || res == nil {
		t.Fatalf("anchor: %+v, %v", res, err)
	}

	// The indexer follows the head; wait until it holds the anchor.
	var read map[string]any
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(100 * time.Millisecond) {
		reads := readsOf(f.mustDo("GET", trail, session, nil, 200))
		if len(reads) == 1 && reads[0]["anchor"].(map[string]any)["status"] == "anchored" {
			read = reads[0]
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the index never showed the anchor: %v", reads)
		}
	}

	t.Run("the patient sees the read with the anchor's transaction", func(t *testing.T) {
		d := read["details"].(map[string]any)
		seq := uint64(d["seq"].(float64))
		if d["actor"] != provider.Hex() || d["record"] != float64(recID) || d["action"] != "read" || d["category"] != "lab_results" ||
			d["purpose"] != "treatment" || seq < res.FromSeq || seq > res.ToSeq {
			t.Errorf("read %v (anchored %d..%d)", read, res.FromSeq, res.ToSeq)
		}
		if strings.Contains(fmt.Sprint(read), "SECRET") {
			t.Errorf("the trail shows content: %v", read)
		}
		a := read["anchor"].(map[string]any)
		if a["batch"] != float64(res.Index) || a["merkleRoot"] != hexutil.Encode(res.Root[:]) ||
			a["fromSeq"] != float64(res.FromSeq) || a["toSeq"] != float64(res.ToSeq) {
			t.Errorf("anchor %v, want batch %d root %x %d..%d", a, res.Index, res.Root, res.FromSeq, res.ToSeq)
		}
		pos := a["position"].(map[string]any)
		cl, err := ethclient.Dial(s.RPCURL())
		if err != nil {
			t.Fatal(err)
		}
		defer cl.Close()
		rcpt, err := cl.TransactionReceipt(ctx, common.HexToHash(pos["txHash"].(string)))
		if err != nil || rcpt.Status != 1 || rcpt.BlockNumber.Uint64() != uint64(pos["blockNumber"].(float64)) ||
			common.HexToAddress(pos["contract"].(string)) != s.Manifest().Address("Records") {
			t.Errorf("anchor transaction %v: %+v, %v", pos, rcpt, err)
		}
		// The backend's own audit log names the same batch.
		entries := f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/audit", session, nil, 200)["items"].([]any)
		if len(entries) != 1 || entries[0].(map[string]any)["batch"] != float64(res.Index) {
			t.Errorf("audit log %v", entries)
		}
	})
	t.Run("the patient fetches the read's proof and checks it off chain and on chain", func(t *testing.T) {
		seq := uint64(read["details"].(map[string]any)["seq"].(float64))
		trailAnchor := read["anchor"].(map[string]any)
		c, err := apiclient.NewClientWithResponses(base)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.GetAuditProofWithResponse(ctx, strings.ToLower(patient.Hex()), int64(seq), nil, bearer(session))
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode() != 200 || resp.JSON200 == nil {
			t.Fatalf("proof: %d %s", resp.StatusCode(), resp.Body)
		}
		p := resp.JSON200
		if strings.Contains(string(resp.Body), "SECRET") {
			t.Errorf("the proof shows content: %s", resp.Body)
		}
		e := p.Entry
		if uint64(e.Seq) != seq || e.Actor != provider.Hex() || e.Patient != patient.Hex() || e.Record != int64(recID) ||
			e.Action != "read" || e.Category != int(api.CategoryLabResults) || e.Purpose != int(api.PurposeTreatment) {
			t.Errorf("entry %+v", e)
		}
		// (a) Off chain: the leaf is the entry's values under the leaf
		// encoding, and the proof leads to the root the audit trail shows.
		values := []any{uint64(e.Seq), uint64(e.At), common.HexToAddress(e.Actor), common.HexToAddress(e.Patient), uint64(e.Record),
			uint8(e.Category), uint8(e.Purpose), string(e.Action)}
		leaf, err := merkle.LeafHash(p.LeafEncoding, values)
		if err != nil || hexutil.Encode(leaf[:]) != p.Leaf {
			t.Fatalf("leaf %s, the entry hashes to %x (%v)", p.Leaf, leaf, err)
		}
		proof := make([]merkle.Hash, len(p.Proof))
		for i, h := range p.Proof {
			proof[i] = common.HexToHash(h)
		}
		trailRoot := common.HexToHash(trailAnchor["merkleRoot"].(string))
		if p.MerkleRoot != trailAnchor["merkleRoot"] || uint64(p.Batch) != res.Index || !merkle.Verify(trailRoot, leaf, proof) {
			t.Errorf("proof %+v does not verify against the trail's root %s (batch %v)", p, trailRoot, trailAnchor["batch"])
		}
		// A tampered entry does not verify.
		values[7] = "key_release"
		if forged, _ := merkle.LeafHash(p.LeafEncoding, values); merkle.Verify(trailRoot, forged, proof) {
			t.Error("a forged entry verifies")
		}
		// (b) On chain: Records has no view that checks a proof, so the
		// root is the one the contract holds for the batch and the one its
		// AuditAnchored event carries, in the transaction the proof names.
		recordsAddr := s.Manifest().Address("Records")
		if p.Anchor.Contract == nil || *p.Anchor.Contract != recordsAddr.Hex() {
			t.Errorf("anchor contract %v, want %s", p.Anchor.Contract, recordsAddr.Hex())
		}
		cl, err := ethclient.Dial(s.RPCURL())
		if err != nil {
			t.Fatal(err)
		}
		defer cl.Close()
		rec, err := bindings.NewRecords(recordsAddr, cl)
		if err != nil {
			t.Fatal(err)
		}
		b, err := rec.AuditBatch(&bind.CallOpts{Context: ctx}, uint64(p.Batch))
		if err != nil || common.Hash(b.MerkleRoot) != trailRoot || b.FromSeq > seq || b.ToSeq < seq {
			t.Errorf("auditBatch(%d) = %+v (%v), want root %s over seq %d", p.Batch, b, err, trailRoot, seq)
		}
		pos := p.Anchor.Position
		if pos == nil || pos.TxHash != trailAnchor["position"].(map[string]any)["txHash"] {
			t.Fatalf("anchor position %+v, want the trail's %v", pos, trailAnchor["position"])
		}
		rcpt, err := cl.TransactionReceipt(ctx, common.HexToHash(pos.TxHash))
		if err != nil || rcpt.Status != 1 || rcpt.BlockNumber.Uint64() != uint64(pos.BlockNumber) {
			t.Fatalf("anchor transaction %+v: %+v, %v", pos, rcpt, err)
		}
		found := false
		for _, l := range rcpt.Logs {
			if ev, err := rec.ParseAuditAnchored(*l); err == nil && l.Address == recordsAddr && ev.Index == uint64(p.Batch) {
				found = common.Hash(ev.MerkleRoot) == trailRoot
			}
		}
		if !found {
			t.Errorf("no AuditAnchored event of batch %d with root %s in %s", p.Batch, trailRoot, pos.TxHash)
		}
	})
	t.Run("the regulator gets the proof; another patient, the grantee and a stranger do not", func(t *testing.T) {
		seq := uint64(read["details"].(map[string]any)["seq"].(float64))
		path := fmt.Sprintf("/v1/patients/%s/audit/%d/proof", patient.Hex(), seq)
		if p := f.mustDo("GET", path, f.regToken, nil, 200); p["merkleRoot"] != read["anchor"].(map[string]any)["merkleRoot"] {
			t.Errorf("regulator: %v", p)
		}
		f.mustDo("GET", path, f.walletSession(otherKey), nil, 403)
		f.mustDo("GET", path, provToken, nil, 403)
		f.mustDo("GET", path, strangerToken, nil, 403)
		// The other patient's own path does not reveal this entry.
		other := crypto.PubkeyToAddress(otherKey.PublicKey)
		f.mustDo("GET", fmt.Sprintf("/v1/patients/%s/audit/%d/proof", other.Hex(), seq), f.walletSession(otherKey), nil, 404)
		f.mustDo("GET", fmt.Sprintf("/v1/patients/%s/audit/%d/proof", patient.Hex(), seq+1000), session, nil, 404)
		f.mustDo("GET", "/v1/patients/"+patient.Hex()+"/audit/x/proof", session, nil, 400)
	})
	t.Run("the regulator sees the read, the grantee only its grant", func(t *testing.T) {
		if reads := readsOf(f.mustDo("GET", trail, f.regToken, nil, 200)); len(reads) != 1 {
			t.Errorf("regulator: reads %v", reads)
		}
		page := f.mustDo("GET", trail, provToken, nil, 200)
		items := page["items"].([]any)
		if len(items) != 1 || items[0].(map[string]any)["kind"] != "grant" {
			t.Errorf("grantee: %v", page)
		}
		f.mustDo("GET", trail+"?kind=read", provToken, nil, 403)
	})
	t.Run("another patient and an unrelated institution get 403", func(t *testing.T) {
		f.mustDo("GET", trail, f.walletSession(otherKey), nil, 403)
		f.mustDo("GET", trail, strangerToken, nil, 403)
		f.mustDo("GET", trail+"?kind=read", strangerToken, nil, 403)
	})
}
