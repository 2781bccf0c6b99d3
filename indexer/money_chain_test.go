package indexer

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"gorm.io/gorm"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// Registry roles the money flow licenses.
const (
	roleInsurer         = 6
	roleGovernmentPayer = 8
)

// moneyParties are the insurer and the government payer; both funded.
type moneyParties struct{ insurer, payer party }

func newMoneyParties() moneyParties { return moneyParties{newParty(), newParty()} }

func (m moneyParties) funded() []party { return []party{m.insurer, m.payer} }

// moneyRun is what the money flow did, for checking the index.
type moneyRun struct {
	autoClaim, reviewClaim, queuedClaim [32]byte
	autoPayout                          int64
	contractID                          uint64
}

// Service codes of the money flow (bytes32, as the contracts hold them).
var (
	codeConsult = [32]byte{'C', 'O', 'N', 'S'}
	codeMRI     = [32]byte{'M', 'R', 'I'}
	codeVisit   = [32]byte{'V', 'I', 'S', 'I', 'T'}
)

// runMoney drives SettlementToken, Claims and ServiceContracts through every
// event kind: mint and burn, approvals and transfers; a plan with tariffs
// set again and closed, a policy issued and terminated, pool deposits and a
// withdrawal, a claim paid in the transaction that submits it, one pended,
// denied, appealed and approved in part, one queued for funds and settled;
// a service contract proposed, accepted, funded, reported, disputed,
// resolved by the regulator, deferred for funds, released, terminated with
// a refund, and a second report approved. provider must be a licensed
// provider; patient a funded account.
func (e *chainEnv) runMoney(t *testing.T, m moneyParties, provider, patient party) moneyRun {
	t.Helper()
	token, err := bindings.NewSettlementToken(e.manifest.Address("SettlementToken"), e.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	claims, err := bindings.NewClaims(e.manifest.Address("Claims"), e.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	services, err := bindings.NewServiceContracts(e.manifest.Address("ServiceContracts"), e.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	tx := func(from party, build func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
		return e.send(t, from, build)
	}
	until := future(365 * 24 * time.Hour)
	tx(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.License(o, m.insurer.addr, roleInsurer, "Insurer A", [32]byte{6}, until)
	})
	tx(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.License(o, m.payer.addr, roleGovernmentPayer, "Ministry", [32]byte{8}, until)
	})
	// Money: the treasury (the regulator) mints for both and burns its own.
	for _, to := range []common.Address{m.insurer.addr, m.payer.addr, e.regulator.addr} {
		tx(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Mint(o, to, big.NewInt(10_000_000), [32]byte{0x99})
		})
	}
	tx(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return token.Burn(o, big.NewInt(1_000), [32]byte{0x98})
	})
	for _, p := range []struct {
		from    party
		spender common.Address
	}{{m.insurer, e.manifest.Address("Claims")}, {m.payer, e.manifest.Address("ServiceContracts")}} {
		tx(p.from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Approve(o, p.spender, big.NewInt(10_000_000))
		})
	}

	// Claims.
	run := moneyRun{autoClaim: [32]byte{0xa1}, reviewClaim: [32]byte{0xa2}, queuedClaim: [32]byte{0xa3}}
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.Deposit(o, big.NewInt(1_000_000))
	})
	terms := bindings.IClaimsPlanTerms{CopayBps: 2000, ConsentCategories: 1 << 7, Deductible: 100, AnnualLimit: 1_000_000, ReviewThreshold: 5_000}
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.CreatePlan(o, terms, [][32]byte{codeConsult, codeMRI}, []uint64{1_000, 3_000})
	})
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.SetTariffs(o, 1, [][32]byte{codeVisit}, []uint64{50})
	})
	now := uint64(time.Now().Unix())
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.Enrol(o, 1, patient.addr, [32]byte{0x3e}, now-3600, until)
	})
	tx(patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.grants.Grant(o, m.insurer.addr, 1<<7, 2, future(time.Hour))
	})
	evidence := [][]byte{testCID(t, "invoice")}
	submit := func(key [32]byte, lines []bindings.IClaimsLine) [32]byte {
		r := tx(provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return claims.SubmitClaim(o, bindings.IClaimsSubmission{Patient: patient.addr, PolicyId: 1, ServiceDate: now - 60,
				ClaimKey: key, Lines: lines, Evidence: evidence})
		})
		for _, l := range r.Logs {
			if ev, err := claims.ParseClaimSubmitted(*l); err == nil {
				return ev.ClaimId
			}
		}
		t.Fatal("no ClaimSubmitted event")
		return [32]byte{}
	}
	// Inside the rules: 2 x 900 allowed 1800; deductible 100; 80% of 1700.
	run.autoClaim = submit([32]byte{0xa1}, []bindings.IClaimsLine{{Code: codeConsult, Quantity: 2, UnitAmount: 900}})
	run.autoPayout = 1_360
	// Above the review threshold: pended, denied, appealed, approved in part.
	run.reviewClaim = submit([32]byte{0xa2}, []bindings.IClaimsLine{{Code: codeMRI, Quantity: 2, UnitAmount: 3_000}})
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.DenyClaim(o, run.reviewClaim, [32]byte{0xd1})
	})
	tx(provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.AppealClaim(o, run.reviewClaim, [32]byte{0xa9}, evidence)
	})
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.ApproveClaim(o, run.reviewClaim, []*big.Int{big.NewInt(5_000)})
	})
	// Underfunded: withdraw all but 10, the next claim waits in the queue.
	pool, err := claims.Pool(&bind.CallOpts{}, m.insurer.addr)
	if err != nil {
		t.Fatal(err)
	}
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.Withdraw(o, new(big.Int).Sub(pool.Available, big.NewInt(10)))
	})
	run.queuedClaim = submit([32]byte{0xa3}, []bindings.IClaimsLine{{Code: codeVisit, Quantity: 1, UnitAmount: 50}})
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) { return claims.Deposit(o, big.NewInt(1_000)) })
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.Settle(o, m.insurer.addr, big.NewInt(5))
	})
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) { return claims.TerminatePolicy(o, 1) })
	tx(m.insurer, func(o *bind.TransactOpts) (*types.Transaction, error) { return claims.ClosePlan(o, 1) })

	// ServiceContracts: periods of an hour, the first started a minute ago.
	r := tx(m.payer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return services.Propose(o, bindings.IServiceContractsProposal{Provider: provider.addr, Budget: big.NewInt(100_000),
			Start: now - 60, PeriodLength: 3600, PeriodCount: 3, TermsCid: testCID(t, "terms"),
			Codes: [][32]byte{codeConsult}, Tariffs: []uint64{1_000}})
	})
	for _, l := range r.Logs {
		if ev, err := services.ParseServiceContractProposed(*l); err == nil {
			run.contractID = ev.ContractId
		}
	}
	id := run.contractID
	tx(provider, func(o *bind.TransactOpts) (*types.Transaction, error) { return services.Accept(o, id) })
	tx(m.payer, func(o *bind.TransactOpts) (*types.Transaction, error) { return services.Fund(o, id, big.NewInt(1_500)) })
	tx(provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return services.Report(o, id, 0, []bindings.IServiceContractsReportLine{{Code: codeConsult, Quantity: 2}}, evidence)
	})
	tx(m.payer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return services.DisputeReport(o, id, 0, [32]byte{0xd2}, big.NewInt(1_000))
	})
	// The regulator arbitrates 1800; the escrow (1500) does not cover it.
	tx(e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return services.ResolveDispute(o, id, 0, big.NewInt(1_800))
	})
	tx(m.payer, func(o *bind.TransactOpts) (*types.Transaction, error) { return services.Fund(o, id, big.NewInt(2_000)) })
	tx(provider, func(o *bind.TransactOpts) (*types.Transaction, error) { return services.Release(o, id, 0) })
	tx(m.payer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return services.Terminate(o, id, [32]byte{0x7e})
	})
	return run
}

// checkMoney checks the money tables after runMoney.
func checkMoney(t *testing.T, gdb *gorm.DB, run moneyRun, m moneyParties, provider, patient party, regulator common.Address) {
	t.Helper()
	addr := store.Addr
	var subs []store.ClaimSubmission
	mustFind(t, gdb, &subs)
	if len(subs) != 3 || subs[0].ClaimID != store.Hash(run.autoClaim) || subs[0].Provider != addr(provider.addr) ||
		subs[0].Patient != addr(patient.addr) || subs[0].Insurer != addr(m.insurer.addr) || subs[0].PolicyID != 1 ||
		subs[0].Allowed != "1800" || subs[0].Lines != 1 || subs[1].Allowed != "6000" || subs[0].Evidence[:4] != "bafk" {
		t.Errorf("claim submissions %+v", subs)
	}
	var lines []store.ClaimLine
	mustFind(t, gdb, &lines)
	if len(lines) != 3 || lines[0].Code != store.Hash(codeConsult) || lines[0].Quantity != 2 || lines[0].UnitAmount != "900" ||
		lines[0].Allowed != "1800" || lines[0].Insurer != addr(m.insurer.addr) {
		t.Errorf("claim lines %+v", lines)
	}
	var steps []store.ClaimEvent
	mustFind(t, gdb, &steps)
	var kinds []string
	for _, s := range steps {
		kinds = append(kinds, s.Kind)
	}
	want := []string{store.KindDecided, store.KindPaid, store.KindPended, store.KindDenied, store.KindAppealed,
		store.KindApproved, store.KindDecided, store.KindPaid, store.KindDecided, store.KindQueued, store.KindPaid}
	if len(kinds) != len(want) {
		t.Fatalf("claim steps %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("claim steps %v, want %v", kinds, want)
		}
	}
	if steps[1].Amount != store.Amount(big.NewInt(run.autoPayout).String()) || steps[1].Provider != addr(provider.addr) ||
		steps[0].Deductible != "100" || steps[0].Copay != "340" || steps[5].Amounts != "5000" || !steps[5].Partial ||
		steps[2].Reasons == 0 || steps[9].Amount != "40" {
		t.Errorf("claim steps %+v", steps)
	}
	var states []store.ClaimState
	mustFind(t, gdb, &states)
	var statuses []string
	for _, s := range states {
		statuses = append(statuses, s.Status)
		if s.Patient != addr(patient.addr) || s.Provider != addr(provider.addr) || s.Insurer != addr(m.insurer.addr) || s.PolicyID != 1 {
			t.Errorf("claim state %+v: parties not copied from the submission", s)
		}
	}
	wantStatus := []string{"paid", "pending", "denied", "appealed", "paid", "awaiting_funds", "paid"}
	if len(statuses) != len(wantStatus) {
		t.Fatalf("claim states %v, want %v", statuses, wantStatus)
	}
	for i := range wantStatus {
		if statuses[i] != wantStatus[i] {
			t.Fatalf("claim states %v, want %v", statuses, wantStatus)
		}
	}
	var plans []store.PlanEvent
	mustFind(t, gdb, &plans)
	if len(plans) != 2 || plans[0].Kind != store.KindCreated || plans[0].CopayBps != 2000 || plans[0].Deductible != "100" ||
		plans[0].ReviewThreshold != "5000" || plans[1].Kind != store.KindClosed {
		t.Errorf("plan events %+v", plans)
	}
	var tariffs []store.PlanTariff
	mustFind(t, gdb, &tariffs)
	if len(tariffs) != 3 || tariffs[2].Code != store.Hash(codeVisit) || tariffs[2].Tariff != "50" {
		t.Errorf("plan tariffs %+v", tariffs)
	}
	var pols []store.PolicyEvent
	mustFind(t, gdb, &pols)
	if len(pols) != 2 || pols[1].Kind != store.KindTerminated || pols[1].Patient != addr(patient.addr) || pols[1].MemberRef != store.Hash([32]byte{0x3e}) {
		t.Errorf("policy events %+v", pols)
	}
	var pools []store.PoolEvent
	mustFind(t, gdb, &pools)
	if len(pools) != 3 || pools[0].Amount != "1000000" || pools[1].Kind != store.KindWithdrawn || pools[2].Amount != "1000" {
		t.Errorf("pool events %+v", pools)
	}

	var props []store.ServiceContractProposal
	mustFind(t, gdb, &props)
	if len(props) != 1 || props[0].ContractID != int64(run.contractID) || props[0].Payer != addr(m.payer.addr) ||
		props[0].Provider != addr(provider.addr) || props[0].Budget != "100000" || props[0].Codes != 1 {
		t.Errorf("service contract proposals %+v", props)
	}
	var reports []store.ServiceReport
	mustFind(t, gdb, &reports)
	if len(reports) != 1 || reports[0].Amount != "2000" || reports[0].Lines != 1 {
		t.Errorf("service reports %+v", reports)
	}
	var sce []store.ServiceContractEvent
	mustFind(t, gdb, &sce)
	var scKinds []string
	for _, s := range sce {
		scKinds = append(scKinds, s.Kind)
	}
	wantSC := []string{store.KindAccepted, store.KindFunded, store.KindDisputed, store.KindResolved, store.KindDeferred,
		store.KindFunded, store.KindReleasedPay, store.KindTerminated, store.KindRefunded}
	if len(scKinds) != len(wantSC) {
		t.Fatalf("service contract events %v, want %v", scKinds, wantSC)
	}
	for i := range wantSC {
		if scKinds[i] != wantSC[i] {
			t.Fatalf("service contract events %v, want %v", scKinds, wantSC)
		}
	}
	if sce[3].Account != addr(regulator) || sce[3].Amount != "1800" || sce[4].Amount != "1800" || sce[4].Escrow != "1500" ||
		sce[6].Amount != "1800" || sce[6].Account != addr(provider.addr) || sce[8].Amount != "1700" || sce[2].Offered != "1000" {
		t.Errorf("service contract events %+v", sce)
	}
	var supply []store.TokenSupplyEvent
	mustFind(t, gdb, &supply)
	if len(supply) != 4 || supply[3].Kind != store.KindBurned || supply[3].Amount != "1000" {
		t.Errorf("token supply events %+v", supply)
	}
	var transfers []store.TokenTransfer
	mustFind(t, gdb, &transfers)
	if len(transfers) < 10 {
		t.Errorf("got %d token transfers, want every mint, burn, deposit, withdrawal and payment", len(transfers))
	}
}
