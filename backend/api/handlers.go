package api

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/salus-health/salus/backend/auth"
)

// getHealth reports that the process is alive; it touches nothing else.
func (s *Server) getHealth(*gin.Context) (any, error) {
	return statusResponse{Status: "ok"}, nil
}

// getReadiness asks the chain service whether requests can be served.
func (s *Server) getReadiness(c *gin.Context) (any, error) {
	if err := s.chain.Ready(c.Request.Context()); err != nil {
		s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "not ready",
			slog.String("request_id", requestIDOf(c)), slog.Any("error", err))
		return nil, &Error{Status: http.StatusServiceUnavailable, Code: CodeUnavailable,
			Message: "the service is not ready; see details.reason",
			Details: map[string]any{"reason": err.Error()}}
	}
	return statusResponse{Status: "ready"}, nil
}

// getMetrics serves the Prometheus registry.
func (s *Server) getMetrics(c *gin.Context) (any, error) {
	s.metricsHTTP.ServeHTTP(c.Writer, c.Request)
	return nil, nil
}

func (s *Server) getChain(c *gin.Context) (any, error) {
	info, err := s.chain.Info(c.Request.Context())
	if err != nil {
		return nil, fmt.Errorf("chain info: %w", err)
	}
	return newChainResponse(info), nil
}

func (s *Server) getParticipant(c *gin.Context) (any, error) {
	account, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	p, err := s.registry.Participant(c.Request.Context(), account)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, &Error{Status: http.StatusNotFound, Code: CodeNotFound,
				Message: "no participant is registered at " + account.Hex(),
				Details: map[string]any{"address": account.Hex()}}
		}
		return nil, fmt.Errorf("participant %s: %w", account.Hex(), err)
	}
	return newParticipantResponse(p), nil
}

func (s *Server) licenseParticipant(c *gin.Context) (any, error) {
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeLicenseRequest(body)
	if err != nil {
		return nil, err
	}
	if !req.ValidUntil.After(s.now()) {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeValidityInPast,
			Message: "validUntil must be in the future",
			Details: map[string]any{"field": fieldValidUntil}}
	}
	tx, err := s.registry.License(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, fmt.Errorf("license %s: %w", req.Account.Hex(), err)
	}
	c.Header("Location", "/v1/participants/"+req.Account.Hex())
	return txOutcome(tx)
}

func (s *Server) suspendParticipant(c *gin.Context) (any, error) {
	account, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeSuspendRequest(body)
	if err != nil {
		return nil, err
	}
	tx, err := s.registry.Suspend(c.Request.Context(), principal(c).Account, account, req.ReasonCode)
	if err != nil {
		return nil, fmt.Errorf("suspend %s: %w", account.Hex(), err)
	}
	return txOutcome(tx)
}

func (s *Server) reinstateParticipant(c *gin.Context) (any, error) {
	account, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	if err := decodeEmptyRequest(body); err != nil {
		return nil, err
	}
	tx, err := s.registry.Reinstate(c.Request.Context(), principal(c).Account, account)
	if err != nil {
		return nil, fmt.Errorf("reinstate %s: %w", account.Hex(), err)
	}
	return txOutcome(tx)
}

func (s *Server) registerDevice(c *gin.Context) (any, error) {
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeDeviceRequest(body)
	if err != nil {
		return nil, err
	}
	tx, err := s.registry.RegisterDevice(c.Request.Context(), principal(c).Account, req.Device, req.Owner, req.DeviceRef)
	if err != nil {
		return nil, fmt.Errorf("register device %s: %w", req.Device.Hex(), err)
	}
	return txOutcome(tx)
}

func (s *Server) putEncryptionKey(c *gin.Context) (any, error) {
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeEncryptionKeyRequest(body)
	if err != nil {
		return nil, err
	}
	p := principal(c)
	tx, err := s.registry.RegisterEncryptionKey(c.Request.Context(), p.Account, req.PublicKey, req.Proof)
	if err != nil {
		return nil, fmt.Errorf("register encryption key of %s: %w", p.Account.Hex(), err)
	}
	return txOutcome(tx)
}

// principal returns the principal checkAccess stored; only called on routes that
// require one.
func principal(c *gin.Context) auth.Principal {
	p, _ := principalOf(c)
	return p
}

// txOutcome turns a mined transaction into the response, treating a failed receipt
// that the service did not report as an error as a conflict.
func txOutcome(tx TxResult) (any, error) {
	if tx.Status != 1 {
		return nil, &Error{Status: http.StatusConflict, Code: CodeConflict,
			Message: "the transaction was mined but reverted; nothing changed",
			Details: map[string]any{"txHash": tx.TxHash.Hex(), "blockNumber": tx.BlockNumber}}
	}
	return newTxResponse(tx), nil
}

// readBody reads the request body, refusing non-JSON content types and bodies
// larger than cfg.MaxBodyBytes.
func (s *Server) readBody(c *gin.Context) ([]byte, error) {
	if ct := c.GetHeader("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" {
			return nil, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
				"send the body as JSON with Content-Type: application/json")
		}
	}
	limit := s.cfg.MaxBodyBytes
	tooLarge := &Error{Status: http.StatusRequestEntityTooLarge, Code: CodeBodyTooLarge,
		Message: fmt.Sprintf("the request body is larger than %d bytes", limit),
		Details: map[string]any{"limit": limit}}
	if c.Request.ContentLength > limit {
		c.Header("Connection", "close") // the body is left unread
		return nil, tooLarge
	}
	data, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, limit))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		c.Header("Connection", "close") // the rest of the body is left unread
		return nil, tooLarge
	}
	if err != nil {
		return nil, newError(http.StatusBadRequest, CodeInvalidJSON, "the request body could not be read completely; send it again")
	}
	return data, nil
}
