package txsender

import (
	"context"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestAccount_release_unallocatesFromTheTop(t *testing.T) {
	a := newAccount(common.Address{1}, nil, 1)
	a.next = 5
	steps := []struct {
		release  uint64
		wantNext uint64
		wantFree []uint64
	}{
		{2, 5, []uint64{2}}, // below outstanding 3, 4: a gap
		{4, 4, []uint64{2}}, // the top: un-allocated
		{3, 2, nil},         // now 3 and 2 are the top
		{1, 1, nil},
	}
	for _, st := range steps {
		a.release(st.release)
		if a.next != st.wantNext || !slices.Equal(a.free, st.wantFree) {
			t.Fatalf("after release(%d): got next %d free %v, want %d %v", st.release, a.next, a.free, st.wantNext, st.wantFree)
		}
	}
}

// nonceBackend answers PendingNonceAt only.
type nonceBackend struct {
	Backend
	nonce uint64
}

func (b *nonceBackend) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return b.nonce, nil
}

func TestAccount_sync(t *testing.T) {
	tests := []struct {
		name        string
		first       bool
		next        uint64
		free        []uint64
		outstanding int
		node        uint64
		wantNext    uint64
		wantFree    []uint64
	}{
		{"first use takes the node's nonce", true, 0, nil, 0, 7, 7, nil},
		{"quiescent: node ahead (external txs)", false, 3, []uint64{1}, 0, 9, 9, nil},
		{"quiescent: node behind (dropped txs) is trusted", false, 9, nil, 0, 4, 4, nil},
		{"in flight: only moves forward", false, 9, nil, 2, 4, 9, nil},
		{"in flight: drops given-back nonces the node used", false, 9, []uint64{2, 5, 7}, 2, 6, 9, []uint64{7}},
		{"in flight: node ahead", false, 5, []uint64{3}, 1, 8, 8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(&nonceBackend{nonce: tt.node}, Config{ChainID: big.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			a := newAccount(common.Address{1}, nil, 1)
			a.everSynced = !tt.first
			a.next, a.free, a.outstanding = tt.next, tt.free, tt.outstanding
			if err := a.sync(context.Background(), s); err != nil {
				t.Fatal(err)
			}
			if a.next != tt.wantNext || !slices.Equal(a.free, tt.wantFree) || !a.synced {
				t.Errorf("got next %d free %v synced %v, want %d %v true", a.next, a.free, a.synced, tt.wantNext, tt.wantFree)
			}
		})
	}
}

func TestTransact_sendFailuresDuringBurst_leaveNoStuckTransactions(t *testing.T) {
	ctx := testContext(t)
	c := newTestChainWith(t, true) // over HTTP: 120 concurrent callers overrun the in-process pipe's write deadline on a loaded machine
	c.autoMine(t, 10*time.Millisecond)
	s := c.newSender(t, c.testConfig())
	// Every 7th contract call fails for good, slowly, so that later nonces
	// are out by then; fillers (self-transfers) pass.
	var calls atomic.Int64
	c.backend.onEverySend(func(tx *types.Transaction, forward func() error) error {
		if tx.To() != nil && *tx.To() == contractAddr && calls.Add(1)%7 == 0 {
			time.Sleep(5 * time.Millisecond)
			return errString("oversized data")
		}
		return forward()
	})

	const n = 120
	var (
		mu      sync.Mutex
		pending []*Pending
		failed  int
		wg      sync.WaitGroup
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed++
				return
			}
			pending = append(pending, p)
		}()
	}
	wg.Wait()
	if failed == 0 {
		t.Fatal("no send failed; the test injects failures")
	}
	waitAll(t, ctx, s, pending) // would hang (until ctx) behind a gap

	// Nothing may be left behind in the pool either (e.g. a filler after a
	// gap), and every sent transaction was mined.
	deadline := time.Now().Add(10 * time.Second)
	for {
		mined, err := c.client.NonceAt(ctx, c.from, nil)
		if err != nil {
			t.Fatal(err)
		}
		pooled, err := c.client.PendingNonceAt(ctx, c.from)
		if err != nil {
			t.Fatal(err)
		}
		if mined == pooled && mined >= uint64(len(pending)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d mined and pool nonce %d, want them equal and at least %d", mined, pooled, len(pending))
		}
		time.Sleep(10 * time.Millisecond)
	}
	st := s.Stats()
	t.Logf("%d sent, %d failed, %d fillers", len(pending), failed, st.Fillers)
}
