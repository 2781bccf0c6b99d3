package api

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/gs1"
)

// Values of the supply-chain and prescription tests.
var (
	testBatchID     = common.HexToHash("0x5f1c0c8e8a3c3c1c9c6c7b3f0e1b4d6c2a9f8e7d6c5b4a3928170615141312a1")
	testBatchHex    = testBatchID.Hex()
	testGTIN        = "09506000134352"
	testPackHRI     = "(01)09506000134352(17)271231(10)LOT42(21)SN0001"
	testPackRaw     = "]d2\x1d01" + testGTIN + "17271231" + "10LOT42\x1d21SN0001"
	manufacturerTok = hospitalToken // the hospital's token plays the institution of every write
)

// fakePharma is a Pharma that records calls and answers with canned values;
// err makes every call fail.
type fakePharma struct {
	recorder
	err      error
	batch    Batch
	handOver HandOver
	rx       Prescription
	report   ReadingReport
	verdict  PackVerification
	serials  []string
}

func newFakePharma() *fakePharma {
	b := Batch{ID: testBatchID, Manufacturer: hospitalAccount, GTIN: 9506000134352, Lot: "LOT42", Status: BatchActive, Number: 1,
		ManufacturedAt: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), ExpiresAt: time.Date(2027, 12, 31, 23, 59, 59, 0, time.UTC),
		RegisteredAt: fixedNow, PackCount: 3, MinTemperature: 200, MaxTemperature: 800, SerialRoot: [32]byte{3},
		CertificateCID: testCID, SerialTreeCID: testCID,
		Holders: []Holding{{Holder: hospitalAccount, OnHand: 2, Received: 3, Sent: 1},
			{Holder: pharmacyAccount, OnHand: 1, Received: 1, Quarantined: true, QuarantinedAt: fixedNow.Add(-time.Hour), Penalties: 1}}}
	code, _ := gs1.Parse(testPackHRI)
	return &fakePharma{
		batch:    b,
		handOver: HandOver{ID: 7, BatchID: testBatchID, From: hospitalAccount, To: pharmacyAccount, Quantity: 1, Status: HandOverPending, CreatedAt: fixedNow},
		rx: Prescription{ID: 1, Patient: patientAccount, Prescriber: hospitalAccount, GTIN: 9506000134352, QuantityPerFill: 1, Refills: 1,
			FillsDispensed: 1, IssuedAt: fixedNow, ValidUntil: fixedNow.AddDate(0, 3, 0), LastFillAt: fixedNow, Status: PrescriptionActive, CID: testCID,
			Fills: []Fill{{Number: 1, Pharmacy: pharmacyAccount, DispensedAt: fixedNow, BatchIDs: [][32]byte{testBatchID}, CID: testCID}}},
		report: ReadingReport{Received: 2, Accepted: 1, Skipped: 0, MaxPerTransaction: 500,
			Rejected:     []RejectedReading{{Index: 1, Device: deviceAccount, Reason: "the signer is not a device bound to the reading's holder"}},
			Transactions: []ReadingTx{{Tx: minedTx, Readings: 1, GasUsed: 72980}},
			Quarantines:  []Quarantine{{BatchID: testBatchID, Holder: pharmacyAccount, Device: deviceAccount, At: fixedNow, Temperature: 1250, Quantity: 1, Penalties: 1}}},
		verdict: PackVerification{Code: *code, BatchID: testBatchID, Status: PackActive, Batch: &b,
			Holding: &Holding{Holder: pharmacyAccount, OnHand: 1, Received: 1}},
	}
}

func (f *fakePharma) RegisterBatch(_ context.Context, from common.Address, b NewBatch) (RegisteredBatch, error) {
	f.serials = b.Serials
	b.Serials = nil
	f.record("RegisterBatch", from, b)
	return RegisteredBatch{Batch: f.batch, Tx: minedTx}, f.err
}

func (f *fakePharma) Batch(_ context.Context, id [32]byte) (Batch, error) {
	f.record("Batch", id)
	return f.batch, f.err
}

func (f *fakePharma) SerialProof(_ context.Context, id [32]byte, serial string) (SerialProof, error) {
	f.record("SerialProof", id, serial)
	return SerialProof{BatchID: id, Serial: serial, Leaf: [32]byte{4}, Root: [32]byte{3}, Proof: [][32]byte{{5}, {6}}, SerialTreeCID: testCID}, f.err
}

func (f *fakePharma) HandOver(_ context.Context, from common.Address, batchID [32]byte, to common.Address, quantity uint32) (HandOver, TxResult, error) {
	f.record("HandOver", from, batchID, to, quantity)
	return f.handOver, minedTx, f.err
}

func (f *fakePharma) AcceptHandOver(_ context.Context, from common.Address, id uint64) (HandOver, TxResult, error) {
	f.record("AcceptHandOver", from, id)
	h := f.handOver
	h.Status = HandOverAccepted
	return h, minedTx, f.err
}

func (f *fakePharma) CancelHandOver(_ context.Context, from common.Address, id uint64) (HandOver, TxResult, error) {
	f.record("CancelHandOver", from, id)
	h := f.handOver
	h.Status = HandOverCancelled
	return h, minedTx, f.err
}

func (f *fakePharma) HandOverRecord(_ context.Context, id uint64) (HandOver, error) {
	f.record("HandOverRecord", id)
	return f.handOver, f.err
}

func (f *fakePharma) Recall(_ context.Context, from common.Address, batchID, reason [32]byte) (TxResult, error) {
	f.record("Recall", from, batchID, reason)
	return minedTx, f.err
}

func (f *fakePharma) ReleaseQuarantine(_ context.Context, from common.Address, batchID [32]byte, holder common.Address, reason [32]byte) (TxResult, error) {
	f.record("ReleaseQuarantine", from, batchID, holder, reason)
	return minedTx, f.err
}

func (f *fakePharma) SubmitReadings(_ context.Context, from common.Address, readings []SignedReading) (ReadingReport, error) {
	f.record("SubmitReadings", from, readings)
	r := f.report
	r.Received = len(readings)
	return r, f.err
}

func (f *fakePharma) VerifyPack(_ context.Context, code gs1.Code, holder common.Address) (PackVerification, error) {
	f.record("VerifyPack", code, holder)
	return f.verdict, f.err
}

func (f *fakePharma) ReportClone(_ context.Context, from common.Address, code gs1.Code) (CloneReport, error) {
	f.record("ReportClone", from, code)
	return CloneReport{BatchID: testBatchID, Serial: code.Serial, Reports: 2, Tx: minedTx}, f.err
}

func (f *fakePharma) Issue(_ context.Context, from common.Address, req PrescriptionRequest) (Prescription, TxResult, error) {
	f.record("Issue", from, req)
	return f.rx, minedTx, f.err
}

func (f *fakePharma) Prescription(_ context.Context, id uint64) (Prescription, error) {
	f.record("Prescription", id)
	return f.rx, f.err
}

func (f *fakePharma) Dispense(_ context.Context, from common.Address, req DispenseRequest) (Prescription, TxResult, error) {
	f.record("Dispense", from, req)
	rx := f.rx
	if int(req.Fill) > len(rx.Fills) {
		// The new fill, as the chain would record it.
		rx.Fills = append(append([]Fill(nil), rx.Fills...), Fill{Number: req.Fill, Pharmacy: from, DispensedAt: fixedNow,
			BatchIDs: [][32]byte{testBatchID}, CID: req.CID})
		rx.FillsDispensed = req.Fill
	}
	return rx, minedTx, f.err
}

func (f *fakePharma) CancelPrescription(_ context.Context, from common.Address, id uint64, reason [32]byte) (TxResult, error) {
	f.record("CancelPrescription", from, id, reason)
	return minedTx, f.err
}

func (f *fakePharma) DispenseTypedData(_ context.Context, req DispenseTypedDataRequest) (TypedData, error) {
	f.record("DispenseTypedData", req)
	return TypedData{
		"types":       map[string]any{"DispenseAuthorization": []any{map[string]any{"name": "prescriptionId", "type": "uint64"}}},
		"primaryType": "DispenseAuthorization",
		"domain":      map[string]any{"name": "Salus Prescriptions", "version": "1", "chainId": "1337"},
		"message":     map[string]any{"prescriptionId": "1", "fill": "2", "pharmacy": req.Pharmacy.Hex(), "deadline": "1748782800"},
	}, f.err
}

func (f *fakePharma) Prescriptions(_ context.Context, q PrescriptionQuery) (PrescriptionPage, error) {
	f.record("Prescriptions", q)
	next := uint64(1)
	return PrescriptionPage{Prescriptions: []Prescription{f.rx}, Next: &next}, f.err
}

var _ Pharma = (*fakePharma)(nil)

// pharmaHarness is a harness whose server has a fakePharma.
type pharmaHarness struct {
	*harness
	pharma *fakePharma
}

// rxRecordCID is the CID of record version 44, the prescriptions record of
// the patient that newPharmaHarness gives the hospital: issueJS and
// dispenseJS name it, and the contract gets its CID.
const rxRecordCID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

func newPharmaHarness(t *testing.T, configure ...func(*Config)) *pharmaHarness {
	t.Helper()
	fp := newFakePharma()
	h := newHarnessDeps(t, func(d *Deps) { d.Pharma = fp }, configure...)
	// A prescriptions record of the patient that the hospital wrote.
	h.records.versions[44] = RecordVersion{ID: 44, Patient: patientAccount, Author: hospitalAccount, Category: CategoryPrescriptions,
		CID: rxRecordCID, MediaType: fhirMediaType, Size: 10}
	return &pharmaHarness{harness: h, pharma: fp}
}

// serials is a serial list body of n serials.
func serialsBody(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("SN")
		b.WriteString(strings.Repeat("0", 4))
		b.WriteByte(byte('0' + i%10))
		b.WriteByte(byte('0' + i/10%10))
		b.WriteByte(byte('0' + i/100%10))
		b.WriteString("\n")
	}
	return b.String()
}
