package api

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/merkle"
)

// Wallets, tokens and content of the consent and record tests.
var (
	patientAccount   = common.HexToAddress("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")
	otherAccount     = common.HexToAddress("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")
	custodialAccount = common.HexToAddress("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")

	patientToken   = SessionTokenPrefix + "patient-session"
	otherToken     = SessionTokenPrefix + "other-session"
	expiredToken   = SessionTokenPrefix + "expired-session"
	custodialToken = "salus_custodial0_" + strings.Repeat("d", 64)

	testCID     = "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"
	testBlock   = []byte("a block of ciphertext")
	observation = `{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2339-0"}]},"subject":{"reference":"Patient/p1"},"valueQuantity":{"value":95,"unit":"mg/dL"}}`
)

// consentCall records one call of a fake service.
type consentCall struct {
	Method string
	Args   []any
}

// recorder is the call log the fakes share.
type recorder struct {
	mu    sync.Mutex
	calls []consentCall
}

func (r *recorder) record(method string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, consentCall{Method: method, Args: args})
}

// called returns the recorded calls.
func (r *recorder) called() []consentCall {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]consentCall(nil), r.calls...)
}

// fakeConsent is a Consent that records calls and answers with canned values;
// err makes every call fail.
type fakeConsent struct {
	recorder
	err       error
	tx        TxResult
	typedData TypedData
	grants    []Grant
	emergency EmergencyAccess
}

func newFakeConsent() *fakeConsent {
	return &fakeConsent{
		tx: minedTx,
		typedData: TypedData{
			"types":       map[string]any{"Grant": []any{map[string]any{"name": "patient", "type": "address"}}},
			"primaryType": "Grant",
			"domain":      map[string]any{"name": "Salus AccessGrants", "version": "1", "chainId": 1337},
			"message":     map[string]any{"patient": patientAccount.Hex(), "nonce": "3"},
		},
		grants: []Grant{{
			Patient: patientAccount, Grantee: hospitalAccount, Purpose: PurposeTreatment,
			Categories: MaskOf(CategoryDiagnoses, CategoryLabResults),
			GrantedAt:  time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC), ExpiresAt: time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC), Active: true,
		}},
		emergency: EmergencyAccess{Patient: patientAccount, Provider: hospitalAccount,
			ExpiresAt: fixedNow.Add(24 * time.Hour), Tx: minedTx},
	}
}

func (f *fakeConsent) Grant(_ context.Context, from common.Address, req GrantRequest) (TxResult, error) {
	f.record("Grant", from, req)
	return f.tx, f.err
}

func (f *fakeConsent) Revoke(_ context.Context, from, grantee common.Address, purpose Purpose) (TxResult, error) {
	f.record("Revoke", from, grantee, purpose)
	return f.tx, f.err
}

func (f *fakeConsent) RelayGrant(_ context.Context, g SignedGrant) (TxResult, error) {
	f.record("RelayGrant", g)
	return f.tx, f.err
}

func (f *fakeConsent) RelayRevoke(_ context.Context, r SignedRevoke) (TxResult, error) {
	f.record("RelayRevoke", r)
	return f.tx, f.err
}

func (f *fakeConsent) TypedData(_ context.Context, req TypedDataRequest) (TypedData, error) {
	f.record("TypedData", req)
	return f.typedData, f.err
}

func (f *fakeConsent) Grants(_ context.Context, q GrantQuery) ([]Grant, error) {
	f.record("Grants", q)
	return f.grants, f.err
}

func (f *fakeConsent) OpenEmergencyAccess(_ context.Context, from, patient common.Address, reason [32]byte) (EmergencyAccess, error) {
	f.record("OpenEmergencyAccess", from, patient, reason)
	return f.emergency, f.err
}

// fakeRecords is a Records over a map of versions. The patient of a version
// and hospitalAccount may read it; anybody else gets ErrForbidden. Create
// reads the body whole, like the real service, and stores version 42.
type fakeRecords struct {
	recorder
	mu       sync.Mutex
	versions map[uint64]RecordVersion
	content  map[uint64][]byte
	// body, when set, is the Body of Content instead of the stored content.
	body    func() io.ReadCloser
	err     error
	created []byte
	audit   AuditPage
	erasure Erasure
	key     KeyRelease
	// proofEntries are the audit entries AuditProof knows, by seq; those
	// without a batch are pending, with pendingEvery and pendingNext.
	proofEntries map[uint64]AuditEntry
	pendingEvery time.Duration
	pendingNext  time.Time
}

func newFakeRecords() *fakeRecords {
	v := RecordVersion{ID: 42, Patient: patientAccount, Author: hospitalAccount, Category: CategoryLabResults,
		CID: testCID, Previous: 41, CreatedAt: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
		MediaType: fhirMediaType, Size: int64(len(observation))}
	seq := uint64(8)
	batch := uint64(2)
	return &fakeRecords{
		versions: map[uint64]RecordVersion{42: v, 41: {ID: 41, Patient: patientAccount, Author: hospitalAccount,
			Category: CategoryLabResults, CID: testCID, Next: 42, MediaType: fhirMediaType, Size: -1}},
		content: map[uint64][]byte{42: []byte(observation), 41: []byte(observation)},
		audit: AuditPage{Entries: []AuditEntry{{Seq: 7, At: time.Date(2025, 6, 1, 12, 30, 0, 0, time.UTC), Actor: hospitalAccount,
			Patient: patientAccount, RecordID: 42, Category: CategoryLabResults, Purpose: PurposeTreatment, Action: "key_release", Batch: &batch}}, Next: &seq},
		erasure: Erasure{Patient: patientAccount, Versions: 2, KeysDestroyed: 5},
		proofEntries: map[uint64]AuditEntry{
			7: {Seq: 7, At: time.Date(2025, 6, 1, 12, 30, 0, 0, time.UTC), Actor: hospitalAccount, Patient: patientAccount,
				RecordID: 42, Category: CategoryLabResults, Purpose: PurposeTreatment, Action: "key_release", Batch: &batch},
			8: {Seq: 8, At: time.Date(2025, 6, 1, 12, 31, 0, 0, time.UTC), Actor: hospitalAccount, Patient: otherAccount,
				RecordID: 43, Category: CategoryLabResults, Purpose: PurposeTreatment, Action: "read", Batch: &batch},
			9: {Seq: 9, At: time.Date(2025, 6, 1, 12, 32, 0, 0, time.UTC), Actor: hospitalAccount, Patient: patientAccount,
				RecordID: 42, Category: CategoryLabResults, Purpose: PurposeTreatment, Action: "read"},
		},
		pendingEvery: time.Minute,
		pendingNext:  time.Date(2025, 6, 1, 12, 33, 0, 0, time.UTC),
		key:          KeyRelease{Version: v, Purpose: PurposeTreatment, WrappedKey: []byte{4, 1, 2, 3}, RecipientKey: testPubKey, Format: "test-format-v1"},
	}
}

func (f *fakeRecords) version(caller common.Address, id uint64) (RecordVersion, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return RecordVersion{}, f.err
	}
	v, ok := f.versions[id]
	if !ok {
		return RecordVersion{}, &wrapped{msg: "record", err: ErrNotFound}
	}
	if caller != v.Patient && caller != hospitalAccount {
		return RecordVersion{}, &wrapped{msg: "no grant", err: ErrForbidden}
	}
	return v, nil
}

func (f *fakeRecords) Create(_ context.Context, author common.Address, rec NewRecord) (RecordVersion, TxResult, error) {
	data, err := io.ReadAll(rec.Body)
	f.record("Create", author, rec.Patient, rec.Category, rec.MediaType, rec.Previous)
	if err != nil {
		return RecordVersion{}, TxResult{}, errors.New("encrypt: read failed")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.created = data
	if f.err != nil {
		return RecordVersion{}, TxResult{}, f.err
	}
	v := RecordVersion{ID: 43, Patient: rec.Patient, Author: author, Category: rec.Category, CID: testCID,
		Previous: rec.Previous, CreatedAt: fixedNow, MediaType: rec.MediaType, Size: int64(len(data))}
	return v, minedTx, nil
}

func (f *fakeRecords) List(_ context.Context, caller, patient common.Address) ([]RecordVersion, error) {
	f.record("List", caller, patient)
	if f.err != nil {
		return nil, f.err
	}
	if caller != patient && caller != hospitalAccount {
		return nil, &wrapped{msg: "no grant", err: ErrForbidden}
	}
	var out []RecordVersion
	for _, id := range []uint64{41, 42} {
		if v := f.versions[id]; v.Patient == patient {
			out = append(out, v)
		}
	}
	return out, nil
}

func (f *fakeRecords) Get(_ context.Context, caller common.Address, id uint64) (RecordVersion, error) {
	f.record("Get", caller, id)
	return f.version(caller, id)
}

func (f *fakeRecords) Versions(_ context.Context, caller common.Address, id uint64) ([]RecordVersion, error) {
	f.record("Versions", caller, id)
	if _, err := f.version(caller, id); err != nil {
		return nil, err
	}
	return []RecordVersion{f.versions[41], f.versions[42]}, nil
}

func (f *fakeRecords) Content(_ context.Context, caller common.Address, id uint64) (RecordContent, error) {
	f.record("Content", caller, id)
	v, err := f.version(caller, id)
	if err != nil {
		return RecordContent{}, err
	}
	body := io.NopCloser(bytes.NewReader(f.content[id]))
	if f.body != nil {
		body = f.body()
	}
	return RecordContent{Version: v, Purpose: PurposeTreatment, Body: body}, nil
}

func (f *fakeRecords) ReleaseKey(_ context.Context, caller common.Address, id uint64) (KeyRelease, error) {
	f.record("ReleaseKey", caller, id)
	if _, err := f.version(caller, id); err != nil {
		return KeyRelease{}, err
	}
	return f.key, nil
}

func (f *fakeRecords) Audit(_ context.Context, caller common.Address, q AuditQuery) (AuditPage, error) {
	f.record("Audit", caller, q)
	return f.audit, f.err
}

// fakeAuditSibling is the other leaf of the fake's two-leaf batches.
var fakeAuditSibling = [32]byte(common.HexToHash("0x0101010101010101010101010101010101010101010101010101010101010101"))

// AuditProof refuses like the record service and proves an anchored entry
// in a batch of two leaves: its own and fakeAuditSibling.
func (f *fakeRecords) AuditProof(_ context.Context, caller common.Address, q AuditProofQuery) (AuditProof, error) {
	f.record("AuditProof", caller, q)
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return AuditProof{}, f.err
	}
	if caller != q.Patient && !q.Regulator {
		return AuditProof{}, &wrapped{msg: "audit proof", err: ErrForbidden}
	}
	e, ok := f.proofEntries[q.Seq]
	if !ok || e.Patient != q.Patient {
		return AuditProof{}, &wrapped{msg: "audit proof", err: ErrNotFound}
	}
	if e.Batch == nil {
		return AuditProof{}, &AuditPendingError{Seq: e.Seq, AnchorInterval: f.pendingEvery, NextAnchor: f.pendingNext}
	}
	leaf, err := merkle.LeafHash(AuditLeafEncoding, []any{e.Seq, uint64(e.At.Unix()), e.Actor, e.Patient, e.RecordID,
		uint8(e.Category), uint8(e.Purpose), e.Action})
	if err != nil {
		return AuditProof{}, err
	}
	return AuditProof{Entry: e, Leaf: leaf, Proof: [][32]byte{fakeAuditSibling}, Batch: *e.Batch,
		Root: merkle.NodeHash(leaf, fakeAuditSibling)}, nil
}

func (f *fakeRecords) Erase(_ context.Context, caller, patient common.Address) (Erasure, error) {
	f.record("Erase", caller, patient)
	return f.erasure, f.err
}

// fakeSessions knows patientToken and otherToken; expiredToken is refused as
// expired. SignIn accepts any message whose signature is testProof.
type fakeSessions struct {
	recorder
	mu        sync.Mutex
	sessions  map[string]common.Address
	signInErr error
	authErr   error
}

func newFakeSessions() *fakeSessions {
	return &fakeSessions{sessions: map[string]common.Address{patientToken: patientAccount, otherToken: otherAccount}}
}

func (f *fakeSessions) Challenge() (SignInChallenge, error) {
	f.record("Challenge")
	return SignInChallenge{Nonce: "5f2b9c1e7a3d4e8f", ExpiresAt: fixedNow.Add(5 * time.Minute), Domain: "portal.example.org",
		URI: "https://portal.example.org", ChainID: 1337, Statement: "Sign in to Salus."}, nil
}

func (f *fakeSessions) SignIn(message string, signature []byte) (Session, error) {
	f.record("SignIn", message, signature)
	if f.signInErr != nil {
		return Session{}, f.signInErr
	}
	if !bytes.Equal(signature, testProof) {
		return Session{}, Unauthenticated("the signature was not made by the message's address")
	}
	return Session{Token: patientToken, Address: patientAccount, ExpiresAt: fixedNow.Add(8 * time.Hour)}, nil
}

func (f *fakeSessions) Authenticate(token string) (common.Address, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.authErr != nil {
		return common.Address{}, f.authErr
	}
	if token == expiredToken {
		return common.Address{}, Unauthenticated("the session expired at 2025-06-01T11:00:00Z")
	}
	a, ok := f.sessions[token]
	if !ok {
		return common.Address{}, Unauthenticated("unknown session")
	}
	return a, nil
}

func (f *fakeSessions) SignOut(token string) {
	f.record("SignOut", token)
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.sessions, token)
}

// fakeStorage adds documents to a slice and serves a gateway that behaves
// like a trustless one for testCID.
type fakeStorage struct {
	recorder
	mu    sync.Mutex
	added [][]byte
	err   error
	gw    http.Handler
}

func newFakeStorage() *fakeStorage {
	f := &fakeStorage{}
	f.gw = http.HandlerFunc(f.serveGateway)
	return f
}

func (f *fakeStorage) AddPublic(_ context.Context, r io.Reader) (string, error) {
	data, err := io.ReadAll(r)
	f.record("AddPublic", len(data))
	if err != nil {
		return "", errors.New("import: read failed")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return "", f.err
	}
	f.added = append(f.added, data)
	return testCID, nil
}

func (f *fakeStorage) Gateway() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.gw.ServeHTTP(w, r) })
}

func (f *fakeStorage) serveGateway(w http.ResponseWriter, r *http.Request) {
	f.record("Gateway", r.Method, r.URL.Path)
	rest := strings.TrimPrefix(r.URL.Path, "/ipfs/")
	cid, sub, _ := strings.Cut(rest, "/")
	switch {
	case !strings.HasPrefix(cid, "baf"):
		http.Error(w, "invalid path \""+r.URL.Path+"\": invalid cid: selected encoding not supported", http.StatusBadRequest)
		return
	case cid != testCID || (sub != "" && sub != "readme.txt" && sub != "docs/readme.txt"):
		http.Error(w, "failed to resolve "+r.URL.Path+": ipld: could not find node", http.StatusNotFound)
		return
	}
	format := r.URL.Query().Get("format")
	accept := r.Header.Get("Accept")
	var ct string
	switch {
	case format == "raw" || strings.Contains(accept, "application/vnd.ipld.raw"):
		ct = "application/vnd.ipld.raw"
	case format == "car" || strings.Contains(accept, "application/vnd.ipld.car"):
		ct = "application/vnd.ipld.car"
	default:
		http.Error(w, "deserialized responses are disabled; use a trustless format", http.StatusNotAcceptable)
		return
	}
	etag := `"` + cid + "." + strings.TrimPrefix(ct, "application/vnd.ipld.") + `"`
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Etag", etag)
	w.Header().Set("Cache-Control", "public, max-age=29030400, immutable")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(testBlock)
	}
}

// Compile-time checks that the fakes implement the interfaces.
var (
	_ Consent  = (*fakeConsent)(nil)
	_ Records  = (*fakeRecords)(nil)
	_ Sessions = (*fakeSessions)(nil)
	_ Storage  = (*fakeStorage)(nil)
)
