package deploy_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
)

type countingSender struct {
	s     *txsender.Sender
	sends int
}

func (c *countingSender) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	c.sends++
	p, err := c.s.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return c.s.Wait(ctx, p)
}

func TestRunDeploysThenReuses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := chaintest.Start(t, from)
	s, err := txsender.New(c.Client(), txsender.Config{ChainID: c.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	s.AddKey(key)
	sender := &countingSender{s: s}
	roles := deploy.Roles{Deployer: from, Regulator: from}

	var progress bytes.Buffer
	m, err := deploy.Run(ctx, c.Client(), sender, roles, nil, &progress)
	if err != nil {
		t.Fatal(err)
	}
	n := len(deploy.Contracts())
	if sender.sends != n+3 || len(m.Contracts) != n {
		t.Fatalf("fresh deployment sent %d txs and recorded %d contracts, want %d deployments and three role grants", sender.sends, len(m.Contracts), n)
	}
	records, err := bindings.NewRecords(m.Address("Records"), c.Client())
	if err != nil {
		t.Fatal(err)
	}
	role, _ := records.AUDITORROLE(&bind.CallOpts{})
	if ok, err := records.HasRole(&bind.CallOpts{}, role, from); err != nil || !ok {
		t.Fatalf("auditor role granted = %v (%v), want true", ok, err)
	}
	batches, err := bindings.NewDrugBatches(m.Address("DrugBatches"), c.Client())
	if err != nil {
		t.Fatal(err)
	}
	dispenser, _ := batches.DISPENSERROLE(&bind.CallOpts{})
	if ok, err := batches.HasRole(&bind.CallOpts{}, dispenser, m.Address("Prescriptions")); err != nil || !ok {
		t.Fatalf("dispenser role of Prescriptions = %v (%v), want true", ok, err)
	}
	rx, err := bindings.NewPrescriptions(m.Address("Prescriptions"), c.Client())
	if err != nil {
		t.Fatal(err)
	}
	if got, err := rx.DrugBatches(&bind.CallOpts{}); err != nil || got != m.Address("DrugBatches") {
		t.Fatalf("Prescriptions.drugBatches() = %s (%v), want %s", got, err, m.Address("DrugBatches"))
	}
	if got, err := batches.Registry(&bind.CallOpts{}); err != nil || got != m.Address("Registry") {
		t.Fatalf("DrugBatches.registry() = %s (%v), want %s", got, err, m.Address("Registry"))
	}
	if admin, _ := batches.DEFAULTADMINROLE(&bind.CallOpts{}); !must(batches.HasRole(&bind.CallOpts{}, admin, from)) {
		t.Fatal("the regulator does not administer DrugBatches")
	}
	token, err := bindings.NewSettlementToken(m.Address("SettlementToken"), c.Client())
	if err != nil {
		t.Fatal(err)
	}
	treasury, _ := token.TREASURYROLE(&bind.CallOpts{})
	if ok, err := token.HasRole(&bind.CallOpts{}, treasury, from); err != nil || !ok {
		t.Fatalf("treasury role of the regulator (no treasury given) = %v (%v), want true", ok, err)
	}
	if d, err := token.Decimals(&bind.CallOpts{}); err != nil || d != 6 {
		t.Fatalf("SettlementToken.decimals() = %d (%v), want 6", d, err)
	}
	claims, err := bindings.NewClaims(m.Address("Claims"), c.Client())
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]func(*bind.CallOpts) (common.Address, error){
		"Registry": claims.Registry, "AccessGrants": claims.AccessGrants, "SettlementToken": claims.Token,
	} {
		if addr, err := got(&bind.CallOpts{}); err != nil || addr != m.Address(name) {
			t.Fatalf("Claims' %s = %s (%v), want %s", name, addr, err, m.Address(name))
		}
	}
	services, err := bindings.NewServiceContracts(m.Address("ServiceContracts"), c.Client())
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]func(*bind.CallOpts) (common.Address, error){
		"Registry": services.Registry, "SettlementToken": services.Token,
	} {
		if addr, err := got(&bind.CallOpts{}); err != nil || addr != m.Address(name) {
			t.Fatalf("ServiceContracts' %s = %s (%v), want %s", name, addr, err, m.Address(name))
		}
	}
	reg := m.Contracts["Registry"]
	code, _ := c.Client().CodeAt(ctx, reg.Address, nil)
	if crypto.Keccak256Hash(code) != reg.CodeHash || m.DeploymentBlock == 0 || m.DeploymentBlock > reg.Block {
		t.Fatalf("manifest does not describe the chain: %+v", m)
	}

	path := filepath.Join(t.TempDir(), deploy.ManifestFile)
	if err := deploy.Save(path, m); err != nil {
		t.Fatal(err)
	}
	loaded, err := deploy.Load(path)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("a second run against the same chain sends nothing", func(t *testing.T) {
		sender.sends = 0
		m2, err := deploy.Run(ctx, c.Client(), sender, roles, loaded, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sender.sends != 0 || m2.Address("Registry") != reg.Address {
			t.Fatalf("sent %d txs, Registry at %s; want 0 and %s", sender.sends, m2.Address("Registry"), reg.Address)
		}
	})
	t.Run("a named treasury is granted TREASURY_ROLE without redeploying", func(t *testing.T) {
		withTreasury := roles
		withTreasury.Treasury = common.HexToAddress("0x7e50")
		sender.sends = 0
		m2, err := deploy.Run(ctx, c.Client(), sender, withTreasury, loaded, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sender.sends != 1 || m2.Address("SettlementToken") != m.Address("SettlementToken") {
			t.Fatalf("sent %d txs, token at %s; want one role grant and the same token", sender.sends, m2.Address("SettlementToken"))
		}
		if ok, err := token.HasRole(&bind.CallOpts{}, treasury, withTreasury.Treasury); err != nil || !ok {
			t.Fatalf("treasury role of %s = %v (%v), want true", withTreasury.Treasury, ok, err)
		}
	})
	t.Run("changed creation code is deployed anew", func(t *testing.T) {
		stale := *loaded
		stale.Contracts = map[string]deploy.ContractRecord{"Registry": {Address: reg.Address, CodeHash: reg.CodeHash, InitCodeHash: common.Hash{1}}}
		sender.sends = 0
		m3, err := deploy.Run(ctx, c.Client(), sender, roles, &stale, nil)
		if err != nil {
			t.Fatal(err)
		}
		if sender.sends == 0 || m3.Address("Registry") == reg.Address {
			t.Fatal("a contract whose creation code changed was reused")
		}
	})
	t.Run("a manifest of another chain is ignored", func(t *testing.T) {
		other := *loaded
		other.GenesisHash = common.Hash{2}
		sender.sends = 0
		var out bytes.Buffer
		if _, err := deploy.Run(ctx, c.Client(), sender, roles, &other, &out); err != nil {
			t.Fatal(err)
		}
		if sender.sends == 0 || !strings.Contains(out.String(), "deploying anew") {
			t.Fatalf("sent %d txs; progress %q", sender.sends, out.String())
		}
	})
	t.Run("an address without the recorded code is deployed anew", func(t *testing.T) {
		gone := *loaded
		gone.Contracts = map[string]deploy.ContractRecord{"Registry": {Address: common.Address{3}, CodeHash: reg.CodeHash, InitCodeHash: reg.InitCodeHash}}
		sender.sends = 0
		if _, err := deploy.Run(ctx, c.Client(), sender, roles, &gone, nil); err != nil {
			t.Fatal(err)
		}
		if sender.sends == 0 {
			t.Fatal("reused an address that holds no code")
		}
	})
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if m, err := deploy.Load(filepath.Join(dir, "missing.json")); m != nil || err != nil {
		t.Fatalf("missing manifest: got %v %v, want nil nil", m, err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"chainId": 1, "surprise": true}`), 0o600)
	if _, err := deploy.Load(bad); err == nil {
		t.Fatal("a manifest with unknown fields was accepted")
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"chainId":1,"contracts":{"Registry":{"address":"0x0000000000000000000000000000000000000001"}}}`))
	f.Add([]byte(`{`))
	f.Add([]byte(`null`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw []byte) {
		p := filepath.Join(dir, "m.json")
		if err := os.WriteFile(p, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		m, err := deploy.Load(p)
		if err == nil && m != nil {
			_ = m.Address("Registry")
		}
	})
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
