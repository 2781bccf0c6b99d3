// Package deploy deploys the Salus contracts in dependency order, wires their
// roles, and records the result in a manifest (chain id, genesis hash,
// addresses, deployment block, code hashes).
//
// Deploying again against the same chain reuses every contract whose recorded
// address still holds the recorded runtime code and whose creation code and
// constructor arguments are unchanged; anything else, and everything deployed
// after it, is deployed anew.
package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// ManifestFile is the default file name of a deployment manifest.
const ManifestFile = "deployment.json"

// ErrManifestMismatch means a manifest belongs to another chain.
var ErrManifestMismatch = errors.New("manifest belongs to another chain")

// Chain is what deployment reads from a node. *ethclient.Client satisfies it.
type Chain interface {
	// ChainID returns the chain id of the node.
	ChainID(ctx context.Context) (*big.Int, error)
	// HeaderByNumber returns a header; nil number means the head.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// CodeAt returns the runtime code at an address at a block (nil: head).
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	// CallContract runs a read-only call at a block (nil: head).
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Sender sends a transaction from an account the caller can sign for and
// waits for its receipt. A reverted transaction is an error.
type Sender interface {
	SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error)
}

// Roles names the accounts that receive roles at deployment.
type Roles struct {
	// Deployer sends the deployment transactions.
	Deployer common.Address
	// Regulator administers the Registry and the role-based contracts.
	Regulator common.Address
	// Auditor anchors the read-audit log in Records (AUDITOR_ROLE); the
	// regulator when zero. Granted by the regulator after deployment.
	Auditor common.Address
	// Treasury mints and burns the settlement token (TREASURY_ROLE in
	// SettlementToken); the regulator when zero. Granted by the regulator
	// after deployment.
	Treasury common.Address
}

// Manifest records a deployment.
type Manifest struct {
	ChainID         uint64                    `json:"chainId"`
	GenesisHash     common.Hash               `json:"genesisHash"`
	Deployer        common.Address            `json:"deployer"`
	Regulator       common.Address            `json:"regulator"`
	DeploymentBlock uint64                    `json:"deploymentBlock"`
	UpdatedAt       time.Time                 `json:"updatedAt"`
	Contracts       map[string]ContractRecord `json:"contracts"`
}

// ContractRecord is one deployed contract.
type ContractRecord struct {
	Address common.Address `json:"address"`
	TxHash  common.Hash    `json:"txHash"`
	Block   uint64         `json:"block"`
	// CodeHash is keccak256 of the runtime code found at Address after deployment.
	CodeHash common.Hash `json:"codeHash"`
	// InitCodeHash is keccak256 of the creation code with constructor arguments.
	InitCodeHash common.Hash `json:"initCodeHash"`
}

// Address returns the address of the named contract, or the zero address.
func (m *Manifest) Address(name string) common.Address {
	if m == nil {
		return common.Address{}
	}
	return m.Contracts[name].Address
}

// Contract describes how to deploy one contract.
type Contract struct {
	// Name is the contract name, as in contracts/src and bindings.
	Name string
	// Meta holds the ABI and creation code from the bindings.
	Meta interface {
		GetAbi() (*abi.ABI, error)
	}
	// Bin is the creation code (hex).
	Bin string
	// Args returns the constructor arguments from the deployment so far.
	Args func(r Roles, deployed map[string]common.Address) []any
}

// Contracts lists the Salus contracts in dependency order.
func Contracts() []Contract {
	return []Contract{
		{
			Name: "Registry",
			Meta: bindings.RegistryMetaData,
			Bin:  bindings.RegistryMetaData.Bin,
			Args: func(r Roles, _ map[string]common.Address) []any { return []any{r.Regulator} },
		},
		{
			// Consent; emergency access lasts EmergencyAccessDuration.
			Name: "AccessGrants",
			Meta: bindings.AccessGrantsMetaData,
			Bin:  bindings.AccessGrantsMetaData.Bin,
			Args: func(_ Roles, d map[string]common.Address) []any {
				return []any{d["Registry"], uint64(EmergencyAccessDuration / time.Second)}
			},
		},
		{
			// Record anchors; the regulator administers AUDITOR_ROLE.
			Name: "Records",
			Meta: bindings.RecordsMetaData,
			Bin:  bindings.RecordsMetaData.Bin,
			Args: func(r Roles, d map[string]common.Address) []any {
				return []any{d["Registry"], d["AccessGrants"], r.Regulator}
			},
		},
		{
			// Drug batches, custody and cold chain; the regulator administers DISPENSER_ROLE.
			Name: "DrugBatches",
			Meta: bindings.DrugBatchesMetaData,
			Bin:  bindings.DrugBatchesMetaData.Bin,
			Args: func(r Roles, d map[string]common.Address) []any {
				return []any{d["Registry"], r.Regulator}
			},
		},
		{
			// Prescriptions; dispenses through DrugBatches, which grants it DISPENSER_ROLE
			// (wireRoles).
			Name: "Prescriptions",
			Meta: bindings.PrescriptionsMetaData,
			Bin:  bindings.PrescriptionsMetaData.Bin,
			Args: func(_ Roles, d map[string]common.Address) []any {
				return []any{d["Registry"], d["DrugBatches"]}
			},
		},
		{
			// The money of the network; the regulator administers TREASURY_ROLE, which
			// wireRoles grants to the treasury.
			Name: "SettlementToken",
			Meta: bindings.SettlementTokenMetaData,
			Bin:  bindings.SettlementTokenMetaData.Bin,
			Args: func(r Roles, _ map[string]common.Address) []any { return []any{r.Regulator} },
		},
		{
			// Insurance plans, policies, pools and claims, paid in the settlement token;
			// reads participants from the Registry and payment consent from AccessGrants.
			Name: "Claims",
			Meta: bindings.ClaimsMetaData,
			Bin:  bindings.ClaimsMetaData.Bin,
			Args: func(_ Roles, d map[string]common.Address) []any {
				return []any{d["Registry"], d["AccessGrants"], d["SettlementToken"]}
			},
		},
		{
			// Government payer <-> provider agreements escrowed in the settlement token.
			Name: "ServiceContracts",
			Meta: bindings.ServiceContractsMetaData,
			Bin:  bindings.ServiceContractsMetaData.Bin,
			Args: func(_ Roles, d map[string]common.Address) []any {
				return []any{d["Registry"], d["SettlementToken"]}
			},
		},
	}
}

// EmergencyAccessDuration is how long an emergency access opened by a provider
// lasts in the deployed AccessGrants contract.
const EmergencyAccessDuration = 24 * time.Hour

// Run deploys what the previous manifest (nil on a fresh chain) does not
// already provide and returns the new manifest. Progress lines go to progress.
func Run(ctx context.Context, chain Chain, sender Sender, roles Roles, prev *Manifest, progress io.Writer) (*Manifest, error) {
	if progress == nil {
		progress = io.Discard
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	gen, err := chain.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return nil, fmt.Errorf("genesis header: %w", err)
	}
	m := &Manifest{
		ChainID:     id.Uint64(),
		GenesisHash: gen.Hash(),
		Deployer:    roles.Deployer,
		Regulator:   roles.Regulator,
		Contracts:   map[string]ContractRecord{},
	}
	if prev != nil && (prev.ChainID != m.ChainID || prev.GenesisHash != m.GenesisHash) {
		fmt.Fprintf(progress, "manifest is for chain %d genesis %s; deploying anew\n", prev.ChainID, prev.GenesisHash.TerminalString())
		prev = nil
	}
	deployed := map[string]common.Address{}
	redeploying := false
	list := Contracts()
	for i, c := range list {
		initCode, err := creationCode(c, roles, deployed)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name, err)
		}
		initHash := crypto.Keccak256Hash(initCode)
		if !redeploying && prev != nil {
			if rec, ok := prev.Contracts[c.Name]; ok && rec.InitCodeHash == initHash {
				code, err := chain.CodeAt(ctx, rec.Address, nil)
				if err != nil {
					return nil, fmt.Errorf("%s: read code: %w", c.Name, err)
				}
				if len(code) > 0 && crypto.Keccak256Hash(code) == rec.CodeHash {
					fmt.Fprintf(progress, "[%d/%d] %s reused at %s\n", i+1, len(list), c.Name, rec.Address)
					m.Contracts[c.Name] = rec
					deployed[c.Name] = rec.Address
					continue
				}
			}
		}
		// Anything after a (re)deployed contract may depend on it.
		redeploying = true
		fmt.Fprintf(progress, "[%d/%d] deploying %s…\n", i+1, len(list), c.Name)
		rcpt, err := sender.SendAndWait(ctx, roles.Deployer, nil, initCode)
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", c.Name, err)
		}
		code, err := chain.CodeAt(ctx, rcpt.ContractAddress, rcpt.BlockNumber)
		if err != nil {
			return nil, fmt.Errorf("%s: read code: %w", c.Name, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("deploy %s: no code at %s", c.Name, rcpt.ContractAddress)
		}
		m.Contracts[c.Name] = ContractRecord{
			Address:      rcpt.ContractAddress,
			TxHash:       rcpt.TxHash,
			Block:        rcpt.BlockNumber.Uint64(),
			CodeHash:     crypto.Keccak256Hash(code),
			InitCodeHash: initHash,
		}
		deployed[c.Name] = rcpt.ContractAddress
		fmt.Fprintf(progress, "[%d/%d] %s at %s (block %d, gas %d)\n", i+1, len(list), c.Name, rcpt.ContractAddress, rcpt.BlockNumber, rcpt.GasUsed)
	}
	if err := wireRoles(ctx, chain, sender, roles, deployed, progress); err != nil {
		return nil, err
	}
	m.DeploymentBlock = 0
	for _, rec := range m.Contracts {
		if m.DeploymentBlock == 0 || rec.Block < m.DeploymentBlock {
			m.DeploymentBlock = rec.Block
		}
	}
	m.UpdatedAt = time.Now().UTC().Truncate(time.Second)
	if prev != nil && !redeploying {
		m.UpdatedAt = prev.UpdatedAt
	}
	return m, nil
}

func creationCode(c Contract, roles Roles, deployed map[string]common.Address) ([]byte, error) {
	parsed, err := c.Meta.GetAbi()
	if err != nil {
		return nil, err
	}
	bin, err := hexutil.Decode("0x" + strings.TrimPrefix(c.Bin, "0x"))
	if err != nil {
		return nil, fmt.Errorf("creation code: %w", err)
	}
	args, err := parsed.Pack("", c.Args(roles, deployed)...)
	if err != nil {
		return nil, fmt.Errorf("constructor arguments: %w", err)
	}
	return append(bin, args...), nil
}

// Load reads a manifest; a missing file gives (nil, nil).
func Load(path string) (*Manifest, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	m := new(Manifest)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(m); err != nil {
		return nil, fmt.Errorf("read manifest %s: %w", path, err)
	}
	return m, nil
}

// Save writes a manifest atomically.
func Save(path string, m *Manifest) error {
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// roleGrant is a role that wireRoles grants once the contracts exist.
type roleGrant struct {
	// contract holds the role; meta is its ABI.
	contract string
	meta     *bind.MetaData
	// role is the role's name; its id is keccak256(role).
	role string
	// account returns who receives it, from the roles and the deployed addresses.
	account func(r Roles, deployed map[string]common.Address) common.Address
}

// roleGrants lists the roles wired after deployment, granted by the regulator (the admin
// of every role-based contract).
func roleGrants() []roleGrant {
	return []roleGrant{
		{
			// The backend anchors the read-audit log.
			contract: "Records", meta: bindings.RecordsMetaData, role: "AUDITOR_ROLE",
			account: func(r Roles, _ map[string]common.Address) common.Address {
				if r.Auditor == (common.Address{}) {
					return r.Regulator
				}
				return r.Auditor
			},
		},
		{
			// Prescriptions decommissions the serials of the packs it dispenses.
			contract: "DrugBatches", meta: bindings.DrugBatchesMetaData, role: "DISPENSER_ROLE",
			account: func(_ Roles, d map[string]common.Address) common.Address { return d["Prescriptions"] },
		},
		{
			// The treasury mints settlement tokens against money received off chain and
			// burns them when money is paid out.
			contract: "SettlementToken", meta: bindings.SettlementTokenMetaData, role: "TREASURY_ROLE",
			account: func(r Roles, _ map[string]common.Address) common.Address {
				if r.Treasury == (common.Address{}) {
					return r.Regulator
				}
				return r.Treasury
			},
		},
	}
}

// wireRoles grants the roles the system needs once the contracts exist (roleGrants):
// AUDITOR_ROLE in Records to the auditor, DISPENSER_ROLE in DrugBatches to Prescriptions,
// TREASURY_ROLE in SettlementToken to the treasury.
// Each grant is checked first, so a second run sends nothing.
func wireRoles(ctx context.Context, chain Chain, sender Sender, roles Roles, deployed map[string]common.Address, progress io.Writer) error {
	for _, g := range roleGrants() {
		contract, ok := deployed[g.contract]
		if !ok {
			continue
		}
		account := g.account(roles, deployed)
		if account == (common.Address{}) {
			continue
		}
		sent, err := grantRole(ctx, chain, sender, roles.Regulator, contract, g.meta, g.role, account)
		if err != nil {
			return err
		}
		if sent {
			fmt.Fprintf(progress, "granted %s in %s to %s\n", g.role, g.contract, account)
		}
	}
	return nil
}

// grantRole grants role (by name) in contract to account from the admin, unless the account
// holds it already; it reports whether it sent the grant.
func grantRole(ctx context.Context, chain Chain, sender Sender, admin, contract common.Address, meta *bind.MetaData, role string, account common.Address) (bool, error) {
	parsed, err := meta.GetAbi()
	if err != nil {
		return false, err
	}
	id := crypto.Keccak256Hash([]byte(role))
	query, err := parsed.Pack("hasRole", id, account)
	if err != nil {
		return false, err
	}
	out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: query}, nil)
	if err != nil {
		return false, fmt.Errorf("read %s: %w", role, err)
	}
	has, err := parsed.Unpack("hasRole", out)
	if err != nil {
		return false, fmt.Errorf("read %s: %w", role, err)
	}
	if granted, _ := has[0].(bool); granted {
		return false, nil
	}
	grant, err := parsed.Pack("grantRole", id, account)
	if err != nil {
		return false, err
	}
	if _, err := sender.SendAndWait(ctx, admin, &contract, grant); err != nil {
		return false, fmt.Errorf("grant %s to %s: %w", role, account, err)
	}
	return true, nil
}
