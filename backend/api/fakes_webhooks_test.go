package api

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// testWebhookSecret is the secret the fake hands out.
const testWebhookSecret = "whsec_CQmQ4r0E1bWQ2m2i5kQ3bq2xKx8n8b3V1i9iQm2nWcE"

// fakeWebhooks is a Webhooks over maps that, like the real service, treats
// another owner's subscription as not found. err makes every call fail.
type fakeWebhooks struct {
	recorder
	mu         sync.Mutex
	err        error
	nextID     uint64
	subs       map[uint64]Webhook
	deliveries map[uint64][]WebhookDelivery // by subscription, oldest first
}

func newFakeWebhooks() *fakeWebhooks {
	return &fakeWebhooks{nextID: 42, subs: map[uint64]Webhook{}, deliveries: map[uint64][]WebhookDelivery{}}
}

// add stores a subscription of owner with n deliveries (ids 1..n).
func (f *fakeWebhooks) add(owner common.Address, n int) Webhook {
	f.mu.Lock()
	defer f.mu.Unlock()
	w := Webhook{ID: f.nextID, Owner: owner, URL: "https://hooks.example.org/salus", Events: []string{"ClaimPaid"}, Active: true,
		FromBlock: 101, CreatedAt: fixedNow}
	f.nextID++
	f.subs[w.ID] = w
	for i := 1; i <= n; i++ {
		d := WebhookDelivery{ID: uint64(i), SubscriptionID: w.ID, EventID: fmt.Sprintf("%s:%d", minedTx.TxHash.Hex(), i), Type: "ClaimPaid",
			ClaimID: [32]byte{byte(i)}, State: WebhookDelivered, Attempts: 1, LastAttemptAt: fixedNow, LastStatus: 200,
			CreatedAt: fixedNow, DeliveredAt: fixedNow}
		if i%2 == 0 {
			d.State, d.DeliveredAt, d.LastStatus, d.LastError = WebhookPending, time.Time{}, 503, "the receiver answered 503"
			d.NextAttemptAt = fixedNow.Add(time.Minute)
		}
		f.deliveries[w.ID] = append(f.deliveries[w.ID], d)
	}
	return w
}

func (f *fakeWebhooks) owned(owner common.Address, id uint64) (Webhook, error) {
	w, ok := f.subs[id]
	if !ok || w.Owner != owner {
		return Webhook{}, NotFound(fmt.Sprintf("you have no webhook %d", id))
	}
	return w, nil
}

func (f *fakeWebhooks) Subscribe(_ context.Context, owner common.Address, req WebhookRequest) (Webhook, string, error) {
	f.record("Subscribe", owner, req)
	if f.err != nil {
		return Webhook{}, "", f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	w := Webhook{ID: f.nextID, Owner: owner, URL: req.URL, Events: req.Events, Active: true, FromBlock: 101, CreatedAt: fixedNow}
	f.nextID++
	f.subs[w.ID] = w
	return w, testWebhookSecret, nil
}

func (f *fakeWebhooks) ListWebhooks(_ context.Context, owner common.Address) ([]Webhook, error) {
	f.record("ListWebhooks", owner)
	if f.err != nil {
		return nil, f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Webhook
	for _, w := range f.subs {
		if w.Owner == owner {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (f *fakeWebhooks) Webhook(_ context.Context, owner common.Address, id uint64) (Webhook, error) {
	f.record("Webhook", owner, id)
	if f.err != nil {
		return Webhook{}, f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.owned(owner, id)
}

func (f *fakeWebhooks) DeleteWebhook(_ context.Context, owner common.Address, id uint64) error {
	f.record("DeleteWebhook", owner, id)
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.owned(owner, id); err != nil {
		return err
	}
	delete(f.subs, id)
	delete(f.deliveries, id)
	return nil
}

func (f *fakeWebhooks) WebhookDeliveries(_ context.Context, owner common.Address, id uint64, q WebhookDeliveryQuery) (WebhookDeliveryPage, error) {
	f.record("WebhookDeliveries", owner, id, q)
	if f.err != nil {
		return WebhookDeliveryPage{}, f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.owned(owner, id); err != nil {
		return WebhookDeliveryPage{}, err
	}
	var page WebhookDeliveryPage
	ds := f.deliveries[id]
	for i := len(ds) - 1; i >= 0; i-- {
		if q.Before != 0 && ds[i].ID >= q.Before {
			continue
		}
		if len(page.Deliveries) == q.Limit {
			page.Next = page.Deliveries[q.Limit-1].ID
			break
		}
		page.Deliveries = append(page.Deliveries, ds[i])
	}
	return page, nil
}

func (f *fakeWebhooks) Redeliver(_ context.Context, owner common.Address, id, deliveryID uint64) (WebhookDelivery, error) {
	f.record("Redeliver", owner, id, deliveryID)
	if f.err != nil {
		return WebhookDelivery{}, f.err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.owned(owner, id); err != nil {
		return WebhookDelivery{}, err
	}
	for i, d := range f.deliveries[id] {
		if d.ID == deliveryID {
			d.State, d.Attempts, d.NextAttemptAt, d.DeliveredAt = WebhookPending, 0, fixedNow, time.Time{}
			f.deliveries[id][i] = d
			return d, nil
		}
	}
	return WebhookDelivery{}, NotFound(fmt.Sprintf("webhook %d has no delivery %d", id, deliveryID))
}

// webhookHarness is a server whose Webhooks is a fake.
type webhookHarness struct {
	*harness
	webhooks *fakeWebhooks
}

func newWebhookHarness(t *testing.T) *webhookHarness {
	t.Helper()
	f := newFakeWebhooks()
	h := newHarnessDeps(t, func(d *Deps) { d.Webhooks = f }, func(c *Config) { c.ClientRate, c.CredentialRate = 0, 0 })
	return &webhookHarness{harness: h, webhooks: f}
}
