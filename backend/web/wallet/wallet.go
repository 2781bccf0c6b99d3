// Package wallet drives wallet.mjs, a browser wallet played by ethers.js and
// the siwe package under Node, so Go tests can check that the backend accepts
// what real wallet code produces. Tests skip when Node or the npm packages
// are missing, except under CI (CI set), where they fail.
package wallet

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// Available reports why the wallet cannot run, or "" when it can.
func Available() string {
	if _, err := exec.LookPath("node"); err != nil {
		return "node is not installed"
	}
	if _, err := os.Stat(filepath.Join(dir(), "..", "node_modules", "ethers")); err != nil {
		return "backend/web/node_modules is missing (run make deps)"
	}
	return ""
}

// Require skips (or, under CI, fails) t when the wallet cannot run.
func Require(t testing.TB) {
	t.Helper()
	if why := Available(); why != "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("the ethers.js wallet is required under CI: %s", why)
		}
		t.Skip(why)
	}
}

// Call sends req to wallet.mjs and decodes its answer into out.
func Call(t testing.TB, req map[string]any, out any) {
	t.Helper()
	Require(t)
	in, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(dir(), "wallet.mjs"))
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("wallet.mjs did not answer within 60s")
	}
	if err != nil {
		t.Fatalf("wallet.mjs %v: %v\n%s", req["op"], err, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), out); err != nil {
		t.Fatalf("wallet.mjs answer %q: %v", stdout.String(), err)
	}
}
