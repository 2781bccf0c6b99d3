package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// sharedDecoders decodes the events Salus contracts inherit from
// OpenZeppelin (AccessControl's role events, ERC-5267's
// EIP712DomainChanged). Their signatures, hence topics and layouts, are the
// same in every contract, so the Registry binding decodes them for all.
func sharedDecoders() (map[string]decodeFunc, error) {
	f, err := bindings.NewRegistryFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	return map[string]decodeFunc{
		"RoleGranted": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseRoleGranted(l)
			if err != nil {
				return nil, err
			}
			return &store.RoleEvent{Event: at, Kind: store.KindGranted, Role: store.Hash(e.Role),
				Account: store.Addr(e.Account), Sender: store.Addr(e.Sender)}, nil
		},
		"RoleRevoked": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseRoleRevoked(l)
			if err != nil {
				return nil, err
			}
			return &store.RoleEvent{Event: at, Kind: store.KindRevoked, Role: store.Hash(e.Role),
				Account: store.Addr(e.Account), Sender: store.Addr(e.Sender)}, nil
		},
		"RoleAdminChanged": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseRoleAdminChanged(l)
			if err != nil {
				return nil, err
			}
			return &store.RoleEvent{Event: at, Kind: store.KindAdminChanged, Role: store.Hash(e.Role),
				PreviousAdminRole: store.Hash(e.PreviousAdminRole), NewAdminRole: store.Hash(e.NewAdminRole)}, nil
		},
		"EIP712DomainChanged": func(l types.Log, at store.Event) (store.Row, error) {
			if _, err := f.ParseEIP712DomainChanged(l); err != nil {
				return nil, err
			}
			return &store.DomainChange{Event: at}, nil
		},
	}, nil
}
