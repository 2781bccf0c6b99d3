package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/bindings"
)

// TestServiceContracts runs every ServiceContracts behaviour on every backend.
func TestServiceContracts(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, financeFunded()...)
			for _, tc := range servicesCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployServicesBase(t, b)) })
			}
			base := deployServicesBase(t, b)
			for _, tc := range servicesRevertCases {
				t.Run(tc.name, func(t *testing.T) {
					if tc.setup != nil {
						setup := tc.setup
						tc.setup = func(t testing.TB, f *financeEnv) {
							f.addServiceContracts(t)
							setup(t, f)
						}
					}
					tc.check(t, b, base)
				})
			}
		})
	}
}

// deployServicesBase is deployFinanceBase with these service contracts of payer (see
// addServiceContracts):
//
//   - 1: with provider, payer's approval, Active, 500 tokens in escrow;
//   - 2: with provider, automatic release, Active, 1,000 tokens in escrow;
//   - 3: with provider, Proposed;
//   - 4: with clinic (suspended), Proposed.
//
// Each runs 4 periods of a day from a day before the last block: periods 0 and 1 have started.
func deployServicesBase(t testing.TB, b Backend) *financeEnv {
	t.Helper()
	f := deployFinanceBase(t, b)
	f.addServiceContracts(t)
	return f
}

func (f *financeEnv) addServiceContracts(t testing.TB) {
	t.Helper()
	f.activeContract(t, false, tokens(500))
	f.activeContract(t, true, tokens(1_000))
	f.send(t, payer, f.proposeCall(f.proposal(t, false)))
	p := f.proposal(t, false)
	p.Provider = clinic.addr
	f.send(t, payer, f.proposeCall(p))
}

// servicesRevertCases with a setup get a fresh deployFinanceBase plus addServiceContracts
// (TestServiceContracts adds it).

// wantContractMoney fails unless contract id holds escrow, released and reserved (minor units).
func (f *financeEnv) wantContractMoney(t testing.TB, id uint64, escrow, released, reserved *big.Int) {
	t.Helper()
	c := f.contract(id)
	if c.Escrow.Cmp(escrow) != 0 || c.Released.Cmp(released) != 0 || c.Reserved.Cmp(reserved) != 0 {
		t.Fatalf("contract %d: escrow %v released %v reserved %v, want %v %v %v", id, c.Escrow, c.Released, c.Reserved, escrow, released, reserved)
	}
}

// consultAndLab is 3 consults and 2 lab tests: 190 tokens.
var consultAndLab = []bindings.IServiceContractsReportLine{reportLine(codeConsult, 3), reportLine(codeLab, 2)}

var servicesCases = []financeCase{
	{"propose_byActivePayer_storesContractAndEmits", func(t *testing.T, f *financeEnv) {
		p := f.proposal(t, true)
		p.Provider = hospital.addr
		r := f.send(t, payer, f.proposeCall(p))
		ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractProposed)
		if ev.ContractId != 5 || ev.Payer != payer.addr || ev.Provider != hospital.addr || ev.Proposal.Budget.Cmp(p.Budget) != 0 ||
			ev.Proposal.Start != p.Start || ev.Proposal.PeriodLength != p.PeriodLength || ev.Proposal.PeriodCount != 4 ||
			!ev.Proposal.AutoRelease || string(ev.Proposal.TermsCid) != string(p.TermsCid) || len(ev.Proposal.Codes) != 2 ||
			ev.Proposal.Tariffs[1] != tariffLab {
			t.Errorf("ServiceContractProposed = %+v", ev)
		}
		c := f.contract(5)
		if c.Payer != payer.addr || c.Provider != hospital.addr || c.Status != contractProposed || !c.AutoRelease ||
			c.Start != p.Start || c.PeriodLength != p.PeriodLength || c.PeriodCount != 4 || c.TerminatedAt != 0 ||
			c.Budget.Cmp(tokens(1_000)) != 0 || c.Escrow.Sign() != 0 || string(c.TermsCid) != string(p.TermsCid) {
			t.Errorf("serviceContract(5) = %+v", c)
		}
		if got := must(f.services.Tariff(f.opts(), 5, codeLab)); got != tariffLab {
			t.Errorf("tariff = %d", got)
		}
		if got := must(f.services.ContractCount(f.opts())); got != 5 {
			t.Errorf("contractCount = %d", got)
		}
	}},
	{"accept_byProvider_activatesAndEmits", func(t *testing.T, f *financeEnv) {
		r := f.send(t, provider, f.acceptContractCall(3))
		if ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractAccepted); ev.ContractId != 3 || ev.Provider != provider.addr {
			t.Errorf("ServiceContractAccepted = %+v", ev)
		}
		if c := f.contract(3); c.Status != contractActive {
			t.Errorf("status %d", c.Status)
		}
	}},
	{"fund_byPayer_escrowsTokensAndEmits", func(t *testing.T, f *financeEnv) {
		r := f.send(t, payer, f.fundCall(3, tokens(40)))
		ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractFunded)
		if ev.ContractId != 3 || ev.Payer != payer.addr || ev.Amount.Cmp(tokens(40)) != 0 || ev.Escrow.Cmp(tokens(40)) != 0 {
			t.Errorf("ServiceContractFunded = %+v", ev)
		}
		if tr := oneEvent(t, r, f.tokenAddr, f.token.ParseTransfer); tr.From != payer.addr || tr.To != f.servicesAddr {
			t.Errorf("Transfer = %+v", tr)
		}
		f.wantContractMoney(t, 3, tokens(40), new(big.Int), new(big.Int))
		// Up to the budget exactly.
		f.send(t, payer, f.fundCall(1, tokens(500)))
		f.wantContractMoney(t, 1, tokens(1_000), new(big.Int), new(big.Int))
		if got := f.balance(f.servicesAddr); got.Cmp(tokens(2_040)) != 0 {
			t.Errorf("ServiceContracts holds %v", got)
		}
	}},
	{"fundWithPermit_withSignedPermit_fundsWithoutPriorApproval", func(t *testing.T, f *financeEnv) {
		f.send(t, payer, f.approveTokenCall(f.servicesAddr, new(big.Int)))
		deadline := new(big.Int).SetUint64(farFuture)
		p := f.signPermit(t, payer, f.servicesAddr, tokens(60), deadline)
		f.send(t, payer, f.fundWithPermitCall(3, tokens(60), deadline, p))
		f.wantContractMoney(t, 3, tokens(60), new(big.Int), new(big.Int))
	}},
	{"report_autoRelease_paysProviderInSameTransaction", func(t *testing.T, f *financeEnv) {
		r := f.send(t, provider, f.reportCall(2, 0, consultAndLab...))
		rep := oneEvent(t, r, f.servicesAddr, f.services.ParseServicesReported)
		if rep.ContractId != 2 || rep.Period != 0 || rep.Provider != provider.addr || rep.Amount.Cmp(tokens(190)) != 0 ||
			len(rep.Lines) != 2 || rep.Lines[0] != consultAndLab[0] || len(rep.Evidence) != 1 {
			t.Errorf("ServicesReported = %+v", rep)
		}
		if ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceReportApproved); !ev.Automatic || ev.Amount.Cmp(tokens(190)) != 0 {
			t.Errorf("ServiceReportApproved = %+v", ev)
		}
		rel := oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentReleased)
		if rel.ContractId != 2 || rel.Period != 0 || rel.Provider != provider.addr || rel.Amount.Cmp(tokens(190)) != 0 {
			t.Errorf("ServicePaymentReleased = %+v", rel)
		}
		if tr := oneEvent(t, r, f.tokenAddr, f.token.ParseTransfer); tr.From != f.servicesAddr || tr.To != provider.addr || tr.Value.Cmp(tokens(190)) != 0 {
			t.Errorf("Transfer = %+v", tr)
		}
		rp := f.reportOf(2, 0)
		if rp.Status != reportPaid || rp.Amount.Cmp(tokens(190)) != 0 || rp.ReportedAt != blockTime(t, f.b, r) {
			t.Errorf("reportOf = %+v", rp)
		}
		f.wantContractMoney(t, 2, tokens(810), tokens(190), new(big.Int))
		if got := f.balance(provider.addr); got.Cmp(tokens(190)) != 0 {
			t.Errorf("provider balance %v", got)
		}
	}},
	{"report_forTheCurrentPeriod_isAccepted", func(t *testing.T, f *financeEnv) {
		f.send(t, provider, f.reportCall(2, 1, reportLine(codeLab, 1)))
		if rp := f.reportOf(2, 1); rp.Status != reportPaid {
			t.Errorf("report = %+v", rp)
		}
	}},
	{"report_withApproval_waitsThenApproveReportPays", func(t *testing.T, f *financeEnv) {
		r := f.send(t, provider, f.reportCall(1, 0, consultAndLab...))
		if n := countEvents(r, f.servicesAddr, f.services.ParseServiceReportApproved) + countEvents(r, f.tokenAddr, f.token.ParseTransfer); n != 0 {
			t.Errorf("a report needing approval was approved or paid (%d events)", n)
		}
		if rp := f.reportOf(1, 0); rp.Status != reportReported {
			t.Errorf("report = %+v", rp)
		}
		f.wantContractMoney(t, 1, tokens(500), new(big.Int), tokens(190))
		r = f.send(t, payer, f.approveReportCall(1, 0))
		if ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceReportApproved); ev.Automatic || ev.Amount.Cmp(tokens(190)) != 0 {
			t.Errorf("ServiceReportApproved = %+v", ev)
		}
		oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentReleased)
		f.wantContractMoney(t, 1, tokens(310), tokens(190), new(big.Int))
	}},
	{"report_withShortEscrow_defersThenReleaseByAnyonePays", func(t *testing.T, f *financeEnv) {
		id := f.activeContract(t, true, tokens(100))
		r := f.send(t, provider, f.reportCall(id, 0, consultAndLab...))
		ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentDeferred)
		if ev.ContractId != id || ev.Period != 0 || ev.Amount.Cmp(tokens(190)) != 0 || ev.Escrow.Cmp(tokens(100)) != 0 {
			t.Errorf("ServicePaymentDeferred = %+v", ev)
		}
		if rp := f.reportOf(id, 0); rp.Status != reportAwaitingFunds {
			t.Errorf("report = %+v", rp)
		}
		assertRevert(t, f.revert(t, stranger, f.releaseReportCall(id, 0)), "ServiceContractsInsufficientEscrow", id, tokens(190), tokens(100))
		f.send(t, payer, f.fundCall(id, tokens(90)))
		r = f.send(t, stranger, f.releaseReportCall(id, 0))
		if rel := oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentReleased); rel.Amount.Cmp(tokens(190)) != 0 {
			t.Errorf("ServicePaymentReleased = %+v", rel)
		}
		f.wantContractMoney(t, id, new(big.Int), tokens(190), new(big.Int))
		assertRevert(t, f.revert(t, stranger, f.releaseReportCall(id, 0)), "ServiceContractsInvalidReportStatus", id, uint16(0), reportPaid)
	}},
	{"report_exactlyExhaustingTheBudget_isAcceptedThenOneUnitMoreIsNot", budgetExhaustion},
	{"disputeReport_thenProviderAcceptsOffer_paysOfferAndFreesTheRest", func(t *testing.T, f *financeEnv) {
		f.send(t, provider, f.reportCall(1, 0, consultAndLab...))
		r := f.send(t, payer, f.disputeCall(1, 0, tokens(150)))
		ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceReportDisputed)
		if ev.ContractId != 1 || ev.Period != 0 || ev.ReasonCode != common.HexToHash("0xd15") || ev.Offered.Cmp(tokens(150)) != 0 {
			t.Errorf("ServiceReportDisputed = %+v", ev)
		}
		if rp := f.reportOf(1, 0); rp.Status != reportDisputed || rp.Offered.Cmp(tokens(150)) != 0 {
			t.Errorf("report = %+v", rp)
		}
		r = f.send(t, provider, f.resolveCall(1, 0, tokens(150)))
		res := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceDisputeResolved)
		if res.Resolver != provider.addr || res.Amount.Cmp(tokens(150)) != 0 {
			t.Errorf("ServiceDisputeResolved = %+v", res)
		}
		oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentReleased)
		if rp := f.reportOf(1, 0); rp.Status != reportPaid || rp.Amount.Cmp(tokens(150)) != 0 {
			t.Errorf("report = %+v", rp)
		}
		f.wantContractMoney(t, 1, tokens(350), tokens(150), new(big.Int))
	}},
	{"resolveDispute_byRegulator_arbitratesUpToTheReportedAmount", func(t *testing.T, f *financeEnv) {
		f.send(t, provider, f.reportCall(1, 0, consultAndLab...))
		f.send(t, payer, f.disputeCall(1, 0, tokens(100)))
		r := f.send(t, regulator, f.resolveCall(1, 0, tokens(190)))
		if res := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceDisputeResolved); res.Resolver != regulator.addr || res.Amount.Cmp(tokens(190)) != 0 {
			t.Errorf("ServiceDisputeResolved = %+v", res)
		}
		f.wantContractMoney(t, 1, tokens(310), tokens(190), new(big.Int))
	}},
	{"resolveDispute_atZero_rejectsTheReport", func(t *testing.T, f *financeEnv) {
		f.send(t, provider, f.reportCall(1, 0, consultAndLab...))
		f.send(t, payer, f.disputeCall(1, 0, new(big.Int)))
		r := f.send(t, provider, f.resolveCall(1, 0, new(big.Int)))
		if n := countEvents(r, f.tokenAddr, f.token.ParseTransfer) + countEvents(r, f.servicesAddr, f.services.ParseServicePaymentReleased); n != 0 {
			t.Errorf("a rejected report moved money (%d events)", n)
		}
		if rp := f.reportOf(1, 0); rp.Status != reportRejected || rp.Amount.Sign() != 0 {
			t.Errorf("report = %+v", rp)
		}
		f.wantContractMoney(t, 1, tokens(500), new(big.Int), new(big.Int))
	}},
	{"terminate_midPeriod_refundsUnreservedEscrowAndKeepsOpenReports", func(t *testing.T, f *financeEnv) {
		f.send(t, provider, f.reportCall(1, 0, consultAndLab...))
		payerBefore := f.balance(payer.addr)
		r := f.send(t, payer, f.terminateCall(1))
		ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractTerminated)
		if ev.ContractId != 1 || ev.By != payer.addr || ev.ReasonCode != common.HexToHash("0x7e4") {
			t.Errorf("ServiceContractTerminated = %+v", ev)
		}
		ref := oneEvent(t, r, f.servicesAddr, f.services.ParseEscrowRefunded)
		if ref.ContractId != 1 || ref.Payer != payer.addr || ref.Amount.Cmp(tokens(310)) != 0 {
			t.Errorf("EscrowRefunded = %+v", ref)
		}
		if got := new(big.Int).Sub(f.balance(payer.addr), payerBefore); got.Cmp(tokens(310)) != 0 {
			t.Errorf("payer got back %v", got)
		}
		if c := f.contract(1); c.Status != contractTerminated || c.TerminatedAt != blockTime(t, f.b, r) {
			t.Errorf("contract = %+v", c)
		}
		f.wantContractMoney(t, 1, tokens(190), new(big.Int), tokens(190))
		// Nothing new can be reported, also not for the current period ...
		assertRevert(t, f.revert(t, provider, f.reportCall(1, 1, reportLine(codeLab, 1))), "ServiceContractsInvalidStatus", uint64(1), contractTerminated)
		// ... but the open report is still decided and paid.
		f.send(t, payer, f.approveReportCall(1, 0))
		f.wantContractMoney(t, 1, new(big.Int), tokens(190), new(big.Int))
		if got := f.balance(f.servicesAddr); got.Cmp(tokens(1_000)) != 0 {
			t.Errorf("ServiceContracts holds %v, want only contract 2's 1,000 tokens", got)
		}
	}},
	{"terminate_thenDisputeResolvedBelowReported_refundsTheFreedPart", func(t *testing.T, f *financeEnv) {
		f.send(t, provider, f.reportCall(1, 0, consultAndLab...))
		f.send(t, payer, f.terminateCall(1))
		f.send(t, payer, f.disputeCall(1, 0, tokens(100)))
		r := f.send(t, provider, f.resolveCall(1, 0, tokens(100)))
		if rel := oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentReleased); rel.Amount.Cmp(tokens(100)) != 0 {
			t.Errorf("ServicePaymentReleased = %+v", rel)
		}
		if ref := oneEvent(t, r, f.servicesAddr, f.services.ParseEscrowRefunded); ref.Amount.Cmp(tokens(90)) != 0 {
			t.Errorf("EscrowRefunded = %+v", ref)
		}
		f.wantContractMoney(t, 1, new(big.Int), tokens(100), new(big.Int))
	}},
	{"terminate_withShortfall_payerMayFundTheShortfallOnly", func(t *testing.T, f *financeEnv) {
		id := f.activeContract(t, false, tokens(100))
		f.send(t, provider, f.reportCall(id, 0, consultAndLab...))
		r := f.send(t, provider, f.terminateCall(id))
		if countEvents(r, f.servicesAddr, f.services.ParseEscrowRefunded) != 0 {
			t.Error("refund although open reports need more than the escrow")
		}
		r = f.send(t, payer, f.approveReportCall(id, 0))
		oneEvent(t, r, f.servicesAddr, f.services.ParseServicePaymentDeferred)
		assertRevert(t, f.revert(t, payer, f.fundCall(id, tokens(91))), "ServiceContractsOverfunded", id, tokens(91), tokens(90))
		f.send(t, payer, f.fundCall(id, tokens(90)))
		f.send(t, stranger, f.releaseReportCall(id, 0))
		f.wantContractMoney(t, id, new(big.Int), tokens(190), new(big.Int))
		assertRevert(t, f.revert(t, payer, f.fundCall(id, units(1))), "ServiceContractsOverfunded", id, big.NewInt(1), new(big.Int))
	}},
	{"terminate_proposalByProvider_rejectsItAndRefundsEverything", func(t *testing.T, f *financeEnv) {
		f.send(t, payer, f.fundCall(3, tokens(50)))
		r := f.send(t, provider, f.terminateCall(3))
		if ev := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractTerminated); ev.By != provider.addr {
			t.Errorf("ServiceContractTerminated = %+v", ev)
		}
		if ref := oneEvent(t, r, f.servicesAddr, f.services.ParseEscrowRefunded); ref.Amount.Cmp(tokens(50)) != 0 {
			t.Errorf("EscrowRefunded = %+v", ref)
		}
		f.wantContractMoney(t, 3, new(big.Int), new(big.Int), new(big.Int))
		assertRevert(t, f.revert(t, provider, f.acceptContractCall(3)), "ServiceContractsInvalidStatus", uint64(3), contractTerminated)
	}},
	{"terminate_withoutEscrow_emitsNoRefund", func(t *testing.T, f *financeEnv) {
		r := f.send(t, payer, f.terminateCall(4))
		if len(r.Logs) != 1 {
			t.Errorf("%d logs, want only ServiceContractTerminated", len(r.Logs))
		}
	}},
	{"accept_afterTheLastPeriod_reverts", func(t *testing.T, f *financeEnv) {
		p := f.proposal(t, false)
		p.PeriodCount = 1
		p.Start = chainNow(t, f.b) + 5 - uint64(p.PeriodLength)
		r := f.send(t, payer, f.proposeCall(p))
		id := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractProposed).ContractId
		advanceTime(t, f.b, 6*time.Second)
		end := p.Start + uint64(p.PeriodLength)
		assertRevert(t, f.revert(t, provider, f.acceptContractCall(id)), "ServiceContractsExpired", id, end)
	}},
}

// budgetExhaustion reports exactly the budget of contract 2 (1,000 tokens), then one lab test
// more: over budget.
func budgetExhaustion(t *testing.T, f *financeEnv) {
	f.send(t, provider, f.reportCall(2, 0, reportLine(codeConsult, 20)))
	f.wantContractMoney(t, 2, new(big.Int), tokens(1_000), new(big.Int))
	assertRevert(t, f.revert(t, provider, f.reportCall(2, 1, reportLine(codeLab, 1))),
		"ServiceContractsOverBudget", uint64(2), tokens(20), new(big.Int))
	assertRevert(t, f.revert(t, payer, f.fundCall(2, units(1))), "ServiceContractsOverfunded", uint64(2), big.NewInt(1), new(big.Int))
}

// proposalWith returns a proposal call changed by edit.
func proposalWith(edit func(p *bindings.IServiceContractsProposal)) func(testing.TB, *financeEnv) txFunc {
	return func(t testing.TB, f *financeEnv) txFunc {
		p := f.proposal(t, false)
		edit(&p)
		return f.proposeCall(p)
	}
}

// termsArgs are the InvalidTerms arguments of a proposal changed by edit (start is the base's).
func termsArgs(edit func(p *bindings.IServiceContractsProposal)) func(*financeEnv) []any {
	return func(f *financeEnv) []any {
		p := bindings.IServiceContractsProposal{Budget: tokens(1_000), PeriodLength: 24 * 3600, PeriodCount: 4}
		edit(&p)
		return []any{p.Budget, p.Start, p.PeriodLength, p.PeriodCount}
	}
}

var servicesRevertCases = []financeRevertCase{
	// propose
	{name: "propose_byStranger_reverts", from: stranger, call: proposalWith(func(*bindings.IServiceContractsProposal) {}),
		want: "ServiceContractsNotActivePayer", args: fargs(stranger.addr)},
	{name: "propose_byProvider_reverts", from: provider, call: proposalWith(func(*bindings.IServiceContractsProposal) {}),
		want: "ServiceContractsNotActivePayer", args: fargs(provider.addr)},
	{name: "propose_byInsurer_reverts", from: insurer, call: proposalWith(func(*bindings.IServiceContractsProposal) {}),
		want: "ServiceContractsNotActivePayer", args: fargs(insurer.addr)},
	{name: "propose_bySuspendedPayer_reverts", from: suspendedPayer, call: proposalWith(func(*bindings.IServiceContractsProposal) {}),
		want: "ServiceContractsNotActivePayer", args: fargs(suspendedPayer.addr)},
	{name: "propose_toZeroProvider_reverts", from: payer, call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Provider = common.Address{} }),
		want: "ServiceContractsInvalidProvider", args: fargs(common.Address{})},
	{name: "propose_toItself_reverts", from: payer, call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Provider = payer.addr }),
		want: "ServiceContractsInvalidProvider", args: fargs(payer.addr)},
	{name: "propose_withZeroBudget_reverts", from: payer, want: "ServiceContractsInvalidTerms",
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Budget = new(big.Int); p.Start = 1 }),
		args: termsArgs(func(p *bindings.IServiceContractsProposal) { p.Budget = new(big.Int); p.Start = 1 })},
	{name: "propose_withZeroPeriodLength_reverts", from: payer, want: "ServiceContractsInvalidTerms",
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.PeriodLength = 0; p.Start = farFuture }),
		args: termsArgs(func(p *bindings.IServiceContractsProposal) { p.PeriodLength = 0; p.Start = farFuture })},
	{name: "propose_withoutPeriods_reverts", from: payer, want: "ServiceContractsInvalidTerms",
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.PeriodCount = 0; p.Start = farFuture }),
		args: termsArgs(func(p *bindings.IServiceContractsProposal) { p.PeriodCount = 0; p.Start = farFuture })},
	{name: "propose_endingInThePast_reverts", from: payer, want: "ServiceContractsInvalidTerms",
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Start = 1_000 }),
		args: termsArgs(func(p *bindings.IServiceContractsProposal) { p.Start = 1_000 })},
	{name: "propose_endingBeyondUint40_reverts", from: payer, want: "ServiceContractsInvalidTerms",
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Start = 1 << 40 }),
		args: termsArgs(func(p *bindings.IServiceContractsProposal) { p.Start = 1 << 40 })},
	{name: "propose_withoutCodes_reverts", from: payer, want: "ServiceContractsInvalidTariffs", args: fargs(new(big.Int), new(big.Int)),
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Codes, p.Tariffs = nil, nil })},
	{name: "propose_withMismatchedTariffs_reverts", from: payer, want: "ServiceContractsInvalidTariffs", args: fargs(big.NewInt(2), big.NewInt(1)),
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Tariffs = p.Tariffs[:1] })},
	{name: "propose_withThirtyThreeCodes_reverts", from: payer, want: "ServiceContractsInvalidTariffs", args: fargs(big.NewInt(33), big.NewInt(33)),
		call: proposalWith(func(p *bindings.IServiceContractsProposal) {
			p.Codes, p.Tariffs = make([][32]byte, 33), make([]uint64, 33)
			for i := range p.Codes {
				p.Codes[i], p.Tariffs[i] = serviceCode("S"+big.NewInt(int64(i)).String()), 1
			}
		})},
	{name: "propose_withZeroTariff_reverts", from: payer, want: "ServiceContractsInvalidTariff", args: fargs(codeLab),
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Tariffs[1] = 0 })},
	{name: "propose_withDuplicateCode_reverts", from: payer, want: "ServiceContractsInvalidTariff", args: fargs(codeConsult),
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.Codes[1] = codeConsult })},
	{name: "propose_withInvalidTermsCid_reverts", from: payer, want: "ServiceContractsInvalidCid", args: fargs([]byte("terms.pdf")),
		call: proposalWith(func(p *bindings.IServiceContractsProposal) { p.TermsCid = []byte("terms.pdf") })},

	// accept
	{name: "accept_byStranger_reverts", from: stranger, want: "ServiceContractsNotProvider", args: fargs(uint64(3), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.acceptContractCall(3) })},
	{name: "accept_byPayer_reverts", from: payer, want: "ServiceContractsNotProvider", args: fargs(uint64(3), payer.addr),
		call: call(func(f *financeEnv) txFunc { return f.acceptContractCall(3) })},
	{name: "accept_byOtherProvider_reverts", from: hospital, want: "ServiceContractsNotProvider", args: fargs(uint64(3), hospital.addr),
		call: call(func(f *financeEnv) txFunc { return f.acceptContractCall(3) })},
	{name: "accept_bySuspendedProvider_reverts", from: clinic, want: "ServiceContractsNotActiveProvider", args: fargs(clinic.addr),
		call: call(func(f *financeEnv) txFunc { return f.acceptContractCall(4) })},
	{name: "accept_twice_reverts", from: provider, want: "ServiceContractsInvalidStatus", args: fargs(uint64(1), contractActive),
		call: call(func(f *financeEnv) txFunc { return f.acceptContractCall(1) })},
	{name: "accept_unknown_reverts", from: provider, want: "ServiceContractsUnknownContract", args: fargs(uint64(99)),
		call: call(func(f *financeEnv) txFunc { return f.acceptContractCall(99) })},

	// fund
	{name: "fund_byStranger_reverts", from: stranger, want: "ServiceContractsNotPayer", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.fundCall(1, units(1)) })},
	{name: "fund_byProvider_reverts", from: provider, want: "ServiceContractsNotPayer", args: fargs(uint64(1), provider.addr),
		call: call(func(f *financeEnv) txFunc { return f.fundCall(1, units(1)) })},
	{name: "fund_zero_reverts", from: payer, want: "ServiceContractsZeroAmount",
		call: call(func(f *financeEnv) txFunc { return f.fundCall(1, new(big.Int)) })},
	{name: "fund_aboveBudget_reverts", from: payer, want: "ServiceContractsOverfunded",
		args: fargs(uint64(1), new(big.Int).Add(tokens(500), units(1)), tokens(500)),
		call: call(func(f *financeEnv) txFunc { return f.fundCall(1, new(big.Int).Add(tokens(500), units(1))) })},
	{name: "fund_unknown_reverts", from: payer, want: "ServiceContractsUnknownContract", args: fargs(uint64(99)),
		call: call(func(f *financeEnv) txFunc { return f.fundCall(99, units(1)) })},
	{name: "fund_withoutAllowance_reverts", from: payer, want: "ERC20InsufficientAllowance",
		setup: func(t testing.TB, f *financeEnv) { f.send(t, payer, f.approveTokenCall(f.servicesAddr, new(big.Int))) },
		call:  call(func(f *financeEnv) txFunc { return f.fundCall(1, units(3)) }),
		args:  func(f *financeEnv) []any { return []any{f.servicesAddr, new(big.Int), big.NewInt(3)} }},
	{name: "fundWithPermit_withBadPermitAndNoAllowance_reverts", from: payer, want: "ERC20InsufficientAllowance",
		setup: func(t testing.TB, f *financeEnv) { f.send(t, payer, f.approveTokenCall(f.servicesAddr, new(big.Int))) },
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			return f.fundWithPermitCall(1, units(3), deadline, f.signPermit(t, stranger, f.servicesAddr, units(3), deadline))
		},
		args: func(f *financeEnv) []any { return []any{f.servicesAddr, new(big.Int), big.NewInt(3)} }},
	{name: "fundWithPermit_byStranger_reverts", from: stranger, want: "ServiceContractsNotPayer", args: fargs(uint64(1), stranger.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			return f.fundWithPermitCall(1, units(3), deadline, f.signPermit(t, stranger, f.servicesAddr, units(3), deadline))
		}},
	{name: "fundWithPermit_byProvider_reverts", from: provider, want: "ServiceContractsNotPayer", args: fargs(uint64(1), provider.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			return f.fundWithPermitCall(1, units(3), deadline, f.signPermit(t, provider, f.servicesAddr, units(3), deadline))
		}},

	// report
	{name: "report_byStranger_reverts", from: stranger, want: "ServiceContractsNotProvider", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, consultAndLab...) })},
	{name: "report_byPayer_reverts", from: payer, want: "ServiceContractsNotProvider", args: fargs(uint64(1), payer.addr),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, consultAndLab...) })},
	{name: "report_bySuspendedProvider_reverts", from: provider, want: "ServiceContractsNotActiveProvider", args: fargs(provider.addr),
		setup: func(t testing.TB, f *financeEnv) { f.suspend(t, provider.addr) },
		call:  call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, consultAndLab...) })},
	{name: "report_onProposal_reverts", from: provider, want: "ServiceContractsInvalidStatus", args: fargs(uint64(3), contractProposed),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(3, 0, consultAndLab...) })},
	{name: "report_afterTermination_reverts", from: provider, want: "ServiceContractsInvalidStatus", args: fargs(uint64(1), contractTerminated),
		setup: func(t testing.TB, f *financeEnv) { f.send(t, payer, f.terminateCall(1)) },
		call:  call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, consultAndLab...) })},
	{name: "report_pastTheLastPeriod_reverts", from: provider, want: "ServiceContractsInvalidPeriod", args: fargs(uint64(1), uint16(4)),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 4, consultAndLab...) })},
	{name: "report_periodNotStarted_reverts", from: provider, want: "ServiceContractsInvalidPeriod", args: fargs(uint64(1), uint16(2)),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 2, consultAndLab...) })},
	{name: "report_twice_reverts", from: provider, want: "ServiceContractsDuplicateReport", args: fargs(uint64(1), uint16(0)),
		setup: func(t testing.TB, f *financeEnv) { f.send(t, provider, f.reportCall(1, 0, reportLine(codeLab, 1))) },
		call:  call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, consultAndLab...) })},
	{name: "report_withoutLines_reverts", from: provider, want: "ServiceContractsInvalidLineCount", args: fargs(new(big.Int)),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 0) })},
	{name: "report_withThirtyThreeLines_reverts", from: provider, want: "ServiceContractsInvalidLineCount", args: fargs(big.NewInt(33)),
		call: call(func(f *financeEnv) txFunc {
			lines := make([]bindings.IServiceContractsReportLine, 33)
			for i := range lines {
				lines[i] = reportLine(codeLab, 1)
			}
			return f.reportCall(1, 0, lines...)
		})},
	{name: "report_withZeroQuantity_reverts", from: provider, want: "ServiceContractsInvalidQuantity", args: fargs(big.NewInt(1)),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, reportLine(codeLab, 1), reportLine(codeLab, 0)) })},
	{name: "report_codeNotInTariff_reverts", from: provider, want: "ServiceContractsCodeNotInTariff", args: fargs(uint64(1), codeXray),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, reportLine(codeLab, 1), reportLine(codeXray, 1)) })},
	{name: "report_withNineEvidenceCids_reverts", from: provider, want: "ServiceContractsTooMuchEvidence", args: fargs(big.NewInt(9)),
		call: call(func(f *financeEnv) txFunc {
			evidence := make([][]byte, 9)
			for i := range evidence {
				evidence[i] = testCID("e")
			}
			return f.reportWithEvidence(1, 0, evidence, reportLine(codeLab, 1))
		})},
	{name: "report_withInvalidEvidenceCid_reverts", from: provider, want: "ServiceContractsInvalidCid", args: fargs([]byte{0x01, 0x55}),
		call: call(func(f *financeEnv) txFunc {
			return f.reportWithEvidence(1, 0, [][]byte{{0x01, 0x55}}, reportLine(codeLab, 1))
		})},
	{name: "report_overBudget_reverts", from: provider, want: "ServiceContractsOverBudget", args: fargs(uint64(1), tokens(1_050), tokens(1_000)),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(1, 0, reportLine(codeConsult, 21)) })},
	{name: "report_unknownContract_reverts", from: provider, want: "ServiceContractsUnknownContract", args: fargs(uint64(99)),
		call: call(func(f *financeEnv) txFunc { return f.reportCall(99, 0, consultAndLab...) })},

	// approveReport, disputeReport, resolveDispute, release
	{name: "approveReport_byStranger_reverts", from: stranger, want: "ServiceContractsNotPayer", args: fargs(uint64(1), stranger.addr),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 0) })},
	{name: "approveReport_byProvider_reverts", from: provider, want: "ServiceContractsNotPayer", args: fargs(uint64(1), provider.addr),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 0) })},
	{name: "approveReport_byOtherPayer_reverts", from: payer2, want: "ServiceContractsNotPayer", args: fargs(uint64(1), payer2.addr),
		setup: reportedWithOtherPayer, call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 0) })},
	{name: "approveReport_byRegulator_reverts", from: regulator, want: "ServiceContractsNotPayer", args: fargs(uint64(1), regulator.addr),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 0) })},
	{name: "approveReport_notReported_reverts", from: payer, want: "ServiceContractsInvalidReportStatus", args: fargs(uint64(1), uint16(1), reportNone),
		call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 1) })},
	{name: "approveReport_twice_reverts", from: payer, want: "ServiceContractsInvalidReportStatus", args: fargs(uint64(1), uint16(0), reportPaid),
		setup: func(t testing.TB, f *financeEnv) {
			reported(t, f)
			f.send(t, payer, f.approveReportCall(1, 0))
		},
		call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 0) })},
	{name: "approveReport_disputed_reverts", from: payer, want: "ServiceContractsInvalidReportStatus", args: fargs(uint64(1), uint16(0), reportDisputed),
		setup: disputed, call: call(func(f *financeEnv) txFunc { return f.approveReportCall(1, 0) })},
	{name: "disputeReport_byProvider_reverts", from: provider, want: "ServiceContractsNotPayer", args: fargs(uint64(1), provider.addr),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.disputeCall(1, 0, units(1)) })},
	{name: "disputeReport_byStranger_reverts", from: stranger, want: "ServiceContractsNotPayer", args: fargs(uint64(1), stranger.addr),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.disputeCall(1, 0, units(1)) })},
	{name: "disputeReport_byOtherPayer_reverts", from: payer2, want: "ServiceContractsNotPayer", args: fargs(uint64(1), payer2.addr),
		setup: reportedWithOtherPayer, call: call(func(f *financeEnv) txFunc { return f.disputeCall(1, 0, units(1)) })},
	{name: "disputeReport_byRegulator_reverts", from: regulator, want: "ServiceContractsNotPayer", args: fargs(uint64(1), regulator.addr),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.disputeCall(1, 0, units(1)) })},
	{name: "disputeReport_offeringTheWholeAmount_reverts", from: payer, want: "ServiceContractsInvalidOffer",
		args:  fargs(uint64(1), uint16(0), tokens(190), tokens(190)),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.disputeCall(1, 0, tokens(190)) })},
	{name: "disputeReport_paidAutomatically_reverts", from: payer, want: "ServiceContractsInvalidReportStatus", args: fargs(uint64(2), uint16(0), reportPaid),
		setup: func(t testing.TB, f *financeEnv) { f.send(t, provider, f.reportCall(2, 0, consultAndLab...)) },
		call:  call(func(f *financeEnv) txFunc { return f.disputeCall(2, 0, units(1)) })},
	{name: "resolveDispute_byStranger_reverts", from: stranger, want: "ServiceContractsNotResolver", args: fargs(uint64(1), stranger.addr),
		setup: disputed, call: call(func(f *financeEnv) txFunc { return f.resolveCall(1, 0, tokens(100)) })},
	{name: "resolveDispute_byPayer_reverts", from: payer, want: "ServiceContractsNotResolver", args: fargs(uint64(1), payer.addr),
		setup: disputed, call: call(func(f *financeEnv) txFunc { return f.resolveCall(1, 0, tokens(100)) })},
	{name: "resolveDispute_byProviderAtAnotherAmount_reverts", from: provider, want: "ServiceContractsInvalidResolution",
		args:  fargs(uint64(1), uint16(0), tokens(101)),
		setup: disputed, call: call(func(f *financeEnv) txFunc { return f.resolveCall(1, 0, tokens(101)) })},
	{name: "resolveDispute_byRegulatorAboveReported_reverts", from: regulator, want: "ServiceContractsInvalidResolution",
		args:  fargs(uint64(1), uint16(0), new(big.Int).Add(tokens(190), units(1))),
		setup: disputed, call: call(func(f *financeEnv) txFunc { return f.resolveCall(1, 0, new(big.Int).Add(tokens(190), units(1))) })},
	{name: "resolveDispute_notDisputed_reverts", from: provider, want: "ServiceContractsInvalidReportStatus", args: fargs(uint64(1), uint16(0), reportReported),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.resolveCall(1, 0, new(big.Int)) })},
	{name: "resolveDispute_unknownContract_reverts", from: provider, want: "ServiceContractsUnknownContract", args: fargs(uint64(99)),
		call: call(func(f *financeEnv) txFunc { return f.resolveCall(99, 0, new(big.Int)) })},
	{name: "release_notAwaitingFunds_reverts", from: stranger, want: "ServiceContractsInvalidReportStatus", args: fargs(uint64(1), uint16(0), reportReported),
		setup: reported, call: call(func(f *financeEnv) txFunc { return f.releaseReportCall(1, 0) })},
	{name: "release_unknownContract_reverts", from: stranger, want: "ServiceContractsUnknownContract", args: fargs(uint64(99)),
		call: call(func(f *financeEnv) txFunc { return f.releaseReportCall(99, 0) })},

	// terminate
	{name: "terminate_byStranger_reverts", from: stranger, want: "ServiceContractsNotParty", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.terminateCall(1) })},
	{name: "terminate_byRegulator_reverts", from: regulator, want: "ServiceContractsNotParty", args: fargs(uint64(1), regulator.addr),
		call: call(func(f *financeEnv) txFunc { return f.terminateCall(1) })},
	{name: "terminate_twice_reverts", from: payer, want: "ServiceContractsInvalidStatus", args: fargs(uint64(1), contractTerminated),
		setup: func(t testing.TB, f *financeEnv) { f.send(t, payer, f.terminateCall(1)) },
		call:  call(func(f *financeEnv) txFunc { return f.terminateCall(1) })},
	{name: "terminate_unknown_reverts", from: payer, want: "ServiceContractsUnknownContract", args: fargs(uint64(99)),
		call: call(func(f *financeEnv) txFunc { return f.terminateCall(99) })},
}

// reported has provider report 190 tokens for period 0 of contract 1.
func reported(t testing.TB, f *financeEnv) { f.send(t, provider, f.reportCall(1, 0, consultAndLab...)) }

// reportedWithOtherPayer is reported, with payer2 licensed as an active government payer that
// proposes a contract of its own with provider (contract 5), so that it is a payer, only not
// contract 1's.
func reportedWithOtherPayer(t testing.TB, f *financeEnv) {
	reported(t, f)
	f.license(t, payer2.addr, roleGovernmentPayer)
	f.send(t, payer2, f.proposeCall(f.proposal(t, false)))
}

// disputed is reported, then disputed by the payer with an offer of 100 tokens.
func disputed(t testing.TB, f *financeEnv) {
	reported(t, f)
	f.send(t, payer, f.disputeCall(1, 0, tokens(100)))
}
