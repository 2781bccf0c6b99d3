package store

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// Tables of the DrugBatches contract's events: batch registrations, custody
// hand-overs, cold-chain telemetry, quarantines, penalties, recalls (with one
// derived notice per holder), dispensed packs and suspected clones.
//
// Batch ids and serial leaves are bytes32 hex (Hash); GTINs are the integer
// value of the GTIN-14 digits (format with %014d); temperatures are
// hundredths of a degree Celsius; device timestamps (MeasuredAt) are the
// device's own clock in Unix seconds, block times are the chain's.

// BatchRegistration is a BatchRegistered event: a manufacturer registered a
// batch and holds all its packs. Indexed by batch id, manufacturer and GTIN.
type BatchRegistration struct {
	Event `gorm:"embedded"`
	// BatchID is keccak256(abi.encode(gtin, lot)).
	BatchID string `gorm:"size:66;not null;index"`
	// Manufacturer is the registering manufacturer, the batch's first holder.
	Manufacturer string `gorm:"size:42;not null;index"`
	// GTIN is the GTIN-14 as an integer.
	GTIN int64 `gorm:"column:gtin;not null;index"`
	// BatchNumber is the contract's sequence number of the batch (from 1).
	BatchNumber int64 `gorm:"not null"`
	// Lot is the batch / lot number (GS1 AI 10).
	Lot string `gorm:"size:80;not null"`
	// ManufacturedAt and ExpiresAt are Unix seconds; ExpiresAt is the last
	// second packs may be dispensed.
	ManufacturedAt int64 `gorm:"not null"`
	ExpiresAt      int64 `gorm:"not null"`
	// PackCount is the number of packs (leaves of the serial tree).
	PackCount int64 `gorm:"not null"`
	// MinTemperature and MaxTemperature bound the allowed storage range.
	MinTemperature int `gorm:"not null"`
	MaxTemperature int `gorm:"not null"`
	// SerialRoot is the Merkle root of the pack serials (bytes32 hex).
	SerialRoot string `gorm:"size:66;not null"`
	// CertificateCID is the public batch certificate in IPFS (canonical
	// string form, or 0x-hex of bytes that are not a CID).
	CertificateCID string `gorm:"column:certificate_cid;size:300;not null"`
}

// HandOverEvent is a HandOverInitiated, HandOverAccepted or
// HandOverCancelled event (Kind says which): the two-step custody transfer
// of Quantity packs from Sender to Receiver. Custody passes at acceptance.
// Indexed by batch and position (a batch's custody chain, and the holders a
// recall notifies), sender, receiver and hand-over id.
type HandOverEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindInitiated, KindAccepted or KindCancelled.
	Kind string `gorm:"size:16;not null"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null"`
	// Sender is the holder handing over ("from" in the event).
	Sender string `gorm:"size:42;not null;index"`
	// Receiver is the receiving party ("to" in the event).
	Receiver string `gorm:"size:42;not null;index"`
	// HandOverID is the contract's hand-over id (from 1).
	HandOverID int64 `gorm:"column:hand_over_id;not null;index"`
	// Quantity is the number of packs.
	Quantity int64 `gorm:"not null"`
}

// TemperatureReading is a TemperatureRecorded event: one accepted, signed
// reading of a device watching a holder's storage of a batch. A reading
// outside the batch's range (WithinRange false) is an excursion. Indexed by
// batch (its excursions in order), holder (excursions per holder over time),
// device, and excursions by time (regulator statistics).
type TemperatureReading struct {
	Event `gorm:"embedded"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null"`
	// Holder is the custodian whose storage was measured.
	Holder string `gorm:"size:42;not null"`
	// Device is the signing device.
	Device string `gorm:"size:42;not null;index"`
	// MeasuredAt is the device's timestamp (Unix seconds).
	MeasuredAt int64 `gorm:"not null"`
	// Temperature is in hundredths of a degree Celsius.
	Temperature int `gorm:"not null"`
	// WithinRange is false for an excursion.
	WithinRange bool `gorm:"not null"`
}

// ReadingSubmission is a ReadingsSubmitted event: a transaction submitted
// readings, Accepted of which were recorded and Skipped ignored as
// duplicates or out of order. Indexed by submitter.
type ReadingSubmission struct {
	Event `gorm:"embedded"`
	// Submitter is the transaction's sender.
	Submitter string `gorm:"size:42;not null;index"`
	// Accepted and Skipped count readings (uint256 on chain, stored clamped
	// to 2^63-1; a submission is bounded by the block gas limit anyway).
	Accepted int64 `gorm:"not null"`
	Skipped  int64 `gorm:"not null"`
}

// QuarantineEvent is a StockQuarantined or QuarantineReleased event (Kind
// says which). Quarantines carry the device, its timestamp, the reading and
// the packs blocked; releases the regulator and its reason code. Indexed by
// batch and position, and by holder.
type QuarantineEvent struct {
	Event `gorm:"embedded"`
	// Kind is KindQuarantined or KindReleased.
	Kind string `gorm:"size:16;not null"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null"`
	// Holder is the custodian whose stock is (or was) quarantined.
	Holder string `gorm:"size:42;not null;index"`
	// Device, MeasuredAt, Temperature and Quantity describe the excursion
	// that quarantined the stock (quarantines only).
	Device      string `gorm:"size:42;not null"`
	MeasuredAt  int64  `gorm:"not null"`
	Temperature int    `gorm:"not null"`
	Quantity    int64  `gorm:"not null"`
	// Regulator and ReasonCode (bytes32 hex) are set on releases only.
	Regulator  string `gorm:"size:42;not null"`
	ReasonCode string `gorm:"size:66;not null"`
}

// Penalty is a PenaltyRecorded event: one penalty against a holder for an
// excursion episode in its custody. Indexed by holder and batch.
type Penalty struct {
	Event `gorm:"embedded"`
	// Holder is the responsible custodian.
	Holder string `gorm:"size:42;not null;index"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null;index"`
	// MeasuredAt and Temperature are the excursion's device time and reading.
	MeasuredAt  int64 `gorm:"not null"`
	Temperature int   `gorm:"not null"`
	// Total is the holder's penalty count after this one.
	Total int64 `gorm:"not null"`
}

// BatchRecall is a BatchRecalled event. Its RecallNotice rows, one per
// holder, are derived when it is indexed. Indexed by batch and by who
// recalled.
type BatchRecall struct {
	Event `gorm:"embedded"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null;index"`
	// RecalledBy is the manufacturer or regulator.
	RecalledBy string `gorm:"size:42;not null;index"`
	// ReasonCode is the recall's reason (bytes32 hex).
	ReasonCode string `gorm:"size:66;not null"`
	// HolderCount is the number of accounts that ever held the batch, as the
	// contract counts them; the recall's notices are that many when the
	// index holds the batch's whole history.
	HolderCount int64 `gorm:"not null"`
}

// RecallNotice is a row derived from a BatchRecall, one per account that
// ever held the batch before the recall: the batch's manufacturer (index 0)
// and every receiver of an accepted hand-over, in order of first receipt —
// the list the contract keeps as holderAt(batch, 0 .. holderCount-1). It
// carries the recall's position (block, log index), so it is rolled back
// with it. It is computed from the index's own registration and hand-over
// rows at or before the recall's position, so a fresh index and an
// incremental one derive the same notices. Keyed by (block hash, log index,
// holder); indexed by holder and position (a holder's notices) and batch.
type RecallNotice struct {
	Event `gorm:"embedded"`
	// Holder is the notified account; part of the key.
	Holder string `gorm:"primaryKey;size:42"`
	// HolderIndex is the holder's place in order of first receipt (0: the
	// manufacturer).
	HolderIndex int64 `gorm:"not null"`
	// BatchID is the recalled batch.
	BatchID string `gorm:"size:66;not null;index"`
	// RecalledBy is the manufacturer or regulator who recalled it.
	RecalledBy string `gorm:"size:42;not null"`
}

// PackDispense is a PackDispensed event: a pack's serial was decommissioned
// when it was dispensed from a holder's stock, by the holder itself or by a
// dispenser contract (Operator: Prescriptions). Indexed by batch and
// position, holder, and serial leaf.
type PackDispense struct {
	Event `gorm:"embedded"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null"`
	// Holder is the dispensing pharmacy or provider.
	Holder string `gorm:"size:42;not null;index"`
	// Operator is the caller: the holder or a dispenser contract.
	Operator string `gorm:"size:42;not null"`
	// SerialLeaf is serialLeaf(batchId, serial) (bytes32 hex).
	SerialLeaf string `gorm:"size:66;not null;index"`
	// Serial is the pack's serial (GS1 AI 21).
	Serial string `gorm:"size:80;not null"`
}

// CloneReport is a SuspectedCloneReported event: a decommissioned serial was
// presented again. Indexed by batch, serial leaf and reporter.
type CloneReport struct {
	Event `gorm:"embedded"`
	// BatchID is the batch.
	BatchID string `gorm:"size:66;not null;index"`
	// SerialLeaf is the serial's leaf (bytes32 hex).
	SerialLeaf string `gorm:"size:66;not null;index"`
	// Reporter is who was presented with the pack.
	Reporter string `gorm:"size:42;not null;index"`
	// Serial is the serial.
	Serial string `gorm:"size:80;not null"`
	// Reports is the number of reports of this serial so far.
	Reports int64 `gorm:"not null"`
}

// TableName names the table.
func (BatchRegistration) TableName() string { return "batch_registrations" }

// TableName names the table.
func (HandOverEvent) TableName() string { return "hand_over_events" }

// TableName names the table.
func (TemperatureReading) TableName() string { return "temperature_readings" }

// TableName names the table.
func (ReadingSubmission) TableName() string { return "reading_submissions" }

// TableName names the table.
func (QuarantineEvent) TableName() string { return "quarantine_events" }

// TableName names the table.
func (Penalty) TableName() string { return "penalties" }

// TableName names the table.
func (BatchRecall) TableName() string { return "batch_recalls" }

// TableName names the table.
func (RecallNotice) TableName() string { return "recall_notices" }

// TableName names the table.
func (PackDispense) TableName() string { return "pack_dispenses" }

// TableName names the table.
func (CloneReport) TableName() string { return "clone_reports" }

// derive returns the recall's notices: the batch's manufacturer, then every
// receiver of a hand-over accepted before the recall, in order of first
// receipt (returns to the manufacturer add no holder). It reads the rows of
// tx, which already holds the rows of the commit being written, so the
// result depends on the canonical chain up to the recall only.
func (r *BatchRecall) derive(tx *gorm.DB) ([]Row, error) {
	var holders []string
	var reg BatchRegistration
	err := tx.Select("manufacturer").Where("batch_id = ?", r.BatchID).
		Order("block_number, log_index").Take(&reg).Error
	switch {
	case err == nil:
		holders = append(holders, reg.Manufacturer)
	case errors.Is(err, gorm.ErrRecordNotFound):
		// A batch registered before the indexed history (impossible from the
		// deployment block on): notify the receivers the index knows.
	default:
		return nil, fmt.Errorf("recall of %s: registration: %w", r.BatchID, err)
	}
	var accepted []HandOverEvent
	err = tx.Select("receiver").
		Where("batch_id = ? AND kind = ? AND block_number <= ? AND (block_number < ? OR log_index < ?)",
			r.BatchID, KindAccepted, r.BlockNumber, r.BlockNumber, r.LogIndex).
		Order("block_number, log_index").Find(&accepted).Error
	if err != nil {
		return nil, fmt.Errorf("recall of %s: hand-overs: %w", r.BatchID, err)
	}
	seen := map[string]bool{}
	for _, h := range holders {
		seen[h] = true
	}
	for _, a := range accepted {
		if !seen[a.Receiver] {
			seen[a.Receiver] = true
			holders = append(holders, a.Receiver)
		}
	}
	out := make([]Row, len(holders))
	for i, h := range holders {
		out[i] = &RecallNotice{Event: r.Event, Holder: h, HolderIndex: int64(i), BatchID: r.BatchID, RecalledBy: r.RecalledBy}
	}
	return out, nil
}
