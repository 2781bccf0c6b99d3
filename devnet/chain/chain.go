// Package chain runs a real single-signer Geth Clique node inside the current
// process: the chain behind `salus run` and behind the integration tests.
//
// The node is go-ethereum v1.13.15's node + eth services with the clique
// engine, full sync, archive mode (no state pruning, hash state scheme) and a
// data directory that survives restarts. Its genesis is written to the data
// directory on first start and read back afterwards, so a restarted chain
// resumes from the same head.
//
// A Chain is built with New, then Start; Stop shuts it down. It is safe for
// concurrent use once started.
package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/downloader"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/salus-health/salus/devnet/genesis"
)

// GenesisFile is the name, inside the data directory, of the genesis the
// chain was initialised with.
const GenesisFile = "genesis.json"

// ErrGenesisMismatch is returned when the data directory holds a chain whose
// genesis differs from the configuration (another chain id or signer).
var ErrGenesisMismatch = errors.New("data directory holds a different chain")

// Config configures an embedded chain.
type Config struct {
	// DataDir keeps the chain database and genesis.json. Empty means a
	// throw-away in-memory chain.
	DataDir string
	// ChainID of a new chain; genesis.DefaultChainID when zero.
	ChainID uint64
	// Period is the Clique block period in seconds; 0 seals a block as soon
	// as a transaction is pending.
	Period uint64
	// Signer is the Clique signer key. Its address is the only signer in the
	// genesis of a new chain.
	Signer *ecdsa.PrivateKey
	// Alloc pre-funds accounts in the genesis of a new chain (wei).
	Alloc map[common.Address]*big.Int
	// HTTPHost and HTTPPort expose standard eth/net/web3/txpool JSON-RPC.
	// An empty host disables the HTTP endpoint; port 0 picks a free port.
	HTTPHost string
	HTTPPort int
	// GasCeil is the block gas limit the signer aims for; 30M when zero.
	GasCeil uint64
}

// Chain is a running embedded Clique node.
type Chain struct {
	cfg     Config
	signer  common.Address
	genesis *core.Genesis

	mu      sync.Mutex
	stack   *node.Node
	backend *eth.Ethereum
	rpc     *rpc.Client
	client  *ethclient.Client
}

// New prepares a chain; nothing runs until Start.
func New(cfg Config) (*Chain, error) {
	if cfg.Signer == nil {
		return nil, errors.New("chain: signer key is required")
	}
	signer := crypto.PubkeyToAddress(cfg.Signer.PublicKey)
	g, err := loadOrCreateGenesis(cfg, signer)
	if err != nil {
		return nil, fmt.Errorf("init genesis: %w", err)
	}
	return &Chain{cfg: cfg, signer: signer, genesis: g}, nil
}

// loadOrCreateGenesis reads DataDir/genesis.json, or builds a new genesis and
// writes it there. A stored genesis must name the configured signer.
func loadOrCreateGenesis(cfg Config, signer common.Address) (*core.Genesis, error) {
	path := ""
	if cfg.DataDir != "" {
		path = filepath.Join(cfg.DataDir, GenesisFile)
		if raw, err := os.ReadFile(path); err == nil {
			g := new(core.Genesis)
			if err := json.Unmarshal(raw, g); err != nil {
				return nil, fmt.Errorf("read %s: %w", path, err)
			}
			if cfg.ChainID != 0 && g.Config.ChainID.Uint64() != cfg.ChainID {
				return nil, fmt.Errorf("%w: chain id %d, configured %d", ErrGenesisMismatch, g.Config.ChainID, cfg.ChainID)
			}
			if !signerInExtra(g.ExtraData, signer) {
				return nil, fmt.Errorf("%w: %s is not a genesis signer", ErrGenesisMismatch, signer)
			}
			return g, nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	alloc := map[common.Address]*big.Int{signer: genesis.Ether(1_000_000_000)}
	for a, v := range cfg.Alloc {
		alloc[a] = v
	}
	g, err := genesis.New(genesis.Config{
		ChainID:   cfg.ChainID,
		Period:    cfg.Period,
		Signers:   []common.Address{signer},
		Alloc:     alloc,
		Timestamp: 0,
	})
	if err != nil {
		return nil, err
	}
	if path != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return nil, err
		}
		raw, err := json.MarshalIndent(g, "", "  ")
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, raw, 0o600); err != nil {
			return nil, err
		}
	}
	return g, nil
}

func signerInExtra(extra []byte, signer common.Address) bool {
	const vanity, seal = 32, 65
	if len(extra) < vanity+seal {
		return false
	}
	list := extra[vanity : len(extra)-seal]
	for i := 0; i+common.AddressLength <= len(list); i += common.AddressLength {
		if common.BytesToAddress(list[i:i+common.AddressLength]) == signer {
			return true
		}
	}
	return false
}

// Start opens the database, starts the node and begins sealing.
func (c *Chain) Start(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack != nil {
		return errors.New("chain: already started")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "salus"
	nodeCfg.DataDir = c.cfg.DataDir
	nodeCfg.IPCPath = ""
	nodeCfg.HTTPHost = c.cfg.HTTPHost
	nodeCfg.HTTPPort = c.cfg.HTTPPort
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool"}
	nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeCfg.WSHost = ""
	nodeCfg.AuthPort = 0
	// The embedded chain is a single signer: no peers, no discovery, no
	// listening socket.
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}

	stack, err := node.New(&nodeCfg)
	if err != nil {
		return fmt.Errorf("init node: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = c.genesis
	ethCfg.NetworkId = c.genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = downloader.FullSync
	// Archive: keep every state (DESIGN.md: a crash must not lose state).
	// Archive mode requires the hash state scheme in v1.13.
	ethCfg.NoPruning = true
	ethCfg.StateScheme = rawdb.HashScheme
	ethCfg.Preimages = true
	ethCfg.Miner.Etherbase = c.signer
	if c.cfg.GasCeil != 0 {
		ethCfg.Miner.GasCeil = c.cfg.GasCeil
	}
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return fmt.Errorf("init eth: %w", err)
	}
	// eth_getLogs, eth_newFilter and friends live in the filters service,
	// which go-ethereum's command line registers separately.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem, false)}})

	if err := stack.Start(); err != nil {
		stack.Close()
		return fmt.Errorf("start node: %w", err)
	}
	if err := c.startSealing(backend); err != nil {
		stack.Close()
		return fmt.Errorf("start sealing: %w", err)
	}
	c.stack, c.backend = stack, backend
	c.rpc = stack.Attach()
	c.client = ethclient.NewClient(c.rpc)
	return nil
}

// startSealing authorises the clique engine with the signer key and starts
// the miner. It replaces eth.StartMining, which insists on finding the key in
// the node's account manager.
func (c *Chain) startSealing(backend *eth.Ethereum) error {
	var cl *clique.Clique
	switch e := backend.Engine().(type) {
	case *clique.Clique:
		cl = e
	case *beacon.Beacon:
		cl, _ = e.InnerEngine().(*clique.Clique)
	}
	if cl == nil {
		return errors.New("consensus engine is not clique")
	}
	key := c.cfg.Signer
	cl.Authorize(c.signer, func(_ accounts.Account, _ string, msg []byte) ([]byte, error) {
		return crypto.Sign(crypto.Keccak256(msg), key)
	})
	backend.TxPool().SetGasTip(ethconfig.Defaults.Miner.GasPrice)
	backend.Miner().SetEtherbase(c.signer)
	backend.Miner().Start()
	return nil
}

// Stop stops sealing and closes the node and its database. It is safe to
// call on a chain that never started or already stopped.
func (c *Chain) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil {
		return nil
	}
	c.backend.Miner().Stop()
	c.rpc.Close()
	done := make(chan error, 1)
	stack := c.stack
	go func() { done <- stack.Close() }()
	c.stack, c.backend, c.rpc, c.client = nil, nil, nil, nil
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("stop chain: %w", ctx.Err())
	}
}

// Client returns an in-process JSON-RPC client; nil before Start.
func (c *Chain) Client() *ethclient.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.client
}

// RPC returns the in-process raw RPC client; nil before Start.
func (c *Chain) RPC() *rpc.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.rpc
}

// RPCURL returns the HTTP JSON-RPC URL, or "" when HTTP is disabled.
func (c *Chain) RPCURL() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil || c.cfg.HTTPHost == "" {
		return ""
	}
	return c.stack.HTTPEndpoint()
}

// Signer returns the Clique signer address.
func (c *Chain) Signer() common.Address { return c.signer }

// ChainID returns the chain id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.genesis.Config.ChainID) }

// Genesis returns the genesis the chain runs on.
func (c *Chain) Genesis() *core.Genesis { return c.genesis }

// Head returns the current head header of the local chain.
func (c *Chain) Head() *types.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return nil
	}
	return c.backend.BlockChain().CurrentHeader()
}
