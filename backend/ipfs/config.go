package ipfs

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// DefaultListenAddrs are the libp2p listen addresses used when
// Config.ListenAddrs is empty: TCP on loopback, port chosen by the system.
var DefaultListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}

// Config configures a Node. The zero value is not usable: Dir is required.
type Config struct {
	// Dir holds everything the node keeps: the blocks (Dir/blocks), the
	// leveldb datastore of pins and block index (Dir/datastore) and the
	// libp2p identity key (Dir/identity.key). It is created if missing.
	// Only one Node may use a Dir at a time. A Dir written before blocks
	// moved out of the datastore is refused.
	Dir string

	// Offline runs without libp2p and bitswap: only blocks already in Dir
	// can be read, and Connect returns ErrOffline.
	Offline bool

	// ListenAddrs are the libp2p multiaddrs to listen on; only TCP is
	// supported. Empty means DefaultListenAddrs. Ignored when Offline.
	ListenAddrs []string

	// Peers are multiaddrs ending in /p2p/<peer id> that the node connects to
	// after Open and reconnects to whenever the connection drops. Failures
	// are logged, not returned. Must be empty when Offline.
	Peers []string

	// Logger receives the node's logs; nil discards them.
	Logger *slog.Logger

	// Metrics receives the gateway's Prometheus metrics; nil keeps them in
	// a private registry. libp2p metrics are disabled.
	Metrics prometheus.Registerer
}

// Check reports the first problem that would prevent Open from using c.
func (c Config) Check() error {
	if c.Dir == "" {
		return errors.New("dir is required")
	}
	if c.Offline {
		if len(c.Peers) > 0 {
			return errors.New("peers given but node is offline")
		}
		return nil
	}
	for _, s := range c.ListenAddrs {
		if _, err := ma.NewMultiaddr(s); err != nil {
			return fmt.Errorf("listen addr %q: %w", s, err)
		}
	}
	if _, err := c.peerInfos(); err != nil {
		return err
	}
	return nil
}

// listenAddrs returns ListenAddrs or the default.
func (c Config) listenAddrs() []string {
	if len(c.ListenAddrs) == 0 {
		return DefaultListenAddrs
	}
	return c.ListenAddrs
}

// peerInfos parses Peers, merging addresses of the same peer.
func (c Config) peerInfos() ([]peer.AddrInfo, error) {
	addrs := make([]ma.Multiaddr, 0, len(c.Peers))
	for _, s := range c.Peers {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("peer %q: %w", s, err)
		}
		addrs = append(addrs, a)
	}
	infos, err := peer.AddrInfosFromP2pAddrs(addrs...)
	if err != nil {
		return nil, fmt.Errorf("peers: %w", err)
	}
	return infos, nil
}

// logger returns Logger or one that discards.
func (c Config) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}
