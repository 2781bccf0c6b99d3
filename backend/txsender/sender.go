// Package txsender is the one transaction sender of Salus: every component
// that writes to the chain goes through a *Sender.
//
// A Sender owns the nonce of each account it signs for: the nonce is read
// once per account from the node (PendingNonceAt) and then counted locally.
// Fees are re-read periodically, never per transaction. So a transaction
// costs at most two calls to the node: one for its gas limit (none when the
// caller gives it) and eth_sendRawTransaction. The gas limit comes from
// eth_estimateGas, or, for a method of a contract estimated recently, from
// reusing that estimate after one eth_call at that limit shows it suffices,
// which costs the node a fraction of an estimate (see Config.GasReuse). Either
// way a call that would revert is refused, decoded, before it uses a nonce.
//
// When the Backend can send JSON-RPC batches (an *ethclient.Client can; see
// Backend), the Sender groups the calls that many goroutines make at the same
// time into batch requests: gas checks and estimates, receipt and block
// number queries in one stream, transactions in another that delivers them
// to the node in order, in bursts. A lone call is never delayed; under load a
// request carries many calls, which saves the node and the client most of
// the cost of an HTTP request per call.
//
// Only handing out nonces is serialised per account (a mutex around a
// counter, never held across a call to the node): gas estimation, signing
// and sending of many transactions of one account run concurrently, up to
// Config.MaxInFlight sends at a time, so one account can push transactions
// about as fast as presigned ones pushed straight to the node. The node's
// pool absorbs the slightly out-of-order arrival this causes; a nonce whose
// transaction did not make it into the pool is reused or filled (see Send),
// so later transactions are never left behind a gap.
//
// Transactions are sent without waiting for receipts; Wait polls for the
// receipt (only when a new block has arrived), re-broadcasts a transaction
// the node seems to have dropped, and turns a failed receipt into a
// *RevertError whose reason is recovered by replaying the call at the
// receipt's block.
//
// The Sender assumes it is the only writer for its accounts. Transactions sent
// by others from the same account are tolerated: the resulting nonce errors
// make the Sender resynchronise (see Send for the rules). A Sender runs no
// background goroutines: the only ones it starts carry batch requests and
// end when no call is queued. Every call honours its context.
package txsender

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors returned by the Sender. Compare with errors.Is; they are wrapped with
// detail (the node's message, the nonce, the hash).
var (
	// ErrReverted is wrapped by every *RevertError: the EVM reverted the
	// transaction, at gas estimation or when mined.
	ErrReverted = errors.New("execution reverted")
	// ErrUnknownAccount is returned for a sender address never registered
	// with AddAccount or AddKey.
	ErrUnknownAccount = errors.New("unknown sender account")
	// ErrNonceTooLow is returned when the node keeps rejecting the nonce
	// ("nonce too low", "replacement transaction underpriced") although the
	// account re-read its nonce and retried with a new one each time. The
	// transaction was not sent; the account re-reads its nonce again before
	// its next transaction.
	ErrNonceTooLow = errors.New("nonce too low")
	// ErrFeeTooLow is returned when the node still rejects the fees
	// ("transaction underpriced", "max fee per gas less than block base fee")
	// after they were re-read from the node.
	ErrFeeTooLow = errors.New("fee too low")
	// ErrReplaced is returned by Wait when the transaction's nonce was used by
	// another transaction from the same account, so it can never be mined.
	ErrReplaced = errors.New("transaction replaced by another with the same nonce")
	// ErrNoCode is returned by Transact when the target address has no
	// contract code. It is bind.ErrNoCode, as bindings return it.
	ErrNoCode = bind.ErrNoCode
	// ErrNotLondon is returned when the chain head has no base fee: the
	// Sender only sends EIP-1559 transactions.
	ErrNotLondon = errors.New("chain head has no base fee (london not active)")
)

// Defaults applied by New to zero Config fields.
const (
	DefaultGasMargin        = 20 // percent
	DefaultFeeRefresh       = 5 * time.Second
	DefaultReceiptPoll      = 500 * time.Millisecond
	DefaultRebroadcastAfter = time.Minute
	DefaultGasReuse         = 30 * time.Second
)

// sendAttempts bounds how often one transaction is signed and sent when the
// node answers with a nonce or fee error that a resync or fee refresh can fix.
const sendAttempts = 3

// DefaultMaxInFlight is the default of Config.MaxInFlight when sends are not
// batched. It stays well below geth's per-account limit of queued
// (out-of-order) transactions, 64.
const DefaultMaxInFlight = 16

// DefaultMaxInFlightBatched is the default of Config.MaxInFlight when sends
// are batched: they then reach the node in one ordered stream, so hardly any
// arrives ahead of a lower nonce, and the pool's limit of 64 queued
// transactions per account holds even if all do.
const DefaultMaxInFlightBatched = 64

// Backend is what a Sender needs from a node. *ethclient.Client and the
// client of go-ethereum's ethclient/simulated backend satisfy it.
// Implementations must be safe for concurrent use.
//
// A Backend that can also batch is used for that (unless Config.MaxBatch is
// negative): one that implements BatchCaller itself, or else one with a
// method Client() *rpc.Client, as *ethclient.Client has. The Sender then
// makes its estimates, gas checks, sends, receipt queries and replays as
// JSON-RPC batch elements on that client instead of through the methods
// below (a wrapper that intercepts those methods must implement BatchCaller
// or set MaxBatch to -1).
type Backend interface {
	// PendingNonceAt returns the next nonce of account, counting transactions
	// in the node's pool. Called once per account, then only to resync.
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	// CodeAt returns the code at account at blockNumber (nil = latest).
	// Called once per contract address by Transact (positive results are
	// cached).
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	// SuggestGasTipCap returns a priority fee likely to get a transaction
	// included. Called at most once per FeeRefresh.
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	// HeaderByNumber returns a header; nil number means the latest. Used for
	// the base fee at most once per FeeRefresh, and by Wait to see that the
	// node's head has reached a receipt's block.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// EstimateGas estimates the gas of a call; reverts come back as errors
	// carrying the revert data (rpc.DataError).
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	// SendTransaction submits a signed transaction to the node's pool.
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	// TransactionReceipt returns the receipt of a mined transaction, or
	// ethereum.NotFound.
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	// CallContract executes a call at blockNumber (nil = latest); used to
	// replay failed transactions for their revert data.
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Config configures a Sender. Zero durations and margins select the defaults.
type Config struct {
	// ChainID is the EIP-155 chain id transactions are signed for. Required.
	ChainID *big.Int
	// GasMargin is added to estimated gas limits, in percent of the estimate;
	// 0 selects DefaultGasMargin. Explicit gas limits are used unchanged.
	GasMargin uint64
	// GasReuse is how long the gas limit estimated for a method of a
	// contract (4-byte selector and address) is reused for further calls of
	// it. Each reuse is checked by one eth_call at that limit; if the check
	// fails the call is estimated afresh. 0 selects DefaultGasReuse;
	// negative estimates every call.
	GasReuse time.Duration
	// GasReuseUnchecked skips the eth_call check of a reused gas limit, so a
	// transaction costs one call to the node, like a presigned one. A call
	// that would revert is then sent anyway: it uses a nonce and gas, is
	// mined as failed, and its *RevertError comes from Wait instead of from
	// Transact or Send. Off by default.
	GasReuseUnchecked bool
	// FeeRefresh is how long the tip and base fee read from the node are
	// reused; fees are re-read lazily by the first transaction after it
	// expires (never per transaction), and immediately after the node rejects
	// a transaction as underpriced. 0 selects DefaultFeeRefresh.
	FeeRefresh time.Duration
	// MinTipCap, if set, is a floor for the priority fee (e.g. the devnet
	// miner's minimum gas price).
	MinTipCap *big.Int
	// ReceiptPoll is the interval at which Wait polls for a receipt;
	// 0 selects DefaultReceiptPoll.
	ReceiptPoll time.Duration
	// MaxInFlight bounds the concurrent sends per account (not the number of
	// pending transactions); 1 sends strictly one after the other, in nonce
	// order. 0 selects DefaultMaxInFlightBatched when sends are batched (see
	// Backend), else DefaultMaxInFlight.
	MaxInFlight int
	// RebroadcastAfter is how long Wait waits for a receipt before sending
	// the same signed transaction again (the node may have dropped it), and
	// again after each further such period. 0 selects
	// DefaultRebroadcastAfter; negative disables re-broadcasting.
	RebroadcastAfter time.Duration
	// ErrorABIs are searched, in order, for custom errors when decoding
	// revert data (e.g. the ABIs of every Salus contract).
	ErrorABIs []*abi.ABI
	// MaxBatch bounds how many node calls the Sender groups into one
	// JSON-RPC batch request when its Backend can batch (see Backend);
	// 0 selects DefaultMaxBatch, negative makes every call on its own.
	MaxBatch int
}

// Check reports whether c is usable.
func (c Config) Check() error {
	switch {
	case c.ChainID == nil || c.ChainID.Sign() <= 0:
		return errors.New("chain id must be positive")
	case c.GasMargin > 1000:
		return fmt.Errorf("gas margin %d%% is above 1000%%", c.GasMargin)
	case c.FeeRefresh < 0:
		return errors.New("fee refresh must not be negative")
	case c.ReceiptPoll < 0:
		return errors.New("receipt poll must not be negative")
	case c.MinTipCap != nil && c.MinTipCap.Sign() < 0:
		return errors.New("min tip cap must not be negative")
	case c.MaxInFlight < 0 || c.MaxInFlight > 64:
		return fmt.Errorf("max in flight %d is outside 0..64", c.MaxInFlight)
	case c.MaxBatch > 1000:
		return fmt.Errorf("max batch %d is above geth's limit of 1000", c.MaxBatch)
	}
	return nil
}

// withDefaults returns c with zero fields replaced by the defaults.
func (c Config) withDefaults() Config {
	if c.GasMargin == 0 {
		c.GasMargin = DefaultGasMargin
	}
	if c.FeeRefresh == 0 {
		c.FeeRefresh = DefaultFeeRefresh
	}
	if c.ReceiptPoll == 0 {
		c.ReceiptPoll = DefaultReceiptPoll
	}
	if c.RebroadcastAfter == 0 {
		c.RebroadcastAfter = DefaultRebroadcastAfter
	}
	if c.GasReuse == 0 {
		c.GasReuse = DefaultGasReuse
	}
	if c.MaxBatch == 0 {
		c.MaxBatch = DefaultMaxBatch
	}
	return c
}

// Stats counts what a Sender did since it was created. It is a snapshot; the
// API server exports it as Prometheus counters.
type Stats struct {
	Sent            uint64 // transactions accepted by the node (incl. "already known")
	Mined           uint64 // receipts with status 1 seen by Wait
	Reverted        uint64 // receipts with status 0 seen by Wait
	EstimateReverts uint64 // transactions not sent because estimation reverted
	GasEstimates    uint64 // eth_estimateGas calls
	GasReuses       uint64 // gas limits reused after a successful eth_call check
	SendErrors      uint64 // sends that failed for good
	Resyncs         uint64 // nonce re-reads after an error (first reads excluded)
	Fillers         uint64 // 0-value self-transfers sent to close a nonce gap
	FeeRefreshes    uint64 // tip/base fee reads
	Rebroadcasts    uint64 // re-sends of a transaction by Wait
}

// stats is the live, atomically updated form of Stats.
type stats struct {
	sent, mined, reverted, estimateReverts, sendErrors atomic.Uint64
	gasEstimates, gasReuses                            atomic.Uint64
	resyncs, fillers, feeRefreshes, rebroadcasts       atomic.Uint64
}

// Sender signs and sends transactions for registered accounts, tracking their
// nonces locally. All methods are safe for concurrent use. A Sender needs no
// closing: it has no background goroutines (those carrying batch requests
// end when no call is queued), and its state lives as long as the value.
type Sender struct {
	backend  Backend
	calls    *batcher // node calls in batches; nil: each on its own
	sends    *batcher // eth_sendRawTransaction in batches; nil iff calls is
	cfg      Config
	decoder  errorDecoder
	fees     feeCache
	gas      gasCache
	hasCode  sync.Map      // common.Address -> struct{}; contracts known to exist
	head     atomic.Uint64 // highest latest-block number seen by Wait
	heads    headCache     // latest block number, for Wait
	stats    stats
	mu       sync.RWMutex // guards accounts
	accounts map[common.Address]*account
}

// New returns a Sender using b. cfg must pass Check.
func New(b Backend, cfg Config) (*Sender, error) {
	if b == nil {
		return nil, errors.New("nil backend")
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	cfg = cfg.withDefaults()
	cfg.ChainID = new(big.Int).Set(cfg.ChainID)
	s := &Sender{
		backend:  b,
		cfg:      cfg,
		decoder:  newErrorDecoder(cfg.ErrorABIs),
		fees:     newFeeCache(),
		heads:    newHeadCache(),
		accounts: make(map[common.Address]*account),
	}
	if bc := batchCallerOf(b); bc != nil && cfg.MaxBatch > 0 {
		s.calls = &batcher{caller: bc, max: cfg.MaxBatch, inFlight: callBatchesInFlight}
		s.sends = &batcher{caller: bc, max: cfg.MaxBatch, inFlight: sendBatchesInFlight}
	}
	if s.cfg.MaxInFlight == 0 {
		s.cfg.MaxInFlight = DefaultMaxInFlight
		if s.sends != nil {
			s.cfg.MaxInFlight = DefaultMaxInFlightBatched
		}
	}
	return s, nil
}

// AddAccount registers addr, whose transactions are signed with sign (e.g.
// the Signer of bind.NewKeyedTransactorWithChainID, or a KMS-backed signer).
// Registering an address again replaces its signer and keeps its nonce.
func (s *Sender) AddAccount(addr common.Address, sign bind.SignerFn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.accounts[addr]; ok {
		a.setSigner(sign)
		return
	}
	s.accounts[addr] = newAccount(addr, sign, s.cfg.MaxInFlight)
}

// AddKey registers the account of key, signing for the Sender's chain id, and
// returns its address.
func (s *Sender) AddKey(key *ecdsa.PrivateKey) common.Address {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	signer := types.LatestSignerForChainID(s.cfg.ChainID)
	s.AddAccount(addr, func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		if from != addr {
			return nil, bind.ErrNotAuthorized
		}
		return types.SignTx(tx, signer, key)
	})
	return addr
}

// Stats returns a snapshot of the Sender's counters.
func (s *Sender) Stats() Stats {
	return Stats{
		Sent:            s.stats.sent.Load(),
		Mined:           s.stats.mined.Load(),
		Reverted:        s.stats.reverted.Load(),
		EstimateReverts: s.stats.estimateReverts.Load(),
		GasEstimates:    s.stats.gasEstimates.Load(),
		GasReuses:       s.stats.gasReuses.Load(),
		SendErrors:      s.stats.sendErrors.Load(),
		Resyncs:         s.stats.resyncs.Load(),
		Fillers:         s.stats.fillers.Load(),
		FeeRefreshes:    s.stats.feeRefreshes.Load(),
		Rebroadcasts:    s.stats.rebroadcasts.Load(),
	}
}

// DecodeCallError returns a *RevertError if err, from an eth_call or
// eth_estimateGas (e.g. a binding's read method), is a revert, decoded with
// the configured ABIs; any other error is returned unchanged.
func (s *Sender) DecodeCallError(err error) error {
	if re, ok := s.decoder.fromCallError(err); ok {
		return re
	}
	return err
}

// account returns the registered account for addr.
func (s *Sender) account(addr common.Address) (*account, error) {
	s.mu.RLock()
	a, ok := s.accounts[addr]
	s.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w %s", ErrUnknownAccount, addr)
	}
	return a, nil
}

// gasPlaceholder is the gas limit handed to Transact's build function so that
// bindings skip their own estimation. A build that sets another limit keeps it.
const gasPlaceholder = 1<<62 + 0x5a105

// noSign is the signer handed to build: it returns the transaction unsigned,
// since build only describes the call and the real nonce is not known yet.
func noSign(_ common.Address, tx *types.Transaction) (*types.Transaction, error) { return tx, nil }

// Transact sends a contract transaction described by a typed binding call:
//
//	p, err := s.Transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
//		return reg.License(o, acct, role, name, ref, until)
//	})
//
// build is called exactly once, with TransactOpts carrying From, Context,
// fee caps, NoSend, a placeholder Nonce and GasLimit, and a Signer that
// does not sign; it may set Value, and a GasLimit to skip estimation. Only
// the target, calldata, value and an explicit gas limit are taken from the
// transaction it returns; nonce and fees are the Sender's. For deployments
// (bind.DeployContract) use Pending.ContractAddress, not the address the
// binding computes from the placeholder nonce.
//
// Transact checks once per address that the target has code (ErrNoCode),
// then estimates and sends as Send does. Safe for concurrent use, also for
// one account.
func (s *Sender) Transact(ctx context.Context, from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) (*Pending, error) {
	acct, err := s.account(from)
	if err != nil {
		return nil, err
	}
	f, err := s.fees.get(ctx, s, 0)
	if err != nil {
		return nil, err
	}
	opts := &bind.TransactOpts{
		From:      from,
		Nonce:     new(big.Int),
		Signer:    noSign,
		GasFeeCap: new(big.Int).Set(f.feeCap),
		GasTipCap: new(big.Int).Set(f.tip),
		GasLimit:  gasPlaceholder,
		Context:   ctx,
		NoSend:    true,
	}
	tx, err := build(opts)
	if err != nil {
		return nil, fmt.Errorf("build tx: %w", s.DecodeCallError(err))
	}
	if tx == nil {
		return nil, errors.New("build tx: returned no transaction")
	}
	if to := tx.To(); to != nil {
		if err := s.checkCode(ctx, *to); err != nil {
			return nil, err
		}
	}
	gas := tx.Gas()
	if gas == gasPlaceholder {
		gas = 0
	}
	return s.send(ctx, acct, f, tx.To(), tx.Data(), tx.Value(), gas)
}

// Send sends a transaction with raw calldata from a registered account; to
// nil deploys data as init code; value nil means 0. gas 0 estimates the limit
// (plus GasMargin, or reused, see Config.GasReuse) before any nonce is taken,
// concurrently with other transactions of the account; a revert found then is
// returned as a *RevertError and consumes no nonce. An explicit gas skips estimation, so a
// reverting call is only reported by Wait. Safe for concurrent use.
//
// The transaction then gets the account's next nonce (a nonce given back by
// a failed send first), is signed and sent. Recovery rules for the node's
// answer:
//   - accepted, or "already known" (this very transaction is in the pool):
//     the nonce is used and a *Pending returned;
//   - "nonce too low", "replacement transaction underpriced": the nonce is
//     used by something else; the account re-reads its nonce with
//     PendingNonceAt and the transaction is retried with a new nonce
//     (ErrNonceTooLow when retries run out);
//   - "transaction underpriced", fee cap below base fee: fees are re-read and
//     the send retried with the same nonce (ErrFeeTooLow when retries run
//     out);
//   - anything else (including ctx ending mid-send): the error is returned
//     and the nonce given back: the next transaction reuses it, or, if later
//     nonces are already out, a 0-value self-transfer fills it at once. The
//     account re-reads its nonce before the next transaction, which also
//     covers a send that did reach the pool.
//
// The re-read nonce is taken as is when no other send of the account is in
// flight; otherwise it only moves the local nonce forward.
func (s *Sender) Send(ctx context.Context, from common.Address, to *common.Address, data []byte, value *big.Int, gas uint64) (*Pending, error) {
	acct, err := s.account(from)
	if err != nil {
		return nil, err
	}
	f, err := s.fees.get(ctx, s, 0)
	if err != nil {
		return nil, err
	}
	if value == nil {
		value = new(big.Int)
	}
	return s.send(ctx, acct, f, to, data, value, gas)
}

// send finds the gas limit if needed, then has the account assign a nonce, sign
// and send.
func (s *Sender) send(ctx context.Context, acct *account, f fees, to *common.Address, data []byte, value *big.Int, gas uint64) (*Pending, error) {
	if gas == 0 {
		var err error
		if gas, err = s.gasLimit(ctx, acct.addr, to, data, value); err != nil {
			return nil, err
		}
	}
	return acct.send(ctx, s, f, txFields{to: to, data: data, value: value, gas: gas})
}

// checkCode returns ErrNoCode if addr has no code in the latest block, the
// state gas is estimated against. Positive answers are cached for the
// Sender's lifetime.
func (s *Sender) checkCode(ctx context.Context, addr common.Address) error {
	if _, ok := s.hasCode.Load(addr); ok {
		return nil
	}
	code, err := s.backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w at %s", ErrNoCode, addr)
	}
	s.hasCode.Store(addr, struct{}{})
	return nil
}
