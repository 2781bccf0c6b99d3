package api

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Types of the webhook endpoints: institutions subscribe to the events of
// the insurance claims they are the insurer or the provider of, and see
// and replay the deliveries. backend/webhooks implements the service; the
// delivery format and its signature are documented there and in the API
// description.

// WebhookEventTypes are the event types a subscription can filter on: the
// Claims contract's claim events.
var WebhookEventTypes = []string{"ClaimSubmitted", "ClaimPended", "ClaimApproved", "ClaimDecided",
	"ClaimQueued", "ClaimPaid", "ClaimDenied", "ClaimAppealed"}

// MaxWebhookURLLen is the longest webhook URL accepted, in bytes.
const MaxWebhookURLLen = 2048

// Webhooks is what the API needs from the webhook service. Every method
// acts for owner, the authenticated institution's account: a subscription
// of another account is reported as not found, exactly like one that does
// not exist, so ids of other accounts' subscriptions are not revealed.
// Implementations must be safe for concurrent use and honour ctx.
//
// Errors should wrap [ErrNotFound] (use [NotFound] to give the reason),
// [ErrInvalid] (use [Invalid] to give the reason: a URL the service will
// not call, too many subscriptions) or [ErrUnavailable].
type Webhooks interface {
	// Subscribe subscribes owner to its claim events and returns the
	// subscription and its signing secret, which is shown only this once.
	Subscribe(ctx context.Context, owner common.Address, req WebhookRequest) (Webhook, string, error)
	// ListWebhooks returns owner's subscriptions, oldest first.
	ListWebhooks(ctx context.Context, owner common.Address) ([]Webhook, error)
	// Webhook returns owner's subscription id.
	Webhook(ctx context.Context, owner common.Address, id uint64) (Webhook, error)
	// DeleteWebhook removes owner's subscription id and its deliveries.
	DeleteWebhook(ctx context.Context, owner common.Address, id uint64) error
	// WebhookDeliveries returns one page of the deliveries of owner's
	// subscription id, newest first.
	WebhookDeliveries(ctx context.Context, owner common.Address, id uint64, q WebhookDeliveryQuery) (WebhookDeliveryPage, error)
	// Redeliver queues delivery deliveryID of owner's subscription id to be
	// sent again at once, with the same delivery id and body.
	Redeliver(ctx context.Context, owner common.Address, id, deliveryID uint64) (WebhookDelivery, error)
}

// WebhookRequest asks for a subscription.
type WebhookRequest struct {
	// URL is an http or https URL without credentials or fragment.
	URL string
	// Events are distinct event types of WebhookEventTypes; empty means all.
	Events []string
}

// Webhook is a subscription; its secret is never part of it.
type Webhook struct {
	ID    uint64
	Owner common.Address
	URL   string
	// Events are the delivered event types; empty means all.
	Events []string
	Active bool
	// FromBlock is the first block whose events are delivered.
	FromBlock uint64
	CreatedAt time.Time
}

// WebhookDeliveryState is pending, delivered or failed.
type WebhookDeliveryState string

// Delivery states.
const (
	WebhookPending   WebhookDeliveryState = "pending"
	WebhookDelivered WebhookDeliveryState = "delivered"
	WebhookFailed    WebhookDeliveryState = "failed"
)

// WebhookDelivery is one event for one subscription.
type WebhookDelivery struct {
	// ID is sent as the X-Salus-Delivery header.
	ID             uint64
	SubscriptionID uint64
	// EventID is the event's id (transaction hash and log index).
	EventID string
	Type    string
	ClaimID [32]byte
	State   WebhookDeliveryState
	// Attempts since it was queued or redelivered.
	Attempts int
	// NextAttemptAt is zero unless pending.
	NextAttemptAt time.Time
	// LastAttemptAt is zero before the first attempt.
	LastAttemptAt time.Time
	// LastStatus is the last answer's HTTP status, 0 when none.
	LastStatus int
	// LastError says why the last attempt failed; empty after success.
	LastError   string
	CreatedAt   time.Time
	DeliveredAt time.Time
}

// WebhookDeliveryQuery selects a page of deliveries, newest first.
type WebhookDeliveryQuery struct {
	// Before is the id of the last delivery of the previous page; 0 starts
	// with the newest.
	Before uint64
	// Limit is from 1 to 200.
	Limit int
}

// WebhookDeliveryPage is one page of deliveries.
type WebhookDeliveryPage struct {
	Deliveries []WebhookDelivery
	// Next is the Before of the next page; 0 on the last page.
	Next uint64
}
