// Command benchindex measures how fast the indexer backfills Salus events
// into SQLite and PostgreSQL, beside the rate at which the same logs can be
// pulled with eth_getLogs alone, and how far the indexer lags behind a chain
// under write load.
//
//	go run ./scripts/benchindex [-events 100000] [-rounds 3] [-drivers sqlite,sqlite-purego,postgres]
//
// It starts a fresh embedded single-signer Clique chain (devnet/chain, block
// period 0) with HTTP JSON-RPC on a free loopback port, in a temporary
// directory deleted afterwards, deploys the Salus contracts and generates a
// history of at least -events events quickly: signed temperature readings
// submitted to DrugBatches, -readings-per-tx per transaction (one
// TemperatureRecorded each, plus a ReadingsSubmitted per transaction, and a
// quarantine and a penalty per batch from the first excursion), and
// -grant-share percent grants and revocations (AccessGrants, one event per
// transaction) from many patients. Every transaction is signed before it is
// pushed with eth_sendRawTransaction in JSON-RPC batches, in waves of
// -wave-gas that keep blocks under the EIP-1559 gas target (with block
// period 0 the base fee never comes down once full blocks raised it).
//
// Then, round after round, it times over the same blocks:
//
//   - eth_getLogs alone: every log of the indexed contracts, with the
//     indexer's range policy, over HTTP; no headers, decoding or database.
//     No indexer can be faster than this on the same node.
//   - the indexer (indexer.New + Start, as `salus index` and the embedded
//     stack run it) into a fresh database of each driver, from Start until
//     its cursor reaches the head: eth_getLogs, the headers it checks,
//     decoding, and one database transaction per block range.
//
// events/s = events written / elapsed; the ratio compares each driver with
// eth_getLogs alone (targets: SQLite ≥ 0.7, PostgreSQL ≥ 0.5). The figures
// are medians over the rounds. PostgreSQL runs on a temporary database of
// the server at -postgres (trust authentication), dropped afterwards; it is
// skipped with a note when the server cannot be reached.
//
// Finally an indexer follows the chain on SQLite with the default poll
// interval while patients send -lag-rate transactions per second for
// -lag-for; the lag (chain head minus indexed block, sampled every 20 ms) is
// reported in blocks.
//
// The chain, the indexer and the database share the machine's cores, as
// they do in the embedded stack. -cpuprofile writes a CPU profile of every
// indexer run.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// config is what the flags select.
type config struct {
	Events        int
	GrantShare    int
	ReadingsPerTx int
	Devices       int
	Batches       int
	Patients      int
	WaveGas       uint64
	Rounds        int
	Drivers       []string
	Postgres      string
	LagFor        time.Duration
	LagRate       float64
	Poll          time.Duration
	Timeout       time.Duration
	Profile       string
}

func (c config) check() error {
	switch {
	case c.Events < 1_000:
		return errors.New("-events must be at least 1000")
	case c.GrantShare < 0 || c.GrantShare > 100:
		return errors.New("-grant-share is a percentage")
	case c.ReadingsPerTx < 1 || c.ReadingsPerTx > 1000:
		return errors.New("-readings-per-tx must be 1..1000")
	case c.Rounds < 1:
		return errors.New("-rounds must be at least 1")
	case c.Devices < 1 || c.Batches < 1 || c.Patients < 1 || c.WaveGas < 1:
		return errors.New("-devices, -batches, -patients and -wave-gas must be positive")
	case c.LagRate <= 0 && c.LagFor > 0:
		return errors.New("-lag-rate must be positive")
	}
	for _, d := range c.Drivers {
		if driverNames[d] == "" {
			return fmt.Errorf("unknown driver %q (sqlite, sqlite-purego, postgres)", d)
		}
	}
	return nil
}

func main() {
	var cfg config
	var drivers string
	flag.IntVar(&cfg.Events, "events", 100_000, "events to generate (at least)")
	flag.IntVar(&cfg.GrantShare, "grant-share", 10, "percent of the events that are grants and revocations (one transaction each); the rest are temperature readings")
	flag.IntVar(&cfg.ReadingsPerTx, "readings-per-tx", 250, "signed readings per submitReadings transaction")
	flag.IntVar(&cfg.Devices, "devices", 8, "sensors signing readings")
	flag.IntVar(&cfg.Batches, "batches", 8, "batches the readings are about")
	flag.IntVar(&cfg.Patients, "patients", 40, "patients sending grants and revocations")
	flag.Uint64Var(&cfg.WaveGas, "wave-gas", 14_000_000, "gas (by limit) pushed before waiting for it to be mined; under half the block gas limit the base fee does not grow")
	flag.IntVar(&cfg.Rounds, "rounds", 3, "rounds of measurements")
	flag.StringVar(&drivers, "drivers", "sqlite,sqlite-purego,postgres", "databases to index into")
	flag.StringVar(&cfg.Postgres, "postgres", "host=127.0.0.1 port=5432 user=postgres dbname=postgres sslmode=disable", "PostgreSQL server (a temporary database is created and dropped)")
	flag.DurationVar(&cfg.LagFor, "lag-for", 20*time.Second, "length of the write load while measuring lag (0 skips)")
	flag.Float64Var(&cfg.LagRate, "lag-rate", 200, "transactions per second of the write load")
	flag.DurationVar(&cfg.Poll, "poll", 0, "indexer poll interval while measuring lag (0: the indexer's default)")
	flag.DurationVar(&cfg.Timeout, "timeout", 30*time.Minute, "give up after this long")
	flag.StringVar(&cfg.Profile, "cpuprofile", "", "write a CPU profile of every indexer run to `prefix`.<driver>.<round>.pprof")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "benchindex: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	cfg.Drivers = strings.Split(drivers, ",")
	if err := cfg.check(); err != nil {
		fmt.Fprintf(os.Stderr, "benchindex: %v\n", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	if err := run(ctx, cfg, &progress{w: os.Stdout}); err != nil {
		fmt.Fprintf(os.Stderr, "benchindex: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config, log *progress) (err error) {
	e, err := startEnv(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, e.close()) }()
	if err := e.generate(ctx); err != nil {
		return err
	}
	head := e.chain.Head().Number.Uint64()

	results := map[string][]result{}
	skipped := map[string]string{}
	sources := append([]string{"raw"}, cfg.Drivers...)
	for round := 1; round <= cfg.Rounds; round++ {
		log.printf("round %d of %d (blocks %d..%d)", round, cfg.Rounds, e.manifest.DeploymentBlock, head)
		for _, src := range sources {
			if skipped[src] != "" {
				continue
			}
			var r result
			var err error
			load0, cpu0 := loadAverage(), processCPU()
			if src == "raw" {
				r, err = e.rawLogs(ctx, head)
			} else {
				profile := ""
				if cfg.Profile != "" {
					profile = fmt.Sprintf("%s.%s.%d.pprof", cfg.Profile, src, round)
				}
				r, err = e.backfill(ctx, src, round, head, profile)
			}
			if err != nil {
				if src == driverPostgres && round == 1 {
					skipped[src] = err.Error()
					log.printf("  %s skipped: %v", driverNames[src], err)
					continue
				}
				return fmt.Errorf("%s: %w", src, err)
			}
			r.load, r.cpu = (load0+loadAverage())/2, processCPU()-cpu0
			results[src] = append(results[src], r)
			log.printf("  %-40s %8d events in %7.3fs: %8.0f events/s, %5.1f µs CPU/event (load average %.1f)",
				label(src), r.events, r.elapsed.Seconds(), r.rate(), r.cpuPerEvent(), r.load)
		}
	}

	var lag lagStats
	if cfg.LagFor > 0 {
		log.printf("lag: following the chain on SQLite while patients send %.0f transactions/s for %v", cfg.LagRate, cfg.LagFor)
		if lag, err = e.lag(ctx, head); err != nil {
			return fmt.Errorf("lag: %w", err)
		}
	}
	report(log.w, cfg, sources, results, skipped, lag)
	return nil
}

// loadAverage returns the 1-minute load average (Linux), 0 elsewhere.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	var l float64
	fmt.Sscan(string(b), &l)
	return l
}

func label(src string) string {
	if src == "raw" {
		return "eth_getLogs alone (HTTP)"
	}
	return "indexer → " + driverNames[src]
}

// median returns the result of median rate.
func median(rs []result) result {
	s := slices.Clone(rs)
	sort.Slice(s, func(i, j int) bool { return s[i].rate() < s[j].rate() })
	return s[len(s)/2]
}

func report(w io.Writer, cfg config, sources []string, results map[string][]result, skipped map[string]string, lag lagStats) {
	raw := median(results["raw"])
	targets := map[string]float64{driverSQLite: 0.7, driverPureSQLite: 0.7, driverPostgres: 0.5}
	fmt.Fprintf(w, "\nbackfill of %d events (median of %d rounds; load: the machine's 1-minute load average during the run, 2 cores)\n\n", raw.events, cfg.Rounds)
	fmt.Fprintf(w, "| %-40s | %8s | %8s | %10s | %9s | %5s | %-28s |\n", "source", "events", "seconds", "events/s", "µs CPU/ev", "load", "ratio to eth_getLogs")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 42), strings.Repeat("-", 10), strings.Repeat("-", 10), strings.Repeat("-", 12), strings.Repeat("-", 11), strings.Repeat("-", 7), strings.Repeat("-", 30))
	for _, src := range sources {
		if why := skipped[src]; why != "" {
			fmt.Fprintf(w, "| %-40s | %8s | %8s | %10s | %9s | %5s | %-28s |\n", label(src), "-", "-", "-", "-", "-", "skipped: "+why)
			continue
		}
		m := median(results[src])
		ratio := "1.00"
		if src != "raw" {
			ratio = fmt.Sprintf("%.2f", m.rate()/raw.rate())
			verdict := "met"
			if m.rate()/raw.rate() < targets[src] {
				verdict = "NOT met"
			}
			ratio += fmt.Sprintf(" (target %.1f: %s)", targets[src], verdict)
		}
		fmt.Fprintf(w, "| %-40s | %8d | %8.3f | %10.0f | %9.1f | %5.1f | %-28s |\n", label(src), m.events, m.elapsed.Seconds(), m.rate(), m.cpuPerEvent(), m.load, ratio)
	}
	if lag.samples > 0 {
		fmt.Fprintf(w, "\nsteady-state lag on SQLite, %d transactions at %.0f/s over %v (%d blocks, %.1f blocks/s), %d samples:\n",
			lag.txs, cfg.LagRate, lag.elapsed.Round(time.Millisecond), lag.blocks, float64(lag.blocks)/lag.elapsed.Seconds(), lag.samples)
		poll := cfg.Poll
		if poll == 0 {
			poll = time.Second
		}
		fmt.Fprintf(w, "  lag in blocks: mean %.1f, median %d, p95 %d, max %d (poll interval %v); caught up %v after the load\n",
			lag.mean, lag.p50, lag.p95, lag.maxLag, poll, lag.catchUp.Round(time.Millisecond))
	}
}

// progress prints timestamped lines; safe for concurrent use.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
}

func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.start.IsZero() {
		p.start = time.Now()
	}
	fmt.Fprintf(p.w, "[%6.1fs] %s\n", time.Since(p.start).Seconds(), fmt.Sprintf(format, args...))
}

// every prints line() every d until the returned stop is called.
func (p *progress) every(d time.Duration, line func() string) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p.printf("%s", line())
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// prefixed returns a writer printing each line with prefix, as a progress
// line.
func (p *progress) prefixed(prefix string) io.Writer { return &prefixWriter{p: p, prefix: prefix} }

type prefixWriter struct {
	p      *progress
	prefix string
	buf    []byte
}

func (w *prefixWriter) Write(b []byte) (int, error) {
	w.buf = append(w.buf, b...)
	for {
		i := strings.IndexByte(string(w.buf), '\n')
		if i < 0 {
			return len(b), nil
		}
		w.p.printf("%s%s", w.prefix, w.buf[:i])
		w.buf = w.buf[i+1:]
	}
}
