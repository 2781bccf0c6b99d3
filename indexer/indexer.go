// Package indexer follows every Salus contract event from the deployment
// block in the manifest and writes normalised tables through gorm (package
// store): an SQLite file in the embedded stack, PostgreSQL at scale, with the
// same code.
//
// It backfills with eth_getLogs over adaptive block ranges, then follows the
// head block by block. It is reorganisation-safe: it keeps the hash of every
// block it may still have to roll back, detects a reorganisation by a parent
// hash that does not match, rolls back to the common ancestor and re-applies.
// A reorganisation deeper than the confirmation depth stops it with a
// *DeepReorgError. It is crash-safe and exactly-once: a commit's blocks, rows
// and cursor are one database transaction, so an indexer killed at any moment
// and restarted ends with the same tables as a fresh index of the canonical
// chain.
//
// An Indexer reads from a node through Source (standard eth_* calls only).
// Build it with New, then either Start and Stop (lifecycle.Service, as the
// embedded stack does) or Run (blocking). Standalone wraps it with its own
// node client and database for the `salus index` process.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/devnet/cliqueinfo"
	"github.com/salus-health/salus/indexer/store"
)

// Status is a snapshot of an indexer's progress, for health endpoints.
type Status struct {
	// Head is the latest head block number seen on the node.
	Head uint64 `json:"head"`
	// Indexed and IndexedHash are the last indexed block (0 and zero hash
	// before the first one).
	Indexed     uint64      `json:"indexed"`
	IndexedHash common.Hash `json:"indexedHash"`
	// Lag is Head - Indexed (0 when Indexed is ahead of a lagging node).
	Lag uint64 `json:"lag"`
	// Confirmations is the confirmation depth in force (0 before start).
	Confirmations uint64 `json:"confirmations"`
	// Backfilling is true while more than Confirmations blocks behind.
	Backfilling bool `json:"backfilling"`
	// Events counts event rows written since start.
	Events uint64 `json:"events"`
	// Skipped counts logs of indexed contracts that were not written since
	// start: unknown topics (e.g. a newer contract version) or undecodable
	// data. Each kind is logged once as a warning.
	Skipped uint64 `json:"skipped"`
	// Reorgs counts reorganisations rolled back since the index was
	// created; DeepestReorg is the most blocks one of them replaced. Both
	// are kept in the cursor row, written with each rollback, so they
	// survive restarts (ReadStatus reads them from the database alone).
	Reorgs       uint64 `json:"reorgs"`
	DeepestReorg uint64 `json:"deepestReorg"`
	// LastError is the error of the last sync pass ("" after a clean one)
	// and LastErrorAt its time. A fatal error stays.
	LastError   string    `json:"lastError,omitempty"`
	LastErrorAt time.Time `json:"lastErrorAt,omitzero"`
	// Stopped is true once the indexer has stopped (Err says why).
	Stopped bool `json:"stopped"`
}

// Indexer follows the chain into the database. Status is safe for concurrent
// use; Start, Stop and Run are not meant to be called concurrently with each
// other.
type Indexer struct {
	cfg   Config
	src   Source
	st    *store.Store
	log   *slog.Logger
	fams  map[common.Address]*family
	addrs []common.Address
	want  []store.Contract // the manifest's contracts that have decoders
	first uint64           // first block to index

	// Set by init; used by the sync loop only.
	conf    uint64
	span    uint64 // blocks of the next eth_getLogs range
	ceiling uint64 // largest range since the node last refused one
	grown   int    // quick, small ranges since the ceiling last changed
	prog    progress
	skipped map[string]bool // "contract/topic" already logged
	ahead   *readAhead      // the next block range, read while one is committed

	mu     sync.Mutex
	status Status

	runMu  sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
	runErr error
}

// New returns an indexer of the chain behind src into the database gdb (for
// example from backend/db.Open; it may be shared with other tables). Nothing
// runs until Start or Run.
func New(cfg Config, src Source, gdb *gorm.DB) (*Indexer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if src == nil {
		return nil, errors.New("indexer: no source")
	}
	cfg = cfg.withDefaults()
	st, err := store.New(gdb)
	if err != nil {
		return nil, err
	}
	fams, err := families()
	if err != nil {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	ix := &Indexer{
		cfg:     cfg,
		src:     src,
		st:      st,
		log:     cfg.Logger,
		fams:    map[common.Address]*family{},
		first:   cfg.Manifest.DeploymentBlock,
		skipped: map[string]bool{},
	}
	known := map[string]bool{}
	for _, f := range fams {
		known[f.contract] = true
		rec, ok := cfg.Manifest.Contracts[f.contract]
		if !ok || rec.Address == (common.Address{}) {
			continue
		}
		ix.fams[rec.Address] = f
		ix.addrs = append(ix.addrs, rec.Address)
		ix.want = append(ix.want, store.Contract{Name: f.contract, Address: store.Addr(rec.Address), Block: rec.Block})
	}
	for name := range cfg.Manifest.Contracts {
		if !known[name] {
			ix.log.Warn("indexer: contract in the manifest has no decoder; its events are not indexed", slog.String("contract", name))
		}
	}
	if len(ix.addrs) == 0 {
		return nil, errors.New("indexer: the manifest lists none of the contracts the indexer decodes")
	}
	slices.SortFunc(ix.addrs, func(a, b common.Address) int { return a.Cmp(b) })
	slices.SortFunc(ix.want, func(a, b store.Contract) int { return strings.Compare(a.Name, b.Name) })
	if ix.first == 0 {
		ix.first = 1 // the genesis block has no logs
	}
	return ix, nil
}

// View returns a read-only view of the index, for queries.
func (ix *Indexer) View() *store.View { return ix.st.View() }

// Status returns a snapshot of the indexer's progress.
func (ix *Indexer) Status() Status {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.status
}

// ReadStatus returns what the database alone says of an index, for a
// process that reads an index another process writes (salus serve
// --no-index next to salus index): the last indexed block and its hash and
// the reorganisation counters, from the cursor row. All zero while the
// index was never initialised. Head, lag, confirmations, event counts and
// the writer's run state are known to the writer only and stay zero.
func ReadStatus(ctx context.Context, v *store.View) (Status, error) {
	if !v.DB(ctx).Migrator().HasTable(&store.Cursor{}) {
		return Status{}, nil
	}
	cur, ok, err := v.Cursor(ctx)
	if err != nil || !ok {
		return Status{}, err
	}
	st := Status{Reorgs: cur.Reorgs, DeepestReorg: cur.DeepestReorg}
	if cur.Indexed() {
		st.Indexed, st.IndexedHash = cur.Number, common.HexToHash(cur.Hash)
	}
	return st, nil
}

// Start prepares the database and the chain checks (bounded by ctx), then
// follows the chain in the background until Stop. A fatal error (deep
// reorganisation, chain mismatch, another writer) stops the background work:
// it is logged at error level, shown in Status, closes Done and is returned
// by Err and Stop.
func (ix *Indexer) Start(ctx context.Context) error {
	ix.runMu.Lock()
	defer ix.runMu.Unlock()
	if ix.done != nil {
		return errors.New("indexer: already started")
	}
	if err := ix.init(ctx); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	ix.cancel, ix.done = cancel, done
	go func() {
		defer close(done)
		err := ix.loop(runCtx)
		ix.runMu.Lock()
		ix.runErr = err
		ix.runMu.Unlock()
	}()
	return nil
}

// Stop ends the background work started by Start and waits for it, at most
// until ctx ends. It returns the fatal error that stopped the indexer, if
// any. It tolerates an indexer that never started.
func (ix *Indexer) Stop(ctx context.Context) error {
	ix.runMu.Lock()
	cancel, done := ix.cancel, ix.done
	ix.runMu.Unlock()
	if done == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
		return ix.Err()
	case <-ctx.Done():
		return fmt.Errorf("stop indexer: %w", ctx.Err())
	}
}

// Done returns a channel closed when the work started by Start ends (after
// Stop, or on a fatal error); nil before Start.
func (ix *Indexer) Done() <-chan struct{} {
	ix.runMu.Lock()
	defer ix.runMu.Unlock()
	return ix.done
}

// Err returns the fatal error that ended the work started by Start, or nil.
func (ix *Indexer) Err() error {
	ix.runMu.Lock()
	defer ix.runMu.Unlock()
	return ix.runErr
}

// Run prepares the database and follows the chain until ctx ends (returning
// nil) or a fatal error (returned, and logged at error level). Transient
// errors of the node or the database are logged and retried with backoff,
// except while preparing: a node or database that cannot be reached at
// start is an error (the process supervisor restarts).
func (ix *Indexer) Run(ctx context.Context) error {
	if err := ix.init(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		ix.log.Error("indexer: cannot start", slog.Any("error", err))
		ix.setStopped(err)
		return err
	}
	return ix.loop(ctx)
}

// init migrates the tables and checks that node, manifest and database are
// of one chain, records the contract set, and fixes the confirmation depth.
func (ix *Indexer) init(ctx context.Context) error {
	if err := ix.st.Migrate(ctx); err != nil {
		return fmt.Errorf("init database: %w", err)
	}
	cur, err := ix.checkChain(ctx)
	if err != nil {
		return fmt.Errorf("init chain: %w", err)
	}
	if err := ix.checkContracts(ctx, cur); err != nil {
		return fmt.Errorf("init contracts: %w", err)
	}
	conf := ix.cfg.Confirmations
	if conf == 0 {
		if conf, err = ix.defaultConfirmations(ctx); err != nil {
			return fmt.Errorf("init confirmations: %w", err)
		}
	}
	ix.conf = conf
	ix.span = min(max(initialRange, ix.cfg.MinRange), ix.cfg.MaxRange)
	ix.ceiling, ix.grown = ix.cfg.MaxRange, 0
	cur, _, err = ix.st.Cursor(ctx)
	if err != nil {
		return err
	}
	ix.mu.Lock()
	ix.status.Confirmations = conf
	ix.status.Stopped = false
	ix.status.Reorgs, ix.status.DeepestReorg = cur.Reorgs, cur.DeepestReorg
	ix.setIndexedLocked(cur)
	ix.mu.Unlock()
	ix.log.Info("indexer: starting", slog.Uint64("confirmations", conf), slog.Uint64("indexed", cur.Number),
		slog.Uint64("first", ix.first), slog.Int("contracts", len(ix.addrs)))
	return nil
}

func (ix *Indexer) checkChain(ctx context.Context) (store.Cursor, error) {
	m := ix.cfg.Manifest
	id, err := ix.src.ChainID(ctx)
	if err != nil {
		return store.Cursor{}, fmt.Errorf("chain id: %w", err)
	}
	if m.ChainID != 0 && id.Uint64() != m.ChainID {
		return store.Cursor{}, fmt.Errorf("%w: the node is chain %d, the manifest chain %d", ErrChainMismatch, id, m.ChainID)
	}
	gen, err := ix.src.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return store.Cursor{}, fmt.Errorf("genesis header: %w", err)
	}
	if m.GenesisHash != (common.Hash{}) && gen.Hash() != m.GenesisHash {
		return store.Cursor{}, fmt.Errorf("%w: the node's genesis is %s, the manifest's %s", ErrChainMismatch, gen.Hash(), m.GenesisHash)
	}
	cur, err := ix.st.InitCursor(ctx, id.Uint64(), gen.Hash().Hex())
	if err != nil {
		return store.Cursor{}, err
	}
	if cur.ChainID != id.Uint64() || cur.GenesisHash != gen.Hash().Hex() {
		return store.Cursor{}, fmt.Errorf("%w: the database indexes chain %d (genesis %s), the node is chain %d (genesis %s)",
			ErrChainMismatch, cur.ChainID, cur.GenesisHash, id, gen.Hash())
	}
	return cur, nil
}

// checkContracts compares the indexed contract set with the manifest's.
// Contracts deployed above the indexed block are simply added; any other
// change (an address changed or went, or a contract was added below the
// indexed block) empties the index so that it is rebuilt from the deployment
// block: rows of a contract indexed from the middle of the chain would be
// incomplete.
func (ix *Indexer) checkContracts(ctx context.Context, cur store.Cursor) error {
	have, err := ix.st.Contracts(ctx)
	if err != nil {
		return err
	}
	byName := map[string]store.Contract{}
	for _, c := range have {
		byName[c.Name] = c
	}
	var add []store.Contract
	rebuild := len(have) > len(ix.want)
	for _, w := range ix.want {
		h, ok := byName[w.Name]
		switch {
		case ok && h == w:
		case ok:
			rebuild = true
		case cur.Indexed() && w.Block <= cur.Number:
			rebuild = true
		default:
			add = append(add, w)
		}
	}
	if len(have)+len(add) != len(ix.want) {
		rebuild = true
	}
	if rebuild {
		ix.log.Warn("indexer: the manifest's contracts differ from the indexed ones; rebuilding the index",
			slog.Any("indexed", have), slog.Any("manifest", ix.want))
		return ix.st.Reset(ctx, cur, ix.want)
	}
	return ix.st.AddContracts(ctx, cur, add)
}

// defaultConfirmations is floor(N/2)+1 for the N Clique signers authorised at
// the head: a minority of signers can seal at most floor(N/2) blocks that a
// majority later replaces, and one block more covers signers added by vote
// since (the count is read once, at start).
func (ix *Indexer) defaultConfirmations(ctx context.Context) (uint64, error) {
	head, err := ix.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head: %w", err)
	}
	signers, err := cliqueinfo.NewTracker(ix.src, ix.cfg.CliqueEpoch).Signers(ctx, head)
	if err != nil {
		return 0, fmt.Errorf("read the clique signer set (set the confirmation depth on chains without clique): %w", err)
	}
	return uint64(len(signers))/2 + 1, nil
}

// loop runs sync passes until ctx ends or a fatal error.
func (ix *Indexer) loop(ctx context.Context) error {
	backoff := ix.cfg.PollInterval
	for {
		err := ix.sync(ctx)
		if ctx.Err() != nil {
			ix.setStopped(nil)
			return nil
		}
		wait := ix.cfg.PollInterval
		switch {
		case err == nil:
			backoff = ix.cfg.PollInterval
			ix.setError(nil)
		case fatal(err):
			ix.log.Error("indexer: stopped", slog.Any("error", err))
			ix.setStopped(err)
			return err
		default:
			wait, backoff = backoff, min(2*backoff, ix.cfg.MaxBackoff)
			level := slog.LevelWarn
			if errors.Is(err, errChainMoved) {
				level = slog.LevelInfo
			}
			ix.log.Log(ctx, level, "indexer: retrying", slog.Any("error", err), slog.Duration("in", wait))
			ix.setError(err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			ix.setStopped(nil)
			return nil
		case <-t.C:
		}
	}
}

func (ix *Indexer) setError(err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err == nil {
		ix.status.LastError = ""
		return
	}
	ix.status.LastError, ix.status.LastErrorAt = err.Error(), time.Now().UTC()
}

func (ix *Indexer) setStopped(err error) {
	if err != nil {
		ix.setError(err)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.status.Stopped = true
}

func (ix *Indexer) setIndexedLocked(cur store.Cursor) {
	if cur.Indexed() {
		ix.status.Indexed, ix.status.IndexedHash = cur.Number, common.HexToHash(cur.Hash)
	} else {
		ix.status.Indexed, ix.status.IndexedHash = 0, common.Hash{}
	}
	ix.status.Lag = 0
	if ix.status.Head > ix.status.Indexed {
		ix.status.Lag = ix.status.Head - ix.status.Indexed
	}
	ix.status.Backfilling = ix.status.Lag > ix.conf
}
