package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// The OpenAPI document, loaded once for every test: the handler tests validate
// each request they send and each response they get against it (see
// harness.do), so the description cannot drift from the code.

// formatEIP55 is the custom string format of checksummed addresses in responses.
const formatEIP55 = "eip55-address"

type specT struct {
	doc    *openapi3.T
	router routers.Router
	err    error
}

var (
	specOnce   sync.Once
	loadedSpec specT
)

// spec returns the validated document, made strict for response validation:
// every object schema that lists properties and says nothing about others
// refuses others, so a field the code adds without documenting it fails the
// tests. (The published document stays open so clients tolerate new fields.)
func spec(t testing.TB) *specT {
	t.Helper()
	specOnce.Do(func() {
		openapi3.DefineStringFormatValidator(formatEIP55, openapi3.NewCallbackValidator(func(s string) error {
			if !common.IsHexAddress(s) || common.HexToAddress(s).Hex() != s {
				return fmt.Errorf("%q is not an address with its EIP-55 checksum", s)
			}
			return nil
		}))
		// Documentation files are text or bytes; kin-openapi only needs to read them.
		for _, ct := range []string{"text/html", "text/css", "text/javascript", "image/svg+xml", "application/openmetrics-text"} {
			openapi3filter.RegisterBodyDecoder(ct, openapi3filter.PlainBodyDecoder)
		}
		for _, ct := range []string{"image/png", "image/jpeg"} {
			openapi3filter.RegisterBodyDecoder(ct, openapi3filter.FileBodyDecoder)
		}
		loadedSpec.doc, loadedSpec.err = loadDocument(openapiYAML)
		if loadedSpec.err != nil {
			return
		}
		closeObjectSchemas(loadedSpec.doc)
		loadedSpec.doc.Servers = nil // match request paths as they are
		loadedSpec.router, loadedSpec.err = legacy.NewRouter(loadedSpec.doc)
	})
	if loadedSpec.err != nil {
		t.Fatalf("openapi.yaml: %v", loadedSpec.err)
	}
	return &loadedSpec
}

// loadDocument parses and validates an OpenAPI document, examples included.
func loadDocument(data []byte) (*openapi3.T, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if err := doc.Validate(context.Background(), openapi3.EnableExamplesValidation(), openapi3.EnableSchemaPatternValidation()); err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	return doc, nil
}

// closeObjectSchemas sets additionalProperties: false on every object schema
// with properties that leaves it unspecified.
func closeObjectSchemas(doc *openapi3.T) {
	seen := map[*openapi3.Schema]bool{}
	var visit func(ref *openapi3.SchemaRef)
	visit = func(ref *openapi3.SchemaRef) {
		if ref == nil || ref.Value == nil || seen[ref.Value] {
			return
		}
		s := ref.Value
		seen[s] = true
		if len(s.Properties) > 0 && s.AdditionalProperties.Has == nil && s.AdditionalProperties.Schema == nil {
			no := false
			s.AdditionalProperties.Has = &no
		}
		for _, p := range s.Properties {
			visit(p)
		}
		visit(s.Items)
		visit(s.AdditionalProperties.Schema)
		for _, l := range []openapi3.SchemaRefs{s.AllOf, s.AnyOf, s.OneOf} {
			for _, x := range l {
				visit(x)
			}
		}
	}
	for _, s := range doc.Components.Schemas {
		visit(s)
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			for _, r := range op.Responses.Map() {
				for _, mt := range r.Value.Content {
					visit(mt.Schema)
				}
			}
		}
	}
}

// bearerPresent is the authentication check of request validation: the document
// only says a bearer token must be sent; whether it is valid is the server's call.
func bearerPresent(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	h := in.RequestValidationInput.Request.Header.Get("Authorization")
	scheme, token, _ := strings.Cut(h, " ")
	if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return errors.New("no bearer token")
	}
	return nil
}

// exchange is one request and the response the server gave.
type exchange struct {
	method, target string
	header         http.Header
	body           []byte
	status         int
	respHeader     http.Header
	respBody       []byte
}

// validate checks an exchange against the document:
//   - the response (status, headers, body) must be documented for the operation,
//     error responses must have the Error schema, every response must carry
//     X-Request-Id and the security headers;
//   - a request the document calls invalid must have been refused (4xx): the
//     server may refuse more than the document says, never less.
//
// Requests to undocumented paths or methods must get 404, 405 or, for CORS
// preflights, 204 or 403, with an Error body when there is a body.
func (sp *specT) validate(x exchange) error {
	var errs []error
	for _, h := range []string{HeaderRequestID, "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Content-Security-Policy", "Cache-Control"} {
		if x.respHeader.Get(h) == "" {
			errs = append(errs, fmt.Errorf("response has no %s header", h))
		}
	}
	req := httptest.NewRequest(x.method, x.target, bytes.NewReader(x.body))
	req.Header = x.header.Clone()
	route, params, err := sp.router.FindRoute(req)
	if err == nil && !templateMatches(route.Path, req.URL.Path) {
		// The router forgives a trailing slash; the server does not.
		route, err = nil, fmt.Errorf("%s matches %s only loosely", req.URL.Path, route.Path)
	}
	if err != nil {
		preflight := x.method == http.MethodOptions && x.header.Get("Access-Control-Request-Method") != ""
		switch {
		case x.status == http.StatusNotFound || x.status == http.StatusMethodNotAllowed || x.status == http.StatusTooManyRequests:
		case preflight && (x.status == http.StatusNoContent || x.status == http.StatusForbidden):
		default:
			errs = append(errs, fmt.Errorf("%s %s is not in the document (%v) but the server answered %d", x.method, x.target, err, x.status))
		}
		if len(x.respBody) > 0 {
			var v any
			if err := json.Unmarshal(x.respBody, &v); err != nil {
				errs = append(errs, fmt.Errorf("undocumented route answered a non-JSON body: %v", err))
			} else if err := sp.doc.Components.Schemas["Error"].Value.VisitJSON(v, openapi3.VisitAsResponse()); err != nil {
				errs = append(errs, fmt.Errorf("undocumented route answered a body that is not an Error: %v", err))
			}
		}
		return errors.Join(errs...)
	}
	in := &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: bearerPresent},
	}
	if reqErr := openapi3filter.ValidateRequest(context.Background(), in); reqErr != nil && x.status < 400 {
		errs = append(errs, fmt.Errorf("the document calls the request invalid (%v) but the server answered %d", reqErr, x.status))
	}
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 x.status,
		Header:                 x.respHeader,
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	out.SetBodyBytes(x.respBody)
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		errs = append(errs, fmt.Errorf("response %d of %s %s: %v", x.status, x.method, route.Path, err))
	}
	return errors.Join(errs...)
}

// checkExchange validates an exchange in a test.
func checkExchange(t testing.TB, x exchange) {
	t.Helper()
	if err := spec(t).validate(x); err != nil {
		t.Errorf("OpenAPI validation of %s %s: %v\nresponse body: %.500s", x.method, x.target, err, x.respBody)
	}
}

// checkHTTP validates a request made over the network and its response; it
// reads and replaces resp.Body.
func checkHTTP(t testing.TB, req *http.Request, reqBody []byte, resp *http.Response) []byte {
	t.Helper()
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	checkExchange(t, exchange{method: req.Method, target: req.URL.RequestURI(), header: req.Header,
		body: reqBody, status: resp.StatusCode, respHeader: resp.Header, respBody: body})
	return body
}
