package telemetry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Why a reading is refused before submission. Each is what the contract would
// revert the whole submission with.
var (
	// ErrDeviceNotBound: the signer is not a device registered to the
	// reading's holder (also what a signature by another key, or over other
	// fields, yields).
	ErrDeviceNotBound = errors.New("telemetry: the signer is not a device bound to the reading's holder")
	// ErrDeviceInactive: the device's owner is not an active participant.
	ErrDeviceInactive = errors.New("telemetry: the device's owner is not an active participant")
	// ErrUnknownBatch: no batch has the reading's batch id.
	ErrUnknownBatch = errors.New("telemetry: unknown batch")
	// ErrNotHolder: the reading's holder never held the batch.
	ErrNotHolder = errors.New("telemetry: the holder never held the batch")
	// ErrFromFuture: the reading is dated more than MaxClockSkew after the
	// latest block.
	ErrFromFuture = errors.New("telemetry: the reading is dated in the future")
)

// MaxClockSkew is DrugBatches' MAX_CLOCK_SKEW: how far, in seconds, a
// reading's timestamp may lie after the block's.
const MaxClockSkew = 300

// Defaults of Config.
const (
	// DefaultMaxReadings bounds the readings of one transaction. 500 readings
	// are 96 KiB of calldata (192 bytes each), three quarters of the 128 KiB
	// transaction size limit of go-ethereum's transaction pool, and about
	// 6.1 million gas (12,100 per reading when one device reports on one
	// batch: contracts/gas-snapshot.txt), a fifth of the 30 million block gas
	// limit of the Salus genesis.
	DefaultMaxReadings = 500
	// DefaultGasBudget bounds the gas a transaction may need by GasModel: a
	// third of the genesis block gas limit, so readings of several holders
	// still share a block with other work.
	DefaultGasBudget = 10_000_000
)

// GasModel is the packer's upper estimate of submitReadings gas, from the
// contract gas report: a submission costs Base, every reading Reading, and
// every run of readings of a new (device, batch) pair in the transaction
// NewPair more (the Registry lookup of a new device, the batch and holding
// reads, the first write of its high-water mark). An excursion adds
// Excursion (quarantine and penalty).
type GasModel struct {
	Base, Reading, NewPair, Excursion uint64
}

// DefaultGasModel is measured on DrugBatches with margin: one reading 72,980
// gas, 200 of one device 2,475,862 (12,075 each), an excursion 14,058 more.
var DefaultGasModel = GasModel{Base: 40_000, Reading: 13_000, NewPair: 50_000, Excursion: 20_000}

// Config tunes a Packer. Zero fields take the defaults.
type Config struct {
	// MaxReadings is the most readings one transaction carries.
	MaxReadings int
	// GasBudget is the most gas, by Gas, one transaction may need.
	GasBudget uint64
	// Gas is the cost model; DefaultGasModel when zero.
	Gas GasModel
}

func (c Config) withDefaults() Config {
	if c.MaxReadings <= 0 {
		c.MaxReadings = DefaultMaxReadings
	}
	if c.GasBudget == 0 {
		c.GasBudget = DefaultGasBudget
	}
	if c.Gas == (GasModel{}) {
		c.Gas = DefaultGasModel
	}
	return c
}

// Chain is what the packer reads and writes. Reads are at the latest block.
// Implementations must honour ctx.
type Chain interface {
	// HeadTime returns the timestamp of the latest block.
	HeadTime(ctx context.Context) (uint64, error)
	// Device returns the Registry owner of device (the zero address when it
	// is not registered) and whether the owner is an active participant.
	Device(ctx context.Context, device common.Address) (owner common.Address, active bool, err error)
	// Holding reports whether the batch exists, its allowed temperature
	// range, and whether holder ever received packs of it.
	Holding(ctx context.Context, batchID [32]byte, holder common.Address) (h HoldingInfo, err error)
	// LastReadingAt returns the timestamp of device's latest recorded
	// reading of batchID (0 before the first).
	LastReadingAt(ctx context.Context, device common.Address, batchID [32]byte) (uint64, error)
	// Submit sends one submitReadings transaction per chunk from `from`, in
	// order, and waits for all of them. On an error it returns what was
	// mined before it.
	Submit(ctx context.Context, from common.Address, chunks [][]Reading) ([]Submission, error)
}

// HoldingInfo is what the packer needs to know of a (batch, holder) pair.
type HoldingInfo struct {
	// Exists reports whether the batch is registered.
	Exists bool
	// Held reports whether the holder ever received packs of the batch.
	Held bool
	// Min and Max are the batch's allowed range, hundredths of °C.
	Min, Max int16
}

// Submission is one mined submitReadings transaction.
type Submission struct {
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
	GasUsed     uint64
	// Readings is the number of readings it carried.
	Readings int
	// Accepted and Skipped are the contract's counts (ReadingsSubmitted).
	Accepted, Skipped uint64
	// Quarantines are the holdings its excursions quarantined.
	Quarantines []Quarantine
}

// Quarantine is a holding quarantined by an out-of-range reading, with the
// penalty recorded against its holder.
type Quarantine struct {
	BatchID     [32]byte
	Holder      common.Address
	Device      common.Address
	Timestamp   uint64
	Temperature int16
	// Quantity is the packs blocked (on hand and pending out).
	Quantity uint32
	// Penalties is the holder's total after this one.
	Penalties uint32
}

// Rejection is a reading refused before submission.
type Rejection struct {
	// Index is the reading's position in the input.
	Index int
	// Device is the recovered signer; zero when the signature is malformed.
	Device common.Address
	// Err wraps one of ErrSignature, ErrDeviceNotBound, ErrDeviceInactive,
	// ErrUnknownBatch, ErrNotHolder, ErrFromFuture.
	Err error
}

// Report says what became of the readings given to Ingest.
type Report struct {
	// Received is the number of readings given.
	Received int
	// Rejected are the readings refused before submission, by index.
	Rejected []Rejection
	// Stale counts readings not submitted because they were already recorded
	// or superseded: a duplicate in the input, or not after the device's
	// latest recorded reading of the batch (the contract would skip them).
	Stale int
	// LateExcursions are stale readings outside their batch's range and older
	// than the device's latest recorded reading of the batch. The contract
	// never evaluates a reading that is not after that high-water mark (so a
	// replayed old excursion cannot quarantine stock again after a release),
	// so these do not quarantine anything: they are reported, and logged by
	// the caller, for a person to review (the regulator can recall the batch).
	LateExcursions []LateExcursion
	// Submissions are the mined transactions, in order.
	Submissions []Submission
}

// LateExcursion is an out-of-range reading that arrived after a later reading
// of the same device and batch had been recorded.
type LateExcursion struct {
	// Index is the reading's position in the input.
	Index  int
	Device common.Address
	Reading
	// RecordedUntil is the device's high-water mark the reading fell behind.
	RecordedUntil uint64
}

// Accepted is the number of readings the chain recorded.
func (r Report) Accepted() uint64 {
	var n uint64
	for _, s := range r.Submissions {
		n += s.Accepted
	}
	return n
}

// Skipped is the number of readings ignored as duplicate or out of order,
// off chain or by the contract.
func (r Report) Skipped() uint64 {
	n := uint64(r.Stale)
	for _, s := range r.Submissions {
		n += s.Skipped
	}
	return n
}

// Packer checks signed readings and submits them in packed transactions. It
// is safe for concurrent use; concurrent Ingest calls do not coordinate, and
// a reading both submit is recorded once (the contract skips the other).
type Packer struct {
	chain  Chain
	domain Domain
	cfg    Config
}

// NewPacker returns a packer for the DrugBatches deployment of domain.
func NewPacker(chain Chain, domain Domain, cfg Config) *Packer {
	return &Packer{chain: chain, domain: domain, cfg: cfg.withDefaults()}
}

// Config returns the packer's configuration with defaults applied.
func (p *Packer) Config() Config { return p.cfg }

// signed is a checked reading with its signer.
type signed struct {
	Reading
	device common.Address
	index  int
	out    bool // outside the batch's range
}

type pairKey struct {
	device common.Address
	batch  [32]byte
}

type holdingKey struct {
	batch  [32]byte
	holder common.Address
}

type deviceInfo struct {
	owner  common.Address
	active bool
}

// Ingest checks readings, drops the stale ones, packs the rest and submits
// them from `from`. It returns the report of what it did; on a failed
// submission the error, with the report of what was mined before it.
// Submitting the same readings again is safe: recorded ones are stale.
func (p *Packer) Ingest(ctx context.Context, from common.Address, readings []Reading) (Report, error) {
	rep := Report{Received: len(readings)}
	good, rejected, err := p.check(ctx, readings)
	if err != nil {
		return rep, err
	}
	rep.Rejected = rejected
	fresh, stale, late, err := p.fresh(ctx, good)
	if err != nil {
		return rep, err
	}
	rep.Stale, rep.LateExcursions = stale, late
	if len(fresh) == 0 {
		return rep, nil
	}
	subs, err := p.chain.Submit(ctx, from, p.pack(fresh))
	rep.Submissions = subs
	return rep, err
}

// check verifies every reading against the chain's state at its head.
func (p *Packer) check(ctx context.Context, readings []Reading) ([]signed, []Rejection, error) {
	head, err := p.chain.HeadTime(ctx)
	if err != nil {
		return nil, nil, err
	}
	latest := head + MaxClockSkew
	devices := map[common.Address]deviceInfo{}
	holdings := map[holdingKey]HoldingInfo{}
	var good []signed
	var rejected []Rejection
	reject := func(i int, dev common.Address, err error) {
		rejected = append(rejected, Rejection{Index: i, Device: dev, Err: err})
	}
	for i, r := range readings {
		if r.Timestamp > latest {
			reject(i, common.Address{}, fmt.Errorf("%w: %d is more than %d s after the latest block (%d)", ErrFromFuture, r.Timestamp, MaxClockSkew, head))
			continue
		}
		dev, err := p.domain.Recover(r)
		if err != nil {
			reject(i, common.Address{}, err)
			continue
		}
		info, ok := devices[dev]
		if !ok {
			if info.owner, info.active, err = p.chain.Device(ctx, dev); err != nil {
				return nil, nil, err
			}
			devices[dev] = info
		}
		switch {
		case info.owner != r.Holder:
			reject(i, dev, fmt.Errorf("%w: %s is not registered to %s", ErrDeviceNotBound, dev.Hex(), r.Holder.Hex()))
			continue
		case !info.active:
			reject(i, dev, fmt.Errorf("%w: %s", ErrDeviceInactive, r.Holder.Hex()))
			continue
		}
		hk := holdingKey{r.BatchID, r.Holder}
		h, ok := holdings[hk]
		if !ok {
			if h, err = p.chain.Holding(ctx, r.BatchID, r.Holder); err != nil {
				return nil, nil, err
			}
			holdings[hk] = h
		}
		switch {
		case !h.Exists:
			reject(i, dev, fmt.Errorf("%w: %s", ErrUnknownBatch, common.Hash(r.BatchID).Hex()))
			continue
		case !h.Held:
			reject(i, dev, fmt.Errorf("%w: %s never held %s", ErrNotHolder, r.Holder.Hex(), common.Hash(r.BatchID).Hex()))
			continue
		}
		good = append(good, signed{Reading: r, device: dev, index: i, out: r.Temperature < h.Min || r.Temperature > h.Max})
	}
	return good, rejected, nil
}

// fresh sorts readings by device, batch and time, and drops duplicates and
// readings not after the device's recorded high-water mark for the batch;
// of the dropped ones, it returns those outside the range and strictly older
// than the mark as late excursions.
func (p *Packer) fresh(ctx context.Context, rs []signed) ([]signed, int, []LateExcursion, error) {
	slices.SortStableFunc(rs, compareSigned)
	marks := map[pairKey]uint64{}
	out := rs[:0]
	stale := 0
	var late []LateExcursion
	for _, r := range rs {
		k := pairKey{r.device, r.BatchID}
		mark, ok := marks[k]
		if !ok {
			var err error
			if mark, err = p.chain.LastReadingAt(ctx, r.device, r.BatchID); err != nil {
				return nil, 0, nil, err
			}
		}
		if r.Timestamp <= mark {
			stale++
			marks[k] = mark
			if r.out && r.Timestamp < mark {
				late = append(late, LateExcursion{Index: r.index, Device: r.device, Reading: r.Reading, RecordedUntil: mark})
			}
			continue
		}
		marks[k] = r.Timestamp
		out = append(out, r)
	}
	slices.SortFunc(late, func(a, b LateExcursion) int { return a.Index - b.Index })
	return out, stale, late, nil
}

// compareSigned orders by device, then batch, then time: the contract caches
// the Registry lookup while the device stays the same and keeps one
// high-water mark per (device, batch), which must rise.
func compareSigned(a, b signed) int {
	if c := bytes.Compare(a.device[:], b.device[:]); c != 0 {
		return c
	}
	if c := bytes.Compare(a.BatchID[:], b.BatchID[:]); c != 0 {
		return c
	}
	switch {
	case a.Timestamp < b.Timestamp:
		return -1
	case a.Timestamp > b.Timestamp:
		return 1
	}
	return 0
}

// pack cuts sorted readings into transactions of at most MaxReadings
// readings and GasBudget gas by the model.
func (p *Packer) pack(rs []signed) [][]Reading {
	var chunks [][]Reading
	var cur []Reading
	var gas uint64
	var last pairKey
	for _, r := range rs {
		k := pairKey{r.device, r.BatchID}
		cost := p.cfg.Gas.Reading
		if len(cur) == 0 || k != last {
			cost += p.cfg.Gas.NewPair
		}
		if r.out {
			cost += p.cfg.Gas.Excursion
		}
		if len(cur) > 0 && (len(cur) == p.cfg.MaxReadings || gas+cost > p.cfg.GasBudget) {
			chunks = append(chunks, cur)
			cur, gas = nil, 0
			cost = p.cfg.Gas.Reading + p.cfg.Gas.NewPair
			if r.out {
				cost += p.cfg.Gas.Excursion
			}
		}
		if len(cur) == 0 {
			gas = p.cfg.Gas.Base
		}
		cur = append(cur, r.Reading)
		gas += cost
		last = k
	}
	if len(cur) > 0 {
		chunks = append(chunks, cur)
	}
	return chunks
}

// Plan returns the transactions Ingest would send for readings whose signers
// are devices (readings[i] signed by devices[i]) and all fresh, without
// checking them against the chain: for benchmarks and tests.
func (p *Packer) Plan(readings []Reading, devices []common.Address) [][]Reading {
	rs := make([]signed, len(readings))
	for i, r := range readings {
		rs[i] = signed{Reading: r, device: devices[i], index: i}
	}
	slices.SortStableFunc(rs, compareSigned)
	return p.pack(rs)
}
