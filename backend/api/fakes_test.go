package api

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/auth"
)

// Accounts and tokens used across the tests.
var (
	regulatorAccount = common.HexToAddress("0x52908400098527886E0F7030069857D2E4169EE7")
	hospitalAccount  = common.HexToAddress("0x8617E340B3D01FA5F11F306F4090FD50E238070D")
	pharmacyAccount  = common.HexToAddress("0xde709f2102306220921060314715629080e2fb77")
	deviceAccount    = common.HexToAddress("0x27b1fdb04752bbc536007a920d24acb045561c26")

	regulatorToken = "salus_regulator0_" + strings.Repeat("a", 64)
	hospitalToken  = "salus_hospital00_" + strings.Repeat("b", 64)

	minedTx = TxResult{
		TxHash:      common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111"),
		BlockNumber: 42,
		BlockHash:   common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222"),
		Status:      1,
	}
)

// fakeChain is a Chain with canned answers.
type fakeChain struct {
	info     ChainInfo
	infoErr  error
	readyErr error
}

func (f *fakeChain) Info(context.Context) (ChainInfo, error) { return f.info, f.infoErr }
func (f *fakeChain) Ready(context.Context) error             { return f.readyErr }

// call records one Registry write.
type call struct {
	Method string
	From   common.Address
	Args   []any
}

// fakeRegistry is a Registry that records writes and answers from maps. Set err to
// make every write fail, or panicOn to make a method panic.
type fakeRegistry struct {
	mu           sync.Mutex
	participants map[common.Address]Participant
	regulators   map[common.Address]bool
	regulatorErr error
	readErr      error
	err          error
	tx           TxResult
	panicOn      string
	calls        []call
	queries      []ParticipantQuery
}

func newFakeRegistry() *fakeRegistry {
	return &fakeRegistry{
		participants: map[common.Address]Participant{},
		regulators:   map[common.Address]bool{regulatorAccount: true},
		tx:           minedTx,
	}
}

func (f *fakeRegistry) write(method string, from common.Address, args ...any) (TxResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.panicOn == method {
		panic("fake registry: " + method + " exploded")
	}
	f.calls = append(f.calls, call{Method: method, From: from, Args: args})
	if f.err != nil {
		return TxResult{}, f.err
	}
	return f.tx, nil
}

// writes returns the recorded writes.
func (f *fakeRegistry) writes() []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]call(nil), f.calls...)
}

func (f *fakeRegistry) Participant(_ context.Context, a common.Address) (Participant, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.panicOn == "Participant" {
		panic("fake registry: Participant exploded")
	}
	if f.readErr != nil {
		return Participant{}, f.readErr
	}
	p, ok := f.participants[a]
	if !ok {
		return Participant{}, &wrapped{msg: "participant " + a.Hex(), err: ErrNotFound}
	}
	return p, nil
}

// Participants lists the fake's participants ordered by address; the position
// of the i-th is block i+1, index 0.
func (f *fakeRegistry) Participants(_ context.Context, q ParticipantQuery) (ParticipantPage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.readErr != nil {
		return ParticipantPage{}, f.readErr
	}
	f.queries = append(f.queries, q)
	accounts := make([]common.Address, 0, len(f.participants))
	for a := range f.participants {
		accounts = append(accounts, a)
	}
	slices.SortFunc(accounts, func(a, b common.Address) int { return a.Cmp(b) })
	var page ParticipantPage
	for i, a := range accounts {
		pos := ListPosition{Block: uint64(i + 1)}
		p := f.participants[a]
		if (q.After != nil && !q.After.Less(pos)) || (q.Role != 0 && p.Role != q.Role) {
			continue
		}
		if len(page.Participants) == q.Limit {
			last := ListPosition{Block: uint64(slices.Index(accounts, page.Participants[q.Limit-1].Account) + 1)}
			page.Next = &last
			break
		}
		page.Participants = append(page.Participants, p)
	}
	return page, nil
}

func (f *fakeRegistry) License(_ context.Context, from common.Address, req LicenseRequest) (TxResult, error) {
	return f.write("License", from, req)
}

func (f *fakeRegistry) Suspend(_ context.Context, from, account common.Address, reason [32]byte) (TxResult, error) {
	return f.write("Suspend", from, account, reason)
}

func (f *fakeRegistry) Reinstate(_ context.Context, from, account common.Address) (TxResult, error) {
	return f.write("Reinstate", from, account)
}

func (f *fakeRegistry) RegisterDevice(_ context.Context, from, device, owner common.Address, ref [32]byte) (TxResult, error) {
	return f.write("RegisterDevice", from, device, owner, ref)
}

func (f *fakeRegistry) RegisterEncryptionKey(_ context.Context, from common.Address, publicKey, proof []byte) (TxResult, error) {
	return f.write("RegisterEncryptionKey", from, publicKey, proof)
}

func (f *fakeRegistry) IsRegulator(_ context.Context, a common.Address) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.regulators[a], f.regulatorErr
}

// wrapped is how a service would wrap a sentinel with context.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

// fakeAuth authenticates a fixed set of tokens.
type fakeAuth map[string]auth.Principal

func (f fakeAuth) Authenticate(token string) (auth.Principal, error) {
	p, ok := f[token]
	if !ok {
		return auth.Principal{}, auth.ErrInvalidToken
	}
	return p, nil
}

// harness is a server over fakes, with its log captured.
type harness struct {
	srv      *Server
	chain    *fakeChain
	registry *fakeRegistry
	consent  *fakeConsent
	records  *fakeRecords
	sessions *fakeSessions
	storage  *fakeStorage
	logMu    sync.Mutex
	logBuf   bytes.Buffer
}

func (h *harness) Write(p []byte) (int, error) {
	h.logMu.Lock()
	defer h.logMu.Unlock()
	return h.logBuf.Write(p)
}

func (h *harness) logs() string {
	h.logMu.Lock()
	defer h.logMu.Unlock()
	return h.logBuf.String()
}

var fixedNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// newHarness makes a server over fakes with the default configuration, changed
// by configure. Its clock stands still at fixedNow, so rate limit buckets never
// refill: a test that sends more than DefaultConfig().ClientBurst requests
// through one harness must raise or disable the limits.
func newHarness(t *testing.T, configure ...func(*Config)) *harness {
	t.Helper()
	return newHarnessDeps(t, nil, configure...)
}

// newHarnessDeps is newHarness with the dependencies changed by deps, e.g. to
// leave a service out.
func newHarnessDeps(t *testing.T, deps func(*Deps), configure ...func(*Config)) *harness {
	t.Helper()
	h := &harness{
		chain: &fakeChain{info: ChainInfo{
			ChainID:         1337,
			HeadNumber:      100,
			HeadHash:        common.HexToHash("0xabcdef"),
			HeadTime:        time.Date(2025, 6, 1, 11, 59, 55, 0, time.FixedZone("CEST", 2*3600)),
			Signers:         []common.Address{regulatorAccount},
			Contracts:       map[string]common.Address{"Registry": common.HexToAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")},
			DeploymentBlock: 1,
		}},
		registry: newFakeRegistry(),
		consent:  newFakeConsent(),
		records:  newFakeRecords(),
		sessions: newFakeSessions(),
		storage:  newFakeStorage(),
	}
	d := Deps{
		Chain:    h.chain,
		Registry: h.registry,
		Auth: fakeAuth{
			regulatorToken: {ID: "regulator0", Name: "Health Authority", Account: regulatorAccount},
			hospitalToken:  {ID: "hospital00", Name: "St. Mary Hospital", Account: hospitalAccount},
			custodialToken: {ID: "custodial0", Name: "Custodial patient", Account: custodialAccount},
		},
		Consent:  h.consent,
		Records:  h.records,
		Sessions: h.sessions,
		Storage:  h.storage,
		Logger:   slog.New(slog.NewJSONHandler(h, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if deps != nil {
		deps(&d)
	}
	cfg := DefaultConfig()
	for _, f := range configure {
		f(&cfg)
	}
	srv, err := New(cfg, d)
	if err != nil {
		t.Fatalf("New: got error %v, want nil", err)
	}
	srv.now = func() time.Time { return fixedNow }
	h.srv = srv
	return h
}

// request describes one request to the handler.
type request struct {
	method, path, body string
	token              string            // sent as a bearer token when not empty
	header             map[string]string // extra headers
	remote             string            // the client's address, host:port; httptest's default when empty
}

// do serves r through the router into a recorder; no network is involved. The
// request and the response are validated against the OpenAPI document.
func (h *harness) do(t *testing.T, r request) *httptest.ResponseRecorder {
	t.Helper()
	var body io.Reader = http.NoBody
	if r.body != "" {
		body = strings.NewReader(r.body)
	}
	req := httptest.NewRequest(r.method, r.path, body)
	if r.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	if r.remote != "" {
		req.RemoteAddr = r.remote
	}
	header := req.Header.Clone()
	rec := httptest.NewRecorder()
	h.srv.Handler().ServeHTTP(rec, req)
	checkExchange(t, exchange{method: r.method, target: r.path, header: header, body: []byte(r.body),
		status: rec.Code, respHeader: rec.Header(), respBody: rec.Body.Bytes()})
	return rec
}
