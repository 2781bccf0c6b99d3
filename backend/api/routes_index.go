package api

import "net/http"

// indexRoutes are the routes of queries served from the indexer tables: timelines, audit trails, batch histories, statistics, indexer status.
func indexRoutes() []Route {
	const get = http.MethodGet
	ok := http.StatusOK
	return []Route{
		{Method: get, Path: "/v1/patients/{address}/timeline", OperationID: "getPatientTimeline", Summary: "A patient's timeline from the event index, newest first",
			Access: Account, Status: ok, handle: (*Server).getPatientTimeline},
		{Method: get, Path: "/v1/patients/{address}/audit-trail", OperationID: "getPatientAuditTrail", Summary: "Grants given and revoked, emergency accesses and anchored read audits of a patient, newest first",
			Access: Account, Status: ok, handle: (*Server).getPatientAuditTrail},
		{Method: get, Path: "/v1/patients/{address}/claims", OperationID: "listPatientClaims", Summary: "A patient's insurance claims with their current status, most recently changed first",
			Access: Account, Status: ok, handle: (*Server).listPatientClaims},
		{Method: get, Path: "/v1/claims", OperationID: "listClaims", Summary: "Claims by status, insurer and provider, most recently changed first",
			Access: Institution, Status: ok, handle: (*Server).listIndexedClaims},
		{Method: get, Path: "/v1/batches/{batchId}/history", OperationID: "getBatchHistory", Summary: "A drug batch's history from the event index, custody order",
			Access: Institution, Status: ok, handle: (*Server).getBatchHistory},
		{Method: get, Path: "/v1/participants/{address}/recalls", OperationID: "listRecallNotices", Summary: "Recalls of every batch a participant ever held, newest first",
			Access: Institution, Status: ok, handle: (*Server).listRecallNotices},
		{Method: get, Path: "/v1/service-contracts/{contractId}/ledger", OperationID: "getServiceContractLedger", Summary: "A service contract's ledger: funding, reports, payments, disputes, refunds",
			Access: Institution, Status: ok, handle: (*Server).getServiceContractLedger},
		{Method: get, Path: "/v1/stats/services", OperationID: "getServiceStats", Summary: "Services claimed per code and period (regulator)",
			Access: Regulator, Status: ok, handle: (*Server).getServiceStats},
		{Method: get, Path: "/v1/stats/prescriptions", OperationID: "getPrescriptionStats", Summary: "Prescriptions issued per medication and period (regulator)",
			Access: Regulator, Status: ok, handle: (*Server).getPrescriptionStats},
		{Method: get, Path: "/v1/stats/excursions", OperationID: "getExcursionStats", Summary: "Cold-chain excursions and penalties per holder (regulator)",
			Access: Regulator, Status: ok, handle: (*Server).getExcursionStats},
		{Method: get, Path: "/v1/stats/settlements", OperationID: "getSettlementStats", Summary: "Settlement totals per insurer and per government payer (regulator)",
			Access: Regulator, Status: ok, handle: (*Server).getSettlementStats},
		{Method: get, Path: "/v1/indexer/status", OperationID: "getIndexerStatus", Summary: "How far the event index is behind the chain",
			Access: Public, Status: ok, handle: (*Server).getIndexerStatus},
	}
}
