package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/bindings"
)

// TestDrugBatches runs every DrugBatches behaviour on every backend.
func TestDrugBatches(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, pharmaFunded()...)
			for _, tc := range drugBatchesCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployPharmaBase(t, b)) })
			}
			base := deployPharmaBase(t, b)
			for _, tc := range drugBatchesRevertCases {
				t.Run(tc.name, func(t *testing.T) {
					p := base
					if tc.setup != nil {
						p = deployPharmaBase(t, b)
						tc.setup(t, p)
					}
					got := p.revert(t, tc.from, tc.call(t, p))
					var args []any
					if tc.args != nil {
						args = tc.args(p)
					}
					assertRevert(t, got, tc.want, args...)
				})
			}
		})
	}
}

type pharmaCase struct {
	name string
	run  func(t *testing.T, p *pharmaEnv)
}

var drugBatchesCases = []pharmaCase{
	{"registerBatch_byManufacturer_storesBatchHoldingAndEmitsBatchRegistered", func(t *testing.T, p *pharmaEnv) {
		c := newTestBatch(gtinC, "LOT-C", "C", 5)
		r := p.send(t, manufacturer, p.registerCall(c.reg))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseBatchRegistered)
		if ev.BatchId != c.id || ev.Manufacturer != manufacturer.addr || ev.Gtin != gtinC || ev.Number != 3 ||
			ev.Registration.Lot != "LOT-C" || ev.Registration.SerialRoot != c.tree.Root() || ev.Registration.PackCount != 5 {
			t.Errorf("BatchRegistered = %+v", ev)
		}
		got := must(p.batches.Batch(p.opts(), c.id))
		if got.Manufacturer != manufacturer.addr || got.Gtin != gtinC || got.Status != batchActive || got.Number != 3 ||
			got.ManufacturedAt != c.reg.ManufacturedAt || got.ExpiresAt != farFuture || got.RegisteredAt != blockTime(t, p.b, r) ||
			got.PackCount != 5 || got.MinTemperature != 200 || got.MaxTemperature != 800 || got.HolderCount != 1 ||
			got.SerialRoot != c.tree.Root() || got.Lot != "LOT-C" || string(got.CertificateCid) != string(c.reg.CertificateCid) {
			t.Errorf("batch = %+v", got)
		}
		if h := p.holding(c, manufacturer); h.OnHand != 5 || h.Received != 5 || h.PendingOut != 0 || h.Quarantined {
			t.Errorf("manufacturer holding = %+v", h)
		}
		if n := must(p.batches.BatchCount(p.opts())); n != 3 {
			t.Errorf("batchCount = %d, want 3", n)
		}
		if id := must(p.batches.BatchIdByNumber(p.opts(), 3)); id != c.id {
			t.Errorf("batchIdByNumber(3) = %x", id)
		}
		if h := must(p.batches.HolderAt(p.opts(), c.id, 0)); h != manufacturer.addr {
			t.Errorf("holderAt(0) = %s", h)
		}
		if got := must(p.batches.BatchIdOf(p.opts(), gtinC, "LOT-C")); got != c.id {
			t.Errorf("batchIdOf = %x, Go merkle.BatchID = %x", got, c.id)
		}
	}},
	{"handOver_byHolder_escrowsStockAndEmitsHandOverInitiated", func(t *testing.T, p *pharmaEnv) {
		r := p.send(t, manufacturer, p.handOverCall(p.batA.id, pharmacy2.addr, 3))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseHandOverInitiated)
		if ev.BatchId != p.batA.id || ev.From != manufacturer.addr || ev.To != pharmacy2.addr || ev.Id != 5 || ev.Quantity != 3 {
			t.Errorf("HandOverInitiated = %+v", ev)
		}
		if h := p.holding(p.batA, manufacturer); h.OnHand != 1 || h.PendingOut != 3 || h.Sent != 8 {
			t.Errorf("sender holding = %+v, want 1 on hand, 3 pending, 8 sent", h)
		}
		ho := must(p.batches.HandOverRecord(p.opts(), 5))
		if ho.BatchId != p.batA.id || ho.From != manufacturer.addr || ho.To != pharmacy2.addr || ho.Quantity != 3 ||
			ho.Status != handOverPending || ho.CreatedAt != blockTime(t, p.b, r) {
			t.Errorf("handOverRecord(5) = %+v", ho)
		}
		if n := must(p.batches.HandOverCount(p.opts())); n != 5 {
			t.Errorf("handOverCount = %d, want 5", n)
		}
	}},
	{"acceptHandOver_byReceiver_movesCustodyListsHolderOnceAndEmitsHandOverAccepted", func(t *testing.T, p *pharmaEnv) {
		p.send(t, manufacturer, p.handOverCall(p.batA.id, pharmacy2.addr, 3))
		r := p.send(t, pharmacy2, p.acceptCall(5))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseHandOverAccepted)
		if ev.BatchId != p.batA.id || ev.From != manufacturer.addr || ev.To != pharmacy2.addr || ev.Id != 5 || ev.Quantity != 3 {
			t.Errorf("HandOverAccepted = %+v", ev)
		}
		if h := p.holding(p.batA, pharmacy2); h.OnHand != 3 || h.Received != 3 {
			t.Errorf("receiver holding = %+v", h)
		}
		if h := p.holding(p.batA, manufacturer); h.OnHand != 1 || h.PendingOut != 0 || h.Sent != 11 {
			t.Errorf("sender holding = %+v", h)
		}
		if ho := must(p.batches.HandOverRecord(p.opts(), 5)); ho.Status != handOverAccepted {
			t.Errorf("status %d, want accepted", ho.Status)
		}
		if n := must(p.batches.HolderCount(p.opts(), p.batA.id)); n != 5 {
			t.Errorf("holderCount = %d, want 5", n)
		}
		if h := must(p.batches.HolderAt(p.opts(), p.batA.id, 4)); h != pharmacy2.addr {
			t.Errorf("holderAt(4) = %s, want pharmacy2", h)
		}
		// A second receipt does not list the holder again.
		p.move(t, p.batA, manufacturer, pharmacy2, 1)
		if n := must(p.batches.HolderCount(p.opts(), p.batA.id)); n != 5 {
			t.Errorf("holderCount after a second receipt = %d, want 5", n)
		}
	}},
	{"handOver_backToManufacturer_isAReturn", func(t *testing.T, p *pharmaEnv) {
		p.move(t, p.batA, pharmacy, manufacturer, 2)
		if h := p.holding(p.batA, manufacturer); h.OnHand != 6 || h.Received != 14 {
			t.Errorf("manufacturer holding = %+v, want 6 on hand, 14 received", h)
		}
		if n := must(p.batches.HolderCount(p.opts(), p.batA.id)); n != 4 {
			t.Errorf("holderCount = %d, want 4 (the manufacturer is listed once)", n)
		}
	}},
	{"cancelHandOver_bySender_returnsStockAndEmitsHandOverCancelled", func(t *testing.T, p *pharmaEnv) {
		p.send(t, pharmacy, p.handOverCall(p.batA.id, hospital.addr, 3))
		r := p.send(t, pharmacy, p.cancelCall(5))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseHandOverCancelled)
		if ev.From != pharmacy.addr || ev.To != hospital.addr || ev.Id != 5 || ev.Quantity != 3 {
			t.Errorf("HandOverCancelled = %+v", ev)
		}
		if h := p.holding(p.batA, pharmacy); h.OnHand != 4 || h.PendingOut != 0 {
			t.Errorf("holding = %+v, want 4 on hand", h)
		}
		if ho := must(p.batches.HandOverRecord(p.opts(), 5)); ho.Status != handOverCancelled {
			t.Errorf("status %d, want cancelled", ho.Status)
		}
	}},
	{"recall_whileHandOverPending_blocksAcceptanceUntilCancelledAndReturned", func(t *testing.T, p *pharmaEnv) {
		p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy2.addr, 2))
		r := p.send(t, manufacturer, p.recallCall(p.batA.id))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseBatchRecalled)
		if ev.BatchId != p.batA.id || ev.RecalledBy != manufacturer.addr || ev.HolderCount != 4 || ev.ReasonCode != common.HexToHash("0x4ec") {
			t.Errorf("BatchRecalled = %+v", ev)
		}
		assertRevert(t, p.revert(t, pharmacy2, p.acceptCall(5)), "DrugBatchesBatchRecalled", p.batA.id)
		p.send(t, distributor, p.cancelCall(5))
		if h := p.holding(p.batA, distributor); h.OnHand != 2 || h.PendingOut != 0 {
			t.Errorf("distributor holding after cancel = %+v", h)
		}
		// The stock goes back to the manufacturer.
		p.move(t, p.batA, distributor, manufacturer, 2)
		if h := p.holding(p.batA, manufacturer); h.OnHand != 6 {
			t.Errorf("manufacturer holding = %+v, want 6 on hand", h)
		}
		if got := must(p.batches.Batch(p.opts(), p.batA.id)); got.Status != batchRecalled {
			t.Errorf("batch status %d, want recalled", got.Status)
		}
		for _, holder := range []common.Address{common.Address{}, pharmacy.addr, hospital.addr} {
			if s := p.status(p.batA, "A-0001", holder); s != packRecalled {
				t.Errorf("pack status at %s = %d, want recalled", holder, s)
			}
		}
	}},
	{"recall_byRegulator_recallsEverywhere", func(t *testing.T, p *pharmaEnv) {
		r := p.send(t, regulator, p.recallCall(p.batB.id))
		if ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseBatchRecalled); ev.RecalledBy != regulator.addr || ev.HolderCount != 2 {
			t.Errorf("BatchRecalled = %+v", ev)
		}
		assertRevert(t, p.revert(t, pharmacy, p.dispenseCall(pharmacy.addr, p.batB, "B-0001")), "DrugBatchesBatchRecalled", p.batB.id)
		assertRevert(t, p.revert(t, manufacturer, p.handOverCall(p.batB.id, distributor.addr, 1)), "DrugBatchesBatchRecalled", p.batB.id)
		if s := p.status(p.batA, "A-0001", pharmacy.addr); s != packActive {
			t.Errorf("other batch status %d, want active", s)
		}
	}},
	{"recall_bySuspendedManufacturerOfTheBatch_isAllowed", func(t *testing.T, p *pharmaEnv) {
		c := newTestBatch(gtinC, "LOT-S", "S", 2)
		p.license(t, pharmacy2.addr, roleManufacturer) // pharmacy2 becomes a manufacturer
		p.send(t, pharmacy2, p.registerCall(c.reg))
		p.suspend(t, pharmacy2.addr)
		p.send(t, pharmacy2, p.recallCall(c.id))
	}},
	{"submitReadings_withinRange_recordsEveryReadingAndEmitsEvents", func(t *testing.T, p *pharmaEnv) {
		now := headTime(t, p.b)
		rs := []bindings.IDrugBatchesReading{
			p.signReading(t, sensorDistributor, p.batA.id, distributor.addr, now-30, 450),
			p.signReading(t, sensorDistributor, p.batA.id, distributor.addr, now-20, 460),
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-20, 500),
			p.signReading(t, sensorPharmacy, p.batB.id, pharmacy.addr, now-20, 510), // same time, other batch
		}
		r := p.send(t, stranger, p.readingsCall(rs)) // anyone may submit
		sum := oneEvent(t, r, p.batchesAddr, p.batches.ParseReadingsSubmitted)
		if sum.Submitter != stranger.addr || sum.Accepted.Uint64() != 4 || sum.Skipped.Uint64() != 0 {
			t.Errorf("ReadingsSubmitted = %+v", sum)
		}
		var recorded []*bindings.DrugBatchesTemperatureRecorded
		for _, l := range r.Logs {
			if ev, err := p.batches.ParseTemperatureRecorded(*l); err == nil && l.Topics[0] == p.batchesABI.Events["TemperatureRecorded"].ID {
				recorded = append(recorded, ev)
			}
		}
		if len(recorded) != 4 || recorded[0].Device != sensorDistributor.addr || recorded[0].Holder != distributor.addr ||
			recorded[0].Timestamp != now-30 || recorded[0].Temperature != 450 || !recorded[0].WithinRange ||
			recorded[3].BatchId != p.batB.id || recorded[3].Device != sensorPharmacy.addr {
			t.Errorf("TemperatureRecorded events = %+v", recorded)
		}
		if ts := must(p.batches.LastReadingAt(p.opts(), sensorDistributor.addr, p.batA.id)); ts != now-20 {
			t.Errorf("lastReadingAt = %d, want %d", ts, now-20)
		}
		if h := p.holding(p.batA, distributor); h.Quarantined || must(p.batches.Penalties(p.opts(), distributor.addr)) != 0 {
			t.Errorf("in-range readings quarantined or penalised: %+v", h)
		}
	}},
	{"submitReadings_exactlyAtTheLimits_areWithinRange", func(t *testing.T, p *pharmaEnv) {
		now := headTime(t, p.b)
		r := p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-2, 200),
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-1, 800),
		}))
		if h := p.holding(p.batA, pharmacy); h.Quarantined {
			t.Fatalf("readings at 2.00 and 8.00 °C quarantined the stock")
		}
		for _, l := range r.Logs {
			if ev, err := p.batches.ParseTemperatureRecorded(*l); err == nil && l.Topics[0] == p.batchesABI.Events["TemperatureRecorded"].ID && !ev.WithinRange {
				t.Errorf("reading %d recorded out of range", ev.Temperature)
			}
		}
	}},
	{"submitReadings_justBelowTheMinimum_quarantinesAndPenalises", func(t *testing.T, p *pharmaEnv) {
		now := headTime(t, p.b)
		r := p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-1, 199),
		}))
		q := oneEvent(t, r, p.batchesAddr, p.batches.ParseStockQuarantined)
		if q.BatchId != p.batA.id || q.Holder != pharmacy.addr || q.Device != sensorPharmacy.addr || q.Timestamp != now-1 ||
			q.Temperature != 199 || q.Quantity != 4 {
			t.Errorf("StockQuarantined = %+v", q)
		}
		pen := oneEvent(t, r, p.batchesAddr, p.batches.ParsePenaltyRecorded)
		if pen.Holder != pharmacy.addr || pen.BatchId != p.batA.id || pen.Total != 1 || pen.Temperature != 199 {
			t.Errorf("PenaltyRecorded = %+v", pen)
		}
		if h := p.holding(p.batA, pharmacy); !h.Quarantined || h.QuarantinedAt != now-1 {
			t.Errorf("holding = %+v, want quarantined at %d", h, now-1)
		}
	}},
	{"submitReadings_excursion_quarantinesOnlyThatHolderAndPenalisesOncePerEpisode", func(t *testing.T, p *pharmaEnv) {
		now := headTime(t, p.b)
		// Distributor has 2 on hand and 1 in a pending hand-over: all 3 are quarantined.
		p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy2.addr, 1))
		r := p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensorDistributor, p.batA.id, distributor.addr, now-10, 801),
			p.signReading(t, sensorDistributor, p.batA.id, distributor.addr, now-9, 1200),
		}))
		if q := oneEvent(t, r, p.batchesAddr, p.batches.ParseStockQuarantined); q.Quantity != 2 || q.Temperature != 801 {
			t.Errorf("StockQuarantined = %+v, want 2 packs (1 on hand, 1 pending) at 8.01 °C", q)
		}
		if n := must(p.batches.Penalties(p.opts(), distributor.addr)); n != 1 {
			t.Errorf("penalties = %d, want 1 for one episode", n)
		}
		if s := p.status(p.batA, "A-0001", distributor.addr); s != packQuarantined {
			t.Errorf("status at distributor %d, want quarantined", s)
		}
		if s := p.status(p.batA, "A-0001", pharmacy.addr); s != packActive {
			t.Errorf("status at pharmacy %d, want active", s)
		}
		if s := p.status(p.batA, "A-0001", common.Address{}); s != packActive {
			t.Errorf("status without holder %d, want active", s)
		}
		// The quarantined holder's pending hand-over cannot be accepted, nor new ones sent.
		assertRevert(t, p.revert(t, pharmacy2, p.acceptCall(5)), "DrugBatchesQuarantined", p.batA.id, distributor.addr)
		assertRevert(t, p.revert(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1)), "DrugBatchesQuarantined", p.batA.id, distributor.addr)
		// Release by the regulator; a new excursion is a new episode.
		rel := p.send(t, regulator, p.releaseCall(p.batA.id, distributor.addr))
		ev := oneEvent(t, rel, p.batchesAddr, p.batches.ParseQuarantineReleased)
		if ev.BatchId != p.batA.id || ev.Holder != distributor.addr || ev.Regulator != regulator.addr {
			t.Errorf("QuarantineReleased = %+v", ev)
		}
		p.send(t, pharmacy2, p.acceptCall(5))
		p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensorDistributor, p.batA.id, distributor.addr, now-5, 150),
		}))
		if n := must(p.batches.Penalties(p.opts(), distributor.addr)); n != 2 {
			t.Errorf("penalties after a second episode = %d, want 2", n)
		}
	}},
	{"submitReadings_duplicatesAndOutOfOrder_areSkippedAndCounted", func(t *testing.T, p *pharmaEnv) {
		now := headTime(t, p.b)
		first := p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-10, 500)
		r := p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			first,
			first, // duplicate in the same submission
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-12, 900), // older: skipped, not evaluated
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-8, 510),
		}))
		sum := oneEvent(t, r, p.batchesAddr, p.batches.ParseReadingsSubmitted)
		if sum.Accepted.Uint64() != 2 || sum.Skipped.Uint64() != 2 {
			t.Errorf("ReadingsSubmitted accepted %v skipped %v, want 2 and 2", sum.Accepted, sum.Skipped)
		}
		if h := p.holding(p.batA, pharmacy); h.Quarantined {
			t.Error("a skipped out-of-order excursion quarantined the stock")
		}
		// Resubmitting the same readings later: all skipped, nothing reverts.
		r = p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{first}))
		if sum := oneEvent(t, r, p.batchesAddr, p.batches.ParseReadingsSubmitted); sum.Accepted.Uint64() != 0 || sum.Skipped.Uint64() != 1 {
			t.Errorf("resubmission accepted %v skipped %v, want 0 and 1", sum.Accepted, sum.Skipped)
		}
		if ts := must(p.batches.LastReadingAt(p.opts(), sensorPharmacy.addr, p.batA.id)); ts != now-8 {
			t.Errorf("lastReadingAt = %d, want %d", ts, now-8)
		}
	}},
	{"submitReadings_readingAtMaxClockSkew_isAccepted", func(t *testing.T, p *pharmaEnv) {
		// The next block is at least one second after the head; MAX_CLOCK_SKEW (300 s)
		// after the head is within the limit.
		skew := must(p.batches.MAXCLOCKSKEW(p.opts()))
		ts := headTime(t, p.b) + skew
		p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, ts, 500),
		}))
	}},
	{"submitReadings_withFieldsChangedAfterSigning_revertsAsUnboundSigner", func(t *testing.T, p *pharmaEnv) {
		r := p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, headTime(t, p.b)-1, 1500)
		r.Temperature = 500 // tampered: the signature recovers to some other address
		sig := append(append([]byte(nil), r.R[:]...), r.Vs[:]...)
		sig[32] &^= 0x80
		sig = append(sig, r.Vs[0]>>7)
		digest := readingDigest(domainSeparator(t, p.b, "Salus DrugBatches", p.batchesAddr), r.BatchId, r.Holder, r.Timestamp, r.Temperature)
		pub, err := crypto.SigToPub(digest[:], sig)
		if err != nil {
			t.Fatal(err)
		}
		signer := crypto.PubkeyToAddress(*pub)
		got := p.revert(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{r}))
		assertRevert(t, got, "DrugBatchesDeviceNotBound", big.NewInt(0), signer, pharmacy.addr)
	}},
	{"readingDigest_matchesWalletStyleEIP712AndGoDigest", func(t *testing.T, p *pharmaEnv) {
		chainID := must(p.b.Client().ChainID(t.Context()))
		for _, temp := range []int16{-2000, -1, 0, 450, 32767, -32768} {
			typed := readingTypedData(chainID, p.batchesAddr, p.batA.id, pharmacy.addr, 1_750_000_000, temp)
			_, wallet := signTyped(t, sensorPharmacy, typed)
			onChain := must(p.batches.ReadingDigest(p.opts(), p.batA.id, pharmacy.addr, 1_750_000_000, temp))
			local := readingDigest(domainSeparator(t, p.b, "Salus DrugBatches", p.batchesAddr), p.batA.id, pharmacy.addr, 1_750_000_000, temp)
			if common.BytesToHash(wallet) != onChain || local != onChain {
				t.Errorf("temperature %d: apitypes %x, Go %x, contract %x", temp, wallet, local, onChain)
			}
		}
		if sep := must(p.batches.DOMAINSEPARATOR(p.opts())); sep != domainSeparator(t, p.b, "Salus DrugBatches", p.batchesAddr) {
			t.Errorf("DOMAIN_SEPARATOR %x", sep)
		}
	}},
	{"dispense_byPharmacyHolder_decommissionsSerialAndEmitsPackDispensed", func(t *testing.T, p *pharmaEnv) {
		r := p.send(t, pharmacy, p.dispenseCall(pharmacy.addr, p.batA, "A-0007"))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParsePackDispensed)
		leaf := merkle.SerialLeaf(p.batA.id, "A-0007")
		if ev.BatchId != p.batA.id || ev.Holder != pharmacy.addr || ev.Operator != pharmacy.addr || ev.SerialLeaf != leaf || ev.Serial != "A-0007" {
			t.Errorf("PackDispensed = %+v", ev)
		}
		if h := p.holding(p.batA, pharmacy); h.OnHand != 3 || h.Dispensed != 1 {
			t.Errorf("holding = %+v, want 3 on hand, 1 dispensed", h)
		}
		rec := must(p.batches.SerialRecord(p.opts(), leaf))
		if rec.Holder != pharmacy.addr || rec.DispensedAt != blockTime(t, p.b, r) || rec.CloneReports != 0 {
			t.Errorf("serialRecord = %+v", rec)
		}
		if s := p.status(p.batA, "A-0007", common.Address{}); s != packDispensed {
			t.Errorf("status %d, want dispensed", s)
		}
		if l := must(p.batches.SerialLeaf(p.opts(), p.batA.id, "A-0007")); l != leaf {
			t.Errorf("serialLeaf = %x, Go %x", l, leaf)
		}
	}},
	{"dispense_byHospitalProviderHolder_isAllowed", func(t *testing.T, p *pharmaEnv) {
		p.send(t, hospital, p.dispenseCall(hospital.addr, p.batA, "A-0001"))
		if h := p.holding(p.batA, hospital); h.OnHand != 1 || h.Dispensed != 1 {
			t.Errorf("holding = %+v", h)
		}
	}},
	{"dispense_ofDecommissionedSerial_revertsAsSuspectedCloneWhichCanBeReported", func(t *testing.T, p *pharmaEnv) {
		p.send(t, pharmacy, p.dispenseCall(pharmacy.addr, p.batA, "A-0003"))
		assertRevert(t, p.revert(t, hospital, p.dispenseCall(hospital.addr, p.batA, "A-0003")),
			"DrugBatchesSerialDecommissioned", p.batA.id, "A-0003", pharmacy.addr)
		r := p.send(t, hospital, p.cloneCall(p.batA, "A-0003"))
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseSuspectedCloneReported)
		if ev.BatchId != p.batA.id || ev.SerialLeaf != merkle.SerialLeaf(p.batA.id, "A-0003") || ev.Reporter != hospital.addr ||
			ev.Serial != "A-0003" || ev.Reports != 1 {
			t.Errorf("SuspectedCloneReported = %+v", ev)
		}
		r = p.send(t, pharmacy2, p.cloneCall(p.batA, "A-0003"))
		if ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseSuspectedCloneReported); ev.Reports != 2 {
			t.Errorf("second report count %d, want 2", ev.Reports)
		}
		if rec := must(p.batches.SerialRecord(p.opts(), merkle.SerialLeaf(p.batA.id, "A-0003"))); rec.CloneReports != 2 {
			t.Errorf("cloneReports = %d, want 2", rec.CloneReports)
		}
	}},
	{"releaseQuarantine_byRegulator_allowsDispensingAgain", func(t *testing.T, p *pharmaEnv) {
		p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, headTime(t, p.b)-1, 1500),
		}))
		assertRevert(t, p.revert(t, pharmacy, p.dispenseCall(pharmacy.addr, p.batA, "A-0001")), "DrugBatchesQuarantined", p.batA.id, pharmacy.addr)
		p.send(t, regulator, p.releaseCall(p.batA.id, pharmacy.addr))
		if h := p.holding(p.batA, pharmacy); h.Quarantined || h.QuarantinedAt != 0 {
			t.Errorf("holding after release = %+v", h)
		}
		p.send(t, pharmacy, p.dispenseCall(pharmacy.addr, p.batA, "A-0001"))
		if n := must(p.batches.Penalties(p.opts(), pharmacy.addr)); n != 1 {
			t.Errorf("penalties = %d, want 1 (release keeps the penalty)", n)
		}
	}},
	{"verifyPack_reportsAuthenticityByGtinLotSerialAndProof", func(t *testing.T, p *pharmaEnv) {
		verify := func(gtin uint64, lot, serial string, proof [][32]byte) uint8 {
			return must(p.batches.VerifyPack(p.opts(), gtin, lot, serial, proof, pharmacy.addr))
		}
		proof := p.batA.proof("A-0005")
		if s := verify(gtinA, "LOT-A", "A-0005", proof); s != packActive {
			t.Errorf("genuine pack: %d, want active", s)
		}
		for name, s := range map[string]uint8{
			"wrong serial":        verify(gtinA, "LOT-A", "A-0006", proof),
			"unknown serial":      verify(gtinA, "LOT-A", "A-9999", proof),
			"wrong lot":           verify(gtinA, "LOT-B", "A-0005", proof),
			"wrong gtin":          verify(gtinB, "LOT-A", "A-0005", proof),
			"empty proof":         verify(gtinA, "LOT-A", "A-0005", nil),
			"other batch's proof": must(p.batches.PackStatus(p.opts(), p.batB.id, "B-0001", p.batA.proof("A-0001"), common.Address{})),
		} {
			if s != packNotAuthentic {
				t.Errorf("%s: %d, want not authentic", name, s)
			}
		}
	}},
	{"isValidGtin_checksDigitsAndCheckDigit", func(t *testing.T, p *pharmaEnv) {
		for gtin, want := range map[uint64]bool{
			gtinA: true, gtinB: true, 9506000134353: false, 0: false, 99_999_999_999_999: false,
			100_000_000_000_000: false, gtinWithCheck(1): true, 4006381333931: true,
		} {
			if got := must(p.batches.IsValidGtin(p.opts(), gtin)); got != want {
				t.Errorf("isValidGtin(%d) = %v, want %v", gtin, got, want)
			}
		}
	}},
	{"expiry_theExpiryDayItselfIsValidAndTheNextSecondIsNot", func(t *testing.T, p *pharmaEnv) {
		c := newTestBatch(gtinC, "LOT-EXP", "E", 4)
		c.reg.ExpiresAt = chainNow(t, p.b) + 4
		p.send(t, manufacturer, p.registerCall(c.reg))
		p.move(t, c, manufacturer, pharmacy, 2)
		checkBoundary(t, p.b, c.reg.ExpiresAt, func(block *big.Int) bool {
			s := must(p.batches.PackStatus(&bind.CallOpts{BlockNumber: block}, c.id, "E-0001", c.proof("E-0001"), pharmacy.addr))
			return s == packActive
		})
		if s := p.status(c, "E-0001", pharmacy.addr); s != packExpired {
			t.Errorf("status after expiry %d, want expired", s)
		}
		assertRevert(t, p.revert(t, pharmacy, p.dispenseCall(pharmacy.addr, c, "E-0001")), "DrugBatchesBatchExpired", c.id, c.reg.ExpiresAt)
		assertRevert(t, p.revert(t, pharmacy, p.handOverCall(c.id, hospital.addr, 1)), "DrugBatchesBatchExpired", c.id, c.reg.ExpiresAt)
		p.move(t, c, pharmacy, manufacturer, 2) // expired stock goes back
	}},
	{"views_ofUnknownIds_revert", func(t *testing.T, p *pharmaEnv) {
		got := decodeRevert(t, p.abi, func() error { _, err := p.batches.Batch(p.opts(), [32]byte{9}); return err }())
		assertRevert(t, got, "DrugBatchesUnknownBatch", [32]byte{9})
		got = decodeRevert(t, p.abi, func() error { _, err := p.batches.HandOverRecord(p.opts(), 99); return err }())
		assertRevert(t, got, "DrugBatchesUnknownHandOver", uint64(99))
		if h := must(p.batches.HolderAt(p.opts(), p.batA.id, 99)); h != (common.Address{}) {
			t.Errorf("holderAt beyond the list = %s", h)
		}
		if r := must(p.batches.Registry(p.opts())); r != p.addr {
			t.Errorf("registry() = %s", r)
		}
	}},
	{"constructor_withZeroAddress_reverts", func(t *testing.T, p *pharmaEnv) {
		deploy := func(reg, admin common.Address) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployDrugBatches(o, p.b.Client(), reg, admin)
				return tx, err
			}
		}
		assertRevert(t, p.revert(t, regulator, deploy(common.Address{}, regulator.addr)), "DrugBatchesZeroAddress")
		assertRevert(t, p.revert(t, regulator, deploy(p.addr, common.Address{})), "DrugBatchesZeroAddress")
	}},
	{"grantDispenserRole_byAdmin_emitsRoleGranted", func(t *testing.T, p *pharmaEnv) {
		r := p.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return p.batches.GrantRole(o, dispenserRole, stranger.addr)
		})
		ev := oneEvent(t, r, p.batchesAddr, p.batches.ParseRoleGranted)
		if ev.Role != dispenserRole || ev.Account != stranger.addr || ev.Sender != regulator.addr {
			t.Errorf("RoleGranted = %+v", ev)
		}
		// A dispenser acts for an active pharmacy or provider holder.
		p.send(t, stranger, p.dispenseCall(pharmacy.addr, p.batA, "A-0002"))
		assertRevert(t, p.revert(t, stranger, p.dispenseCall(distributor.addr, p.batA, "A-0003")), "DrugBatchesNotDispensingHolder", distributor.addr)
	}},
}

// waitSeconds moves chain time forward by d seconds (simulated) or sleeps (Clique).
func waitSeconds(t testing.TB, b Backend, d uint64) {
	t.Helper()
	b.AdvanceTime(t, time.Duration(d)*time.Second)
}
