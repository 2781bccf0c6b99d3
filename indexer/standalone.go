package indexer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/devnet/deploy"
)

// StandaloneConfig configures an indexer running as its own process against
// any node's JSON-RPC (`salus index`). Fields mirror the command's flags.
type StandaloneConfig struct {
	// RPCURL is the node's JSON-RPC endpoint (http://, https://, ws:// or
	// wss://); standard eth_* methods only. Required.
	RPCURL string
	// ManifestFile is the deployment manifest naming the contracts and the
	// deployment block. Required.
	ManifestFile string
	// DBDriver ("sqlite" or "postgres") and DBDSN (file path or connection
	// string) select the index database; see backend/db.Config.
	DBDriver string
	DBDSN    string
	// Confirmations, PollInterval, MinRange, MaxRange and MaxLogs are
	// passed to Config; zero selects the defaults.
	Confirmations      uint64
	PollInterval       time.Duration
	MinRange, MaxRange uint64
	MaxLogs            int
	// StopTimeout bounds Run's orderly stop; 0 means 30 seconds.
	StopTimeout time.Duration
}

// Check reports configuration errors a person can fix.
func (c StandaloneConfig) Check() error {
	var errs []error
	if strings.TrimSpace(c.RPCURL) == "" {
		errs = append(errs, errors.New("indexer: no node JSON-RPC URL"))
	}
	if strings.TrimSpace(c.ManifestFile) == "" {
		errs = append(errs, errors.New("indexer: no deployment manifest file"))
	}
	if err := (db.Config{Driver: c.DBDriver, DSN: c.DBDSN}).Check(); err != nil {
		errs = append(errs, fmt.Errorf("indexer database: %w", err))
	}
	tuning := Config{PollInterval: c.PollInterval, MinRange: c.MinRange, MaxRange: c.MaxRange, MaxLogs: c.MaxLogs}
	errs = append(errs, tuning.checkTuning()...)
	return errors.Join(errs...)
}

// Standalone is an indexer with its own node client and database: the
// `salus index` process. Build it with NewStandalone, then Start and Stop
// (lifecycle.Service) or Run.
type Standalone struct {
	cfg      StandaloneConfig
	progress io.Writer
	logger   *slog.Logger

	client *ethclient.Client
	gdb    *gorm.DB
	ix     *Indexer
}

// NewStandalone checks cfg; nothing runs until Start. Progress lines go to
// progress, structured logs to logger (nil discards either).
func NewStandalone(cfg StandaloneConfig, progress io.Writer, logger *slog.Logger) (*Standalone, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Standalone{cfg: cfg, progress: progress, logger: logger}, nil
}

// Start loads the manifest, dials the node, opens the database and starts
// the indexer. On failure it releases what it already opened.
func (s *Standalone) Start(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			err = errors.Join(err, s.Stop(context.WithoutCancel(ctx)))
		}
	}()
	m, err := deploy.Load(s.cfg.ManifestFile)
	if err != nil {
		return fmt.Errorf("init manifest: %w", err)
	}
	if m == nil {
		return fmt.Errorf("init manifest: no deployment manifest at %s", s.cfg.ManifestFile)
	}
	if s.client, err = ethclient.DialContext(ctx, s.cfg.RPCURL); err != nil {
		return fmt.Errorf("init node: %w", err)
	}
	if s.gdb, err = db.Open(ctx, db.Config{Driver: s.cfg.DBDriver, DSN: s.cfg.DBDSN, Logger: s.logger}); err != nil {
		return fmt.Errorf("init database: %w", err)
	}
	s.ix, err = New(Config{
		Manifest:      m,
		Confirmations: s.cfg.Confirmations,
		PollInterval:  s.cfg.PollInterval,
		MinRange:      s.cfg.MinRange,
		MaxRange:      s.cfg.MaxRange,
		MaxLogs:       s.cfg.MaxLogs,
		Progress:      s.progress,
		Logger:        s.logger,
	}, s.client, s.gdb)
	if err != nil {
		return fmt.Errorf("init indexer: %w", err)
	}
	return s.ix.Start(ctx)
}

// Stop stops the indexer and closes the database and the node client. It
// returns the indexer's fatal error, if any, joined with closing errors.
func (s *Standalone) Stop(ctx context.Context) error {
	var errs []error
	if s.ix != nil {
		errs = append(errs, s.ix.Stop(ctx))
	}
	if s.gdb != nil {
		errs = append(errs, db.Close(s.gdb))
		s.gdb = nil
	}
	if s.client != nil {
		s.client.Close()
		s.client = nil
	}
	return errors.Join(errs...)
}

// Done is closed when the indexer stops by itself (fatal error) or after
// Stop; nil before Start.
func (s *Standalone) Done() <-chan struct{} {
	if s.ix == nil {
		return nil
	}
	return s.ix.Done()
}

// Err returns the error that stopped the indexer by itself, if any.
func (s *Standalone) Err() error {
	if s.ix == nil {
		return nil
	}
	return s.ix.Err()
}

// Status returns the indexer's status (zero before Start).
func (s *Standalone) Status() Status {
	if s.ix == nil {
		return Status{}
	}
	return s.ix.Status()
}

// Run starts, follows the chain until ctx ends or the indexer fails, and
// stops. It returns nil after ctx ends, the fatal error otherwise.
func (s *Standalone) Run(ctx context.Context) error {
	if err := s.Start(ctx); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
	case <-s.Done():
	}
	timeout := s.cfg.StopTimeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	return s.Stop(stopCtx)
}
