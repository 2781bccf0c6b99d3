package store

// Tables of the SettlementToken contract's events: ERC-20 transfers and
// approvals, and the treasury's mints and burns with their payment
// references. Values are minor units (Amount, exact).

// TokenTransfer is an ERC-20 Transfer event (mints come from, and burns go
// to, the zero address). Indexed by sender and position, and receiver and
// position.
type TokenTransfer struct {
	Event `gorm:"embedded"`
	// Sender and Receiver are "from" and "to" of the event.
	Sender   string `gorm:"size:42;not null"`
	Receiver string `gorm:"size:42;not null"`
	// Value is in minor units.
	Value Amount `gorm:"not null"`
}

// TokenApproval is an ERC-20 Approval event (approve or permit). Indexed by
// owner.
type TokenApproval struct {
	Event `gorm:"embedded"`
	// Owner allowed Spender to spend Value.
	Owner   string `gorm:"size:42;not null;index"`
	Spender string `gorm:"size:42;not null"`
	Value   Amount `gorm:"not null"`
}

// TokenSupplyEvent is a Minted or Burned event (Kind says which): the
// treasury created money for To against an off-chain payment, or destroyed
// its own. Indexed by treasury.
type TokenSupplyEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindMinted or KindBurned.
	Kind string `gorm:"size:16;not null"`
	// Treasury is the minting or burning treasury account.
	Treasury string `gorm:"size:42;not null;index"`
	// To is the receiver of a mint; empty for burns.
	To string `gorm:"column:to_account;size:42;not null"`
	// Amount is in minor units.
	Amount Amount `gorm:"not null"`
	// PaymentRef is the treasury's reference of the off-chain payment
	// (bytes32 hex).
	PaymentRef string `gorm:"size:66;not null"`
}

// TableName names the table.
func (TokenTransfer) TableName() string { return "token_transfers" }

// TableName names the table.
func (TokenApproval) TableName() string { return "token_approvals" }

// TableName names the table.
func (TokenSupplyEvent) TableName() string { return "token_supply_events" }
