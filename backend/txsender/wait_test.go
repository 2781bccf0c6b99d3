package txsender

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// laggingHeadBackend has a receipt in block 5 while its head reaches block
// 5 only at the third look.
type laggingHeadBackend struct {
	Backend
	headCalls atomic.Int64
}

func (b *laggingHeadBackend) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(5)}, nil
}

func (b *laggingHeadBackend) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(3 + min(b.headCalls.Add(1)-1, 2))}, nil
}

func TestWait_receiptBeforeHeadMoves_returnsOnceHeadIncludesIt(t *testing.T) {
	b := &laggingHeadBackend{}
	s, err := New(b, Config{ChainID: big.NewInt(1), ReceiptPoll: time.Millisecond, RebroadcastAfter: -1})
	if err != nil {
		t.Fatal(err)
	}
	p := &Pending{tx: types.NewTx(&types.DynamicFeeTx{}), sentAt: time.Now()}
	if _, err := s.Wait(testContext(t), p); err != nil {
		t.Fatal(err)
	}
	if got := b.headCalls.Load(); got != 3 {
		t.Errorf("got %d head reads, want 3 (heads 3, 4, 5)", got)
	}
	// The head is remembered: another Wait in the same block needs none.
	if _, err := s.Wait(testContext(t), p); err != nil {
		t.Fatal(err)
	}
	if got := b.headCalls.Load(); got != 3 {
		t.Errorf("got %d head reads after a second Wait, want still 3", got)
	}
}

func TestWait_noNewBlock_skipsReceiptQueries(t *testing.T) {
	ctx := testContext(t)
	c := newTestChain(t)
	s := c.newSender(t, c.testConfig()) // ReceiptPoll 5 ms
	const waiters = 5
	var pending []*Pending
	for i := range waiters {
		p, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(int64(i+1))))
		if err != nil {
			t.Fatal(err)
		}
		pending = append(pending, p)
	}
	errs := make(chan error, waiters)
	for _, p := range pending {
		go func() {
			_, err := s.Wait(ctx, p)
			errs <- err
		}()
	}
	time.Sleep(200 * time.Millisecond) // 40 polls of each Wait, no block
	before := c.backend.receipt.Load()
	c.commit()
	for range waiters {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}

	// Per Wait: the first query, one forced every maxSkippedPolls polls,
	// and the one after the block; polling blindly would make 40 each.
	if max := int64(waiters * (2 + 40/maxSkippedPolls + 1)); before > max {
		t.Errorf("got %d receipt queries before the block, want at most %d", before, max)
	}
	if got := c.backend.receipt.Load() - before; got > 2*waiters {
		t.Errorf("got %d receipt queries after the block, want about one per Wait", got)
	}
}
