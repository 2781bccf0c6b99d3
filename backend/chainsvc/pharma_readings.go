package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/telemetry"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
)

// SubmitReadings implements api.Pharma with the telemetry packer.
func (p *Pharma) SubmitReadings(ctx context.Context, from common.Address, readings []api.SignedReading) (api.ReadingReport, error) {
	rs := make([]telemetry.Reading, len(readings))
	for i, r := range readings {
		if r.Timestamp.Unix() <= 0 {
			return api.ReadingReport{}, api.Invalid(fmt.Sprintf("reading %d is dated before 1970", i))
		}
		rs[i] = telemetry.Reading{BatchID: r.BatchID, Holder: r.Holder, Timestamp: uint64(r.Timestamp.Unix()),
			Temperature: r.Temperature, Signature: r.Signature}
	}
	rep, err := p.packer.Ingest(ctx, from, rs)
	if err != nil {
		return api.ReadingReport{}, err
	}
	out := api.ReadingReport{Received: rep.Received, Accepted: rep.Accepted(), Skipped: rep.Skipped(),
		MaxPerTransaction: p.packer.Config().MaxReadings}
	for _, rj := range rep.Rejected {
		out.Rejected = append(out.Rejected, api.RejectedReading{Index: rj.Index, Device: rj.Device,
			Reason: strings.TrimPrefix(rj.Err.Error(), "telemetry: ")})
	}
	for _, l := range rep.LateExcursions {
		out.LateExcursions = append(out.LateExcursions, api.LateExcursion{Index: l.Index, BatchID: l.BatchID, Holder: l.Holder, Device: l.Device,
			At: unixTime(l.Timestamp), Temperature: l.Temperature, RecordedUntil: unixTime(l.RecordedUntil)})
		// Drug storage data, not medical content: safe to log.
		p.log.Warn("late temperature excursion not evaluated on chain: a later reading of the device was recorded first; review it (the batch can be recalled)",
			"batch", common.Hash(l.BatchID).Hex(), "holder", l.Holder.Hex(), "device", l.Device.Hex(),
			"at", unixTime(l.Timestamp).Format(time.RFC3339), "temperature", l.Temperature, "recordedUntil", unixTime(l.RecordedUntil).Format(time.RFC3339))
	}
	for _, s := range rep.Submissions {
		out.Transactions = append(out.Transactions, api.ReadingTx{
			Tx:       api.TxResult{TxHash: s.TxHash, BlockNumber: s.BlockNumber, BlockHash: s.BlockHash, Status: 1},
			Readings: s.Readings, GasUsed: s.GasUsed})
		for _, q := range s.Quarantines {
			out.Quarantines = append(out.Quarantines, api.Quarantine{BatchID: q.BatchID, Holder: q.Holder, Device: q.Device,
				At: unixTime(q.Timestamp), Temperature: q.Temperature, Quantity: q.Quantity, Penalties: q.Penalties})
		}
	}
	return out, nil
}

// readingChain is the packer's view of the chain.
type readingChain struct{ p *Pharma }

func (c readingChain) HeadTime(ctx context.Context) (uint64, error) {
	h, err := c.p.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, c.p.readErr(err)
	}
	return h.Time, nil
}

func (c readingChain) Device(ctx context.Context, device common.Address) (common.Address, bool, error) {
	opts := &bind.CallOpts{Context: ctx}
	owner, err := c.p.reg.DeviceOwner(opts, device)
	if err != nil || owner == (common.Address{}) {
		return owner, false, c.p.readErrOrNil(err)
	}
	active, err := c.p.reg.IsActiveParticipant(opts, owner)
	return owner, active, c.p.readErrOrNil(err)
}

func (c readingChain) Holding(ctx context.Context, batchID [32]byte, holder common.Address) (telemetry.HoldingInfo, error) {
	opts := &bind.CallOpts{Context: ctx}
	n, err := c.p.batches.HolderCount(opts, batchID)
	if err != nil || n == 0 {
		return telemetry.HoldingInfo{}, c.p.readErrOrNil(err)
	}
	b, err := c.p.batches.Batch(opts, batchID)
	if err != nil {
		return telemetry.HoldingInfo{}, c.p.readErr(err)
	}
	h, err := c.p.batches.Holding(opts, batchID, holder)
	if err != nil {
		return telemetry.HoldingInfo{}, c.p.readErr(err)
	}
	return telemetry.HoldingInfo{Exists: true, Held: h.Received > 0, Min: b.MinTemperature, Max: b.MaxTemperature}, nil
}

func (c readingChain) LastReadingAt(ctx context.Context, device common.Address, batchID [32]byte) (uint64, error) {
	t, err := c.p.batches.LastReadingAt(&bind.CallOpts{Context: ctx}, device, batchID)
	return t, c.p.readErrOrNil(err)
}

// Submit sends every chunk before waiting for any, so that they share
// blocks; the sender hands out the nonces in order, so they are mined in
// order.
func (c readingChain) Submit(ctx context.Context, from common.Address, chunks [][]telemetry.Reading) ([]telemetry.Submission, error) {
	pending := make([]*txsender.Pending, 0, len(chunks))
	var sendErr error
	for _, chunk := range chunks {
		rs := make([]bindings.IDrugBatchesReading, len(chunk))
		for i, r := range chunk {
			rs[i] = bindings.IDrugBatchesReading{BatchId: r.BatchID, Holder: r.Holder, Timestamp: r.Timestamp, Temperature: r.Temperature}
			copy(rs[i].R[:], r.Signature[:32])
			copy(rs[i].Vs[:], r.Signature[32:])
		}
		pend, err := c.p.sender.Transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.p.batches.SubmitReadings(o, rs)
		})
		if err != nil {
			sendErr = c.p.writeErr(err)
			break
		}
		pending = append(pending, pend)
	}
	var subs []telemetry.Submission
	for i, pend := range pending {
		rcpt, err := c.p.sender.Wait(ctx, pend)
		if err != nil {
			return subs, errors.Join(c.p.writeErr(err), sendErr)
		}
		subs = append(subs, c.p.submission(rcpt, len(chunks[i])))
	}
	return subs, sendErr
}

// submission reads a submitReadings receipt.
func (p *Pharma) submission(r *types.Receipt, n int) telemetry.Submission {
	s := telemetry.Submission{TxHash: r.TxHash, BlockNumber: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, GasUsed: r.GasUsed, Readings: n}
	for _, l := range r.Logs {
		if l.Address != p.batchesAddr {
			continue
		}
		if ev, err := p.batches.ParseReadingsSubmitted(*l); err == nil {
			s.Accepted, s.Skipped = ev.Accepted.Uint64(), ev.Skipped.Uint64()
		} else if ev, err := p.batches.ParseStockQuarantined(*l); err == nil {
			s.Quarantines = append(s.Quarantines, telemetry.Quarantine{BatchID: ev.BatchId, Holder: ev.Holder, Device: ev.Device,
				Timestamp: ev.Timestamp, Temperature: ev.Temperature, Quantity: ev.Quantity})
		} else if ev, err := p.batches.ParsePenaltyRecorded(*l); err == nil {
			for i := range s.Quarantines {
				if q := &s.Quarantines[i]; q.BatchID == ev.BatchId && q.Holder == ev.Holder && q.Timestamp == ev.Timestamp {
					q.Penalties = ev.Total
				}
			}
		}
	}
	return s
}

// readErrOrNil is readErr, passing nil through.
func (t txer) readErrOrNil(err error) error {
	if err == nil {
		return nil
	}
	return t.readErr(err)
}
