package indexer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/deploy"
)

// Contract addresses of the fake chain.
var (
	fakeRegistry     = common.HexToAddress("0x1000000000000000000000000000000000000001")
	fakeAccessGrants = common.HexToAddress("0x1000000000000000000000000000000000000002")
	fakeRecords      = common.HexToAddress("0x1000000000000000000000000000000000000003")
	fakeDrugBatches  = common.HexToAddress("0x1000000000000000000000000000000000000004")
	fakeRx           = common.HexToAddress("0x1000000000000000000000000000000000000005")
	fakeToken        = common.HexToAddress("0x1000000000000000000000000000000000000006")
	fakeClaims       = common.HexToAddress("0x1000000000000000000000000000000000000007")
	fakeServices     = common.HexToAddress("0x1000000000000000000000000000000000000008")
	fakeOther        = common.HexToAddress("0x2000000000000000000000000000000000000009")
)

var (
	registryABI, _     = bindings.RegistryMetaData.GetAbi()
	accessGrantsABI, _ = bindings.AccessGrantsMetaData.GetAbi()
	recordsABI, _      = bindings.RecordsMetaData.GetAbi()
	drugBatchesABI, _  = bindings.DrugBatchesMetaData.GetAbi()
	rxABI, _           = bindings.PrescriptionsMetaData.GetAbi()
	tokenABI, _        = bindings.SettlementTokenMetaData.GetAbi()
	claimsABI, _       = bindings.ClaimsMetaData.GetAbi()
	servicesABI, _     = bindings.ServiceContractsMetaData.GetAbi()
)

// fakeBatch is the one batch of the fake chain, registered in block 2 by
// fakeManufacturer.
var (
	fakeBatch        = [32]byte{0xba}
	fakeManufacturer = common.HexToAddress("0x3000000000000000000000000000000000000001")
)

// errInjected is the failure the fake injects to simulate a crash.
var errInjected = errors.New("injected failure")

type fakeBlock struct {
	header *types.Header
	logs   []types.Log
}

// fakeChain is a scripted chain serving Source: it grows, reorganises to
// competing blocks, and can fail at a chosen call. Its blocks are sealed
// like Clique blocks by the first of its genesis signers.
type fakeChain struct {
	mu      sync.Mutex
	chainID *big.Int
	key     *ecdsa.PrivateKey
	canon   []*fakeBlock // index = number; 0 is the genesis
	byHash  map[common.Hash]*fakeBlock
	forks   byte // number of reorganisations so far; marks competing blocks

	// crash, when set, is consulted before every call.
	crash *crashPoint
	// afterLogs, when set, runs after a range eth_getLogs was answered.
	afterLogs func(f *fakeChain)
	// maxLogs, when positive, refuses range queries returning more logs.
	maxLogs int
	refused int
	// lag makes the fake a node that lags this many blocks behind.
	lag   int
	calls int
}

func newFakeChain(t testing.TB, signers int) *fakeChain {
	t.Helper()
	// Keys are derived from their index: fake chains with the same signer
	// count and the same steps are identical.
	keyOf := func(i int) *ecdsa.PrivateKey {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("salus fake signer %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	key := keyOf(0)
	var addrs []common.Address
	for i := range max(signers, 1) {
		addrs = append(addrs, crypto.PubkeyToAddress(keyOf(i).PublicKey))
	}
	extra := make([]byte, 32, 32+20*len(addrs)+65)
	for _, a := range addrs {
		extra = append(extra, a.Bytes()...)
	}
	extra = append(extra, make([]byte, 65)...)
	gen := &types.Header{Number: big.NewInt(0), Difficulty: big.NewInt(1), GasLimit: 30_000_000, Extra: extra,
		UncleHash: types.EmptyUncleHash, Root: types.EmptyRootHash, TxHash: types.EmptyTxsHash, ReceiptHash: types.EmptyReceiptsHash}
	f := &fakeChain{chainID: big.NewInt(4242), key: key, byHash: map[common.Hash]*fakeBlock{}}
	g := &fakeBlock{header: gen}
	f.canon = []*fakeBlock{g}
	f.byHash[gen.Hash()] = g
	return f
}

// manifest describes the fake deployment: the three contracts at block 1.
func (f *fakeChain) manifest() *deploy.Manifest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return &deploy.Manifest{
		ChainID:         f.chainID.Uint64(),
		GenesisHash:     f.canon[0].header.Hash(),
		DeploymentBlock: 1,
		Contracts: map[string]deploy.ContractRecord{
			"Registry":         {Address: fakeRegistry, Block: 1},
			"AccessGrants":     {Address: fakeAccessGrants, Block: 1},
			"Records":          {Address: fakeRecords, Block: 1},
			"DrugBatches":      {Address: fakeDrugBatches, Block: 1},
			"Prescriptions":    {Address: fakeRx, Block: 1},
			"SettlementToken":  {Address: fakeToken, Block: 1},
			"Claims":           {Address: fakeClaims, Block: 1},
			"ServiceContracts": {Address: fakeServices, Block: 1},
		},
	}
}

func (f *fakeChain) signer() common.Address { return crypto.PubkeyToAddress(f.key.PublicKey) }

func (f *fakeChain) head() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return uint64(len(f.canon) - 1)
}

// extend appends n blocks to the canonical chain.
func (f *fakeChain) extend(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.appendLocked()
	}
}

// reorg replaces the last depth blocks by length competing ones.
func (f *fakeChain) reorg(depth, length int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.canon = f.canon[:len(f.canon)-depth]
	f.forks++
	for range length {
		f.appendLocked()
	}
}

// appendLocked seals a block on the head. Its logs depend on the height and
// the fork, so competing blocks differ in hash and content; some blocks are
// empty, one in seven carries an unknown event, and every block carries a
// log of a contract that is not indexed.
func (f *fakeChain) appendLocked() {
	parent := f.canon[len(f.canon)-1].header
	num := new(big.Int).Add(parent.Number, big.NewInt(1))
	n := num.Uint64()
	tag := fmt.Sprintf("b%d-f%d", n, f.forks)
	var logs []types.Log
	add := func(l types.Log) { logs = append(logs, l) }
	if n%5 != 3 { // blocks 3, 8, 13, … are empty
		acct := common.BigToAddress(big.NewInt(int64(n)*1000 + int64(f.forks)))
		add(mkLog(fakeRegistry, registryABI, "ParticipantLicensed", acct, uint8(1+n%8), "clinic "+tag, [32]byte{byte(n), f.forks}, uint64(2_000_000_000+n)))
		add(mkLog(fakeAccessGrants, accessGrantsABI, "AccessGranted", acct, common.BigToAddress(big.NewInt(7)), uint8(1), uint32(n%512+1), uint64(3_000_000_000)))
		add(mkLog(fakeOther, registryABI, "ParticipantReinstated", acct))
		if n%2 == 0 {
			add(mkLog(fakeRecords, recordsABI, "RecordAdded", acct, uint64(n), common.BigToAddress(big.NewInt(8)), uint8(n%9), append([]byte{1, 0x55, 0x12, 0x20}, crypto.Keccak256([]byte(tag))...), uint64(0)))
			add(mkLog(fakeAccessGrants, accessGrantsABI, "AccessRevoked", acct, common.BigToAddress(big.NewInt(7)), uint8(1)))
		}
		// Custody of one batch moves to a receiver that depends on the fork;
		// recalls fan out to every holder so far (derived rows), and fills
		// carry two packs each.
		if n == 2 {
			add(mkLog(fakeDrugBatches, drugBatchesABI, "BatchRegistered", fakeBatch, fakeManufacturer, uint64(9506000134352), uint64(1),
				bindings.IDrugBatchesBatchRegistration{Gtin: 9506000134352, Lot: "L" + tag, PackCount: 100, MinTemperature: 200,
					MaxTemperature: 800, SerialRoot: [32]byte{1}, CertificateCid: []byte{1, 0x55}}))
		}
		if n%4 == 1 {
			add(mkLog(fakeDrugBatches, drugBatchesABI, "HandOverAccepted", fakeBatch, fakeManufacturer, acct, uint64(n), uint32(1)))
		}
		if n%6 == 0 {
			add(mkLog(fakeDrugBatches, drugBatchesABI, "BatchRecalled", fakeBatch, fakeManufacturer, [32]byte{byte(n)}, uint32(n/4)))
		}
		if n%5 == 4 {
			add(mkLog(fakeRx, rxABI, "PrescriptionDispensed", uint64(n), acct, common.BigToAddress(big.NewInt(9)), uint16(1),
				[][32]byte{fakeBatch, {byte(n)}}, [][32]byte{{byte(n), f.forks}, {2}}, []byte{1, 0x55}))
		}
		// Money: a claim submitted for a patient that depends on the fork,
		// paid in the next block (its derived state copies the patient from
		// the submission); a policy whose termination copies the patient of
		// its issue; amounts above 2^64.
		big80 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(int64(n)))
		if n%3 == 1 {
			add(mkLog(fakeClaims, claimsABI, "ClaimSubmitted", [32]byte{0xc1, byte(n)}, common.BigToAddress(big.NewInt(9)), acct,
				common.BigToAddress(big.NewInt(10)), uint64(1), [32]byte{byte(n), f.forks}, uint64(1_690_000_000),
				[]bindings.IClaimsLineOutcome{{Code: [32]byte{0xcc, byte(n % 3)}, Quantity: 2, UnitAmount: 500, Allowed: big80},
					{Code: [32]byte{0xcd}, Quantity: 1, UnitAmount: 7, Allowed: big.NewInt(0), Reason: 1}}, [][]byte{{1, 0x55}}))
		}
		if n%3 == 2 {
			add(mkLog(fakeClaims, claimsABI, "ClaimPaid", [32]byte{0xc1, byte(n - 1)}, common.BigToAddress(big.NewInt(10)),
				common.BigToAddress(big.NewInt(9)), big80))
		}
		if n == 2 {
			add(mkLog(fakeClaims, claimsABI, "PolicyIssued", uint64(1), uint64(1), acct, [32]byte{0xee}, uint64(1_600_000_000), uint64(1_800_000_000)))
		}
		if n%8 == 5 {
			add(mkLog(fakeClaims, claimsABI, "PolicyTerminated", uint64(1), uint64(1_700_000_000+n)))
		}
		if n%4 == 2 {
			add(mkLog(fakeToken, tokenABI, "Transfer", common.BigToAddress(big.NewInt(10)), acct, big80))
			add(mkLog(fakeServices, servicesABI, "ServiceContractFunded", uint64(1), acct, big80, big80))
		}
		if n%7 == 0 {
			add(types.Log{Address: fakeRegistry, Topics: []common.Hash{crypto.Keccak256Hash([]byte("Bogus(uint256)"))}, Data: common.LeftPadBytes([]byte{byte(n)}, 32)})
		}
	}
	var bloom types.Bloom
	for _, l := range logs {
		bloom.Add(l.Address.Bytes())
		for _, t := range l.Topics {
			bloom.Add(t.Bytes())
		}
	}
	h := &types.Header{
		ParentHash:  parent.Hash(),
		UncleHash:   types.EmptyUncleHash,
		Root:        types.EmptyRootHash,
		TxHash:      crypto.Keccak256Hash([]byte(tag)),
		ReceiptHash: types.EmptyReceiptsHash,
		Bloom:       bloom,
		Difficulty:  big.NewInt(2),
		Number:      num,
		GasLimit:    30_000_000,
		Time:        1_700_000_000 + n*5,
		Extra:       make([]byte, 32+65),
	}
	h.Extra[0] = f.forks
	sig, err := crypto.Sign(clique.SealHash(h).Bytes(), f.key)
	if err != nil {
		panic(err)
	}
	copy(h.Extra[32:], sig)
	hash := h.Hash()
	for i := range logs {
		logs[i].BlockNumber = n
		logs[i].BlockHash = hash
		logs[i].TxHash = crypto.Keccak256Hash([]byte(fmt.Sprintf("%s-tx%d", tag, i)))
		logs[i].TxIndex = uint(i)
		logs[i].Index = uint(i)
	}
	b := &fakeBlock{header: h, logs: logs}
	f.canon = append(f.canon, b)
	f.byHash[hash] = b
}

// mkLog ABI-encodes an event: indexed arguments become topics, the others
// the data.
func mkLog(addr common.Address, a *abi.ABI, event string, args ...any) types.Log {
	ev := a.Events[event]
	topics := []common.Hash{ev.ID}
	var data []any
	for i, in := range ev.Inputs {
		if in.Indexed {
			t, err := abi.MakeTopics([]any{args[i]})
			if err != nil {
				panic(err)
			}
			topics = append(topics, t[0][0])
		} else {
			data = append(data, args[i])
		}
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		panic(fmt.Sprintf("%s: %v", event, err))
	}
	return types.Log{Address: addr, Topics: topics, Data: packed}
}

// call counts a call and fails it when the crash point says so.
func (f *fakeChain) call() error {
	f.calls++
	if f.crash != nil && f.crash.hit() {
		return errInjected
	}
	return nil
}

func (f *fakeChain) ChainID(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call(); err != nil {
		return nil, err
	}
	return new(big.Int).Set(f.chainID), nil
}

func (f *fakeChain) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call(); err != nil {
		return nil, err
	}
	if number == nil {
		return types.CopyHeader(f.canon[len(f.canon)-1-f.lag].header), nil
	}
	if !number.IsUint64() || number.Uint64() >= uint64(len(f.canon)-f.lag) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(f.canon[number.Uint64()].header), nil
}

func (f *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.call(); err != nil {
		return nil, err
	}
	match := func(b *fakeBlock, out []types.Log) []types.Log {
		for _, l := range b.logs {
			for _, a := range q.Addresses {
				if l.Address == a {
					out = append(out, l)
					break
				}
			}
		}
		return out
	}
	if q.BlockHash != nil {
		b, ok := f.byHash[*q.BlockHash]
		if !ok {
			return nil, fmt.Errorf("unknown block %s", q.BlockHash)
		}
		return match(b, nil), nil
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if to >= uint64(len(f.canon)) {
		to = uint64(len(f.canon) - 1)
	}
	var out []types.Log
	for n := from; n <= to; n++ {
		out = match(f.canon[n], out)
	}
	if f.maxLogs > 0 && len(out) > f.maxLogs {
		f.refused++
		return nil, refusal{fmt.Sprintf("query returned more than %d results", f.maxLogs)}
	}
	if f.afterLogs != nil {
		hook := f.afterLogs
		f.afterLogs = nil
		f.mu.Unlock()
		hook(f)
		f.mu.Lock()
	}
	return out, nil
}

// crashPoint fails the at-th I/O step (a node call or a database
// statement) of an indexer, and every step after it, like a process that
// died there; count records how many steps ran.
type crashPoint struct {
	mu    sync.Mutex
	at    int // 0: never
	count int
}

func (c *crashPoint) hit() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.count++
	return c.at > 0 && c.count >= c.at
}

func (c *crashPoint) crashed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.at > 0 && c.count >= c.at
}

// refusal is a JSON-RPC error answer (rpc.Error).
type refusal struct{ msg string }

func (r refusal) Error() string  { return r.msg }
func (r refusal) ErrorCode() int { return -32005 }

// Ensure the fake satisfies Source.
var _ Source = (*fakeChain)(nil)

// isInjected reports whether err comes from a crash point.
func isInjected(err error) bool {
	return err != nil && (errors.Is(err, errInjected) || strings.Contains(err.Error(), errInjected.Error()))
}
