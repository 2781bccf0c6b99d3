// Package networktest starts a throwaway multi-node devnet for tests of
// other packages:
//
//	n := networktest.Start(t, network.Config{Period: 1})
//	client, _ := ethclient.Dial(n.RPCURL())
//	key, _ := n.FunderKey()
//
// The network lives in t.TempDir(), on free loopback ports, with geth built
// into it (a few seconds when the Go build cache is warm, about a minute
// cold), and is stopped in t.Cleanup.
package networktest

import (
	"bytes"
	"context"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/salus-health/salus/devnet/network"
)

// UpTimeout bounds how long Start waits for the network, including
// building geth.
const UpTimeout = 5 * time.Minute

// Start brings up a devnet for the test and stops it when the test ends.
// Empty cfg fields get test-friendly values: Dir t.TempDir(), a free
// BasePort, and progress through t.Log. Tests are skipped in -short mode.
func Start(t testing.TB, cfg network.Config) *network.Network {
	t.Helper()
	if testing.Short() {
		t.Skip("devnet starts geth processes; skipped in -short mode")
	}
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	if cfg.Progress == nil {
		cfg.Progress = LogWriter(t)
	}
	if cfg.BasePort == 0 {
		nodes := max(cfg.Signers, network.DefaultSigners) + max(cfg.RPCNodes, network.DefaultRPCNodes)
		base, err := network.FreeBasePort(nodes)
		if err != nil {
			t.Fatalf("free base port: %v", err)
		}
		cfg.BasePort = base
	}
	ctx, cancel := context.WithTimeout(context.Background(), UpTimeout)
	defer cancel()
	n, err := network.Up(ctx, cfg)
	if err != nil {
		t.Fatalf("devnet up: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), network.StopTimeout+10*time.Second)
		defer cancel()
		if err := n.Down(ctx); err != nil {
			t.Errorf("devnet down: %v", err)
		}
	})
	return n
}

// LogWriter returns a writer that sends each complete line to t.Log. Use it
// only while the test runs (t.Log panics afterwards).
func LogWriter(t testing.TB) io.Writer {
	return &logWriter{t: t}
}

type logWriter struct {
	t   testing.TB
	mu  sync.Mutex
	buf []byte
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		w.t.Log(string(w.buf[:i]))
		w.buf = w.buf[i+1:]
	}
}
