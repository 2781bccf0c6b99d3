package tests

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// maxContractSize is EIP-170's limit on deployed code.
const maxContractSize = 24_576

// measureFinance measures the SettlementToken, Claims and ServiceContracts operations, each in a
// state where what it writes is new, and computes their minimum (minimumGas, with the storage
// slots each must create). Automatically settled claims are measured with 1, 5 and 20 lines. It
// also checks that every deployed contract is below the EIP-170 size limit.
func measureFinance(t *testing.T, b Backend) ([]gasOp, map[string]uint64) {
	f := deployFinance(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{{provider, roleProvider}, {insurer, roleInsurer}, {insurer2, roleInsurer}, {payer, roleGovernmentPayer}} {
		f.license(t, l.who.addr, l.role)
	}
	checkCodeSizes(t, f)

	var ops []gasOp
	measure := func(name string, from account, newSlots uint64, call txFunc) *types.Receipt {
		opts := transactOpts(t, f.b, from)
		opts.GasLimit = 5_000_000
		tx, err := call(opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := f.b.Mine(t, tx)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: status %d: %s", name, r.Status, f.replay(t, from, tx, r))
		}
		ops = append(ops, gasOp{name: name, gas: r.GasUsed, min: minimumGas(tx, r, newSlots)})
		return r
	}
	maxAllowance := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, who := range []account{insurer, payer, provider} {
		f.send(t, treasury, f.mintCall(who.addr, tokens(1_000_000)))
		f.send(t, who, f.approveTokenCall(f.claimsAddr, maxAllowance))
		f.send(t, who, f.approveTokenCall(f.servicesAddr, maxAllowance))
	}

	// Token. One slot: the receiver's balance.
	measure("SettlementToken.mint", treasury, 1, f.mintCall(hospital.addr, tokens(100)))
	f.send(t, treasury, f.mintCall(treasury.addr, tokens(100)))
	measure("SettlementToken.burn", treasury, 0, f.burnCall(tokens(1)))
	// Two slots: the owner's first nonce and the allowance.
	f.send(t, treasury, f.mintCall(insurer2.addr, tokens(1_000)))
	deadline := new(big.Int).SetUint64(farFuture)
	p := f.signPermit(t, insurer2, hospital.addr, tokens(1), deadline)
	measure("SettlementToken.permit", stranger, 2, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.token.Permit(o, insurer2.addr, hospital.addr, tokens(1), deadline, p.v, p.r, p.s)
	})

	// Plans and policies, after a first plan and policy so that the counters exist.
	f.send(t, insurer, f.createPlanCall(baseTerms,
		[][32]byte{codeConsult, codeLab, codeXray}, []uint64{tariffConsult, tariffLab, tariffXray}))
	validFrom := headTime(t, b) - 30*24*3600
	f.send(t, insurer, f.enrolCall(1, patient.addr, memberRef("patient"), validFrom, farFuture))
	// Five slots: the plan (2) and three tariffs.
	measure("Claims.createPlan", insurer, 5, f.createPlanCall(baseTerms,
		[][32]byte{codeConsult, codeLab, codeXray}, []uint64{tariffConsult, tariffLab, tariffXray}))
	measure("Claims.setTariffs", insurer, 1, f.setTariffsCall(2, [][32]byte{codeSurgery}, []uint64{500_000_000}))
	// Three slots: the policy.
	measure("Claims.enrol", insurer, 3, f.enrolCall(1, patient2.addr, memberRef("patient2"), validFrom, farFuture))
	f.send(t, patient, f.grantCall(insurer.addr, bit(catInsurance), purposePayment, farFuture))
	// One slot: the insurer's first pool slot (deposited, withdrawn, head).
	measure("Claims.deposit", insurer, 1, f.depositCall(tokens(10_000)))
	p = f.signPermit(t, insurer2, f.claimsAddr, tokens(100), deadline)
	// One slot: insurer2's pool; the allowance is set and spent in the transaction.
	measure("Claims.depositWithPermit", insurer2, 1, f.depositWithPermitCall(tokens(100), deadline, p))

	// Claims. A first claim creates the benefit year's usage and the pool's paid counter; the
	// provider holds tokens already. Two new slots per claim settled at once: the claim.
	f.submitOK(t, provider, f.submission(t, "gas warm-up", line(codeConsult, 1, tariffConsult)))
	claimLines := func(n int) []bindings.IClaimsLine {
		codes := []bindings.IClaimsLine{line(codeConsult, 1, 45_000_000), line(codeLab, 2, 18_000_000), line(codeXray, 1, 80_000_000),
			line(codeLab, 1, 12_500_000), line(codeConsult, 1, 30_000_000)}
		out := make([]bindings.IClaimsLine, n)
		for i := range out {
			out[i] = codes[i%len(codes)]
			if n == 20 { // keep 20 lines under the 500 token review threshold
				out[i] = line(out[i].Code, 1, 1_000_000+uint64(i)*100_000)
			}
		}
		return out
	}
	autoRatios := map[int]float64{}
	for _, n := range []int{1, 5, 20} {
		name := fmt.Sprintf("Claims.submitClaimAutoSettled%dLines", n)
		r := measure(name, provider, 2, f.submitCall(f.submission(t, name, claimLines(n)...)))
		if oneEvent(t, r, f.claimsAddr, f.claims.ParseClaimPaid).Amount.Sign() == 0 {
			t.Fatalf("%s: nothing paid", name)
		}
		op := ops[len(ops)-1]
		autoRatios[n] = float64(op.gas) / float64(op.min)
	}
	// Twelve slots: the claim (2) and five stored lines (2 each).
	pendingLines := append(claimLines(4), line(codeConsult, 1, 60_000_000))
	measure("Claims.submitClaimPending5Lines", provider, 12, f.submitCall(f.submission(t, "gas pending", pendingLines...)))
	measure("Claims.approveClaim", insurer, 0, f.approveClaimCall(idOf(provider, "gas pending")))
	f.submitOK(t, provider, f.submission(t, "gas denied", pendingLines...))
	measure("Claims.denyClaim", insurer, 0, f.denyCall(idOf(provider, "gas denied")))
	measure("Claims.appealClaim", provider, 0, f.appealCall(idOf(provider, "gas denied"), testCID("appeal evidence")))
	measure("Claims.withdraw", insurer, 0, f.withdrawCall(f.pool(insurer).Available))
	// Three slots: the claim (2) and its queue entry.
	measure("Claims.submitClaimQueued1Line", provider, 3, f.submitCall(f.submission(t, "gas queued", claimLines(1)...)))
	f.send(t, insurer, f.depositCall(tokens(100)))
	measure("Claims.settleOneClaim", stranger, 0, f.settleCall(insurer.addr, 10))

	// ServiceContracts, after a first contract so that the counter exists.
	f.send(t, payer, f.proposeCall(f.proposal(t, true)))
	// Eight slots: the contract (3 of 4: escrow and reserved are still 0), its terms CID (length
	// and 2 data slots for 36 bytes) and two tariffs.
	measure("ServiceContracts.propose", payer, 8, f.proposeCall(f.proposal(t, false)))
	measure("ServiceContracts.accept", provider, 0, f.acceptContractCall(2))
	// One slot: escrow and reserved.
	measure("ServiceContracts.fund", payer, 1, f.fundCall(2, tokens(500)))
	// One slot: the report.
	measure("ServiceContracts.reportForApproval", provider, 1, f.reportCall(2, 0, consultAndLab...))
	measure("ServiceContracts.approveReport", payer, 0, f.approveReportCall(2, 0))
	f.send(t, provider, f.reportCall(2, 1, consultAndLab...))
	measure("ServiceContracts.disputeReport", payer, 0, f.disputeCall(2, 1, tokens(100)))
	measure("ServiceContracts.resolveDispute", provider, 0, f.resolveCall(2, 1, tokens(100)))
	f.send(t, provider, f.acceptContractCall(1))
	f.send(t, payer, f.fundCall(1, tokens(300)))
	f.send(t, provider, f.reportCall(1, 0, reportLine(codeLab, 1)))
	measure("ServiceContracts.reportAutoReleased", provider, 1, f.reportCall(1, 1, consultAndLab...))
	measure("ServiceContracts.terminate", payer, 0, f.terminateCall(2))

	for n, ratio := range autoRatios {
		t.Logf("automatically settled claim with %d line(s): %.3f times its minimum", n, ratio)
	}
	return ops, f.deployGas
}

// checkCodeSizes fails if a deployed contract exceeds EIP-170's limit and logs the sizes.
func checkCodeSizes(t *testing.T, f *financeEnv) {
	t.Helper()
	sizes := ""
	for _, c := range []struct {
		name string
		addr [20]byte
	}{
		{"Registry", f.addr}, {"AccessGrants", f.grantsAddr}, {"Records", f.recordsAddr},
		{"SettlementToken", f.tokenAddr}, {"Claims", f.claimsAddr}, {"ServiceContracts", f.servicesAddr},
	} {
		code, err := f.b.Client().CodeAt(context.Background(), c.addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) > maxContractSize {
			t.Errorf("%s: %d bytes of runtime code, more than %d", c.name, len(code), maxContractSize)
		}
		sizes += fmt.Sprintf(" %s %d,", c.name, len(code))
	}
	t.Logf("runtime code sizes (limit %d bytes):%s", maxContractSize, sizes[:len(sizes)-1])
}
