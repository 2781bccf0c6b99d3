package api

import (
	"fmt"
	"mime"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
)

// Handlers of the insurance endpoints (Claims, SettlementToken). Writes are
// sent from the caller's keystore account and the contract decides who may;
// claim reads are limited to the claim's provider, insurer and patient and
// to regulators.

func (s *Server) needClaims() (Claims, error) {
	if s.claims == nil {
		return nil, notConfigured("insurance (Claims, SettlementToken)")
	}
	return s.claims, nil
}

// claimsError gives a NotFound error its reason; others get context.
func claimsError(err error, what string) error { return pharmaError(err, what) }

func pathPlanID(c *gin.Context) (uint64, error) {
	return parseID(claimFieldPlanID, "a plan", c.Param(claimFieldPlanID))
}

func pathPolicyID(c *gin.Context) (uint64, error) {
	return parseID(claimFieldPolicyID, "a policy", c.Param(claimFieldPolicyID))
}

// claimsBody reads a JSON body after the service check.
func (s *Server) claimsBody(c *gin.Context) (Claims, []byte, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, nil, err
	}
	body, err := s.readBody(c)
	return cl, body, err
}

func (s *Server) createPlan(c *gin.Context) (any, error) {
	cl, body, err := s.claimsBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodePlanRequest(body)
	if err != nil {
		return nil, err
	}
	p, tx, err := cl.CreatePlan(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, claimsError(err, "create plan")
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", planPath(p.ID))
	return planTxResponse{Plan: newPlanResponse(p), Tx: newTxResponse(tx)}, nil
}

func (s *Server) getPlan(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := pathPlanID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	p, err := cl.Plan(c.Request.Context(), id)
	if err != nil {
		return nil, claimsError(err, fmt.Sprintf("plan %d", id))
	}
	return newPlanResponse(p), nil
}

func (s *Server) setPlanTariffs(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := pathPlanID(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	tariffs, err := decodeTariffsRequest(body)
	if err != nil {
		return nil, err
	}
	p, tx, err := cl.SetTariffs(c.Request.Context(), principal(c).Account, id, tariffs)
	if err != nil {
		return nil, claimsError(err, fmt.Sprintf("set tariffs of plan %d", id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return planTxResponse{Plan: newPlanResponse(p), Tx: newTxResponse(tx)}, nil
}

func (s *Server) closePlan(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := pathPlanID(c)
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
	p, tx, err := cl.ClosePlan(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, claimsError(err, fmt.Sprintf("close plan %d", id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return planTxResponse{Plan: newPlanResponse(p), Tx: newTxResponse(tx)}, nil
}

func (s *Server) enrolPolicy(c *gin.Context) (any, error) {
	cl, body, err := s.claimsBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodePolicyRequest(body)
	if err != nil {
		return nil, err
	}
	if req.ValidFrom.IsZero() {
		req.ValidFrom = s.now().UTC().Truncate(time.Second)
		if !req.ValidUntil.After(req.ValidFrom) {
			return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeValidityInPast,
				Message: "validUntil must be in the future", Details: map[string]any{"field": claimFieldValidUntil}}
		}
	}
	if err := s.mustBeFuture(claimFieldValidUntil, req.ValidUntil); err != nil {
		return nil, err
	}
	p, tx, err := cl.Enrol(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, claimsError(err, fmt.Sprintf("enrol in plan %d", req.PlanID))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", policyPath(p.ID))
	return policyTxResponse{Policy: newPolicyResponse(p), Tx: newTxResponse(tx)}, nil
}

func (s *Server) getPolicy(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := pathPolicyID(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	p, err := cl.Policy(c.Request.Context(), id)
	if err != nil {
		return nil, claimsError(err, fmt.Sprintf("policy %d", id))
	}
	if isWallet(c) && principal(c).Account != p.Patient {
		return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "only the insured patient and licensed institutions may see this policy, and you are signed in as " + principal(c).Account.Hex(),
			Details: map[string]any{"account": principal(c).Account.Hex()}}
	}
	return newPolicyResponse(p), nil
}

func (s *Server) terminatePolicy(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := pathPolicyID(c)
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
	p, tx, err := cl.TerminatePolicy(c.Request.Context(), principal(c).Account, id)
	if err != nil {
		return nil, claimsError(err, fmt.Sprintf("terminate policy %d", id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return policyTxResponse{Policy: newPolicyResponse(p), Tx: newTxResponse(tx)}, nil
}

// poolChange checks the change's transactions and answers it.
func poolChange(ch PoolChange) (any, error) {
	for _, tx := range ch.Txs {
		if _, err := txOutcome(tx); err != nil {
			return nil, err
		}
	}
	return newPoolChangeResponse(ch), nil
}

func (s *Server) depositToPool(c *gin.Context) (any, error) {
	cl, body, err := s.claimsBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeDepositRequest(body)
	if err != nil {
		return nil, err
	}
	if req.Permit != nil {
		if err := s.mustBeFuture(claimFieldPermit+"."+claimFieldDeadline, req.Permit.Deadline); err != nil {
			return nil, err
		}
	}
	ch, err := cl.Deposit(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, claimsError(err, "deposit")
	}
	return poolChange(ch)
}

func (s *Server) withdrawFromPool(c *gin.Context) (any, error) {
	cl, body, err := s.claimsBody(c)
	if err != nil {
		return nil, err
	}
	amount, err := decodeAmountRequest(body)
	if err != nil {
		return nil, err
	}
	ch, err := cl.Withdraw(c.Request.Context(), principal(c).Account, amount)
	if err != nil {
		return nil, claimsError(err, "withdraw")
	}
	return poolChange(ch)
}

func (s *Server) getPool(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	insurer, err := parseAddress(claimFieldInsurer, c.Param(claimFieldInsurer))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	p, err := cl.Pool(c.Request.Context(), insurer)
	if err != nil {
		return nil, claimsError(err, "pool of "+insurer.Hex())
	}
	return newPoolResponse(p), nil
}

func (s *Server) settlePool(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	insurer, err := parseAddress(claimFieldInsurer, c.Param(claimFieldInsurer))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeSettleRequest(body)
	if err != nil {
		return nil, err
	}
	ch, err := cl.Settle(c.Request.Context(), principal(c).Account, insurer, req.MaxClaims)
	if err != nil {
		return nil, claimsError(err, "settle the pool of "+insurer.Hex())
	}
	return poolChange(ch)
}

// claimMediaType is the media type of a claim body: "" for JSON,
// fhirMediaType for FHIR.
func claimMediaType(c *gin.Context) (string, error) {
	ct := c.GetHeader("Content-Type")
	if ct == "" {
		return "", nil
	}
	mt, _, err := mime.ParseMediaType(ct)
	switch {
	case err == nil && mt == "application/json":
		return "", nil
	case err == nil && mt == fhirMediaType:
		// readBody takes JSON only; an FHIR claim is JSON too.
		c.Request.Header.Set("Content-Type", "application/json")
		return fhirMediaType, nil
	}
	return "", newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
		"send the claim as JSON (Content-Type: application/json) or as an FHIR R4 Claim (Content-Type: application/fhir+json)")
}

func (s *Server) submitClaim(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	mt, err := claimMediaType(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	from := principal(c).Account
	var sub ClaimSubmission
	if mt == fhirMediaType || isFHIRClaim(body) {
		var provider common.Address
		if sub, provider, err = decodeFHIRClaim(body); err != nil {
			return nil, err
		}
		if provider != from {
			return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
				Message: fmt.Sprintf("Claim.provider names %s but you submit as %s: a provider submits its own claims", provider.Hex(), from.Hex()),
				Details: map[string]any{"path": "Claim.provider"}}
		}
	} else if sub, err = decodeClaimRequest(body); err != nil {
		return nil, err
	}
	if sub.ServiceDate.After(s.now()) {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
			Message: "serviceDate is in the future: claim services once they were delivered", Details: map[string]any{"field": claimFieldServiceDate}}
	}
	cm, tx, err := cl.SubmitClaim(c.Request.Context(), from, sub)
	if err != nil {
		return nil, claimsError(err, "submit claim")
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", claimPath(cm.ID))
	return claimTxResponse{Claim: newClaimResponse(cm), Tx: newTxResponse(tx)}, nil
}

// mayReadClaim refuses callers other than the claim's parties and regulators.
func (s *Server) mayReadClaim(c *gin.Context, cm Claim) error {
	return s.requirePartyOrRegulator(c, "only the claim's provider, insurer and patient and regulators may see it, and you are "+principal(c).Account.Hex(),
		cm.Provider, cm.Insurer, cm.Patient)
}

func (s *Server) getClaim(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := parseClaimID(c.Param(claimFieldClaimID))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	cm, err := cl.Claim(c.Request.Context(), id)
	if err != nil {
		return nil, claimsError(err, "claim "+hex32(id))
	}
	if err := s.mayReadClaim(c, cm); err != nil {
		return nil, err
	}
	return newClaimResponse(cm), nil
}

// claimAction runs one write on the claim of the path.
func (s *Server) claimAction(c *gin.Context, what string, do func(cl Claims, id [32]byte, body []byte) (Claim, TxResult, error)) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	id, err := parseClaimID(c.Param(claimFieldClaimID))
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	cm, tx, err := do(cl, id, body)
	if err != nil {
		return nil, claimsError(err, what+" claim "+hex32(id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return claimTxResponse{Claim: newClaimResponse(cm), Tx: newTxResponse(tx)}, nil
}

func (s *Server) approveClaim(c *gin.Context) (any, error) {
	return s.claimAction(c, "approve", func(cl Claims, id [32]byte, body []byte) (Claim, TxResult, error) {
		a, err := decodeApproveRequest(body)
		if err != nil {
			return Claim{}, TxResult{}, err
		}
		return cl.ApproveClaim(c.Request.Context(), principal(c).Account, id, a)
	})
}

func (s *Server) denyClaim(c *gin.Context) (any, error) {
	return s.claimAction(c, "deny", func(cl Claims, id [32]byte, body []byte) (Claim, TxResult, error) {
		r, err := decodeSuspendRequest(body)
		if err != nil {
			return Claim{}, TxResult{}, err
		}
		return cl.DenyClaim(c.Request.Context(), principal(c).Account, id, r.ReasonCode)
	})
}

func (s *Server) appealClaim(c *gin.Context) (any, error) {
	return s.claimAction(c, "appeal", func(cl Claims, id [32]byte, body []byte) (Claim, TxResult, error) {
		a, err := decodeAppealRequest(body)
		if err != nil {
			return Claim{}, TxResult{}, err
		}
		return cl.AppealClaim(c.Request.Context(), principal(c).Account, id, a)
	})
}

// mustBeTreasury refuses every caller but the treasury account: the backend
// mints and burns with the treasury's keystore key, so only that account's
// own credential may ask for it (another regulator, without TREASURY_ROLE on
// chain, must not create money through the backend).
func (s *Server) mustBeTreasury(c *gin.Context, cl Claims) error {
	if me := principal(c).Account; me != cl.Treasury() {
		return &Error{Status: http.StatusForbidden, Code: CodeForbidden,
			Message: "only the treasury account " + cl.Treasury().Hex() + " may mint or burn settlement tokens; use its credential",
			Details: map[string]any{"account": me.Hex(), "treasury": cl.Treasury().Hex()}}
	}
	return nil
}

func (s *Server) mintTokens(c *gin.Context) (any, error) {
	cl, body, err := s.claimsBody(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMintRequest(body)
	if err != nil {
		return nil, err
	}
	if err := s.mustBeTreasury(c, cl); err != nil {
		return nil, err
	}
	b, tx, err := cl.Mint(c.Request.Context(), m)
	if err != nil {
		return nil, claimsError(err, "mint")
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return tokenTxResponse{Balance: newTokenBalanceResponse(b), Tx: newTxResponse(tx)}, nil
}

func (s *Server) burnTokens(c *gin.Context) (any, error) {
	cl, body, err := s.claimsBody(c)
	if err != nil {
		return nil, err
	}
	r, err := decodeBurnRequest(body)
	if err != nil {
		return nil, err
	}
	if err := s.mustBeTreasury(c, cl); err != nil {
		return nil, err
	}
	b, tx, err := cl.Burn(c.Request.Context(), r.Amount, r.PaymentRef)
	if err != nil {
		return nil, claimsError(err, "burn")
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return tokenTxResponse{Balance: newTokenBalanceResponse(b), Tx: newTxResponse(tx)}, nil
}

func (s *Server) getTokenBalance(c *gin.Context) (any, error) {
	cl, err := s.needClaims()
	if err != nil {
		return nil, err
	}
	a, err := parseAddress(claimFieldAddress, c.Param(claimFieldAddress))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	b, err := cl.Balance(c.Request.Context(), a)
	if err != nil {
		return nil, claimsError(err, "balance of "+a.Hex())
	}
	return newTokenBalanceResponse(b), nil
}
