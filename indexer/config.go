package indexer

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/salus-health/salus/devnet/deploy"
)

// Defaults applied to zero Config fields.
const (
	// DefaultPollInterval is how often the head is polled once caught up.
	DefaultPollInterval = time.Second
	// DefaultMinRange and DefaultMaxRange bound the block range of one
	// eth_getLogs call while backfilling.
	DefaultMinRange = 1
	DefaultMaxRange = 10_000
	// DefaultMaxLogs is the number of logs above which the next range is
	// halved (the range itself is used: its answer is complete).
	DefaultMaxLogs = 5_000
	// DefaultMaxBackoff is the longest wait between retries after errors.
	DefaultMaxBackoff = 30 * time.Second
)

// initialRange is the first eth_getLogs range of a run (clamped to the
// configured bounds); it adapts from there. Small, because a node answers a
// range with all its logs at once (on a dense chain a range of a thousand
// blocks can be hundreds of megabytes of JSON) and the first range of a run
// is read before anything else can overlap with it. Quick ranges with few
// logs double it, so a sparse chain reaches MaxRange in ten calls.
const initialRange = 16

// fastRange is how quick an eth_getLogs call must be for the next range to
// double (when it also returned few logs).
const fastRange = time.Second

// Config configures an Indexer. Zero fields other than Manifest select the
// defaults.
type Config struct {
	// Manifest names the contracts to follow (those the indexer has
	// decoders for) and the deployment block to start from, and identifies
	// the chain (chain id, genesis hash). Required.
	Manifest *deploy.Manifest
	// Confirmations is the reorganisation window: a reorganisation that
	// replaces at most this many indexed blocks is rolled back and
	// re-applied; a deeper one stops the indexer with a *DeepReorgError.
	// Blocks deeper than this below the head are backfilled in ranges.
	// 0 derives it from the Clique signer set at the head when the indexer
	// starts: floor(N/2)+1 for N signers (see README). Chains without Clique
	// seals need it set.
	Confirmations uint64
	// CliqueEpoch is the chain's Clique epoch, for reading the signer set;
	// 0 means genesis.DefaultEpoch.
	CliqueEpoch uint64
	// PollInterval is how often the head is polled once caught up
	// (DefaultPollInterval).
	PollInterval time.Duration
	// MinRange and MaxRange bound the eth_getLogs block range while
	// backfilling (DefaultMinRange, DefaultMaxRange). The range halves when
	// the node refuses or a range returns more than MaxLogs logs, and doubles
	// after a quick range with few logs.
	MinRange, MaxRange uint64
	// MaxLogs is the number of logs above which the next range is halved
	// (DefaultMaxLogs).
	MaxLogs int
	// MaxBackoff is the longest wait between retries after errors of the
	// node or the database (DefaultMaxBackoff).
	MaxBackoff time.Duration
	// Progress receives a line about once a second while backfilling:
	// "indexed blocks a..b of c (n events, x ev/s)". Nil discards.
	Progress io.Writer
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger
}

// Check reports configuration errors a person can fix.
func (c Config) Check() error {
	var errs []error
	if c.Manifest == nil {
		errs = append(errs, errors.New("indexer: no deployment manifest"))
	} else if len(c.Manifest.Contracts) == 0 {
		errs = append(errs, errors.New("indexer: the deployment manifest lists no contracts"))
	}
	return errors.Join(append(errs, c.checkTuning()...)...)
}

// checkTuning checks the fields other than Manifest.
func (c Config) checkTuning() []error {
	var errs []error
	if c.PollInterval < 0 {
		errs = append(errs, errors.New("indexer: poll interval must not be negative"))
	}
	if c.MaxRange != 0 && c.MinRange > c.MaxRange {
		errs = append(errs, fmt.Errorf("indexer: min range %d is above max range %d", c.MinRange, c.MaxRange))
	}
	if c.MaxLogs < 0 {
		errs = append(errs, errors.New("indexer: max logs must not be negative"))
	}
	if c.MaxBackoff < 0 {
		errs = append(errs, errors.New("indexer: max backoff must not be negative"))
	}
	return errs
}

func (c Config) withDefaults() Config {
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.MinRange == 0 {
		c.MinRange = DefaultMinRange
	}
	if c.MaxRange == 0 {
		c.MaxRange = max(DefaultMaxRange, c.MinRange)
	}
	if c.MaxLogs == 0 {
		c.MaxLogs = DefaultMaxLogs
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = DefaultMaxBackoff
	}
	if c.Progress == nil {
		c.Progress = io.Discard
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}
