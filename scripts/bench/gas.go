package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/devnet/genesis"
)

// gasOp is the gas one Registry operation used, from its receipt.
type gasOp struct {
	name     string // as shown
	snapshot string // name in contracts/gas-snapshot.txt
	gas      uint64
}

// measureGas sends one of every Registry operation through a Sender and
// returns the gas each used. The sequence mirrors the committed gas snapshot
// (contracts/tests TestGasReport): the regulator licenses, renews, suspends
// and reinstates a provider, the provider registers its encryption key, the
// regulator registers a device of the provider, and the provider deregisters
// it.
func measureGas(ctx context.Context, e *env) ([]gasOp, error) {
	s, err := e.newSender()
	if err != nil {
		return nil, err
	}
	providerKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	provider := s.AddKey(providerKey)
	encKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	encPub := crypto.FromECDSAPub(&encKey.PublicKey)[1:] // X || Y
	devices, err := freshAddresses(1)
	if err != nil {
		return nil, err
	}
	device := devices[0]

	// The provider pays for its own transactions.
	fund, err := s.Send(ctx, e.reg, &provider, nil, genesis.Ether(1), 0)
	if err != nil {
		return nil, fmt.Errorf("fund provider: %w", err)
	}
	r, err := s.Wait(ctx, fund)
	if err == nil {
		err = waitHead(ctx, e, r.BlockNumber.Uint64())
	}
	if err != nil {
		return nil, fmt.Errorf("fund provider: %w", err)
	}

	reg := e.binding
	until := uint64(time.Now().Add(365 * 24 * time.Hour).Unix())
	const name = "St. Mary Hospital"
	steps := []struct {
		name, snapshot string
		from           common.Address
		build          func(*bind.TransactOpts) (*types.Transaction, error)
	}{
		{"license (new)", "license", e.reg, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.License(o, provider, 1, name, licenseRef, until)
		}},
		{"license (renew)", "renew", e.reg, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.License(o, provider, 1, name, licenseRef, until+365*24*3600)
		}},
		{"suspend", "suspend", e.reg, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.Suspend(o, provider, common.Hash{0x5e})
		}},
		{"reinstate", "reinstate", e.reg, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.Reinstate(o, provider)
		}},
		{"registerEncryptionKey", "registerEncryptionKey", provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			digest, err := reg.EncryptionKeyDigest(&bind.CallOpts{Context: o.Context}, provider, crypto.Keccak256Hash(encPub))
			if err != nil {
				return nil, err
			}
			proof, err := crypto.Sign(digest[:], encKey)
			if err != nil {
				return nil, err
			}
			proof[64] += 27
			return reg.RegisterEncryptionKey(o, encPub, proof)
		}},
		{"registerDevice", "registerDevice", e.reg, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.RegisterDevice(o, device, provider, common.Hash{0xde})
		}},
		{"deregisterDevice (owner)", "deregisterDevice", provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.DeregisterDevice(o, device)
		}},
	}
	ops := make([]gasOp, 0, len(steps))
	for _, st := range steps {
		p, err := s.Transact(ctx, st.from, st.build)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", st.name, err)
		}
		r, err := s.Wait(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", st.name, err)
		}
		// The next step depends on this one and is estimated on the latest
		// block: wait until the node's head includes the receipt's block
		// (geth makes receipts visible just before it moves the head).
		if err := waitHead(ctx, e, r.BlockNumber.Uint64()); err != nil {
			return nil, fmt.Errorf("%s: %w", st.name, err)
		}
		ops = append(ops, gasOp{name: st.name, snapshot: st.snapshot, gas: r.GasUsed})
	}
	return ops, nil
}

// waitHead polls until the node's latest block is at least number.
func waitHead(ctx context.Context, e *env, number uint64) error {
	t := time.NewTicker(e.cfg.Poll)
	defer t.Stop()
	for {
		head, err := e.client.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		if head >= number {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// gasSnapshotFile is the committed gas snapshot, relative to the module root.
const gasSnapshotFile = "contracts/gas-snapshot.txt"

// loadGasSnapshot reads the Registry's lines of the committed gas snapshot
// from the module root above the working directory. It returns nil if there
// is none or it cannot be parsed: the column is informational.
func loadGasSnapshot() map[string]uint64 {
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
	f, err := os.Open(filepath.Join(dir, gasSnapshotFile))
	if err != nil {
		return nil
	}
	defer f.Close()
	out := make(map[string]uint64)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return nil
		}
		name, ok := strings.CutPrefix(fields[0], "Registry.")
		if !ok {
			continue // another contract's operation
		}
		gas, err := strconv.ParseUint(fields[1], 10, 64)
		if err != nil {
			return nil
		}
		out[name] = gas
	}
	if sc.Err() != nil {
		return nil
	}
	return out
}
