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
