package api

import (
	"fmt"
	"math"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"
)

// Rate limit scopes, reported in the details of a 429.
const (
	scopeClient     = "client"
	scopeCredential = "credential"
)

// Bounds of the limiter's memory: it keeps one bucket per key it has seen and
// forgets the buckets that have refilled (they behave exactly like new ones).
const (
	limiterSweepEvery = time.Minute
	limiterMaxKeys    = 1 << 16
)

// limiter is a set of token buckets, one per key (a client address or a
// credential id). It is safe for concurrent use.
type limiter struct {
	limit rate.Limit
	burst int
	now   func() time.Time

	mu        sync.Mutex
	buckets   map[string]*rate.Limiter
	lastSweep time.Time
}

// newLimiter returns a limiter of perSecond requests per second with the given
// burst, or nil (no limit) when perSecond is 0.
func newLimiter(perSecond float64, burst int, now func() time.Time) *limiter {
	if perSecond <= 0 {
		return nil
	}
	return &limiter{limit: rate.Limit(perSecond), burst: burst, now: now, buckets: map[string]*rate.Limiter{}}
}

// allow takes a token from key's bucket. When there is none it returns false and
// how long until there is one.
func (l *limiter) allow(key string) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b, ok := l.buckets[key]
	if !ok {
		b = rate.NewLimiter(l.limit, l.burst)
		l.buckets[key] = b
	}
	r := b.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Second // unreachable: burst is at least 1
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep forgets full buckets every limiterSweepEvery, or at once when there are
// too many keys; if that is not enough it forgets arbitrary buckets, which only
// makes the limit more lenient for them.
func (l *limiter) sweep(now time.Time) {
	if len(l.buckets) < limiterMaxKeys && now.Sub(l.lastSweep) < limiterSweepEvery {
		return
	}
	l.lastSweep = now
	for k, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.buckets, k)
		}
	}
	for k := range l.buckets {
		if len(l.buckets) < limiterMaxKeys*3/4 {
			break
		}
		delete(l.buckets, k)
	}
}

// size returns the number of buckets kept.
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// clientKey is the rate limit key of a client address: the IPv4 address, or the
// /64 of an IPv6 address (one host usually has a whole /64).
func clientKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.WithZone("").Prefix(64)
	if err != nil {
		return a.String()
	}
	return p.String()
}

// rateLimited builds the 429 answer and sets Retry-After (whole seconds, at least 1).
func rateLimited(c *gin.Context, scope string, wait time.Duration) *Error {
	secs := max(int(math.Ceil(wait.Seconds())), 1)
	c.Header("Retry-After", strconv.Itoa(secs))
	who := "this client"
	if scope == scopeCredential {
		who = "this credential"
	}
	return &Error{Status: http.StatusTooManyRequests, Code: CodeRateLimited,
		Message: fmt.Sprintf("too many requests from %s; retry after %d seconds", who, secs),
		Details: map[string]any{"scope": scope, "retryAfterSeconds": secs}}
}

// limitClients applies the per-client-address limit to every request except the
// operational routes, unmatched paths included.
func (s *Server) limitClients(c *gin.Context) {
	if s.unlimited[c.FullPath()] && c.FullPath() != "" {
		c.Next()
		return
	}
	if ok, wait := s.clientLimit.allow(clientKey(c.ClientIP())); !ok {
		s.fail(c, rateLimited(c, scopeClient, wait))
		return
	}
	c.Next()
}
