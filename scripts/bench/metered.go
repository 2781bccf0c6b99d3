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
	"github.com/ethereum/go-ethereum/rpc"
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
	rpcBlockNumber
	numRPCMethods
)

var rpcMethodNames = [numRPCMethods]string{
	rpcNonce:       "eth_getTransactionCount",
	rpcCode:        "eth_getCode",
	rpcTip:         "eth_maxPriorityFeePerGas",
	rpcHeader:      "eth_getBlockByNumber",
	rpcEstimate:    "eth_estimateGas",
	rpcSend:        "eth_sendRawTransaction",
	rpcReceipt:     "eth_getTransactionReceipt",
	rpcCall:        "eth_call",
	rpcBlockNumber: "eth_blockNumber",
}

// methodByName maps JSON-RPC method names to the methods accounted for.
var methodByName = func() map[string]rpcMethod {
	m := make(map[string]rpcMethod, numRPCMethods)
	for i, name := range rpcMethodNames {
		m[name] = rpcMethod(i)
	}
	return m
}()

func (m rpcMethod) String() string { return rpcMethodNames[m] }

// meteredBackend is the node's client with the number and duration of every
// call a txsender.Backend makes counted per method. It is what the Sender
// talks to, and what the ceiling sends through, so both sides pay the same
// (negligible) accounting. A *trace in a call's context also receives the
// call's timing.
type meteredBackend struct {
	*ethclient.Client
	calls   [numRPCMethods]struct{ n, nanos atomic.Int64 }
	batches struct{ n, calls, nanos atomic.Int64 }
}

// rpcTally is a snapshot of a meteredBackend's counters. A call made as
// part of a batch counts with the duration of its whole batch request.
type rpcTally struct {
	methods [numRPCMethods]struct {
		n     int64
		total time.Duration
	}
	batches, batched int64 // batch requests, and the calls they carried
	batchTime        time.Duration
}

func (m *meteredBackend) tally() rpcTally {
	var t rpcTally
	for i := range m.calls {
		t.methods[i].n = m.calls[i].n.Load()
		t.methods[i].total = time.Duration(m.calls[i].nanos.Load())
	}
	t.batches = m.batches.n.Load()
	t.batched = m.batches.calls.Load()
	t.batchTime = time.Duration(m.batches.nanos.Load())
	return t
}

// BatchCallContext sends a JSON-RPC batch over the same connection,
// accounting for every call in it (txsender.BatchCaller).
func (m *meteredBackend) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	start := time.Now()
	err := m.Client.Client().BatchCallContext(ctx, b)
	d := time.Since(start)
	m.batches.n.Add(1)
	m.batches.calls.Add(int64(len(b)))
	m.batches.nanos.Add(int64(d))
	for _, el := range b {
		if meth, ok := methodByName[el.Method]; ok {
			m.calls[meth].n.Add(1)
			m.calls[meth].nanos.Add(int64(d))
		}
	}
	return err
}

// since returns the calls made between snapshot u and t.
func (t rpcTally) since(u rpcTally) rpcTally {
	for i := range t.methods {
		t.methods[i].n -= u.methods[i].n
		t.methods[i].total -= u.methods[i].total
	}
	t.batches -= u.batches
	t.batched -= u.batched
	t.batchTime -= u.batchTime
	return t
}

func (t rpcTally) add(u rpcTally) rpcTally {
	for i := range t.methods {
		t.methods[i].n += u.methods[i].n
		t.methods[i].total += u.methods[i].total
	}
	t.batches += u.batches
	t.batched += u.batched
	t.batchTime += u.batchTime
	return t
}

// calls returns the number of calls of method m.
func (t rpcTally) calls(m rpcMethod) int64 { return t.methods[m].n }

// requests returns the number of HTTP requests: one per batch, one per call
// outside batches.
func (t rpcTally) requests() int64 {
	n := t.batches - t.batched
	for _, c := range t.methods {
		n += c.n
	}
	return n
}

// format lists the methods called, with call count and mean duration, and
// the batch requests.
func (t rpcTally) format(indent string) string {
	var b strings.Builder
	for m, c := range t.methods {
		if c.n == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s%-26s %7d calls  mean %6.2f ms\n", indent, rpcMethod(m), c.n, ms(c.total/time.Duration(c.n)))
	}
	if t.batches > 0 {
		fmt.Fprintf(&b, "%s%-26s %7d batches of %.1f calls on average, mean %.2f ms (calls above include them)\n", indent, "JSON-RPC batches",
			t.batches, float64(t.batched)/float64(t.batches), ms(t.batchTime/time.Duration(t.batches)))
	}
	fmt.Fprintf(&b, "%s%-26s %7d\n", indent, "HTTP requests", t.requests())
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

// format shows the mean Transact and how it divides. Node calls made in
// shared JSON-RPC batches are not traced (a batch serves many Transacts), so
// for a batching Sender the time is not split.
func (s transactSteps) format() string {
	if s.calls == 0 {
		return "no calls"
	}
	mean := func(d time.Duration) float64 { return ms(d / time.Duration(s.calls)) }
	var b strings.Builder
	fmt.Fprintf(&b, "mean %.2f ms", mean(s.total))
	traced := false
	for m, d := range s.rpc {
		if d > 0 {
			if !traced {
				b.WriteString(" =")
			}
			traced = true
			fmt.Fprintf(&b, " %s %.2f +", rpcMethod(m), mean(d))
		}
	}
	if traced {
		fmt.Fprintf(&b, " other %.2f (in the Sender, or waiting for batched calls)", mean(s.outside))
	} else {
		b.WriteString(" (node calls in shared JSON-RPC batches, not split per Transact)")
	}
	return b.String()
}

// ms converts d to fractional milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
