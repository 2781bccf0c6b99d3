package api

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/auth"
)

// Values of the service-contract tests: the custodial account plays the
// government payer, the hospital the provider.
var (
	scPayer       = custodialAccount
	scPayerToken  = custodialToken
	scProvider    = hospitalAccount
	scProvToken   = hospitalToken
	scGPVisit     = ServiceCode{'G', 'P', '-', 'V', 'I', 'S', 'I', 'T'}
	scStart       = time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	scPeriod      = 30 * 24 * time.Hour
	scMinorTokens = func(s string) *big.Int { n, _ := new(big.Int).SetString(s, 10); return n }
)

// fakeServiceContracts is a ServiceContracts that records calls and answers
// with canned values; err makes every call fail.
type fakeServiceContracts struct {
	recorder
	err       error
	contract  ServiceContract
	report    ServiceReport
	approveTx *TxResult
}

func newFakeServiceContracts() *fakeServiceContracts {
	return &fakeServiceContracts{
		contract: ServiceContract{ID: 1, Payer: scPayer, Provider: scProvider, Status: ServiceContractActive, AutoRelease: true,
			Start: scStart, PeriodLength: scPeriod, PeriodCount: 12,
			Budget: scMinorTokens("10000000000"), Escrow: scMinorTokens("2000000000"), Released: scMinorTokens("1000000000"), Reserved: new(big.Int),
			TermsCID: testCID, Tariffs: []ServiceTariff{{Code: scGPVisit, Price: 25_000_000}}, AsOf: fixedNow},
		report: ServiceReport{ContractID: 1, Period: 0, Status: ServiceReportPaid, ReportedAt: fixedNow, Amount: scMinorTokens("1000000000"),
			Offered: new(big.Int), Lines: []ServiceLine{{Code: scGPVisit, Quantity: 40}}, Evidence: []string{testCID}},
		approveTx: &minedTx,
	}
}

func (f *fakeServiceContracts) Propose(_ context.Context, from common.Address, p ServiceContractProposal) (ServiceContract, TxResult, error) {
	f.record("Propose", from, p)
	c := f.contract
	c.Status = ServiceContractProposed
	return c, minedTx, f.err
}

func (f *fakeServiceContracts) Accept(_ context.Context, from common.Address, id uint64) (ServiceContract, TxResult, error) {
	f.record("Accept", from, id)
	return f.contract, minedTx, f.err
}

func (f *fakeServiceContracts) Fund(_ context.Context, from common.Address, req FundRequest) (FundResult, error) {
	f.record("Fund", from, req)
	return FundResult{Contract: f.contract, Tx: minedTx, ApproveTx: f.approveTx}, f.err
}

func (f *fakeServiceContracts) PermitTypedData(_ context.Context, owner common.Address, id uint64, amount *big.Int, deadline time.Time) (TypedData, error) {
	f.record("PermitTypedData", owner, id, amount, deadline)
	if f.err != nil {
		return nil, f.err
	}
	return TypedData{"types": map[string]any{}, "primaryType": "Permit", "domain": map[string]any{"name": "Salus Settlement Token"},
		"message": map[string]any{"owner": owner.Hex(), "value": amount.String(), "deadline": deadline.Unix()}}, nil
}

func (f *fakeServiceContracts) Report(_ context.Context, from common.Address, req ServiceReportRequest) (ServiceReport, TxResult, error) {
	f.record("Report", from, req)
	r := f.report
	r.Period = req.Period
	return r, minedTx, f.err
}

func (f *fakeServiceContracts) ApproveReport(_ context.Context, from common.Address, id uint64, period uint16) (ServiceReport, TxResult, error) {
	f.record("ApproveReport", from, id, period)
	return f.report, minedTx, f.err
}

func (f *fakeServiceContracts) DisputeReport(_ context.Context, from common.Address, id uint64, period uint16, reason [32]byte, offered *big.Int) (ServiceReport, TxResult, error) {
	f.record("DisputeReport", from, id, period, reason, offered)
	r := f.report
	r.Status, r.Offered, r.DisputeReason = ServiceReportDisputed, offered, reason
	return r, minedTx, f.err
}

func (f *fakeServiceContracts) ResolveDispute(_ context.Context, from common.Address, id uint64, period uint16, amount *big.Int) (ServiceReport, TxResult, error) {
	f.record("ResolveDispute", from, id, period, amount)
	return f.report, minedTx, f.err
}

func (f *fakeServiceContracts) Release(_ context.Context, from common.Address, id uint64, period uint16) (ServiceReport, TxResult, error) {
	f.record("Release", from, id, period)
	return f.report, minedTx, f.err
}

func (f *fakeServiceContracts) Terminate(_ context.Context, from common.Address, id uint64, reason [32]byte) (ServiceContract, TxResult, error) {
	f.record("Terminate", from, id, reason)
	c := f.contract
	c.Status, c.TerminatedAt = ServiceContractTerminated, fixedNow
	return c, minedTx, f.err
}

func (f *fakeServiceContracts) ServiceContract(_ context.Context, id uint64) (ServiceContract, error) {
	f.record("ServiceContract", id)
	return f.contract, f.err
}

func (f *fakeServiceContracts) ServiceReport(_ context.Context, id uint64, period uint16) (ServiceReport, error) {
	f.record("ServiceReport", id, period)
	return f.report, f.err
}

// scHarness is a server over fakes with a fake ServiceContracts.
type scHarness struct {
	*harness
	sc *fakeServiceContracts
}

func newSCHarness(t *testing.T, configure ...func(*Config)) *scHarness {
	t.Helper()
	f := newFakeServiceContracts()
	h := newHarnessDeps(t, func(d *Deps) {
		d.ServiceContracts = f
		// An institution that is neither party nor regulator.
		d.Auth.(fakeAuth)[scOtherToken] = auth.Principal{ID: "otherpayer", Name: "Other payer", Account: scOtherAccount}
	}, configure...)
	return &scHarness{harness: h, sc: f}
}
