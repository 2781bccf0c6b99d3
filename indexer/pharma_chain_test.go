package indexer

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// Registry roles the pharma flow licenses.
const (
	roleProvider     = 1
	rolePharmacy     = 3
	roleManufacturer = 4
	roleDistributor  = 5
)

// pharmaParties are the accounts of the supply chain; all but the sensor
// are funded.
type pharmaParties struct {
	manufacturer, distributor, pharmacy, sensor party
}

func newPharmaParties() pharmaParties {
	return pharmaParties{newParty(), newParty(), newParty(), newParty()}
}

func (p pharmaParties) funded() []party { return []party{p.manufacturer, p.distributor, p.pharmacy} }

// pharmaRun is what the pharma flow did, for checking the index.
type pharmaRun struct {
	batch        [32]byte
	gtin         uint64
	serials      []string
	handOvers    []uint64 // ids: manufacturer->distributor (accepted), manufacturer->pharmacy (cancelled), distributor->pharmacy (accepted)
	rxByGTIN     uint64   // dispensed (fill 1)
	rxByCode     uint64   // cancelled
	holders      []common.Address
	excursionAt  uint64
	prescriber   common.Address
	patient      common.Address
	batchesAddr  common.Address
	rxAddr       common.Address
	recallReason [32]byte
}

// gtinWithCheck appends the GS1 check digit to 13 data digits.
func gtinWithCheck(data uint64) uint64 {
	sum, rest := uint64(0), data
	for i := 0; i < 13; i++ {
		d := rest % 10
		rest /= 10
		if i%2 == 0 {
			sum += 3 * d
		} else {
			sum += d
		}
	}
	return data*10 + (10-sum%10)%10
}

// runPharma drives DrugBatches and Prescriptions through every event kind:
// registration, hand-overs accepted and cancelled, signed telemetry in range
// and out of range (quarantine and penalty), release, prescriptions issued,
// dispensed through Prescriptions and cancelled, a pack dispensed over the
// counter, a suspected clone, and a recall of a batch with three holders.
// provider must be a licensed provider.
func (e *chainEnv) runPharma(t *testing.T, ps pharmaParties, provider, patient party) pharmaRun {
	t.Helper()
	batches, err := bindings.NewDrugBatches(e.manifest.Address("DrugBatches"), e.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	rx, err := bindings.NewPrescriptions(e.manifest.Address("Prescriptions"), e.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	run := pharmaRun{gtin: gtinWithCheck(950600013435), prescriber: provider.addr, patient: patient.addr,
		batchesAddr: e.manifest.Address("DrugBatches"), rxAddr: e.manifest.Address("Prescriptions"), recallReason: [32]byte{0x4e}}
	until := future(365 * 24 * time.Hour)
	for _, l := range []struct {
		p    party
		role uint8
	}{{ps.manufacturer, roleManufacturer}, {ps.distributor, roleDistributor}, {ps.pharmacy, rolePharmacy}} {
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, l.p.addr, l.role, "pharma "+l.p.addr.Hex()[:8], [32]byte{3}, until)
		})
	}
	e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.RegisterDevice(o, ps.sensor.addr, ps.distributor.addr, [32]byte{0x5e})
	})

	// A batch of six packs.
	const lot = "LOT-IDX-1"
	run.batch = merkle.BatchID(run.gtin, lot)
	for i := 1; i <= 6; i++ {
		run.serials = append(run.serials, fmt.Sprintf("S-%04d", i))
	}
	tree, err := merkle.BuildFunc(len(run.serials), func(i int) (merkle.Hash, error) {
		return merkle.SerialLeaf(run.batch, run.serials[i]), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	proof := func(serial string) [][32]byte {
		p, err := tree.Proof(merkle.SerialLeaf(run.batch, serial))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	reg := bindings.IDrugBatchesBatchRegistration{
		Gtin: run.gtin, Lot: lot, ManufacturedAt: uint64(time.Now().Add(-24 * time.Hour).Unix()), ExpiresAt: future(300 * 24 * time.Hour),
		PackCount: uint32(len(run.serials)), MinTemperature: 200, MaxTemperature: 800, SerialRoot: tree.Root(),
		CertificateCid: testCID(t, "certificate"),
	}
	e.send(t, ps.manufacturer, func(o *bind.TransactOpts) (*types.Transaction, error) { return batches.RegisterBatch(o, reg) })

	handOver := func(from party, to common.Address, qty uint32) uint64 {
		r := e.send(t, from, func(o *bind.TransactOpts) (*types.Transaction, error) { return batches.HandOver(o, run.batch, to, qty) })
		for _, l := range r.Logs {
			if ev, err := batches.ParseHandOverInitiated(*l); err == nil {
				return ev.Id
			}
		}
		t.Fatal("no HandOverInitiated event")
		return 0
	}
	id := handOver(ps.manufacturer, ps.distributor.addr, 4)
	e.send(t, ps.distributor, func(o *bind.TransactOpts) (*types.Transaction, error) { return batches.AcceptHandOver(o, id) })
	run.handOvers = append(run.handOvers, id)
	id = handOver(ps.manufacturer, ps.pharmacy.addr, 1)
	e.send(t, ps.manufacturer, func(o *bind.TransactOpts) (*types.Transaction, error) { return batches.CancelHandOver(o, id) })
	run.handOvers = append(run.handOvers, id)
	id = handOver(ps.distributor, ps.pharmacy.addr, 3)
	e.send(t, ps.pharmacy, func(o *bind.TransactOpts) (*types.Transaction, error) { return batches.AcceptHandOver(o, id) })
	run.handOvers = append(run.handOvers, id)

	// EIP-712 signed readings of the distributor's sensor: one in range, one
	// excursion (quarantine of the distributor's last pack, a penalty),
	// submitted by the regulator; then the regulator releases the quarantine.
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	run.excursionAt = head.Time - 5
	readings := []bindings.IDrugBatchesReading{
		e.signReading(t, batches, ps.sensor, run.batch, ps.distributor.addr, head.Time-10, 450),
		e.signReading(t, batches, ps.sensor, run.batch, ps.distributor.addr, run.excursionAt, 950),
	}
	e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) { return batches.SubmitReadings(o, readings) })
	e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return batches.ReleaseQuarantine(o, run.batch, ps.distributor.addr, [32]byte{0xc1})
	})

	// Prescriptions: one by GTIN, filled once at the pharmacy; one by ATC
	// code, cancelled.
	issue := func(req bindings.IPrescriptionsPrescriptionRequest) uint64 {
		r := e.send(t, provider, func(o *bind.TransactOpts) (*types.Transaction, error) { return rx.Issue(o, req) })
		for _, l := range r.Logs {
			if ev, err := rx.ParsePrescriptionIssued(*l); err == nil {
				return ev.Id
			}
		}
		t.Fatal("no PrescriptionIssued event")
		return 0
	}
	run.rxByGTIN = issue(bindings.IPrescriptionsPrescriptionRequest{Patient: patient.addr, Gtin: run.gtin, QuantityPerFill: 1,
		Refills: 1, ValidUntil: future(30 * 24 * time.Hour), Cid: testCID(t, "MedicationRequest 1")})
	run.rxByCode = issue(bindings.IPrescriptionsPrescriptionRequest{Patient: patient.addr, CodeSystem: "http://www.whocc.no/atc",
		Code: "N02BE01", QuantityPerFill: 2, ValidUntil: future(30 * 24 * time.Hour), MinFillInterval: 3600, Controlled: true,
		Cid: testCID(t, "MedicationRequest 2")})
	pack := bindings.IPrescriptionsPack{BatchId: run.batch, Serial: run.serials[0], Proof: proof(run.serials[0])}
	e.send(t, ps.pharmacy, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rx.Dispense(o, run.rxByGTIN, 1, []bindings.IPrescriptionsPack{pack}, testCID(t, "MedicationDispense 1/1"), new(big.Int), nil)
	})
	e.send(t, provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rx.Cancel(o, run.rxByCode, [32]byte{0xca})
	})

	// Over the counter, then the first pack presented again.
	e.send(t, ps.pharmacy, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return batches.Dispense(o, ps.pharmacy.addr, run.batch, run.serials[1], proof(run.serials[1]))
	})
	e.send(t, ps.pharmacy, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return batches.ReportSuspectedClone(o, run.batch, run.serials[0], proof(run.serials[0]))
	})

	// The manufacturer recalls the batch: three holders.
	e.send(t, ps.manufacturer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return batches.Recall(o, run.batch, run.recallReason)
	})
	n, err := batches.HolderCount(&bind.CallOpts{}, run.batch)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		h, err := batches.HolderAt(&bind.CallOpts{}, run.batch, i)
		if err != nil {
			t.Fatal(err)
		}
		run.holders = append(run.holders, h)
	}
	return run
}

// signReading has a device sign a reading (the contract's EIP-712 digest)
// as a compact EIP-2098 signature.
func (e *chainEnv) signReading(t *testing.T, batches *bindings.DrugBatches, dev party, batch [32]byte, holder common.Address, ts uint64, temp int16) bindings.IDrugBatchesReading {
	t.Helper()
	digest, err := batches.ReadingDigest(&bind.CallOpts{}, batch, holder, ts, temp)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest[:], dev.key)
	if err != nil {
		t.Fatal(err)
	}
	r := bindings.IDrugBatchesReading{BatchId: batch, Holder: holder, Timestamp: ts, Temperature: temp}
	copy(r.R[:], sig[:32])
	copy(r.Vs[:], sig[32:64])
	r.Vs[0] |= sig[64] << 7
	return r
}

// checkPharma checks the DrugBatches and Prescriptions tables field by
// field against the flow of runPharma.
func checkPharma(t *testing.T, gdb *gorm.DB, run pharmaRun, ps pharmaParties) {
	t.Helper()
	addr := store.Addr
	batch := store.Hash(run.batch)
	leaf := func(serial string) string { return store.Hash(merkle.SerialLeaf(run.batch, serial)) }

	var regs []store.BatchRegistration
	mustFind(t, gdb, &regs)
	if len(regs) != 1 || regs[0].BatchID != batch || regs[0].Manufacturer != addr(ps.manufacturer.addr) ||
		regs[0].GTIN != int64(run.gtin) || regs[0].Lot != "LOT-IDX-1" || regs[0].PackCount != 6 || regs[0].BatchNumber != 1 ||
		regs[0].MinTemperature != 200 || regs[0].MaxTemperature != 800 || regs[0].CertificateCID[:4] != "bafk" {
		t.Errorf("batch registrations %+v", regs)
	}

	var hos []store.HandOverEvent
	mustFind(t, gdb, &hos)
	type ho struct {
		kind     string
		from, to common.Address
		id       uint64
		qty      int64
	}
	wantHOs := []ho{
		{store.KindInitiated, ps.manufacturer.addr, ps.distributor.addr, run.handOvers[0], 4},
		{store.KindAccepted, ps.manufacturer.addr, ps.distributor.addr, run.handOvers[0], 4},
		{store.KindInitiated, ps.manufacturer.addr, ps.pharmacy.addr, run.handOvers[1], 1},
		{store.KindCancelled, ps.manufacturer.addr, ps.pharmacy.addr, run.handOvers[1], 1},
		{store.KindInitiated, ps.distributor.addr, ps.pharmacy.addr, run.handOvers[2], 3},
		{store.KindAccepted, ps.distributor.addr, ps.pharmacy.addr, run.handOvers[2], 3},
	}
	if len(hos) != len(wantHOs) {
		t.Fatalf("got %d hand-over events, want %d: %+v", len(hos), len(wantHOs), hos)
	}
	for i, w := range wantHOs {
		g := hos[i]
		if g.Kind != w.kind || g.Sender != addr(w.from) || g.Receiver != addr(w.to) || g.HandOverID != int64(w.id) ||
			g.Quantity != w.qty || g.BatchID != batch {
			t.Errorf("hand-over event %d: got %+v, want %+v", i, g, w)
		}
	}

	var readings []store.TemperatureReading
	mustFind(t, gdb, &readings)
	if len(readings) != 2 || !readings[0].WithinRange || readings[0].Temperature != 450 ||
		readings[1].WithinRange || readings[1].Temperature != 950 || readings[1].MeasuredAt != int64(run.excursionAt) ||
		readings[1].Device != addr(ps.sensor.addr) || readings[1].Holder != addr(ps.distributor.addr) {
		t.Errorf("temperature readings %+v", readings)
	}
	var subs []store.ReadingSubmission
	mustFind(t, gdb, &subs)
	if len(subs) != 1 || subs[0].Accepted != 2 || subs[0].Skipped != 0 {
		t.Errorf("reading submissions %+v", subs)
	}
	var qs []store.QuarantineEvent
	mustFind(t, gdb, &qs)
	if len(qs) != 2 || qs[0].Kind != store.KindQuarantined || qs[0].Holder != addr(ps.distributor.addr) || qs[0].Quantity != 1 ||
		qs[0].Temperature != 950 || qs[0].Device != addr(ps.sensor.addr) ||
		qs[1].Kind != store.KindReleased || qs[1].ReasonCode != store.Hash([32]byte{0xc1}) || qs[1].Regulator == "" {
		t.Errorf("quarantine events %+v", qs)
	}
	var pens []store.Penalty
	mustFind(t, gdb, &pens)
	if len(pens) != 1 || pens[0].Holder != addr(ps.distributor.addr) || pens[0].Total != 1 || pens[0].Temperature != 950 {
		t.Errorf("penalties %+v", pens)
	}

	var rxs []store.Prescription
	mustFind(t, gdb, &rxs)
	if len(rxs) != 2 ||
		rxs[0].PrescriptionID != int64(run.rxByGTIN) || rxs[0].Patient != addr(run.patient) || rxs[0].Prescriber != addr(run.prescriber) ||
		rxs[0].Medication != fmt.Sprintf("https://www.gs1.org/gtin|%014d", run.gtin) || rxs[0].Refills != 1 ||
		rxs[1].Medication != "http://www.whocc.no/atc|N02BE01" || !rxs[1].Controlled || rxs[1].QuantityPerFill != 2 ||
		rxs[1].MinFillInterval != 3600 {
		t.Errorf("prescriptions %+v", rxs)
	}
	var fills []store.PrescriptionFill
	mustFind(t, gdb, &fills)
	if len(fills) != 1 || fills[0].PrescriptionID != int64(run.rxByGTIN) || fills[0].Fill != 1 || fills[0].Packs != 1 ||
		fills[0].Pharmacy != addr(ps.pharmacy.addr) || fills[0].Patient != addr(run.patient) {
		t.Errorf("prescription fills %+v", fills)
	}
	var packs []store.PrescriptionFillPack
	mustFind(t, gdb, &packs)
	if len(packs) != 1 || packs[0].BatchID != batch || packs[0].SerialLeaf != leaf(run.serials[0]) || packs[0].PackIndex != 0 ||
		len(fills) == 1 && packs[0].Event != fills[0].Event {
		t.Errorf("prescription fill packs %+v", packs)
	}
	var cancels []store.PrescriptionCancellation
	mustFind(t, gdb, &cancels)
	if len(cancels) != 1 || cancels[0].PrescriptionID != int64(run.rxByCode) || cancels[0].ReasonCode != store.Hash([32]byte{0xca}) {
		t.Errorf("prescription cancellations %+v", cancels)
	}

	var disp []store.PackDispense
	mustFind(t, gdb, &disp)
	if len(disp) != 2 || disp[0].Operator != addr(run.rxAddr) || disp[0].Serial != run.serials[0] || disp[0].SerialLeaf != leaf(run.serials[0]) ||
		disp[1].Operator != addr(ps.pharmacy.addr) || disp[1].Holder != addr(ps.pharmacy.addr) || disp[1].Serial != run.serials[1] {
		t.Errorf("pack dispenses %+v", disp)
	}
	var clones []store.CloneReport
	mustFind(t, gdb, &clones)
	if len(clones) != 1 || clones[0].Reporter != addr(ps.pharmacy.addr) || clones[0].Reports != 1 || clones[0].SerialLeaf != leaf(run.serials[0]) {
		t.Errorf("clone reports %+v", clones)
	}

	// The recall fans out to every holder the contract lists, in its order.
	var recalls []store.BatchRecall
	mustFind(t, gdb, &recalls)
	if len(recalls) != 1 || recalls[0].HolderCount != 3 || recalls[0].RecalledBy != addr(ps.manufacturer.addr) ||
		recalls[0].ReasonCode != store.Hash(run.recallReason) {
		t.Fatalf("batch recalls %+v", recalls)
	}
	var notices []store.RecallNotice
	if err := gdb.Order("holder_index").Find(&notices).Error; err != nil {
		t.Fatal(err)
	}
	if len(notices) != len(run.holders) || len(run.holders) != 3 {
		t.Fatalf("got %d recall notices, the contract lists %d holders: %+v", len(notices), len(run.holders), notices)
	}
	for i, h := range run.holders {
		n := notices[i]
		if n.Holder != addr(h) || n.HolderIndex != int64(i) || n.Event != recalls[0].Event || n.BatchID != batch {
			t.Errorf("recall notice %d: got %+v, want holder %s at the recall's position", i, n, h)
		}
	}
}
