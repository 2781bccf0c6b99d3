package webhooks

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Tables. Times the service compares (next attempt, pending since) are
// stored as Unix milliseconds: integers order the same on every driver,
// whereas SQLite compares times as text.

// subscriptionRow is a row of webhook_subscriptions.
type subscriptionRow struct {
	ID uint64 `gorm:"primaryKey"`
	// Owner is the checksummed account.
	Owner string `gorm:"size:42;not null;index:webhook_subscriptions_owner"`
	URL   string `gorm:"size:2048;not null"`
	// Events is a comma-separated list of event types; empty means all.
	Events string `gorm:"size:512;not null"`
	// Secret is "plain:<secret>" or "aesgcm:<base64 nonce‖ciphertext>".
	Secret    string `gorm:"size:256;not null"`
	Active    bool   `gorm:"not null"`
	FromBlock uint64 `gorm:"not null"`
	CreatedMs int64  `gorm:"not null"`
}

func (subscriptionRow) TableName() string { return "webhook_subscriptions" }

func (r subscriptionRow) subscription() Subscription {
	s := Subscription{ID: r.ID, Owner: common.HexToAddress(r.Owner), URL: r.URL, Active: r.Active,
		FromBlock: r.FromBlock, CreatedAt: fromMs(r.CreatedMs), Events: []string{}}
	if r.Events != "" {
		s.Events = strings.Split(r.Events, ",")
	}
	return s
}

// deliveryRow is a row of webhook_deliveries, the outbox. The unique key
// (subscription_id, event_id) makes enqueueing idempotent.
type deliveryRow struct {
	ID             uint64 `gorm:"primaryKey"`
	SubscriptionID uint64 `gorm:"not null;uniqueIndex:webhook_deliveries_event,priority:1"`
	EventID        string `gorm:"size:80;not null;uniqueIndex:webhook_deliveries_event,priority:2"`
	Type           string `gorm:"size:32;not null"`
	ClaimID        string `gorm:"size:66;not null"`
	// Payload is the JSON body, fixed at enqueue time so that every attempt
	// sends the same bytes.
	Payload string `gorm:"type:text;not null"`
	State   string `gorm:"size:16;not null;index:webhook_deliveries_due,priority:1"`
	// NextAttemptMs is when a pending delivery is due; while an attempt
	// runs it is the end of the attempt's lease.
	NextAttemptMs  int64  `gorm:"not null;index:webhook_deliveries_due,priority:2"`
	Attempts       int    `gorm:"not null"`
	PendingSinceMs int64  `gorm:"not null"`
	LastAttemptMs  int64  `gorm:"not null"`
	LastStatus     int    `gorm:"not null"`
	LastError      string `gorm:"size:300;not null"`
	CreatedMs      int64  `gorm:"not null"`
	DeliveredMs    int64  `gorm:"not null"`
}

func (deliveryRow) TableName() string { return "webhook_deliveries" }

func (r deliveryRow) delivery() Delivery {
	d := Delivery{ID: r.ID, SubscriptionID: r.SubscriptionID, EventID: r.EventID, Type: r.Type,
		ClaimID: common.HexToHash(r.ClaimID), State: DeliveryState(r.State), Attempts: r.Attempts,
		LastAttemptAt: fromMs(r.LastAttemptMs), LastStatus: r.LastStatus, LastError: r.LastError,
		CreatedAt: fromMs(r.CreatedMs), DeliveredAt: fromMs(r.DeliveredMs)}
	if d.State == Pending {
		d.NextAttemptAt = fromMs(r.NextAttemptMs)
	}
	return d
}

// cursorRow is the event follower's position (one row, name "claims").
type cursorRow struct {
	Name string `gorm:"primaryKey;size:32"`
	// Contract is the followed Claims address; another one restarts the
	// follower from Config.StartBlock.
	Contract string `gorm:"size:42;not null"`
	// Next is the first block not read yet.
	Next uint64 `gorm:"not null"`
	// Hash is the hash of block Next-1, empty before the first range.
	Hash      string `gorm:"size:66;not null"`
	UpdatedMs int64  `gorm:"not null"`
}

func (cursorRow) TableName() string { return "webhook_cursors" }

const cursorName = "claims"

func toMs(t time.Time) int64 { return t.UnixMilli() }

func fromMs(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// Secrets at rest.

const (
	plainPrefix  = "plain:"
	sealedPrefix = "aesgcm:"
)

var errSecretKey = errors.New("webhooks: the signing secret is encrypted and no (or another) secret key is configured")

// sealSecret encodes a secret for storage: encrypted with key (AES-256-GCM,
// random nonce) when set, else as it is.
func sealSecret(key []byte, secret string) (string, error) {
	if key == nil {
		return plainPrefix + secret, nil
	}
	aead, err := newAEAD(key)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, []byte(secret), []byte("salus webhook secret"))
	return sealedPrefix + base64.RawStdEncoding.EncodeToString(out), nil
}

// openSecret is the inverse of sealSecret.
func openSecret(key []byte, stored string) (string, error) {
	if s, ok := strings.CutPrefix(stored, plainPrefix); ok {
		return s, nil
	}
	enc, ok := strings.CutPrefix(stored, sealedPrefix)
	if !ok || key == nil {
		return "", errSecretKey
	}
	raw, err := base64.RawStdEncoding.DecodeString(enc)
	if err != nil {
		return "", errSecretKey
	}
	aead, err := newAEAD(key)
	if err != nil {
		return "", err
	}
	if len(raw) < aead.NonceSize() {
		return "", errSecretKey
	}
	plain, err := aead.Open(nil, raw[:aead.NonceSize()], raw[aead.NonceSize():], []byte("salus webhook secret"))
	if err != nil {
		return "", errSecretKey
	}
	return string(plain), nil
}

func newAEAD(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
