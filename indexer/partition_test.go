package indexer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/rpc"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/cliqueinfo"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/devnet/network"
	"github.com/salus-health/salus/devnet/network/networktest"
	"github.com/salus-health/salus/indexer/store"
)

// TestIndexAcrossANetworkPartition runs the 3-signer + 1 RPC node devnet
// (geth processes on loopback), deploys the contracts and keeps two streams
// of Salus transactions going: licences sent to the RPC node, grants and
// revocations sent to a signer. It then cuts the network in two with
// admin_removePeer on both ends of every link between the halves: one
// signer with the RPC node (a minority, which can seal at most one block of
// its own: floor(3/2)) and the two other signers (a majority, which keeps
// sealing). Indexers on SQLite and PostgreSQL follow the RPC node throughout
// and index the minority's block. The network is healed with admin_addPeer,
// the nodes converge on the majority's chain, and the indexers roll the
// minority's block back. Each index then equals a fresh index of the same
// blocks read from another node (a majority signer).
//
// Everything runs on 127.0.0.1; every wait is bounded. About a minute with
// a warm Go build cache; skipped with -short.
func TestIndexAcrossANetworkPartition(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	began := time.Now()
	n := networktest.Start(t, network.Config{Period: 1}) // skips in -short mode
	t.Logf("devnet up in %v", time.Since(began).Round(time.Millisecond))
	pn := newPartitionNet(ctx, t, n)

	// Deploy through the RPC node; license a provider; fund a patient.
	funderKey, err := n.FunderKey()
	if err != nil {
		t.Fatal(err)
	}
	regulator := party{key: funderKey, addr: crypto.PubkeyToAddress(funderKey.PublicKey)}
	provider, patient := newParty(), newParty()
	rpcClient := pn.clients["rpc-1"]
	sender, err := txsender.New(rpcClient, txsender.Config{ChainID: new(big.Int).SetUint64(n.ChainID()),
		MinTipCap: big.NewInt(2_000_000_000), ReceiptPoll: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	sender.AddKey(regulator.key)
	manifest, err := deploy.Run(ctx, rpcClient, sendWaiter{sender}, deploy.Roles{Deployer: regulator.addr, Regulator: regulator.addr}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	registryABI, _ := bindings.RegistryMetaData.GetAbi()
	grantsABI, _ := bindings.AccessGrantsMetaData.GetAbi()
	until := future(365 * 24 * time.Hour)
	license, _ := registryABI.Pack("license", provider.addr, uint8(roleProvider), "partition clinic", [32]byte{1}, until)
	registry, grantsAddr := manifest.Address("Registry"), manifest.Address("AccessGrants")
	for _, tx := range []struct {
		to    common.Address
		data  []byte
		value *big.Int
	}{{registry, license, nil}, {patient.addr, nil, new(big.Int).Mul(big.NewInt(1e18), big.NewInt(100))}} {
		p, err := sender.Send(ctx, regulator.addr, &tx.to, tx.data, tx.value, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sender.Wait(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("deployed and prepared at %v", time.Since(began).Round(time.Millisecond))

	// Indexers on both databases follow the RPC node.
	type followed struct {
		driver string
		gdb    *gorm.DB
		ix     *Indexer
	}
	var ixs []followed
	for _, driver := range dbtest.Drivers {
		gdb := dbtest.Open(t, driver)
		ix := newIndexer(t, Config{Manifest: manifest, PollInterval: 100 * time.Millisecond, Logger: testLogger(t)}, rpcClient, gdb)
		if err := ix.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer ix.Stop(context.Background())
		ixs = append(ixs, followed{driver, gdb, ix})
	}

	// Two streams of transactions, four a second each: licences of fresh
	// accounts by the regulator through the RPC node, grants and
	// revocations by the patient through signer-2.
	licences := startStream(ctx, t, rpcClient, n.ChainID(), regulator.key, registry, func(i int) []byte {
		data, _ := registryABI.Pack("license", crypto.PubkeyToAddress(newParty().key.PublicKey), uint8(1+i%8), fmt.Sprint("clinic ", i), [32]byte{2}, until)
		return data
	})
	grants := startStream(ctx, t, pn.clients["signer-2"], n.ChainID(), patient.key, grantsAddr, func(i int) []byte {
		if i%2 == 1 {
			data, _ := grantsABI.Pack("revoke", provider.addr, uint8(1))
			return data
		}
		data, _ := grantsABI.Pack("grant", provider.addr, uint32(1+i%100), uint8(1), until)
		return data
	})
	pn.sleep(ctx, 3*time.Second)

	// Partition. Right after a block arrives, the signer that did not seal
	// it joins the RPC node; it can seal the next block on its side.
	fork := pn.partition(ctx, t)
	t.Logf("partitioned at %v: minority %s + rpc-1, fork above block %d", time.Since(began).Round(time.Millisecond), fork.minority, fork.base)
	minorityBlocks, minorityLogs := pn.waitFork(ctx, t, fork)
	t.Logf("minority block(s) %v with %d Salus logs; majority sealing on", minorityBlocks, minorityLogs)
	for _, f := range ixs {
		waitIndexedHash(ctx, t, f.ix, minorityBlocks[len(minorityBlocks)-1])
		if rows := rowsOfBlocks(t, f.gdb, minorityBlocks); rows < minorityLogs {
			t.Errorf("%s: %d rows of the minority's blocks indexed, want %d", f.driver, rows, minorityLogs)
		}
	}
	pn.sleep(ctx, 4*time.Second) // the majority's branch grows

	// Heal; the RPC node switches to the majority's chain.
	healed := time.Now()
	pn.heal(ctx, t)
	height := pn.waitConverged(ctx, t, fork.base+uint64(len(minorityBlocks))+3)
	t.Logf("healed; all nodes on one chain at height %d after %v", height, time.Since(healed).Round(time.Millisecond))
	licences.stop(ctx, t, pn.clients["signer-2"])
	grants.stop(ctx, t, pn.clients["rpc-1"])
	t.Logf("streams mined: %d licences, %d grants and revocations", licences.sent, grants.sent)

	// Every index equals a fresh index of the same blocks from signer-2.
	head, err := rpcClient.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ixs {
		waitIndexed(t, f.ix, head.Number.Uint64())
		if err := f.ix.Stop(ctx); err != nil {
			t.Fatalf("%s: stop: %v", f.driver, err)
		}
		st := f.ix.Status()
		if st.Reorgs < 1 || st.DeepestReorg < uint64(len(minorityBlocks)) || st.DeepestReorg > 2 {
			t.Errorf("%s: %d reorganisations, deepest %d; want at least one of depth %d", f.driver, st.Reorgs, st.DeepestReorg, len(minorityBlocks))
		}
		if rows := rowsOfBlocks(t, f.gdb, minorityBlocks); rows != 0 {
			t.Errorf("%s: %d rows of the minority's blocks remain", f.driver, rows)
		}
		cur, _, err := store.NewView(f.gdb).Cursor(ctx)
		if err != nil {
			t.Fatal(err)
		}
		canon, err := pn.clients["signer-2"].HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
		if err != nil || canon.Hash().Hex() != cur.Hash {
			t.Fatalf("%s: cursor %+v is not on signer-2's chain (%v)", f.driver, cur, err)
		}
		fresh := dbtest.Open(t, f.driver)
		fx := newIndexer(t, Config{Manifest: manifest, Logger: testLogger(t)}, cappedSource{pn.clients["signer-2"], cur.Number}, fresh)
		started := false
		if err := pass(ctx, fx, &started); err != nil {
			t.Fatal(err)
		}
		got, want := dump(t, ctx, f.gdb), dump(t, ctx, fresh)
		if d := diffDumps(got, want); d != "" {
			t.Fatalf("%s: index followed across the partition differs from a fresh index:\n%s", f.driver, d)
		}
		t.Logf("%s: %d reorganisation(s), deepest %d; equal to a fresh index from signer-2 up to block %d (%d rows)",
			f.driver, st.Reorgs, st.DeepestReorg, cur.Number, rowCount(got))
	}
	t.Logf("done in %v", time.Since(began).Round(time.Millisecond))
}

// partitionNet drives the devnet's links through each node's admin API.
type partitionNet struct {
	n       *network.Network
	nodes   map[string]network.Node
	clients map[string]*ethclient.Client
	rpcs    map[string]*rpc.Client
}

func newPartitionNet(ctx context.Context, t *testing.T, n *network.Network) *partitionNet {
	pn := &partitionNet{n: n, nodes: map[string]network.Node{}, clients: map[string]*ethclient.Client{}, rpcs: map[string]*rpc.Client{}}
	for _, nd := range n.Nodes() {
		c, err := rpc.DialContext(ctx, nd.RPCURL())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		pn.nodes[nd.Name], pn.rpcs[nd.Name], pn.clients[nd.Name] = nd, c, ethclient.NewClient(c)
	}
	return pn
}

// fork describes a partition: the minority signer (with rpc-1) and the
// last block both halves share.
type fork struct {
	minority string
	majority []string
	base     uint64
}

// groups returns the two halves of the partition.
func (f fork) groups() [2][]string {
	return [2][]string{{f.minority, "rpc-1"}, f.majority}
}

// partition waits for a new head at rpc-1, picks a signer that did not seal
// it as the minority, and cuts every link between {minority, rpc-1} and the
// two other signers, on both ends (admin_removePeer also drops the node
// from the static set the devnet configures, so neither end redials).
func (pn *partitionNet) partition(ctx context.Context, t *testing.T) fork {
	t.Helper()
	c := pn.clients["rpc-1"]
	h0, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var head *types.Header
	pn.waitFor(ctx, t, 10*time.Second, "a new block", func() bool {
		head, err = c.HeaderByNumber(ctx, nil)
		return err == nil && head.Number.Cmp(h0.Number) > 0
	})
	sealer, err := cliqueinfo.Signer(head)
	if err != nil {
		t.Fatal(err)
	}
	f := fork{base: head.Number.Uint64()}
	for _, s := range pn.n.Signers() {
		if s.Address != sealer && f.minority == "" {
			f.minority = s.Name
		} else {
			f.majority = append(f.majority, s.Name)
		}
	}
	pn.cut(ctx, t, f)
	return f
}

// cut removes the links between the halves until admin_peers shows none
// (an end that redialled before the other end forgot it is removed again).
func (pn *partitionNet) cut(ctx context.Context, t *testing.T, f fork) {
	t.Helper()
	g := f.groups()
	pn.waitFor(ctx, t, 15*time.Second, "the partition", func() bool {
		clean := true
		for i, side := range g {
			for _, a := range side {
				for _, b := range g[1-i] {
					var ok bool
					if err := pn.rpcs[a].CallContext(ctx, &ok, "admin_removePeer", pn.nodes[b].Enode); err != nil {
						t.Fatalf("admin_removePeer %s -> %s: %v", a, b, err)
					}
				}
			}
		}
		for i, side := range g {
			for _, a := range side {
				for _, b := range g[1-i] {
					if pn.peered(ctx, t, a, b) {
						clean = false
					}
				}
			}
		}
		return clean
	})
}

// heal adds every link back, on both ends.
func (pn *partitionNet) heal(ctx context.Context, t *testing.T) {
	t.Helper()
	for a := range pn.nodes {
		for b, nd := range pn.nodes {
			if a != b {
				var ok bool
				if err := pn.rpcs[a].CallContext(ctx, &ok, "admin_addPeer", nd.Enode); err != nil {
					t.Fatalf("admin_addPeer %s -> %s: %v", a, b, err)
				}
			}
		}
	}
}

// peered reports whether node a has node b as a peer.
func (pn *partitionNet) peered(ctx context.Context, t *testing.T, a, b string) bool {
	t.Helper()
	var peers []p2p.PeerInfo
	if err := pn.rpcs[a].CallContext(ctx, &peers, "admin_peers"); err != nil {
		t.Fatalf("admin_peers %s: %v", a, err)
	}
	id := enode.MustParse(pn.nodes[b].Enode).ID().String()
	return slices.ContainsFunc(peers, func(p p2p.PeerInfo) bool { return p.ID == id })
}

// waitFork waits until rpc-1's chain has a block above the fork's base that
// the majority does not have, the majority's chain is longer, and the
// minority can seal no more (its signer sealed the block); it returns the
// hashes of the minority's blocks above the base and their Salus logs.
func (pn *partitionNet) waitFork(ctx context.Context, t *testing.T, f fork) ([]common.Hash, int) {
	t.Helper()
	minority, majority := pn.clients["rpc-1"], pn.clients[f.majority[0]]
	var blocks []common.Hash
	pn.waitFor(ctx, t, 90*time.Second, "competing branches", func() bool {
		mh, err1 := minority.HeaderByNumber(ctx, nil)
		jh, err2 := majority.HeaderByNumber(ctx, nil)
		if err1 != nil || err2 != nil || mh.Number.Uint64() <= f.base || jh.Number.Cmp(mh.Number) <= 0 {
			return false
		}
		blocks = nil
		for k := f.base + 1; k <= mh.Number.Uint64(); k++ {
			a, err1 := minority.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
			b, err2 := majority.HeaderByNumber(ctx, new(big.Int).SetUint64(k))
			if err1 != nil || err2 != nil {
				return false
			}
			if a.Hash() != b.Hash() {
				blocks = append(blocks, a.Hash())
			}
		}
		return len(blocks) > 0
	})
	logs := 0
	for _, h := range blocks {
		l, err := minority.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &h})
		if err != nil {
			t.Fatal(err)
		}
		logs += len(l)
	}
	return blocks, logs
}

// waitConverged waits until every node's head is at least minHeight and
// all agree on the block at the lowest head; it returns that height.
func (pn *partitionNet) waitConverged(ctx context.Context, t *testing.T, minHeight uint64) uint64 {
	t.Helper()
	var height uint64
	pn.waitFor(ctx, t, 90*time.Second, "all nodes on one chain", func() bool {
		low := uint64(0)
		first := true
		for _, c := range pn.clients {
			num, err := c.BlockNumber(ctx)
			if err != nil {
				return false
			}
			if first || num < low {
				low, first = num, false
			}
		}
		if low < minHeight {
			return false
		}
		var hash common.Hash
		for _, c := range pn.clients {
			h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(low))
			if err != nil || (hash != common.Hash{} && h.Hash() != hash) {
				return false
			}
			hash = h.Hash()
		}
		height = low
		return true
	})
	return height
}

func (pn *partitionNet) waitFor(ctx context.Context, t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		pn.sleep(ctx, 100*time.Millisecond)
	}
}

func (pn *partitionNet) sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// waitIndexedHash waits until ix has indexed the block with this hash.
func waitIndexedHash(ctx context.Context, t *testing.T, ix *Indexer, hash common.Hash) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for ix.Status().IndexedHash != hash {
		if st := ix.Status(); st.Stopped || time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("block %s not indexed: status %+v", hash, st)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// rowsOfBlocks counts event rows and stored blocks with these hashes.
func rowsOfBlocks(t *testing.T, gdb *gorm.DB, hashes []common.Hash) int {
	t.Helper()
	var hs []string
	for _, h := range hashes {
		hs = append(hs, h.Hex())
	}
	total := 0
	for _, m := range store.EventModels() {
		var n int64
		if err := gdb.Model(m).Where("block_hash IN ?", hs).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		total += int(n)
	}
	return total
}

// stream sends one transaction every 250 ms from one account to one node,
// with nonces it counts itself, until stopped.
type stream struct {
	cancel context.CancelFunc
	done   chan struct{}
	addr   common.Address
	mu     sync.Mutex
	sent   int
	next   uint64 // the next nonce
	err    error
}

// startStream starts sending data(i) for i = 0, 1, … to contract to.
func startStream(ctx context.Context, t *testing.T, c *ethclient.Client, chainID uint64, key *ecdsa.PrivateKey, to common.Address, data func(i int) []byte) *stream {
	t.Helper()
	s := &stream{done: make(chan struct{}), addr: crypto.PubkeyToAddress(key.PublicKey)}
	nonce, err := c.PendingNonceAt(ctx, s.addr)
	if err != nil {
		t.Fatal(err)
	}
	s.next = nonce
	sctx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	go func() {
		defer close(s.done)
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for i := 0; i < 2_000; i++ { // bounded: 2,000 sends at most
			select {
			case <-sctx.Done():
				return
			case <-tick.C:
			}
			tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: s.next,
				GasTipCap: big.NewInt(2_000_000_000), GasFeeCap: big.NewInt(100_000_000_000), Gas: 300_000, To: &to, Data: data(i)})
			if err == nil {
				err = c.SendTransaction(sctx, tx)
			}
			s.mu.Lock()
			if err != nil && sctx.Err() == nil && !errors.Is(err, context.Canceled) {
				s.err = fmt.Errorf("send nonce %d: %w", s.next, err)
				s.mu.Unlock()
				return
			}
			if err == nil {
				s.sent++
				s.next++
			}
			s.mu.Unlock()
		}
	}()
	return s
}

// stop ends the stream and waits until its transactions are mined, as seen
// by node c (and not just by the node they were sent to).
func (s *stream) stop(ctx context.Context, t *testing.T, c *ethclient.Client) {
	t.Helper()
	s.cancel()
	<-s.done
	if s.err != nil && !strings.Contains(s.err.Error(), "context canceled") {
		t.Fatal(s.err)
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		n, err := c.NonceAt(ctx, s.addr, nil)
		if err == nil && n >= s.next {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("stream of %s: nonce %d after 90 s, want %d (%v)", s.addr, n, s.next, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// cappedSource is a node whose head is held at block cap: a fresh index of
// exactly the blocks another index covers.
type cappedSource struct {
	*ethclient.Client
	cap uint64
}

func (c cappedSource) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if number == nil {
		number = new(big.Int).SetUint64(c.cap)
	}
	if number.Uint64() > c.cap {
		return nil, ethereum.NotFound
	}
	return c.Client.HeaderByNumber(ctx, number)
}

func (c cappedSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock != nil && q.ToBlock.Uint64() > c.cap {
		q.ToBlock = new(big.Int).SetUint64(c.cap)
	}
	return c.Client.FilterLogs(ctx, q)
}
