package webhooks

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"
)

// Service is the webhook service: subscriptions, the event follower and the
// delivery workers. Build it with [New], then [Service.Start] and
// [Service.Stop] it once. Subscription methods work from New on, whether or
// not the service runs; they are safe for concurrent use.
type Service struct {
	db     *gorm.DB
	cfg    Config
	src    Source
	dec    *decoder
	client *http.Client
	log    *slog.Logger
	now    func() time.Time

	conf     uint64        // confirmation depth in force, set by Start
	wake     chan struct{} // wakes a waiting worker
	attempts atomic.Int64  // attempts made, for tests

	mu      sync.Mutex
	started bool
	cancel  context.CancelFunc
	done    sync.WaitGroup
}

// New checks cfg, creates or updates the service's tables in db and returns
// the service; nothing runs until Start. src is the chain node.
func New(ctx context.Context, db *gorm.DB, cfg Config, src Source) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if db == nil || src == nil {
		return nil, errors.New("webhooks: a database and a chain source are required")
	}
	cfg = cfg.withDefaults()
	dec, err := newDecoder(cfg.Claims, src)
	if err != nil {
		return nil, fmt.Errorf("webhooks: init decoder: %w", err)
	}
	if err := db.WithContext(ctx).AutoMigrate(&subscriptionRow{}, &deliveryRow{}, &cursorRow{}); err != nil {
		return nil, fmt.Errorf("webhooks: migrate: %w", err)
	}
	return &Service{
		db: db, cfg: cfg, src: src, dec: dec,
		client: newHTTPClient(cfg.AttemptTimeout, cfg.AllowPrivate),
		log:    cfg.Logger,
		now:    func() time.Time { return time.Now().UTC() },
		wake:   make(chan struct{}, 1),
	}, nil
}

// Start settles the confirmation depth, initialises the cursor and starts
// the event follower and the delivery workers; they run until Stop. ctx
// bounds the start only.
func (s *Service) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return ErrStarted
	}
	conf, err := s.confirmations(ctx)
	if err != nil {
		return fmt.Errorf("webhooks: confirmations: %w", err)
	}
	if err := s.initCursor(ctx); err != nil {
		return fmt.Errorf("webhooks: init cursor: %w", err)
	}
	s.conf = conf
	run, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	s.started = true
	s.done.Add(1 + s.cfg.Workers)
	go func() {
		defer s.done.Done()
		s.followLoop(run)
	}()
	for range s.cfg.Workers {
		go func() {
			defer s.done.Done()
			s.work(run)
		}()
	}
	s.log.Info("webhooks: started", slog.Uint64("confirmations", conf), slog.Int("workers", s.cfg.Workers),
		slog.Bool("allowPrivate", s.cfg.AllowPrivate))
	return nil
}

// Stop stops the follower and the workers and waits for them, at most until
// ctx ends. Attempts in flight are abandoned and do not count; their
// deliveries are due again at the next start. Stop tolerates a service that
// never started.
func (s *Service) Stop(ctx context.Context) error {
	s.mu.Lock()
	cancel := s.cancel
	s.cancel = nil
	s.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	done := make(chan struct{})
	go func() {
		s.done.Wait()
		s.client.CloseIdleConnections()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("webhooks: stop: %w", ctx.Err())
	}
}

// followLoop runs the follower every poll interval, backing off after
// errors, until ctx ends.
func (s *Service) followLoop(ctx context.Context) {
	backoff := s.cfg.PollInterval
	for {
		wait := s.cfg.PollInterval
		if err := s.follow(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("webhooks: following the chain failed; retrying", slog.Any("error", err), slog.Duration("in", backoff))
			wait = backoff
			backoff = min(2*backoff, 30*time.Second)
		} else {
			backoff = s.cfg.PollInterval
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// Subscribe subscribes owner to the events of the claims it is the insurer
// or the provider of, from the block after the chain's current head. It
// returns the subscription and its signing secret, which is shown only this
// once. Errors wrap ErrInvalid (with a reason) or ErrUnavailable.
func (s *Service) Subscribe(ctx context.Context, owner common.Address, req SubscriptionRequest) (Subscription, string, error) {
	if owner == (common.Address{}) {
		return Subscription{}, "", invalid("the owner must not be the zero address")
	}
	u, err := ValidateURL(req.URL, s.cfg.AllowPrivate)
	if err != nil {
		return Subscription{}, "", err
	}
	events, err := normaliseEvents(req.Events)
	if err != nil {
		return Subscription{}, "", err
	}
	head, err := s.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return Subscription{}, "", fmt.Errorf("%w: head: %v", ErrUnavailable, err)
	}
	secret, err := newSecret()
	if err != nil {
		return Subscription{}, "", err
	}
	sealed, err := sealSecret(s.cfg.SecretKey, secret)
	if err != nil {
		return Subscription{}, "", err
	}
	row := subscriptionRow{Owner: owner.Hex(), URL: u.String(), Events: strings.Join(events, ","), Secret: sealed,
		Active: true, FromBlock: head.Number.Uint64() + 1, CreatedMs: toMs(s.now())}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		if err := tx.Model(&subscriptionRow{}).Where("owner = ?", row.Owner).Count(&n).Error; err != nil {
			return err
		}
		if n >= MaxSubscriptions {
			return invalid("an account may hold at most %d webhooks; delete one first", MaxSubscriptions)
		}
		return tx.Create(&row).Error
	})
	if err != nil {
		return Subscription{}, "", err
	}
	s.log.Info("webhooks: subscribed", slog.Uint64("subscription", row.ID), slog.String("owner", row.Owner))
	return row.subscription(), secret, nil
}

// normaliseEvents checks event types and returns them without repeats, in
// the order of EventTypes; all of them is the same as none.
func normaliseEvents(in []string) ([]string, error) {
	all := EventTypes()
	var out []string
	for _, e := range in {
		if !slices.Contains(all, e) {
			return nil, invalid("unknown event type %q; use some of %s", clip(e), strings.Join(all, ", "))
		}
	}
	for _, e := range all {
		if slices.Contains(in, e) {
			out = append(out, e)
		}
	}
	if len(out) == len(all) {
		return nil, nil
	}
	return out, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// List returns owner's subscriptions, oldest first.
func (s *Service) List(ctx context.Context, owner common.Address) ([]Subscription, error) {
	var rows []subscriptionRow
	if err := s.db.WithContext(ctx).Where("owner = ?", owner.Hex()).Order("id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]Subscription, len(rows))
	for i, r := range rows {
		out[i] = r.subscription()
	}
	return out, nil
}

// Get returns owner's subscription id, or an error wrapping ErrNotFound.
func (s *Service) Get(ctx context.Context, owner common.Address, id uint64) (Subscription, error) {
	r, err := s.owned(s.db.WithContext(ctx), owner, id)
	if err != nil {
		return Subscription{}, err
	}
	return r.subscription(), nil
}

func (s *Service) owned(tx *gorm.DB, owner common.Address, id uint64) (subscriptionRow, error) {
	var r subscriptionRow
	err := tx.Where("id = ? AND owner = ?", id, owner.Hex()).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return r, fmt.Errorf("%w: webhook %d", ErrNotFound, id)
	}
	return r, err
}

// Delete removes owner's subscription id with its deliveries; nothing more
// is delivered for it (an attempt in flight may still arrive).
func (s *Service) Delete(ctx context.Context, owner common.Address, id uint64) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := s.owned(tx, owner, id); err != nil {
			return err
		}
		if err := tx.Where("subscription_id = ?", id).Delete(&deliveryRow{}).Error; err != nil {
			return err
		}
		return tx.Where("id = ?", id).Delete(&subscriptionRow{}).Error
	})
}

// Deliveries returns one page of the deliveries of owner's subscription id,
// newest first.
func (s *Service) Deliveries(ctx context.Context, owner common.Address, id uint64, q DeliveryQuery) (DeliveryPage, error) {
	if q.Limit < 1 || q.Limit > 200 {
		return DeliveryPage{}, invalid("the page size must be from 1 to 200")
	}
	db := s.db.WithContext(ctx)
	if _, err := s.owned(db, owner, id); err != nil {
		return DeliveryPage{}, err
	}
	tx := db.Where("subscription_id = ?", id)
	if q.Before > 0 {
		tx = tx.Where("id < ?", q.Before)
	}
	var rows []deliveryRow
	if err := tx.Order("id DESC").Limit(q.Limit + 1).Find(&rows).Error; err != nil {
		return DeliveryPage{}, err
	}
	var page DeliveryPage
	if len(rows) > q.Limit {
		rows = rows[:q.Limit]
		page.Next = rows[q.Limit-1].ID
	}
	page.Deliveries = make([]Delivery, len(rows))
	for i, r := range rows {
		page.Deliveries[i] = r.delivery()
	}
	return page, nil
}

// Delivery returns one delivery of owner's subscription id.
func (s *Service) Delivery(ctx context.Context, owner common.Address, id, deliveryID uint64) (Delivery, error) {
	db := s.db.WithContext(ctx)
	if _, err := s.owned(db, owner, id); err != nil {
		return Delivery{}, err
	}
	var r deliveryRow
	err := db.Where("id = ? AND subscription_id = ?", deliveryID, id).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Delivery{}, fmt.Errorf("%w: delivery %d of webhook %d", ErrNotFound, deliveryID, id)
	}
	if err != nil {
		return Delivery{}, err
	}
	return r.delivery(), nil
}

// Redeliver queues a delivery of owner's subscription id again, whatever
// its state, to be sent at once with the same delivery id and body (a fresh
// signature): for a failed delivery after the receiver was fixed, or to
// replay one. Its attempts start again from zero. A pending delivery is
// made due now.
func (s *Service) Redeliver(ctx context.Context, owner common.Address, id, deliveryID uint64) (Delivery, error) {
	var out deliveryRow
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := s.owned(tx, owner, id); err != nil {
			return err
		}
		var r deliveryRow
		err := tx.Where("id = ? AND subscription_id = ?", deliveryID, id).Take(&r).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return fmt.Errorf("%w: delivery %d of webhook %d", ErrNotFound, deliveryID, id)
		}
		if err != nil {
			return err
		}
		now := toMs(s.now())
		upd := map[string]any{"state": string(Pending), "next_attempt_ms": now}
		if r.State != string(Pending) {
			upd["attempts"], upd["pending_since_ms"] = 0, now
		}
		if err := tx.Model(&deliveryRow{}).Where("id = ?", r.ID).Updates(upd).Error; err != nil {
			return err
		}
		return tx.Where("id = ?", r.ID).Take(&out).Error
	})
	if err != nil {
		return Delivery{}, err
	}
	s.wakeWorkers()
	return out.delivery(), nil
}

// Confirmations returns the confirmation depth in force (0 before Start).
func (s *Service) Confirmations() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conf
}
