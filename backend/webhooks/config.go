package webhooks

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults applied to zero Config fields.
const (
	// DefaultPollInterval is how often the chain head and the outbox are
	// polled when nothing wakes the service earlier.
	DefaultPollInterval = time.Second
	// DefaultMaxRange is the largest block range of one eth_getLogs call.
	DefaultMaxRange = 2_000
	// DefaultWorkers is the number of deliveries attempted at once.
	DefaultWorkers = 4
	// DefaultAttemptTimeout bounds one attempt, answer included.
	DefaultAttemptTimeout = 10 * time.Second
	// DefaultMaxAttempts is the number of attempts before a delivery fails.
	DefaultMaxAttempts = 15
	// DefaultMaxAge is how long a delivery is retried at most, counted from
	// when it was queued (or redelivered).
	DefaultMaxAge = 72 * time.Hour
	// DefaultMinBackoff is the wait after the first failed attempt; each
	// further failure doubles it, up to DefaultMaxBackoff, with jitter.
	DefaultMinBackoff = 10 * time.Second
	// DefaultMaxBackoff caps the wait between attempts.
	DefaultMaxBackoff = time.Hour
	// DefaultTolerance is how far a signature's timestamp may be from the
	// receiver's clock in Verify.
	DefaultTolerance = 5 * time.Minute
)

// Config configures a [Service]. Zero fields other than Claims select the
// defaults.
type Config struct {
	// Claims is the address of the Claims contract. Required.
	Claims common.Address
	// StartBlock is the first block the follower reads on its first start:
	// the contract's deployment block. Later starts resume from the cursor
	// kept in the database.
	StartBlock uint64
	// Confirmations is how far below the head a block must be before its
	// events are delivered. 0 derives it, as the indexer does, from the
	// Clique signer set at start: floor(N/2)+1 for N signers. Chains without
	// Clique seals need it set.
	Confirmations uint64
	// CliqueEpoch is the chain's Clique epoch, for reading the signer set;
	// 0 means the default epoch.
	CliqueEpoch uint64
	// PollInterval is how often the head and the outbox are polled
	// (DefaultPollInterval).
	PollInterval time.Duration
	// MaxRange is the largest eth_getLogs block range (DefaultMaxRange).
	MaxRange uint64
	// Workers bounds the concurrent delivery attempts (DefaultWorkers).
	Workers int
	// AttemptTimeout bounds one attempt (DefaultAttemptTimeout).
	AttemptTimeout time.Duration
	// MaxAttempts is the number of attempts before a delivery is marked
	// failed (DefaultMaxAttempts).
	MaxAttempts int
	// MaxAge is how long a delivery is retried, from when it was queued or
	// redelivered (DefaultMaxAge).
	MaxAge time.Duration
	// MinBackoff and MaxBackoff bound the exponential backoff between
	// attempts (DefaultMinBackoff, DefaultMaxBackoff).
	MinBackoff, MaxBackoff time.Duration
	// AllowPrivate lets webhooks reach loopback, private and link-local
	// addresses. For tests and local devnets only: in production it would
	// let anyone with an institutional token probe the backend's network.
	AllowPrivate bool
	// SecretKey, when set, is the 32-byte AES-256 key that encrypts the
	// signing secrets at rest. Secrets stored with a key cannot be used
	// without it.
	SecretKey []byte
	// Logger receives structured logs; nil discards them.
	Logger *slog.Logger
}

// Check reports configuration errors a person can fix.
func (c Config) Check() error {
	var errs []error
	if c.Claims == (common.Address{}) {
		errs = append(errs, errors.New("webhooks: the Claims contract address is not set"))
	}
	for name, d := range map[string]time.Duration{"poll interval": c.PollInterval, "attempt timeout": c.AttemptTimeout,
		"max age": c.MaxAge, "min backoff": c.MinBackoff, "max backoff": c.MaxBackoff} {
		if d < 0 {
			errs = append(errs, fmt.Errorf("webhooks: %s must not be negative", name))
		}
	}
	if c.Workers < 0 || c.Workers > 256 {
		errs = append(errs, errors.New("webhooks: workers must be between 0 (default) and 256"))
	}
	if c.MaxAttempts < 0 {
		errs = append(errs, errors.New("webhooks: max attempts must not be negative"))
	}
	if c.MinBackoff > 0 && c.MaxBackoff > 0 && c.MinBackoff > c.MaxBackoff {
		errs = append(errs, fmt.Errorf("webhooks: min backoff %s is above max backoff %s", c.MinBackoff, c.MaxBackoff))
	}
	if c.SecretKey != nil && len(c.SecretKey) != 32 {
		errs = append(errs, fmt.Errorf("webhooks: the secret key has %d bytes, want 32", len(c.SecretKey)))
	}
	return errors.Join(errs...)
}

func (c Config) withDefaults() Config {
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.MaxRange == 0 {
		c.MaxRange = DefaultMaxRange
	}
	if c.Workers == 0 {
		c.Workers = DefaultWorkers
	}
	if c.AttemptTimeout == 0 {
		c.AttemptTimeout = DefaultAttemptTimeout
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.MaxAge == 0 {
		c.MaxAge = DefaultMaxAge
	}
	if c.MinBackoff == 0 {
		c.MinBackoff = DefaultMinBackoff
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = max(DefaultMaxBackoff, c.MinBackoff)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}
