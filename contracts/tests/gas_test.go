package tests

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// gasSnapshotPath is the committed gas snapshot, relative to this package.
const gasSnapshotPath = "../gas-snapshot.txt"

// gasOp is one measured Registry operation.
type gasOp struct {
	name string
	gas  uint64
}

// TestGasReport measures the gas used by each Registry operation on a fresh
// simulated chain with fixed keys and inputs (so figures are reproducible),
// prints them as a table and compares them with contracts/gas-snapshot.txt.
// Any difference fails; UPDATE_GAS_SNAPSHOT=1 rewrites the snapshot instead.
//
//	go test -run TestGasReport -v ./contracts/tests
func TestGasReport(t *testing.T) {
	b := startSimulated(t, fundedAddresses()...)
	e := deployRegistry(t, b)
	key := newEncryptionKey("patient")

	var ops []gasOp
	measure := func(name string, from account, call txFunc) {
		ops = append(ops, gasOp{name: name, gas: e.send(t, from, call).GasUsed})
	}
	license := func(until uint64) txFunc {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, provider.addr, roleProvider, "St. Mary Hospital", common.Hash{0x1c}, until)
		}
	}
	measure("license", regulator, license(farFuture))
	measure("renew", regulator, license(farFuture+365*24*3600))
	measure("suspend", regulator, suspendCall(provider.addr)(t, e))
	measure("reinstate", regulator, reinstateCall(provider.addr)(t, e))
	measure("registerEncryptionKey", patient, e.registerKey(key.pub, e.keyProof(t, patient.addr, key)))
	measure("registerDevice", regulator, registerDeviceCall(device.addr, provider.addr)(t, e))
	measure("deregisterDevice", provider, deregisterDeviceCall(device.addr)(t, e))

	var table strings.Builder
	fmt.Fprintf(&table, "%-24s %10s\n", "Registry operation", "gas used")
	for _, op := range ops {
		fmt.Fprintf(&table, "%-24s %10d\n", op.name, op.gas)
	}
	t.Logf("deployment: %d gas\n%s", e.deployed.GasUsed, table.String())

	if os.Getenv("UPDATE_GAS_SNAPSHOT") == "1" {
		if err := os.WriteFile(gasSnapshotPath, formatGasSnapshot(ops), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", gasSnapshotPath)
		return
	}
	src, err := os.ReadFile(gasSnapshotPath)
	if err != nil {
		t.Fatalf("read gas snapshot: %v (create it with UPDATE_GAS_SNAPSHOT=1)", err)
	}
	want, err := parseGasSnapshot(src)
	if err != nil {
		t.Fatalf("parse %s: %v", gasSnapshotPath, err)
	}
	got := make(map[string]uint64, len(ops))
	for _, op := range ops {
		got[op.name] = op.gas
		w, ok := want[op.name]
		switch {
		case !ok:
			t.Errorf("%s: %d gas, not in the snapshot", op.name, op.gas)
		case w != op.gas:
			t.Errorf("%s: got %d gas, snapshot %d (%+d)", op.name, op.gas, w, int64(op.gas)-int64(w))
		}
	}
	for name := range want {
		if _, ok := got[name]; !ok {
			t.Errorf("%s: in the snapshot but no longer measured", name)
		}
	}
	if t.Failed() {
		t.Log("if the change is intended: UPDATE_GAS_SNAPSHOT=1 go test -run TestGasReport ./contracts/tests")
	}
}

func formatGasSnapshot(ops []gasOp) []byte {
	var buf bytes.Buffer
	buf.WriteString("# Gas used per Registry transaction (whole transaction, simulated backend, fixed inputs).\n")
	buf.WriteString("# Checked by TestGasReport; regenerate: UPDATE_GAS_SNAPSHOT=1 go test -run TestGasReport ./contracts/tests\n")
	for _, op := range ops {
		fmt.Fprintf(&buf, "Registry.%s %d\n", op.name, op.gas)
	}
	return buf.Bytes()
}

func parseGasSnapshot(src []byte) (map[string]uint64, error) {
	out := make(map[string]uint64)
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 || !strings.HasPrefix(fields[0], "Registry.") {
			return nil, fmt.Errorf("line %d: want \"Registry.<operation> <gas>\", got %q", n, line)
		}
		gas, err := strconv.ParseUint(fields[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out[strings.TrimPrefix(fields[0], "Registry.")] = gas
	}
	return out, sc.Err()
}
