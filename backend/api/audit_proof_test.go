package api

import (
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/indexer/store"
)

func auditProofPath(patient common.Address, seq string) string {
	return "/v1/patients/" + patient.Hex() + "/audit/" + seq + "/proof"
}

// checkProofBody checks that the body's leaf is the leaf of its entry's
// values under its leafEncoding and that its proof leads to its root.
func checkProofBody(t *testing.T, body map[string]any) {
	t.Helper()
	e := body["entry"].(map[string]any)
	var enc []string
	for _, s := range body["leafEncoding"].([]any) {
		enc = append(enc, s.(string))
	}
	leaf, err := merkle.LeafHash(enc, []any{uint64(e["seq"].(float64)), uint64(e["at"].(float64)),
		common.HexToAddress(e["actor"].(string)), common.HexToAddress(e["patient"].(string)), uint64(e["record"].(float64)),
		uint8(e["category"].(float64)), uint8(e["purpose"].(float64)), e["action"].(string)})
	if err != nil {
		t.Fatal(err)
	}
	if got := hexutil.Encode(leaf[:]); got != body["leaf"] {
		t.Errorf("leaf: the entry's values hash to %s, the body says %v", got, body["leaf"])
	}
	var proof []merkle.Hash
	for _, p := range body["proof"].([]any) {
		proof = append(proof, common.HexToHash(p.(string)))
	}
	if !merkle.Verify(common.HexToHash(body["merkleRoot"].(string)), leaf, proof) {
		t.Errorf("the proof does not lead from the leaf to merkleRoot %v", body["merkleRoot"])
	}
}

func TestAuditProof(t *testing.T) {
	recordsAddr := common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	wantEntry := map[string]any{"seq": 7.0, "at": 1748781000.0, "actor": hospitalAccount.Hex(), "patient": patientAccount.Hex(),
		"record": 42.0, "category": 4.0, "purpose": 1.0, "action": "key_release", "time": "2025-06-01T12:30:00Z"}
	for _, tt := range []struct {
		name  string
		token string
		reg   bool
	}{
		{"the patient gets the proof of an entry of theirs", patientToken, false},
		{"the regulator gets the proof of the patient's entry", regulatorToken, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.chain.info.Contracts["Records"] = recordsAddr
			rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "7"), token: tt.token})
			if rec.Code != http.StatusOK {
				t.Fatalf("got %d (%s)", rec.Code, rec.Body)
			}
			body := jsonBody(t, rec.Body.Bytes())
			if !reflect.DeepEqual(body["entry"], wantEntry) {
				t.Errorf("entry:\n got %v\nwant %v", body["entry"], wantEntry)
			}
			if body["batch"] != 2.0 {
				t.Errorf("batch: got %v, want 2", body["batch"])
			}
			if want := []any{hexutil.Encode(fakeAuditSibling[:])}; !reflect.DeepEqual(body["proof"], want) {
				t.Errorf("proof: got %v, want %v", body["proof"], want)
			}
			if want := map[string]any{"contract": recordsAddr.Hex()}; !reflect.DeepEqual(body["anchor"], want) {
				t.Errorf("anchor: got %v, want %v (no index: no position)", body["anchor"], want)
			}
			checkProofBody(t, body)
			me := patientAccount
			if tt.reg {
				me = regulatorAccount
			}
			wantQ := AuditProofQuery{Patient: patientAccount, Seq: 7, Regulator: tt.reg}
			if calls := h.records.called(); len(calls) != 1 || calls[0].Method != "AuditProof" || !reflect.DeepEqual(calls[0].Args, []any{me, wantQ}) {
				t.Errorf("calls: got %+v, want AuditProof(%s, %+v)", calls, me.Hex(), wantQ)
			}
		})
	}
	t.Run("the anchor's block and transaction come from the index when it saw the same root", func(t *testing.T) {
		ix := newFakeIndex(t)
		h := newHarnessDeps(t, func(d *Deps) { d.Index = ix })
		e := h.records.proofEntries[7]
		leaf, err := merkle.LeafHash(AuditLeafEncoding, []any{e.Seq, uint64(e.At.Unix()), e.Actor, e.Patient, e.RecordID,
			uint8(e.Category), uint8(e.Purpose), e.Action})
		if err != nil {
			t.Fatal(err)
		}
		root := merkle.NodeHash(leaf, fakeAuditSibling)
		ev := ix.addAnchors(t,
			store.AuditAnchor{BatchIndex: 1, MerkleRoot: store.Hash([32]byte{1}), FromSeq: 1, ToSeq: 4, Auditor: store.Addr(regulatorAccount)},
			store.AuditAnchor{BatchIndex: 2, MerkleRoot: store.Hash(root), FromSeq: 5, ToSeq: 8, Auditor: store.Addr(regulatorAccount)})
		rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "7"), token: patientToken})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d (%s)", rec.Code, rec.Body)
		}
		body := jsonBody(t, rec.Body.Bytes())
		checkProofBody(t, body)
		anchor := body["anchor"].(map[string]any)
		pos, _ := anchor["position"].(map[string]any)
		if pos == nil || pos["txHash"] != ev[1].TxHash || pos["blockNumber"] != float64(ev[1].BlockNumber) {
			t.Errorf("anchor: got %v, want the position of the second anchor %+v", anchor, ev[1])
		}
		if anchor["contract"] != common.HexToAddress(ev[1].Contract).Hex() {
			t.Errorf("contract: got %v, want the anchor event's %s", anchor["contract"], ev[1].Contract)
		}
	})
	t.Run("an index anchor with another root gives no position", func(t *testing.T) {
		ix := newFakeIndex(t)
		h := newHarnessDeps(t, func(d *Deps) { d.Index = ix })
		ix.addAnchors(t, store.AuditAnchor{BatchIndex: 2, MerkleRoot: store.Hash([32]byte{7}), FromSeq: 5, ToSeq: 8, Auditor: store.Addr(regulatorAccount)})
		rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "7"), token: patientToken})
		if rec.Code != http.StatusOK {
			t.Fatalf("got %d (%s)", rec.Code, rec.Body)
		}
		if anchor := jsonBody(t, rec.Body.Bytes())["anchor"]; anchor != nil && len(anchor.(map[string]any)) != 0 {
			t.Errorf("anchor: got %v, want nothing (the harness has no Records address and the index root differs)", anchor)
		}
	})
	t.Run("an entry of another patient answers like an unknown one", func(t *testing.T) {
		h := newHarness(t)
		theirs := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "8"), token: patientToken})
		unknown := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "999"), token: patientToken})
		for _, rec := range []struct {
			name string
			code int
			body []byte
		}{{"other patient's", theirs.Code, theirs.Body.Bytes()}, {"unknown", unknown.Code, unknown.Body.Bytes()}} {
			if rec.code != http.StatusNotFound {
				t.Fatalf("%s entry: got %d (%s), want 404", rec.name, rec.code, rec.body)
			}
			if e := errorBody(t, rec.body); e.Code != CodeNotFound || strings.Contains(strings.ToLower(string(rec.body)), strings.ToLower(otherAccount.Hex()[2:])) {
				t.Errorf("%s entry: got %s, want not_found without the other patient", rec.name, rec.body)
			}
		}
		a := strings.Replace(theirs.Body.String(), "8", "N", -1)
		b := strings.Replace(unknown.Body.String(), "999", "N", -1)
		if a != b {
			t.Errorf("the two 404s differ beyond the seq:\n%s\n%s", theirs.Body, unknown.Body)
		}
		// The regulator does not learn it either.
		if rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "8"), token: regulatorToken}); rec.Code != http.StatusNotFound {
			t.Errorf("regulator, other patient's entry: got %d, want 404", rec.Code)
		}
	})
	t.Run("an entry not anchored yet is pending and says when anchoring runs", func(t *testing.T) {
		h := newHarness(t)
		rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "9"), token: patientToken})
		if rec.Code != http.StatusConflict {
			t.Fatalf("got %d (%s), want 409", rec.Code, rec.Body)
		}
		e := errorBody(t, rec.Body.Bytes())
		if e.Code != CodeConflict || !strings.Contains(e.Message, "pending") || !strings.Contains(e.Message, "every 1m0s") ||
			!strings.Contains(e.Message, "2025-06-01T12:33:00Z") {
			t.Errorf("got %s %q, want conflict saying pending and when anchoring runs", e.Code, e.Message)
		}
		if e.Details["nextAnchorAt"] != "2025-06-01T12:33:00Z" || e.Details["anchorIntervalSeconds"] != 60.0 || e.Details["seq"] != 9.0 {
			t.Errorf("details: got %v", e.Details)
		}
	})
	t.Run("pending while the backend does not anchor says so", func(t *testing.T) {
		h := newHarness(t)
		h.records.pendingEvery, h.records.pendingNext = 0, fixedNow.AddDate(-1, 0, 0)
		rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "9"), token: patientToken})
		if e := errorBody(t, rec.Body.Bytes()); rec.Code != http.StatusConflict || !strings.Contains(e.Message, "does not anchor") {
			t.Errorf("got %d %q, want 409 saying the backend does not anchor now", rec.Code, e.Message)
		}
	})
	t.Run("a service failure is an internal error", func(t *testing.T) {
		h := newHarness(t)
		h.records.err = errors.New("database down")
		if rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "7"), token: patientToken}); rec.Code != http.StatusInternalServerError {
			t.Errorf("got %d, want 500", rec.Code)
		}
	})
	t.Run("without the record service the route is unavailable", func(t *testing.T) {
		h := newHarnessDeps(t, func(d *Deps) { d.Records = nil })
		if rec := h.do(t, request{method: http.MethodGet, path: auditProofPath(patientAccount, "7"), token: patientToken}); rec.Code != http.StatusServiceUnavailable {
			t.Errorf("got %d, want 503", rec.Code)
		}
	})
	path := auditProofPath(patientAccount, "7")
	checkRefusals(t, []refusal{
		{"another patient may not get the proof", request{method: http.MethodGet, path: path, token: otherToken}, http.StatusForbidden, CodeForbidden, ""},
		{"a stranger institution may not get the proof", request{method: http.MethodGet, path: path, token: hospitalToken}, http.StatusForbidden, CodeForbidden, ""},
		{"a stranger may not probe an unknown entry either", request{method: http.MethodGet, path: auditProofPath(patientAccount, "999"), token: hospitalToken}, http.StatusForbidden, CodeForbidden, ""},
		{"the proof without a token", request{method: http.MethodGet, path: path}, http.StatusUnauthorized, CodeUnauthenticated, ""},
		{"a seq of letters", request{method: http.MethodGet, path: auditProofPath(patientAccount, "seven"), token: patientToken}, http.StatusBadRequest, CodeInvalidNumber, "seq"},
		{"a seq of zero", request{method: http.MethodGet, path: auditProofPath(patientAccount, "0"), token: patientToken}, http.StatusBadRequest, CodeInvalidNumber, "seq"},
		{"a seq with a leading zero", request{method: http.MethodGet, path: auditProofPath(patientAccount, "07"), token: patientToken}, http.StatusBadRequest, CodeInvalidNumber, "seq"},
		{"a negative seq", request{method: http.MethodGet, path: auditProofPath(patientAccount, "-7"), token: patientToken}, http.StatusBadRequest, CodeInvalidNumber, "seq"},
		{"a seq over 64 bits", request{method: http.MethodGet, path: auditProofPath(patientAccount, "18446744073709551616"), token: patientToken}, http.StatusBadRequest, CodeInvalidNumber, "seq"},
		{"a malformed patient", request{method: http.MethodGet, path: "/v1/patients/0x1234/audit/7/proof", token: patientToken}, http.StatusBadRequest, CodeInvalidAddress, "address"},
		{"an unknown parameter", request{method: http.MethodGet, path: path + "?batch=2", token: patientToken}, http.StatusBadRequest, CodeUnknownParameter, "batch"},
	})
}
