package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// accessGrantsFamily decodes AccessGrants: consent grants, revocations and
// emergency accesses.
func accessGrantsFamily() (*family, error) {
	fam, err := newFamily("AccessGrants", bindings.AccessGrantsMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewAccessGrantsFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	err = fam.onAll(map[string]decodeFunc{
		"AccessGranted": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseAccessGranted(l)
			if err != nil {
				return nil, err
			}
			return &store.GrantEvent{Event: at, Kind: store.KindGranted, Patient: store.Addr(e.Patient),
				Grantee: store.Addr(e.Grantee), Purpose: e.Purpose, Categories: int64(e.Categories),
				ExpiresAt: store.Int64(e.ExpiresAt)}, nil
		},
		"AccessRevoked": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseAccessRevoked(l)
			if err != nil {
				return nil, err
			}
			return &store.GrantEvent{Event: at, Kind: store.KindRevoked, Patient: store.Addr(e.Patient),
				Grantee: store.Addr(e.Grantee), Purpose: e.Purpose}, nil
		},
		"EmergencyAccessOpened": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseEmergencyAccessOpened(l)
			if err != nil {
				return nil, err
			}
			return &store.EmergencyAccess{Event: at, Patient: store.Addr(e.Patient), Provider: store.Addr(e.Provider),
				ReasonCode: store.Hash(e.ReasonCode), ExpiresAt: store.Int64(e.ExpiresAt)}, nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}
