package indexer

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"golang.org/x/sync/errgroup"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/indexer/store"
)

// Environment of the indexer child process (see TestMain).
const (
	childEnv      = "SALUS_INDEXER_TEST_CHILD"
	childRPC      = "SALUS_INDEXER_TEST_RPC"
	childManifest = "SALUS_INDEXER_TEST_MANIFEST"
	childDriver   = "SALUS_INDEXER_TEST_DB_DRIVER"
	childDSN      = "SALUS_INDEXER_TEST_DB_DSN"
	childMaxRange = "SALUS_INDEXER_TEST_MAX_RANGE"
)

// TestMain runs the indexer as a standalone process when the test binary is
// re-executed as a child by TestKillNineDuringBackfill.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(childMain())
	}
	os.Exit(m.Run())
}

// childMain is the `salus index` process of the test: Standalone over HTTP
// JSON-RPC, printing progress to stdout, until SIGINT or SIGKILL.
func childMain() int {
	maxRange, _ := strconv.ParseUint(os.Getenv(childMaxRange), 10, 64)
	progressEvery = 0 // a line per commit: the parent sees the backfill move
	s, err := NewStandalone(StandaloneConfig{
		RPCURL:       os.Getenv(childRPC),
		ManifestFile: os.Getenv(childManifest),
		DBDriver:     os.Getenv(childDriver),
		DBDSN:        os.Getenv(childDSN),
		PollInterval: 100 * time.Millisecond,
		MaxRange:     maxRange,
	}, os.Stdout, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.Start(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "indexer:", err)
		return 1
	}
	fmt.Println(childStarted)
	select {
	case <-ctx.Done():
	case <-s.Done():
	}
	if err := s.Stop(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "indexer:", err)
		return 1
	}
	return 0
}

// childStarted is the line a child prints once its indexer runs.
const childStarted = "indexer started"

// TestKillNineDuringBackfill generates a large event history on a real
// Clique chain, runs the standalone indexer in a child process against the
// chain's HTTP JSON-RPC, kills it with SIGKILL at random moments of the
// backfill, restarts it, lets it finish, and compares every table with a
// fresh index: no row may be missing or duplicated.
func TestKillNineDuringBackfill(t *testing.T) {
	if testing.Short() {
		t.Skip("generates thousands of transactions")
	}
	forEachDriver(t, func(t *testing.T, driver string) {
		h := newHistory(t)
		ctx := h.env.ctx
		gdb := dbtest.Open(t, driver)
		dsn := dsnOf(t, gdb, driver)
		seed := uint64(time.Now().UnixNano())
		rng := rand.New(rand.NewPCG(seed, 0))
		t.Logf("kill seed %d", seed)

		const kills = 8
		midway := 0
		for i := range kills {
			c := startChild(t, h, driver, dsn)
			// Every fourth child dies during start-up (migration, chain
			// checks); the others at a random moment of the backfill once
			// it has committed something.
			var delay time.Duration
			if i%4 == 3 {
				delay = time.Duration(rng.IntN(300)) * time.Millisecond
			} else {
				waitProgress(t, c, gdb, h.head)
				delay = time.Duration(rng.IntN(150)) * time.Millisecond
			}
			select {
			case <-time.After(delay):
			case <-c.exited:
				t.Fatalf("child %d exited by itself: %s", i, c.stderr())
			}
			if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			<-c.exited
			cur, _, err := store.NewView(gdb).Cursor(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if cur.Indexed() && cur.Number < h.head {
				midway++
			}
			t.Logf("kill %d after %v: %d progress lines, cursor at block %d of %d", i+1, delay, c.lines(), cur.Number, h.head)
		}
		if midway < 2 {
			t.Errorf("only %d of %d kills landed inside the backfill", midway, kills)
		}

		// A last run finishes the backfill and stops in order on SIGINT.
		c := startChild(t, h, driver, dsn)
		select {
		case <-c.started:
		case <-c.exited:
			t.Fatalf("child exited by itself: %s", c.stderr())
		}
		deadline := time.Now().Add(time.Duration(max(1, h.events/killEvents)) * 2 * time.Minute)
		for {
			cur, _, err := store.NewView(gdb).Cursor(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if cur.Indexed() && cur.Number >= h.head {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("backfill did not finish: cursor %+v, head %d; %s", cur, h.head, c.stderr())
			}
			select {
			case <-c.exited:
				t.Fatalf("child exited by itself: %s", c.stderr())
			case <-time.After(50 * time.Millisecond):
			}
		}
		if err := c.cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		select {
		case <-c.exited:
			if code := c.cmd.ProcessState.ExitCode(); code != 0 {
				t.Errorf("child exited with %d after SIGINT: %s", code, c.stderr())
			}
		case <-time.After(30 * time.Second):
			t.Fatal("child did not stop on SIGINT")
		}

		// A fresh index of the same chain, in this process.
		fresh := dbtest.Open(t, driver)
		start := time.Now()
		fx := newIndexer(t, Config{Manifest: h.env.manifest, Logger: testLogger(t)}, h.env.chain.Client(), fresh)
		started := false
		if err := pass(ctx, fx, &started); err != nil {
			t.Fatal(err)
		}
		t.Logf("fresh index: %d events in %v", fx.Status().Events, time.Since(start).Round(time.Millisecond))
		got, want := dump(t, ctx, gdb), dump(t, ctx, fresh)
		if d := diffDumps(got, want); d != "" {
			t.Fatalf("index after %d kills differs from a fresh index:\n%s", kills, d)
		}
		events := 0
		for _, m := range store.EventModels() {
			events += len(want[m.(interface{ TableName() string }).TableName()])
		}
		if events < h.events {
			t.Fatalf("fresh index has %d event rows, the history %d", events, h.events)
		}
		t.Logf("after %d kills: %d event rows and %d blocks, 0 missing, 0 duplicated", kills, events, len(got["blocks"]))
	})
}

// waitProgress waits until child c has committed part of the backfill, or
// the index is complete (a child then prints no progress).
func waitProgress(t *testing.T, c *child, gdb *gorm.DB, head uint64) {
	t.Helper()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(time.Minute)
	for {
		select {
		case <-c.progress:
			return
		case <-c.exited:
			t.Fatalf("child exited by itself: %s", c.stderr())
		case <-deadline:
			t.Fatalf("child shows no progress: %s", c.stderr())
		case <-tick.C:
			cur, _, err := store.NewView(gdb).Cursor(context.Background())
			if err == nil && cur.Indexed() && cur.Number >= head {
				return
			}
		}
	}
}

// history is a chain with a large event history, served over HTTP.
type history struct {
	env          *chainEnv
	rpcURL       string
	manifestFile string
	head         uint64
	events       int
}

// Shape of the kill test's default history: 5,384 events.
const (
	killPatients    = 10
	killGrantsEach  = 500 // grants and revocations per patient
	killEmergencies = 60  // per provider
	killSuspensions = 100 // suspend/reinstate pairs
	killGrantees    = 3
	killEvents      = killPatients*killGrantsEach + killGrantees*killEmergencies + 2*killSuspensions + killGrantees + 1
)

// killHistorySize returns the number of grants and revocations per patient,
// emergency accesses per provider and suspend/reinstate pairs of the kill
// test's history: the default shape, or scaled to about
// SALUS_TEST_KILL_EVENTS events (each kind in proportion, at least one).
func killHistorySize(t *testing.T) (grantsEach, emergencies, suspensions int) {
	v := os.Getenv("SALUS_TEST_KILL_EVENTS")
	if v == "" {
		return killGrantsEach, killEmergencies, killSuspensions
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("SALUS_TEST_KILL_EVENTS=%q: want a positive number of events", v)
	}
	scale := func(k int) int { return max(1, int(float64(k)*float64(n)/killEvents+0.5)) }
	return scale(killGrantsEach), scale(killEmergencies), scale(killSuspensions)
}

// newHistory generates about 5,400 events (or SALUS_TEST_KILL_EVENTS) in a
// few hundred blocks: licences, suspensions and reinstatements, emergency
// accesses, and grants and revocations by patients, sent concurrently in
// waves.
func newHistory(t *testing.T) *history {
	t.Helper()
	const (
		patients = killPatients
		wave     = 25
		grantees = killGrantees
	)
	grantsEach, emergencies, suspensions := killHistorySize(t)
	started := time.Now()
	var provs, pats []party
	for range grantees + 1 {
		provs = append(provs, newParty())
	}
	for range patients {
		pats = append(pats, newParty())
	}
	e := newChainEnv(t, true, append(append([]party{}, provs...), pats...)...)
	// Licences one by one (providers 0-2 receive grants; provider 3 is
	// suspended and reinstated).
	for _, p := range provs {
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, p.addr, 1, "clinic "+p.addr.Hex()[:8], [32]byte{1}, future(24*time.Hour))
		})
	}
	// sendAll sends n transactions of one account in waves, waiting for
	// each wave's receipts.
	sendAll := func(from party, n int, build func(i int, o *bind.TransactOpts) (*types.Transaction, error)) error {
		for i := 0; i < n; {
			ps := make([]*txsender.Pending, 0, wave)
			for j := 0; j < wave && i < n; i, j = i+1, j+1 {
				p, err := e.sender.Transact(e.ctx, from.addr, func(o *bind.TransactOpts) (*types.Transaction, error) {
					o.GasLimit = 300_000 // no estimate: revocations depend on the grant before
					return build(i, o)
				})
				if err != nil {
					return err
				}
				ps = append(ps, p)
			}
			for _, p := range ps {
				if _, err := e.sender.Wait(e.ctx, p); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var g errgroup.Group
	expiry := future(24 * time.Hour)
	for k, p := range pats {
		g.Go(func() error {
			return sendAll(p, grantsEach, func(i int, o *bind.TransactOpts) (*types.Transaction, error) {
				grantee := provs[(k+i/2)%grantees].addr
				if i%2 == 0 {
					return e.grants.Grant(o, grantee, uint32(1+i%500), 1, expiry)
				}
				return e.grants.Revoke(o, grantee, 1)
			})
		})
	}
	for k := range grantees {
		g.Go(func() error {
			return sendAll(provs[k], emergencies, func(i int, o *bind.TransactOpts) (*types.Transaction, error) {
				return e.grants.OpenEmergencyAccess(o, pats[i%patients].addr, [32]byte{byte(i%255 + 1)})
			})
		})
	}
	g.Go(func() error {
		return sendAll(e.regulator, 2*suspensions, func(i int, o *bind.TransactOpts) (*types.Transaction, error) {
			if i%2 == 0 {
				return e.registry.Suspend(o, provs[grantees].addr, [32]byte{byte(i)})
			}
			return e.registry.Reinstate(o, provs[grantees].addr)
		})
	})
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	head, err := e.chain.Client().BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := &history{env: e, rpcURL: e.chain.RPCURL(), head: head,
		events: patients*grantsEach + grantees*emergencies + 2*suspensions + len(provs)}
	h.manifestFile = filepath.Join(t.TempDir(), deploy.ManifestFile)
	if err := deploy.Save(h.manifestFile, e.manifest); err != nil {
		t.Fatal(err)
	}
	t.Logf("history: %d events up to block %d, generated in %v", h.events, head, time.Since(started).Round(time.Millisecond))
	return h
}

// child is an indexer child process.
type child struct {
	cmd      *exec.Cmd
	exited   chan struct{}
	started  chan struct{} // closed at the "started" line
	progress chan struct{} // closed at the first progress line
	mu       sync.Mutex
	errBuf   bytes.Buffer
	nLines   int
}

func (c *child) stderr() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.errBuf.String()
}

func (c *child) lines() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.nLines
}

func startChild(t *testing.T, h *history, driver, dsn string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(),
		childEnv+"=1",
		childRPC+"="+h.rpcURL,
		childManifest+"="+h.manifestFile,
		childDriver+"="+driver,
		childDSN+"="+dsn,
		childMaxRange+"=2", // many commits: many places to die in
	)
	c := &child{cmd: cmd, exited: make(chan struct{}), started: make(chan struct{}), progress: make(chan struct{})}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = &lockedWriter{mu: &c.mu, w: &c.errBuf}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		var startedOnce, progressOnce sync.Once
		for sc.Scan() {
			switch {
			case sc.Text() == childStarted:
				startedOnce.Do(func() { close(c.started) })
			case strings.HasPrefix(sc.Text(), "indexed blocks"):
				c.mu.Lock()
				c.nLines++
				c.mu.Unlock()
				progressOnce.Do(func() { close(c.progress) })
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
		_ = cmd.Wait()
		close(c.exited)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-c.exited
	})
	return c
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// dsnOf returns a DSN another process can open gdb's database with.
func dsnOf(t *testing.T, gdb *gorm.DB, driver string) string {
	t.Helper()
	if driver == db.SQLite {
		var rows []struct {
			Seq  int
			Name string
			File string
		}
		if err := gdb.Raw("PRAGMA database_list").Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Name == "main" {
				return r.File
			}
		}
		t.Fatal("no main database")
	}
	var name string
	if err := gdb.Raw("SELECT current_database()").Scan(&name).Error; err != nil {
		t.Fatal(err)
	}
	admin := os.Getenv("SALUS_TEST_POSTGRES")
	if admin == "" {
		admin = "host=127.0.0.1 port=5432 user=postgres dbname=postgres sslmode=disable"
	}
	var out []string
	for _, f := range strings.Fields(admin) {
		if !strings.HasPrefix(f, "dbname=") {
			out = append(out, f)
		}
	}
	return strings.Join(append(out, "dbname="+name), " ")
}
