package indexer

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/indexer/store"
)

type party struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newParty() party {
	k, _ := crypto.GenerateKey()
	return party{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

type sendWaiter struct{ s *txsender.Sender }

func (w sendWaiter) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	p, err := w.s.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return w.s.Wait(ctx, p)
}

// chainEnv is a real embedded Clique chain with the Salus contracts.
type chainEnv struct {
	ctx       context.Context
	chain     *chaintest.Chain
	sender    *txsender.Sender
	manifest  *deploy.Manifest
	regulator party
	registry  *bindings.Registry
	grants    *bindings.AccessGrants
	records   *bindings.Records
}

// newChainEnv starts a chain (with HTTP JSON-RPC when http is set), funds
// parties and deploys the contracts.
func newChainEnv(t *testing.T, http bool, parties ...party) *chainEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	e := &chainEnv{ctx: ctx, regulator: newParty()}
	funded := []common.Address{e.regulator.addr}
	for _, p := range parties {
		funded = append(funded, p.addr)
	}
	e.chain = chaintest.StartWith(t, chaintest.Options{Funded: funded, HTTP: http})
	var err error
	e.sender, err = txsender.New(e.chain.Client(), txsender.Config{ChainID: e.chain.ChainID(), ReceiptPoll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	e.sender.AddKey(e.regulator.key)
	for _, p := range parties {
		e.sender.AddKey(p.key)
	}
	roles := deploy.Roles{Deployer: e.regulator.addr, Regulator: e.regulator.addr}
	if e.manifest, err = deploy.Run(ctx, e.chain.Client(), sendWaiter{e.sender}, roles, nil, nil); err != nil {
		t.Fatal(err)
	}
	e.registry, _ = bindings.NewRegistry(e.manifest.Address("Registry"), e.chain.Client())
	e.grants, _ = bindings.NewAccessGrants(e.manifest.Address("AccessGrants"), e.chain.Client())
	e.records, _ = bindings.NewRecords(e.manifest.Address("Records"), e.chain.Client())
	return e
}

// send sends a transaction and waits for its receipt.
func (e *chainEnv) send(t *testing.T, from party, build func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	t.Helper()
	p, err := e.sender.Transact(e.ctx, from.addr, build)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.sender.Wait(e.ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// waitIndexed waits until ix has indexed block n.
func waitIndexed(t *testing.T, ix *Indexer, n uint64) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		st := ix.Status()
		if st.Indexed >= n && st.IndexedHash != (common.Hash{}) {
			return
		}
		if st.Stopped || time.Now().After(deadline) {
			t.Fatalf("block %d not indexed: status %+v", n, st)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func future(d time.Duration) uint64 { return uint64(time.Now().Add(d).Unix()) }

func testCID(t *testing.T, s string) []byte {
	h, err := multihash.Sum([]byte(s), multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	return cid.NewCidV1(cid.Raw, h).Bytes()
}

// TestIndexesEveryEventKindOnClique runs the indexer (Start/Stop, following
// the head) against a real embedded Clique chain while transactions emit
// every kind of Salus event, then checks each table.
func TestIndexesEveryEventKindOnClique(t *testing.T) {
	forEachDriver(t, func(t *testing.T, driver string) {
		provider, lab, patient, device, stranger := newParty(), newParty(), newParty(), newParty(), newParty()
		pharma := newPharmaParties()
		money := newMoneyParties()
		e := newChainEnv(t, false, append(append([]party{provider, patient}, pharma.funded()...), money.funded()...)...)
		gdb := dbtest.Open(t, driver)
		var progress lockedBuffer
		ix := newIndexer(t, Config{Manifest: e.manifest, PollInterval: 200 * time.Millisecond, Progress: &progress, Logger: testLogger(t)},
			e.chain.Client(), gdb)
		if err := ix.Start(e.ctx); err != nil {
			t.Fatal(err)
		}
		stopped := false
		defer func() {
			if !stopped {
				_ = ix.Stop(context.Background())
			}
		}()

		validUntil := future(365 * 24 * time.Hour)
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, provider.addr, 1, "St Mary", [32]byte{1}, validUntil)
		})
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, lab.addr, 2, "Lab \x00One", [32]byte{2}, validUntil)
		})
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.Suspend(o, lab.addr, [32]byte{9})
		})
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.Reinstate(o, lab.addr)
		})
		encKey, _ := crypto.GenerateKey()
		pub := crypto.FromECDSAPub(&encKey.PublicKey)[1:]
		digest, err := e.registry.EncryptionKeyDigest(&bind.CallOpts{}, patient.addr, crypto.Keccak256Hash(pub))
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := crypto.Sign(digest[:], encKey)
		sig[64] += 27
		e.send(t, patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RegisterEncryptionKey(o, pub, sig)
		})
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RegisterDevice(o, device.addr, provider.addr, [32]byte{7})
		})
		e.send(t, provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.DeregisterDevice(o, device.addr)
		})
		testRole := crypto.Keccak256Hash([]byte("TEST_ROLE"))
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.GrantRole(o, testRole, stranger.addr)
		})
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.RevokeRole(o, testRole, stranger.addr)
		})
		grantExpiry := future(time.Hour)
		e.send(t, patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.grants.Grant(o, provider.addr, 1<<3|1<<4, 1, grantExpiry)
		})
		emergency := e.send(t, provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.grants.OpenEmergencyAccess(o, patient.addr, [32]byte{0xee})
		})
		cid1, cid2 := testCID(t, "v1"), testCID(t, "v2")
		e.send(t, provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.records.AddRecord(o, patient.addr, 3, cid1, 0)
		})
		e.send(t, provider, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.records.AddRecord(o, patient.addr, 3, cid2, 1)
		})
		e.send(t, patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.grants.Revoke(o, provider.addr, 1)
		})
		pharmaRun := e.runPharma(t, pharma, provider, patient)
		moneyRun := e.runMoney(t, money, provider, patient)
		last := e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.records.AnchorAudit(o, [32]byte{0xaa}, 0, 9)
		})
		waitIndexed(t, ix, last.BlockNumber.Uint64())
		if err := ix.Stop(context.Background()); err != nil {
			t.Fatalf("stop: %v", err)
		}
		stopped = true

		ctx := context.Background()
		addr := store.Addr
		hash := func(b byte) string { return store.Hash([32]byte{b}) }
		var all, parts []store.ParticipantEvent
		mustFind(t, gdb, &all)
		for _, p := range all { // the pharma and money flows license their own parties
			if p.Account == addr(provider.addr) || p.Account == addr(lab.addr) {
				parts = append(parts, p)
			}
		}
		if len(all) != len(parts)+5 {
			t.Errorf("got %d participant events, want %d", len(all), len(parts)+5)
		}
		wantParts := []store.ParticipantEvent{
			{Kind: store.KindLicensed, Account: addr(provider.addr), Role: 1, Name: "St Mary", LicenseRef: hash(1), ValidUntil: int64(validUntil)},
			{Kind: store.KindLicensed, Account: addr(lab.addr), Role: 2, Name: "Lab One", LicenseRef: hash(2), ValidUntil: int64(validUntil)},
			{Kind: store.KindSuspended, Account: addr(lab.addr), ReasonCode: hash(9)},
			{Kind: store.KindReinstated, Account: addr(lab.addr)},
		}
		if len(parts) != len(wantParts) {
			t.Fatalf("got %d participant events, want %d", len(parts), len(wantParts))
		}
		for i := range parts {
			got := parts[i]
			got.Event = store.Event{}
			if got != wantParts[i] {
				t.Errorf("participant event %d: got %+v, want %+v", i, got, wantParts[i])
			}
		}

		var keys []store.EncryptionKey
		mustFind(t, gdb, &keys)
		if len(keys) != 1 || keys[0].Account != addr(patient.addr) || keys[0].PublicKey != store.Hex(pub) {
			t.Errorf("encryption keys %+v", keys)
		}

		var devices []store.DeviceEvent
		mustFind(t, gdb, &devices)
		if len(devices) != 3 || devices[2].Device != addr(pharma.sensor.addr) || devices[2].Owner != addr(pharma.distributor.addr) ||
			devices[0].Kind != store.KindRegistered || devices[0].DeviceRef != hash(7) ||
			devices[1].Kind != store.KindDeregistered || devices[1].Device != addr(device.addr) || devices[1].Owner != addr(provider.addr) {
			t.Errorf("device events %+v", devices)
		}

		var allGrants, grants []store.GrantEvent
		mustFind(t, gdb, &allGrants)
		for _, g := range allGrants { // the money flow grants the insurer
			if g.Grantee == addr(provider.addr) {
				grants = append(grants, g)
			}
		}
		if len(grants) != 2 ||
			grants[0].Kind != store.KindGranted || grants[0].Patient != addr(patient.addr) || grants[0].Grantee != addr(provider.addr) ||
			grants[0].Purpose != 1 || grants[0].Categories != 1<<3|1<<4 || grants[0].ExpiresAt != int64(grantExpiry) ||
			grants[1].Kind != store.KindRevoked || grants[1].Purpose != 1 || grants[1].Categories != 0 {
			t.Errorf("grant events %+v", grants)
		}

		var emergencies []store.EmergencyAccess
		mustFind(t, gdb, &emergencies)
		if len(emergencies) != 1 || emergencies[0].Provider != addr(provider.addr) || emergencies[0].ReasonCode != hash(0xee) ||
			emergencies[0].TxHash != emergency.TxHash.Hex() || emergencies[0].BlockNumber != emergency.BlockNumber.Uint64() ||
			emergencies[0].ExpiresAt != emergencies[0].BlockTime+int64(deploy.EmergencyAccessDuration/time.Second) {
			t.Errorf("emergency accesses %+v", emergencies)
		}

		var versions []store.RecordVersion
		mustFind(t, gdb, &versions)
		c1, _ := cid.Cast(cid1)
		c2, _ := cid.Cast(cid2)
		if len(versions) != 2 ||
			versions[0].RecordID != 1 || versions[0].CID != c1.String() || versions[0].Previous != 0 || versions[0].Category != 3 ||
			versions[0].Author != addr(provider.addr) || versions[0].Patient != addr(patient.addr) ||
			versions[1].RecordID != 2 || versions[1].CID != c2.String() || versions[1].Previous != 1 {
			t.Errorf("record versions %+v", versions)
		}

		var anchors []store.AuditAnchor
		mustFind(t, gdb, &anchors)
		if len(anchors) != 1 || anchors[0].BatchIndex != 0 || anchors[0].MerkleRoot != hash(0xaa) ||
			anchors[0].FromSeq != 0 || anchors[0].ToSeq != 9 || anchors[0].Auditor != addr(e.regulator.addr) {
			t.Errorf("audit anchors %+v", anchors)
		}

		checkPharma(t, gdb, pharmaRun, pharma)
		checkMoney(t, gdb, moneyRun, money, provider, patient, e.regulator.addr)

		var roles []store.RoleEvent
		mustFind(t, gdb, &roles)
		auditor := store.Hash(crypto.Keccak256Hash([]byte("AUDITOR_ROLE")))
		var sawAuditor, sawTestGrant, sawTestRevoke bool
		for _, r := range roles {
			switch {
			case r.Role == auditor && r.Kind == store.KindGranted && r.Contract == addr(e.manifest.Address("Records")):
				sawAuditor = true
			case r.Role == testRole.Hex() && r.Kind == store.KindGranted && r.Account == addr(stranger.addr):
				sawTestGrant = true
			case r.Role == testRole.Hex() && r.Kind == store.KindRevoked && r.Sender == addr(e.regulator.addr):
				sawTestRevoke = true
			}
		}
		if !sawAuditor || !sawTestGrant || !sawTestRevoke || len(roles) < 5 {
			t.Errorf("role events %+v", roles)
		}

		// Every block with events is stored with its signer recovered from
		// the seal: the chain's only signer.
		var blocks []store.Block
		mustFind(t, gdb, &blocks)
		signer := addr(e.chain.Signer())
		withEvents := 0
		for _, b := range blocks {
			h, err := e.chain.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
			if err != nil {
				t.Fatal(err)
			}
			if b.Signer != signer || b.Hash != h.Hash().Hex() || b.Time != int64(h.Time) {
				t.Errorf("block %+v: want signer %s, hash %s", b, signer, h.Hash())
			}
			if b.Events > 0 {
				withEvents++
			}
		}
		if withEvents < 18 {
			t.Errorf("got %d blocks with events, want one per transaction at least", withEvents)
		}
		for _, rows := range [][]store.Event{eventsOf(grants), eventsOf(versions), eventsOf(parts)} {
			for _, ev := range rows {
				var b store.Block
				if err := gdb.Where("number = ?", ev.BlockNumber).Take(&b).Error; err != nil || b.Hash != ev.BlockHash || b.Time != ev.BlockTime {
					t.Errorf("event %+v: block %+v, %v", ev, b, err)
				}
			}
		}

		// A fresh index of the same chain is equal.
		fresh := dbtest.Open(t, driver)
		fx := newIndexer(t, Config{Manifest: e.manifest, Logger: testLogger(t)}, e.chain.Client(), fresh)
		started := false
		if err := pass(ctx, fx, &started); err != nil {
			t.Fatal(err)
		}
		if d := diffDumps(dump(t, ctx, gdb), dump(t, ctx, fresh)); d != "" {
			t.Fatalf("followed index differs from a fresh index:\n%s", d)
		}
		t.Logf("progress output:\n%s", progress.String())
	})
}

func mustFind[T any](t *testing.T, gdb *gorm.DB, out *[]T) {
	t.Helper()
	var m T
	q := gdb.Model(&m)
	if _, ok := any(&m).(store.Row); ok {
		q = q.Order("block_number, log_index")
	} else {
		q = q.Order("1")
	}
	if err := q.Find(out).Error; err != nil {
		t.Fatal(err)
	}
}

func eventsOf[T any](rows []T) []store.Event {
	var out []store.Event
	for i := range rows {
		if r, ok := any(&rows[i]).(store.Row); ok {
			out = append(out, *r.Position())
		}
	}
	return out
}
