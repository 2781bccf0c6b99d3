package webhooks

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/db/dbtest"
)

// testConfig is fast: short polls and backoffs, loopback receivers allowed.
func testConfig() Config {
	return Config{Claims: claimsAddr, StartBlock: 1, Confirmations: 2, PollInterval: 10 * time.Millisecond,
		Workers: 2, AttemptTimeout: 2 * time.Second, MaxAttempts: 6, MinBackoff: 20 * time.Millisecond,
		MaxBackoff: 200 * time.Millisecond, AllowPrivate: true}
}

func newService(t *testing.T, g *gorm.DB, cfg Config, src Source) *Service {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := New(ctx, g, cfg, src)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

func start(t *testing.T, s *Service) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { stop(t, s) })
}

func stop(t *testing.T, s *Service) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Errorf("Stop: %v", err)
	}
}

func subscribe(t *testing.T, s *Service, owner common.Address, url string, events ...string) (Subscription, string) {
	t.Helper()
	sub, secret, err := s.Subscribe(context.Background(), owner, SubscriptionRequest{URL: url, Events: events})
	if err != nil {
		t.Fatalf("Subscribe: %v", err)
	}
	return sub, secret
}

func deliveries(t *testing.T, s *Service, owner common.Address, id uint64) []Delivery {
	t.Helper()
	p, err := s.Deliveries(context.Background(), owner, id, DeliveryQuery{Limit: 200})
	if err != nil {
		t.Fatalf("Deliveries: %v", err)
	}
	return p.Deliveries
}

func claimID(name string) common.Hash { return crypto.Keccak256Hash([]byte(name)) }

// forDrivers runs f on a fresh database of each driver.
func forDrivers(t *testing.T, f func(t *testing.T, g *gorm.DB)) {
	for _, d := range dbtest.Drivers {
		t.Run(d, func(t *testing.T) { f(t, dbtest.Open(t, d)) })
	}
}

func TestDeliversClaimEventsToTheirParties(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		chain.emptyBlocks(t, 3)
		svc := newService(t, g, testConfig(), chain)
		insurerHook, providerHook, otherHook := newReceiver(t), newReceiver(t), newReceiver(t)
		insSub, insSecret := subscribe(t, svc, insurerA, insurerHook.srv.URL)
		_, provSecret := subscribe(t, svc, providerA, providerHook.srv.URL+"/hook?x=1", ClaimPaid)
		_, otherSecret := subscribe(t, svc, insurerB, otherHook.srv.URL)
		insurerHook.setSecret(insSecret)
		providerHook.setSecret(provSecret)
		otherHook.setSecret(otherSecret)
		start(t, svc)

		id1, id2 := claimID("claim 1"), claimID("claim 2")
		chain.setClaim(id2, insurerA, providerA)
		chain.addBlock(t, 0, submitted(id1, providerA, insurerA, 30_000_000, 12_500_000), poolDeposited(insurerA), paid(id1, insurerA, providerA, 34_000_000))
		pendBlock := chain.addBlock(t, 0, submitted(id2, providerA, insurerA, 900_000_000), pended(id2))
		chain.emptyBlocks(t, 2) // confirms both blocks

		waitFor(t, 10*time.Second, "four deliveries to the insurer", func() bool { return len(insurerHook.requests()) >= 4 })
		waitFor(t, 10*time.Second, "one delivery to the provider", func() bool { return len(providerHook.requests()) >= 1 })
		time.Sleep(100 * time.Millisecond) // room for anything that should not come

		got := insurerHook.requests()
		if len(got) != 4 {
			t.Fatalf("insurer got %d deliveries, want 4", len(got))
		}
		types := map[string]Payload{}
		for _, r := range got {
			if r.verified != nil {
				t.Errorf("delivery %s: signature does not verify: %v", r.delivery, r.verified)
			}
			if r.event != r.payload.Type {
				t.Errorf("X-Salus-Event %q, payload type %q", r.event, r.payload.Type)
			}
			if strings.Contains(string(r.body), strings.ToLower(patientA.Hex()[2:])) || strings.Contains(string(r.body), patientA.Hex()) {
				t.Errorf("the payload names the patient: %s", r.body)
			}
			types[r.payload.Type+" "+r.payload.ClaimID] = r.payload
		}
		sub1 := types[ClaimSubmitted+" "+id1.Hex()]
		if sub1.Amount != "42.500000" || sub1.Insurer != insurerA.Hex() || sub1.Provider != providerA.Hex() || sub1.BlockNumber != 4 {
			t.Errorf("ClaimSubmitted payload: %+v", sub1)
		}
		p1 := types[ClaimPaid+" "+id1.Hex()]
		if p1.Amount != "34.000000" || !strings.HasSuffix(p1.ID, ":2") || p1.OccurredAt != "2025-06-15T15:06:48Z" {
			t.Errorf("ClaimPaid payload: %+v", p1)
		}
		pend := types[ClaimPended+" "+id2.Hex()]
		if pend.Insurer != insurerA.Hex() || pend.Provider != providerA.Hex() || pend.Amount != "" {
			t.Errorf("ClaimPended payload (parties read from the contract): %+v", pend)
		}
		chain.mu.Lock()
		calls := append([]uint64(nil), chain.claimCalls...)
		chain.mu.Unlock()
		if len(calls) != 1 || calls[0] != pendBlock.Number.Uint64() {
			t.Errorf("claim() reads at blocks %v, want one at the pended event's block %d", calls, pendBlock.Number)
		}

		prov := providerHook.requests()
		if len(prov) != 1 || prov[0].payload.Type != ClaimPaid || prov[0].verified != nil {
			t.Errorf("provider (ClaimPaid only) got %+v", prov)
		}
		if n := len(otherHook.requests()); n != 0 {
			t.Errorf("another insurer's subscription got %d deliveries of claims it is no party to", n)
		}
		ds := deliveries(t, svc, insurerA, insSub.ID)
		if len(ds) != 4 {
			t.Fatalf("listed %d deliveries, want 4", len(ds))
		}
		for _, d := range ds {
			if d.State != Delivered || d.Attempts != 1 || d.LastStatus != 200 || d.DeliveredAt.IsZero() {
				t.Errorf("delivery %+v, want delivered at the first attempt", d)
			}
		}
		if ds[0].ID < ds[3].ID {
			t.Errorf("deliveries not newest first: %d before %d", ds[0].ID, ds[3].ID)
		}
	})
}

func TestOnlyConfirmedBlocksAreDelivered(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		chain.emptyBlocks(t, 2)
		svc := newService(t, g, testConfig(), chain)
		hook := newReceiver(t)
		_, secret := subscribe(t, svc, insurerA, hook.srv.URL)
		hook.setSecret(secret)
		start(t, svc)

		// An event in a block one deep, then that block is replaced by one
		// without it: nothing is delivered.
		chain.addBlock(t, 1, paid(claimID("orphan"), insurerA, providerA, 1))
		chain.emptyBlocks(t, 1)
		time.Sleep(150 * time.Millisecond)
		if n := len(hook.requests()); n != 0 {
			t.Fatalf("got %d deliveries of a block one deep, want 0 with two confirmations", n)
		}
		chain.dropHead()
		chain.dropHead()
		chain.addBlock(t, 2, paid(claimID("kept"), insurerA, providerA, 2))
		chain.emptyBlocks(t, 2)
		waitFor(t, 5*time.Second, "the delivery of the canonical block", func() bool { return len(hook.requests()) >= 1 })
		time.Sleep(100 * time.Millisecond)
		got := hook.requests()
		if len(got) != 1 || got[0].payload.ClaimID != claimID("kept").Hex() {
			t.Fatalf("got %d deliveries (%+v), want only the canonical block's", len(got), got)
		}
	})
}

func TestRetriesWithBackoff(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.MinBackoff, cfg.MaxBackoff = 40*time.Millisecond, 400*time.Millisecond
		svc := newService(t, g, cfg, chain)
		hook := newReceiver(t)
		const failures = 3
		hook.setStatus(func(n int) int {
			if n <= failures {
				return 503
			}
			return 204
		})
		sub, secret := subscribe(t, svc, insurerA, hook.srv.URL)
		hook.setSecret(secret)
		start(t, svc)
		chain.addBlock(t, 0, paid(claimID("retried"), insurerA, providerA, 7))
		chain.emptyBlocks(t, 2)

		waitFor(t, 10*time.Second, "the delivery after three failures", func() bool {
			ds := deliveries(t, svc, insurerA, sub.ID)
			return len(ds) == 1 && ds[0].State == Delivered
		})
		got := hook.requests()
		if len(got) != failures+1 {
			t.Fatalf("receiver got %d requests, want %d", len(got), failures+1)
		}
		for i := 1; i < len(got); i++ {
			if got[i].delivery != got[0].delivery || string(got[i].body) != string(got[0].body) {
				t.Errorf("attempt %d: delivery id %q body %s, want the first attempt's %q %s", i+1, got[i].delivery, got[i].body, got[0].delivery, got[0].body)
			}
			// Attempt i waited at least half of MinBackoff·2^(i-1).
			want := cfg.MinBackoff << (i - 1) / 2
			if gap := got[i].at.Sub(got[i-1].at); gap < want {
				t.Errorf("attempt %d came %s after the previous one, want at least %s", i+1, gap, want)
			}
		}
		d := deliveries(t, svc, insurerA, sub.ID)[0]
		if d.Attempts != failures+1 || d.LastStatus != 204 || d.LastError != "" {
			t.Errorf("delivery after success: %+v", d)
		}
	})
}

func TestFailedDeliveriesStayVisibleAndCanBeRedelivered(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.MaxAttempts = 3
		svc := newService(t, g, cfg, chain)
		hook := newReceiver(t)
		hook.setStatus(func(int) int { return 500 })
		sub, secret := subscribe(t, svc, providerA, hook.srv.URL)
		hook.setSecret(secret)
		start(t, svc)
		chain.addBlock(t, 0, submitted(claimID("dead"), providerA, insurerA, 5))
		chain.emptyBlocks(t, 2)

		waitFor(t, 10*time.Second, "the delivery to fail", func() bool {
			ds := deliveries(t, svc, providerA, sub.ID)
			return len(ds) == 1 && ds[0].State == Failed
		})
		time.Sleep(100 * time.Millisecond)
		d := deliveries(t, svc, providerA, sub.ID)[0]
		if d.Attempts != 3 || d.LastStatus != 500 || d.LastError == "" || !d.NextAttemptAt.IsZero() {
			t.Errorf("failed delivery: %+v, want 3 attempts, status 500, an error and no next attempt", d)
		}
		if n := len(hook.requests()); n != 3 {
			t.Errorf("receiver got %d requests, want exactly MaxAttempts=3", n)
		}

		// The receiver is fixed; redelivering sends the same delivery id, and a
		// second redelivery is recognised by the receiver as a duplicate.
		hook.setStatus(nil)
		for i := range 2 {
			r, err := svc.Redeliver(context.Background(), providerA, sub.ID, d.ID)
			if err != nil || r.State != Pending || r.Attempts != 0 {
				t.Fatalf("Redeliver: %+v, %v", r, err)
			}
			waitFor(t, 5*time.Second, "the redelivery", func() bool {
				ds := deliveries(t, svc, providerA, sub.ID)
				return ds[0].State == Delivered && len(hook.requests()) == 4+i
			})
		}
		seen := map[string]int{}
		for _, r := range hook.requests() {
			if r.verified != nil {
				t.Errorf("signature: %v", r.verified)
			}
			seen[r.delivery]++
		}
		if len(seen) != 1 || seen[strconv.FormatUint(d.ID, 10)] != 5 {
			t.Errorf("delivery ids seen: %v, want one id (%d) five times, which a receiver deduplicates", seen, d.ID)
		}
		if _, err := svc.Redeliver(context.Background(), insurerA, sub.ID, d.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("Redeliver by another account: got %v, want ErrNotFound", err)
		}
		if _, err := svc.Redeliver(context.Background(), providerA, sub.ID, d.ID+100); !errors.Is(err, ErrNotFound) {
			t.Errorf("Redeliver of an unknown delivery: got %v, want ErrNotFound", err)
		}
	})
}

func TestPendingDeliveriesSurviveARestart(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.MinBackoff, cfg.MaxBackoff = 300*time.Millisecond, 300*time.Millisecond
		first := newService(t, g, cfg, chain)
		hook := newReceiver(t)
		hook.setStatus(func(int) int { return 503 }) // the receiver is down
		sub, secret := subscribe(t, first, insurerA, hook.srv.URL)
		hook.setSecret(secret)
		start(t, first)
		chain.addBlock(t, 0, paid(claimID("across restart"), insurerA, providerA, 9))
		chain.emptyBlocks(t, 2)
		waitFor(t, 5*time.Second, "a failed first attempt", func() bool { return len(hook.requests()) >= 1 })
		stop(t, first)
		ds := deliveries(t, first, insurerA, sub.ID)
		if len(ds) != 1 || ds[0].State != Pending {
			t.Fatalf("after stop: %+v, want one pending delivery", ds)
		}
		before := len(hook.requests())

		hook.setStatus(nil) // the receiver is back
		time.Sleep(400 * time.Millisecond)
		if n := len(hook.requests()); n != before {
			t.Fatalf("a stopped service sent %d more requests", n-before)
		}
		second := newService(t, g, cfg, chain)
		start(t, second)
		waitFor(t, 5*time.Second, "the delivery by the restarted service", func() bool {
			ds := deliveries(t, second, insurerA, sub.ID)
			return len(ds) == 1 && ds[0].State == Delivered
		})
		got := hook.requests()
		last := got[len(got)-1]
		if last.verified != nil || last.delivery != got[0].delivery || last.payload.ClaimID != claimID("across restart").Hex() {
			t.Errorf("delivery after restart: %+v", last)
		}
		// The restarted follower resumed from its cursor: nothing was queued twice.
		chain.emptyBlocks(t, 3)
		time.Sleep(100 * time.Millisecond)
		if n := len(deliveries(t, second, insurerA, sub.ID)); n != 1 {
			t.Errorf("%d deliveries after restart, want 1", n)
		}
	})
}

func TestSubscriptionsBelongToTheirOwner(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.AllowPrivate = false
		cfg.SecretKey = make([]byte, 32)
		cfg.SecretKey[0] = 7
		svc := newService(t, g, cfg, chain)
		ctx := context.Background()
		sub, secret, err := svc.Subscribe(ctx, insurerA, SubscriptionRequest{URL: "https://hooks.example.org/salus?k=1",
			Events: []string{ClaimPaid, ClaimSubmitted, ClaimPaid}})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(secret, SecretPrefix) || len(secret) != len(SecretPrefix)+43 {
			t.Errorf("secret %q, want %s and 32 bytes in base64url", secret, SecretPrefix)
		}
		if strings.Join(sub.Events, ",") != "ClaimSubmitted,ClaimPaid" || sub.FromBlock != 1 || !sub.Active {
			t.Errorf("subscription: %+v", sub)
		}
		var stored subscriptionRow
		if err := g.Where("id = ?", sub.ID).Take(&stored).Error; err != nil {
			t.Fatal(err)
		}
		if strings.Contains(stored.Secret, secret[len(SecretPrefix):]) || !strings.HasPrefix(stored.Secret, sealedPrefix) {
			t.Errorf("the secret is stored readable: %q", stored.Secret)
		}
		if got, err := openSecret(cfg.SecretKey, stored.Secret); err != nil || got != secret {
			t.Errorf("openSecret: %q, %v", got, err)
		}
		if _, err := openSecret(make([]byte, 32), stored.Secret); err == nil {
			t.Error("openSecret with another key: got nil error")
		}

		if _, err := svc.Get(ctx, insurerB, sub.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("Get by another account: %v, want ErrNotFound", err)
		}
		if _, err := svc.Deliveries(ctx, insurerB, sub.ID, DeliveryQuery{Limit: 10}); !errors.Is(err, ErrNotFound) {
			t.Errorf("Deliveries by another account: %v, want ErrNotFound", err)
		}
		if err := svc.Delete(ctx, insurerB, sub.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("Delete by another account: %v, want ErrNotFound", err)
		}
		if l, err := svc.List(ctx, insurerB); err != nil || len(l) != 0 {
			t.Errorf("List of another account: %v, %v", l, err)
		}
		if l, err := svc.List(ctx, insurerA); err != nil || len(l) != 1 || l[0].URL != "https://hooks.example.org/salus?k=1" {
			t.Errorf("List: %+v, %v", l, err)
		}
		for _, bad := range []SubscriptionRequest{
			{URL: "http://127.0.0.1:9/x"}, {URL: "http://localhost/x"}, {URL: "https://user:pw@hooks.example.org/"},
			{URL: "ftp://hooks.example.org/"}, {URL: "https://hooks.example.org/", Events: []string{"PoolDeposited"}},
		} {
			if _, _, err := svc.Subscribe(ctx, insurerA, bad); !errors.Is(err, ErrInvalid) {
				t.Errorf("Subscribe(%+v): got %v, want ErrInvalid", bad, err)
			}
		}
		if err := svc.Delete(ctx, insurerA, sub.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Get(ctx, insurerA, sub.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("Get after Delete: %v, want ErrNotFound", err)
		}
		for i := range MaxSubscriptions {
			if _, _, err := svc.Subscribe(ctx, insurerA, SubscriptionRequest{URL: "https://hooks.example.org/" + strconv.Itoa(i)}); err != nil {
				t.Fatal(err)
			}
		}
		if _, _, err := svc.Subscribe(ctx, insurerA, SubscriptionRequest{URL: "https://hooks.example.org/one-more"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("subscription %d: got %v, want ErrInvalid", MaxSubscriptions+1, err)
		}
		chain.headErr = errors.New("node down")
		if _, _, err := svc.Subscribe(ctx, insurerB, SubscriptionRequest{URL: "https://hooks.example.org/"}); !errors.Is(err, ErrUnavailable) {
			t.Errorf("Subscribe with the node down: got %v, want ErrUnavailable", err)
		}
	})
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	s := &Service{cfg: Config{MinBackoff: time.Second, MaxBackoff: 16 * time.Second}}
	for n, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 3: 4 * time.Second, 5: 16 * time.Second, 40: 16 * time.Second} {
		for range 50 {
			if got := s.backoff(n); got < want/2 || got > want {
				t.Fatalf("backoff(%d) = %s, want within [%s, %s]", n, got, want/2, want)
			}
		}
	}
}

func TestUndecryptableSecretsFailTheirDeliveriesWithoutBlockingOthers(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.SecretKey = make([]byte, 32)
		first := newService(t, g, cfg, chain)
		hook := newReceiver(t)
		lost, _ := subscribe(t, first, insurerA, hook.srv.URL+"/lost")

		other := cfg
		other.SecretKey = make([]byte, 32)
		other.SecretKey[31] = 1
		svc := newService(t, g, other, chain)
		kept, secret := subscribe(t, svc, providerA, hook.srv.URL+"/kept")
		hook.setSecret(secret)
		start(t, svc)
		chain.addBlock(t, 0, paid(claimID("keys"), insurerA, providerA, 3))
		chain.emptyBlocks(t, 2)

		waitFor(t, 5*time.Second, "the delivery signed with a readable secret", func() bool {
			ds := deliveries(t, svc, providerA, kept.ID)
			return len(ds) == 1 && ds[0].State == Delivered
		})
		waitFor(t, 5*time.Second, "the other delivery to fail", func() bool {
			ds := deliveries(t, svc, insurerA, lost.ID)
			return len(ds) == 1 && ds[0].State == Failed && strings.Contains(ds[0].LastError, "decrypted")
		})
		for _, r := range hook.requests() {
			if r.verified != nil || r.payload.Provider != providerA.Hex() {
				t.Errorf("unexpected request: %+v", r)
			}
		}
	})
}

func TestDeliveriesFailAfterTheirMaximumAge(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.MaxAttempts, cfg.MaxAge = 1000, 150*time.Millisecond
		svc := newService(t, g, cfg, chain)
		hook := newReceiver(t)
		hook.setStatus(func(int) int { return 500 })
		sub, _ := subscribe(t, svc, insurerA, hook.srv.URL)
		start(t, svc)
		chain.addBlock(t, 0, paid(claimID("aged"), insurerA, providerA, 1))
		chain.emptyBlocks(t, 2)
		waitFor(t, 5*time.Second, "the delivery to fail by age", func() bool {
			ds := deliveries(t, svc, insurerA, sub.ID)
			return len(ds) == 1 && ds[0].State == Failed
		})
		if d := deliveries(t, svc, insurerA, sub.ID)[0]; d.Attempts >= 1000 || d.Attempts < 2 {
			t.Errorf("failed after %d attempts, want a few (the age limit, not the attempt limit)", d.Attempts)
		}
	})
}

func TestAReorganisationDeeperThanTheConfirmationsIsReadAgain(t *testing.T) {
	forDrivers(t, func(t *testing.T, g *gorm.DB) {
		chain := newFakeChain()
		cfg := testConfig()
		cfg.Confirmations = 1
		svc := newService(t, g, cfg, chain)
		hook := newReceiver(t)
		sub, secret := subscribe(t, svc, insurerA, hook.srv.URL)
		hook.setSecret(secret)
		start(t, svc)
		chain.addBlock(t, 0, paid(claimID("old chain"), insurerA, providerA, 1))
		chain.emptyBlocks(t, 1)
		waitFor(t, 5*time.Second, "the old chain's event", func() bool { return len(hook.requests()) == 1 })
		waitFor(t, 5*time.Second, "the cursor to reach the old head", func() bool {
			var c cursorRow
			return g.Where("name = ?", cursorName).Take(&c).Error == nil && c.Next == 2
		})
		// Two blocks, both consumed, are replaced: deeper than one confirmation.
		chain.dropHead()
		chain.dropHead()
		chain.addBlock(t, 9, paid(claimID("new chain"), insurerA, providerA, 2))
		chain.emptyBlocks(t, 2)
		waitFor(t, 5*time.Second, "the new chain's event", func() bool { return len(hook.requests()) == 2 })
		got := hook.requests()
		if got[1].payload.ClaimID != claimID("new chain").Hex() || got[1].verified != nil {
			t.Errorf("after the reorganisation: %+v", got[1])
		}
		if n := len(deliveries(t, svc, insurerA, sub.ID)); n != 2 {
			t.Errorf("%d deliveries, want the old one (already sent) and the new one", n)
		}
	})
}
