package telemetry_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/backend/telemetry"
)

var (
	chainID  = big.NewInt(13372026)
	contract = common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	domain   = telemetry.NewDomain(chainID, contract)
	batchA   = common.HexToHash("0xaa")
	batchB   = common.HexToHash("0xbb")
	holder   = common.HexToAddress("0x8617E340B3D01FA5F11F306F4090FD50E238070D")
	other    = common.HexToAddress("0xde709f2102306220921060314715629080e2fb77")
)

func key(t testing.TB, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func sign(t testing.TB, k *ecdsa.PrivateKey, batch common.Hash, h common.Address, ts uint64, temp int16) telemetry.Reading {
	t.Helper()
	r, err := domain.Sign(k, telemetry.Reading{BatchID: batch, Holder: h, Timestamp: ts, Temperature: temp})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestDigestIsTheWalletsEIP712Hash(t *testing.T) {
	for _, temp := range []int16{450, -1850, 0, 32767, -32768} {
		r := telemetry.Reading{BatchID: batchA, Holder: holder, Timestamp: 1_750_000_000, Temperature: temp}
		typed := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				"TemperatureReading": {{Name: "batchId", Type: "bytes32"}, {Name: "holder", Type: "address"},
					{Name: "timestamp", Type: "uint64"}, {Name: "temperature", Type: "int16"}},
			},
			PrimaryType: "TemperatureReading",
			Domain: apitypes.TypedDataDomain{Name: telemetry.DomainName, Version: telemetry.DomainVersion,
				ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex()},
			Message: apitypes.TypedDataMessage{"batchId": batchA.Hex(), "holder": holder.Hex(),
				"timestamp": "1750000000", "temperature": fmt.Sprint(temp)},
		}
		want, _, err := apitypes.TypedDataAndHash(typed)
		if err != nil {
			t.Fatal(err)
		}
		if got := domain.Digest(r); got != common.BytesToHash(want) {
			t.Errorf("temperature %d: digest %s, apitypes %x", temp, got, want)
		}
	}
}

func TestSignatures(t *testing.T) {
	dev := key(t, "device")
	r := sign(t, dev, batchA, holder, 100, 450)
	t.Run("a reading recovers to its signer", func(t *testing.T) {
		got, err := domain.Recover(r)
		if err != nil || got != crypto.PubkeyToAddress(dev.PublicKey) {
			t.Fatalf("got %s, %v", got, err)
		}
	})
	t.Run("a changed field recovers to another address", func(t *testing.T) {
		changed := r
		changed.Temperature = 300
		got, err := domain.Recover(changed)
		if err == nil && got == crypto.PubkeyToAddress(dev.PublicKey) {
			t.Fatal("the signature still recovers to the device")
		}
	})
	t.Run("compact and full forms convert both ways", func(t *testing.T) {
		full := telemetry.Expand(r.Signature)
		for _, v := range []byte{full[64], full[64] + 27} {
			sig := full
			sig[64] = v
			c, err := telemetry.Compact(sig[:])
			if err != nil || c != r.Signature {
				t.Fatalf("v %d: got %x, %v", v, c, err)
			}
		}
	})
	t.Run("s in the upper half is malformed", func(t *testing.T) {
		full := telemetry.Expand(r.Signature)
		n := crypto.S256().Params().N
		s := new(big.Int).Sub(n, new(big.Int).SetBytes(full[32:64]))
		high := full
		s.FillBytes(high[32:64])
		high[64] ^= 1
		if _, err := telemetry.Compact(high[:]); !errors.Is(err, telemetry.ErrSignature) {
			t.Fatalf("Compact: got %v", err)
		}
		// In the compact form, s just above n/2 (its top bit clear, so no
		// yParity is set).
		var c [64]byte
		copy(c[:32], full[:32])
		new(big.Int).Add(new(big.Int).Rsh(n, 1), big.NewInt(1)).FillBytes(c[32:])
		bad := r
		bad.Signature = c
		if _, err := domain.Recover(bad); !errors.Is(err, telemetry.ErrSignature) {
			t.Fatalf("Recover: got %v", err)
		}
		if telemetry.Valid(c) {
			t.Fatal("Valid accepted it")
		}
	})
}

// fakeChain is a telemetry.Chain over maps.
type fakeChain struct {
	head     uint64
	owners   map[common.Address]common.Address
	inactive map[common.Address]bool
	held     map[common.Hash]map[common.Address]bool // batch -> holders
	marks    map[common.Address]map[common.Hash]uint64
	chunks   [][]telemetry.Reading
	err      error
}

func (f *fakeChain) HeadTime(context.Context) (uint64, error) { return f.head, nil }
func (f *fakeChain) Device(_ context.Context, d common.Address) (common.Address, bool, error) {
	o := f.owners[d]
	return o, o != (common.Address{}) && !f.inactive[o], nil
}
func (f *fakeChain) Holding(_ context.Context, b [32]byte, h common.Address) (telemetry.HoldingInfo, error) {
	hs, ok := f.held[common.Hash(b)]
	return telemetry.HoldingInfo{Exists: ok, Held: hs[h], Min: 200, Max: 800}, nil
}
func (f *fakeChain) LastReadingAt(_ context.Context, d common.Address, b [32]byte) (uint64, error) {
	return f.marks[d][common.Hash(b)], nil
}
func (f *fakeChain) Submit(_ context.Context, _ common.Address, chunks [][]telemetry.Reading) ([]telemetry.Submission, error) {
	f.chunks = chunks
	var subs []telemetry.Submission
	for _, c := range chunks {
		subs = append(subs, telemetry.Submission{Readings: len(c), Accepted: uint64(len(c))})
	}
	return subs, f.err
}

func TestPacker(t *testing.T) {
	devA, devB, rogue, idle := key(t, "a"), key(t, "b"), key(t, "rogue"), key(t, "idle")
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	newChain := func() *fakeChain {
		return &fakeChain{
			head:     10_000,
			owners:   map[common.Address]common.Address{addr(devA): holder, addr(devB): holder, addr(idle): other},
			inactive: map[common.Address]bool{other: true},
			held:     map[common.Hash]map[common.Address]bool{batchA: {holder: true}, batchB: {holder: true}},
			marks:    map[common.Address]map[common.Hash]uint64{addr(devA): {batchA: 100}},
		}
	}

	t.Run("bad readings are rejected with their reason, the rest sorted, deduplicated and submitted", func(t *testing.T) {
		c := newChain()
		in := []telemetry.Reading{
			sign(t, devB, batchA, holder, 500, 450),                   // 0 fresh
			sign(t, devA, batchA, holder, 100, 450),                   // 1 at the mark: stale
			sign(t, devA, batchA, holder, 300, 470),                   // 2 fresh
			sign(t, devA, batchA, holder, 200, 460),                   // 3 fresh, earlier
			sign(t, devA, batchA, holder, 300, 470),                   // 4 duplicate of 2: stale
			sign(t, devA, batchA, holder, 10_000+301, 450),            // 5 from the future
			sign(t, rogue, batchA, holder, 400, 450),                  // 6 unbound device
			sign(t, idle, batchA, other, 400, 450),                    // 7 inactive owner
			sign(t, devA, common.HexToHash("0xcc"), holder, 400, 450), // 8 unknown batch
			sign(t, devA, batchB, other, 400, 450),                    // 9 devA is not other's
			sign(t, devB, batchB, holder, 10_000+300, 1200),           // 10 fresh, at the skew limit, an excursion
		}
		bad := in[0]
		bad.Signature[40] ^= 1 // another signer
		in = append(in, bad)   // 11
		p := telemetry.NewPacker(c, domain, telemetry.Config{})
		rep, err := p.Ingest(context.Background(), holder, in)
		if err != nil {
			t.Fatal(err)
		}
		wantRejected := map[int]error{5: telemetry.ErrFromFuture, 6: telemetry.ErrDeviceNotBound, 7: telemetry.ErrDeviceInactive,
			8: telemetry.ErrUnknownBatch, 9: telemetry.ErrDeviceNotBound, 11: telemetry.ErrDeviceNotBound}
		if len(rep.Rejected) != len(wantRejected) {
			t.Fatalf("rejected: %+v", rep.Rejected)
		}
		for _, r := range rep.Rejected {
			if !errors.Is(r.Err, wantRejected[r.Index]) {
				t.Errorf("reading %d: got %v, want %v", r.Index, r.Err, wantRejected[r.Index])
			}
		}
		if rep.Stale != 2 || rep.Received != len(in) || rep.Accepted() != 4 || rep.Skipped() != 2 {
			t.Fatalf("report: %+v", rep)
		}
		if len(c.chunks) != 1 {
			t.Fatalf("chunks: %d", len(c.chunks))
		}
		// Sorted by device, then batch, then time; devA < devB or not, each run ascends.
		got := c.chunks[0]
		for i := 1; i < len(got); i++ {
			prev, cur := got[i-1], got[i]
			dp, _ := domain.Recover(prev)
			dc, _ := domain.Recover(cur)
			if dp == dc && prev.BatchID == cur.BatchID && prev.Timestamp >= cur.Timestamp {
				t.Errorf("readings %d and %d of one device and batch are not ascending: %d, %d", i-1, i, prev.Timestamp, cur.Timestamp)
			}
			if c := dp.Cmp(dc); c > 0 {
				t.Errorf("devices out of order at %d", i)
			}
		}
	})

	t.Run("an out-of-range reading older than the recorded one is reported as a late excursion", func(t *testing.T) {
		c := newChain() // devA's mark for batchA is 100; the range is 200..800
		in := []telemetry.Reading{
			sign(t, devA, batchA, holder, 99, 450),   // 0 in range, late: stale only
			sign(t, devA, batchA, holder, 50, 1200),  // 1 out of range, late: a late excursion
			sign(t, devA, batchA, holder, 100, 1200), // 2 out of range at the mark: a duplicate of what is recorded
			sign(t, devA, batchA, holder, 90, -100),  // 3 out of range, late
		}
		rep, err := telemetry.NewPacker(c, domain, telemetry.Config{}).Ingest(context.Background(), holder, in)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Stale != 4 || len(rep.Submissions) != 0 {
			t.Fatalf("report: %+v", rep)
		}
		if len(rep.LateExcursions) != 2 {
			t.Fatalf("late excursions: %+v, want readings 1 and 3", rep.LateExcursions)
		}
		for i, want := range []struct {
			index int
			temp  int16
		}{{1, 1200}, {3, -100}} {
			got := rep.LateExcursions[i]
			if got.Index != want.index || got.Temperature != want.temp || got.Device != addr(devA) || got.RecordedUntil != 100 || got.Holder != holder {
				t.Errorf("late excursion %d: %+v, want reading %d at %d", i, got, want.index, want.temp)
			}
		}
	})

	t.Run("a reading not after a holder's first receipt is refused", func(t *testing.T) {
		c := newChain()
		c.held[batchA] = map[common.Address]bool{}
		rep, err := telemetry.NewPacker(c, domain, telemetry.Config{}).Ingest(context.Background(), holder,
			[]telemetry.Reading{sign(t, devA, batchA, holder, 400, 450)})
		if err != nil || len(rep.Rejected) != 1 || !errors.Is(rep.Rejected[0].Err, telemetry.ErrNotHolder) || c.chunks != nil {
			t.Fatalf("report %+v, %v, chunks %d", rep, err, len(c.chunks))
		}
	})

	t.Run("transactions carry at most MaxReadings readings and GasBudget gas", func(t *testing.T) {
		c := newChain()
		var in []telemetry.Reading
		for i := 0; i < 1100; i++ {
			in = append(in, sign(t, devB, batchA, holder, uint64(1000+i), 450))
		}
		rep, err := telemetry.NewPacker(c, domain, telemetry.Config{}).Ingest(context.Background(), holder, in)
		if err != nil {
			t.Fatal(err)
		}
		var sizes []int
		for _, ch := range c.chunks {
			sizes = append(sizes, len(ch))
		}
		if !reflect.DeepEqual(sizes, []int{500, 500, 100}) || rep.Accepted() != 1100 {
			t.Fatalf("chunks %v, accepted %d", sizes, rep.Accepted())
		}
		// A small gas budget cuts earlier: base 40k + first 63k + 12 more at 13k = 259k.
		c = newChain()
		p := telemetry.NewPacker(c, domain, telemetry.Config{GasBudget: 260_000})
		if _, err := p.Ingest(context.Background(), holder, in[:30]); err != nil {
			t.Fatal(err)
		}
		if len(c.chunks) != 3 || len(c.chunks[0]) != 13 {
			t.Fatalf("chunks of a 260k budget: %d, first %d", len(c.chunks), len(c.chunks[0]))
		}
	})

	t.Run("a failed submission is reported with what was mined before it", func(t *testing.T) {
		c := newChain()
		c.err = errors.New("reverted")
		rep, err := telemetry.NewPacker(c, domain, telemetry.Config{}).Ingest(context.Background(), holder,
			[]telemetry.Reading{sign(t, devB, batchA, holder, 400, 450)})
		if err == nil || len(rep.Submissions) != 1 {
			t.Fatalf("got %+v, %v", rep, err)
		}
	})
}

func TestPlan(t *testing.T) {
	p := telemetry.NewPacker(&fakeChain{}, domain, telemetry.Config{MaxReadings: 200})
	var rs []telemetry.Reading
	var devs []common.Address
	for i := 0; i < 450; i++ {
		rs = append(rs, telemetry.Reading{BatchID: batchA, Timestamp: uint64(i)})
		devs = append(devs, common.Address{byte(i % 3)})
	}
	chunks := p.Plan(rs, devs)
	if len(chunks) != 3 || len(chunks[0]) != 200 || len(chunks[2]) != 50 {
		t.Fatalf("plan: %d chunks", len(chunks))
	}
}
