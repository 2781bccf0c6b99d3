package txsender

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// gasKey identifies calls that are expected to need similar gas: the same
// method (4-byte selector) of the same contract.
type gasKey struct {
	to       common.Address
	selector [4]byte
}

// gasEntry is a gas limit (estimate plus margin) and when it was estimated.
type gasEntry struct {
	limit uint64
	at    time.Time
}

// gasCache remembers recent gas limits per method. Safe for concurrent use.
type gasCache struct {
	mu      sync.Mutex
	entries map[gasKey]gasEntry
}

// gasLimit returns the gas limit for a call: estimate plus GasMargin.
//
// eth_estimateGas runs the call several times on the node (a binary search),
// which costs the node more than accepting the transaction. So a limit
// estimated for the same method of the same contract within GasReuse is
// reused instead, after one eth_call at exactly that limit on the same state
// estimation uses (latest) shows the call succeeds with it. Any failure of
// that check, a revert included, falls back to a full estimate, whose answer
// is authoritative and replaces the remembered limit. A reused limit can be
// higher than the call needs; unused gas is not charged. With
// GasReuseUnchecked the check is skipped.
func (s *Sender) gasLimit(ctx context.Context, from common.Address, to *common.Address, data []byte, value *big.Int) (uint64, error) {
	msg := ethereum.CallMsg{From: from, To: to, Data: data, Value: value}
	var key gasKey
	cacheable := s.cfg.GasReuse > 0 && to != nil && len(data) >= 4
	if cacheable {
		key.to = *to
		copy(key.selector[:], data)
		if limit, ok := s.gas.get(key, s.cfg.GasReuse); ok {
			if s.cfg.GasReuseUnchecked {
				s.stats.gasReuses.Add(1)
				return limit, nil
			}
			check := msg
			check.Gas = limit
			if _, err := s.callContract(ctx, check, nil); err == nil {
				s.stats.gasReuses.Add(1)
				return limit, nil
			}
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
		}
	}
	s.stats.gasEstimates.Add(1)
	est, err := s.estimateGas(ctx, msg)
	if err != nil {
		if re, ok := s.decoder.fromCallError(err); ok {
			s.stats.estimateReverts.Add(1)
			return 0, re
		}
		return 0, fmt.Errorf("estimate gas: %w", err)
	}
	limit := est + est*s.cfg.GasMargin/100
	if cacheable {
		s.gas.put(key, limit)
	}
	return limit, nil
}

// get returns the limit for key if it was estimated within ttl.
func (c *gasCache) get(key gasKey, ttl time.Duration) (uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || time.Since(e.at) >= ttl {
		return 0, false
	}
	return e.limit, true
}

// put remembers limit for key.
func (c *gasCache) put(key gasKey, limit uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = make(map[gasKey]gasEntry)
	}
	c.entries[key] = gasEntry{limit: limit, at: time.Now()}
}
