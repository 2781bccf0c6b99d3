package network

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/salus-health/salus/devnet/genesis"
)

// Defaults applied by Up when a Config field is zero.
const (
	// DefaultSigners is the number of Clique signer nodes.
	DefaultSigners = 3
	// DefaultRPCNodes is the number of non-signing RPC nodes.
	DefaultRPCNodes = 1
	// DefaultPeriod is the Clique block period in seconds.
	DefaultPeriod = 2
	// DefaultBasePort is the first p2p port; see Config.BasePort.
	DefaultBasePort = 30400
	// DefaultReadyTimeout bounds how long Up waits for peering and blocks.
	DefaultReadyTimeout = 2 * time.Minute

	// MinSigners is the smallest signer set Up accepts: with three signers
	// the chain survives the loss of one of them.
	MinSigners = 3
	// MaxNodes is the largest number of nodes (signers plus RPC nodes): each
	// kind of port gets a block of 100 above BasePort.
	MaxNodes = 100
	// FunderBalanceEther is the genesis balance of the funder account.
	FunderBalanceEther = 1_000_000_000
)

// Port offsets from Config.BasePort. Node i listens for p2p on
// BasePort+i, for HTTP JSON-RPC on BasePort+100+i and for the (unused but
// always started) engine API on BasePort+200+i, all on 127.0.0.1.
const (
	p2pOffset  = 0
	httpOffset = 100
	authOffset = 200
)

// ErrBadConfig is returned (wrapped) by Config.Check for an unusable value.
var ErrBadConfig = errors.New("invalid devnet config")

// Config describes a devnet to create with Up. Only Dir, GethPath,
// ModuleRoot, ReadyTimeout and Progress matter when Up restarts an existing
// network: its topology, chain id and ports are read from network.json.
type Config struct {
	// Dir holds all state: bin/geth, password.txt, genesis.json, one data
	// directory per node, funder/keystore, logs/ and network.json.
	Dir string
	// Signers is the number of Clique signer nodes, at least MinSigners;
	// DefaultSigners when zero.
	Signers int
	// RPCNodes is the number of non-signing RPC nodes, at least one;
	// DefaultRPCNodes when zero.
	RPCNodes int
	// ChainID is the chain id and network id; genesis.DefaultChainID when
	// zero.
	ChainID uint64
	// Period is the Clique block period in seconds; DefaultPeriod when zero.
	Period uint64
	// BasePort places node i's p2p port at BasePort+i, its HTTP JSON-RPC at
	// BasePort+100+i and its engine API at BasePort+200+i, all on
	// 127.0.0.1; DefaultBasePort when zero.
	BasePort int
	// GethPath is a prebuilt geth v1.13.15. When empty, Up builds
	// github.com/ethereum/go-ethereum/cmd/geth into Dir/bin/geth (once) with
	// the go command, inside ModuleRoot.
	GethPath string
	// ModuleRoot is the directory of the go.mod that pins go-ethereum, used
	// to build geth. When empty it is found by walking up from the working
	// directory to the nearest go.mod.
	ModuleRoot string
	// ReadyTimeout bounds how long Up waits for all nodes to be peered and
	// blocks to advance, on top of ctx; DefaultReadyTimeout when zero.
	ReadyTimeout time.Duration
	// Progress receives human-readable progress lines; nil discards them.
	Progress io.Writer
}

// withDefaults returns cfg with every zero field set to its default.
func (cfg Config) withDefaults() Config {
	if cfg.Signers == 0 {
		cfg.Signers = DefaultSigners
	}
	if cfg.RPCNodes == 0 {
		cfg.RPCNodes = DefaultRPCNodes
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = genesis.DefaultChainID
	}
	if cfg.Period == 0 {
		cfg.Period = DefaultPeriod
	}
	if cfg.BasePort == 0 {
		cfg.BasePort = DefaultBasePort
	}
	if cfg.ReadyTimeout == 0 {
		cfg.ReadyTimeout = DefaultReadyTimeout
	}
	if cfg.Progress == nil {
		cfg.Progress = io.Discard
	}
	return cfg
}

// Check reports whether cfg, after defaults are applied, describes a
// network Up can create. Errors wrap ErrBadConfig.
func (cfg Config) Check() error {
	cfg = cfg.withDefaults()
	switch {
	case cfg.Dir == "":
		return fmt.Errorf("%w: Dir is empty", ErrBadConfig)
	case cfg.Signers < MinSigners:
		return fmt.Errorf("%w: %d signers, need at least %d", ErrBadConfig, cfg.Signers, MinSigners)
	case cfg.RPCNodes < 1:
		return fmt.Errorf("%w: %d rpc nodes, need at least 1", ErrBadConfig, cfg.RPCNodes)
	case cfg.Signers+cfg.RPCNodes > MaxNodes:
		return fmt.Errorf("%w: %d nodes, at most %d", ErrBadConfig, cfg.Signers+cfg.RPCNodes, MaxNodes)
	case cfg.BasePort < 1024 || cfg.BasePort+authOffset+cfg.Signers+cfg.RPCNodes > 65535:
		return fmt.Errorf("%w: base port %d out of range", ErrBadConfig, cfg.BasePort)
	case cfg.ReadyTimeout < 0:
		return fmt.Errorf("%w: negative ready timeout", ErrBadConfig)
	}
	return nil
}
