package chainsvc_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
)

// TestClaimsService runs the Claims service on the embedded Clique chain:
// plan, policy, funded pool, a claim paid at submission and one pended,
// errors mapped to the API's sentinels, and a permit checked before it is
// sent.
func TestClaimsService(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	keys := map[string]*ecdsa.PrivateKey{}
	for _, n := range []string{"regulator", "insurer", "provider", "patient"} {
		keys[n], _ = crypto.GenerateKey()
	}
	addr := func(n string) common.Address { return crypto.PubkeyToAddress(keys[n].PublicKey) }
	c := chaintest.Start(t, addr("regulator"), addr("insurer"), addr("provider"), addr("patient"))
	errABIs, _ := chainsvc.ErrorABIs()
	sender, err := txsender.New(c.Client(), txsender.Config{ChainID: c.ChainID(), ErrorABIs: errABIs})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		sender.AddKey(k)
	}
	m, err := deploy.Run(ctx, c.Client(), sendWaiter{sender}, deploy.Roles{Deployer: addr("regulator"), Regulator: addr("regulator")}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	send := func(from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) {
		t.Helper()
		p, err := sender.Transact(ctx, from, build)
		if err == nil {
			_, err = sender.Wait(ctx, p)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	reg, _ := bindings.NewRegistry(m.Address("Registry"), c.Client())
	grants, _ := bindings.NewAccessGrants(m.Address("AccessGrants"), c.Client())
	until := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for who, role := range map[string]api.Role{"insurer": api.RoleInsurer, "provider": api.RoleProvider} {
		send(addr("regulator"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.License(o, addr(who), uint8(role), who, [32]byte{1}, until)
		})
	}
	send(addr("patient"), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return grants.Grant(o, addr("insurer"), uint32(api.MaskOf(api.CategoryInsurance)), uint8(api.PurposePayment), until)
	})

	svc, err := chainsvc.NewClaims(c.Client(), sender, m, addr("regulator"))
	if err != nil {
		t.Fatal(err)
	}
	code := func(s string) (out [32]byte) { copy(out[:], s); return out }
	units := func(n int64) *big.Int { return big.NewInt(n) }

	plan, _, err := svc.CreatePlan(ctx, addr("insurer"), api.NewPlan{
		Terms: api.PlanTerms{CopayBps: 1000, Consent: api.MaskOf(api.CategoryInsurance), Deductible: units(10_000_000),
			AnnualLimit: units(1_000_000_000), ReviewThreshold: units(500_000_000)},
		Tariffs: []api.PlanTariff{{Code: code("A"), Amount: units(50_000_000)}, {Code: code("B"), Amount: units(20_000_000)}}})
	if err != nil {
		t.Fatal(err)
	}
	if plan.ID != 1 || len(plan.Tariffs) != 2 || plan.Terms.Deductible.Int64() != 10_000_000 {
		t.Fatalf("plan: %+v", plan)
	}
	t.Run("tariffs set to zero leave the plan's list", func(t *testing.T) {
		p, _, err := svc.SetTariffs(ctx, addr("insurer"), plan.ID, []api.PlanTariff{{Code: code("B"), Amount: units(0)}})
		if err != nil || len(p.Tariffs) != 1 || p.Tariffs[0].Code != code("A") {
			t.Fatalf("set tariffs: %+v, %v", p.Tariffs, err)
		}
	})
	t.Run("a provider cannot publish a plan: forbidden", func(t *testing.T) {
		_, _, err := svc.CreatePlan(ctx, addr("provider"), api.NewPlan{Terms: plan.Terms})
		var ce *api.ContractError
		if !errors.As(err, &ce) || ce.Name != "ClaimsNotActiveInsurer" || !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("got %v, want ClaimsNotActiveInsurer wrapping ErrForbidden", err)
		}
	})
	pol, _, err := svc.Enrol(ctx, addr("insurer"), api.PolicyRequest{PlanID: plan.ID, Patient: addr("patient"), MemberRef: [32]byte{7},
		ValidFrom: time.Now().Add(-time.Hour), ValidUntil: time.Now().AddDate(0, 6, 0)})
	if err != nil || !pol.Active || pol.Insurer != addr("insurer") {
		t.Fatalf("enrol: %+v, %v", pol, err)
	}
	if _, _, err := svc.Mint(ctx, api.TokenMint{To: addr("insurer"), Amount: units(100_000_000), PaymentRef: [32]byte{1}}); err != nil {
		t.Fatal(err)
	}

	t.Run("a permit not signed by the depositor is refused before anything is sent", func(t *testing.T) {
		sig, _ := crypto.Sign(make([]byte, 32), keys["provider"])
		_, err := svc.Deposit(ctx, addr("insurer"), api.DepositRequest{Amount: units(1), Permit: &api.PoolPermit{Deadline: time.Now().Add(time.Hour), Signature: sig}})
		if !errors.Is(err, api.ErrInvalid) {
			t.Fatalf("got %v, want ErrInvalid", err)
		}
	})
	t.Run("a deposit above the balance is a conflict", func(t *testing.T) {
		_, err := svc.Deposit(ctx, addr("insurer"), api.DepositRequest{Amount: units(100_000_001)})
		var ce *api.ContractError
		if !errors.As(err, &ce) || ce.Name != "ERC20InsufficientBalance" || !errors.Is(err, api.ErrConflict) {
			t.Fatalf("got %v", err)
		}
	})
	ch, err := svc.Deposit(ctx, addr("insurer"), api.DepositRequest{Amount: units(100_000_000)})
	if err != nil || len(ch.Txs) != 2 || ch.Pool.Balance.Int64() != 100_000_000 {
		t.Fatalf("deposit: %+v, %v", ch, err)
	}

	sub := api.ClaimSubmission{Patient: addr("patient"), PolicyID: pol.ID, ServiceDate: time.Now().Add(-time.Minute), ClaimKey: [32]byte{1},
		Lines: []api.ClaimLine{{Code: code("A"), Quantity: 2, UnitAmount: units(30_000_000)}}}
	t.Run("a covered claim is paid at submission and read back with its lines", func(t *testing.T) {
		cl, _, err := svc.SubmitClaim(ctx, addr("provider"), sub)
		if err != nil {
			t.Fatal(err)
		}
		// Allowed 60; deductible 10; 90 % of 50 = 45.
		if cl.Status != api.ClaimPaid || cl.Payout.Int64() != 45_000_000 || cl.Decision.Copay.Int64() != 5_000_000 || cl.Decision.Deductible.Int64() != 10_000_000 {
			t.Fatalf("claim: %+v %+v", cl, cl.Decision)
		}
		read, err := svc.Claim(ctx, cl.ID)
		if err != nil || read.Status != api.ClaimPaid || len(read.Lines) != 1 || read.Lines[0].Allowed.Int64() != 60_000_000 || read.Payout.Int64() != 45_000_000 {
			t.Fatalf("read: %+v, %v", read, err)
		}
		b, _ := svc.Balance(ctx, addr("provider"))
		if b.Balance.Int64() != 45_000_000 {
			t.Fatalf("provider balance %s", b.Balance)
		}
	})
	t.Run("the same claim key again is a conflict", func(t *testing.T) {
		_, _, err := svc.SubmitClaim(ctx, addr("provider"), sub)
		var ce *api.ContractError
		if !errors.As(err, &ce) || ce.Name != "ClaimsDuplicateClaim" || !errors.Is(err, api.ErrConflict) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("an uncovered line pends the claim; a denial then an appeal", func(t *testing.T) {
		s := sub
		s.ClaimKey = [32]byte{2}
		s.Lines = []api.ClaimLine{{Code: code("B"), Quantity: 1, UnitAmount: units(1_000_000)}}
		cl, _, err := svc.SubmitClaim(ctx, addr("provider"), s)
		if err != nil || cl.Status != api.ClaimPending || len(cl.Reasons) != 1 || cl.Reasons[0] != api.ReasonLineRefused || cl.Lines[0].Reason != api.LineNotCovered {
			t.Fatalf("claim: %+v, %v", cl, err)
		}
		if _, _, err := svc.DenyClaim(ctx, addr("provider"), cl.ID, [32]byte{3}); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("deny by the provider: %v, want forbidden", err)
		}
		denied, _, err := svc.DenyClaim(ctx, addr("insurer"), cl.ID, [32]byte{3})
		if err != nil || denied.Status != api.ClaimDenied || denied.Denial == nil || denied.Denial.ReasonCode != [32]byte{3} {
			t.Fatalf("deny: %+v, %v", denied, err)
		}
		appealed, _, err := svc.AppealClaim(ctx, addr("provider"), cl.ID, api.ClaimAppeal{ReasonCode: [32]byte{4}})
		if err != nil || appealed.Status != api.ClaimAppealed || !appealed.Appealed {
			t.Fatalf("appeal: %+v, %v", appealed, err)
		}
		if _, _, err := svc.ApproveClaim(ctx, addr("insurer"), cl.ID, api.ClaimApproval{Amounts: []*big.Int{units(1)}}); !errors.Is(err, api.ErrInvalid) {
			t.Fatalf("approve above allowed: %v, want ErrInvalid (ClaimsAboveAllowed)", err)
		}
	})
	t.Run("an unknown claim is not found", func(t *testing.T) {
		if _, err := svc.Claim(ctx, [32]byte{9}); !errors.Is(err, api.ErrNotFound) {
			t.Fatalf("got %v", err)
		}
	})
}
