package app_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/backend/webhooks"
	"github.com/salus-health/salus/bindings"
)

// hookReceiver is a webhook receiver that records what it gets and checks
// signatures with the secrets it is told; while down it drops connections
// without an answer.
type hookReceiver struct {
	srv     *httptest.Server
	mu      sync.Mutex
	secrets map[string]string // by path
	got     []hookRequest
	down    bool
}

type hookRequest struct {
	path, event, delivery string
	payload               webhooks.Payload
	verified              error
	answered              bool
}

func newHookReceiver(t *testing.T) *hookReceiver {
	r := &hookReceiver{secrets: map[string]string{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		hr := hookRequest{path: req.URL.Path, event: req.Header.Get(webhooks.HeaderEvent), delivery: req.Header.Get(webhooks.HeaderDelivery), answered: !r.down}
		hr.verified = webhooks.Verify(r.secrets[req.URL.Path], req.Header.Get(webhooks.HeaderSignature), body, time.Now())
		_ = json.Unmarshal(body, &hr.payload)
		r.got = append(r.got, hr)
		down := r.down
		r.mu.Unlock()
		if down {
			panic(http.ErrAbortHandler) // no answer: the connection is dropped
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *hookReceiver) setDown(down bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.down = down
}

func (r *hookReceiver) requests() []hookRequest {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]hookRequest(nil), r.got...)
}

// find returns the answered requests to path of type typ for claim id.
func (r *hookReceiver) find(path, typ string, id common.Hash, answered bool) []hookRequest {
	var out []hookRequest
	for _, h := range r.requests() {
		if h.path == path && h.payload.Type == typ && h.payload.ClaimID == id.Hex() && h.answered == answered {
			out = append(out, h)
		}
	}
	return out
}

func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// claimsDriver sends Claims, AccessGrants and SettlementToken transactions
// through the Go bindings, with keys from the stack's keystore.
type claimsDriver struct {
	t       *testing.T
	ec      *ethclient.Client
	chainID *big.Int
	claims  *bindings.Claims
	addr    common.Address
	grants  *bindings.AccessGrants
	token   *bindings.SettlementToken
	bank    *ecdsa.PrivateKey // pays gas for the others and makes blocks
}

func (d *claimsDriver) key(s *app.Stack, a common.Address) *ecdsa.PrivateKey {
	k, err := s.Keys().PrivateKey(a)
	if err != nil {
		d.t.Fatal(err)
	}
	return k
}

// send signs with key, waits for the receipt and requires success.
func (d *claimsDriver) send(key *ecdsa.PrivateKey, what string, f func(o *bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	o, err := bind.NewKeyedTransactorWithChainID(key, d.chainID)
	if err != nil {
		d.t.Fatal(err)
	}
	o.Context = ctx
	tx, err := f(o)
	if err != nil {
		d.t.Fatalf("%s: %v", what, err)
	}
	r, err := bind.WaitMined(ctx, d.ec, tx)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		d.t.Fatalf("%s: receipt %+v, %v", what, r, err)
	}
	return r
}

// pay sends ether from key to each of to.
func (d *claimsDriver) pay(key *ecdsa.PrivateKey, wei *big.Int, to ...common.Address) {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	for _, a := range to {
		nonce, err := d.ec.PendingNonceAt(ctx, from)
		if err != nil {
			d.t.Fatal(err)
		}
		price, err := d.ec.SuggestGasPrice(ctx)
		if err != nil {
			d.t.Fatal(err)
		}
		tx, err := types.SignTx(types.NewTransaction(nonce, a, wei, 21_000, new(big.Int).Mul(price, big.NewInt(2)), nil),
			types.LatestSignerForChainID(d.chainID), key)
		if err != nil {
			d.t.Fatal(err)
		}
		if err := d.ec.SendTransaction(ctx, tx); err != nil {
			d.t.Fatal(err)
		}
		if r, err := bind.WaitMined(ctx, d.ec, tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
			d.t.Fatalf("pay %s: %v", a, err)
		}
	}
}

// block makes one more block (the embedded chain seals on demand), so that
// the blocks before it are one confirmation deep.
func (d *claimsDriver) block() {
	d.t.Helper()
	d.pay(d.bank, big.NewInt(1), crypto.PubkeyToAddress(d.bank.PublicKey))
}

func (d *claimsDriver) headTime() uint64 {
	h, err := d.ec.HeaderByNumber(context.Background(), nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return h.Time
}

// submit has the provider submit a covered claim of one consultation at
// unitAmount minor units under policy 1, and returns the claim id.
func (d *claimsDriver) submit(provKey *ecdsa.PrivateKey, patient common.Address, key string, unitAmount uint64) common.Hash {
	d.t.Helper()
	claimKey := crypto.Keccak256Hash([]byte("invoice/" + key))
	d.send(provKey, "submit claim "+key, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.claims.SubmitClaim(o, bindings.IClaimsSubmission{Patient: patient, PolicyId: 1, ServiceDate: d.headTime() - 3600,
			ClaimKey: claimKey, Lines: []bindings.IClaimsLine{{Code: consultCode, Quantity: 1, UnitAmount: unitAmount}}, Evidence: [][]byte{}})
	})
	provider := crypto.PubkeyToAddress(provKey.PublicKey)
	return crypto.Keccak256Hash(common.LeftPadBytes(provider[:], 32), claimKey[:])
}

var consultCode = [32]byte{'C', 'P', 'T', ':', '9', '9', '2', '1', '3'}

// TestWebhooksDeliverClaimEvents runs webhooks on the embedded stack: an
// insurer and a provider subscribe through the REST API with a local
// receiver; a claim submitted on chain (through the Go bindings) is paid in
// the same transaction, and both get correctly signed deliveries of their
// events; then a claim event happens while the receiver is down, the stack
// restarts, and the pending delivery arrives after the restart.
func TestWebhooksDeliverClaimEvents(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.AuditAnchorInterval = 0
	cfg.NoIndex = true
	s, _ := startStack(t, cfg)
	defer func() { stopStack(t, s) }()
	f := &pharmaFlow{t: t, s: s, c: client{t: t, base: "http://" + s.APIAddr().String()}, regToken: s.RegulatorToken}
	insurer, insToken := f.institution("acme-insurance", "insurer")
	provider, provToken := f.institution("st-mary", "provider")
	_, otherToken := f.institution("other-insurance", "insurer")

	m := s.Manifest()
	d := &claimsDriver{t: t, ec: s.Chain().Client(), chainID: new(big.Int).SetUint64(m.ChainID), addr: m.Address("Claims")}
	var err error
	if d.claims, err = bindings.NewClaims(d.addr, d.ec); err != nil {
		t.Fatal(err)
	}
	if d.grants, err = bindings.NewAccessGrants(m.Address("AccessGrants"), d.ec); err != nil {
		t.Fatal(err)
	}
	if d.token, err = bindings.NewSettlementToken(m.Address("SettlementToken"), d.ec); err != nil {
		t.Fatal(err)
	}
	regulator, _ := s.Keys().Lookup(app.RegulatorAccount)
	regKey, insKey, provKey := d.key(s, regulator), d.key(s, insurer), d.key(s, provider)
	d.bank, _ = crypto.GenerateKey()
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	d.pay(regKey, new(big.Int).Mul(ether, big.NewInt(1000)), crypto.PubkeyToAddress(d.bank.PublicKey))
	d.pay(d.bank, new(big.Int).Mul(ether, big.NewInt(10)), insurer, provider, patient)

	t.Run("the insurer's plan covers the patient, who consents to payment, and the pool is funded", func(t *testing.T) {
		const insuranceBit, paymentPurpose = 1 << 7, 2
		farFuture := uint64(time.Now().AddDate(5, 0, 0).Unix())
		d.send(patientKey, "grant", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return d.grants.Grant(o, insurer, insuranceBit, paymentPurpose, farFuture)
		})
		d.send(insKey, "create plan", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return d.claims.CreatePlan(o, bindings.IClaimsPlanTerms{CopayBps: 2000, ConsentCategories: insuranceBit,
				AnnualLimit: 10_000_000_000, ReviewThreshold: 500_000_000}, [][32]byte{consultCode}, []uint64{50_000_000})
		})
		d.send(insKey, "enrol", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return d.claims.Enrol(o, 1, patient, crypto.Keccak256Hash([]byte("member/1")), d.headTime()-30*24*3600, farFuture)
		})
		amount := big.NewInt(1_000_000_000) // 1000 tokens
		d.send(regKey, "mint", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return d.token.Mint(o, insurer, amount, crypto.Keccak256Hash([]byte("BANK-1")))
		})
		d.send(insKey, "approve", func(o *bind.TransactOpts) (*types.Transaction, error) { return d.token.Approve(o, d.addr, amount) })
		d.send(insKey, "deposit", func(o *bind.TransactOpts) (*types.Transaction, error) { return d.claims.Deposit(o, amount) })
	})

	hook := newHookReceiver(t)
	subscribe := func(token, path string, events ...string) float64 {
		body := map[string]any{"url": hook.srv.URL + path}
		if len(events) > 0 {
			body["events"] = events
		}
		res := f.mustDo("POST", "/v1/webhooks", token, body, 201)
		secret, _ := res["secret"].(string)
		if !strings.HasPrefix(secret, webhooks.SecretPrefix) {
			t.Fatalf("subscribe: %v", res)
		}
		hook.mu.Lock()
		hook.secrets[path] = secret
		hook.mu.Unlock()
		return res["id"].(float64)
	}
	insHook := subscribe(insToken, "/insurer")
	subscribe(provToken, "/provider", "ClaimPaid")
	subscribe(otherToken, "/other")

	var first common.Hash
	t.Run("a claim paid on submission is delivered, signed, to its insurer and provider only", func(t *testing.T) {
		first = d.submit(provKey, patient, "INV-1", 40_000_000)
		d.block() // one confirmation
		eventually(t, 30*time.Second, "the insurer's three deliveries and the provider's one", func() bool {
			return len(hook.find("/insurer", "ClaimPaid", first, true)) > 0 && len(hook.find("/insurer", "ClaimSubmitted", first, true)) > 0 &&
				len(hook.find("/insurer", "ClaimDecided", first, true)) > 0 && len(hook.find("/provider", "ClaimPaid", first, true)) > 0
		})
		for _, h := range hook.requests() {
			if h.verified != nil {
				t.Errorf("%s %s: the signature does not verify with the subscription's secret: %v", h.path, h.event, h.verified)
			}
			if h.path == "/other" {
				t.Errorf("another insurer received %s of a claim it is no party to", h.event)
			}
			if h.path == "/provider" && h.event != "ClaimPaid" {
				t.Errorf("the provider's ClaimPaid-only webhook received %s", h.event)
			}
		}
		paid := hook.find("/insurer", "ClaimPaid", first, true)[0].payload
		// 40 tokens allowed, 20 % co-pay: the insurer pays 32.
		if paid.Amount != "32.000000" || paid.Insurer != insurer.Hex() || paid.Provider != provider.Hex() || paid.BlockNumber == 0 {
			t.Errorf("ClaimPaid payload: %+v", paid)
		}
		if sub := hook.find("/insurer", "ClaimSubmitted", first, true)[0].payload; sub.Amount != "40.000000" || sub.Provider != provider.Hex() {
			t.Errorf("ClaimSubmitted payload: %+v", sub)
		}
		res := f.mustDo("GET", fmt.Sprintf("/v1/webhooks/%d/deliveries", int(insHook)), insToken, nil, 200)
		items := res["items"].([]any)
		if len(items) != 3 {
			t.Fatalf("deliveries: %v", res)
		}
		for _, it := range items {
			if st := it.(map[string]any)["state"]; st != "delivered" {
				t.Errorf("delivery state %v, want delivered", st)
			}
		}
		f.mustDo("GET", fmt.Sprintf("/v1/webhooks/%d", int(insHook)), otherToken, nil, 404)
	})

	t.Run("a delivery pending while the receiver is down arrives after a restart", func(t *testing.T) {
		hook.setDown(true)
		second := d.submit(provKey, patient, "INV-2", 10_000_000)
		d.block()
		eventually(t, 30*time.Second, "a failed attempt of the second claim's payment", func() bool {
			return len(hook.find("/insurer", "ClaimPaid", second, false)) > 0
		})
		failed := hook.find("/insurer", "ClaimPaid", second, false)[0]
		stopStack(t, s)
		hook.setDown(false)
		s, _ = startStack(t, cfg)
		eventually(t, 60*time.Second, "the delivery after the restart", func() bool {
			return len(hook.find("/insurer", "ClaimPaid", second, true)) > 0
		})
		got := hook.find("/insurer", "ClaimPaid", second, true)[0]
		if got.verified != nil || got.delivery != failed.delivery || got.payload.Amount != "8.000000" {
			t.Errorf("after restart: %+v (delivery id %q before)", got, failed.delivery)
		}
		if n := len(hook.find("/insurer", "ClaimPaid", first, true)); n != 1 {
			t.Errorf("the first claim's payment was delivered %d times, want once (nothing queued twice after the restart)", n)
		}
	})
}
