package api

import (
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/gs1"
)

// Response bodies of the supply-chain and prescription endpoints, with the
// conventions of response.go. GTINs are their 14 digits, dates of pack codes
// YYYY-MM-DD, temperatures hundredths of a degree Celsius.

type holdingResponse struct {
	Holder        string `json:"holder"`
	OnHand        uint32 `json:"onHand"`
	PendingOut    uint32 `json:"pendingOut"`
	Received      uint64 `json:"received"`
	Sent          uint64 `json:"sent"`
	Dispensed     uint32 `json:"dispensed"`
	Quarantined   bool   `json:"quarantined"`
	QuarantinedAt string `json:"quarantinedAt,omitempty"`
	Penalties     uint32 `json:"penalties"`
}

type batchResponse struct {
	BatchID        string            `json:"batchId"`
	GTIN           string            `json:"gtin"`
	Lot            string            `json:"lot"`
	Manufacturer   string            `json:"manufacturer"`
	Number         uint64            `json:"number"`
	Status         BatchStatus       `json:"status"`
	ManufacturedAt string            `json:"manufacturedAt"`
	ExpiresAt      string            `json:"expiresAt"`
	RegisteredAt   string            `json:"registeredAt"`
	PackCount      uint32            `json:"packCount"`
	MinTemperature int16             `json:"minTemperature"`
	MaxTemperature int16             `json:"maxTemperature"`
	SerialRoot     string            `json:"serialRoot"`
	CertificateCID string            `json:"certificateCid"`
	SerialTreeCID  string            `json:"serialTreeCid,omitempty"`
	Holders        []holdingResponse `json:"holders"`
}

type registeredBatchResponse struct {
	Batch batchResponse `json:"batch"`
	Tx    txResponse    `json:"tx"`
}

type serialProofResponse struct {
	BatchID       string   `json:"batchId"`
	Serial        string   `json:"serial"`
	Leaf          string   `json:"leaf"`
	Root          string   `json:"root"`
	Proof         []string `json:"proof"`
	SerialTreeCID string   `json:"serialTreeCid"`
}

type handOverResponse struct {
	ID        uint64         `json:"id"`
	BatchID   string         `json:"batchId"`
	From      string         `json:"from"`
	To        string         `json:"to"`
	Quantity  uint32         `json:"quantity"`
	Status    HandOverStatus `json:"status"`
	CreatedAt string         `json:"createdAt"`
}

type handOverTxResponse struct {
	HandOver handOverResponse `json:"handOver"`
	Tx       txResponse       `json:"tx"`
}

type rejectedReadingResponse struct {
	Index  int    `json:"index"`
	Device string `json:"device,omitempty"`
	Reason string `json:"reason"`
}

type readingTxResponse struct {
	Tx       txResponse `json:"tx"`
	Readings int        `json:"readings"`
	GasUsed  uint64     `json:"gasUsed"`
}

type quarantineResponse struct {
	BatchID     string `json:"batchId"`
	Holder      string `json:"holder"`
	Device      string `json:"device"`
	At          string `json:"at"`
	Temperature int16  `json:"temperature"`
	Quantity    uint32 `json:"quantity"`
	Penalties   uint32 `json:"penalties"`
}

type readingReportResponse struct {
	Received          int                       `json:"received"`
	Accepted          uint64                    `json:"accepted"`
	Skipped           uint64                    `json:"skipped"`
	Rejected          []rejectedReadingResponse `json:"rejected"`
	Transactions      []readingTxResponse       `json:"transactions"`
	Quarantines       []quarantineResponse      `json:"quarantines"`
	LateExcursions    []lateExcursionResponse   `json:"lateExcursions"`
	MaxPerTransaction int                       `json:"maxPerTransaction"`
}

type lateExcursionResponse struct {
	Index         int    `json:"index"`
	BatchID       string `json:"batchId"`
	Holder        string `json:"holder"`
	Device        string `json:"device"`
	At            string `json:"at"`
	Temperature   int16  `json:"temperature"`
	RecordedUntil string `json:"recordedUntil"`
}

type packCodeResponse struct {
	GTIN   string `json:"gtin"`
	Expiry string `json:"expiry"`
	Lot    string `json:"lot"`
	Serial string `json:"serial"`
	HRI    string `json:"hri"`
}

type dispensedSerialResponse struct {
	Holder       string `json:"holder"`
	DispensedAt  string `json:"dispensedAt"`
	CloneReports uint32 `json:"cloneReports"`
}

type verificationResponse struct {
	Authentic      bool                     `json:"authentic"`
	Usable         bool                     `json:"usable"`
	Status         PackStatus               `json:"status"`
	Reason         string                   `json:"reason,omitempty"`
	SuspectedClone bool                     `json:"suspectedClone"`
	Code           packCodeResponse         `json:"code"`
	BatchID        string                   `json:"batchId"`
	Batch          *batchResponse           `json:"batch,omitempty"`
	Holding        *holdingResponse         `json:"holding,omitempty"`
	Dispensed      *dispensedSerialResponse `json:"dispensed,omitempty"`
}

type cloneReportResponse struct {
	BatchID string     `json:"batchId"`
	Serial  string     `json:"serial"`
	Reports uint32     `json:"reports"`
	Tx      txResponse `json:"tx"`
}

type fillResponse struct {
	Fill        uint16   `json:"fill"`
	Pharmacy    string   `json:"pharmacy"`
	DispensedAt string   `json:"dispensedAt"`
	BatchIDs    []string `json:"batchIds"`
	CID         string   `json:"cid"`
}

type prescriptionResponse struct {
	ID              uint64             `json:"id"`
	Patient         string             `json:"patient"`
	Prescriber      string             `json:"prescriber"`
	GTIN            string             `json:"gtin,omitempty"`
	CodeSystem      string             `json:"codeSystem,omitempty"`
	Code            string             `json:"code,omitempty"`
	QuantityPerFill uint16             `json:"quantityPerFill"`
	Refills         uint16             `json:"refills"`
	FillsDispensed  uint16             `json:"fillsDispensed"`
	FillsLeft       uint16             `json:"fillsLeft"`
	IssuedAt        string             `json:"issuedAt"`
	ValidUntil      string             `json:"validUntil"`
	MinFillInterval int64              `json:"minFillInterval"`
	LastFillAt      string             `json:"lastFillAt,omitempty"`
	Controlled      bool               `json:"controlled"`
	Status          PrescriptionStatus `json:"status"`
	CID             string             `json:"cid"`
	Fills           []fillResponse     `json:"fills"`
}

type prescriptionTxResponse struct {
	Prescription prescriptionResponse `json:"prescription"`
	Tx           txResponse           `json:"tx"`
}

type dispensedResponse struct {
	Prescription prescriptionResponse `json:"prescription"`
	Fill         fillResponse         `json:"fill"`
	Tx           txResponse           `json:"tx"`
}

type prescriptionListResponse struct {
	Items      []prescriptionResponse `json:"items"`
	NextCursor string                 `json:"nextCursor,omitempty"`
}

func hex32(b [32]byte) string { return hexutil.Encode(b[:]) }

func batchPath(id [32]byte) string  { return "/v1/batches/" + hex32(id) }
func handOverPath(id uint64) string { return "/v1/handovers/" + strconv.FormatUint(id, 10) }
func prescriptionPath(id uint64) string {
	return "/v1/prescriptions/" + strconv.FormatUint(id, 10)
}

func newHoldingResponse(h Holding) holdingResponse {
	return holdingResponse{Holder: h.Holder.Hex(), OnHand: h.OnHand, PendingOut: h.PendingOut, Received: h.Received,
		Sent: h.Sent, Dispensed: h.Dispensed, Quarantined: h.Quarantined, QuarantinedAt: formatTime(h.QuarantinedAt),
		Penalties: h.Penalties}
}

func newBatchResponse(b Batch) batchResponse {
	out := batchResponse{
		BatchID: hex32(b.ID), GTIN: formatGTIN(b.GTIN), Lot: b.Lot, Manufacturer: b.Manufacturer.Hex(), Number: b.Number,
		Status: b.Status, ManufacturedAt: formatTime(b.ManufacturedAt), ExpiresAt: formatTime(b.ExpiresAt),
		RegisteredAt: formatTime(b.RegisteredAt), PackCount: b.PackCount, MinTemperature: b.MinTemperature,
		MaxTemperature: b.MaxTemperature, SerialRoot: hex32(b.SerialRoot), CertificateCID: b.CertificateCID,
		SerialTreeCID: b.SerialTreeCID, Holders: make([]holdingResponse, len(b.Holders)),
	}
	for i, h := range b.Holders {
		out.Holders[i] = newHoldingResponse(h)
	}
	return out
}

func newHandOverResponse(h HandOver) handOverResponse {
	return handOverResponse{ID: h.ID, BatchID: hex32(h.BatchID), From: h.From.Hex(), To: h.To.Hex(), Quantity: h.Quantity,
		Status: h.Status, CreatedAt: formatTime(h.CreatedAt)}
}

func newReadingReportResponse(r ReadingReport) readingReportResponse {
	out := readingReportResponse{Received: r.Received, Accepted: r.Accepted, Skipped: r.Skipped, MaxPerTransaction: r.MaxPerTransaction,
		Rejected: make([]rejectedReadingResponse, len(r.Rejected)), Transactions: make([]readingTxResponse, len(r.Transactions)),
		Quarantines: make([]quarantineResponse, len(r.Quarantines)), LateExcursions: make([]lateExcursionResponse, len(r.LateExcursions))}
	for i, rj := range r.Rejected {
		out.Rejected[i] = rejectedReadingResponse{Index: rj.Index, Reason: rj.Reason}
		if rj.Device != ([20]byte{}) {
			out.Rejected[i].Device = rj.Device.Hex()
		}
	}
	for i, t := range r.Transactions {
		out.Transactions[i] = readingTxResponse{Tx: newTxResponse(t.Tx), Readings: t.Readings, GasUsed: t.GasUsed}
	}
	for i, q := range r.Quarantines {
		out.Quarantines[i] = quarantineResponse{BatchID: hex32(q.BatchID), Holder: q.Holder.Hex(), Device: q.Device.Hex(),
			At: formatTime(q.At), Temperature: q.Temperature, Quantity: q.Quantity, Penalties: q.Penalties}
	}
	for i, l := range r.LateExcursions {
		out.LateExcursions[i] = lateExcursionResponse{Index: l.Index, BatchID: hex32(l.BatchID), Holder: l.Holder.Hex(), Device: l.Device.Hex(),
			At: formatTime(l.At), Temperature: l.Temperature, RecordedUntil: formatTime(l.RecordedUntil)}
	}
	return out
}

func newPackCodeResponse(c gs1.Code) packCodeResponse {
	out := packCodeResponse{GTIN: c.GTIN, Lot: c.Lot, Serial: c.Serial, HRI: c.HRI()}
	if !c.Expiry.IsZero() {
		out.Expiry = c.Expiry.LastDay().Format("2006-01-02")
	}
	return out
}

func newVerificationResponse(v PackVerification) verificationResponse {
	out := verificationResponse{
		Authentic:      v.Status != PackNotAuthentic,
		Usable:         v.Status == PackActive,
		Status:         v.Status,
		Reason:         v.Reason,
		SuspectedClone: v.Status == PackDispensed,
		Code:           newPackCodeResponse(v.Code),
		BatchID:        hex32(v.BatchID),
	}
	if v.Batch != nil {
		b := newBatchResponse(*v.Batch)
		out.Batch = &b
	}
	if v.Holding != nil {
		h := newHoldingResponse(*v.Holding)
		out.Holding = &h
	}
	if v.Dispensed != nil {
		out.Dispensed = &dispensedSerialResponse{Holder: v.Dispensed.Holder.Hex(), DispensedAt: formatTime(v.Dispensed.DispensedAt),
			CloneReports: v.Dispensed.CloneReports}
	}
	return out
}

func newFillResponse(f Fill) fillResponse {
	out := fillResponse{Fill: f.Number, Pharmacy: f.Pharmacy.Hex(), DispensedAt: formatTime(f.DispensedAt), CID: f.CID,
		BatchIDs: make([]string, len(f.BatchIDs))}
	for i, b := range f.BatchIDs {
		out.BatchIDs[i] = hex32(b)
	}
	return out
}

func newPrescriptionResponse(p Prescription) prescriptionResponse {
	out := prescriptionResponse{
		ID: p.ID, Patient: p.Patient.Hex(), Prescriber: p.Prescriber.Hex(), CodeSystem: p.CodeSystem, Code: p.Code,
		QuantityPerFill: p.QuantityPerFill, Refills: p.Refills, FillsDispensed: p.FillsDispensed,
		IssuedAt: formatTime(p.IssuedAt), ValidUntil: formatTime(p.ValidUntil), MinFillInterval: int64(p.MinFillInterval.Seconds()),
		LastFillAt: formatTime(p.LastFillAt), Controlled: p.Controlled, Status: p.Status, CID: p.CID,
		Fills: make([]fillResponse, len(p.Fills)),
	}
	if p.GTIN != 0 {
		out.GTIN = formatGTIN(p.GTIN)
	}
	if total := int(p.Refills) + 1; total > int(p.FillsDispensed) {
		out.FillsLeft = uint16(total - int(p.FillsDispensed))
	}
	for i, f := range p.Fills {
		out.Fills[i] = newFillResponse(f)
	}
	return out
}

func newPrescriptionList(page PrescriptionPage) prescriptionListResponse {
	out := prescriptionListResponse{Items: make([]prescriptionResponse, len(page.Prescriptions))}
	for i, p := range page.Prescriptions {
		out.Items[i] = newPrescriptionResponse(p)
	}
	if page.Next != nil {
		out.NextCursor = encodePrescriptionCursor(*page.Next)
	}
	return out
}
