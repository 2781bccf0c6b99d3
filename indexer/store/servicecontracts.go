package store

import (
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// Tables of the ServiceContracts contract's events: proposals (with one
// tariff row per service code), reports of delivered services (with one row
// per line), and every other step of a contract's life — acceptance,
// funding, approval, dispute and its resolution, deferred and released
// payments, termination, refunds — in one table. Amounts are minor units
// (Amount, exact).

// ServiceContractProposal is a ServiceContractProposed event. Its tariff
// rows are derived from the same log. Indexed by contract id and position,
// payer, and provider.
type ServiceContractProposal struct {
	Event `gorm:"embedded"`
	// ContractID is the contract's id (from 1).
	ContractID int64 `gorm:"not null"`
	// Payer is the government payer; Provider the provider.
	Payer    string `gorm:"size:42;not null;index"`
	Provider string `gorm:"size:42;not null;index"`
	// Budget caps what the contract pays in total.
	Budget Amount `gorm:"not null"`
	// Start (Unix seconds), PeriodLength (seconds) and PeriodCount bound the
	// reporting periods.
	Start        int64 `gorm:"not null"`
	PeriodLength int64 `gorm:"not null"`
	PeriodCount  int   `gorm:"not null"`
	// AutoRelease pays reports without the payer's approval.
	AutoRelease bool `gorm:"not null"`
	// TermsCID is the terms document in IPFS.
	TermsCID string `gorm:"column:terms_cid;size:300;not null"`
	// Codes is the number of tariff codes.
	Codes int `gorm:"not null"`

	tariffs []Row `gorm:"-"`
}

// ServiceTariff is one (code, tariff) of a proposal, derived from it. Keyed
// by (block hash, log index, code index). Indexed by contract id.
type ServiceTariff struct {
	Event `gorm:"embedded"`
	// CodeIndex is the code's place in the proposal; part of the key.
	CodeIndex int `gorm:"primaryKey;autoIncrement:false"`
	// ContractID is the contract.
	ContractID int64 `gorm:"not null;index"`
	// Code is the service code (bytes32 hex); Tariff its price per unit.
	Code   string `gorm:"size:66;not null"`
	Tariff Amount `gorm:"not null"`
}

// ServiceReport is a ServicesReported event: the provider reported the
// services of one period. Its lines are derived rows. Indexed by contract id
// and position, and provider.
type ServiceReport struct {
	Event `gorm:"embedded"`
	// ContractID and Period identify the report.
	ContractID int64 `gorm:"not null"`
	Period     int   `gorm:"not null"`
	// Provider reported; Amount is the lines priced at the tariffs.
	Provider string `gorm:"size:42;not null;index"`
	Amount   Amount `gorm:"not null"`
	// Lines is the number of lines.
	Lines int `gorm:"not null"`
	// Evidence lists the evidence CIDs, space-separated.
	Evidence string `gorm:"not null"`

	lines []Row `gorm:"-"`
}

// ServiceReportLine is one (code, quantity) of a report. Keyed by (block
// hash, log index, line index). Indexed by contract id.
type ServiceReportLine struct {
	Event `gorm:"embedded"`
	// LineIndex is the line's place in the report; part of the key.
	LineIndex int `gorm:"primaryKey;autoIncrement:false"`
	// ContractID and Period identify the report.
	ContractID int64 `gorm:"not null;index"`
	Period     int   `gorm:"not null"`
	// Code is the service code (bytes32 hex); Quantity the units delivered.
	Code     string `gorm:"size:66;not null"`
	Quantity int64  `gorm:"not null"`
}

// ServiceContractEvent is every other ServiceContracts event (Kind says
// which): ServiceContractAccepted (accepted), ServiceContractFunded
// (funded), ServiceReportApproved (approved), ServiceReportDisputed
// (disputed), ServiceDisputeResolved (resolved), ServicePaymentDeferred
// (deferred), ServicePaymentReleased (payment_released),
// ServiceContractTerminated (terminated), EscrowRefunded (refunded). Columns
// an event does not carry are zero; Period is -1 for events of the whole
// contract. Indexed by contract id and position, and (kind, block time) for
// settlement statistics per payer and provider.
type ServiceContractEvent struct {
	Event `gorm:"embedded"`
	// Kind says which event.
	Kind string `gorm:"size:16;not null"`
	// ContractID is the contract.
	ContractID int64 `gorm:"not null"`
	// Payer is the contract's government payer, copied from its proposal
	// when the row is written (statistics per payer need no join); empty if
	// the index lacks the proposal.
	Payer string `gorm:"size:42;not null"`
	// Period is the report's period, -1 when the event is not a report's.
	Period int `gorm:"not null"`
	// Account is the party the event names: the provider (accepted,
	// payment_released), the payer (funded, refunded), the resolver
	// (resolved), who terminated (terminated).
	Account string `gorm:"size:42;not null"`
	// Amount: funded, approved, resolved, deferred, released or refunded
	// amount; Offered is a dispute's offer.
	Amount  Amount `gorm:"not null"`
	Offered Amount `gorm:"not null"`
	// Escrow is the escrow after funding, or when a payment was deferred.
	Escrow Amount `gorm:"not null"`
	// Automatic marks an approval by autoRelease.
	Automatic bool `gorm:"not null"`
	// ReasonCode of a dispute or termination (bytes32 hex).
	ReasonCode string `gorm:"size:66;not null"`
}

// NewServiceContractProposal returns a proposal row with its tariff rows.
func NewServiceContractProposal(p ServiceContractProposal, codes []string, tariffs []Amount) *ServiceContractProposal {
	n := min(len(codes), len(tariffs))
	p.Codes = n
	for i := range n {
		p.tariffs = append(p.tariffs, &ServiceTariff{Event: p.Event, CodeIndex: i, ContractID: p.ContractID,
			Code: strings.ToLower(codes[i]), Tariff: tariffs[i]})
	}
	return &p
}

func (p *ServiceContractProposal) derive(*gorm.DB) ([]Row, error) { return p.tariffs, nil }

// NewServiceReport returns a report row with its line rows.
func NewServiceReport(r ServiceReport, lines []ServiceReportLine) *ServiceReport {
	r.Lines = len(lines)
	for i := range lines {
		l := lines[i]
		l.Event, l.LineIndex, l.ContractID, l.Period = r.Event, i, r.ContractID, r.Period
		l.Code = strings.ToLower(l.Code)
		r.lines = append(r.lines, &l)
	}
	return &r
}

func (r *ServiceReport) derive(*gorm.DB) ([]Row, error) { return r.lines, nil }

// derive copies the contract's payer from its proposal (at an earlier
// position, in this commit or an earlier one) into the row. It derives no
// rows.
func (e *ServiceContractEvent) derive(tx *gorm.DB) ([]Row, error) {
	var p ServiceContractProposal
	err := tx.Select("payer").Where("contract_id = ?", e.ContractID).Order("block_number, log_index").Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("payer of service contract %d: %w", e.ContractID, err)
	}
	e.Payer = p.Payer
	err = tx.Model(&ServiceContractEvent{}).Where("block_hash = ? AND log_index = ?", e.BlockHash, e.LogIndex).
		Update("payer", p.Payer).Error
	if err != nil {
		return nil, fmt.Errorf("payer of service contract %d: %w", e.ContractID, err)
	}
	return nil, nil
}

// TableName names the table.
func (ServiceContractProposal) TableName() string { return "service_contract_proposals" }

// TableName names the table.
func (ServiceTariff) TableName() string { return "service_tariffs" }

// TableName names the table.
func (ServiceReport) TableName() string { return "service_reports" }

// TableName names the table.
func (ServiceReportLine) TableName() string { return "service_report_lines" }

// TableName names the table.
func (ServiceContractEvent) TableName() string { return "service_contract_events" }
