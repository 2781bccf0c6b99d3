package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/backend/ipfs"
	"github.com/salus-health/salus/backend/records"
	"github.com/salus-health/salus/backend/siwe"
	"github.com/salus-health/salus/indexer"
)

// Keystore accounts of the record and consent services.
const (
	// KeyServiceAccount holds the key service's custody key: every record's
	// data key is wrapped to it, so the service can serve authorised readers
	// and re-wrap for later grantees. It never sends transactions.
	KeyServiceAccount = "keyservice"
	// RelayerAccount sends the grants and revocations patients sign, and
	// pays their gas.
	RelayerAccount = "relayer"
)

func (c Config) dbConfig() db.Config {
	cfg := db.Config{Driver: c.DBDriver, DSN: c.DBDSN}
	if cfg.Driver == "" {
		cfg.Driver = db.SQLite
	}
	if cfg.DSN == "" && cfg.Driver == db.SQLite {
		cfg.DSN = filepath.Join(c.DataDir, "salus.db")
	}
	return cfg
}

func (c Config) ipfsDir() string { return filepath.Join(c.DataDir, "ipfs") }

func (c Config) indexDBConfig() db.Config {
	cfg := db.Config{Driver: c.IndexDBDriver, DSN: c.IndexDBDSN}
	if cfg.Driver == "" {
		cfg.Driver = db.SQLite
	}
	if cfg.DSN == "" && cfg.Driver == db.SQLite {
		cfg.DSN = filepath.Join(c.DataDir, "index.db")
	}
	return cfg
}

func (s *Stack) initIndexer(ctx context.Context) error {
	cfg := s.cfg.indexDBConfig()
	cfg.Logger = s.logger
	var err error
	if s.indexDB, err = db.Open(ctx, cfg); err != nil {
		return err
	}
	if s.cfg.NoIndex {
		// Another process (salus index) writes the index; the API reads it.
		s.progress("reading the event index another process writes in the %s database", cfg.Driver)
		return nil
	}
	s.progress("indexing contract events into the %s database", cfg.Driver)
	s.indexer, err = indexer.New(indexer.Config{Manifest: s.manifest, Confirmations: s.cfg.IndexConfirmations,
		PollInterval: s.cfg.IndexPollInterval, Progress: prefixWriter{s.out, "    "}, Logger: s.logger}, s.client(), s.indexDB)
	if err != nil {
		return err
	}
	return s.indexer.Start(ctx)
}

func (s *Stack) initDatabase(ctx context.Context) error {
	cfg := s.cfg.dbConfig()
	cfg.Logger = s.logger
	s.progress("opening the %s database", cfg.Driver)
	var err error
	s.db, err = db.Open(ctx, cfg)
	return err
}

func (s *Stack) initIPFS(ctx context.Context) error {
	cfg := ipfs.Config{Dir: s.cfg.ipfsDir(), Offline: s.cfg.IPFSOffline, ListenAddrs: s.cfg.IPFSListen,
		Peers: s.cfg.IPFSPeers, Logger: s.logger}
	s.progress("opening the IPFS node in %s", cfg.Dir)
	var err error
	if s.ipfs, err = ipfs.Open(ctx, cfg); err != nil {
		return err
	}
	if ai := s.ipfs.AddrInfo(); ai.ID != "" {
		for _, a := range ai.Addrs {
			s.ipfsAddrs = append(s.ipfsAddrs, fmt.Sprintf("%s/p2p/%s", a, ai.ID))
		}
	}
	return nil
}

func (s *Stack) initRecords(ctx context.Context) error {
	keyAddr, created, err := s.keys.Ensure(KeyServiceAccount)
	if err != nil {
		return err
	}
	if created {
		s.progress("created the key service's custody key %s", keyAddr)
	}
	custody, err := s.keys.PrivateKey(keyAddr)
	if err != nil {
		return err
	}
	if s.relayer, created, err = s.keys.Ensure(RelayerAccount); err != nil {
		return err
	}
	if created {
		s.progress("created the relayer account %s (it pays for patients' signed grants)", s.relayer)
	}
	rc, err := chainsvc.NewRecordChain(s.client(), s.gas(), s.manifest, s.regulator)
	if err != nil {
		return err
	}
	s.records, err = records.New(ctx, records.Config{DB: s.db, Chain: rc, Blocks: ipfsBlocks{s.ipfs},
		ServiceKey: custody, Logger: s.logger})
	if err != nil {
		return err
	}
	if s.cfg.AuditAnchorInterval > 0 {
		actx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		s.stopAnchor = cancel
		s.anchorDone = make(chan struct{})
		go func() {
			defer close(s.anchorDone)
			s.records.RunAnchor(actx, s.cfg.AuditAnchorInterval)
		}()
	}
	return nil
}

// pharma builds the supply-chain and prescription service: DrugBatches and
// Prescriptions, with serial lists and batch certificates in the IPFS node.
func (s *Stack) pharma() (*chainsvc.Pharma, error) {
	return chainsvc.NewPharma(s.client(), s.gas(), s.manifest, ipfsBlocks{s.ipfs}, chainsvc.PharmaConfig{})
}

// siweConfig derives the sign-in domain and URI from the API's public URL.
func (s *Stack) siweConfig() (siwe.Config, error) {
	public := s.cfg.PublicURL
	if public == "" {
		public = "http://" + s.api.Addr().String()
	}
	u, err := url.Parse(public)
	if err != nil || u.Host == "" {
		return siwe.Config{}, fmt.Errorf("public URL %q: want scheme://host[:port] (SALUS_PUBLIC_URL)", public)
	}
	return siwe.Config{Domain: u.Host, URI: public, ChainID: s.chainID.Uint64(),
		Statement:  "Sign in to Salus to see and manage who may read your medical records.",
		SessionTTL: s.cfg.SessionTTL}, nil
}

// ipfsBlocks adapts the IPFS node to records.Blocks.
type ipfsBlocks struct{ n *ipfs.Node }

func (b ipfsBlocks) Add(ctx context.Context, r io.Reader) (cid.Cid, error) { return b.n.Add(ctx, r) }
func (b ipfsBlocks) Unpin(ctx context.Context, c cid.Cid) error            { return b.n.Unpin(ctx, c) }
func (b ipfsBlocks) Open(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	r, _, err := b.n.Open(ctx, c)
	return r, err
}

// storage adapts the IPFS node to api.Storage.
type storage struct{ n *ipfs.Node }

func (s storage) AddPublic(ctx context.Context, r io.Reader) (string, error) {
	c, err := s.n.Add(ctx, r)
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

func (s storage) Gateway() http.Handler { return s.n.Gateway() }

// sessions adapts the SIWE manager to api.Sessions; the manager is built
// once the API listens, because the sign-in URI names its address.
type sessions struct{ p atomic.Pointer[siwe.Manager] }

var errSessionsStarting = fmt.Errorf("%w: sign-in is starting; try again in a moment", api.ErrUnavailable)

func (s *sessions) Challenge() (api.SignInChallenge, error) {
	m := s.p.Load()
	if m == nil {
		return api.SignInChallenge{}, errSessionsStarting
	}
	c, err := m.Challenge()
	if err != nil {
		return api.SignInChallenge{}, err
	}
	return api.SignInChallenge{Nonce: c.Nonce, ExpiresAt: c.ExpiresAt, Domain: c.Domain, URI: c.URI,
		ChainID: c.ChainID, Statement: c.Statement}, nil
}

func (s *sessions) SignIn(message string, signature []byte) (api.Session, error) {
	m := s.p.Load()
	if m == nil {
		return api.Session{}, errSessionsStarting
	}
	se, err := m.SignIn(message, signature)
	if err != nil {
		return api.Session{}, refused(err)
	}
	return api.Session{Token: se.Token, Address: se.Address, ExpiresAt: se.ExpiresAt}, nil
}

func (s *sessions) Authenticate(token string) (common.Address, error) {
	m := s.p.Load()
	if m == nil {
		return common.Address{}, api.Unauthenticated("sign-in is starting; try again in a moment")
	}
	addr, err := m.Authenticate(token)
	if err != nil {
		return common.Address{}, refused(err)
	}
	return addr, nil
}

// refused turns a sign-in or session error into the API's 401, with the
// siwe package's message (written for the user) as the reason; configuration
// errors stay internal.
func refused(err error) error {
	if errors.Is(err, siwe.ErrConfig) {
		return err
	}
	return api.Unauthenticated(strings.TrimPrefix(err.Error(), "siwe: "))
}

func (s *sessions) SignOut(token string) {
	if m := s.p.Load(); m != nil {
		m.SignOut(token)
	}
}
