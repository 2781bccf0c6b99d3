package main

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/salus-health/salus/bindings"
)

// Fees of every presigned transaction: a tip of 1 gwei and a fee cap of
// 100 gwei (the initial base fee is 1 gwei, and push keeps blocks under the
// gas target), lowered for large transactions to keep their fee under the
// node's default cap of 1 ether per transaction.
var (
	benchTip       = big.NewInt(1_000_000_000)
	benchFeeCap    = big.NewInt(100_000_000_000)
	benchMaxTxCost = big.NewInt(900_000_000_000_000_000)
)

// stream is one account's presigned transactions, in nonce order.
type stream struct {
	from account
	txs  []*types.Transaction
}

// readingTypeHash is DrugBatches' EIP-712 type of a reading.
var readingTypeHash = crypto.Keccak256Hash([]byte("TemperatureReading(bytes32 batchId,address holder,uint64 timestamp,int16 temperature)"))

// readingStream returns the regulator's transactions submitting n signed
// readings, cfg.ReadingsPerTx per transaction. The devices take turns over
// the batches; each (device, batch) pair's timestamps rise by one second
// per reading, ending before the head's time, so every reading is accepted.
// One reading in 97 is an excursion (950 = 9.5 °C): the first one
// quarantines the manufacturer's stock of that batch and records a penalty.
func (e *env) readingStream(ctx context.Context, n int) (stream, error) {
	sep, err := e.drugBatches.DOMAINSEPARATOR(&bind.CallOpts{Context: ctx})
	if err != nil {
		return stream{}, fmt.Errorf("domain separator: %w", err)
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return stream{}, err
	}
	pairs := len(e.devices) * len(e.batches)
	perPair := (n + pairs - 1) / pairs
	ts0 := head.Time - uint64(perPair) - 60
	readings := make([]bindings.IDrugBatchesReading, 0, perPair*pairs)
	for j := 0; j < perPair; j++ {
		for range e.devices {
			for b := range e.batches {
				temp := int16(500)
				if len(readings)%97 == 96 {
					temp = 950
				}
				readings = append(readings, bindings.IDrugBatchesReading{BatchId: e.batches[b], Holder: e.manufacturer.addr,
					Timestamp: ts0 + uint64(j), Temperature: temp})
			}
		}
	}
	readings = readings[:n]
	// Sign on every core: tens of thousands of signatures.
	var g errgroup.Group
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		g.Go(func() error {
			for i := w; i < len(readings); i += workers {
				r := &readings[i]
				dev := e.devices[(i/len(e.batches))%len(e.devices)]
				digest := readingDigest(sep, r.BatchId, r.Holder, r.Timestamp, r.Temperature)
				sig, err := crypto.Sign(digest[:], dev.key)
				if err != nil {
					return err
				}
				copy(r.R[:], sig[:32])
				copy(r.Vs[:], sig[32:64])
				r.Vs[0] |= sig[64] << 7
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return stream{}, err
	}
	var calls [][]byte
	for i := 0; i < len(readings); i += e.cfg.ReadingsPerTx {
		data, err := e.batchesABI.Pack("submitReadings", readings[i:min(i+e.cfg.ReadingsPerTx, len(readings))])
		if err != nil {
			return stream{}, err
		}
		calls = append(calls, data)
	}
	to := e.manifest.Address("DrugBatches")
	return e.presign(ctx, e.regulator, &to, calls)
}

// readingDigest is the EIP-712 digest a device signs for a reading.
func readingDigest(sep [32]byte, batch [32]byte, holder common.Address, ts uint64, temp int16) common.Hash {
	var tsWord [32]byte
	new(big.Int).SetUint64(ts).FillBytes(tsWord[:])
	tempWord := math.U256Bytes(big.NewInt(int64(temp)))
	structHash := crypto.Keccak256(readingTypeHash[:], batch[:], common.LeftPadBytes(holder[:], 32), tsWord[:], tempWord)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash)
}

// grantStreams returns n grant and revoke transactions spread over the
// patients: each patient alternately grants the provider treatment access
// and revokes it (one event each).
func (e *env) grantStreams(ctx context.Context, n int, salt uint64) ([]stream, error) {
	to := e.manifest.Address("AccessGrants")
	expiry := uint64(time.Now().Add(30 * 24 * time.Hour).Unix())
	per := (n + len(e.patients) - 1) / len(e.patients)
	out := make([]stream, 0, len(e.patients))
	for k, p := range e.patients {
		var calls [][]byte
		for i := 0; i < per && k*per+i < n; i++ {
			var data []byte
			var err error
			if i%2 == 0 {
				data, err = e.grantsABI.Pack("grant", e.provider.addr, uint32(1+(i/2+int(salt))%500), uint8(1), expiry)
			} else {
				data, err = e.grantsABI.Pack("revoke", e.provider.addr, uint8(1))
			}
			if err != nil {
				return nil, err
			}
			calls = append(calls, data)
		}
		s, err := e.presign(ctx, p, &to, calls)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// presign signs calls from one account with consecutive nonces from its
// pending nonce. The gas limit of all is the largest estimate among the
// first two calls (a grant and a revocation, or the first submission of
// readings, which writes the most new slots) plus 30%.
func (e *env) presign(ctx context.Context, from account, to *common.Address, calls [][]byte) (stream, error) {
	if len(calls) == 0 {
		return stream{from: from}, nil
	}
	nonce, err := e.client.PendingNonceAt(ctx, from.addr)
	if err != nil {
		return stream{}, err
	}
	var gas uint64
	for i := 0; i < min(2, len(calls)); i++ {
		est, err := e.client.EstimateGas(ctx, ethereum.CallMsg{From: from.addr, To: to, Data: calls[i]})
		if err != nil && i == 1 {
			break // a revocation estimated before its grant is mined reverts
		}
		if err != nil {
			return stream{}, fmt.Errorf("estimate gas: %w", err)
		}
		gas = max(gas, est)
	}
	gas += gas * 3 / 10
	feeCap := new(big.Int).Div(benchMaxTxCost, new(big.Int).SetUint64(gas))
	if feeCap.Cmp(benchFeeCap) > 0 {
		feeCap = benchFeeCap
	}
	signer := types.LatestSignerForChainID(e.chainID)
	s := stream{from: from, txs: make([]*types.Transaction, len(calls))}
	for i, data := range calls {
		if s.txs[i], err = types.SignNewTx(from.key, signer, &types.DynamicFeeTx{
			ChainID: e.chainID, Nonce: nonce + uint64(i), GasTipCap: benchTip, GasFeeCap: feeCap, Gas: gas, To: to, Data: data,
		}); err != nil {
			return stream{}, err
		}
	}
	return s, nil
}

// push sends the streams' transactions in waves of at most waveGas gas
// (by gas limit) in all, each account's in nonce order and in JSON-RPC
// batches, and waits after each wave until it is mined. A wave fits the
// node's transaction pool, and, below half the block gas limit, it is
// mined in blocks under the EIP-1559 gas target: the base fee falls instead
// of growing 12.5% per full block (with block period 0 no empty block ever
// brings it down again). It returns the number of transactions sent.
func (e *env) push(ctx context.Context, streams []stream, waveGas uint64) (int, error) {
	next := make([]int, len(streams))
	sent := 0
	for {
		type part struct{ s, from, to int }
		var parts []part
		var gas uint64
		// Round-robin one transaction per account until the wave is full.
		for progress := true; progress && gas < waveGas; {
			progress = false
			for i, s := range streams {
				if next[i] >= len(s.txs) || gas+s.txs[next[i]].Gas() > waveGas && gas > 0 {
					continue
				}
				gas += s.txs[next[i]].Gas()
				if len(parts) > 0 && parts[len(parts)-1].s == i {
					parts[len(parts)-1].to++
				} else if k := slices.IndexFunc(parts, func(p part) bool { return p.s == i }); k >= 0 {
					parts[k].to++
				} else {
					parts = append(parts, part{i, next[i], next[i] + 1})
				}
				next[i]++
				progress = true
			}
		}
		if len(parts) == 0 {
			return sent, nil
		}
		var g errgroup.Group
		g.SetLimit(8)
		for _, p := range parts {
			sent += p.to - p.from
			g.Go(func() error { return sendBatch(ctx, e.rpc, streams[p.s].txs[p.from:p.to]) })
		}
		if err := g.Wait(); err != nil {
			return sent, err
		}
		for _, p := range parts {
			last := streams[p.s].txs[p.to-1]
			if err := e.waitNonce(ctx, streams[p.s].from.addr, last.Nonce()+1); err != nil {
				return sent, err
			}
		}
	}
}

// sendBatch sends transactions with eth_sendRawTransaction, 100 per
// JSON-RPC batch, in order.
func sendBatch(ctx context.Context, c *rpc.Client, txs []*types.Transaction) error {
	for lo := 0; lo < len(txs); lo += 100 {
		hi := min(lo+100, len(txs))
		batch := make([]rpc.BatchElem, hi-lo)
		for i := range batch {
			raw, err := txs[lo+i].MarshalBinary()
			if err != nil {
				return err
			}
			batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Encode(raw)}, Result: new(common.Hash)}
		}
		if err := c.BatchCallContext(ctx, batch); err != nil {
			return err
		}
		for i, b := range batch {
			if b.Error != nil {
				return fmt.Errorf("send nonce %d: %w", txs[lo+i].Nonce(), b.Error)
			}
		}
	}
	return nil
}

// waitNonce waits until the account's nonce at the head reaches n: every
// transaction below n is mined.
func (e *env) waitNonce(ctx context.Context, a common.Address, n uint64) error {
	deadline := time.Now().Add(5 * time.Minute)
	for {
		got, err := e.client.NonceAt(ctx, a, nil)
		if err != nil {
			return err
		}
		if got >= n {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("account %s: nonce %d after 5 minutes, want %d", a, got, n)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// generate builds the history: cfg.Events events in all, of which
// cfg.GrantShare percent are grants and revocations (one transaction each)
// and the rest signed temperature readings (cfg.ReadingsPerTx per
// transaction, plus one ReadingsSubmitted event each).
func (e *env) generate(ctx context.Context) error {
	began := time.Now()
	grants := e.cfg.Events * e.cfg.GrantShare / 100
	readings := e.cfg.Events - grants
	readings -= readings / e.cfg.ReadingsPerTx // each submission adds an event
	rs, err := e.readingStream(ctx, readings)
	if err != nil {
		return fmt.Errorf("readings: %w", err)
	}
	gs, err := e.grantStreams(ctx, grants, 0)
	if err != nil {
		return fmt.Errorf("grants: %w", err)
	}
	e.log.printf("signed %d readings in %d transactions and %d grants and revocations in %v",
		readings, len(rs.txs), grants, time.Since(began).Round(time.Millisecond))
	began = time.Now()
	stop := e.log.every(2*time.Second, func() string {
		h := e.chain.Head()
		return fmt.Sprintf("  … chain at block %d", h.Number)
	})
	n, err := e.push(ctx, append([]stream{rs}, gs...), e.cfg.WaveGas)
	stop()
	if err != nil {
		return err
	}
	h := e.chain.Head()
	e.log.printf("mined %d transactions in %v, head %d", n, time.Since(began).Round(time.Millisecond), h.Number)
	return nil
}
