package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// settlementTokenFamily decodes SettlementToken: ERC-20 transfers and
// approvals, the treasury's mints and burns.
func settlementTokenFamily() (*family, error) {
	fam, err := newFamily("SettlementToken", bindings.SettlementTokenMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewSettlementTokenFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	err = fam.onAll(map[string]decodeFunc{
		"Transfer": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseTransfer(l)
			if err != nil {
				return nil, err
			}
			return &store.TokenTransfer{Event: at, Sender: store.Addr(e.From), Receiver: store.Addr(e.To), Value: store.NewAmount(e.Value)}, nil
		},
		"Approval": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseApproval(l)
			if err != nil {
				return nil, err
			}
			return &store.TokenApproval{Event: at, Owner: store.Addr(e.Owner), Spender: store.Addr(e.Spender), Value: store.NewAmount(e.Value)}, nil
		},
		"Minted": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseMinted(l)
			if err != nil {
				return nil, err
			}
			return &store.TokenSupplyEvent{Event: at, Kind: store.KindMinted, Treasury: store.Addr(e.Treasury), To: store.Addr(e.To),
				Amount: store.NewAmount(e.Amount), PaymentRef: store.Hash(e.PaymentRef)}, nil
		},
		"Burned": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseBurned(l)
			if err != nil {
				return nil, err
			}
			return &store.TokenSupplyEvent{Event: at, Kind: store.KindBurned, Treasury: store.Addr(e.Treasury),
				Amount: store.NewAmount(e.Amount), PaymentRef: store.Hash(e.PaymentRef)}, nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}
