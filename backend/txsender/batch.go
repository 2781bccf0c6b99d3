package txsender

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultMaxBatch is the default of Config.MaxBatch: well below geth's
// default limit of 1000 calls per batch and the 100 some providers allow.
const DefaultMaxBatch = 100

// Batches in flight at once. While they are out, further calls queue and go
// out together in the next batch ("natural batching"): a lone call is sent
// at once, and the busier the Sender, the larger its batches, with no timer
// adding latency. Transactions go out in a stream of their own, one batch at
// a time, so that they reach the node in the order they were queued (nonce
// order, give or take signing), in few, large bursts.
const (
	callBatchesInFlight = 2
	sendBatchesInFlight = 1
)

// BatchCaller sends JSON-RPC batch requests; *rpc.Client implements it.
type BatchCaller interface {
	// BatchCallContext sends every element in one request and fills in each
	// element's Result or Error; an error return means the request as a
	// whole failed. Safe for concurrent use.
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// batchCallerOf returns what batches calls to b's node: b itself if it is a
// BatchCaller, the *rpc.Client of anything with a Client method returning
// one (*ethclient.Client), else nil.
func batchCallerOf(b Backend) BatchCaller {
	switch c := b.(type) {
	case BatchCaller:
		return c
	case interface{ Client() *rpc.Client }:
		if rc := c.Client(); rc != nil {
			return rc
		}
	}
	return nil
}

// batcher groups node calls made concurrently, by any goroutines, into
// JSON-RPC batches. It runs at most inFlight goroutines, each only while
// calls are queued, each sending one batch at a time; a batch's request is
// cancelled once every caller in it has given up. Safe for concurrent use.
type batcher struct {
	caller   BatchCaller
	max      int // calls per batch
	inFlight int // batches out at once

	mu      sync.Mutex // guards the fields below
	queue   []*batchCall
	senders int // goroutines sending batches
}

// batchCall is one call waiting in, or sent with, a batch.
type batchCall struct {
	ctx  context.Context
	elem rpc.BatchElem
	done chan struct{} // closed once elem holds the answer
}

// call makes one JSON-RPC call as part of a batch and decodes its result
// into result, like rpc.Client.CallContext. It returns when the answer is
// in or ctx ends; in the latter case result may still be written to later,
// so the caller must not use it.
func (b *batcher) call(ctx context.Context, result any, method string, args ...any) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := &batchCall{ctx: ctx, elem: rpc.BatchElem{Method: method, Args: args, Result: result}, done: make(chan struct{})}
	b.mu.Lock()
	b.queue = append(b.queue, c)
	start := b.senders < b.inFlight
	if start {
		b.senders++
	}
	b.mu.Unlock()
	if start {
		go b.run()
	}
	select {
	case <-c.done:
		return c.elem.Error
	case <-ctx.Done():
		return ctx.Err()
	}
}

// run sends batches until the queue is empty.
func (b *batcher) run() {
	for {
		b.mu.Lock()
		n := min(len(b.queue), b.max)
		if n == 0 {
			b.queue = nil // drop the backing array
			b.senders--
			b.mu.Unlock()
			return
		}
		calls := make([]*batchCall, n)
		copy(calls, b.queue)
		b.queue = b.queue[n:]
		b.mu.Unlock()
		b.send(calls)
	}
}

// send sends calls as one batch and hands each its answer. Calls whose
// caller has already given up are left out.
func (b *batcher) send(calls []*batchCall) {
	live := calls[:0]
	for _, c := range calls {
		if err := c.ctx.Err(); err != nil {
			c.elem.Error = err
			close(c.done)
			continue
		}
		live = append(live, c)
	}
	if len(live) == 0 {
		return
	}
	// The request lives as long as any of its callers still waits. It
	// carries the first caller's context values (a batch has no single
	// owner).
	ctx, cancel := context.WithCancel(context.WithoutCancel(live[0].ctx))
	defer cancel()
	var waiting atomic.Int64
	waiting.Store(int64(len(live)))
	elems := make([]rpc.BatchElem, len(live))
	for i, c := range live {
		elems[i] = c.elem
		stop := context.AfterFunc(c.ctx, func() {
			if waiting.Add(-1) == 0 {
				cancel()
			}
		})
		defer stop()
	}
	err := b.caller.BatchCallContext(ctx, elems)
	for i, c := range live {
		c.elem = elems[i]
		if err != nil {
			c.elem.Error = err
		}
		close(c.done)
	}
}

// The node calls of the hot path go through these methods: batched when the
// Sender has a batcher, else straight to the Backend. Their answers match
// those of *ethclient.Client.

func (s *Sender) callContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if s.calls == nil {
		return s.backend.CallContract(ctx, msg, block)
	}
	var out hexutil.Bytes
	if err := s.calls.call(ctx, &out, "eth_call", toCallArg(msg), toBlockNumArg(block)); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *Sender) estimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if s.calls == nil {
		return s.backend.EstimateGas(ctx, msg)
	}
	var out hexutil.Uint64
	if err := s.calls.call(ctx, &out, "eth_estimateGas", toCallArg(msg)); err != nil {
		return 0, err
	}
	return uint64(out), nil
}

func (s *Sender) sendTransaction(ctx context.Context, tx *types.Transaction) error {
	if s.calls == nil {
		return s.backend.SendTransaction(ctx, tx)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	var hash common.Hash // a batch element needs a result to decode into
	return s.sends.call(ctx, &hash, "eth_sendRawTransaction", hexutil.Encode(raw))
}

func (s *Sender) transactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if s.calls == nil {
		return s.backend.TransactionReceipt(ctx, hash)
	}
	var r *types.Receipt
	if err := s.calls.call(ctx, &r, "eth_getTransactionReceipt", hash); err != nil {
		return nil, err
	}
	if r == nil {
		return nil, ethereum.NotFound
	}
	return r, nil
}

func (s *Sender) blockNumber(ctx context.Context) (uint64, error) {
	if s.calls == nil {
		h, err := s.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return 0, err
		}
		if h.Number == nil {
			return 0, errors.New("latest header has no number")
		}
		return h.Number.Uint64(), nil
	}
	var n hexutil.Uint64
	err := s.calls.call(ctx, &n, "eth_blockNumber")
	return uint64(n), err
}

// toCallArg encodes msg as ethclient does for eth_call and eth_estimateGas.
// The Sender only sets From, To, Data, Value and Gas.
func toCallArg(msg ethereum.CallMsg) map[string]any {
	arg := map[string]any{"from": msg.From, "to": msg.To}
	if len(msg.Data) > 0 {
		arg["input"] = hexutil.Bytes(msg.Data)
	}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		arg["gas"] = hexutil.Uint64(msg.Gas)
	}
	return arg
}

// toBlockNumArg encodes a block number as ethclient does: nil is "latest".
func toBlockNumArg(number *big.Int) string {
	if number == nil {
		return "latest"
	}
	return hexutil.EncodeBig(number)
}
