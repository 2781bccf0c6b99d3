package txsender

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// replacedPolls is how many more receipt polls Wait makes, after a
// re-broadcast was answered "nonce too low", before it concludes that another
// transaction took the nonce (the receipt of ours may just lag the block).
const replacedPolls = 2

// Pending is a transaction accepted by the node and not yet known to be
// mined. It is immutable and safe to share between goroutines.
type Pending struct {
	tx     *types.Transaction // signed
	from   common.Address
	sentAt time.Time
}

// Hash returns the transaction hash.
func (p *Pending) Hash() common.Hash { return p.tx.Hash() }

// Tx returns the signed transaction.
func (p *Pending) Tx() *types.Transaction { return p.tx }

// From returns the sending account.
func (p *Pending) From() common.Address { return p.from }

// Nonce returns the nonce the Sender assigned.
func (p *Pending) Nonce() uint64 { return p.tx.Nonce() }

// ContractAddress returns the address a contract creation will deploy to;
// ok is false if the transaction is a call.
func (p *Pending) ContractAddress() (addr common.Address, ok bool) {
	if p.tx.To() != nil {
		return common.Address{}, false
	}
	return crypto.CreateAddress(p.from, p.tx.Nonce()), true
}

// maxSkippedPolls bounds how many polls in a row Wait skips the receipt query
// because the node's head has not changed, in case the head misleads.
const maxSkippedPolls = 10

// Wait polls every ReceiptPoll until p is mined or ctx ends, and returns its
// receipt. Many goroutines may wait concurrently, also on the same Pending.
//
// The receipt is queried at once, then again only when the node's latest
// block number has changed since the last query (and at least every tenth
// poll): the block number is read at most twice per ReceiptPoll for all
// Waits of the Sender together, so many concurrent Waits cost the node about
// one receipt query each per block, not per poll. When the Backend can batch
// (see Backend), the queries of concurrent Waits also share requests.
//
// Wait returns once the node's latest block includes the receipt's block,
// so calls and estimates made afterwards see the transaction's effects.
//
// A receipt with status 0 is returned together with a *RevertError (TxHash
// set) whose data comes from replaying the call with eth_call at the
// receipt's block. If no receipt appears within RebroadcastAfter, the same
// signed transaction is sent again ("already known" is ignored); if the node
// then answers "nonce too low" and no receipt follows, Wait returns
// ErrReplaced. Transient node errors are retried until ctx ends; the error
// then wraps ctx.Err() and names the last node error.
func (s *Sender) Wait(ctx context.Context, p *Pending) (*types.Receipt, error) {
	ticker := time.NewTicker(s.cfg.ReceiptPoll)
	defer ticker.Stop()
	var (
		lastSent   = p.sentAt
		lastErr    error
		nonceGone  bool // a re-broadcast was answered "nonce too low"
		goneChecks int
		queried    bool   // a receipt query was made
		queriedAt  uint64 // the head as known just before that query
		headKnown  bool   // queriedAt is a head read from the node
		skipped    int    // polls without a query since the last one
	)
	for {
		query := !queried || nonceGone || lastErr != nil || skipped >= maxSkippedPolls
		if !query {
			head, ok := s.latestHead(ctx)
			query = !ok || !headKnown || head != queriedAt
		}
		if !query {
			skipped++
		} else {
			queried, skipped = true, 0
			queriedAt, headKnown = s.heads.peek()
			r, err := s.transactionReceipt(ctx, p.Hash())
			if err == nil && r != nil && !s.headReached(ctx, r) {
				r, err = nil, nil // not yet visible as "latest": poll again
			}
			switch {
			case err == nil && r != nil:
				if r.Status == types.ReceiptStatusSuccessful {
					s.stats.mined.Add(1)
					return r, nil
				}
				s.stats.reverted.Add(1)
				return r, s.explainFailure(ctx, p, r)
			case err == nil, errors.Is(err, ethereum.NotFound), isIndexing(err):
				lastErr = nil
			default:
				lastErr = err
			}
		}
		if nonceGone {
			if goneChecks++; goneChecks > replacedPolls {
				return nil, fmt.Errorf("wait %s nonce %d: %w", p.Hash(), p.Nonce(), ErrReplaced)
			}
		} else if s.cfg.RebroadcastAfter > 0 && time.Since(lastSent) >= s.cfg.RebroadcastAfter {
			lastSent = time.Now()
			s.stats.rebroadcasts.Add(1)
			switch err := s.sendTransaction(ctx, p.tx); classifySend(err) {
			case sendOK, sendAlreadyKnown:
			case sendNonceError:
				nonceGone = true
			default:
				lastErr = fmt.Errorf("re-broadcast: %w", err)
			}
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return nil, fmt.Errorf("wait %s: %w (last error: %v)", p.Hash(), ctx.Err(), lastErr)
			}
			return nil, fmt.Errorf("wait %s: %w", p.Hash(), ctx.Err())
		case <-ticker.C:
		}
	}
}

// headCache is the node's latest block number as last read, shared by every
// Wait of a Sender. Safe for concurrent use.
type headCache struct {
	reading chan struct{} // one-slot semaphore held while reading
	mu      sync.Mutex    // guards the fields below
	num     uint64
	known   bool // num was read and the last read succeeded
	at      time.Time
}

func newHeadCache() headCache { return headCache{reading: make(chan struct{}, 1)} }

// peek returns the last block number read, without reading.
func (c *headCache) peek() (uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.num, c.known
}

// latestHead returns the node's latest block number, read at most once per
// half ReceiptPoll for all callers: younger readings are shared, and while
// one caller reads, the others take the previous reading. ok is false when
// the number is not known (the last read failed).
func (s *Sender) latestHead(ctx context.Context) (num uint64, ok bool) {
	c := &s.heads
	c.mu.Lock()
	num, ok, at := c.num, c.known, c.at
	c.mu.Unlock()
	if ok && time.Since(at) < s.cfg.ReceiptPoll/2 {
		return num, true
	}
	select {
	case c.reading <- struct{}{}:
	default:
		return num, ok // another Wait is reading; the next poll sees its answer
	}
	defer func() { <-c.reading }()
	n, err := s.blockNumber(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		c.known = false
		return 0, false
	}
	c.num, c.known, c.at = n, true, time.Now()
	s.sawHead(n)
	return n, true
}

// headReached reports whether the node's latest block includes r's block.
// geth makes a receipt visible a moment before it moves its head, so without
// this a call or estimate made right after Wait could miss the transaction's
// effects. The highest head seen is remembered, so concurrent Waits for
// transactions of one block mostly skip the call.
func (s *Sender) headReached(ctx context.Context, r *types.Receipt) bool {
	if r.BlockNumber == nil || !r.BlockNumber.IsUint64() {
		return true
	}
	want := r.BlockNumber.Uint64()
	if s.head.Load() >= want {
		return true
	}
	h, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil || h.Number == nil {
		return false
	}
	n := h.Number.Uint64()
	s.sawHead(n)
	return n >= want
}

// sawHead raises the highest head seen to n.
func (s *Sender) sawHead(n uint64) {
	for {
		old := s.head.Load()
		if n <= old || s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

// isIndexing reports geth's "transaction indexing is in progress", which
// means "try again later", not failure.
func isIndexing(err error) bool {
	return err != nil && err.Error() == "transaction indexing is in progress"
}

// explainFailure builds the *RevertError for a receipt with status 0 by
// replaying the transaction as a call at the receipt's block, i.e. on the
// state after that block (which includes whatever made it fail earlier in
// the block). The replay can only approximate the original execution; when
// it does not revert, the error says so.
func (s *Sender) explainFailure(ctx context.Context, p *Pending, r *types.Receipt) error {
	call := ethereum.CallMsg{
		From:  p.from,
		To:    p.tx.To(),
		Gas:   p.tx.Gas(),
		Value: p.tx.Value(),
		Data:  p.tx.Data(),
	}
	var block *big.Int
	if r.BlockNumber != nil {
		block = new(big.Int).Set(r.BlockNumber)
	}
	_, err := s.callContract(ctx, call, block)
	var re *RevertError
	switch dec, ok := s.decoder.fromCallError(err); {
	case ok:
		cp := *dec
		re = &cp
	case err == nil:
		re = &RevertError{Reason: "failed on chain; replay did not revert"}
	default:
		// e.g. "out of gas", or the node could not replay.
		re = &RevertError{Reason: err.Error()}
	}
	re.TxHash = p.Hash()
	return re
}
