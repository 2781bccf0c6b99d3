package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// Accounts of the tests.
var (
	claimsAddr = common.HexToAddress("0xC1a1350000000000000000000000000000000c1a")
	insurerA   = common.HexToAddress("0x1000000000000000000000000000000000000001")
	insurerB   = common.HexToAddress("0x1000000000000000000000000000000000000002")
	providerA  = common.HexToAddress("0x2000000000000000000000000000000000000001")
	patientA   = common.HexToAddress("0x3000000000000000000000000000000000000001")
	claimsABI  = mustABI()
)

func mustABI() *abi.ABI {
	a, err := bindings.ClaimsMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}

// fakeChain is a Source over a scripted chain: blocks with Claims logs,
// and the claims that claim(bytes32) returns.
type fakeChain struct {
	mu         sync.Mutex
	headers    []*types.Header
	logs       map[uint64][]types.Log // by block
	claims     map[common.Hash]bindings.IClaimsClaim
	claimCalls []uint64 // block numbers of claim() calls
	headErr    error
}

func newFakeChain() *fakeChain {
	c := &fakeChain{logs: map[uint64][]types.Log{}, claims: map[common.Hash]bindings.IClaimsClaim{}}
	c.headers = []*types.Header{{Number: big.NewInt(0), Difficulty: big.NewInt(1), Time: 1_750_000_000}}
	return c
}

// logSpec is a log to put in a block: an event and its arguments.
type logSpec struct {
	name    string
	indexed []common.Hash
	data    []any
}

func word(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func submitted(id common.Hash, provider, insurer common.Address, allowed ...int64) logSpec {
	var lines []bindings.IClaimsLineOutcome
	for _, a := range allowed {
		lines = append(lines, bindings.IClaimsLineOutcome{Code: [32]byte{'C'}, Quantity: 1, UnitAmount: uint64(a), Allowed: big.NewInt(a)})
	}
	return logSpec{name: ClaimSubmitted, indexed: []common.Hash{id, word(provider), word(patientA)},
		data: []any{insurer, uint64(1), [32]byte{'k'}, uint64(1_749_000_000), lines, [][]byte{{1, 2}}}}
}

func paid(id common.Hash, insurer, provider common.Address, amount int64) logSpec {
	return logSpec{name: ClaimPaid, indexed: []common.Hash{id, word(insurer), word(provider)}, data: []any{big.NewInt(amount)}}
}

func pended(id common.Hash) logSpec {
	return logSpec{name: ClaimPended, indexed: []common.Hash{id}, data: []any{uint16(8)}}
}

func denied(id common.Hash, insurer common.Address) logSpec {
	return logSpec{name: ClaimDenied, indexed: []common.Hash{id, word(insurer)}, data: []any{[32]byte{'r'}, false}}
}

// otherEvent is a Claims event webhooks do not deliver.
func poolDeposited(insurer common.Address) logSpec {
	return logSpec{name: "PoolDeposited", indexed: []common.Hash{word(insurer)}, data: []any{big.NewInt(5)}}
}

// addBlock appends a block holding logs; salt makes a sibling block differ.
func (c *fakeChain) addBlock(t testing.TB, salt byte, specs ...logSpec) *types.Header {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	parent := c.headers[len(c.headers)-1]
	h := &types.Header{Number: new(big.Int).Add(parent.Number, big.NewInt(1)), ParentHash: parent.Hash(),
		Difficulty: big.NewInt(1), Time: parent.Time + 2, Extra: []byte{salt}}
	n := h.Number.Uint64()
	c.headers = append(c.headers, h)
	c.logs[n] = nil
	for i, sp := range specs {
		ev := claimsABI.Events[sp.name]
		data, err := ev.Inputs.NonIndexed().Pack(sp.data...)
		if err != nil {
			t.Fatalf("pack %s: %v", sp.name, err)
		}
		c.logs[n] = append(c.logs[n], types.Log{Address: claimsAddr, Topics: append([]common.Hash{ev.ID}, sp.indexed...),
			Data: data, BlockNumber: n, BlockHash: h.Hash(), Index: uint(i),
			TxHash: crypto.Keccak256Hash([]byte(fmt.Sprintf("tx %d %d %d", n, i, salt)))})
	}
	return h
}

// emptyBlocks appends k blocks without logs.
func (c *fakeChain) emptyBlocks(t testing.TB, k int) {
	for range k {
		c.addBlock(t, 0)
	}
}

// dropHead removes the head block (a reorganisation).
func (c *fakeChain) dropHead() {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := uint64(len(c.headers) - 1)
	delete(c.logs, n)
	c.headers = c.headers[:n]
}

func (c *fakeChain) setClaim(id common.Hash, insurer, provider common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.claims[id] = bindings.IClaimsClaim{Provider: provider, Patient: patientA, Insurer: insurer, PolicyId: 1, ServiceDate: 1,
		Status: 1, LineCount: 1, Allowed: big.NewInt(1), Payout: big.NewInt(0)}
}

func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.headErr != nil {
		return nil, c.headErr
	}
	if n == nil {
		return types.CopyHeader(c.headers[len(c.headers)-1]), nil
	}
	if !n.IsUint64() || n.Uint64() >= uint64(len(c.headers)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(c.headers[n.Uint64()]), nil
}

func (c *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if to >= uint64(len(c.headers)) {
		return nil, errors.New("range beyond the head")
	}
	var out []types.Log
	for n := from; n <= to; n++ {
		for _, l := range c.logs[n] {
			if len(q.Topics) > 0 && len(q.Topics[0]) > 0 && !containsHash(q.Topics[0], l.Topics[0]) {
				continue
			}
			out = append(out, l)
		}
	}
	return out, nil
}

func containsHash(hs []common.Hash, h common.Hash) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

func (c *fakeChain) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{0x60}, nil
}

// CallContract answers claim(bytes32) from the scripted claims.
func (c *fakeChain) CallContract(_ context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	m := claimsABI.Methods["claim"]
	if call.To == nil || *call.To != claimsAddr || len(call.Data) < 4 || string(call.Data[:4]) != string(m.ID) {
		return nil, errors.New("unexpected call")
	}
	args, err := m.Inputs.Unpack(call.Data[4:])
	if err != nil {
		return nil, err
	}
	id := common.Hash(args[0].([32]byte))
	c.mu.Lock()
	defer c.mu.Unlock()
	if block != nil {
		c.claimCalls = append(c.claimCalls, block.Uint64())
	}
	return m.Outputs.Pack(c.claims[id])
}

// received is one request a receiver got.
type received struct {
	event, delivery, signature string
	body                       []byte
	payload                    Payload
	verified                   error
	at                         time.Time
}

// receiver is an httptest server that records deliveries and verifies
// their signatures with secret; status decides each answer (200 when nil).
type receiver struct {
	srv    *httptest.Server
	mu     sync.Mutex
	got    []received
	secret string
	status func(n int) int // n counts requests from 1
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		rec := received{event: req.Header.Get(HeaderEvent), delivery: req.Header.Get(HeaderDelivery),
			signature: req.Header.Get(HeaderSignature), body: body, at: time.Now()}
		rec.verified = Verify(r.secret, rec.signature, body, time.Now())
		_ = json.Unmarshal(body, &rec.payload)
		r.got = append(r.got, rec)
		n := len(r.got)
		status := r.status
		r.mu.Unlock()
		code := http.StatusOK
		if status != nil {
			code = status(n)
		}
		w.WriteHeader(code)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) setSecret(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.secret = s
}

func (r *receiver) setStatus(f func(n int) int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.status = f
}

func (r *receiver) requests() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.got...)
}

// waitFor polls cond until it holds or d passes; every wait in these tests
// is bounded.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
