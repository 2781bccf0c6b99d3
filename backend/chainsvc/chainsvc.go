// Package chainsvc is the chain-facing side of the REST API: it reads the
// chain and the Registry through the abigen bindings and sends every write
// through the transaction sender, translating contract reverts into the API's
// error model. It talks to the node with standard eth_* calls only.
package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/cliqueinfo"
	"github.com/salus-health/salus/devnet/deploy"
)

// Node is what the services read from a node; *ethclient.Client satisfies it.
type Node interface {
	bind.ContractBackend
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Sender sends transactions; *txsender.Sender satisfies it.
type Sender interface {
	Transact(ctx context.Context, from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) (*txsender.Pending, error)
	Wait(ctx context.Context, p *txsender.Pending) (*types.Receipt, error)
}

// Chain implements api.Chain.
type Chain struct {
	node     Node
	manifest *deploy.Manifest
	signers  *cliqueinfo.Tracker
}

// NewChain returns the chain service for the deployment in manifest.
func NewChain(node Node, manifest *deploy.Manifest) *Chain {
	return &Chain{node: node, manifest: manifest, signers: cliqueinfo.NewTracker(node, 0)}
}

// Info implements api.Chain.
func (c *Chain) Info(ctx context.Context) (api.ChainInfo, error) {
	head, err := c.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return api.ChainInfo{}, fmt.Errorf("%w: read head: %v", api.ErrUnavailable, err)
	}
	signers, err := c.signers.Signers(ctx, head)
	if err != nil {
		return api.ChainInfo{}, fmt.Errorf("%w: clique signers: %v", api.ErrUnavailable, err)
	}
	contracts := make(map[string]common.Address, len(c.manifest.Contracts))
	for name, rec := range c.manifest.Contracts {
		contracts[name] = rec.Address
	}
	return api.ChainInfo{
		ChainID:         c.manifest.ChainID,
		HeadNumber:      head.Number.Uint64(),
		HeadHash:        head.Hash(),
		HeadTime:        time.Unix(int64(head.Time), 0).UTC(),
		Signers:         signers,
		Contracts:       contracts,
		DeploymentBlock: c.manifest.DeploymentBlock,
	}, nil
}

// Ready implements api.Chain: the node answers, runs the manifest's chain and
// holds code at every recorded contract address.
func (c *Chain) Ready(ctx context.Context) error {
	id, err := c.node.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain node unreachable: %v", err)
	}
	if id.Uint64() != c.manifest.ChainID {
		return fmt.Errorf("node runs chain %d, deployment is for chain %d", id, c.manifest.ChainID)
	}
	names := make([]string, 0, len(c.manifest.Contracts))
	for n := range c.manifest.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		code, err := c.node.CodeAt(ctx, c.manifest.Contracts[n].Address, nil)
		if err != nil {
			return fmt.Errorf("read code of %s: %v", n, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%s is not deployed at %s", n, c.manifest.Contracts[n].Address)
		}
	}
	return nil
}

// Registry implements api.Registry on the Registry contract.
type Registry struct {
	node    Node
	sender  Sender
	reg     *bindings.Registry
	from    uint64 // deployment block, where log searches start
	errABIs []*abi.ABI
}

// NewRegistry binds the Registry at the manifest's address.
func NewRegistry(node Node, sender Sender, manifest *deploy.Manifest) (*Registry, error) {
	addr := manifest.Address("Registry")
	if addr == (common.Address{}) {
		return nil, errors.New("manifest has no Registry")
	}
	reg, err := bindings.NewRegistry(addr, node)
	if err != nil {
		return nil, err
	}
	parsed, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &Registry{node: node, sender: sender, reg: reg, from: manifest.DeploymentBlock, errABIs: []*abi.ABI{parsed}}, nil
}

// ErrorABIs returns the ABIs whose custom errors the sender should decode.
func ErrorABIs() ([]*abi.ABI, error) {
	parsed, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return []*abi.ABI{parsed}, nil
}

// Participant implements api.Registry.
func (r *Registry) Participant(ctx context.Context, account common.Address) (api.Participant, error) {
	opts := &bind.CallOpts{Context: ctx}
	p, err := r.reg.Participant(opts, account)
	if err != nil {
		return api.Participant{}, r.readErr(err)
	}
	if p.Role == 0 {
		return api.Participant{}, fmt.Errorf("%w: %s is not a licensed participant", api.ErrNotFound, account)
	}
	active, err := r.reg.IsActiveParticipant(opts, account)
	if err != nil {
		return api.Participant{}, r.readErr(err)
	}
	key, err := r.reg.EncryptionKey(opts, account)
	if err != nil {
		return api.Participant{}, r.readErr(err)
	}
	out := api.Participant{
		Account:    account,
		Role:       api.Role(p.Role),
		Name:       p.Name,
		LicenseRef: p.LicenseRef,
		LicensedAt: time.Unix(int64(p.LicensedAt), 0).UTC(),
		ValidUntil: time.Unix(int64(p.ValidUntil), 0).UTC(),
		Active:     active,
		Suspended:  p.Suspended,
	}
	if len(key) > 0 {
		out.EncryptionKey = key
	}
	if p.Suspended {
		// The reason lives in the ParticipantSuspended event; the account is
		// an indexed topic, so the node answers from its bloom filters.
		it, err := r.reg.FilterParticipantSuspended(&bind.FilterOpts{Start: r.from, Context: ctx}, []common.Address{account})
		if err != nil {
			return api.Participant{}, r.readErr(err)
		}
		for it.Next() {
			out.SuspensionReason = it.Event.ReasonCode
		}
		if err := it.Error(); err != nil {
			return api.Participant{}, r.readErr(err)
		}
		it.Close()
	}
	return out, nil
}

// IsRegulator implements api.Registry.
func (r *Registry) IsRegulator(ctx context.Context, account common.Address) (bool, error) {
	ok, err := r.reg.IsRegulator(&bind.CallOpts{Context: ctx}, account)
	if err != nil {
		return false, r.readErr(err)
	}
	return ok, nil
}

// License implements api.Registry.
func (r *Registry) License(ctx context.Context, from common.Address, req api.LicenseRequest) (api.TxResult, error) {
	until := req.ValidUntil.Unix()
	if until <= 0 {
		return api.TxResult{}, fmt.Errorf("%w: validUntil must be after 1970", api.ErrInvalid)
	}
	return r.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.License(o, req.Account, uint8(req.Role), req.Name, req.LicenseRef, uint64(until))
	})
}

// Suspend implements api.Registry.
func (r *Registry) Suspend(ctx context.Context, from, account common.Address, reason [32]byte) (api.TxResult, error) {
	return r.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.Suspend(o, account, reason)
	})
}

// Reinstate implements api.Registry.
func (r *Registry) Reinstate(ctx context.Context, from, account common.Address) (api.TxResult, error) {
	return r.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.Reinstate(o, account)
	})
}

// RegisterDevice implements api.Registry.
func (r *Registry) RegisterDevice(ctx context.Context, from, device, owner common.Address, ref [32]byte) (api.TxResult, error) {
	return r.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.RegisterDevice(o, device, owner, ref)
	})
}

// RegisterEncryptionKey implements api.Registry.
func (r *Registry) RegisterEncryptionKey(ctx context.Context, from common.Address, publicKey, proof []byte) (api.TxResult, error) {
	return r.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.RegisterEncryptionKey(o, publicKey, proof)
	})
}

func (r *Registry) transact(ctx context.Context, from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) (api.TxResult, error) {
	p, err := r.sender.Transact(ctx, from, build)
	if err != nil {
		return api.TxResult{}, r.writeErr(err)
	}
	rcpt, err := r.sender.Wait(ctx, p)
	if err != nil {
		return api.TxResult{}, r.writeErr(err)
	}
	return api.TxResult{TxHash: rcpt.TxHash, BlockNumber: rcpt.BlockNumber.Uint64(), BlockHash: rcpt.BlockHash, Status: rcpt.Status}, nil
}

// readErr classifies a failed read: node trouble is ErrUnavailable.
func (r *Registry) readErr(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%w: %v", api.ErrUnavailable, err)
}

// writeErr turns a revert into an *api.ContractError with named arguments;
// missing keys or a missing account are internal errors.
func (r *Registry) writeErr(err error) error {
	re, ok := txsender.AsRevert(err)
	if !ok {
		if errors.Is(err, txsender.ErrUnknownAccount) {
			return fmt.Errorf("%w: this credential's account has no key on this server", api.ErrForbidden)
		}
		return err
	}
	ce := &api.ContractError{Name: re.Name, Args: map[string]any{}}
	switch re.Name {
	case "AccessControlUnauthorizedAccount", "RegistryNotDeviceOwner":
		ce.Kind = api.ErrForbidden
	case "RegistryInvalidValidity", "RegistryInvalidRole", "RegistryEmptyName", "RegistryInvalidPublicKey", "RegistryInvalidKeyProof", "RegistryZeroAddress":
		ce.Kind = api.ErrInvalid
	case "":
		ce.Name = "Reverted"
		ce.Args["reason"] = re.Reason
		return ce
	}
	inputs := r.errorInputs(re.Name)
	for i, a := range re.Args {
		key := fmt.Sprintf("arg%d", i)
		if i < len(inputs) && inputs[i].Name != "" {
			key = inputs[i].Name
		}
		ce.Args[key] = jsonArg(a)
	}
	return ce
}

func (r *Registry) errorInputs(name string) abi.Arguments {
	for _, a := range r.errABIs {
		if e, ok := a.Errors[name]; ok {
			return e.Inputs
		}
	}
	return nil
}

// jsonArg renders an ABI value the way the API renders such values.
func jsonArg(v any) any {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case *big.Int:
		return x.String()
	case uint8, uint16, uint32, uint64, int8, int16, int32, int64:
		return fmt.Sprint(x)
	default:
		return v
	}
}
