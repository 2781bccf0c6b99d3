package tests

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
)

// Client is what the tests need from a chain connection: contract calls and
// transactions, receipts and code, headers and the chain id.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
}

// Backend is a chain the contract tests run on.
type Backend interface {
	// Client returns the connection to the chain.
	Client() Client
	// Mine waits until tx is included and returns its receipt.
	Mine(t testing.TB, tx *types.Transaction) *types.Receipt
	// MineTogether calls send, which sends transactions without waiting
	// for them, while no block is sealed; then mines them all in one block
	// and returns their receipts in the order send returned them.
	MineTogether(t testing.TB, send func() []*types.Transaction) []*types.Receipt
	// AdvanceTime moves chain time forward by at least d before the next
	// block, and mines that block, so that calls at the latest block see the
	// new time.
	AdvanceTime(t testing.TB, d time.Duration)
}

// backendFactory starts a fresh chain on which funded accounts hold ether.
type backendFactory struct {
	name  string
	start func(t testing.TB, funded ...common.Address) Backend
}

// backends lists the chains every Registry test runs on; clique_test.go adds
// the Clique one.
var backends = []backendFactory{{name: "simulated", start: startSimulated}}

// simBackend adapts go-ethereum's simulated backend, which seals a block only
// on Commit.
type simBackend struct {
	sim *simulated.Backend
}

func startSimulated(t testing.TB, funded ...common.Address) Backend {
	t.Helper()
	alloc := make(types.GenesisAlloc, len(funded))
	for _, a := range funded {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() {
		if err := sim.Close(); err != nil {
			t.Errorf("close simulated backend: %v", err)
		}
	})
	return &simBackend{sim: sim}
}

func (b *simBackend) Client() Client { return b.sim.Client() }

func (b *simBackend) Mine(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	b.sim.Commit()
	receipt, err := b.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s after commit: %v", tx.Hash(), err)
	}
	return receipt
}

// MineTogether commits one block after send: the simulated backend seals
// nothing on its own.
func (b *simBackend) MineTogether(t testing.TB, send func() []*types.Transaction) []*types.Receipt {
	t.Helper()
	txs := send()
	b.sim.Commit()
	receipts := make([]*types.Receipt, len(txs))
	for i, tx := range txs {
		receipt, err := b.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
		if err != nil {
			t.Fatalf("receipt of %s after commit: %v", tx.Hash(), err)
		}
		receipts[i] = receipt
	}
	return receipts
}

func (b *simBackend) AdvanceTime(t testing.TB, d time.Duration) {
	t.Helper()
	// AdjustTime in go-ethereum v1.13.15 adds uint64(d) to the parent's
	// timestamp, which is in seconds: pass a whole number of seconds as the
	// Duration's raw value, rounded up. It also seals the next block.
	secs := (d + time.Second - 1) / time.Second
	// The simulated backend refuses to move time while its pool still lists
	// a transaction that was in fact just mined ("non-empty block"); the
	// pool catches up within milliseconds, so retry briefly.
	for deadline := time.Now().Add(2 * time.Second); ; {
		err := b.sim.AdjustTime(secs)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			t.Fatalf("adjust time: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// account is a test key with its address.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// newAccount derives a fixed key from name, so that addresses, signatures and
// therefore gas figures are the same on every run.
func newAccount(name string) account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("salus/contracts/tests/" + name)))
	if err != nil {
		panic(err)
	}
	return account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Test accounts. All of them are funded on every backend.
var (
	regulator = newAccount("regulator")
	provider  = newAccount("provider")
	lab       = newAccount("lab")
	stranger  = newAccount("stranger")
	patient   = newAccount("patient")
	device    = newAccount("device")
	clock     = newAccount("clock") // sends the empty transactions that move Clique time
)

func fundedAddresses() []common.Address {
	return []common.Address{
		regulator.addr, provider.addr, lab.addr, stranger.addr, patient.addr, device.addr, clock.addr,
	}
}

// transactOpts returns signing options for from on the backend's chain.
func transactOpts(t testing.TB, b Backend, from account) *bind.TransactOpts {
	t.Helper()
	chainID, err := b.Client().ChainID(context.Background())
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(from.key, chainID)
	if err != nil {
		t.Fatal(err)
	}
	opts.Context = context.Background()
	return opts
}

// chainNow returns the timestamp the next block will have at the least: the
// latest block's time, or the wall clock if later (a Clique chain with period
// 0 seals no block while idle, so its head can be old).
func chainNow(t testing.TB, b Backend) uint64 {
	t.Helper()
	head, err := b.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatalf("latest header: %v", err)
	}
	return max(head.Time, uint64(time.Now().Unix()))
}

// blockTime returns the timestamp of the block a receipt belongs to.
func blockTime(t testing.TB, b Backend, r *types.Receipt) uint64 {
	t.Helper()
	head, err := b.Client().HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		t.Fatalf("header %v: %v", r.BlockNumber, err)
	}
	return head.Time
}
