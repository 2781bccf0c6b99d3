package indexer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// drugBatchesFamily decodes DrugBatches: registrations, custody hand-overs,
// telemetry, quarantines, penalties, recalls, dispensed packs and suspected
// clones. A recall's notices to every holder are derived by the store when
// the recall is written (store.RecallNotice).
func drugBatchesFamily() (*family, error) {
	fam, err := newFamily("DrugBatches", bindings.DrugBatchesMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewDrugBatchesFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	handOver := func(kind string, parse func(types.Log) (batchID [32]byte, from, to common.Address, id uint64, qty uint32, err error)) decodeFunc {
		return func(l types.Log, at store.Event) (store.Row, error) {
			batchID, from, to, id, qty, err := parse(l)
			if err != nil {
				return nil, err
			}
			return &store.HandOverEvent{Event: at, Kind: kind, BatchID: store.Hash(batchID), Sender: store.Addr(from),
				Receiver: store.Addr(to), HandOverID: store.Int64(id), Quantity: int64(qty)}, nil
		}
	}
	err = fam.onAll(map[string]decodeFunc{
		"BatchRegistered": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseBatchRegistered(l)
			if err != nil {
				return nil, err
			}
			r := e.Registration
			return &store.BatchRegistration{Event: at, BatchID: store.Hash(e.BatchId), Manufacturer: store.Addr(e.Manufacturer),
				GTIN: store.Int64(e.Gtin), BatchNumber: store.Int64(e.Number), Lot: store.Text(r.Lot),
				ManufacturedAt: store.Int64(r.ManufacturedAt), ExpiresAt: store.Int64(r.ExpiresAt), PackCount: int64(r.PackCount),
				MinTemperature: int(r.MinTemperature), MaxTemperature: int(r.MaxTemperature), SerialRoot: store.Hash(r.SerialRoot),
				CertificateCID: cidString(r.CertificateCid)}, nil
		},
		"HandOverInitiated": handOver(store.KindInitiated, func(l types.Log) ([32]byte, common.Address, common.Address, uint64, uint32, error) {
			e, err := f.ParseHandOverInitiated(l)
			if err != nil {
				return [32]byte{}, common.Address{}, common.Address{}, 0, 0, err
			}
			return e.BatchId, e.From, e.To, e.Id, e.Quantity, nil
		}),
		"HandOverAccepted": handOver(store.KindAccepted, func(l types.Log) ([32]byte, common.Address, common.Address, uint64, uint32, error) {
			e, err := f.ParseHandOverAccepted(l)
			if err != nil {
				return [32]byte{}, common.Address{}, common.Address{}, 0, 0, err
			}
			return e.BatchId, e.From, e.To, e.Id, e.Quantity, nil
		}),
		"HandOverCancelled": handOver(store.KindCancelled, func(l types.Log) ([32]byte, common.Address, common.Address, uint64, uint32, error) {
			e, err := f.ParseHandOverCancelled(l)
			if err != nil {
				return [32]byte{}, common.Address{}, common.Address{}, 0, 0, err
			}
			return e.BatchId, e.From, e.To, e.Id, e.Quantity, nil
		}),
		"TemperatureRecorded": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseTemperatureRecorded(l)
			if err != nil {
				return nil, err
			}
			return &store.TemperatureReading{Event: at, BatchID: store.Hash(e.BatchId), Holder: store.Addr(e.Holder),
				Device: store.Addr(e.Device), MeasuredAt: store.Int64(e.Timestamp), Temperature: int(e.Temperature),
				WithinRange: e.WithinRange}, nil
		},
		"ReadingsSubmitted": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseReadingsSubmitted(l)
			if err != nil {
				return nil, err
			}
			return &store.ReadingSubmission{Event: at, Submitter: store.Addr(e.Submitter),
				Accepted: bigInt64(e.Accepted), Skipped: bigInt64(e.Skipped)}, nil
		},
		"StockQuarantined": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseStockQuarantined(l)
			if err != nil {
				return nil, err
			}
			return &store.QuarantineEvent{Event: at, Kind: store.KindQuarantined, BatchID: store.Hash(e.BatchId),
				Holder: store.Addr(e.Holder), Device: store.Addr(e.Device), MeasuredAt: store.Int64(e.Timestamp),
				Temperature: int(e.Temperature), Quantity: int64(e.Quantity)}, nil
		},
		"QuarantineReleased": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseQuarantineReleased(l)
			if err != nil {
				return nil, err
			}
			return &store.QuarantineEvent{Event: at, Kind: store.KindReleased, BatchID: store.Hash(e.BatchId),
				Holder: store.Addr(e.Holder), Regulator: store.Addr(e.Regulator), ReasonCode: store.Hash(e.ReasonCode)}, nil
		},
		"PenaltyRecorded": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePenaltyRecorded(l)
			if err != nil {
				return nil, err
			}
			return &store.Penalty{Event: at, Holder: store.Addr(e.Holder), BatchID: store.Hash(e.BatchId),
				MeasuredAt: store.Int64(e.Timestamp), Temperature: int(e.Temperature), Total: int64(e.Total)}, nil
		},
		"BatchRecalled": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseBatchRecalled(l)
			if err != nil {
				return nil, err
			}
			return &store.BatchRecall{Event: at, BatchID: store.Hash(e.BatchId), RecalledBy: store.Addr(e.RecalledBy),
				ReasonCode: store.Hash(e.ReasonCode), HolderCount: int64(e.HolderCount)}, nil
		},
		"PackDispensed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePackDispensed(l)
			if err != nil {
				return nil, err
			}
			return &store.PackDispense{Event: at, BatchID: store.Hash(e.BatchId), Holder: store.Addr(e.Holder),
				Operator: store.Addr(e.Operator), SerialLeaf: store.Hash(e.SerialLeaf), Serial: store.Text(e.Serial)}, nil
		},
		"SuspectedCloneReported": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseSuspectedCloneReported(l)
			if err != nil {
				return nil, err
			}
			return &store.CloneReport{Event: at, BatchID: store.Hash(e.BatchId), SerialLeaf: store.Hash(e.SerialLeaf),
				Reporter: store.Addr(e.Reporter), Serial: store.Text(e.Serial), Reports: int64(e.Reports)}, nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}

// bigInt64 converts a uint256 count to int64, clamping like store.Int64.
func bigInt64(v *big.Int) int64 {
	if v == nil || v.Sign() < 0 {
		return 0
	}
	if !v.IsUint64() {
		return store.Int64(^uint64(0))
	}
	return store.Int64(v.Uint64())
}
