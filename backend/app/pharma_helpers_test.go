package app_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/backend/gs1"
	"github.com/salus-health/salus/backend/siwe"
)

// pharmaFlow is the embedded stack with the helpers flows 2 and 3 share:
// institutions with API tokens, batches registered with their serial list,
// custody moved, packs printed as a scanner reads them.
type pharmaFlow struct {
	t        *testing.T
	s        *app.Stack
	c        client
	base     string
	regToken string
}

func startPharmaFlow(t *testing.T) *pharmaFlow {
	t.Helper()
	cfg := testConfig(t.TempDir())
	cfg.AuditAnchorInterval = 0
	cfg.NoIndex = true
	s, out := startStack(t, cfg)
	t.Cleanup(func() { stopStack(t, s) })
	_ = out
	base := "http://" + s.APIAddr().String()
	return &pharmaFlow{t: t, s: s, c: client{t: t, base: base}, base: base, regToken: s.RegulatorToken}
}

// institution makes a keystore account with an API token, licensed in role.
func (f *pharmaFlow) institution(name, role string) (common.Address, string) {
	f.t.Helper()
	addr, _, err := f.s.Keys().Ensure(name)
	if err != nil {
		f.t.Fatal(err)
	}
	token, _, err := f.s.Credentials().Create(name, addr)
	if err != nil {
		f.t.Fatal(err)
	}
	if code, body := f.c.do("POST", "/v1/participants", f.regToken, jsonBody(map[string]any{"address": addr.Hex(),
		"role": role, "name": name, "licenseRef": "LIC-" + name, "validUntil": time.Now().AddDate(5, 0, 0).UTC().Format(time.RFC3339)})); code != 201 {
		f.t.Fatalf("license %s: %d %v", name, code, body)
	}
	return addr, token
}

// mustDo sends a JSON request and fails unless the answer has status want.
func (f *pharmaFlow) mustDo(method, path, token string, body any, want int) map[string]any {
	f.t.Helper()
	b := ""
	if body != nil {
		b = jsonBody(body)
	}
	code, resp := f.c.do(method, path, token, b)
	if code != want {
		f.t.Fatalf("%s %s: got %d %v, want %d", method, path, code, resp, want)
	}
	return resp
}

// gtinOf appends the GS1 check digit to 13 digits.
func gtinOf(data13 string) string { return data13 + string(gs1.CheckDigit(data13)) }

// flowBatch is a batch registered through the API.
type flowBatch struct {
	id      string
	gtin    string
	lot     string
	expiry  time.Time // the expiry date, 00:00 UTC
	serials []string
}

// registerBatch registers a batch of n packs with the manufacturer's token,
// expiring in two years.
func (f *pharmaFlow) registerBatch(token, gtin, lot string, n int) *flowBatch {
	f.t.Helper()
	return f.registerBatchExpiring(token, gtin, lot, n, time.Now().UTC().AddDate(2, 0, 0))
}

// registerBatchExpiring registers a batch of n packs expiring on the UTC day of expiry.
func (f *pharmaFlow) registerBatchExpiring(token, gtin, lot string, n int, expiry time.Time) *flowBatch {
	f.t.Helper()
	b := &flowBatch{gtin: gtin, lot: lot, expiry: expiry.UTC().Truncate(24 * time.Hour)}
	var body strings.Builder
	for i := 1; i <= n; i++ {
		s := fmt.Sprintf("SN%s%06d", lot, i)
		b.serials = append(b.serials, s)
		body.WriteString(s + "\r\n")
	}
	q := url.Values{"gtin": {gtin}, "lot": {lot}, "manufactured": {time.Now().UTC().AddDate(0, 0, -3).Format(time.DateOnly)},
		"expiry": {b.expiry.Format(time.DateOnly)}, "minTemperature": {"200"}, "maxTemperature": {"800"}}
	code, raw, h := rawDo(f.t, "POST", f.base+"/v1/batches?"+q.Encode(), token, "text/plain; charset=utf-8", strings.NewReader(body.String()))
	if code != 201 {
		f.t.Fatalf("register batch %s: %d %s", lot, code, raw)
	}
	var res struct {
		Batch map[string]any
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		f.t.Fatal(err)
	}
	b.id, _ = res.Batch["batchId"].(string)
	if h.Get("Location") != "/v1/batches/"+b.id || res.Batch["packCount"] != float64(n) || res.Batch["serialTreeCid"] == nil {
		f.t.Fatalf("register batch %s: Location %q, batch %v", lot, h.Get("Location"), res.Batch)
	}
	return b
}

// code is the raw element string a scanner reads from the DataMatrix of the
// pack with serial: symbology identifier, FNC1 as GS, GS after the lot.
func (b *flowBatch) code(serial string) string {
	return "]d2\x1d01" + b.gtin + "17" + b.expiry.Format("060102") + "10" + b.lot + "\x1d21" + serial
}

// hri is the bracketed human-readable form of the pack's code.
func (b *flowBatch) hri(serial string) string {
	return "(01)" + b.gtin + "(17)" + b.expiry.Format("060102") + "(10)" + b.lot + "(21)" + serial
}

// move hands quantity packs over from one holder to another and accepts it.
func (f *pharmaFlow) move(b *flowBatch, fromToken string, to common.Address, toToken string, quantity int) int {
	f.t.Helper()
	id := f.handOver(b, fromToken, to, quantity)
	res := f.mustDo("POST", fmt.Sprintf("/v1/handovers/%d/accept", id), toToken, nil, 200)
	if ho := res["handOver"].(map[string]any); ho["status"] != "accepted" {
		f.t.Fatalf("accept %d: %v", id, ho)
	}
	return id
}

// handOver starts a hand-over and returns its id.
func (f *pharmaFlow) handOver(b *flowBatch, fromToken string, to common.Address, quantity int) int {
	f.t.Helper()
	res := f.mustDo("POST", "/v1/batches/"+b.id+"/handovers", fromToken, map[string]any{"to": to.Hex(), "quantity": quantity}, 201)
	ho := res["handOver"].(map[string]any)
	if ho["status"] != "pending" || ho["quantity"] != float64(quantity) {
		f.t.Fatalf("hand-over: %v", ho)
	}
	return int(ho["id"].(float64))
}

// writeRecord stores doc (a FHIR resource) as a record of patient in
// category through POST /v1/records with token, and returns its version id
// and CID.
func (f *pharmaFlow) writeRecord(token string, patient common.Address, category, doc string) (uint64, string) {
	f.t.Helper()
	code, raw, _ := rawDo(f.t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=%s", f.base, patient.Hex(), category),
		token, "application/fhir+json", strings.NewReader(doc))
	if code != 201 {
		f.t.Fatalf("write %s record: %d %s", category, code, raw)
	}
	id := jsonNumber(f.t, fmt.Sprint(jsonField(f.t, raw, "record", "id")))
	return id, fmt.Sprint(jsonField(f.t, raw, "record", "cid"))
}

// walletSession signs the patient in with an EIP-4361 message signed by key
// (as a wallet's personal_sign does) and returns the session token.
func (f *pharmaFlow) walletSession(key *ecdsa.PrivateKey) string {
	f.t.Helper()
	ch := f.mustDo("GET", "/v1/auth/nonce", "", nil, 200)
	m := siwe.Message{Domain: fmt.Sprint(ch["domain"]), Address: crypto.PubkeyToAddress(key.PublicKey),
		Statement: fmt.Sprint(ch["statement"]), URI: fmt.Sprint(ch["uri"]), Version: "1",
		ChainID: uint64(ch["chainId"].(float64)), Nonce: fmt.Sprint(ch["nonce"]), IssuedAt: time.Now().UTC().Truncate(time.Second)}
	msg := m.String()
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		f.t.Fatal(err)
	}
	sig[64] += 27
	se := f.mustDo("POST", "/v1/auth/siwe", "", map[string]any{"message": msg, "signature": hexutil.Encode(sig)}, 200)
	return se["token"].(string)
}

// signTypedData signs the EIP-712 typed data the API gave, as a wallet does
// (go-ethereum's apitypes), and returns the 65-byte r‖s‖v signature (v 27
// or 28) and the digest.
func signTypedData(t *testing.T, key *ecdsa.PrivateKey, td map[string]any) ([]byte, common.Hash) {
	t.Helper()
	raw, _ := json.Marshal(td)
	var typed apitypes.TypedData
	if err := json.Unmarshal(raw, &typed); err != nil {
		t.Fatalf("typed data %s: %v", raw, err)
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatalf("hash typed data %s: %v", raw, err)
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig, common.BytesToHash(digest)
}

// grantTreatment has the patient (a wallet key) grant the provider treatment
// access to categories, signed in Go and relayed by the API.
func (f *pharmaFlow) grantTreatment(patientKey *ecdsa.PrivateKey, provider common.Address, providerToken string, categories []string) {
	f.t.Helper()
	f.grant(patientKey, provider, providerToken, categories, "treatment")
}

// grant has the patient (a wallet key) grant grantee access to categories
// for purpose, signed in Go as a wallet signs EIP-712 typed data and relayed
// by the API with token.
func (f *pharmaFlow) grant(patientKey *ecdsa.PrivateKey, grantee common.Address, token string, categories []string, purpose string) {
	f.t.Helper()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	expires := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Second).Format(time.RFC3339)
	td := f.mustDo("POST", "/v1/grants/typed-data", token, map[string]any{"kind": "grant", "patient": patient.Hex(),
		"grantee": grantee.Hex(), "categories": categories, "purpose": purpose, "expiresAt": expires}, 200)
	sig, _ := signTypedData(f.t, patientKey, td)
	msg := td["message"].(map[string]any)
	f.mustDo("POST", "/v1/grants/signed", token, map[string]any{"patient": patient.Hex(), "grantee": grantee.Hex(),
		"categories": categories, "purpose": purpose, "expiresAt": expires, "nonce": msg["nonce"],
		"deadline": unixToRFC3339(f.t, msg["deadline"]), "signature": hexutil.Encode(sig)}, 201)
}

// jsonField returns raw's object field path[0].path[1]...
func jsonField(t *testing.T, raw []byte, path ...string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s has no %v", raw, path)
		}
		v = m[k]
	}
	return v
}

// jsonNumber turns a decimal id into the integer a JSON body carries.
func jsonNumber(t *testing.T, s string) uint64 {
	t.Helper()
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("id %q: %v", s, err)
	}
	return n
}

func mustBig(t *testing.T, s string) *big.Int {
	t.Helper()
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("not a decimal integer: %q", s)
	}
	return n
}
