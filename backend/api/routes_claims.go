package api

import "net/http"

// claimsRoutes are the routes of insurance: plans, policies, pools, the
// settlement token and claims (Claims, SettlementToken).
func claimsRoutes() []Route {
	const get, post, put = http.MethodGet, http.MethodPost, http.MethodPut
	ok, created := http.StatusOK, http.StatusCreated
	return []Route{
		{Method: post, Path: "/v1/plans", OperationID: "createPlan", Summary: "Publish an insurance plan with its terms and tariffs, as an active insurer",
			Access: Institution, Status: created, handle: (*Server).createPlan},
		{Method: get, Path: "/v1/plans/{planId}", OperationID: "getPlan", Summary: "Read a plan with its terms and current tariffs",
			Access: Public, Status: ok, handle: (*Server).getPlan},
		{Method: put, Path: "/v1/plans/{planId}/tariffs", OperationID: "setPlanTariffs", Summary: "Set tariffs of a plan; an amount of zero removes a code",
			Access: Institution, Status: ok, handle: (*Server).setPlanTariffs},
		{Method: post, Path: "/v1/plans/{planId}/close", OperationID: "closePlan", Summary: "Close a plan to new members; its policies run on",
			Access: Institution, Status: ok, handle: (*Server).closePlan},
		{Method: post, Path: "/v1/policies", OperationID: "enrolPolicy", Summary: "Enrol a patient in a plan of the caller's",
			Access: Institution, Status: created, handle: (*Server).enrolPolicy},
		{Method: get, Path: "/v1/policies/{policyId}", OperationID: "getPolicy", Summary: "Read a member policy",
			Access: Account, Status: ok, handle: (*Server).getPolicy},
		{Method: post, Path: "/v1/policies/{policyId}/terminate", OperationID: "terminatePolicy", Summary: "End a policy now; later services are not covered",
			Access: Institution, Status: ok, handle: (*Server).terminatePolicy},
		{Method: post, Path: "/v1/pools/me/deposits", OperationID: "depositToPool", Summary: "Deposit settlement tokens into the caller's claims pool, then pay queued claims",
			Access: Institution, Status: ok, handle: (*Server).depositToPool},
		{Method: post, Path: "/v1/pools/me/withdrawals", OperationID: "withdrawFromPool", Summary: "Withdraw uncommitted tokens from the caller's claims pool",
			Access: Institution, Status: ok, handle: (*Server).withdrawFromPool},
		{Method: get, Path: "/v1/pools/{insurer}", OperationID: "getPool", Summary: "Read an insurer's claims pool and funding queue",
			Access: Public, Status: ok, handle: (*Server).getPool},
		{Method: post, Path: "/v1/pools/{insurer}/settle", OperationID: "settlePool", Summary: "Pay an insurer's queued claims that its pool now covers, in queue order",
			Access: Institution, Status: ok, handle: (*Server).settlePool},
		{Method: post, Path: "/v1/claims", OperationID: "submitClaim", Summary: "Submit a claim, as JSON or an FHIR R4 Claim; inside the rules it is paid at once",
			Access: Institution, Status: created, handle: (*Server).submitClaim},
		{Method: get, Path: "/v1/claims/{claimId}", OperationID: "getClaim", Summary: "Read a claim with its lines, outcome and history",
			Access: Account, Status: ok, handle: (*Server).getClaim},
		{Method: post, Path: "/v1/claims/{claimId}/approve", OperationID: "approveClaim", Summary: "Approve a waiting claim fully or per line, as its insurer",
			Access: Institution, Status: ok, handle: (*Server).approveClaim},
		{Method: post, Path: "/v1/claims/{claimId}/deny", OperationID: "denyClaim", Summary: "Deny a waiting claim with a reason code, as its insurer",
			Access: Institution, Status: ok, handle: (*Server).denyClaim},
		{Method: post, Path: "/v1/claims/{claimId}/appeal", OperationID: "appealClaim", Summary: "Appeal a denied claim once, as its provider",
			Access: Institution, Status: ok, handle: (*Server).appealClaim},
		{Method: post, Path: "/v1/token/mint", OperationID: "mintTokens", Summary: "Mint settlement tokens against money received off chain, as the treasury",
			Access: Institution, Status: ok, handle: (*Server).mintTokens},
		{Method: post, Path: "/v1/token/burn", OperationID: "burnTokens", Summary: "Burn the treasury's settlement tokens when money is paid out off chain",
			Access: Institution, Status: ok, handle: (*Server).burnTokens},
		{Method: get, Path: "/v1/token/balances/{address}", OperationID: "getTokenBalance", Summary: "Read an account's settlement-token balance",
			Access: Public, Status: ok, handle: (*Server).getTokenBalance},
	}
}
