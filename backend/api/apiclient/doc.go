// Package apiclient is a Go client of the Salus REST API, generated from
// backend/api/openapi.yaml by oapi-codegen (a `go tool` of this module). It is
// what an integrating system would generate; the tests of backend/app call the
// running stack through it.
//
// Regenerate after changing the description:
//
//	go generate ./backend/api/apiclient
package apiclient

//go:generate go tool oapi-codegen -config oapi-codegen.models.yaml ../openapi.yaml
//go:generate go tool oapi-codegen -config oapi-codegen.client.yaml ../openapi.yaml
