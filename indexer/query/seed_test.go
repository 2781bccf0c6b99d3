package query

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db"
	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/store"
)

// Shape of the seeded index.
const (
	seedPatients  = 50
	seedParties   = 8  // grantees, providers, prescribers, pharmacies
	seedBatches   = 20 // batch i is registered in block i+1
	seedHolders   = 10
	seedMeds      = 12
	seedBlockTime = 1200 // seconds between blocks
	seedRecalls   = 5    // batches recalled near the end
)

// seedBase is the time of block 0: 2024-01-26 00:00 UTC, so the blocks span
// the end of January and the beginning of February.
var seedBase = time.Date(2024, 1, 26, 0, 0, 0, 0, time.UTC).Unix()

func acct(kind string, i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("%s %d", kind, i)))[:20])
}

func seedPatient(i int) common.Address { return acct("patient", i%seedPatients) }
func seedParty(i int) common.Address   { return acct("party", i%seedParties) }
func seedHolder(i int) common.Address  { return acct("holder", i%seedHolders) }
func seedBatch(i int) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("batch %d", i%seedBatches)))
}
func seedMfr(i int) common.Address { return acct("manufacturer", i%3) }

// Money accounts and codes of the seeded index.
func seedInsurer(i int) common.Address { return acct("insurer", i%3) }
func seedPayer(i int) common.Address   { return acct("payer", i%2) }
func seedCode(i int) string {
	return store.Hash(crypto.Keccak256Hash([]byte(fmt.Sprintf("code %d", i%5))))
}
func seedClaim(b int) string {
	return store.Hash(crypto.Keccak256Hash([]byte(fmt.Sprintf("claim %d", b))))
}

// seedAmount is an amount above 2^64 for some blocks, so sums are checked
// past int64 on PostgreSQL; below 2^63 otherwise (SQLite sums integers).
func seedAmount(b int, huge bool) store.Amount {
	v := new(big.Int).SetInt64(int64(1000 + b))
	if huge {
		v.Lsh(v, 70)
	}
	return store.NewAmount(v)
}

// seedMoney adds the Claims and ServiceContracts rows of block b: a claim
// submitted every fourth block (paid at once, or pended and later denied,
// appealed, approved and paid, or queued), policies, pool events, and a
// service contract's life every 30 blocks.
func seedMoney(b int, at func() store.Event, add func(store.Row), huge bool) {
	a := store.Addr
	amount := func(x int) store.Amount { return seedAmount(x, false) }
	if b%4 == 1 {
		sub := at()
		ins := a(seedInsurer(b))
		lines := []store.ClaimLine{
			{Code: seedCode(b), Quantity: 1 + b%3, UnitAmount: amount(b), Allowed: amount(b)},
			{Code: seedCode(b + 1), Quantity: 1, UnitAmount: "7", Allowed: "0", Reason: 1},
		}
		add(store.NewClaimSubmission(store.ClaimSubmission{Event: sub, ClaimID: seedClaim(b), Provider: a(seedParty(b)),
			Patient: a(seedPatient(b * 11)), Insurer: ins, PolicyID: int64(b % 7), ClaimKey: seedClaim(-b), ServiceDate: seedBase,
			Evidence: "bafyev"}, lines))
		step := func(kind string, e store.Event) *store.ClaimEvent {
			e.TxHash = sub.TxHash // the same transaction as the submission
			return &store.ClaimEvent{Event: e, Kind: kind, ClaimID: seedClaim(b), Insurer: ins, Amount: amount(b), Approved: "0",
				Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"}
		}
		switch {
		case b%16 == 1 || b%16 == 5 || b%32 == 13: // 13 stays pending
			add(step(store.KindPended, at()))
		case b%16 == 9:
			add(step(store.KindDecided, at()))
			add(step(store.KindQueued, at()))
		default: // paid in the transaction that submitted it
			add(step(store.KindDecided, at()))
			add(step(store.KindPaid, at()))
		}
	}
	if b%16 == 3 || b%16 == 7 { // the claim pended two blocks before
		id, ins := seedClaim(b-2), a(seedInsurer(b-2))
		add(&store.ClaimEvent{Event: at(), Kind: store.KindDenied, ClaimID: id, Insurer: ins, ReasonCode: store.Hash([32]byte{9}),
			Amount: "0", Approved: "0", Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"})
		if b%16 == 7 {
			add(&store.ClaimEvent{Event: at(), Kind: store.KindAppealed, ClaimID: id, Provider: a(seedParty(b - 2)),
				Amount: "0", Approved: "0", Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"})
			add(&store.ClaimEvent{Event: at(), Kind: store.KindPaid, ClaimID: id, Insurer: ins, Amount: seedAmount(b, huge),
				Approved: "0", Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"})
		}
	}
	if b%50 == 1 {
		add(&store.PolicyEvent{Event: at(), Kind: store.KindIssued, PolicyID: int64(b), PlanID: 1, Patient: a(seedPatient(b * 11)),
			MemberRef: store.Hash([32]byte{1}), ValidFrom: seedBase, ValidUntil: seedBase + 1e8})
	}
	if b%50 == 26 {
		add(&store.PolicyEvent{Event: at(), Kind: store.KindTerminated, PolicyID: int64(b - 25), ValidUntil: seedBase + int64(b)})
	}
	if b%20 == 0 {
		kind := store.KindDeposited
		if b%40 == 0 {
			kind = store.KindWithdrawn
		}
		add(&store.PoolEvent{Event: at(), Kind: kind, Insurer: a(seedInsurer(b / 20)), Amount: seedAmount(b, huge)})
	}
	c := int64(b/30 + 1)
	step := func(kind string, period int, amt store.Amount) *store.ServiceContractEvent {
		return &store.ServiceContractEvent{Event: at(), Kind: kind, ContractID: c, Period: period, Account: a(seedParty(int(c))),
			Amount: amt, Offered: "0", Escrow: "0"}
	}
	switch b % 30 {
	case 0:
		add(store.NewServiceContractProposal(store.ServiceContractProposal{Event: at(), ContractID: c, Payer: a(seedPayer(int(c))),
			Provider: a(seedParty(int(c))), Budget: seedAmount(b, true), Start: seedBase, PeriodLength: 3600, PeriodCount: 4,
			TermsCID: "bafyterms"}, []string{seedCode(1), seedCode(2)}, []store.Amount{"100", "250"}))
	case 1:
		add(step(store.KindAccepted, -1, "0"))
	case 2, 12:
		add(step(store.KindFunded, -1, seedAmount(b, huge)))
	case 5, 15:
		add(store.NewServiceReport(store.ServiceReport{Event: at(), ContractID: c, Period: b % 30 / 10, Provider: a(seedParty(int(c))),
			Amount: amount(b)}, []store.ServiceReportLine{{Code: seedCode(1), Quantity: 3}, {Code: seedCode(2), Quantity: 1}}))
	case 6:
		add(step(store.KindApproved, 0, amount(b-1)))
		add(step(store.KindReleasedPay, 0, amount(b-1)))
	case 16:
		add(step(store.KindDisputed, 1, "0"))
	case 17:
		add(step(store.KindResolved, 1, amount(b-2)))
		add(step(store.KindDeferred, 1, amount(b-2)))
	case 20:
		add(step(store.KindReleasedPay, 1, amount(b-5)))
	case 25:
		add(step(store.KindTerminated, -1, "0"))
		add(step(store.KindRefunded, -1, seedAmount(b, huge)))
	}
}

func seedMedication(i int) (gtin uint64, system, code string) {
	if i%seedMeds < seedMeds/2 {
		return 9506000134350 + uint64(i%seedMeds), "", ""
	}
	return 0, "http://www.whocc.no/atc", fmt.Sprintf("N02BE%02d", i%seedMeds)
}

// seedIndex writes a synthetic index of blocks 1..n of every event kind the
// queries read, through the store (so derived rows are derived), and
// returns the database. filler adds, in every block, a registration, a
// recall, a penalty and a clone report of a batch no query asks about, so
// that no table is so small that a database rightly prefers a full scan.
func seedIndex(t *testing.T, driver string, n int, filler bool) *gorm.DB {
	t.Helper()
	ctx := context.Background()
	gdb := dbtest.Open(t, driver)
	st, err := store.New(gdb)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	cur, err := st.InitCursor(ctx, 1, "0xgenesis")
	if err != nil {
		t.Fatal(err)
	}
	var batch store.Batch
	flush := func() {
		if len(batch.Blocks) == 0 {
			return
		}
		if err := st.Apply(ctx, cur, batch); err != nil {
			t.Fatal(err)
		}
		cur.Number, cur.Hash = batch.Number, batch.Hash
		batch = store.Batch{}
	}
	for b := 1; b <= n; b++ {
		hash := common.BigToHash(big.NewInt(int64(b))).Hex()
		li := uint(0)
		at := func() store.Event {
			e := store.Event{BlockHash: hash, LogIndex: li, BlockNumber: uint64(b), BlockTime: seedBase + int64(b)*seedBlockTime,
				TxHash: crypto.Keccak256Hash([]byte(fmt.Sprintf("tx %d %d", b, li))).Hex(), TxIndex: li, Contract: "0xc"}
			li++
			return e
		}
		var rows []store.Row
		add := func(r store.Row) { rows = append(rows, r) }
		a := store.Addr
		add(&store.RecordVersion{Event: at(), Patient: a(seedPatient(b)), RecordID: int64(b), Author: a(seedParty(b)), Category: uint8(b % 9), CID: fmt.Sprintf("bafy%d", b)})
		kind := store.KindGranted
		if b%3 == 0 {
			kind = store.KindRevoked
		}
		add(&store.GrantEvent{Event: at(), Kind: kind, Patient: a(seedPatient(b * 7)), Grantee: a(seedParty(b)), Purpose: 1, Categories: 3, ExpiresAt: 1 << 40})
		if b%5 == 0 {
			add(&store.EmergencyAccess{Event: at(), Patient: a(seedPatient(b)), Provider: a(seedParty(b + 1)), ReasonCode: store.Hash([32]byte{1}), ExpiresAt: 1 << 40})
		}
		if b%10 == 0 {
			k := int64(b/10 - 1)
			add(&store.AuditAnchor{Event: at(), BatchIndex: k, MerkleRoot: store.Hash([32]byte{2}), FromSeq: k * 100, ToSeq: k*100 + 99, Auditor: a(seedParty(b / 10))})
		}
		if b%2 == 0 {
			gtin, system, code := seedMedication(b / 2)
			add(&store.Prescription{Event: at(), PrescriptionID: int64(b), Patient: a(seedPatient(b * 3)), Prescriber: a(seedParty(b)),
				GTIN: int64(gtin), CodeSystem: system, Code: code, Medication: store.Medication(gtin, system, code), QuantityPerFill: 1, CID: "bafyrx"})
		}
		if b%3 == 0 {
			add(store.NewPrescriptionFill(at(), int64(b-1), a(seedPatient(b*5)), a(seedParty(b)), 1,
				[]string{seedBatch(b).Hex(), seedBatch(b + 1).Hex()}, []string{store.Hash([32]byte{byte(b)}), store.Hash([32]byte{byte(b), 1})}, "bafyfill"))
		}
		if b%11 == 0 {
			add(&store.PrescriptionCancellation{Event: at(), PrescriptionID: int64(b - 1), Patient: a(seedPatient(b)), Prescriber: a(seedParty(b)), ReasonCode: store.Hash([32]byte{3})})
		}
		if b <= seedBatches {
			add(&store.BatchRegistration{Event: at(), BatchID: store.Hash(seedBatch(b - 1)), Manufacturer: a(seedMfr(b - 1)), GTIN: 9506000134350, Lot: fmt.Sprint("L", b), PackCount: 1000, MinTemperature: 200, MaxTemperature: 800, SerialRoot: store.Hash([32]byte{4})})
		}
		id := int64(b)
		to := a(seedHolder(b*3 + b/seedBatches))
		add(&store.HandOverEvent{Event: at(), Kind: store.KindInitiated, BatchID: store.Hash(seedBatch(b)), Sender: a(seedMfr(b)), Receiver: to, HandOverID: id, Quantity: 2})
		if b%13 == 0 {
			add(&store.HandOverEvent{Event: at(), Kind: store.KindCancelled, BatchID: store.Hash(seedBatch(b)), Sender: a(seedMfr(b)), Receiver: to, HandOverID: id, Quantity: 2})
		} else {
			add(&store.HandOverEvent{Event: at(), Kind: store.KindAccepted, BatchID: store.Hash(seedBatch(b)), Sender: a(seedMfr(b)), Receiver: to, HandOverID: id, Quantity: 2})
		}
		for i := range 3 {
			within := (b+i)%9 != 0
			temp := 500
			if !within {
				temp = 950
			}
			add(&store.TemperatureReading{Event: at(), BatchID: store.Hash(seedBatch(b + i)), Holder: a(seedHolder(b + i)), Device: a(acct("device", (b+i)%seedHolders)),
				MeasuredAt: seedBase + int64(b)*seedBlockTime - 60, Temperature: temp, WithinRange: within})
		}
		if b%9 == 0 {
			add(&store.QuarantineEvent{Event: at(), Kind: store.KindQuarantined, BatchID: store.Hash(seedBatch(b)), Holder: a(seedHolder(b)), Device: a(acct("device", b%seedHolders)), Temperature: 950, Quantity: 2})
			add(&store.Penalty{Event: at(), Holder: a(seedHolder(b)), BatchID: store.Hash(seedBatch(b)), Temperature: 950, Total: int64(b / 9)})
		}
		if b%18 == 0 {
			add(&store.QuarantineEvent{Event: at(), Kind: store.KindReleased, BatchID: store.Hash(seedBatch(b)), Holder: a(seedHolder(b)), Regulator: a(acct("regulator", 0)), ReasonCode: store.Hash([32]byte{5})})
		}
		if b%2 == 1 {
			add(&store.PackDispense{Event: at(), BatchID: store.Hash(seedBatch(b)), Holder: a(seedHolder(b)), Operator: "0xrx", SerialLeaf: store.Hash([32]byte{byte(b), 2}), Serial: fmt.Sprint("S", b)})
		}
		if b%17 == 0 {
			add(&store.CloneReport{Event: at(), BatchID: store.Hash(seedBatch(b)), SerialLeaf: store.Hash([32]byte{byte(b), 2}), Reporter: a(seedHolder(b + 1)), Serial: fmt.Sprint("S", b), Reports: 1})
		}
		if r := b - (n - seedRecalls*seedBatches); r > 0 && r%seedBatches == 0 {
			k := r / seedBatches
			add(&store.BatchRecall{Event: at(), BatchID: store.Hash(seedBatch(k)), RecalledBy: a(seedMfr(k)), ReasonCode: store.Hash([32]byte{6}), HolderCount: seedHolders + 1})
		}
		seedMoney(b, at, add, driver != db.SQLite)
		if filler {
			other := store.Hash(crypto.Keccak256Hash([]byte(fmt.Sprint("filler batch ", b))))
			mfr := a(acct("filler manufacturer", b))
			add(&store.BatchRegistration{Event: at(), BatchID: other, Manufacturer: mfr, GTIN: 9506000134350, Lot: fmt.Sprint("F", b), PackCount: 1, MinTemperature: 200, MaxTemperature: 800, SerialRoot: store.Hash([32]byte{4})})
			add(&store.Penalty{Event: at(), Holder: mfr, BatchID: other, Temperature: 950, Total: 1})
			add(&store.CloneReport{Event: at(), BatchID: other, SerialLeaf: other, Reporter: mfr, Serial: "F", Reports: 1})
			add(&store.BatchRecall{Event: at(), BatchID: other, RecalledBy: mfr, ReasonCode: store.Hash([32]byte{6}), HolderCount: 1})
			// Claims and service contracts of parties no query asks about.
			claim := store.Hash(crypto.Keccak256Hash([]byte(fmt.Sprint("filler claim ", b))))
			sub := at()
			add(store.NewClaimSubmission(store.ClaimSubmission{Event: sub, ClaimID: claim, Provider: mfr, Patient: mfr, Insurer: mfr,
				ClaimKey: claim, Evidence: ""}, []store.ClaimLine{{Code: other, Quantity: 1, UnitAmount: "1", Allowed: "1"}}))
			paid := at()
			paid.TxHash = sub.TxHash
			add(&store.ClaimEvent{Event: paid, Kind: store.KindPaid, ClaimID: claim, Insurer: mfr, Amount: "1", Approved: "0",
				Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"})
			add(&store.ServiceContractEvent{Event: at(), Kind: store.KindAccepted, ContractID: int64(100_000 + b), Period: -1,
				Account: mfr, Amount: "0", Offered: "0", Escrow: "0"})
			add(&store.ServiceContractProposal{Event: at(), ContractID: int64(100_000 + b), Payer: mfr, Provider: mfr, Budget: "1"})
			add(&store.ServiceReport{Event: at(), ContractID: int64(100_000 + b), Provider: mfr, Amount: "1"})
			add(&store.PolicyEvent{Event: at(), Kind: store.KindIssued, PolicyID: int64(100_000 + b), Patient: mfr})
			add(&store.PoolEvent{Event: at(), Kind: store.KindDeposited, Insurer: mfr, Amount: "1"})
		}
		batch.Rows = append(batch.Rows, rows...)
		batch.Blocks = append(batch.Blocks, store.Block{Number: uint64(b), Hash: hash, ParentHash: common.BigToHash(big.NewInt(int64(b - 1))).Hex(),
			Time: seedBase + int64(b)*seedBlockTime, Events: len(rows)})
		batch.Number, batch.Hash = uint64(b), hash
		if b%250 == 0 {
			flush()
		}
	}
	flush()
	return gdb
}

// all reads every row of a table, oldest first.
func all[T any](t *testing.T, gdb *gorm.DB) []T {
	t.Helper()
	var rows []T
	if err := gdb.Model(new(T)).Order("block_number, log_index").Find(&rows).Error; err != nil {
		t.Fatal(err)
	}
	return rows
}
