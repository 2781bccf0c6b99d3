package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// Claim statuses, line reasons and claim reasons, as Claims numbers them.
const (
	claimNone uint8 = iota
	claimPending
	claimAwaitingFunds
	claimPaid
	claimDenied
	claimAppealed
)

const (
	lineOK uint8 = iota
	lineNotCovered
	lineAboveTariff
)

const (
	reasonPolicyInactive uint16 = 1 << iota
	reasonNoConsent
	reasonLineRefused
	reasonAboveReviewThreshold
	reasonUnderfunded
)

// Service-contract and report statuses, as ServiceContracts numbers them.
const (
	contractNone uint8 = iota
	contractProposed
	contractActive
	contractTerminated
)

const (
	reportNone uint8 = iota
	reportReported
	reportDisputed
	reportAwaitingFunds
	reportPaid
	reportRejected
)

var treasuryRole = crypto.Keccak256Hash([]byte("TREASURY_ROLE"))

// Finance accounts.
var (
	treasury         = newAccount("treasury")
	insurer2         = newAccount("insurer/second")
	suspendedInsurer = newAccount("insurer/suspended")
	payer            = newAccount("government-payer")
	payer2           = newAccount("government-payer/second") // licensed only where a test needs another payer
	suspendedPayer   = newAccount("government-payer/suspended")
	patient2         = newAccount("patient/second")
)

func financeFunded() []common.Address {
	return append(consentFunded(),
		treasury.addr, insurer2.addr, suspendedInsurer.addr, payer.addr, payer2.addr, suspendedPayer.addr, patient2.addr, hospital.addr)
}

// tokens returns n whole settlement tokens in minor units (6 decimals).
func tokens(n uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(1_000_000))
}

// units returns n minor units.
func units(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// serviceCode is a service code as bytes32: the ASCII text, left-aligned.
func serviceCode(s string) [32]byte {
	var c [32]byte
	copy(c[:], s)
	return c
}

// Service codes of the base plan and their tariffs (per unit).
var (
	codeConsult = serviceCode("CPT:99213")
	codeLab     = serviceCode("LOINC:4548-4")
	codeXray    = serviceCode("CPT:71046")
	codeSurgery = serviceCode("CPT:47562") // not covered by the base plan

	tariffConsult = uint64(50_000_000) // 50 tokens
	tariffLab     = uint64(20_000_000)
	tariffXray    = uint64(80_000_000)
)

// baseTerms are the terms of plan 1: 20 % co-pay, no deductible, a 10,000 token limit, review
// above 500 tokens, insurance consent only.
var baseTerms = bindings.IClaimsPlanTerms{
	CopayBps:          2000,
	ConsentCategories: bit(catInsurance),
	Deductible:        0,
	AnnualLimit:       10_000_000_000,
	ReviewThreshold:   500_000_000,
}

// financeEnv is a Registry, AccessGrants, Records, SettlementToken, Claims and ServiceContracts
// deployment. Its env's ABI holds the errors of all of them.
type financeEnv struct {
	*consentEnv
	token        *bindings.SettlementToken
	tokenAddr    common.Address
	claims       *bindings.Claims
	claimsAddr   common.Address
	services     *bindings.ServiceContracts
	servicesAddr common.Address
	claimsABI    *abi.ABI
	servicesABI  *abi.ABI

	// Base state (deployFinanceBase).
	validFrom uint64 // start of policy 1
}

// deployFinance deploys the contracts; treasury holds TREASURY_ROLE.
func deployFinance(t testing.TB, b Backend) *financeEnv {
	t.Helper()
	f := &financeEnv{consentEnv: deployConsent(t, b)}
	tokenABI := must(bindings.SettlementTokenMetaData.GetAbi())
	f.claimsABI = must(bindings.ClaimsMetaData.GetAbi())
	f.servicesABI = must(bindings.ServiceContractsMetaData.GetAbi())
	f.env.abi = mergedErrors(f.env.abi, tokenABI, f.claimsABI, f.servicesABI)

	deploy := func(name string, d func(o *bind.TransactOpts) (common.Address, *types.Transaction, error)) common.Address {
		opts := transactOpts(t, b, regulator)
		opts.GasLimit = deployGasLimit
		addr, tx, err := d(opts)
		if err != nil {
			t.Fatalf("deploy %s: %v", name, err)
		}
		r := b.Mine(t, tx)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("deploy %s: status %d", name, r.Status)
		}
		f.deployGas[name] = r.GasUsed
		return addr
	}
	f.tokenAddr = deploy("SettlementToken", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeploySettlementToken(o, b.Client(), regulator.addr)
		return addr, tx, err
	})
	f.claimsAddr = deploy("Claims", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployClaims(o, b.Client(), f.addr, f.grantsAddr, f.tokenAddr)
		return addr, tx, err
	})
	f.servicesAddr = deploy("ServiceContracts", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bindings.DeployServiceContracts(o, b.Client(), f.addr, f.tokenAddr)
		return addr, tx, err
	})
	f.token = must(bindings.NewSettlementToken(f.tokenAddr, b.Client()))
	f.claims = must(bindings.NewClaims(f.claimsAddr, b.Client()))
	f.services = must(bindings.NewServiceContracts(f.servicesAddr, b.Client()))
	f.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.token.GrantRole(o, treasuryRole, treasury.addr)
	})
	return f
}

// deployFinanceBase deploys the contracts in this state:
//
//   - active: provider and hospital (Provider), lab (Lab), insurer and insurer2 (Insurer),
//     payer (GovernmentPayer); suspended: clinic (Provider), suspendedInsurer, suspendedPayer;
//   - insurer, insurer2 and payer hold 1,000,000 tokens each and allow Claims and
//     ServiceContracts to take them;
//   - plan 1 of insurer: baseTerms, consult 50, lab 20, x-ray 80 tokens per unit;
//   - policy 1: patient in plan 1 from 30 days before the base's last block to farFuture;
//   - patient granted insurer Payment access to insurance data until farFuture;
//   - insurer's pool holds 10,000 tokens.
func deployFinanceBase(t testing.TB, b Backend) *financeEnv {
	t.Helper()
	f := deployFinance(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{
		{provider, roleProvider}, {hospital, roleProvider}, {clinic, roleProvider}, {lab, roleLab},
		{insurer, roleInsurer}, {insurer2, roleInsurer}, {suspendedInsurer, roleInsurer},
		{payer, roleGovernmentPayer}, {suspendedPayer, roleGovernmentPayer},
	} {
		f.license(t, l.who.addr, l.role)
	}
	for _, s := range []account{clinic, suspendedInsurer, suspendedPayer} {
		f.suspend(t, s.addr)
	}
	maxAllowance := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, holder := range []account{insurer, insurer2, payer} {
		f.send(t, treasury, f.mintCall(holder.addr, tokens(1_000_000)))
		f.send(t, holder, f.approveTokenCall(f.claimsAddr, maxAllowance))
		f.send(t, holder, f.approveTokenCall(f.servicesAddr, maxAllowance))
	}
	f.send(t, insurer, f.createPlanCall(baseTerms,
		[][32]byte{codeConsult, codeLab, codeXray}, []uint64{tariffConsult, tariffLab, tariffXray}))
	f.validFrom = headTime(t, b) - 30*24*3600
	f.send(t, insurer, f.enrolCall(1, patient.addr, memberRef("patient"), f.validFrom, farFuture))
	f.send(t, patient, f.grantCall(insurer.addr, bit(catInsurance), purposePayment, farFuture))
	f.send(t, insurer, f.depositCall(tokens(10_000)))
	return f
}

// memberRef is an insurer's member reference: a hash, no personal data.
func memberRef(name string) [32]byte { return crypto.Keccak256Hash([]byte("member/" + name)) }

// claimKey is a provider's claim key.
func claimKey(name string) [32]byte { return crypto.Keccak256Hash([]byte("invoice/" + name)) }

// claimID is keccak256(abi.encode(provider, key)), computed in Go.
func claimID(prov common.Address, key [32]byte) [32]byte {
	return crypto.Keccak256Hash(common.LeftPadBytes(prov[:], 32), key[:])
}

// line is a claim line.
func line(code [32]byte, quantity uint16, unitAmount uint64) bindings.IClaimsLine {
	return bindings.IClaimsLine{Code: code, Quantity: quantity, UnitAmount: unitAmount}
}

// submission is a claim of patient under policy 1 for yesterday (relative to the latest block),
// with one evidence CID.
func (f *financeEnv) submission(t testing.TB, key string, lines ...bindings.IClaimsLine) bindings.IClaimsSubmission {
	t.Helper()
	return bindings.IClaimsSubmission{
		Patient:     patient.addr,
		PolicyId:    1,
		ServiceDate: headTime(t, f.b) - 24*3600,
		ClaimKey:    claimKey(key),
		Lines:       lines,
		Evidence:    [][]byte{testCID("evidence " + key)},
	}
}

// sendGas sends a transaction with a chosen gas limit and requires it to succeed.
func (f *financeEnv) sendGas(t testing.TB, from account, gas uint64, call txFunc) *types.Receipt {
	t.Helper()
	opts := transactOpts(t, f.b, from)
	opts.GasLimit = gas
	tx, err := call(opts)
	if err != nil {
		t.Fatalf("transaction from %s: %v", from.addr, err)
	}
	r := f.b.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction from %s: status %d (gas %d of %d): %s", from.addr, r.Status, r.GasUsed, gas, f.replay(t, from, tx, r))
	}
	return r
}

func (f *financeEnv) balance(who common.Address) *big.Int {
	return must(f.token.BalanceOf(f.opts(), who))
}

func (f *financeEnv) pool(who account) bindings.IClaimsPool {
	return must(f.claims.Pool(f.opts(), who.addr))
}

func (f *financeEnv) claim(id [32]byte) bindings.IClaimsClaim {
	return must(f.claims.Claim(f.opts(), id))
}

func (f *financeEnv) contract(id uint64) bindings.IServiceContractsServiceContract {
	return must(f.services.ServiceContract(f.opts(), id))
}

func (f *financeEnv) reportOf(id uint64, period uint16) bindings.IServiceContractsReport {
	return must(f.services.ReportOf(f.opts(), id, period))
}

// Token calls.

func (f *financeEnv) mintCall(to common.Address, amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.token.Mint(o, to, amount, common.HexToHash("0xba4c"))
	}
}

func (f *financeEnv) burnCall(amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.token.Burn(o, amount, common.HexToHash("0x0b07"))
	}
}

func (f *financeEnv) approveTokenCall(spender common.Address, amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.token.Approve(o, spender, amount) }
}

// permitDigest is the EIP-2612 digest of Permit(owner, spender, value, nonce, deadline) in the
// token's domain, computed in Go.
func (f *financeEnv) permitDigest(t testing.TB, owner, spender common.Address, value, nonce, deadline *big.Int) common.Hash {
	t.Helper()
	typeHash := crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	structHash := crypto.Keccak256(typeHash[:], common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32),
		word(value), word(nonce), word(deadline))
	sep := domainSeparator(t, f.b, "Salus Settlement Token", f.tokenAddr)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash)
}

// permitSig is a signed permit: v, r, s.
type permitSig struct {
	v    uint8
	r, s [32]byte
}

// signPermit has owner sign a permit of value for spender with its current nonce.
func (f *financeEnv) signPermit(t testing.TB, owner account, spender common.Address, value, deadline *big.Int) permitSig {
	t.Helper()
	nonce := must(f.token.Nonces(f.opts(), owner.addr))
	sig, err := crypto.Sign(f.permitDigest(t, owner.addr, spender, value, nonce, deadline).Bytes(), owner.key)
	if err != nil {
		t.Fatal(err)
	}
	var p permitSig
	copy(p.r[:], sig[:32])
	copy(p.s[:], sig[32:64])
	p.v = sig[64] + 27
	return p
}

// Claims calls.

func (f *financeEnv) createPlanCall(terms bindings.IClaimsPlanTerms, codes [][32]byte, tariffs []uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.CreatePlan(o, terms, codes, tariffs)
	}
}

func (f *financeEnv) setTariffsCall(planID uint64, codes [][32]byte, tariffs []uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.SetTariffs(o, planID, codes, tariffs)
	}
}

func (f *financeEnv) closePlanCall(planID uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.claims.ClosePlan(o, planID) }
}

func (f *financeEnv) enrolCall(planID uint64, who common.Address, ref [32]byte, from, until uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.Enrol(o, planID, who, ref, from, until)
	}
}

func (f *financeEnv) terminatePolicyCall(policyID uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.claims.TerminatePolicy(o, policyID) }
}

func (f *financeEnv) depositCall(amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.claims.Deposit(o, amount) }
}

func (f *financeEnv) depositWithPermitCall(amount, deadline *big.Int, p permitSig) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.DepositWithPermit(o, amount, deadline, p.v, p.r, p.s)
	}
}

func (f *financeEnv) withdrawCall(amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.claims.Withdraw(o, amount) }
}

func (f *financeEnv) submitCall(s bindings.IClaimsSubmission) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.claims.SubmitClaim(o, s) }
}

func (f *financeEnv) approveClaimCall(id [32]byte, amounts ...*big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.claims.ApproveClaim(o, id, amounts) }
}

func (f *financeEnv) denyCall(id [32]byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.DenyClaim(o, id, common.HexToHash("0xde41"))
	}
}

func (f *financeEnv) appealCall(id [32]byte, evidence ...[]byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.AppealClaim(o, id, common.HexToHash("0xa99e"), evidence)
	}
}

func (f *financeEnv) settleCall(who common.Address, maxClaims uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.claims.Settle(o, who, new(big.Int).SetUint64(maxClaims))
	}
}

// ServiceContracts calls.

// proposal is a contract of payer with provider: consult 50 and lab 20 tokens per unit, a
// 1,000 token budget, 4 periods of a day starting a day before the latest block (periods 0 and 1
// have started).
func (f *financeEnv) proposal(t testing.TB, autoRelease bool) bindings.IServiceContractsProposal {
	t.Helper()
	return bindings.IServiceContractsProposal{
		Provider:     provider.addr,
		Budget:       tokens(1_000),
		Start:        headTime(t, f.b) - 24*3600,
		PeriodLength: 24 * 3600,
		PeriodCount:  4,
		AutoRelease:  autoRelease,
		TermsCid:     testCID("terms"),
		Codes:        [][32]byte{codeConsult, codeLab},
		Tariffs:      []uint64{tariffConsult, tariffLab},
	}
}

func (f *financeEnv) proposeCall(p bindings.IServiceContractsProposal) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.services.Propose(o, p) }
}

func (f *financeEnv) acceptContractCall(id uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.services.Accept(o, id) }
}

func (f *financeEnv) fundCall(id uint64, amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.services.Fund(o, id, amount) }
}

func (f *financeEnv) fundWithPermitCall(id uint64, amount, deadline *big.Int, p permitSig) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.services.FundWithPermit(o, id, amount, deadline, p.v, p.r, p.s)
	}
}

// reportLine is a report line.
func reportLine(code [32]byte, quantity uint32) bindings.IServiceContractsReportLine {
	return bindings.IServiceContractsReportLine{Code: code, Quantity: quantity}
}

func (f *financeEnv) reportCall(id uint64, period uint16, lines ...bindings.IServiceContractsReportLine) txFunc {
	return f.reportWithEvidence(id, period, [][]byte{testCID("delivery report")}, lines...)
}

func (f *financeEnv) reportWithEvidence(id uint64, period uint16, evidence [][]byte, lines ...bindings.IServiceContractsReportLine) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.services.Report(o, id, period, lines, evidence)
	}
}

func (f *financeEnv) approveReportCall(id uint64, period uint16) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.services.ApproveReport(o, id, period) }
}

func (f *financeEnv) disputeCall(id uint64, period uint16, offered *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.services.DisputeReport(o, id, period, common.HexToHash("0xd15"), offered)
	}
}

func (f *financeEnv) resolveCall(id uint64, period uint16, amount *big.Int) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.services.ResolveDispute(o, id, period, amount)
	}
}

func (f *financeEnv) releaseReportCall(id uint64, period uint16) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return f.services.Release(o, id, period) }
}

func (f *financeEnv) terminateCall(id uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return f.services.Terminate(o, id, common.HexToHash("0x7e4"))
	}
}

// activeContract proposes, accepts and funds a contract (proposal(autoRelease)) with fund
// tokens; returns its id.
func (f *financeEnv) activeContract(t testing.TB, autoRelease bool, fund *big.Int) uint64 {
	t.Helper()
	r := f.send(t, payer, f.proposeCall(f.proposal(t, autoRelease)))
	id := oneEvent(t, r, f.servicesAddr, f.services.ParseServiceContractProposed).ContractId
	f.send(t, provider, f.acceptContractCall(id))
	if fund.Sign() > 0 {
		f.send(t, payer, f.fundCall(id, fund))
	}
	return id
}

// bigs converts minor-unit amounts to the *big.Int slice the bindings take.
func bigs(xs ...uint64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = new(big.Int).SetUint64(x)
	}
	return out
}

// eqBig reports whether x equals n.
func eqBig(x *big.Int, n uint64) bool { return x != nil && x.IsUint64() && x.Uint64() == n }

// advanceTime is Backend.AdvanceTime, made robust on the simulated backend: go-ethereum's
// AdjustTime refuses while the transaction pool still lists a transaction as pending, and the
// pool drops mined transactions asynchronously after each block, so right after Mine it can
// report a stale one. It retries for up to two seconds on that error only.
func advanceTime(t testing.TB, b Backend, d time.Duration) {
	t.Helper()
	b.AdvanceTime(t, d)
}
