package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
)

// notConfigured is the answer of a route whose service the server was built
// without.
func notConfigured(what string) *Error {
	return &Error{Status: http.StatusServiceUnavailable, Code: CodeUnavailable,
		Message: what + " is not configured on this server; ask the operator",
		Details: map[string]any{"reason": "not_configured"}}
}

func (s *Server) needSessions() (Sessions, error) {
	if s.sessions == nil {
		return nil, notConfigured("wallet sign-in")
	}
	return s.sessions, nil
}

// getSignInNonce issues a challenge for a wallet to sign in with.
func (s *Server) getSignInNonce(c *gin.Context) (any, error) {
	sessions, err := s.needSessions()
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	ch, err := sessions.Challenge()
	if err != nil {
		return nil, fmt.Errorf("sign-in challenge: %w", err)
	}
	return challengeResponse{
		Nonce:     ch.Nonce,
		ExpiresAt: formatTime(ch.ExpiresAt),
		Domain:    ch.Domain,
		URI:       ch.URI,
		ChainID:   ch.ChainID,
		Statement: ch.Statement,
	}, nil
}

// signIn verifies a signed SIWE message and starts a wallet session.
func (s *Server) signIn(c *gin.Context) (any, error) {
	sessions, err := s.needSessions()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeSignInRequest(body)
	if err != nil {
		return nil, err
	}
	sess, err := sessions.SignIn(req.Message, req.Signature)
	if errors.Is(err, ErrUnauthenticated) {
		return nil, &Error{Status: http.StatusUnauthorized, Code: CodeUnauthenticated,
			Message: "sign-in refused: " + unauthenticatedReason(err) + "; ask GET /v1/auth/nonce for a new nonce and sign again"}
	}
	if err != nil {
		return nil, fmt.Errorf("sign in: %w", err)
	}
	if !strings.HasPrefix(sess.Token, SessionTokenPrefix) || sess.Address == (common.Address{}) {
		return nil, errors.New("sign in: the session service issued a token without the siwe_ prefix or for the zero address")
	}
	return sessionResponse{Token: sess.Token, Address: sess.Address.Hex(), ExpiresAt: formatTime(sess.ExpiresAt)}, nil
}

// signOut ends the caller's wallet session. Institutional tokens are revoked by
// the operator, not here.
func (s *Server) signOut(c *gin.Context) (any, error) {
	if !isWallet(c) {
		return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "an institutional API token cannot be signed out; ask the operator to revoke it if it must stop working"}
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	if err := decodeEmptyRequest(body); err != nil {
		return nil, err
	}
	_, token, _ := strings.Cut(c.GetHeader("Authorization"), " ")
	s.sessions.SignOut(strings.TrimSpace(token))
	return nil, nil
}
