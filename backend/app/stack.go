package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/auth"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/backend/ipfs"
	"github.com/salus-health/salus/backend/keys"
	"github.com/salus-health/salus/backend/records"
	"github.com/salus-health/salus/backend/siwe"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/devnet/chain"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/devnet/genesis"
	"github.com/salus-health/salus/indexer"
)

// Account names the embedded stack keeps in its keystore.
const (
	// SignerAccount seals the embedded chain's blocks and pays for gas
	// top-ups (the treasury of the embedded network).
	SignerAccount = "signer"
	// RegulatorAccount deploys the contracts and administers the Registry.
	RegulatorAccount = "regulator"
)

// Stack is the embedded default stack of `salus run`: a single-signer Clique
// chain in this process, the contracts deployed on it, and the REST API.
// Build it with NewStack, then Start and Stop (lifecycle.Service).
type Stack struct {
	cfg    Config
	out    io.Writer
	logger *slog.Logger

	keys      *keys.Store
	signer    common.Address
	regulator common.Address
	chain     *chain.Chain      // the embedded chain; nil on an external node
	ext       *ethclient.Client // the external node's client; nil when embedded
	chainID   *big.Int
	treasury  common.Address // pays gas top-ups: the signer, or the regulator on an external node
	sender    *txsender.Sender
	station   *gasStation
	manifest  *deploy.Manifest
	creds     *auth.Store
	api       *api.Server

	db         *gorm.DB
	ipfs       *ipfs.Node
	ipfsAddrs  []string
	records    *records.Service
	relayer    common.Address
	sessions   *sessions
	indexDB    *gorm.DB
	indexer    *indexer.Indexer
	stopAnchor context.CancelFunc
	anchorDone chan struct{}
	// stopAreas stop what the areas' API wiring started (see initAPI), last
	// started first; Stop runs them after the API has stopped.
	stopAreas []func(context.Context) error

	// RegulatorToken is set on the start that created the regulator's
	// credential (first start); it is also written to DataDir/regulator.token.
	RegulatorToken string
}

// NewStack checks cfg and prepares the keystore; nothing runs until Start.
// Progress and the summary go to out; the logger gets structured logs.
func NewStack(cfg Config, out io.Writer, logger *slog.Logger) (*Stack, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Stack{cfg: cfg, out: out, logger: logger}, nil
}

func (s *Stack) progress(format string, args ...any) {
	fmt.Fprintf(s.out, "==> "+format+"\n", args...)
}

// Start brings up the chain, deploys or reuses the contracts and starts the
// API. On failure it stops whatever it already started.
func (s *Stack) Start(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			stopErr := s.Stop(context.WithoutCancel(ctx))
			err = errors.Join(err, stopErr)
		}
	}()
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"keystore", s.initKeys},
		{"chain", s.initChain},
		{"sender", s.initSender},
		{"contracts", s.initContracts},
		{"credentials", s.initCredentials},
		{"database", s.initDatabase},
		{"ipfs", s.initIPFS},
		{"records", s.initRecords},
		{"indexer", s.initIndexer},
		{"api", s.initAPI},
	}
	for _, st := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := st.fn(ctx); err != nil {
			return fmt.Errorf("init %s: %w", st.name, err)
		}
	}
	s.printSummary()
	return nil
}

func (s *Stack) initKeys(context.Context) error {
	if err := os.MkdirAll(s.cfg.DataDir, 0o700); err != nil {
		return err
	}
	password, err := s.password()
	if err != nil {
		return err
	}
	s.progress("opening keystore %s", s.cfg.keystoreDir())
	if s.keys, err = keys.Open(s.cfg.keystoreDir(), password, keys.Options{LightScrypt: s.cfg.LightScrypt}); err != nil {
		return err
	}
	var created bool
	if s.cfg.EthRPC == "" {
		if s.signer, created, err = s.keys.Ensure(SignerAccount); err != nil {
			return err
		}
		if created {
			s.progress("created the chain signer account %s", s.signer)
		}
	}
	if s.regulator, created, err = s.keys.Ensure(RegulatorAccount); err != nil {
		return err
	}
	if created {
		s.progress("created the regulator account %s", s.regulator)
	}
	return nil
}

// password returns the configured keystore password, or the development
// password kept in the data directory (generated on first start).
func (s *Stack) password() (string, error) {
	if s.cfg.KeystorePassword != "" {
		return s.cfg.KeystorePassword, nil
	}
	raw, err := os.ReadFile(s.cfg.passwordFile())
	if err == nil {
		return strings.TrimSpace(string(raw)), nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	buf := make([]byte, 24)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	pw := hex.EncodeToString(buf)
	if err := os.WriteFile(s.cfg.passwordFile(), []byte(pw+"\n"), 0o600); err != nil {
		return "", err
	}
	s.progress("generated a development keystore password in %s (set SALUS_KEYSTORE_PASSWORD in production)", s.cfg.passwordFile())
	return pw, nil
}

func (s *Stack) initChain(ctx context.Context) error {
	if s.cfg.EthRPC != "" {
		return s.dialChain(ctx)
	}
	s.treasury = s.signer
	key, err := s.keys.PrivateKey(s.signer)
	if err != nil {
		return err
	}
	host, port := "", 0
	if s.cfg.RPCAddr != "" {
		h, p, _ := net.SplitHostPort(s.cfg.RPCAddr)
		if port, err = strconv.Atoi(p); err != nil {
			return fmt.Errorf("RPC port %q: %w", p, err)
		}
		host = h
	}
	s.chain, err = chain.New(chain.Config{
		DataDir:  s.cfg.chainDir(),
		ChainID:  s.cfg.ChainID,
		Period:   s.cfg.BlockPeriod,
		Signer:   key,
		Alloc:    map[common.Address]*big.Int{s.regulator: genesis.Ether(1_000_000)},
		HTTPHost: host,
		HTTPPort: port,
	})
	if err != nil {
		return err
	}
	s.progress("starting the Clique chain in %s (period %ds, archive)", s.cfg.chainDir(), s.chain.Genesis().Config.Clique.Period)
	if err := s.chain.Start(ctx); err != nil {
		return err
	}
	head := s.chain.Head()
	s.chainID = s.chain.ChainID()
	s.progress("chain %d at block %d (%s)", s.chainID, head.Number, head.Hash().TerminalString())
	return nil
}

// dialChain connects to an external node with standard eth_* calls only.
func (s *Stack) dialChain(ctx context.Context) error {
	s.progress("connecting to %s", s.cfg.EthRPC)
	c, err := ethclient.DialContext(ctx, s.cfg.EthRPC)
	if err != nil {
		return err
	}
	s.ext = c
	if s.chainID, err = c.ChainID(ctx); err != nil {
		return fmt.Errorf("chain id from %s: %w", s.cfg.EthRPC, err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	s.treasury = s.regulator
	s.progress("chain %d at block %d (%s)", s.chainID, head.Number, head.Hash().TerminalString())
	return nil
}

func (s *Stack) client() *ethclient.Client {
	if s.ext != nil {
		return s.ext
	}
	return s.chain.Client()
}

func (s *Stack) initSender(context.Context) error {
	abis, err := chainsvc.ErrorABIs()
	if err != nil {
		return err
	}
	s.sender, err = txsender.New(s.client(), txsender.Config{ChainID: s.chainID, ErrorABIs: abis})
	return err
}

func (s *Stack) gas() *gasStation {
	if s.station == nil {
		s.station = newGasStation(s.sender, s.keys, s.chainID, s.treasury, s.client())
	}
	return s.station
}

func (s *Stack) initContracts(ctx context.Context) error {
	prev, err := deploy.Load(s.cfg.manifestFile())
	if err != nil {
		return err
	}
	if s.ext != nil && !s.cfg.Deploy {
		if prev == nil {
			return fmt.Errorf("no deployment manifest at %s: run `salus deploy` against this node first", s.cfg.manifestFile())
		}
		if err := chainsvc.NewChain(s.client(), prev).Ready(ctx); err != nil {
			return fmt.Errorf("deployment in %s does not match the node: %w", s.cfg.manifestFile(), err)
		}
		s.manifest = prev
		return nil
	}
	if prev == nil {
		s.progress("deploying the contracts")
	} else {
		s.progress("checking the deployment in %s", s.cfg.manifestFile())
	}
	m, err := deploy.Run(ctx, s.client(), s.gas(), deploy.Roles{Deployer: s.regulator, Regulator: s.regulator}, prev, prefixWriter{s.out, "    "})
	if err != nil {
		return err
	}
	s.manifest = m
	return deploy.Save(s.cfg.manifestFile(), m)
}

func (s *Stack) initCredentials(context.Context) error {
	var err error
	if s.creds, err = auth.Load(s.cfg.credentialsFile()); err != nil {
		return err
	}
	for _, c := range s.creds.List() {
		if c.Account == s.regulator {
			return nil
		}
	}
	token, _, err := s.creds.Create("regulator", s.regulator)
	if err != nil {
		return err
	}
	s.RegulatorToken = token
	if err := os.WriteFile(s.cfg.regulatorTokenFile(), []byte(token+"\n"), 0o600); err != nil {
		return err
	}
	s.progress("created the regulator's API token in %s", s.cfg.regulatorTokenFile())
	return nil
}

func (s *Stack) initAPI(ctx context.Context) error {
	reg, err := chainsvc.NewRegistry(s.client(), s.gas(), s.manifest)
	if err != nil {
		return err
	}
	consent, err := chainsvc.NewConsent(s.client(), s.gas(), s.manifest, s.relayer)
	if err != nil {
		return err
	}
	pharma, err := s.pharma()
	if err != nil {
		return err
	}
	s.sessions = &sessions{}
	deps := api.Deps{
		Chain:    chainsvc.NewChain(s.client(), s.manifest),
		Registry: reg,
		Auth:     s.creds,
		Consent:  consent,
		Records:  s.records,
		Sessions: s.sessions,
		Storage:  storage{s.ipfs},
		Pharma:   pharma,
		Logger:   s.logger,
	}
	// Each area wires its own services into deps (services_<area>.go).
	for _, wire := range []func(context.Context, *api.Deps) error{
		s.wireClaims, s.wireServiceContracts, s.wireWebhooks, s.wireIndex,
	} {
		if err := wire(ctx, &deps); err != nil {
			return err
		}
	}
	s.api, err = api.New(s.cfg.API, deps)
	if err != nil {
		return err
	}
	if err := s.api.Start(ctx); err != nil {
		return err
	}
	// Sign-in messages name the server's address, known once it listens.
	scfg, err := s.siweConfig()
	if err != nil {
		return err
	}
	m, err := siwe.NewManager(scfg)
	if err != nil {
		return fmt.Errorf("sign-in: %w", err)
	}
	s.sessions.p.Store(m)
	return nil
}

func (s *Stack) printSummary() {
	w := s.out
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Salus is running")
	fmt.Fprintf(w, "  REST API         http://%s  (patient app at /app, docs at /docs; /healthz, /readyz, /metrics)\n", s.api.Addr())
	if u := s.RPCURL(); u != "" {
		fmt.Fprintf(w, "  chain RPC        %s\n", u)
	}
	fmt.Fprintf(w, "  chain id         %d\n", s.chainID)
	if s.chain != nil {
		fmt.Fprintf(w, "  signer           %s\n", s.signer)
	}
	fmt.Fprintf(w, "  regulator        %s  (API token in %s)\n", s.regulator, s.cfg.regulatorTokenFile())
	fmt.Fprintf(w, "  data             %s\n", s.cfg.DataDir)
	fmt.Fprintf(w, "  database         %s\n", s.cfg.dbConfig().Driver)
	if len(s.ipfsAddrs) > 0 {
		fmt.Fprintf(w, "  ipfs peer        %s\n", s.ipfsAddrs[0])
	} else {
		fmt.Fprintf(w, "  ipfs             offline, blocks in %s\n", s.cfg.ipfsDir())
	}
	for _, c := range deploy.Contracts() {
		fmt.Fprintf(w, "  %-16s %s\n", c.Name, s.manifest.Address(c.Name))
	}
	fmt.Fprintln(w, "Press Ctrl-C to stop.")
}

// Stop stops the API, then the chain. It tolerates a partly started stack.
func (s *Stack) Stop(ctx context.Context) error {
	var errs []error
	if s.api != nil {
		errs = append(errs, s.api.Stop(ctx))
		s.api = nil
	}
	for i := len(s.stopAreas) - 1; i >= 0; i-- {
		errs = append(errs, s.stopAreas[i](ctx))
	}
	s.stopAreas = nil
	if s.indexer != nil {
		errs = append(errs, s.indexer.Stop(ctx))
		s.indexer = nil
	}
	if s.indexDB != nil {
		errs = append(errs, db.Close(s.indexDB))
		s.indexDB = nil
	}
	if s.stopAnchor != nil {
		s.stopAnchor()
		<-s.anchorDone
		s.stopAnchor = nil
	}
	if s.ipfs != nil {
		errs = append(errs, s.ipfs.Close())
		s.ipfs = nil
	}
	if s.db != nil {
		errs = append(errs, db.Close(s.db))
		s.db = nil
	}
	if s.chain != nil {
		if head := s.chain.Head(); head != nil {
			s.progress("stopping the chain at block %d", head.Number)
		}
		errs = append(errs, s.chain.Stop(ctx))
		s.chain = nil
	}
	if s.ext != nil {
		s.ext.Close()
		s.ext = nil
	}
	s.sender, s.station = nil, nil
	return errors.Join(errs...)
}

// APIAddr returns the API's listening address (after Start).
func (s *Stack) APIAddr() net.Addr { return s.api.Addr() }

// RPCURL returns the chain's HTTP JSON-RPC URL, or "".
func (s *Stack) RPCURL() string {
	if s.chain == nil {
		return s.cfg.EthRPC
	}
	return s.chain.RPCURL()
}

// Manifest returns the deployment (after Start).
func (s *Stack) Manifest() *deploy.Manifest { return s.manifest }

// Chain returns the embedded chain (after Start).
func (s *Stack) Chain() *chain.Chain { return s.chain }

// Keys returns the keystore (after Start).
func (s *Stack) Keys() *keys.Store { return s.keys }

// Credentials returns the API credential store (after Start).
func (s *Stack) Credentials() *auth.Store { return s.creds }

// Records returns the record service (after Start).
func (s *Stack) Records() *records.Service { return s.records }

// Indexer returns the embedded indexer (after Start; nil with NoIndex).
func (s *Stack) Indexer() *indexer.Indexer { return s.indexer }

// IPFS returns the IPFS node (after Start).
func (s *Stack) IPFS() *ipfs.Node { return s.ipfs }

// Relayer returns the account that relays patients' signed grants.
func (s *Stack) Relayer() common.Address { return s.relayer }

// Regulator returns the regulator account.
func (s *Stack) Regulator() common.Address { return s.regulator }

// prefixWriter indents every write (progress of sub-steps).
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix+string(b)); err != nil {
		return 0, err
	}
	return len(b), nil
}

// Deploy deploys the contracts to the external node cfg.EthRPC from the
// regulator account in cfg.DataDir's keystore (reusing what the manifest
// already records) and writes the manifest. The regulator needs ether there.
func Deploy(ctx context.Context, cfg Config, out io.Writer) (*deploy.Manifest, error) {
	if cfg.EthRPC == "" {
		return nil, errors.New("deploy needs the node's JSON-RPC URL (--rpc or SALUS_ETH_RPC)")
	}
	cfg.Deploy = true
	s, err := NewStack(cfg, out, nil)
	if err != nil {
		return nil, err
	}
	defer s.Stop(context.WithoutCancel(ctx))
	for _, step := range []func(context.Context) error{s.initKeys, s.initChain, s.initSender, s.initContracts} {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	return s.manifest, nil
}
