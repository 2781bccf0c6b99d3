package chainsvc

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/txsender"
)

// txer sends writes through the sender and classifies failures for the API.
type txer struct {
	sender  Sender
	errABIs []*abi.ABI
}

func newTxer(sender Sender) (txer, error) {
	errABIs, err := ErrorABIs()
	if err != nil {
		return txer{}, err
	}
	return txer{sender: sender, errABIs: errABIs}, nil
}

// transact sends the transaction build makes from `from`, waits for its
// receipt and returns it as an api.TxResult.
func (t txer) transact(ctx context.Context, from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) (api.TxResult, *types.Receipt, error) {
	p, err := t.sender.Transact(ctx, from, build)
	if err != nil {
		return api.TxResult{}, nil, t.writeErr(err)
	}
	rcpt, err := t.sender.Wait(ctx, p)
	if err != nil {
		return api.TxResult{}, nil, t.writeErr(err)
	}
	return api.TxResult{TxHash: rcpt.TxHash, BlockNumber: rcpt.BlockNumber.Uint64(), BlockHash: rcpt.BlockHash, Status: rcpt.Status}, rcpt, nil
}

// head returns the node's latest header and call options pinned to it, so
// that every read serving one request sees the same block.
func (t txer) head(ctx context.Context, node Node) (*types.Header, *bind.CallOpts, error) {
	h, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, t.readErr(err)
	}
	return h, &bind.CallOpts{Context: ctx, BlockNumber: h.Number}, nil
}

// receiptEvent returns the first log of rcpt that addr emitted and parse (a
// binding's Parse method) accepts.
func receiptEvent[E any](rcpt *types.Receipt, addr common.Address, parse func(types.Log) (*E, error)) (*E, bool) {
	for _, l := range rcpt.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := parse(*l); err == nil {
			return ev, true
		}
	}
	return nil, false
}

// readErr classifies a failed read: node trouble is ErrUnavailable.
func (t txer) readErr(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%w: %v", api.ErrUnavailable, err)
}

// errorKinds maps custom errors to the API sentinel they mean; errors not
// listed are conflicts with the chain's state (409).
var errorKinds = map[string]error{
	// Caller not allowed.
	"AccessControlUnauthorizedAccount": api.ErrForbidden,
	"RegistryNotDeviceOwner":           api.ErrForbidden,
	"AccessGrantsNotActiveProvider":    api.ErrForbidden,
	"RecordsUnauthorisedAuthor":        api.ErrForbidden,
	// Bad arguments.
	"RegistryInvalidValidity":              api.ErrInvalid,
	"RegistryInvalidRole":                  api.ErrInvalid,
	"RegistryEmptyName":                    api.ErrInvalid,
	"RegistryInvalidPublicKey":             api.ErrInvalid,
	"RegistryInvalidKeyProof":              api.ErrInvalid,
	"RegistryZeroAddress":                  api.ErrInvalid,
	"AccessGrantsZeroAddress":              api.ErrInvalid,
	"AccessGrantsSelfGrant":                api.ErrInvalid,
	"AccessGrantsInvalidCategories":        api.ErrInvalid,
	"AccessGrantsInvalidPurpose":           api.ErrInvalid,
	"AccessGrantsInvalidExpiry":            api.ErrInvalid,
	"AccessGrantsInvalidCaregiver":         api.ErrInvalid,
	"AccessGrantsExpiredSignature":         api.ErrInvalid,
	"AccessGrantsInvalidSignatureLength":   api.ErrInvalid,
	"AccessGrantsInvalidSignatureV":        api.ErrInvalid,
	"AccessGrantsInvalidSignatureS":        api.ErrInvalid,
	"AccessGrantsInvalidSigner":            api.ErrInvalid,
	"AccessGrantsInvalidContractSignature": api.ErrInvalid,
	"AccessGrantsEmptyReason":              api.ErrInvalid,
	"RecordsZeroAddress":                   api.ErrInvalid,
	"RecordsInvalidCategory":               api.ErrInvalid,
	"RecordsInvalidCid":                    api.ErrInvalid,
	"RecordsZeroMerkleRoot":                api.ErrInvalid,
	// Unknown things.
	"RecordsUnknownVersion": api.ErrNotFound,
	"AccessGrantsNoGrant":   api.ErrNotFound,
}

// writeErr turns a revert into an *api.ContractError with named arguments;
// missing keys or a missing account are forbidden.
func (t txer) writeErr(err error) error {
	re, ok := txsender.AsRevert(err)
	if !ok {
		if errors.Is(err, txsender.ErrUnknownAccount) {
			return fmt.Errorf("%w: this credential's account has no key on this server", api.ErrForbidden)
		}
		return err
	}
	ce := &api.ContractError{Name: re.Name, Args: map[string]any{}, Kind: errorKinds[re.Name]}
	if re.Name == "" {
		ce.Name = "Reverted"
		ce.Args["reason"] = re.Reason
		return ce
	}
	inputs := t.errorInputs(re.Name)
	for i, a := range re.Args {
		key := fmt.Sprintf("arg%d", i)
		if i < len(inputs) && inputs[i].Name != "" {
			key = inputs[i].Name
		}
		ce.Args[key] = jsonArg(a)
	}
	return ce
}

func (t txer) errorInputs(name string) abi.Arguments {
	for _, a := range t.errABIs {
		if e, ok := a.Errors[name]; ok {
			return e.Inputs
		}
	}
	return nil
}

// write is transact without the receipt.
func (t txer) write(ctx context.Context, from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) (api.TxResult, error) {
	res, _, err := t.transact(ctx, from, build)
	return res, err
}
