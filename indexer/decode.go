package indexer

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/indexer/store"
)

// decodeFunc turns one log into a row of an event table. at is the row's
// position (block, transaction, log index, contract), already filled in.
type decodeFunc func(l types.Log, at store.Event) (store.Row, error)

// family says how the events of one contract become rows. Each contract has
// its own file (decode_<contract>.go); to index a new contract, add such a
// file and list its family in families.
type family struct {
	// contract is the contract's name in the deployment manifest.
	contract string
	// abi is the contract's ABI, for event topic IDs.
	abi *abi.ABI
	// events maps topic IDs to event names and decoders.
	events map[common.Hash]decoder
}

type decoder struct {
	event  string
	decode decodeFunc
}

// families returns the decoders of every contract the indexer knows.
func families() ([]*family, error) {
	var out []*family
	for _, build := range []func() (*family, error){
		registryFamily,
		accessGrantsFamily,
		recordsFamily,
		drugBatchesFamily,
		prescriptionsFamily,
		settlementTokenFamily,
		claimsFamily,
		serviceContractsFamily,
	} {
		f, err := build()
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func newFamily(contract string, meta interface{ GetAbi() (*abi.ABI, error) }) (*family, error) {
	parsed, err := meta.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("%s abi: %w", contract, err)
	}
	return &family{contract: contract, abi: parsed, events: map[common.Hash]decoder{}}, nil
}

// on registers the decoder of the named event; the name must be in the ABI.
func (f *family) on(event string, fn decodeFunc) error {
	ev, ok := f.abi.Events[event]
	if !ok {
		return fmt.Errorf("%s has no event %s", f.contract, event)
	}
	f.events[ev.ID] = decoder{event: event, decode: fn}
	return nil
}

// onAll registers several decoders, stopping at the first error.
func (f *family) onAll(decoders map[string]decodeFunc) error {
	for name, fn := range decoders {
		if err := f.on(name, fn); err != nil {
			return err
		}
	}
	return nil
}

// withShared registers the decoders of the shared events (AccessControl,
// EIP-712) that the contract's ABI declares.
func (f *family) withShared() error {
	shared, err := sharedDecoders()
	if err != nil {
		return err
	}
	for name, fn := range shared {
		if _, ok := f.abi.Events[name]; ok {
			if err := f.on(name, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// DecodedContracts returns the manifest names of the contracts whose events
// the indexer decodes, in the order families lists them. Tools that pull the
// same logs (benchmarks, verifiers) filter on these contracts' addresses.
func DecodedContracts() []string {
	fams, err := families()
	if err != nil {
		return nil // the bindings' ABIs are compiled in; tests catch this
	}
	out := make([]string, len(fams))
	for i, f := range fams {
		out[i] = f.contract
	}
	return out
}
