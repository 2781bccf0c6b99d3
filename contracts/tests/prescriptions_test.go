package tests

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/bindings"
)

// TestPrescriptions runs every Prescriptions behaviour on every backend.
func TestPrescriptions(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, pharmaFunded()...)
			for _, tc := range prescriptionsCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployPharmaBase(t, b)) })
			}
			base := deployPharmaBase(t, b)
			for _, tc := range prescriptionsRevertCases {
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

const (
	rxActive uint8 = iota + 1
	rxCancelled
)

var prescriptionsCases = []pharmaCase{
	{"issue_byProvider_storesPrescriptionAndEmitsPrescriptionIssued", func(t *testing.T, p *pharmaEnv) {
		req := p.rxRequest(gtinA, 2, 5, false)
		req.CodeSystem, req.Code = "http://www.whocc.no/atc", "N02BE01"
		req.MinFillInterval = 86_400
		r := p.send(t, provider, p.issueCall(req))
		ev := oneEvent(t, r, p.rxAddr, p.rx.ParsePrescriptionIssued)
		if ev.Id != 3 || ev.Patient != patient.addr || ev.Prescriber != provider.addr || ev.Request.Gtin != gtinA ||
			ev.Request.Code != "N02BE01" || ev.Request.Refills != 5 || string(ev.Request.Cid) != string(req.Cid) {
			t.Errorf("PrescriptionIssued = %+v", ev)
		}
		got := must(p.rx.Prescription(p.opts(), 3))
		if got.Patient != patient.addr || got.Prescriber != provider.addr || got.Gtin != gtinA || got.CodeSystem != req.CodeSystem ||
			got.Code != "N02BE01" || got.QuantityPerFill != 2 || got.Refills != 5 || got.FillsDispensed != 0 ||
			got.IssuedAt != blockTime(t, p.b, r) || got.ValidUntil != farFuture || got.MinFillInterval != 86_400 ||
			got.LastFillAt != 0 || got.Controlled || got.Status != rxActive || string(got.Cid) != string(req.Cid) {
			t.Errorf("prescription(3) = %+v", got)
		}
		if n := must(p.rx.PrescriptionCount(p.opts())); n != 3 {
			t.Errorf("prescriptionCount = %d, want 3", n)
		}
		if n := must(p.rx.PrescriptionCountOf(p.opts(), patient.addr)); n != 3 {
			t.Errorf("prescriptionCountOf(patient) = %d, want 3", n)
		}
		if id := must(p.rx.PrescriptionOfPatient(p.opts(), patient.addr, 2)); id != 3 {
			t.Errorf("prescriptionOfPatient(patient, 2) = %d, want 3", id)
		}
	}},
	{"issue_byCodeOnly_isDispensedWithAnyProduct", func(t *testing.T, p *pharmaEnv) {
		req := p.rxRequest(0, 2, 0, false)
		req.CodeSystem, req.Code = "http://www.nlm.nih.gov/research/umls/rxnorm", "197361"
		p.send(t, provider, p.issueCall(req))
		if got := must(p.rx.Prescription(p.opts(), 3)); got.Gtin != 0 || got.Code != "197361" {
			t.Errorf("prescription(3) = %+v", got)
		}
		// Two packs of two different products and batches in one fill.
		r := p.send(t, pharmacy, p.rxDispenseCall(3, 1, p.batA.pack("A-0001"), p.batB.pack("B-0001")))
		ev := oneEvent(t, r, p.rxAddr, p.rx.ParsePrescriptionDispensed)
		if len(ev.BatchIds) != 2 || ev.BatchIds[0] != p.batA.id || ev.BatchIds[1] != p.batB.id {
			t.Errorf("batchIds = %x", ev.BatchIds)
		}
		f := must(p.rx.FillOf(p.opts(), 3, 1))
		if len(f.BatchIds) != 2 || f.BatchIds[1] != p.batB.id {
			t.Errorf("fillOf(3, 1) = %+v", f)
		}
	}},
	{"dispense_byPharmacyHoldingThePack_recordsFillLinksBatchAndDecommissions", func(t *testing.T, p *pharmaEnv) {
		r := p.send(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0009")))
		ev := oneEvent(t, r, p.rxAddr, p.rx.ParsePrescriptionDispensed)
		leaf := merkle.SerialLeaf(p.batA.id, "A-0009")
		if ev.Id != 1 || ev.Patient != patient.addr || ev.Pharmacy != pharmacy.addr || ev.Fill != 1 ||
			len(ev.BatchIds) != 1 || ev.BatchIds[0] != p.batA.id || len(ev.SerialLeaves) != 1 || ev.SerialLeaves[0] != leaf ||
			string(ev.Cid) != string(testCID("MedicationDispense 1/1")) {
			t.Errorf("PrescriptionDispensed = %+v", ev)
		}
		pd := oneEvent(t, r, p.batchesAddr, p.batches.ParsePackDispensed)
		if pd.Holder != pharmacy.addr || pd.Operator != p.rxAddr || pd.Serial != "A-0009" {
			t.Errorf("PackDispensed = %+v", pd)
		}
		f := must(p.rx.FillOf(p.opts(), 1, 1))
		if f.Pharmacy != pharmacy.addr || f.DispensedAt != blockTime(t, p.b, r) || len(f.BatchIds) != 1 || f.BatchIds[0] != p.batA.id ||
			string(f.Cid) != string(testCID("MedicationDispense 1/1")) {
			t.Errorf("fillOf(1, 1) = %+v", f)
		}
		if got := must(p.rx.Prescription(p.opts(), 1)); got.FillsDispensed != 1 || got.LastFillAt != blockTime(t, p.b, r) {
			t.Errorf("prescription(1) = %+v", got)
		}
		if h := p.holding(p.batA, pharmacy); h.OnHand != 3 || h.Dispensed != 1 {
			t.Errorf("pharmacy holding = %+v", h)
		}
		if s := p.status(p.batA, "A-0009", pharmacy.addr); s != packDispensed {
			t.Errorf("pack status %d, want dispensed", s)
		}
		if f := must(p.rx.FillOf(p.opts(), 1, 2)); f.Pharmacy != (common.Address{}) || len(f.BatchIds) != 0 {
			t.Errorf("undispensed fill = %+v", f)
		}
	}},
	{"dispense_everyFill_thenNoFillsLeft", func(t *testing.T, p *pharmaEnv) {
		p.send(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001")))
		p.send(t, pharmacy, p.rxDispenseCall(1, 2, p.batA.pack("A-0002")))
		p.send(t, pharmacy, p.rxDispenseCall(1, 3, p.batA.pack("A-0003")))
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(1, 4, p.batA.pack("A-0004"))), "PrescriptionsNoFillsLeft", uint64(1))
		assertRevert(t, p.revert(t, provider, p.rxCancelCall(1)), "PrescriptionsNoFillsLeft", uint64(1))
		if got := must(p.rx.Prescription(p.opts(), 1)); got.FillsDispensed != 3 || got.Status != rxActive {
			t.Errorf("prescription(1) = %+v", got)
		}
	}},
	{"dispense_beforeMinimumInterval_revertsThenSucceeds", func(t *testing.T, p *pharmaEnv) {
		req := p.rxRequest(gtinA, 1, 1, false)
		req.MinFillInterval = 3
		p.send(t, provider, p.issueCall(req))
		r := p.send(t, pharmacy, p.rxDispenseCall(3, 1, p.batA.pack("A-0001")))
		next := blockTime(t, p.b, r) + 3
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(3, 2, p.batA.pack("A-0002"))), "PrescriptionsFillTooEarly", uint64(3), next)
		waitSeconds(t, p.b, 4)
		p.send(t, pharmacy, p.rxDispenseCall(3, 2, p.batA.pack("A-0002")))
	}},
	{"dispense_controlled_withPatientSignatureForThisFillAndPharmacy", func(t *testing.T, p *pharmaEnv) {
		deadline := new(big.Int).SetUint64(farFuture)
		chainID := must(p.b.Client().ChainID(context.Background()))
		_, digest := signTyped(t, patient, dispenseTypedData(chainID, p.rxAddr, 2, 1, pharmacy.addr, deadline))
		if onChain := must(p.rx.DispenseDigest(p.opts(), 2, 1, pharmacy.addr, deadline)); common.BytesToHash(digest) != onChain {
			t.Fatalf("apitypes digest %x, contract %x", digest, onChain)
		}
		if sep := must(p.rx.DOMAINSEPARATOR(p.opts())); sep != domainSeparator(t, p.b, "Salus Prescriptions", p.rxAddr) {
			t.Errorf("DOMAIN_SEPARATOR %x", sep)
		}
		sig := p.signDispense(t, patient, 2, 1, pharmacy.addr, deadline)
		packs := []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}
		// The authorisation binds the pharmacy: another one cannot use it.
		assertRevert(t, p.revert(t, pharmacy2, p.rxDispenseSigned(2, 1, packs, deadline, sig)),
			"PrescriptionsInvalidPatientSignature", uint64(2), patient.addr)
		p.send(t, pharmacy, p.rxDispenseSigned(2, 1, packs, deadline, sig))
	}},
	{"dispense_twoPharmaciesRacingForOneFill_onlyOneSucceeds", func(t *testing.T, p *pharmaEnv) {
		p.move(t, p.batA, manufacturer, pharmacy2, 2)
		send := func(from account, serial string) *types.Transaction {
			opts := transactOpts(t, p.b, from)
			opts.GasLimit = sendGasLimit // no estimation: both are sent before either is mined
			tx, err := p.rxDispenseCall(1, 1, p.batA.pack(serial))(opts)
			if err != nil {
				t.Fatal(err)
			}
			return tx
		}
		var tx1, tx2 *types.Transaction
		receipts := p.b.MineTogether(t, func() []*types.Transaction {
			tx1 = send(pharmacy, "A-0001")
			tx2 = send(pharmacy2, "A-0002")
			return []*types.Transaction{tx1, tx2}
		})
		r1, r2 := receipts[0], receipts[1]
		// By number: on Clique the signer may seal two blocks at one height (see awaitHead),
		// both holding the two transactions, and either may be canonical by now.
		if r1.BlockNumber.Cmp(r2.BlockNumber) != 0 {
			t.Fatalf("mined in blocks %v and %v, want one block", r1.BlockNumber, r2.BlockNumber)
		}
		winner, loser, loserSerial, loserTx := pharmacy, pharmacy2, "A-0002", tx2
		if r1.Status != types.ReceiptStatusSuccessful {
			winner, loser, loserSerial, loserTx = pharmacy2, pharmacy, "A-0001", tx1
		}
		if (r1.Status == types.ReceiptStatusSuccessful) == (r2.Status == types.ReceiptStatusSuccessful) {
			t.Fatalf("statuses %d and %d, want exactly one success", r1.Status, r2.Status)
		}
		// Replaying the losing transaction now names the reason.
		_, err := p.b.Client().CallContract(context.Background(), ethereum.CallMsg{
			From: loser.addr, To: loserTx.To(), Gas: loserTx.Gas(), Data: loserTx.Data()}, nil)
		assertRevert(t, decodeRevert(t, p.abi, err), "PrescriptionsFillAlreadyDispensed", uint64(1), uint16(1))
		if f := must(p.rx.FillOf(p.opts(), 1, 1)); f.Pharmacy != winner.addr {
			t.Errorf("fill 1 dispensed by %s, want the winner %s", f.Pharmacy, winner.addr)
		}
		if got := must(p.rx.Prescription(p.opts(), 1)); got.FillsDispensed != 1 {
			t.Errorf("fillsDispensed = %d, want 1", got.FillsDispensed)
		}
		if s := p.status(p.batA, loserSerial, loser.addr); s != packActive {
			t.Errorf("the loser's pack has status %d, want active (nothing decommissioned)", s)
		}
	}},
	{"dispense_afterDispenserRoleRevoked_reverts", func(t *testing.T, p *pharmaEnv) {
		p.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return p.batches.RevokeRole(o, dispenserRole, p.rxAddr)
		})
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001"))),
			"DrugBatchesUnauthorisedDispenser", p.rxAddr, pharmacy.addr)
	}},
	{"dispense_afterPrescriptionExpired_reverts", func(t *testing.T, p *pharmaEnv) {
		req := p.rxRequest(gtinA, 1, 0, false)
		req.ValidUntil = chainNow(t, p.b) + 3
		p.send(t, provider, p.issueCall(req))
		waitSeconds(t, p.b, 5)
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(3, 1, p.batA.pack("A-0001"))),
			"PrescriptionsPrescriptionExpired", uint64(3), req.ValidUntil)
	}},
	{"dispense_whilePrescriberSuspended_revertsAndAfterReinstatementSucceeds", func(t *testing.T, p *pharmaEnv) {
		p.suspend(t, provider.addr)
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001"))),
			"PrescriptionsPrescriberNotActive", uint64(1), provider.addr)
		// Nothing was dispensed: the fill is still open and the pack still active.
		if got := must(p.rx.Prescription(p.opts(), 1)); got.FillsDispensed != 0 || got.Status != rxActive {
			t.Errorf("prescription(1) after the refused fill = %+v", got)
		}
		if s := p.status(p.batA, "A-0001", pharmacy.addr); s != packActive {
			t.Errorf("pack status %d after the refused fill, want active", s)
		}
		p.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return p.registry.Reinstate(o, provider.addr)
		})
		r := p.send(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001")))
		if ev := oneEvent(t, r, p.rxAddr, p.rx.ParsePrescriptionDispensed); ev.Id != 1 || ev.Fill != 1 {
			t.Errorf("PrescriptionDispensed = %+v", ev)
		}
	}},
	{"dispense_afterPrescriberLicenseExpired_reverts", func(t *testing.T, p *pharmaEnv) {
		until := chainNow(t, p.b) + 3
		p.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return p.registry.License(o, provider.addr, roleProvider, "Provider", common.Hash{0x1c}, until)
		})
		waitSeconds(t, p.b, 5)
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001"))),
			"PrescriptionsPrescriberNotActive", uint64(1), provider.addr)
		// The prescriber may still cancel.
		p.send(t, provider, p.rxCancelCall(1))
	}},
	{"cancel_byPrescriber_stopsDispensingAndEmitsPrescriptionCancelled", func(t *testing.T, p *pharmaEnv) {
		p.send(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001")))
		r := p.send(t, provider, p.rxCancelCall(1))
		ev := oneEvent(t, r, p.rxAddr, p.rx.ParsePrescriptionCancelled)
		if ev.Id != 1 || ev.Patient != patient.addr || ev.Prescriber != provider.addr || ev.ReasonCode != common.HexToHash("0xca") {
			t.Errorf("PrescriptionCancelled = %+v", ev)
		}
		if got := must(p.rx.Prescription(p.opts(), 1)); got.Status != rxCancelled {
			t.Errorf("status %d, want cancelled", got.Status)
		}
		assertRevert(t, p.revert(t, pharmacy, p.rxDispenseCall(1, 2, p.batA.pack("A-0002"))), "PrescriptionsPrescriptionCancelled", uint64(1))
	}},
	{"cancel_bySuspendedPrescriber_isAllowed", func(t *testing.T, p *pharmaEnv) {
		p.suspend(t, provider.addr)
		p.send(t, provider, p.rxCancelCall(1))
	}},
	{"views_ofUnknownIds_revertAndAddressesAreExposed", func(t *testing.T, p *pharmaEnv) {
		got := decodeRevert(t, p.abi, func() error { _, err := p.rx.Prescription(p.opts(), 99); return err }())
		assertRevert(t, got, "PrescriptionsUnknownPrescription", uint64(99))
		got = decodeRevert(t, p.abi, func() error { _, err := p.rx.PrescriptionOfPatient(p.opts(), patient.addr, 2); return err }())
		assertRevert(t, got, "PrescriptionsUnknownPrescription", uint64(0))
		if a := must(p.rx.Registry(p.opts())); a != p.addr {
			t.Errorf("registry() = %s", a)
		}
		if a := must(p.rx.DrugBatches(p.opts())); a != p.batchesAddr {
			t.Errorf("drugBatches() = %s", a)
		}
		if n := must(p.rx.MAXPACKSPERFILL(p.opts())); n != 10 {
			t.Errorf("MAX_PACKS_PER_FILL = %d", n)
		}
	}},
	{"constructor_withZeroAddress_reverts", func(t *testing.T, p *pharmaEnv) {
		deploy := func(reg, batches common.Address) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployPrescriptions(o, p.b.Client(), reg, batches)
				return tx, err
			}
		}
		assertRevert(t, p.revert(t, regulator, deploy(common.Address{}, p.batchesAddr)), "PrescriptionsZeroAddress")
		assertRevert(t, p.revert(t, regulator, deploy(p.addr, common.Address{})), "PrescriptionsZeroAddress")
	}},
}

// issueWith returns an issue call of a prescription by GTIN A changed by edit.
func issueWith(edit func(r *bindings.IPrescriptionsPrescriptionRequest)) func(t testing.TB, p *pharmaEnv) txFunc {
	return func(t testing.TB, p *pharmaEnv) txFunc {
		req := p.rxRequest(gtinA, 1, 0, false)
		edit(&req)
		return p.issueCall(req)
	}
}

func noEdit(*bindings.IPrescriptionsPrescriptionRequest) {}

// rxDispense returns a dispense call of fill of id with the packs of batch A named.
func rxDispense(id uint64, fill uint16, serials ...string) func(t testing.TB, p *pharmaEnv) txFunc {
	return func(t testing.TB, p *pharmaEnv) txFunc {
		packs := make([]bindings.IPrescriptionsPack, len(serials))
		for i, s := range serials {
			packs[i] = p.batA.pack(s)
		}
		return p.rxDispenseCall(id, fill, packs...)
	}
}

func batchIDArgs(tb func(p *pharmaEnv) *testBatch, rest ...any) func(p *pharmaEnv) []any {
	return func(p *pharmaEnv) []any { return append([]any{tb(p).id}, rest...) }
}

var prescriptionsRevertCases = []pharmaRevertCase{
	// issue
	{name: "issue_byStranger_reverts", from: stranger, call: issueWith(noEdit),
		want: "PrescriptionsNotActivePrescriber", args: pargs(stranger.addr)},
	{name: "issue_byPharmacy_reverts", from: pharmacy, call: issueWith(noEdit),
		want: "PrescriptionsNotActivePrescriber", args: pargs(pharmacy.addr)},
	{name: "issue_bySuspendedProvider_reverts", from: provider,
		setup: func(t testing.TB, p *pharmaEnv) { p.suspend(t, provider.addr) },
		call:  issueWith(noEdit), want: "PrescriptionsNotActivePrescriber", args: pargs(provider.addr)},
	{name: "issue_toZeroAddress_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Patient = common.Address{} }),
		want: "PrescriptionsZeroAddress"},
	{name: "issue_toSelf_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Patient = provider.addr }),
		want: "PrescriptionsSelfPrescription", args: pargs(provider.addr)},
	{name: "issue_withWrongCheckDigit_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Gtin = gtinA + 1 }),
		want: "PrescriptionsInvalidGtin", args: pargs(gtinA + 1)},
	{name: "issue_withNeitherGtinNorCode_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Gtin = 0 }),
		want: "PrescriptionsInvalidMedication"},
	{name: "issue_withCodeButNoSystem_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Code = "N02BE01" }),
		want: "PrescriptionsInvalidMedication"},
	{name: "issue_withCodeOf65Bytes_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) {
		r.CodeSystem, r.Code = "ATC", strings.Repeat("x", 65)
	}), want: "PrescriptionsInvalidMedication"},
	{name: "issue_withZeroPacksPerFill_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.QuantityPerFill = 0 }),
		want: "PrescriptionsInvalidQuantity", args: pargs(uint16(0))},
	{name: "issue_withElevenPacksPerFill_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.QuantityPerFill = 11 }),
		want: "PrescriptionsInvalidQuantity", args: pargs(uint16(11))},
	{name: "issue_with65535Refills_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Refills = 65535 }),
		want: "PrescriptionsInvalidRefills", args: pargs(uint16(65535))},
	{name: "issue_validUntilInThePast_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.ValidUntil = 1_000 }),
		want: "PrescriptionsInvalidValidity", args: pargs(uint64(1_000))},
	{name: "issue_validUntilBeyond2Pow40_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.ValidUntil = 1 << 40 }),
		want: "PrescriptionsInvalidValidity", args: pargs(uint64(1 << 40))},
	{name: "issue_withCidV0_reverts", from: provider, call: issueWith(func(r *bindings.IPrescriptionsPrescriptionRequest) { r.Cid = []byte{0x12, 0x20, 1, 2} }),
		want: "PrescriptionsInvalidCid", args: pargs([]byte{0x12, 0x20, 1, 2})},

	// dispense: who
	{name: "dispense_byStranger_reverts", from: stranger, call: rxDispense(1, 1, "A-0001"),
		want: "PrescriptionsNotActivePharmacy", args: pargs(stranger.addr)},
	{name: "dispense_byDistributor_reverts", from: distributor, call: rxDispense(1, 1, "A-0001"),
		want: "PrescriptionsNotActivePharmacy", args: pargs(distributor.addr)},
	{name: "dispense_byHospitalProvider_reverts", from: hospital, call: rxDispense(1, 1, "A-0001"),
		want: "PrescriptionsNotActivePharmacy", args: pargs(hospital.addr)},
	{name: "dispense_ofSuspendedPrescribersPrescription_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.suspend(t, provider.addr) },
		call:  rxDispense(1, 1, "A-0001"), want: "PrescriptionsPrescriberNotActive", args: pargs(uint64(1), provider.addr)},
	{name: "dispense_bySuspendedPharmacy_reverts", from: suspendedPharmacy, call: rxDispense(1, 1, "A-0001"),
		want: "PrescriptionsNotActivePharmacy", args: pargs(suspendedPharmacy.addr)},
	// dispense: the prescription and fill
	{name: "dispense_ofUnknownPrescription_reverts", from: pharmacy, call: rxDispense(99, 1, "A-0001"),
		want: "PrescriptionsUnknownPrescription", args: pargs(uint64(99))},
	{name: "dispense_ofCancelledPrescription_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, provider, p.rxCancelCall(1)) },
		call:  rxDispense(1, 1, "A-0001"), want: "PrescriptionsPrescriptionCancelled", args: pargs(uint64(1))},
	{name: "dispense_ofFillAlreadyDispensed_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, pharmacy, p.rxDispenseCall(1, 1, p.batA.pack("A-0001"))) },
		call:  rxDispense(1, 1, "A-0002"), want: "PrescriptionsFillAlreadyDispensed", args: pargs(uint64(1), uint16(1))},
	{name: "dispense_ofFillZero_reverts", from: pharmacy, call: rxDispense(1, 0, "A-0001"),
		want: "PrescriptionsInvalidFill", args: pargs(uint64(1), uint16(0), uint16(1))},
	{name: "dispense_skippingAFill_reverts", from: pharmacy, call: rxDispense(1, 2, "A-0001"),
		want: "PrescriptionsInvalidFill", args: pargs(uint64(1), uint16(2), uint16(1))},
	{name: "dispense_withTooManyPacks_reverts", from: pharmacy, call: rxDispense(1, 1, "A-0001", "A-0002"),
		want: "PrescriptionsPackCountMismatch", args: pargs(uint64(1), big.NewInt(2), uint16(1))},
	{name: "dispense_withoutPacks_reverts", from: pharmacy, call: rxDispense(1, 1),
		want: "PrescriptionsPackCountMismatch", args: pargs(uint64(1), big.NewInt(0), uint16(1))},
	{name: "dispense_withInvalidCid_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return p.rx.Dispense(o, 1, 1, []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}, []byte{1, 2}, new(big.Int), nil)
			}
		},
		want: "PrescriptionsInvalidCid", args: pargs([]byte{1, 2})},
	// dispense: the patient's authorisation of a controlled fill
	{name: "dispense_controlledWithoutSignature_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			return p.rxDispenseSigned(2, 1, []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}, new(big.Int).SetUint64(farFuture), nil)
		},
		want: "PrescriptionsInvalidPatientSignature", args: pargs(uint64(2), patient.addr)},
	{name: "dispense_controlledSignedByAnotherAccount_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			sig := p.signDispense(t, stranger, 2, 1, pharmacy.addr, deadline)
			return p.rxDispenseSigned(2, 1, []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}, deadline, sig)
		},
		want: "PrescriptionsInvalidPatientSignature", args: pargs(uint64(2), patient.addr)},
	{name: "dispense_controlledWithSignatureOfAnotherFill_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			sig := p.signDispense(t, patient, 2, 2, pharmacy.addr, deadline)
			return p.rxDispenseSigned(2, 1, []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}, deadline, sig)
		},
		want: "PrescriptionsInvalidPatientSignature", args: pargs(uint64(2), patient.addr)},
	{name: "dispense_controlledWithChangedDeadline_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			sig := p.signDispense(t, patient, 2, 1, pharmacy.addr, new(big.Int).SetUint64(farFuture))
			return p.rxDispenseSigned(2, 1, []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}, new(big.Int).SetUint64(farFuture+1), sig)
		},
		want: "PrescriptionsInvalidPatientSignature", args: pargs(uint64(2), patient.addr)},
	{name: "dispense_controlledAfterDeadline_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			deadline := big.NewInt(1_000)
			sig := p.signDispense(t, patient, 2, 1, pharmacy.addr, deadline)
			return p.rxDispenseSigned(2, 1, []bindings.IPrescriptionsPack{p.batA.pack("A-0001")}, deadline, sig)
		},
		want: "PrescriptionsExpiredSignature", args: pargs(big.NewInt(1_000))},
	// dispense: the packs
	{name: "dispense_ofOtherProduct_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.rxDispenseCall(1, 1, p.batB.pack("B-0001")) },
		want: "PrescriptionsMedicationMismatch", args: pargs(uint64(1), gtinA, gtinB)},
	{name: "dispense_byPharmacyNotHoldingTheBatch_reverts", from: pharmacy2, call: rxDispense(1, 1, "A-0001"),
		want: "DrugBatchesInsufficientStock", args: batchIDArgs(batchA, pharmacy2.addr, uint32(0), uint32(1))},
	{name: "dispense_fromQuarantinedStock_reverts", from: pharmacy,
		setup: quarantine(batchA, sensorPharmacy, pharmacy),
		call:  rxDispense(1, 1, "A-0001"), want: "DrugBatchesQuarantined", args: batchIDArgs(batchA, pharmacy.addr)},
	{name: "dispense_ofRecalledBatch_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, manufacturer, p.recallCall(p.batA.id)) },
		call:  rxDispense(1, 1, "A-0001"), want: "DrugBatchesBatchRecalled", args: batchIDArgs(batchA)},
	{name: "dispense_ofCounterfeitSerial_reverts", from: pharmacy,
		call: func(t testing.TB, p *pharmaEnv) txFunc {
			fake := bindings.IPrescriptionsPack{BatchId: p.batA.id, Serial: "A-9999", Proof: p.batA.proof("A-0001")}
			return p.rxDispenseCall(1, 1, fake)
		},
		want: "DrugBatchesInvalidSerialProof", args: batchIDArgs(batchA, "A-9999")},
	{name: "dispense_ofDecommissionedSerial_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, hospital, p.dispenseCall(hospital.addr, p.batA, "A-0001")) },
		call:  rxDispense(1, 1, "A-0001"), want: "DrugBatchesSerialDecommissioned", args: batchIDArgs(batchA, "A-0001", hospital.addr)},
	{name: "dispense_sameSerialTwiceInOneFill_reverts", from: pharmacy,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, provider, p.issueCall(p.rxRequest(gtinA, 2, 0, false))) },
		call:  rxDispense(3, 1, "A-0001", "A-0001"), want: "DrugBatchesSerialDecommissioned", args: batchIDArgs(batchA, "A-0001", pharmacy.addr)},

	// cancel
	{name: "cancel_byStranger_reverts", from: stranger,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.rxCancelCall(1) },
		want: "PrescriptionsNotPrescriber", args: pargs(uint64(1), stranger.addr)},
	{name: "cancel_byPatient_reverts", from: patient,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.rxCancelCall(1) },
		want: "PrescriptionsNotPrescriber", args: pargs(uint64(1), patient.addr)},
	{name: "cancel_byAnotherProvider_reverts", from: hospital,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.rxCancelCall(1) },
		want: "PrescriptionsNotPrescriber", args: pargs(uint64(1), hospital.addr)},
	{name: "cancel_twice_reverts", from: provider,
		setup: func(t testing.TB, p *pharmaEnv) { p.send(t, provider, p.rxCancelCall(1)) },
		call:  func(t testing.TB, p *pharmaEnv) txFunc { return p.rxCancelCall(1) },
		want:  "PrescriptionsPrescriptionCancelled", args: pargs(uint64(1))},
	{name: "cancel_ofUnknownPrescription_reverts", from: provider,
		call: func(t testing.TB, p *pharmaEnv) txFunc { return p.rxCancelCall(42) },
		want: "PrescriptionsUnknownPrescription", args: pargs(uint64(42))},
}
