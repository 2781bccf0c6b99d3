package store

// Tables of the Records contract's events.

// RecordVersion is a RecordAdded event: a new version of an encrypted record
// anchored on chain. Versions of one record are linked through Previous.
// Indexed by patient and position (the patient's timeline), author, record
// id, CID (which version holds a ciphertext) and previous (the version
// amending a given one).
type RecordVersion struct {
	Event `gorm:"embedded"`
	// Patient is the record's patient.
	Patient string `gorm:"size:42;not null"`
	// RecordID is the version id assigned by the contract (1, 2, …).
	RecordID int64 `gorm:"not null;index"`
	// Author is the account that wrote the version.
	Author string `gorm:"size:42;not null;index"`
	// Category is the data category number (0 summary … 8 personal).
	Category uint8 `gorm:"not null"`
	// CID is the IPFS content identifier of the ciphertext in its canonical
	// string form (base32 "bafy…" for CIDv1); bytes that do not parse as a
	// CID are stored as 0x-prefixed hex.
	CID string `gorm:"column:cid;size:300;not null;index"`
	// Previous is the version this one amends; 0 for a new record.
	Previous int64 `gorm:"not null;index"`
}

// AuditAnchor is an AuditAnchored event: the Merkle root of a batch of the
// off-chain read audit, anchored by an auditor. Batches cover consecutive
// sequence ranges. Indexed by batch, last sequence number (the batch holding
// a given entry) and auditor and position.
type AuditAnchor struct {
	Event `gorm:"embedded"`
	// BatchIndex is the batch number (0, 1, …).
	BatchIndex int64 `gorm:"not null;index"`
	// MerkleRoot is the root over the batch's audit entries (bytes32 hex).
	MerkleRoot string `gorm:"size:66;not null"`
	// FromSeq and ToSeq are the first and last audit sequence numbers covered.
	FromSeq int64 `gorm:"not null"`
	ToSeq   int64 `gorm:"not null;index"`
	// Auditor is the account that anchored the batch.
	Auditor string `gorm:"size:42;not null"`
}

// TableName names the table.
func (RecordVersion) TableName() string { return "record_versions" }

// TableName names the table.
func (AuditAnchor) TableName() string { return "audit_anchors" }
