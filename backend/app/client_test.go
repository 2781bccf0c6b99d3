package app_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api/apiclient"
)

// bearer adds an institutional token to a generated client's request.
func bearer(token string) apiclient.RequestEditorFn {
	return func(_ context.Context, req *http.Request) error {
		req.Header.Set("Authorization", "Bearer "+token)
		return nil
	}
}

// TestClientAgainstStack calls the real embedded stack (in-process Clique chain,
// deployed contracts, REST API) through the client that oapi-codegen generated
// from the API description, as an integrating hospital or insurer system would.
func TestClientAgainstStack(t *testing.T) {
	s, _ := startStack(t, testConfig(t.TempDir()))
	defer stopStack(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := apiclient.NewClientWithResponses("http://" + s.APIAddr().String())
	if err != nil {
		t.Fatal(err)
	}

	t.Run("GET /v1/chain describes the chain", func(t *testing.T) {
		id := "client-test-1"
		resp, err := c.GetChainWithResponse(ctx, &apiclient.GetChainParams{XRequestId: &id})
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode() != http.StatusOK || resp.JSON200 == nil {
			t.Fatalf("got %d %s, want 200", resp.StatusCode(), resp.Body)
		}
		chain := resp.JSON200
		if uint64(chain.ChainId) != s.Chain().ChainID().Uint64() {
			t.Errorf("chainId: got %d, want %d", chain.ChainId, s.Chain().ChainID())
		}
		if want := s.Manifest().Address("Registry").Hex(); chain.Contracts["Registry"] != want {
			t.Errorf("Registry: got %s, want %s (checksummed)", chain.Contracts["Registry"], want)
		}
		if chain.HeadTime == nil || chain.HeadTime.Location() != time.UTC {
			t.Errorf("headTime: got %v, want a UTC time", chain.HeadTime)
		}
		if got := resp.HTTPResponse.Header.Get("X-Request-Id"); got != id {
			t.Errorf("X-Request-Id: got %q, want %q", got, id)
		}
	})

	hospital := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	lab := common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	license := func(t *testing.T, token string, account common.Address, role apiclient.Role, name string) *apiclient.LicenseParticipantResponse {
		t.Helper()
		resp, err := c.LicenseParticipantWithResponse(ctx, nil, apiclient.LicenseRequest{
			Address:    strings.ToLower(account.Hex()),
			Role:       role,
			Name:       name,
			LicenseRef: "LIC-" + name,
			ValidUntil: time.Now().Add(365 * 24 * time.Hour),
		}, bearer(token))
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}

	t.Run("the regulator licenses institutions", func(t *testing.T) {
		for _, p := range []struct {
			account common.Address
			role    apiclient.Role
			name    string
		}{{hospital, apiclient.Provider, "St Mary"}, {lab, apiclient.Lab, "Central Lab"}} {
			resp := license(t, s.RegulatorToken, p.account, p.role, p.name)
			if resp.StatusCode() != http.StatusCreated || resp.JSON201 == nil || resp.JSON201.Status != apiclient.Success {
				t.Fatalf("license %s: got %d %s, want 201 success", p.name, resp.StatusCode(), resp.Body)
			}
			if got, want := resp.HTTPResponse.Header.Get("Location"), "/v1/participants/"+p.account.Hex(); got != want {
				t.Errorf("Location: got %q, want %q", got, want)
			}
		}
		got, err := c.GetParticipantWithResponse(ctx, strings.ToLower(hospital.Hex()), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.JSON200 == nil || got.JSON200.Address != hospital.Hex() || got.JSON200.Role != apiclient.Provider || !got.JSON200.Active {
			t.Fatalf("got %d %s, want the active provider with a checksummed address", got.StatusCode(), got.Body)
		}
	})

	t.Run("a token that is not the regulator's is refused in the error model", func(t *testing.T) {
		resp := license(t, "salus_0000000000000000_"+strings.Repeat("0", 64), lab, apiclient.Lab, "Nobody")
		if resp.StatusCode() != http.StatusUnauthorized || resp.JSON401 == nil || resp.JSON401.Code != apiclient.ErrorCodeUnauthenticated {
			t.Fatalf("got %d %s, want 401 unauthenticated", resp.StatusCode(), resp.Body)
		}
	})

	t.Run("participants are listed page by page from the licence log", func(t *testing.T) {
		// Renewing the hospital's licence as a lab changes its role, not its place.
		if resp := license(t, s.RegulatorToken, hospital, apiclient.Lab, "St Mary Lab"); resp.StatusCode() != http.StatusCreated {
			t.Fatalf("renew: got %d %s", resp.StatusCode(), resp.Body)
		}
		one := 1
		first, err := c.ListParticipantsWithResponse(ctx, &apiclient.ListParticipantsParams{Limit: &one})
		if err != nil {
			t.Fatal(err)
		}
		if first.JSON200 == nil || len(first.JSON200.Items) != 1 || first.JSON200.NextCursor == nil {
			t.Fatalf("first page: got %d %s, want one item and a cursor", first.StatusCode(), first.Body)
		}
		if it := first.JSON200.Items[0]; it.Address != hospital.Hex() || it.Role != apiclient.Lab || it.Name != "St Mary Lab" {
			t.Errorf("first item: got %+v, want the hospital, now a lab", it)
		}
		second, err := c.ListParticipantsWithResponse(ctx, &apiclient.ListParticipantsParams{Limit: &one, Cursor: first.JSON200.NextCursor})
		if err != nil {
			t.Fatal(err)
		}
		if second.JSON200 == nil || len(second.JSON200.Items) != 1 || second.JSON200.Items[0].Address != lab.Hex() || second.JSON200.NextCursor != nil {
			t.Fatalf("second page: got %d %s, want the lab and no cursor", second.StatusCode(), second.Body)
		}
		role := apiclient.Provider
		providers, err := c.ListParticipantsWithResponse(ctx, &apiclient.ListParticipantsParams{Role: &role})
		if err != nil {
			t.Fatal(err)
		}
		if providers.JSON200 == nil || len(providers.JSON200.Items) != 0 {
			t.Errorf("providers: got %d %s, want none (the hospital is a lab now)", providers.StatusCode(), providers.Body)
		}
		bad := "not-a-cursor"
		resp, err := c.ListParticipantsWithResponse(ctx, &apiclient.ListParticipantsParams{Cursor: &bad})
		if err != nil {
			t.Fatal(err)
		}
		if resp.JSON400 == nil || resp.JSON400.Code != apiclient.ErrorCodeInvalidCursor {
			t.Errorf("bad cursor: got %d %s, want 400 invalid_cursor", resp.StatusCode(), resp.Body)
		}
	})

	t.Run("the documentation is served from the binary", func(t *testing.T) {
		resp, err := c.GetDocsWithResponse(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode() != http.StatusOK || !strings.Contains(string(resp.Body), "swagger-ui") {
			t.Fatalf("GET /docs: got %d", resp.StatusCode())
		}
		if csp := resp.HTTPResponse.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
			t.Errorf("CSP: got %q", csp)
		}
	})
}
