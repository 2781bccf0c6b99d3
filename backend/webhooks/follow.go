package webhooks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/salus-health/salus/backend/money"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/cliqueinfo"
)

// Source is what the service reads from a node: standard eth_* JSON-RPC
// only. *ethclient.Client satisfies it. Implementations must be safe for
// concurrent use and honour ctx.
type Source interface {
	// HeaderByNumber returns the canonical header at number, or the head
	// for nil (eth_getBlockByNumber).
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// FilterLogs returns the logs matching q (eth_getLogs).
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	// ContractCaller reads contracts (eth_call, eth_getCode) at a block,
	// for the insurer and provider of events that carry only a claim id.
	bind.ContractCaller
}

// reorgRewind is how many blocks the follower steps back when the block
// under its cursor is no longer canonical: a reorganisation deeper than the
// confirmation depth. Events of the replaced blocks that were delivered
// stay delivered; the new chain's events are enqueued (events that did not
// change keep their ids and are not enqueued twice).
const reorgRewind = 64

// decoder decodes claim events with the abigen bindings.
type decoder struct {
	filterer *bindings.ClaimsFilterer
	caller   *bindings.ClaimsCaller
	types    map[common.Hash]string // topic0 -> event type
	topics   []common.Hash
}

func newDecoder(claims common.Address, src Source) (*decoder, error) {
	parsed, err := bindings.ClaimsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewClaimsFilterer(claims, nil)
	if err != nil {
		return nil, err
	}
	c, err := bindings.NewClaimsCaller(claims, src)
	if err != nil {
		return nil, err
	}
	d := &decoder{filterer: f, caller: c, types: map[common.Hash]string{}}
	for _, name := range EventTypes() {
		ev, ok := parsed.Events[name]
		if !ok {
			return nil, fmt.Errorf("the Claims ABI has no event %s", name)
		}
		d.types[ev.ID] = name
		d.topics = append(d.topics, ev.ID)
	}
	return d, nil
}

// decode turns a log into an event; parties it does not name are read from
// the contract at the log's block. ok is false for logs of other events.
func (d *decoder) decode(ctx context.Context, l types.Log) (e event, ok bool, err error) {
	if len(l.Topics) == 0 {
		return event{}, false, nil
	}
	typ, ok := d.types[l.Topics[0]]
	if !ok {
		return event{}, false, nil
	}
	e = event{typ: typ, block: l.BlockNumber, blockHash: l.BlockHash, txHash: l.TxHash, logIndex: l.Index}
	switch typ {
	case ClaimSubmitted:
		ev, err := d.filterer.ParseClaimSubmitted(l)
		if err != nil {
			return event{}, false, err
		}
		total := new(big.Int)
		for _, line := range ev.Lines {
			if line.Allowed != nil {
				total.Add(total, line.Allowed)
			}
		}
		e.claimID, e.insurer, e.provider, e.amount = ev.ClaimId, ev.Insurer, ev.Provider, total
	case ClaimPended:
		ev, err := d.filterer.ParseClaimPended(l)
		if err != nil {
			return event{}, false, err
		}
		e.claimID = ev.ClaimId
	case ClaimApproved:
		ev, err := d.filterer.ParseClaimApproved(l)
		if err != nil {
			return event{}, false, err
		}
		total := new(big.Int)
		for _, a := range ev.Amounts {
			if a != nil {
				total.Add(total, a)
			}
		}
		e.claimID, e.insurer, e.amount = ev.ClaimId, ev.Insurer, total
	case ClaimDecided:
		ev, err := d.filterer.ParseClaimDecided(l)
		if err != nil {
			return event{}, false, err
		}
		e.claimID, e.amount = ev.ClaimId, ev.Decision.Payout
	case ClaimQueued:
		ev, err := d.filterer.ParseClaimQueued(l)
		if err != nil {
			return event{}, false, err
		}
		e.claimID, e.insurer, e.amount = ev.ClaimId, ev.Insurer, ev.Amount
	case ClaimPaid:
		ev, err := d.filterer.ParseClaimPaid(l)
		if err != nil {
			return event{}, false, err
		}
		e.claimID, e.insurer, e.provider, e.amount = ev.ClaimId, ev.Insurer, ev.Provider, ev.Amount
	case ClaimDenied:
		ev, err := d.filterer.ParseClaimDenied(l)
		if err != nil {
			return event{}, false, err
		}
		e.claimID, e.insurer = ev.ClaimId, ev.Insurer
	case ClaimAppealed:
		ev, err := d.filterer.ParseClaimAppealed(l)
		if err != nil {
			return event{}, false, err
		}
		e.claimID, e.provider = ev.ClaimId, ev.Provider
	}
	if e.insurer == (common.Address{}) || e.provider == (common.Address{}) {
		// A claim's insurer and provider never change after submission;
		// reading at the event's block works on any archive node.
		c, err := d.caller.Claim(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(l.BlockNumber)}, e.claimID)
		if err != nil {
			return event{}, false, fmt.Errorf("read claim %s at block %d: %w", common.Hash(e.claimID).Hex(), l.BlockNumber, err)
		}
		if e.insurer == (common.Address{}) {
			e.insurer = c.Insurer
		}
		if e.provider == (common.Address{}) {
			e.provider = c.Provider
		}
	}
	return e, true, nil
}

// payload is the delivery body of e.
func (e event) payload() ([]byte, error) {
	p := Payload{ID: e.id(), Type: e.typ, ClaimID: e.claimID.Hex(), Insurer: e.insurer.Hex(), Provider: e.provider.Hex(),
		BlockNumber: e.block, TxHash: e.txHash.Hex(), OccurredAt: e.time.UTC().Format(time.RFC3339)}
	if e.amount != nil {
		p.Amount = money.Format(e.amount, money.TokenDecimals)
	}
	return json.Marshal(p)
}

// confirmations is the configured depth, or floor(N/2)+1 for the N Clique
// signers at the head.
func (s *Service) confirmations(ctx context.Context) (uint64, error) {
	if s.cfg.Confirmations > 0 {
		return s.cfg.Confirmations, nil
	}
	head, err := s.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head: %w", err)
	}
	signers, err := cliqueinfo.NewTracker(s.src, s.cfg.CliqueEpoch).Signers(ctx, head)
	if err != nil {
		return 0, fmt.Errorf("read the clique signer set (set the confirmation depth on chains without clique): %w", err)
	}
	return uint64(len(signers))/2 + 1, nil
}

// initCursor creates the cursor on the first start, and restarts it when the
// followed contract changed.
func (s *Service) initCursor(ctx context.Context) error {
	contract := s.cfg.Claims.Hex()
	var c cursorRow
	err := s.db.WithContext(ctx).Where("name = ?", cursorName).Take(&c).Error
	switch {
	case errors.Is(err, gorm.ErrRecordNotFound):
		c = cursorRow{Name: cursorName, Contract: contract, Next: s.cfg.StartBlock, UpdatedMs: toMs(s.now())}
		return s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&c).Error
	case err != nil:
		return err
	case c.Contract != contract:
		s.log.Warn("webhooks: the Claims contract changed; following the new one from its deployment block",
			slog.String("old", c.Contract), slog.String("new", contract))
		return s.db.WithContext(ctx).Model(&cursorRow{}).Where("name = ?", cursorName).
			Updates(map[string]any{"contract": contract, "next": s.cfg.StartBlock, "hash": "", "updated_ms": toMs(s.now())}).Error
	}
	return nil
}

// follow reads confirmed blocks until caught up with the head minus the
// confirmation depth, one range per transaction.
func (s *Service) follow(ctx context.Context) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		more, err := s.followRange(ctx)
		if err != nil || !more {
			return err
		}
	}
}

// followRange handles one range of confirmed blocks; it reports whether
// more confirmed blocks wait.
func (s *Service) followRange(ctx context.Context) (bool, error) {
	var cur cursorRow
	if err := s.db.WithContext(ctx).Where("name = ?", cursorName).Take(&cur).Error; err != nil {
		return false, fmt.Errorf("read cursor: %w", err)
	}
	head, err := s.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("head: %w", err)
	}
	headNum := head.Number.Uint64()
	if headNum < s.conf || cur.Next > headNum-s.conf {
		return false, nil
	}
	safe := headNum - s.conf
	if cur.Hash != "" && cur.Next > 0 {
		h, err := s.src.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Next-1))
		if err != nil {
			return false, fmt.Errorf("header %d: %w", cur.Next-1, err)
		}
		if h.Hash().Hex() != cur.Hash {
			return true, s.rewind(ctx, cur)
		}
	}
	from := cur.Next
	to := min(from+s.cfg.MaxRange-1, safe)
	logs, err := s.src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{s.cfg.Claims}, Topics: [][]common.Hash{s.dec.topics},
	})
	if err != nil {
		return false, fmt.Errorf("logs %d..%d: %w", from, to, err)
	}
	toHeader, err := s.src.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return false, fmt.Errorf("header %d: %w", to, err)
	}
	events := make([]event, 0, len(logs))
	headers := map[uint64]*types.Header{to: toHeader}
	for _, l := range logs {
		if l.Removed || l.Address != s.cfg.Claims || l.BlockNumber < from || l.BlockNumber > to {
			continue
		}
		e, ok, err := s.dec.decode(ctx, l)
		if err != nil {
			return false, err
		}
		if !ok {
			continue
		}
		h := headers[l.BlockNumber]
		if h == nil {
			if h, err = s.src.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber)); err != nil {
				return false, fmt.Errorf("header %d: %w", l.BlockNumber, err)
			}
			headers[l.BlockNumber] = h
		}
		if h.Hash() != l.BlockHash {
			// The node answered from two different chains: try again.
			return false, fmt.Errorf("log of block %d has hash %s, the canonical block %s", l.BlockNumber, l.BlockHash.Hex(), h.Hash().Hex())
		}
		e.time = time.Unix(int64(h.Time), 0).UTC()
		events = append(events, e)
	}
	n, err := s.enqueue(ctx, cur, to+1, toHeader.Hash(), events)
	if err != nil {
		return false, err
	}
	if n > 0 {
		s.log.Debug("webhooks: deliveries queued", slog.Uint64("from", from), slog.Uint64("to", to), slog.Int("deliveries", n))
		s.wakeWorkers()
	}
	return to < safe, nil
}

// enqueue writes the deliveries of events for the matching subscriptions
// and moves the cursor from cur to next, in one transaction. It returns the
// number of deliveries created.
func (s *Service) enqueue(ctx context.Context, cur cursorRow, next uint64, hash common.Hash, events []event) (int, error) {
	created := 0
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		created = 0
		var subs []subscriptionRow
		if len(events) > 0 {
			if err := tx.Where("active = ?", true).Order("id").Find(&subs).Error; err != nil {
				return err
			}
		}
		now := toMs(s.now())
		var rows []deliveryRow
		for _, e := range events {
			var body []byte
			for _, sr := range subs {
				owner := common.HexToAddress(sr.Owner)
				if owner != e.insurer && owner != e.provider {
					continue
				}
				if e.block < sr.FromBlock || !sr.subscription().Wants(e.typ) {
					continue
				}
				if body == nil {
					var err error
					if body, err = e.payload(); err != nil {
						return err
					}
				}
				rows = append(rows, deliveryRow{SubscriptionID: sr.ID, EventID: e.id(), Type: e.typ, ClaimID: e.claimID.Hex(),
					Payload: string(body), State: string(Pending), NextAttemptMs: now, PendingSinceMs: now, CreatedMs: now})
			}
		}
		if len(rows) > 0 {
			// 100 rows of 15 columns stay far below SQLite's and
			// PostgreSQL's bound-parameter limits.
			res := tx.Clauses(clause.OnConflict{DoNothing: true}).CreateInBatches(rows, 100)
			if res.Error != nil {
				return res.Error
			}
			created = int(res.RowsAffected)
		}
		// Compare-and-set: another follower on this database that moved the
		// cursor meanwhile makes this transaction roll back.
		res := tx.Model(&cursorRow{}).Where("name = ? AND next = ? AND hash = ?", cursorName, cur.Next, cur.Hash).
			Updates(map[string]any{"next": next, "hash": hash.Hex(), "updated_ms": now})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != 1 {
			return errors.New("the cursor moved under this follower (another service on the same database?)")
		}
		return nil
	})
	return created, err
}

// rewind steps the cursor back after a reorganisation deeper than the
// confirmation depth.
func (s *Service) rewind(ctx context.Context, cur cursorRow) error {
	next := s.cfg.StartBlock
	if cur.Next > s.cfg.StartBlock+reorgRewind {
		next = cur.Next - reorgRewind
	}
	s.log.Error("webhooks: the block under the cursor is no longer canonical (a reorganisation deeper than the confirmation depth); reading again",
		slog.Uint64("block", cur.Next-1), slog.Uint64("from", next), slog.Uint64("confirmations", s.conf))
	return s.db.WithContext(ctx).Model(&cursorRow{}).Where("name = ? AND next = ?", cursorName, cur.Next).
		Updates(map[string]any{"next": next, "hash": "", "updated_ms": toMs(s.now())}).Error
}
