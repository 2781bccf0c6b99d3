package txsender

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// contractAddr is where the test contract lives in the simulated genesis.
var contractAddr = common.HexToAddress("0x5a1a5000000000000000000000000000000000c0")

// testChain is a simulated go-ethereum node with a funded key and the test
// contract, plus a counting backend in front of its client.
type testChain struct {
	sim      *simulated.Backend
	client   simulated.Client
	backend  *countingBackend
	key      *ecdsa.PrivateKey
	from     common.Address
	abi      abi.ABI
	contract *bind.BoundContract

	commitMu sync.Mutex // the simulated beacon does not support concurrent commits
}

// commit seals a block; safe for concurrent use.
func (c *testChain) commit() {
	c.commitMu.Lock()
	defer c.commitMu.Unlock()
	c.sim.Commit()
}

func newTestChain(t testing.TB) *testChain {
	t.Helper()
	return newTestChainWith(t, false)
}

// newTestChainWith is newTestChain; with overHTTP the node serves JSON-RPC on
// a loopback port and the client dials it, as a real deployment would.
func newTestChainWith(t testing.TB, overHTTP bool) *testChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	a := mustTestABI()
	var opts []func(*node.Config, *ethconfig.Config)
	var port int
	if overHTTP {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port = l.Addr().(*net.TCPAddr).Port
		l.Close()
		opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth"}
		})
	}
	sim := simulated.NewBackend(types.GenesisAlloc{
		from:         {Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))},
		contractAddr: {Code: testRuntime(a), Balance: new(big.Int)},
	}, opts...)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	if overHTTP {
		hc, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", port))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(hc.Close)
		client = hc
	}
	return &testChain{
		sim:      sim,
		client:   client,
		backend:  &countingBackend{Backend: client},
		key:      key,
		from:     from,
		abi:      a,
		contract: bind.NewBoundContract(contractAddr, a, client, client, client),
	}
}

// testConfig is a Config with fast polling and no re-broadcasting.
func (c *testChain) testConfig() Config {
	return Config{
		ChainID:          params.AllDevChainProtocolChanges.ChainID,
		ReceiptPoll:      5 * time.Millisecond,
		RebroadcastAfter: -1,
		ErrorABIs:        []*abi.ABI{&c.abi},
	}
}

// newSender returns a Sender over the counting backend with c.key registered.
func (c *testChain) newSender(t testing.TB, cfg Config) *Sender {
	t.Helper()
	s, err := New(c.backend, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.AddKey(c.key); got != c.from {
		t.Fatalf("AddKey returned %s, want %s", got, c.from)
	}
	return s
}

// newBatchingSender returns a Sender like newSender whose backend can also
// send JSON-RPC batches over the chain's client, as an *ethclient.Client
// can, so the Sender batches its hot-path calls. The chain must be served
// over HTTP (newTestChainWith).
func (c *testChain) newBatchingSender(t testing.TB, cfg Config) (*Sender, *batchingBackend) {
	t.Helper()
	rc, ok := c.client.(interface{ Client() *rpc.Client })
	if !ok {
		t.Fatalf("client %T has no JSON-RPC client", c.client)
	}
	b := &batchingBackend{countingBackend: c.backend, rpc: rc.Client()}
	s, err := New(b, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if s.calls == nil {
		t.Fatal("the Sender does not batch")
	}
	s.AddKey(c.key)
	return s, b
}

// autoMine seals a block every interval until the test ends.
func (c *testChain) autoMine(t testing.TB, every time.Duration) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				c.commit()
			}
		}
	}()
	t.Cleanup(func() { close(done); wg.Wait() })
}

// mineUntil seals blocks until every hash has a receipt.
func (c *testChain) mineUntil(t testing.TB, hashes ...common.Hash) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, h := range hashes {
		for {
			if _, err := c.client.TransactionReceipt(context.Background(), h); err == nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("tx %s not mined", h)
			}
			c.commit()
			time.Sleep(2 * time.Millisecond)
		}
	}
}

// sendExternal signs and sends a call to the test contract with nonce, from
// c.key but outside any Sender, and mines it.
func (c *testChain) sendExternal(t testing.TB, nonce uint64, data []byte) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(params.AllDevChainProtocolChanges.ChainID), &types.DynamicFeeTx{
		ChainID:   params.AllDevChainProtocolChanges.ChainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(10 * params.GWei),
		Gas:       100_000,
		To:        &contractAddr,
		Data:      data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	c.mineUntil(t, tx.Hash())
	return tx
}

// call returns a build function calling method on the test contract.
func (c *testChain) call(method string, args ...any) func(*bind.TransactOpts) (*types.Transaction, error) {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.contract.Transact(o, method, args...)
	}
}

// pack returns calldata for method.
func (c *testChain) pack(t testing.TB, method string, args ...any) []byte {
	t.Helper()
	data, err := c.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// countingBackend counts calls per method and lets a test script the answers
// to SendTransaction.
type countingBackend struct {
	Backend
	pendingNonce, code, tip, header, estimate, send, receipt, call atomic.Int64

	mu        sync.Mutex
	sendHooks []sendHook // consumed one per SendTransaction, in order
	sendFunc  sendHook   // if set, handles sends once sendHooks is empty
}

// sendHook replaces one SendTransaction; forward sends to the real node.
type sendHook func(tx *types.Transaction, forward func() error) error

// onEverySend makes hook handle every SendTransaction after the queued ones.
func (b *countingBackend) onEverySend(hook sendHook) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sendFunc = hook
}

// onNextSend queues hooks for the next SendTransaction calls.
func (b *countingBackend) onNextSend(hooks ...sendHook) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sendHooks = append(b.sendHooks, hooks...)
}

func (b *countingBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	b.pendingNonce.Add(1)
	return b.Backend.PendingNonceAt(ctx, a)
}

func (b *countingBackend) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	b.code.Add(1)
	return b.Backend.CodeAt(ctx, a, n)
}

func (b *countingBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	b.tip.Add(1)
	return b.Backend.SuggestGasTipCap(ctx)
}

func (b *countingBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	b.header.Add(1)
	return b.Backend.HeaderByNumber(ctx, n)
}

func (b *countingBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.estimate.Add(1)
	return b.Backend.EstimateGas(ctx, msg)
}

func (b *countingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.send.Add(1)
	forward := func() error { return b.Backend.SendTransaction(ctx, tx) }
	b.mu.Lock()
	hook := b.sendFunc
	if len(b.sendHooks) > 0 {
		hook, b.sendHooks = b.sendHooks[0], b.sendHooks[1:]
	}
	b.mu.Unlock()
	if hook != nil {
		return hook(tx, forward)
	}
	return forward()
}

func (b *countingBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	b.receipt.Add(1)
	return b.Backend.TransactionReceipt(ctx, h)
}

func (b *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	b.call.Add(1)
	return b.Backend.CallContract(ctx, msg, n)
}

// batchingBackend is a countingBackend that also sends JSON-RPC batches,
// counting them and the calls they carry per method. Send hooks do not apply
// to batched sends.
type batchingBackend struct {
	*countingBackend
	rpc              *rpc.Client
	batches, batched atomic.Int64

	mu      sync.Mutex
	methods map[string]int
}

func (b *batchingBackend) BatchCallContext(ctx context.Context, elems []rpc.BatchElem) error {
	b.batches.Add(1)
	b.batched.Add(int64(len(elems)))
	b.mu.Lock()
	if b.methods == nil {
		b.methods = make(map[string]int)
	}
	for _, el := range elems {
		b.methods[el.Method]++
	}
	b.mu.Unlock()
	return b.rpc.BatchCallContext(ctx, elems)
}

// calls returns how many calls of method went out in batches.
func (b *batchingBackend) calls(method string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.methods[method]
}

// failSend is a hook answering err without reaching the node.
func failSend(err error) sendHook {
	return func(*types.Transaction, func() error) error { return err }
}

// dropSend is a hook that reports success but never reaches the node, as if
// the node dropped the transaction.
func dropSend(*types.Transaction, func() error) error { return nil }

// errString is an error with a fixed message, like those decoded from
// JSON-RPC responses.
type errString string

func (e errString) Error() string { return string(e) }
