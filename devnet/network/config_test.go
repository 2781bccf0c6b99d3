package network_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/salus-health/salus/devnet/network"
)

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		cfg  network.Config
		ok   bool
	}{
		{"defaults are valid", network.Config{Dir: dir}, true},
		{"five signers and two rpc nodes are valid", network.Config{Dir: dir, Signers: 5, RPCNodes: 2}, true},
		{"an empty dir is refused", network.Config{}, false},
		{"two signers are too few", network.Config{Dir: dir, Signers: 2}, false},
		{"negative rpc nodes are refused", network.Config{Dir: dir, RPCNodes: -1}, false},
		{"more than 100 nodes are refused", network.Config{Dir: dir, Signers: 99, RPCNodes: 2}, false},
		{"a privileged base port is refused", network.Config{Dir: dir, BasePort: 80}, false},
		{"ports beyond 65535 are refused", network.Config{Dir: dir, BasePort: 65400}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Check()
			if tt.ok && err != nil {
				t.Fatalf("Check() = %v, want nil", err)
			}
			if !tt.ok && !errors.Is(err, network.ErrBadConfig) {
				t.Fatalf("Check() = %v, want ErrBadConfig", err)
			}
		})
	}
}

func TestOpenWithoutNetworkIsErrNotCreated(t *testing.T) {
	_, err := network.Open(t.TempDir())
	if !errors.Is(err, network.ErrNotCreated) || !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Open(empty dir) = %v, want ErrNotCreated wrapping fs.ErrNotExist", err)
	}
}

func TestUpRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := network.Up(context.Background(), network.Config{Dir: dir, GethPath: "/nonexistent/geth"})
	if !errors.Is(err, network.ErrDirInUse) {
		t.Fatalf("Up(dir with other files) = %v, want ErrDirInUse", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatalf("Up touched foreign file: %v", err)
	}
}

func TestFreeBasePort(t *testing.T) {
	base, err := network.FreeBasePort(4)
	if err != nil {
		t.Fatal(err)
	}
	if base < 1024 || base+203 > 65535 {
		t.Fatalf("FreeBasePort(4) = %d, out of range", base)
	}
	if err := (network.Config{Dir: t.TempDir(), BasePort: base}).Check(); err != nil {
		t.Fatalf("Check with free base port: %v", err)
	}
}
