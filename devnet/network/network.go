// Package network runs a multi-node geth v1.13.15 Clique devnet on the
// loopback interface: at least three signer nodes and one or more
// non-signing RPC nodes, each a separate geth process that outlives the
// command that started it.
//
// Up creates the network on first use (keys, genesis, data directories) and
// restarts it afterwards; Open loads an existing one; Status, StopNode,
// StartNode and Down manage its processes. Everything lives under one
// directory:
//
//	Dir/bin/geth                 geth, built from the pinned module unless Config.GethPath is set
//	Dir/password.txt             password of every devnet keystore (cleartext: devnet only)
//	Dir/genesis.json             Clique genesis made by package genesis
//	Dir/funder/keystore/         key of the account funded in genesis (see Network.Funder)
//	Dir/<node>/                  geth data directory: keystore/, nodekey, config.toml, geth.pid
//	Dir/logs/<node>.log          geth stdout and stderr
//	Dir/network.json             the network description written by Up and read by Open
//
// The package speaks Clique- and admin-specific JSON-RPC (clique_getSigners,
// admin_addPeer) to its own nodes; the rest of Salus uses standard eth_*
// calls only, through Network.RPCURL.
//
// Processes are managed through pid files, so a Network value returned by
// Open in another process controls the same nodes. Only Unix systems are
// supported.
//
// # Behaviour worth knowing
//
// Clique lets a signer seal at most one of any floor(N/2)+1 consecutive
// blocks. With three signers that is one block in two: losing one signer
// leaves the other two alternating and blocks keep coming; losing two halts
// the chain (the last signer seals at most one more block) until one
// returns.
//
// A geth v1.13 node drops blocks and transactions propagated by its peers
// until it has completed one sync, and it starts syncing only with five or
// more peers, or otherwise once a 10 s timer has fired. A devnet node has
// fewer peers, so a node that is behind when it (re)starts catches up about
// 10 s after its start. Up waits for that; StartNode does not.
package network

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
)

// File and directory names inside Config.Dir.
const (
	stateFile    = "network.json"
	passwordFile = "password.txt"
	genesisFile  = "genesis.json"
	logsDir      = "logs"
	binDir       = "bin"
	funderDir    = "funder"
	stateVersion = 1
)

// Errors returned by this package; check them with errors.Is.
var (
	// ErrNotCreated is returned by Open when the directory holds no
	// network.json. It wraps fs.ErrNotExist.
	ErrNotCreated = fmt.Errorf("devnet not created: %w", fs.ErrNotExist)
	// ErrDirInUse is returned by Up when asked to create a network in a
	// directory that already holds other files.
	ErrDirInUse = errors.New("devnet directory is not empty")
	// ErrUnknownNode is returned for a node name that is not in the network.
	ErrUnknownNode = errors.New("unknown devnet node")
	// ErrNodeExited is returned when a geth process dies while starting.
	ErrNodeExited = errors.New("geth process exited")
	// ErrPortInUse is returned when a port a node needs is already taken.
	ErrPortInUse = errors.New("port in use")
)

// Role is what a node does in the network.
type Role string

// Node roles.
const (
	// RoleSigner nodes seal blocks (Clique signers).
	RoleSigner Role = "signer"
	// RoleRPC nodes follow the chain and serve JSON-RPC, without signing.
	RoleRPC Role = "rpc"
)

// Node describes one geth node of the network. Paths are absolute.
type Node struct {
	// Name is "signer-<i>" or "rpc-<i>", counting from 1.
	Name string `json:"name"`
	// Role tells signers from RPC nodes.
	Role Role `json:"role"`
	// Address is the node's account: the Clique signer address of a signer,
	// an idle (never unlocked) account of an RPC node.
	Address common.Address `json:"address"`
	// Keystore is the encrypted key file of Address.
	Keystore string `json:"keystore"`
	// Enode is the node's devp2p URL, fixed by its node key.
	Enode string `json:"enode"`
	// P2PPort is the devp2p TCP port on 127.0.0.1.
	P2PPort int `json:"p2pPort"`
	// HTTPPort is the HTTP JSON-RPC port on 127.0.0.1.
	HTTPPort int `json:"httpPort"`
	// AuthRPCPort is the engine API port on 127.0.0.1 (unused by Clique, but
	// geth always listens on it, so it must not collide).
	AuthRPCPort int `json:"authRpcPort"`
	// DataDir is the geth data directory.
	DataDir string `json:"dataDir"`
	// LogFile receives the geth process's stdout and stderr.
	LogFile string `json:"logFile"`
}

// RPCURL returns the node's HTTP JSON-RPC endpoint.
func (nd Node) RPCURL() string {
	return "http://127.0.0.1:" + strconv.Itoa(nd.HTTPPort)
}

// PIDFile returns the file holding the pid of the node's running geth.
func (nd Node) PIDFile() string { return filepath.Join(nd.DataDir, "geth.pid") }

func (nd Node) nodeKeyFile() string { return filepath.Join(nd.DataDir, "nodekey") }
func (nd Node) configFile() string  { return filepath.Join(nd.DataDir, "config.toml") }
func (nd Node) keystoreDir() string { return filepath.Join(nd.DataDir, "keystore") }

// account is a keystore-backed account.
type account struct {
	Address  common.Address `json:"address"`
	Keystore string         `json:"keystore"`
}

// state is the content of network.json. Paths in it are relative to the
// network directory, so the directory can be moved while the network is
// down.
type state struct {
	Version  int     `json:"version"`
	ChainID  uint64  `json:"chainId"`
	Period   uint64  `json:"period"`
	BasePort int     `json:"basePort"`
	Geth     string  `json:"geth"`
	Funder   account `json:"funder"`
	Nodes    []Node  `json:"nodes"`
}

// Network is a devnet on disk and its geth processes. Its methods are safe
// for concurrent use; starting and stopping nodes is serialised. A Network
// holds no resources of its own: dropping it leaves the nodes running.
type Network struct {
	dir     string
	chainID uint64
	period  uint64
	geth    string
	funder  account
	nodes   []Node

	mu sync.Mutex // serialises StartNode, StopNode, Down and Up's restart

	progressMu sync.Mutex
	progress   io.Writer
}

// Open loads the network described by dir/network.json, as written by Up.
// It starts nothing. It returns an error wrapping ErrNotCreated when the
// file does not exist.
func Open(dir string) (*Network, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("open devnet: %w", err)
	}
	b, err := os.ReadFile(filepath.Join(abs, stateFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open devnet %s: %w", abs, ErrNotCreated)
	}
	if err != nil {
		return nil, fmt.Errorf("open devnet: %w", err)
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("open devnet: parse %s: %w", stateFile, err)
	}
	if st.Version != stateVersion {
		return nil, fmt.Errorf("open devnet: %s version %d, want %d", stateFile, st.Version, stateVersion)
	}
	if len(st.Nodes) == 0 {
		return nil, fmt.Errorf("open devnet: %s lists no nodes", stateFile)
	}
	n := &Network{
		dir:      abs,
		chainID:  st.ChainID,
		period:   st.Period,
		geth:     resolve(abs, st.Geth),
		funder:   account{Address: st.Funder.Address, Keystore: resolve(abs, st.Funder.Keystore)},
		progress: io.Discard,
	}
	for _, nd := range st.Nodes {
		nd.Keystore = resolve(abs, nd.Keystore)
		nd.DataDir = resolve(abs, nd.DataDir)
		nd.LogFile = resolve(abs, nd.LogFile)
		n.nodes = append(n.nodes, nd)
	}
	return n, nil
}

// save writes network.json atomically.
func (n *Network) save() error {
	st := state{
		Version:  stateVersion,
		ChainID:  n.chainID,
		Period:   n.period,
		BasePort: n.nodes[0].P2PPort - p2pOffset,
		Geth:     relative(n.dir, n.geth),
		Funder:   account{Address: n.funder.Address, Keystore: relative(n.dir, n.funder.Keystore)},
	}
	for _, nd := range n.nodes {
		nd.Keystore = relative(n.dir, nd.Keystore)
		nd.DataDir = relative(n.dir, nd.DataDir)
		nd.LogFile = relative(n.dir, nd.LogFile)
		st.Nodes = append(st.Nodes, nd)
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", stateFile, err)
	}
	return writeFileAtomic(filepath.Join(n.dir, stateFile), append(b, '\n'), 0o644)
}

// SetProgress sets where progress lines go (nil discards them). Open starts
// with none; Up uses Config.Progress.
func (n *Network) SetProgress(w io.Writer) {
	if w == nil {
		w = io.Discard
	}
	n.progressMu.Lock()
	n.progress = w
	n.progressMu.Unlock()
}

func (n *Network) logf(format string, args ...any) {
	n.progressMu.Lock()
	defer n.progressMu.Unlock()
	fmt.Fprintf(n.progress, format+"\n", args...)
}

// Dir returns the absolute network directory.
func (n *Network) Dir() string { return n.dir }

// ChainID returns the chain id, which is also the devp2p network id.
func (n *Network) ChainID() uint64 { return n.chainID }

// Period returns the Clique block period in seconds.
func (n *Network) Period() uint64 { return n.period }

// Nodes returns the nodes, signers first, in a new slice.
func (n *Network) Nodes() []Node { return append([]Node(nil), n.nodes...) }

// Signers returns the signer nodes in a new slice.
func (n *Network) Signers() []Node {
	var out []Node
	for _, nd := range n.nodes {
		if nd.Role == RoleSigner {
			out = append(out, nd)
		}
	}
	return out
}

// Node returns the node called name, or an error wrapping ErrUnknownNode.
func (n *Network) Node(name string) (Node, error) {
	for _, nd := range n.nodes {
		if nd.Name == name {
			return nd, nil
		}
	}
	return Node{}, fmt.Errorf("%w %q", ErrUnknownNode, name)
}

// RPCURL returns the HTTP JSON-RPC endpoint of the first non-signing RPC
// node: the endpoint applications should use.
func (n *Network) RPCURL() string {
	for _, nd := range n.nodes {
		if nd.Role == RoleRPC {
			return nd.RPCURL()
		}
	}
	return n.nodes[0].RPCURL() // unreachable for networks made by Up
}

// Funder returns the account funded with FunderBalanceEther ether in
// genesis, for deployments and tests: the path of its encrypted keystore
// file, its password (read from Dir/password.txt; empty if that file cannot
// be read) and its address.
func (n *Network) Funder() (keystorePath, password string, addr common.Address) {
	pw, err := n.password()
	if err != nil {
		pw = "" // the keystore file names the account even without it
	}
	return n.funder.Keystore, pw, n.funder.Address
}

// FunderKey decrypts and returns the funder's private key. Devnet only.
func (n *Network) FunderKey() (*ecdsa.PrivateKey, error) {
	pw, err := n.password()
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(n.funder.Keystore)
	if err != nil {
		return nil, fmt.Errorf("read funder keystore: %w", err)
	}
	key, err := keystore.DecryptKey(b, pw)
	if err != nil {
		return nil, fmt.Errorf("decrypt funder keystore: %w", err)
	}
	return key.PrivateKey, nil
}

// PasswordFile returns the path of the file holding the password of every
// keystore of the network.
func (n *Network) PasswordFile() string { return filepath.Join(n.dir, passwordFile) }

func (n *Network) password() (string, error) {
	b, err := os.ReadFile(n.PasswordFile())
	if err != nil {
		return "", fmt.Errorf("read devnet password: %w", err)
	}
	return firstLine(string(b)), nil
}

// StartNode starts the named node if it is not running (stopping it again if
// its JSON-RPC never answers), connects it to the
// other nodes and waits until its JSON-RPC answers and it is peered with
// every other running node. It does not wait for new blocks (with too few
// signers the chain may be halted) nor for the node to catch up, which
// takes about 10 s (see the package doc).
func (n *Network) StartNode(ctx context.Context, name string) error {
	nd, err := n.Node(name)
	if err != nil {
		return err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if started, err := n.startNode(ctx, nd); err != nil {
		if started { // launched but never answered: do not leave it behind
			stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), StopTimeout+5*time.Second)
			defer cancel()
			err = errors.Join(err, n.stopNode(stopCtx, nd))
		}
		return fmt.Errorf("start %s: %w", name, err)
	}
	if err := n.connect(ctx, []Node{nd}); err != nil {
		return fmt.Errorf("start %s: %w", name, err)
	}
	if err := n.waitPeered(ctx, nd, 30*time.Second); err != nil {
		return fmt.Errorf("start %s: %w", name, err)
	}
	return nil
}

// StopNode stops the named node: SIGTERM, then SIGKILL if it has not exited
// after StopTimeout or when ctx ends. Its data is kept. Stopping a node that
// is not running is not an error.
func (n *Network) StopNode(ctx context.Context, name string) error {
	nd, err := n.Node(name)
	if err != nil {
		return err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if err := n.stopNode(ctx, nd); err != nil {
		return fmt.Errorf("stop %s: %w", name, err)
	}
	return nil
}

// Down stops every node concurrently, as StopNode does, and keeps all data;
// Up restarts the network. It returns the errors of all nodes joined.
func (n *Network) Down(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	errs := make([]error, len(n.nodes))
	var wg sync.WaitGroup
	for i, nd := range n.nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := n.stopNode(ctx, nd); err != nil {
				errs[i] = fmt.Errorf("stop %s: %w", nd.Name, err)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// resolve makes p absolute relative to dir.
func resolve(dir, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// relative makes p relative to dir when it lies inside dir.
func relative(dir, p string) string {
	if r, err := filepath.Rel(dir, p); err == nil && filepath.IsLocal(r) {
		return filepath.ToSlash(r)
	}
	return p
}

func writeFileAtomic(path string, data []byte, perm fs.FileMode) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, perm); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return nil
}

func firstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return s[:i]
		}
	}
	return s
}
