package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/salus-health/salus/backend/txsender"
)

// phase is the outcome of one timed side of a round.
type phase struct {
	writes  int
	submit  time.Duration // first send until every send had returned
	elapsed time.Duration // first send until the last receipt was seen
	blocks  int           // blocks holding the writes
	gasUsed uint64        // gas used by one write (the largest)
	cpu     time.Duration // process CPU time (node and client) during elapsed; -1 if unknown
	others  time.Duration // CPU time of all other processes during elapsed; -1 if unknown
	rpc     rpcTally      // node calls made during elapsed

	// Sender side only.
	stats txsender.Stats // the round's Sender, after the phase
	steps transactSteps  // the timed Transact calls
}

// rate is the phase's throughput in writes per second.
func (p phase) rate() float64 { return float64(p.writes) / p.elapsed.Seconds() }

// cpuPerWrite is the process CPU time per write, or -1 if unknown.
func (p phase) cpuPerWrite() time.Duration {
	if p.cpu < 0 {
		return -1
	}
	return p.cpu / time.Duration(p.writes)
}

func (p phase) summary() string {
	return fmt.Sprintf("%d writes in %.2f s = %.0f writes/s (all sent after %.2f s; %d blocks; CPU %s/write; CPU use: bench %s, other processes %s)",
		p.writes, p.elapsed.Seconds(), p.rate(), p.submit.Seconds(), p.blocks, formatCPU(p.cpuPerWrite()),
		formatUtilisation(p.cpu, p.elapsed), formatUtilisation(p.others, p.elapsed))
}

// clock measures one timed phase: wall time, process CPU time and node
// calls.
type clock struct {
	profile          *os.File // CPU profile being written, if any
	m                *meteredBackend
	start            time.Time
	cpu0, machine0   time.Duration
	cpuOK, machineOK bool
	rpc0             rpcTally
}

// startClock starts timing a phase. With a non-empty profile path it also
// profiles the process's CPU until stop or release; a profile that cannot be
// written is reported and skipped.
func startClock(m *meteredBackend, profile string, p *progress) *clock {
	c := &clock{m: m, rpc0: m.tally()}
	if profile != "" {
		f, err := os.Create(profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
			if err != nil {
				f.Close()
			}
		}
		if err != nil {
			p.printf("CPU profile %s: %v", profile, err)
		} else {
			c.profile = f
		}
	}
	c.cpu0, c.cpuOK = cpuTime()
	c.machine0, c.machineOK = machineCPU()
	c.start = time.Now()
	return c
}

// since returns the wall time since the clock started.
func (c *clock) since() time.Duration { return time.Since(c.start) }

// stop fills in the phase's elapsed time, CPU time and calls.
func (c *clock) stop(p *phase) {
	p.elapsed = time.Since(c.start)
	cpu, cpuOK := cpuTime()
	machine, machineOK := machineCPU()
	p.cpu, p.others = -1, -1
	if cpuOK && c.cpuOK {
		p.cpu = cpu - c.cpu0
		if machineOK && c.machineOK {
			// /proc/stat counts in 10 ms ticks: clamp the rounding.
			p.others = max(0, machine-c.machine0-p.cpu)
		}
	}
	p.rpc = c.m.tally().since(c.rpc0)
	c.release()
}

// release stops the CPU profile, if one is still being written. Phases defer
// it so that a failed phase does not leave the profiler running.
func (c *clock) release() {
	if c.profile != nil {
		pprof.StopCPUProfile()
		c.profile.Close()
		c.profile = nil
	}
}

// checkReceipts requires every receipt to be present and successful and
// fills in the phase's block count and gas per write.
func checkReceipts(p *phase, hashes []common.Hash, receipts []*types.Receipt) error {
	blocks := make(map[uint64]struct{})
	for i, r := range receipts {
		switch {
		case r == nil:
			return fmt.Errorf("no receipt for %s", hashes[i])
		case r.Status != types.ReceiptStatusSuccessful:
			return fmt.Errorf("transaction %s failed in block %v", hashes[i], r.BlockNumber)
		}
		blocks[r.BlockNumber.Uint64()] = struct{}{}
		p.gasUsed = max(p.gasUsed, r.GasUsed)
	}
	p.blocks = len(blocks)
	return nil
}

// receiptBatch is the number of receipts fetched per JSON-RPC batch.
const receiptBatch = 200

// fetchReceipts reads the receipts of hashes with batched
// eth_getTransactionReceipt calls; a transaction not mined has a nil
// receipt.
func fetchReceipts(ctx context.Context, c *rpc.Client, hashes []common.Hash) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(hashes))
	for lo := 0; lo < len(hashes); lo += receiptBatch {
		hi := min(lo+receiptBatch, len(hashes))
		batch := make([]rpc.BatchElem, hi-lo)
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{hashes[lo+i]}, Result: &out[lo+i]}
		}
		if err := c.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("receipts: %w", err)
		}
		for i, el := range batch {
			if el.Error != nil {
				return nil, fmt.Errorf("receipt of %s: %w", hashes[lo+i], el.Error)
			}
		}
	}
	return out, nil
}

// waitReceipt polls for the receipt of hash every poll, the first time at
// once.
// alignToBlock returns just after the node imports its next block when the
// chain has a block period, and at once when it seals on demand (period 0).
// With a period, a phase's duration is a whole number of periods plus the
// time into the period at which its clock started; starting both sides just
// after a block makes the figure count the periods each side needs, so that
// where a phase happens to start within a period does not decide the ratio.
// It polls the head every millisecond through the raw client, outside the
// metered calls.
func alignToBlock(ctx context.Context, e *env) error {
	if e.cfg.Period == 0 {
		return nil
	}
	start, err := e.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("align to block: %w", err)
	}
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		n, err := e.client.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("align to block: %w", err)
		}
		if n > start {
			return nil
		}
	}
}

func waitReceipt(ctx context.Context, b *meteredBackend, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		switch {
		case err == nil && r != nil:
			return r, nil
		case err == nil, errors.Is(err, ethereum.NotFound), err.Error() == "transaction indexing is in progress":
		default:
			return nil, fmt.Errorf("receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}

// workers runs fn(worker, i) for i in [0, n) on w goroutines that take the
// next index in turn, so items start in order. The first error cancels the
// context fn receives, stops the remaining items and is returned.
func workers(ctx context.Context, w, n int, fn func(ctx context.Context, worker, i int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		next     int
		firstErr error
		wg       sync.WaitGroup
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next >= n || firstErr != nil {
			return 0, false
		}
		next++
		return next - 1, true
	}
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
			cancel()
		}
	}
	for worker := range w {
		wg.Go(func() {
			for {
				i, ok := take()
				if !ok {
					return
				}
				if err := fn(ctx, worker, i); err != nil {
					fail(err)
					return
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}
