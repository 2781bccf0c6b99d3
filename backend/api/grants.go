package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
)

func (s *Server) needConsent() (Consent, error) {
	if s.consent == nil {
		return nil, notConfigured("consent management (AccessGrants)")
	}
	return s.consent, nil
}

// mustBeFuture refuses a time that is not after now (422 validity_in_past).
func (s *Server) mustBeFuture(field string, t time.Time) error {
	if t.After(s.now()) {
		return nil
	}
	return &Error{Status: http.StatusUnprocessableEntity, Code: CodeValidityInPast,
		Message: field + " must be in the future", Details: map[string]any{"field": field}}
}

func grantsPath(patient common.Address) string { return "/v1/patients/" + patient.Hex() + "/grants" }

// createGrant grants access to the records of the caller's own (custodial
// patient) account.
func (s *Server) createGrant(c *gin.Context) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeGrantRequest(body)
	if err != nil {
		return nil, err
	}
	if err := s.mustBeFuture(fieldExpiresAt, req.ExpiresAt); err != nil {
		return nil, err
	}
	from := principal(c).Account
	tx, err := consent.Grant(c.Request.Context(), from, req)
	if err != nil {
		return nil, fmt.Errorf("grant %s to %s: %w", from.Hex(), req.Grantee.Hex(), err)
	}
	out, err := txOutcome(tx)
	if err == nil {
		c.Header("Location", grantsPath(from))
	}
	return out, err
}

func (s *Server) revokeGrant(c *gin.Context) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeRevokeRequest(body)
	if err != nil {
		return nil, err
	}
	from := principal(c).Account
	tx, err := consent.Revoke(c.Request.Context(), from, req.Grantee, req.Purpose)
	if err != nil {
		return nil, fmt.Errorf("revoke grant of %s to %s: %w", from.Hex(), req.Grantee.Hex(), err)
	}
	return txOutcome(tx)
}

func (s *Server) getGrantTypedData(c *gin.Context) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeTypedDataRequest(body)
	if err != nil {
		return nil, err
	}
	if req.Kind == kindGrant {
		if err := s.mustBeFuture(fieldExpiresAt, req.Grant.ExpiresAt); err != nil {
			return nil, err
		}
	}
	if !req.Deadline.IsZero() {
		if err := s.mustBeFuture(fieldDeadline, req.Deadline); err != nil {
			return nil, err
		}
	}
	td, err := consent.TypedData(c.Request.Context(), req)
	if err != nil {
		return nil, fmt.Errorf("typed data for %s: %w", req.Patient.Hex(), err)
	}
	if td == nil {
		return nil, errors.New("typed data: the consent service returned none")
	}
	return td, nil
}

func (s *Server) relayGrant(c *gin.Context) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	g, err := decodeSignedGrant(body)
	if err != nil {
		return nil, err
	}
	if err := s.mustBeFuture(fieldExpiresAt, g.ExpiresAt); err != nil {
		return nil, err
	}
	if err := s.mustBeFuture(fieldDeadline, g.Deadline); err != nil {
		return nil, err
	}
	tx, err := consent.RelayGrant(c.Request.Context(), g)
	if err != nil {
		return nil, fmt.Errorf("relay grant of %s to %s: %w", g.Patient.Hex(), g.Grantee.Hex(), err)
	}
	out, err := txOutcome(tx)
	if err == nil {
		c.Header("Location", grantsPath(g.Patient))
	}
	return out, err
}

func (s *Server) relayRevoke(c *gin.Context) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	r, err := decodeSignedRevoke(body)
	if err != nil {
		return nil, err
	}
	if err := s.mustBeFuture(fieldDeadline, r.Deadline); err != nil {
		return nil, err
	}
	tx, err := consent.RelayRevoke(c.Request.Context(), r)
	if err != nil {
		return nil, fmt.Errorf("relay revocation of %s to %s: %w", r.Patient.Hex(), r.Grantee.Hex(), err)
	}
	return txOutcome(tx)
}

// listGrants answers the grant listings; byGrantee selects which side
// {address} is. Only that account may list.
func (s *Server) listGrants(c *gin.Context, byGrantee bool) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	account, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	what := "list the grants this patient gave"
	if byGrantee {
		what = "list the grants this grantee holds"
	}
	if err := requireSelf(c, account, what); err != nil {
		return nil, err
	}
	all, err := decodeGrantListQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	q := GrantQuery{All: all}
	if byGrantee {
		q.Grantee = &account
	} else {
		q.Patient = &account
	}
	gs, err := consent.Grants(c.Request.Context(), q)
	if err != nil {
		return nil, fmt.Errorf("grants of %s: %w", account.Hex(), err)
	}
	out := itemsResponse[grantResponse]{Items: make([]grantResponse, len(gs))}
	for i, g := range gs {
		out.Items[i] = newGrantResponse(g)
	}
	return out, nil
}

func (s *Server) listPatientGrants(c *gin.Context) (any, error) { return s.listGrants(c, false) }
func (s *Server) listGranteeGrants(c *gin.Context) (any, error) { return s.listGrants(c, true) }

func (s *Server) openEmergencyAccess(c *gin.Context) (any, error) {
	consent, err := s.needConsent()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeEmergencyRequest(body)
	if err != nil {
		return nil, err
	}
	from := principal(c).Account
	ea, err := consent.OpenEmergencyAccess(c.Request.Context(), from, req.Patient, req.ReasonCode)
	if err != nil {
		return nil, fmt.Errorf("emergency access of %s to %s: %w", from.Hex(), req.Patient.Hex(), err)
	}
	if _, err := txOutcome(ea.Tx); err != nil {
		return nil, err
	}
	return emergencyResponse{Patient: ea.Patient.Hex(), Provider: ea.Provider.Hex(),
		ExpiresAt: formatTime(ea.ExpiresAt), Tx: newTxResponse(ea.Tx)}, nil
}
