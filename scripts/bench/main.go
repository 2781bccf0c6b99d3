// Command bench measures how fast Salus writes to its chain through
// backend/txsender, compared with the fastest any client can write to the
// same node, and reports the gas each Registry operation costs.
//
//	go run ./scripts/bench [-n 1000] [-rounds 3] [-workers 8] [-batch 8] [-poll 10ms] [-period 0]
//
// It starts a fresh embedded single-signer Clique chain (devnet/chain) in a
// temporary directory, deleted afterwards, with standard JSON-RPC over HTTP
// on a free loopback port and the block period -period:
//
//   - 0 (the default): a block is sealed as soon as transactions are
//     pending, so the node's CPU is the limit and every cycle the client
//     spends is taken from the chain. This is the stress case that shows the
//     sender's own cost. go-ethereum's period-0 miner builds a new block for
//     every batch of arriving transactions (miner/worker.go), so the pace of
//     sends changes how much work the node does.
//   - the embedded stack's period (2 s, `make run`): the shape of a real
//     deployment. The chain's block gas limit is then the ceiling; the
//     question is whether the sender keeps every block as full as presigned
//     transactions do. Keep N within six blocks' worth (1,800 license
//     writes at 30M gas): fee caps of 2× the base fee, the sender's and
//     go-ethereum's, outlast six full blocks of base-fee increases.
//
// It deploys the Registry and then runs the same kind of write —
// Registry.license for a fresh account, sent by the regulator — in several ways, round after round, in an order that rotates
// per round (the chain grows by thousands of transactions per phase, and a
// fixed order would hand the smaller state to the same side every round).
// Both main sides keep the same number of writes in flight, C = workers ×
// batch (64 by default):
//
//   - (a) the ceiling: N transactions are signed up front (consecutive
//     nonces, one eth_estimateGas × 1.2 as everyone's gas limit, fees read
//     once) and pushed with eth_sendRawTransaction by -workers concurrent
//     workers, each sending JSON-RPC batches of -batch transactions. Only the
//     push and the chain's own work are timed. Batches are the fastest push
//     we found: one transaction per request, (a1) below, is slower at the
//     same C, and so are fewer writes in flight.
//   - (b) the real path: C goroutines call txsender.Sender.Transact for N
//     writes, then Sender.Wait. The Sender, in its default configuration,
//     does everything itself: fees from its cache, the gas limit of every
//     write (eth_estimateGas, or a recent estimate checked with one eth_call
//     per write, which also refuses a write that would revert before it uses
//     a nonce), nonce assignment, signing, eth_sendRawTransaction. It groups
//     the node calls of concurrent Transacts into JSON-RPC batches by itself.
//
// Both are timed the same way: from the first send until the receipt of the
// highest nonce is available, polled every -poll (the sender's ReceiptPoll is
// set to the same interval). The transactions of one account are mined in
// nonce order, so that receipt means all are mined; every receipt is fetched
// and checked only after the clock has stopped, so polling cannot dominate
// the figure. writes/s = N / elapsed, and b/a says how close the sender gets
// to what the node can take. The target is b/a ≥ 0.9 (median of the rounds);
// the verdict is informational: the exit status is 0 unless something
// failed.
//
// Both sides talk to the node through the same HTTP JSON-RPC endpoint with
// the same client (rpc.DialContext + ethclient, as the Salus CLI dials its
// node), so the ratio compares the two ways of sending, not two transports.
// The node runs in this process and shares its two cores with the client:
// every call the sender adds (the eth_call preflight, an HTTP request) is CPU
// taken from the chain, which is why requests are counted below.
//
// Each (b) round uses a new Sender, warmed up with one untimed write (nonce,
// fee cache and code check are then as in a long-running service): the
// ceiling signs with the regulator's key behind the sender's back, and a
// long-lived sender would have to resynchronise its nonce after every (a)
// round, which is not what is being measured.
//
// -explain (on by default) adds three phases per round that say where the
// difference lies:
//
//   - (b*) the Sender with the gas limit given by the caller: no preflight,
//     so it isolates what finding (and checking) the gas limit costs;
//   - (b0) the Sender with batching off (Config.MaxBatch -1): one HTTP
//     request per node call, as before batching;
//   - (a1) the presigned push with one transaction per request from C
//     workers: what the ceiling was before batches.
//
// Finally one instance of every Registry operation is sent through a Sender
// and the gas used is read from its receipt, next to the committed
// contracts/gas-snapshot.txt (simulated backend) when that file is found.
//
// Besides the result table, the output shows where the time goes: process CPU
// time per write (node and client share the process and its cores), the CPU
// other processes took meanwhile (the figures are only as quiet as the
// machine), the JSON-RPC calls and HTTP requests each side made while timed,
// and, for (b), the mean time of one Transact. -cpuprofile writes a CPU
// profile of every timed phase.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"
)

// config is what the flags select.
type config struct {
	N       int           // writes per side and round
	Rounds  int           // number of (a, b) pairs
	Workers int           // (a): concurrent pushers; writes in flight = Workers × Batch
	Batch   int           // (a): transactions per JSON-RPC request
	Poll    time.Duration // receipt poll interval of both sides
	Timeout time.Duration // bound on the whole run
	Explain bool          // also run (b*), (b0) and (a1)
	Profile string        // write a CPU profile of every timed phase to Profile.<round><side>.pprof
	Period  uint64        // Clique block period in seconds; 0 seals when transactions are pending
}

// check reports whether c describes a runnable benchmark.
func (c config) check() error {
	switch {
	case c.N < 1:
		return errors.New("-n must be at least 1")
	case c.Rounds < 1:
		return errors.New("-rounds must be at least 1")
	case c.Workers < 1:
		return errors.New("-workers must be at least 1")
	case c.Batch < 1 || c.Batch > 1000:
		return errors.New("-batch must be in 1..1000 (geth's batch limit)")
	case c.Poll <= 0:
		return errors.New("-poll must be positive")
	case c.Timeout <= 0:
		return errors.New("-timeout must be positive")
	case c.Period > 60:
		return errors.New("-period must be at most 60 seconds")
	}
	return nil
}

// inFlight is the number of writes both sides keep in flight: (a) as
// Workers requests of Batch transactions, (b) as that many Transact calls.
func (c config) inFlight() int { return c.Workers * c.Batch }

func main() {
	var cfg config
	flag.IntVar(&cfg.N, "n", 1000, "writes per side and round")
	flag.IntVar(&cfg.Rounds, "rounds", 3, "rounds; each runs (a) then (b)")
	flag.IntVar(&cfg.Workers, "workers", 8, "concurrent pushers of presigned batches in (a); (b) runs workers×batch concurrent Transact calls")
	flag.IntVar(&cfg.Batch, "batch", 8, "presigned transactions per JSON-RPC request in (a)")
	flag.DurationVar(&cfg.Poll, "poll", 10*time.Millisecond, "receipt poll interval of both sides")
	flag.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "give up after this long")
	flag.StringVar(&cfg.Profile, "cpuprofile", "", "write a CPU profile (node and client) of every timed phase to `prefix`.<round><side>.pprof")
	flag.Uint64Var(&cfg.Period, "period", 0, "Clique block period in seconds (0: seal as soon as transactions are pending; 2: as `make run`)")
	flag.BoolVar(&cfg.Explain, "explain", true, "also run each round (b*) txsender with the gas limit given (no preflight), (b0) txsender with batching off, (a1) the presigned push with one transaction per request")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "bench: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := cfg.check(); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if _, err := run(ctx, cfg, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		stop()
		os.Exit(1)
	}
}

// run performs the whole benchmark, writing progress lines and then the
// report to out, and returns the report.
func run(ctx context.Context, cfg config, out io.Writer) (*report, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	p := newProgress(out)
	rep := &report{cfg: cfg, env: describeEnv(cfg)}
	p.printf("%s", rep.env)

	e, err := startEnv(ctx, cfg, p)
	if err != nil {
		return nil, err
	}
	rep.dataDir = e.dir
	defer func() {
		p.printf("stopping the chain and deleting %s", e.dir)
		if err := e.close(); err != nil {
			p.printf("cleanup: %v", err)
		}
	}()

	// The phases of a round run in a rotating order (a b …, then b … a,
	// …): the chain grows by thousands of transactions per phase, and a
	// fixed order would hand the smaller state to the same side every round.
	kinds := []string{"a", "b"}
	if cfg.Explain {
		kinds = append(kinds, "b*", "b0", "a1")
	}
	c := cfg.inFlight()
	for r := 1; r <= cfg.Rounds; r++ {
		var rr roundResult
		for i := range kinds {
			kind := kinds[(i+r-1)%len(kinds)]
			var (
				ph  phase
				err error
			)
			switch kind {
			case "a":
				ph, err = runPresigned(ctx, e, r, kind, cfg.Workers, cfg.Batch)
				rr.a = ph
			case "a1":
				ph, err = runPresigned(ctx, e, r, kind, c, 1)
				rr.a1 = &ph
			case "b":
				ph, err = runViaSender(ctx, e, r, kind, senderOpts{})
				rr.b = ph
			case "b0":
				ph, err = runViaSender(ctx, e, r, kind, senderOpts{noBatch: true})
				rr.b0 = &ph
			case "b*":
				var gas uint64
				if gas, err = e.licenseGas(ctx); err == nil {
					ph, err = runViaSender(ctx, e, r, kind, senderOpts{gas: gas})
				}
				rr.fixed = &ph
			}
			if err != nil {
				return nil, fmt.Errorf("round %d (%s): %w", r, kind, err)
			}
			p.printf("round %d/%d (%s) %s: %s", r, cfg.Rounds, kind, sideNames[kind], ph.summary())
			if kind == "b" {
				p.printf("round %d/%d (b) sender stats: %s", r, cfg.Rounds, formatStats(ph.stats))
			}
		}
		p.printf("round %d/%d b/a %.2f", r, cfg.Rounds, rr.b.rate()/rr.a.rate())
		rep.rounds = append(rep.rounds, rr)
	}

	p.printf("measuring gas per Registry operation")
	if rep.gas, err = measureGas(ctx, e); err != nil {
		return nil, fmt.Errorf("gas: %w", err)
	}
	rep.snapshot = loadGasSnapshot()
	rep.write(out)
	return rep, nil
}

// progress writes time-stamped progress lines.
type progress struct {
	out   io.Writer
	start time.Time
}

func newProgress(out io.Writer) *progress { return &progress{out: out, start: time.Now()} }

func (p *progress) printf(format string, args ...any) {
	fmt.Fprintf(p.out, "[%6.1fs] %s\n", time.Since(p.start).Seconds(), fmt.Sprintf(format, args...))
}
