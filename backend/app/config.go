// Package app assembles the Salus processes from their parts: the embedded
// stack (`salus run`: in-process Clique chain, contract deployment, REST API)
// and the API against an external node (`salus serve`).
package app

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"time"

	"github.com/salus-health/salus/backend/api"
)

// Config is the flat configuration of the embedded stack. Each field mirrors
// a command-line flag and a SALUS_… environment variable (see backend/cli).
type Config struct {
	// DataDir holds the chain database, keystore, credentials and the
	// deployment manifest (SALUS_DATA_DIR, default ./.salus).
	DataDir string
	// RPCAddr is where the embedded chain serves standard eth_* JSON-RPC
	// over HTTP (SALUS_RPC_ADDR, default 127.0.0.1:8545); empty disables it.
	RPCAddr string
	// ChainID of a new embedded chain (SALUS_CHAIN_ID). An existing data
	// directory keeps the chain id it was created with.
	ChainID uint64
	// BlockPeriod is the Clique period in seconds (SALUS_BLOCK_PERIOD,
	// default 2); 0 seals blocks only when transactions are pending.
	BlockPeriod uint64
	// KeystorePassword encrypts every key (SALUS_KEYSTORE_PASSWORD). When
	// empty, a random password is generated on first start and kept in
	// DataDir/keystore-password (0600) — convenient for development, not for
	// production, where the password should come from a secret store.
	KeystorePassword string
	// LightScrypt derives keystore keys with cheap scrypt parameters
	// (SALUS_LIGHT_SCRYPT). For tests and devnets only.
	LightScrypt bool
	// EthRPC, when set, is the JSON-RPC URL of an external node (any
	// Ethereum-compatible chain, e.g. a devnet RPC node): no embedded chain
	// is started, and the contracts must already be deployed (salus deploy)
	// unless Deploy is set (SALUS_ETH_RPC).
	EthRPC string
	// Deploy lets a stack on an external node deploy what the manifest
	// lacks, from the regulator account (which must hold ether there).
	Deploy bool
	// Manifest is the deployment manifest path; DataDir/deployment.json when
	// empty (SALUS_MANIFEST).
	Manifest string
	// API configures the REST server (SALUS_API_…).
	API api.Config
	// StopTimeout bounds an orderly shutdown (SALUS_STOP_TIMEOUT).
	StopTimeout time.Duration

	// DBDriver is "sqlite" (default) or "postgres" (SALUS_DB_DRIVER).
	DBDriver string
	// DBDSN is the SQLite file (default DataDir/salus.db) or a PostgreSQL
	// connection string (SALUS_DB_DSN).
	DBDSN string
	// IPFSOffline runs the IPFS node without libp2p: no other node can fetch
	// its blocks (SALUS_IPFS_OFFLINE).
	IPFSOffline bool
	// IPFSListen are the libp2p listen multiaddrs (SALUS_IPFS_LISTEN,
	// default /ip4/127.0.0.1/tcp/0).
	IPFSListen []string
	// IPFSPeers are IPFS nodes (multiaddr ending in /p2p/<id>) to stay
	// connected to (SALUS_IPFS_PEERS).
	IPFSPeers []string
	// AuditAnchorInterval is how often the read audit is anchored on chain
	// (SALUS_AUDIT_ANCHOR_INTERVAL, default 1m); 0 disables anchoring.
	AuditAnchorInterval time.Duration
	// PublicURL is the URL wallets see for sign-in (SALUS_PUBLIC_URL); the
	// API's own address over http when empty. Sign-In with Ethereum messages
	// must name its host as domain and it as URI.
	PublicURL string
	// SessionTTL is how long a wallet session lasts (SALUS_SESSION_TTL,
	// default 15m).
	SessionTTL time.Duration

	// NoIndex leaves indexing to a standalone `salus index` process
	// (SALUS_NO_INDEX).
	NoIndex bool
	// IndexDBDriver and IndexDBDSN select the indexer's database
	// (SALUS_INDEX_DB_DRIVER, SALUS_INDEX_DB_DSN); default an SQLite file
	// DataDir/index.db, apart from salus.db so that deleting it rebuilds the
	// index from the chain.
	IndexDBDriver string
	IndexDBDSN    string
	// IndexConfirmations is the embedded indexer's confirmation depth
	// (SALUS_INDEX_CONFIRMATIONS); 0 derives it from the Clique signer set,
	// floor(N/2)+1. IndexPollInterval is how often it polls the head once
	// caught up (SALUS_INDEX_POLL_INTERVAL); 0: the indexer's default, 1s.
	IndexConfirmations uint64
	IndexPollInterval  time.Duration

	// WebhookAllowPrivate lets webhooks reach loopback, private and
	// link-local addresses (SALUS_WEBHOOK_ALLOW_PRIVATE). On by default so
	// that a receiver on the developer's machine or the devnet works; turn
	// it off in production, where it would let any institution make the
	// backend call its internal network.
	WebhookAllowPrivate bool
	// WebhookConfirmations is how deep a block must be before its claim
	// events are delivered (SALUS_WEBHOOK_CONFIRMATIONS); 0 derives it from
	// the Clique signer set, floor(N/2)+1, as the indexer does.
	WebhookConfirmations uint64

	// Treasury names the keystore account that mints and burns settlement
	// tokens (SALUS_TREASURY, default "regulator": the deployment grants the
	// regulator TREASURY_ROLE). The account must hold that role.
	Treasury string
}

// DefaultConfig returns the defaults of `salus run`.
func DefaultConfig() Config {
	return Config{
		DataDir:     ".salus",
		RPCAddr:     "127.0.0.1:8545",
		BlockPeriod: 2,
		API:         api.DefaultConfig(),
		StopTimeout: 30 * time.Second,

		AuditAnchorInterval: time.Minute,
		SessionTTL:          15 * time.Minute,
		WebhookAllowPrivate: true,
		Treasury:            RegulatorAccount,
	}
}

// Check reports configuration errors a person can fix.
func (c Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data directory must be set (SALUS_DATA_DIR)"))
	}
	if c.RPCAddr != "" {
		if _, _, err := net.SplitHostPort(c.RPCAddr); err != nil {
			errs = append(errs, fmt.Errorf("RPC address %q: %v (SALUS_RPC_ADDR, e.g. 127.0.0.1:8545)", c.RPCAddr, err))
		}
	}
	if c.BlockPeriod > 3600 {
		errs = append(errs, fmt.Errorf("block period %ds is more than an hour (SALUS_BLOCK_PERIOD)", c.BlockPeriod))
	}
	if c.StopTimeout <= 0 {
		errs = append(errs, errors.New("stop timeout must be positive (SALUS_STOP_TIMEOUT)"))
	}
	if c.DBDriver != "" || c.DBDSN != "" {
		if err := c.dbConfig().Check(); err != nil {
			errs = append(errs, fmt.Errorf("database: %w (SALUS_DB_DRIVER, SALUS_DB_DSN)", err))
		}
	}
	if c.IndexDBDriver != "" || c.IndexDBDSN != "" {
		if err := c.indexDBConfig().Check(); err != nil {
			errs = append(errs, fmt.Errorf("index database: %w (SALUS_INDEX_DB_DRIVER, SALUS_INDEX_DB_DSN)", err))
		}
	}
	if c.IndexPollInterval < 0 {
		errs = append(errs, errors.New("index poll interval must not be negative (SALUS_INDEX_POLL_INTERVAL)"))
	}
	if c.IPFSOffline && len(c.IPFSPeers) > 0 {
		errs = append(errs, errors.New("IPFS peers are given but the node is offline (SALUS_IPFS_PEERS, SALUS_IPFS_OFFLINE)"))
	}
	if c.AuditAnchorInterval < 0 {
		errs = append(errs, errors.New("audit anchor interval must not be negative (SALUS_AUDIT_ANCHOR_INTERVAL)"))
	}
	if c.SessionTTL < 0 || c.SessionTTL > 24*time.Hour {
		errs = append(errs, errors.New("session TTL must be between 0 (default) and 24h (SALUS_SESSION_TTL)"))
	}
	if err := c.API.Check(); err != nil {
		errs = append(errs, fmt.Errorf("api: %w", err))
	}
	return errors.Join(errs...)
}

// Paths inside the data directory.
func (c Config) chainDir() string        { return filepath.Join(c.DataDir, "chain") }
func (c Config) keystoreDir() string     { return filepath.Join(c.DataDir, "keystore") }
func (c Config) passwordFile() string    { return filepath.Join(c.DataDir, "keystore-password") }
func (c Config) credentialsFile() string { return filepath.Join(c.DataDir, "credentials.json") }
func (c Config) manifestFile() string {
	if c.Manifest != "" {
		return c.Manifest
	}
	return filepath.Join(c.DataDir, "deployment.json")
}
func (c Config) regulatorTokenFile() string { return filepath.Join(c.DataDir, "regulator.token") }
