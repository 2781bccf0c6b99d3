package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer/store"
)

// ixGet sends an authenticated GET and decodes the JSON answer.
func ixGet(t *testing.T, h *harness, path, token string, want int) map[string]any {
	t.Helper()
	rec := h.do(t, request{method: http.MethodGet, path: path, token: token})
	if rec.Code != want {
		t.Fatalf("GET %s: got %d %s, want %d", path, rec.Code, rec.Body, want)
	}
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return out
}

// kindsOf returns the kinds of a page's items, in order.
func kindsOf(t *testing.T, page map[string]any) []string {
	t.Helper()
	items, _ := page["items"].([]any)
	var out []string
	for _, it := range items {
		out = append(out, it.(map[string]any)["kind"].(string))
	}
	return out
}

func errCode(page map[string]any) string { s, _ := page["code"].(string); return s }

func TestPatientTimeline(t *testing.T) {
	h, ix := newIndexHarness(t)
	timeline := "/v1/patients/" + patientAccount.Hex() + "/timeline"

	t.Run("the patient sees everything the chain holds about them, newest first", func(t *testing.T) {
		got := kindsOf(t, ixGet(t, h, timeline, patientToken, http.StatusOK))
		want := []string{"claim_status", "claim", "policy", "prescription", "grant", "grant", "record", "record"}
		if !slices.Equal(got, want) {
			t.Errorf("got kinds %v, want %v", got, want)
		}
	})
	t.Run("claims carry their lines and amounts as decimal strings", func(t *testing.T) {
		page := ixGet(t, h, timeline+"?kind=claim", patientToken, http.StatusOK)
		items := page["items"].([]any)
		if len(items) != 1 {
			t.Fatalf("got %d items", len(items))
		}
		it := items[0].(map[string]any)
		d, parts := it["details"].(map[string]any), it["parts"].([]any)
		if d["allowed"] != "1800000" || d["provider"] != hospitalAccount.Hex() || len(parts) != 1 || parts[0].(map[string]any)["quantity"] != 2.0 {
			t.Errorf("claim item %v", it)
		}
	})
	t.Run("the regulator sees everything", func(t *testing.T) {
		if got := kindsOf(t, ixGet(t, h, timeline, regulatorToken, http.StatusOK)); len(got) != 8 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("a grantee sees only what its grant covers", func(t *testing.T) {
		ix.access[[2]common.Address{hospitalAccount, patientAccount}] = 1 << CategoryLabResults
		page := ixGet(t, h, timeline, hospitalToken, http.StatusOK)
		got := kindsOf(t, page)
		if !slices.Equal(got, []string{"grant", "record"}) {
			t.Fatalf("got %v, want the hospital's own grant and the lab result", got)
		}
		rec := page["items"].([]any)[1].(map[string]any)["details"].(map[string]any)
		if rec["category"] != 4.0 {
			t.Errorf("record %v: a diagnosis leaked", rec)
		}
	})
	t.Run("another patient's timeline is refused", func(t *testing.T) {
		page := ixGet(t, h, "/v1/patients/"+patientAccount.Hex()+"/timeline", otherToken, http.StatusForbidden)
		if errCode(page) != CodeForbidden {
			t.Errorf("got %v", page)
		}
		ixGet(t, h, "/v1/patients/"+otherAccount.Hex()+"/timeline", patientToken, http.StatusForbidden)
	})
	t.Run("pages follow each other without repeats", func(t *testing.T) {
		var all []string
		cursor := ""
		for i := 0; i < 10; i++ {
			path := timeline + "?limit=3"
			if cursor != "" {
				path += "&cursor=" + url.QueryEscape(cursor)
			}
			page := ixGet(t, h, path, patientToken, http.StatusOK)
			all = append(all, kindsOf(t, page)...)
			cursor, _ = page["nextCursor"].(string)
			if cursor == "" {
				break
			}
		}
		if len(all) != 8 {
			t.Errorf("got %d items over the pages, want 8: %v", len(all), all)
		}
	})
	t.Run("bad input is a 400 with the reason", func(t *testing.T) {
		for _, tc := range []struct{ query, code string }{
			{"?kind=diagnosis", CodeInvalidQuery},
			{"?kind=claim,claim", CodeInvalidQuery},
			{"?since=yesterday", CodeInvalidTime},
			{"?since=2025-06-02T00:00:00Z&until=2025-06-01T00:00:00Z", CodeInvalidTime},
			{"?cursor=bm90LWEtY3Vyc29y", CodeInvalidCursor},
			{"?cursor=" + strings.Repeat("A", 65), CodeInvalidCursor},
			{"?limit=0", CodeInvalidLimit},
			{"?colour=blue", CodeUnknownParameter},
		} {
			page := ixGet(t, h, timeline+tc.query, patientToken, http.StatusBadRequest)
			if errCode(page) != tc.code {
				t.Errorf("%s: got %v, want code %s", tc.query, page, tc.code)
			}
		}
		ixGet(t, h, "/v1/patients/0x123/timeline", patientToken, http.StatusBadRequest)
	})
	t.Run("a cursor of another list is refused", func(t *testing.T) {
		page := ixGet(t, h, "/v1/service-contracts/1/ledger?limit=1", hospitalToken, http.StatusOK)
		next := page["nextCursor"].(string)
		ixGet(t, h, timeline+"?cursor="+url.QueryEscape(next), patientToken, http.StatusBadRequest)
	})
	t.Run("an index failure is an internal error", func(t *testing.T) {
		ix.err = errors.New("database is locked")
		defer func() { ix.err = nil }()
		page := ixGet(t, h, timeline, patientToken, http.StatusInternalServerError)
		if strings.Contains(page["message"].(string), "locked") {
			t.Errorf("the cause leaked: %v", page)
		}
	})
}

func TestPatientAuditTrailAndClaims(t *testing.T) {
	h, ix := newIndexHarness(t)
	trail := "/v1/patients/" + patientAccount.Hex() + "/audit-trail"
	claims := "/v1/patients/" + patientAccount.Hex() + "/claims"

	t.Run("the patient sees every grant given", func(t *testing.T) {
		if got := kindsOf(t, ixGet(t, h, trail, patientToken, http.StatusOK)); !slices.Equal(got, []string{"grant", "grant"}) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("a grantee sees its own grant only", func(t *testing.T) {
		ix.access[[2]common.Address{hospitalAccount, patientAccount}] = 1 << CategoryLabResults
		page := ixGet(t, h, trail, hospitalToken, http.StatusOK)
		items := page["items"].([]any)
		if len(items) != 1 || items[0].(map[string]any)["details"].(map[string]any)["grantee"] != hospitalAccount.Hex() {
			t.Errorf("got %v", page)
		}
	})
	t.Run("nobody else sees it", func(t *testing.T) {
		ixGet(t, h, trail, otherToken, http.StatusForbidden)
		ixGet(t, h, trail+"?kind=anchor", patientToken, http.StatusBadRequest)
	})
	t.Run("the patient sees their claim with its status and amount", func(t *testing.T) {
		page := ixGet(t, h, claims, patientToken, http.StatusOK)
		items := page["items"].([]any)
		if len(items) != 1 {
			t.Fatalf("got %v", page)
		}
		c := items[0].(map[string]any)
		if c["status"] != "paid" || c["amount"] != "1360000" || c["insurer"] != ixInsurer.Hex() || len(c["lines"].([]any)) != 1 {
			t.Errorf("claim %v", c)
		}
		if got := ixGet(t, h, claims+"?status=pending", patientToken, http.StatusOK)["items"].([]any); len(got) != 0 {
			t.Errorf("pending: got %v", got)
		}
		ixGet(t, h, claims+"?status=lost", patientToken, http.StatusBadRequest)
	})
	t.Run("claims need the insurance category", func(t *testing.T) {
		ix.access[[2]common.Address{hospitalAccount, patientAccount}] = 1 << CategoryLabResults
		ixGet(t, h, claims, hospitalToken, http.StatusForbidden)
		ix.access[[2]common.Address{hospitalAccount, patientAccount}] = 1<<CategoryLabResults | 1<<CategoryInsurance
		ixGet(t, h, claims, hospitalToken, http.StatusOK)
	})
}

func TestIndexedClaimsBatchesLedgers(t *testing.T) {
	h, _ := newIndexHarness(t)
	t.Run("a provider lists its own claims", func(t *testing.T) {
		page := ixGet(t, h, "/v1/claims?provider="+hospitalAccount.Hex(), hospitalToken, http.StatusOK)
		if n := len(page["items"].([]any)); n != 1 {
			t.Errorf("got %d claims, want 1", n)
		}
	})
	t.Run("claims of others are refused, the regulator sees all", func(t *testing.T) {
		ixGet(t, h, "/v1/claims", hospitalToken, http.StatusForbidden)
		ixGet(t, h, "/v1/claims?insurer="+ixInsurer.Hex(), hospitalToken, http.StatusForbidden)
		page := ixGet(t, h, "/v1/claims?status=paid&insurer="+ixInsurer.Hex(), regulatorToken, http.StatusOK)
		if n := len(page["items"].([]any)); n != 1 {
			t.Errorf("got %d claims, want 1", n)
		}
		ixGet(t, h, "/v1/claims?insurer=nobody", regulatorToken, http.StatusBadRequest)
		ixGet(t, h, "/v1/claims", patientToken, http.StatusForbidden) // wallet sessions hold no institution
	})
	batch := "/v1/batches/" + ixBatch.Hex() + "/history"
	t.Run("a batch's history is for the supply chain and the regulator", func(t *testing.T) {
		ixGet(t, h, batch, hospitalToken, http.StatusForbidden)
		h.registry.mu.Lock()
		h.registry.participants[hospitalAccount] = Participant{Account: hospitalAccount, Role: RoleManufacturer, Active: true}
		h.registry.mu.Unlock()
		if got := kindsOf(t, ixGet(t, h, batch, hospitalToken, http.StatusOK)); !slices.Equal(got, []string{"registered", "hand_over_accepted", "recalled"}) {
			t.Errorf("got %v", got)
		}
		if got := kindsOf(t, ixGet(t, h, batch+"?order=newest", regulatorToken, http.StatusOK)); !slices.Equal(got, []string{"recalled", "hand_over_accepted", "registered"}) {
			t.Errorf("newest first: got %v", got)
		}
		ixGet(t, h, batch+"?order=sideways", regulatorToken, http.StatusBadRequest)
		ixGet(t, h, "/v1/batches/0x12/history", regulatorToken, http.StatusBadRequest)
	})
	t.Run("every holder of a recalled batch sees its recall notice; others do not", func(t *testing.T) {
		for _, tc := range []struct {
			holder common.Address
			token  string
		}{{hospitalAccount, hospitalToken}, {pharmacyAccount, regulatorToken}} {
			page := ixGet(t, h, "/v1/participants/"+tc.holder.Hex()+"/recalls", tc.token, http.StatusOK)
			items := page["items"].([]any)
			if len(items) != 1 {
				t.Fatalf("%s: got %v, want one notice", tc.holder.Hex(), page)
			}
			n := items[0].(map[string]any)
			d := n["details"].(map[string]any)
			if n["kind"] != "recall_notice" || d["batchId"] != ixBatch.Hex() || d["holder"] != tc.holder.Hex() || d["recalledBy"] != hospitalAccount.Hex() {
				t.Errorf("%s: notice %v", tc.holder.Hex(), n)
			}
		}
		if items := ixGet(t, h, "/v1/participants/"+custodialAccount.Hex()+"/recalls", custodialToken, http.StatusOK)["items"].([]any); len(items) != 0 {
			t.Errorf("a participant that never held the batch got %v", items)
		}
		ixGet(t, h, "/v1/participants/"+pharmacyAccount.Hex()+"/recalls", hospitalToken, http.StatusForbidden)
		ixGet(t, h, "/v1/participants/"+hospitalAccount.Hex()+"/recalls", patientToken, http.StatusForbidden)
		ixGet(t, h, "/v1/participants/nobody/recalls", regulatorToken, http.StatusBadRequest)
		ixGet(t, h, "/v1/participants/"+hospitalAccount.Hex()+"/recalls?limit=0", hospitalToken, http.StatusBadRequest)
		ixGet(t, h, "/v1/participants/"+hospitalAccount.Hex()+"/recalls?cursor=nonsense", hospitalToken, http.StatusBadRequest)
		ixGet(t, h, "/v1/participants/"+hospitalAccount.Hex()+"/recalls?since=2025-01-01T00:00:00Z", hospitalToken, http.StatusBadRequest)
	})
	t.Run("a service contract's ledger is for its parties and the regulator", func(t *testing.T) {
		page := ixGet(t, h, "/v1/service-contracts/1/ledger", hospitalToken, http.StatusOK)
		if got := kindsOf(t, page); !slices.Equal(got, []string{"proposed", "funded", "payment_released"}) {
			t.Errorf("got %v", got)
		}
		first := page["items"].([]any)[0].(map[string]any)
		if first["details"].(map[string]any)["budget"] != "100000000" || len(first["parts"].([]any)) != 1 {
			t.Errorf("proposal %v", first)
		}
		ixGet(t, h, "/v1/service-contracts/1/ledger", custodialToken, http.StatusForbidden)
		ixGet(t, h, "/v1/service-contracts/1/ledger?kind=funded", regulatorToken, http.StatusOK)
		ixGet(t, h, "/v1/service-contracts/9/ledger", regulatorToken, http.StatusNotFound)
		ixGet(t, h, "/v1/service-contracts/abc/ledger", regulatorToken, http.StatusBadRequest)
	})
}

func TestRegulatorStatistics(t *testing.T) {
	h, _ := newIndexHarness(t)
	const rng = "since=2025-05-30T00:00:00Z&until=2025-06-03T00:00:00Z"
	t.Run("settlement totals are exact", func(t *testing.T) {
		page := ixGet(t, h, "/v1/stats/settlements?"+rng, regulatorToken, http.StatusOK)
		ins := page["insurers"].([]any)[0].(map[string]any)
		if ins["deposited"] != "9000000000000000001" || ins["amountPaid"] != "1360000" || ins["claimsPaid"] != 1.0 {
			t.Errorf("insurer %v", ins)
		}
		pay := page["payers"].([]any)[0].(map[string]any)
		if pay["payer"] != ixPayer.Hex() || pay["funded"] != "5000" || pay["amountPaid"] != "2000" {
			t.Errorf("payer %v", pay)
		}
	})
	t.Run("services, prescriptions and excursions", func(t *testing.T) {
		s := ixGet(t, h, "/v1/stats/services?period=week&"+rng, regulatorToken, http.StatusOK)["items"].([]any)
		if len(s) != 1 || s[0].(map[string]any)["quantity"] != 2.0 || s[0].(map[string]any)["code"] != ixCode.Hex() {
			t.Errorf("services %v", s)
		}
		p := ixGet(t, h, "/v1/stats/prescriptions?"+rng+"&medication="+url.QueryEscape("https://www.gs1.org/gtin|09506000134352"), regulatorToken, http.StatusOK)["items"].([]any)
		if len(p) != 1 {
			t.Errorf("prescriptions %v", p)
		}
		ixGet(t, h, "/v1/stats/excursions?"+rng, regulatorToken, http.StatusOK)
	})
	t.Run("statistics are the regulator's", func(t *testing.T) {
		for _, p := range []string{"services", "prescriptions", "excursions", "settlements"} {
			ixGet(t, h, "/v1/stats/"+p+"?"+rng, hospitalToken, http.StatusForbidden)
		}
	})
	t.Run("bad ranges are 400", func(t *testing.T) {
		for _, q := range []string{"since=2025-05-30T00:00:00Z", "", rng + "&period=fortnight", rng + "&code=MRI",
			"since=2020-01-01T00:00:00Z&until=2025-01-01T00:00:00Z", "since=2025-06-03T00:00:00Z&until=2025-05-30T00:00:00Z"} {
			ixGet(t, h, "/v1/stats/services?"+q, regulatorToken, http.StatusBadRequest)
		}
		ixGet(t, h, "/v1/stats/prescriptions?"+rng+"&medication=aspirin", regulatorToken, http.StatusBadRequest)
		ixGet(t, h, "/v1/stats/excursions?"+rng+"&holder=0x1", regulatorToken, http.StatusBadRequest)
	})
}

func TestIndexerStatusAndUnconfiguredIndex(t *testing.T) {
	h, _ := newIndexHarness(t)
	t.Run("the status is public", func(t *testing.T) {
		st := ixGet(t, h, "/v1/indexer/status", "", http.StatusOK)
		if st["indexedBlock"] != 7.0 || st["lag"] != 3.0 || st["reorgs"] != 2.0 || st["enabled"] != true {
			t.Errorf("status %v", st)
		}
		ixGet(t, h, "/v1/indexer/status?verbose=1", "", http.StatusBadRequest)
	})
	t.Run("without an index every route answers 503", func(t *testing.T) {
		bare := newHarness(t)
		for _, p := range []string{"/v1/indexer/status", "/v1/patients/" + patientAccount.Hex() + "/timeline",
			"/v1/stats/settlements?since=2025-05-30T00:00:00Z&until=2025-06-03T00:00:00Z", "/v1/service-contracts/1/ledger"} {
			page := ixGet(t, bare, p, regulatorToken, http.StatusServiceUnavailable)
			if errCode(page) != CodeUnavailable {
				t.Errorf("%s: got %v", p, page)
			}
		}
	})
}

// newAuditTrailHarness is an index harness whose record service has a read
// audit: three reads of patientAccount's records by the hospital (seq 1 at
// 00:01:30, between the seeded records and grants; seq 2 at 00:05; seq 3 at
// 00:30, which the backend says it anchored in batch 1) and one of
// otherAccount's; the index holds batch 0 (seq 1..2) only.
func newAuditTrailHarness(t *testing.T) (*harness, *fakeIndex, *auditRecords, store.Event) {
	t.Helper()
	ix := newFakeIndex(t)
	base := time.Unix(ixBaseTime, 0).UTC()
	one := uint64(1)
	recs := &auditRecords{fakeRecords: newFakeRecords(), entries: []AuditEntry{
		{Seq: 1, At: base.Add(90 * time.Second), Actor: hospitalAccount, Patient: patientAccount, RecordID: 1, Category: CategoryLabResults,
			Purpose: PurposeTreatment, Action: "read"},
		{Seq: 2, At: base.Add(5 * time.Minute), Actor: hospitalAccount, Patient: patientAccount, RecordID: 1, Category: CategoryLabResults,
			Purpose: PurposeTreatment, Action: "key_release"},
		{Seq: 3, At: base.Add(30 * time.Minute), Actor: patientAccount, Patient: patientAccount, RecordID: 2, Category: CategoryDiagnoses,
			Action: "read", Batch: &one},
		{Seq: 4, At: base.Add(31 * time.Minute), Actor: hospitalAccount, Patient: otherAccount, RecordID: 3, Category: CategoryLabResults,
			Purpose: PurposeTreatment, Action: "read"},
	}}
	ev := ix.addAnchors(t, store.AuditAnchor{BatchIndex: 0, MerkleRoot: store.Hash([32]byte{9}), FromSeq: 1, ToSeq: 2,
		Auditor: store.Addr(regulatorAccount)})
	h := newHarnessDeps(t, func(d *Deps) { d.Index, d.Records = ix, recs },
		func(c *Config) { c.ClientRate, c.CredentialRate = 0, 0 })
	return h, ix, recs, ev[0]
}

// trailKeys names a page's items: the kind, and a read's seq.
func trailKeys(t *testing.T, page map[string]any) []string {
	t.Helper()
	var out []string
	for _, it := range page["items"].([]any) {
		m := it.(map[string]any)
		k := m["kind"].(string)
		if k == "read" {
			k += fmt.Sprintf("%v", m["details"].(map[string]any)["seq"])
		} else {
			k += fmt.Sprintf("@%v", m["position"].(map[string]any)["logIndex"])
		}
		out = append(out, k)
	}
	return out
}

func TestPatientAuditTrailReads(t *testing.T) {
	h, ix, recs, anchorEvent := newAuditTrailHarness(t)
	trail := "/v1/patients/" + patientAccount.Hex() + "/audit-trail"
	all := []string{"read3", "read2", "grant@1", "grant@0", "read1"}

	t.Run("the patient sees reads and grants in one list, newest first", func(t *testing.T) {
		page := ixGet(t, h, trail, patientToken, http.StatusOK)
		if got := trailKeys(t, page); !slices.Equal(got, all) {
			t.Fatalf("got %v, want %v", got, all)
		}
		if page["nextCursor"] != nil {
			t.Errorf("one page holds all, got cursor %v", page["nextCursor"])
		}
		items := page["items"].([]any)
		read2 := items[1].(map[string]any)
		d := read2["details"].(map[string]any)
		if d["actor"] != hospitalAccount.Hex() || d["record"] != 1.0 || d["category"] != "lab_results" || d["purpose"] != "treatment" ||
			d["action"] != "key_release" || read2["at"] != "2025-06-01T00:05:00Z" || read2["position"] != nil {
			t.Errorf("read 2: %v", read2)
		}
		a := read2["anchor"].(map[string]any)
		pos, _ := a["position"].(map[string]any)
		if a["status"] != "anchored" || a["batch"] != 0.0 || a["fromSeq"] != 1.0 || a["toSeq"] != 2.0 || pos == nil ||
			pos["txHash"] != anchorEvent.TxHash || pos["blockNumber"] != float64(anchorEvent.BlockNumber) ||
			a["merkleRoot"] != store.Hash([32]byte{9}) || a["auditor"] != regulatorAccount.Hex() {
			t.Errorf("anchor of read 2: %v (want tx %s)", a, anchorEvent.TxHash)
		}
		if a := items[4].(map[string]any)["anchor"].(map[string]any); a["status"] != "anchored" || a["batch"] != 0.0 {
			t.Errorf("anchor of read 1: %v", a)
		}
		// Anchored by the backend, not yet in the index: pending, with the batch.
		read3 := items[0].(map[string]any)
		if a := read3["anchor"].(map[string]any); a["status"] != "pending" || a["batch"] != 1.0 || a["position"] != nil {
			t.Errorf("anchor of read 3: %v", a)
		}
		if _, ok := read3["details"].(map[string]any)["purpose"]; ok {
			t.Errorf("the patient's own read has no purpose: %v", read3)
		}
		for _, it := range items {
			if s := fmt.Sprint(it); strings.Contains(s, observation) || strings.Contains(s, otherAccount.Hex()) {
				t.Errorf("item shows content or another patient: %s", s)
			}
		}
	})
	t.Run("the index confirms the anchor later", func(t *testing.T) {
		ev := ix.addAnchors(t, store.AuditAnchor{BatchIndex: 1, MerkleRoot: store.Hash([32]byte{10}), FromSeq: 3, ToSeq: 3,
			Auditor: store.Addr(regulatorAccount)})
		page := ixGet(t, h, trail+"?kind=read&limit=1", patientToken, http.StatusOK)
		a := page["items"].([]any)[0].(map[string]any)["anchor"].(map[string]any)
		if a["status"] != "anchored" || a["batch"] != 1.0 || a["position"].(map[string]any)["txHash"] != ev[0].TxHash {
			t.Errorf("anchor of read 3: %v", a)
		}
	})
	t.Run("pages hold every item once, in order, whatever the page size", func(t *testing.T) {
		for limit := 1; limit <= 6; limit++ {
			var got []string
			cursor := ""
			for n := 0; ; n++ {
				if n > 10 {
					t.Fatalf("limit %d: the pages do not end", limit)
				}
				q := url.Values{"limit": {fmt.Sprint(limit)}}
				if cursor != "" {
					q.Set("cursor", cursor)
				}
				page := ixGet(t, h, trail+"?"+q.Encode(), patientToken, http.StatusOK)
				keys := trailKeys(t, page)
				if len(keys) > limit || (len(keys) == 0 && page["nextCursor"] != nil) {
					t.Fatalf("limit %d: page %v, cursor %v", limit, keys, page["nextCursor"])
				}
				got = append(got, keys...)
				c, _ := page["nextCursor"].(string)
				if c == "" {
					break
				}
				cursor = c
			}
			if !slices.Equal(got, all) {
				t.Errorf("limit %d: got %v, want %v", limit, got, all)
			}
		}
	})
	t.Run("kinds and times select from both sources", func(t *testing.T) {
		for q, want := range map[string][]string{
			"?kind=read":  {"read3", "read2", "read1"},
			"?kind=grant": {"grant@1", "grant@0"},
			"?kind=read,grant&since=2025-06-01T00:04:00Z": {"read3", "read2"},
			"?until=2025-06-01T00:05:00Z":                 {"grant@1", "grant@0", "read1"},
			"?kind=revocation,emergency_access":           nil,
		} {
			if got := trailKeys(t, ixGet(t, h, trail+q, patientToken, http.StatusOK)); !slices.Equal(got, want) {
				t.Errorf("%s: got %v, want %v", q, got, want)
			}
		}
	})
	t.Run("the regulator sees the reads too", func(t *testing.T) {
		recs.mu.Lock()
		recs.asked = nil
		recs.mu.Unlock()
		if got := trailKeys(t, ixGet(t, h, trail, regulatorToken, http.StatusOK)); !slices.Equal(got, all) {
			t.Errorf("got %v, want %v", got, all)
		}
		recs.mu.Lock()
		defer recs.mu.Unlock()
		if len(recs.asked) != 1 || !recs.asked[0].Regulator || recs.asked[0].Patient != patientAccount {
			t.Errorf("asked %+v", recs.asked)
		}
	})
	t.Run("a grantee sees its own grant and no reads", func(t *testing.T) {
		ix.access[[2]common.Address{hospitalAccount, patientAccount}] = 1 << CategoryLabResults
		defer delete(ix.access, [2]common.Address{hospitalAccount, patientAccount})
		if got := trailKeys(t, ixGet(t, h, trail, hospitalToken, http.StatusOK)); !slices.Equal(got, []string{"grant@0"}) {
			t.Errorf("got %v", got)
		}
		page := ixGet(t, h, trail+"?kind=read", hospitalToken, http.StatusForbidden)
		if errCode(page) != CodeForbidden {
			t.Errorf("got %v", page)
		}
	})
	t.Run("another patient or an unrelated party gets 403", func(t *testing.T) {
		ixGet(t, h, trail, otherToken, http.StatusForbidden)
		ixGet(t, h, trail+"?kind=read", otherToken, http.StatusForbidden)
		ixGet(t, h, "/v1/patients/"+otherAccount.Hex()+"/audit-trail", patientToken, http.StatusForbidden)
	})
	t.Run("cursors the server did not give out are refused", func(t *testing.T) {
		for _, c := range []string{"YXVkaXQ6MTEwMjow", "~0", "~01", ".~.", "a+b~1", "~1~2", "~-1", "~18446744073709551616", "x~ 1"} {
			page := ixGet(t, h, trail+"?cursor="+url.QueryEscape(c), patientToken, http.StatusBadRequest)
			if errCode(page) != CodeInvalidCursor {
				t.Errorf("cursor %q: got %v", c, page)
			}
		}
		ixGet(t, h, trail+"?cursor=~2", patientToken, http.StatusOK)
	})
}

func TestPatientAuditTrailWithoutReadAudit(t *testing.T) {
	h, _ := newIndexHarness(t) // its record service has no read audit
	trail := "/v1/patients/" + patientAccount.Hex() + "/audit-trail"
	if got := kindsOf(t, ixGet(t, h, trail, patientToken, http.StatusOK)); !slices.Equal(got, []string{"grant", "grant"}) {
		t.Errorf("got %v", got)
	}
	ixGet(t, h, trail+"?kind=read", patientToken, http.StatusServiceUnavailable)
}

func TestAuditTrailCursorRoundTrip(t *testing.T) {
	for _, c := range []auditTrailCursor{{events: "YXVkaXQ6MTEwMjow", before: 5}, {eventsDone: true, before: 1}, {events: "abc_-", readsDone: true},
		{}, {before: 1<<64 - 1}} {
		got, err := decodeAuditTrailCursor(c.encode())
		if err != nil || got != c {
			t.Errorf("%+v: encoded %q, decoded %+v, %v", c, c.encode(), got, err)
		}
	}
}
