package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// pendingClaim submits, from provider, a claim that waits (its consult line is above tariff) and
// stores its id in f.
func pendingClaim(key string) func(testing.TB, *financeEnv) {
	return func(t testing.TB, f *financeEnv) {
		f.submitOK(t, provider, f.submission(t, key, line(codeConsult, 1, 60_000_000), line(codeSurgery, 1, 1)))
	}
}

func idOf(prov account, key string) [32]byte { return claimID(prov.addr, claimKey(key)) }

var claimsRevertCases = []financeRevertCase{
	// SettlementToken.
	{name: "mint_byStranger_reverts", from: stranger, call: call(func(f *financeEnv) txFunc { return f.mintCall(stranger.addr, units(1)) }),
		want: "AccessControlUnauthorizedAccount", args: fargs(stranger.addr, [32]byte(treasuryRole))},
	{name: "mint_byRegulatorWithoutTreasuryRole_reverts", from: regulator, call: call(func(f *financeEnv) txFunc { return f.mintCall(regulator.addr, units(1)) }),
		want: "AccessControlUnauthorizedAccount", args: fargs(regulator.addr, [32]byte(treasuryRole))},
	{name: "mint_zeroAmount_reverts", from: treasury, call: call(func(f *financeEnv) txFunc { return f.mintCall(stranger.addr, new(big.Int)) }),
		want: "SettlementTokenZeroAmount"},
	{name: "mint_toZeroAddress_reverts", from: treasury, call: call(func(f *financeEnv) txFunc { return f.mintCall(common.Address{}, units(1)) }),
		want: "SettlementTokenZeroAddress"},
	{name: "burn_byStranger_reverts", from: stranger, call: call(func(f *financeEnv) txFunc { return f.burnCall(units(1)) }),
		want: "AccessControlUnauthorizedAccount", args: fargs(stranger.addr, [32]byte(treasuryRole))},
	{name: "burn_byRegulatorWithoutTreasuryRole_reverts", from: regulator, call: call(func(f *financeEnv) txFunc { return f.burnCall(units(1)) }),
		want: "AccessControlUnauthorizedAccount", args: fargs(regulator.addr, [32]byte(treasuryRole))},
	{name: "burn_zeroAmount_reverts", from: treasury, call: call(func(f *financeEnv) txFunc { return f.burnCall(new(big.Int)) }),
		want: "SettlementTokenZeroAmount"},
	{name: "burn_moreThanBalance_reverts", from: treasury, call: call(func(f *financeEnv) txFunc { return f.burnCall(units(1)) }),
		want: "ERC20InsufficientBalance", args: fargs(treasury.addr, new(big.Int), big.NewInt(1))},
	{name: "grantTreasuryRole_byStranger_reverts", from: stranger,
		call: call(func(f *financeEnv) txFunc {
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return f.token.GrantRole(o, treasuryRole, stranger.addr)
			}
		}),
		want: "AccessControlUnauthorizedAccount", args: fargs(stranger.addr, [32]byte(adminRole))},
	{name: "permit_withWrongSigner_reverts", from: stranger,
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			// The insurer's permit, signed by the stranger.
			digest := f.permitDigest(t, insurer.addr, f.claimsAddr, units(1), new(big.Int), deadline)
			sig, err := crypto.Sign(digest.Bytes(), stranger.key)
			if err != nil {
				t.Fatal(err)
			}
			p := permitSig{v: sig[64] + 27}
			copy(p.r[:], sig[:32])
			copy(p.s[:], sig[32:64])
			return func(o *bind.TransactOpts) (*types.Transaction, error) {
				return f.token.Permit(o, insurer.addr, f.claimsAddr, units(1), deadline, p.v, p.r, p.s)
			}
		},
		want: "ERC2612InvalidSigner", args: fargs(stranger.addr, insurer.addr)},

	// Plans.
	{name: "createPlan_byStranger_reverts", from: stranger, call: call(func(f *financeEnv) txFunc { return f.createPlanCall(baseTerms, nil, nil) }),
		want: "ClaimsNotActiveInsurer", args: fargs(stranger.addr)},
	{name: "createPlan_byProvider_reverts", from: provider, call: call(func(f *financeEnv) txFunc { return f.createPlanCall(baseTerms, nil, nil) }),
		want: "ClaimsNotActiveInsurer", args: fargs(provider.addr)},
	{name: "createPlan_bySuspendedInsurer_reverts", from: suspendedInsurer, call: call(func(f *financeEnv) txFunc { return f.createPlanCall(baseTerms, nil, nil) }),
		want: "ClaimsNotActiveInsurer", args: fargs(suspendedInsurer.addr)},
	{name: "createPlan_withCopayAboveWhole_reverts", from: insurer, nameOnly: true, want: "ClaimsInvalidPlanTerms", args: fargs(nil),
		call: call(func(f *financeEnv) txFunc {
			terms := baseTerms
			terms.CopayBps = 10_001
			return f.createPlanCall(terms, nil, nil)
		})},
	{name: "createPlan_withoutInsuranceConsent_reverts", from: insurer, nameOnly: true, want: "ClaimsInvalidPlanTerms", args: fargs(nil),
		call: call(func(f *financeEnv) txFunc {
			terms := baseTerms
			terms.ConsentCategories = bit(catDiagnoses)
			return f.createPlanCall(terms, nil, nil)
		})},
	{name: "createPlan_withUndefinedConsentCategory_reverts", from: insurer, nameOnly: true, want: "ClaimsInvalidPlanTerms", args: fargs(nil),
		call: call(func(f *financeEnv) txFunc {
			terms := baseTerms
			terms.ConsentCategories = bit(catInsurance) | 1<<9
			return f.createPlanCall(terms, nil, nil)
		})},
	{name: "createPlan_withZeroAnnualLimit_reverts", from: insurer, nameOnly: true, want: "ClaimsInvalidPlanTerms", args: fargs(nil),
		call: call(func(f *financeEnv) txFunc {
			terms := baseTerms
			terms.AnnualLimit = 0
			return f.createPlanCall(terms, nil, nil)
		})},
	{name: "createPlan_withMismatchedTariffs_reverts", from: insurer, want: "ClaimsInvalidTariffs", args: fargs(big.NewInt(2), big.NewInt(1)),
		call: call(func(f *financeEnv) txFunc {
			return f.createPlanCall(baseTerms, [][32]byte{codeConsult, codeLab}, []uint64{1})
		})},
	{name: "createPlan_withSixtyFiveTariffs_reverts", from: insurer, want: "ClaimsInvalidTariffs", args: fargs(big.NewInt(65), big.NewInt(65)),
		call: call(func(f *financeEnv) txFunc {
			codes, tariffs := make([][32]byte, 65), make([]uint64, 65)
			for i := range codes {
				codes[i] = serviceCode("X" + big.NewInt(int64(i)).String())
				tariffs[i] = 1
			}
			return f.createPlanCall(baseTerms, codes, tariffs)
		})},
	{name: "setTariffs_byOtherInsurer_reverts", from: insurer2, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), insurer2.addr),
		call: call(func(f *financeEnv) txFunc { return f.setTariffsCall(1, nil, nil) })},
	{name: "setTariffs_ofUnknownPlan_reverts", from: insurer, want: "ClaimsUnknownPlan", args: fargs(uint64(9)),
		call: call(func(f *financeEnv) txFunc { return f.setTariffsCall(9, nil, nil) })},
	{name: "setTariffs_bySuspendedPlanInsurer_reverts", from: insurer, want: "ClaimsNotActiveInsurer", args: fargs(insurer.addr),
		setup: func(t testing.TB, f *financeEnv) { f.suspend(t, insurer.addr) },
		call:  call(func(f *financeEnv) txFunc { return f.setTariffsCall(1, nil, nil) })},
	{name: "setTariffs_withMismatchedArrays_reverts", from: insurer, want: "ClaimsInvalidTariffs", args: fargs(big.NewInt(0), big.NewInt(1)),
		call: call(func(f *financeEnv) txFunc { return f.setTariffsCall(1, nil, []uint64{1}) })},
	{name: "closePlan_byStranger_reverts", from: stranger, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.closePlanCall(1) })},
	{name: "closePlan_byOtherInsurer_reverts", from: insurer2, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), insurer2.addr),
		call: call(func(f *financeEnv) txFunc { return f.closePlanCall(1) })},
	{name: "closePlan_ofUnknownPlan_reverts", from: insurer, want: "ClaimsUnknownPlan", args: fargs(uint64(2)),
		call: call(func(f *financeEnv) txFunc { return f.closePlanCall(2) })},
	{name: "closePlan_twice_reverts", from: insurer, want: "ClaimsPlanClosed", args: fargs(uint64(1)),
		setup: func(t testing.TB, f *financeEnv) { f.send(t, insurer, f.closePlanCall(1)) },
		call:  call(func(f *financeEnv) txFunc { return f.closePlanCall(1) })},

	// Policies.
	{name: "enrol_byStranger_reverts", from: stranger, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(1, patient2.addr, memberRef("x"), 1, farFuture) })},
	{name: "enrol_byOtherInsurer_reverts", from: insurer2, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), insurer2.addr),
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(1, patient2.addr, memberRef("x"), 1, farFuture) })},
	{name: "enrol_inUnknownPlan_reverts", from: insurer, want: "ClaimsUnknownPlan", args: fargs(uint64(7)),
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(7, patient2.addr, memberRef("x"), 1, farFuture) })},
	{name: "enrol_bySuspendedPlanInsurer_reverts", from: insurer, want: "ClaimsNotActiveInsurer", args: fargs(insurer.addr),
		setup: func(t testing.TB, f *financeEnv) { f.suspend(t, insurer.addr) },
		call:  call(func(f *financeEnv) txFunc { return f.enrolCall(1, patient2.addr, memberRef("x"), 1, farFuture) })},
	{name: "enrol_zeroPatient_reverts", from: insurer, want: "ClaimsZeroAddress",
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(1, common.Address{}, memberRef("x"), 1, farFuture) })},
	{name: "enrol_withEmptyPeriod_reverts", from: insurer, want: "ClaimsInvalidValidity", args: fargs(farFuture, farFuture),
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(1, patient2.addr, memberRef("x"), farFuture, farFuture) })},
	{name: "enrol_endingInThePast_reverts", from: insurer, want: "ClaimsInvalidValidity", args: fargs(uint64(1), uint64(1000)),
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(1, patient2.addr, memberRef("x"), 1, 1000) })},
	{name: "enrol_endingBeyondUint40_reverts", from: insurer, want: "ClaimsInvalidValidity", args: fargs(uint64(1), uint64(1<<40)),
		call: call(func(f *financeEnv) txFunc { return f.enrolCall(1, patient2.addr, memberRef("x"), 1, 1<<40) })},
	{name: "terminatePolicy_byStranger_reverts", from: stranger, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.terminatePolicyCall(1) })},
	{name: "terminatePolicy_byOtherInsurer_reverts", from: insurer2, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), insurer2.addr),
		call: call(func(f *financeEnv) txFunc { return f.terminatePolicyCall(1) })},
	{name: "terminatePolicy_byProvider_reverts", from: provider, want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), provider.addr),
		call: call(func(f *financeEnv) txFunc { return f.terminatePolicyCall(1) })},
	{name: "terminatePolicy_unknown_reverts", from: insurer, want: "ClaimsUnknownPolicy", args: fargs(uint64(5)),
		call: call(func(f *financeEnv) txFunc { return f.terminatePolicyCall(5) })},
	{name: "terminatePolicy_twice_reverts", from: insurer, want: "ClaimsPolicyEnded",
		setup: func(t testing.TB, f *financeEnv) {
			f.send(t, insurer, f.terminatePolicyCall(1))
			advanceTime(t, f.b, time.Second)
		},
		call: call(func(f *financeEnv) txFunc { return f.terminatePolicyCall(1) }),
		args: func(f *financeEnv) []any { return []any{uint64(1), must(f.claims.Policy(f.opts(), 1)).ValidUntil} }},

	// Pool.
	{name: "deposit_byStranger_reverts", from: stranger, want: "ClaimsNotInsurer", args: fargs(stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.depositCall(units(1)) })},
	{name: "deposit_byProvider_reverts", from: provider, want: "ClaimsNotInsurer", args: fargs(provider.addr),
		call: call(func(f *financeEnv) txFunc { return f.depositCall(units(1)) })},
	{name: "deposit_zero_reverts", from: insurer, want: "ClaimsZeroAmount",
		call: call(func(f *financeEnv) txFunc { return f.depositCall(new(big.Int)) })},
	{name: "deposit_withoutAllowance_reverts", from: insurer, want: "ERC20InsufficientAllowance",
		setup: func(t testing.TB, f *financeEnv) { f.send(t, insurer, f.approveTokenCall(f.claimsAddr, new(big.Int))) },
		call:  call(func(f *financeEnv) txFunc { return f.depositCall(units(5)) }),
		args:  func(f *financeEnv) []any { return []any{f.claimsAddr, new(big.Int), big.NewInt(5)} }},
	{name: "depositWithPermit_withBadPermitAndNoAllowance_reverts", from: insurer, want: "ERC20InsufficientAllowance",
		setup: func(t testing.TB, f *financeEnv) { f.send(t, insurer, f.approveTokenCall(f.claimsAddr, new(big.Int))) },
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			return f.depositWithPermitCall(units(5), deadline, f.signPermit(t, stranger, f.claimsAddr, units(5), deadline))
		},
		args: func(f *financeEnv) []any { return []any{f.claimsAddr, new(big.Int), big.NewInt(5)} }},
	{name: "depositWithPermit_byStranger_reverts", from: stranger, want: "ClaimsNotInsurer", args: fargs(stranger.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			return f.depositWithPermitCall(units(5), deadline, f.signPermit(t, stranger, f.claimsAddr, units(5), deadline))
		}},
	{name: "depositWithPermit_byHospital_reverts", from: hospital, want: "ClaimsNotInsurer", args: fargs(hospital.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			deadline := new(big.Int).SetUint64(farFuture)
			return f.depositWithPermitCall(units(5), deadline, f.signPermit(t, hospital, f.claimsAddr, units(5), deadline))
		}},
	{name: "withdraw_zero_reverts", from: insurer, want: "ClaimsZeroAmount",
		call: call(func(f *financeEnv) txFunc { return f.withdrawCall(new(big.Int)) })},
	{name: "withdraw_moreThanBalance_reverts", from: insurer, want: "ClaimsInsufficientPool",
		call: call(func(f *financeEnv) txFunc { return f.withdrawCall(new(big.Int).Add(tokens(10_000), units(1))) }),
		args: fargs(new(big.Int).Add(tokens(10_000), units(1)), tokens(10_000))},
	{name: "withdraw_byStrangerWithoutPool_reverts", from: stranger, want: "ClaimsInsufficientPool", args: fargs(big.NewInt(1), new(big.Int)),
		call: call(func(f *financeEnv) txFunc { return f.withdrawCall(units(1)) })},

	// Submission.
	{name: "submitClaim_byStranger_reverts", from: stranger, want: "ClaimsNotActiveProvider", args: fargs(stranger.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "x", line(codeConsult, 1, 1)))
		}},
	{name: "submitClaim_byLab_reverts", from: lab, want: "ClaimsNotActiveProvider", args: fargs(lab.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "x", line(codeConsult, 1, 1)))
		}},
	{name: "submitClaim_bySuspendedProvider_reverts", from: clinic, want: "ClaimsNotActiveProvider", args: fargs(clinic.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "x", line(codeConsult, 1, 1)))
		}},
	{name: "submitClaim_byInsurer_reverts", from: insurer, want: "ClaimsNotActiveProvider", args: fargs(insurer.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "x", line(codeConsult, 1, 1)))
		}},
	{name: "submitClaim_withZeroKey_reverts", from: provider, want: "ClaimsInvalidClaimKey",
		call: func(t testing.TB, f *financeEnv) txFunc {
			s := f.submission(t, "x", line(codeConsult, 1, 1))
			s.ClaimKey = [32]byte{}
			return f.submitCall(s)
		}},
	{name: "submitClaim_twice_reverts", from: provider, want: "ClaimsDuplicateClaim", args: fargs(idOf(provider, "dup")),
		setup: func(t testing.TB, f *financeEnv) {
			f.submitOK(t, provider, f.submission(t, "dup", line(codeConsult, 1, tariffConsult)))
		},
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "dup", line(codeLab, 1, 1)))
		}},
	{name: "submitClaim_twiceWhilePending_reverts", from: provider, want: "ClaimsDuplicateClaim", args: fargs(idOf(provider, "dup pending")),
		setup: pendingClaim("dup pending"),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "dup pending", line(codeLab, 1, 1)))
		}},
	{name: "submitClaim_withoutLines_reverts", from: provider, want: "ClaimsInvalidLineCount", args: fargs(new(big.Int)),
		call: func(t testing.TB, f *financeEnv) txFunc { return f.submitCall(f.submission(t, "x")) }},
	{name: "submitClaim_withThirtyThreeLines_reverts", from: provider, want: "ClaimsInvalidLineCount", args: fargs(big.NewInt(33)),
		call: func(t testing.TB, f *financeEnv) txFunc {
			lines := make([]bindings.IClaimsLine, 33)
			for i := range lines {
				lines[i] = line(codeLab, 1, 1)
			}
			return f.submitCall(f.submission(t, "x", lines...))
		}},
	{name: "submitClaim_withZeroQuantity_reverts", from: provider, want: "ClaimsInvalidLine", args: fargs(big.NewInt(1)),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "x", line(codeLab, 1, 1), line(codeLab, 0, 1)))
		}},
	{name: "submitClaim_withZeroUnitAmount_reverts", from: provider, want: "ClaimsInvalidLine", args: fargs(new(big.Int)),
		call: func(t testing.TB, f *financeEnv) txFunc {
			return f.submitCall(f.submission(t, "x", line(codeLab, 1, 0)))
		}},
	{name: "submitClaim_withNineEvidenceCids_reverts", from: provider, want: "ClaimsTooMuchEvidence", args: fargs(big.NewInt(9)),
		call: func(t testing.TB, f *financeEnv) txFunc {
			s := f.submission(t, "x", line(codeLab, 1, 1))
			for len(s.Evidence) < 9 {
				s.Evidence = append(s.Evidence, testCID("more"))
			}
			return f.submitCall(s)
		}},
	{name: "submitClaim_withCidV0Evidence_reverts", from: provider, want: "ClaimsInvalidCid", args: fargs([]byte{0x12, 0x20, 0xab, 0xcd}),
		call: func(t testing.TB, f *financeEnv) txFunc {
			s := f.submission(t, "x", line(codeLab, 1, 1))
			s.Evidence = [][]byte{{0x12, 0x20, 0xab, 0xcd}}
			return f.submitCall(s)
		}},
	{name: "submitClaim_forTheFuture_reverts", from: provider, want: "ClaimsServiceDateInFuture", args: fargs(farFuture),
		call: func(t testing.TB, f *financeEnv) txFunc {
			s := f.submission(t, "x", line(codeLab, 1, 1))
			s.ServiceDate = farFuture
			return f.submitCall(s)
		}},
	{name: "submitClaim_unknownPolicy_reverts", from: provider, want: "ClaimsUnknownPolicy", args: fargs(uint64(3)),
		call: func(t testing.TB, f *financeEnv) txFunc {
			s := f.submission(t, "x", line(codeLab, 1, 1))
			s.PolicyId = 3
			return f.submitCall(s)
		}},
	{name: "submitClaim_forAnotherPatient_reverts", from: provider, want: "ClaimsPatientMismatch", args: fargs(uint64(1), patient2.addr),
		call: func(t testing.TB, f *financeEnv) txFunc {
			s := f.submission(t, "x", line(codeLab, 1, 1))
			s.Patient = patient2.addr
			return f.submitCall(s)
		}},

	// Review.
	{name: "approveClaim_byStranger_reverts", from: stranger, setup: pendingClaim("p"), want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p")) })},
	{name: "approveClaim_byOtherInsurer_reverts", from: insurer2, setup: pendingClaim("p"), want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), insurer2.addr),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p")) })},
	{name: "approveClaim_byProvider_reverts", from: provider, setup: pendingClaim("p"), want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), provider.addr),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p")) })},
	{name: "approveClaim_unknown_reverts", from: insurer, want: "ClaimsUnknownClaim", args: fargs([32]byte(claimKey("nothing"))),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(claimKey("nothing")) })},
	{name: "approveClaim_aboveAllowed_reverts", from: insurer, setup: pendingClaim("p"), want: "ClaimsAboveAllowed",
		args: fargs(idOf(provider, "p"), new(big.Int), big.NewInt(50_000_001), big.NewInt(50_000_000)),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p"), bigs(50_000_001, 0)...) })},
	{name: "approveClaim_uncoveredLineAboveZero_reverts", from: insurer, setup: pendingClaim("p"), want: "ClaimsAboveAllowed",
		args: fargs(idOf(provider, "p"), big.NewInt(1), big.NewInt(1), new(big.Int)),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p"), bigs(0, 1)...) })},
	{name: "approveClaim_withWrongNumberOfAmounts_reverts", from: insurer, setup: pendingClaim("p"), want: "ClaimsApprovalLengthMismatch",
		args: fargs(idOf(provider, "p"), big.NewInt(1), big.NewInt(2)),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p"), bigs(1)...) })},
	{name: "approveClaim_withNothingApproved_reverts", from: insurer, setup: pendingClaim("p"), want: "ClaimsNothingApproved", args: fargs(idOf(provider, "p")),
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p"), bigs(0, 0)...) })},
	{name: "approveClaim_fullyWhenNothingIsCovered_reverts", from: insurer, want: "ClaimsNothingApproved", args: fargs(idOf(provider, "none covered")),
		setup: func(t testing.TB, f *financeEnv) {
			f.submitOK(t, provider, f.submission(t, "none covered", line(codeSurgery, 1, 1)))
		},
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "none covered")) })},
	{name: "approveClaim_paidAutomatically_reverts", from: insurer, want: "ClaimsInvalidStatus", args: fargs(idOf(provider, "auto"), claimPaid),
		setup: func(t testing.TB, f *financeEnv) {
			f.submitOK(t, provider, f.submission(t, "auto", line(codeConsult, 1, tariffConsult)))
		},
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "auto")) })},
	{name: "approveClaim_denied_reverts", from: insurer, want: "ClaimsInvalidStatus", args: fargs(idOf(provider, "p"), claimDenied),
		setup: func(t testing.TB, f *financeEnv) {
			pendingClaim("p")(t, f)
			f.send(t, insurer, f.denyCall(idOf(provider, "p")))
		},
		call: call(func(f *financeEnv) txFunc { return f.approveClaimCall(idOf(provider, "p")) })},
	{name: "denyClaim_byStranger_reverts", from: stranger, setup: pendingClaim("p"), want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), stranger.addr),
		call: call(func(f *financeEnv) txFunc { return f.denyCall(idOf(provider, "p")) })},
	{name: "denyClaim_byOtherInsurer_reverts", from: insurer2, setup: pendingClaim("p"), want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), insurer2.addr),
		call: call(func(f *financeEnv) txFunc { return f.denyCall(idOf(provider, "p")) })},
	{name: "denyClaim_byProvider_reverts", from: provider, setup: pendingClaim("p"), want: "ClaimsNotPlanInsurer", args: fargs(uint64(1), provider.addr),
		call: call(func(f *financeEnv) txFunc { return f.denyCall(idOf(provider, "p")) })},
	{name: "denyClaim_unknown_reverts", from: insurer, want: "ClaimsUnknownClaim", args: fargs([32]byte(claimKey("nothing"))),
		call: call(func(f *financeEnv) txFunc { return f.denyCall(claimKey("nothing")) })},
	{name: "denyClaim_queued_reverts", from: insurer, want: "ClaimsInvalidStatus", args: fargs(idOf(provider, "queued"), claimAwaitingFunds),
		setup: func(t testing.TB, f *financeEnv) {
			f.emptyPool(t, insurer)
			f.submitOK(t, provider, f.submission(t, "queued", line(codeConsult, 1, tariffConsult)))
		},
		call: call(func(f *financeEnv) txFunc { return f.denyCall(idOf(provider, "queued")) })},
	{name: "appealClaim_byStranger_reverts", from: stranger, want: "ClaimsNotClaimProvider", args: fargs(idOf(provider, "p"), stranger.addr),
		setup: func(t testing.TB, f *financeEnv) {
			pendingClaim("p")(t, f)
			f.send(t, insurer, f.denyCall(idOf(provider, "p")))
		},
		call: call(func(f *financeEnv) txFunc { return f.appealCall(idOf(provider, "p")) })},
	{name: "appealClaim_byInsurer_reverts", from: insurer, want: "ClaimsNotClaimProvider", args: fargs(idOf(provider, "p"), insurer.addr),
		setup: func(t testing.TB, f *financeEnv) {
			pendingClaim("p")(t, f)
			f.send(t, insurer, f.denyCall(idOf(provider, "p")))
		},
		call: call(func(f *financeEnv) txFunc { return f.appealCall(idOf(provider, "p")) })},
	{name: "appealClaim_notDenied_reverts", from: provider, setup: pendingClaim("p"), want: "ClaimsInvalidStatus", args: fargs(idOf(provider, "p"), claimPending),
		call: call(func(f *financeEnv) txFunc { return f.appealCall(idOf(provider, "p")) })},
	{name: "appealClaim_unknown_reverts", from: provider, want: "ClaimsUnknownClaim", args: fargs([32]byte(claimKey("nothing"))),
		call: call(func(f *financeEnv) txFunc { return f.appealCall(claimKey("nothing")) })},
	{name: "appealClaim_withInvalidEvidence_reverts", from: provider, want: "ClaimsInvalidCid", args: fargs([]byte{0x01}),
		setup: func(t testing.TB, f *financeEnv) {
			pendingClaim("p")(t, f)
			f.send(t, insurer, f.denyCall(idOf(provider, "p")))
		},
		call: call(func(f *financeEnv) txFunc { return f.appealCall(idOf(provider, "p"), []byte{0x01}) })},
}
