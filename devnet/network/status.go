package network

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// statusTimeout bounds the JSON-RPC calls Status makes to one node.
const statusTimeout = 2 * time.Second

// NodeStatus is what Status found out about one node.
type NodeStatus struct {
	// Name, Role and RPCURL identify the node.
	Name   string `json:"name"`
	Role   Role   `json:"role"`
	RPCURL string `json:"rpcUrl"`
	// PID is the process id from the node's pid file; zero when none.
	PID int `json:"pid,omitempty"`
	// Running reports whether that process is alive.
	Running bool `json:"running"`
	// Head is the node's latest block number and HeadHash its hash.
	Head     uint64      `json:"head"`
	HeadHash common.Hash `json:"headHash"`
	// Peers is the node's devp2p peer count.
	Peers int `json:"peers"`
	// Signers is the Clique signer set at the node's head.
	Signers []common.Address `json:"signers,omitempty"`
	// Err describes why the fields above could not be read from a running
	// node (for example while it is starting); empty when they were.
	Err string `json:"error,omitempty"`
}

// Status reports every node, in network order. A node whose process is not
// running is reported as such, not as an error; JSON-RPC failures of a
// running node go into NodeStatus.Err. Nodes are queried concurrently, each
// with a short timeout. The error is non-nil only when ctx ends.
func (n *Network) Status(ctx context.Context) ([]NodeStatus, error) {
	out := make([]NodeStatus, len(n.nodes))
	var wg sync.WaitGroup
	for i, nd := range n.nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = nodeStatus(ctx, n, nd)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("devnet status: %w", err)
	}
	return out, nil
}

func nodeStatus(ctx context.Context, n *Network, nd Node) NodeStatus {
	st := NodeStatus{Name: nd.Name, Role: nd.Role, RPCURL: nd.RPCURL()}
	pid, running := n.nodePID(nd)
	if pid == 0 {
		return st
	}
	st.PID, st.Running = pid, running
	if !running {
		return st
	}
	ctx, cancel := context.WithTimeout(ctx, statusTimeout)
	defer cancel()
	c, err := rpc.DialContext(ctx, nd.RPCURL())
	if err != nil {
		st.Err = err.Error()
		return st
	}
	defer c.Close()
	ec := ethclient.NewClient(c)
	var errs []string
	if h, err := ec.HeaderByNumber(ctx, nil); err != nil {
		errs = append(errs, "head: "+err.Error())
	} else {
		st.Head, st.HeadHash = h.Number.Uint64(), h.Hash()
	}
	if p, err := ec.PeerCount(ctx); err != nil {
		errs = append(errs, "peers: "+err.Error())
	} else {
		st.Peers = int(p)
	}
	if err := c.CallContext(ctx, &st.Signers, "clique_getSigners", nil); err != nil {
		errs = append(errs, "signers: "+err.Error())
	}
	st.Err = strings.Join(errs, "; ")
	return st
}

// call runs fn with a client of nd bounded by timeout.
func call(ctx context.Context, nd Node, timeout time.Duration, fn func(context.Context, *rpc.Client) error) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := rpc.DialContext(ctx, nd.RPCURL())
	if err != nil {
		return err
	}
	defer c.Close()
	return fn(ctx, c)
}

func blockNumber(ctx context.Context, nd Node) (uint64, error) {
	var num uint64
	err := call(ctx, nd, statusTimeout, func(ctx context.Context, c *rpc.Client) error {
		var err error
		num, err = ethclient.NewClient(c).BlockNumber(ctx)
		return err
	})
	return num, err
}

func peerCount(ctx context.Context, nd Node) (int, error) {
	var p uint64
	err := call(ctx, nd, statusTimeout, func(ctx context.Context, c *rpc.Client) error {
		var err error
		p, err = ethclient.NewClient(c).PeerCount(ctx)
		return err
	})
	return int(p), err
}

// connect asks, through admin_addPeer, every running node to dial each node
// in targets and each target to dial every other node. The static peers in
// config.toml do the same; this makes peering immediate after a restart
// instead of waiting for geth's redial back-off (up to 35 s).
func (n *Network) connect(ctx context.Context, targets []Node) error {
	isTarget := make(map[string]bool, len(targets))
	for _, t := range targets {
		isTarget[t.Name] = true
	}
	var errs []error
	for _, from := range n.nodes {
		if _, ok := n.nodePID(from); !ok {
			continue
		}
		for _, to := range n.nodes {
			if from.Name == to.Name || !(isTarget[from.Name] || isTarget[to.Name]) {
				continue
			}
			err := call(ctx, from, statusTimeout, func(ctx context.Context, c *rpc.Client) error {
				var ok bool
				return c.CallContext(ctx, &ok, "admin_addPeer", to.Enode)
			})
			if err != nil {
				errs = append(errs, fmt.Errorf("admin_addPeer %s -> %s: %w", from.Name, to.Name, err))
			}
		}
	}
	return errors.Join(errs...)
}

// waitPeered waits until nd has at least as many peers as there are other
// running nodes.
func (n *Network) waitPeered(ctx context.Context, nd Node, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		want := 0
		for _, o := range n.nodes {
			if _, ok := n.nodePID(o); ok && o.Name != nd.Name {
				want++
			}
		}
		got, err := peerCount(ctx, nd)
		if err == nil && got >= want {
			n.logf("node %s peered with %d nodes", nd.Name, got)
			return nil
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			return fmt.Errorf("waiting for peers (%d/%d): %w", got, want, err)
		}
	}
}

// waitReady waits until every node runs and is peered with all others,
// and then until all nodes agree on the block two heights above the highest
// head seen when they were all peered. Two blocks, because a signer cannot
// seal two in a row: each node must have imported a block from a peer,
// which a geth v1.13 node does only after its first sync (see package doc).
func (n *Network) waitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	want := len(n.nodes) - 1
	var (
		lastMsg string
		target  uint64
		peered  bool
		heads   []uint64
	)
	for {
		var msg string
		full, hs, err := n.poll(ctx, want)
		if err == nil {
			heads = hs
		}
		switch {
		case err != nil:
			if errors.Is(err, ErrNodeExited) {
				return err
			}
			msg = fmt.Sprintf("waiting for nodes: %v", err)
		case full < len(n.nodes):
			msg = fmt.Sprintf("waiting for peers %d/%d…", full, len(n.nodes))
		case !peered:
			peered, target = true, slices.Max(heads)+2
			msg = fmt.Sprintf("all %d nodes peered; waiting for block %d everywhere…", len(n.nodes), target)
		case slices.Min(heads) >= target:
			if same, err := n.sameBlock(ctx, slices.Min(heads)); err == nil && same {
				n.logf("blocks advancing: all nodes agree on block %d (heads %v)", slices.Min(heads), heads)
				return nil
			}
		}
		if msg != "" && msg != lastMsg {
			n.logf("%s", msg)
			lastMsg = msg
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			if lastMsg == "" {
				lastMsg = "waiting for blocks"
			}
			return fmt.Errorf("%s (heads %v): %w", strings.TrimSuffix(lastMsg, "…"), heads, err)
		}
	}
}

// poll returns how many nodes have at least want peers, and every node's
// head. It fails with ErrNodeExited if a node is not running.
func (n *Network) poll(ctx context.Context, want int) (full int, heads []uint64, err error) {
	heads = make([]uint64, len(n.nodes))
	for i, nd := range n.nodes {
		if _, ok := n.nodePID(nd); !ok {
			return 0, nil, fmt.Errorf("%w: %s is not running; end of %s:\n%s", ErrNodeExited, nd.Name, nd.LogFile, logTail(nd.LogFile, 15))
		}
		p, err := peerCount(ctx, nd)
		if err != nil {
			return 0, nil, fmt.Errorf("%s: %w", nd.Name, err)
		}
		if p >= want {
			full++
		}
		if heads[i], err = blockNumber(ctx, nd); err != nil {
			return 0, nil, fmt.Errorf("%s: %w", nd.Name, err)
		}
	}
	return full, heads, nil
}

// sameBlock reports whether every node has the same block at height num.
func (n *Network) sameBlock(ctx context.Context, num uint64) (bool, error) {
	var first common.Hash
	for i, nd := range n.nodes {
		var h *types.Header
		err := call(ctx, nd, statusTimeout, func(ctx context.Context, c *rpc.Client) error {
			var err error
			h, err = ethclient.NewClient(c).HeaderByNumber(ctx, new(big.Int).SetUint64(num))
			return err
		})
		if err != nil {
			return false, err
		}
		if i == 0 {
			first = h.Hash()
		} else if h.Hash() != first {
			return false, nil
		}
	}
	return true, nil
}

// Head returns the latest block header of the named node.
func (n *Network) Head(ctx context.Context, name string) (*types.Header, error) {
	nd, err := n.Node(name)
	if err != nil {
		return nil, err
	}
	var h *types.Header
	err = call(ctx, nd, statusTimeout, func(ctx context.Context, c *rpc.Client) error {
		var err error
		h, err = ethclient.NewClient(c).HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("head of %s: %w", name, err)
	}
	return h, nil
}
