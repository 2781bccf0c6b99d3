// Package genesis builds the Clique genesis block shared by the embedded
// single-signer chain and the multi-node devnet.
//
// The chain runs every fork up to and including London from block 0 and none
// after it: go-ethereum v1.13.15 seals Clique blocks only under pre-merge
// rules, so Shanghai (PUSH0) and Cancun (MCOPY, transient storage) stay off and
// contracts are compiled for evmVersion "paris".
package genesis

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Defaults used when a Config field is zero.
const (
	// DefaultChainID is the chain id of a Salus network unless configured.
	DefaultChainID = 1337_2026
	// DefaultGasLimit is the block gas limit of the genesis block.
	DefaultGasLimit = 30_000_000
	// DefaultEpoch is the Clique epoch: votes reset and the signer list is
	// checkpointed into the header every Epoch blocks.
	DefaultEpoch = 30_000
)

// ErrNoSigners is returned when a genesis is requested without any signer.
var ErrNoSigners = errors.New("genesis needs at least one clique signer")

// Config describes a Clique network.
type Config struct {
	// ChainID is the EIP-155 chain id; DefaultChainID when zero.
	ChainID uint64
	// Period is the minimum number of seconds between blocks. Zero makes
	// signers seal only when transactions are pending (used by tests).
	Period uint64
	// Signers is the initial set of authorised Clique signers.
	Signers []common.Address
	// Alloc pre-funds accounts, in wei.
	Alloc map[common.Address]*big.Int
	// GasLimit is the genesis block gas limit; DefaultGasLimit when zero.
	GasLimit uint64
	// Timestamp of the genesis block, in Unix seconds.
	Timestamp uint64
}

// ChainConfig returns the go-ethereum chain rules for a Clique network with
// the given id and period.
func ChainConfig(chainID, period uint64) *params.ChainConfig {
	zero := big.NewInt(0)
	return &params.ChainConfig{
		ChainID:             new(big.Int).SetUint64(chainID),
		HomesteadBlock:      zero,
		EIP150Block:         zero,
		EIP155Block:         zero,
		EIP158Block:         zero,
		ByzantiumBlock:      zero,
		ConstantinopleBlock: zero,
		PetersburgBlock:     zero,
		IstanbulBlock:       zero,
		MuirGlacierBlock:    zero,
		BerlinBlock:         zero,
		LondonBlock:         zero,
		Clique:              &params.CliqueConfig{Period: period, Epoch: DefaultEpoch},
	}
}

// New returns the genesis block for cfg. Signers are sorted as Clique expects
// them in the extra-data field.
func New(cfg Config) (*core.Genesis, error) {
	if len(cfg.Signers) == 0 {
		return nil, ErrNoSigners
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	signers := append([]common.Address(nil), cfg.Signers...)
	sort.Slice(signers, func(i, j int) bool { return bytes.Compare(signers[i][:], signers[j][:]) < 0 })
	for i := 1; i < len(signers); i++ {
		if signers[i] == signers[i-1] {
			return nil, fmt.Errorf("duplicate signer %s", signers[i])
		}
	}
	// extra-data: 32 bytes vanity, the signer addresses, 65 bytes of seal.
	extra := make([]byte, 32, 32+len(signers)*common.AddressLength+65)
	for _, s := range signers {
		extra = append(extra, s[:]...)
	}
	extra = append(extra, make([]byte, 65)...)

	alloc := make(types.GenesisAlloc, len(cfg.Alloc))
	for addr, bal := range cfg.Alloc {
		alloc[addr] = types.Account{Balance: new(big.Int).Set(bal)}
	}
	return &core.Genesis{
		Config:     ChainConfig(cfg.ChainID, cfg.Period),
		Timestamp:  cfg.Timestamp,
		ExtraData:  extra,
		GasLimit:   cfg.GasLimit,
		Difficulty: big.NewInt(1),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}, nil
}

// Ether returns n ether in wei.
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether))
}
