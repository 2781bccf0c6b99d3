package store

// Tables of events that several contracts emit through OpenZeppelin base
// contracts.

// RoleEvent is an AccessControl RoleGranted, RoleRevoked or
// RoleAdminChanged event of any Salus contract (Contract says which).
// Indexed by role and account.
type RoleEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindGranted, KindRevoked or KindAdminChanged.
	Kind string `gorm:"size:16;not null"`
	// Role is the role identifier (bytes32 hex, keccak256 of its name; zero
	// for DEFAULT_ADMIN_ROLE).
	Role string `gorm:"size:66;not null;index"`
	// Account is the account granted or revoked the role; empty for
	// admin changes.
	Account string `gorm:"size:42;not null;index"`
	// Sender is the account that granted or revoked; empty for admin
	// changes.
	Sender string `gorm:"size:42;not null"`
	// PreviousAdminRole and NewAdminRole are set for admin changes only.
	PreviousAdminRole string `gorm:"size:66;not null"`
	NewAdminRole      string `gorm:"size:66;not null"`
}

// DomainChange is an EIP712DomainChanged event (ERC-5267): the contract's
// EIP-712 signing domain changed, so signatures must be made anew.
type DomainChange struct {
	Event `gorm:"embedded"`
}

// TableName names the table.
func (RoleEvent) TableName() string { return "role_events" }

// TableName names the table.
func (DomainChange) TableName() string { return "domain_changes" }
