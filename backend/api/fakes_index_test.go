package api

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/indexer/query"
	"github.com/salus-health/salus/indexer/store"
)

// fakeIndex answers the indexer queries from a real (SQLite) index seeded
// by seedIndex, through the real query layer; access and status are set by
// the test.
type fakeIndex struct {
	*query.Querier
	mu     sync.Mutex
	status IndexStatus
	access map[[2]common.Address]CategoryMask
	err    error // returned by every call when set

	// The store, its cursor and last block, for addAnchors.
	st    *store.Store
	cur   store.Cursor
	block uint64
}

func (f *fakeIndex) Status(context.Context) (IndexStatus, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.status, f.err
}

func (f *fakeIndex) ReadableCategories(_ context.Context, reader, patient common.Address) (CategoryMask, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.access[[2]common.Address{reader, patient}], f.err
}

func (f *fakeIndex) PatientTimeline(ctx context.Context, patient common.Address, tf query.TimelineFilter) (query.TimelinePage, error) {
	if f.err != nil {
		return query.TimelinePage{}, f.err
	}
	return f.Querier.PatientTimeline(ctx, patient, tf)
}

// Accounts and ids of the seeded index.
var (
	ixInsurer  = common.HexToAddress("0x1111111111111111111111111111111111111111")
	ixPayer    = common.HexToAddress("0x2222222222222222222222222222222222222222")
	ixBatch    = common.HexToHash("0x5f1c0c8e8a3c3c1c9c6c7b3f0e1b4d6c2a9f8e7d6c5b4a3928170615141312a1")
	ixClaim    = common.HexToHash("0xc1")
	ixCode     = common.HexToHash("0x434f4e53")
	ixBaseTime = int64(1_748_736_000) // 2025-06-01T00:00:00Z
)

// newFakeIndex seeds an index: for patientAccount a record of category 4
// (lab results) and one of category 3 (diagnoses), a grant to the
// hospital, a prescription, a policy and a claim paid at once; for
// otherAccount a record; a batch registered and handed over; a service
// contract funded and paid.
func newFakeIndex(t testing.TB) *fakeIndex {
	t.Helper()
	ctx := context.Background()
	gdb := dbtest.Open(t, "sqlite")
	st, err := store.New(gdb)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	cur, err := st.InitCursor(ctx, 1337, "0xgenesis")
	if err != nil {
		t.Fatal(err)
	}
	a := store.Addr
	var b store.Batch
	li := uint(0)
	block := uint64(0)
	at := func() store.Event {
		e := store.Event{BlockHash: common.BigToHash(new(big.Int).SetUint64(block)).Hex(), LogIndex: li, BlockNumber: block,
			BlockTime: ixBaseTime + int64(block)*60, TxHash: common.BigToHash(big.NewInt(int64(block*100) + int64(li))).Hex(),
			Contract: "0x5fbdb2315678afecb367f032d93f642f64180aa3"}
		li++
		return e
	}
	add := func(rows ...func() store.Row) {
		block++
		li = 0
		n := 0
		for _, mk := range rows {
			b.Rows = append(b.Rows, mk())
			n++
		}
		b.Blocks = append(b.Blocks, store.Block{Number: block, Hash: common.BigToHash(new(big.Int).SetUint64(block)).Hex(),
			ParentHash: common.BigToHash(new(big.Int).SetUint64(block - 1)).Hex(), Time: ixBaseTime + int64(block)*60, Events: n})
		b.Number, b.Hash = block, common.BigToHash(new(big.Int).SetUint64(block)).Hex()
	}
	add(func() store.Row {
		return &store.RecordVersion{Event: at(), Patient: a(patientAccount), RecordID: 1, Author: a(hospitalAccount), Category: 4, CID: "bafylab"}
	}, func() store.Row {
		return &store.RecordVersion{Event: at(), Patient: a(patientAccount), RecordID: 2, Author: a(hospitalAccount), Category: 3, CID: "bafydiag"}
	}, func() store.Row {
		return &store.RecordVersion{Event: at(), Patient: a(otherAccount), RecordID: 3, Author: a(hospitalAccount), Category: 4, CID: "bafyother"}
	})
	add(func() store.Row {
		return &store.GrantEvent{Event: at(), Kind: store.KindGranted, Patient: a(patientAccount), Grantee: a(hospitalAccount), Purpose: 1,
			Categories: 1 << 4, ExpiresAt: ixBaseTime + 86400}
	}, func() store.Row {
		return &store.GrantEvent{Event: at(), Kind: store.KindGranted, Patient: a(patientAccount), Grantee: a(ixInsurer), Purpose: 2,
			Categories: 1 << 7, ExpiresAt: ixBaseTime + 86400}
	})
	add(func() store.Row {
		return &store.Prescription{Event: at(), PrescriptionID: 1, Patient: a(patientAccount), Prescriber: a(hospitalAccount),
			GTIN: 9506000134352, Medication: store.Medication(9506000134352, "", ""), QuantityPerFill: 1, CID: "bafyrx"}
	}, func() store.Row {
		return &store.PolicyEvent{Event: at(), Kind: store.KindIssued, PolicyID: 1, PlanID: 1, Patient: a(patientAccount),
			MemberRef: store.Hash([32]byte{1}), ValidFrom: ixBaseTime, ValidUntil: ixBaseTime + 1e7}
	})
	var sub store.Event
	add(func() store.Row {
		sub = at()
		return store.NewClaimSubmission(store.ClaimSubmission{Event: sub, ClaimID: ixClaim.Hex(), Provider: a(hospitalAccount),
			Patient: a(patientAccount), Insurer: a(ixInsurer), PolicyID: 1, ClaimKey: store.Hash([32]byte{2}), ServiceDate: ixBaseTime},
			[]store.ClaimLine{{Code: ixCode.Hex(), Quantity: 2, UnitAmount: "900000", Allowed: "1800000"}})
	}, func() store.Row {
		e := at()
		e.TxHash = sub.TxHash
		return &store.ClaimEvent{Event: e, Kind: store.KindPaid, ClaimID: ixClaim.Hex(), Insurer: a(ixInsurer), Provider: a(hospitalAccount),
			Amount: "1360000", Approved: "0", Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"}
	}, func() store.Row {
		return &store.PoolEvent{Event: at(), Kind: store.KindDeposited, Insurer: a(ixInsurer), Amount: "9000000000000000001"}
	})
	add(func() store.Row {
		return &store.BatchRegistration{Event: at(), BatchID: ixBatch.Hex(), Manufacturer: a(hospitalAccount), GTIN: 9506000134352,
			Lot: "L1", PackCount: 10, MinTemperature: 200, MaxTemperature: 800, SerialRoot: store.Hash([32]byte{3})}
	}, func() store.Row {
		return &store.HandOverEvent{Event: at(), Kind: store.KindAccepted, BatchID: ixBatch.Hex(), Sender: a(hospitalAccount),
			Receiver: a(pharmacyAccount), HandOverID: 1, Quantity: 4}
	})
	add(func() store.Row {
		return store.NewServiceContractProposal(store.ServiceContractProposal{Event: at(), ContractID: 1, Payer: a(ixPayer),
			Provider: a(hospitalAccount), Budget: "100000000", Start: ixBaseTime, PeriodLength: 3600, PeriodCount: 3, TermsCID: "bafyterms"},
			[]string{ixCode.Hex()}, []store.Amount{"1000"})
	}, func() store.Row {
		return &store.ServiceContractEvent{Event: at(), Kind: store.KindFunded, ContractID: 1, Period: -1, Account: a(ixPayer),
			Amount: "5000", Offered: "0", Escrow: "5000"}
	}, func() store.Row {
		return &store.ServiceContractEvent{Event: at(), Kind: store.KindReleasedPay, ContractID: 1, Period: 0, Account: a(hospitalAccount),
			Amount: "2000", Offered: "0", Escrow: "0"}
	})
	add(func() store.Row {
		// Notices derived for the manufacturer (hospital) and the pharmacy.
		return &store.BatchRecall{Event: at(), BatchID: ixBatch.Hex(), RecalledBy: a(hospitalAccount), ReasonCode: store.Hash([32]byte{6}), HolderCount: 2}
	})
	if err := st.Apply(ctx, cur, b); err != nil {
		t.Fatal(err)
	}
	cur.Number, cur.Hash = b.Number, b.Hash
	return &fakeIndex{st: st, cur: cur, block: block, Querier: query.New(store.NewView(gdb)), access: map[[2]common.Address]CategoryMask{},
		status: IndexStatus{Enabled: true, ChainHead: 10, Indexed: block, IndexedHash: common.BigToHash(new(big.Int).SetUint64(block)),
			Lag: 10 - block, Confirmations: 1, Reorgs: 2, DeepestReorg: 1}}
}

// newIndexHarness is a harness whose server has the fake index.
func newIndexHarness(t *testing.T) (*harness, *fakeIndex) {
	t.Helper()
	ix := newFakeIndex(t)
	h := newHarnessDeps(t, func(d *Deps) { d.Index = ix })
	return h, ix
}

func ixPath(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// addAnchors indexes each anchor's AuditAnchored event in a block of its
// own after the seeded ones (a minute apart), and returns their events.
func (f *fakeIndex) addAnchors(t testing.TB, anchors ...store.AuditAnchor) []store.Event {
	t.Helper()
	var b store.Batch
	var events []store.Event
	for _, a := range anchors {
		f.block++
		n := f.block
		hash := common.BigToHash(new(big.Int).SetUint64(n)).Hex()
		a.Event = store.Event{BlockHash: hash, BlockNumber: n, BlockTime: ixBaseTime + int64(n)*60,
			TxHash: common.BigToHash(big.NewInt(int64(n*100) + 77)).Hex(), Contract: "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"}
		events = append(events, a.Event)
		row := a
		b.Rows = append(b.Rows, &row)
		b.Blocks = append(b.Blocks, store.Block{Number: n, Hash: hash, ParentHash: common.BigToHash(new(big.Int).SetUint64(n - 1)).Hex(),
			Time: a.Event.BlockTime, Events: 1})
		b.Number, b.Hash = n, hash
	}
	if err := f.st.Apply(context.Background(), f.cur, b); err != nil {
		t.Fatal(err)
	}
	f.cur.Number, f.cur.Hash = b.Number, b.Hash
	return events
}

// auditRecords is the fake Records with a read audit (ReadAudit) over a
// list of entries; it refuses like the record service: the patient and
// the regulator only.
type auditRecords struct {
	*fakeRecords
	mu      sync.Mutex
	entries []AuditEntry
	asked   []ReadAuditQuery
}

func (f *auditRecords) ReadAuditTrail(_ context.Context, caller common.Address, q ReadAuditQuery) (AuditPage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, q)
	if caller != q.Patient && !q.Regulator {
		return AuditPage{}, &wrapped{msg: "read audit", err: ErrForbidden}
	}
	var rows []AuditEntry
	for _, e := range f.entries {
		if e.Patient == q.Patient && (q.Before == 0 || e.Seq < q.Before) &&
			(q.Since.IsZero() || !e.At.Before(q.Since)) && (q.Until.IsZero() || e.At.Before(q.Until)) {
			rows = append(rows, e)
		}
	}
	slices.SortFunc(rows, func(a, b AuditEntry) int { return cmp.Compare(b.Seq, a.Seq) })
	var p AuditPage
	if len(rows) > q.Limit {
		rows = rows[:q.Limit]
		next := rows[len(rows)-1].Seq
		p.Next = &next
	}
	p.Entries = rows
	return p, nil
}
