package store

// Tables of the AccessGrants (consent) contract's events.

// GrantEvent is an AccessGranted or AccessRevoked event. A grant replaces any
// earlier grant of the same (patient, grantee, purpose); a revocation deletes
// it. Revocations carry no categories or expiry (zero). Indexed by patient
// and position (a patient's consent timeline) and grantee and position (whose
// data a party may see, what it was given); see indexes.go.
type GrantEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindGranted or KindRevoked.
	Kind string `gorm:"size:16;not null"`
	// Patient is the granting patient.
	Patient string `gorm:"size:42;not null"`
	// Grantee is the party given (or losing) access.
	Grantee string `gorm:"size:42;not null"`
	// Purpose is the purpose number (1 treatment … 5 operations).
	Purpose uint8 `gorm:"not null"`
	// Categories is the bit mask of data categories granted.
	Categories int64 `gorm:"not null"`
	// ExpiresAt is the last second of validity (Unix seconds).
	ExpiresAt int64 `gorm:"not null"`
}

// EmergencyAccess is an EmergencyAccessOpened event: a provider opened
// time-limited access to a patient's record, always visible to the patient.
// Indexed by patient and position, and provider and position.
type EmergencyAccess struct {
	Event `gorm:"embedded"`
	// Patient is the patient whose record was opened.
	Patient string `gorm:"size:42;not null"`
	// Provider is the provider who opened it.
	Provider string `gorm:"size:42;not null"`
	// ReasonCode is the provider's emergency code (bytes32 hex).
	ReasonCode string `gorm:"size:66;not null"`
	// ExpiresAt is the last second of the access (Unix seconds).
	ExpiresAt int64 `gorm:"not null"`
}

// TableName names the table.
func (GrantEvent) TableName() string { return "grant_events" }

// TableName names the table.
func (EmergencyAccess) TableName() string { return "emergency_accesses" }
