// Command benchclaims measures how many insurance claims per second Salus
// settles end to end through its REST API, next to what the chain itself can
// take of the same transactions.
//
//	go run ./scripts/benchclaims [-n 1000] [-rounds 3] [-clients 512] [-providers 4] [-workers 8] [-batch 8] [-period 2] [-cpuprofile file]
//
// It starts the embedded stack (`salus run`: in-process single-signer Clique
// chain with JSON-RPC over HTTP on a free loopback port, the contracts, the
// REST API) in a temporary directory, deleted afterwards, with the block
// period -period: 2 s by default, the shape of `make run`, where the block
// gas limit is the ceiling (200 one-line claims per block) and the
// question is whether the API keeps blocks as full as presigned
// transactions do; or 0, a block whenever transactions wait, where the
// node's CPU is the limit and every cycle the API and the sender spend
// (an eth_call preflight per write, receipt polling every 500 ms) is taken
// from the chain. With 2 s blocks the miner commits a block's content when
// the previous one is sealed, so a transaction that arrives later waits one
// more block: the REST side needs about twice a block's worth of claims in
// flight (-clients) to keep blocks full. Through the API it licenses an
// insurer and the providers, has a patient grant the insurer payment
// consent, publishes a plan, enrols the patient, mints and deposits a pool
// that covers every claim. Then, round after round, in an order that
// rotates per round:
//
//   - (a) the ceiling: N submitClaim transactions of provider A (one line of
//     a covered code, inside the review threshold, so each is adjudicated
//     and paid in its transaction) are signed up front with consecutive
//     nonces, one eth_estimateGas × 1.2 as the gas limit and fees read once,
//     and pushed with eth_sendRawTransaction by -workers workers in JSON-RPC
//     batches of -batch. Timed from the first send until the receipt of the
//     highest nonce is available.
//   - (b) the real path: -clients concurrent HTTP clients POST N claims to
//     /v1/claims as JSON, for -providers providers in turn (claims come from
//     many institutions; each institution's account sends its transactions
//     in nonce order); each request returns once the claim was mined and
//     paid. Timed from the first request to the last answer.
//
// claims/s = N / elapsed; the ratio b/a says how close the REST path gets to
// the chain's ceiling for the same work (target ≥ 0.8, median of the rounds).
// The node shares the machine's cores with the API and the clients, so every
// cycle the API spends is taken from the chain. Every claim of both sides is
// checked to be paid (responses and the final nonce are checked after the
// clock stops), and each side prints the blocks it filled. The verdict is
// informational: the exit status is 0 unless something failed.
package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/money"
)

type options struct {
	n, rounds, clients, workers, batch, providers int
	period                                        uint64
	cpuprofile                                    string
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 1000, "claims per side and round (keep it within 5 blocks of 200: fee caps of twice the base fee outlast that many full blocks)")
	flag.IntVar(&o.rounds, "rounds", 3, "rounds")
	flag.IntVar(&o.clients, "clients", 512, "concurrent REST clients (b); with 2 s blocks about twice what a block holds, as a transaction that arrives after the miner committed the next block waits one more")
	flag.IntVar(&o.providers, "providers", 4, "providers whose claims the REST clients post, round robin (b)")
	flag.IntVar(&o.workers, "workers", 8, "concurrent pushers of the presigned ceiling (a)")
	flag.IntVar(&o.batch, "batch", 8, "transactions per JSON-RPC batch of the ceiling (a)")
	flag.Uint64Var(&o.period, "period", 2, "Clique block period in seconds (2: the embedded stack's default); 0 seals when transactions wait")
	flag.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the REST side (b) to this file")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchclaims:", err)
		os.Exit(1)
	}
}

// bench is the running stack with the accounts of the benchmark.
type bench struct {
	o        options
	s        *app.Stack
	base     string
	http     *http.Client
	rpc      *rpc.Client
	eth      *ethclient.Client
	chainID  *big.Int
	claims   common.Address
	patient  common.Address
	policyID uint64
	provA    common.Address // the ceiling's provider, never used by the API
	keyA     *ecdsa.PrivateKey
	toksB    []string // the REST providers' API tokens
	seq      atomic.Uint64
}

func progress(format string, args ...any) {
	fmt.Printf("  "+format+"\n", args...)
}

func run(o options) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "benchclaims-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cfg := app.DefaultConfig()
	cfg.DataDir = dir
	cfg.RPCAddr = "127.0.0.1:0"
	cfg.BlockPeriod = o.period
	cfg.LightScrypt = true
	cfg.KeystorePassword = "bench"
	cfg.API.Addr = "127.0.0.1:0"
	cfg.API.ClientRate, cfg.API.CredentialRate = 0, 0
	cfg.AuditAnchorInterval = 0
	cfg.NoIndex = true
	cfg.IPFSOffline = true
	fmt.Printf("benchclaims: %d claims per side, %d rounds, %d REST clients for %d providers, ceiling %d workers × batch %d, period %ds, GOMAXPROCS %d\n",
		o.n, o.rounds, o.clients, max(1, o.providers), o.workers, o.batch, o.period, runtime.GOMAXPROCS(0))
	progress("starting the embedded stack in %s", dir)
	s, err := app.NewStack(cfg, io.Discard, nil)
	if err != nil {
		return err
	}
	if err := s.Start(ctx); err != nil {
		return fmt.Errorf("start: %w", err)
	}
	defer func() {
		sctx, c := context.WithTimeout(context.Background(), time.Minute)
		defer c()
		_ = s.Stop(sctx)
	}()
	b := &bench{o: o, s: s, base: "http://" + s.APIAddr().String(),
		http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: o.clients + 4}, Timeout: 5 * time.Minute}}
	if b.rpc, err = rpc.DialContext(ctx, s.RPCURL()); err != nil {
		return err
	}
	b.eth = ethclient.NewClient(b.rpc)
	if b.chainID, err = b.eth.ChainID(ctx); err != nil {
		return err
	}
	b.claims = s.Manifest().Address("Claims")
	if err := b.setup(ctx); err != nil {
		return fmt.Errorf("setup: %w", err)
	}
	var ratios []float64
	for r := 1; r <= o.rounds; r++ {
		var a, rest float64
		order := []string{"a", "b"}
		if r%2 == 0 {
			order = []string{"b", "a"}
		}
		for _, side := range order {
			var rate float64
			var err error
			if side == "a" {
				rate, err = b.ceiling(ctx, r)
				a = rate
			} else {
				rate, err = b.viaREST(ctx, r)
				rest = rate
			}
			if err != nil {
				return fmt.Errorf("round %d (%s): %w", r, side, err)
			}
		}
		ratios = append(ratios, rest/a)
		fmt.Printf("round %d: (a) presigned ceiling %8.1f claims/s   (b) REST %8.1f claims/s   b/a %.2f\n", r, a, rest, rest/a)
	}
	sort.Float64s(ratios)
	med := ratios[len(ratios)/2]
	if len(ratios)%2 == 0 {
		med = (ratios[len(ratios)/2-1] + ratios[len(ratios)/2]) / 2
	}
	verdict := "meets"
	if med < 0.8 {
		verdict = "misses"
	}
	fmt.Printf("median b/a %.2f: %s the target of 0.8\n", med, verdict)
	return nil
}

// do sends a JSON request and decodes the answer into out.
func (b *bench) do(ctx context.Context, method, path, token string, body any, want int, out any) error {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, b.base+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := b.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != want {
		return fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, raw)
	}
	if out != nil {
		return json.Unmarshal(raw, out)
	}
	return nil
}

// institution makes a keystore account with a token, licensed in role.
func (b *bench) institution(ctx context.Context, name, role string) (common.Address, string, error) {
	addr, _, err := b.s.Keys().Ensure(name)
	if err != nil {
		return common.Address{}, "", err
	}
	tok, _, err := b.s.Credentials().Create(name, addr)
	if err != nil {
		return common.Address{}, "", err
	}
	err = b.do(ctx, "POST", "/v1/participants", b.s.RegulatorToken, map[string]any{"address": addr.Hex(), "role": role, "name": name,
		"licenseRef": "LIC-" + name, "validUntil": time.Now().AddDate(5, 0, 0).UTC().Format(time.RFC3339)}, 201, nil)
	return addr, tok, err
}

func (b *bench) setup(ctx context.Context) error {
	progress("licensing an insurer and two providers, granting consent, publishing a plan, funding the pool")
	insurer, insTok, err := b.institution(ctx, "bench-insurer", "insurer")
	if err != nil {
		return err
	}
	var tokA string
	if b.provA, tokA, err = b.institution(ctx, "bench-provider-a", "provider"); err != nil {
		return err
	}
	if b.keyA, err = b.s.Keys().PrivateKey(b.provA); err != nil {
		return err
	}
	for i := 0; i < max(1, b.o.providers); i++ {
		_, tok, err := b.institution(ctx, fmt.Sprintf("bench-provider-b%d", i), "provider")
		if err != nil {
			return err
		}
		b.toksB = append(b.toksB, tok)
	}
	patientKey, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	b.patient = crypto.PubkeyToAddress(patientKey.PublicKey)
	expires := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Second).Format(time.RFC3339)
	grant := map[string]any{"kind": "grant", "patient": b.patient.Hex(), "grantee": insurer.Hex(), "categories": []string{"insurance"},
		"purpose": "payment", "expiresAt": expires}
	var td map[string]any
	if err := b.do(ctx, "POST", "/v1/grants/typed-data", insTok, grant, 200, &td); err != nil {
		return err
	}
	sig, err := signTyped(patientKey, td)
	if err != nil {
		return err
	}
	msg := td["message"].(map[string]any)
	deadline, _ := new(big.Int).SetString(fmt.Sprint(msg["deadline"]), 10)
	if err := b.do(ctx, "POST", "/v1/grants/signed", insTok, map[string]any{"patient": b.patient.Hex(), "grantee": insurer.Hex(),
		"categories": []string{"insurance"}, "purpose": "payment", "expiresAt": expires, "nonce": msg["nonce"],
		"deadline": time.Unix(deadline.Int64(), 0).UTC().Format(time.RFC3339), "signature": hexutil.Encode(sig)}, 201, nil); err != nil {
		return err
	}
	var plan struct{ Plan struct{ PlanID uint64 } }
	if err := b.do(ctx, "POST", "/v1/plans", insTok, map[string]any{"copayBps": 2000, "deductible": "0", "annualLimit": "1000000000",
		"reviewThreshold": "1000", "tariffs": []any{map[string]any{"code": "CPT:99213", "amount": "80.00"}}}, 201, &plan); err != nil {
		return err
	}
	var pol struct{ Policy struct{ PolicyID uint64 } }
	if err := b.do(ctx, "POST", "/v1/policies", insTok, map[string]any{"planId": plan.Plan.PlanID, "patient": b.patient.Hex(),
		"memberRef": "BENCH-MEMBER", "validFrom": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339),
		"validUntil": time.Now().AddDate(1, 0, 0).UTC().Format(time.RFC3339)}, 201, &pol); err != nil {
		return err
	}
	b.policyID = pol.Policy.PolicyID
	// Each claim pays 0.80 × 50.00 = 40.00.
	total := fmt.Sprint(40 * (2*b.o.n*b.o.rounds + 1 + max(1, b.o.providers)))
	if err := b.do(ctx, "POST", "/v1/token/mint", b.s.RegulatorToken, map[string]any{"to": insurer.Hex(), "amount": total, "paymentRef": "BENCH"}, 200, nil); err != nil {
		return err
	}
	if err := b.do(ctx, "POST", "/v1/pools/me/deposits", insTok, map[string]any{"amount": total}, 200, nil); err != nil {
		return err
	}
	// One claim of each provider through the API, untimed: the backend tops
	// up every account's gas (so provider A can pay for its presigned
	// transactions) and warms its caches. The API never sends for provider
	// A again; the ceiling reads A's nonce from the chain.
	for _, tok := range append([]string{tokA}, b.toksB...) {
		if err := b.do(ctx, "POST", "/v1/claims", tok, b.restBody(b.submission()), 201, nil); err != nil {
			return err
		}
	}
	return nil
}

// restBody is the JSON form of a claim.
func (b *bench) restBody(s api.ClaimSubmission) map[string]any {
	return map[string]any{"patient": s.Patient.Hex(), "policyId": s.PolicyID, "serviceDate": s.ServiceDate.UTC().Format(time.RFC3339),
		"claimKey": hexutil.Encode(s.ClaimKey[:]), "lines": []any{map[string]any{"code": "CPT:99213", "quantity": 1, "unitAmount": "50.00"}}}
}

// submission is the next claim: one covered line, paid in its transaction.
func (b *bench) submission() api.ClaimSubmission {
	var key [32]byte
	copy(key[:], fmt.Sprintf("bench-%d", b.seq.Add(1)))
	var code [32]byte
	copy(code[:], "CPT:99213")
	return api.ClaimSubmission{Patient: b.patient, PolicyID: b.policyID, ServiceDate: time.Now().Add(-time.Minute), ClaimKey: key,
		Lines: []api.ClaimLine{{Code: code, Quantity: 1, UnitAmount: big.NewInt(50_000_000)}}}
}

// ceiling presigns N submitClaim transactions of provider A and pushes them.
func (b *bench) ceiling(ctx context.Context, round int) (float64, error) {
	progress("round %d (a): signing %d submitClaim transactions", round, b.o.n)
	before, err := b.balance(ctx, b.provA)
	if err != nil {
		return 0, err
	}
	nonce, err := b.eth.PendingNonceAt(ctx, b.provA)
	if err != nil {
		return 0, err
	}
	head, err := b.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	signer := types.LatestSignerForChainID(b.chainID)
	raw := make([]string, b.o.n)
	var gas uint64
	var last common.Hash
	for i := 0; i < b.o.n; i++ {
		data, err := chainsvc.SubmitClaimData(b.submission())
		if err != nil {
			return 0, err
		}
		if gas == 0 {
			est, err := b.eth.EstimateGas(ctx, ethereum.CallMsg{From: b.provA, To: &b.claims, Data: data})
			if err != nil {
				return 0, fmt.Errorf("estimate submitClaim: %w", err)
			}
			gas = est * 12 / 10
		}
		tx, err := types.SignNewTx(b.keyA, signer, &types.DynamicFeeTx{ChainID: b.chainID, Nonce: nonce + uint64(i), GasTipCap: tip,
			GasFeeCap: feeCap, Gas: gas, To: &b.claims, Data: data})
		if err != nil {
			return 0, err
		}
		enc, _ := tx.MarshalBinary()
		raw[i], last = hexutil.Encode(enc), tx.Hash()
	}
	progress("round %d (a): pushing them with %d workers in batches of %d", round, b.o.workers, b.o.batch)
	first, err := b.eth.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	batches := (len(raw) + b.o.batch - 1) / b.o.batch
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, b.o.workers)
	for w := 0; w < b.o.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j := int(next.Add(1) - 1)
				if j >= batches {
					return
				}
				lo, hi := j*b.o.batch, min((j+1)*b.o.batch, len(raw))
				elems := make([]rpc.BatchElem, hi-lo)
				for i := range elems {
					elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raw[lo+i]}, Result: new(common.Hash)}
				}
				err := b.rpc.BatchCallContext(ctx, elems)
				for _, e := range elems {
					if err == nil && e.Error != nil {
						err = e.Error
					}
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return 0, err
	}
	for {
		rcpt, err := b.eth.TransactionReceipt(ctx, last)
		if err == nil {
			if rcpt.Status != 1 {
				return 0, errors.New("the last presigned claim reverted")
			}
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return 0, err
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	elapsed := time.Since(start)
	// Checked after the clock: every claim mined and paid 40.00 to provider A.
	final, err := b.eth.PendingNonceAt(ctx, b.provA)
	if err != nil || final != nonce+uint64(b.o.n) {
		return 0, fmt.Errorf("provider A's nonce is %d, want %d (%v)", final, nonce+uint64(b.o.n), err)
	}
	after, err := b.balance(ctx, b.provA)
	if err != nil {
		return 0, err
	}
	if paid := new(big.Int).Sub(after, before); paid.Cmp(big.NewInt(40_000_000*int64(b.o.n))) != 0 {
		return 0, fmt.Errorf("provider A was paid %s minor units for %d claims, want %d", paid, b.o.n, 40_000_000*b.o.n)
	}
	rate := float64(b.o.n) / elapsed.Seconds()
	progress("round %d (a): %d claims in %s: %.1f claims/s; %s", round, b.o.n, elapsed.Round(time.Millisecond), rate, b.blocks(ctx, first))
	return rate, nil
}

// viaREST posts N claims of provider B from concurrent clients.
func (b *bench) viaREST(ctx context.Context, round int) (float64, error) {
	bodies := make([]map[string]any, b.o.n)
	for i := range bodies {
		bodies[i] = b.restBody(b.submission())
	}
	progress("round %d (b): %d REST clients posting %d claims", round, b.o.clients, b.o.n)
	if b.o.cpuprofile != "" {
		f, err := os.Create(fmt.Sprintf("%s.%d", b.o.cpuprofile, round))
		if err != nil {
			return 0, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 0, err
		}
		defer pprof.StopCPUProfile()
	}
	type result struct{ Claim struct{ Status string } }
	results := make([]result, b.o.n)
	var next atomic.Int64
	var wg sync.WaitGroup
	var firstErr error
	var mu sync.Mutex
	var done atomic.Int64
	first, err := b.eth.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	for c := 0; c < b.o.clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) {
					return
				}
				if err := b.do(ctx, "POST", "/v1/claims", b.toksB[i%len(b.toksB)], bodies[i], 201, &results[i]); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
				if n := done.Add(1); n%100 == 0 {
					progress("round %d (b): %d/%d answered after %s", round, n, b.o.n, time.Since(start).Round(time.Millisecond))
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		return 0, firstErr
	}
	for i, r := range results {
		if r.Claim.Status != "paid" {
			return 0, fmt.Errorf("claim %d: status %q, want paid", i, r.Claim.Status)
		}
	}
	rate := float64(b.o.n) / elapsed.Seconds()
	progress("round %d (b): %d claims in %s: %.1f claims/s; %s", round, b.o.n, elapsed.Round(time.Millisecond), rate, b.blocks(ctx, first))
	return rate, nil
}

// balance reads an account's token balance in minor units through the API.
func (b *bench) balance(ctx context.Context, a common.Address) (*big.Int, error) {
	var out struct{ Balance string }
	if err := b.do(ctx, "GET", "/v1/token/balances/"+a.Hex(), "", nil, 200, &out); err != nil {
		return nil, err
	}
	return money.Parse(out.Balance, money.TokenDecimals)
}

// blocks describes the blocks sealed after block first: how many, and the
// claims and gas in them, to show how full the side kept them.
func (b *bench) blocks(ctx context.Context, first uint64) string {
	last, err := b.eth.BlockNumber(ctx)
	if err != nil {
		return err.Error()
	}
	var txs []int
	var gasUsed, gasLimit uint64
	for n := first + 1; n <= last; n++ {
		blk, err := b.eth.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err.Error()
		}
		txs = append(txs, len(blk.Transactions()))
		gasUsed += blk.GasUsed()
		gasLimit += blk.GasLimit()
	}
	if len(txs) == 0 {
		return "no blocks"
	}
	return fmt.Sprintf("%d blocks, transactions per block %v, %.0f%% of their gas limit used", len(txs), txs, 100*float64(gasUsed)/float64(gasLimit))
}

// signTyped signs EIP-712 typed data as a wallet does (r‖s‖v, v 27/28).
func signTyped(key *ecdsa.PrivateKey, td map[string]any) ([]byte, error) {
	raw, _ := json.Marshal(td)
	var typed apitypes.TypedData
	if err := json.Unmarshal(raw, &typed); err != nil {
		return nil, err
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}
