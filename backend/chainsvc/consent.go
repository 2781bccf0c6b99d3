package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/deploy"
)

// EIP-712 domain of AccessGrants; must match the contract's constructor.
const (
	grantsDomainName    = "Salus AccessGrants"
	grantsDomainVersion = "1"
)

// DefaultSignatureLifetime is the deadline given to typed data when the
// request names none.
const DefaultSignatureLifetime = time.Hour

// Consent implements api.Consent on the AccessGrants contract.
type Consent struct {
	txer
	node    Node
	grants  *bindings.AccessGrants
	address common.Address
	chainID uint64
	from    uint64 // deployment block, where log searches start
	relayer common.Address
	now     func() time.Time
}

// NewConsent binds AccessGrants at the manifest's address. Relayed (signed)
// grants and revocations are sent from relayer, which pays their gas.
func NewConsent(node Node, sender Sender, manifest *deploy.Manifest, relayer common.Address) (*Consent, error) {
	addr := manifest.Address("AccessGrants")
	if addr == (common.Address{}) {
		return nil, errors.New("manifest has no AccessGrants")
	}
	g, err := bindings.NewAccessGrants(addr, node)
	if err != nil {
		return nil, err
	}
	tx, err := newTxer(sender)
	if err != nil {
		return nil, err
	}
	return &Consent{txer: tx, node: node, grants: g, address: addr, chainID: manifest.ChainID,
		from: manifest.DeploymentBlock, relayer: relayer, now: time.Now}, nil
}

// Address returns the AccessGrants contract address.
func (c *Consent) Address() common.Address { return c.address }

func unixSeconds(field string, t time.Time) (uint64, error) {
	if t.Unix() <= 0 {
		return 0, fmt.Errorf("%w: %s must be after 1970", api.ErrInvalid, field)
	}
	return uint64(t.Unix()), nil
}

// Grant implements api.Consent.
func (c *Consent) Grant(ctx context.Context, from common.Address, req api.GrantRequest) (api.TxResult, error) {
	exp, err := unixSeconds("expiresAt", req.ExpiresAt)
	if err != nil {
		return api.TxResult{}, err
	}
	return c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.Grant(o, req.Grantee, uint32(req.Categories), uint8(req.Purpose), exp)
	})
}

// Revoke implements api.Consent.
func (c *Consent) Revoke(ctx context.Context, from, grantee common.Address, purpose api.Purpose) (api.TxResult, error) {
	return c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.Revoke(o, grantee, uint8(purpose))
	})
}

// RelayGrant implements api.Consent.
func (c *Consent) RelayGrant(ctx context.Context, g api.SignedGrant) (api.TxResult, error) {
	exp, err := unixSeconds("expiresAt", g.ExpiresAt)
	if err != nil {
		return api.TxResult{}, err
	}
	deadline, err := unixSeconds("deadline", g.Deadline)
	if err != nil {
		return api.TxResult{}, err
	}
	if g.Nonce == nil || g.Nonce.Sign() < 0 {
		return api.TxResult{}, fmt.Errorf("%w: nonce must be a non-negative integer", api.ErrInvalid)
	}
	return c.write(ctx, c.relayer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.GrantBySig(o, g.Patient, g.Grantee, uint32(g.Categories), uint8(g.Purpose), exp,
			g.Nonce, new(big.Int).SetUint64(deadline), g.Signature)
	})
}

// RelayRevoke implements api.Consent.
func (c *Consent) RelayRevoke(ctx context.Context, r api.SignedRevoke) (api.TxResult, error) {
	deadline, err := unixSeconds("deadline", r.Deadline)
	if err != nil {
		return api.TxResult{}, err
	}
	if r.Nonce == nil || r.Nonce.Sign() < 0 {
		return api.TxResult{}, fmt.Errorf("%w: nonce must be a non-negative integer", api.ErrInvalid)
	}
	return c.write(ctx, c.relayer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.RevokeBySig(o, r.Patient, r.Grantee, uint8(r.Purpose), r.Nonce, new(big.Int).SetUint64(deadline), r.Signature)
	})
}

// TypedData implements api.Consent: the EIP-712 typed data of a grant or a
// revocation, as eth_signTypedData_v4 takes it. 64-bit and 256-bit integers
// are decimal strings so JavaScript loses no precision.
func (c *Consent) TypedData(ctx context.Context, req api.TypedDataRequest) (api.TypedData, error) {
	nonce, err := c.grants.Nonces(&bind.CallOpts{Context: ctx}, req.Patient)
	if err != nil {
		return nil, c.readErr(err)
	}
	deadline := req.Deadline
	if deadline.IsZero() {
		deadline = c.now().Add(DefaultSignatureLifetime)
	}
	dl, err := unixSeconds("deadline", deadline)
	if err != nil {
		return nil, err
	}
	domain := map[string]any{
		"name": grantsDomainName, "version": grantsDomainVersion,
		"chainId": fmt.Sprint(c.chainID), "verifyingContract": c.address.Hex(),
	}
	domainType := []map[string]string{
		{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
		{"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"},
	}
	switch req.Kind {
	case "grant":
		exp, err := unixSeconds("expiresAt", req.Grant.ExpiresAt)
		if err != nil {
			return nil, err
		}
		return api.TypedData{
			"types": map[string]any{
				"EIP712Domain": domainType,
				"Grant": []map[string]string{
					{"name": "patient", "type": "address"}, {"name": "grantee", "type": "address"},
					{"name": "categories", "type": "uint32"}, {"name": "purpose", "type": "uint8"},
					{"name": "expiresAt", "type": "uint64"}, {"name": "nonce", "type": "uint256"},
					{"name": "deadline", "type": "uint256"},
				},
			},
			"primaryType": "Grant",
			"domain":      domain,
			"message": map[string]any{
				"patient": req.Patient.Hex(), "grantee": req.Grant.Grantee.Hex(),
				"categories": uint32(req.Grant.Categories), "purpose": uint8(req.Grant.Purpose),
				"expiresAt": fmt.Sprint(exp), "nonce": nonce.String(), "deadline": fmt.Sprint(dl),
			},
		}, nil
	case "revoke":
		return api.TypedData{
			"types": map[string]any{
				"EIP712Domain": domainType,
				"Revoke": []map[string]string{
					{"name": "patient", "type": "address"}, {"name": "grantee", "type": "address"},
					{"name": "purpose", "type": "uint8"}, {"name": "nonce", "type": "uint256"},
					{"name": "deadline", "type": "uint256"},
				},
			},
			"primaryType": "Revoke",
			"domain":      domain,
			"message": map[string]any{
				"patient": req.Patient.Hex(), "grantee": req.Grant.Grantee.Hex(),
				"purpose": uint8(req.Grant.Purpose), "nonce": nonce.String(), "deadline": fmt.Sprint(dl),
			},
		}, nil
	}
	return nil, fmt.Errorf("%w: kind must be grant or revoke", api.ErrInvalid)
}

type grantKey struct {
	patient, grantee common.Address
	purpose          uint8
}

// Grants implements api.Consent. The candidates come from AccessGranted and
// EmergencyAccessOpened logs (indexed by patient and grantee); the state of
// each is read from the contract at one block, so a revoked or replaced
// grant shows as it is now.
func (c *Consent) Grants(ctx context.Context, q api.GrantQuery) ([]api.Grant, error) {
	if (q.Patient == nil) == (q.Grantee == nil) {
		return nil, fmt.Errorf("%w: select grants by patient or by grantee", api.ErrInvalid)
	}
	head, err := c.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, c.readErr(err)
	}
	end := head.Number.Uint64()
	var patients, grantees []common.Address
	if q.Patient != nil {
		patients = []common.Address{*q.Patient}
	} else {
		grantees = []common.Address{*q.Grantee}
	}
	seen := map[grantKey]bool{}
	var keys []grantKey
	add := func(k grantKey) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	fo := &bind.FilterOpts{Start: c.from, End: &end, Context: ctx}
	it, err := c.grants.FilterAccessGranted(fo, patients, grantees, nil)
	if err != nil {
		return nil, c.readErr(err)
	}
	for it.Next() {
		add(grantKey{it.Event.Patient, it.Event.Grantee, it.Event.Purpose})
	}
	if err := it.Error(); err != nil {
		return nil, c.readErr(err)
	}
	it.Close()
	eit, err := c.grants.FilterEmergencyAccessOpened(fo, patients, grantees)
	if err != nil {
		return nil, c.readErr(err)
	}
	for eit.Next() {
		add(grantKey{eit.Event.Patient, eit.Event.Provider, uint8(api.PurposeEmergency)})
	}
	if err := eit.Error(); err != nil {
		return nil, c.readErr(err)
	}
	eit.Close()

	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	now := head.Time
	out := make([]api.Grant, 0, len(keys))
	for _, k := range keys {
		g, err := c.grants.GrantOf(opts, k.patient, k.grantee, k.purpose)
		if err != nil {
			return nil, c.readErr(err)
		}
		if g.ExpiresAt == 0 {
			continue // revoked
		}
		active := false
		if g.ExpiresAt >= now {
			// hasAccess also checks the grantee's standing in the Registry.
			first := api.CategoryMask(g.Categories).Categories()
			if len(first) > 0 {
				if active, err = c.grants.HasAccess(opts, k.patient, k.grantee, uint8(first[0]), k.purpose); err != nil {
					return nil, c.readErr(err)
				}
			}
		}
		if !active && !q.All {
			continue
		}
		out = append(out, api.Grant{
			Patient: k.patient, Grantee: k.grantee, Purpose: api.Purpose(k.purpose),
			Categories: api.CategoryMask(g.Categories),
			GrantedAt:  time.Unix(int64(g.GrantedAt), 0).UTC(),
			ExpiresAt:  time.Unix(int64(g.ExpiresAt), 0).UTC(),
			Active:     active,
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].GrantedAt.After(out[j].GrantedAt) })
	return out, nil
}

// OpenEmergencyAccess implements api.Consent.
func (c *Consent) OpenEmergencyAccess(ctx context.Context, from, patient common.Address, reason [32]byte) (api.EmergencyAccess, error) {
	res, rcpt, err := c.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.OpenEmergencyAccess(o, patient, reason)
	})
	if err != nil {
		return api.EmergencyAccess{}, err
	}
	out := api.EmergencyAccess{Patient: patient, Provider: from, Tx: res}
	if ev, ok := receiptEvent(rcpt, c.address, c.grants.ParseEmergencyAccessOpened); ok {
		out.ExpiresAt = time.Unix(int64(ev.ExpiresAt), 0).UTC()
	}
	return out, nil
}
