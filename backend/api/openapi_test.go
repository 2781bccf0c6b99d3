package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// operations returns the document's operations by "METHOD path".
func operations(doc *openapi3.T) map[string]*openapi3.Operation {
	ops := map[string]*openapi3.Operation{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			ops[method+" "+path] = op
		}
	}
	return ops
}

// pathReplacer fills the parameters of the document's path templates with
// values the handler tests' fakes know.
var pathReplacer = strings.NewReplacer("{address}", hospitalAccount.Hex(), "{file}", "index.html",
	"{id}", "42", "{cid}", testCID, "{path}", "readme.txt")

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestDocumentMatchesRouteTable(t *testing.T) {
	doc := spec(t).doc
	ops := operations(doc)
	routes := map[string]Route{}
	for _, rt := range Routes() {
		routes[rt.Method+" "+rt.Path] = rt
	}

	t.Run("every route is documented and every documented operation is routed", func(t *testing.T) {
		for _, key := range sortedKeys(routes) {
			if ops[key] == nil {
				t.Errorf("route %s is not in openapi.yaml", key)
			}
		}
		for _, key := range sortedKeys(ops) {
			if _, ok := routes[key]; !ok {
				t.Errorf("openapi.yaml describes %s, which no route serves", key)
			}
		}
		// And the router really serves each documented operation (one request
		// each, more than the default client burst).
		h := newHarness(t, func(c *Config) { c.ClientRate = 0 })
		for _, key := range sortedKeys(ops) {
			method, path, _ := strings.Cut(key, " ")
			target := pathReplacer.Replace(path)
			rec := h.do(t, request{method: method, path: target})
			if rec.Code == http.StatusMethodNotAllowed || (rec.Code == http.StatusNotFound && strings.Contains(rec.Body.String(), "no such path")) {
				t.Errorf("documented operation %s is not routed: got %d %s", key, rec.Code, rec.Body)
			}
		}
	})

	for _, key := range sortedKeys(routes) {
		rt, op := routes[key], ops[key]
		if op == nil {
			continue
		}
		t.Run(key+" is described consistently", func(t *testing.T) {
			if op.OperationID != rt.OperationID {
				t.Errorf("operationId: document %q, route table %q", op.OperationID, rt.OperationID)
			}
			if op.Summary != rt.Summary {
				t.Errorf("summary: document %q, route table %q", op.Summary, rt.Summary)
			}
			if op.Responses.Status(rt.Status) == nil {
				t.Errorf("the success status %d is not documented", rt.Status)
			}
			if op.Security == nil {
				t.Errorf("security is not stated; public operations say security: []")
			}
			// Each requirement is one alternative: institution routes take the
			// institutional token, account routes either it or a wallet session.
			var schemes [][]string
			if op.Security != nil {
				for _, req := range *op.Security {
					schemes = append(schemes, sortedKeys(req))
				}
			}
			var wantSchemes [][]string
			switch rt.Access {
			case Institution, Regulator:
				wantSchemes = [][]string{{"institutionToken"}}
			case Account:
				wantSchemes = [][]string{{"institutionToken"}, {"walletSession"}}
			}
			if !reflect.DeepEqual(schemes, wantSchemes) {
				t.Errorf("security schemes: document %v, want %v for a %s route", schemes, wantSchemes, rt.Access)
			}
			checkResponse := func(status int, wantHeader string) {
				r := op.Responses.Status(status)
				if r == nil {
					t.Errorf("status %d is not documented", status)
					return
				}
				if _, ok := r.Value.Headers[wantHeader]; !ok || !r.Value.Headers[wantHeader].Value.Required {
					t.Errorf("response %d does not document the required header %s", status, wantHeader)
				}
			}
			if rt.Access != Public {
				checkResponse(http.StatusUnauthorized, "WWW-Authenticate")
				checkResponse(http.StatusForbidden, HeaderRequestID)
			}
			if rt.Unlimited {
				if op.Responses.Status(http.StatusTooManyRequests) != nil {
					t.Errorf("an unlimited route documents 429")
				}
			} else {
				checkResponse(http.StatusTooManyRequests, "Retry-After")
			}
			checkResponse(http.StatusInternalServerError, HeaderRequestID)
			if op.RequestBody != nil {
				checkResponse(http.StatusRequestEntityTooLarge, HeaderRequestID)
				checkResponse(http.StatusUnsupportedMediaType, HeaderRequestID)
			}
			hasRequestID := false
			for _, p := range op.Parameters {
				hasRequestID = hasRequestID || (p.Value.In == "header" && p.Value.Name == HeaderRequestID)
			}
			if !hasRequestID {
				t.Errorf("the %s request header is not documented", HeaderRequestID)
			}
			for status, r := range op.Responses.Map() {
				if _, ok := r.Value.Headers[HeaderRequestID]; !ok {
					t.Errorf("response %s does not document the %s header", status, HeaderRequestID)
				}
				code, _ := strconv.Atoi(status)
				if code >= 400 {
					mt := r.Value.Content.Get("application/json")
					if mt == nil || mt.Schema == nil || mt.Schema.Ref != "#/components/schemas/Error" || len(r.Value.Content) != 1 {
						t.Errorf("error response %s is not exactly application/json with the Error schema", status)
					}
				}
			}
		})
	}
}

// hasExample reports whether a value described by schema and an optional own
// example has an example somewhere.
func hasExample(own any, owns map[string]*openapi3.ExampleRef, schema *openapi3.SchemaRef) bool {
	if own != nil || len(owns) > 0 {
		return true
	}
	if schema == nil || schema.Value == nil {
		return false
	}
	if schema.Value.Example != nil {
		return true
	}
	return schema.Value.Items != nil && hasExample(nil, nil, schema.Value.Items)
}

func TestDocumentHasExamplesEverywhere(t *testing.T) {
	doc := spec(t).doc
	ops := operations(doc)
	for _, key := range sortedKeys(ops) {
		op := ops[key]
		for _, p := range op.Parameters {
			if !hasExample(p.Value.Example, p.Value.Examples, p.Value.Schema) {
				t.Errorf("%s: parameter %s has no example", key, p.Value.Name)
			}
		}
		if op.RequestBody != nil {
			for ct, mt := range op.RequestBody.Value.Content {
				if !hasExample(mt.Example, mt.Examples, mt.Schema) {
					t.Errorf("%s: request body %s has no example", key, ct)
				}
			}
		}
		for status, r := range op.Responses.Map() {
			for ct, mt := range r.Value.Content {
				if !hasExample(mt.Example, mt.Examples, mt.Schema) {
					t.Errorf("%s: response %s %s has no example", key, status, ct)
				}
			}
			for name, h := range r.Value.Headers {
				if !hasExample(h.Value.Example, h.Value.Examples, h.Value.Schema) {
					t.Errorf("%s: response %s header %s has no example", key, status, name)
				}
			}
		}
	}
}

func TestDocumentErrorModel(t *testing.T) {
	doc := spec(t).doc
	t.Run("the documented error codes are exactly the code's", func(t *testing.T) {
		var enum []string
		for _, v := range doc.Components.Schemas["ErrorCode"].Value.Enum {
			enum = append(enum, v.(string))
		}
		if !reflect.DeepEqual(enum, ErrorCodes()) {
			t.Errorf("ErrorCode enum:\n got %v\nwant %v", enum, ErrorCodes())
		}
		desc := doc.Components.Schemas["ErrorCode"].Value.Description
		for _, c := range ErrorCodes() {
			if !strings.Contains(desc, "| `"+c+"` |") {
				t.Errorf("ErrorCode description has no table row for %s", c)
			}
		}
	})
	t.Run("the Error schema is the shape of every error", func(t *testing.T) {
		s := doc.Components.Schemas["Error"].Value
		if got := sortedKeys(s.Properties); !reflect.DeepEqual(got, []string{"code", "details", "message"}) {
			t.Errorf("Error properties: got %v", got)
		}
		if !reflect.DeepEqual(s.Required, []string{"code", "message"}) {
			t.Errorf("Error required: got %v", s.Required)
		}
	})
}

func TestDocumentSecuritySchemes(t *testing.T) {
	doc := spec(t).doc
	schemes := doc.Components.SecuritySchemes
	if got := sortedKeys(schemes); !reflect.DeepEqual(got, []string{"institutionToken", "walletSession"}) {
		t.Fatalf("security schemes: got %v", got)
	}
	inst, wallet := schemes["institutionToken"].Value, schemes["walletSession"].Value
	if inst.Type != "http" || inst.Scheme != "bearer" || !strings.HasPrefix(inst.BearerFormat, "salus_") {
		t.Errorf("institutionToken: got %s %s %q, want http bearer salus_…", inst.Type, inst.Scheme, inst.BearerFormat)
	}
	if wallet.Type != "http" || wallet.Scheme != "bearer" || !strings.HasPrefix(wallet.BearerFormat, SessionTokenPrefix) || !strings.Contains(wallet.Description, "EIP-4361") {
		t.Errorf("walletSession: got %s %s %q, want http bearer %s… described as Sign-In with Ethereum (EIP-4361)", wallet.Type, wallet.Scheme, wallet.BearerFormat, SessionTokenPrefix)
	}
	if doc.Security == nil || len(doc.Security) != 0 {
		t.Errorf("global security: got %v, want [] (each operation states its own)", doc.Security)
	}
}

func TestServedDescription(t *testing.T) {
	h := newHarness(t)
	t.Run("the YAML is the repository's file", func(t *testing.T) {
		rec := h.do(t, request{method: http.MethodGet, path: "/openapi.yaml"})
		file, err := os.ReadFile("openapi.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), file) {
			t.Fatalf("got %d and %d bytes, want 200 and openapi.yaml (%d bytes)", rec.Code, rec.Body.Len(), len(file))
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/yaml") {
			t.Errorf("Content-Type: got %q", ct)
		}
	})
	t.Run("the JSON is the same document", func(t *testing.T) {
		rec := h.do(t, request{method: http.MethodGet, path: "/openapi.json"})
		if rec.Code != http.StatusOK || !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("got %d, want 200 and JSON", rec.Code)
		}
		fromJSON, err := loadDocument(rec.Body.Bytes())
		if err != nil {
			t.Fatalf("served JSON: %v", err)
		}
		fromYAML, err := loadDocument(openapiYAML)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(fromJSON)
		b, _ := json.Marshal(fromYAML)
		if !bytes.Equal(a, b) {
			t.Errorf("the JSON and YAML documents differ")
		}
		if !bytes.HasPrefix(bytes.TrimSpace(rec.Body.Bytes()), []byte("{\n  \"openapi\": \"3.0.3\",\n  \"info\"")) {
			t.Errorf("the JSON does not keep the document's key order: %.80s", rec.Body)
		}
	})
	t.Run("an unchanged description is not sent again", func(t *testing.T) {
		first := h.do(t, request{method: http.MethodGet, path: "/openapi.json"})
		etag := first.Header().Get("ETag")
		if etag == "" {
			t.Fatal("no ETag")
		}
		rec := h.do(t, request{method: http.MethodGet, path: "/openapi.json", header: map[string]string{"If-None-Match": etag}})
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("got %d with %d bytes, want 304 and no body", rec.Code, rec.Body.Len())
		}
	})
}

func TestYAMLToJSON(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"keys keep their order and scalars their types", "b: 1\na: [true, null, 1.5, '2', x]\n", `{"b":1,"a":[true,null,1.5,"2","x"]}`},
		{"numeric keys become strings", "200: ok\n", `{"200":"ok"}`},
		{"aliases are expanded", "a: &x {k: v}\nb: *x\n", `{"a":{"k":"v"},"b":{"k":"v"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := yamlToJSON([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var compact bytes.Buffer
			if err := json.Compact(&compact, got); err != nil {
				t.Fatal(err)
			}
			if compact.String() != tt.want {
				t.Errorf("got %s, want %s", compact.String(), tt.want)
			}
		})
	}
	for _, bad := range []string{"a: 1\n---\nb: 2\n", "? [a]\n: 1\n", "a: [\n"} {
		if _, err := yamlToJSON([]byte(bad)); err == nil {
			t.Errorf("yamlToJSON(%q): got nil error, want one", bad)
		}
	}
}

// TestValidationCatchesDrift proves that the handler tests' validation fails
// when code and description disagree: each case takes a real exchange and
// changes one thing the way a careless change of the code would.
func TestValidationCatchesDrift(t *testing.T) {
	sp := spec(t)
	h := newHarness(t)
	h.registry.participants[hospitalAccount] = Participant{Account: hospitalAccount, Role: RoleProvider, Name: "St. Mary", Active: true}
	base := func(r request) exchange {
		rec := h.do(t, r)
		hdr := http.Header{}
		if r.token != "" {
			hdr.Set("Authorization", "Bearer "+r.token)
		}
		if r.body != "" {
			hdr.Set("Content-Type", "application/json")
		}
		return exchange{method: r.method, target: r.path, header: hdr, body: []byte(r.body),
			status: rec.Code, respHeader: rec.Header().Clone(), respBody: rec.Body.Bytes()}
	}
	read := base(request{method: http.MethodGet, path: "/v1/participants/" + hospitalAccount.Hex()})
	if err := sp.validate(read); err != nil {
		t.Fatalf("the unchanged exchange fails validation: %v", err)
	}
	edit := func(x exchange, f func(m map[string]any)) exchange {
		var m map[string]any
		if err := json.Unmarshal(x.respBody, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		x.respBody, _ = json.Marshal(m)
		return x
	}
	withHeader := func(x exchange, k, v string) exchange {
		x.respHeader = x.respHeader.Clone()
		if v == "" {
			x.respHeader.Del(k)
		} else {
			x.respHeader.Set(k, v)
		}
		return x
	}
	write := base(request{method: http.MethodPost, path: "/v1/participants", token: regulatorToken, body: licenseJS})
	limited := base(request{method: http.MethodGet, path: "/v1/chain"})
	limited.status = http.StatusTooManyRequests
	limited.respBody = []byte(`{"code":"rate_limited","message":"slow down"}`)
	limited.respHeader = withHeader(limited, "Retry-After", "1").respHeader

	tests := []struct {
		name string
		x    exchange
	}{
		{"a response without a required field", edit(read, func(m map[string]any) { delete(m, "address") })},
		{"a response with an undocumented field", edit(read, func(m map[string]any) { m["rating"] = 5 })},
		{"a response field of the wrong type", edit(read, func(m map[string]any) { m["active"] = "yes" })},
		{"an address that lost its checksum", edit(read, func(m map[string]any) { m["address"] = strings.ToLower(hospitalAccount.Hex()) })},
		{"a role that is not in the enum", edit(read, func(m map[string]any) { m["role"] = "hospital" })},
		{"a time that is not UTC", edit(read, func(m map[string]any) { m["licensedAt"] = "2025-01-02T05:04:05+02:00" })},
		{"an undocumented status", func() exchange { x := read; x.status = http.StatusTeapot; return x }()},
		{"a response without the request id header", withHeader(read, HeaderRequestID, "")},
		{"a response without the security headers", withHeader(read, "X-Content-Type-Options", "")},
		{"a created resource without Location", withHeader(write, "Location", "")},
		{"a rate limit answer without Retry-After", withHeader(limited, "Retry-After", "")},
		{"an error code that is not documented", func() exchange {
			x := limited
			x.respBody = []byte(`{"code":"slow_down","message":"slow down"}`)
			return x
		}()},
		{"an error with a field outside the error model", func() exchange {
			x := limited
			x.respBody = []byte(`{"code":"rate_limited","message":"slow down","status":429}`)
			return x
		}()},
		{"a request the document refuses that the server accepted", func() exchange {
			x := write
			x.body = []byte(strings.Replace(licenseJS, `"role":"provider"`, `"role":"provider","isAdmin":true`, 1))
			return x
		}()},
		{"an undocumented path that answered 200", func() exchange { x := read; x.target = "/v1/hidden"; return x }()},
	}
	for _, tt := range tests {
		t.Run(tt.name+" fails validation", func(t *testing.T) {
			if err := sp.validate(tt.x); err == nil {
				t.Errorf("validation passed; want it to catch the drift")
			}
		})
	}
	t.Run("the unchanged rate limit answer passes", func(t *testing.T) {
		if err := sp.validate(limited); err != nil {
			t.Errorf("got %v", err)
		}
	})
}

func TestDocumentedLimits(t *testing.T) {
	doc := spec(t).doc
	op := doc.Paths.Value("/v1/participants").Get
	var limit *openapi3.Parameter
	for _, p := range op.Parameters {
		if p.Value.Name == paramLimit {
			limit = p.Value
		}
	}
	if limit == nil {
		t.Fatal("listParticipants documents no limit parameter")
	}
	s := limit.Schema.Value
	if s.Min == nil || *s.Min != 1 || s.Max == nil || *s.Max != maxPageSize || s.Default != float64(defaultPageSize) {
		t.Errorf("limit schema: min %v max %v default %v, want 1, %d, %d", s.Min, s.Max, s.Default, maxPageSize, defaultPageSize)
	}
	if max := doc.Components.Schemas["ParticipantList"].Value.Properties["items"].Value.MaxItems; max == nil || *max != maxPageSize {
		t.Errorf("ParticipantList.items maxItems: got %v, want %d", max, maxPageSize)
	}
	audit := doc.Paths.Value("/v1/patients/{address}/audit").Get
	for _, p := range audit.Parameters {
		if p.Value.Name != paramLimit {
			continue
		}
		if s := p.Value.Schema.Value; s.Min == nil || *s.Min != 1 || s.Max == nil || *s.Max != maxPageSize || s.Default != float64(defaultPageSize) {
			t.Errorf("audit limit schema: min %v max %v default %v, want 1, %d, %d", s.Min, s.Max, s.Default, maxPageSize, defaultPageSize)
		}
	}
	if max := doc.Components.Schemas["AuditList"].Value.Properties["items"].Value.MaxItems; max == nil || *max != maxPageSize {
		t.Errorf("AuditList.items maxItems: got %v, want %d", max, maxPageSize)
	}
	var categories, purposes, grantable []string
	for _, v := range doc.Components.Schemas["Category"].Value.Enum {
		categories = append(categories, v.(string))
	}
	for _, v := range doc.Components.Schemas["Purpose"].Value.Enum {
		purposes = append(purposes, v.(string))
	}
	for _, v := range doc.Components.Schemas["GrantablePurpose"].Value.Enum {
		grantable = append(grantable, v.(string))
	}
	if !reflect.DeepEqual(categories, CategoryNames()) {
		t.Errorf("Category enum: got %v, want %v", categories, CategoryNames())
	}
	if !reflect.DeepEqual(grantable, GrantablePurposeNames()) || !reflect.DeepEqual(purposes, append(GrantablePurposeNames(), PurposeEmergency.String())) {
		t.Errorf("Purpose enums: got %v and %v, want %v plus emergency", purposes, grantable, GrantablePurposeNames())
	}
	for _, p := range []string{"/v1/participants", "/v1/participants/{address}"} {
		if !slices.ContainsFunc(doc.Paths.Value(p).Get.Parameters, func(r *openapi3.ParameterRef) bool {
			return r.Value.In == "header" && r.Value.Name == HeaderRequestID
		}) {
			t.Errorf("%s documents no %s", p, HeaderRequestID)
		}
	}
}
