// Package webhooks lets insurers and providers subscribe to the events of
// their insurance claims by webhook: signed HTTP POSTs, retried with
// exponential backoff, delivered at least once, and resumed after a restart.
//
// # How it works
//
// A [Service] has three parts that share one SQL database (gorm; SQLite or
// PostgreSQL), in tables of its own (webhook_subscriptions,
// webhook_deliveries, webhook_cursors):
//
//   - Subscriptions: an institution's account, an http(s) URL, an optional
//     filter of event types, an active flag and a signing secret generated
//     by the server (32 random bytes) and shown once, at creation.
//   - The event follower reads the Claims contract's logs over standard
//     eth_* JSON-RPC, only from blocks at least Confirmations below the head
//     (Clique has no finality tags: depth is the safety), decodes them with
//     the abigen bindings, learns the insurer and provider of each claim
//     (from the event, or by reading the claim from the contract at the
//     event's block), and enqueues one delivery per matching subscription in
//     an outbox table, in the same database transaction that advances its
//     cursor. Enqueueing is therefore exactly once per (subscription, event)
//     — a unique key makes a replay after a crash harmless — and nothing is
//     lost between the chain and the outbox.
//   - The delivery workers (Config.Workers of them, so concurrency is
//     bounded) take due deliveries from the outbox, POST them, and record
//     the outcome. Pending deliveries and their next attempt times live in
//     the database, so a restarted service resumes them: delivery is at
//     least once, and receivers deduplicate by the X-Salus-Delivery header.
//
// # What a receiver gets
//
// Each delivery is a POST with Content-Type application/json and the body
// of [Payload]: ids, addresses and amounts only — claims carry no medical
// content and neither do their webhooks (the patient is not named either).
// The headers are
//
//	X-Salus-Event:     the event type, e.g. ClaimPaid
//	X-Salus-Delivery:  the delivery's id, the same on every retry and redelivery
//	X-Salus-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
//
// A receiver checks the signature with [Verify] (or its own code: compute
// the HMAC over the timestamp, a dot and the raw body bytes, compare in
// constant time, and refuse timestamps more than [DefaultTolerance] away
// from its clock, which bounds replays), answers 2xx quickly, and ignores a
// delivery id it has seen before. Any other answer, a redirect, a timeout or
// a connection error is retried with exponential backoff and jitter until
// Config.MaxAttempts attempts or Config.MaxAge have passed; then the
// delivery is marked failed and stays visible (and can be redelivered).
// Deliveries are not ordered — a retried one arrives after later events —
// so receivers order by blockNumber and the log index in the event id.
//
// # Destinations (SSRF)
//
// The backend sits inside an institution's network, so a webhook URL could
// point it at internal services. By default the service refuses
// destinations in loopback, private (RFC 1918, RFC 4193), link-local
// (including cloud metadata at 169.254.169.254), CGNAT, unspecified,
// multicast and other non-public ranges. The check is made when a
// subscription is created (IP literals and "localhost") and again on every
// connection, after DNS resolution, in the dialer — so a name that later
// resolves to a private address (DNS rebinding) is refused too. Redirects
// are not followed and proxies from the environment are not used. Tests
// and the local devnet set Config.AllowPrivate. URLs must be http or https,
// without credentials (user:password@) or a fragment.
//
// # Secrets
//
// The signing secret must be kept in recoverable form: an HMAC is computed
// with the secret itself for every delivery, so a one-way hash (as for
// passwords or API tokens) cannot be used. It is encrypted at rest with
// AES-256-GCM when Config.SecretKey is set (the embedded stack keeps such a
// key in its data directory), so a copy of the database alone does not
// reveal it. Secrets and URLs (whose query strings may carry tokens) are
// never logged.
//
// # Dispatching safely
//
// A worker claims one due delivery in a short transaction and moves its next
// attempt time past the attempt's timeout (a lease); a worker that dies
// mid-attempt leaves the delivery to be retried when the lease ends. On
// PostgreSQL the claim uses SELECT … FOR UPDATE SKIP LOCKED, so several
// services on one database share the work without taking the same
// delivery. SQLite has a single writer and its transactions here begin
// IMMEDIATE (see backend/db), so a claim is serialised with every other
// write and the same query without the locking clause is safe. The event
// follower advances its cursor with a compare-and-set, so two services on
// one database never enqueue a block twice; running one service per
// database is the intended setup.
package webhooks

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Event types: the names of the Claims contract's claim events.
const (
	ClaimSubmitted = "ClaimSubmitted"
	ClaimPended    = "ClaimPended"
	ClaimApproved  = "ClaimApproved"
	ClaimDecided   = "ClaimDecided"
	ClaimQueued    = "ClaimQueued"
	ClaimPaid      = "ClaimPaid"
	ClaimDenied    = "ClaimDenied"
	ClaimAppealed  = "ClaimAppealed"
)

// EventTypes returns every event type a subscription can filter on, in the
// order a claim usually meets them.
func EventTypes() []string {
	return []string{ClaimSubmitted, ClaimPended, ClaimApproved, ClaimDecided, ClaimQueued, ClaimPaid, ClaimDenied, ClaimAppealed}
}

// Headers of every delivery.
const (
	HeaderEvent     = "X-Salus-Event"
	HeaderDelivery  = "X-Salus-Delivery"
	HeaderSignature = "X-Salus-Signature"
)

// Limits on subscriptions.
const (
	// MaxURLLen is the longest webhook URL accepted, in bytes.
	MaxURLLen = 2048
	// MaxSubscriptions is the most subscriptions one account may hold.
	MaxSubscriptions = 20
)

// Errors of the service. Check them with [errors.Is].
var (
	// ErrNotFound: no such subscription or delivery, or it belongs to
	// another account (the two are not told apart, so ids of other
	// accounts' subscriptions are not revealed).
	ErrNotFound = errors.New("webhooks: not found")
	// ErrInvalid: the subscription request is unacceptable (URL, event
	// types, too many subscriptions); the error's text after the prefix
	// says why, for the caller.
	ErrInvalid = errors.New("webhooks: invalid")
	// ErrUnavailable: the chain node could not be asked for its head.
	ErrUnavailable = errors.New("webhooks: chain unavailable")
	// ErrStarted: Start was called twice.
	ErrStarted = errors.New("webhooks: already started")
)

// invalid returns an error wrapping ErrInvalid whose reason can be shown
// to the caller.
func invalid(format string, args ...any) error {
	return &InvalidError{Reason: fmt.Sprintf(format, args...)}
}

// InvalidError is a refused request; Reason is a lowercase clause meant for
// the caller, without internal detail.
type InvalidError struct{ Reason string }

// Error implements error.
func (e *InvalidError) Error() string { return ErrInvalid.Error() + ": " + e.Reason }

// Unwrap returns ErrInvalid.
func (e *InvalidError) Unwrap() error { return ErrInvalid }

// Subscription is a webhook subscription as the service reports it; the
// secret is never part of it (see [Service.Subscribe]).
type Subscription struct {
	ID uint64
	// Owner is the subscribing institution's account; it receives the
	// events of claims it is the insurer or the provider of.
	Owner common.Address
	URL   string
	// Events are the event types delivered; empty means all.
	Events []string
	Active bool
	// FromBlock is the first block whose events are delivered: the block
	// after the chain's head at subscription time.
	FromBlock uint64
	CreatedAt time.Time
}

// Wants reports whether the subscription takes events of type typ.
func (s Subscription) Wants(typ string) bool {
	return len(s.Events) == 0 || slices.Contains(s.Events, typ)
}

// SubscriptionRequest asks for a subscription.
type SubscriptionRequest struct {
	// URL is where deliveries are POSTed: http or https, no credentials,
	// no fragment, at most MaxURLLen bytes.
	URL string
	// Events filters the event types; nil or empty means all.
	Events []string
}

// DeliveryState is where a delivery stands.
type DeliveryState string

// Delivery states.
const (
	// Pending deliveries wait for their next attempt.
	Pending DeliveryState = "pending"
	// Delivered deliveries got a 2xx answer.
	Delivered DeliveryState = "delivered"
	// Failed deliveries ran out of attempts or time; they stay visible and
	// can be redelivered.
	Failed DeliveryState = "failed"
)

// Delivery is one event for one subscription, with its attempts so far.
type Delivery struct {
	// ID is the delivery's id, sent as X-Salus-Delivery; it never changes.
	ID             uint64
	SubscriptionID uint64
	// EventID is the event's id (the transaction hash and log index), the
	// same for every subscription that receives it.
	EventID string
	Type    string
	ClaimID common.Hash
	State   DeliveryState
	// Attempts counts the attempts since the delivery was queued or
	// redelivered.
	Attempts int
	// NextAttemptAt is when a pending delivery is tried next; zero otherwise.
	NextAttemptAt time.Time
	// LastAttemptAt, LastStatus (HTTP status, 0 without an answer) and
	// LastError (empty after success) describe the last attempt.
	LastAttemptAt time.Time
	LastStatus    int
	LastError     string
	CreatedAt     time.Time
	DeliveredAt   time.Time
}

// DeliveryQuery selects one page of a subscription's deliveries, newest
// first.
type DeliveryQuery struct {
	// Before is the id of the last delivery of the previous page; 0 starts
	// with the newest.
	Before uint64
	// Limit is the page size, 1 to 200.
	Limit int
}

// DeliveryPage is one page of deliveries.
type DeliveryPage struct {
	Deliveries []Delivery
	// Next is the Before of the next page, 0 when this is the last one.
	Next uint64
}

// Payload is the JSON body of a delivery. It carries ids, addresses and
// amounts only.
type Payload struct {
	// ID is the event's id: the transaction hash and the log index,
	// "0x…:3". It is the same for every subscription receiving the event.
	ID   string `json:"id"`
	Type string `json:"type"`
	// ClaimID is the claim's id (bytes32, 0x-hex).
	ClaimID  string `json:"claimId"`
	Insurer  string `json:"insurer"`
	Provider string `json:"provider"`
	// Amount is in settlement tokens as a decimal string with six
	// fractional digits, for ClaimSubmitted (the allowed total),
	// ClaimApproved (the approved total), ClaimDecided (the payout),
	// ClaimQueued (the amount owed) and ClaimPaid (the amount paid).
	Amount      string `json:"amount,omitempty"`
	BlockNumber uint64 `json:"blockNumber"`
	TxHash      string `json:"txHash"`
	// OccurredAt is the block's time, RFC 3339 in UTC.
	OccurredAt string `json:"occurredAt"`
}

// event is a decoded claim event with its parties.
type event struct {
	typ       string
	claimID   common.Hash
	insurer   common.Address
	provider  common.Address
	amount    *big.Int // nil when the type has none
	block     uint64
	blockHash common.Hash
	txHash    common.Hash
	logIndex  uint
	time      time.Time
}

// id is the event's id: transaction hash and log index.
func (e event) id() string { return fmt.Sprintf("%s:%d", e.txHash.Hex(), e.logIndex) }
