package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// rpcMethod is one of the JSON-RPC methods the benchmark accounts for.
type rpcMethod int

const (
	rpcNonce rpcMethod = iota
	rpcCode
	rpcTip
	rpcHeader
	rpcEstimate
	rpcSend
	rpcReceipt
	rpcCall
	numRPCMethods
)

var rpcMethodNames = [numRPCMethods]string{
	rpcNonce:    "eth_getTransactionCount",
	rpcCode:     "eth_getCode",
	rpcTip:      "eth_maxPriorityFeePerGas",
	rpcHeader:   "eth_getBlockByNumber",
	rpcEstimate: "eth_estimateGas",
	rpcSend:     "eth_sendRawTransaction",
	rpcReceipt:  "eth_getTransactionReceipt",
	rpcCall:     "eth_call",
}

func (m rpcMethod) String() string { return rpcMethodNames[m] }

// meteredBackend is the node's client with the number and duration of every
// call a txsender.Backend makes counted per method. It is what the Sender
// talks to, and what the ceiling sends through, so both sides pay the same
// (negligible) accounting. A *trace in a call's context also receives the
// call's timing.
type meteredBackend struct {
	*ethclient.Client
	calls [numRPCMethods]struct{ n, nanos atomic.Int64 }
}

// rpcTally is a snapshot of a meteredBackend's counters.
type rpcTally [numRPCMethods]struct {
	n     int64
	total time.Duration
}

func (m *meteredBackend) tally() rpcTally {
	var t rpcTally
	for i := range m.calls {
		t[i].n = m.calls[i].n.Load()
		t[i].total = time.Duration(m.calls[i].nanos.Load())
	}
	return t
}

// since returns the calls made between snapshot u and t.
func (t rpcTally) since(u rpcTally) rpcTally {
	for i := range t {
		t[i].n -= u[i].n
		t[i].total -= u[i].total
	}
	return t
}

func (t rpcTally) add(u rpcTally) rpcTally {
	for i := range t {
		t[i].n += u[i].n
		t[i].total += u[i].total
	}
	return t
}

// format lists the methods called, with call count and mean duration.
func (t rpcTally) format(indent string) string {
	var b strings.Builder
	for m, c := range t {
		if c.n == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s%-26s %7d calls  mean %6.2f ms\n", indent, rpcMethod(m), c.n, ms(c.total/time.Duration(c.n)))
	}
	return b.String()
}

// observe records a call of m that started at start.
func (m *meteredBackend) observe(ctx context.Context, method rpcMethod, start time.Time) {
	d := time.Since(start)
	m.calls[method].n.Add(1)
	m.calls[method].nanos.Add(int64(d))
	if t, ok := ctx.Value(traceKey{}).(*trace); ok {
		t.record(method, start, d)
	}
}

func (m *meteredBackend) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	defer m.observe(ctx, rpcNonce, time.Now())
	return m.Client.PendingNonceAt(ctx, account)
}

func (m *meteredBackend) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	defer m.observe(ctx, rpcCode, time.Now())
	return m.Client.CodeAt(ctx, account, block)
}

func (m *meteredBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	defer m.observe(ctx, rpcTip, time.Now())
	return m.Client.SuggestGasTipCap(ctx)
}

func (m *meteredBackend) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	defer m.observe(ctx, rpcHeader, time.Now())
	return m.Client.HeaderByNumber(ctx, number)
}

func (m *meteredBackend) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	defer m.observe(ctx, rpcEstimate, time.Now())
	return m.Client.EstimateGas(ctx, call)
}

func (m *meteredBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	defer m.observe(ctx, rpcSend, time.Now())
	return m.Client.SendTransaction(ctx, tx)
}

func (m *meteredBackend) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	defer m.observe(ctx, rpcReceipt, time.Now())
	return m.Client.TransactionReceipt(ctx, hash)
}

func (m *meteredBackend) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	defer m.observe(ctx, rpcCall, time.Now())
	return m.Client.CallContract(ctx, call, block)
}

// traceKey is the context key of a *trace.
type traceKey struct{}

// trace records the node calls of one Transact. A Sender makes them
// synchronously in the caller's goroutine, with the caller's context, so the
// trace needs no locking.
type trace struct {
	start time.Time
	rpc   [numRPCMethods]time.Duration // time spent in each method
}

func withTrace(ctx context.Context, t *trace) context.Context {
	return context.WithValue(ctx, traceKey{}, t)
}

func (t *trace) record(m rpcMethod, _ time.Time, d time.Duration) { t.rpc[m] += d }

// transactSteps sums, over many Transact calls, where their time went: in
// node calls, per method, and in the Sender itself outside node calls
// (building and signing the transaction, locks, waiting for an in-flight
// slot).
type transactSteps struct {
	calls   int
	total   time.Duration
	rpc     [numRPCMethods]time.Duration
	outside time.Duration
}

// add accounts for one Transact traced by t that returned at end.
func (s *transactSteps) add(t *trace, end time.Time) {
	total := end.Sub(t.start)
	s.calls++
	s.total += total
	for m, d := range t.rpc {
		s.rpc[m] += d
		total -= d
	}
	s.outside += total
}

func (s transactSteps) merge(u transactSteps) transactSteps {
	s.calls += u.calls
	s.total += u.total
	for m := range s.rpc {
		s.rpc[m] += u.rpc[m]
	}
	s.outside += u.outside
	return s
}

// format shows the mean Transact and how it divides.
func (s transactSteps) format() string {
	if s.calls == 0 {
		return "no calls"
	}
	mean := func(d time.Duration) float64 { return ms(d / time.Duration(s.calls)) }
	var b strings.Builder
	fmt.Fprintf(&b, "mean %.2f ms =", mean(s.total))
	for m, d := range s.rpc {
		if d > 0 {
			fmt.Fprintf(&b, " %s %.2f +", rpcMethod(m), mean(d))
		}
	}
	fmt.Fprintf(&b, " outside node calls %.2f", mean(s.outside))
	return b.String()
}

// ms converts d to fractional milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
