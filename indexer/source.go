package indexer

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// Source is what the indexer reads from a node: standard eth_* JSON-RPC
// only, so any Ethereum-compatible node serves. *ethclient.Client satisfies
// it; tests use a scripted fake. Implementations must be safe for
// concurrent use (headers are fetched in parallel).
type Source interface {
	// ChainID returns the chain id (eth_chainId).
	ChainID(ctx context.Context) (*big.Int, error)
	// HeaderByNumber returns the canonical header at number, or the head
	// for nil (eth_getBlockByNumber); ethereum.NotFound when the node has no
	// such block.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// FilterLogs returns the logs matching q (eth_getLogs), either over a
	// block range of the canonical chain or of one block by hash.
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}
