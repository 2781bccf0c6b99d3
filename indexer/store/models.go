package store

import (
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// Block is one indexed block. The table holds every block that has at least
// one Salus event, the block the cursor points at, and every block of the
// reorganisation window (the Confirmations blocks below the cursor) that was
// indexed one block at a time; empty blocks are pruned once they fall out of
// that window. A block is only ever written together with the cursor that
// covers it.
type Block struct {
	// Number is the block height. Not auto-incremented: heights come from
	// the chain.
	Number uint64 `gorm:"primaryKey;autoIncrement:false"`
	// Hash is the block hash, 0x-prefixed lower-case hex. Unique: a height has
	// one indexed block at a time.
	Hash string `gorm:"size:66;not null;uniqueIndex"`
	// ParentHash is the hash of the parent block.
	ParentHash string `gorm:"size:66;not null"`
	// Signer is the Clique signer recovered from the extra-data seal (not the
	// coinbase field, which carries a vote); empty on chains without a seal.
	Signer string `gorm:"size:42;not null;index"`
	// Time is the block timestamp in Unix seconds.
	Time int64 `gorm:"not null;index"`
	// Events counts the logs of indexed contracts in the block, decoded or
	// not. Blocks with events are never pruned.
	Events int `gorm:"not null"`
}

// Cursor is the single row (ID 1) saying how far the index goes and on which
// chain. It is updated in the same database transaction as the rows and
// blocks it covers, with a compare-and-swap on its previous value, so a crash
// never leaves rows without a cursor (or a cursor without rows) and a second
// indexer writing to the same database fails instead of duplicating work.
type Cursor struct {
	// ID is always 1.
	ID int `gorm:"primaryKey;autoIncrement:false"`
	// ChainID is the chain the index belongs to.
	ChainID uint64 `gorm:"not null"`
	// GenesisHash is the genesis block hash of that chain.
	GenesisHash string `gorm:"size:66;not null"`
	// Number is the last indexed block; meaningless while Hash is empty.
	Number uint64 `gorm:"not null"`
	// Hash is the hash of block Number; empty before the first block is
	// indexed.
	Hash string `gorm:"size:66;not null"`
	// Reorgs counts the reorganisations rolled back into this index since
	// it was created, and DeepestReorg is the most blocks one of them
	// replaced. Written by the rollback's transaction, so they survive
	// restarts and a process reading the database sees them. They are the
	// indexer's history, not a function of the chain: Dump leaves them out,
	// and Reset keeps them. The defaults fill the columns of a cursor row
	// made before they existed (AutoMigrate adds them).
	Reorgs       uint64 `gorm:"not null;default:0"`
	DeepestReorg uint64 `gorm:"not null;default:0"`
}

// TableName makes the table "cursor" rather than "cursors".
func (Cursor) TableName() string { return "cursor" }

// Indexed reports whether at least one block is indexed.
func (c Cursor) Indexed() bool { return c.Hash != "" }

// Contract is one contract whose events the index holds, as named in the
// deployment manifest. The set is compared with the manifest at start.
type Contract struct {
	// Name is the manifest name, e.g. "Registry".
	Name string `gorm:"primaryKey;size:64"`
	// Address is the contract address, lower-case hex.
	Address string `gorm:"size:42;not null;uniqueIndex"`
	// Block is the block the contract was deployed in.
	Block uint64 `gorm:"not null"`
}

// Event is the position of one log, embedded in every event table. Rows are
// keyed by (block_hash, log_index): inserting a row again is a no-op, and
// rows of a block that was reorganised away are deleted by block number.
// Every event table is indexed by position (block number, log index), block
// time and transaction hash; low-cardinality columns (kind, purpose,
// category) are not indexed: a filter on them alone scans anyway, and with a
// patient or account the narrower index serves. Composite indexes that
// queries need are listed in indexes.go.
type Event struct {
	// BlockHash is the hash of the block holding the log.
	BlockHash string `gorm:"primaryKey;size:66"`
	// LogIndex is the log's index within its block.
	LogIndex uint `gorm:"primaryKey;autoIncrement:false;index:,composite:position,priority:2"`
	// BlockNumber is the height of the block. (block_number, log_index) is
	// indexed: rollbacks delete by block number, and queries page through
	// events newest first in that order.
	BlockNumber uint64 `gorm:"not null;index:,composite:position,priority:1"`
	// BlockTime is the block timestamp in Unix seconds, copied here so time
	// filters and per-day statistics need no join (block_time / 86400 buckets
	// by UTC day on every database).
	BlockTime int64 `gorm:"not null;index"`
	// TxHash is the hash of the transaction that emitted the log.
	TxHash string `gorm:"size:66;not null;index"`
	// TxIndex is the transaction's index within its block.
	TxIndex uint `gorm:"not null"`
	// Contract is the emitting contract's address, lower-case hex. Not
	// indexed: each table but role_events and domain_changes holds one
	// contract's events.
	Contract string `gorm:"size:42;not null"`
}

// Position returns e itself; it lets code handle any event row.
func (e *Event) Position() *Event { return e }

// Row is implemented by every event table's model (through Event).
type Row interface {
	Position() *Event
}

// Addr formats an address for storage: 0x-prefixed lower-case hex. Queries
// must format addresses the same way. (Not a.Hex(): its EIP-55 checksum
// hashes every address, a measurable share of a backfill's CPU time.)
func Addr(a common.Address) string { return "0x" + hex.EncodeToString(a[:]) }

// Hash formats a hash or any 32-byte value for storage: 0x-prefixed
// lower-case hex.
func Hash(h [32]byte) string { return common.Hash(h).Hex() }

// Hex formats bytes for storage: 0x-prefixed lower-case hex.
func Hex(b []byte) string { return "0x" + common.Bytes2Hex(b) }

// Text makes a string from the chain storable in every database: invalid
// UTF-8 becomes U+FFFD and NUL characters are dropped (PostgreSQL rejects
// both in text columns, and a row that cannot be inserted would stall the
// index).
func Text(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}

// Int64 converts a uint64 from the chain (a timestamp, an id, a sequence
// number) to the int64 both databases store natively. Values above 2^63-1
// (for timestamps: billions of years away, which contracts accept as "never
// expires") are stored as 2^63-1, so that no value a contract accepts can
// make a row impossible to insert and stall the index.
func Int64(t uint64) int64 {
	const maxInt64 = 1<<63 - 1
	if t > maxInt64 {
		return maxInt64
	}
	return int64(t)
}

// Kinds of event rows in tables that hold several events of a family.
const (
	KindLicensed     = "licensed"
	KindSuspended    = "suspended"
	KindReinstated   = "reinstated"
	KindRegistered   = "registered"
	KindDeregistered = "deregistered"
	KindGranted      = "granted"
	KindRevoked      = "revoked"
	KindAdminChanged = "admin_changed"
	KindInitiated    = "initiated"
	KindAccepted     = "accepted"
	KindCancelled    = "cancelled"
	KindQuarantined  = "quarantined"
	KindReleased     = "released"
)

// EventModels lists one value of every event table's model, in the order the
// tables are migrated, dumped and cleared; derived tables (rows that follow
// from an event row, carrying its position) included. A new event table
// must be added here.
func EventModels() []Row {
	return []Row{
		// Registry
		&ParticipantEvent{}, &EncryptionKey{}, &DeviceEvent{},
		// AccessGrants
		&GrantEvent{}, &EmergencyAccess{},
		// Records
		&RecordVersion{}, &AuditAnchor{},
		// DrugBatches
		&BatchRegistration{}, &HandOverEvent{}, &TemperatureReading{}, &ReadingSubmission{},
		&QuarantineEvent{}, &Penalty{}, &BatchRecall{}, &RecallNotice{}, &PackDispense{}, &CloneReport{},
		// Prescriptions
		&Prescription{}, &PrescriptionFill{}, &PrescriptionFillPack{}, &PrescriptionCancellation{},
		// SettlementToken
		&TokenTransfer{}, &TokenApproval{}, &TokenSupplyEvent{},
		// Claims
		&PlanEvent{}, &PlanTariffSet{}, &PlanTariff{}, &PolicyEvent{}, &PoolEvent{},
		&ClaimSubmission{}, &ClaimLine{}, &ClaimEvent{}, &ClaimState{},
		// ServiceContracts
		&ServiceContractProposal{}, &ServiceTariff{}, &ServiceReport{}, &ServiceReportLine{}, &ServiceContractEvent{},
		// Shared by contracts using OpenZeppelin's AccessControl and EIP712.
		&RoleEvent{}, &DomainChange{},
	}
}

// Models lists one value of every table's model: cursor, contracts, blocks
// and the event tables.
func Models() []any { return allModels() }

// allModels lists every table's model.
func allModels() []any {
	out := []any{&Cursor{}, &Contract{}, &Block{}}
	for _, m := range EventModels() {
		out = append(out, m)
	}
	return out
}

// TableName names the table.
func (Block) TableName() string { return "blocks" }

// TableName names the table.
func (Contract) TableName() string { return "contracts" }
