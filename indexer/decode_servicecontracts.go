package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// serviceContractsFamily decodes ServiceContracts: proposals (with their
// tariffs), reports (with their lines) and every other step of a contract
// in service_contract_events.
func serviceContractsFamily() (*family, error) {
	fam, err := newFamily("ServiceContracts", bindings.ServiceContractsMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewServiceContractsFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	step := func(at store.Event, kind string, id uint64, period int, fill func(*store.ServiceContractEvent)) *store.ServiceContractEvent {
		r := &store.ServiceContractEvent{Event: at, Kind: kind, ContractID: store.Int64(id), Period: period,
			Amount: "0", Offered: "0", Escrow: "0"}
		fill(r)
		return r
	}
	err = fam.onAll(map[string]decodeFunc{
		"ServiceContractProposed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceContractProposed(l)
			if err != nil {
				return nil, err
			}
			p := e.Proposal
			return store.NewServiceContractProposal(store.ServiceContractProposal{Event: at, ContractID: store.Int64(e.ContractId),
				Payer: store.Addr(e.Payer), Provider: store.Addr(e.Provider), Budget: store.NewAmount(p.Budget),
				Start: store.Int64(p.Start), PeriodLength: int64(p.PeriodLength), PeriodCount: int(p.PeriodCount),
				AutoRelease: p.AutoRelease, TermsCID: cidString(p.TermsCid)}, hashes(p.Codes), amounts64(p.Tariffs)), nil
		},
		"ServiceContractAccepted": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceContractAccepted(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindAccepted, e.ContractId, -1, func(r *store.ServiceContractEvent) { r.Account = store.Addr(e.Provider) }), nil
		},
		"ServiceContractFunded": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceContractFunded(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindFunded, e.ContractId, -1, func(r *store.ServiceContractEvent) {
				r.Account, r.Amount, r.Escrow = store.Addr(e.Payer), store.NewAmount(e.Amount), store.NewAmount(e.Escrow)
			}), nil
		},
		"ServicesReported": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServicesReported(l)
			if err != nil {
				return nil, err
			}
			lines := make([]store.ServiceReportLine, len(e.Lines))
			for i, ln := range e.Lines {
				lines[i] = store.ServiceReportLine{Code: store.Hash(ln.Code), Quantity: int64(ln.Quantity)}
			}
			return store.NewServiceReport(store.ServiceReport{Event: at, ContractID: store.Int64(e.ContractId), Period: int(e.Period),
				Provider: store.Addr(e.Provider), Amount: store.NewAmount(e.Amount), Evidence: cidList(e.Evidence)}, lines), nil
		},
		"ServiceReportApproved": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceReportApproved(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindApproved, e.ContractId, int(e.Period), func(r *store.ServiceContractEvent) {
				r.Amount, r.Automatic = store.NewAmount(e.Amount), e.Automatic
			}), nil
		},
		"ServiceReportDisputed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceReportDisputed(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindDisputed, e.ContractId, int(e.Period), func(r *store.ServiceContractEvent) {
				r.ReasonCode, r.Offered = store.Hash(e.ReasonCode), store.NewAmount(e.Offered)
			}), nil
		},
		"ServiceDisputeResolved": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceDisputeResolved(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindResolved, e.ContractId, int(e.Period), func(r *store.ServiceContractEvent) {
				r.Account, r.Amount = store.Addr(e.Resolver), store.NewAmount(e.Amount)
			}), nil
		},
		"ServicePaymentDeferred": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServicePaymentDeferred(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindDeferred, e.ContractId, int(e.Period), func(r *store.ServiceContractEvent) {
				r.Amount, r.Escrow = store.NewAmount(e.Amount), store.NewAmount(e.Escrow)
			}), nil
		},
		"ServicePaymentReleased": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServicePaymentReleased(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindReleasedPay, e.ContractId, int(e.Period), func(r *store.ServiceContractEvent) {
				r.Account, r.Amount = store.Addr(e.Provider), store.NewAmount(e.Amount)
			}), nil
		},
		"ServiceContractTerminated": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseServiceContractTerminated(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindTerminated, e.ContractId, -1, func(r *store.ServiceContractEvent) {
				r.Account, r.ReasonCode = store.Addr(e.By), store.Hash(e.ReasonCode)
			}), nil
		},
		"EscrowRefunded": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseEscrowRefunded(l)
			if err != nil {
				return nil, err
			}
			return step(at, store.KindRefunded, e.ContractId, -1, func(r *store.ServiceContractEvent) {
				r.Account, r.Amount = store.Addr(e.Payer), store.NewAmount(e.Amount)
			}), nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}
