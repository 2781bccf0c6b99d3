package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chain"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/devnet/genesis"
)

// Registry roles the benchmark licenses.
const (
	roleProvider     = 1
	roleManufacturer = 4
)

// account is a key and its address.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount() (account, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return account{}, err
	}
	return account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

// env is the running chain with the Salus contracts deployed and the
// parties of the generated history.
type env struct {
	cfg      config
	log      *progress
	dir      string
	chain    *chain.Chain
	rpc      *rpc.Client       // HTTP JSON-RPC, as a standalone indexer dials it
	client   *ethclient.Client // the same connection, typed
	chainID  *big.Int
	manifest *deploy.Manifest
	sender   *txsender.Sender

	regulator    account   // deploys, licenses, submits readings
	manufacturer account   // holds every batch; the devices' owner
	provider     account   // receives the patients' grants
	devices      []account // sign readings; not funded
	patients     []account // grant and revoke
	batches      [][32]byte

	drugBatches *bindings.DrugBatches
	grantsABI   *abi.ABI
	batchesABI  *abi.ABI
}

// sendWaiter adapts the Sender to deploy.Sender.
type sendWaiter struct{ s *txsender.Sender }

func (w sendWaiter) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	p, err := w.s.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return w.s.Wait(ctx, p)
}

// startEnv starts a fresh embedded chain (block period 0: a block as soon as
// transactions are pending) in a temporary directory with HTTP JSON-RPC on a
// free loopback port, deploys the contracts and prepares the parties:
// a licensed manufacturer with devices bound to it and batches registered, a
// licensed provider, funded patients.
func startEnv(ctx context.Context, cfg config, log *progress) (_ *env, err error) {
	e := &env{cfg: cfg, log: log}
	if e.dir, err = os.MkdirTemp("", "salus-benchindex-"); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, e.close())
		}
	}()
	for _, a := range []*account{&e.regulator, &e.manufacturer, &e.provider} {
		if *a, err = newAccount(); err != nil {
			return nil, err
		}
	}
	for range cfg.Devices {
		a, err := newAccount()
		if err != nil {
			return nil, err
		}
		e.devices = append(e.devices, a)
	}
	for range cfg.Patients {
		a, err := newAccount()
		if err != nil {
			return nil, err
		}
		e.patients = append(e.patients, a)
	}
	signer, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	alloc := map[common.Address]*big.Int{}
	for _, a := range append([]account{e.regulator, e.manufacturer, e.provider}, e.patients...) {
		alloc[a.addr] = genesis.Ether(1_000_000)
	}
	e.chain, err = chain.New(chain.Config{DataDir: e.dir, Signer: signer, Alloc: alloc, HTTPHost: "127.0.0.1", Period: 0})
	if err != nil {
		return nil, err
	}
	if err := e.chain.Start(ctx); err != nil {
		e.chain = nil
		return nil, fmt.Errorf("start chain: %w", err)
	}
	e.chainID = e.chain.ChainID()
	// No gzip on loopback: compressing every answer costs the node and the
	// client CPU time (both measured sides alike) and saves nothing.
	hc := &http.Client{Transport: &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 16}}
	if e.rpc, err = rpc.DialOptions(ctx, e.chain.RPCURL(), rpc.WithHTTPClient(hc)); err != nil {
		return nil, err
	}
	e.client = ethclient.NewClient(e.rpc)
	log.printf("chain %d in %s, JSON-RPC at %s", e.chainID, e.dir, e.chain.RPCURL())

	if e.sender, err = txsender.New(e.client, txsender.Config{ChainID: e.chainID, ReceiptPoll: 10 * time.Millisecond}); err != nil {
		return nil, err
	}
	for _, a := range []account{e.regulator, e.manufacturer, e.provider} {
		e.sender.AddKey(a.key)
	}
	roles := deploy.Roles{Deployer: e.regulator.addr, Regulator: e.regulator.addr}
	if e.manifest, err = deploy.Run(ctx, e.client, sendWaiter{e.sender}, roles, nil, nil); err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if e.grantsABI, err = bindings.AccessGrantsMetaData.GetAbi(); err != nil {
		return nil, err
	}
	if e.batchesABI, err = bindings.DrugBatchesMetaData.GetAbi(); err != nil {
		return nil, err
	}
	if e.drugBatches, err = bindings.NewDrugBatches(e.manifest.Address("DrugBatches"), e.client); err != nil {
		return nil, err
	}
	log.printf("contracts deployed up to block %d", e.manifest.DeploymentBlock)
	return e, e.prepare(ctx)
}

// prepare licenses the manufacturer and the provider, binds the devices to
// the manufacturer and registers the batches.
func (e *env) prepare(ctx context.Context) error {
	registry, err := bindings.NewRegistry(e.manifest.Address("Registry"), e.client)
	if err != nil {
		return err
	}
	until := uint64(time.Now().Add(365 * 24 * time.Hour).Unix())
	var pending []*txsender.Pending
	transact := func(from account, build func(*bind.TransactOpts) (*types.Transaction, error)) error {
		p, err := e.sender.Transact(ctx, from.addr, build)
		if err != nil {
			return err
		}
		pending = append(pending, p)
		return nil
	}
	wait := func() error {
		for _, p := range pending {
			if _, err := e.sender.Wait(ctx, p); err != nil {
				return err
			}
		}
		pending = nil
		return nil
	}
	if err := transact(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return registry.License(o, e.manufacturer.addr, roleManufacturer, "bench manufacturer", [32]byte{1}, until)
	}); err != nil {
		return err
	}
	if err := transact(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return registry.License(o, e.provider.addr, roleProvider, "bench provider", [32]byte{2}, until)
	}); err != nil {
		return err
	}
	if err := wait(); err != nil {
		return fmt.Errorf("license: %w", err)
	}
	for i, d := range e.devices {
		if err := transact(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return registry.RegisterDevice(o, d.addr, e.manufacturer.addr, [32]byte{byte(i)})
		}); err != nil {
			return err
		}
	}
	if err := wait(); err != nil {
		return fmt.Errorf("bind devices: %w", err)
	}
	for i := range e.cfg.Batches {
		gtin := gtinWithCheck(950600013000 + uint64(i))
		lot := fmt.Sprintf("BENCH-%d", i)
		reg := bindings.IDrugBatchesBatchRegistration{
			Gtin: gtin, Lot: lot, ManufacturedAt: uint64(time.Now().Add(-24 * time.Hour).Unix()),
			ExpiresAt: uint64(time.Now().Add(200 * 24 * time.Hour).Unix()), PackCount: 1000,
			MinTemperature: 200, MaxTemperature: 800, SerialRoot: [32]byte{0xee, byte(i)},
			CertificateCid: append([]byte{1, 0x55, 0x12, 0x20}, crypto.Keccak256([]byte(lot))...),
		}
		if err := transact(e.manufacturer, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.drugBatches.RegisterBatch(o, reg)
		}); err != nil {
			return err
		}
		e.batches = append(e.batches, batchID(gtin, lot))
	}
	if err := wait(); err != nil {
		return fmt.Errorf("register batches: %w", err)
	}
	e.log.printf("licensed 2 parties, bound %d devices, registered %d batches", len(e.devices), len(e.batches))
	return nil
}

// batchID is keccak256(abi.encode(uint64 gtin, string lot)).
func batchID(gtin uint64, lot string) [32]byte {
	u64, _ := abi.NewType("uint64", "", nil)
	str, _ := abi.NewType("string", "", nil)
	enc, err := abi.Arguments{{Type: u64}, {Type: str}}.Pack(gtin, lot)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(enc)
}

// gtinWithCheck appends the GS1 check digit to 13 data digits.
func gtinWithCheck(data uint64) uint64 {
	sum, rest := uint64(0), data
	for i := 0; i < 13; i++ {
		d := rest % 10
		rest /= 10
		if i%2 == 0 {
			sum += 3 * d
		} else {
			sum += d
		}
	}
	return data*10 + (10-sum%10)%10
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
