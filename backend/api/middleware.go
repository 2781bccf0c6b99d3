package api

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
)

// HeaderRequestID carries the request id in both directions.
const HeaderRequestID = "X-Request-Id"

// maxRequestIDLen bounds an accepted incoming request id.
const maxRequestIDLen = 128

// Keys of values stored in the gin context.
type (
	requestIDKey struct{}
	routeKey     struct{}
	principalKey struct{}
	walletKey    struct{}
	abortedKey   struct{}
)

// validRequestID reports whether an incoming request id is safe to echo and log:
// 1–128 characters from A–Z a–z 0–9 and "-_.:".
func validRequestID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			c == '-', c == '_', c == '.', c == ':':
		default:
			return false
		}
	}
	return true
}

// requestID takes a sane X-Request-Id from the request or makes one, stores it in the
// context and echoes it in the response.
func (s *Server) requestID(c *gin.Context) {
	id := c.GetHeader(HeaderRequestID)
	if !validRequestID(id) {
		id = rand.Text()
	}
	c.Set(requestIDKey{}, id)
	c.Header(HeaderRequestID, id)
	c.Next()
}

func requestIDOf(c *gin.Context) string {
	id, _ := c.Get(requestIDKey{})
	s, _ := id.(string)
	return s
}

// observe records metrics and the access log line of every request, matched or not.
// Bodies, query strings and headers are never logged.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	s.metrics.inFlight.Inc()
	defer s.metrics.inFlight.Dec()
	// Deferred so that a response aborted with http.ErrAbortHandler, which
	// unwinds through here to net/http, is counted and logged too.
	defer s.logRequest(c, start)

	c.Next()
}

// logRequest records the metrics and the access log line of a request.
func (s *Server) logRequest(c *gin.Context, start time.Time) {
	elapsed := time.Since(start)
	status := c.Writer.Status()
	route := routeOf(c)
	if route == "" {
		route = unmatchedRoute
	}
	method := methodLabel(c.Request.Method)
	s.metrics.requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
	s.metrics.duration.WithLabelValues(method, route, strconv.Itoa(status)).Observe(elapsed.Seconds())

	level := slog.LevelInfo
	if status >= http.StatusInternalServerError {
		level = slog.LevelError
	}
	attrs := []slog.Attr{
		slog.String("request_id", requestIDOf(c)),
		slog.String("method", method),
		slog.String("route", route),
		slog.String("path", clip(c.Request.URL.Path)),
		slog.Int("status", status),
		slog.Duration("duration", elapsed),
		slog.Int("bytes", max(c.Writer.Size(), 0)),
		slog.String("remote", c.ClientIP()),
	}
	if p, ok := principalOf(c); ok {
		attrs = append(attrs, slog.String("principal", p.ID))
	}
	if aborted, _ := c.Get(abortedKey{}); aborted == true {
		level = slog.LevelError
		attrs = append(attrs, slog.Bool("aborted", true))
	}
	s.log.LogAttrs(c.Request.Context(), level, "http request", attrs...)
}

// recovery turns a panic into the JSON internal error, like gin's recovery
// middleware, with one difference: http.ErrAbortHandler is re-panicked, so that
// net/http aborts the response (closes the connection, or resets the HTTP/2
// stream) and the client cannot take a cut-off body for a complete one. A
// broken connection is not logged as a panic.
func (s *Server) recovery(c *gin.Context) {
	defer func() {
		rec := recover()
		if rec == nil {
			return
		}
		if err, ok := rec.(error); ok {
			if errors.Is(err, http.ErrAbortHandler) {
				panic(rec)
			}
			if errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNRESET) {
				c.Abort()
				return
			}
		}
		s.recovered(c, rec)
	}()
	c.Next()
}

// abort ends the response abnormally after its header was sent: the error is
// logged and the connection aborted, so that a truncated body is never mistaken
// for a complete one. It does not return.
func (s *Server) abort(c *gin.Context, what string, err error) {
	c.Set(abortedKey{}, true)
	s.log.LogAttrs(c.Request.Context(), slog.LevelError, what,
		slog.String("request_id", requestIDOf(c)),
		slog.String("route", routeOf(c)),
		slog.Any("error", err))
	panic(http.ErrAbortHandler)
}

// recovered turns a panic into the JSON internal error; the panic and its stack go
// to the log only.
func (s *Server) recovered(c *gin.Context, rec any) {
	s.log.LogAttrs(c.Request.Context(), slog.LevelError, "panic serving request",
		slog.String("request_id", requestIDOf(c)),
		slog.String("panic", fmt.Sprint(rec)),
		slog.String("stack", string(debug.Stack())))
	if c.Writer.Written() {
		c.Abort()
		return
	}
	e := errInternal
	writeJSON(c, e.Status, &e)
	c.Abort()
}

// noRoute answers requests for paths that no route has.
func (s *Server) noRoute(c *gin.Context) {
	writeJSON(c, http.StatusNotFound, newError(http.StatusNotFound, CodeNotFound,
		"there is no such path; check the URL against the API documentation"))
}

// noMethod answers requests for a known path with a method it does not have.
// gin has already set the Allow header.
func (s *Server) noMethod(c *gin.Context) {
	e := newError(http.StatusMethodNotAllowed, CodeMethodNotAllowed,
		fmt.Sprintf("this path does not accept %s; use %s", methodLabel(c.Request.Method), c.Writer.Header().Get("Allow")))
	e.Details = map[string]any{"allowed": strings.Split(c.Writer.Header().Get("Allow"), ", ")}
	writeJSON(c, http.StatusMethodNotAllowed, e)
}

// serve adapts a route to gin: it checks access, bounds the request's context, runs
// the handler and writes its result or error.
func (s *Server) serve(rt Route) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Set(routeKey{}, rt.Path)
		timeout := s.cfg.RequestTimeout
		if rt.Transfer {
			timeout = s.cfg.TransferTimeout
			s.extendDeadlines(c)
		}
		ctx, cancel := context.WithTimeout(c.Request.Context(), timeout)
		defer cancel()
		c.Request = c.Request.WithContext(ctx)

		if rt.Access != Public {
			if err := s.checkAccess(c, rt.Access); err != nil {
				s.fail(c, err)
				return
			}
		}
		body, err := rt.handle(s, c)
		if err != nil {
			s.fail(c, err)
			return
		}
		if c.Writer.Written() {
			return
		}
		if rt.Status == http.StatusNoContent {
			c.Status(http.StatusNoContent)
			c.Writer.WriteHeaderNow()
			return
		}
		writeJSON(c, rt.Status, body)
	}
}

// extendDeadlines gives a transfer route's connection TransferTimeout to read
// the request and write the response, when that is longer than the server's
// ReadTimeout and WriteTimeout. Writers that cannot (test recorders) are left
// alone.
func (s *Server) extendDeadlines(c *gin.Context) {
	rc := http.NewResponseController(c.Writer)
	deadline := time.Now().Add(s.cfg.TransferTimeout)
	if s.cfg.TransferTimeout > s.cfg.ReadTimeout {
		_ = rc.SetReadDeadline(deadline)
	}
	if s.cfg.TransferTimeout > s.cfg.WriteTimeout {
		_ = rc.SetWriteDeadline(deadline)
	}
}

// fail writes err in the error model. Errors whose detail the client does not see
// are logged with the request id.
func (s *Server) fail(c *gin.Context, err error) {
	e, logIt := toAPIError(err)
	if logIt {
		level := slog.LevelWarn
		if e.Code == CodeInternal {
			level = slog.LevelError
		}
		s.log.LogAttrs(c.Request.Context(), level, "request failed",
			slog.String("request_id", requestIDOf(c)),
			slog.String("route", routeOf(c)),
			slog.Any("error", err))
	}
	writeJSON(c, e.Status, e)
	c.Abort()
}

// routeOf returns the path template of the matched route, or "".
func routeOf(c *gin.Context) string {
	v, _ := c.Get(routeKey{})
	r, _ := v.(string)
	return r
}

// writeJSON writes v as the JSON response body with the given status.
func writeJSON(c *gin.Context, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		e := errInternal
		status = e.Status
		data, _ = json.Marshal(&e)
	}
	const ct = "application/json; charset=utf-8"
	c.Header("Content-Type", ct) // replaces one a handler (the gateway) may have set
	c.Data(status, ct, data)
}
