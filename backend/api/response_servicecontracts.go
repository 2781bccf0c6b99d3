package api

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/money"
)

// Response bodies of the service-contract endpoints, with the conventions of
// response.go. Amounts are decimal strings of settlement tokens with all six
// fractional digits ("1250.500000"); periodLength is in seconds.

type serviceTariffResponse struct {
	Code  string `json:"code"`
	Price string `json:"price"`
}

type serviceContractResponse struct {
	ID            uint64                  `json:"id"`
	Payer         string                  `json:"payer"`
	Provider      string                  `json:"provider"`
	Status        ServiceContractStatus   `json:"status"`
	AutoRelease   bool                    `json:"autoRelease"`
	Start         string                  `json:"start"`
	End           string                  `json:"end"`
	PeriodLength  int64                   `json:"periodLength"`
	PeriodCount   uint16                  `json:"periodCount"`
	CurrentPeriod *uint16                 `json:"currentPeriod,omitempty"`
	TerminatedAt  string                  `json:"terminatedAt,omitempty"`
	Budget        string                  `json:"budget"`
	Escrow        string                  `json:"escrow"`
	Spent         string                  `json:"spent"`
	Reserved      string                  `json:"reserved"`
	BudgetLeft    string                  `json:"budgetLeft"`
	FundingRoom   string                  `json:"fundingRoom"`
	TermsCID      string                  `json:"termsCid"`
	Tariffs       []serviceTariffResponse `json:"tariffs"`
}

type serviceContractTxResponse struct {
	Contract serviceContractResponse `json:"contract"`
	Tx       txResponse              `json:"tx"`
}

type fundResponse struct {
	Contract  serviceContractResponse `json:"contract"`
	Tx        txResponse              `json:"tx"`
	ApproveTx *txResponse             `json:"approveTx,omitempty"`
}

type serviceLineResponse struct {
	Code     string `json:"code"`
	Quantity uint32 `json:"quantity"`
}

type serviceReportResponse struct {
	ContractID    uint64                `json:"contractId"`
	Period        uint16                `json:"period"`
	Status        ServiceReportStatus   `json:"status"`
	ReportedAt    string                `json:"reportedAt"`
	Amount        string                `json:"amount"`
	Offered       string                `json:"offered,omitempty"`
	DisputeReason string                `json:"disputeReason,omitempty"`
	Lines         []serviceLineResponse `json:"lines"`
	Evidence      []string              `json:"evidence"`
}

type serviceReportTxResponse struct {
	Report serviceReportResponse `json:"report"`
	Tx     txResponse            `json:"tx"`
}

// formatServiceAmount writes minor units as a decimal string of tokens.
func formatServiceAmount(n *big.Int) string {
	return money.Format(serviceAmountOrZero(n), money.TokenDecimals)
}

func newServiceContractResponse(c ServiceContract) serviceContractResponse {
	r := serviceContractResponse{
		ID: c.ID, Payer: c.Payer.Hex(), Provider: c.Provider.Hex(), Status: c.Status, AutoRelease: c.AutoRelease,
		Start: formatTime(c.Start), End: formatTime(c.End()), PeriodLength: int64(c.PeriodLength.Seconds()), PeriodCount: c.PeriodCount,
		TerminatedAt: formatTime(c.TerminatedAt),
		Budget:       formatServiceAmount(c.Budget), Escrow: formatServiceAmount(c.Escrow), Spent: formatServiceAmount(c.Released),
		Reserved: formatServiceAmount(c.Reserved), BudgetLeft: formatServiceAmount(c.BudgetLeft()), FundingRoom: formatServiceAmount(c.FundingRoom()),
		TermsCID: c.TermsCID, Tariffs: make([]serviceTariffResponse, len(c.Tariffs)),
	}
	if p, ok := c.CurrentPeriod(c.AsOf); ok && !c.AsOf.IsZero() {
		r.CurrentPeriod = &p
	}
	for i, t := range c.Tariffs {
		r.Tariffs[i] = serviceTariffResponse{Code: t.Code.String(), Price: formatServiceAmount(new(big.Int).SetUint64(t.Price))}
	}
	return r
}

func newServiceReportResponse(r ServiceReport) serviceReportResponse {
	out := serviceReportResponse{
		ContractID: r.ContractID, Period: r.Period, Status: r.Status, ReportedAt: formatTime(r.ReportedAt),
		Amount: formatServiceAmount(r.Amount), Lines: make([]serviceLineResponse, len(r.Lines)), Evidence: r.Evidence,
	}
	if r.Status == ServiceReportDisputed || serviceAmountOrZero(r.Offered).Sign() > 0 || r.DisputeReason != ([32]byte{}) {
		out.Offered = formatServiceAmount(r.Offered)
	}
	if r.DisputeReason != ([32]byte{}) {
		out.DisputeReason = hexutil.Encode(r.DisputeReason[:])
	}
	if out.Evidence == nil {
		out.Evidence = []string{}
	}
	for i, l := range r.Lines {
		out.Lines[i] = serviceLineResponse{Code: l.Code.String(), Quantity: l.Quantity}
	}
	return out
}

func serviceContractPath(id uint64) string { return fmt.Sprintf("/v1/service-contracts/%d", id) }

func serviceReportPath(id uint64, period uint16) string {
	return fmt.Sprintf("/v1/service-contracts/%d/reports/%d", id, period)
}
