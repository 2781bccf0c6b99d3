package store

// Tables of the Registry contract's events.

// ParticipantEvent is a ParticipantLicensed, ParticipantSuspended or
// ParticipantReinstated event (Kind says which). Fields an event does not
// carry are zero: only "licensed" rows have a role, name, license reference
// and validity; only "suspended" rows have a reason code. Indexed by account
// (a participant's history) and role (participants of a kind).
type ParticipantEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindLicensed, KindSuspended or KindReinstated.
	Kind string `gorm:"size:16;not null"`
	// Account is the participant.
	Account string `gorm:"size:42;not null;index"`
	// Role is the Registry role number (1 provider … 8 government payer).
	Role uint8 `gorm:"not null;index"`
	// Name is the licensed institution's name.
	Name string `gorm:"not null"`
	// LicenseRef is the regulator's license reference (bytes32 hex).
	LicenseRef string `gorm:"size:66;not null"`
	// ValidUntil is the last second the license is valid (Unix seconds).
	ValidUntil int64 `gorm:"not null"`
	// ReasonCode is the regulator's reason for a suspension (bytes32 hex).
	ReasonCode string `gorm:"size:66;not null"`
}

// EncryptionKey is an EncryptionKeyRegistered event: an account registered
// or replaced its encryption public key. The latest row per account is the
// current key. Indexed by account.
type EncryptionKey struct {
	Event `gorm:"embedded"`
	// Account is the key owner.
	Account string `gorm:"size:42;not null;index"`
	// PublicKey is the uncompressed secp256k1 point X || Y (64 bytes, hex).
	PublicKey string `gorm:"size:130;not null"`
}

// DeviceEvent is a DeviceRegistered or DeviceDeregistered event. Indexed by
// device (its history) and owner (a participant's devices).
type DeviceEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindRegistered or KindDeregistered.
	Kind string `gorm:"size:16;not null"`
	// Device is the device's signing address.
	Device string `gorm:"size:42;not null;index"`
	// Owner is the participant the device is bound to.
	Owner string `gorm:"size:42;not null;index"`
	// DeviceRef is the owner's reference of the device (bytes32 hex); empty
	// for deregistrations.
	DeviceRef string `gorm:"size:66;not null"`
}

// TableName names the table.
func (ParticipantEvent) TableName() string { return "participant_events" }

// TableName names the table.
func (EncryptionKey) TableName() string { return "encryption_keys" }

// TableName names the table.
func (DeviceEvent) TableName() string { return "device_events" }
