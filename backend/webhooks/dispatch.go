package webhooks

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"gorm.io/gorm"
)

// leaseMargin is added to the attempt timeout for the lease of a claimed
// delivery: a worker that died mid-attempt has its delivery tried again
// after the lease.
const leaseMargin = 30 * time.Second

// maxResponseBytes is how much of an answer is read (and dropped), so that
// connections can be reused.
const maxResponseBytes = 4 << 10

// claimed is a delivery a worker holds, with what the attempt needs.
type claimed struct {
	row    deliveryRow
	url    string
	secret string
}

// work is one delivery worker: it claims due deliveries one at a time until
// ctx ends, and waits for a wake-up or the poll interval when none is due.
func (s *Service) work(ctx context.Context) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		for ctx.Err() == nil {
			c, ok, err := s.claim(ctx)
			if err != nil {
				if ctx.Err() == nil {
					s.log.Warn("webhooks: claiming a delivery failed", slog.Any("error", err))
				}
				break
			}
			if !ok {
				break
			}
			s.wakeWorkers() // others may find more due
			s.attempt(ctx, c)
		}
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-t.C:
		}
	}
}

// wakeWorkers tells one waiting worker that deliveries may be due.
func (s *Service) wakeWorkers() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// claim takes the most overdue pending delivery of an active subscription,
// if any, and leases it by moving its next attempt past the attempt's
// timeout. See the package documentation for the locking on each driver.
func (s *Service) claim(ctx context.Context) (claimed, bool, error) {
	var c claimed
	found := false
	const due = `SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
WHERE d.state = ? AND d.next_attempt_ms <= ? AND s.active = ? ORDER BY d.next_attempt_ms, d.id LIMIT 1`
	// A plain read first: an idle service must not take SQLite's write lock
	// every poll (its transactions begin IMMEDIATE).
	var ready []uint64
	if err := s.db.WithContext(ctx).Raw(due, string(Pending), toMs(s.now()), true).Scan(&ready).Error; err != nil || len(ready) == 0 {
		return c, false, err
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		now := s.now()
		q := due
		if tx.Dialector.Name() == "postgres" {
			q += " FOR UPDATE OF d SKIP LOCKED"
		}
		var ids []uint64
		if err := tx.Raw(q, string(Pending), toMs(now), true).Scan(&ids).Error; err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		var row deliveryRow
		if err := tx.Where("id = ?", ids[0]).Take(&row).Error; err != nil {
			return err
		}
		var sub subscriptionRow
		if err := tx.Where("id = ?", row.SubscriptionID).Take(&sub).Error; err != nil {
			return err
		}
		secret, err := openSecret(s.cfg.SecretKey, sub.Secret)
		if err != nil {
			// Another server's key (or none): this delivery can never be
			// signed here. Failing it keeps it from blocking the others.
			s.log.Error("webhooks: the subscription's secret cannot be decrypted with this server's key; delivery failed",
				slog.Uint64("delivery", row.ID), slog.Uint64("subscription", sub.ID))
			s.wakeWorkers() // others may be due
			return tx.Model(&deliveryRow{}).Where("id = ?", row.ID).Updates(map[string]any{"state": string(Failed),
				"next_attempt_ms": int64(0), "last_error": "the signing secret cannot be decrypted with this server's key"}).Error
		}
		lease := toMs(now.Add(s.cfg.AttemptTimeout + leaseMargin))
		if err := tx.Model(&deliveryRow{}).Where("id = ?", row.ID).Update("next_attempt_ms", lease).Error; err != nil {
			return err
		}
		c, found = claimed{row: row, url: sub.URL, secret: secret}, true
		return nil
	})
	return c, found, err
}

// attempt sends one delivery and records the outcome. When ctx ends during
// the attempt (the service stops), the attempt does not count and the
// delivery is due again at once, for the next start.
func (s *Service) attempt(ctx context.Context, c claimed) {
	status, errText := s.send(ctx, c)
	rec := context.WithoutCancel(ctx)
	rec, cancel := context.WithTimeout(rec, 10*time.Second)
	defer cancel()
	now := s.now()
	log := s.log.With(slog.Uint64("delivery", c.row.ID), slog.Uint64("subscription", c.row.SubscriptionID), slog.String("type", c.row.Type))
	if ctx.Err() != nil && (status < 200 || status > 299) {
		if err := s.db.WithContext(rec).Model(&deliveryRow{}).Where("id = ? AND state = ?", c.row.ID, string(Pending)).
			Update("next_attempt_ms", toMs(now)).Error; err != nil {
			log.Warn("webhooks: releasing a delivery on stop failed; it is retried after its lease", slog.Any("error", err))
		}
		return
	}
	attempts := c.row.Attempts + 1
	upd := map[string]any{"attempts": attempts, "last_attempt_ms": toMs(now), "last_status": status, "last_error": errText}
	switch {
	case status >= 200 && status <= 299:
		upd["state"], upd["delivered_ms"], upd["next_attempt_ms"] = string(Delivered), toMs(now), int64(0)
		log.Debug("webhooks: delivered", slog.Int("status", status), slog.Int("attempts", attempts))
	case attempts >= s.cfg.MaxAttempts || now.Sub(fromMs(c.row.PendingSinceMs)) >= s.cfg.MaxAge:
		upd["state"], upd["next_attempt_ms"] = string(Failed), int64(0)
		log.Warn("webhooks: delivery failed for good", slog.Int("attempts", attempts), slog.Int("status", status), slog.String("error", errText))
	default:
		next := now.Add(s.backoff(attempts))
		upd["next_attempt_ms"] = toMs(next)
		log.Info("webhooks: delivery attempt failed; will retry", slog.Int("attempts", attempts), slog.Int("status", status),
			slog.String("error", errText), slog.Time("next", next))
	}
	if err := s.db.WithContext(rec).Model(&deliveryRow{}).Where("id = ? AND state = ?", c.row.ID, string(Pending)).Updates(upd).Error; err != nil {
		log.Error("webhooks: recording a delivery attempt failed; it is retried after its lease", slog.Any("error", err))
	}
	s.attempts.Add(1)
}

// backoff is the wait after the n-th failed attempt: MinBackoff doubled
// n-1 times, capped at MaxBackoff, of which a random half is taken off
// ("equal jitter") so that receivers recovering from an outage are not hit
// by every delivery at once.
func (s *Service) backoff(n int) time.Duration {
	d := s.cfg.MinBackoff
	for i := 1; i < n && d < s.cfg.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, s.cfg.MaxBackoff)
	half := d / 2
	return half + rand.N(half+1)
}

// send POSTs the delivery; it returns the HTTP status (0 without an answer)
// and, unless 2xx, a short description of the failure.
func (s *Service) send(ctx context.Context, c claimed) (int, string) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.AttemptTimeout)
	defer cancel()
	body := []byte(c.row.Payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return 0, "the url cannot be requested"
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Salus-Webhooks/1")
	req.Header.Set(HeaderEvent, c.row.Type)
	req.Header.Set(HeaderDelivery, strconv.FormatUint(c.row.ID, 10))
	req.Header.Set(HeaderSignature, Sign(c.secret, s.now(), body))
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, describeError(ctx, err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxResponseBytes))
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return resp.StatusCode, ""
	}
	if resp.StatusCode >= 300 && resp.StatusCode <= 399 {
		return resp.StatusCode, "the receiver answered with a redirect, which is not followed; subscribe the final URL"
	}
	return resp.StatusCode, "the receiver answered " + strconv.Itoa(resp.StatusCode)
}
