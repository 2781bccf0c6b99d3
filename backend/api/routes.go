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
	// Institution routes need a valid bearer token (any institution).
	Institution
	// Regulator routes need a valid bearer token whose account is a Registry
	// regulator (Registry.IsRegulator), checked before the request is decoded.
	Regulator
)

// String returns "public", "institution" or "regulator".
func (a Access) String() string {
	switch a {
	case Public:
		return "public"
	case Institution:
		return "institution"
	case Regulator:
		return "regulator"
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

	handle handlerFunc
}

// handlerFunc serves one route after access has been checked. It returns the
// response body, written as JSON with the route's Status, or an error mapped to the
// error model. A handler that writes the response itself returns (nil, nil).
type handlerFunc func(s *Server, c *gin.Context) (any, error)

// Routes returns the route table. The slice is fresh; changing it changes nothing.
func Routes() []Route {
	const get, post, put = http.MethodGet, http.MethodPost, http.MethodPut
	ok, created := http.StatusOK, http.StatusCreated
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
	}
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
