//go:build unix

package network

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"syscall"
)

// children holds the pids of geth processes this process started and has
// not reaped yet. They are reaped lazily by processAlive (wait4 WNOHANG), so
// no goroutine waits on them and they never linger as zombies once a
// liveness check has seen them exit. Processes started by another command
// are reparented to init, which reaps them.
var children sync.Map // int -> struct{}

// startDetached starts cmd in its own session (so it survives the end of
// the launching command and its terminal) and returns its pid.
func startDetached(cmd *exec.Cmd) (int, error) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return 0, fmt.Errorf("start geth: %w", err)
	}
	pid := cmd.Process.Pid
	children.Store(pid, struct{}{})
	_ = cmd.Process.Release() // reaped by processAlive instead of cmd.Wait
	return pid, nil
}

// signalProcess sends SIGTERM, or SIGKILL if kill, to the process group the
// node leads (geth starts no children, so this is the geth process).
func signalProcess(pid int, kill bool) error {
	sig := syscall.SIGTERM
	if kill {
		sig = syscall.SIGKILL
	}
	err := syscall.Kill(-pid, sig)
	if errors.Is(err, syscall.ESRCH) {
		err = syscall.Kill(pid, sig) // not a group leader (started by an older version?)
	}
	if errors.Is(err, syscall.ESRCH) {
		return nil // already gone
	}
	return err
}

// processAlive reports whether pid is a live geth serving dataDir. A pid
// file left behind after a reboot may name an unrelated process, so where
// /proc exists the command line must mention the data directory; zombies
// (empty command line) count as dead.
func processAlive(pid int, dataDir string) bool {
	if pid <= 0 {
		return false
	}
	if _, ok := children.Load(pid); ok {
		var ws syscall.WaitStatus
		wpid, err := syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		for errors.Is(err, syscall.EINTR) {
			wpid, err = syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		}
		switch {
		case wpid == pid:
			children.Delete(pid)
			return false
		case err != nil: // ECHILD: reaped elsewhere
			children.Delete(pid)
		default:
			// Our child, not exited: alive. (Its pid cannot be reused before
			// we reap it, and once it exits only Wait4 tells: a zombie's
			// cmdline is empty, so the checks below would call it gone
			// while leaving it unreaped.)
			return true
		}
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		if _, statErr := os.Stat("/proc/self"); statErr == nil {
			return false // /proc works but this pid vanished meanwhile
		}
		return true // no /proc (e.g. macOS): trust kill(0)
	}
	return bytes.Contains(cmdline, []byte("\x00"+dataDir+"\x00"))
}
