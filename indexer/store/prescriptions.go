package store

import (
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// Tables of the Prescriptions contract's events. Every event names the
// patient, so each table is indexed by patient and position (the patient's
// timeline) and by prescription id.

// GTINSystem is the FHIR identifier system of GS1 GTINs, used in Medication
// keys of prescriptions made by GTIN.
const GTINSystem = "https://www.gs1.org/gtin"

// Medication returns the key a prescription's medication is counted under in
// statistics, in FHIR token form "system|code": "https://www.gs1.org/gtin|"
// and the 14 GTIN digits when a GTIN is given (it is then the product
// dispensed), otherwise the prescribed code system and code.
func Medication(gtin uint64, codeSystem, code string) string {
	if gtin != 0 {
		return fmt.Sprintf("%s|%014d", GTINSystem, gtin)
	}
	return Text(codeSystem) + "|" + Text(code)
}

// Prescription is a PrescriptionIssued event. Indexed by patient and
// position, prescriber and position, prescription id, and medication and
// block time (statistics per medication).
type Prescription struct {
	Event `gorm:"embedded"`
	// PrescriptionID is the contract's prescription id (from 1).
	PrescriptionID int64 `gorm:"not null;index"`
	// Patient is the patient.
	Patient string `gorm:"size:42;not null"`
	// Prescriber is the issuing provider.
	Prescriber string `gorm:"size:42;not null"`
	// GTIN is the prescribed product's GTIN-14 as an integer; 0 when
	// prescribed by code only.
	GTIN int64 `gorm:"column:gtin;not null"`
	// CodeSystem and Code name the medication in a code system (e.g. ATC);
	// empty when prescribed by GTIN only.
	CodeSystem string `gorm:"size:100;not null"`
	Code       string `gorm:"size:100;not null"`
	// Medication is the statistics key, see Medication.
	Medication string `gorm:"size:210;not null"`
	// QuantityPerFill is the number of packs per fill; Refills the fills
	// after the first.
	QuantityPerFill int `gorm:"not null"`
	Refills         int `gorm:"not null"`
	// ValidUntil is the last second a fill may be dispensed (Unix seconds).
	ValidUntil int64 `gorm:"not null"`
	// MinFillInterval is the least time between fills, in seconds.
	MinFillInterval int64 `gorm:"not null"`
	// Controlled prescriptions need the patient's signature for every fill.
	Controlled bool `gorm:"not null"`
	// CID is the encrypted FHIR MedicationRequest in IPFS.
	CID string `gorm:"column:cid;size:300;not null"`
}

// PrescriptionFill is a PrescriptionDispensed event: fill Fill of a
// prescription was dispensed by a pharmacy. Its packs are rows of
// prescription_fill_packs, derived from the same log. Indexed by patient and
// position, pharmacy and position, and prescription id.
type PrescriptionFill struct {
	Event `gorm:"embedded"`
	// PrescriptionID is the prescription.
	PrescriptionID int64 `gorm:"not null;index"`
	// Patient is the patient.
	Patient string `gorm:"size:42;not null"`
	// Pharmacy is the dispensing pharmacy.
	Pharmacy string `gorm:"size:42;not null"`
	// Fill is the fill number (from 1).
	Fill int `gorm:"not null"`
	// Packs is the number of packs dispensed.
	Packs int `gorm:"not null"`
	// CID is the encrypted FHIR MedicationDispense in IPFS.
	CID string `gorm:"column:cid;size:300;not null"`

	// packs are the fill's pack rows, written with it; not a column.
	packs []Row `gorm:"-"`
}

// PrescriptionFillPack is one pack of a fill, derived from the
// PrescriptionDispensed log: its batch and the decommissioned serial leaf.
// Keyed by (block hash, log index, pack index). Indexed by batch (which
// patients received packs of a batch, e.g. after a recall) and serial leaf.
type PrescriptionFillPack struct {
	Event `gorm:"embedded"`
	// PackIndex is the pack's place in the fill (from 0); part of the key.
	PackIndex int `gorm:"primaryKey;autoIncrement:false"`
	// PrescriptionID and Fill identify the fill.
	PrescriptionID int64 `gorm:"not null"`
	Fill           int   `gorm:"not null"`
	// Patient is the patient who received the pack.
	Patient string `gorm:"size:42;not null"`
	// BatchID is the pack's batch (bytes32 hex).
	BatchID string `gorm:"size:66;not null;index"`
	// SerialLeaf is the pack's decommissioned serial leaf (bytes32 hex).
	SerialLeaf string `gorm:"size:66;not null;index"`
}

// PrescriptionCancellation is a PrescriptionCancelled event. Indexed by
// patient and position, and prescription id.
type PrescriptionCancellation struct {
	Event `gorm:"embedded"`
	// PrescriptionID is the prescription.
	PrescriptionID int64 `gorm:"not null;index"`
	// Patient is the patient.
	Patient string `gorm:"size:42;not null"`
	// Prescriber is the prescriber who cancelled.
	Prescriber string `gorm:"size:42;not null"`
	// ReasonCode is the prescriber's reason (bytes32 hex).
	ReasonCode string `gorm:"size:66;not null"`
}

// NewPrescriptionFill returns a fill row with one pack row per (batch id,
// serial leaf) pair, all at position at. The lists must be of equal length
// (the contract emits them so); extra entries of the longer one are
// dropped.
func NewPrescriptionFill(at Event, id int64, patient, pharmacy string, fill int, batchIDs, serialLeaves []string, cid string) *PrescriptionFill {
	n := min(len(batchIDs), len(serialLeaves))
	f := &PrescriptionFill{Event: at, PrescriptionID: id, Patient: patient, Pharmacy: pharmacy, Fill: fill, Packs: n, CID: cid}
	for i := range n {
		f.packs = append(f.packs, &PrescriptionFillPack{Event: at, PackIndex: i, PrescriptionID: id, Fill: fill,
			Patient: patient, BatchID: strings.ToLower(batchIDs[i]), SerialLeaf: strings.ToLower(serialLeaves[i])})
	}
	return f
}

// derive returns the fill's pack rows.
func (f *PrescriptionFill) derive(*gorm.DB) ([]Row, error) { return f.packs, nil }

// TableName names the table.
func (Prescription) TableName() string { return "prescriptions" }

// TableName names the table.
func (PrescriptionFill) TableName() string { return "prescription_fills" }

// TableName names the table.
func (PrescriptionFillPack) TableName() string { return "prescription_fill_packs" }

// TableName names the table.
func (PrescriptionCancellation) TableName() string { return "prescription_cancellations" }
