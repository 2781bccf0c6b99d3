package txsender

import (
	"math/big"
	"testing"
	"time"
)

func TestGasLimit_sameMethod_reusesEstimateAfterCheck(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())

	for i := range 3 {
		p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
		if err != nil {
			t.Fatal(err)
		}
		waitOK(t, ctx, s, p)
	}
	if st := s.Stats(); st.GasEstimates != 1 || st.GasReuses != 2 {
		t.Errorf("got %d estimates and %d reuses, want 1 and 2", st.GasEstimates, st.GasReuses)
	}
	if got := c.backend.estimate.Load(); got != 1 {
		t.Errorf("got %d eth_estimateGas calls, want 1", got)
	}
	// A different method is estimated on its own.
	if _, err := s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(1))); err == nil {
		t.Fatal("storeIfZero on a non-zero slot did not revert")
	}
	if got := s.Stats().GasEstimates; got != 2 {
		t.Errorf("got %d estimates, want 2", got)
	}
}

func TestGasLimit_reusedLimitTooLow_isEstimatedAfresh(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	explicit := func(v int64) {
		t.Helper()
		p, err := s.Send(ctx, c.from, &contractAddr, c.pack(t, "store", big.NewInt(v)), nil, 100_000)
		if err != nil {
			t.Fatal(err)
		}
		waitOK(t, ctx, s, p)
	}
	estimated := func(v int64) uint64 {
		t.Helper()
		p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(v)))
		if err != nil {
			t.Fatal(err)
		}
		waitOK(t, ctx, s, p)
		return p.Tx().Gas()
	}

	explicit(1)           // slot 0 is now non-zero
	cheap := estimated(2) // overwriting a non-zero slot: cheap, remembered
	explicit(0)           // slot 0 is zero again
	dear := estimated(3)  // writing a zero slot costs 20k more than remembered
	if dear <= cheap {
		t.Errorf("got gas limit %d after the slot was cleared, want more than %d", dear, cheap)
	}
	if st := s.Stats(); st.GasEstimates != 2 || st.GasReuses != 0 {
		t.Errorf("got %d estimates and %d reuses, want 2 and 0", st.GasEstimates, st.GasReuses)
	}
}

func TestGasLimit_reuseDisabled_estimatesEveryCall(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	cfg := c.testConfig()
	cfg.GasReuse = -1
	s := c.newSender(t, cfg)
	for i := range 3 {
		if _, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1)))); err != nil {
			t.Fatal(err)
		}
	}
	if got := c.backend.estimate.Load(); got != 3 {
		t.Errorf("got %d eth_estimateGas calls, want 3", got)
	}
	if got := c.backend.call.Load(); got != 0 {
		t.Errorf("got %d eth_call checks, want 0", got)
	}
}

func TestGasLimit_reuseUnchecked_sendsWithoutCheckAndRevertComesFromWait(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	c.autoMine(t, 10*time.Millisecond)
	cfg := c.testConfig()
	cfg.GasReuseUnchecked = true
	s := c.newSender(t, cfg)

	p, err := s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	waitOK(t, ctx, s, p)
	// Estimated once; the second call reuses the limit unchecked, is sent
	// although it reverts (slot 0 is 1 now), and fails when mined.
	p, err = s.Transact(ctx, c.from, c.call("storeIfZero", big.NewInt(2)))
	if err != nil {
		t.Fatalf("got %v, want the call sent unchecked", err)
	}
	_, err = s.Wait(ctx, p)
	wantRevert(t, err, "Nope", big.NewInt(1))
	if got := c.backend.estimate.Load(); got != 1 {
		t.Errorf("got %d eth_estimateGas calls, want 1", got)
	}
	if st := s.Stats(); st.GasReuses != 1 {
		t.Errorf("got %d reuses, want 1", st.GasReuses)
	}
}
