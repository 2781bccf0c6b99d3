// Package chaintest starts a real embedded Clique chain for tests: the same
// node `salus run` uses, with block period 0 so a block is sealed as soon as a
// transaction is pending. Contracts exercised here run under the pre-Shanghai
// rules of go-ethereum v1.13.15's Clique, unlike the simulated backend.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/salus-health/salus/devnet/chain"
	"github.com/salus-health/salus/devnet/genesis"
)

// Chain is a running test chain, stopped in t.Cleanup.
type Chain struct {
	*chain.Chain
}

// Start starts a fresh chain in a temporary directory. Each funded address
// receives one million ether in the genesis.
func Start(t testing.TB, funded ...common.Address) *Chain {
	t.Helper()
	return StartWith(t, Options{Funded: funded})
}

// Options tune StartWith.
type Options struct {
	// Funded addresses get one million ether each.
	Funded []common.Address
	// DataDir, when set, is used instead of a temporary directory (restart tests).
	DataDir string
	// Signer key; a fresh one when nil.
	Signer *ecdsa.PrivateKey
	// HTTP exposes JSON-RPC on 127.0.0.1 at a free port.
	HTTP bool
}

// StartWith starts a chain with the given options.
func StartWith(t testing.TB, o Options) *Chain {
	t.Helper()
	key := o.Signer
	if key == nil {
		var err error
		if key, err = crypto.GenerateKey(); err != nil {
			t.Fatal(err)
		}
	}
	dir := o.DataDir
	if dir == "" {
		dir = t.TempDir()
	}
	alloc := make(map[common.Address]*big.Int, len(o.Funded))
	for _, a := range o.Funded {
		alloc[a] = genesis.Ether(1_000_000)
	}
	cfg := chain.Config{DataDir: dir, Signer: key, Alloc: alloc}
	if o.HTTP {
		cfg.HTTPHost = "127.0.0.1"
	}
	c, err := chain.New(cfg)
	if err != nil {
		t.Fatalf("new chain: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatalf("start chain: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := c.Stop(ctx); err != nil {
			t.Errorf("stop chain: %v", err)
		}
	})
	return &Chain{Chain: c}
}

// Client returns the in-process JSON-RPC client.
func (c *Chain) Client() *ethclient.Client { return c.Chain.Client() }
