package indexer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/store"
)

// step is one step of a scripted scenario: a change of the chain, then
// optionally an indexer pass up to the head.
type step struct {
	name  string
	chain func(f *fakeChain)
	sync  bool
}

func grow(n int) func(*fakeChain) { return func(f *fakeChain) { f.extend(n) } }

func reorg(depth, length int) func(*fakeChain) {
	return func(f *fakeChain) { f.reorg(depth, length) }
}

// reorgScenario grows a chain and reorganises it with depths 1 to 3 (the
// confirmation depth of the tests), to longer, equal and shorter chains, with
// the indexer following or not in between.
func reorgScenario() []step {
	return []step{
		{"grow 30 blocks", grow(30), true},
		{"grow 2 blocks unseen", grow(2), false},
		{"catch up", nil, true},
		{"competing block at the head (depth 1)", reorg(1, 1), true},
		{"grow 3 blocks", grow(3), true},
		{"reorg of depth 2 to a longer chain", reorg(2, 3), true},
		{"reorg of depth 3 unseen", reorg(3, 3), false},
		{"grow 1 block and catch up", grow(1), true},
		{"reorg of depth 3 to a shorter chain", reorg(3, 2), true},
		{"reorg of depth 3 reaching below the shorter chain's window", reorg(3, 3), true},
		{"reorgs of depth 1 then 2 between passes", func(f *fakeChain) { f.reorg(1, 1); f.reorg(2, 2) }, true},
		{"grow 2 blocks", grow(2), true},
		{"competing block at the head again", reorg(1, 1), true},
		{"grow 25 blocks", grow(25), true},
	}
}

const testConfirmations = 3

func fakeConfig(t testing.TB, f *fakeChain) Config {
	return Config{
		Manifest:      f.manifest(),
		Confirmations: testConfirmations,
		MaxRange:      16, // several ranges on these short chains
		PollInterval:  200 * time.Millisecond,
		Logger:        testLogger(t),
	}
}

func newIndexer(t testing.TB, cfg Config, src Source, gdb *gorm.DB) *Indexer {
	t.Helper()
	ix, err := New(cfg, src, gdb)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// pass starts ix if needed and indexes up to the head.
func pass(ctx context.Context, ix *Indexer, started *bool) error {
	if !*started {
		if err := ix.init(ctx); err != nil {
			return err
		}
		*started = true
	}
	return ix.sync(ctx)
}

// freshDump indexes the fake chain as it is now into a new database.
func freshDump(t *testing.T, driver string, cfg Config, f *fakeChain) map[string][]string {
	t.Helper()
	ctx := context.Background()
	gdb := dbtest.Open(t, driver)
	ix := newIndexer(t, cfg, f, gdb)
	started := false
	if err := pass(ctx, ix, &started); err != nil {
		t.Fatalf("fresh index: %v", err)
	}
	return dump(t, ctx, gdb)
}

// resetDB drops every index table, for reusing a database.
func resetDB(t testing.TB, gdb *gorm.DB) {
	t.Helper()
	if err := gdb.Migrator().DropTable(store.Models()...); err != nil {
		t.Fatal(err)
	}
}

func TestReorgScenarioEqualsFreshIndexAfterEveryPass(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		gdb := dbtest.Open(t, driver)
		fresh := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		for i, s := range reorgScenario() {
			if s.chain != nil {
				s.chain(f)
			}
			if !s.sync {
				continue
			}
			if err := pass(ctx, ix, &started); err != nil {
				t.Fatalf("step %d (%s): %v", i, s.name, err)
			}
			resetDB(t, fresh)
			fx := newIndexer(t, cfg, f, fresh)
			freshStarted := false
			if err := pass(ctx, fx, &freshStarted); err != nil {
				t.Fatal(err)
			}
			if d := diffDumps(dump(t, ctx, gdb), dump(t, ctx, fresh)); d != "" {
				t.Fatalf("step %d (%s): index differs from a fresh index of the chain:\n%s", i, s.name, d)
			}
			st := ix.Status()
			if st.Indexed != f.head() || st.Lag != 0 {
				t.Fatalf("step %d (%s): status %+v, head %d", i, s.name, st, f.head())
			}
		}
		checkMoneyRows(t, gdb)
		st := ix.Status()
		// Depths 1, 2, 3, 3, 3, 2 (1 then 2, seen as one), 1.
		if st.Reorgs != 7 || st.DeepestReorg != 3 {
			t.Errorf("got %d reorgs, deepest %d; want 7, deepest 3", st.Reorgs, st.DeepestReorg)
		}
	})
}

func TestRestartBetweenAnyTwoSteps(t *testing.T) {
	steps := reorgScenario()
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		// Fake chains are deterministic: replaying the steps on another one
		// gives the final chain.
		final := newFakeChain(t, 1)
		for _, s := range steps {
			if s.chain != nil {
				s.chain(final)
			}
		}
		want := freshDump(t, driver, cfg, final)
		gdb := dbtest.Open(t, driver)
		for restart := 1; restart < len(steps); restart++ {
			t.Run(fmt.Sprintf("before step %d (%s)", restart, steps[restart].name), func(t *testing.T) {
				resetDB(t, gdb)
				f := newFakeChain(t, 1)
				ix := newIndexer(t, cfg, f, gdb)
				started := false
				for i, s := range steps {
					if i == restart {
						ix, started = newIndexer(t, cfg, f, gdb), false
					}
					if s.chain != nil {
						s.chain(f)
					}
					if s.sync {
						if err := pass(ctx, ix, &started); err != nil {
							t.Fatalf("step %d (%s): %v", i, s.name, err)
						}
					}
				}
				if d := diffDumps(dump(t, ctx, gdb), want); d != "" {
					t.Fatalf("index differs from a fresh index of the final chain:\n%s", d)
				}
			})
		}
	})
}

// TestCrashAtAnyStep kills the indexer (makes every further node call and
// database statement fail, then drops it) at I/O step k of the scenario,
// for k spread over all its steps, restarts it, and compares the result with
// a fresh index. Crashes land between and inside database transactions.
func TestCrashAtAnyStep(t *testing.T) {
	steps := reorgScenario()
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		var holder atomic.Pointer[crashPoint]
		gdb := dbtest.Open(t, driver)
		dbCrash(t, gdb, &holder)

		run := func(t *testing.T, at int) (map[string][]string, int, int) {
			resetDB(t, gdb)
			f := newFakeChain(t, 1)
			cp := &crashPoint{at: at}
			holder.Store(cp)
			f.crash = cp
			cfg := fakeConfig(t, f)
			ix := newIndexer(t, cfg, f, gdb)
			started, restarts := false, 0
			for i, s := range steps {
				if s.chain != nil {
					s.chain(f)
				}
				for s.sync {
					err := pass(ctx, ix, &started)
					if err == nil {
						break
					}
					if !isInjected(err) || !cp.crashed() {
						t.Fatalf("step %d (%s): %v", i, s.name, err)
					}
					// The process died: a new one starts without faults.
					holder.Store(nil)
					f.crash = nil
					ix, started = newIndexer(t, cfg, f, gdb), false
					restarts++
				}
			}
			holder.Store(nil)
			return dump(t, ctx, gdb), cp.count, restarts
		}

		want, total, _ := run(t, 0)
		points := spread(total, crashPoints())
		t.Logf("%d I/O steps in the scenario; crashing at %d of them", total, len(points))
		restarted := 0
		for _, at := range points {
			got, _, restarts := run(t, at)
			restarted += restarts
			if d := diffDumps(got, want); d != "" {
				t.Fatalf("crash at step %d: index differs from a fresh index:\n%s", at, d)
			}
		}
		if restarted != len(points) {
			t.Errorf("got %d restarts, want %d", restarted, len(points))
		}
	})
}

// crashPoints is how many crash points TestCrashAtAnyStep tries:
// SALUS_TEST_CRASH_POINTS (a number, or "all"), else 80, or 20 with -short.
func crashPoints() int {
	switch v := os.Getenv("SALUS_TEST_CRASH_POINTS"); {
	case v == "all":
		return math.MaxInt
	case v != "":
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return n
		}
	}
	if testing.Short() {
		return 20
	}
	return 80
}

// spread returns up to n points spread over 1..total, always including the
// first and last.
func spread(total, n int) []int {
	if total <= n {
		out := make([]int, total)
		for i := range out {
			out[i] = i + 1
		}
		return out
	}
	out := make([]int, 0, n)
	for i := range n {
		out = append(out, 1+i*(total-1)/(n-1))
	}
	return out
}

func TestDeepReorgStopsLoudly(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		cfg.Confirmations = 2
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		f.extend(20)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		before := dump(t, ctx, gdb)
		f.reorg(3, 3)
		err := pass(ctx, ix, &started)
		var deep *DeepReorgError
		if !errors.As(err, &deep) || !errors.Is(err, ErrDeepReorg) {
			t.Fatalf("got %v, want a *DeepReorgError", err)
		}
		t.Log(err)
		if deep.Indexed != 20 || deep.Lowest != 18 || deep.Block != 18 || deep.Confirmations != 2 || deep.StoredHash == deep.NodeHash {
			t.Errorf("got %+v, want indexed 20, lowest 18, confirmations 2", deep)
		}
		if d := diffDumps(dump(t, ctx, gdb), before); d != "" {
			t.Fatalf("a deep reorganisation changed the index:\n%s", d)
		}
		// Run and Start/Stop report it too, on every restart.
		runErr := newIndexer(t, cfg, f, gdb).Run(ctx)
		if !errors.Is(runErr, ErrDeepReorg) {
			t.Fatalf("Run: got %v, want ErrDeepReorg", runErr)
		}
		ix = newIndexer(t, cfg, f, gdb)
		if err := ix.Start(ctx); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ix.Done():
		case <-time.After(10 * time.Second):
			t.Fatal("indexer did not stop on a deep reorganisation")
		}
		st := ix.Status()
		if !st.Stopped || st.LastError == "" || !errors.Is(ix.Err(), ErrDeepReorg) {
			t.Errorf("status %+v, err %v", st, ix.Err())
		}
		if err := ix.Stop(ctx); !errors.Is(err, ErrDeepReorg) {
			t.Errorf("Stop: got %v, want ErrDeepReorg", err)
		}
	})
}

func TestReorgOfAllIndexedBlocksOnAYoungChain(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		f.extend(2)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		f.reorg(2, 3) // replaces blocks 1 and 2: everything indexed
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if d := diffDumps(dump(t, ctx, gdb), freshDump(t, driver, cfg, f)); d != "" {
			t.Fatalf("index differs from a fresh index:\n%s", d)
		}
	})
}

func TestWaitsForALaggingNode(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		f.extend(30)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		before := dump(t, ctx, gdb)
		// Another node behind a load balancer: 2 blocks behind (inside the
		// stored window), then 20 (below it).
		for _, lag := range []int{2, 20} {
			f.lag = lag
			if err := pass(ctx, ix, &started); err != nil {
				t.Fatalf("lag %d: %v", lag, err)
			}
			if d := diffDumps(dump(t, ctx, gdb), before); d != "" {
				t.Fatalf("lag %d changed the index:\n%s", lag, d)
			}
		}
		f.lag = 0
		f.extend(3)
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if st := ix.Status(); st.Reorgs != 0 || st.Indexed != 33 {
			t.Errorf("status %+v", st)
		}
		if d := diffDumps(dump(t, ctx, gdb), freshDump(t, driver, cfg, f)); d != "" {
			t.Fatalf("index differs from a fresh index:\n%s", d)
		}
	})
}

func TestChainMovesWhileARangeIsRead(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		cfg := fakeConfig(t, f)
		cfg.MaxRange = 100
		f.extend(40)
		// The first range is 1..16 (initialRange); replacing blocks 14..40
		// while its logs are read moves block 16 and the logs of 14 and 15.
		f.afterLogs = func(f *fakeChain) { f.reorg(27, 27) }
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		err := pass(ctx, ix, &started)
		if !errors.Is(err, errChainMoved) {
			t.Fatalf("got %v, want errChainMoved", err)
		}
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if d := diffDumps(dump(t, ctx, gdb), freshDump(t, driver, cfg, f)); d != "" {
			t.Fatalf("index differs from a fresh index:\n%s", d)
		}
	})
}

func TestAdaptiveRange(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		f.extend(300)
		f.maxLogs = 25 // about 6 blocks' worth
		cfg := fakeConfig(t, f)
		cfg.MaxRange = 256
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, cfg, f, gdb)
		started := false
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		if ix.span > 8 {
			t.Errorf("range is %d blocks after a node refusing more than 25 logs, want at most 8", ix.span)
		}
		// 256 down to 4 is 6 refusals; then a probe every growEvery ranges.
		if f.refused > 6+300/4/growEvery+2 {
			t.Errorf("the node refused %d ranges", f.refused)
		}
		f.maxLogs = 0
		if d := diffDumps(dump(t, ctx, gdb), freshDump(t, driver, cfg, f)); d != "" {
			t.Fatalf("index differs from a fresh index:\n%s", d)
		}
	})
}

func TestSkipsUnknownEventsAndOtherContracts(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		f.extend(60)
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, fakeConfig(t, f), f, gdb)
		started := false
		if err := pass(ctx, ix, &started); err != nil {
			t.Fatal(err)
		}
		want := 0
		for n := 1; n <= 60; n++ {
			if n%7 == 0 && n%5 != 3 {
				want++
			}
		}
		if got := ix.Status().Skipped; got != uint64(want) {
			t.Errorf("skipped %d logs, want %d", got, want)
		}
		var other int64
		if err := gdb.Model(&store.ParticipantEvent{}).Where("contract = ?", store.Addr(fakeOther)).Count(&other).Error; err != nil {
			t.Fatal(err)
		}
		if other != 0 {
			t.Errorf("got %d rows of a contract that is not indexed", other)
		}
	})
}

func TestDefaultConfirmationsFromSigners(t *testing.T) {
	for _, tc := range []struct{ signers, want int }{{1, 1}, {2, 2}, {3, 2}, {4, 3}, {5, 3}, {7, 4}} {
		t.Run(fmt.Sprintf("%d signers", tc.signers), func(t *testing.T) {
			ctx := context.Background()
			f := newFakeChain(t, tc.signers)
			f.extend(5)
			cfg := fakeConfig(t, f)
			cfg.Confirmations = 0
			ix := newIndexer(t, cfg, f, dbtest.Open(t, "sqlite"))
			if err := ix.init(ctx); err != nil {
				t.Fatal(err)
			}
			if ix.conf != uint64(tc.want) || ix.Status().Confirmations != uint64(tc.want) {
				t.Errorf("got %d confirmations, want %d", ix.conf, tc.want)
			}
		})
	}
}

func TestManifestChangeRebuildsTheIndex(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		f := newFakeChain(t, 1)
		f.extend(30)
		cfg := fakeConfig(t, f)
		partial := cfg
		partial.Manifest = f.manifest()
		delete(partial.Manifest.Contracts, "Records")
		gdb := dbtest.Open(t, driver)
		started := false
		if err := pass(ctx, newIndexer(t, partial, f, gdb), &started); err != nil {
			t.Fatal(err)
		}
		// Records joined the manifest, deployed below the indexed block: the
		// index is rebuilt, so its rows are complete.
		started = false
		if err := pass(ctx, newIndexer(t, cfg, f, gdb), &started); err != nil {
			t.Fatal(err)
		}
		if d := diffDumps(dump(t, ctx, gdb), freshDump(t, driver, cfg, f)); d != "" {
			t.Fatalf("index differs from a fresh index:\n%s", d)
		}
	})
}

func TestRefusesAnotherChain(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		ctx := context.Background()
		a, b := newFakeChain(t, 1), newFakeChain(t, 2)
		a.extend(3)
		b.extend(3)
		gdb := dbtest.Open(t, driver)
		started := false
		if err := pass(ctx, newIndexer(t, fakeConfig(t, a), a, gdb), &started); err != nil {
			t.Fatal(err)
		}
		started = false
		err := pass(ctx, newIndexer(t, fakeConfig(t, b), b, gdb), &started)
		if !errors.Is(err, ErrChainMismatch) {
			t.Fatalf("got %v, want ErrChainMismatch", err)
		}
		// A manifest of chain a against node b.
		started = false
		err = pass(ctx, newIndexer(t, fakeConfig(t, a), b, dbtest.Open(t, driver)), &started)
		if !errors.Is(err, ErrChainMismatch) {
			t.Fatalf("got %v, want ErrChainMismatch", err)
		}
	})
}

func TestProgressLines(t *testing.T) {
	defer func(d time.Duration) { progressEvery = d }(progressEvery)
	progressEvery = 0
	ctx := context.Background()
	f := newFakeChain(t, 1)
	f.extend(100)
	cfg := fakeConfig(t, f)
	var out lockedBuffer
	cfg.Progress = &out
	ix := newIndexer(t, cfg, f, dbtest.Open(t, "sqlite"))
	started := false
	if err := pass(ctx, ix, &started); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if !regexpMatch(`^indexed blocks 1\.\.\d+ of 100 \(\d+ events, \d+ ev/s\)\n`, got) ||
		!regexpMatch(`indexed blocks 1\.\.100 of 100 \(\d+ events, \d+ ev/s\), caught up\n$`, got) {
		t.Errorf("progress output:\n%s", got)
	}
}

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func regexpMatch(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }

// checkMoneyRows checks the Claims, ServiceContracts and SettlementToken
// rows of the fake chain after reorganisations: each paid claim's derived
// state names the patient of the canonical submission, policy terminations
// carry the patient of the canonical issue, and amounts above 2^64 are
// stored digit for digit.
func checkMoneyRows(t *testing.T, gdb *gorm.DB) {
	t.Helper()
	var subs []store.ClaimSubmission
	var states []store.ClaimState
	var pols []store.PolicyEvent
	var transfers []store.TokenTransfer
	var funded []store.ServiceContractEvent
	for _, q := range []struct {
		dest any
		what string
	}{{&subs, "claim_submissions"}, {&states, "claim_states"}, {&pols, "policy_events"}, {&transfers, "token_transfers"}, {&funded, "service_contract_events"}} {
		if err := gdb.Order("block_number, log_index").Find(q.dest).Error; err != nil {
			t.Fatalf("read %s: %v", q.what, err)
		}
	}
	if len(subs) == 0 || len(states) == 0 || len(transfers) == 0 || len(funded) == 0 {
		t.Fatalf("got %d submissions, %d states, %d transfers, %d fundings; want some of each", len(subs), len(states), len(transfers), len(funded))
	}
	patientOf := map[string]string{}
	for _, s := range subs {
		patientOf[s.ClaimID] = s.Patient
		if s.Lines != 2 {
			t.Errorf("claim %s: got %d lines, want 2", s.ClaimID, s.Lines)
		}
	}
	known := 0
	for _, s := range states {
		// Claims submitted in an empty block (n%5 == 3) were never indexed:
		// their state has no patient.
		if _, ok := patientOf[s.ClaimID]; ok {
			known++
		}
		if s.Status != store.ClaimPaidStatus || s.Patient != patientOf[s.ClaimID] {
			t.Errorf("state of %s: got %s for patient %q, want paid for %q", s.ClaimID, s.Status, s.Patient, patientOf[s.ClaimID])
		}
		want := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 80), new(big.Int).SetUint64(s.BlockNumber))
		if s.Amount.Big().Cmp(want) != 0 {
			t.Errorf("state of %s: got amount %s, want %s", s.ClaimID, s.Amount, want)
		}
	}
	if known == 0 {
		t.Error("no claim state of a submitted claim")
	}
	issued := ""
	for _, p := range pols {
		switch p.Kind {
		case store.KindIssued:
			issued = p.Patient
		case store.KindTerminated:
			if issued == "" || p.Patient != issued || p.PlanID != 1 {
				t.Errorf("termination at %d: got patient %q plan %d, want %q plan 1", p.BlockNumber, p.Patient, p.PlanID, issued)
			}
		}
	}
	for _, tr := range transfers {
		want := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 80), new(big.Int).SetUint64(tr.BlockNumber))
		if tr.Value.Big().Cmp(want) != 0 {
			t.Errorf("transfer at %d: got %s, want %s", tr.BlockNumber, tr.Value, want)
		}
	}
}
