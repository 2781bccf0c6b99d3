package api

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/salus-health/salus/backend/auth"
)

// Deps are the collaborators of a [Server]. Chain, Registry and Auth are required;
// the others are optional. Without Consent, Records, Sessions, Storage or Pharma the
// routes that need it stay in place (the route table and the API description do
// not change with the configuration) and answer 503 unavailable, saying what is
// not configured; without Sessions, wallet session tokens are refused (401).
type Deps struct {
	// Chain reports the state of the chain the backend follows.
	Chain Chain
	// Registry reads and writes the Registry contract.
	Registry Registry
	// Auth turns bearer tokens into principals; *auth.Store implements it.
	Auth Authenticator
	// Consent reads and writes the AccessGrants contract (grants, emergency
	// access). Nil disables the /v1/grants and /v1/emergency-access routes.
	Consent Consent
	// Records is the record service. Nil disables the /v1/records routes and
	// the patient record, audit and key routes.
	Records Records
	// Sessions signs wallets in (EIP-4361). Nil disables /v1/auth and wallet
	// session tokens.
	Sessions Sessions
	// Storage is the IPFS node. Nil disables POST /v1/ipfs and /ipfs/.
	Storage Storage
	// Pharma reads and writes the DrugBatches and Prescriptions contracts
	// and the serial trees in IPFS. Nil disables the /v1/batches,
	// /v1/handovers, /v1/telemetry, /v1/verify, /v1/clone-reports and
	// prescription routes.
	Pharma Pharma
	// Claims reads and writes the Claims and SettlementToken contracts. Nil
	// disables the /v1/plans, /v1/policies, /v1/pools, /v1/claims and
	// /v1/token routes.
	Claims Claims
	// ServiceContracts reads and writes the ServiceContracts contract
	// (government payer <-> provider agreements, escrow, service reports,
	// payments) and funds escrows from the settlement token. Nil disables
	// the /v1/service-contracts routes.
	ServiceContracts ServiceContracts
	// Webhooks keeps institutions' webhook subscriptions to their claim
	// events and their deliveries. Nil disables the /v1/webhooks routes.
	Webhooks Webhooks
	// Index answers queries from the indexer's tables (timelines, audit
	// trails, claims, batch histories, ledgers, statistics, indexer status).
	// Nil disables the /v1/patients/{address}/timeline, /audit-trail and
	// /claims routes, /v1/claims, /v1/batches/{batchId}/history,
	// /v1/service-contracts/{contractId}/ledger, /v1/stats and
	// /v1/indexer/status (503).
	Index Index
	// Logger receives the access log and error details. Nil discards them.
	Logger *slog.Logger
	// Metrics is the registry the server registers its collectors in and serves at
	// /metrics. Nil makes a fresh registry with the Go and process collectors. It is
	// never the global default registry.
	Metrics *prometheus.Registry
}

// Chain is what the API needs to know about the chain. Implementations must be safe
// for concurrent use and honour ctx.
type Chain interface {
	// Info describes the chain at its current head.
	Info(ctx context.Context) (ChainInfo, error)
	// Ready returns nil when the backend can serve reads and send writes (node
	// reachable, synced, contracts deployed). Its error text is shown on /readyz.
	Ready(ctx context.Context) error
}

// Registry is what the API needs from the Registry contract. Every write is sent from
// the account `from` (the authenticated institution's account), waits until the
// transaction is mined and returns its receipt data. Implementations must be safe
// for concurrent use and honour ctx.
//
// Errors should wrap the sentinels of this package ([ErrNotFound], [ErrForbidden],
// [ErrConflict], [ErrInvalid], [ErrUnavailable]); a contract revert should be a
// [*ContractError] carrying the custom error's name and arguments. Anything else is
// reported to the client as an internal error.
type Registry interface {
	// Participant returns the participant registered at account, or an error
	// wrapping ErrNotFound when the account was never licensed.
	Participant(ctx context.Context, account common.Address) (Participant, error)
	// Participants lists the accounts ever licensed, in the order of their first
	// licence, with their state at the head block: at most q.Limit of them,
	// starting after q.After (from the beginning when nil), only those whose
	// current role is q.Role unless it is zero. The page's Next is the position
	// of its last participant when more follow, nil otherwise.
	Participants(ctx context.Context, q ParticipantQuery) (ParticipantPage, error)
	// License licenses req.Account in req.Role, or renews its license.
	License(ctx context.Context, from common.Address, req LicenseRequest) (TxResult, error)
	// Suspend suspends account's license for the given reason code.
	Suspend(ctx context.Context, from, account common.Address, reason [32]byte) (TxResult, error)
	// Reinstate lifts account's suspension.
	Reinstate(ctx context.Context, from, account common.Address) (TxResult, error)
	// RegisterDevice binds the IoT device account to owner under the reference ref.
	RegisterDevice(ctx context.Context, from, device, owner common.Address, ref [32]byte) (TxResult, error)
	// RegisterEncryptionKey records from's 64-byte secp256k1 encryption public key
	// (X‖Y, no 0x04 prefix) with its 65-byte proof signature (r‖s‖v).
	RegisterEncryptionKey(ctx context.Context, from common.Address, publicKey, proof []byte) (TxResult, error)
	// IsRegulator reports whether account administers the Registry.
	IsRegulator(ctx context.Context, account common.Address) (bool, error)
}

// Authenticator checks bearer tokens. It must be safe for concurrent use.
type Authenticator interface {
	// Authenticate returns the principal of token, or an error wrapping
	// auth.ErrInvalidToken when the token is not valid.
	Authenticate(token string) (auth.Principal, error)
}

// ChainInfo describes the chain at its head.
type ChainInfo struct {
	ChainID    uint64
	HeadNumber uint64
	HeadHash   common.Hash
	HeadTime   time.Time
	// Signers are the current Clique signers.
	Signers []common.Address
	// Contracts maps contract names (e.g. "Registry") to their addresses.
	Contracts map[string]common.Address
	// DeploymentBlock is the block the contracts were deployed in.
	DeploymentBlock uint64
}

// Participant is a licensed institution as the Registry reports it at the head block.
type Participant struct {
	Account    common.Address
	Role       Role
	Name       string
	LicenseRef [32]byte
	LicensedAt time.Time
	ValidUntil time.Time
	// Active is the contract's verdict: licensed, not suspended and not expired.
	Active    bool
	Suspended bool
	// SuspensionReason is the reason code of the current suspension; zero if none.
	SuspensionReason [32]byte
	// EncryptionKey is the registered 64-byte public key (X‖Y), or nil if none.
	EncryptionKey []byte
}

// LicenseRequest asks to license (or renew the license of) an institution.
type LicenseRequest struct {
	Account    common.Address
	Role       Role
	Name       string
	LicenseRef [32]byte
	// ValidUntil is in UTC, whole seconds.
	ValidUntil time.Time
}

// TxResult describes a mined transaction.
type TxResult struct {
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
	// Status is the receipt status: 1 for success, 0 for failure.
	Status uint64
}

// ListPosition is a participant's place in the list of [Registry.Participants]:
// where its first licence was recorded on the chain. Positions only ever grow,
// so a listing resumed after one never skips or repeats anybody.
type ListPosition struct {
	// Block is the number of the block of the first licence.
	Block uint64
	// Index is the index of the licence's log in that block.
	Index uint64
}

// Less reports whether p comes before q.
func (p ListPosition) Less(q ListPosition) bool {
	return p.Block < q.Block || (p.Block == q.Block && p.Index < q.Index)
}

// ParticipantQuery selects one page of participants.
type ParticipantQuery struct {
	// Role keeps only participants whose current role it is; zero keeps all.
	Role Role
	// After is the position of the last participant of the previous page; nil
	// starts at the beginning.
	After *ListPosition
	// Limit is the largest number of participants to return, from 1 to 200.
	Limit int
}

// ParticipantPage is one page of participants.
type ParticipantPage struct {
	Participants []Participant
	// Next is the position of the last participant when more follow, nil when
	// this is the last page.
	Next *ListPosition
}
