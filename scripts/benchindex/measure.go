package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/pprof"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer"
)

// result is one timed pass over the history.
type result struct {
	events  uint64
	elapsed time.Duration
	load    float64       // load average around the run
	cpu     time.Duration // CPU time of this process (node and client) during the run
}

func (r result) rate() float64 { return float64(r.events) / r.elapsed.Seconds() }

// cpuPerEvent is the process's CPU time per event, in microseconds: the
// node's and the client's work together (they share the process).
func (r result) cpuPerEvent() float64 { return float64(r.cpu.Microseconds()) / float64(r.events) }

// addresses returns the addresses of the contracts the indexer decodes, the
// filter of its eth_getLogs calls.
func (e *env) addresses() []common.Address {
	var out []common.Address
	for _, name := range indexer.DecodedContracts() {
		if a := e.manifest.Address(name); a != (common.Address{}) {
			out = append(out, a)
		}
	}
	return out
}

// rawLogs pulls every log of the indexed contracts from the deployment
// block to head with eth_getLogs alone, over the same HTTP endpoint and with
// the indexer's range policy (start at 16 blocks; after more than MaxLogs
// logs, shrink to the span that would have returned MaxLogs/2; double, up
// to MaxRange, after a call under a second with at most MaxLogs/2), and
// nothing else: no headers, no decoding, no database.
func (e *env) rawLogs(ctx context.Context, head uint64) (result, error) {
	addrs := e.addresses()
	span, maxRange := uint64(16), uint64(indexer.DefaultMaxRange)
	maxLogs := indexer.DefaultMaxLogs
	began := time.Now()
	var n uint64
	for from := max(e.manifest.DeploymentBlock, 1); from <= head; {
		to := min(from+span-1, head)
		t0 := time.Now()
		logs, err := e.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(to), Addresses: addrs})
		if err != nil {
			return result{}, fmt.Errorf("eth_getLogs %d..%d: %w", from, to, err)
		}
		n += uint64(len(logs))
		switch {
		case len(logs) > maxLogs:
			span = max(1, min(span/2, uint64(float64(span)*float64(maxLogs/2)/float64(len(logs)))))
		case time.Since(t0) < time.Second && len(logs) <= maxLogs/2:
			span = min(maxRange, span*2)
		}
		from = to + 1
	}
	return result{events: n, elapsed: time.Since(began)}, nil
}

// backfill indexes the history from the deployment block to head into a
// fresh database of driver, from Start until the index reaches head.
func (e *env) backfill(ctx context.Context, driver string, run int, head uint64, profile string) (result, error) {
	gdb, closeDB, err := openDB(ctx, e.cfg, e.dir, driver, run)
	if err != nil {
		return result{}, err
	}
	defer closeDB()
	ix, err := indexer.New(indexer.Config{Manifest: e.manifest, Progress: e.log.prefixed("    ")}, e.client, gdb)
	if err != nil {
		return result{}, err
	}
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return result{}, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return result{}, err
		}
		defer pprof.StopCPUProfile()
	}
	began := time.Now()
	if err := ix.Start(ctx); err != nil {
		return result{}, err
	}
	defer ix.Stop(context.WithoutCancel(ctx))
	for {
		st := ix.Status()
		if st.Indexed >= head && st.IndexedHash != (common.Hash{}) {
			return result{events: st.Events, elapsed: time.Since(began)}, nil
		}
		if st.Stopped {
			return result{}, fmt.Errorf("indexer stopped: %s", st.LastError)
		}
		select {
		case <-ctx.Done():
			return result{}, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// lagStats summarises lag samples in blocks.
type lagStats struct {
	samples          int
	mean             float64
	p50, p95, maxLag uint64
	blocks           uint64        // blocks the chain made meanwhile
	elapsed          time.Duration // length of the load
	catchUp          time.Duration // from the end of the load to lag 0
	txs              int
}

// lag follows the chain with an indexer on a fresh SQLite database (the
// embedded default), first catching up, then while patients send grants and
// revocations at cfg.LagRate transactions per second for cfg.LagFor. Every
// 20 ms it samples the lag: the chain's head (read in process) minus the
// indexed block.
func (e *env) lag(ctx context.Context, head uint64) (lagStats, error) {
	gdb, closeDB, err := openDB(ctx, e.cfg, e.dir, driverSQLite, 999)
	if err != nil {
		return lagStats{}, err
	}
	defer closeDB()
	ix, err := indexer.New(indexer.Config{Manifest: e.manifest, PollInterval: e.cfg.Poll}, e.client, gdb)
	if err != nil {
		return lagStats{}, err
	}
	if err := ix.Start(ctx); err != nil {
		return lagStats{}, err
	}
	defer ix.Stop(context.WithoutCancel(ctx))
	for ix.Status().Indexed < head {
		if st := ix.Status(); st.Stopped {
			return lagStats{}, fmt.Errorf("indexer stopped: %s", st.LastError)
		}
		time.Sleep(10 * time.Millisecond)
	}
	total := int(e.cfg.LagRate * e.cfg.LagFor.Seconds())
	streams, err := e.grantStreams(ctx, total, 7)
	if err != nil {
		return lagStats{}, err
	}
	// Interleave the patients' transactions; send them at the rate, every
	// 10 ms the share of that interval.
	var txs []int // stream index per send, in order
	for i := 0; len(txs) < total; i++ {
		for k := range streams {
			if i < len(streams[k].txs) && len(txs) < total {
				txs = append(txs, k)
			}
		}
	}
	next := make([]int, len(streams))
	start := e.chain.Head().Number.Uint64()
	var samples []uint64
	sample := func() {
		h := e.chain.Head().Number.Uint64()
		idx := ix.Status().Indexed
		if h > idx {
			samples = append(samples, h-idx)
		} else {
			samples = append(samples, 0)
		}
	}
	began := time.Now()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	sent := 0
	for sent < len(txs) {
		<-tick.C
		due := min(len(txs), int(time.Since(began).Seconds()*e.cfg.LagRate)+1)
		for ; sent < due; sent++ {
			k := txs[sent]
			tx := streams[k].txs[next[k]]
			next[k]++
			if err := e.client.SendTransaction(ctx, tx); err != nil {
				return lagStats{}, fmt.Errorf("send: %w", err)
			}
		}
		if len(samples) < int(time.Since(began)/(20*time.Millisecond)) {
			sample()
		}
	}
	elapsed := time.Since(began)
	end := e.chain.Head().Number.Uint64()
	// Catch-up: until every transaction is mined and indexed.
	for k, s := range streams {
		if len(s.txs) > 0 {
			if err := e.waitNonce(ctx, streams[k].from.addr, s.txs[len(s.txs)-1].Nonce()+1); err != nil {
				return lagStats{}, err
			}
		}
	}
	final := e.chain.Head().Number.Uint64()
	for ix.Status().Indexed < final {
		time.Sleep(5 * time.Millisecond)
	}
	catchUp := time.Since(began) - elapsed
	st := lagStats{samples: len(samples), blocks: end - start, elapsed: elapsed, catchUp: catchUp, txs: total}
	if len(samples) == 0 {
		return st, nil
	}
	sorted := slices.Clone(samples)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var sum uint64
	for _, s := range samples {
		sum += s
	}
	st.mean = float64(sum) / float64(len(samples))
	st.p50 = sorted[len(sorted)/2]
	st.p95 = sorted[len(sorted)*95/100]
	st.maxLag = sorted[len(sorted)-1]
	return st, nil
}

var _ io.Writer = (*prefixWriter)(nil)
