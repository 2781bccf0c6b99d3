package tests

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// TestRecords runs every Records behaviour on every backend.
func TestRecords(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, consentFunded()...)
			for _, tc := range recordsCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployRecordsBase(t, b)) })
			}
			base := deployRecordsBase(t, b)
			for _, tc := range recordsRevertCases {
				t.Run(tc.name, func(t *testing.T) {
					got := base.revert(t, tc.from, tc.call(base))
					assertRevert(t, got, tc.want, tc.args(base)...)
				})
			}
		})
	}
}

// recordsBase is the consent base state plus: the patient's treatment grant
// of lab results and diagnoses to provider and lab, of diagnoses to clinic
// (given before its suspension), a payment grant of all categories to
// insurer, a care-giving grant to caregiver; version 1 (patient, personal
// data, by patient), version 2 (patient, lab results, by lab) amended by
// version 3 (by provider); version 4 (stranger, personal, by stranger).
// Pharmacies: pharmacy, active, holds a treatment grant of prescriptions and
// diagnoses; pharmacy2, active, a payment grant of prescriptions only;
// suspendedPharmacy a treatment grant of prescriptions given before its
// suspension.
type recordsBase struct {
	*consentEnv
}

func deployRecordsBase(t testing.TB, b Backend) *recordsBase {
	t.Helper()
	c := deployConsent(t, b)
	c.license(t, provider.addr, roleProvider)
	c.license(t, lab.addr, roleLab)
	c.license(t, insurer.addr, roleInsurer)
	c.license(t, clinic.addr, roleProvider)
	treatment := bit(catLabResults) | bit(catDiagnoses)
	c.send(t, patient, c.grantCall(provider.addr, treatment, purposeTreatment, farFuture))
	c.send(t, patient, c.grantCall(lab.addr, treatment, purposeTreatment, farFuture))
	c.send(t, patient, c.grantCall(clinic.addr, bit(catDiagnoses), purposeTreatment, farFuture))
	c.send(t, patient, c.grantCall(insurer.addr, allCategories, purposeTreatment, farFuture))
	c.send(t, patient, c.grantCall(caregiver.addr, allCategories, purposeCareGiving, farFuture))
	c.suspend(t, clinic.addr)
	c.license(t, pharmacy.addr, rolePharmacy)
	c.license(t, pharmacy2.addr, rolePharmacy)
	c.license(t, suspendedPharmacy.addr, rolePharmacy)
	c.send(t, patient, c.grantCall(pharmacy.addr, bit(catPrescriptions)|bit(catDiagnoses), purposeTreatment, farFuture))
	c.send(t, patient, c.grantCall(pharmacy2.addr, bit(catPrescriptions), purposePayment, farFuture))
	c.send(t, patient, c.grantCall(suspendedPharmacy.addr, bit(catPrescriptions), purposeTreatment, farFuture))
	c.suspend(t, suspendedPharmacy.addr)
	c.registerDevice(t, device.addr, provider.addr)
	c.send(t, patient, c.addRecordCall(patient.addr, catPersonal, testCID("steps"), 0))
	c.send(t, lab, c.addRecordCall(patient.addr, catLabResults, testCID("hba1c"), 0))
	c.send(t, provider, c.addRecordCall(patient.addr, catLabResults, testCID("hba1c corrected"), 2))
	c.send(t, stranger, c.addRecordCall(stranger.addr, catPersonal, testCID("stranger steps"), 0))
	return &recordsBase{c}
}

var recordsCases = []struct {
	name string
	run  func(t *testing.T, c *recordsBase)
}{
	{"addRecord_byProviderWithTreatmentGrant_anchorsAndEmitsRecordAdded", func(t *testing.T, c *recordsBase) {
		cid := testCID("diagnosis")
		r := c.send(t, provider, c.addRecordCall(patient.addr, catDiagnoses, cid, 0))
		ev := oneEvent(t, r, c.recordsAddr, c.records.ParseRecordAdded)
		if ev.Patient != patient.addr || ev.Id != 5 || ev.Author != provider.addr || ev.Category != catDiagnoses ||
			string(ev.Cid) != string(cid) || ev.Previous != 0 {
			t.Errorf("RecordAdded = %+v", ev)
		}
		got := must(c.records.Record(c.opts(), 5))
		want := bindings.IRecordsRecordVersion{Patient: patient.addr, Author: provider.addr, Category: catDiagnoses,
			CreatedAt: blockTime(t, c.b, r), Previous: 0, Next: 0, Cid: cid}
		if got.Patient != want.Patient || got.Author != want.Author || got.Category != want.Category ||
			got.CreatedAt != want.CreatedAt || got.Previous != 0 || got.Next != 0 || string(got.Cid) != string(cid) {
			t.Errorf("record(5) = %+v, want %+v", got, want)
		}
		if n := must(c.records.RecordCount(c.opts(), patient.addr)); n != 4 {
			t.Errorf("recordCount(patient) = %d, want 4", n)
		}
		if id := must(c.records.RecordOfPatient(c.opts(), patient.addr, 3)); id != 5 {
			t.Errorf("recordOfPatient(patient, 3) = %d, want 5", id)
		}
		if n := must(c.records.VersionCount(c.opts())); n != 5 {
			t.Errorf("versionCount = %d, want 5", n)
		}
		if v := must(c.records.LatestVersion(c.opts(), 5)); v != 5 {
			t.Errorf("latestVersion(5) = %d, want 5", v)
		}
	}},
	{"addRecord_byPatientForPersonalData_anchors", func(t *testing.T, c *recordsBase) {
		r := c.send(t, patient, c.addRecordCall(patient.addr, catPersonal, testCID("heart rate"), 1))
		ev := oneEvent(t, r, c.recordsAddr, c.records.ParseRecordAdded)
		if ev.Author != patient.addr || ev.Previous != 1 || ev.Id != 5 {
			t.Errorf("RecordAdded = %+v", ev)
		}
	}},
	{"addRecord_amendments_formAChainWithLatestVersion", func(t *testing.T, c *recordsBase) {
		// Base: 2 <- 3. Lab amends 3 with 5, provider amends 5 with 6.
		c.send(t, lab, c.addRecordCall(patient.addr, catLabResults, testCID("v3"), 3))
		c.send(t, provider, c.addRecordCall(patient.addr, catLabResults, testCID("v4"), 5))
		for id, want := range map[uint64][2]uint64{2: {0, 3}, 3: {2, 5}, 5: {3, 6}, 6: {5, 0}} {
			v := must(c.records.Record(c.opts(), id))
			if v.Previous != want[0] || v.Next != want[1] {
				t.Errorf("record(%d) previous %d next %d, want %d %d", id, v.Previous, v.Next, want[0], want[1])
			}
			if l := must(c.records.LatestVersion(c.opts(), id)); l != 6 {
				t.Errorf("latestVersion(%d) = %d, want 6", id, l)
			}
		}
		if l := must(c.records.LatestVersion(c.opts(), 1)); l != 1 {
			t.Errorf("latestVersion of an unamended record = %d, want 1", l)
		}
		// The old versions are still there, unchanged.
		if v := must(c.records.Record(c.opts(), 2)); string(v.Cid) != string(testCID("hba1c")) || v.Author != lab.addr {
			t.Errorf("record(2) changed: %+v", v)
		}
	}},
	{"addRecord_underEmergencyAccess_allowedForEmergencyCategoriesOnly", func(t *testing.T, c *recordsBase) {
		other := newAccount("patient/other").addr
		if must(c.records.CanWrite(c.opts(), provider.addr, other, catAllergies)) {
			t.Fatal("canWrite before emergency access")
		}
		c.send(t, provider, c.emergencyCall(other, common.HexToHash("0xe1")))
		c.send(t, provider, c.addRecordCall(other, catAllergies, testCID("anaphylaxis"), 0))
		got := c.revert(t, provider, c.addRecordCall(other, catInsurance, testCID("card"), 0))
		assertRevert(t, got, "RecordsUnauthorisedAuthor", provider.addr, other, catInsurance)
	}},
	{"addRecord_byPharmacyWithTreatmentGrantOfPrescriptions_anchorsMedicationDispense", func(t *testing.T, c *recordsBase) {
		if !must(c.records.CanWrite(c.opts(), pharmacy.addr, patient.addr, catPrescriptions)) {
			t.Fatal("canWrite(pharmacy, patient, prescriptions) = false, want true")
		}
		cid := testCID("MedicationDispense")
		r := c.send(t, pharmacy, c.addRecordCall(patient.addr, catPrescriptions, cid, 0))
		ev := oneEvent(t, r, c.recordsAddr, c.records.ParseRecordAdded)
		if ev.Patient != patient.addr || ev.Id != 5 || ev.Author != pharmacy.addr || ev.Category != catPrescriptions ||
			string(ev.Cid) != string(cid) || ev.Previous != 0 {
			t.Errorf("RecordAdded = %+v", ev)
		}
		got := must(c.records.Record(c.opts(), 5))
		if got.Patient != patient.addr || got.Author != pharmacy.addr || got.Category != catPrescriptions ||
			got.CreatedAt != blockTime(t, c.b, r) || string(got.Cid) != string(cid) {
			t.Errorf("record(5) = %+v", got)
		}
		// The pharmacy amends its own dispense record (e.g. entered-in-error).
		r = c.send(t, pharmacy, c.addRecordCall(patient.addr, catPrescriptions, testCID("MedicationDispense entered-in-error"), 5))
		if ev := oneEvent(t, r, c.recordsAddr, c.records.ParseRecordAdded); ev.Id != 6 || ev.Previous != 5 || ev.Author != pharmacy.addr {
			t.Errorf("amendment RecordAdded = %+v", ev)
		}
		if l := must(c.records.LatestVersion(c.opts(), 5)); l != 6 {
			t.Errorf("latestVersion(5) = %d, want 6", l)
		}
	}},
	{"canWrite_ofPharmacies_onlyWithTreatmentGrantOfPrescriptionsWhileActive", func(t *testing.T, c *recordsBase) {
		for _, tc := range []struct {
			who      common.Address
			category uint8
			want     bool
		}{
			{pharmacy.addr, catPrescriptions, true},
			{pharmacy.addr, catDiagnoses, false}, // granted for reading, never written by a pharmacy
			{pharmacy.addr, catPersonal, false},
			{pharmacy2.addr, catPrescriptions, false},         // payment grant
			{suspendedPharmacy.addr, catPrescriptions, false}, // suspended
		} {
			if got := must(c.records.CanWrite(c.opts(), tc.who, patient.addr, tc.category)); got != tc.want {
				t.Errorf("canWrite(%s, patient, %d) = %v, want %v", tc.who.Hex()[:10], tc.category, got, tc.want)
			}
		}
		if must(c.records.CanWrite(c.opts(), pharmacy.addr, stranger.addr, catPrescriptions)) {
			t.Error("canWrite(pharmacy, stranger, prescriptions) = true without the stranger's grant")
		}
		// Reinstated, the suspended pharmacy's grant counts again.
		c.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.registry.Reinstate(o, suspendedPharmacy.addr)
		})
		if !must(c.records.CanWrite(c.opts(), suspendedPharmacy.addr, patient.addr, catPrescriptions)) {
			t.Error("canWrite of the reinstated pharmacy = false, want true")
		}
	}},
	{"addRecord_byPharmacyAfterRevocation_reverts", func(t *testing.T, c *recordsBase) {
		c.send(t, patient, c.revokeCall(pharmacy.addr, purposeTreatment))
		got := c.revert(t, pharmacy, c.addRecordCall(patient.addr, catPrescriptions, testCID("x"), 0))
		assertRevert(t, got, "RecordsUnauthorisedAuthor", pharmacy.addr, patient.addr, catPrescriptions)
	}},
	{"addRecord_byPharmacyAfterItsGrantExpired_reverts", func(t *testing.T, c *recordsBase) {
		expires := chainNow(t, c.b) + 3
		c.send(t, patient, c.grantCall(pharmacy2.addr, bit(catPrescriptions), purposeTreatment, expires))
		c.send(t, pharmacy2, c.addRecordCall(patient.addr, catPrescriptions, testCID("before expiry"), 0))
		waitSeconds(t, c.b, 5)
		got := c.revert(t, pharmacy2, c.addRecordCall(patient.addr, catPrescriptions, testCID("after expiry"), 0))
		assertRevert(t, got, "RecordsUnauthorisedAuthor", pharmacy2.addr, patient.addr, catPrescriptions)
	}},
	{"addRecord_afterRevocation_reverts", func(t *testing.T, c *recordsBase) {
		c.send(t, patient, c.revokeCall(provider.addr, purposeTreatment))
		got := c.revert(t, provider, c.addRecordCall(patient.addr, catLabResults, testCID("x"), 0))
		assertRevert(t, got, "RecordsUnauthorisedAuthor", provider.addr, patient.addr, catLabResults)
	}},
	{"anchorAudit_byAuditor_storesContiguousBatchesAndEmitsAuditAnchored", func(t *testing.T, c *recordsBase) {
		root := common.HexToHash("0xabc1")
		r := c.send(t, auditor, c.anchorCall(root, 1, 100))
		ev := oneEvent(t, r, c.recordsAddr, c.records.ParseAuditAnchored)
		if ev.Index != 0 || ev.MerkleRoot != root || ev.FromSeq != 1 || ev.ToSeq != 100 || ev.Auditor != auditor.addr {
			t.Errorf("AuditAnchored = %+v", ev)
		}
		batch := must(c.records.AuditBatch(c.opts(), 0))
		if batch.MerkleRoot != root || batch.FromSeq != 1 || batch.ToSeq != 100 || batch.AnchoredAt != blockTime(t, c.b, r) {
			t.Errorf("auditBatch(0) = %+v", batch)
		}
		if n := must(c.records.NextAuditSeq(c.opts())); n != 101 {
			t.Errorf("nextAuditSeq = %d, want 101", n)
		}
		r = c.send(t, auditor, c.anchorCall(common.HexToHash("0xabc2"), 101, 101))
		if ev := oneEvent(t, r, c.recordsAddr, c.records.ParseAuditAnchored); ev.Index != 1 {
			t.Errorf("second batch index %d, want 1", ev.Index)
		}
		if n := must(c.records.AuditBatchCount(c.opts())); n != 2 {
			t.Errorf("auditBatchCount = %d, want 2", n)
		}
		got := c.revert(t, auditor, c.anchorCall(common.HexToHash("0xabc3"), 101, 200))
		assertRevert(t, got, "RecordsInvalidAuditRange", uint64(101), uint64(200), uint64(102))
		got = c.revert(t, auditor, c.anchorCall(common.HexToHash("0xabc3"), 103, 200))
		assertRevert(t, got, "RecordsInvalidAuditRange", uint64(103), uint64(200), uint64(102))
	}},
	{"anchorAudit_afterAuditorRoleRevoked_reverts", func(t *testing.T, c *recordsBase) {
		c.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.records.RevokeRole(o, auditorRole, auditor.addr)
		})
		got := c.revert(t, auditor, c.anchorCall(common.HexToHash("0x01"), 0, 1))
		assertRevert(t, got, "AccessControlUnauthorizedAccount", auditor.addr, [32]byte(auditorRole))
	}},
	{"constructor_withZeroAddress_reverts", func(t *testing.T, c *recordsBase) {
		deploy := func(reg, grants, admin common.Address) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployRecords(o, c.b.Client(), reg, grants, admin)
				return tx, err
			}
		}
		assertRevert(t, c.revert(t, regulator, deploy(common.Address{}, c.grantsAddr, regulator.addr)), "RecordsZeroAddress")
		assertRevert(t, c.revert(t, regulator, deploy(c.addr, common.Address{}, regulator.addr)), "RecordsZeroAddress")
		assertRevert(t, c.revert(t, regulator, deploy(c.addr, c.grantsAddr, common.Address{})), "RecordsZeroAddress")
	}},
	{"views_ofUnknownVersion_revert", func(t *testing.T, c *recordsBase) {
		for _, call := range []func() error{
			func() error { _, err := c.records.Record(c.opts(), 99); return err },
			func() error { _, err := c.records.LatestVersion(c.opts(), 0); return err },
		} {
			if got := decodeRevert(t, c.abi, call()); got.Name != "RecordsUnknownVersion" {
				t.Errorf("got %v, want RecordsUnknownVersion", got)
			}
		}
		got := decodeRevert(t, c.abi, func() error { _, err := c.records.RecordOfPatient(c.opts(), patient.addr, 3); return err }())
		assertRevert(t, got, "RecordsUnknownVersion", uint64(0))
	}},
}

var recordsRevertCases = []struct {
	name string
	from account
	call func(c *recordsBase) txFunc
	want string
	args func(c *recordsBase) []any
}{
	// Authors.
	{name: "addRecord_byPatientForClinicalCategory_reverts", from: patient,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catDiagnoses, testCID("self"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(patient.addr, patient.addr, catDiagnoses)},
	{name: "addRecord_byPatientForAnotherPatient_reverts", from: patient,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(stranger.addr, catPersonal, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(patient.addr, stranger.addr, catPersonal)},
	{name: "addRecord_byStranger_reverts", from: stranger,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catLabResults, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(stranger.addr, patient.addr, catLabResults)},
	{name: "addRecord_byProviderOutsideGrantedCategories_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catImaging, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(provider.addr, patient.addr, catImaging)},
	{name: "addRecord_byProviderWithoutGrant_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(stranger.addr, catLabResults, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(provider.addr, stranger.addr, catLabResults)},
	{name: "addRecord_bySuspendedProviderWithGrant_reverts", from: clinic,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catDiagnoses, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(clinic.addr, patient.addr, catDiagnoses)},
	{name: "addRecord_byInsurerWithTreatmentGrant_reverts", from: insurer,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catDiagnoses, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(insurer.addr, patient.addr, catDiagnoses)},
	{name: "addRecord_byCaregiver_reverts", from: caregiver,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPersonal, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(caregiver.addr, patient.addr, catPersonal)},
	{name: "addRecord_byRegulator_reverts", from: regulator,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catLabResults, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(regulator.addr, patient.addr, catLabResults)},
	{name: "addRecord_byPharmacyOutsidePrescriptions_reverts", from: pharmacy,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catDiagnoses, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(pharmacy.addr, patient.addr, catDiagnoses)},
	{name: "addRecord_byPharmacyWithoutGrant_reverts", from: pharmacy,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(stranger.addr, catPrescriptions, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(pharmacy.addr, stranger.addr, catPrescriptions)},
	{name: "addRecord_byPharmacyWithPaymentGrant_reverts", from: pharmacy2,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPrescriptions, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(pharmacy2.addr, patient.addr, catPrescriptions)},
	{name: "addRecord_bySuspendedPharmacyWithGrant_reverts", from: suspendedPharmacy,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPrescriptions, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(suspendedPharmacy.addr, patient.addr, catPrescriptions)},
	{name: "addRecord_byPharmacyAmendingProvidersVersionOfAnotherCategory_reverts", from: pharmacy,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPrescriptions, testCID("x"), 3) },
		want: "RecordsPreviousMismatch", args: argsOf(uint64(3), patient.addr, catLabResults)},
	{name: "addRecord_byDevice_reverts", from: device,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPersonal, testCID("x"), 0) },
		want: "RecordsUnauthorisedAuthor", args: argsOf(device.addr, patient.addr, catPersonal)},

	// Arguments.
	{name: "addRecord_forZeroPatient_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(common.Address{}, catLabResults, testCID("x"), 0) },
		want: "RecordsZeroAddress", args: argsOf()},
	{name: "addRecord_withUndefinedCategory_reverts", from: patient,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, 9, testCID("x"), 0) },
		want: "RecordsInvalidCategory", args: argsOf(uint8(9))},
	{name: "addRecord_withEmptyCid_reverts", from: patient,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPersonal, []byte{}, 0) },
		want: "RecordsInvalidCid", args: argsOf([]byte{})},
	{name: "addRecord_withCidV0_reverts", from: patient,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPersonal, cidV0, 0) },
		want: "RecordsInvalidCid", args: argsOf(cidV0)},
	{name: "addRecord_withOverlongCid_reverts", from: patient,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catPersonal, longCID, 0) },
		want: "RecordsInvalidCid", args: argsOf(longCID)},

	// Versions.
	{name: "addRecord_amendingUnknownVersion_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catLabResults, testCID("x"), 99) },
		want: "RecordsUnknownVersion", args: argsOf(uint64(99))},
	{name: "addRecord_amendingAnotherPatientsVersion_reverts", from: stranger,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(stranger.addr, catPersonal, testCID("x"), 1) },
		want: "RecordsPreviousMismatch", args: argsOf(uint64(1), patient.addr, catPersonal)},
	{name: "addRecord_amendingVersionOfAnotherCategory_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catDiagnoses, testCID("x"), 3) },
		want: "RecordsPreviousMismatch", args: argsOf(uint64(3), patient.addr, catLabResults)},
	{name: "addRecord_amendingSupersededVersion_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.addRecordCall(patient.addr, catLabResults, testCID("x"), 2) },
		want: "RecordsNotLatestVersion", args: argsOf(uint64(2), uint64(3))},

	// Audit anchoring and its role.
	{name: "anchorAudit_byStranger_reverts", from: stranger,
		call: func(c *recordsBase) txFunc { return c.anchorCall(common.HexToHash("0x01"), 0, 9) },
		want: "AccessControlUnauthorizedAccount", args: argsOf(stranger.addr, [32]byte(auditorRole))},
	{name: "anchorAudit_byAdminWithoutAuditorRole_reverts", from: regulator,
		call: func(c *recordsBase) txFunc { return c.anchorCall(common.HexToHash("0x01"), 0, 9) },
		want: "AccessControlUnauthorizedAccount", args: argsOf(regulator.addr, [32]byte(auditorRole))},
	{name: "anchorAudit_byActiveProvider_reverts", from: provider,
		call: func(c *recordsBase) txFunc { return c.anchorCall(common.HexToHash("0x01"), 0, 9) },
		want: "AccessControlUnauthorizedAccount", args: argsOf(provider.addr, [32]byte(auditorRole))},
	{name: "anchorAudit_withZeroRoot_reverts", from: auditor,
		call: func(c *recordsBase) txFunc { return c.anchorCall(common.Hash{}, 0, 9) },
		want: "RecordsZeroMerkleRoot", args: argsOf()},
	{name: "anchorAudit_withReversedRange_reverts", from: auditor,
		call: func(c *recordsBase) txFunc { return c.anchorCall(common.HexToHash("0x01"), 10, 9) },
		want: "RecordsInvalidAuditRange", args: argsOf(uint64(10), uint64(9), uint64(0))},
	{name: "anchorAudit_endingAtMaxUint64_reverts", from: auditor,
		call: func(c *recordsBase) txFunc { return c.anchorCall(common.HexToHash("0x01"), 0, ^uint64(0)) },
		want: "RecordsInvalidAuditRange", args: argsOf(uint64(0), ^uint64(0), uint64(0))},
	{name: "grantRole_auditorByStranger_reverts", from: stranger,
		call: func(c *recordsBase) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.records.GrantRole(o, auditorRole, stranger.addr)
			}
		},
		want: "AccessControlUnauthorizedAccount", args: argsOf(stranger.addr, [32]byte(adminRole))},
	{name: "grantRole_auditorByAuditor_reverts", from: auditor,
		call: func(c *recordsBase) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.records.GrantRole(o, auditorRole, stranger.addr)
			}
		},
		want: "AccessControlUnauthorizedAccount", args: argsOf(auditor.addr, [32]byte(adminRole))},
}

var (
	// cidV0 is a CIDv0 (bare sha2-256 multihash), which Records refuses.
	cidV0   = append([]byte{0x12, 0x20}, make([]byte, 32)...)
	longCID = append([]byte{0x01}, make([]byte, 128)...)
)

func argsOf(args ...any) func(*recordsBase) []any {
	return func(*recordsBase) []any { return args }
}
