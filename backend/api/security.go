package api

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

// Content-Security-Policies. JSON (and every other API response) may load
// nothing and be framed by nobody; the documentation page may load from its own
// origin only.
const (
	cspAPI  = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
	cspDocs = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)

// CORS settings sent to allowed origins.
const (
	corsAllowHeaders  = "Authorization, Content-Type, X-Request-Id"
	corsExposeHeaders = "X-Request-Id, Retry-After, Location, WWW-Authenticate"
	corsMaxAge        = 600 // seconds a browser may cache a preflight answer
)

// securityHeaders sets the headers every response carries. Handlers that serve
// something other than API data (the documentation) replace the CSP and
// Cache-Control.
func (s *Server) securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", cspAPI)
	h.Set("Cache-Control", "no-store")
	c.Next()
}

// cors answers preflight requests and marks responses to allowed origins.
// Requests from other origins are served as usual (a browser will not let the
// page read them) but carry no CORS headers; their preflights get 403.
func (s *Server) cors(c *gin.Context) {
	h := c.Writer.Header()
	h.Add("Vary", "Origin")
	origin := c.GetHeader("Origin")
	if origin == "" {
		c.Next()
		return
	}
	allowed := s.originAllowed(origin)
	if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
		h.Add("Vary", "Access-Control-Request-Method")
		h.Add("Vary", "Access-Control-Request-Headers")
		if !allowed {
			e := newError(http.StatusForbidden, CodeOriginNotAllowed,
				"this origin may not call the API from a browser; the operator configures the allowed origins")
			e.Details = map[string]any{"origin": clip(origin)}
			writeJSON(c, e.Status, e)
			c.Abort()
			return
		}
		methods := routeMethods(c.Request.URL.Path)
		if len(methods) == 0 {
			s.noRoute(c)
			c.Abort()
			return
		}
		h.Set("Access-Control-Allow-Origin", origin)
		h.Set("Access-Control-Allow-Methods", strings.Join(methods, ", "))
		h.Set("Access-Control-Allow-Headers", corsAllowHeaders)
		h.Set("Access-Control-Max-Age", strconv.Itoa(corsMaxAge))
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	if allowed {
		h.Set("Access-Control-Allow-Origin", origin)
		h.Set("Access-Control-Expose-Headers", corsExposeHeaders)
	}
	c.Next()
}

// originAllowed reports whether origin is configured. Browsers send origins in
// lower case; configured origins are checked to be lower case.
func (s *Server) originAllowed(origin string) bool {
	return slices.Contains(s.cfg.CORSOrigins, strings.ToLower(origin))
}

// routeMethods returns the methods of the routes whose path template matches
// path, in route table order.
func routeMethods(path string) []string {
	var methods []string
	for _, rt := range Routes() {
		if rt.matches(path) && !slices.Contains(methods, rt.Method) {
			methods = append(methods, rt.Method)
		}
	}
	return methods
}

// templateMatches reports whether path matches an OpenAPI path template, where
// each {name} stands for one non-empty segment.
func templateMatches(template, path string) bool {
	ts := strings.Split(template, "/")
	ps := strings.Split(path, "/")
	if len(ts) != len(ps) {
		return false
	}
	for i, t := range ts {
		if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") {
			if ps[i] == "" {
				return false
			}
			continue
		}
		if t != ps[i] {
			return false
		}
	}
	return true
}
