package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/salus-health/salus/devnet/cliqueinfo"
	"github.com/salus-health/salus/indexer/store"
)

// growEvery is how many quick, small ranges in a row raise the range
// ceiling set by a node's refusal.
const growEvery = 16

// headerFetchers bounds the concurrent eth_getBlockByNumber calls of one
// range.
const headerFetchers = 8

// sync indexes until the index reaches the node's head, rolling back
// reorganisations on the way. It returns nil once caught up.
//
// Blocks at least Confirmations below the head are indexed in ranges (one
// eth_getLogs per range, headers only for blocks with logs and the range's
// ends); only the range's last block and blocks with events are stored.
// Blocks nearer the head are indexed one at a time (header, then eth_getLogs
// by block hash when the header's bloom may match) and all stored, so that
// every height of the reorganisation window has a stored hash to compare.
func (ix *Indexer) sync(ctx context.Context) error {
	defer ix.dropReadAhead()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		cur, _, err := ix.st.Cursor(ctx)
		if err != nil {
			return err
		}
		head, err := ix.src.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		headNum := head.Number.Uint64()
		ix.noteHead(headNum, cur)

		if cur.Indexed() && headNum <= cur.Number {
			tip, err := ix.checkTip(ctx, cur, head)
			if err != nil || tip {
				if tip {
					ix.prog.finish(ix.cfg.Progress, cur.Number, headNum)
				}
				return err
			}
			continue // rolled back
		}
		next := ix.first
		if cur.Indexed() {
			next = cur.Number + 1
		}
		if next > headNum {
			return nil // the node has not reached the deployment block
		}
		if headNum-next >= ix.conf {
			ix.prog.begin(next, headNum)
			end := min(next+ix.span-1, headNum-ix.conf)
			err = ix.indexRange(ctx, cur, next, end, headNum)
		} else {
			err = ix.indexBlock(ctx, cur, next, headNum)
		}
		if errors.Is(err, errReorg) {
			err = ix.rewind(ctx, cur, cur.Number)
		}
		if err != nil {
			return err
		}
	}
}

// checkTip handles a node head at or below the indexed block. It returns
// true when the index is at the node's head (or the node merely lags behind
// it), and rolls back when the head is on another chain.
func (ix *Indexer) checkTip(ctx context.Context, cur store.Cursor, head *types.Header) (bool, error) {
	n := head.Number.Uint64()
	if n == cur.Number && head.Hash().Hex() == cur.Hash {
		return true, nil
	}
	stored, ok, err := ix.st.BlockHash(ctx, n)
	if err != nil {
		return false, err
	}
	if !ok {
		// Below the stored window: a node lagging far behind (another node
		// behind a load balancer). Wait for it; blocks it then builds on
		// are checked against the index as usual.
		ix.log.Debug("indexer: node head below the index", slog.Uint64("head", n), slog.Uint64("indexed", cur.Number))
		return true, nil
	}
	if stored == head.Hash().Hex() {
		return true, nil // lagging node on the indexed chain
	}
	return false, ix.rewind(ctx, cur, n)
}

// rewind finds the common ancestor of the index and the node's chain,
// comparing stored block hashes with the node's from block from down to
// Confirmations below the indexed block, and rolls back to it. With no
// common ancestor in that window it returns a *DeepReorgError, unless every
// indexed block is inside the window (a young chain): then it rolls back
// everything.
func (ix *Indexer) rewind(ctx context.Context, cur store.Cursor, from uint64) error {
	lowest := ix.first
	if cur.Number >= ix.conf && cur.Number-ix.conf > lowest {
		lowest = cur.Number - ix.conf
	}
	var lowBlock uint64
	var lowStored, lowNode common.Hash
	for k := from; k >= lowest; k-- {
		stored, ok, err := ix.st.BlockHash(ctx, k)
		if err != nil {
			return err
		}
		if ok {
			h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
			switch {
			case errors.Is(err, ethereum.NotFound):
				h = nil
			case err != nil:
				return fmt.Errorf("header %d: %w", k, err)
			}
			if h != nil && h.Hash().Hex() == stored {
				return ix.rollback(ctx, cur, k, stored)
			}
			lowBlock, lowStored, lowNode = k, common.HexToHash(stored), common.Hash{}
			if h != nil {
				lowNode = h.Hash()
			}
		}
		if k == 0 {
			break
		}
	}
	if cur.Number < ix.first+ix.conf {
		// Everything indexed is within the window: the ancestor is the
		// block before the deployment.
		return ix.rollback(ctx, cur, 0, "")
	}
	return &DeepReorgError{
		Indexed: cur.Number, IndexedHash: common.HexToHash(cur.Hash),
		Lowest: lowest, Block: lowBlock, StoredHash: lowStored, NodeHash: lowNode,
		Confirmations: ix.conf,
	}
}

func (ix *Indexer) rollback(ctx context.Context, cur store.Cursor, ancestor uint64, hash string) error {
	depth := cur.Number - ancestor
	if hash == "" {
		depth = cur.Number - ix.first + 1
	}
	if depth == 0 {
		return nil
	}
	var fill []store.Block
	if hash != "" {
		var err error
		if fill, err = ix.windowFill(ctx, ancestor); err != nil {
			return err
		}
	}
	if err := ix.st.Rollback(ctx, cur, ancestor, hash, depth, fill); err != nil {
		return fmt.Errorf("roll back to block %d: %w", ancestor, err)
	}
	ix.log.Info("indexer: reorganisation rolled back", slog.Uint64("ancestor", ancestor),
		slog.Uint64("indexed", cur.Number), slog.Uint64("depth", depth))
	ix.mu.Lock()
	defer ix.mu.Unlock()
	// As the rollback's transaction counted it in the cursor row (cur is
	// that row as it was before).
	ix.status.Reorgs = cur.Reorgs + 1
	ix.status.DeepestReorg = max(cur.DeepestReorg, depth)
	ix.setIndexedLocked(store.Cursor{Number: ancestor, Hash: hash})
	return nil
}

// windowFill returns the blocks of the reorganisation window below a (the
// common ancestor of a rollback) that are not stored: the window of the
// index after the rollback reaches lower than the one before it when the
// node's chain got shorter, and empty blocks there may have been pruned or
// skipped by a range. Each header is checked against the parent hash of the
// block above it.
func (ix *Indexer) windowFill(ctx context.Context, a uint64) ([]store.Block, error) {
	low := ix.first
	if a >= ix.conf && a-ix.conf > low {
		low = a - ix.conf
	}
	top, ok, err := ix.st.View().Block(ctx, a)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("ancestor block %d is not stored", a)
	}
	var fill []store.Block
	parent := top.ParentHash
	for k := a - 1; k >= low && k < a; k-- {
		b, ok, err := ix.st.View().Block(ctx, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
			if err != nil {
				return nil, fmt.Errorf("header %d: %w", k, err)
			}
			if h.Hash().Hex() != parent {
				return nil, fmt.Errorf("%w: block %d", errChainMoved, k)
			}
			if b, err = blockRow(h, 0); err != nil {
				return nil, err
			}
			fill = append(fill, b)
		}
		parent = b.ParentHash
	}
	return fill, nil
}

// indexBlock indexes block n alone and stores it.
func (ix *Indexer) indexBlock(ctx context.Context, cur store.Cursor, n, headNum uint64) error {
	h, err := ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		// The head moved back, or head and header came from different
		// nodes behind a load balancer: retry after a pause.
		return fmt.Errorf("%w: block %d not found below head %d", errChainMoved, n, headNum)
	}
	if err != nil {
		return fmt.Errorf("header %d: %w", n, err)
	}
	if cur.Indexed() && h.ParentHash.Hex() != cur.Hash {
		return errReorg
	}
	hash := h.Hash()
	var logs []types.Log
	if ix.bloomMatches(h.Bloom) {
		logs, err = ix.src.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: ix.addrs})
		if err != nil {
			return fmt.Errorf("logs of block %d: %w", n, err)
		}
	}
	headers := map[uint64]*types.Header{n: h}
	rows, counts, err := ix.decode(ctx, logs, headers)
	if err != nil {
		return err
	}
	b, err := blockRow(h, counts[n])
	if err != nil {
		return err
	}
	batch := store.Batch{Blocks: []store.Block{b}, Rows: rows, Number: n, Hash: hash.Hex(), PruneBelow: ix.pruneBelow(n)}
	if err := ix.st.Apply(ctx, cur, batch); err != nil {
		return fmt.Errorf("commit block %d: %w", n, err)
	}
	ix.committed(n, hash, headNum, len(rows))
	return nil
}

// indexRange indexes blocks a..b (all at least Confirmations deep) with one
// eth_getLogs call and stores the blocks with events and block b.
//
// The range is checked against the chain the headers come from: block b's
// hash is read before the logs and again after (a change means the chain
// moved: errChainMoved, read again), every log's block hash must be the
// canonical one, and block a must extend the indexed block (errReorg).
func (ix *Indexer) indexRange(ctx context.Context, cur store.Cursor, a, b, headNum uint64) error {
	rr, ok := ix.takeReadAhead(a, b)
	if !ok {
		rr = ix.readRange(ctx, a, b)
	}
	if rr.pinErr != nil {
		return fmt.Errorf("header %d: %w", b, rr.pinErr)
	}
	pin, logs, took, err := rr.pin, rr.logs, rr.took, rr.logsErr
	if err != nil {
		if ctx.Err() == nil && ix.span > ix.cfg.MinRange && b > a && refused(err) {
			// Nodes refuse ranges that are too long or return too much
			// ("query returned more than 10000 results", "block range
			// too large", timeouts): halve and try again at once.
			ix.span = max(ix.cfg.MinRange, min(ix.span, b-a+1)/2)
			ix.ceiling, ix.grown = ix.span, 0
			ix.log.Debug("indexer: eth_getLogs failed; halving the range", slog.Uint64("from", a), slog.Uint64("to", b),
				slog.Uint64("range", ix.span), slog.Any("error", err))
			return nil
		}
		return fmt.Errorf("logs of blocks %d..%d: %w", a, b, err)
	}
	ix.adaptRange(len(logs), took)
	// Read the next range from the node while this one is checked, decoded
	// and written: the node's work and the indexer's overlap. Only reads
	// run ahead; the next range is checked against this one when it is
	// indexed, like any other, and dropped if the indexer goes elsewhere.
	if end := headNum - ix.conf; b < end {
		ix.startReadAhead(ctx, b+1, min(b+ix.span, end))
	}
	need := map[uint64]bool{b: true}
	if cur.Indexed() {
		need[a] = true
	}
	for _, l := range logs {
		if l.BlockNumber < a || l.BlockNumber > b {
			return fmt.Errorf("logs of blocks %d..%d: node returned a log of block %d", a, b, l.BlockNumber)
		}
		need[l.BlockNumber] = true
	}
	headers, err := ix.headers(ctx, need)
	if err != nil {
		return err
	}
	// Header.Hash hashes the RLP encoding on every call: once per block.
	hashes := make(map[uint64]common.Hash, len(headers))
	for n, h := range headers {
		hashes[n] = h.Hash()
	}
	if hashes[b] != pin.Hash() {
		return fmt.Errorf("%w: block %d", errChainMoved, b)
	}
	if cur.Indexed() && headers[a].ParentHash.Hex() != cur.Hash {
		return errReorg
	}
	for _, l := range logs {
		if l.BlockHash != hashes[l.BlockNumber] {
			return fmt.Errorf("%w: log of block %d", errChainMoved, l.BlockNumber)
		}
	}
	rows, counts, err := ix.decode(ctx, logs, headers)
	if err != nil {
		return err
	}
	var blocks []store.Block
	for n := range need {
		if n == b || counts[n] > 0 {
			row, err := blockRow(headers[n], counts[n])
			if err != nil {
				return err
			}
			blocks = append(blocks, row)
		}
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i].Number < blocks[j].Number })
	batch := store.Batch{Blocks: blocks, Rows: rows, Number: b, Hash: pin.Hash().Hex(), PruneBelow: ix.pruneBelow(b)}
	if err := ix.st.Apply(ctx, cur, batch); err != nil {
		return fmt.Errorf("commit blocks %d..%d: %w", a, b, err)
	}
	ix.committed(b, pin.Hash(), headNum, len(rows))
	return nil
}

// rangeRead is what indexRange reads from the node before checking: the
// header of the range's last block, then the logs of the range.
type rangeRead struct {
	a, b    uint64
	pin     *types.Header
	pinErr  error
	logs    []types.Log
	logsErr error
	took    time.Duration // of the eth_getLogs call
}

// readRange reads the header of block b, then the logs of blocks a..b.
func (ix *Indexer) readRange(ctx context.Context, a, b uint64) rangeRead {
	rr := rangeRead{a: a, b: b}
	if rr.pin, rr.pinErr = ix.src.HeaderByNumber(ctx, new(big.Int).SetUint64(b)); rr.pinErr != nil {
		return rr
	}
	started := time.Now()
	rr.logs, rr.logsErr = ix.src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(a), ToBlock: new(big.Int).SetUint64(b), Addresses: ix.addrs,
	})
	rr.took = time.Since(started)
	return rr
}

// readAhead is a readRange running in the background while the range
// before it is committed.
type readAhead struct {
	a, b   uint64
	cancel context.CancelFunc
	done   chan rangeRead // receives the read, then nothing
}

// startReadAhead reads blocks a..b in the background, replacing any read
// ahead.
func (ix *Indexer) startReadAhead(ctx context.Context, a, b uint64) {
	ix.dropReadAhead()
	rctx, cancel := context.WithCancel(ctx)
	ra := &readAhead{a: a, b: b, cancel: cancel, done: make(chan rangeRead, 1)}
	go func() { ra.done <- ix.readRange(rctx, a, b) }()
	ix.ahead = ra
}

// takeReadAhead returns the read ahead of exactly blocks a..b, waiting for
// it; any other read ahead is dropped.
func (ix *Indexer) takeReadAhead(a, b uint64) (rangeRead, bool) {
	ra := ix.ahead
	if ra == nil {
		return rangeRead{}, false
	}
	if ra.a != a || ra.b != b {
		ix.dropReadAhead()
		return rangeRead{}, false
	}
	ix.ahead = nil
	rr := <-ra.done
	ra.cancel()
	return rr, true
}

// dropReadAhead cancels the read ahead, if any, and waits for it to end.
func (ix *Indexer) dropReadAhead() {
	if ra := ix.ahead; ra != nil {
		ra.cancel()
		<-ra.done
		ix.ahead = nil
	}
}

// refused reports whether err is the node's answer to an eth_getLogs call
// (a JSON-RPC error, an HTTP error status or a timeout), which a shorter
// range may avoid, rather than a failure to reach the node.
func refused(err error) bool {
	var rpcErr rpc.Error
	var httpErr rpc.HTTPError
	return errors.As(err, &rpcErr) || errors.As(err, &httpErr) || errors.Is(err, context.DeadlineExceeded)
}

// adaptRange shrinks the range after more than MaxLogs logs, to the span
// that would have returned MaxLogs/2 at the density just seen (at most half
// the range), and doubles it after a quick call with few, up to a ceiling:
// the last range the node refused, halved. The ceiling itself doubles after
// growEvery ranges in a row below it, so the range follows a log density
// that falls again.
func (ix *Indexer) adaptRange(logs int, took time.Duration) {
	switch {
	case logs > ix.cfg.MaxLogs:
		scaled := uint64(float64(ix.span) * float64(ix.cfg.MaxLogs/2) / float64(logs))
		ix.span = max(ix.cfg.MinRange, min(ix.span/2, scaled))
		ix.grown = 0
	case took < fastRange && logs <= ix.cfg.MaxLogs/2:
		ix.grown++
		if ix.grown >= growEvery && ix.ceiling < ix.cfg.MaxRange {
			ix.ceiling, ix.grown = min(ix.cfg.MaxRange, 2*ix.ceiling), 0
		}
		ix.span = min(ix.ceiling, ix.span*2)
	}
}

// pruneBelow is the height below which stored blocks without events can go:
// the reorganisation window of an index at block n is n-Confirmations..n.
func (ix *Indexer) pruneBelow(n uint64) uint64 {
	if n <= ix.conf {
		return 0
	}
	return n - ix.conf
}

// headers fetches the canonical headers of the given block numbers, in
// parallel.
func (ix *Indexer) headers(ctx context.Context, numbers map[uint64]bool) (map[uint64]*types.Header, error) {
	list := make([]uint64, 0, len(numbers))
	for n := range numbers {
		list = append(list, n)
	}
	got := make([]*types.Header, len(list))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(headerFetchers)
	for i, n := range list {
		g.Go(func() error {
			h, err := ix.src.HeaderByNumber(gctx, new(big.Int).SetUint64(n))
			if errors.Is(err, ethereum.NotFound) {
				return fmt.Errorf("%w: block %d is gone", errChainMoved, n)
			}
			if err != nil {
				return fmt.Errorf("header %d: %w", n, err)
			}
			got[i] = h
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	out := make(map[uint64]*types.Header, len(list))
	for i, n := range list {
		out[n] = got[i]
	}
	return out, nil
}

// bloomMatches reports whether a block with this logs bloom may hold logs of
// the indexed contracts (a bloom has no false negatives).
func (ix *Indexer) bloomMatches(bloom types.Bloom) bool {
	for _, a := range ix.addrs {
		if types.BloomLookup(bloom, a) {
			return true
		}
	}
	return false
}

// decode turns logs into rows, counting logs per block. Logs that cannot be
// decoded are skipped, counted and logged once per contract and topic.
func (ix *Indexer) decode(ctx context.Context, logs []types.Log, headers map[uint64]*types.Header) ([]store.Row, map[uint64]int, error) {
	rows := make([]store.Row, 0, len(logs))
	counts := map[uint64]int{}
	skipped := 0
	for _, l := range logs {
		h := headers[l.BlockNumber]
		if h == nil {
			return nil, nil, fmt.Errorf("log of block %d without its header", l.BlockNumber)
		}
		counts[l.BlockNumber]++
		fam := ix.fams[l.Address]
		if fam == nil {
			continue // not asked for; a node that ignores the address filter
		}
		at := store.Event{
			BlockHash:   l.BlockHash.Hex(),
			LogIndex:    l.Index,
			BlockNumber: l.BlockNumber,
			BlockTime:   store.Int64(h.Time),
			TxHash:      l.TxHash.Hex(),
			TxIndex:     l.TxIndex,
			Contract:    store.Addr(l.Address),
		}
		var topic common.Hash
		if len(l.Topics) > 0 {
			topic = l.Topics[0]
		}
		d, ok := fam.events[topic]
		if !ok {
			ix.skip(ctx, fam.contract, topic, l, errors.New("unknown event"))
			skipped++
			continue
		}
		row, err := d.decode(l, at)
		if err != nil {
			ix.skip(ctx, fam.contract, topic, l, fmt.Errorf("decode %s: %w", d.event, err))
			skipped++
			continue
		}
		rows = append(rows, row)
	}
	if skipped > 0 {
		ix.mu.Lock()
		ix.status.Skipped += uint64(skipped)
		ix.mu.Unlock()
	}
	return rows, counts, nil
}

func (ix *Indexer) skip(ctx context.Context, contract string, topic common.Hash, l types.Log, err error) {
	key := contract + "/" + topic.Hex()
	if ix.skipped[key] {
		return
	}
	ix.skipped[key] = true
	ix.log.WarnContext(ctx, "indexer: skipping a log of an indexed contract (reported once per contract and topic)",
		slog.String("contract", contract), slog.String("topic", topic.Hex()), slog.Uint64("block", l.BlockNumber),
		slog.String("tx", l.TxHash.Hex()), slog.Any("error", err))
}

// blockRow makes the stored form of a header. The signer comes from the
// Clique seal in the extra-data; it is empty for headers without one.
func blockRow(h *types.Header, events int) (store.Block, error) {
	signer, err := cliqueinfo.Signer(h)
	var s string
	switch {
	case err == nil:
		s = store.Addr(signer)
	case errors.Is(err, cliqueinfo.ErrNotClique):
	default:
		return store.Block{}, fmt.Errorf("signer of block %d: %w", h.Number, err)
	}
	return store.Block{
		Number:     h.Number.Uint64(),
		Hash:       h.Hash().Hex(),
		ParentHash: h.ParentHash.Hex(),
		Signer:     s,
		Time:       store.Int64(h.Time),
		Events:     events,
	}, nil
}

func (ix *Indexer) noteHead(head uint64, cur store.Cursor) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.status.Head = head
	ix.setIndexedLocked(cur)
}

func (ix *Indexer) committed(n uint64, hash common.Hash, head uint64, events int) {
	ix.mu.Lock()
	ix.status.Events += uint64(events)
	ix.setIndexedLocked(store.Cursor{Number: n, Hash: hash.Hex()})
	ix.mu.Unlock()
	ix.prog.update(ix.cfg.Progress, n, head, events)
}
