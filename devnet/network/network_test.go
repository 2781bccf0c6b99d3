package network_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/salus-health/salus/devnet/network"
	"github.com/salus-health/salus/devnet/network/networktest"
)

// TestNetworkLifecycle runs 3 signers and 1 RPC node through the life of a
// devnet: up, a transfer, losing one signer (blocks continue), losing two
// (the chain halts), restarting them (blocks resume) and down.
func TestNetworkLifecycle(t *testing.T) {
	const period = 1
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	start := time.Now()
	n := networktest.Start(t, network.Config{Period: period}) // skips in -short mode
	t.Logf("up in %s", time.Since(start).Round(time.Millisecond))
	rpcNode := "rpc-1"

	step(t, "all nodes peered on one chain with three signers", func(t *testing.T) {
		if got, want := n.RPCURL(), mustNode(t, n, rpcNode).RPCURL(); got != want {
			t.Fatalf("RPCURL() = %s, want %s", got, want)
		}
		height := waitConverged(ctx, t, n, 0)
		t.Logf("converged at height %d", height)
		var want []common.Address
		for _, s := range n.Signers() {
			want = append(want, s.Address)
		}
		slices.SortFunc(want, func(a, b common.Address) int { return a.Cmp(b) })
		sts := status(ctx, t, n)
		for _, st := range sts {
			if !st.Running || st.Err != "" {
				t.Errorf("%s: running %v, err %q", st.Name, st.Running, st.Err)
			}
			if st.Peers != len(sts)-1 {
				t.Errorf("%s: %d peers, want %d", st.Name, st.Peers, len(sts)-1)
			}
			if !slices.Equal(st.Signers, want) {
				t.Errorf("%s: signers %v, want %v", st.Name, st.Signers, want)
			}
		}
	})

	step(t, "a transfer from the funder is mined and seen by every node", func(t *testing.T) {
		to := transfer(ctx, t, n)
		for _, nd := range n.Nodes() {
			c := dial(t, nd.RPCURL())
			waitFor(ctx, t, 20*time.Second, nd.Name+" sees the transfer", func() bool {
				bal, err := c.BalanceAt(ctx, to, nil)
				return err == nil && bal.Cmp(big.NewInt(params.Ether)) == 0
			})
		}
	})

	step(t, "blocks continue without one signer", func(t *testing.T) {
		stop(ctx, t, n, "signer-1")
		h0 := head(ctx, t, n, rpcNode)
		began := time.Now()
		waitFor(ctx, t, 10*period*time.Second+10*time.Second, "3 blocks with 2 of 3 signers", func() bool {
			return head(ctx, t, n, rpcNode) >= h0+3
		})
		t.Logf("3 blocks after losing a signer in %s", time.Since(began).Round(time.Millisecond))
	})

	step(t, "the chain halts without two signers", func(t *testing.T) {
		stop(ctx, t, n, "signer-2")
		// The last signer may still seal one block if it did not seal the
		// previous one; let that happen first.
		sleep(ctx, t, 2*period*time.Second+time.Second)
		h1 := head(ctx, t, n, rpcNode)
		sleep(ctx, t, 4*period*time.Second+2*time.Second)
		if h2 := head(ctx, t, n, rpcNode); h2 != h1 {
			t.Fatalf("head moved from %d to %d with 1 of 3 signers", h1, h2)
		}
		t.Logf("halted at %d", h1)
	})

	step(t, "blocks resume and nodes converge after restarting the signers", func(t *testing.T) {
		h0 := head(ctx, t, n, rpcNode)
		began := time.Now()
		for _, name := range []string{"signer-1", "signer-2"} {
			if err := n.StartNode(ctx, name); err != nil {
				t.Fatalf("StartNode(%s): %v", name, err)
			}
		}
		waitFor(ctx, t, 30*time.Second, "3 new blocks after restart", func() bool {
			return head(ctx, t, n, rpcNode) >= h0+3
		})
		height := waitConverged(ctx, t, n, h0+3)
		t.Logf("resumed and converged at height %d in %s", height, time.Since(began).Round(time.Millisecond))
		for _, st := range status(ctx, t, n) {
			if !st.Running || st.Peers != len(n.Nodes())-1 {
				t.Errorf("%s: running %v, %d peers", st.Name, st.Running, st.Peers)
			}
		}
	})

	step(t, "down stops every process", func(t *testing.T) {
		var pids []int
		for _, st := range status(ctx, t, n) {
			if st.PID == 0 {
				t.Fatalf("%s has no pid", st.Name)
			}
			pids = append(pids, st.PID)
		}
		began := time.Now()
		if err := n.Down(ctx); err != nil {
			t.Fatalf("Down: %v", err)
		}
		t.Logf("down in %s", time.Since(began).Round(time.Millisecond))
		for _, pid := range pids {
			if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
				t.Errorf("pid %d: kill(0) = %v, want ESRCH", pid, err)
			}
		}
		reopened, err := network.Open(n.Dir())
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		for _, st := range status(ctx, t, reopened) {
			if st.Running || st.PID != 0 {
				t.Errorf("%s: running %v, pid %d after Down", st.Name, st.Running, st.PID)
			}
		}
	})
}

// transfer sends 1 ether from the funder to a fresh address through the
// RPC node, waits for the receipt and returns the recipient.
func transfer(ctx context.Context, t *testing.T, n *network.Network) common.Address {
	t.Helper()
	key, err := n.FunderKey()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, addr := n.Funder(); addr != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("funder key is for %s, Funder() says %s", crypto.PubkeyToAddress(key.PublicKey), addr)
	}
	to := common.BytesToAddress(crypto.Keccak256([]byte(time.Now().String()))[:20])
	c := dial(t, n.RPCURL())
	nonce, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tip = bigMax(tip, big.NewInt(params.GWei)) // signers' --miner.gasprice minimum
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	chainID := new(big.Int).SetUint64(n.ChainID())
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas,
		To: &to, Value: big.NewInt(params.Ether),
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	began := time.Now()
	var rcpt *types.Receipt
	waitFor(ctx, t, 20*time.Second, "receipt", func() bool {
		rcpt, err = c.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	})
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: status %d", rcpt.Status)
	}
	t.Logf("transfer %s mined in block %d after %s", tx.Hash(), rcpt.BlockNumber, time.Since(began).Round(time.Millisecond))
	return to
}

// waitConverged waits until every node's head is at least minHeight and all
// nodes agree on the block hash at the lowest of their heads; it returns
// that height.
func waitConverged(ctx context.Context, t *testing.T, n *network.Network, minHeight uint64) uint64 {
	t.Helper()
	var clients []*ethclient.Client
	for _, nd := range n.Nodes() {
		clients = append(clients, dial(t, nd.RPCURL()))
	}
	var height uint64
	waitFor(ctx, t, 30*time.Second, "all nodes on one chain", func() bool {
		low := uint64(0)
		for i, c := range clients {
			num, err := c.BlockNumber(ctx)
			if err != nil {
				return false
			}
			if i == 0 || num < low {
				low = num
			}
		}
		if low < minHeight || low == 0 {
			return false
		}
		var hash common.Hash
		for i, c := range clients {
			h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(low))
			if err != nil || (i > 0 && h.Hash() != hash) {
				return false
			}
			hash = h.Hash()
		}
		height = low
		return true
	})
	return height
}

func status(ctx context.Context, t *testing.T, n *network.Network) []network.NodeStatus {
	t.Helper()
	sts, err := n.Status(ctx)
	if err != nil {
		t.Fatalf("Status: %v", err)
	}
	return sts
}

func stop(ctx context.Context, t *testing.T, n *network.Network, name string) {
	t.Helper()
	began := time.Now()
	if err := n.StopNode(ctx, name); err != nil {
		t.Fatalf("StopNode(%s): %v", name, err)
	}
	t.Logf("%s stopped in %s", name, time.Since(began).Round(time.Millisecond))
	for _, st := range status(ctx, t, n) {
		if st.Name == name && st.Running {
			t.Fatalf("%s still running after StopNode", name)
		}
	}
}

func head(ctx context.Context, t *testing.T, n *network.Network, name string) uint64 {
	t.Helper()
	h, err := n.Head(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	return h.Number.Uint64()
}

func mustNode(t *testing.T, n *network.Network, name string) network.Node {
	t.Helper()
	nd, err := n.Node(name)
	if err != nil {
		t.Fatal(err)
	}
	return nd
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// waitFor polls cond every 200 ms until it holds, failing the test after
// timeout.
func waitFor(ctx context.Context, t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		sleep(ctx, t, 200*time.Millisecond)
	}
}

func sleep(ctx context.Context, t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case <-ctx.Done():
		t.Fatalf("test context: %v", ctx.Err())
	case <-time.After(d):
	}
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// step runs fn as a subtest and stops the test if it failed: later steps
// depend on the state earlier ones leave behind.
func step(t *testing.T, name string, fn func(t *testing.T)) {
	t.Helper()
	if !t.Run(name, fn) {
		t.FailNow()
	}
}
