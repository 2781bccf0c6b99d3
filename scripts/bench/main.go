// Command bench measures how fast Salus writes to its chain through
// backend/txsender, compared with the fastest any client can write to the
// same node, and reports the gas each Registry operation costs.
//
//	go run ./scripts/bench [-n 1000] [-rounds 3] [-workers 8] [-poll 10ms]
//
// It starts a fresh embedded single-signer Clique chain (devnet/chain) in a
// temporary directory, deleted afterwards, with block period 0 (a block is
// sealed as soon as transactions are pending) and standard JSON-RPC over HTTP
// on a free loopback port. It deploys the Registry and then alternates two
// ways of making the same kind of write — Registry.license for a fresh
// account, sent by the regulator — round after round (a, b, a, b, …):
//
//   - (a) the ceiling: N transactions are signed up front (consecutive
//     nonces, one eth_estimateGas × 1.2 as everyone's gas limit, fees read
//     once) and pushed with eth_sendRawTransaction by W concurrent workers.
//     Only the push and the chain's own work are timed; no client can write
//     faster to this node than that.
//   - (b) the real path: W goroutines call txsender.Sender.Transact for N
//     writes, then Sender.Wait. The Sender, in its default configuration,
//     does everything itself: fees from its cache, the gas limit of every
//     write (however it finds it: eth_estimateGas, or a recent estimate
//     checked with eth_call), nonce assignment, signing,
//     eth_sendRawTransaction.
//
// Both sides are timed the same way: from the first send until the receipt of
// the highest nonce is available, polled every -poll (the sender's
// ReceiptPoll is set to the same interval). The transactions of one account
// are mined in nonce order, so that receipt means all are mined; every
// receipt is fetched and checked only after the clock has stopped, so
// polling cannot dominate the figure. writes/s = N / elapsed, and b/a says
// how close the sender gets to what the node can take. The target is
// b/a ≥ 0.9; the verdict is informational: the exit status is 0 unless
// something failed.
//
// Both sides talk to the node through the same HTTP JSON-RPC endpoint with
// the same kind of client (rpc.DialContext + ethclient, as the Salus CLI
// dials its node), so the ratio compares the two ways of sending, not two
// transports. An in-process client would hide the cost of a round trip,
// which is exactly where the sides differ: the sender makes two calls per
// write (gas limit, send), the ceiling one.
//
// Each (b) round uses a new Sender, warmed up with one untimed write (nonce,
// fee cache and code check are then as in a long-running service): the
// ceiling signs with the regulator's key behind the sender's back, and a
// long-lived sender would have to resynchronise its nonce after every (a)
// round, which is not what is being measured.
//
// Finally one instance of every Registry operation is sent through a Sender
// and the gas used is read from its receipt, next to the committed
// contracts/gas-snapshot.txt (simulated backend) when that file is found.
//
// Besides the result table, the output shows where the time goes: process CPU
// time per write (node and client share the process and its cores), the CPU
// other processes took meanwhile (the figures are only as quiet as the
// machine), the JSON-RPC calls each side made while timed, and, for (b), the
// mean time of one Transact split into node calls per method and time spent
// in the Sender itself. -explain adds (b*), the Sender with the gas limit
// given by the caller, which isolates the cost of finding the gas limit;
// -cpuprofile writes a CPU profile of every timed phase.
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
	Workers int           // concurrent senders per side
	Poll    time.Duration // receipt poll interval of both sides
	Timeout time.Duration // bound on the whole run
	Explain bool          // also run (b*): the Sender with a given gas limit
	Profile string        // write a CPU profile of every timed phase to Profile.<round><side>.pprof
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
	case c.Poll <= 0:
		return errors.New("-poll must be positive")
	case c.Timeout <= 0:
		return errors.New("-timeout must be positive")
	}
	return nil
}

func main() {
	var cfg config
	flag.IntVar(&cfg.N, "n", 1000, "writes per side and round")
	flag.IntVar(&cfg.Rounds, "rounds", 3, "rounds; each runs (a) then (b)")
	flag.IntVar(&cfg.Workers, "workers", 8, "concurrent senders on each side")
	flag.DurationVar(&cfg.Poll, "poll", 10*time.Millisecond, "receipt poll interval of both sides")
	flag.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "give up after this long")
	flag.StringVar(&cfg.Profile, "cpuprofile", "", "write a CPU profile (node and client) of every timed phase to `prefix`.<round><side>.pprof")
	flag.BoolVar(&cfg.Explain, "explain", true, "also run (b*) each round: txsender with the gas limit given by the caller, which skips the Sender's own gas-limit lookup, to show what that lookup costs")
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

	// The phases of a round run in a rotating order (a b b*, then b b* a,
	// then b* a b, …): the chain grows by thousands of transactions per
	// phase, and a fixed order would hand the smaller state to the same side
	// every round.
	kinds := []string{"a", "b"}
	if cfg.Explain {
		kinds = append(kinds, "b*")
	}
	for r := 1; r <= cfg.Rounds; r++ {
		var rr roundResult
		for i := range kinds {
			kind := kinds[(i+r-1)%len(kinds)]
			switch kind {
			case "a":
				a, err := runPresigned(ctx, e, r)
				if err != nil {
					return nil, fmt.Errorf("round %d (a): %w", r, err)
				}
				p.printf("round %d/%d (a) presigned: %s", r, cfg.Rounds, a.summary())
				rr.a = a
			case "b":
				b, err := runViaSender(ctx, e, r, 0)
				if err != nil {
					return nil, fmt.Errorf("round %d (b): %w", r, err)
				}
				p.printf("round %d/%d (b) txsender:  %s", r, cfg.Rounds, b.summary())
				p.printf("round %d/%d (b) sender stats: %s", r, cfg.Rounds, formatStats(b.stats))
				rr.b = b
			case "b*":
				gas, err := e.licenseGas(ctx)
				if err != nil {
					return nil, fmt.Errorf("round %d (b*): %w", r, err)
				}
				f, err := runViaSender(ctx, e, r, gas)
				if err != nil {
					return nil, fmt.Errorf("round %d (b*): %w", r, err)
				}
				p.printf("round %d/%d (b*) txsender, gas limit %d given: %s", r, cfg.Rounds, gas, f.summary())
				rr.fixed = &f
			}
		}
		p.printf("round %d/%d b/a %.2f", r, cfg.Rounds, rr.b.rate()/rr.a.rate())
		if rr.fixed != nil {
			p.printf("round %d/%d b*/a %.2f", r, cfg.Rounds, rr.fixed.rate()/rr.a.rate())
		}
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
