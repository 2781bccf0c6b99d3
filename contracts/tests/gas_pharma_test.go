package tests

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/genesis"
)

// gasBatchPacks is the size of the batch whose packs the gas report dispenses: a large
// production batch, so that proofs have a realistic depth (17 nodes).
const gasBatchPacks = 100_000

// readingsPerSubmission is the issue's target: at least this many readings per transaction.
const readingsPerSubmission = 200

// measurePharma measures the DrugBatches and Prescriptions operations, each in a state where
// what it writes is new, computes their minimum (minimumGas, with the storage slots each must
// create), measures the verification view as the gas of its eth_call, and logs the telemetry
// throughput: gas per reading and readings per transaction within the genesis block gas limit.
func measurePharma(t *testing.T, b Backend) ([]gasOp, map[string]uint64) {
	p := deployPharma(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{{manufacturer, roleManufacturer}, {distributor, roleDistributor}, {pharmacy, rolePharmacy}, {provider, roleProvider}} {
		p.license(t, l.who.addr, l.role)
	}
	p.registerDevice(t, sensorDistributor.addr, distributor.addr)

	var ops []gasOp
	measure := func(name string, from account, gasLimit, newSlots uint64, call txFunc) *types.Receipt {
		opts := transactOpts(t, p.b, from)
		opts.GasLimit = gasLimit
		tx, err := call(opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := p.b.Mine(t, tx)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: status %d: %s", name, r.Status, p.replay(t, from, tx, r))
		}
		ops = append(ops, gasOp{name: name, gas: r.GasUsed, min: minimumGas(tx, r, newSlots)})
		return r
	}

	// A first batch and prescription so that counters and the patient's index exist.
	warm := newTestBatch(gtinB, "GAS-WARM", "W", 4)
	p.send(t, manufacturer, p.registerCall(warm.reg))
	p.send(t, provider, p.issueCall(p.rxRequest(gtinB, 1, 0, false)))

	lot := newTestBatch(gtinA, "GAS-LOT-0001", "SN", gasBatchPacks)
	// Ten slots: the batch (4), the certificate CID (length and two data slots for 36 bytes),
	// the number -> id entry, the first holder entry and the manufacturer's holding.
	measure("DrugBatches.registerBatch", manufacturer, sendGasLimit, 10, p.registerCall(lot.reg))
	// Two slots: the hand-over record. The sender's holding exists.
	measure("DrugBatches.handOver", manufacturer, sendGasLimit, 2, p.handOverCall(lot.id, distributor.addr, 1000))
	// Two slots: the receiver's first holding and its entry in the holder list.
	measure("DrugBatches.acceptHandOver", distributor, sendGasLimit, 2, p.acceptCall(1))
	p.send(t, distributor, p.handOverCall(lot.id, pharmacy.addr, 10))
	measure("DrugBatches.cancelHandOver", distributor, sendGasLimit, 0, p.cancelCall(2))
	p.move(t, lot, distributor, pharmacy, 100)

	// Telemetry: one reading (a new high-water mark slot), then a full submission of one
	// device for one batch (the mark exists). Fixed timestamps keep calldata, and gas, fixed.
	const t0 = 1_700_000_000
	rOne := measure("DrugBatches.submitOneReading", stranger, sendGasLimit, 1, p.readingsCall([]bindings.IDrugBatchesReading{
		p.signReading(t, sensorDistributor, lot.id, distributor.addr, t0, 450),
	}))
	many := make([]bindings.IDrugBatchesReading, readingsPerSubmission)
	for i := range many {
		many[i] = p.signReading(t, sensorDistributor, lot.id, distributor.addr, t0+1+uint64(i), int16(400+i%50))
	}
	rMany := measure("DrugBatches.submitTwoHundredReadings", stranger, 10_000_000, 0, p.readingsCall(many))
	// An excursion: quarantine (holding update) and the holder's first penalty (new slot).
	measure("DrugBatches.submitExcursionReading", stranger, sendGasLimit, 1, p.readingsCall([]bindings.IDrugBatchesReading{
		p.signReading(t, sensorDistributor, lot.id, distributor.addr, t0+1000, 950),
	}))
	measure("DrugBatches.releaseQuarantine", regulator, sendGasLimit, 0, p.releaseCall(lot.id, distributor.addr))

	// Verification: the eth_call gas of the view (verifyPackCall) beside intrinsic gas plus
	// calldata.
	serial := lot.serials[54_321]
	data, err := p.batchesABI.Pack("verifyPack", gtinA, lot.reg.Lot, serial, lot.proof(serial), pharmacy.addr)
	if err != nil {
		t.Fatal(err)
	}
	viewGas, err := p.b.Client().EstimateGas(context.Background(), ethereum.CallMsg{From: pharmacy.addr, To: &p.batchesAddr, Data: data})
	if err != nil {
		t.Fatalf("estimate verifyPack: %v", err)
	}
	if s := p.status(lot, serial, pharmacy.addr); s != packActive {
		t.Fatalf("verifyPack of a genuine pack = %d", s)
	}
	ops = append(ops, gasOp{name: "DrugBatches.verifyPackCall", gas: viewGas, min: 21_000 + calldataGas(data)})

	// One slot: the serial record.
	measure("DrugBatches.dispense", pharmacy, sendGasLimit, 1, p.dispenseCall(pharmacy.addr, lot, lot.serials[1]))
	measure("DrugBatches.reportSuspectedClone", pharmacy, sendGasLimit, 0, p.cloneCall(lot, lot.serials[1]))

	// Seven slots: the prescription (3), its CID (3) and the patient's index entry.
	measure("Prescriptions.issue", provider, sendGasLimit, 7, p.issueCall(p.rxRequest(gtinA, 1, 1, false)))
	p.send(t, provider, p.issueCall(p.rxRequest(gtinA, 1, 0, true)))
	// Seven slots: the serial record, the fill (pharmacy and time), its CID (3) and its batch
	// list (length and one entry).
	measure("Prescriptions.dispense", pharmacy, sendGasLimit, 7, p.rxDispenseCall(2, 1, lot.pack(lot.serials[2])))
	deadline := new(big.Int).SetUint64(farFuture)
	sig := p.signDispense(t, patient, 3, 1, pharmacy.addr, deadline)
	measure("Prescriptions.dispenseControlled", pharmacy, sendGasLimit, 7,
		p.rxDispenseSigned(3, 1, []bindings.IPrescriptionsPack{lot.pack(lot.serials[3])}, deadline, sig))
	measure("Prescriptions.cancel", provider, sendGasLimit, 0, p.rxCancelCall(2))
	measure("DrugBatches.recall", manufacturer, sendGasLimit, 0, p.recallCall(lot.id))

	// Throughput of telemetry.
	one := rOne.GasUsed
	perReading := float64(rMany.GasUsed-one) / float64(readingsPerSubmission-1)
	fit := (genesis.DefaultGasLimit - (one - uint64(perReading))) / uint64(perReading)
	t.Logf("telemetry: %d readings per transaction use %d gas (%.0f per reading, %.1f%% of the %d block gas limit); "+
		"one transaction fits %d readings",
		readingsPerSubmission, rMany.GasUsed, perReading, 100*float64(rMany.GasUsed)/float64(genesis.DefaultGasLimit),
		genesis.DefaultGasLimit, fit)
	if rMany.GasUsed > genesis.DefaultGasLimit {
		t.Errorf("%d readings need %d gas, more than the block gas limit %d", readingsPerSubmission, rMany.GasUsed, genesis.DefaultGasLimit)
	}
	return ops, p.deployGas
}

// calldataGas is the calldata cost of data: 4 per zero byte, 16 per other byte.
func calldataGas(data []byte) uint64 {
	var gas uint64
	for _, b := range data {
		if b == 0 {
			gas += 4
		} else {
			gas += 16
		}
	}
	return gas
}
