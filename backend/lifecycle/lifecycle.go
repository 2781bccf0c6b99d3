// Package lifecycle gives every long-running part of Salus (chain node, API
// server, indexer) one shape: built first, then Start(ctx) and Stop(ctx); and
// turns SIGINT/SIGTERM into an orderly stop, with a second signal forcing exit.
package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Service is a long-running part.
type Service interface {
	// Start begins work and returns once the service is ready; ctx bounds
	// the start-up only, not the service's lifetime.
	Start(ctx context.Context) error
	// Stop ends work and releases resources; ctx bounds how long it may take.
	// It must tolerate a service that never started.
	Stop(ctx context.Context) error
}

// Run starts svc, waits for ctx to end or for SIGINT/SIGTERM, then stops svc
// within stopTimeout. A second signal exits the process at once with status 1.
// Messages go to out.
func Run(ctx context.Context, svc Service, stopTimeout time.Duration, out io.Writer) error {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case s := <-sigs:
			fmt.Fprintf(out, "\nreceived %s, shutting down (again to force)\n", s)
			cancel()
		case <-runCtx.Done():
			return
		}
		select {
		case <-sigs:
			fmt.Fprintln(out, "forced exit")
			os.Exit(1)
		case <-time.After(stopTimeout + 5*time.Second):
		}
	}()

	startErr := svc.Start(runCtx)
	var ended error
	if startErr == nil {
		var done <-chan struct{}
		if d, ok := svc.(Ender); ok {
			done = d.Done()
		}
		select {
		case <-runCtx.Done():
		case <-done:
			ended = endErr(svc)
			fmt.Fprintf(out, "stopped by itself: %v\n", ended)
		}
	}
	stopCtx, stopCancel := context.WithTimeout(context.Background(), stopTimeout)
	defer stopCancel()
	stopErr := svc.Stop(stopCtx)
	if startErr != nil && !errors.Is(startErr, context.Canceled) {
		return errors.Join(fmt.Errorf("start: %w", startErr), stopErr)
	}
	return errors.Join(ended, stopErr)
}

// Ender is a Service that can end by itself (an indexer that met a
// reorganisation deeper than it may repair). Run returns when Done is
// closed, with the service's Err() when it has that method.
type Ender interface {
	Done() <-chan struct{}
}

func endErr(svc Service) error {
	if e, ok := svc.(interface{ Err() error }); ok {
		if err := e.Err(); err != nil {
			return err
		}
	}
	return errors.New("service ended")
}
