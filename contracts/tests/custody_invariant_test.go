package tests

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// custodyModel is the expected DrugBatches custody state, kept in Go.
type custodyModel struct {
	holdings  map[[32]byte]map[common.Address]*bindings.IDrugBatchesHolding
	pending   map[uint64]modelHandOver
	nextID    uint64
	recalled  map[[32]byte]bool
	dispensed map[string]bool // batch id + serial
}

type modelHandOver struct {
	batch    *testBatch
	from, to account
	quantity uint32
}

func (m *custodyModel) holding(tb *testBatch, who account) *bindings.IDrugBatchesHolding {
	byHolder := m.holdings[tb.id]
	h, ok := byHolder[who.addr]
	if !ok {
		h = &bindings.IDrugBatchesHolding{}
		byHolder[who.addr] = h
	}
	return h
}

// TestCustodyConservationInvariant drives DrugBatches through a long seeded random sequence of
// hand-overs, acceptances, cancellations, dispenses, excursions, releases, recalls and
// refused operations by many actors, predicts every outcome with a Go model, and after every
// step checks, for the batch touched, that each holding equals the model and that
//
//	onHand + pendingOut == received - sent - dispensed   (every holder)
//	sum(onHand + pendingOut) + sum(dispensed) == packCount   (every batch)
//
// Simulated backend only (one block per step). CUSTODY_STEPS and CUSTODY_SEED override the
// defaults (2,000 steps, seed 1).
func TestCustodyConservationInvariant(t *testing.T) {
	steps, seed := 2000, int64(1)
	if v, err := strconv.Atoi(os.Getenv("CUSTODY_STEPS")); err == nil {
		steps = v
	}
	if v, err := strconv.ParseInt(os.Getenv("CUSTODY_SEED"), 10, 64); err == nil {
		seed = v
	}
	if testing.Short() {
		steps = 200
	}
	distributor2 := newAccount("distributor/second")
	pharmacy3 := newAccount("pharmacy/third")
	b := startSimulated(t, append(pharmaFunded(), distributor2.addr, pharmacy3.addr)...)
	p := deployPharma(t, b)
	for _, l := range []struct {
		who  account
		role uint8
	}{
		{manufacturer, roleManufacturer}, {distributor, roleDistributor}, {distributor2, roleDistributor},
		{pharmacy, rolePharmacy}, {pharmacy2, rolePharmacy}, {pharmacy3, rolePharmacy}, {hospital, roleProvider},
	} {
		p.license(t, l.who.addr, l.role)
	}
	sensors := map[common.Address]account{}
	for _, holder := range []account{distributor, distributor2, pharmacy, pharmacy2, pharmacy3, hospital} {
		s := newAccount("sensor/invariant/" + holder.addr.Hex())
		p.registerDevice(t, s.addr, holder.addr)
		sensors[holder.addr] = s
	}
	holders := []account{manufacturer, distributor, distributor2, pharmacy, pharmacy2, pharmacy3, hospital}
	receivers := holders[1:]
	dispensers := map[common.Address]bool{pharmacy.addr: true, pharmacy2.addr: true, pharmacy3.addr: true, hospital.addr: true}

	m := &custodyModel{
		holdings: map[[32]byte]map[common.Address]*bindings.IDrugBatchesHolding{},
		pending:  map[uint64]modelHandOver{}, nextID: 1,
		recalled: map[[32]byte]bool{}, dispensed: map[string]bool{},
	}
	var batches []*testBatch
	for i, gtin := range []uint64{gtinA, gtinB, gtinC} {
		tb := newTestBatch(gtin, fmt.Sprintf("INV-%d", i), fmt.Sprintf("I%d", i), 60)
		p.send(t, manufacturer, p.registerCall(tb.reg))
		batches = append(batches, tb)
		m.holdings[tb.id] = map[common.Address]*bindings.IDrugBatchesHolding{}
		h := m.holding(tb, manufacturer)
		h.OnHand, h.Received = 60, 60
	}

	rng := rand.New(rand.NewSource(seed))
	readingClock := headTime(t, b) - 200_000
	counts := map[string]int{}
	// try sends a transaction with a fixed gas limit and reports whether it succeeded.
	try := func(from account, call txFunc) bool {
		opts := transactOpts(t, b, from)
		opts.GasLimit = sendGasLimit
		tx, err := call(opts)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		return b.Mine(t, tx).Status == types.ReceiptStatusSuccessful
	}
	expect := func(step int, what string, want, got bool) {
		if want != got {
			t.Fatalf("step %d (seed %d): %s: succeeded = %v, model expected %v", step, seed, what, got, want)
		}
		outcome := "ok"
		if !got {
			outcome = "refused"
		}
		counts[what+" "+outcome]++
	}

	for step := 0; step < steps; step++ {
		tb := batches[rng.Intn(len(batches))]
		switch k := rng.Intn(100); {
		case k < 35: // hand over, sometimes more than on hand or from an empty holding
			from := pickHolder(rng, m, tb, holders, func(a account) bool { return true })
			to := receivers[rng.Intn(len(receivers))]
			if from.addr == to.addr {
				to = manufacturer
			}
			h := m.holding(tb, from)
			quantity := uint32(1 + rng.Intn(max(1, int(h.OnHand)/2)))
			if rng.Intn(10) == 0 {
				quantity = h.OnHand + 1
			}
			ok := from.addr != to.addr && !h.Quarantined && quantity <= h.OnHand &&
				(!m.recalled[tb.id] || to.addr == manufacturer.addr)
			expect(step, "handOver", ok, try(from, p.handOverCall(tb.id, to.addr, quantity)))
			if ok {
				h.OnHand -= quantity
				h.PendingOut += quantity
				m.pending[m.nextID] = modelHandOver{batch: tb, from: from, to: to, quantity: quantity}
			}
			m.nextID += boolToUint(ok)
		case k < 60: // accept or cancel a pending hand-over, or accept as the wrong account
			id, ho, found := pickPending(rng, m.pending)
			if !found {
				continue
			}
			tb = ho.batch
			switch r := rng.Intn(10); {
			case r < 6:
				sender := m.holding(tb, ho.from)
				ok := !sender.Quarantined && (!m.recalled[tb.id] || ho.to.addr == manufacturer.addr)
				expect(step, "accept", ok, try(ho.to, p.acceptCall(id)))
				if ok {
					sender.PendingOut -= ho.quantity
					sender.Sent += uint64(ho.quantity)
					receiver := m.holding(tb, ho.to)
					receiver.OnHand += ho.quantity
					receiver.Received += uint64(ho.quantity)
					delete(m.pending, id)
				}
			case r < 9:
				expect(step, "cancel", true, try(ho.from, p.cancelCall(id)))
				sender := m.holding(tb, ho.from)
				sender.PendingOut -= ho.quantity
				sender.OnHand += ho.quantity
				delete(m.pending, id)
			default:
				expect(step, "accept by sender", false, try(ho.from, p.acceptCall(id)))
			}
		case k < 85: // dispense a pack (sometimes one already dispensed, or by a distributor)
			holder := pickHolder(rng, m, tb, holders[1:], func(a account) bool { return dispensers[a.addr] })
			serial := tb.serials[rng.Intn(len(tb.serials))]
			h := m.holding(tb, holder)
			key := string(tb.id[:]) + serial
			ok := dispensers[holder.addr] && h.OnHand > 0 && !h.Quarantined && !m.recalled[tb.id] && !m.dispensed[key]
			expect(step, "dispense", ok, try(holder, p.dispenseCall(holder.addr, tb, serial)))
			if ok {
				h.OnHand--
				h.Dispensed++
				m.dispensed[key] = true
			}
		case k < 93: // a temperature reading at a holder that has held the batch
			holder := holders[1+rng.Intn(len(holders)-1)]
			h := m.holding(tb, holder)
			if h.Received == 0 {
				continue
			}
			readingClock++
			temp := int16(200 + rng.Intn(600))
			if rng.Intn(4) == 0 {
				temp = 900 // excursion
			}
			reading := p.signReading(t, sensors[holder.addr], tb.id, holder.addr, readingClock, temp)
			expect(step, "reading", true, try(stranger, p.readingsCall([]bindings.IDrugBatchesReading{reading})))
			if temp > 800 && !h.Quarantined {
				h.Quarantined, h.QuarantinedAt = true, readingClock
			}
		case k < 98: // the regulator releases a quarantine
			holder := holders[1+rng.Intn(len(holders)-1)]
			h := m.holding(tb, holder)
			expect(step, "release", h.Quarantined, try(regulator, p.releaseCall(tb.id, holder.addr)))
			h.Quarantined, h.QuarantinedAt = false, 0
		default: // recall (rare: one step in 500), by the manufacturer or the regulator
			if rng.Intn(100) >= 10 {
				continue
			}
			by := manufacturer
			if rng.Intn(2) == 0 {
				by = regulator
			}
			expect(step, "recall", !m.recalled[tb.id], try(by, p.recallCall(tb.id)))
			m.recalled[tb.id] = true
		}
		checkCustody(t, p, m, tb, holders, step)
	}
	for _, tb := range batches {
		checkCustody(t, p, m, tb, holders, steps)
	}
	t.Logf("%d steps, seed %d: %v", steps, seed, counts)
}

// pickHolder returns, nine times in ten, a holder of tb with stock on hand that ok accepts
// (when there is one), else any of holders.
func pickHolder(rng *rand.Rand, m *custodyModel, tb *testBatch, holders []account, ok func(account) bool) account {
	if rng.Intn(10) != 0 {
		var stocked []account
		for _, h := range holders {
			if ok(h) && m.holding(tb, h).OnHand > 0 {
				stocked = append(stocked, h)
			}
		}
		if len(stocked) > 0 {
			return stocked[rng.Intn(len(stocked))]
		}
	}
	return holders[rng.Intn(len(holders))]
}

func boolToUint(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// pickPending returns a pseudo-random pending hand-over, deterministically for the seed.
func pickPending(rng *rand.Rand, pending map[uint64]modelHandOver) (uint64, modelHandOver, bool) {
	if len(pending) == 0 {
		return 0, modelHandOver{}, false
	}
	var lowest, highest uint64
	for id := range pending {
		if lowest == 0 || id < lowest {
			lowest = id
		}
		highest = max(highest, id)
	}
	for id := lowest + uint64(rng.Int63n(int64(highest-lowest+1))); ; id++ {
		if ho, ok := pending[id]; ok {
			return id, ho, true
		}
	}
}

// checkCustody compares every holding of tb with the model and checks the conservation laws.
func checkCustody(t *testing.T, p *pharmaEnv, m *custodyModel, tb *testBatch, holders []account, step int) {
	t.Helper()
	var stock, dispensed uint64
	for _, who := range holders {
		got := p.holding(tb, who)
		want := *m.holding(tb, who)
		if got != want {
			t.Fatalf("step %d: holding of %s in %x = %+v, model %+v", step, who.addr, tb.id[:4], got, want)
		}
		if uint64(got.OnHand)+uint64(got.PendingOut) != got.Received-got.Sent-uint64(got.Dispensed) {
			t.Fatalf("step %d: holding %+v breaks onHand + pendingOut == received - sent - dispensed", step, got)
		}
		stock += uint64(got.OnHand) + uint64(got.PendingOut)
		dispensed += uint64(got.Dispensed)
	}
	if stock+dispensed != uint64(tb.reg.PackCount) {
		t.Fatalf("step %d: batch %x holds %d + dispensed %d, want %d packs", step, tb.id[:4], stock, dispensed, tb.reg.PackCount)
	}
}
