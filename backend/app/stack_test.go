package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/bindings"
)

func testConfig(dir string) app.Config {
	cfg := app.DefaultConfig()
	cfg.DataDir = dir
	cfg.RPCAddr = "127.0.0.1:0"
	cfg.BlockPeriod = 0
	cfg.LightScrypt = true
	cfg.KeystorePassword = "test"
	cfg.API.Addr = "127.0.0.1:0"
	return cfg
}

func startStack(t *testing.T, cfg app.Config) (*app.Stack, *bytes.Buffer) {
	t.Helper()
	out := new(bytes.Buffer)
	s, err := app.NewStack(cfg, out, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatalf("start: %v\n%s", err, out)
	}
	return s, out
}

func stopStack(t *testing.T, s *app.Stack) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("stop: %v", err)
	}
}

type client struct {
	t    *testing.T
	base string
}

func (c client) do(method, path, token, body string) (int, map[string]any) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, strings.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var m map[string]any
	_ = json.Unmarshal(raw, &m)
	return resp.StatusCode, m
}

// TestEmbeddedStack runs the real stack (in-process Clique chain, deployment,
// REST API) through a regulator's day and a restart.
func TestEmbeddedStack(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	s, out := startStack(t, cfg)
	if !strings.Contains(out.String(), "deploying Registry") {
		t.Fatalf("first start did not deploy:\n%s", out)
	}
	token := s.RegulatorToken
	if token == "" {
		t.Fatal("no regulator token on first start")
	}
	c := client{t: t, base: "http://" + s.APIAddr().String()}
	provider := common.HexToAddress("0x00000000000000000000000000000000000a11ce")

	t.Run("readyz reports ready", func(t *testing.T) {
		if code, body := c.do("GET", "/readyz", "", ""); code != 200 {
			t.Fatalf("got %d %v, want 200", code, body)
		}
	})
	t.Run("the regulator licenses a provider", func(t *testing.T) {
		code, body := c.do("POST", "/v1/participants", token, fmt.Sprintf(`{"address":"%s","role":"provider","name":"St Mary","licenseRef":"LIC-1","validUntil":"2035-01-01T00:00:00Z"}`, provider))
		if code != 200 && code != 201 {
			t.Fatalf("got %d %v, want 200/201", code, body)
		}
		code, body = c.do("GET", "/v1/participants/"+provider.Hex(), "", "")
		if code != 200 || body["role"] != "provider" || body["active"] != true {
			t.Fatalf("got %d %v, want an active provider", code, body)
		}
	})
	t.Run("suspending twice is a conflict carrying the contract error", func(t *testing.T) {
		path := "/v1/participants/" + provider.Hex() + "/suspend"
		reason := `{"reasonCode":"0x` + strings.Repeat("ab", 32) + `"}`
		if code, body := c.do("POST", path, token, reason); code != 200 {
			t.Fatalf("first suspend: got %d %v", code, body)
		}
		code, body := c.do("POST", path, token, reason)
		if code != 409 {
			t.Fatalf("second suspend: got %d %v, want 409", code, body)
		}
		if d, _ := body["details"].(map[string]any); d["error"] != "RegistryAlreadySuspended" {
			t.Fatalf("details %v, want RegistryAlreadySuspended", body["details"])
		}
		code, body = c.do("GET", "/v1/participants/"+provider.Hex(), "", "")
		if code != 200 || body["active"] != false || body["suspended"] != true {
			t.Fatalf("got %d %v, want suspended and inactive", code, body)
		}
	})
	t.Run("an institution registers its own encryption key", func(t *testing.T) {
		inst, _, err := s.Keys().Ensure("st-mary")
		if err != nil {
			t.Fatal(err)
		}
		instToken, _, err := s.Credentials().Create("st-mary", inst)
		if err != nil {
			t.Fatal(err)
		}
		encKey, _ := crypto.GenerateKey()
		pub := crypto.FromECDSAPub(&encKey.PublicKey)[1:]
		reg, err := bindings.NewRegistry(s.Manifest().Address("Registry"), s.Chain().Client())
		if err != nil {
			t.Fatal(err)
		}
		digest, err := reg.EncryptionKeyDigest(&bind.CallOpts{}, inst, crypto.Keccak256Hash(pub))
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := crypto.Sign(digest[:], encKey)
		sig[64] += 27
		body := fmt.Sprintf(`{"publicKey":"%s","proof":"%s"}`, hexutil.Encode(pub), hexutil.Encode(sig))
		if code, resp := c.do("PUT", "/v1/participants/me/encryption-key", instToken, body); code != 200 {
			t.Fatalf("got %d %v, want 200", code, resp)
		}
		got, err := reg.EncryptionKey(&bind.CallOpts{}, inst)
		if err != nil || !bytes.Equal(got, pub) {
			t.Fatalf("on-chain key %x (%v), want %x", got, err, pub)
		}
		// A non-regulator may not license anyone.
		code, resp := c.do("POST", "/v1/participants", instToken, fmt.Sprintf(`{"address":"%s","role":"lab","name":"X","licenseRef":"L","validUntil":"2035-01-01T00:00:00Z"}`, inst))
		if code != 403 {
			t.Fatalf("non-regulator license: got %d %v, want 403", code, resp)
		}
	})

	head := s.Chain().Head()
	addr := s.Manifest().Address("Registry")
	stopStack(t, s)

	t.Run("a restart resumes the same head with the same contracts", func(t *testing.T) {
		s2, out2 := startStack(t, cfg)
		defer stopStack(t, s2)
		if got := s2.Chain().Head(); got.Hash() != head.Hash() {
			t.Fatalf("head after restart %d %s, want %d %s", got.Number, got.Hash(), head.Number, head.Hash())
		}
		if got := s2.Manifest().Address("Registry"); got != addr {
			t.Fatalf("Registry at %s after restart, want %s", got, addr)
		}
		if strings.Contains(out2.String(), "deploying") || !strings.Contains(out2.String(), "reused") {
			t.Fatalf("restart redeployed:\n%s", out2)
		}
		if s2.RegulatorToken != "" {
			t.Fatal("restart created a second regulator token")
		}
		c2 := client{t: t, base: "http://" + s2.APIAddr().String()}
		if code, body := c2.do("GET", "/v1/participants/"+provider.Hex(), "", ""); code != 200 || body["suspended"] != true {
			t.Fatalf("got %d %v, want the suspended provider", code, body)
		}
		if code, body := c2.do("POST", "/v1/participants/"+provider.Hex()+"/reinstate", token, ""); code != 200 {
			t.Fatalf("reinstate with the old token: got %d %v", code, body)
		}
	})
}
