package main

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/salus-health/salus/backend/txsender"
)

// runPresigned runs a presigned side of a round, (a) or (a1): N license
// writes signed and encoded before the clock starts, then pushed with
// eth_sendRawTransaction by w workers, each taking the next batch of
// consecutive nonces in turn; a batch of 1 is sent as a plain request,
// larger ones as a JSON-RPC batch.
func runPresigned(ctx context.Context, e *env, round int, side string, w, batch int) (phase, error) {
	txs, err := presign(ctx, e, side, round)
	if err != nil {
		return phase{}, err
	}
	hashes := make([]common.Hash, len(txs))
	raw := make([]string, len(txs))
	for i, tx := range txs {
		hashes[i] = tx.Hash()
		b, err := tx.MarshalBinary()
		if err != nil {
			return phase{}, err
		}
		raw[i] = hexutil.Encode(b)
	}
	p := phase{writes: len(txs)}

	if err := alignToBlock(ctx, e); err != nil {
		return p, err
	}
	clk := startClock(e.metered, e.profilePath(round, side), e.progress)
	defer clk.release()
	batches := (len(txs) + batch - 1) / batch
	err = workers(ctx, w, batches, func(ctx context.Context, _, j int) error {
		lo, hi := j*batch, min((j+1)*batch, len(txs))
		if batch == 1 {
			if err := e.metered.SendTransaction(ctx, txs[lo]); err != nil {
				return fmt.Errorf("send nonce %d: %w", txs[lo].Nonce(), err)
			}
			return nil
		}
		elems := make([]rpc.BatchElem, hi-lo)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raw[lo+i]}, Result: new(common.Hash)}
		}
		if err := e.metered.BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("send nonces %d..%d: %w", txs[lo].Nonce(), txs[hi-1].Nonce(), err)
		}
		for i, el := range elems {
			if el.Error != nil {
				return fmt.Errorf("send nonce %d: %w", txs[lo+i].Nonce(), el.Error)
			}
		}
		return nil
	})
	if err != nil {
		return p, err
	}
	p.submit = clk.since()
	// Nonces are mined in order: the last one's receipt means all are in.
	if _, err := waitReceipt(ctx, e.metered, hashes[len(hashes)-1], e.cfg.Poll); err != nil {
		return p, err
	}
	clk.stop(&p)

	receipts, err := fetchReceipts(ctx, e.rpc, hashes)
	if err != nil {
		return p, err
	}
	return p, checkReceipts(&p, hashes, receipts)
}

// presign signs the round's N license writes with consecutive nonces from
// the regulator's pending nonce. The gas limit of all is one estimate plus
// the Sender's default margin; the fee cap is read once, like the Sender's:
// tip + 2 × base fee, more if the writes fill so many blocks that the base
// fee could outgrow that before the last one is mined.
func presign(ctx context.Context, e *env, side string, round int) ([]*types.Transaction, error) {
	writes, err := newWrites(side, round, e.cfg.N)
	if err != nil {
		return nil, err
	}
	data := make([][]byte, len(writes))
	for i, w := range writes {
		if data[i], err = e.abi.Pack("license", w.account, w.role, w.name, licenseRef, w.validUntil); err != nil {
			return nil, err
		}
	}
	c := e.client
	nonce, err := c.PendingNonceAt(ctx, e.reg)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	gas, err := e.estimateGas(ctx, data[0])
	if err != nil {
		return nil, err
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("gas tip: %w", err)
	}
	feeCap := new(big.Int).Mul(head.BaseFee, big.NewInt(baseFeeMultiplier(len(writes), gas, head.GasLimit)))
	feeCap.Add(feeCap, tip)

	signer := types.LatestSignerForChainID(e.chainID)
	txs := make([]*types.Transaction, len(writes))
	for i := range writes {
		txs[i], err = types.SignNewTx(e.regKey, signer, &types.DynamicFeeTx{
			ChainID:   e.chainID,
			Nonce:     nonce + uint64(i),
			GasTipCap: tip,
			GasFeeCap: feeCap,
			Gas:       gas,
			To:        &e.registry,
			Data:      data[i],
		})
		if err != nil {
			return nil, err
		}
	}
	return txs, nil
}

// estimateGas returns the gas limit the Sender would give a call of the
// regulator to the Registry with data: one estimate plus the default margin.
func (e *env) estimateGas(ctx context.Context, data []byte) (uint64, error) {
	est, err := e.client.EstimateGas(ctx, ethereum.CallMsg{From: e.reg, To: &e.registry, Data: data})
	if err != nil {
		return 0, fmt.Errorf("estimate gas: %w", err)
	}
	return est + est*txsender.DefaultGasMargin/100, nil
}

// licenseGas is estimateGas for a license write like those of the timed
// phases.
func (e *env) licenseGas(ctx context.Context) (uint64, error) {
	ws, err := newWrites("g", 0, 1)
	if err != nil {
		return 0, err
	}
	w := ws[0]
	data, err := e.abi.Pack("license", w.account, w.role, w.name, licenseRef, w.validUntil)
	if err != nil {
		return 0, err
	}
	return e.estimateGas(ctx, data)
}

// baseFeeMultiplier returns by how much the fee cap must exceed the current
// base fee for n transactions of gas each: at least 2 (as the Sender), and
// enough for the base fee to grow by 12.5% with every full block they fill,
// plus one.
func baseFeeMultiplier(n int, gas, blockGasLimit uint64) int64 {
	full := (uint64(n)*gas + blockGasLimit - 1) / blockGasLimit
	return max(2, int64(math.Ceil(math.Pow(1.125, float64(full+1)))))
}
