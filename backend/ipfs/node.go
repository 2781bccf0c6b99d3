// Package ipfs is Salus' embedded IPFS node, built from boxo: a persistent,
// verifying block store with pins, a UnixFS importer whose CIDs equal those of
// `ipfs add --cid-version=1`, streaming file reads, a trustless HTTP gateway,
// and (unless offline) a libp2p host running bitswap so that explicitly
// connected peers can exchange blocks. There is no DHT and no garbage
// collection.
//
// A Node is built by Open, is safe for concurrent use, and lives until
// Close. Every block read from disk is hashed and checked against its CID;
// a mismatch is reported as ErrCorrupt and its bytes are never returned.
package ipfs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipfs/boxo/bitswap"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/peering"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/go-datastore/query"
	leveldb "github.com/ipfs/go-ds-leveldb"
	"github.com/libp2p/go-libp2p/core/host"
)

// datastoreDir is the directory, inside Config.Dir, of the leveldb datastore
// holding the pins (under /pins) and the block index (see packsDir).
const datastoreDir = "datastore"

// errOldLayout reports a Config.Dir written by a version of this package
// that kept blocks in the leveldb datastore.
var errOldLayout = errors.New("blocks are in the leveldb datastore (layout of an older version)")

// Node is an embedded IPFS node. Its methods are safe for concurrent use.
// After Close they return ErrClosed; readers returned by Open fail once the
// node is closed.
type Node struct {
	cfg Config
	log *slog.Logger

	ds     *leveldb.Datastore    // pins and block index
	blocks *blockPacks           // blocks
	bstore blockstore.Blockstore // blocks, verifying, with identity CIDs inline
	bserv  blockservice.BlockService
	dag    strictDAG
	pins   pin.Pinner

	host    host.Host               // nil when offline
	bswap   *bitswap.Bitswap        // nil when offline
	peering *peering.PeeringService // nil when offline

	gateway http.Handler

	// ctx lives until Close; calls in flight get a context that ends with it.
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex // guards closed
	closed bool
	calls  sync.WaitGroup // calls in flight, and background work
}

// Open builds a node from cfg: it opens the datastore in cfg.Dir and, unless
// cfg.Offline, starts a libp2p host with bitswap and begins connecting to
// cfg.Peers. ctx bounds the start-up only. On error everything already
// started is stopped again.
func Open(ctx context.Context, cfg Config) (_ *Node, err error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	n := &Node{cfg: cfg, log: cfg.logger()}
	n.ctx, n.cancel = context.WithCancel(context.WithoutCancel(ctx))
	defer func() {
		if err != nil {
			err = errors.Join(err, n.Close())
		}
	}()

	if err := n.initStore(); err != nil {
		return nil, fmt.Errorf("init store: %w", err)
	}
	if !cfg.Offline {
		if err := n.initNetwork(); err != nil {
			return nil, fmt.Errorf("init network: %w", err)
		}
	}
	if err := n.initDAG(ctx); err != nil {
		return nil, fmt.Errorf("init dag: %w", err)
	}
	if err := n.initGateway(); err != nil {
		return nil, fmt.Errorf("init gateway: %w", err)
	}
	if !cfg.Offline {
		if err := n.initPeers(); err != nil {
			return nil, fmt.Errorf("init peers: %w", err)
		}
	}
	if cfg.Offline {
		n.log.Info("ipfs node open", "dir", cfg.Dir, "offline", true)
	} else {
		n.log.Info("ipfs node open", "dir", cfg.Dir, "peer", n.host.ID(), "addrs", n.host.Addrs())
	}
	return n, nil
}

// initStore opens the leveldb datastore, which holds the pins and the block
// index, and the block packs, and builds the verifying blockstore on them.
// leveldb's lock on its directory keeps a second node out of Dir, so it is
// opened first.
func (n *Node) initStore() error {
	if err := os.MkdirAll(n.cfg.Dir, 0o700); err != nil {
		return err
	}
	ds, err := leveldb.NewDatastore(filepath.Join(n.cfg.Dir, datastoreDir), nil)
	if err != nil {
		return fmt.Errorf("open datastore: %w", err)
	}
	n.ds = ds
	if err := checkNoLeveldbBlocks(n.ctx, ds); err != nil {
		return fmt.Errorf("open %s: %w", n.cfg.Dir, err)
	}
	blocks, err := openBlockPacks(filepath.Join(n.cfg.Dir, packsDir), ds.DB)
	if err != nil {
		return fmt.Errorf("open blocks: %w", err)
	}
	n.blocks = blocks
	n.bstore = blockstore.NewIdStore(verifyingBlockstore{blocks})
	return nil
}

// checkNoLeveldbBlocks returns errOldLayout if the datastore holds blocks:
// this package does not read them, and would otherwise seem to have lost
// them. Such directories come from tests and development only; remove them
// and add the files again.
func checkNoLeveldbBlocks(ctx context.Context, d *leveldb.Datastore) error {
	res, err := d.Query(ctx, query.Query{Prefix: blockstore.BlockPrefix.String(), KeysOnly: true, Limit: 1})
	if err != nil {
		return err
	}
	defer res.Close()
	if r, ok := res.NextSync(); ok {
		if r.Error != nil {
			return r.Error
		}
		return fmt.Errorf("%w: remove the directory and add the files again", errOldLayout)
	}
	return nil
}

// initDAG builds the block service (over bitswap when online), the DAG
// service and the pinner, which loads its pins from the datastore.
func (n *Node) initDAG(ctx context.Context) error {
	// Write through: no Has before each put; see blockPacks for why.
	if n.bswap != nil {
		n.bserv = blockservice.New(n.bstore, n.bswap, blockservice.WriteThrough(true))
	} else {
		n.bserv = blockservice.New(n.bstore, nil, blockservice.WriteThrough(true))
	}
	n.dag = strictDAG{merkledag.NewDAGService(n.bserv)}
	pins, err := dspinner.New(ctx, n.ds, n.dag)
	if err != nil {
		return fmt.Errorf("open pinner: %w", err)
	}
	n.pins = pins
	return nil
}

// begin admits a call: it returns ErrClosed after Close, else a context that
// ends with ctx or with Close, and a func the call must defer.
func (n *Node) begin(ctx context.Context) (context.Context, func(), error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil, nil, ErrClosed
	}
	n.calls.Add(1)
	ctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(n.ctx, cancel)
	return ctx, func() {
		stop()
		cancel()
		n.calls.Done()
	}, nil
}

// Close cancels calls in flight, waits for them, and stops the node. It may
// be called on a partly opened node and more than once; later calls return
// nil.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	n.mu.Unlock()

	n.cancel()
	n.calls.Wait()

	var errs []error
	if n.peering != nil {
		n.peering.Stop()
	}
	if n.bswap != nil {
		if err := n.bswap.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close bitswap: %w", err))
		}
	}
	if n.host != nil {
		if err := n.host.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close host: %w", err))
		}
	}
	if n.pins != nil {
		if err := n.pins.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close pinner: %w", err))
		}
	}
	if n.blocks != nil {
		if err := n.blocks.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close blocks: %w", err))
		}
	}
	if n.ds != nil {
		if err := n.ds.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close datastore: %w", err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	n.log.Info("ipfs node closed", "dir", n.cfg.Dir)
	return nil
}

// Start lets a Node serve as a lifecycle.Service. The node already runs when
// Open returns, so Start does nothing but report ErrClosed after Close.
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	return nil
}

// Stop lets a Node serve as a lifecycle.Service: it calls Close. Close
// cancels the calls in flight, so it returns promptly; ctx is not used.
func (n *Node) Stop(ctx context.Context) error {
	return n.Close()
}
