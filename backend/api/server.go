// Package api is the REST API of the Salus backend: a gin router over small,
// consumer-owned interfaces that other packages implement: [Chain], [Registry]
// and [Authenticator] (required), and [Consent], [Records], [Sessions],
// [Storage] and [Pharma] (optional; without one, its routes answer 503).
//
// Every route is declared once, in [Routes], and described in openapi.yaml, which
// the server embeds and serves at /openapi.yaml and /openapi.json, with browsable
// documentation at /docs (swagger-ui from the pinned npm package in docs/, built
// into docs/dist and embedded). Tests keep the route table and the description in
// step and validate every request and response of the handler tests against it.
//
// API responses are JSON, except record content (GET /v1/records/{id}/content,
// streamed with its own media type) and the trustless IPFS gateway (/ipfs/);
// every error has the shape of [Error] with a stable code from [ErrorCodes].
// Business endpoints are under /v1. Callers authenticate with
// "Authorization: Bearer <token>": an institutional token, or a wallet session
// (Sign-In with Ethereum) whose token starts with [SessionTokenPrefix]; see
// [Access]. Writes return once their transaction is mined. Requests carry an
// X-Request-Id (accepted from the client when sane, generated otherwise) that is
// echoed in the response and logged. Bodies are capped (413; record and IPFS
// uploads are streamed under their own limits); requests are rate limited per
// client address and per credential (429 with Retry-After); CORS is allowed only
// for configured origins; every response carries security headers (nosniff, DENY
// framing, no referrer, a CSP, no-store on API responses).
package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"reflect"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Server is the API server. Build it with [New], then [Server.Start] and
// [Server.Stop] it once. Its methods are safe for concurrent use; the handler from
// [Server.Handler] can also be used on its own, e.g. with httptest.
type Server struct {
	cfg      Config
	chain    Chain
	registry Registry
	auth     Authenticator
	consent  Consent
	records  Records
	sessions Sessions
	storage  Storage
	pharma   Pharma
	claims   Claims
	gateway  http.Handler // storage.Gateway(), nil without storage
	log      *slog.Logger
	now      func() time.Time

	// serviceContracts is the service-contract service; nil when not configured.
	serviceContracts ServiceContracts

	// webhooks is the webhook subscription service; nil when not configured.
	webhooks Webhooks

	// index answers the indexer queries; nil when not configured.
	index Index

	metrics     *metrics
	metricsHTTP http.Handler
	engine      *gin.Engine

	clientLimit     *limiter
	credentialLimit *limiter
	unlimited       map[string]bool // gin paths exempt from the client limit

	openapiJSON asset
	openapiYAML asset
	docs        map[string]asset // documentation files by name

	mu      sync.Mutex
	started bool
	srv     *http.Server
	ln      net.Listener
	served  chan struct{} // closed when the serve goroutine returns
}

// New builds a server from cfg and deps. It does not listen; see [Server.Start].
func New(cfg Config, deps Deps) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	switch {
	case deps.Chain == nil:
		return nil, errors.New("api: deps.Chain is nil")
	case deps.Registry == nil:
		return nil, errors.New("api: deps.Registry is nil")
	case deps.Auth == nil:
		return nil, errors.New("api: deps.Auth is nil")
	}
	s := &Server{
		cfg:      cfg,
		chain:    deps.Chain,
		registry: deps.Registry,
		auth:     deps.Auth,
		consent:  deps.Consent,
		records:  deps.Records,
		sessions: deps.Sessions,
		storage:  deps.Storage,
		pharma:   deps.Pharma,
		claims:   deps.Claims,
		log:      deps.Logger,
		now:      time.Now,
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	// A nil pointer in an interface (e.g. a *records.Service that was never
	// built) counts as not configured, rather than panicking on first use.
	if isNil(s.consent) {
		s.consent = nil
	}
	if isNil(s.records) {
		s.records = nil
	}
	if isNil(s.sessions) {
		s.sessions = nil
	}
	if isNil(s.storage) {
		s.storage = nil
	}
	if isNil(s.pharma) {
		s.pharma = nil
	}
	if isNil(s.claims) {
		s.claims = nil
	}
	if s.serviceContracts = deps.ServiceContracts; isNil(s.serviceContracts) {
		s.serviceContracts = nil
	}
	if s.webhooks = deps.Webhooks; isNil(s.webhooks) {
		s.webhooks = nil
	}
	if s.index = deps.Index; isNil(s.index) {
		s.index = nil
	}
	if s.storage != nil {
		if s.gateway = s.storage.Gateway(); s.gateway == nil {
			return nil, errors.New("api: deps.Storage has no gateway")
		}
	}
	now := func() time.Time { return s.now() } // s.now may be replaced by tests
	s.clientLimit = newLimiter(cfg.ClientRate, cfg.ClientBurst, now)
	s.credentialLimit = newLimiter(cfg.CredentialRate, cfg.CredentialBurst, now)
	if err := s.initDocs(); err != nil {
		return nil, fmt.Errorf("api: init docs: %w", err)
	}
	if err := s.initMetrics(deps.Metrics); err != nil {
		return nil, fmt.Errorf("api: init metrics: %w", err)
	}
	if err := s.initRouter(); err != nil {
		return nil, fmt.Errorf("api: init router: %w", err)
	}
	return s, nil
}

// isNil reports whether v is nil or holds a nil pointer, map, slice, channel or
// function.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Func, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

func (s *Server) initMetrics(reg *prometheus.Registry) error {
	if reg == nil {
		reg = prometheus.NewRegistry()
		if err := reg.Register(collectors.NewGoCollector()); err != nil {
			return err
		}
		if err := reg.Register(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})); err != nil {
			return err
		}
	}
	m, err := newMetrics(reg)
	if err != nil {
		return err
	}
	s.metrics = m
	s.metricsHTTP = promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		ErrorLog:      slog.NewLogLogger(s.log.Handler(), slog.LevelError),
		ErrorHandling: promhttp.ContinueOnError,
	})
	return nil
}

func (s *Server) initRouter() error {
	// gin's mode is process-wide and only affects its debug output; the API never
	// runs in debug mode.
	if gin.Mode() != gin.ReleaseMode {
		gin.SetMode(gin.ReleaseMode)
	}
	e := gin.New()
	e.RedirectTrailingSlash = false // unknown paths get the JSON 404, not a redirect
	e.RedirectFixedPath = false
	e.HandleMethodNotAllowed = true
	e.ContextWithFallback = true
	if err := e.SetTrustedProxies(nil); err != nil { // ClientIP is the peer address
		return err
	}
	// Every response, errors and panics included, gets the request id and the
	// security headers; CORS and the client rate limit apply before routing
	// decides anything else.
	e.Use(s.requestID, s.securityHeaders, s.observe, s.recovery, s.cors, s.limitClients)
	e.NoRoute(s.noRoute)
	e.NoMethod(s.noMethod)
	s.unlimited = map[string]bool{}
	for _, rt := range Routes() {
		e.Handle(rt.Method, rt.ginPath(), s.serve(rt))
		if rt.Unlimited {
			s.unlimited[rt.ginPath()] = true
		}
	}
	s.engine = e
	return nil
}

// Handler returns the HTTP handler of the API: the gin engine with all routes.
func (s *Server) Handler() http.Handler { return s.engine }

// Start listens on cfg.Addr and serves in a background goroutine until
// [Server.Stop]. The listener is open when Start returns, so [Server.Addr] reports
// the real port when cfg.Addr has port 0. ctx bounds only the start itself.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return errors.New("api: server already started")
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("api: listen on %s: %w", s.cfg.Addr, err)
	}
	s.started = true
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.engine,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    s.cfg.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.served = make(chan struct{})
	go func(srv *http.Server, done chan<- struct{}) {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("api server stopped serving", slog.Any("error", err))
		}
	}(s.srv, s.served)
	s.log.Info("api server listening", slog.String("addr", ln.Addr().String()))
	return nil
}

// Addr returns the address the server listens on, or nil before [Server.Start].
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Stop shuts the server down gracefully, waiting for in-flight requests until ctx
// is done or cfg.ShutdownTimeout has passed, then closes whatever is still open and
// waits for the serve goroutine. Stop on a server that never started returns nil;
// calling it again is harmless.
func (s *Server) Stop(ctx context.Context) error {
	s.mu.Lock()
	srv, served := s.srv, s.served
	s.srv = nil // a second Stop has nothing to do
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	shutdownCtx, cancel := context.WithTimeout(ctx, s.cfg.ShutdownTimeout)
	defer cancel()
	var errs []error
	if err := srv.Shutdown(shutdownCtx); err != nil {
		errs = append(errs, fmt.Errorf("api: shutdown: %w", err))
	}
	if err := srv.Close(); err != nil {
		errs = append(errs, fmt.Errorf("api: close: %w", err))
	}
	<-served // Close makes Serve return promptly
	return errors.Join(errs...)
}
