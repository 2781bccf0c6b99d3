package api

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"

	"github.com/salus-health/salus/backend/auth"
)

// How to sign in, for the messages of 401 responses.
const signInHelp = "an institutional API token from the operator, or a wallet session from signing in with Ethereum (GET /v1/auth/nonce, then POST /v1/auth/siwe)"

// wwwAuthenticate builds the challenge sent with 401 responses (RFC 6750).
func wwwAuthenticate(errCode string) string {
	if errCode == "" {
		return `Bearer realm="salus"`
	}
	return `Bearer realm="salus", error="` + errCode + `"`
}

// checkAccess authenticates the bearer token — a wallet session when it starts
// with [SessionTokenPrefix], an institutional token otherwise — refuses wallet
// sessions on routes that send transactions from a keystore account and, for
// Regulator routes, asks the Registry whether the principal's account is a
// regulator.
func (s *Server) checkAccess(c *gin.Context, access Access) error {
	header := c.GetHeader("Authorization")
	if header == "" {
		c.Header("WWW-Authenticate", wwwAuthenticate(""))
		return newError(http.StatusUnauthorized, CodeUnauthenticated,
			"this request needs a bearer token, "+signInHelp+": send the header Authorization: Bearer <token>")
	}
	scheme, token, _ := strings.Cut(header, " ")
	token = strings.TrimSpace(token)
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		c.Header("WWW-Authenticate", wwwAuthenticate("invalid_request"))
		return newError(http.StatusUnauthorized, CodeUnauthenticated,
			"the Authorization header must have the form: Bearer <token>")
	}
	var (
		p      auth.Principal
		wallet bool
		err    error
	)
	if strings.HasPrefix(token, SessionTokenPrefix) {
		p, err = s.authenticateWallet(c, token)
		wallet = true
	} else {
		p, err = s.auth.Authenticate(token)
		if errors.Is(err, auth.ErrInvalidToken) {
			c.Header("WWW-Authenticate", wwwAuthenticate("invalid_token"))
			return newError(http.StatusUnauthorized, CodeUnauthenticated,
				"the token is not valid; check it or ask the operator for a new one (a wallet signs in with GET /v1/auth/nonce, then POST /v1/auth/siwe)")
		}
		if err != nil {
			err = fmt.Errorf("authenticate: %w", err)
		}
	}
	if err != nil {
		return err
	}
	c.Set(principalKey{}, p)
	c.Set(walletKey{}, wallet)
	if ok, wait := s.credentialLimit.allow(p.ID); !ok {
		return rateLimited(c, scopeCredential, wait)
	}
	if wallet && (access == Institution || access == Regulator) {
		return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "this operation sends a transaction from your institution's keystore account, and a wallet session has none: " +
				"use an institutional API token, or sign the operation with your wallet and submit it to a signed (relay) endpoint " +
				"such as POST /v1/grants/signed or POST /v1/grants/signed-revoke",
			Details: map[string]any{"account": p.Account.Hex()}}
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

// authenticateWallet checks a wallet session token with Sessions. The
// principal's ID, which the access log and the credential rate limit use, is
// "wallet:" and the address.
func (s *Server) authenticateWallet(c *gin.Context, token string) (auth.Principal, error) {
	if s.sessions == nil {
		c.Header("WWW-Authenticate", wwwAuthenticate("invalid_token"))
		return auth.Principal{}, newError(http.StatusUnauthorized, CodeUnauthenticated,
			"wallet sign-in is not enabled on this server; use an institutional API token from the operator")
	}
	addr, err := s.sessions.Authenticate(token)
	if errors.Is(err, ErrUnauthenticated) {
		c.Header("WWW-Authenticate", wwwAuthenticate("invalid_token"))
		return auth.Principal{}, newError(http.StatusUnauthorized, CodeUnauthenticated,
			"the wallet session is not valid ("+unauthenticatedReason(err)+"); sign in again: GET /v1/auth/nonce, then POST /v1/auth/siwe")
	}
	if err != nil {
		return auth.Principal{}, fmt.Errorf("authenticate wallet session: %w", err)
	}
	if addr == (common.Address{}) {
		return auth.Principal{}, errors.New("authenticate wallet session: the session service returned the zero address")
	}
	return auth.Principal{ID: "wallet:" + addr.Hex(), Name: "wallet " + addr.Hex(), Account: addr}, nil
}

// principalOf returns the authenticated principal of the request, if any.
func principalOf(c *gin.Context) (auth.Principal, bool) {
	v, _ := c.Get(principalKey{})
	p, ok := v.(auth.Principal)
	return p, ok
}

// isWallet reports whether the request was authenticated with a wallet session.
func isWallet(c *gin.Context) bool {
	v, _ := c.Get(walletKey{})
	w, _ := v.(bool)
	return w
}

// requireSelf refuses, before any service is asked, a request about the
// account of someone other than the caller.
func requireSelf(c *gin.Context, account common.Address, what string) error {
	p := principal(c)
	if p.Account == account {
		return nil
	}
	return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
		Message: "only " + account.Hex() + " may " + what + ", and you are signed in as " + p.Account.Hex(),
		Details: map[string]any{"account": p.Account.Hex()}}
}

// requirePartyOrRegulator lets the caller through when its account is one of
// parties, or when it is a regulator signed in with an institutional token
// (a wallet session is never the regulator); anyone else gets 403 with
// message, naming the caller's account.
func (s *Server) requirePartyOrRegulator(c *gin.Context, message string, parties ...common.Address) error {
	me := principal(c).Account
	if slices.Contains(parties, me) {
		return nil
	}
	if !isWallet(c) {
		ok, err := s.registry.IsRegulator(c.Request.Context(), me)
		if err != nil {
			return fmt.Errorf("is regulator: %w", err)
		}
		if ok {
			return nil
		}
	}
	return &Error{Status: http.StatusForbidden, Code: CodeForbidden, Message: message, Details: map[string]any{"account": me.Hex()}}
}
