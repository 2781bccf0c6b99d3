package txsender

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

func TestTransact_batched_concurrentFromOneAccount_minesConsecutiveNoncesInFewerRequests(t *testing.T) {
	ctx := testContext(t)
	c := newTestChainWith(t, true)
	c.autoMine(t, 20*time.Millisecond)
	s, b := c.newBatchingSender(t, c.testConfig())

	const n, workers = 200, 25
	pending := make([]*Pending, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
				if err != nil {
					errs <- err
					return
				}
				pending[i] = p
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("transact: %v", err)
	}
	nonces := waitAll(t, ctx, s, pending)
	slices.Sort(nonces)
	for i, got := range nonces {
		if got != uint64(i) {
			t.Fatalf("sorted nonce %d is %d, want consecutive nonces 0..%d", i, got, n-1)
		}
	}
	if got := b.calls("eth_sendRawTransaction"); got != n {
		t.Errorf("got %d batched sends, want %d", got, n)
	}
	if got := c.backend.send.Load(); got != 0 {
		t.Errorf("got %d sends outside batches, want 0", got)
	}
	if got := b.calls("eth_call") + b.calls("eth_estimateGas"); got < n {
		t.Errorf("got %d batched eth_call and eth_estimateGas, want one per write at least (%d)", got, n)
	}
	if got := c.backend.pendingNonce.Load(); got != 1 {
		t.Errorf("got %d PendingNonceAt calls, want 1", got)
	}
	if batches, calls := b.batches.Load(), b.batched.Load(); batches >= calls {
		t.Errorf("got %d batches for %d calls, want calls grouped", batches, calls)
	}
	st := s.Stats()
	if st.Sent != n || st.Mined != n || st.Resyncs != 0 || st.Fillers != 0 {
		t.Errorf("got stats %+v, want %d sent and mined, no resyncs or fillers", st, n)
	}
}

func TestSender_batched_revertsAreDecoded(t *testing.T) {
	ctx := testContext(t)
	c := newTestChainWith(t, true)
	c.autoMine(t, 10*time.Millisecond)
	s, b := c.newBatchingSender(t, c.testConfig())

	t.Run("at estimation, without using a nonce", func(t *testing.T) {
		_, err := s.Transact(ctx, c.from, c.call("nope", big.NewInt(7)))
		wantRevert(t, err, "Nope", big.NewInt(7))
		if got := b.calls("eth_estimateGas"); got != 1 {
			t.Errorf("got %d batched estimates, want 1", got)
		}
	})
	t.Run("at the check of a reused gas limit", func(t *testing.T) {
		p, err := s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(1)))
		if err != nil {
			t.Fatal(err)
		}
		if p.Nonce() != 0 {
			t.Errorf("got nonce %d, want 0 (the revert used none)", p.Nonce())
		}
		waitOK(t, ctx, s, p)
		calls := b.calls("eth_call")
		_, err = s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(2)))
		wantRevert(t, err, "Nope", big.NewInt(1))
		if got := b.calls("eth_call"); got != calls+1 {
			t.Errorf("got %d batched eth_call checks, want %d", got, calls+1)
		}
	})
	t.Run("when mined", func(t *testing.T) {
		p, err := s.Send(ctx, c.from, &contractAddr, c.pack(t, "nope", big.NewInt(9)), nil, 100_000)
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.Wait(ctx, p)
		re := wantRevert(t, err, "Nope", big.NewInt(9))
		if re.TxHash != p.Hash() {
			t.Errorf("got tx hash %s, want %s", re.TxHash, p.Hash())
		}
	})
	if got := c.backend.send.Load() + c.backend.call.Load() + c.backend.estimate.Load() + c.backend.receipt.Load(); got != 0 {
		t.Errorf("got %d hot-path calls outside batches, want 0", got)
	}
}

// blockingCaller answers no batch until the batch's context ends.
type blockingCaller struct {
	started chan int // receives each batch's size
}

func (b *blockingCaller) BatchCallContext(ctx context.Context, elems []rpc.BatchElem) error {
	b.started <- len(elems)
	<-ctx.Done()
	return ctx.Err()
}

func TestBatcher_requestEndsOnlyWhenEveryCallerGaveUp(t *testing.T) {
	bc := &blockingCaller{started: make(chan int, 8)}
	bt := &batcher{caller: bc, max: 10, inFlight: 2}
	ctx1, cancel1 := context.WithCancel(testContext(t))
	ctx2, cancel2 := context.WithCancel(testContext(t))
	defer cancel2()

	// The first call goes out alone; the second waits for the next batch
	// slot or goes in a batch of its own.
	done1, done2 := make(chan error, 1), make(chan error, 1)
	go func() { done1 <- bt.call(ctx1, new(common.Hash), "m1") }()
	<-bc.started
	go func() { done2 <- bt.call(ctx2, new(common.Hash), "m2") }()
	<-bc.started

	cancel1()
	if err := <-done1; !errors.Is(err, context.Canceled) {
		t.Fatalf("first caller got %v, want context.Canceled", err)
	}
	select {
	case err := <-done2:
		t.Fatalf("second caller returned %v while its context lives", err)
	case <-time.After(20 * time.Millisecond):
	}
	cancel2()
	if err := <-done2; !errors.Is(err, context.Canceled) {
		t.Fatalf("second caller got %v, want context.Canceled", err)
	}
	// Both request goroutines end: the batcher is idle again.
	deadline := time.Now().Add(5 * time.Second)
	for {
		bt.mu.Lock()
		idle := bt.senders == 0 && len(bt.queue) == 0
		bt.mu.Unlock()
		if idle {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("batch goroutines still running after every caller gave up")
		}
		time.Sleep(time.Millisecond)
	}
}

// failingCaller fails every batch request as a whole.
type failingCaller struct{ err error }

func (f failingCaller) BatchCallContext(context.Context, []rpc.BatchElem) error { return f.err }

func TestBatcher_failedRequest_failsEveryCallInIt(t *testing.T) {
	want := errors.New("connection refused")
	bt := &batcher{caller: failingCaller{want}, max: 10, inFlight: 2}
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := bt.call(testContext(t), new(common.Hash), "m"); !errors.Is(err, want) {
				t.Errorf("got %v, want %v", err, want)
			}
		}()
	}
	wg.Wait()
}

func TestNew_batchesWhenTheBackendCan(t *testing.T) {
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig())
	if s.calls != nil {
		t.Error("batching over a backend that cannot batch")
	}
	if s.cfg.MaxInFlight != DefaultMaxInFlight {
		t.Errorf("got max in flight %d without batching, want %d", s.cfg.MaxInFlight, DefaultMaxInFlight)
	}
	b := &batchingBackend{countingBackend: c.backend}
	if s, err := New(b, c.testConfig()); err != nil {
		t.Fatal(err)
	} else if s.calls == nil || s.sends == nil || s.cfg.MaxInFlight != DefaultMaxInFlightBatched {
		t.Errorf("got batchers %v %v and max in flight %d, want batching and %d", s.calls, s.sends, s.cfg.MaxInFlight, DefaultMaxInFlightBatched)
	}
	cfg := c.testConfig()
	cfg.MaxBatch = -1
	s, err := New(b, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if s.calls != nil {
		t.Error("batching although MaxBatch is negative")
	}
}
