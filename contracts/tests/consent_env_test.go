package tests

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/bindings"
)

// Purposes, as AccessGrants numbers them.
const (
	purposeNone uint8 = iota
	purposeTreatment
	purposePayment
	purposeResearch
	purposeCareGiving
	purposeOperations
	purposeEmergency
)

// Category indexes and bits.
const (
	catSummary uint8 = iota
	catAllergies
	catImmunizations
	catDiagnoses
	catLabResults
	catImaging
	catPrescriptions
	catInsurance
	catPersonal
)

func bit(c uint8) uint32 { return 1 << c }

const (
	allCategories       uint32 = 0x1FF
	emergencyCategories uint32 = 0x7F
	// emergencyDuration is the emergency access duration of the test
	// deployments: seconds, so that it lapses on the wall-clock Clique chain.
	emergencyDuration uint64 = 4
)

var auditorRole = crypto.Keccak256Hash([]byte("AUDITOR_ROLE"))

// More test accounts for the consent contracts.
var (
	caregiver = newAccount("caregiver")
	clinic    = newAccount("clinic") // licensed provider, suspended in the base state
	insurer   = newAccount("insurer")
	auditor   = newAccount("auditor")
)

func consentFunded() []common.Address {
	return append(fundedAddresses(), caregiver.addr, clinic.addr, insurer.addr, auditor.addr,
		pharmacy.addr, pharmacy2.addr, suspendedPharmacy.addr)
}

// consentEnv is a Registry, AccessGrants and Records deployment. Its env's
// ABI holds the errors of all three, so reverts of any of them decode.
type consentEnv struct {
	*env
	grants      *bindings.AccessGrants
	grantsAddr  common.Address
	records     *bindings.Records
	recordsAddr common.Address
	grantsABI   *abi.ABI
	recordsABI  *abi.ABI
	deployGas   map[string]uint64
}

// mergedErrors returns an ABI holding the custom errors of every given ABI.
func mergedErrors(abis ...*abi.ABI) *abi.ABI {
	out := &abi.ABI{Errors: map[string]abi.Error{}}
	for _, a := range abis {
		for n, e := range a.Errors {
			out.Errors[n] = e
		}
	}
	return out
}

// deployConsent deploys the three contracts; the regulator administers
// Records and auditor holds AUDITOR_ROLE.
func deployConsent(t testing.TB, b Backend) *consentEnv {
	t.Helper()
	e := deployRegistry(t, b)
	c := &consentEnv{env: e, deployGas: map[string]uint64{"Registry": e.deployed.GasUsed}}
	c.grantsABI = must(bindings.AccessGrantsMetaData.GetAbi())
	c.recordsABI = must(bindings.RecordsMetaData.GetAbi())
	c.env.abi = mergedErrors(e.abi, c.grantsABI, c.recordsABI)

	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, grants, err := bindings.DeployAccessGrants(opts, b.Client(), e.addr, emergencyDuration)
	if err != nil {
		t.Fatalf("deploy AccessGrants: %v", err)
	}
	r := b.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy AccessGrants: status %d", r.Status)
	}
	c.grants, c.grantsAddr, c.deployGas["AccessGrants"] = grants, addr, r.GasUsed

	opts = transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, records, err := bindings.DeployRecords(opts, b.Client(), e.addr, c.grantsAddr, regulator.addr)
	if err != nil {
		t.Fatalf("deploy Records: %v", err)
	}
	r = b.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy Records: status %d", r.Status)
	}
	c.records, c.recordsAddr, c.deployGas["Records"] = records, addr, r.GasUsed
	c.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.records.GrantRole(o, auditorRole, auditor.addr)
	})
	return c
}

// deployConsentBase deploys the contracts with provider an active Provider,
// lab an active Lab, insurer an active Insurer, clinic a suspended Provider
// and device bound to provider.
func deployConsentBase(t testing.TB, b Backend) *consentEnv {
	t.Helper()
	c := deployConsent(t, b)
	c.license(t, provider.addr, roleProvider)
	c.license(t, lab.addr, roleLab)
	c.license(t, insurer.addr, roleInsurer)
	c.license(t, clinic.addr, roleProvider)
	c.suspend(t, clinic.addr)
	c.registerDevice(t, device.addr, provider.addr)
	return c
}

// grantCall is grant(grantee, categories, purpose, expiresAt).
func (c *consentEnv) grantCall(grantee common.Address, categories uint32, purpose uint8, expiresAt uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.Grant(o, grantee, categories, purpose, expiresAt)
	}
}

func (c *consentEnv) revokeCall(grantee common.Address, purpose uint8) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.Revoke(o, grantee, purpose)
	}
}

func (c *consentEnv) emergencyCall(p common.Address, reason common.Hash) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.OpenEmergencyAccess(o, p, reason)
	}
}

func (c *consentEnv) addRecordCall(p common.Address, category uint8, cid []byte, previous uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.records.AddRecord(o, p, category, cid, previous)
	}
}

func (c *consentEnv) anchorCall(root common.Hash, from, to uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.records.AnchorAudit(o, root, from, to)
	}
}

func (c *consentEnv) hasAccess(p, grantee common.Address, category, purpose uint8) bool {
	return must(c.grants.HasAccess(c.opts(), p, grantee, category, purpose))
}

// testCID returns a binary CIDv1 (raw codec, sha2-256) of data, 36 bytes.
func testCID(data string) []byte {
	digest := crypto.Keccak256([]byte(data)) // any 32 bytes do for an anchor
	return append([]byte{0x01, 0x55, 0x12, 0x20}, digest...)
}

// grantMsg is the content of a signed Grant or Revoke.
type grantMsg struct {
	patient, grantee common.Address
	categories       uint32
	purpose          uint8
	expiresAt        uint64
	nonce, deadline  *big.Int
}

// domain is an EIP-712 domain: chain id and verifying contract.
type domain struct {
	chainID  *big.Int
	contract common.Address
}

func (c *consentEnv) domain(t testing.TB) domain {
	t.Helper()
	id, err := c.b.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return domain{chainID: id, contract: c.grantsAddr}
}

// typedData builds the message the way a wallet receives it from a dApp
// (eth_signTypedData_v4 JSON): readable fields, numbers as decimal strings.
func typedData(d domain, primary string, m grantMsg) apitypes.TypedData {
	ts := apitypes.Types{
		"EIP712Domain": {
			{Name: "name", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"},
			{Name: "verifyingContract", Type: "address"},
		},
		"Grant": {
			{Name: "patient", Type: "address"},
			{Name: "grantee", Type: "address"},
			{Name: "categories", Type: "uint32"},
			{Name: "purpose", Type: "uint8"},
			{Name: "expiresAt", Type: "uint64"},
			{Name: "nonce", Type: "uint256"},
			{Name: "deadline", Type: "uint256"},
		},
		"Revoke": {
			{Name: "patient", Type: "address"},
			{Name: "grantee", Type: "address"},
			{Name: "purpose", Type: "uint8"},
			{Name: "nonce", Type: "uint256"},
			{Name: "deadline", Type: "uint256"},
		},
	}
	msg := apitypes.TypedDataMessage{
		"patient":  m.patient.Hex(),
		"grantee":  m.grantee.Hex(),
		"purpose":  fmt.Sprint(m.purpose),
		"nonce":    m.nonce.String(),
		"deadline": m.deadline.String(),
	}
	if primary == "Grant" {
		msg["categories"] = fmt.Sprint(m.categories)
		msg["expiresAt"] = fmt.Sprint(m.expiresAt)
	}
	// Only the primary type and the domain, as a dApp sends them.
	for name := range ts {
		if name != primary && name != "EIP712Domain" {
			delete(ts, name)
		}
	}
	return apitypes.TypedData{
		Types:       ts,
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              "Salus AccessGrants",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(d.chainID),
			VerifyingContract: d.contract.Hex(),
		},
		Message: msg,
	}
}

// signTyped hashes typed data with go-ethereum's apitypes (as a wallet does)
// and signs the digest: r || s || v, v in {27, 28}.
func signTyped(t testing.TB, key account, typed apitypes.TypedData) (sig, digest []byte) {
	t.Helper()
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatalf("EIP-712 hash: %v", err)
	}
	sig, err = crypto.Sign(digest, key.key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig, digest
}

// signGrant signs a Grant message in domain d with key.
func signGrant(t testing.TB, key account, d domain, m grantMsg) []byte {
	t.Helper()
	sig, _ := signTyped(t, key, typedData(d, "Grant", m))
	return sig
}

func signRevoke(t testing.TB, key account, d domain, m grantMsg) []byte {
	t.Helper()
	sig, _ := signTyped(t, key, typedData(d, "Revoke", m))
	return sig
}

func (c *consentEnv) grantBySigCall(m grantMsg, sig []byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.GrantBySig(o, m.patient, m.grantee, m.categories, m.purpose, m.expiresAt, m.nonce, m.deadline, sig)
	}
}

func (c *consentEnv) revokeBySigCall(m grantMsg, sig []byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.grants.RevokeBySig(o, m.patient, m.grantee, m.purpose, m.nonce, m.deadline, sig)
	}
}

// recovered is the address ecrecover yields for sig over digest.
func recovered(t testing.TB, digest [32]byte, sig []byte) common.Address {
	t.Helper()
	s := append([]byte(nil), sig...)
	s[64] -= 27
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(*pub)
}

// defaultGrantMsg is the patient's signed treatment grant to provider.
func defaultGrantMsg(nonce int64) grantMsg {
	return grantMsg{
		patient:    patient.addr,
		grantee:    provider.addr,
		categories: bit(catLabResults) | bit(catDiagnoses),
		purpose:    purposeTreatment,
		expiresAt:  farFuture,
		nonce:      big.NewInt(nonce),
		deadline:   new(big.Int).SetUint64(farFuture),
	}
}

// checkBoundary mines blocks until the chain is past last and requires
// valid(block) to hold exactly for the blocks whose time is <= last. It
// requires a block at time last and one at last+1 to have been checked. On
// the simulated chain AdvanceTime hits those times exactly; on Clique
// (wall-clock seconds) it steps by 250 ms so that every second gets blocks.
func checkBoundary(t testing.TB, b Backend, last uint64, valid func(block *big.Int) bool) {
	t.Helper()
	_, isSim := b.(*simBackend)
	sawLast, sawAfter := false, false
	for i := 0; i < 200 && !sawAfter; i++ {
		head, err := b.Client().HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		want := head.Time <= last
		if got := valid(head.Number); got != want {
			t.Fatalf("block %v at time %d (boundary %d): valid = %v, want %v", head.Number, head.Time, last, got, want)
		}
		sawLast = sawLast || head.Time == last
		sawAfter = head.Time == last+1
		if head.Time > last+1 {
			t.Fatalf("chain jumped from before %d to %d without a block at %d", last+1, head.Time, last+1)
		}
		switch {
		case isSim && head.Time < last:
			b.AdvanceTime(t, time.Duration(last-head.Time)*time.Second)
		case isSim:
			b.AdvanceTime(t, time.Second)
		case head.Time+2 < last:
			b.AdvanceTime(t, time.Duration(last-head.Time-2)*time.Second)
		default:
			b.AdvanceTime(t, 250*time.Millisecond)
		}
	}
	if !sawLast || !sawAfter {
		t.Fatalf("saw a block at the boundary %d: %v, at %d: %v", last, sawLast, last+1, sawAfter)
	}
}
