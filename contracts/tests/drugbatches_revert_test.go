package tests

// The DrugBatches revert table: every unauthorised caller and every custom
// error of every state-changing function, each from the base state of
// TestDrugBatches or the state its setup makes. Run by TestDrugBatches.

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// pharmaRevertCase is a call that must revert with a given error from the base state (or
// from the state its setup makes).
type pharmaRevertCase struct {
	name  string
	setup func(t testing.TB, p *pharmaEnv)
	from  account
	call  func(t testing.TB, p *pharmaEnv) txFunc
	want  string
	args  func(p *pharmaEnv) []any
}

// regWith returns a registration call of a fresh batch C changed by edit.
func regWith(edit func(r *bindings.IDrugBatchesBatchRegistration)) func(t testing.TB, p *pharmaEnv) txFunc {
	return func(t testing.TB, p *pharmaEnv) txFunc {
		c := newTestBatch(gtinC, "LOT-C", "C", 3)
		edit(&c.reg)
		return p.registerCall(c.reg)
	}
}

func pargs(args ...any) func(*pharmaEnv) []any { return func(*pharmaEnv) []any { return args } }

// quarantine makes holder's stock of tb quarantined by an excursion of its sensor.
func quarantine(tb func(p *pharmaEnv) *testBatch, sensor, holder account) func(t testing.TB, p *pharmaEnv) {
	return func(t testing.TB, p *pharmaEnv) {
		p.send(t, stranger, p.readingsCall([]bindings.IDrugBatchesReading{
			p.signReading(t, sensor, tb(p).id, holder.addr, headTime(t, p.b)-1, -500),
		}))
	}
}

func batchA(p *pharmaEnv) *testBatch { return p.batA }

var drugBatchesRevertCases = []pharmaRevertCase{
	// registerBatch
	{name: "registerBatch_byStranger_reverts", from: stranger, call: regWith(func(*bindings.IDrugBatchesBatchRegistration) {}),
		want: "DrugBatchesNotManufacturer", args: pargs(stranger.addr)},
	{name: "registerBatch_byDistributor_reverts", from: distributor, call: regWith(func(*bindings.IDrugBatchesBatchRegistration) {}),
		want: "DrugBatchesNotManufacturer", args: pargs(distributor.addr)},
	{name: "registerBatch_bySuspendedManufacturer_reverts", from: suspendedManufacturer, call: regWith(func(*bindings.IDrugBatchesBatchRegistration) {}),
		want: "DrugBatchesNotManufacturer", args: pargs(suspendedManufacturer.addr)},
	{name: "registerBatch_withWrongCheckDigit_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.Gtin = gtinC + 1 }),
		want: "DrugBatchesInvalidGtin", args: pargs(gtinC + 1)},
	{name: "registerBatch_withZeroGtin_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.Gtin = 0 }),
		want: "DrugBatchesInvalidGtin", args: pargs(uint64(0))},
	{name: "registerBatch_withFifteenDigitGtin_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.Gtin = gtinWithCheck(1_000_000_000_000_0) }),
		want: "DrugBatchesInvalidGtin", args: pargs(gtinWithCheck(1_000_000_000_000_0))},
	{name: "registerBatch_withEmptyLot_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.Lot = "" }),
		want: "DrugBatchesInvalidLot", args: pargs("")},
	{name: "registerBatch_withLotOf21Bytes_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.Lot = "ABCDEFGHIJKLMNOPQRSTU" }),
		want: "DrugBatchesInvalidLot", args: pargs("ABCDEFGHIJKLMNOPQRSTU")},
	{name: "registerBatch_manufacturedInTheFuture_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.ManufacturedAt = farFuture - 1 }),
		want: "DrugBatchesInvalidDates", args: pargs(farFuture-1, farFuture)},
	{name: "registerBatch_alreadyExpired_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.ExpiresAt = 1_700_000_001 }),
		want: "DrugBatchesInvalidDates", args: pargs(uint64(1_700_000_000), uint64(1_700_000_001))},
	{name: "registerBatch_expiringBeyond2Pow40_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.ExpiresAt = 1 << 40 }),
		want: "DrugBatchesInvalidDates", args: pargs(uint64(1_700_000_000), uint64(1<<40))},
	{name: "registerBatch_withZeroPacks_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.PackCount = 0 }),
		want: "DrugBatchesZeroQuantity"},
	{name: "registerBatch_withReversedTemperatureRange_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.MinTemperature, r.MaxTemperature = 800, 200 }),
		want: "DrugBatchesInvalidTemperatureRange", args: pargs(int16(800), int16(200))},
	{name: "registerBatch_withEmptyTemperatureRange_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.MinTemperature, r.MaxTemperature = -2000, -2000 }),
		want: "DrugBatchesInvalidTemperatureRange", args: pargs(int16(-2000), int16(-2000))},
	{name: "registerBatch_withZeroSerialRoot_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.SerialRoot = [32]byte{} }),
		want: "DrugBatchesZeroSerialRoot"},
	{name: "registerBatch_withCidV0_reverts", from: manufacturer, call: regWith(func(r *bindings.IDrugBatchesBatchRegistration) { r.CertificateCid = []byte{0x12, 0x20, 1, 2} }),
		want: "DrugBatchesInvalidCid", args: pargs([]byte{0x12, 0x20, 1, 2})},
	{name: "registerBatch_sameGtinAndLotTwice_reverts", from: manufacturer,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.registerCall(p.batA.reg) },
		want: "DrugBatchesBatchExists", args: func(p *pharmaEnv) []any { return []any{p.batA.id} }},

	// handOver
	{name: "handOver_ofUnknownBatch_reverts", from: manufacturer,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall([32]byte{7}, distributor.addr, 1) },
		want: "DrugBatchesUnknownBatch", args: pargs([32]byte{7})},
	{name: "handOver_ofZeroPacks_reverts", from: manufacturer,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, distributor.addr, 0) },
		want: "DrugBatchesZeroQuantity"},
	{name: "handOver_toSelf_reverts", from: distributor,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, distributor.addr, 1) },
		want: "DrugBatchesSelfHandOver", args: pargs(distributor.addr)},
	{name: "handOver_byStranger_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, distributor.addr, 1) },
		want: "DrugBatchesNotActiveParticipant", args: pargs(stranger.addr)},
	{name: "handOver_bySuspendedHolder_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.suspend(t, pharmacy.addr) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, hospital.addr, 1) },
		want:  "DrugBatchesNotActiveParticipant", args: pargs(pharmacy.addr)},
	{name: "handOver_toZeroAddress_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, common.Address{}, 1) },
		want: "DrugBatchesZeroAddress"},
	{name: "handOver_toLab_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, lab.addr, 1) },
		want: "DrugBatchesInvalidReceiver", args: pargs(lab.addr)},
	{name: "handOver_toUnlicensedAccount_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, patient.addr, 1) },
		want: "DrugBatchesInvalidReceiver", args: pargs(patient.addr)},
	{name: "handOver_toSuspendedPharmacy_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, suspendedPharmacy.addr, 1) },
		want: "DrugBatchesInvalidReceiver", args: pargs(suspendedPharmacy.addr)},
	{name: "handOver_toAnotherManufacturer_reverts", from: distributor,
		setup: func(t testing.TB, p *pharmaEnv) { p.license(t, pharmacy2.addr, roleManufacturer) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, pharmacy2.addr, 1) },
		want:  "DrugBatchesInvalidReceiver", args: pargs(pharmacy2.addr)},
	{name: "handOver_moreThanOnHand_reverts", from: distributor,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, pharmacy.addr, 3) },
		want: "DrugBatchesInsufficientStock", args: func(p *pharmaEnv) []any { return []any{p.batA.id, distributor.addr, uint32(2), uint32(3)} }},
	{name: "handOver_ofStockAlreadyPending_reverts", from: distributor,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 2)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, hospital.addr, 1) },
		want:  "DrugBatchesInsufficientStock", args: func(p *pharmaEnv) []any { return []any{p.batA.id, distributor.addr, uint32(0), uint32(1)} }},
	{name: "handOver_byHolderWithoutStock_reverts", from: pharmacy2,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, pharmacy.addr, 1) },
		want: "DrugBatchesInsufficientStock", args: func(p *pharmaEnv) []any { return []any{p.batA.id, pharmacy2.addr, uint32(0), uint32(1)} }},
	{name: "handOver_fromQuarantinedHolding_reverts", from: pharmacy,
		setup: quarantine(batchA, sensorPharmacy, pharmacy),
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, manufacturer.addr, 1) },
		want:  "DrugBatchesQuarantined", args: func(p *pharmaEnv) []any { return []any{p.batA.id, pharmacy.addr} }},
	{name: "handOver_ofRecalledBatchToPharmacy_reverts", from: distributor,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, manufacturer, p.recallCall(p.batA.id)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.handOverCall(p.batA.id, pharmacy.addr, 1) },
		want:  "DrugBatchesBatchRecalled", args: func(p *pharmaEnv) []any { return []any{p.batA.id} }},

	// acceptHandOver, cancelHandOver
	{name: "acceptHandOver_ofUnknownId_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.acceptCall(99) },
		want: "DrugBatchesUnknownHandOver", args: pargs(uint64(99))},
	{name: "acceptHandOver_byStranger_reverts", from: stranger,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.acceptCall(5) },
		want:  "DrugBatchesNotReceiver", args: pargs(uint64(5), stranger.addr)},
	{name: "acceptHandOver_bySender_reverts", from: distributor,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.acceptCall(5) },
		want:  "DrugBatchesNotReceiver", args: pargs(uint64(5), distributor.addr)},
	{name: "acceptHandOver_twice_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.acceptCall(2) },
		want: "DrugBatchesHandOverNotPending", args: pargs(uint64(2), handOverAccepted)},
	{name: "acceptHandOver_ofCancelled_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) {
			p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1))
			p.send(t, distributor, p.cancelCall(5))
		},
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.acceptCall(5) },
		want: "DrugBatchesHandOverNotPending", args: pargs(uint64(5), handOverCancelled)},
	{name: "acceptHandOver_byReceiverSuspendedSince_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) {
			p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1))
			p.suspend(t, pharmacy.addr)
		},
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.acceptCall(5) },
		want: "DrugBatchesInvalidReceiver", args: pargs(pharmacy.addr)},
	{name: "cancelHandOver_ofUnknownId_reverts", from: distributor,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.cancelCall(0) },
		want: "DrugBatchesUnknownHandOver", args: pargs(uint64(0))},
	{name: "cancelHandOver_byReceiver_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.cancelCall(5) },
		want:  "DrugBatchesNotSender", args: pargs(uint64(5), pharmacy.addr)},
	{name: "cancelHandOver_byStranger_reverts", from: stranger,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.cancelCall(5) },
		want:  "DrugBatchesNotSender", args: pargs(uint64(5), stranger.addr)},
	{name: "cancelHandOver_byOtherParticipant_reverts", from: manufacturer,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, distributor, p.handOverCall(p.batA.id, pharmacy.addr, 1)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.cancelCall(5) },
		want:  "DrugBatchesNotSender", args: pargs(uint64(5), manufacturer.addr)},
	{name: "cancelHandOver_ofAccepted_reverts", from: distributor,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.cancelCall(2) },
		want: "DrugBatchesHandOverNotPending", args: pargs(uint64(2), handOverAccepted)},

	// submitReadings
	{name: "submitReadings_empty_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.readingsCall(nil) },
		want: "DrugBatchesNoReadings"},
	{name: "submitReadings_fromTheFuture_revertsNamingTheReading", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			now := headTime(t, p.b)
			return p.readingsCall([]bindings.IDrugBatchesReading{
				p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, now-1, 500),
				p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, farFuture, 500),
			})
		},
		want: "DrugBatchesReadingFromFuture", args: pargs(big.NewInt(1), farFuture)},
	{name: "submitReadings_withSignatureOfNoPoint_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			// r = 0 is no curve point: ecrecover yields nothing. (A high s cannot even be
			// written in the compact form: its top bit is the parity bit.)
			r := p.signReading(t, sensorPharmacy, p.batA.id, pharmacy.addr, headTime(t, p.b)-1, 500)
			r.R = [32]byte{}
			return p.readingsCall([]bindings.IDrugBatchesReading{r})
		},
		want: "DrugBatchesInvalidReadingSignature", args: pargs(big.NewInt(0))},
	{name: "submitReadings_signedByUnregisteredKey_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return p.readingsCall([]bindings.IDrugBatchesReading{
				p.signReading(t, rogueSensor, p.batA.id, pharmacy.addr, headTime(t, p.b)-1, 500),
			})
		},
		want: "DrugBatchesDeviceNotBound", args: func(p *pharmaEnv) []any { return []any{big.NewInt(0), rogueSensor.addr, pharmacy.addr} }},
	{name: "submitReadings_byDeviceOfAnotherHolder_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return p.readingsCall([]bindings.IDrugBatchesReading{
				p.signReading(t, sensorDistributor, p.batA.id, pharmacy.addr, headTime(t, p.b)-1, 500),
			})
		},
		want: "DrugBatchesDeviceNotBound", args: func(p *pharmaEnv) []any { return []any{big.NewInt(0), sensorDistributor.addr, pharmacy.addr} }},
	{name: "submitReadings_byDeviceOfSuspendedOwner_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return p.readingsCall([]bindings.IDrugBatchesReading{
				p.signReading(t, sensorSuspended, p.batA.id, suspendedPharmacy.addr, headTime(t, p.b)-1, 500),
			})
		},
		want: "DrugBatchesInactiveDevice", args: pargs(big.NewInt(0), sensorSuspended.addr)},
	{name: "submitReadings_forHolderThatNeverHeldTheBatch_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return p.readingsCall([]bindings.IDrugBatchesReading{
				p.signReading(t, sensorHospital, p.batB.id, hospital.addr, headTime(t, p.b)-1, 500),
			})
		},
		want: "DrugBatchesNotHolder", args: func(p *pharmaEnv) []any { return []any{p.batB.id, hospital.addr} }},
	{name: "submitReadings_forUnknownBatch_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return p.readingsCall([]bindings.IDrugBatchesReading{
				p.signReading(t, sensorHospital, [32]byte{5}, hospital.addr, headTime(t, p.b)-1, 500),
			})
		},
		want: "DrugBatchesUnknownBatch", args: pargs([32]byte{5})},

	// releaseQuarantine
	{name: "releaseQuarantine_byStranger_reverts", from: stranger,
		setup: quarantine(batchA, sensorPharmacy, pharmacy),
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.releaseCall(p.batA.id, pharmacy.addr) },
		want:  "DrugBatchesNotRegulator", args: pargs(stranger.addr)},
	{name: "releaseQuarantine_byManufacturer_reverts", from: manufacturer,
		setup: quarantine(batchA, sensorPharmacy, pharmacy),
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.releaseCall(p.batA.id, pharmacy.addr) },
		want:  "DrugBatchesNotRegulator", args: pargs(manufacturer.addr)},
	{name: "releaseQuarantine_byQuarantinedHolder_reverts", from: pharmacy,
		setup: quarantine(batchA, sensorPharmacy, pharmacy),
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.releaseCall(p.batA.id, pharmacy.addr) },
		want:  "DrugBatchesNotRegulator", args: pargs(pharmacy.addr)},
	{name: "releaseQuarantine_notQuarantined_reverts", from: regulator,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.releaseCall(p.batA.id, pharmacy.addr) },
		want: "DrugBatchesNotQuarantined", args: func(p *pharmaEnv) []any { return []any{p.batA.id, pharmacy.addr} }},
	{name: "releaseQuarantine_ofUnknownBatch_reverts", from: regulator,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.releaseCall([32]byte{3}, pharmacy.addr) },
		want: "DrugBatchesUnknownBatch", args: pargs([32]byte{3})},

	// recall
	{name: "recall_byDistributor_reverts", from: distributor,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.recallCall(p.batA.id) },
		want: "DrugBatchesUnauthorisedRecall", args: pargs(distributor.addr)},
	{name: "recall_byOtherManufacturer_reverts", from: suspendedManufacturer,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.recallCall(p.batA.id) },
		want: "DrugBatchesUnauthorisedRecall", args: pargs(suspendedManufacturer.addr)},
	{name: "recall_byStranger_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.recallCall(p.batA.id) },
		want: "DrugBatchesUnauthorisedRecall", args: pargs(stranger.addr)},
	{name: "recall_twice_reverts", from: regulator,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, manufacturer, p.recallCall(p.batA.id)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.recallCall(p.batA.id) },
		want:  "DrugBatchesBatchRecalled", args: func(p *pharmaEnv) []any { return []any{p.batA.id} }},
	{name: "recall_ofUnknownBatch_reverts", from: regulator,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.recallCall([32]byte{4}) },
		want: "DrugBatchesUnknownBatch", args: pargs([32]byte{4})},

	// dispense
	{name: "dispense_byStrangerForPharmacy_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(pharmacy.addr, p.batA, "A-0001") },
		want: "DrugBatchesUnauthorisedDispenser", args: pargs(stranger.addr, pharmacy.addr)},
	{name: "dispense_byPharmacyFromAnotherHolder_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(hospital.addr, p.batA, "A-0001") },
		want: "DrugBatchesUnauthorisedDispenser", args: pargs(pharmacy.addr, hospital.addr)},
	{name: "dispense_byDistributorHolder_reverts", from: distributor,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(distributor.addr, p.batA, "A-0001") },
		want: "DrugBatchesNotDispensingHolder", args: pargs(distributor.addr)},
	{name: "dispense_bySuspendedPharmacy_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.suspend(t, pharmacy.addr) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(pharmacy.addr, p.batA, "A-0001") },
		want:  "DrugBatchesNotDispensingHolder", args: pargs(pharmacy.addr)},
	{name: "dispense_ofUnknownBatch_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.Dispense(o, pharmacy.addr, [32]byte{8}, "A-0001", p.batA.proof("A-0001"))
			}
		},
		want: "DrugBatchesUnknownBatch", args: pargs([32]byte{8})},
	{name: "dispense_withProofOfAnotherSerial_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.Dispense(o, pharmacy.addr, p.batA.id, "A-0001", p.batA.proof("A-0002"))
			}
		},
		want: "DrugBatchesInvalidSerialProof", args: func(p *pharmaEnv) []any { return []any{p.batA.id, "A-0001"} }},
	{name: "dispense_ofSerialOfAnotherBatch_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.Dispense(o, pharmacy.addr, p.batA.id, "B-0001", p.batB.proof("B-0001"))
			}
		},
		want: "DrugBatchesInvalidSerialProof", args: func(p *pharmaEnv) []any { return []any{p.batA.id, "B-0001"} }},
	{name: "dispense_withoutStock_reverts", from: pharmacy2,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(pharmacy2.addr, p.batA, "A-0001") },
		want: "DrugBatchesInsufficientStock", args: func(p *pharmaEnv) []any { return []any{p.batA.id, pharmacy2.addr, uint32(0), uint32(1)} }},
	{name: "dispense_fromQuarantinedHolding_reverts", from: hospital,
		setup: quarantine(batchA, sensorHospital, hospital),
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(hospital.addr, p.batA, "A-0001") },
		want:  "DrugBatchesQuarantined", args: func(p *pharmaEnv) []any { return []any{p.batA.id, hospital.addr} }},
	{name: "dispense_ofRecalledBatch_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, regulator, p.recallCall(p.batA.id)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.dispenseCall(pharmacy.addr, p.batA, "A-0001") },
		want:  "DrugBatchesBatchRecalled", args: func(p *pharmaEnv) []any { return []any{p.batA.id} }},

	// reportSuspectedClone
	{name: "reportSuspectedClone_byStranger_reverts", from: stranger,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, pharmacy, p.dispenseCall(pharmacy.addr, p.batA, "A-0001")) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.cloneCall(p.batA, "A-0001") },
		want:  "DrugBatchesNotActiveParticipant", args: pargs(stranger.addr)},
	{name: "reportSuspectedClone_ofSaleableSerial_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.cloneCall(p.batA, "A-0001") },
		want: "DrugBatchesSerialNotDecommissioned", args: func(p *pharmaEnv) []any { return []any{p.batA.id, "A-0001"} }},
	{name: "reportSuspectedClone_ofCounterfeitSerial_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.ReportSuspectedClone(o, p.batA.id, "FAKE", p.batA.proof("A-0001"))
			}
		},
		want: "DrugBatchesInvalidSerialProof", args: func(p *pharmaEnv) []any { return []any{p.batA.id, "FAKE"} }},
	{name: "reportSuspectedClone_ofUnknownBatch_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.ReportSuspectedClone(o, [32]byte{6}, "A-0001", nil)
			}
		},
		want: "DrugBatchesUnknownBatch", args: pargs([32]byte{6})},

	// Access control of DISPENSER_ROLE.
	{name: "grantDispenserRole_byStranger_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.GrantRole(o, dispenserRole, stranger.addr)
			}
		},
		want: "AccessControlUnauthorizedAccount", args: pargs(stranger.addr, [32]byte(adminRole))},
	{name: "grantDispenserRole_byManufacturer_reverts", from: manufacturer,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.GrantRole(o, dispenserRole, manufacturer.addr)
			}
		},
		want: "AccessControlUnauthorizedAccount", args: pargs(manufacturer.addr, [32]byte(adminRole))},
	{name: "revokeDispenserRole_byStranger_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.RevokeRole(o, dispenserRole, p.rxAddr)
			}
		},
		want: "AccessControlUnauthorizedAccount", args: pargs(stranger.addr, [32]byte(adminRole))},
	{name: "revokeDispenserRole_byPharmacy_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.RevokeRole(o, dispenserRole, p.rxAddr)
			}
		},
		want: "AccessControlUnauthorizedAccount", args: pargs(pharmacy.addr, [32]byte(adminRole))},
	{name: "renounceDispenserRole_forPrescriptionsByStranger_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.RenounceRole(o, dispenserRole, p.rxAddr)
			}
		},
		want: "AccessControlBadConfirmation"},
	{name: "renounceDispenserRole_forPrescriptionsByRegulator_reverts", from: regulator,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.batches.RenounceRole(o, dispenserRole, p.rxAddr)
			}
		},
		want: "AccessControlBadConfirmation"},
}
