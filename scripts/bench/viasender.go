package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/txsender"
)

// senderOpts selects a sender side: the defaults are (b), the real path.
type senderOpts struct {
	// gas, if non-zero, is set as the gas limit of every write, which makes
	// the Sender skip estimation and the preflight: (b*).
	gas uint64
	// noBatch turns the Sender's batching off (MaxBatch -1): (b0).
	noBatch bool
}

// runViaSender runs a sender side of a round, (b) or a variant: N license
// writes through Sender.Transact from workers × batch goroutines, each
// taking the next write in turn, then Sender.Wait. The round's Sender is new
// and warmed up with one untimed write first (see the package
// documentation).
func runViaSender(ctx context.Context, e *env, round int, side string, opts senderOpts) (phase, error) {
	gas := opts.gas
	writes, err := newWrites(side, round, e.cfg.N+1)
	if err != nil {
		return phase{}, err
	}
	warmup, writes := writes[0], writes[1:]
	s, err := e.newSenderWith(opts.noBatch)
	if err != nil {
		return phase{}, err
	}
	pw, err := s.Transact(ctx, e.reg, e.licenseCall(warmup, gas))
	if err != nil {
		return phase{}, fmt.Errorf("warm-up: %w", err)
	}
	if _, err := s.Wait(ctx, pw); err != nil {
		return phase{}, fmt.Errorf("warm-up: %w", err)
	}

	p := phase{writes: len(writes)}
	pending := make([]*txsender.Pending, len(writes))
	w := e.cfg.inFlight()
	steps := make([]transactSteps, w)

	if err := alignToBlock(ctx, e); err != nil {
		return p, err
	}
	clk := startClock(e.metered, e.profilePath(round, side), e.progress)
	defer clk.release()
	err = workers(ctx, w, len(writes), func(ctx context.Context, worker, i int) error {
		tr := &trace{start: time.Now()}
		pt, err := s.Transact(withTrace(ctx, tr), e.reg, e.licenseCall(writes[i], gas))
		if err != nil {
			return fmt.Errorf("transact write %d: %w", i, err)
		}
		steps[worker].add(tr, time.Now())
		pending[i] = pt
		return nil
	})
	if err != nil {
		return p, err
	}
	p.submit = clk.since()
	// Nonces are mined in order: the highest one's receipt means all are in.
	last := 0
	for i, pt := range pending {
		if pt.Nonce() > pending[last].Nonce() {
			last = i
		}
	}
	lastReceipt, err := s.Wait(ctx, pending[last])
	if err != nil {
		return p, err
	}
	clk.stop(&p)

	for _, st := range steps {
		p.steps = p.steps.merge(st)
	}
	hashes := make([]common.Hash, len(pending))
	for i, pt := range pending {
		hashes[i] = pt.Hash()
	}
	receipts := make([]*types.Receipt, len(pending))
	receipts[last] = lastReceipt
	err = workers(ctx, w, len(pending), func(ctx context.Context, _, i int) error {
		if i == last {
			return nil
		}
		r, err := s.Wait(ctx, pending[i])
		if err != nil {
			return err
		}
		receipts[i] = r
		return nil
	})
	if err != nil {
		return p, err
	}
	p.stats = s.Stats()
	return p, checkReceipts(&p, hashes, receipts)
}

// licenseCall is the Transact build function of w; a non-zero gas is set as
// the gas limit.
func (e *env) licenseCall(w licenseWrite, gas uint64) func(*bind.TransactOpts) (*types.Transaction, error) {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		if gas != 0 {
			o.GasLimit = gas
		}
		return e.binding.License(o, w.account, w.role, w.name, licenseRef, w.validUntil)
	}
}
