package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/webhooks"
)

// wireWebhooks wires webhook subscriptions and their delivery into the API's
// deps: the service follows the Claims contract on the stack's chain, keeps
// subscriptions and the outbox in the stack's database (s.db), and runs until
// the stack stops. Signing secrets are encrypted at rest with a key kept in
// DataDir/webhooks.key (created on first start, 0600).
func (s *Stack) wireWebhooks(ctx context.Context, deps *api.Deps) error {
	rec, ok := s.manifest.Contracts["Claims"]
	if !ok || rec.Address == (common.Address{}) {
		return errors.New("init webhooks: the deployment has no Claims contract")
	}
	start := rec.Block
	if start == 0 {
		start = s.manifest.DeploymentBlock
	}
	key, err := loadOrCreateKey(s.cfg.webhookKeyFile())
	if err != nil {
		return fmt.Errorf("init webhooks: secret key: %w", err)
	}
	svc, err := webhooks.New(ctx, s.db, webhooks.Config{
		Claims:        rec.Address,
		StartBlock:    start,
		Confirmations: s.cfg.WebhookConfirmations,
		AllowPrivate:  s.cfg.WebhookAllowPrivate,
		SecretKey:     key,
		Logger:        s.logger,
	}, s.client())
	if err != nil {
		return fmt.Errorf("init webhooks: %w", err)
	}
	if err := svc.Start(ctx); err != nil {
		return fmt.Errorf("init webhooks: %w", err)
	}
	s.stopAreas = append(s.stopAreas, svc.Stop)
	if s.cfg.WebhookAllowPrivate {
		s.progress("webhooks may call loopback and private addresses (SALUS_WEBHOOK_ALLOW_PRIVATE; turn it off in production)")
	}
	deps.Webhooks = webhookAPI{svc}
	return nil
}

func (c Config) webhookKeyFile() string { return filepath.Join(c.DataDir, "webhooks.key") }

// loadOrCreateKey reads a 32-byte hex key from path, creating it on first use.
func loadOrCreateKey(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		key := make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
			return nil, err
		}
		return key, nil
	}
	if err != nil {
		return nil, err
	}
	key, err := hex.DecodeString(strings.TrimSpace(string(raw)))
	if err != nil || len(key) != 32 {
		return nil, fmt.Errorf("%s does not hold a 32-byte hex key", path)
	}
	return key, nil
}

// webhookAPI adapts the webhook service to api.Webhooks: types, and errors
// to the API's sentinels.
type webhookAPI struct{ s *webhooks.Service }

func webhookErr(err error) error {
	var inv *webhooks.InvalidError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &inv):
		return api.Invalid(inv.Reason)
	case errors.Is(err, webhooks.ErrNotFound):
		return api.NotFound(strings.TrimPrefix(err.Error(), webhooks.ErrNotFound.Error()+": ") + " does not exist, or is not yours")
	case errors.Is(err, webhooks.ErrUnavailable):
		return fmt.Errorf("%w: %v", api.ErrUnavailable, err)
	}
	return err
}

func toAPIWebhook(w webhooks.Subscription) api.Webhook {
	return api.Webhook{ID: w.ID, Owner: w.Owner, URL: w.URL, Events: w.Events, Active: w.Active, FromBlock: w.FromBlock, CreatedAt: w.CreatedAt}
}

func toAPIDelivery(d webhooks.Delivery) api.WebhookDelivery {
	return api.WebhookDelivery{ID: d.ID, SubscriptionID: d.SubscriptionID, EventID: d.EventID, Type: d.Type, ClaimID: d.ClaimID,
		State: api.WebhookDeliveryState(d.State), Attempts: d.Attempts, NextAttemptAt: d.NextAttemptAt, LastAttemptAt: d.LastAttemptAt,
		LastStatus: d.LastStatus, LastError: d.LastError, CreatedAt: d.CreatedAt, DeliveredAt: d.DeliveredAt}
}

func (a webhookAPI) Subscribe(ctx context.Context, owner common.Address, req api.WebhookRequest) (api.Webhook, string, error) {
	w, secret, err := a.s.Subscribe(ctx, owner, webhooks.SubscriptionRequest{URL: req.URL, Events: req.Events})
	if err != nil {
		return api.Webhook{}, "", webhookErr(err)
	}
	return toAPIWebhook(w), secret, nil
}

func (a webhookAPI) ListWebhooks(ctx context.Context, owner common.Address) ([]api.Webhook, error) {
	ws, err := a.s.List(ctx, owner)
	if err != nil {
		return nil, webhookErr(err)
	}
	out := make([]api.Webhook, len(ws))
	for i, w := range ws {
		out[i] = toAPIWebhook(w)
	}
	return out, nil
}

func (a webhookAPI) Webhook(ctx context.Context, owner common.Address, id uint64) (api.Webhook, error) {
	w, err := a.s.Get(ctx, owner, id)
	if err != nil {
		return api.Webhook{}, webhookErr(err)
	}
	return toAPIWebhook(w), nil
}

func (a webhookAPI) DeleteWebhook(ctx context.Context, owner common.Address, id uint64) error {
	return webhookErr(a.s.Delete(ctx, owner, id))
}

func (a webhookAPI) WebhookDeliveries(ctx context.Context, owner common.Address, id uint64, q api.WebhookDeliveryQuery) (api.WebhookDeliveryPage, error) {
	p, err := a.s.Deliveries(ctx, owner, id, webhooks.DeliveryQuery{Before: q.Before, Limit: q.Limit})
	if err != nil {
		return api.WebhookDeliveryPage{}, webhookErr(err)
	}
	out := api.WebhookDeliveryPage{Deliveries: make([]api.WebhookDelivery, len(p.Deliveries)), Next: p.Next}
	for i, d := range p.Deliveries {
		out.Deliveries[i] = toAPIDelivery(d)
	}
	return out, nil
}

func (a webhookAPI) Redeliver(ctx context.Context, owner common.Address, id, deliveryID uint64) (api.WebhookDelivery, error) {
	d, err := a.s.Redeliver(ctx, owner, id, deliveryID)
	if err != nil {
		return api.WebhookDelivery{}, webhookErr(err)
	}
	return toAPIDelivery(d), nil
}
