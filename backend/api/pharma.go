package api

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/gs1"
)

// Types of the supply-chain and prescription endpoints (the DrugBatches and
// Prescriptions contracts). Temperatures are hundredths of a degree Celsius,
// as the contract stores them and devices sign them (450 is 4.50 °C).

// MaxBatchSerials is the most pack serials one batch registration takes.
const MaxBatchSerials = 1_000_000

// BatchStatus is a batch's state as the API reports it.
type BatchStatus string

// Batch states. Recalled takes precedence over expired.
const (
	BatchActive   BatchStatus = "active"
	BatchExpired  BatchStatus = "expired"
	BatchRecalled BatchStatus = "recalled"
)

// PackStatus is what DrugBatches' packStatus says of one pack, by name.
type PackStatus string

// Pack states, in the contract's order of precedence (the first that applies).
const (
	PackNotAuthentic PackStatus = "not_authentic"
	PackDispensed    PackStatus = "dispensed"
	PackRecalled     PackStatus = "recalled"
	PackQuarantined  PackStatus = "quarantined"
	PackExpired      PackStatus = "expired"
	PackActive       PackStatus = "active"
)

// HandOverStatus is the state of a hand-over.
type HandOverStatus string

// Hand-over states.
const (
	HandOverPending   HandOverStatus = "pending"
	HandOverAccepted  HandOverStatus = "accepted"
	HandOverCancelled HandOverStatus = "cancelled"
)

// PrescriptionStatus is a prescription's state as the API reports it.
type PrescriptionStatus string

// Prescription states: cancelled by the prescriber, every fill dispensed,
// past validUntil, or still dispensable.
const (
	PrescriptionActive    PrescriptionStatus = "active"
	PrescriptionCompleted PrescriptionStatus = "completed"
	PrescriptionExpired   PrescriptionStatus = "expired"
	PrescriptionCancelled PrescriptionStatus = "cancelled"
)

// NewBatch is a batch to register, with the serials of its packs.
type NewBatch struct {
	// GTIN is the GTIN-14 as its integer value (check digit verified).
	GTIN uint64
	// Lot is the batch or lot number (GS1 AI 10).
	Lot string
	// ManufacturedAt is the start (00:00 UTC) of the manufacture day.
	ManufacturedAt time.Time
	// Expiry is the expiry date as packs print it (GS1 AI 17); the batch
	// expires at its end, 23:59:59 UTC.
	Expiry gs1.Date
	// MinTemperature and MaxTemperature bound the allowed storage range.
	MinTemperature, MaxTemperature int16
	// Document is the CID of a document the manufacturer published with
	// POST /v1/ipfs (e.g. the certificate of analysis); empty when none.
	Document string
	// Serials are the pack serials (GS1 AI 21), distinct, in upload order.
	Serials []string
}

// Batch is a registered batch at the chain's head.
type Batch struct {
	ID           [32]byte
	Manufacturer common.Address
	GTIN         uint64
	Lot          string
	Status       BatchStatus
	// Number is the batch's sequence number (from 1).
	Number         uint64
	ManufacturedAt time.Time
	ExpiresAt      time.Time
	RegisteredAt   time.Time
	PackCount      uint32
	MinTemperature int16
	MaxTemperature int16
	SerialRoot     [32]byte
	CertificateCID string
	// SerialTreeCID is the CID of the serial list the Merkle tree is built
	// from; empty when the certificate does not name one.
	SerialTreeCID string
	// Holders are the accounts that ever held the batch, in order of first
	// receipt, with their stock.
	Holders []Holding
}

// Holding is one holder's stock of a batch, in packs.
type Holding struct {
	Holder      common.Address
	OnHand      uint32
	PendingOut  uint32
	Received    uint64
	Sent        uint64
	Dispensed   uint32
	Quarantined bool
	// QuarantinedAt is the device time of the reading that quarantined the
	// holding; zero when not quarantined.
	QuarantinedAt time.Time
	// Penalties are those recorded against the holder, all batches together.
	Penalties uint32
}

// RegisteredBatch is the outcome of a registration.
type RegisteredBatch struct {
	Batch Batch
	Tx    TxResult
}

// SerialProof is the Merkle proof of one pack serial in its batch's tree.
type SerialProof struct {
	BatchID       [32]byte
	Serial        string
	Leaf          [32]byte
	Root          [32]byte
	Proof         [][32]byte
	SerialTreeCID string
}

// HandOver is a two-step custody transfer.
type HandOver struct {
	ID        uint64
	BatchID   [32]byte
	From      common.Address
	To        common.Address
	Quantity  uint32
	Status    HandOverStatus
	CreatedAt time.Time
}

// SignedReading is a temperature reading a device signed (see backend/telemetry).
type SignedReading struct {
	BatchID     [32]byte
	Holder      common.Address
	Timestamp   time.Time
	Temperature int16
	// Signature is the compact EIP-2098 signature (r, yParity and s).
	Signature [64]byte
}

// ReadingReport says what became of submitted readings.
type ReadingReport struct {
	Received int
	// Accepted were recorded on chain; Skipped were already recorded or
	// superseded (not after the device's latest reading of the batch).
	Accepted, Skipped uint64
	Rejected          []RejectedReading
	Transactions      []ReadingTx
	Quarantines       []Quarantine
	// LateExcursions are out-of-range readings older than the device's
	// latest recorded reading of the batch: never evaluated on chain, so
	// reported for review (telemetry.Report.LateExcursions).
	LateExcursions []LateExcursion
	// MaxPerTransaction is the packer's bound on readings per transaction.
	MaxPerTransaction int
}

// RejectedReading is a reading refused before submission.
type RejectedReading struct {
	Index int
	// Device is the recovered signer; zero when the signature is malformed.
	Device common.Address
	// Reason is a lowercase clause for people.
	Reason string
}

// ReadingTx is one mined submission.
type ReadingTx struct {
	Tx       TxResult
	Readings int
	GasUsed  uint64
}

// Quarantine is a holding quarantined by an excursion, with the penalty
// recorded against its holder.
type Quarantine struct {
	BatchID     [32]byte
	Holder      common.Address
	Device      common.Address
	At          time.Time
	Temperature int16
	Quantity    uint32
	Penalties   uint32
}

// LateExcursion is an out-of-range reading that arrived after a later reading
// of its device and batch had been recorded.
type LateExcursion struct {
	Index         int
	BatchID       [32]byte
	Holder        common.Address
	Device        common.Address
	At            time.Time
	Temperature   int16
	RecordedUntil time.Time
}

// PackVerification is the verdict on one scanned pack.
type PackVerification struct {
	Code    gs1.Code
	BatchID [32]byte
	Status  PackStatus
	// Reason says why the pack is not usable; empty when active.
	Reason string
	// Batch is the registered batch; nil when unknown.
	Batch *Batch
	// Holding is the stock of the holder asked about; nil when none was named.
	Holding *Holding
	// Dispensed is set when the serial was dispensed (decommissioned).
	Dispensed *DispensedSerial
}

// DispensedSerial is what the chain knows of a decommissioned serial.
type DispensedSerial struct {
	Holder       common.Address
	DispensedAt  time.Time
	CloneReports uint32
}

// CloneReport is the outcome of a suspected-clone report.
type CloneReport struct {
	BatchID [32]byte
	Serial  string
	// Reports is the serial's number of reports so far.
	Reports uint32
	Tx      TxResult
}

// PrescriptionRequest is a prescription to issue.
type PrescriptionRequest struct {
	Patient common.Address
	// GTIN of the product; 0 when prescribed by code only.
	GTIN            uint64
	CodeSystem      string
	Code            string
	QuantityPerFill uint16
	Refills         uint16
	ValidUntil      time.Time
	// MinFillInterval is the least time between two fills, whole seconds.
	MinFillInterval time.Duration
	Controlled      bool
	// CID is the encrypted FHIR MedicationRequest.
	CID string
}

// Prescription is a prescription at the chain's head, with its fills.
type Prescription struct {
	ID              uint64
	Patient         common.Address
	Prescriber      common.Address
	GTIN            uint64
	CodeSystem      string
	Code            string
	QuantityPerFill uint16
	Refills         uint16
	FillsDispensed  uint16
	IssuedAt        time.Time
	ValidUntil      time.Time
	MinFillInterval time.Duration
	LastFillAt      time.Time
	Controlled      bool
	Status          PrescriptionStatus
	CID             string
	Fills           []Fill
}

// Fill is one dispensed fill.
type Fill struct {
	Number      uint16
	Pharmacy    common.Address
	DispensedAt time.Time
	BatchIDs    [][32]byte
	CID         string
}

// DispenseRequest dispenses one fill of a prescription.
type DispenseRequest struct {
	PrescriptionID uint64
	Fill           uint16
	// Packs are the scanned pack codes, all four AIs present.
	Packs []gs1.Code
	// CID is the encrypted FHIR MedicationDispense.
	CID string
	// Deadline and PatientSignature authorise a controlled fill; zero and nil
	// otherwise.
	Deadline         time.Time
	PatientSignature []byte
}

// DispenseTypedDataRequest asks for the typed data a patient signs to
// authorise one fill of a controlled prescription at one pharmacy.
type DispenseTypedDataRequest struct {
	PrescriptionID uint64
	Fill           uint16
	Pharmacy       common.Address
	// Deadline defaults to one hour from now when zero.
	Deadline time.Time
}

// PrescriptionQuery selects one page of prescriptions, by id ascending.
// Exactly one of Patient, Prescriber, Pharmacy and Batch is set.
type PrescriptionQuery struct {
	Patient    *common.Address
	Prescriber *common.Address
	// Pharmacy selects the prescriptions the pharmacy dispensed a fill of.
	Pharmacy *common.Address
	// Batch selects the prescriptions a fill of which held a pack of the batch.
	Batch *[32]byte
	// After is the id of the last prescription of the previous page; 0 starts.
	After uint64
	// Limit is the page size, 1 to 200.
	Limit int
}

// PrescriptionPage is one page of prescriptions.
type PrescriptionPage struct {
	Prescriptions []Prescription
	// Next is the id of the last prescription when more follow.
	Next *uint64
}

// Pharma is what the API needs from the DrugBatches and Prescriptions
// contracts and the serial trees in IPFS. Writes from `from` are sent from
// that keystore account and wait for their receipts; reads are at the
// chain's head. Errors follow the conventions of [Registry]; unknown batches,
// hand-overs, prescriptions and serials wrap ErrNotFound.
type Pharma interface {
	// RegisterBatch builds the serial tree of b, publishes it and the batch
	// certificate in IPFS, and registers the batch from the manufacturer from.
	RegisterBatch(ctx context.Context, from common.Address, b NewBatch) (RegisteredBatch, error)
	// Batch returns a batch with its holders.
	Batch(ctx context.Context, id [32]byte) (Batch, error)
	// SerialProof returns the proof of serial in the batch's published tree.
	SerialProof(ctx context.Context, id [32]byte, serial string) (SerialProof, error)
	// HandOver hands quantity packs of the batch over to `to`.
	HandOver(ctx context.Context, from common.Address, batchID [32]byte, to common.Address, quantity uint32) (HandOver, TxResult, error)
	// AcceptHandOver accepts a pending hand-over addressed to from.
	AcceptHandOver(ctx context.Context, from common.Address, id uint64) (HandOver, TxResult, error)
	// CancelHandOver cancels a pending hand-over sent by from.
	CancelHandOver(ctx context.Context, from common.Address, id uint64) (HandOver, TxResult, error)
	// HandOverRecord returns a hand-over.
	HandOverRecord(ctx context.Context, id uint64) (HandOver, error)
	// Recall recalls a batch (its manufacturer or a regulator).
	Recall(ctx context.Context, from common.Address, batchID, reason [32]byte) (TxResult, error)
	// ReleaseQuarantine releases a quarantined holding (a regulator).
	ReleaseQuarantine(ctx context.Context, from common.Address, batchID [32]byte, holder common.Address, reason [32]byte) (TxResult, error)
	// SubmitReadings checks signed readings and records the good ones in
	// packed transactions sent from from.
	SubmitReadings(ctx context.Context, from common.Address, readings []SignedReading) (ReadingReport, error)
	// VerifyPack says whether a scanned pack is authentic and usable; holder,
	// when not zero, is the holder whose quarantine counts.
	VerifyPack(ctx context.Context, code gs1.Code, holder common.Address) (PackVerification, error)
	// ReportClone reports a dispensed serial presented again.
	ReportClone(ctx context.Context, from common.Address, code gs1.Code) (CloneReport, error)
	// Issue issues a prescription from the prescriber from.
	Issue(ctx context.Context, from common.Address, req PrescriptionRequest) (Prescription, TxResult, error)
	// Prescription returns a prescription with its fills.
	Prescription(ctx context.Context, id uint64) (Prescription, error)
	// Dispense dispenses a fill from the pharmacy from.
	Dispense(ctx context.Context, from common.Address, req DispenseRequest) (Prescription, TxResult, error)
	// CancelPrescription cancels a prescription (its prescriber).
	CancelPrescription(ctx context.Context, from common.Address, id uint64, reason [32]byte) (TxResult, error)
	// DispenseTypedData returns the EIP-712 typed data of a controlled fill's
	// authorisation, for the patient's wallet.
	DispenseTypedData(ctx context.Context, req DispenseTypedDataRequest) (TypedData, error)
	// Prescriptions lists prescriptions matching q.
	Prescriptions(ctx context.Context, q PrescriptionQuery) (PrescriptionPage, error)
}
