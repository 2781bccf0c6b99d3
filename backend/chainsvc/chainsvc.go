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
	txer
	node Node
	reg  *bindings.Registry
	from uint64 // deployment block, where log searches start
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
	tx, err := newTxer(sender)
	if err != nil {
		return nil, err
	}
	return &Registry{txer: tx, node: node, reg: reg, from: manifest.DeploymentBlock}, nil
}

// ErrorABIs returns the ABIs whose custom errors the sender should decode:
// those of every Salus contract.
func ErrorABIs() ([]*abi.ABI, error) {
	metas := []*bind.MetaData{bindings.RegistryMetaData, bindings.AccessGrantsMetaData, bindings.RecordsMetaData, bindings.DrugBatchesMetaData, bindings.PrescriptionsMetaData, bindings.SettlementTokenMetaData, bindings.ClaimsMetaData, bindings.ServiceContractsMetaData}
	out := make([]*abi.ABI, 0, len(metas))
	for _, m := range metas {
		parsed, err := m.GetAbi()
		if err != nil {
			return nil, err
		}
		out = append(out, parsed)
	}
	return out, nil
}

// Participant implements api.Registry.
func (r *Registry) Participant(ctx context.Context, account common.Address) (api.Participant, error) {
	opts := &bind.CallOpts{Context: ctx}
	role, err := r.reg.RoleOf(opts, account)
	if err != nil {
		return api.Participant{}, r.readErr(err)
	}
	if role == 0 {
		return api.Participant{}, fmt.Errorf("%w: %s is not a licensed participant", api.ErrNotFound, account)
	}
	out, err := r.participantAt(opts, account)
	if err != nil {
		return api.Participant{}, err
	}
	if out.Suspended {
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
	return r.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.License(o, req.Account, uint8(req.Role), req.Name, req.LicenseRef, uint64(until))
	})
}

// Suspend implements api.Registry.
func (r *Registry) Suspend(ctx context.Context, from, account common.Address, reason [32]byte) (api.TxResult, error) {
	return r.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.Suspend(o, account, reason)
	})
}

// Reinstate implements api.Registry.
func (r *Registry) Reinstate(ctx context.Context, from, account common.Address) (api.TxResult, error) {
	return r.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.Reinstate(o, account)
	})
}

// RegisterDevice implements api.Registry.
func (r *Registry) RegisterDevice(ctx context.Context, from, device, owner common.Address, ref [32]byte) (api.TxResult, error) {
	return r.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.RegisterDevice(o, device, owner, ref)
	})
}

// RegisterEncryptionKey implements api.Registry.
func (r *Registry) RegisterEncryptionKey(ctx context.Context, from common.Address, publicKey, proof []byte) (api.TxResult, error) {
	return r.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.reg.RegisterEncryptionKey(o, publicKey, proof)
	})
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

// listEntry is an account of the licence log: where it was first licensed and
// the role of its latest licence.
type listEntry struct {
	account   common.Address
	first     api.ListPosition
	latest    api.ListPosition
	role      uint8
	suspended bool
}

// Participants implements api.Registry. The list is the ParticipantLicensed log
// of the Registry from the manifest's deployment block to the head: every
// account once, at the position of its first licence, filtered by the role of
// its latest licence (the contract's current role: only a licence changes it).
// The state of the listed accounts is read through the participant view at that
// same head block, so one page is one consistent snapshot.
func (r *Registry) Participants(ctx context.Context, q api.ParticipantQuery) (api.ParticipantPage, error) {
	if q.Limit < 1 {
		return api.ParticipantPage{}, fmt.Errorf("%w: limit must be positive", api.ErrInvalid)
	}
	head, err := r.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return api.ParticipantPage{}, r.readErr(err)
	}
	headNum := head.Number.Uint64()
	if headNum < r.from {
		return api.ParticipantPage{}, nil
	}
	it, err := r.reg.FilterParticipantLicensed(&bind.FilterOpts{Start: r.from, End: &headNum, Context: ctx}, nil, nil)
	if err != nil {
		return api.ParticipantPage{}, r.readErr(err)
	}
	defer it.Close()
	byAccount := map[common.Address]*listEntry{}
	for it.Next() {
		ev := it.Event
		if ev.Raw.Removed {
			continue
		}
		pos := api.ListPosition{Block: ev.Raw.BlockNumber, Index: uint64(ev.Raw.Index)}
		e, ok := byAccount[ev.Account]
		if !ok {
			byAccount[ev.Account] = &listEntry{account: ev.Account, first: pos, latest: pos, role: ev.Role}
			continue
		}
		if pos.Less(e.first) {
			e.first = pos
		}
		if e.latest.Less(pos) {
			e.latest, e.role = pos, ev.Role
		}
	}
	if err := it.Error(); err != nil {
		return api.ParticipantPage{}, r.readErr(err)
	}
	entries := make([]*listEntry, 0, len(byAccount))
	for _, e := range byAccount {
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].first.Less(entries[j].first) })

	var page api.ParticipantPage
	var selected []*listEntry
	for _, e := range entries {
		if q.After != nil && !q.After.Less(e.first) {
			continue
		}
		if q.Role != 0 && api.Role(e.role) != q.Role {
			continue
		}
		if len(selected) == q.Limit {
			next := selected[len(selected)-1].first
			page.Next = &next
			break
		}
		selected = append(selected, e)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	var suspended []common.Address
	for _, e := range selected {
		p, err := r.participantAt(opts, e.account)
		if err != nil {
			return api.ParticipantPage{}, err
		}
		if p.Suspended {
			suspended = append(suspended, e.account)
		}
		page.Participants = append(page.Participants, p)
	}
	if len(suspended) > 0 {
		reasons, err := r.suspensionReasons(ctx, suspended, headNum)
		if err != nil {
			return api.ParticipantPage{}, err
		}
		for i := range page.Participants {
			page.Participants[i].SuspensionReason = reasons[page.Participants[i].Account]
		}
	}
	return page, nil
}

// participantAt reads account's licence, activity and encryption key through
// the Registry's views at opts' block; the suspension reason is left zero.
func (r *Registry) participantAt(opts *bind.CallOpts, account common.Address) (api.Participant, error) {
	p, err := r.reg.Participant(opts, account)
	if err != nil {
		return api.Participant{}, r.readErr(err)
	}
	if p.Role == 0 {
		return api.Participant{}, fmt.Errorf("registry: %s has a licence event but no role at block %v", account, opts.BlockNumber)
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
	return out, nil
}

// suspensionReasons returns the reason of the latest ParticipantSuspended event
// of each account up to block end, in one log query.
func (r *Registry) suspensionReasons(ctx context.Context, accounts []common.Address, end uint64) (map[common.Address][32]byte, error) {
	it, err := r.reg.FilterParticipantSuspended(&bind.FilterOpts{Start: r.from, End: &end, Context: ctx}, accounts)
	if err != nil {
		return nil, r.readErr(err)
	}
	defer it.Close()
	reasons := map[common.Address][32]byte{}
	for it.Next() {
		if !it.Event.Raw.Removed {
			reasons[it.Event.Account] = it.Event.ReasonCode
		}
	}
	if err := it.Error(); err != nil {
		return nil, r.readErr(err)
	}
	return reasons, nil
}
