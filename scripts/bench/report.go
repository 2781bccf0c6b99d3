package main

import (
	"fmt"
	"io"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/salus-health/salus/backend/txsender"
)

// target is the b/a ratio the sender should reach.
const target = 0.9

// roundResult is one round: (a) and (b), plus (b*), (b0) and (a1) with
// -explain.
type roundResult struct {
	a, b  phase
	fixed *phase // (b*), nil without -explain
	b0    *phase // (b0), nil without -explain
	a1    *phase // (a1), nil without -explain
}

// sideNames describes each kind of phase in progress lines.
var sideNames = map[string]string{
	"a":  "presigned ceiling",
	"b":  "txsender",
	"b*": "txsender, gas limit given",
	"b0": "txsender, batching off",
	"a1": "presigned, one tx per request",
}

func (r roundResult) ratio() float64 { return r.b.rate() / r.a.rate() }

// report is everything the benchmark measured.
type report struct {
	cfg      config
	env      string
	rounds   []roundResult
	gas      []gasOp
	snapshot map[string]uint64 // committed gas snapshot; nil if not found
	dataDir  string            // the chain's temporary directory, deleted by run
}

// describeEnv names the machine and the benchmark parameters.
func describeEnv(cfg config) string {
	return fmt.Sprintf("%s %s/%s, GOMAXPROCS %d (%d CPUs); embedded Clique chain, period %d s; N %d writes per side and round, %d in flight (%d workers × batches of %d), %d rounds, receipt poll %s",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), runtime.NumCPU(),
		cfg.Period, cfg.N, cfg.inFlight(), cfg.Workers, cfg.Batch, cfg.Rounds, cfg.Poll)
}

// medianRatio is the median of the rounds' b/a.
func (r *report) medianRatio() float64 {
	ratios := make([]float64, len(r.rounds))
	for i, rr := range r.rounds {
		ratios[i] = rr.ratio()
	}
	return median(ratios)
}

// senderStats sums the Stats of every round's (b) Sender.
func (r *report) senderStats() txsender.Stats {
	var sum txsender.Stats
	for _, rr := range r.rounds {
		sum = addStats(sum, rr.b.stats)
	}
	return sum
}

// side selects one kind of phase from the rounds.
type side struct {
	kind string // a, b, b*, b0, a1
	name string
	get  func(roundResult) phase
}

// sides lists the kinds of phase the rounds have, (a) first.
func (r *report) sides() []side {
	s := []side{
		{"a", "(a) presigned ceiling", func(rr roundResult) phase { return rr.a }},
		{"b", "(b) txsender", func(rr roundResult) phase { return rr.b }},
	}
	if len(r.rounds) > 0 && r.rounds[0].fixed != nil {
		s = append(s,
			side{"b*", "(b*) txsender, gas given", func(rr roundResult) phase { return *rr.fixed }},
			side{"b0", "(b0) txsender, batching off", func(rr roundResult) phase { return *rr.b0 }},
			side{"a1", "(a1) presigned, 1 tx/request", func(rr roundResult) phase { return *rr.a1 }},
		)
	}
	return s
}

// ratios returns the side's writes/s over (a)'s, per round.
func (r *report) ratios(s side) []float64 {
	out := make([]float64, len(r.rounds))
	for i, rr := range r.rounds {
		out[i] = s.get(rr).rate() / rr.a.rate()
	}
	return out
}

// rates returns the side's writes/s of every round.
func (r *report) rates(s side) []float64 {
	out := make([]float64, len(r.rounds))
	for i, rr := range r.rounds {
		out[i] = s.get(rr).rate()
	}
	return out
}

// total sums the side's phases over all rounds.
func (r *report) total(s side) phase {
	var sum phase
	for _, rr := range r.rounds {
		ph := s.get(rr)
		sum.writes += ph.writes
		sum.submit += ph.submit
		sum.elapsed += ph.elapsed
		sum.blocks += ph.blocks
		sum.cpu = sumKnown(sum.cpu, ph.cpu)
		sum.others = sumKnown(sum.others, ph.others)
		sum.rpc = sum.rpc.add(ph.rpc)
		sum.steps = sum.steps.merge(ph.steps)
	}
	return sum
}

// sumKnown adds durations where a negative one means unknown.
func sumKnown(a, b time.Duration) time.Duration {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// write prints the result tables.
func (r *report) write(out io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	sides := r.sides()

	p("")
	p("==== Salus chain writes: Registry.license by the regulator, over HTTP JSON-RPC ====")
	p("%s", r.env)
	p("")
	p("writes/s per round, and each side over (a) in the same round:")
	var b strings.Builder
	fmt.Fprintf(&b, "%-7s", "round")
	for i, s := range sides {
		fmt.Fprintf(&b, "  %8s", "("+s.kind+")")
		if i > 0 {
			fmt.Fprintf(&b, " %5s", s.kind+"/a")
		}
	}
	p("%s", b.String())
	for i, rr := range r.rounds {
		b.Reset()
		fmt.Fprintf(&b, "%-7d", i+1)
		for j, s := range sides {
			fmt.Fprintf(&b, "  %8.0f", s.get(rr).rate())
			if j > 0 {
				fmt.Fprintf(&b, " %5.2f", s.get(rr).rate()/rr.a.rate())
			}
		}
		p("%s", b.String())
	}
	b.Reset()
	fmt.Fprintf(&b, "%-7s", "median")
	for j, s := range sides {
		fmt.Fprintf(&b, "  %8.0f", median(r.rates(s)))
		if j > 0 {
			fmt.Fprintf(&b, " %5.2f", median(r.ratios(s)))
		}
	}
	p("%s", b.String())

	ratio, spread := r.medianRatio(), r.ratios(sides[1])
	verdict := "PASS"
	if ratio < target {
		verdict = "BELOW TARGET"
	}
	p("")
	p("  b/a = %.2f (rounds %.2f–%.2f)  %s (target ≥ %.2f)", ratio, slices.Min(spread), slices.Max(spread), verdict, target)
	p("    (a) %d workers push the presigned writes in JSON-RPC batches of %d; (b) %d goroutines call", r.cfg.Workers, r.cfg.Batch, r.cfg.inFlight())
	p("    Sender.Transact in its default configuration: the same %d writes in flight. Per write (b) also signs,", r.cfg.inFlight())
	p("    and checks the gas limit with one eth_call (a full EVM run of the write on the node, which also")
	p("    refuses a write that would revert before it uses a nonce); (a) did both before its clock started.")
	if len(sides) > 2 {
		p("  (b*) the Sender given the gas limit (a) was presigned with: no eth_call; (b*)/(b) is what the check costs.")
		p("  (b0) the Sender with batching off (Config.MaxBatch -1): one HTTP request per node call.")
		p("  (a1) the presigned writes pushed one per request by %d workers: the ceiling as measured before batches.", r.cfg.inFlight())
	}
	p("")
	p("txsender Stats after (b), summed over %d rounds (a new Sender per round, incl. its warm-up write):", len(r.rounds))
	p("  %s", formatStats(r.senderStats()))

	p("")
	p("Where the time goes (all rounds; CPU in %% of one core, %d cores):", runtime.NumCPU())
	for _, s := range sides {
		sum := r.total(s)
		p("  %s: all sent after %.0f%% of the time; %.1f writes/block; CPU %s/write; CPU use: bench %s, other processes %s",
			s.name, 100*sum.submit.Seconds()/sum.elapsed.Seconds(), float64(sum.writes)/float64(sum.blocks),
			formatCPU(sum.cpuPerWrite()), formatUtilisation(sum.cpu, sum.elapsed), formatUtilisation(sum.others, sum.elapsed))
		if sum.steps.calls > 0 {
			p("    Transact %s", sum.steps.format())
		}
		fmt.Fprint(out, sum.rpc.format("    "))
	}

	p("")
	p("Gas used per Registry operation (receipts of transactions sent through txsender on this chain):")
	if r.snapshot != nil {
		p("  %-26s %9s %9s %7s", "operation", "gas used", "snapshot", "diff")
	} else {
		p("  %-26s %9s", "operation", "gas used")
	}
	for _, op := range r.gas {
		if want, ok := r.snapshot[op.snapshot]; ok {
			p("  %-26s %9d %9d %+7d", op.name, op.gas, want, int64(op.gas)-int64(want))
		} else {
			p("  %-26s %9d", op.name, op.gas)
		}
	}
	if len(r.rounds) > 0 {
		p("  timed license writes used %d gas each in (a) and %d in (b)", r.rounds[0].a.gasUsed, r.rounds[0].b.gasUsed)
	}
	if r.snapshot != nil {
		p("  snapshot: %s (simulated backend, other addresses and names, hence small calldata differences)", gasSnapshotFile)
	}
}

// addStats adds every counter of u to s. Stats is a struct of uint64
// counters that grows with the Sender; reflection keeps this in step.
func addStats(s, u txsender.Stats) txsender.Stats {
	sv, uv := reflect.ValueOf(&s).Elem(), reflect.ValueOf(u)
	for i := range sv.NumField() {
		if f := sv.Field(i); f.CanUint() && f.CanSet() {
			f.SetUint(f.Uint() + uv.Field(i).Uint())
		}
	}
	return s
}

// formatStats shows every counter of a Sender's Stats.
func formatStats(s txsender.Stats) string {
	v := reflect.ValueOf(s)
	parts := make([]string, 0, v.NumField())
	for i := range v.NumField() {
		if f := v.Field(i); f.CanUint() {
			parts = append(parts, fmt.Sprintf("%s %d", v.Type().Field(i).Name, f.Uint()))
		}
	}
	return strings.Join(parts, ", ")
}

// formatCPU shows a CPU time in milliseconds, or n/a if unknown (negative).
func formatCPU(d time.Duration) string {
	if d < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f ms", ms(d))
}

// formatUtilisation shows CPU time over wall time in percent of one core,
// or n/a if the CPU time is unknown (negative).
func formatUtilisation(cpu, wall time.Duration) string {
	if cpu < 0 || wall <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f%%", 100*cpu.Seconds()/wall.Seconds())
}

// median returns the median of xs (the mean of the middle two for an even
// count), 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
