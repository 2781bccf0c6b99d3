package tests

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// TestAccessGrants runs every AccessGrants behaviour on every backend.
func TestAccessGrants(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, consentFunded()...)
			for _, tc := range grantsCases {
				t.Run(tc.name, func(t *testing.T) { tc.run(t, deployConsentBase(t, b)) })
			}
			base := deployConsentBase(t, b)
			for _, tc := range grantsRevertCases {
				t.Run(tc.name, func(t *testing.T) {
					c := base
					if tc.setup != nil {
						c = deployConsentBase(t, b)
						tc.setup(t, c)
					}
					got := c.revert(t, tc.from, tc.call(t, c))
					if tc.nameOnly {
						if got.Name != tc.want {
							t.Fatalf("got %v, want %s", got, tc.want)
						}
						return
					}
					assertRevert(t, got, tc.want, tc.args...)
				})
			}
		})
	}
}

var grantsCases = []struct {
	name string
	run  func(t *testing.T, c *consentEnv)
}{
	{"grant_byPatientToActiveProvider_storesGrantAndEmitsAccessGranted", func(t *testing.T, c *consentEnv) {
		cats := bit(catLabResults) | bit(catAllergies)
		r := c.send(t, patient, c.grantCall(provider.addr, cats, purposeTreatment, farFuture))
		ev := oneEvent(t, r, c.grantsAddr, c.grants.ParseAccessGranted)
		if ev.Patient != patient.addr || ev.Grantee != provider.addr || ev.Purpose != purposeTreatment ||
			ev.Categories != cats || ev.ExpiresAt != farFuture {
			t.Errorf("AccessGranted = %+v", ev)
		}
		g := must(c.grants.GrantOf(c.opts(), patient.addr, provider.addr, purposeTreatment))
		if g.Categories != cats || g.ExpiresAt != farFuture || g.GrantedAt != blockTime(t, c.b, r) {
			t.Errorf("grantOf = %+v", g)
		}
		if !c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) ||
			!c.hasAccess(patient.addr, provider.addr, catAllergies, purposeTreatment) {
			t.Error("hasAccess = false for a granted category")
		}
		if c.hasAccess(patient.addr, provider.addr, catImaging, purposeTreatment) {
			t.Error("hasAccess = true for a category not granted")
		}
		if c.hasAccess(patient.addr, provider.addr, catLabResults, purposeResearch) {
			t.Error("hasAccess = true for another purpose")
		}
		if c.hasAccess(patient.addr, provider.addr, 9, purposeTreatment) || c.hasAccess(patient.addr, provider.addr, 255, purposeTreatment) {
			t.Error("hasAccess = true for an undefined category")
		}
		if c.hasAccess(patient.addr, lab.addr, catLabResults, purposeTreatment) {
			t.Error("hasAccess = true for another grantee")
		}
		if !must(c.grants.HasTreatmentAccess(c.opts(), patient.addr, provider.addr, catLabResults)) {
			t.Error("hasTreatmentAccess = false with a treatment grant")
		}
		if p := must(c.grants.AccessPurpose(c.opts(), patient.addr, provider.addr, catLabResults)); p != purposeTreatment {
			t.Errorf("accessPurpose = %d, want treatment", p)
		}
	}},
	{"grant_toCaregiver_allowsCareGivingReadsWithoutRegistry", func(t *testing.T, c *consentEnv) {
		r := c.send(t, patient, c.grantCall(caregiver.addr, allCategories, purposeCareGiving, farFuture))
		ev := oneEvent(t, r, c.grantsAddr, c.grants.ParseAccessGranted)
		if ev.Grantee != caregiver.addr || ev.Purpose != purposeCareGiving {
			t.Errorf("AccessGranted = %+v", ev)
		}
		for cat := catSummary; cat <= catPersonal; cat++ {
			if !c.hasAccess(patient.addr, caregiver.addr, cat, purposeCareGiving) {
				t.Errorf("caregiver has no access to category %d", cat)
			}
		}
		if p := must(c.grants.AccessPurpose(c.opts(), patient.addr, caregiver.addr, catInsurance)); p != purposeCareGiving {
			t.Errorf("accessPurpose = %d, want care-giving", p)
		}
		if must(c.grants.HasTreatmentAccess(c.opts(), patient.addr, caregiver.addr, catSummary)) {
			t.Error("caregiver has treatment access")
		}
	}},
	{"grant_forEachInstitutionalPurpose_isCheckedPerPurpose", func(t *testing.T, c *consentEnv) {
		for _, p := range []uint8{purposePayment, purposeResearch, purposeOperations} {
			c.send(t, patient, c.grantCall(insurer.addr, bit(catInsurance), p, farFuture))
			if !c.hasAccess(patient.addr, insurer.addr, catInsurance, p) {
				t.Errorf("purpose %d: no access after grant", p)
			}
		}
		if got := must(c.grants.AccessPurpose(c.opts(), patient.addr, insurer.addr, catInsurance)); got != purposePayment {
			t.Errorf("accessPurpose = %d, want payment (first in order)", got)
		}
		if c.hasAccess(patient.addr, insurer.addr, catInsurance, purposeTreatment) {
			t.Error("treatment access without a treatment grant")
		}
	}},
	{"grant_again_replacesTheGrant", func(t *testing.T, c *consentEnv) {
		c.send(t, patient, c.grantCall(provider.addr, bit(catLabResults), purposeTreatment, farFuture))
		r := c.send(t, patient, c.grantCall(provider.addr, bit(catImaging), purposeTreatment, farFuture-1))
		ev := oneEvent(t, r, c.grantsAddr, c.grants.ParseAccessGranted)
		if ev.Categories != bit(catImaging) || ev.ExpiresAt != farFuture-1 {
			t.Errorf("AccessGranted = %+v", ev)
		}
		if c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) {
			t.Error("replaced grant still allows the old category")
		}
		if !c.hasAccess(patient.addr, provider.addr, catImaging, purposeTreatment) {
			t.Error("replacement grant does not allow its category")
		}
	}},
	{"revoke_byPatient_deletesGrantAndEmitsAccessRevoked", func(t *testing.T, c *consentEnv) {
		c.send(t, patient, c.grantCall(provider.addr, bit(catLabResults), purposeTreatment, farFuture))
		c.send(t, patient, c.grantCall(provider.addr, bit(catLabResults), purposeResearch, farFuture))
		r := c.send(t, patient, c.revokeCall(provider.addr, purposeTreatment))
		ev := oneEvent(t, r, c.grantsAddr, c.grants.ParseAccessRevoked)
		if ev.Patient != patient.addr || ev.Grantee != provider.addr || ev.Purpose != purposeTreatment {
			t.Errorf("AccessRevoked = %+v", ev)
		}
		if c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) {
			t.Error("access after revocation")
		}
		if g := must(c.grants.GrantOf(c.opts(), patient.addr, provider.addr, purposeTreatment)); g != (bindings.IAccessGrantsGrant{}) {
			t.Errorf("grantOf after revoke = %+v, want zero", g)
		}
		if !c.hasAccess(patient.addr, provider.addr, catLabResults, purposeResearch) {
			t.Error("revoking one purpose removed another")
		}
	}},
	{"grant_lapsesWhileGranteeSuspended_andCountsAgainAfterReinstatement", func(t *testing.T, c *consentEnv) {
		c.send(t, patient, c.grantCall(provider.addr, bit(catLabResults), purposeTreatment, farFuture))
		c.suspend(t, provider.addr)
		if c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) {
			t.Error("suspended grantee has access")
		}
		if p := must(c.grants.AccessPurpose(c.opts(), patient.addr, provider.addr, catLabResults)); p != purposeNone {
			t.Errorf("accessPurpose = %d for a suspended grantee, want none", p)
		}
		c.send(t, regulator, reinstateCall(provider.addr)(t, c.env))
		if !c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) {
			t.Error("reinstated grantee has no access within the grant's validity")
		}
	}},
	{"grant_atExpiryBoundary_validAtExpiryInvalidOneSecondLater", func(t *testing.T, c *consentEnv) {
		expiry := chainNow(t, c.b) + 3
		r := c.send(t, patient, c.grantCall(provider.addr, bit(catLabResults), purposeTreatment, expiry))
		if mined := blockTime(t, c.b, r); mined >= expiry {
			t.Fatalf("grant mined at %d, not before its expiry %d", mined, expiry)
		}
		checkBoundary(t, c.b, expiry, func(block *big.Int) bool {
			return must(c.grants.HasAccess(&bind.CallOpts{BlockNumber: block}, patient.addr, provider.addr, catLabResults, purposeTreatment))
		})
		// An expired grant can still be revoked (it is deleted).
		c.send(t, patient, c.revokeCall(provider.addr, purposeTreatment))
	}},
	{"grantBySig_withWalletTypedData_relayedByAnyone_grants", func(t *testing.T, c *consentEnv) {
		d := c.domain(t)
		m := defaultGrantMsg(0)
		sig, walletDigest := signTyped(t, patient, typedData(d, "Grant", m))
		contractDigest := must(c.grants.GrantDigest(c.opts(), m.patient, m.grantee, m.categories, m.purpose, m.expiresAt, m.nonce, m.deadline))
		if common.Hash(contractDigest) != common.BytesToHash(walletDigest) {
			t.Fatalf("grantDigest = %x, wallet (apitypes) digest %x", contractDigest, walletDigest)
		}
		r := c.send(t, stranger, c.grantBySigCall(m, sig))
		ev := oneEvent(t, r, c.grantsAddr, c.grants.ParseAccessGranted)
		if ev.Patient != patient.addr || ev.Grantee != provider.addr || ev.Categories != m.categories {
			t.Errorf("AccessGranted = %+v", ev)
		}
		if n := must(c.grants.Nonces(c.opts(), patient.addr)); n.Uint64() != 1 {
			t.Errorf("nonce after grantBySig = %v, want 1", n)
		}
		if !c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) {
			t.Error("no access after grantBySig")
		}
		// The same message once more: the nonce is used.
		got := c.revert(t, stranger, c.grantBySigCall(m, sig))
		assertRevert(t, got, "AccessGrantsInvalidNonce", patient.addr, big.NewInt(0), big.NewInt(1))
	}},
	{"revokeBySig_withWalletTypedData_revokes", func(t *testing.T, c *consentEnv) {
		d := c.domain(t)
		c.send(t, patient, c.grantCall(provider.addr, bit(catLabResults), purposeTreatment, farFuture))
		m := defaultGrantMsg(0)
		sig, walletDigest := signTyped(t, patient, typedData(d, "Revoke", m))
		contractDigest := must(c.grants.RevokeDigest(c.opts(), m.patient, m.grantee, m.purpose, m.nonce, m.deadline))
		if common.Hash(contractDigest) != common.BytesToHash(walletDigest) {
			t.Fatalf("revokeDigest = %x, wallet digest %x", contractDigest, walletDigest)
		}
		r := c.send(t, stranger, c.revokeBySigCall(m, sig))
		oneEvent(t, r, c.grantsAddr, c.grants.ParseAccessRevoked)
		if c.hasAccess(patient.addr, provider.addr, catLabResults, purposeTreatment) {
			t.Error("access after revokeBySig")
		}
		got := c.revert(t, stranger, c.revokeBySigCall(m, sig))
		assertRevert(t, got, "AccessGrantsInvalidNonce", patient.addr, big.NewInt(0), big.NewInt(1))
	}},
	{"grantBySig_atDeadlineBoundary_acceptedAtDeadlineRejectedOneSecondLater", func(t *testing.T, c *consentEnv) {
		m := defaultGrantMsg(0)
		deadline := chainNow(t, c.b) + 2
		m.deadline = new(big.Int).SetUint64(deadline)
		sig := signGrant(t, patient, c.domain(t), m)
		input := must(c.grantsABI.Pack("grantBySig", m.patient, m.grantee, m.categories, m.purpose, m.expiresAt, m.nonce, m.deadline, sig))
		checkBoundary(t, c.b, deadline, func(block *big.Int) bool {
			_, err := c.b.Client().CallContract(t.Context(), ethereum.CallMsg{From: stranger.addr, To: &c.grantsAddr, Data: input}, block)
			if err != nil {
				assertRevert(t, decodeRevert(t, c.abi, err), "AccessGrantsExpiredSignature", m.deadline)
			}
			return err == nil
		})
	}},
	{"grantBySig_byERC1271Wallet_acceptsWhatTheWalletAccepts", func(t *testing.T, c *consentEnv) {
		accepting := deployRaw(t, c.b, acceptingWalletCode)
		rejecting := deployRaw(t, c.b, rejectingWalletCode)
		m := defaultGrantMsg(0)
		m.patient = accepting
		c.send(t, stranger, c.grantBySigCall(m, []byte{0xaa})) // the wallet decides what a signature is
		if !c.hasAccess(accepting, provider.addr, catLabResults, purposeTreatment) {
			t.Error("no access after an ERC-1271 grant")
		}
		m.patient = rejecting
		got := c.revert(t, stranger, c.grantBySigCall(m, signGrant(t, patient, c.domain(t), m)))
		assertRevert(t, got, "AccessGrantsInvalidContractSignature", rejecting)
	}},
	{"openEmergencyAccess_byActiveProvider_opensVisibleAccessThatLapses", func(t *testing.T, c *consentEnv) {
		reason := common.HexToHash("0xe1")
		r := c.send(t, provider, c.emergencyCall(patient.addr, reason))
		opened := blockTime(t, c.b, r)
		ev := oneEvent(t, r, c.grantsAddr, c.grants.ParseEmergencyAccessOpened)
		if ev.Patient != patient.addr || ev.Provider != provider.addr || ev.ReasonCode != reason || ev.ExpiresAt != opened+emergencyDuration {
			t.Errorf("EmergencyAccessOpened = %+v, want expiry %d", ev, opened+emergencyDuration)
		}
		// The patient finds it by filtering on their own address.
		it := must(c.grants.FilterEmergencyAccessOpened(&bind.FilterOpts{Start: r.BlockNumber.Uint64()}, []common.Address{patient.addr}, nil))
		if !it.Next() || it.Event.Provider != provider.addr {
			t.Error("patient's filter does not find the emergency access")
		}
		it.Close()
		g := must(c.grants.GrantOf(c.opts(), patient.addr, provider.addr, purposeEmergency))
		if g.Categories != emergencyCategories || g.ExpiresAt != opened+emergencyDuration {
			t.Errorf("grantOf(emergency) = %+v", g)
		}
		if !must(c.grants.HasTreatmentAccess(c.opts(), patient.addr, provider.addr, catLabResults)) {
			t.Error("no treatment access during emergency access")
		}
		if c.hasAccess(patient.addr, provider.addr, catInsurance, purposeEmergency) || c.hasAccess(patient.addr, provider.addr, catPersonal, purposeEmergency) {
			t.Error("emergency access covers insurance or personal data")
		}
		if p := must(c.grants.AccessPurpose(c.opts(), patient.addr, provider.addr, catAllergies)); p != purposeEmergency {
			t.Errorf("accessPurpose = %d, want emergency", p)
		}
		checkBoundary(t, c.b, opened+emergencyDuration, func(block *big.Int) bool {
			return must(c.grants.HasAccess(&bind.CallOpts{BlockNumber: block}, patient.addr, provider.addr, catAllergies, purposeEmergency))
		})
		if must(c.grants.HasTreatmentAccess(c.opts(), patient.addr, provider.addr, catAllergies)) {
			t.Error("treatment access after the emergency access lapsed")
		}
	}},
	{"openEmergencyAccess_lapsesWhenProviderSuspended", func(t *testing.T, c *consentEnv) {
		c.send(t, provider, c.emergencyCall(patient.addr, common.HexToHash("0xe1")))
		c.suspend(t, provider.addr)
		if c.hasAccess(patient.addr, provider.addr, catAllergies, purposeEmergency) {
			t.Error("suspended provider keeps emergency access")
		}
	}},
	{"views_reportConstantsAndRegistry", func(t *testing.T, c *consentEnv) {
		if got := must(c.grants.ALLCATEGORIES(c.opts())); got != allCategories {
			t.Errorf("ALL_CATEGORIES = %#x", got)
		}
		if got := must(c.grants.EMERGENCYCATEGORIES(c.opts())); got != emergencyCategories {
			t.Errorf("EMERGENCY_CATEGORIES = %#x", got)
		}
		if got := must(c.grants.EMERGENCYACCESSDURATION(c.opts())); got != emergencyDuration {
			t.Errorf("EMERGENCY_ACCESS_DURATION = %d", got)
		}
		if got := must(c.grants.Registry(c.opts())); got != c.addr {
			t.Errorf("registry = %s, want %s", got, c.addr)
		}
		d := c.domain(t)
		dom := must(c.grants.Eip712Domain(c.opts()))
		if dom.Name != "Salus AccessGrants" || dom.Version != "1" || dom.ChainId.Cmp(d.chainID) != 0 || dom.VerifyingContract != c.grantsAddr {
			t.Errorf("eip712Domain = %+v", dom)
		}
	}},
	{"constructor_withInvalidArguments_reverts", func(t *testing.T, c *consentEnv) {
		deploy := func(reg common.Address, d uint64) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				_, tx, _, err := bindings.DeployAccessGrants(o, c.b.Client(), reg, d)
				return tx, err
			}
		}
		assertRevert(t, c.revert(t, regulator, deploy(common.Address{}, 60)), "AccessGrantsZeroAddress")
		assertRevert(t, c.revert(t, regulator, deploy(c.addr, 0)), "AccessGrantsInvalidEmergencyDuration", uint64(0))
		assertRevert(t, c.revert(t, regulator, deploy(c.addr, 7*24*3600+1)), "AccessGrantsInvalidEmergencyDuration", uint64(7*24*3600+1))
	}},
}

// Minimal ERC-1271 wallets as raw EVM code (paris opcodes only). The
// accepting one returns the magic value 0x1626ba7e for any call; the
// rejecting one returns 32 zero bytes.
var (
	// PUSH4 1626ba7e PUSH1 e0 SHL PUSH1 0 MSTORE PUSH1 20 PUSH1 0 RETURN
	acceptingWalletCode = common.FromHex("631626ba7e60e01b60005260206000f3")
	// PUSH1 20 PUSH1 0 RETURN
	rejectingWalletCode = common.FromHex("60206000f3")
)

// deployRaw deploys runtime code with a creation prefix that copies it.
func deployRaw(t testing.TB, b Backend, runtime []byte) common.Address {
	t.Helper()
	n := byte(len(runtime))
	// PUSH1 n PUSH1 0c PUSH1 0 CODECOPY PUSH1 n PUSH1 0 RETURN, then the code.
	initCode := append([]byte{0x60, n, 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xf3}, runtime...)
	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, _, err := bind.DeployContract(opts, abi.ABI{}, initCode, b.Client())
	if err != nil {
		t.Fatal(err)
	}
	if r := b.Mine(t, tx); r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy wallet: status %d", r.Status)
	}
	return addr
}

// tamper returns a copy of sig changed by f.
func tamper(sig []byte, f func([]byte) []byte) []byte {
	return f(append([]byte(nil), sig...))
}

var grantsRevertCases = []struct {
	name  string
	setup func(t testing.TB, c *consentEnv)
	from  account
	call  func(t testing.TB, c *consentEnv) txFunc
	want  string
	args  []any
	// nameOnly skips the arguments, which depend on the deployment (they are
	// checked by TestGrantBySigRecoveredSigner).
	nameOnly bool
}{
	// grant
	{name: "grant_toZeroAddress_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(common.Address{}, 1, purposeTreatment, farFuture)
		}, want: "AccessGrantsZeroAddress"},
	{name: "grant_toSelf_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(patient.addr, 1, purposeCareGiving, farFuture)
		}, want: "AccessGrantsSelfGrant", args: []any{patient.addr}},
	{name: "grant_withNoCategories_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 0, purposeTreatment, farFuture)
		}, want: "AccessGrantsInvalidCategories", args: []any{uint32(0)}},
	{name: "grant_withReservedCategoryBit_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 0x201, purposeTreatment, farFuture)
		}, want: "AccessGrantsInvalidCategories", args: []any{uint32(0x201)}},
	{name: "grant_withPastExpiry_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 1, purposeTreatment, 1_000_000)
		}, want: "AccessGrantsInvalidExpiry", args: []any{uint64(1_000_000)}},
	{name: "grant_withPurposeNone_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 1, purposeNone, farFuture)
		}, want: "AccessGrantsInvalidPurpose", args: []any{purposeNone}},
	{name: "grant_withPurposeEmergency_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 1, purposeEmergency, farFuture)
		}, want: "AccessGrantsInvalidPurpose", args: []any{purposeEmergency}},
	{name: "grant_withUndefinedPurposeValue_revertsWithoutData", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 1, purposeEmergency+1, farFuture)
		}, want: ""},
	{name: "grant_forTreatmentToUnlicensedAccount_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(stranger.addr, 1, purposeTreatment, farFuture)
		}, want: "AccessGrantsGranteeNotActive", args: []any{stranger.addr}},
	{name: "grant_forTreatmentToSuspendedInstitution_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(clinic.addr, 1, purposeTreatment, farFuture)
		}, want: "AccessGrantsGranteeNotActive", args: []any{clinic.addr}},
	{name: "grant_forPaymentToDevice_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(device.addr, 1, purposePayment, farFuture)
		}, want: "AccessGrantsGranteeNotActive", args: []any{device.addr}},
	{name: "grant_forCareGivingToInstitution_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(provider.addr, 1, purposeCareGiving, farFuture)
		}, want: "AccessGrantsInvalidCaregiver", args: []any{provider.addr}},
	{name: "grant_forCareGivingToSuspendedInstitution_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(clinic.addr, 1, purposeCareGiving, farFuture)
		}, want: "AccessGrantsInvalidCaregiver", args: []any{clinic.addr}},
	{name: "grant_forCareGivingToDevice_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.grantCall(device.addr, 1, purposeCareGiving, farFuture)
		}, want: "AccessGrantsInvalidCaregiver", args: []any{device.addr}},

	// revoke
	{name: "revoke_withoutGrant_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc { return c.revokeCall(provider.addr, purposeTreatment) },
		want: "AccessGrantsNoGrant", args: []any{patient.addr, provider.addr, purposeTreatment}},
	{name: "revoke_byGranteeOfPatientsGrant_reverts", from: provider,
		setup: func(t testing.TB, c *consentEnv) {
			c.send(t, patient, c.grantCall(provider.addr, 1, purposeTreatment, farFuture))
		},
		call: func(_ testing.TB, c *consentEnv) txFunc { return c.revokeCall(provider.addr, purposeTreatment) },
		want: "AccessGrantsNoGrant", args: []any{provider.addr, provider.addr, purposeTreatment}},
	{name: "revoke_byStrangerOfPatientsGrant_reverts", from: stranger,
		setup: func(t testing.TB, c *consentEnv) {
			c.send(t, patient, c.grantCall(provider.addr, 1, purposeTreatment, farFuture))
		},
		call: func(_ testing.TB, c *consentEnv) txFunc { return c.revokeCall(provider.addr, purposeTreatment) },
		want: "AccessGrantsNoGrant", args: []any{stranger.addr, provider.addr, purposeTreatment}},
	{name: "revoke_emergencyAccessByPatient_reverts", from: patient,
		setup: func(t testing.TB, c *consentEnv) {
			c.send(t, provider, c.emergencyCall(patient.addr, common.HexToHash("0xe1")))
		},
		call: func(_ testing.TB, c *consentEnv) txFunc { return c.revokeCall(provider.addr, purposeEmergency) },
		want: "AccessGrantsInvalidPurpose", args: []any{purposeEmergency}},
	{name: "revoke_withPurposeNone_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc { return c.revokeCall(provider.addr, purposeNone) },
		want: "AccessGrantsInvalidPurpose", args: []any{purposeNone}},

	// grantBySig: replay and malformed signatures.
	{name: "grantBySig_signedForAnotherChainId_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			d := c.domain(t)
			m := defaultGrantMsg(0)
			sig := signGrant(t, patient, domain{chainID: new(big.Int).Add(d.chainID, big.NewInt(1)), contract: d.contract}, m)
			return c.grantBySigCall(m, sig)
		}, want: "AccessGrantsInvalidSigner", nameOnly: true},
	{name: "grantBySig_signedForAnotherDeployment_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			d := c.domain(t)
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, signGrant(t, patient, domain{chainID: d.chainID, contract: c.recordsAddr}, m))
		}, want: "AccessGrantsInvalidSigner", nameOnly: true},
	{name: "grantBySig_withFutureNonce_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(1)
			return c.grantBySigCall(m, signGrant(t, patient, c.domain(t), m))
		}, want: "AccessGrantsInvalidNonce", args: []any{patient.addr, big.NewInt(1), big.NewInt(0)}},
	{name: "grantBySig_withPassedDeadline_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			m.deadline = big.NewInt(1_000_000)
			return c.grantBySigCall(m, signGrant(t, patient, c.domain(t), m))
		}, want: "AccessGrantsExpiredSignature", args: []any{big.NewInt(1_000_000)}},
	{name: "grantBySig_withHighS_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, highS(signGrant(t, patient, c.domain(t), m)))
		}, want: "AccessGrantsInvalidSignatureS", nameOnly: true},
	{name: "grantBySig_with64ByteSignature_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, signGrant(t, patient, c.domain(t), m)[:64])
		}, want: "AccessGrantsInvalidSignatureLength", args: []any{big.NewInt(64)}},
	{name: "grantBySig_with66ByteSignature_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, append(signGrant(t, patient, c.domain(t), m), 0))
		}, want: "AccessGrantsInvalidSignatureLength", args: []any{big.NewInt(66)}},
	{name: "grantBySig_withV29_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, tamper(signGrant(t, patient, c.domain(t), m), func(s []byte) []byte { s[64] = 29; return s }))
		}, want: "AccessGrantsInvalidSignatureV", args: []any{uint8(29)}},
	{name: "grantBySig_withV0_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, tamper(signGrant(t, patient, c.domain(t), m), func(s []byte) []byte { s[64] = 0; return s }))
		}, want: "AccessGrantsInvalidSignatureV", args: []any{uint8(0)}},
	{name: "grantBySig_signedByAnotherAccount_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, signGrant(t, stranger, c.domain(t), m))
		}, want: "AccessGrantsInvalidSigner", args: []any{patient.addr, stranger.addr}},
	{name: "grantBySig_withRevokeSignature_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.grantBySigCall(m, signRevoke(t, patient, c.domain(t), m))
		}, want: "AccessGrantsInvalidSigner", nameOnly: true},
	{name: "grantBySig_validSignatureForSuspendedGrantee_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			m.grantee = clinic.addr
			return c.grantBySigCall(m, signGrant(t, patient, c.domain(t), m))
		}, want: "AccessGrantsGranteeNotActive", args: []any{clinic.addr}},

	// revokeBySig
	{name: "revokeBySig_signedByAnotherAccount_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.revokeBySigCall(m, signRevoke(t, provider, c.domain(t), m))
		}, want: "AccessGrantsInvalidSigner", nameOnly: true},
	{name: "revokeBySig_withPassedDeadline_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			m.deadline = big.NewInt(5)
			return c.revokeBySigCall(m, signRevoke(t, patient, c.domain(t), m))
		}, want: "AccessGrantsExpiredSignature", args: []any{big.NewInt(5)}},
	{name: "revokeBySig_withoutGrant_reverts", from: stranger,
		call: func(t testing.TB, c *consentEnv) txFunc {
			m := defaultGrantMsg(0)
			return c.revokeBySigCall(m, signRevoke(t, patient, c.domain(t), m))
		}, want: "AccessGrantsNoGrant", args: []any{patient.addr, provider.addr, purposeTreatment}},

	// openEmergencyAccess
	{name: "openEmergencyAccess_byStranger_reverts", from: stranger,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(patient.addr, common.HexToHash("0xe1"))
		},
		want: "AccessGrantsNotActiveProvider", args: []any{stranger.addr}},
	{name: "openEmergencyAccess_byPatient_reverts", from: patient,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(patient.addr, common.HexToHash("0xe1"))
		},
		want: "AccessGrantsNotActiveProvider", args: []any{patient.addr}},
	{name: "openEmergencyAccess_byActiveLab_reverts", from: lab,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(patient.addr, common.HexToHash("0xe1"))
		},
		want: "AccessGrantsNotActiveProvider", args: []any{lab.addr}},
	{name: "openEmergencyAccess_bySuspendedProvider_reverts", from: clinic,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(patient.addr, common.HexToHash("0xe1"))
		},
		want: "AccessGrantsNotActiveProvider", args: []any{clinic.addr}},
	{name: "openEmergencyAccess_byDevice_reverts", from: device,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(patient.addr, common.HexToHash("0xe1"))
		},
		want: "AccessGrantsNotActiveProvider", args: []any{device.addr}},
	{name: "openEmergencyAccess_forZeroAddress_reverts", from: provider,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(common.Address{}, common.HexToHash("0xe1"))
		}, want: "AccessGrantsZeroAddress"},
	{name: "openEmergencyAccess_forSelf_reverts", from: provider,
		call: func(_ testing.TB, c *consentEnv) txFunc {
			return c.emergencyCall(provider.addr, common.HexToHash("0xe1"))
		},
		want: "AccessGrantsSelfGrant", args: []any{provider.addr}},
	{name: "openEmergencyAccess_withZeroReason_reverts", from: provider,
		call: func(_ testing.TB, c *consentEnv) txFunc { return c.emergencyCall(patient.addr, common.Hash{}) },
		want: "AccessGrantsEmptyReason"},
}

// TestGrantBySigRecoveredSigner checks the arguments that depend on the
// signature: the address a foreign-domain signature recovers to, and the s
// of a high-s signature.
func TestGrantBySigRecoveredSigner(t *testing.T) {
	b := startSimulated(t, consentFunded()...)
	c := deployConsentBase(t, b)
	d := c.domain(t)
	m := defaultGrantMsg(0)
	digest := must(c.grants.GrantDigest(c.opts(), m.patient, m.grantee, m.categories, m.purpose, m.expiresAt, m.nonce, m.deadline))

	for _, tc := range []struct {
		name string
		d    domain
	}{
		{"anotherChainId", domain{chainID: big.NewInt(1), contract: d.contract}},
		{"anotherContract", domain{chainID: d.chainID, contract: c.recordsAddr}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sig := signGrant(t, patient, tc.d, m)
			got := c.revert(t, stranger, c.grantBySigCall(m, sig))
			assertRevert(t, got, "AccessGrantsInvalidSigner", patient.addr, recovered(t, digest, sig))
		})
	}
	t.Run("highS", func(t *testing.T) {
		sig := highS(signGrant(t, patient, d, m))
		got := c.revert(t, stranger, c.grantBySigCall(m, sig))
		assertRevert(t, got, "AccessGrantsInvalidSignatureS", [32]byte(sig[32:64]))
	})
	t.Run("alteredField", func(t *testing.T) {
		sig := signGrant(t, patient, d, m)
		altered := m
		altered.categories = allCategories
		alteredDigest := must(c.grants.GrantDigest(c.opts(), altered.patient, altered.grantee, altered.categories, altered.purpose, altered.expiresAt, altered.nonce, altered.deadline))
		got := c.revert(t, stranger, c.grantBySigCall(altered, sig))
		assertRevert(t, got, "AccessGrantsInvalidSigner", patient.addr, recovered(t, alteredDigest, sig))
	})
	t.Run("sameSignatureStillValid", func(t *testing.T) {
		// None of the rejected attempts consumed the nonce.
		c.send(t, stranger, c.grantBySigCall(m, signGrant(t, patient, d, m)))
	})
}
