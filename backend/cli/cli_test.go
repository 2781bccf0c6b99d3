package cli

import (
	"io"
	"testing"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/salus-health/salus/backend/app"
)

// TestRunIndexFlags: salus run passes --index-confirmations and
// --index-poll-interval (or SALUS_INDEX_CONFIRMATIONS,
// SALUS_INDEX_POLL_INTERVAL) to the embedded indexer's configuration; unset
// they are 0, the indexer's defaults (depth from the signer count, 1s).
func TestRunIndexFlags(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		env      map[string]string
		wantConf uint64
		wantPoll time.Duration
	}{
		{"unset", nil, nil, 0, 0},
		{"flags", []string{"--index-confirmations", "5", "--index-poll-interval", "250ms"}, nil, 5, 250 * time.Millisecond},
		{"environment", nil, map[string]string{"SALUS_INDEX_CONFIRMATIONS": "3", "SALUS_INDEX_POLL_INTERVAL": "2s"}, 3, 2 * time.Second},
		{"flags over environment", []string{"--index-confirmations", "7"}, map[string]string{"SALUS_INDEX_CONFIRMATIONS": "3"}, 7, 0},
		{"zero is the default", []string{"--index-confirmations", "0"}, nil, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			run := runCommand()
			var cfg app.Config
			run.Action = func(c *ucli.Context) error {
				cfg = stackConfig(c)
				return nil
			}
			a := &ucli.App{Name: "salus", Writer: io.Discard, ErrWriter: io.Discard, Commands: []*ucli.Command{run}}
			if err := a.Run(append([]string{"salus", "run"}, tc.args...)); err != nil {
				t.Fatal(err)
			}
			if cfg.IndexConfirmations != tc.wantConf || cfg.IndexPollInterval != tc.wantPoll {
				t.Fatalf("confirmations %d, poll interval %v; want %d, %v", cfg.IndexConfirmations, cfg.IndexPollInterval, tc.wantConf, tc.wantPoll)
			}
			if err := cfg.Check(); err != nil {
				t.Fatalf("check: %v", err)
			}
		})
	}
}
