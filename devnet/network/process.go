package network

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// StopTimeout is how long StopNode and Down wait after SIGTERM before
// sending SIGKILL.
const StopTimeout = 20 * time.Second

// startTimeout bounds how long a started geth may take to answer JSON-RPC.
const startTimeout = 60 * time.Second

// gethArgs returns the command line of a node.
func (n *Network) gethArgs(nd Node) []string {
	args := []string{
		"--datadir", nd.DataDir,
		"--config", nd.configFile(), // p2p listen address and static peers
		"--networkid", strconv.FormatUint(n.chainID, 10),
		"--nat", "none",
		"--nodiscover",
		"--bootnodes=",
		"--nodekey", nd.nodeKeyFile(),
		"--ipcdisable",
		"--http",
		"--http.addr", "127.0.0.1",
		"--http.port", strconv.Itoa(nd.HTTPPort),
		"--http.api", "eth,net,web3,clique,admin,txpool", // admin over HTTP: loopback devnet only
		"--authrpc.addr", "127.0.0.1",
		"--authrpc.port", strconv.Itoa(nd.AuthRPCPort),
		"--syncmode", "full",
		"--gcmode", "archive",
		"--state.scheme", "hash",
		"--verbosity", "3",
	}
	if nd.Role == RoleSigner {
		addr := nd.Address.Hex()
		args = append(args,
			"--mine",
			"--miner.etherbase", addr,
			"--unlock", addr,
			"--password", n.PasswordFile(),
			"--allow-insecure-unlock", // unlocking with HTTP enabled; the endpoint is loopback-only
		)
	}
	return args
}

// startAll starts every node that is not running and returns those it
// started. On error the returned nodes are running and the caller stops
// them.
func (n *Network) startAll(ctx context.Context) ([]Node, error) {
	// Check every port first, to fail before starting anything.
	for _, nd := range n.nodes {
		if _, ok := n.nodePID(nd); ok {
			continue
		}
		if err := checkPorts(nd); err != nil {
			return nil, fmt.Errorf("start %s: %w", nd.Name, err)
		}
	}
	var started []Node
	for _, nd := range n.nodes {
		ok, err := n.startNode(ctx, nd)
		if ok {
			started = append(started, nd)
		}
		if err != nil {
			return started, fmt.Errorf("start %s: %w", nd.Name, err)
		}
	}
	return started, nil
}

// startNode starts nd unless it already runs and waits until its JSON-RPC
// answers. started reports whether a process was launched (and is left
// running even if waiting failed).
func (n *Network) startNode(ctx context.Context, nd Node) (started bool, err error) {
	if pid, ok := n.nodePID(nd); ok {
		n.logf("node %s already running (pid %d)", nd.Name, pid)
		return false, nil
	}
	if err := checkPorts(nd); err != nil {
		return false, err
	}
	logFile, err := os.OpenFile(nd.LogFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return false, fmt.Errorf("open log: %w", err)
	}
	fmt.Fprintf(logFile, "=== salus devnet: starting %s at %s ===\n", nd.Name, time.Now().Format(time.RFC3339))
	cmd := exec.Command(n.geth, n.gethArgs(nd)...) // not CommandContext: the node outlives ctx
	cmd.Dir = nd.DataDir
	cmd.Stdout, cmd.Stderr = logFile, logFile
	pid, err := startDetached(cmd)
	logFile.Close() // the child has its own descriptor
	if err != nil {
		return false, err
	}
	if err := os.WriteFile(nd.PIDFile(), []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		_ = signalProcess(pid, true)
		return false, fmt.Errorf("write pid file: %w", err)
	}
	n.logf("node %s started (pid %d, rpc %s)", nd.Name, pid, nd.RPCURL())
	return true, n.waitRPC(ctx, nd, pid)
}

// waitRPC waits until nd answers eth_blockNumber, failing early with the
// end of its log if the process dies.
func (n *Network) waitRPC(ctx context.Context, nd Node, pid int) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	for {
		if !processAlive(pid, nd.DataDir) {
			return fmt.Errorf("%w (pid %d); end of %s:\n%s", ErrNodeExited, pid, nd.LogFile, logTail(nd.LogFile, 15))
		}
		callCtx, callCancel := context.WithTimeout(ctx, time.Second)
		_, err := blockNumber(callCtx, nd)
		callCancel()
		if err == nil {
			return nil
		}
		if err := sleep(ctx, 200*time.Millisecond); err != nil {
			return fmt.Errorf("waiting for json-rpc at %s: %w", nd.RPCURL(), err)
		}
	}
}

// stopNode stops nd's process if it runs and removes its pid file.
func (n *Network) stopNode(ctx context.Context, nd Node) error {
	pid, ok := n.nodePID(nd)
	if !ok {
		_ = os.Remove(nd.PIDFile())
		return nil
	}
	n.logf("stopping node %s (pid %d)…", nd.Name, pid)
	if err := signalProcess(pid, false); err != nil {
		return fmt.Errorf("sigterm pid %d: %w", pid, err)
	}
	termCtx, cancel := context.WithTimeout(ctx, StopTimeout)
	defer cancel()
	if waitExit(termCtx, pid, nd.DataDir) {
		n.logf("node %s stopped", nd.Name)
		return os.Remove(nd.PIDFile())
	}
	n.logf("node %s did not exit after SIGTERM; sending SIGKILL", nd.Name)
	if err := signalProcess(pid, true); err != nil {
		return fmt.Errorf("sigkill pid %d: %w", pid, err)
	}
	// SIGKILL cannot be ignored; wait a little even if ctx is done.
	killCtx, cancel2 := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel2()
	if !waitExit(killCtx, pid, nd.DataDir) {
		return fmt.Errorf("pid %d still running after SIGKILL", pid)
	}
	n.logf("node %s killed", nd.Name)
	return os.Remove(nd.PIDFile())
}

// nodePID returns the pid of nd's geth if it is running.
func (n *Network) nodePID(nd Node) (int, bool) {
	b, err := os.ReadFile(nd.PIDFile())
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, processAlive(pid, nd.DataDir)
}

// waitExit polls until the process is gone or ctx ends; it reports whether
// the process is gone.
func waitExit(ctx context.Context, pid int, dataDir string) bool {
	for {
		if !processAlive(pid, dataDir) {
			return true
		}
		if sleep(ctx, 100*time.Millisecond) != nil {
			return !processAlive(pid, dataDir)
		}
	}
}

// checkPorts fails with ErrPortInUse if a port of nd is taken.
func checkPorts(nd Node) error {
	for _, port := range []int{nd.P2PPort, nd.HTTPPort, nd.AuthRPCPort} {
		if !portFree(port) {
			return fmt.Errorf("%w: 127.0.0.1:%d", ErrPortInUse, port)
		}
	}
	return nil
}

// portFree reports whether a TCP listener can be opened on 127.0.0.1:port.
func portFree(port int) bool {
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// logTail returns the last lines of a log file.
func logTail(path string, lines int) string {
	f, err := os.Open(path)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	defer f.Close()
	const max = 8 << 10
	if fi, err := f.Stat(); err == nil && fi.Size() > max {
		_, _ = f.Seek(fi.Size()-max, io.SeekStart)
	}
	b, _ := io.ReadAll(f)
	return tail(string(b), lines)
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
