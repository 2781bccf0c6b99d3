package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chain"
	"github.com/salus-health/salus/devnet/genesis"
)

// licenseRef is the licence reference of every benchmark write.
var licenseRef = common.Hash{0x1c}

// env is the running chain with the deployed Registry and the clients both
// sides use.
type env struct {
	cfg      config
	progress *progress
	dir      string
	chain    *chain.Chain

	rpc      *rpc.Client       // HTTP JSON-RPC client of the node
	client   *ethclient.Client // the same connection, typed
	metered  *meteredBackend   // client with per-method call accounting
	chainID  *big.Int
	abi      *abi.ABI // Registry ABI
	regKey   *ecdsa.PrivateKey
	reg      common.Address // regulator: sends every benchmark write
	registry common.Address
	binding  *bindings.Registry
}

// startEnv starts a fresh chain in a temporary directory, dials its HTTP
// endpoint and deploys the Registry with the regulator as admin.
func startEnv(ctx context.Context, cfg config, p *progress) (_ *env, err error) {
	e := &env{cfg: cfg, progress: p}
	if e.dir, err = os.MkdirTemp("", "salus-bench-"); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, e.close())
		}
	}()
	signer, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if e.regKey, err = crypto.GenerateKey(); err != nil {
		return nil, err
	}
	e.reg = crypto.PubkeyToAddress(e.regKey.PublicKey)
	if e.abi, err = bindings.RegistryMetaData.GetAbi(); err != nil {
		return nil, err
	}

	e.chain, err = chain.New(chain.Config{
		DataDir:  e.dir,
		Signer:   signer,
		Alloc:    map[common.Address]*big.Int{e.reg: genesis.Ether(1_000_000)},
		HTTPHost: "127.0.0.1",
		HTTPPort: 0,
		Period:   cfg.Period,
	})
	if err != nil {
		return nil, err
	}
	if err := e.chain.Start(ctx); err != nil {
		e.chain = nil
		return nil, err
	}
	e.chainID = e.chain.ChainID()
	url := e.chain.RPCURL()
	p.printf("chain %d started in %s, JSON-RPC at %s", e.chainID, e.dir, url)

	if e.rpc, err = rpc.DialContext(ctx, url); err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	e.client = ethclient.NewClient(e.rpc)
	e.metered = &meteredBackend{Client: e.client}

	s, err := e.newSender()
	if err != nil {
		return nil, err
	}
	ctor, err := e.abi.Pack("", e.reg)
	if err != nil {
		return nil, err
	}
	code := append(common.FromHex(bindings.RegistryMetaData.Bin), ctor...)
	pending, err := s.Send(ctx, e.reg, nil, code, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("deploy Registry: %w", err)
	}
	receipt, err := s.Wait(ctx, pending)
	if err != nil {
		return nil, fmt.Errorf("deploy Registry: %w", err)
	}
	e.registry, _ = pending.ContractAddress()
	if e.binding, err = bindings.NewRegistry(e.registry, e.client); err != nil {
		return nil, err
	}
	p.printf("Registry deployed at %s in block %d (%d gas)", e.registry, receipt.BlockNumber, receipt.GasUsed)
	return e, nil
}

// newSender returns a new Sender over the metered client that signs for the
// regulator, polling receipts at the benchmark's interval. Otherwise it has
// the default configuration: it batches its calls, since the metered client
// can (txsender.BatchCaller).
func (e *env) newSender() (*txsender.Sender, error) { return e.newSenderWith(false) }

// newSenderWith is newSender, with batching turned off if noBatch.
func (e *env) newSenderWith(noBatch bool) (*txsender.Sender, error) {
	cfg := txsender.Config{
		ChainID:     e.chainID,
		ErrorABIs:   []*abi.ABI{e.abi},
		ReceiptPoll: e.cfg.Poll,
	}
	if noBatch {
		cfg.MaxBatch = -1
	}
	s, err := txsender.New(e.metered, cfg)
	if err != nil {
		return nil, err
	}
	s.AddKey(e.regKey)
	return s, nil
}

// profilePath names the CPU profile of a timed phase, "" without -cpuprofile.
func (e *env) profilePath(round int, side string) string {
	if e.cfg.Profile == "" {
		return ""
	}
	return fmt.Sprintf("%s.%d%s.pprof", e.cfg.Profile, round, strings.ReplaceAll(side, "*", "star"))
}

// close stops the chain and deletes its directory.
func (e *env) close() error {
	var errs []error
	if e.rpc != nil {
		e.rpc.Close()
	}
	if e.chain != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		errs = append(errs, e.chain.Stop(ctx))
	}
	if e.dir != "" {
		errs = append(errs, os.RemoveAll(e.dir))
	}
	return errors.Join(errs...)
}

// freshAddresses returns n random addresses, in practice never seen before.
func freshAddresses(n int) ([]common.Address, error) {
	out := make([]common.Address, n)
	for i := range out {
		if _, err := rand.Read(out[i][:]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// licenseWrite is one Registry.license call of a timed phase.
type licenseWrite struct {
	account    common.Address
	role       uint8
	name       string
	validUntil uint64
}

// newWrites returns n license writes for fresh accounts. Names have the same
// length on every side (side is at most two bytes), so every write costs the
// same gas.
func newWrites(side string, round, n int) ([]licenseWrite, error) {
	accts, err := freshAddresses(n)
	if err != nil {
		return nil, err
	}
	until := uint64(time.Now().Add(365 * 24 * time.Hour).Unix())
	out := make([]licenseWrite, n)
	for i := range out {
		out[i] = licenseWrite{
			account:    accts[i],
			role:       uint8(1 + i%8),
			name:       fmt.Sprintf("bench %-2s%02d %07d", side, round, i),
			validUntil: until,
		}
	}
	return out, nil
}
