package tests

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
)

func init() {
	backends = append(backends, backendFactory{name: "clique", start: startClique})
}

// mineTimeout bounds the wait for a transaction on Clique; with period 0 a
// block is sealed as soon as a transaction is pending.
const mineTimeout = 30 * time.Second

// cliqueBackend adapts a real embedded single-signer Clique node.
type cliqueBackend struct {
	chain *chaintest.Chain
}

func startClique(t testing.TB, funded ...common.Address) Backend {
	t.Helper()
	return &cliqueBackend{chain: chaintest.Start(t, funded...)}
}

func (b *cliqueBackend) Client() Client { return b.chain.Client() }

// Mine polls for the receipt. It does what bind.WaitMined does, but every
// 10 ms instead of every second: Clique seals in milliseconds here, and the
// suite sends a few hundred transactions.
func (b *cliqueBackend) Mine(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), mineTimeout)
	defer cancel()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		receipt, err := b.chain.Client().TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
			if b.awaitHead(ctx, t, receipt) {
				return receipt
			}
			// The block was replaced: look the receipt up again.
		case errors.Is(err, ethereum.NotFound):
		case strings.Contains(err.Error(), "transaction indexing is in progress"):
			// Right after start the node may still be building its
			// transaction index and says so instead of returning the receipt.
		default:
			t.Fatalf("receipt of %s: %v", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transaction %s not mined within %v", tx.Hash(), mineTimeout)
		case <-tick.C:
		}
	}
}

// awaitHead waits until the node's latest block is at least the receipt's
// block, and reports whether that block is still canonical. The receipt of a
// freshly sealed block becomes readable a moment before the block becomes
// the head that "latest" calls and gas estimation run on; and with period 0
// the signer may seal two blocks at one height, of which go-ethereum keeps
// either (it does not prefer local blocks under Clique).
func (b *cliqueBackend) awaitHead(ctx context.Context, t testing.TB, r *types.Receipt) bool {
	t.Helper()
	for {
		head, err := b.chain.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatalf("latest header: %v", err)
		}
		if head.Number.Cmp(r.BlockNumber) >= 0 {
			canonical, err := b.chain.Client().HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				t.Fatalf("header %v: %v", r.BlockNumber, err)
			}
			return canonical.Hash() == r.BlockHash
		}
		select {
		case <-ctx.Done():
			t.Fatalf("block %v did not become the head within %v", r.BlockNumber, mineTimeout)
		case <-time.After(time.Millisecond):
		}
	}
}

// AdvanceTime sleeps: Clique block time is the signer's wall clock. It then
// mines a block with a self-transfer of the clock account, since an idle
// period-0 chain seals nothing.
func (b *cliqueBackend) AdvanceTime(t testing.TB, d time.Duration) {
	t.Helper()
	time.Sleep(d)
	b.Mine(t, b.sendClockTx(t))
}

// sendClockTx sends, without waiting for it, a self-transfer of the clock
// account: a transaction that changes no contract state, to make the signer
// seal a block.
func (b *cliqueBackend) sendClockTx(t testing.TB) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	client := b.chain.Client()
	nonce, err := client.PendingNonceAt(ctx, clock.addr)
	if err != nil {
		t.Fatalf("clock nonce: %v", err)
	}
	gasPrice, err := client.SuggestGasPrice(ctx)
	if err != nil {
		t.Fatalf("gas price: %v", err)
	}
	tx, err := types.SignNewTx(clock.key, types.LatestSignerForChainID(b.chain.ChainID()), &types.LegacyTx{
		Nonce:    nonce,
		To:       &clock.addr,
		Value:    new(big.Int),
		Gas:      21_000,
		GasPrice: gasPrice,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send clock transaction: %v", err)
	}
	return tx
}

// MineTogether holds sealing back while send runs. With period 0 the miner
// builds a block whenever a transaction arrives, so two transactions sent
// one after the other usually land in two blocks. A miner without an
// etherbase builds nothing ("Refusing to mine without etherbase") while the
// pool keeps accepting transactions, and miner_setEtherbase, unlike
// miner_start, needs no key in the node's account manager; so MineTogether
// clears the etherbase, calls send, waits until the pool holds every
// transaction as executable, restores the etherbase and sends a clock
// transaction to trigger the next block. Any block built from then on holds
// all of them (the pending ones of a late arrival notice, or them and the
// clock transaction).
func (b *cliqueBackend) MineTogether(t testing.TB, send func() []*types.Transaction) []*types.Receipt {
	t.Helper()
	b.setEtherbase(t, common.Address{})
	paused := true
	defer func() {
		if paused { // send or the wait failed: leave the chain sealing for the cleanup
			if err := b.callSetEtherbase(b.chain.Signer()); err != nil {
				t.Errorf("restore etherbase: %v", err)
			}
		}
	}()
	txs := send()
	b.awaitPending(t, txs)
	b.setEtherbase(t, b.chain.Signer())
	paused = false
	clockTx := b.sendClockTx(t)
	receipts := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		receipts[i] = b.Mine(t, tx)
	}
	b.Mine(t, clockTx)
	return receipts
}

func (b *cliqueBackend) callSetEtherbase(addr common.Address) error {
	ctx, cancel := context.WithTimeout(context.Background(), mineTimeout)
	defer cancel()
	var ok bool
	if err := b.chain.RPC().CallContext(ctx, &ok, "miner_setEtherbase", addr); err != nil {
		return err
	}
	if !ok {
		return errors.New("miner_setEtherbase returned false")
	}
	return nil
}

func (b *cliqueBackend) setEtherbase(t testing.TB, addr common.Address) {
	t.Helper()
	if err := b.callSetEtherbase(addr); err != nil {
		t.Fatalf("set etherbase %s: %v", addr, err)
	}
}

// awaitPending waits until the transaction pool lists every tx as pending,
// that is executable and therefore part of the next block built.
func (b *cliqueBackend) awaitPending(t testing.TB, txs []*types.Transaction) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), mineTimeout)
	defer cancel()
	for {
		// txpool_content: "pending"/"queued" -> sender -> nonce -> transaction.
		var content map[string]map[string]map[string]struct {
			Hash common.Hash `json:"hash"`
		}
		if err := b.chain.RPC().CallContext(ctx, &content, "txpool_content"); err != nil {
			t.Fatalf("txpool_content: %v", err)
		}
		pending := make(map[common.Hash]bool)
		for _, byNonce := range content["pending"] {
			for _, tx := range byNonce {
				pending[tx.Hash] = true
			}
		}
		missing := 0
		for _, tx := range txs {
			if !pending[tx.Hash()] {
				missing++
			}
		}
		if missing == 0 {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%d of %d transactions not pending in the pool within %v", missing, len(txs), mineTimeout)
		case <-time.After(time.Millisecond):
		}
	}
}

// TestCliqueDeploysParisBytecode deploys the Registry on a real Clique chain,
// which runs pre-Shanghai rules: code with PUSH0 or MCOPY would fail there.
func TestCliqueDeploysParisBytecode(t *testing.T) {
	b := startClique(t, regulator.addr)
	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, _, err := bindings.DeployRegistry(opts, b.Client(), regulator.addr)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	receipt := b.Mine(t, tx)
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deployment receipt status %d, want success", receipt.Status)
	}
	if receipt.ContractAddress != addr {
		t.Fatalf("receipt contract address %s, want %s", receipt.ContractAddress, addr)
	}
	code, err := b.Client().CodeAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(code) == 0 {
		t.Fatal("deployed runtime code is empty")
	}
	t.Logf("Registry deployed at %s: %d bytes of runtime code, %d gas", addr, len(code), receipt.GasUsed)
}
