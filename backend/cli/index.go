package cli

import (
	"path/filepath"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/salus-health/salus/backend/lifecycle"
	"github.com/salus-health/salus/indexer"
)

// indexCommand runs the indexer as its own process against any node, for
// networks where the API servers do not index (salus serve --no-index).
func indexCommand() *ucli.Command {
	return &ucli.Command{
		Name:  "index",
		Usage: "follow a node's Salus contract events into SQL (standard eth_* JSON-RPC only)",
		Flags: []ucli.Flag{
			dataDirFlag, logLevelFlag, ethRPCFlag, manifestFlag,
			&ucli.StringFlag{Name: "db-driver", Value: "sqlite", EnvVars: env("INDEX_DB_DRIVER"), Usage: "sqlite or postgres"},
			&ucli.StringFlag{Name: "db-dsn", EnvVars: env("INDEX_DB_DSN"), Usage: "SQLite file (default DATA_DIR/index.db) or PostgreSQL connection string"},
			&ucli.Uint64Flag{Name: "confirmations", EnvVars: env("INDEX_CONFIRMATIONS"), Usage: "reorganisation window in blocks; 0 = floor(signers/2)+1"},
			&ucli.DurationFlag{Name: "poll-interval", EnvVars: env("INDEX_POLL_INTERVAL"), Usage: "how often the head is polled (default 1s)"},
			&ucli.Uint64Flag{Name: "max-range", EnvVars: env("INDEX_MAX_RANGE"), Usage: "largest eth_getLogs block range during backfill (default 10000)"},
			&ucli.DurationFlag{Name: "stop-timeout", Value: 30 * time.Second, EnvVars: env("STOP_TIMEOUT"), Usage: "time allowed for an orderly shutdown"},
		},
		Action: func(c *ucli.Context) error {
			if c.String("rpc") == "" {
				return ucli.Exit("index needs the node's JSON-RPC URL: --rpc or SALUS_ETH_RPC", 2)
			}
			dataDir := c.String("data-dir")
			manifest := c.String("manifest")
			if manifest == "" {
				manifest = filepath.Join(dataDir, "deployment.json")
			}
			dsn := c.String("db-dsn")
			if dsn == "" && c.String("db-driver") == "sqlite" {
				dsn = filepath.Join(dataDir, "index.db")
			}
			log, err := logger(c)
			if err != nil {
				return err
			}
			s, err := indexer.NewStandalone(indexer.StandaloneConfig{
				RPCURL: c.String("rpc"), ManifestFile: manifest,
				DBDriver: c.String("db-driver"), DBDSN: dsn,
				Confirmations: c.Uint64("confirmations"), PollInterval: c.Duration("poll-interval"),
				MaxRange: c.Uint64("max-range"), StopTimeout: c.Duration("stop-timeout"),
			}, c.App.Writer, log)
			if err != nil {
				return err
			}
			return lifecycle.Run(c.Context, s, c.Duration("stop-timeout"), c.App.Writer)
		},
	}
}
