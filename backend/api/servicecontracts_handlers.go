package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// Handlers of the government service-contract endpoints (ServiceContracts).

// defaultPermitLifetime is the deadline of a permit's typed data when the
// client names none.
const defaultPermitLifetime = time.Hour

func (s *Server) needServiceContracts() (ServiceContracts, error) {
	if s.serviceContracts == nil {
		return nil, notConfigured("government service contracts (ServiceContracts)")
	}
	return s.serviceContracts, nil
}

// serviceContractError gives a NotFound error its reason; others get context.
func serviceContractError(err error, what string) error { return pharmaError(err, what) }

// serviceContractParams parses {contractId} and, when the route has it, {period}.
func serviceContractParams(c *gin.Context) (uint64, uint16, error) {
	id, err := parseServiceContractID(c.Param(fieldContractID))
	if err != nil {
		return 0, 0, err
	}
	if p, ok := c.Params.Get(fieldPeriod); ok {
		period, err := parseServicePeriod(p)
		return id, period, err
	}
	return id, 0, nil
}

// mayReadServiceContract lets the payer, the provider and regulators read a
// contract and its reports; anyone else gets 403.
func (s *Server) mayReadServiceContract(c *gin.Context, sc ServiceContract) error {
	return s.requirePartyOrRegulator(c, fmt.Sprintf("only the payer %s, the provider %s and the regulator may read service contract %d, and you are signed in as %s",
		sc.Payer.Hex(), sc.Provider.Hex(), sc.ID, principal(c).Account.Hex()), sc.Payer, sc.Provider)
}

func (s *Server) proposeServiceContract(c *gin.Context) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	p, err := decodeProposeRequest(body)
	if err != nil {
		return nil, err
	}
	from := principal(c).Account
	if p.Provider == from {
		return nil, fieldError(CodeInvalidAddress, fieldProvider, "provider is your own account: a payer contracts another participant")
	}
	end := serviceContractEnd(p.Start, p.PeriodLength, p.PeriodCount)
	if !end.After(s.now()) {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeValidityInPast,
			Message: fmt.Sprintf("the contract would end at %s (start + periodLength × periodCount), which is not in the future: start later or add periods", formatTime(end)),
			Details: map[string]any{"field": fieldStart}}
	}
	if end.Year() > 9999 {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Code: CodeUnprocessable,
			Message: "the contract would end after the year 9999 (start + periodLength × periodCount): use fewer or shorter periods",
			Details: map[string]any{"field": fieldPeriodCount}}
	}
	out, tx, err := sc.Propose(c.Request.Context(), from, p)
	if err != nil {
		return nil, serviceContractError(err, "propose service contract")
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", serviceContractPath(out.ID))
	return serviceContractTxResponse{Contract: newServiceContractResponse(out), Tx: newTxResponse(tx)}, nil
}

func (s *Server) getServiceContract(c *gin.Context) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, _, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	out, err := sc.ServiceContract(c.Request.Context(), id)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("service contract %d", id))
	}
	if err := s.mayReadServiceContract(c, out); err != nil {
		return nil, err
	}
	return newServiceContractResponse(out), nil
}

// contractWrite answers the writes that return the contract: accept and terminate.
func (s *Server) contractWrite(c *gin.Context, what string, write func(sc ServiceContracts, id uint64, body []byte) (ServiceContract, TxResult, error)) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, _, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	out, tx, err := write(sc, id, body)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("%s service contract %d", what, id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return serviceContractTxResponse{Contract: newServiceContractResponse(out), Tx: newTxResponse(tx)}, nil
}

func (s *Server) acceptServiceContract(c *gin.Context) (any, error) {
	return s.contractWrite(c, "accept", func(sc ServiceContracts, id uint64, body []byte) (ServiceContract, TxResult, error) {
		if err := decodeEmptyRequest(body); err != nil {
			return ServiceContract{}, TxResult{}, err
		}
		return sc.Accept(c.Request.Context(), principal(c).Account, id)
	})
}

func (s *Server) terminateServiceContract(c *gin.Context) (any, error) {
	return s.contractWrite(c, "terminate", func(sc ServiceContracts, id uint64, body []byte) (ServiceContract, TxResult, error) {
		req, err := decodeSuspendRequest(body)
		if err != nil {
			return ServiceContract{}, TxResult{}, err
		}
		return sc.Terminate(c.Request.Context(), principal(c).Account, id, req.ReasonCode)
	})
}

func (s *Server) fundServiceContract(c *gin.Context) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, _, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeFundRequest(body)
	if err != nil {
		return nil, err
	}
	if req.Permit != nil {
		if err := s.mustBeFuture(fieldPermit+"."+fieldDeadline, req.Permit.Deadline); err != nil {
			return nil, err
		}
	}
	req.ContractID = id
	res, err := sc.Fund(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("fund service contract %d", id))
	}
	if _, err := txOutcome(res.Tx); err != nil {
		return nil, err
	}
	out := fundResponse{Contract: newServiceContractResponse(res.Contract), Tx: newTxResponse(res.Tx)}
	if res.ApproveTx != nil {
		a := newTxResponse(*res.ApproveTx)
		out.ApproveTx = &a
	}
	return out, nil
}

func (s *Server) getFundPermitTypedData(c *gin.Context) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, _, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeFundTypedDataRequest(body)
	if err != nil {
		return nil, err
	}
	if req.Deadline.IsZero() {
		req.Deadline = s.now().Add(defaultPermitLifetime).UTC().Truncate(time.Second)
	} else if err := s.mustBeFuture(fieldDeadline, req.Deadline); err != nil {
		return nil, err
	}
	td, err := sc.PermitTypedData(c.Request.Context(), principal(c).Account, id, req.Amount, req.Deadline)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("permit typed data of service contract %d", id))
	}
	if td == nil {
		return nil, errors.New("permit typed data: the service returned none")
	}
	return td, nil
}

func (s *Server) reportServices(c *gin.Context) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, _, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeServiceReportRequest(body)
	if err != nil {
		return nil, err
	}
	req.ContractID = id
	r, tx, err := sc.Report(c.Request.Context(), principal(c).Account, req)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("report period %d of service contract %d", req.Period, id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	c.Header("Location", serviceReportPath(id, req.Period))
	return serviceReportTxResponse{Report: newServiceReportResponse(r), Tx: newTxResponse(tx)}, nil
}

func (s *Server) getServiceReport(c *gin.Context) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, period, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	contract, err := sc.ServiceContract(c.Request.Context(), id)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("service contract %d", id))
	}
	if err := s.mayReadServiceContract(c, contract); err != nil {
		return nil, err
	}
	r, err := sc.ServiceReport(c.Request.Context(), id, period)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("report of period %d of service contract %d", period, id))
	}
	return newServiceReportResponse(r), nil
}

// reportWrite answers the writes on a period's report.
func (s *Server) reportWrite(c *gin.Context, what string, write func(sc ServiceContracts, id uint64, period uint16, body []byte) (ServiceReport, TxResult, error)) (any, error) {
	sc, err := s.needServiceContracts()
	if err != nil {
		return nil, err
	}
	id, period, err := serviceContractParams(c)
	if err != nil {
		return nil, err
	}
	body, err := s.readBody(c)
	if err != nil {
		return nil, err
	}
	r, tx, err := write(sc, id, period, body)
	if err != nil {
		return nil, serviceContractError(err, fmt.Sprintf("%s period %d of service contract %d", what, period, id))
	}
	if _, err := txOutcome(tx); err != nil {
		return nil, err
	}
	return serviceReportTxResponse{Report: newServiceReportResponse(r), Tx: newTxResponse(tx)}, nil
}

func (s *Server) approveServiceReport(c *gin.Context) (any, error) {
	return s.reportWrite(c, "approve", func(sc ServiceContracts, id uint64, period uint16, body []byte) (ServiceReport, TxResult, error) {
		if err := decodeEmptyRequest(body); err != nil {
			return ServiceReport{}, TxResult{}, err
		}
		return sc.ApproveReport(c.Request.Context(), principal(c).Account, id, period)
	})
}

func (s *Server) disputeServiceReport(c *gin.Context) (any, error) {
	return s.reportWrite(c, "dispute", func(sc ServiceContracts, id uint64, period uint16, body []byte) (ServiceReport, TxResult, error) {
		req, err := decodeDisputeRequest(body)
		if err != nil {
			return ServiceReport{}, TxResult{}, err
		}
		return sc.DisputeReport(c.Request.Context(), principal(c).Account, id, period, req.ReasonCode, req.Offered)
	})
}

func (s *Server) resolveServiceDispute(c *gin.Context) (any, error) {
	return s.reportWrite(c, "resolve the dispute of", func(sc ServiceContracts, id uint64, period uint16, body []byte) (ServiceReport, TxResult, error) {
		amount, err := decodeResolveRequest(body)
		if err != nil {
			return ServiceReport{}, TxResult{}, err
		}
		return sc.ResolveDispute(c.Request.Context(), principal(c).Account, id, period, amount)
	})
}

func (s *Server) releaseServicePayment(c *gin.Context) (any, error) {
	return s.reportWrite(c, "release", func(sc ServiceContracts, id uint64, period uint16, body []byte) (ServiceReport, TxResult, error) {
		if err := decodeEmptyRequest(body); err != nil {
			return ServiceReport{}, TxResult{}, err
		}
		return sc.Release(c.Request.Context(), principal(c).Account, id, period)
	})
}
