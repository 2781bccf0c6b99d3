package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// registryFamily decodes the Registry: participants, encryption keys,
// devices.
func registryFamily() (*family, error) {
	fam, err := newFamily("Registry", bindings.RegistryMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewRegistryFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	err = fam.onAll(map[string]decodeFunc{
		"ParticipantLicensed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseParticipantLicensed(l)
			if err != nil {
				return nil, err
			}
			return &store.ParticipantEvent{Event: at, Kind: store.KindLicensed, Account: store.Addr(e.Account),
				Role: e.Role, Name: store.Text(e.Name), LicenseRef: store.Hash(e.LicenseRef), ValidUntil: store.Int64(e.ValidUntil)}, nil
		},
		"ParticipantSuspended": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseParticipantSuspended(l)
			if err != nil {
				return nil, err
			}
			return &store.ParticipantEvent{Event: at, Kind: store.KindSuspended, Account: store.Addr(e.Account),
				ReasonCode: store.Hash(e.ReasonCode)}, nil
		},
		"ParticipantReinstated": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseParticipantReinstated(l)
			if err != nil {
				return nil, err
			}
			return &store.ParticipantEvent{Event: at, Kind: store.KindReinstated, Account: store.Addr(e.Account)}, nil
		},
		"EncryptionKeyRegistered": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseEncryptionKeyRegistered(l)
			if err != nil {
				return nil, err
			}
			return &store.EncryptionKey{Event: at, Account: store.Addr(e.Account), PublicKey: store.Hex(e.PublicKey)}, nil
		},
		"DeviceRegistered": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseDeviceRegistered(l)
			if err != nil {
				return nil, err
			}
			return &store.DeviceEvent{Event: at, Kind: store.KindRegistered, Device: store.Addr(e.Device),
				Owner: store.Addr(e.Owner), DeviceRef: store.Hash(e.DeviceRef)}, nil
		},
		"DeviceDeregistered": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseDeviceDeregistered(l)
			if err != nil {
				return nil, err
			}
			return &store.DeviceEvent{Event: at, Kind: store.KindDeregistered, Device: store.Addr(e.Device),
				Owner: store.Addr(e.Owner)}, nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}
