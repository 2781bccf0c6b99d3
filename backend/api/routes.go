package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// Access says who may call a route.
type Access int

const (
	// Public routes need no credentials.
	Public Access = iota
	// Institution routes need a valid institutional bearer token (any
	// institution): they send transactions from the caller's keystore account,
	// which a wallet session does not have (403).
	Institution
	// Regulator routes need a valid institutional bearer token whose account is
	// a Registry regulator (Registry.IsRegulator), checked before the request is
	// decoded.
	Regulator
	// Account routes need any authenticated principal: an institutional token or
	// a wallet session (Sign-In with Ethereum). Which objects the caller may
	// see or change is decided by the handler and the services.
	Account
)

// String returns "public", "institution", "regulator" or "account".
func (a Access) String() string {
	switch a {
	case Public:
		return "public"
	case Institution:
		return "institution"
	case Regulator:
		return "regulator"
	case Account:
		return "account"
	}
	return "unknown"
}

// Route is one entry of the route table, the single place routes are declared.
// The gin router is built from it, and tests compare it with the OpenAPI document.
type Route struct {
	// Method is the HTTP method.
	Method string
	// Path is an OpenAPI path template, e.g. /v1/participants/{address}.
	Path string
	// OperationID names the operation, as an OpenAPI operationId.
	OperationID string
	// Summary says in one line what the route does.
	Summary string
	// Access is who may call it; anything but Public needs a bearer token.
	Access Access
	// Status is the status of a successful response.
	Status int
	// Unlimited routes are exempt from the per-client rate limit: the
	// operational endpoints, which orchestrators and scrapers poll.
	Unlimited bool
	// Rest says that the last parameter of Path takes the rest of the request
	// path, slashes included (the gin router's *name). OpenAPI 3.0 cannot say
	// so; the document describes it in words.
	Rest bool
	// Transfer routes move large bodies: they are bounded by
	// Config.TransferTimeout instead of RequestTimeout.
	Transfer bool

	handle handlerFunc
}

// handlerFunc serves one route after access has been checked. It returns the
// response body, written as JSON with the route's Status, or an error mapped to the
// error model. A handler that writes the response itself returns (nil, nil).
type handlerFunc func(s *Server, c *gin.Context) (any, error)

// Routes returns the route table. The slice is fresh; changing it changes nothing.
// Each area of the API declares its routes in a function of its own.
func Routes() []Route {
	rs := coreRoutes()
	rs = append(rs, claimsRoutes()...)
	rs = append(rs, serviceContractRoutes()...)
	rs = append(rs, webhookRoutes()...)
	rs = append(rs, indexRoutes()...)
	return rs
}

// coreRoutes are the operational routes, documentation, participants, sign-in,
// records, consent, the drug supply chain, prescriptions and IPFS.
func coreRoutes() []Route {
	const get, head, post, put, del = http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete
	ok, created, noContent := http.StatusOK, http.StatusCreated, http.StatusNoContent
	return []Route{
		// Operations, at the root and not rate limited.
		{Method: get, Path: "/healthz", OperationID: "getHealth", Summary: "Report that the process is alive",
			Access: Public, Status: ok, Unlimited: true, handle: (*Server).getHealth},
		{Method: get, Path: "/readyz", OperationID: "getReadiness", Summary: "Report whether the chain can be used (200) or why not (503)",
			Access: Public, Status: ok, Unlimited: true, handle: (*Server).getReadiness},
		{Method: get, Path: "/metrics", OperationID: "getMetrics", Summary: "Prometheus metrics of the API",
			Access: Public, Status: ok, Unlimited: true, handle: (*Server).getMetrics},
		// Documentation, at the root.
		{Method: get, Path: "/openapi.json", OperationID: "getOpenAPIJSON", Summary: "This API description, as JSON",
			Access: Public, Status: ok, handle: (*Server).getOpenAPIJSON},
		{Method: get, Path: "/openapi.yaml", OperationID: "getOpenAPIYAML", Summary: "This API description, as YAML",
			Access: Public, Status: ok, handle: (*Server).getOpenAPIYAML},
		{Method: get, Path: "/docs", OperationID: "getDocs", Summary: "Browsable documentation of this API",
			Access: Public, Status: ok, handle: (*Server).getDocs},
		{Method: get, Path: "/docs/{file}", OperationID: "getDocsAsset", Summary: "A file of the browsable documentation",
			Access: Public, Status: ok, handle: (*Server).getDocsAsset},
		// The patient web app, at the root.
		{Method: get, Path: "/app", OperationID: "getApp", Summary: "The patient web app: wallet sign-in, records, sharing and who read what",
			Access: Public, Status: ok, handle: (*Server).getApp},
		{Method: get, Path: "/app/{file}", OperationID: "getAppAsset", Summary: "A file of the patient web app",
			Access: Public, Status: ok, handle: (*Server).getAppAsset},
		// Version 1.
		{Method: get, Path: "/v1/chain", OperationID: "getChain", Summary: "Describe the chain: id, head, signers, contracts",
			Access: Public, Status: ok, handle: (*Server).getChain},
		{Method: get, Path: "/v1/participants", OperationID: "listParticipants", Summary: "List licensed participants, oldest licence first",
			Access: Public, Status: ok, handle: (*Server).listParticipants},
		{Method: get, Path: "/v1/participants/{address}", OperationID: "getParticipant", Summary: "Read a participant's license, status and encryption key",
			Access: Public, Status: ok, handle: (*Server).getParticipant},
		{Method: post, Path: "/v1/participants", OperationID: "licenseParticipant", Summary: "License an institution in a role, or renew its license",
			Access: Regulator, Status: created, handle: (*Server).licenseParticipant},
		{Method: post, Path: "/v1/participants/{address}/suspend", OperationID: "suspendParticipant", Summary: "Suspend a participant's license with a reason code",
			Access: Regulator, Status: ok, handle: (*Server).suspendParticipant},
		{Method: post, Path: "/v1/participants/{address}/reinstate", OperationID: "reinstateParticipant", Summary: "Lift a participant's suspension",
			Access: Regulator, Status: ok, handle: (*Server).reinstateParticipant},
		{Method: post, Path: "/v1/devices", OperationID: "registerDevice", Summary: "Bind an IoT device account to its owner",
			Access: Regulator, Status: created, handle: (*Server).registerDevice},
		{Method: put, Path: "/v1/participants/me/encryption-key", OperationID: "putEncryptionKey", Summary: "Register the caller's encryption public key with its proof",
			Access: Institution, Status: ok, handle: (*Server).putEncryptionKey},
		// Wallet sign-in (EIP-4361).
		{Method: get, Path: "/v1/auth/nonce", OperationID: "getSignInNonce", Summary: "Get a single-use nonce and what a wallet needs to compose a sign-in message",
			Access: Public, Status: ok, handle: (*Server).getSignInNonce},
		{Method: post, Path: "/v1/auth/siwe", OperationID: "signIn", Summary: "Sign in with an Ethereum wallet (EIP-4361) and get a session token",
			Access: Public, Status: ok, handle: (*Server).signIn},
		{Method: post, Path: "/v1/auth/logout", OperationID: "signOut", Summary: "End the caller's wallet session",
			Access: Account, Status: noContent, handle: (*Server).signOut},
		// Medical records.
		{Method: post, Path: "/v1/records", OperationID: "createRecord", Summary: "Encrypt, store and anchor a record version written by the caller",
			Access: Institution, Status: created, Transfer: true, handle: (*Server).createRecord},
		{Method: get, Path: "/v1/patients/{address}/records", OperationID: "listPatientRecords", Summary: "List the versions of a patient's records that the caller may see",
			Access: Account, Status: ok, handle: (*Server).listPatientRecords},
		{Method: get, Path: "/v1/records/{id}", OperationID: "getRecord", Summary: "Read a record version's metadata",
			Access: Account, Status: ok, handle: (*Server).getRecord},
		{Method: get, Path: "/v1/records/{id}/versions", OperationID: "listRecordVersions", Summary: "List every version of the record holding a version, oldest first",
			Access: Account, Status: ok, handle: (*Server).listRecordVersions},
		{Method: get, Path: "/v1/records/{id}/content", OperationID: "getRecordContent", Summary: "Download a record version's decrypted content",
			Access: Account, Status: ok, Transfer: true, handle: (*Server).getRecordContent},
		{Method: get, Path: "/v1/records/{id}/key", OperationID: "getRecordKey", Summary: "Get a record version's data key wrapped to the caller's encryption key",
			Access: Account, Status: ok, handle: (*Server).getRecordKey},
		{Method: get, Path: "/v1/patients/{address}/audit", OperationID: "listPatientAudit", Summary: "List who read the patient's records, oldest first",
			Access: Account, Status: ok, handle: (*Server).listPatientAudit},
		{Method: get, Path: "/v1/patients/{address}/audit/{seq}/proof", OperationID: "getAuditProof", Summary: "Get the Merkle proof that a read-audit entry is in its anchored batch",
			Access: Account, Status: ok, handle: (*Server).getAuditProof},
		{Method: del, Path: "/v1/patients/{address}/keys", OperationID: "erasePatientKeys", Summary: "Destroy every data key of the patient's records (crypto-shredding)",
			Access: Account, Status: ok, handle: (*Server).erasePatientKeys},
		// Consent (AccessGrants).
		{Method: post, Path: "/v1/grants", OperationID: "createGrant", Summary: "Grant access to the caller's records, as a custodial patient account",
			Access: Institution, Status: created, handle: (*Server).createGrant},
		{Method: post, Path: "/v1/grants/revoke", OperationID: "revokeGrant", Summary: "Revoke a grant of the caller's, as a custodial patient account",
			Access: Institution, Status: ok, handle: (*Server).revokeGrant},
		{Method: post, Path: "/v1/grants/typed-data", OperationID: "getGrantTypedData", Summary: "Get the EIP-712 typed data a patient's wallet signs to grant or revoke",
			Access: Account, Status: ok, handle: (*Server).getGrantTypedData},
		{Method: post, Path: "/v1/grants/signed", OperationID: "relayGrant", Summary: "Relay a grant the patient signed with their wallet",
			Access: Account, Status: created, handle: (*Server).relayGrant},
		{Method: post, Path: "/v1/grants/signed-revoke", OperationID: "relayRevoke", Summary: "Relay a revocation the patient signed with their wallet",
			Access: Account, Status: ok, handle: (*Server).relayRevoke},
		{Method: get, Path: "/v1/patients/{address}/grants", OperationID: "listPatientGrants", Summary: "List the grants a patient gave",
			Access: Account, Status: ok, handle: (*Server).listPatientGrants},
		{Method: get, Path: "/v1/grantees/{address}/grants", OperationID: "listGranteeGrants", Summary: "List the grants a grantee holds",
			Access: Account, Status: ok, handle: (*Server).listGranteeGrants},
		{Method: post, Path: "/v1/emergency-access", OperationID: "openEmergencyAccess", Summary: "Open time-limited emergency access to a patient's records",
			Access: Institution, Status: created, handle: (*Server).openEmergencyAccess},
		// Drug supply chain (DrugBatches): batches, custody, cold chain, verification.
		{Method: post, Path: "/v1/batches", OperationID: "registerBatch", Summary: "Register a batch with its pack serials; the backend builds and publishes the serial tree",
			Access: Institution, Status: created, Transfer: true, handle: (*Server).registerBatch},
		{Method: get, Path: "/v1/batches/{batchId}", OperationID: "getBatch", Summary: "Read a batch with its status and every holder's stock",
			Access: Public, Status: ok, handle: (*Server).getBatch},
		{Method: get, Path: "/v1/batches/{batchId}/proof", OperationID: "getSerialProof", Summary: "Get the Merkle proof of a pack serial from the batch's published serial tree",
			Access: Public, Status: ok, handle: (*Server).getSerialProof},
		{Method: post, Path: "/v1/batches/{batchId}/handovers", OperationID: "handOver", Summary: "Hand packs of a batch over to another participant, pending its acceptance",
			Access: Institution, Status: created, handle: (*Server).handOver},
		{Method: get, Path: "/v1/handovers/{id}", OperationID: "getHandOver", Summary: "Read a hand-over",
			Access: Public, Status: ok, handle: (*Server).getHandOver},
		{Method: post, Path: "/v1/handovers/{id}/accept", OperationID: "acceptHandOver", Summary: "Accept a hand-over addressed to the caller; custody passes",
			Access: Institution, Status: ok, handle: (*Server).acceptHandOver},
		{Method: post, Path: "/v1/handovers/{id}/cancel", OperationID: "cancelHandOver", Summary: "Cancel a pending hand-over the caller sent; the packs return to its stock",
			Access: Institution, Status: ok, handle: (*Server).cancelHandOver},
		{Method: post, Path: "/v1/batches/{batchId}/recall", OperationID: "recallBatch", Summary: "Recall a batch everywhere, as its manufacturer or the regulator",
			Access: Institution, Status: ok, handle: (*Server).recallBatch},
		{Method: post, Path: "/v1/batches/{batchId}/holders/{address}/release", OperationID: "releaseQuarantine", Summary: "Release a holder's quarantined stock of a batch after review",
			Access: Regulator, Status: ok, handle: (*Server).releaseQuarantine},
		{Method: post, Path: "/v1/telemetry/readings", OperationID: "submitReadings", Summary: "Submit temperature readings signed by cold-chain sensors",
			Access: Institution, Status: ok, handle: (*Server).submitReadings},
		{Method: get, Path: "/v1/verify", OperationID: "verifyPack", Summary: "Verify a scanned pack code: authentic or not, and whether it may be dispensed",
			Access: Public, Status: ok, handle: (*Server).verifyPackQuery},
		{Method: post, Path: "/v1/verify", OperationID: "verifyPackScan", Summary: "Verify a scanned pack code sent in the body",
			Access: Public, Status: ok, handle: (*Server).verifyPackBody},
		{Method: post, Path: "/v1/clone-reports", OperationID: "reportClone", Summary: "Report a dispensed pack presented again as a suspected clone",
			Access: Institution, Status: ok, handle: (*Server).reportClone},
		{Method: get, Path: "/v1/batches/{batchId}/prescriptions", OperationID: "listBatchPrescriptions", Summary: "List the prescriptions a fill of which held a pack of the batch",
			Access: Institution, Status: ok, handle: (*Server).listBatchPrescriptions},
		// Prescriptions.
		{Method: post, Path: "/v1/prescriptions", OperationID: "issuePrescription", Summary: "Issue a prescription to a patient, as a licensed prescriber",
			Access: Institution, Status: created, handle: (*Server).issuePrescription},
		{Method: get, Path: "/v1/prescriptions/{id}", OperationID: "getPrescription", Summary: "Read a prescription with its fills",
			Access: Account, Status: ok, handle: (*Server).getPrescription},
		{Method: post, Path: "/v1/prescriptions/{id}/dispense", OperationID: "dispensePrescription", Summary: "Dispense the next fill of a prescription with scanned packs",
			Access: Institution, Status: ok, handle: (*Server).dispensePrescription},
		{Method: post, Path: "/v1/prescriptions/{id}/cancel", OperationID: "cancelPrescription", Summary: "Cancel a prescription, as its prescriber",
			Access: Institution, Status: ok, handle: (*Server).cancelPrescription},
		{Method: post, Path: "/v1/prescriptions/{id}/authorization/typed-data", OperationID: "getDispenseTypedData", Summary: "Get the EIP-712 typed data a patient signs to authorise a controlled fill",
			Access: Account, Status: ok, handle: (*Server).getDispenseTypedData},
		{Method: get, Path: "/v1/patients/{address}/prescriptions", OperationID: "listPatientPrescriptions", Summary: "List a patient's prescriptions",
			Access: Account, Status: ok, handle: (*Server).listPatientPrescriptions},
		{Method: get, Path: "/v1/prescribers/{address}/prescriptions", OperationID: "listPrescriberPrescriptions", Summary: "List the prescriptions a prescriber issued",
			Access: Institution, Status: ok, handle: (*Server).listPrescriberPrescriptions},
		{Method: get, Path: "/v1/pharmacies/{address}/prescriptions", OperationID: "listPharmacyPrescriptions", Summary: "List the prescriptions a pharmacy dispensed fills of",
			Access: Institution, Status: ok, handle: (*Server).listPharmacyPrescriptions},
		// IPFS.
		{Method: post, Path: "/v1/ipfs", OperationID: "addPublicDocument", Summary: "Add a public, unencrypted document to IPFS and pin it",
			Access: Institution, Status: created, Transfer: true, handle: (*Server).addPublicDocument},
		{Method: get, Path: "/ipfs/{cid}", OperationID: "getIPFS", Summary: "Fetch IPFS content as verifiable blocks or a CAR (trustless gateway)",
			Access: Public, Status: ok, handle: (*Server).serveGateway},
		{Method: head, Path: "/ipfs/{cid}", OperationID: "headIPFS", Summary: "Check IPFS content without fetching it (trustless gateway)",
			Access: Public, Status: ok, handle: (*Server).serveGateway},
		{Method: get, Path: "/ipfs/{cid}/{path}", OperationID: "getIPFSPath", Summary: "Fetch IPFS content below a CID as verifiable blocks or a CAR (trustless gateway)",
			Access: Public, Status: ok, Rest: true, handle: (*Server).serveGateway},
		{Method: head, Path: "/ipfs/{cid}/{path}", OperationID: "headIPFSPath", Summary: "Check IPFS content below a CID without fetching it (trustless gateway)",
			Access: Public, Status: ok, Rest: true, handle: (*Server).serveGateway},
	}
}

// ginPath returns the route's path in gin's syntax: {name} becomes :name, and
// the last parameter of a Rest route *name.
func (rt Route) ginPath() string {
	p := ginPath(rt.Path)
	if rt.Rest {
		if i := strings.LastIndex(p, "/:"); i >= 0 {
			p = p[:i] + "/*" + p[i+2:]
		}
	}
	return p
}

// matches reports whether a request path is one of the route's.
func (rt Route) matches(path string) bool {
	if !rt.Rest {
		return templateMatches(rt.Path, path)
	}
	// The last segment of the template takes one or more segments.
	n := strings.Count(rt.Path, "/")
	parts := strings.SplitN(path, "/", n+1)
	return len(parts) == n+1 && templateMatches(rt.Path, strings.Join(parts[:n], "/")+"/x") && parts[n] != ""
}

// ginPath turns an OpenAPI path template into gin's syntax: {name} becomes :name.
func ginPath(p string) string {
	parts := strings.Split(p, "/")
	for i, part := range parts {
		if strings.HasPrefix(part, "{") && strings.HasSuffix(part, "}") {
			parts[i] = ":" + part[1:len(part)-1]
		}
	}
	return strings.Join(parts, "/")
}
