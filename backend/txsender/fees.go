package txsender

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"
)

// baseFeeMultiplier sizes the fee cap as tip + 2×base fee, as go-ethereum's
// bindings do: it survives six full blocks of base fee increases (12.5% each).
const baseFeeMultiplier = 2

// fees is one reading of the node's fee market. Values are never mutated
// after the reading is published.
type fees struct {
	tip    *big.Int
	feeCap *big.Int
	gen    uint64 // increases with every reading; 0 = none yet
	at     time.Time
}

// feeCache holds the latest fee reading. Readers use it without waiting while
// it is fresh; when it expires one caller refreshes it and the others keep
// using the stale reading meanwhile, so fee lookups never sit on the hot path.
type feeCache struct {
	refresh chan struct{} // one-slot semaphore held by the refreshing caller
	mu      sync.Mutex    // guards cur
	cur     fees
}

func newFeeCache() feeCache {
	return feeCache{refresh: make(chan struct{}, 1)}
}

// get returns a fee reading no older than the Sender's FeeRefresh. If stale
// is non-zero and equals the current reading's generation, that reading is
// treated as expired (the node just rejected it as underpriced) and callers
// wait for a new one.
func (c *feeCache) get(ctx context.Context, s *Sender, stale uint64) (fees, error) {
	for {
		c.mu.Lock()
		cur := c.cur
		c.mu.Unlock()
		usable := cur.gen != 0 && cur.gen != stale
		if usable && time.Since(cur.at) < s.cfg.FeeRefresh {
			return cur, nil
		}
		if usable {
			// Expired but not rejected: refresh if nobody else is, else
			// carry on with the old reading.
			select {
			case c.refresh <- struct{}{}:
			default:
				return cur, nil
			}
		} else {
			select {
			case c.refresh <- struct{}{}:
			case <-ctx.Done():
				return fees{}, ctx.Err()
			}
		}
		// Holding the semaphore: someone may have refreshed meanwhile.
		c.mu.Lock()
		latest := c.cur
		c.mu.Unlock()
		if latest.gen != cur.gen {
			<-c.refresh
			continue
		}
		f, err := c.read(ctx, s)
		<-c.refresh
		return f, err
	}
}

// read queries tip and base fee and publishes a new reading. The caller holds
// the refresh semaphore.
func (c *feeCache) read(ctx context.Context, s *Sender) (fees, error) {
	s.stats.feeRefreshes.Add(1)
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, fmt.Errorf("read base fee: %w", err)
	}
	if head.BaseFee == nil {
		return fees{}, ErrNotLondon
	}
	tip, err := s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("read gas tip: %w", err)
	}
	if min := s.cfg.MinTipCap; min != nil && tip.Cmp(min) < 0 {
		tip = new(big.Int).Set(min)
	}
	feeCap := new(big.Int).Mul(head.BaseFee, big.NewInt(baseFeeMultiplier))
	feeCap.Add(feeCap, tip)

	c.mu.Lock()
	defer c.mu.Unlock()
	c.cur = fees{tip: tip, feeCap: feeCap, gen: c.cur.gen + 1, at: time.Now()}
	return c.cur, nil
}
