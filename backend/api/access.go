package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/salus-health/salus/backend/auth"
)

// wwwAuthenticate builds the challenge sent with 401 responses (RFC 6750).
func wwwAuthenticate(errCode string) string {
	if errCode == "" {
		return `Bearer realm="salus"`
	}
	return `Bearer realm="salus", error="` + errCode + `"`
}

// checkAccess authenticates the bearer token and, for Regulator routes, asks the
// Registry whether the principal's account is a regulator.
func (s *Server) checkAccess(c *gin.Context, access Access) error {
	header := c.GetHeader("Authorization")
	if header == "" {
		c.Header("WWW-Authenticate", wwwAuthenticate(""))
		return newError(http.StatusUnauthorized, CodeUnauthenticated,
			"this request needs an institutional token: send the header Authorization: Bearer <token>")
	}
	scheme, token, _ := strings.Cut(header, " ")
	token = strings.TrimSpace(token)
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		c.Header("WWW-Authenticate", wwwAuthenticate("invalid_request"))
		return newError(http.StatusUnauthorized, CodeUnauthenticated,
			"the Authorization header must have the form: Bearer <token>")
	}
	p, err := s.auth.Authenticate(token)
	if errors.Is(err, auth.ErrInvalidToken) {
		c.Header("WWW-Authenticate", wwwAuthenticate("invalid_token"))
		return newError(http.StatusUnauthorized, CodeUnauthenticated,
			"the token is not valid; check it or ask the operator for a new one")
	}
	if err != nil {
		return fmt.Errorf("authenticate: %w", err)
	}
	c.Set(principalKey{}, p)
	if ok, wait := s.credentialLimit.allow(p.ID); !ok {
		return rateLimited(c, scopeCredential, wait)
	}
	if access != Regulator {
		return nil
	}
	ok, err := s.registry.IsRegulator(c.Request.Context(), p.Account)
	if err != nil {
		return fmt.Errorf("is regulator: %w", err)
	}
	if !ok {
		return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "only the regulator may do this, and your account is not the regulator",
			Details: map[string]any{"account": p.Account.Hex()}}
	}
	return nil
}

// principalOf returns the authenticated principal of the request, if any.
func principalOf(c *gin.Context) (auth.Principal, bool) {
	v, _ := c.Get(principalKey{})
	p, ok := v.(auth.Principal)
	return p, ok
}
