package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// prescriptionsFamily decodes Prescriptions: issues, fills (with one row per
// pack, derived from the same log) and cancellations.
func prescriptionsFamily() (*family, error) {
	fam, err := newFamily("Prescriptions", bindings.PrescriptionsMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewPrescriptionsFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	err = fam.onAll(map[string]decodeFunc{
		"PrescriptionIssued": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePrescriptionIssued(l)
			if err != nil {
				return nil, err
			}
			r := e.Request
			return &store.Prescription{Event: at, PrescriptionID: store.Int64(e.Id), Patient: store.Addr(e.Patient),
				Prescriber: store.Addr(e.Prescriber), GTIN: store.Int64(r.Gtin), CodeSystem: store.Text(r.CodeSystem),
				Code: store.Text(r.Code), Medication: store.Medication(r.Gtin, r.CodeSystem, r.Code),
				QuantityPerFill: int(r.QuantityPerFill), Refills: int(r.Refills), ValidUntil: store.Int64(r.ValidUntil),
				MinFillInterval: int64(r.MinFillInterval), Controlled: r.Controlled, CID: cidString(r.Cid)}, nil
		},
		"PrescriptionDispensed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePrescriptionDispensed(l)
			if err != nil {
				return nil, err
			}
			batches := make([]string, len(e.BatchIds))
			for i, b := range e.BatchIds {
				batches[i] = store.Hash(b)
			}
			leaves := make([]string, len(e.SerialLeaves))
			for i, s := range e.SerialLeaves {
				leaves[i] = store.Hash(s)
			}
			return store.NewPrescriptionFill(at, store.Int64(e.Id), store.Addr(e.Patient), store.Addr(e.Pharmacy),
				int(e.Fill), batches, leaves, cidString(e.Cid)), nil
		},
		"PrescriptionCancelled": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePrescriptionCancelled(l)
			if err != nil {
				return nil, err
			}
			return &store.PrescriptionCancellation{Event: at, PrescriptionID: store.Int64(e.Id), Patient: store.Addr(e.Patient),
				Prescriber: store.Addr(e.Prescriber), ReasonCode: store.Hash(e.ReasonCode)}, nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}
