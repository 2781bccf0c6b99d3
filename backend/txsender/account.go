package txsender

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// resyncBackoff is the pause before the second and later attempts after a
// nonce error: geth updates its pending nonce asynchronously after accepting
// a transaction, so an immediate re-read can lag by a transaction or two.
const resyncBackoff = 20 * time.Millisecond

// fillerTimeout bounds sending a gap filler, which also runs when the
// caller's context has ended (the gap must be closed either way).
const fillerTimeout = 10 * time.Second

// account is the per-address state of a Sender.
//
// Nonces are handed out under mu, which is never held across a call to the
// node; signing and sending then run concurrently (at most MaxInFlight per
// account), so transactions of one account can reach the node slightly out
// of nonce order, which the node's pool absorbs. A nonce whose transaction
// did not enter the pool is given back: it is reused by the next transaction,
// or, if later nonces are already out, filled at once with a 0-value
// self-transfer so that they are not stuck behind a gap.
type account struct {
	addr    common.Address
	slots   chan struct{} // semaphore bounding concurrent sends
	syncSem chan struct{} // one-slot semaphore held while reading the nonce

	mu          sync.Mutex // guards the fields below
	sign        bind.SignerFn
	synced      bool     // next is valid
	everSynced  bool     // a nonce was read at least once
	syncGen     uint64   // number of nonce reads so far
	next        uint64   // lowest nonce never handed out
	free        []uint64 // ascending nonces < next given back, not in the pool
	outstanding int      // allocated nonces the node has not answered for yet
}

func newAccount(addr common.Address, sign bind.SignerFn, maxInFlight int) *account {
	return &account{
		addr:    addr,
		slots:   make(chan struct{}, maxInFlight),
		syncSem: make(chan struct{}, 1),
		sign:    sign,
	}
}

func (a *account) setSigner(sign bind.SignerFn) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sign = sign
}

// txFields is everything about a transaction except nonce and fees.
type txFields struct {
	to    *common.Address
	data  []byte
	value *big.Int
	gas   uint64
}

// sendOutcome classifies the node's answer to eth_sendRawTransaction.
type sendOutcome int

const (
	sendOK sendOutcome = iota
	sendAlreadyKnown
	sendNonceError
	sendFeeError
	sendOtherError
)

// classifySend maps a send error to what the Sender does about it. The node's
// errors arrive as JSON-RPC messages, so matching is by text; the strings are
// those of go-ethereum's core and core/txpool (v1.13) plus the equivalents of
// other clients.
func classifySend(err error) sendOutcome {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(msg, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "known transaction", "already imported"):
		return sendAlreadyKnown
	case has("nonce too low", "nonce too high", "replacement transaction underpriced", "replacement fee too low"):
		return sendNonceError
	case has("transaction underpriced", "max fee per gas less than block base fee", "fee cap less than block base fee"):
		return sendFeeError
	}
	return sendOtherError
}

// send assigns a nonce to the transaction, signs and sends it, applying the
// recovery rules documented on Sender.Send.
func (a *account) send(ctx context.Context, s *Sender, f fees, fields txFields) (*Pending, error) {
	select {
	case a.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-a.slots }()

	nonce, gen, sign, err := a.allocate(ctx, s)
	if err != nil {
		return nil, err
	}
	for attempt := 1; ; attempt++ {
		signed, err := s.signTx(a.addr, sign, nonce, f, fields)
		if err != nil {
			a.giveBack(ctx, s, nonce)
			a.resolved()
			return nil, err
		}
		err = s.sendTransaction(ctx, signed)
		switch classifySend(err) {
		case sendOK, sendAlreadyKnown:
			a.resolved()
			s.stats.sent.Add(1)
			return &Pending{tx: signed, from: a.addr, sentAt: time.Now()}, nil

		case sendNonceError:
			// The nonce is taken (mined, or another transaction holds it
			// in the pool): it stays used, and the account catches up.
			a.resolved()
			a.requestResync(gen)
			if attempt == sendAttempts {
				s.stats.sendErrors.Add(1)
				return nil, fmt.Errorf("%w: send tx nonce %d: %v", ErrNonceTooLow, nonce, err)
			}
			if attempt > 1 {
				if err := sleep(ctx, resyncBackoff); err != nil {
					return nil, err
				}
			}
			if nonce, gen, sign, err = a.allocate(ctx, s); err != nil {
				return nil, err
			}

		case sendFeeError:
			// Not in the pool: keep the nonce, re-read the fees.
			if attempt == sendAttempts {
				a.giveBack(ctx, s, nonce)
				a.resolved()
				s.stats.sendErrors.Add(1)
				return nil, fmt.Errorf("%w: send tx nonce %d: %v", ErrFeeTooLow, nonce, err)
			}
			var ferr error
			if f, ferr = s.fees.get(ctx, s, f.gen); ferr != nil {
				a.giveBack(ctx, s, nonce)
				a.resolved()
				return nil, ferr
			}

		default:
			// Most likely the transaction never entered the pool. A
			// timeout may hide a success; the resync before the next
			// transaction, or a nonce error when the nonce is reused,
			// recovers from that.
			a.giveBack(ctx, s, nonce)
			a.resolved()
			a.requestResync(gen)
			s.stats.sendErrors.Add(1)
			return nil, fmt.Errorf("send tx nonce %d: %w", nonce, err)
		}
	}
}

// allocate hands out the lowest given-back nonce, else the next fresh one,
// reading the nonce from the node first if the account is not in sync. The
// caller must call resolved once the node has answered for the nonce.
func (a *account) allocate(ctx context.Context, s *Sender) (nonce, gen uint64, sign bind.SignerFn, err error) {
	for {
		a.mu.Lock()
		if a.synced {
			if len(a.free) > 0 {
				nonce, a.free = a.free[0], a.free[1:]
			} else {
				nonce = a.next
				a.next++
			}
			a.outstanding++
			gen, sign = a.syncGen, a.sign
			a.mu.Unlock()
			return nonce, gen, sign, nil
		}
		a.mu.Unlock()
		if err := a.sync(ctx, s); err != nil {
			return 0, 0, nil, err
		}
	}
}

// resolved records that an allocated nonce's fate is known (sent, taken, or
// given back).
func (a *account) resolved() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.outstanding--
}

// requestResync makes the account re-read its nonce before the next
// allocation, unless it already did since gen.
func (a *account) requestResync(gen uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.syncGen == gen {
		a.synced = false
	}
}

// sync reads the account's pending nonce from the node, once for all
// goroutines waiting. The node's answer is taken as is on first use and when
// no allocated nonce awaits the node's answer. Otherwise sends are in flight
// that the answer may not reflect yet, so it only moves the nonce forward
// (past transactions mined or pooled behind the Sender's back) and drops
// given-back nonces the node reports as used.
func (a *account) sync(ctx context.Context, s *Sender) error {
	select {
	case a.syncSem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-a.syncSem }()
	a.mu.Lock()
	synced := a.synced
	a.mu.Unlock()
	if synced {
		return nil // another goroutine read it while we waited
	}
	n, err := s.backend.PendingNonceAt(ctx, a.addr)
	if err != nil {
		return fmt.Errorf("read nonce of %s: %w", a.addr, err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.everSynced {
		s.stats.resyncs.Add(1)
	}
	if !a.everSynced || a.outstanding == 0 {
		a.next, a.free = n, nil
	} else {
		a.next = max(a.next, n)
		a.free = slices.DeleteFunc(a.free, func(f uint64) bool { return f < n })
	}
	a.synced, a.everSynced = true, true
	a.syncGen++
	return nil
}

// giveBack returns a nonce whose transaction did not enter the pool. If it
// was the highest nonce handed out it is simply un-allocated; otherwise later
// nonces are out and would wait behind the gap, so a filler transaction
// takes the nonce at once. A filler that fails leaves the nonce to the next
// transaction.
func (a *account) giveBack(ctx context.Context, s *Sender, nonce uint64) {
	a.mu.Lock()
	a.release(nonce)
	i, gap := slices.BinarySearch(a.free, nonce)
	if gap {
		a.free = slices.Delete(a.free, i, i+1) // claimed by the filler
	}
	sign := a.sign
	a.mu.Unlock()
	if gap && !s.sendFiller(ctx, a.addr, sign, nonce) {
		a.mu.Lock()
		a.release(nonce)
		a.mu.Unlock()
	}
}

// release adds nonce to the free set, then un-allocates free nonces at the
// top. The caller holds mu.
func (a *account) release(nonce uint64) {
	if i, found := slices.BinarySearch(a.free, nonce); !found {
		a.free = slices.Insert(a.free, i, nonce)
	}
	for len(a.free) > 0 && a.free[len(a.free)-1] == a.next-1 {
		a.free = a.free[:len(a.free)-1]
		a.next--
	}
}

// sendFiller sends a 0-value self-transfer with nonce and reports whether the
// nonce is now used (by the filler or, after a nonce error, by anything).
func (s *Sender) sendFiller(ctx context.Context, addr common.Address, sign bind.SignerFn, nonce uint64) bool {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), fillerTimeout)
	defer cancel()
	s.stats.fillers.Add(1)
	f, err := s.fees.get(ctx, s, 0)
	if err != nil {
		return false
	}
	to := addr
	signed, err := s.signTx(addr, sign, nonce, f, txFields{to: &to, value: new(big.Int), gas: params.TxGas})
	if err != nil {
		return false
	}
	switch classifySend(s.sendTransaction(ctx, signed)) {
	case sendOK, sendAlreadyKnown, sendNonceError:
		return true
	}
	return false
}

// signTx builds and signs the EIP-1559 transaction.
func (s *Sender) signTx(from common.Address, sign bind.SignerFn, nonce uint64, f fees, fields txFields) (*types.Transaction, error) {
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   s.cfg.ChainID,
		Nonce:     nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.feeCap,
		Gas:       fields.gas,
		To:        fields.to,
		Value:     fields.value,
		Data:      fields.data,
	})
	signed, err := sign(from, tx)
	if err != nil {
		return nil, fmt.Errorf("sign tx: %w", err)
	}
	if id := signed.ChainId(); id == nil || id.Cmp(s.cfg.ChainID) != 0 {
		return nil, fmt.Errorf("sign tx: signer used chain id %v, want %v", id, s.cfg.ChainID)
	}
	return signed, nil
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
