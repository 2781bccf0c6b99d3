package api

import "net/http"

// serviceContractRoutes are the routes of government service contracts:
// terms, escrow, service reports, payments, disputes and termination
// (ServiceContracts).
func serviceContractRoutes() []Route {
	const get, post = http.MethodGet, http.MethodPost
	ok, created := http.StatusOK, http.StatusCreated
	const base = "/v1/service-contracts/{contractId}"
	const report = base + "/reports/{period}"
	return []Route{
		{Method: post, Path: "/v1/service-contracts", OperationID: "proposeServiceContract", Summary: "Propose a service contract to a provider, as a government payer",
			Access: Institution, Status: created, handle: (*Server).proposeServiceContract},
		{Method: get, Path: base, OperationID: "getServiceContract", Summary: "Read a service contract: status, escrow, spending, budget left and tariffs",
			Access: Account, Status: ok, handle: (*Server).getServiceContract},
		{Method: post, Path: base + "/accept", OperationID: "acceptServiceContract", Summary: "Accept a proposed service contract, as its provider",
			Access: Institution, Status: ok, handle: (*Server).acceptServiceContract},
		{Method: post, Path: base + "/fund", OperationID: "fundServiceContract", Summary: "Add settlement tokens to a service contract's escrow, as its payer",
			Access: Institution, Status: ok, handle: (*Server).fundServiceContract},
		{Method: post, Path: base + "/fund/typed-data", OperationID: "getFundPermitTypedData", Summary: "Get the EIP-712 typed data of the token permit that funds a service contract",
			Access: Institution, Status: ok, handle: (*Server).getFundPermitTypedData},
		{Method: post, Path: base + "/reports", OperationID: "reportServices", Summary: "Report the services delivered in a period, as the provider",
			Access: Institution, Status: created, handle: (*Server).reportServices},
		{Method: get, Path: report, OperationID: "getServiceReport", Summary: "Read the report of a period with its lines, evidence and payment status",
			Access: Account, Status: ok, handle: (*Server).getServiceReport},
		{Method: post, Path: report + "/approve", OperationID: "approveServiceReport", Summary: "Approve a period's report, as the payer; it is paid when the escrow covers it",
			Access: Institution, Status: ok, handle: (*Server).approveServiceReport},
		{Method: post, Path: report + "/dispute", OperationID: "disputeServiceReport", Summary: "Dispute a period's report with a reason and an offer, as the payer",
			Access: Institution, Status: ok, handle: (*Server).disputeServiceReport},
		{Method: post, Path: report + "/resolve", OperationID: "resolveServiceDispute", Summary: "Resolve a disputed report: the provider accepts the offer or the regulator arbitrates",
			Access: Institution, Status: ok, handle: (*Server).resolveServiceDispute},
		{Method: post, Path: report + "/release", OperationID: "releaseServicePayment", Summary: "Pay a report that waited for funds once the escrow covers it",
			Access: Institution, Status: ok, handle: (*Server).releaseServicePayment},
		{Method: post, Path: base + "/terminate", OperationID: "terminateServiceContract", Summary: "Terminate a service contract; unreserved escrow returns to the payer",
			Access: Institution, Status: ok, handle: (*Server).terminateServiceContract},
	}
}
