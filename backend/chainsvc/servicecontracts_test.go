package chainsvc_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
)

// scChain is a Clique chain with the contracts, a licensed government payer
// holding settlement tokens, a licensed provider, and the service.
type scChain struct {
	t        *testing.T
	ctx      context.Context
	svc      *chainsvc.ServiceContracts
	token    *bindings.SettlementToken
	keys     map[string]*ecdsa.PrivateKey
	payer    common.Address
	provider common.Address
	other    common.Address // a second licensed provider
}

func (c *scChain) addr(name string) common.Address {
	return crypto.PubkeyToAddress(c.keys[name].PublicKey)
}

// tokens is n whole settlement tokens in minor units.
func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000)) }

func newSCChain(t *testing.T) *scChain {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	c := &scChain{t: t, ctx: ctx, keys: map[string]*ecdsa.PrivateKey{}}
	for _, n := range []string{"regulator", "payer", "provider", "other"} {
		c.keys[n], _ = crypto.GenerateKey()
	}
	chain := chaintest.Start(t, c.addr("regulator"), c.addr("payer"), c.addr("provider"), c.addr("other"))
	errABIs, _ := chainsvc.ErrorABIs()
	sender, err := txsender.New(chain.Client(), txsender.Config{ChainID: chain.ChainID(), ErrorABIs: errABIs})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range c.keys {
		sender.AddKey(k)
	}
	m, err := deploy.Run(ctx, chain.Client(), sendWaiter{sender}, deploy.Roles{Deployer: c.addr("regulator"), Regulator: c.addr("regulator")}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	send := func(from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) {
		p, err := sender.Transact(ctx, from, build)
		if err == nil {
			_, err = sender.Wait(ctx, p)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	reg, _ := bindings.NewRegistry(m.Address("Registry"), chain.Client())
	until := uint64(time.Now().AddDate(1, 0, 0).Unix())
	c.payer, c.provider, c.other = c.addr("payer"), c.addr("provider"), c.addr("other")
	for who, role := range map[common.Address]api.Role{c.payer: api.RoleGovernmentPayer, c.provider: api.RoleProvider, c.other: api.RoleProvider} {
		send(c.addr("regulator"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.License(o, who, uint8(role), role.String(), [32]byte{1}, until)
		})
	}
	c.token, _ = bindings.NewSettlementToken(m.Address("SettlementToken"), chain.Client())
	send(c.addr("regulator"), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.token.Mint(o, c.payer, tokens(1000), [32]byte{9})
	})
	if c.svc, err = chainsvc.NewServiceContracts(chain.Client(), sender, m); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *scChain) balance(a common.Address) *big.Int {
	c.t.Helper()
	b, err := c.token.BalanceOf(&bind.CallOpts{Context: c.ctx}, a)
	if err != nil {
		c.t.Fatal(err)
	}
	return b
}

func (c *scChain) wantBalance(name string, a common.Address, want *big.Int) {
	c.t.Helper()
	if got := c.balance(a); got.Cmp(want) != 0 {
		c.t.Errorf("balance of %s: got %s, want %s", name, got, want)
	}
}

// contractErr fails unless err is the contract error name of kind.
func contractErr(t *testing.T, err error, name string, kind error) {
	t.Helper()
	var ce *api.ContractError
	if !errors.As(err, &ce) || ce.Name != name || !errors.Is(err, kind) {
		t.Fatalf("got %v, want %s (%v)", err, name, kind)
	}
}

var (
	gpVisit = api.ServiceCode{'G', 'P', '-', 'V', 'I', 'S', 'I', 'T'}
	vaccine = api.ServiceCode{'V', 'A', 'X'}
	termsID = "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"
)

// TestServiceContractLifecycle runs a contract through the service on a
// Clique chain: proposal, acceptance, funding by approval and by permit,
// reports paid at once or waiting for funds, refusals mapped to the API's
// sentinels before anything is sent, and termination returning the escrow.
func TestServiceContractLifecycle(t *testing.T) {
	c := newSCChain(t)
	// Periods of an hour; period 0 started 90 minutes ago, period 2 starts in 30.
	start := time.Now().Add(-90 * time.Minute).UTC().Truncate(time.Second)
	prop := api.ServiceContractProposal{Provider: c.provider, TermsCID: termsID, Budget: tokens(500), Start: start,
		PeriodLength: time.Hour, PeriodCount: 4, AutoRelease: true,
		Tariffs: []api.ServiceTariff{{Code: gpVisit, Price: 25_000_000}, {Code: vaccine, Price: 12_500_000}}}

	t.Run("only a government payer proposes", func(t *testing.T) {
		_, _, err := c.svc.Propose(c.ctx, c.provider, api.ServiceContractProposal{Provider: c.other, TermsCID: termsID, Budget: tokens(1),
			Start: start, PeriodLength: time.Hour, PeriodCount: 4, Tariffs: prop.Tariffs})
		contractErr(t, err, "ServiceContractsNotActivePayer", api.ErrForbidden)
	})
	sc, _, err := c.svc.Propose(c.ctx, c.payer, prop)
	if err != nil {
		t.Fatal(err)
	}
	id := sc.ID
	if sc.Status != api.ServiceContractProposed || sc.Payer != c.payer || sc.Budget.Cmp(tokens(500)) != 0 || !sc.Start.Equal(start) ||
		len(sc.Tariffs) != 2 || sc.Tariffs[1] != prop.Tariffs[1] || sc.TermsCID != termsID {
		t.Fatalf("proposed: %+v", sc)
	}
	if p, ok := sc.CurrentPeriod(sc.AsOf); !ok || p != 1 {
		t.Errorf("current period: got %d %v, want 1", p, ok)
	}

	t.Run("another provider may not accept", func(t *testing.T) {
		_, _, err := c.svc.Accept(c.ctx, c.other, id)
		contractErr(t, err, "ServiceContractsNotProvider", api.ErrForbidden)
	})
	if sc, _, err = c.svc.Accept(c.ctx, c.provider, id); err != nil || sc.Status != api.ServiceContractActive {
		t.Fatalf("accept: %+v, %v", sc, err)
	}

	t.Run("the payer funds by approval and fund", func(t *testing.T) {
		res, err := c.svc.Fund(c.ctx, c.payer, api.FundRequest{ContractID: id, Amount: tokens(200)})
		if err != nil {
			t.Fatal(err)
		}
		if res.ApproveTx == nil || res.Contract.Escrow.Cmp(tokens(200)) != 0 || res.Contract.FundingRoom().Cmp(tokens(300)) != 0 {
			t.Fatalf("fund: %+v", res)
		}
		c.wantBalance("payer", c.payer, tokens(800))
	})

	t.Run("refused fundings send nothing and leave no allowance", func(t *testing.T) {
		_, err := c.svc.Fund(c.ctx, c.payer, api.FundRequest{ContractID: id, Amount: tokens(301)})
		contractErr(t, err, "ServiceContractsOverfunded", api.ErrConflict)
		_, err = c.svc.Fund(c.ctx, c.provider, api.FundRequest{ContractID: id, Amount: tokens(1)})
		contractErr(t, err, "ServiceContractsNotPayer", api.ErrForbidden)
		if _, err := c.svc.Fund(c.ctx, c.payer, api.FundRequest{ContractID: 99, Amount: tokens(1)}); !errors.Is(err, api.ErrNotFound) {
			t.Fatalf("unknown contract: got %v", err)
		}
		a, _ := c.token.Allowance(&bind.CallOpts{Context: c.ctx}, c.payer, c.svc.Address())
		if a.Sign() != 0 {
			t.Errorf("allowance: got %s, want 0", a)
		}
		c.wantBalance("payer", c.payer, tokens(800))
	})

	t.Run("a report within the escrow is paid at once", func(t *testing.T) {
		r, _, err := c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 0,
			Lines: []api.ServiceLine{{Code: gpVisit, Quantity: 4}, {Code: vaccine, Quantity: 2}}, Evidence: []string{termsID}})
		if err != nil {
			t.Fatal(err)
		}
		want := big.NewInt(4*25_000_000 + 2*12_500_000)
		if r.Status != api.ServiceReportPaid || r.Amount.Cmp(want) != 0 || len(r.Lines) != 2 || r.Lines[1].Code != vaccine || len(r.Evidence) != 1 || r.Evidence[0] != termsID {
			t.Fatalf("report: %+v", r)
		}
		c.wantBalance("provider", c.provider, want)
	})

	t.Run("reports the contract refuses", func(t *testing.T) {
		line := []api.ServiceLine{{Code: gpVisit, Quantity: 1}}
		_, _, err := c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 0, Lines: line})
		contractErr(t, err, "ServiceContractsDuplicateReport", api.ErrConflict)
		_, _, err = c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 2, Lines: line})
		contractErr(t, err, "ServiceContractsInvalidPeriod", api.ErrConflict)
		if _, _, err = c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 4, Lines: line}); !errors.Is(err, api.ErrInvalid) {
			t.Fatalf("period past the last: got %v", err)
		}
		_, _, err = c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 1, Lines: []api.ServiceLine{{Code: api.ServiceCode{'X'}, Quantity: 1}}})
		contractErr(t, err, "ServiceContractsCodeNotInTariff", api.ErrInvalid)
		_, _, err = c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 1, Lines: []api.ServiceLine{{Code: gpVisit, Quantity: 16}}})
		contractErr(t, err, "ServiceContractsOverBudget", api.ErrConflict)
		_, _, err = c.svc.Report(c.ctx, c.other, api.ServiceReportRequest{ContractID: id, Period: 1, Lines: line})
		contractErr(t, err, "ServiceContractsNotProvider", api.ErrForbidden)
	})

	t.Run("a report beyond the escrow waits for funds, a permit funds it and anyone releases it", func(t *testing.T) {
		r, _, err := c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 1, Lines: []api.ServiceLine{{Code: gpVisit, Quantity: 10}}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != api.ServiceReportAwaitingFunds || r.Amount.Cmp(tokens(250)) != 0 {
			t.Fatalf("report: %+v", r)
		}
		_, _, err = c.svc.Release(c.ctx, c.other, id, 1)
		contractErr(t, err, "ServiceContractsInsufficientEscrow", api.ErrConflict)

		deadline := time.Now().Add(time.Hour).Truncate(time.Second)
		td, err := c.svc.PermitTypedData(c.ctx, c.payer, id, tokens(175), deadline)
		if err != nil {
			t.Fatal(err)
		}
		sig := signTyped(t, c.keys["payer"], td)
		bad := signTyped(t, c.keys["other"], td)
		if _, err := c.svc.Fund(c.ctx, c.payer, api.FundRequest{ContractID: id, Amount: tokens(175), Permit: &api.FundPermit{Deadline: deadline, Signature: bad}}); !errors.Is(err, api.ErrInvalid) {
			t.Fatalf("permit by another key: got %v", err)
		}
		res, err := c.svc.Fund(c.ctx, c.payer, api.FundRequest{ContractID: id, Amount: tokens(175), Permit: &api.FundPermit{Deadline: deadline, Signature: sig}})
		if err != nil {
			t.Fatal(err)
		}
		if res.ApproveTx != nil || res.Contract.Escrow.Cmp(tokens(250)) != 0 {
			t.Fatalf("fund with permit: %+v", res)
		}
		r, _, err = c.svc.Release(c.ctx, c.other, id, 1)
		if err != nil || r.Status != api.ServiceReportPaid {
			t.Fatalf("release: %+v, %v", r, err)
		}
		c.wantBalance("provider", c.provider, tokens(375))
		c.wantBalance("payer", c.payer, tokens(625))
	})

	t.Run("termination returns the unspent escrow", func(t *testing.T) {
		_, _, err := c.svc.Terminate(c.ctx, c.other, id, [32]byte{7})
		contractErr(t, err, "ServiceContractsNotParty", api.ErrForbidden)
		sc, _, err := c.svc.Terminate(c.ctx, c.payer, id, [32]byte{7})
		if err != nil {
			t.Fatal(err)
		}
		if sc.Status != api.ServiceContractTerminated || sc.Escrow.Sign() != 0 || sc.Released.Cmp(tokens(375)) != 0 || sc.TerminatedAt.IsZero() {
			t.Fatalf("terminated: %+v", sc)
		}
		c.wantBalance("payer", c.payer, tokens(625)) // 1000 minted - 375 paid
		_, _, err = c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: 1, Lines: []api.ServiceLine{{Code: gpVisit, Quantity: 1}}})
		contractErr(t, err, "ServiceContractsInvalidStatus", api.ErrConflict)
	})
}

// TestServiceContractDispute runs a contract paid on approval: a dispute
// the provider settles at the offer, and one the regulator rejects.
func TestServiceContractDispute(t *testing.T) {
	c := newSCChain(t)
	start := time.Now().Add(-150 * time.Minute).UTC().Truncate(time.Second)
	sc, _, err := c.svc.Propose(c.ctx, c.payer, api.ServiceContractProposal{Provider: c.provider, TermsCID: termsID, Budget: tokens(1000),
		Start: start, PeriodLength: time.Hour, PeriodCount: 6, Tariffs: []api.ServiceTariff{{Code: gpVisit, Price: 10_000_000}}})
	if err != nil {
		t.Fatal(err)
	}
	id := sc.ID
	if _, _, err := c.svc.Accept(c.ctx, c.provider, id); err != nil {
		t.Fatal(err)
	}
	if _, err := c.svc.Fund(c.ctx, c.payer, api.FundRequest{ContractID: id, Amount: tokens(500)}); err != nil {
		t.Fatal(err)
	}
	for p := uint16(0); p < 3; p++ {
		r, _, err := c.svc.Report(c.ctx, c.provider, api.ServiceReportRequest{ContractID: id, Period: p, Lines: []api.ServiceLine{{Code: gpVisit, Quantity: 10}}})
		if err != nil || r.Status != api.ServiceReportReported {
			t.Fatalf("report %d: %+v, %v", p, r, err)
		}
	}
	c.wantBalance("provider", c.provider, new(big.Int))

	t.Run("the payer approves; the report is paid", func(t *testing.T) {
		_, _, err := c.svc.ApproveReport(c.ctx, c.provider, id, 0)
		contractErr(t, err, "ServiceContractsNotPayer", api.ErrForbidden)
		r, _, err := c.svc.ApproveReport(c.ctx, c.payer, id, 0)
		if err != nil || r.Status != api.ServiceReportPaid {
			t.Fatalf("approve: %+v, %v", r, err)
		}
		c.wantBalance("provider", c.provider, tokens(100))
	})
	reason := [32]byte{'q', 't', 'y'}
	t.Run("a dispute the provider settles at the offer", func(t *testing.T) {
		_, _, err := c.svc.DisputeReport(c.ctx, c.payer, id, 1, reason, tokens(100))
		contractErr(t, err, "ServiceContractsInvalidOffer", api.ErrInvalid)
		r, _, err := c.svc.DisputeReport(c.ctx, c.payer, id, 1, reason, tokens(60))
		if err != nil || r.Status != api.ServiceReportDisputed || r.Offered.Cmp(tokens(60)) != 0 || r.DisputeReason != reason {
			t.Fatalf("dispute: %+v, %v", r, err)
		}
		_, _, err = c.svc.ResolveDispute(c.ctx, c.provider, id, 1, tokens(70))
		contractErr(t, err, "ServiceContractsInvalidResolution", api.ErrInvalid)
		_, _, err = c.svc.ResolveDispute(c.ctx, c.other, id, 1, tokens(60))
		contractErr(t, err, "ServiceContractsNotResolver", api.ErrForbidden)
		r, _, err = c.svc.ResolveDispute(c.ctx, c.provider, id, 1, tokens(60))
		if err != nil || r.Status != api.ServiceReportPaid || r.Amount.Cmp(tokens(60)) != 0 || r.DisputeReason != reason {
			t.Fatalf("resolve: %+v, %v", r, err)
		}
		c.wantBalance("provider", c.provider, tokens(160))
	})
	t.Run("the regulator rejects a disputed report and termination returns everything unspent", func(t *testing.T) {
		if _, _, err := c.svc.DisputeReport(c.ctx, c.payer, id, 2, reason, new(big.Int)); err != nil {
			t.Fatal(err)
		}
		r, _, err := c.svc.ResolveDispute(c.ctx, c.addr("regulator"), id, 2, new(big.Int))
		if err != nil || r.Status != api.ServiceReportRejected || r.Amount.Sign() != 0 {
			t.Fatalf("reject: %+v, %v", r, err)
		}
		sc, _, err := c.svc.Terminate(c.ctx, c.provider, id, reason)
		if err != nil || sc.Escrow.Sign() != 0 || sc.Reserved.Sign() != 0 {
			t.Fatalf("terminate: %+v, %v", sc, err)
		}
		c.wantBalance("payer", c.payer, tokens(840))
		if _, err := c.svc.ServiceReport(c.ctx, id, 3); !errors.Is(err, api.ErrNotFound) {
			t.Errorf("unreported period: got %v, want not found", err)
		}
	})
}

// signTyped signs EIP-712 typed data as a wallet does, 65 bytes with v 27/28.
func signTyped(t *testing.T, key *ecdsa.PrivateKey, td api.TypedData) []byte {
	t.Helper()
	raw, _ := json.Marshal(td)
	var typed apitypes.TypedData
	if err := json.Unmarshal(raw, &typed); err != nil {
		t.Fatalf("typed data %s: %v", raw, err)
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatalf("hash typed data %s: %v", raw, err)
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}
