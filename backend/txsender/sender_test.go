package txsender

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// testTimeout bounds every test's context.
const testTimeout = 30 * time.Second

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

// waitOK waits for p and fails the test unless it was mined successfully.
func waitOK(t *testing.T, ctx context.Context, s *Sender, p *Pending) *types.Receipt {
	t.Helper()
	r, err := s.Wait(ctx, p)
	if err != nil {
		t.Fatalf("wait %s (nonce %d): %v", p.Hash(), p.Nonce(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s: got status %d, want 1", p.Hash(), r.Status)
	}
	return r
}

// wantRevert asserts err is a *RevertError named name with a single argument
// equal to arg.
func wantRevert(t *testing.T, err error, name string, arg any) *RevertError {
	t.Helper()
	if !errors.Is(err, ErrReverted) {
		t.Fatalf("got error %v, want one wrapping ErrReverted", err)
	}
	re, ok := AsRevert(err)
	if !ok {
		t.Fatalf("got error %T %v, want *RevertError", err, err)
	}
	if re.Name != name {
		t.Fatalf("got revert %q (%v), want %q", re.Name, re, name)
	}
	if len(re.Args) != 1 {
		t.Fatalf("got args %v, want one", re.Args)
	}
	switch want := arg.(type) {
	case *big.Int:
		if got, ok := re.Args[0].(*big.Int); !ok || got.Cmp(want) != 0 {
			t.Fatalf("got arg %v, want %v", re.Args[0], want)
		}
	default:
		if re.Args[0] != arg {
			t.Fatalf("got arg %v, want %v", re.Args[0], arg)
		}
	}
	return re
}

func TestTransact_concurrentFromOneAccount_minesConsecutiveNoncesWithOneNonceRead(t *testing.T) {
	for _, inFlight := range []int{1, DefaultMaxInFlight} {
		t.Run(fmt.Sprintf("max in flight %d", inFlight), func(t *testing.T) {
			ctx := testContext(t)
			c := newTestChain(t)
			c.autoMine(t, 20*time.Millisecond)
			cfg := c.testConfig()
			cfg.MaxInFlight = inFlight
			s := c.newSender(t, cfg)

			const n, workers = 200, 25
			pending := make([]*Pending, n)
			errs := make(chan error, n)
			jobs := make(chan int)
			var wg sync.WaitGroup
			for range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range jobs {
						p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
						if err != nil {
							errs <- err
							continue
						}
						pending[i] = p
					}
				}()
			}
			for i := range n {
				jobs <- i
			}
			close(jobs)
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
			if got := c.backend.pendingNonce.Load(); got != 1 {
				t.Errorf("got %d PendingNonceAt calls, want 1", got)
			}
			if got := c.backend.send.Load(); got != n {
				t.Errorf("got %d SendTransaction calls, want %d", got, n)
			}
			if got := c.backend.code.Load(); got > workers {
				t.Errorf("got %d CodeAt calls, want at most %d (cached per address)", got, workers)
			}
			st := s.Stats()
			if st.Sent != n || st.Mined != n || st.Resyncs != 0 || st.Fillers != 0 {
				t.Errorf("got stats %+v, want %d sent and mined, no resyncs or fillers", st, n)
			}
		})
	}
}

// waitAll waits for every Pending concurrently, fails the test unless all
// were mined successfully, and returns their nonces.
func waitAll(t *testing.T, ctx context.Context, s *Sender, pending []*Pending) []uint64 {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, len(pending))
	var nonces []uint64
	for _, p := range pending {
		nonces = append(nonces, p.Nonce())
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.Wait(ctx, p); err != nil {
				errs <- fmt.Errorf("nonce %d: %w", p.Nonce(), err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("wait: %v", err)
	}
	return nonces
}

func TestSend_failureBelowLaterNonces_fillsTheGap(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	// Nonce 0 fails, for good, only after nonce 1 has reached the node:
	// without a filler, nonce 1 would wait behind the gap forever.
	nonce1Sent := make(chan struct{})
	var failed sync.Once
	c.backend.onEverySend(func(tx *types.Transaction, forward func() error) error {
		switch {
		case tx.Nonce() == 0 && tx.To() != nil && *tx.To() == contractAddr:
			var err error = errString("oversized data")
			failed.Do(func() {
				select {
				case <-nonce1Sent:
				case <-ctx.Done():
				}
			})
			return err
		case tx.Nonce() == 1:
			defer close(nonce1Sent)
		}
		return forward()
	})

	results := make(chan error, 2)
	var pending []*Pending
	var mu sync.Mutex
	for i := range 2 {
		go func() {
			p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
			if err == nil {
				mu.Lock()
				pending = append(pending, p)
				mu.Unlock()
			}
			results <- err
		}()
	}
	var errs []error
	for range 2 {
		if err := <-results; err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "oversized data") {
		t.Fatalf("got errors %v, want one oversized data error", errs)
	}
	if got := waitAll(t, ctx, s, pending); len(got) != 1 || got[0] != 1 {
		t.Fatalf("got mined nonces %v, want [1]", got)
	}
	if got := s.Stats().Fillers; got != 1 {
		t.Errorf("got %d fillers, want 1", got)
	}
	// The next transaction continues after the filler.
	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(3)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Nonce() != 2 {
		t.Errorf("got nonce %d after the filler, want 2", p.Nonce())
	}
	waitOK(t, ctx, s, p)
}

func TestTransact_estimationRevert_returnsDecodedErrorWithoutUsingNonce(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())

	p0, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Transact(ctx, c.from, c.call("nope", big.NewInt(7)))
	re := wantRevert(t, err, "Nope", big.NewInt(7))
	if re.TxHash != (common.Hash{}) {
		t.Errorf("got tx hash %s for an estimation revert, want zero", re.TxHash)
	}
	if got, want := err.Error(), "execution reverted: Nope(7)"; got != want {
		t.Errorf("got message %q, want %q", got, want)
	}
	p1, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	if p0.Nonce() != 0 || p1.Nonce() != 1 {
		t.Errorf("got nonces %d, %d; want 0, 1", p0.Nonce(), p1.Nonce())
	}
	if got := c.backend.send.Load(); got != 2 {
		t.Errorf("got %d sends, want 2", got)
	}
	waitOK(t, ctx, s, p0)
	waitOK(t, ctx, s, p1)
	if got := s.Stats().EstimateReverts; got != 1 {
		t.Errorf("got %d estimate reverts, want 1", got)
	}
}

func TestWait_revertWhenMinedWithExplicitGas_returnsDecodedRevertError(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())

	p, err := s.Send(ctx, c.from, &contractAddr, c.pack(t, "nope", big.NewInt(7)), nil, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Wait(ctx, p)
	re := wantRevert(t, err, "Nope", big.NewInt(7))
	if re.TxHash != p.Hash() {
		t.Errorf("got tx hash %s, want %s", re.TxHash, p.Hash())
	}
	if r == nil || r.Status != types.ReceiptStatusFailed {
		t.Errorf("got receipt %+v, want one with status 0", r)
	}
	if got := s.Stats().Reverted; got != 1 {
		t.Errorf("got %d reverted, want 1", got)
	}
}

func TestWait_stateChangedBeforeInclusion_returnsRevertError(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig())

	// Both estimate against slot0 == 0; once the first is mined the second
	// reverts with Nope(1).
	p1, err := s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	p2, err := s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	c.mineUntil(t, p1.Hash(), p2.Hash())
	waitOK(t, ctx, s, p1)
	_, err = s.Wait(ctx, p2)
	wantRevert(t, err, "Nope", big.NewInt(1))
}

func TestSender_standardRevertForms_decodedAtEstimationAndWhenMined(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())

	tests := []struct {
		name     string
		data     []byte // revert data the contract returns
		wantName string
		wantArg  any
		wantMsg  string
	}{
		{"Error(string)", encodeErrorString("boom"), "Error", "boom", "execution reverted: boom"},
		{"Panic(0x11)", encodePanic(0x11), "Panic", big.NewInt(0x11), "execution reverted: Panic(0x11): arithmetic underflow or overflow"},
		{"custom error", encodeNope(t, 42), "Nope", big.NewInt(42), "execution reverted: Nope(42)"},
	}
	for _, tt := range tests {
		// An unknown selector makes the test contract revert with the rest
		// of the calldata.
		calldata := append([]byte{0xde, 0xad, 0xbe, 0xef}, tt.data...)
		t.Run(tt.name+" at estimation", func(t *testing.T) {
			_, err := s.Send(ctx, c.from, &contractAddr, calldata, nil, 0)
			re := wantRevert(t, err, tt.wantName, tt.wantArg)
			if re.Error() != tt.wantMsg {
				t.Errorf("got message %q, want %q", re.Error(), tt.wantMsg)
			}
		})
		t.Run(tt.name+" when mined", func(t *testing.T) {
			p, err := s.Send(ctx, c.from, &contractAddr, calldata, nil, 100_000)
			if err != nil {
				t.Fatal(err)
			}
			_, err = s.Wait(ctx, p)
			re := wantRevert(t, err, tt.wantName, tt.wantArg)
			if re.Error() != tt.wantMsg {
				t.Errorf("got message %q, want %q", re.Error(), tt.wantMsg)
			}
		})
	}
}

func TestSend_nonceTooLowOnce_resyncsAndSucceeds(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	c.backend.onNextSend(failSend(errString("nonce too low: next nonce 1, tx nonce 0")))

	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p)
	if p.Nonce() != 0 {
		t.Errorf("got nonce %d, want 0", p.Nonce())
	}
	if got := c.backend.pendingNonce.Load(); got != 2 {
		t.Errorf("got %d PendingNonceAt calls, want 2 (first use + resync)", got)
	}
	if got := s.Stats().Resyncs; got != 1 {
		t.Errorf("got %d resyncs, want 1", got)
	}
}

func TestSend_nonceErrorsPersist_returnErrNonceTooLow(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig())
	hooks := make([]sendHook, sendAttempts)
	for i := range hooks {
		hooks[i] = failSend(errString("replacement transaction underpriced"))
	}
	c.backend.onNextSend(hooks...)

	_, err := s.Send(ctx, c.from, &contractAddr, c.pack(t, "store", big.NewInt(1)), nil, 50_000)
	if !errors.Is(err, ErrNonceTooLow) {
		t.Fatalf("got %v, want ErrNonceTooLow", err)
	}
	// The next transaction starts from a fresh nonce read and goes through.
	p, err := s.Send(ctx, c.from, &contractAddr, c.pack(t, "store", big.NewInt(1)), nil, 50_000)
	if err != nil {
		t.Fatal(err)
	}
	if p.Nonce() != 0 {
		t.Errorf("got nonce %d, want 0", p.Nonce())
	}
}

func TestSend_alreadyKnown_countsAsSent(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	// The node got the tx (e.g. a retried request) and says so.
	c.backend.onNextSend(func(_ *types.Transaction, forward func() error) error {
		if err := forward(); err != nil {
			return err
		}
		return errString("already known")
	})

	p0, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	p1, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p0)
	waitOK(t, ctx, s, p1)
	if p0.Nonce() != 0 || p1.Nonce() != 1 {
		t.Errorf("got nonces %d, %d; want 0, 1", p0.Nonce(), p1.Nonce())
	}
	if got := c.backend.pendingNonce.Load(); got != 1 {
		t.Errorf("got %d PendingNonceAt calls, want 1", got)
	}
}

func TestSend_otherError_keepsNonceAndResyncsBeforeNextTx(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	sendErr := errString("connection reset by peer")
	c.backend.onNextSend(failSend(sendErr))

	_, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if !errors.Is(err, sendErr) {
		t.Fatalf("got %v, want the send error", err)
	}
	if _, ok := AsRevert(err); ok {
		t.Fatalf("got a revert error for a transport failure: %v", err)
	}
	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p)
	if p.Nonce() != 0 {
		t.Errorf("got nonce %d, want 0 (failed send consumed none)", p.Nonce())
	}
	if got := c.backend.pendingNonce.Load(); got != 2 {
		t.Errorf("got %d PendingNonceAt calls, want 2", got)
	}
	if st := s.Stats(); st.SendErrors != 1 || st.Fillers != 0 {
		t.Errorf("got stats %+v, want 1 send error, no filler (the nonce was the highest)", st)
	}
}

func TestSend_underpriced_refreshesFeesAndRetries(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	c.backend.onNextSend(failSend(errString("transaction underpriced: gas tip cap 1, minimum needed 2")))

	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p)
	if p.Nonce() != 0 {
		t.Errorf("got nonce %d, want 0 (fee retries keep the nonce)", p.Nonce())
	}
	if got := s.Stats().FeeRefreshes; got != 2 {
		t.Errorf("got %d fee reads, want 2 (initial + forced refresh)", got)
	}
	if got := c.backend.tip.Load(); got != 2 {
		t.Errorf("got %d eth_maxPriorityFeePerGas calls, want 2", got)
	}
	if got := c.backend.pendingNonce.Load(); got != 1 {
		t.Errorf("got %d PendingNonceAt calls, want 1 (fee errors keep the nonce)", got)
	}
}

func TestSend_externalTxFromSameAccount_recoversFromNonceTooLow(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())

	p0, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p0)
	c.sendExternal(t, 1, c.pack(t, "store", big.NewInt(99)))

	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(3)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p)
	if p.Nonce() != 2 {
		t.Errorf("got nonce %d, want 2", p.Nonce())
	}
	if got := s.Stats().Resyncs; got != 1 {
		t.Errorf("got %d resyncs, want 1", got)
	}
}

func TestSender_restartWithPendingTxs_continuesAtNextNonce(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	first := c.newSender(t, c.testConfig())
	var pending []*Pending
	for i := range 3 {
		p, err := first.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
		if err != nil {
			t.Fatal(err)
		}
		pending = append(pending, p)
	}

	// A new process: a new Sender over the same node, txs still in the pool.
	restarted := c.newSender(t, c.testConfig())
	p, err := restarted.Transact(ctx, c.from, c.call("store", big.NewInt(4)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Nonce() != 3 {
		t.Errorf("got nonce %d after restart, want 3", p.Nonce())
	}
	c.autoMine(t, 10*time.Millisecond)
	for _, q := range append(pending, p) {
		waitOK(t, ctx, restarted, q)
	}
}

func TestWait_droppedTx_isRebroadcast(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	cfg := c.testConfig()
	cfg.RebroadcastAfter = 50 * time.Millisecond
	s := c.newSender(t, cfg)
	c.backend.onNextSend(dropSend)

	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p)
	if got := s.Stats().Rebroadcasts; got < 1 {
		t.Errorf("got %d re-broadcasts, want at least 1", got)
	}
}

func TestWait_nonceTakenByAnotherTx_returnsErrReplaced(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	cfg := c.testConfig()
	cfg.RebroadcastAfter = 20 * time.Millisecond
	s := c.newSender(t, cfg)
	c.backend.onNextSend(dropSend)

	p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	c.sendExternal(t, p.Nonce(), c.pack(t, "store", big.NewInt(99)))
	if _, err := s.Wait(ctx, p); !errors.Is(err, ErrReplaced) {
		t.Fatalf("got %v, want ErrReplaced", err)
	}
}

func TestWait_contextEnds_returnsContextError(t *testing.T) {
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig())
	p, err := s.Transact(testContext(t), c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.Wait(ctx, p); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want context.DeadlineExceeded", err)
	}
}

func TestTransact_deploy_reportsContractAddress(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())

	p, err := s.Transact(ctx, c.from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bind.DeployContract(o, c.abi, testInitCode(testRuntime(c.abi)), c.client)
		return tx, err
	})
	if err != nil {
		t.Fatal(err)
	}
	addr, ok := p.ContractAddress()
	if !ok {
		t.Fatal("ContractAddress reported a call")
	}
	r := waitOK(t, ctx, s, p)
	if r.ContractAddress != addr {
		t.Errorf("got contract at %s, want %s", r.ContractAddress, addr)
	}
	deployed := bind.NewBoundContract(addr, c.abi, c.client, c.client, c.client)
	p2, err := s.Transact(ctx, c.from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return deployed.Transact(o, "store", big.NewInt(5))
	})
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p2)
	var out []any
	if err := deployed.Call(&bind.CallOpts{Context: ctx}, &out, "value"); err != nil {
		t.Fatal(err)
	}
	if got := out[0].(*big.Int); got.Int64() != 5 {
		t.Errorf("got value %v, want 5", got)
	}
}

func TestTransact_errors(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig())

	t.Run("unknown account is rejected", func(t *testing.T) {
		_, err := s.Transact(ctx, common.HexToAddress("0x1"), c.call("store", big.NewInt(1)))
		if !errors.Is(err, ErrUnknownAccount) {
			t.Fatalf("got %v, want ErrUnknownAccount", err)
		}
	})
	t.Run("target without code is rejected", func(t *testing.T) {
		empty := bind.NewBoundContract(common.HexToAddress("0xdead"), c.abi, c.client, c.client, c.client)
		_, err := s.Transact(ctx, c.from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return empty.Transact(o, "store", big.NewInt(1))
		})
		if !errors.Is(err, ErrNoCode) {
			t.Fatalf("got %v, want ErrNoCode", err)
		}
	})
	t.Run("build error is returned", func(t *testing.T) {
		_, err := s.Transact(ctx, c.from, c.call("noSuchMethod"))
		if err == nil {
			t.Fatal("got nil error for an unknown method")
		}
	})
	t.Run("cancelled context stops before sending", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		before := c.backend.send.Load()
		if _, err := s.Transact(cctx, c.from, c.call("store", big.NewInt(1))); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
		if c.backend.send.Load() != before {
			t.Fatal("sent a transaction with a cancelled context")
		}
	})
}

func TestDecodeCallError_bindingCallRevert_isDecoded(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig())
	var out []any
	err := c.contract.Call(&bind.CallOpts{Context: ctx}, &out, "nope", big.NewInt(3))
	wantRevert(t, s.DecodeCallError(err), "Nope", big.NewInt(3))

	plain := errors.New("dial tcp: connection refused")
	if got := s.DecodeCallError(plain); got != plain {
		t.Errorf("got %v, want the error unchanged", got)
	}
}

// encodeNope returns the revert data of the test contract's Nope(x).
func encodeNope(t *testing.T, x int64) []byte {
	a := mustTestABI()
	e := a.Errors["Nope"]
	data, err := e.Inputs.Pack(big.NewInt(x))
	if err != nil {
		t.Fatal(err)
	}
	return append(e.ID[:4:4], data...)
}

// encodeErrorString returns the revert data of require(false, reason).
func encodeErrorString(reason string) []byte {
	typ, _ := abi.NewType("string", "", nil)
	data, err := abi.Arguments{{Type: typ}}.Pack(reason)
	if err != nil {
		panic(err)
	}
	return append(errorSelector[:4:4], data...)
}

// encodePanic returns the revert data of a Solidity panic with code.
func encodePanic(code int64) []byte {
	return append(panicSelector[:4:4], common.LeftPadBytes(big.NewInt(code).Bytes(), 32)...)
}
