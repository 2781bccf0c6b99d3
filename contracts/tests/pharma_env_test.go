package tests

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/bindings"
)

// Pack statuses, hand-over statuses and batch statuses, as DrugBatches numbers them.
const (
	packNotAuthentic uint8 = iota
	packActive
	packExpired
	packQuarantined
	packRecalled
	packDispensed
)

const (
	handOverNone uint8 = iota
	handOverPending
	handOverAccepted
	handOverCancelled
)

const (
	batchNone uint8 = iota
	batchActive
	batchRecalled
)

var dispenserRole = crypto.Keccak256Hash([]byte("DISPENSER_ROLE"))

// Supply-chain accounts. Devices only sign readings and are not funded.
var (
	manufacturer          = newAccount("manufacturer")
	suspendedManufacturer = newAccount("manufacturer/suspended")
	distributor           = newAccount("distributor")
	pharmacy              = newAccount("pharmacy")
	pharmacy2             = newAccount("pharmacy/second")
	suspendedPharmacy     = newAccount("pharmacy/suspended")
	hospital              = newAccount("hospital")

	sensorDistributor = newAccount("sensor/distributor")
	sensorPharmacy    = newAccount("sensor/pharmacy")
	sensorHospital    = newAccount("sensor/hospital")
	sensorSuspended   = newAccount("sensor/suspended-pharmacy")
	rogueSensor       = newAccount("sensor/rogue") // registered nowhere
)

func pharmaFunded() []common.Address {
	return append(fundedAddresses(),
		manufacturer.addr, suspendedManufacturer.addr, distributor.addr, pharmacy.addr, pharmacy2.addr,
		suspendedPharmacy.addr, hospital.addr)
}

// gtinWithCheck appends the GS1 check digit to 13 data digits.
func gtinWithCheck(data uint64) uint64 {
	sum, rest := uint64(0), data
	for i := 0; i < 13; i++ {
		d := rest % 10
		rest /= 10
		if i%2 == 0 {
			sum += 3 * d
		} else {
			sum += d
		}
	}
	return data*10 + (10-sum%10)%10
}

var (
	gtinA = gtinWithCheck(950600013435) // 09506000134352, GS1's example GTIN
	gtinB = gtinWithCheck(401234512345)
	gtinC = gtinWithCheck(871234567890)
)

// testBatch is a batch with its serial tree, built with backend/merkle.
type testBatch struct {
	id      [32]byte
	serials []string
	tree    *merkle.Tree
	reg     bindings.IDrugBatchesBatchRegistration
}

// newTestBatch builds a batch of n packs with serials prefix-0001 ..., allowed range
// 2.00 .. 8.00 °C, expiring at farFuture.
func newTestBatch(gtin uint64, lot, prefix string, n int) *testBatch {
	tb := &testBatch{id: merkle.BatchID(gtin, lot)}
	for i := 1; i <= n; i++ {
		tb.serials = append(tb.serials, fmt.Sprintf("%s-%04d", prefix, i))
	}
	tree, err := merkle.BuildFunc(n, func(i int) (merkle.Hash, error) { return merkle.SerialLeaf(tb.id, tb.serials[i]), nil })
	if err != nil {
		panic(err)
	}
	tb.tree = tree
	tb.reg = bindings.IDrugBatchesBatchRegistration{
		Gtin:           gtin,
		Lot:            lot,
		ManufacturedAt: 1_700_000_000,
		ExpiresAt:      farFuture,
		PackCount:      uint32(n),
		MinTemperature: 200,
		MaxTemperature: 800,
		SerialRoot:     tree.Root(),
		CertificateCid: testCID("certificate " + lot),
	}
	return tb
}

// proof returns the Merkle proof of serial (which must be in the batch).
func (tb *testBatch) proof(serial string) [][32]byte {
	p, err := tb.tree.Proof(merkle.SerialLeaf(tb.id, serial))
	if err != nil {
		panic(err)
	}
	return p
}

// pharmaEnv is a Registry, DrugBatches and Prescriptions deployment; Prescriptions holds
// DISPENSER_ROLE. Its env's ABI holds the errors of all three.
type pharmaEnv struct {
	*env
	batches     *bindings.DrugBatches
	batchesAddr common.Address
	batchesABI  *abi.ABI
	rx          *bindings.Prescriptions
	rxAddr      common.Address
	rxABI       *abi.ABI
	deployGas   map[string]uint64

	// Base state (deployPharmaBase).
	batA, batB *testBatch
}

func deployPharma(t testing.TB, b Backend) *pharmaEnv {
	t.Helper()
	e := deployRegistry(t, b)
	p := &pharmaEnv{env: e, deployGas: map[string]uint64{"Registry": e.deployed.GasUsed}}
	p.batchesABI = must(bindings.DrugBatchesMetaData.GetAbi())
	p.rxABI = must(bindings.PrescriptionsMetaData.GetAbi())
	p.env.abi = mergedErrors(e.abi, p.batchesABI, p.rxABI)

	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, batches, err := bindings.DeployDrugBatches(opts, b.Client(), e.addr, regulator.addr)
	if err != nil {
		t.Fatalf("deploy DrugBatches: %v", err)
	}
	r := b.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy DrugBatches: status %d", r.Status)
	}
	p.batches, p.batchesAddr, p.deployGas["DrugBatches"] = batches, addr, r.GasUsed

	opts = transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, rx, err := bindings.DeployPrescriptions(opts, b.Client(), e.addr, p.batchesAddr)
	if err != nil {
		t.Fatalf("deploy Prescriptions: %v", err)
	}
	r = b.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy Prescriptions: status %d", r.Status)
	}
	p.rx, p.rxAddr, p.deployGas["Prescriptions"] = rx, addr, r.GasUsed
	p.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.GrantRole(o, dispenserRole, p.rxAddr)
	})
	return p
}

// deployPharmaBase deploys the contracts in this state:
//
//   - active: manufacturer, distributor, pharmacy, pharmacy2, hospital (Provider), provider
//     (the prescriber), lab; suspended: suspendedManufacturer, suspendedPharmacy;
//   - devices: sensorDistributor -> distributor, sensorPharmacy -> pharmacy, sensorHospital
//     -> hospital, sensorSuspended -> suspendedPharmacy;
//   - batch A (gtinA, 12 packs): manufacturer 4, distributor 2, pharmacy 4, hospital 2
//     (hand-overs 1: manufacturer -> distributor 8, 2: distributor -> pharmacy 4,
//     3: distributor -> hospital 2, all accepted);
//   - batch B (gtinB, 6 packs): manufacturer 3, pharmacy 3 (hand-over 4, accepted);
//   - prescription 1: provider -> patient, gtinA, 1 pack per fill, 2 refills, no interval;
//     prescription 2: the same, controlled, no refill.
func deployPharmaBase(t testing.TB, b Backend) *pharmaEnv {
	t.Helper()
	p := deployPharma(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{
		{manufacturer, roleManufacturer}, {suspendedManufacturer, roleManufacturer}, {distributor, roleDistributor},
		{pharmacy, rolePharmacy}, {pharmacy2, rolePharmacy}, {suspendedPharmacy, rolePharmacy},
		{hospital, roleProvider}, {provider, roleProvider}, {lab, roleLab},
	} {
		p.license(t, l.who.addr, l.role)
	}
	p.registerDevice(t, sensorDistributor.addr, distributor.addr)
	p.registerDevice(t, sensorPharmacy.addr, pharmacy.addr)
	p.registerDevice(t, sensorHospital.addr, hospital.addr)
	p.registerDevice(t, sensorSuspended.addr, suspendedPharmacy.addr)
	p.suspend(t, suspendedManufacturer.addr)
	p.suspend(t, suspendedPharmacy.addr)

	p.batA = newTestBatch(gtinA, "LOT-A", "A", 12)
	p.batB = newTestBatch(gtinB, "LOT-B", "B", 6)
	p.send(t, manufacturer, p.registerCall(p.batA.reg))
	p.send(t, manufacturer, p.registerCall(p.batB.reg))
	p.move(t, p.batA, manufacturer, distributor, 8)
	p.move(t, p.batA, distributor, pharmacy, 4)
	p.move(t, p.batA, distributor, hospital, 2)
	p.move(t, p.batB, manufacturer, pharmacy, 3)
	p.send(t, provider, p.issueCall(p.rxRequest(gtinA, 1, 2, false)))
	p.send(t, provider, p.issueCall(p.rxRequest(gtinA, 1, 0, true)))
	return p
}

// move hands quantity of tb over from one account to another and accepts it; returns the
// hand-over id.
func (p *pharmaEnv) move(t testing.TB, tb *testBatch, from, to account, quantity uint32) uint64 {
	t.Helper()
	r := p.send(t, from, p.handOverCall(tb.id, to.addr, quantity))
	id := oneEvent(t, r, p.batchesAddr, p.batches.ParseHandOverInitiated).Id
	p.send(t, to, p.acceptCall(id))
	return id
}

func (p *pharmaEnv) registerCall(reg bindings.IDrugBatchesBatchRegistration) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return p.batches.RegisterBatch(o, reg) }
}

func (p *pharmaEnv) handOverCall(batchID [32]byte, to common.Address, quantity uint32) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.HandOver(o, batchID, to, quantity)
	}
}

func (p *pharmaEnv) acceptCall(id uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return p.batches.AcceptHandOver(o, id) }
}

func (p *pharmaEnv) cancelCall(id uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return p.batches.CancelHandOver(o, id) }
}

func (p *pharmaEnv) readingsCall(rs []bindings.IDrugBatchesReading) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return p.batches.SubmitReadings(o, rs) }
}

func (p *pharmaEnv) releaseCall(batchID [32]byte, holder common.Address) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.ReleaseQuarantine(o, batchID, holder, common.HexToHash("0x0c"))
	}
}

func (p *pharmaEnv) recallCall(batchID [32]byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.Recall(o, batchID, common.HexToHash("0x4ec"))
	}
}

func (p *pharmaEnv) dispenseCall(holder common.Address, tb *testBatch, serial string) txFunc {
	proof := tb.proof(serial)
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.Dispense(o, holder, tb.id, serial, proof)
	}
}

func (p *pharmaEnv) cloneCall(tb *testBatch, serial string) txFunc {
	proof := tb.proof(serial)
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.ReportSuspectedClone(o, tb.id, serial, proof)
	}
}

func (p *pharmaEnv) issueCall(req bindings.IPrescriptionsPrescriptionRequest) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return p.rx.Issue(o, req) }
}

// rxRequest is a prescription to patient by GTIN, valid until farFuture, no interval.
func (p *pharmaEnv) rxRequest(gtin uint64, perFill, refills uint16, controlled bool) bindings.IPrescriptionsPrescriptionRequest {
	return bindings.IPrescriptionsPrescriptionRequest{
		Patient:         patient.addr,
		Gtin:            gtin,
		QuantityPerFill: perFill,
		Refills:         refills,
		ValidUntil:      farFuture,
		Controlled:      controlled,
		Cid:             testCID("MedicationRequest"),
	}
}

// pack is the Prescriptions pack of serial of tb.
func (tb *testBatch) pack(serial string) bindings.IPrescriptionsPack {
	return bindings.IPrescriptionsPack{BatchId: tb.id, Serial: serial, Proof: tb.proof(serial)}
}

// rxDispenseCall dispenses a fill without a patient signature.
func (p *pharmaEnv) rxDispenseCall(id uint64, fill uint16, packs ...bindings.IPrescriptionsPack) txFunc {
	return p.rxDispenseSigned(id, fill, packs, new(big.Int), nil)
}

func (p *pharmaEnv) rxDispenseSigned(id uint64, fill uint16, packs []bindings.IPrescriptionsPack, deadline *big.Int, sig []byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.rx.Dispense(o, id, fill, packs, testCID(fmt.Sprintf("MedicationDispense %d/%d", id, fill)), deadline, sig)
	}
}

func (p *pharmaEnv) rxCancelCall(id uint64) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.rx.Cancel(o, id, common.HexToHash("0xca"))
	}
}

// status is packStatus of serial of tb as seen by holder, at the latest block.
func (p *pharmaEnv) status(tb *testBatch, serial string, holder common.Address) uint8 {
	return must(p.batches.PackStatus(p.opts(), tb.id, serial, tb.proof(serial), holder))
}

func (p *pharmaEnv) holding(tb *testBatch, holder account) bindings.IDrugBatchesHolding {
	return must(p.batches.Holding(p.opts(), tb.id, holder.addr))
}

// sendWithLimit is send with a chosen gas limit (large reading submissions).
func (p *pharmaEnv) sendWithLimit(t testing.TB, from account, gas uint64, call txFunc) *types.Receipt {
	t.Helper()
	opts := transactOpts(t, p.b, from)
	opts.GasLimit = gas
	tx, err := call(opts)
	if err != nil {
		t.Fatalf("transaction from %s: %v", from.addr, err)
	}
	r := p.b.Mine(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction from %s: status %d (gas %d of %d): %s", from.addr, r.Status, r.GasUsed, gas, p.replay(t, from, tx, r))
	}
	return r
}

// headTime is the latest block's timestamp: readings dated at it are never from the future.
func headTime(t testing.TB, b Backend) uint64 {
	t.Helper()
	head, err := b.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return head.Time
}

// readingTypeHash and the domain name of DrugBatches' EIP-712 readings.
var readingTypeHash = crypto.Keccak256Hash([]byte("TemperatureReading(bytes32 batchId,address holder,uint64 timestamp,int16 temperature)"))

// domainSeparator is the EIP-712 domain separator of name, version "1", on the backend's
// chain, for contract, computed in Go.
func domainSeparator(t testing.TB, b Backend, name string, contract common.Address) common.Hash {
	t.Helper()
	chainID, err := b.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	typeHash := crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	return crypto.Keccak256Hash(typeHash[:], crypto.Keccak256([]byte(name)), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(contract[:], 32))
}

// readingDigest computes the EIP-712 digest of a reading as a device would, without
// reflection (the gas tests sign hundreds).
func readingDigest(sep common.Hash, batchID [32]byte, holder common.Address, ts uint64, temp int16) common.Hash {
	var tsWord, tempWord [32]byte
	new(big.Int).SetUint64(ts).FillBytes(tsWord[:])
	copy(tempWord[:], math.U256Bytes(big.NewInt(int64(temp))))
	structHash := crypto.Keccak256(readingTypeHash[:], batchID[:], common.LeftPadBytes(holder[:], 32), tsWord[:], tempWord[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash)
}

// signReading signs a reading with dev's key as a compact EIP-2098 signature.
func (p *pharmaEnv) signReading(t testing.TB, dev account, batchID [32]byte, holder common.Address, ts uint64, temp int16) bindings.IDrugBatchesReading {
	t.Helper()
	digest := readingDigest(domainSeparator(t, p.b, "Salus DrugBatches", p.batchesAddr), batchID, holder, ts, temp)
	sig, err := crypto.Sign(digest[:], dev.key)
	if err != nil {
		t.Fatal(err)
	}
	r := bindings.IDrugBatchesReading{BatchId: batchID, Holder: holder, Timestamp: ts, Temperature: temp}
	copy(r.R[:], sig[:32])
	copy(r.Vs[:], sig[32:64])
	r.Vs[0] |= sig[64] << 7 // yParity in the top bit of s
	return r
}

// readingTypedData is the reading as a wallet-style EIP-712 message, for apitypes.
func readingTypedData(chainID *big.Int, contract common.Address, batchID [32]byte, holder common.Address, ts uint64, temp int16) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712DomainType,
			"TemperatureReading": {
				{Name: "batchId", Type: "bytes32"},
				{Name: "holder", Type: "address"},
				{Name: "timestamp", Type: "uint64"},
				{Name: "temperature", Type: "int16"},
			},
		},
		PrimaryType: "TemperatureReading",
		Domain: apitypes.TypedDataDomain{Name: "Salus DrugBatches", Version: "1",
			ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex()},
		Message: apitypes.TypedDataMessage{
			"batchId":     common.Hash(batchID).Hex(),
			"holder":      holder.Hex(),
			"timestamp":   fmt.Sprint(ts),
			"temperature": fmt.Sprint(temp),
		},
	}
}

var eip712DomainType = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

// dispenseTypedData is the patient's authorisation of a controlled fill, as a wallet
// receives it.
func dispenseTypedData(chainID *big.Int, contract common.Address, id uint64, fill uint16, pharm common.Address, deadline *big.Int) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712DomainType,
			"DispenseAuthorization": {
				{Name: "prescriptionId", Type: "uint64"},
				{Name: "fill", Type: "uint16"},
				{Name: "pharmacy", Type: "address"},
				{Name: "deadline", Type: "uint256"},
			},
		},
		PrimaryType: "DispenseAuthorization",
		Domain: apitypes.TypedDataDomain{Name: "Salus Prescriptions", Version: "1",
			ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex()},
		Message: apitypes.TypedDataMessage{
			"prescriptionId": fmt.Sprint(id),
			"fill":           fmt.Sprint(fill),
			"pharmacy":       pharm.Hex(),
			"deadline":       deadline.String(),
		},
	}
}

// signDispense has the patient sign the authorisation of fill of id at pharm.
func (p *pharmaEnv) signDispense(t testing.TB, signer account, id uint64, fill uint16, pharm common.Address, deadline *big.Int) []byte {
	t.Helper()
	chainID, err := p.b.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := signTyped(t, signer, dispenseTypedData(chainID, p.rxAddr, id, fill, pharm, deadline))
	return sig
}
