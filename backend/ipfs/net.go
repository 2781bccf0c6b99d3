package ipfs

import (
	"context"
	"fmt"
	"time"

	"github.com/ipfs/boxo/bitswap"
	bsnet "github.com/ipfs/boxo/bitswap/network/bsnet"
	"github.com/ipfs/boxo/peering"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
)

// peerDialTimeout bounds the first, logged connection attempt to each of
// Config.Peers; the peering service keeps retrying after it.
const peerDialTimeout = 30 * time.Second

// initNetwork starts the libp2p host (TCP only, no relay, no metrics) with
// the persisted identity, and bitswap on it. Bitswap has no content routing:
// it asks connected peers only.
func (n *Node) initNetwork() error {
	key, err := loadIdentity(n.cfg.Dir)
	if err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	h, err := libp2p.New(
		libp2p.Identity(key),
		libp2p.ListenAddrStrings(n.cfg.listenAddrs()...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.DisableRelay(),
		libp2p.DisableMetrics(),
	)
	if err != nil {
		return fmt.Errorf("libp2p host: %w", err)
	}
	n.host = h
	n.bswap = bitswap.New(n.ctx, bsnet.NewFromIpfsHost(h), nil, n.bstore)
	return nil
}

// initPeers hands Config.Peers to a peering service, which keeps the
// connections up, and logs the outcome of a first attempt to each.
func (n *Node) initPeers() error {
	infos, err := n.cfg.peerInfos()
	if err != nil {
		return err
	}
	n.peering = peering.NewPeeringService(n.host)
	for _, ai := range infos {
		n.peering.AddPeer(ai)
	}
	if err := n.peering.Start(); err != nil {
		return err
	}
	for _, ai := range infos {
		n.calls.Go(func() {
			ctx, cancel := context.WithTimeout(n.ctx, peerDialTimeout)
			defer cancel()
			if err := n.host.Connect(ctx, ai); err != nil {
				n.log.Warn("connect to peer failed; will retry", "peer", ai.ID, "err", err)
				return
			}
			n.log.Info("connected to peer", "peer", ai.ID)
		})
	}
	return nil
}

// AddrInfo returns the node's peer ID and listen addresses, for another
// node's Connect or Config.Peers. It is the zero value when offline.
func (n *Node) AddrInfo() peer.AddrInfo {
	if n.host == nil {
		return peer.AddrInfo{}
	}
	return peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}
}

// Connect dials the peer described by ai, so bitswap can exchange blocks
// with it. It returns ErrOffline when the node is offline. The connection is
// not re-established if it drops; use Config.Peers for that.
func (n *Node) Connect(ctx context.Context, ai peer.AddrInfo) error {
	if n.host == nil {
		return ErrOffline
	}
	ctx, done, err := n.begin(ctx)
	if err != nil {
		return err
	}
	defer done()
	if err := n.host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect %s: %w", ai.ID, err)
	}
	return nil
}
