package network

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"

	"github.com/salus-health/salus/devnet/genesis"
)

// gethPackage is the import path of the geth command built when
// Config.GethPath is empty; its version is the one go.mod pins.
const gethPackage = "github.com/ethereum/go-ethereum/cmd/geth"

// GethVersion is the geth release the devnet runs: the last one that seals
// Clique blocks. Up refuses a Config.GethPath of another version.
const GethVersion = "1.13.15"

// Up creates the network described by cfg in cfg.Dir, or restarts it when
// cfg.Dir/network.json exists, and waits (bounded by ctx and
// cfg.ReadyTimeout) until every node is running, every node is peered with
// every other one and blocks advance on all of them.
//
// Nodes already running are left alone. If Up fails it stops the nodes it
// started. A network that was fully laid out stays on disk, so a later Up
// restarts it; a half-created one is removed again, except a built bin/geth.
func Up(ctx context.Context, cfg Config) (*Network, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("devnet up: %w", err)
	}
	cfg = cfg.withDefaults()
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("devnet up: %w", err)
	}
	cfg.Dir = dir

	var n *Network
	_, statErr := os.Stat(filepath.Join(dir, stateFile))
	switch {
	case statErr == nil:
		if n, err = Open(dir); err != nil {
			return nil, fmt.Errorf("devnet up: %w", err)
		}
		n.SetProgress(cfg.Progress)
		n.logf("restarting devnet in %s", dir)
		n.warnIgnored(cfg)
		if err := n.initGeth(ctx, cfg); err != nil {
			return nil, fmt.Errorf("devnet up: init geth: %w", err)
		}
	case errors.Is(statErr, fs.ErrNotExist):
		if n, err = create(ctx, cfg); err != nil {
			return nil, fmt.Errorf("devnet up: %w", err)
		}
	default:
		return nil, fmt.Errorf("devnet up: %w", statErr)
	}

	n.mu.Lock()
	defer n.mu.Unlock()
	started, err := n.startAll(ctx)
	if err == nil {
		err = n.connect(ctx, n.nodes)
	}
	if err == nil {
		err = n.waitReady(ctx, cfg.ReadyTimeout)
	}
	if err != nil {
		// Stop only what this call started, even when ctx is already done.
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), StopTimeout+5*time.Second)
		defer cancel()
		errs := []error{fmt.Errorf("devnet up: %w", err)}
		for _, nd := range started {
			if serr := n.stopNode(stopCtx, nd); serr != nil {
				errs = append(errs, fmt.Errorf("clean up %s: %w", nd.Name, serr))
			}
		}
		return nil, errors.Join(errs...)
	}
	n.logf("devnet ready: %d nodes, chain id %d, rpc %s", len(n.nodes), n.chainID, n.RPCURL())
	return n, nil
}

// warnIgnored reports Config fields that differ from the existing network:
// a restart keeps the network as it was created.
func (n *Network) warnIgnored(cfg Config) {
	var diffs []string
	if got := len(n.Signers()); got != cfg.Signers {
		diffs = append(diffs, fmt.Sprintf("%d signers (config %d)", got, cfg.Signers))
	}
	if got := len(n.nodes) - len(n.Signers()); got != cfg.RPCNodes {
		diffs = append(diffs, fmt.Sprintf("%d rpc nodes (config %d)", got, cfg.RPCNodes))
	}
	if n.chainID != cfg.ChainID {
		diffs = append(diffs, fmt.Sprintf("chain id %d (config %d)", n.chainID, cfg.ChainID))
	}
	if n.period != cfg.Period {
		diffs = append(diffs, fmt.Sprintf("period %ds (config %ds)", n.period, cfg.Period))
	}
	if base := n.nodes[0].P2PPort - p2pOffset; base != cfg.BasePort {
		diffs = append(diffs, fmt.Sprintf("base port %d (config %d)", base, cfg.BasePort))
	}
	if len(diffs) > 0 {
		n.logf("note: keeping the existing network's %s", strings.Join(diffs, ", "))
	}
}

// create lays out a new network in cfg.Dir: keys, genesis, initialised
// data directories and network.json. On failure it removes what it made,
// except bin/.
func create(ctx context.Context, cfg Config) (n *Network, err error) {
	dir := cfg.Dir
	if err := checkEmpty(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	defer func() {
		if err == nil {
			return
		}
		// Undo: remove everything but bin/, so a retry starts clean and
		// does not have to build geth again.
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != binDir {
				if rmErr := os.RemoveAll(filepath.Join(dir, e.Name())); rmErr != nil {
					err = errors.Join(err, fmt.Errorf("clean up: %w", rmErr))
				}
			}
		}
	}()

	n = &Network{dir: dir, chainID: cfg.ChainID, period: cfg.Period}
	n.SetProgress(cfg.Progress)
	n.logf("creating devnet in %s: %d signers, %d rpc nodes, chain id %d, period %ds",
		dir, cfg.Signers, cfg.RPCNodes, cfg.ChainID, cfg.Period)

	if err := n.initGeth(ctx, cfg); err != nil {
		return nil, fmt.Errorf("init geth: %w", err)
	}
	password, err := n.initPassword()
	if err != nil {
		return nil, fmt.Errorf("init password: %w", err)
	}
	if err := n.initKeys(cfg, password); err != nil {
		return nil, fmt.Errorf("init keys: %w", err)
	}
	if err := n.initGenesis(); err != nil {
		return nil, fmt.Errorf("init genesis: %w", err)
	}
	if err := n.initDataDirs(ctx); err != nil {
		return nil, fmt.Errorf("init data dirs: %w", err)
	}
	if err := n.save(); err != nil {
		return nil, fmt.Errorf("init state: %w", err)
	}
	return n, nil
}

// checkEmpty accepts a missing directory or one holding at most bin/.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.Name() != binDir {
			return fmt.Errorf("%w: %s holds %s but no %s", ErrDirInUse, dir, e.Name(), stateFile)
		}
	}
	return nil
}

// initGeth settles which geth binary to run: cfg.GethPath if set, else
// the one an existing network recorded if it is still there, else
// Dir/bin/geth, built when missing. A restart that changes the binary
// records it in network.json.
func (n *Network) initGeth(ctx context.Context, cfg Config) error {
	path := cfg.GethPath
	if path == "" && n.geth != "" {
		if _, err := os.Stat(n.geth); err == nil {
			path = n.geth
		}
	}
	if path == "" {
		path = filepath.Join(n.dir, binDir, "geth")
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			if err := n.buildGeth(ctx, cfg.ModuleRoot, path); err != nil {
				return err
			}
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(abs); err != nil {
		return fmt.Errorf("geth binary: %w", err)
	} else if fi.IsDir() || fi.Mode()&0o111 == 0 {
		return fmt.Errorf("geth binary %s is not an executable file", abs)
	}
	if err := checkGethVersion(ctx, abs); err != nil {
		return err
	}
	changed := n.geth != "" && n.geth != abs
	n.geth = abs
	if changed {
		return n.save()
	}
	return nil
}

// checkGethVersion runs `geth version` and compares it with GethVersion.
func checkGethVersion(ctx context.Context, geth string) error {
	out, err := exec.CommandContext(ctx, geth, "version").Output()
	if err != nil {
		return fmt.Errorf("%s version: %w", geth, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Version: "); ok {
			if v = strings.TrimSpace(v); v != GethVersion && !strings.HasPrefix(v, GethVersion+"-") {
				return fmt.Errorf("%s is geth %s, want %s", geth, v, GethVersion)
			}
			return nil
		}
	}
	return fmt.Errorf("%s version: no version line in %q", geth, out)
}

// buildGeth runs `go build -o out github.com/ethereum/go-ethereum/cmd/geth`
// in the module root, so the binary is the go-ethereum version go.mod pins.
func (n *Network) buildGeth(ctx context.Context, moduleRoot, out string) error {
	if moduleRoot == "" {
		var err error
		if moduleRoot, err = findModuleRoot(); err != nil {
			return err
		}
	}
	n.logf("building geth (%s in %s)…", gethPackage, moduleRoot)
	start := time.Now()
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("build geth: %w", err)
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, gethPackage)
	cmd.Dir = moduleRoot
	if output, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("build geth: %w: %s", err, strings.TrimSpace(string(output)))
	}
	n.logf("built geth in %s", time.Since(start).Round(100*time.Millisecond))
	return nil
}

// findModuleRoot walks up from the working directory to the nearest go.mod.
func findModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find module root: no go.mod above the working directory; set Config.ModuleRoot or Config.GethPath")
		}
		dir = parent
	}
}

// initPassword writes a random password to Dir/password.txt. It protects
// every keystore of the devnet and is stored in clear text, which is only
// acceptable because devnet keys guard nothing of value.
func (n *Network) initPassword() (string, error) {
	buf := make([]byte, 16)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	pw := hex.EncodeToString(buf)
	if err := os.WriteFile(n.PasswordFile(), []byte(pw+"\n"), 0o600); err != nil {
		return "", err
	}
	return pw, nil
}

// initKeys creates each node's data directory, account keystore and node
// key, and the funder's keystore. Keystores use go-ethereum's light scrypt
// parameters so geth unlocks them quickly.
func (n *Network) initKeys(cfg Config, password string) error {
	total := cfg.Signers + cfg.RPCNodes
	for i := 0; i < total; i++ {
		nd := Node{
			Role:        RoleSigner,
			Name:        "signer-" + strconv.Itoa(i+1),
			P2PPort:     cfg.BasePort + p2pOffset + i,
			HTTPPort:    cfg.BasePort + httpOffset + i,
			AuthRPCPort: cfg.BasePort + authOffset + i,
		}
		if i >= cfg.Signers {
			nd.Role = RoleRPC
			nd.Name = "rpc-" + strconv.Itoa(i-cfg.Signers+1)
		}
		nd.DataDir = filepath.Join(n.dir, nd.Name)
		nd.LogFile = filepath.Join(n.dir, logsDir, nd.Name+".log")

		acct, err := keystore.StoreKey(nd.keystoreDir(), password, keystore.LightScryptN, keystore.LightScryptP)
		if err != nil {
			return fmt.Errorf("%s account: %w", nd.Name, err)
		}
		nd.Address, nd.Keystore = acct.Address, acct.URL.Path

		nodeKey, err := crypto.GenerateKey()
		if err != nil {
			return fmt.Errorf("%s node key: %w", nd.Name, err)
		}
		if err := crypto.SaveECDSA(nd.nodeKeyFile(), nodeKey); err != nil {
			return fmt.Errorf("%s node key: %w", nd.Name, err)
		}
		nd.Enode = enode.NewV4(&nodeKey.PublicKey, net.IPv4(127, 0, 0, 1), nd.P2PPort, nd.P2PPort).URLv4()
		n.nodes = append(n.nodes, nd)
	}
	if err := os.MkdirAll(filepath.Join(n.dir, logsDir), 0o755); err != nil {
		return err
	}
	acct, err := keystore.StoreKey(filepath.Join(n.dir, funderDir, "keystore"), password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return fmt.Errorf("funder account: %w", err)
	}
	n.funder = account{Address: acct.Address, Keystore: acct.URL.Path}
	return nil
}

// initGenesis writes Dir/genesis.json for the signer set, funding the
// funder account.
func (n *Network) initGenesis() error {
	var signers []common.Address
	for _, nd := range n.Signers() {
		signers = append(signers, nd.Address)
	}
	g, err := genesis.New(genesis.Config{
		ChainID:   n.chainID,
		Period:    n.period,
		Signers:   signers,
		Alloc:     map[common.Address]*big.Int{n.funder.Address: genesis.Ether(FunderBalanceEther)},
		Timestamp: uint64(time.Now().Unix()),
	})
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(n.dir, genesisFile), b, 0o644)
}

// initDataDirs runs `geth init` in every data directory (hash state scheme:
// archive mode is not supported with the path scheme) and writes each
// node's config.toml.
func (n *Network) initDataDirs(ctx context.Context) error {
	gen := filepath.Join(n.dir, genesisFile)
	for _, nd := range n.nodes {
		n.logf("geth init %s", nd.Name)
		cmd := exec.CommandContext(ctx, n.geth, "init",
			"--datadir", nd.DataDir,
			"--state.scheme", "hash",
			gen)
		if output, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("geth init %s: %w: %s", nd.Name, err, tail(string(output), 10))
		}
		if err := os.WriteFile(nd.configFile(), []byte(n.configTOML(nd)), 0o644); err != nil {
			return fmt.Errorf("%s config: %w", nd.Name, err)
		}
	}
	return nil
}

// configTOML returns the node's geth config file. It holds only what has no
// command-line flag: the p2p listener bound to loopback (--port would bind
// every interface) and the other nodes as static peers, which geth keeps
// redialling. (v1.13 ignores a datadir static-nodes.json.)
func (n *Network) configTOML(self Node) string {
	var peers []string
	for _, nd := range n.nodes {
		if nd.Name != self.Name {
			peers = append(peers, strconv.Quote(nd.Enode))
		}
	}
	return fmt.Sprintf(`# Written by salus devnet/network; regenerated only when the network is created.
[Node.P2P]
ListenAddr = %q
NoDiscovery = true
BootstrapNodes = []
BootstrapNodesV5 = []
StaticNodes = [%s]
`, net.JoinHostPort("127.0.0.1", strconv.Itoa(self.P2PPort)), strings.Join(peers, ", "))
}

// tail returns the last lines of s.
func tail(s string, lines int) string {
	s = strings.TrimRight(s, "\n")
	parts := strings.Split(s, "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}
