package chainsvc_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/gs1"
	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/backend/telemetry"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
	"github.com/salus-health/salus/devnet/genesis"
)

// memBlobs is an in-memory IPFS: raw-leaf CIDv1 of the whole content.
type memBlobs struct {
	mu   sync.Mutex
	data map[cid.Cid][]byte
}

func newMemBlobs() *memBlobs { return &memBlobs{data: map[cid.Cid][]byte{}} }

func (m *memBlobs) Add(_ context.Context, r io.Reader) (cid.Cid, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return cid.Undef, err
	}
	c, err := cid.V1Builder{Codec: cid.Raw, MhType: multihash.SHA2_256}.Sum(b)
	if err != nil {
		return cid.Undef, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[c] = b
	return c, nil
}

func (m *memBlobs) Open(_ context.Context, c cid.Cid) (io.ReadCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.data[c]
	if !ok {
		return nil, errors.New("not found")
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

func (m *memBlobs) Unpin(context.Context, cid.Cid) error { return nil }

// put replaces the content under c (a tampered node).
func (m *memBlobs) put(c cid.Cid, b []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[c] = b
}

// pharmaChain is a Clique chain with the contracts, a manufacturer, a
// distributor with a bound sensor, and a Pharma service.
type pharmaChain struct {
	t            *testing.T
	ctx          context.Context
	chain        *chaintest.Chain
	sender       *txsender.Sender
	manifest     *deploy.Manifest
	blobs        *memBlobs
	pharma       *chainsvc.Pharma
	manufacturer common.Address
	distributor  common.Address
	sensor       *ecdsa.PrivateKey
	sensors      []*ecdsa.PrivateKey
}

func newPharmaChain(t *testing.T, sensors int) *pharmaChain {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	keys := map[string]*ecdsa.PrivateKey{}
	for _, n := range []string{"regulator", "manufacturer", "distributor"} {
		keys[n], _ = crypto.GenerateKey()
	}
	addr := func(n string) common.Address { return crypto.PubkeyToAddress(keys[n].PublicKey) }
	c := chaintest.Start(t, addr("regulator"), addr("manufacturer"), addr("distributor"))
	errABIs, _ := chainsvc.ErrorABIs()
	sender, err := txsender.New(c.Client(), txsender.Config{ChainID: c.ChainID(), ErrorABIs: errABIs})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		sender.AddKey(k)
	}
	m, err := deploy.Run(ctx, c.Client(), sendWaiter{sender}, deploy.Roles{Deployer: addr("regulator"), Regulator: addr("regulator")}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	pc := &pharmaChain{t: t, ctx: ctx, chain: c, sender: sender, manifest: m, blobs: newMemBlobs(),
		manufacturer: addr("manufacturer"), distributor: addr("distributor")}
	reg, _ := bindings.NewRegistry(m.Address("Registry"), c.Client())
	send := func(from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) {
		p, err := sender.Transact(ctx, from, build)
		if err == nil {
			_, err = sender.Wait(ctx, p)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	until := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for _, l := range []struct {
		who  common.Address
		role api.Role
	}{{pc.manufacturer, api.RoleManufacturer}, {pc.distributor, api.RoleDistributor}} {
		send(addr("regulator"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.License(o, l.who, uint8(l.role), l.role.String(), [32]byte{1}, until)
		})
	}
	for i := 0; i < sensors; i++ {
		k, _ := crypto.GenerateKey()
		pc.sensors = append(pc.sensors, k)
		send(addr("regulator"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.RegisterDevice(o, crypto.PubkeyToAddress(k.PublicKey), pc.distributor, [32]byte{2})
		})
	}
	if sensors > 0 {
		pc.sensor = pc.sensors[0]
	}
	pc.pharma = pc.newService()
	return pc
}

func (pc *pharmaChain) newService() *chainsvc.Pharma {
	p, err := chainsvc.NewPharma(pc.chain.Client(), pc.sender, pc.manifest, pc.blobs, chainsvc.PharmaConfig{})
	if err != nil {
		pc.t.Fatal(err)
	}
	return p
}

// register registers a batch of n serials and moves half to the distributor.
func (pc *pharmaChain) register(gtin uint64, lot string, n int) (api.Batch, []string) {
	pc.t.Helper()
	serials := make([]string, n)
	for i := range serials {
		serials[i] = fmt.Sprintf("%s-%07d", lot, i)
	}
	res, err := pc.pharma.RegisterBatch(pc.ctx, pc.manufacturer, api.NewBatch{GTIN: gtin, Lot: lot,
		ManufacturedAt: time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -1), Expiry: gs1.Date{Year: time.Now().Year() + 2, Month: 12, Day: 31},
		MinTemperature: 200, MaxTemperature: 800, Serials: serials})
	if err != nil {
		pc.t.Fatalf("register %s: %v", lot, err)
	}
	h, _, err := pc.pharma.HandOver(pc.ctx, pc.manufacturer, res.Batch.ID, pc.distributor, uint32(n/2))
	if err != nil {
		pc.t.Fatal(err)
	}
	if _, _, err := pc.pharma.AcceptHandOver(pc.ctx, pc.distributor, h.ID); err != nil {
		pc.t.Fatal(err)
	}
	return res.Batch, serials
}

// gtinValue is the GTIN of 13 data digits with their check digit.
func gtinValue(data13 string) uint64 {
	c := gs1.Code{GTIN: data13 + string(gs1.CheckDigit(data13))}
	return c.GTINValue()
}

// TestSerialProofsFromPublishedLists registers batches, then asks a fresh
// service (nothing in memory, as after a restart or on another institution's
// node) for proofs: it rebuilds each tree from the serial list the batch
// certificate names, checks it against the root on chain, and serves proofs
// the contract accepts.
func TestSerialProofsFromPublishedLists(t *testing.T) {
	pc := newPharmaChain(t, 0)
	gtin := uint64(9506000134352)
	batch, serials := pc.register(gtin, "LOT-P1", 5000)
	if batch.SerialTreeCID == "" || batch.Holders[0].Holder != pc.manufacturer || batch.Status != api.BatchActive {
		t.Fatalf("batch: %+v", batch)
	}
	contract, _ := bindings.NewDrugBatches(pc.manifest.Address("DrugBatches"), pc.chain.Client())

	t.Run("a fresh service proves serials from the published list", func(t *testing.T) {
		fresh := pc.newService()
		for _, s := range []string{serials[0], serials[2500], serials[4999]} {
			p, err := fresh.SerialProof(pc.ctx, batch.ID, s)
			if err != nil {
				t.Fatal(err)
			}
			if p.Root != batch.SerialRoot || !merkle.Verify(batch.SerialRoot, p.Leaf, p.Proof) {
				t.Fatalf("proof of %s does not verify", s)
			}
			st, err := contract.PackStatus(&bind.CallOpts{}, batch.ID, s, p.Proof, common.Address{})
			if err != nil || st != 1 {
				t.Fatalf("packStatus of %s: %d, %v", s, st, err)
			}
		}
		_, err := fresh.SerialProof(pc.ctx, batch.ID, "LOT-P1-9999999")
		if !errors.Is(err, api.ErrNotFound) || !strings.Contains(err.Error(), "not authentic") {
			t.Fatalf("unknown serial: %v", err)
		}
	})

	t.Run("a verification names the holder's stock and the status", func(t *testing.T) {
		code := gs1.Code{GTIN: fmt.Sprintf("%014d", gtin), Expiry: gs1.Date{Year: time.Now().Year() + 2, Month: 12, Day: 31}, Lot: "LOT-P1", Serial: serials[7]}
		v, err := pc.newService().VerifyPack(pc.ctx, code, pc.distributor)
		if err != nil || v.Status != api.PackActive || v.Holding == nil || v.Holding.OnHand != 2500 {
			t.Fatalf("verification: %+v, %v", v, err)
		}
		code.Expiry.Day = 30
		if v, err := pc.pharma.VerifyPack(pc.ctx, code, common.Address{}); err != nil || v.Status != api.PackNotAuthentic || !strings.Contains(v.Reason, "expiry") {
			t.Fatalf("another expiry: %+v, %v", v, err)
		}
	})

	t.Run("a tampered serial list is refused", func(t *testing.T) {
		c, err := cid.Decode(batch.SerialTreeCID)
		if err != nil {
			t.Fatal(err)
		}
		var forged bytes.Buffer
		forgedSerials := append([]string{"FORGED-0001"}, serials[1:]...)
		root := merkle.Hash(batch.SerialRoot)
		if err := chainsvc.WriteSerialList(&forged, batch.ID, root, forgedSerials); err != nil {
			t.Fatal(err)
		}
		pc.blobs.put(c, forged.Bytes())
		_, err = pc.newService().SerialProof(pc.ctx, batch.ID, "FORGED-0001")
		if !errors.Is(err, chainsvc.ErrSerialList) {
			t.Fatalf("got %v, want ErrSerialList", err)
		}
	})

	t.Run("a second registration of the same GTIN and lot is refused before publishing", func(t *testing.T) {
		_, err := pc.pharma.RegisterBatch(pc.ctx, pc.manufacturer, api.NewBatch{GTIN: gtin, Lot: "LOT-P1", Serials: []string{"X"},
			Expiry: gs1.Date{Year: 2030, Month: 1, Day: 1}, MinTemperature: 1, MaxTemperature: 2})
		var ce *api.ContractError
		if !errors.As(err, &ce) || ce.Name != "DrugBatchesBatchExists" || !errors.Is(err, api.ErrConflict) {
			t.Fatalf("got %v", err)
		}
		_, err = pc.pharma.RegisterBatch(pc.ctx, pc.distributor, api.NewBatch{GTIN: gtin, Lot: "LOT-P2", Serials: []string{"X"},
			Expiry: gs1.Date{Year: 2030, Month: 1, Day: 1}, MinTemperature: 1, MaxTemperature: 2})
		if !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("a distributor registering: %v", err)
		}
	})
}

// TestTelemetryPackingReport submits signed readings through the packer on
// the Clique chain and logs what it chose: readings per transaction, gas per
// transaction and per reading, one sensor on one batch and several sensors on
// several batches. `make bench` prints it.
func TestTelemetryPackingReport(t *testing.T) {
	pc := newPharmaChain(t, 8)
	b1, _ := pc.register(9506000134352, "LOT-T1", 100)
	b2, _ := pc.register(gtinValue("0401234512345"), "LOT-T2", 100)
	chainID := pc.chain.ChainID()
	domain := telemetry.NewDomain(chainID, pc.manifest.Address("DrugBatches"))
	packer := pc.pharma.Packer()
	cfg := packer.Config()
	t0 := uint64(time.Now().Add(-48 * time.Hour).Unix()) // 2,400 readings a minute apart end 8 hours ago

	sign := func(k *ecdsa.PrivateKey, batch [32]byte, ts uint64, temp int16) api.SignedReading {
		r, err := domain.Sign(k, telemetry.Reading{BatchID: batch, Holder: pc.distributor, Timestamp: ts, Temperature: temp})
		if err != nil {
			t.Fatal(err)
		}
		return api.SignedReading{BatchID: r.BatchID, Holder: r.Holder, Timestamp: time.Unix(int64(ts), 0).UTC(), Temperature: r.Temperature, Signature: r.Signature}
	}
	var lines []string
	run := func(name string, readings []api.SignedReading) {
		t.Helper()
		start := time.Now()
		rep, err := pc.pharma.SubmitReadings(pc.ctx, pc.distributor, readings)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rep.Accepted != uint64(len(readings)) || len(rep.Rejected) != 0 {
			t.Fatalf("%s: accepted %d of %d, %d rejected (%.200v)", name, rep.Accepted, len(readings), len(rep.Rejected), rep.Rejected)
		}
		var gas, maxGas uint64
		for _, tx := range rep.Transactions {
			gas += tx.GasUsed
			maxGas = max(maxGas, tx.GasUsed)
			if tx.Readings > cfg.MaxReadings {
				t.Errorf("%s: a transaction of %d readings", name, tx.Readings)
			}
		}
		if maxGas > genesis.DefaultGasLimit/2 {
			t.Errorf("%s: a transaction of %d gas, more than half a block", name, maxGas)
		}
		lines = append(lines, fmt.Sprintf("%-40s %6d readings %3d txs %6.1f readings/tx  max %8d gas/tx  %6.0f gas/reading  %v",
			name, len(readings), len(rep.Transactions), float64(len(readings))/float64(len(rep.Transactions)), maxGas,
			float64(gas)/float64(len(readings)), time.Since(start).Round(time.Millisecond)))
	}

	var one []api.SignedReading
	for i := 0; i < 1200; i++ {
		one = append(one, sign(pc.sensor, b1.ID, t0+uint64(i)*60, int16(400+i%50)))
	}
	run("one sensor, one batch", one)

	var many []api.SignedReading
	for i := 0; i < 1200; i++ {
		k := pc.sensors[i%len(pc.sensors)]
		b := b1.ID
		if i%3 == 0 {
			b = b2.ID
		}
		many = append(many, sign(k, b, t0+uint64(1200+i)*60, int16(400+i%50)))
	}
	run(fmt.Sprintf("%d sensors, 2 batches, interleaved", len(pc.sensors)), many)

	t.Logf("telemetry packer: at most %d readings and %d model gas per transaction (block gas limit %d)\n%s",
		cfg.MaxReadings, cfg.GasBudget, genesis.DefaultGasLimit, strings.Join(lines, "\n"))
}
