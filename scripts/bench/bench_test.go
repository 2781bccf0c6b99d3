package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"
)

// TestRunTiny runs the whole benchmark with tiny numbers, -explain included,
// and checks that every phase completed and was accounted for. It asserts
// nothing about timings.
func TestRunTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an embedded chain and sends ~80 transactions")
	}
	cfg := config{N: 20, Rounds: 1, Workers: 2, Batch: 4, Poll: 10 * time.Millisecond, Timeout: 5 * time.Minute, Explain: true}
	var out bytes.Buffer
	rep, err := run(t.Context(), cfg, &out)
	t.Logf("output:\n%s", out.String())
	if err != nil {
		t.Fatal(err)
	}

	if len(rep.rounds) != cfg.Rounds {
		t.Fatalf("%d rounds reported, want %d", len(rep.rounds), cfg.Rounds)
	}
	rr := rep.rounds[0]
	if rr.fixed == nil || rr.b0 == nil || rr.a1 == nil {
		t.Fatal("-explain did not run (b*), (b0) and (a1)")
	}
	for name, ph := range map[string]phase{"(a)": rr.a, "(b)": rr.b, "(b*)": *rr.fixed, "(b0)": *rr.b0, "(a1)": *rr.a1} {
		if ph.writes != cfg.N || ph.blocks < 1 || ph.gasUsed <= 21_000 || ph.elapsed <= 0 || ph.submit > ph.elapsed {
			t.Errorf("%s: implausible phase %+v", name, ph)
		}
	}
	// The Sender finds the gas limit of every write itself (estimate, or a
	// reused limit checked with eth_call), unless it is given.
	if got := rr.b.rpc.calls(rpcEstimate) + rr.b.rpc.calls(rpcCall); got < int64(cfg.N) {
		t.Errorf("(b) made %d eth_estimateGas/eth_call calls while timed, want at least one per write (%d)", got, cfg.N)
	}
	if got := rr.fixed.rpc.calls(rpcEstimate) + rr.fixed.rpc.calls(rpcCall); got != 0 {
		t.Errorf("(b*) made %d eth_estimateGas/eth_call calls, want none", got)
	}
	for name, ph := range map[string]phase{"(a)": rr.a, "(a1)": *rr.a1} {
		if got := ph.rpc.calls(rpcSend); got != int64(cfg.N) {
			t.Errorf("%s made %d eth_sendRawTransaction calls, want %d", name, got, cfg.N)
		}
	}
	// (a) sends batches of cfg.Batch, (a1) one per request.
	if got, want := rr.a.rpc.batches, int64(cfg.N/cfg.Batch); got != want {
		t.Errorf("(a) sent %d batches, want %d", got, want)
	}
	if got := rr.a1.rpc.batches; got != 0 {
		t.Errorf("(a1) sent %d batches, want none", got)
	}
	// The Sender batches its calls by default, and not with MaxBatch -1.
	if rr.b.rpc.batched < int64(cfg.N) {
		t.Errorf("(b) made %d calls in batches, want at least one per write (%d)", rr.b.rpc.batched, cfg.N)
	}
	if got := rr.b0.rpc.batches; got != 0 {
		t.Errorf("(b0) sent %d batches, want none", got)
	}
	if rr.b.steps.calls != cfg.N {
		t.Errorf("(b) traced %d Transact calls, want %d", rr.b.steps.calls, cfg.N)
	}

	// Each round's Sender sends the warm-up write and N timed ones, and
	// waits for each exactly once.
	st := rep.senderStats()
	want := uint64(cfg.N + 1)
	if st.Sent != want || st.Mined != want || st.Reverted != 0 || st.SendErrors != 0 ||
		st.Resyncs != 0 || st.Fillers != 0 || st.EstimateReverts != 0 || st.Rebroadcasts != 0 {
		t.Errorf("sender stats %+v, want %d sent and mined and no errors, resyncs or fillers", st, want)
	}

	if len(rep.gas) != 7 {
		t.Errorf("gas table has %d operations, want 7", len(rep.gas))
	}
	for _, op := range rep.gas {
		if op.gas <= 21_000 {
			t.Errorf("%s used %d gas", op.name, op.gas)
		}
	}

	text := out.String()
	for _, s := range []string{"median", "b*/a", "b0/a", "a1/a", "b/a = ", "Resyncs 0", "registerEncryptionKey", "deregisterDevice", "HTTP requests"} {
		if !strings.Contains(text, s) {
			t.Errorf("output lacks %q", s)
		}
	}
	if !strings.Contains(text, "PASS") && !strings.Contains(text, "BELOW TARGET") {
		t.Error("output has no verdict")
	}
	if _, err := os.Stat(rep.dataDir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("chain directory %s still exists (stat: %v)", rep.dataDir, err)
	}
}

func TestConfigCheck(t *testing.T) {
	ok := config{N: 1, Rounds: 1, Workers: 1, Batch: 1, Poll: time.Millisecond, Timeout: time.Second}
	if err := ok.check(); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	for name, mutate := range map[string]func(*config){
		"n":       func(c *config) { c.N = 0 },
		"rounds":  func(c *config) { c.Rounds = 0 },
		"workers": func(c *config) { c.Workers = 0 },
		"batch":   func(c *config) { c.Batch = 0 },
		"poll":    func(c *config) { c.Poll = 0 },
		"timeout": func(c *config) { c.Timeout = -time.Second },
	} {
		c := ok
		mutate(&c)
		if err := c.check(); err == nil {
			t.Errorf("%s: invalid config accepted", name)
		}
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestBaseFeeMultiplier(t *testing.T) {
	if got := baseFeeMultiplier(1000, 120_000, 30_000_000); got != 2 {
		t.Errorf("1000 writes: multiplier %d, want the Sender's 2", got)
	}
	// 20,000 writes fill 80 blocks: the base fee may grow 1.125^81 ≈ 14,000×.
	if got := baseFeeMultiplier(20_000, 120_000, 30_000_000); got < 10_000 {
		t.Errorf("20,000 writes: multiplier %d is too small", got)
	}
}
