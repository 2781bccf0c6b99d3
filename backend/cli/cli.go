// Package cli defines the subcommands of the salus binary. Every setting is a
// flag with a SALUS_… environment variable of the same name; nothing else in
// Salus reads the environment.
package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	ucli "github.com/urfave/cli/v2"

	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/backend/auth"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/keys"
	"github.com/salus-health/salus/backend/lifecycle"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/devnet/network"
)

// App returns the command-line application.
func App(stdout, stderr io.Writer) *ucli.App {
	return &ucli.App{
		Name:      "salus",
		Usage:     "healthcare smart-contract backend on a private Clique network",
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*ucli.Command{
			runCommand(),
			serveCommand(),
			deployCommand(),
			ipfsCommand(),
			indexCommand(),
			devnetCommand(),
			accountsCommand(),
		},
	}
}

func env(name string) []string { return []string{"SALUS_" + name} }

var (
	dataDirFlag  = &ucli.StringFlag{Name: "data-dir", Value: ".salus", EnvVars: env("DATA_DIR"), Usage: "chain database, keystore, credentials and deployment manifest"}
	passwordFlag = &ucli.StringFlag{Name: "keystore-password", EnvVars: env("KEYSTORE_PASSWORD"), Usage: "password of every key in the keystore (default: generated into DATA_DIR/keystore-password)"}
	logLevelFlag = &ucli.StringFlag{Name: "log-level", Value: "warn", EnvVars: env("LOG_LEVEL"), Usage: "debug, info, warn or error"}
)

func logger(c *ucli.Context) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.String(logLevelFlag.Name))); err != nil {
		return nil, fmt.Errorf("log level %q: use debug, info, warn or error", c.String(logLevelFlag.Name))
	}
	h := slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: lvl})
	// go-ethereum logs through its own package-level logger (x/exp/slog in
	// v1.13); give it the same level and stream. Setting a package-level
	// logger is main's job, so it happens here and only here.
	gethlog.SetDefault(gethlog.NewLogger(gethlog.NewTerminalHandlerWithLevel(c.App.ErrWriter, gethlog.FromLegacyLevel(legacyLevel(lvl)), false)))
	return slog.New(h), nil
}

// apiFlags are the REST server's flags, shared by run and serve.
func apiFlags() []ucli.Flag {
	def := app.DefaultConfig()
	return []ucli.Flag{
		&ucli.StringFlag{Name: "api-addr", Value: def.API.Addr, EnvVars: env("API_ADDR"), Usage: "REST API listen address"},
		&ucli.Int64Flag{Name: "api-max-body-bytes", Value: def.API.MaxBodyBytes, EnvVars: env("API_MAX_BODY_BYTES"), Usage: "largest accepted request body"},
		&ucli.DurationFlag{Name: "api-write-timeout", Value: def.API.WriteTimeout, EnvVars: env("API_WRITE_TIMEOUT"), Usage: "time to answer a request (writes wait for the block)"},
		&ucli.StringSliceFlag{Name: "api-cors-origins", EnvVars: env("API_CORS_ORIGINS"), Usage: "browser origins allowed to call the API, e.g. https://portal.example.org (comma separated; default none)"},
		&ucli.Float64Flag{Name: "api-client-rate", Value: def.API.ClientRate, EnvVars: env("API_CLIENT_RATE"), Usage: "requests per second per client IP address (IPv6: per /64); 0 disables"},
		&ucli.IntFlag{Name: "api-client-burst", Value: def.API.ClientBurst, EnvVars: env("API_CLIENT_BURST"), Usage: "requests a client address may send at once"},
		&ucli.Float64Flag{Name: "api-credential-rate", Value: def.API.CredentialRate, EnvVars: env("API_CREDENTIAL_RATE"), Usage: "requests per second per API credential; 0 disables"},
		&ucli.IntFlag{Name: "api-credential-burst", Value: def.API.CredentialBurst, EnvVars: env("API_CREDENTIAL_BURST"), Usage: "requests a credential may send at once"},
		&ucli.Int64Flag{Name: "api-max-record-bytes", Value: def.API.MaxRecordBytes, EnvVars: env("API_MAX_RECORD_BYTES"), Usage: "largest record upload (streamed, encrypted on the way in)"},
		&ucli.Int64Flag{Name: "api-max-public-bytes", Value: def.API.MaxPublicBytes, EnvVars: env("API_MAX_PUBLIC_BYTES"), Usage: "largest public document added to IPFS"},
		&ucli.DurationFlag{Name: "api-transfer-timeout", Value: def.API.TransferTimeout, EnvVars: env("API_TRANSFER_TIMEOUT"), Usage: "time allowed for a record upload or download"},
		&ucli.DurationFlag{Name: "stop-timeout", Value: def.StopTimeout, EnvVars: env("STOP_TIMEOUT"), Usage: "time allowed for an orderly shutdown"},
		&ucli.StringFlag{Name: "db-driver", Value: "sqlite", EnvVars: env("DB_DRIVER"), Usage: "database for wrapped keys and the read audit: sqlite or postgres"},
		&ucli.StringFlag{Name: "db-dsn", EnvVars: env("DB_DSN"), Usage: "SQLite file (default DATA_DIR/salus.db) or PostgreSQL connection string, e.g. 'host=127.0.0.1 user=postgres dbname=salus sslmode=disable'"},
		&ucli.BoolFlag{Name: "ipfs-offline", EnvVars: env("IPFS_OFFLINE"), Usage: "run the IPFS node without libp2p (no other node can fetch its blocks)"},
		&ucli.StringSliceFlag{Name: "ipfs-listen", EnvVars: env("IPFS_LISTEN"), Usage: "libp2p listen multiaddrs (default /ip4/127.0.0.1/tcp/0)"},
		&ucli.StringSliceFlag{Name: "ipfs-peers", EnvVars: env("IPFS_PEERS"), Usage: "IPFS nodes to stay connected to, as multiaddrs ending in /p2p/<peer id>"},
		&ucli.DurationFlag{Name: "audit-anchor-interval", Value: def.AuditAnchorInterval, EnvVars: env("AUDIT_ANCHOR_INTERVAL"), Usage: "how often the read audit's Merkle root is anchored on chain; 0 disables"},
		&ucli.StringFlag{Name: "public-url", EnvVars: env("PUBLIC_URL"), Usage: "URL wallets sign in to (Sign-In with Ethereum domain and URI); default http://API_ADDR"},
		&ucli.DurationFlag{Name: "session-ttl", Value: def.SessionTTL, EnvVars: env("SESSION_TTL"), Usage: "lifetime of a wallet session"},
		&ucli.BoolFlag{Name: "no-index", EnvVars: env("NO_INDEX"), Usage: "do not index contract events in this process (a `salus index` process does)"},
		&ucli.StringFlag{Name: "index-db-driver", Value: "sqlite", EnvVars: env("INDEX_DB_DRIVER"), Usage: "indexer database: sqlite or postgres"},
		&ucli.StringFlag{Name: "index-db-dsn", EnvVars: env("INDEX_DB_DSN"), Usage: "indexer database: SQLite file (default DATA_DIR/index.db) or PostgreSQL connection string"},
		&ucli.Uint64Flag{Name: "index-confirmations", EnvVars: env("INDEX_CONFIRMATIONS"), Usage: "embedded indexer's reorganisation window in blocks; 0 = floor(signers/2)+1"},
		&ucli.DurationFlag{Name: "index-poll-interval", EnvVars: env("INDEX_POLL_INTERVAL"), Usage: "how often the embedded indexer polls the head once caught up (default 1s)"},
		&ucli.BoolFlag{Name: "webhook-allow-private", Value: def.WebhookAllowPrivate, EnvVars: env("WEBHOOK_ALLOW_PRIVATE"), Usage: "let webhooks call loopback, private and link-local addresses (development only)"},
		&ucli.Uint64Flag{Name: "webhook-confirmations", EnvVars: env("WEBHOOK_CONFIRMATIONS"), Usage: "blocks below the head before claim events are delivered by webhook; 0 derives it from the Clique signers"},
		&ucli.StringFlag{Name: "treasury", Value: def.Treasury, EnvVars: env("TREASURY"), Usage: "keystore account that mints and burns settlement tokens (must hold TREASURY_ROLE)"},
	}
}

var (
	ethRPCFlag   = &ucli.StringFlag{Name: "rpc", EnvVars: env("ETH_RPC"), Usage: "JSON-RPC URL of the node (standard eth_* only), e.g. http://127.0.0.1:30500"}
	manifestFlag = &ucli.StringFlag{Name: "manifest", EnvVars: env("MANIFEST"), Usage: "deployment manifest (default DATA_DIR/deployment.json)"}
	lightFlag    = &ucli.BoolFlag{Name: "light-scrypt", EnvVars: env("LIGHT_SCRYPT"), Usage: "cheap keystore encryption (tests and devnets only)"}
)

// stackConfig reads the flags common to run, serve and deploy.
func stackConfig(c *ucli.Context) app.Config {
	cfg := app.DefaultConfig()
	cfg.DataDir = c.String("data-dir")
	cfg.KeystorePassword = c.String("keystore-password")
	cfg.LightScrypt = c.Bool("light-scrypt")
	cfg.EthRPC = c.String("rpc")
	cfg.Manifest = c.String("manifest")
	if c.IsSet("api-addr") || c.String("api-addr") != "" {
		cfg.API.Addr = c.String("api-addr")
		cfg.API.MaxBodyBytes = c.Int64("api-max-body-bytes")
		cfg.API.WriteTimeout = c.Duration("api-write-timeout")
		cfg.API.CORSOrigins = c.StringSlice("api-cors-origins")
		cfg.API.ClientRate = c.Float64("api-client-rate")
		cfg.API.ClientBurst = c.Int("api-client-burst")
		cfg.API.CredentialRate = c.Float64("api-credential-rate")
		cfg.API.CredentialBurst = c.Int("api-credential-burst")
		cfg.API.MaxRecordBytes = c.Int64("api-max-record-bytes")
		cfg.API.MaxPublicBytes = c.Int64("api-max-public-bytes")
		cfg.API.TransferTimeout = c.Duration("api-transfer-timeout")
		if cfg.API.RequestTimeout >= cfg.API.WriteTimeout {
			cfg.API.RequestTimeout = cfg.API.WriteTimeout * 5 / 6
		}
		cfg.StopTimeout = c.Duration("stop-timeout")
		cfg.DBDriver = c.String("db-driver")
		cfg.DBDSN = c.String("db-dsn")
		cfg.IPFSOffline = c.Bool("ipfs-offline")
		cfg.IPFSListen = c.StringSlice("ipfs-listen")
		cfg.IPFSPeers = c.StringSlice("ipfs-peers")
		cfg.AuditAnchorInterval = c.Duration("audit-anchor-interval")
		cfg.PublicURL = c.String("public-url")
		cfg.SessionTTL = c.Duration("session-ttl")
		cfg.NoIndex = c.Bool("no-index")
		cfg.IndexDBDriver = c.String("index-db-driver")
		cfg.IndexDBDSN = c.String("index-db-dsn")
		cfg.IndexConfirmations = c.Uint64("index-confirmations")
		cfg.IndexPollInterval = c.Duration("index-poll-interval")
		cfg.WebhookAllowPrivate = c.Bool("webhook-allow-private")
		cfg.WebhookConfirmations = c.Uint64("webhook-confirmations")
		cfg.Treasury = c.String("treasury")
	}
	return cfg
}

func serveStack(c *ucli.Context, cfg app.Config) error {
	log, err := logger(c)
	if err != nil {
		return err
	}
	stack, err := app.NewStack(cfg, c.App.Writer, log)
	if err != nil {
		return err
	}
	return lifecycle.Run(c.Context, stack, cfg.StopTimeout, c.App.Writer)
}

func runCommand() *ucli.Command {
	def := app.DefaultConfig()
	return &ucli.Command{
		Name:  "run",
		Usage: "start the embedded stack: single-signer Clique chain, contracts, REST API",
		Flags: append([]ucli.Flag{
			dataDirFlag, passwordFlag, logLevelFlag, lightFlag,
			&ucli.StringFlag{Name: "rpc-addr", Value: def.RPCAddr, EnvVars: env("RPC_ADDR"), Usage: "chain JSON-RPC listen address (empty disables)"},
			&ucli.Uint64Flag{Name: "chain-id", EnvVars: env("CHAIN_ID"), Usage: "chain id of a new chain (default 13372026)"},
			&ucli.Uint64Flag{Name: "block-period", Value: def.BlockPeriod, EnvVars: env("BLOCK_PERIOD"), Usage: "Clique block period in seconds; 0 seals only when transactions wait"},
		}, apiFlags()...),
		Action: func(c *ucli.Context) error {
			cfg := stackConfig(c)
			cfg.RPCAddr = c.String("rpc-addr")
			cfg.ChainID = c.Uint64("chain-id")
			cfg.BlockPeriod = c.Uint64("block-period")
			return serveStack(c, cfg)
		},
	}
}

func serveCommand() *ucli.Command {
	return &ucli.Command{
		Name:  "serve",
		Usage: "serve the REST API against an external node (contracts deployed with `salus deploy`)",
		Flags: append([]ucli.Flag{dataDirFlag, passwordFlag, logLevelFlag, lightFlag, ethRPCFlag, manifestFlag}, apiFlags()...),
		Action: func(c *ucli.Context) error {
			cfg := stackConfig(c)
			if cfg.EthRPC == "" {
				return fmt.Errorf("serve needs the node's JSON-RPC URL: --rpc or SALUS_ETH_RPC")
			}
			return serveStack(c, cfg)
		},
	}
}

func deployCommand() *ucli.Command {
	return &ucli.Command{
		Name:  "deploy",
		Usage: "deploy the contracts to an external node from the keystore's regulator account; reuses what the manifest records",
		Flags: []ucli.Flag{dataDirFlag, passwordFlag, lightFlag, ethRPCFlag, manifestFlag},
		Action: func(c *ucli.Context) error {
			cfg := stackConfig(c)
			ctx, cancel := context.WithTimeout(c.Context, 10*time.Minute)
			defer cancel()
			m, err := app.Deploy(ctx, cfg, c.App.Writer)
			if err != nil {
				return err
			}
			for _, ct := range deploy.Contracts() {
				fmt.Fprintf(c.App.Writer, "  %-13s %s\n", ct.Name, m.Address(ct.Name))
			}
			return nil
		},
	}
}

var devnetDirFlag = &ucli.StringFlag{Name: "dir", Value: filepath.Join(".salus", "devnet"), EnvVars: env("DEVNET_DIR"), Usage: "devnet state: geth binary, keystores, node data, logs"}

func devnetCommand() *ucli.Command {
	return &ucli.Command{
		Name:  "devnet",
		Usage: "a multi-node geth v1.13.15 Clique network on loopback",
		Subcommands: []*ucli.Command{
			{
				Name:  "up",
				Usage: "create or restart the network and deploy the contracts to it",
				Flags: []ucli.Flag{
					devnetDirFlag,
					&ucli.IntFlag{Name: "signers", Value: 3, EnvVars: env("DEVNET_SIGNERS"), Usage: "number of signer nodes (new network)"},
					&ucli.IntFlag{Name: "rpc-nodes", Value: 1, EnvVars: env("DEVNET_RPC_NODES"), Usage: "number of non-signing RPC nodes (new network)"},
					&ucli.Uint64Flag{Name: "period", Value: 2, EnvVars: env("DEVNET_PERIOD"), Usage: "block period in seconds (new network)"},
					&ucli.IntFlag{Name: "base-port", Value: 30400, EnvVars: env("DEVNET_BASE_PORT"), Usage: "node i: p2p base+i, RPC base+100+i"},
				},
				Action: devnetUp,
			},
			{
				Name:   "status",
				Usage:  "head, peers and signers of every node",
				Flags:  []ucli.Flag{devnetDirFlag, &ucli.BoolFlag{Name: "json", Usage: "print JSON"}},
				Action: devnetStatus,
			},
			{
				Name:  "down",
				Usage: "stop every node (data is kept; `up` restarts them)",
				Flags: []ucli.Flag{devnetDirFlag},
				Action: func(c *ucli.Context) error {
					n, err := network.Open(c.String("dir"))
					if err != nil {
						return err
					}
					n.SetProgress(c.App.Writer)
					ctx, cancel := context.WithTimeout(c.Context, time.Minute)
					defer cancel()
					if err := n.Down(ctx); err != nil {
						return err
					}
					fmt.Fprintln(c.App.Writer, "devnet stopped")
					return nil
				},
			},
		},
	}
}

func devnetUp(c *ucli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Minute)
	defer cancel()
	out := c.App.Writer
	n, err := network.Up(ctx, network.Config{
		Dir:      c.String("dir"),
		Signers:  c.Int("signers"),
		RPCNodes: c.Int("rpc-nodes"),
		Period:   c.Uint64("period"),
		BasePort: c.Int("base-port"),
		Progress: out,
	})
	if err != nil {
		return err
	}
	key, err := n.FunderKey()
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, n.RPCURL())
	if err != nil {
		return err
	}
	defer client.Close()
	abis, err := chainsvc.ErrorABIs()
	if err != nil {
		return err
	}
	sender, err := txsender.New(client, txsender.Config{ChainID: new(big.Int).SetUint64(n.ChainID()), ErrorABIs: abis})
	if err != nil {
		return err
	}
	from := sender.AddKey(key)
	manifestPath := filepath.Join(n.Dir(), deploy.ManifestFile)
	prev, err := deploy.Load(manifestPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "==> deploying the contracts through %s\n", n.RPCURL())
	m, err := deploy.Run(ctx, client, senderAdapter{sender}, deploy.Roles{Deployer: from, Regulator: from}, prev, out)
	if err != nil {
		return err
	}
	if err := deploy.Save(manifestPath, m); err != nil {
		return err
	}
	apiDir, err := devnetAPIDir(n, key)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "\ndevnet is up: chain %d, RPC node %s, manifest %s\n", n.ChainID(), n.RPCURL(), manifestPath)
	for _, c := range deploy.Contracts() {
		fmt.Fprintf(out, "  %-13s %s\n", c.Name, m.Address(c.Name))
	}
	fmt.Fprintf(out, "Serve the REST API on it with:\n  go run ./backend/cmd/salus serve --rpc %s --data-dir %s --manifest %s\n", n.RPCURL(), apiDir, manifestPath)
	fmt.Fprintln(out, "`make devnet-status` shows the nodes, `make devnet-down` stops them.")
	return nil
}

func devnetStatus(c *ucli.Context) error {
	n, err := network.Open(c.String("dir"))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, 20*time.Second)
	defer cancel()
	st, err := n.Status(ctx)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NODE\tROLE\tRUNNING\tHEAD\tHASH\tPEERS\tSIGNERS\tRPC")
	for _, s := range st {
		signers := make([]string, len(s.Signers))
		for i, a := range s.Signers {
			signers[i] = a.Hex()[:10]
		}
		fmt.Fprintf(tw, "%s\t%s\t%v\t%d\t%s\t%d\t%s\t%s\n", s.Name, s.Role, s.Running, s.Head, s.HeadHash.TerminalString(), s.Peers, strings.Join(signers, ","), s.RPCURL)
	}
	return tw.Flush()
}

func accountsCommand() *ucli.Command {
	return &ucli.Command{
		Name:  "accounts",
		Usage: "institutional accounts and their API credentials",
		Subcommands: []*ucli.Command{
			{
				Name:      "create",
				Usage:     "create a keystore account and an API token for an institution (a running server picks it up)",
				ArgsUsage: "NAME",
				Flags:     []ucli.Flag{dataDirFlag, passwordFlag},
				Action: func(c *ucli.Context) error {
					name := c.Args().First()
					if name == "" || c.NArg() != 1 {
						return fmt.Errorf("usage: salus accounts create NAME (a-z, 0-9, -)")
					}
					dir := c.String("data-dir")
					pw := c.String("keystore-password")
					if pw == "" {
						raw, err := os.ReadFile(filepath.Join(dir, "keystore-password"))
						if err != nil {
							return fmt.Errorf("no keystore password: set SALUS_KEYSTORE_PASSWORD or start `salus run` once to create the data directory")
						}
						pw = strings.TrimSpace(string(raw))
					}
					ks, err := keys.Open(filepath.Join(dir, "keystore"), pw, keys.Options{})
					if err != nil {
						return err
					}
					addr, _, err := ks.Ensure(name)
					if err != nil {
						return err
					}
					creds, err := auth.Load(filepath.Join(dir, "credentials.json"))
					if err != nil {
						return err
					}
					token, _, err := creds.Create(name, addr)
					if err != nil {
						return err
					}
					fmt.Fprintf(c.App.Writer, "account %s\naddress %s\ntoken   %s\n(the token is shown once; the server keeps only its hash)\n", name, addr, token)
					return nil
				},
			},
			{
				Name:  "list",
				Usage: "list the keystore's named accounts",
				Flags: []ucli.Flag{dataDirFlag},
				Action: func(c *ucli.Context) error {
					raw, err := os.ReadFile(filepath.Join(c.String("data-dir"), "keystore", "names.json"))
					if err != nil {
						return fmt.Errorf("no keystore in %s: %w", c.String("data-dir"), err)
					}
					_, err = c.App.Writer.Write(append(raw, '\n'))
					return err
				},
			},
		},
	}
}

// legacyLevel maps a log/slog level to go-ethereum's legacy verbosity
// (1 error, 2 warn, 3 info, 4 debug).
func legacyLevel(l slog.Level) int {
	switch {
	case l <= slog.LevelDebug:
		return 4
	case l <= slog.LevelInfo:
		return 3
	case l <= slog.LevelWarn:
		return 2
	default:
		return 1
	}
}

// devnetAPIDir prepares a data directory for `salus serve` against the
// devnet: a keystore holding the funder key as the regulator (it deployed
// the contracts and administers the Registry), encrypted with the devnet
// password. Devnet only: the password sits in a file beside it.
func devnetAPIDir(n *network.Network, funder *ecdsa.PrivateKey) (string, error) {
	dir := filepath.Join(n.Dir(), "api")
	raw, err := os.ReadFile(n.PasswordFile())
	if err != nil {
		return "", err
	}
	pw := strings.TrimSpace(string(raw))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "keystore-password"), []byte(pw+"\n"), 0o600); err != nil {
		return "", err
	}
	ks, err := keys.Open(filepath.Join(dir, "keystore"), pw, keys.Options{LightScrypt: true})
	if err != nil {
		return "", err
	}
	if _, err := ks.Import(app.RegulatorAccount, funder); err != nil {
		return "", err
	}
	return dir, nil
}
