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
// The gin router is built from it, and tools can compare it with an OpenAPI document.
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

	handle handlerFunc
}

// handlerFunc serves one route after access has been checked. It returns the
// response body, written as JSON with the route's Status, or an error mapped to the
// error model. A handler that writes the response itself returns (nil, nil).
type handlerFunc func(s *Server, c *gin.Context) (any, error)

// Routes returns the route table. The slice is fresh; changing it changes nothing.
func Routes() []Route {
	return []Route{
		{http.MethodGet, "/healthz", "getHealth", "Report that the process is alive", Public, http.StatusOK, (*Server).getHealth},
		{http.MethodGet, "/readyz", "getReadiness", "Report whether the chain can be used (200) or why not (503)", Public, http.StatusOK, (*Server).getReadiness},
		{http.MethodGet, "/metrics", "getMetrics", "Prometheus metrics of the API", Public, http.StatusOK, (*Server).getMetrics},
		{http.MethodGet, "/v1/chain", "getChain", "Describe the chain: id, head, signers, contracts", Public, http.StatusOK, (*Server).getChain},
		{http.MethodGet, "/v1/participants/{address}", "getParticipant", "Read a participant's license, status and encryption key", Public, http.StatusOK, (*Server).getParticipant},
		{http.MethodPost, "/v1/participants", "licenseParticipant", "License an institution in a role, or renew its license", Regulator, http.StatusCreated, (*Server).licenseParticipant},
		{http.MethodPost, "/v1/participants/{address}/suspend", "suspendParticipant", "Suspend a participant's license with a reason code", Regulator, http.StatusOK, (*Server).suspendParticipant},
		{http.MethodPost, "/v1/participants/{address}/reinstate", "reinstateParticipant", "Lift a participant's suspension", Regulator, http.StatusOK, (*Server).reinstateParticipant},
		{http.MethodPost, "/v1/devices", "registerDevice", "Bind an IoT device account to its owner", Regulator, http.StatusCreated, (*Server).registerDevice},
		{http.MethodPut, "/v1/participants/me/encryption-key", "putEncryptionKey", "Register the caller's encryption public key with its proof", Institution, http.StatusOK, (*Server).putEncryptionKey},
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
