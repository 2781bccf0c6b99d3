package txsender

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// BenchmarkPush compares pushing contract writes from one account through a
// Sender with pushing presigned transactions straight to the node's RPC, on
// the in-process simulated node. Run with a fixed count, e.g.
//
//	go test -run '^$' -bench Push -benchtime 2000x ./backend/txsender/
//
// The presigned variants exclude signing and fee lookup from the timing; the
// Sender variants include everything (fees, gas limit, signing). Only sending
// is timed, not mining; scripts/bench measures the whole path on a Clique
// chain.
func BenchmarkPush(b *testing.B) {
	for _, transport := range []string{"inproc", "http"} {
		b.Run(transport, func(b *testing.B) { benchPush(b, transport == "http") })
	}
}

func benchPush(b *testing.B, overHTTP bool) {
	b.Run("presigned/serial", func(b *testing.B) {
		c, txs := benchPresigned(b, overHTTP)
		ctx := context.Background()
		b.ResetTimer()
		for _, tx := range txs {
			if err := c.client.SendTransaction(ctx, tx); err != nil {
				b.Fatal(err)
			}
		}
		reportRate(b)
	})
	b.Run("presigned/parallel", func(b *testing.B) {
		c, txs := benchPresigned(b, overHTTP)
		ctx := context.Background()
		var next atomic.Int64
		b.ResetTimer()
		b.SetParallelism(8)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := c.client.SendTransaction(ctx, txs[next.Add(1)-1]); err != nil {
					b.Error(err)
				}
			}
		})
		reportRate(b)
	})
	b.Run("sender/explicit-gas", func(b *testing.B) {
		c, s := benchSender(b, overHTTP)
		ctx := context.Background()
		data := c.pack(b, "store", big.NewInt(1))
		b.ResetTimer()
		b.SetParallelism(8)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if _, err := s.Send(ctx, c.from, &contractAddr, data, nil, 50_000); err != nil {
					b.Error(err)
				}
			}
		})
		reportRate(b)
	})
	b.Run("sender/transact", func(b *testing.B) {
		c, s := benchSender(b, overHTTP)
		ctx := context.Background()
		b.ResetTimer()
		b.SetParallelism(8)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if _, err := s.Transact(ctx, c.from, c.call("store", big.NewInt(1))); err != nil {
					b.Error(err)
				}
			}
		})
		reportRate(b)
	})
}

// benchPresigned returns a chain and b.N signed store transactions from its
// account with consecutive nonces.
func benchPresigned(b *testing.B, overHTTP bool) (*testChain, []*types.Transaction) {
	c := newTestChainWith(b, overHTTP)
	c.autoMine(b, 20*time.Millisecond)
	head, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		b.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signer := types.LatestSignerForChainID(params.AllDevChainProtocolChanges.ChainID)
	data := c.pack(b, "store", big.NewInt(1))
	txs := make([]*types.Transaction, b.N)
	for i := range txs {
		txs[i], err = types.SignNewTx(c.key, signer, &types.DynamicFeeTx{
			ChainID: params.AllDevChainProtocolChanges.ChainID, Nonce: uint64(i),
			GasTipCap: tip, GasFeeCap: feeCap, Gas: 50_000, To: &contractAddr, Data: data,
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return c, txs
}

// benchSender returns a chain with a Sender whose nonce and fees are warm.
func benchSender(b *testing.B, overHTTP bool) (*testChain, *Sender) {
	c := newTestChainWith(b, overHTTP)
	c.autoMine(b, 20*time.Millisecond)
	cfg := c.testConfig()
	cfg.FeeRefresh = time.Minute
	s := c.newSender(b, cfg)
	p, err := s.Transact(context.Background(), c.from, c.call("store", big.NewInt(1)))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Wait(context.Background(), p); err != nil {
		b.Fatal(err)
	}
	return c, s
}

func reportRate(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tx/s")
}
