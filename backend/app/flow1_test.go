package app_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/backend/web/wallet"
)

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.b.Bytes()...)
}

// rawDo sends a request with an arbitrary body and content type.
func rawDo(t *testing.T, method, url, token, contentType string, body io.Reader) (int, []byte, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading body: %v", method, url, err)
	}
	return resp.StatusCode, raw, resp.Header
}

func jsonBody(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestFlow1ConsentAndRecords is flow 1 of the design on the embedded stack: a
// patient signs in with their wallet (ethers.js + siwe), signs an EIP-712
// grant for a provider, the backend relays it; the provider writes and then
// reads the patient's lab results; the patient revokes; the provider is
// refused; the patient's audit shows the read. Afterwards no file the stack
// wrote, and no log line, holds the plaintext.
func TestFlow1ConsentAndRecords(t *testing.T) {
	wallet.Require(t)
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.AuditAnchorInterval = 0 // anchored explicitly below
	logs := &syncBuffer{}
	out := new(bytes.Buffer)
	s, err := app.NewStack(cfg, out, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatalf("start: %v\n%s", err, out)
	}
	stopped := false
	defer func() {
		if !stopped {
			stopStack(t, s)
		}
	}()
	base := "http://" + s.APIAddr().String()
	c := client{t: t, base: base}
	regToken := s.RegulatorToken

	// The provider: a keystore account with an API token, licensed.
	provider, _, err := s.Keys().Ensure("st-mary")
	if err != nil {
		t.Fatal(err)
	}
	provToken, _, err := s.Credentials().Create("st-mary", provider)
	if err != nil {
		t.Fatal(err)
	}
	if code, body := c.do("POST", "/v1/participants", regToken, jsonBody(map[string]any{"address": provider.Hex(),
		"role": "provider", "name": "St Mary", "licenseRef": "LIC-1", "validUntil": "2035-01-01T00:00:00Z"})); code != 201 && code != 200 {
		t.Fatalf("license: %d %v", code, body)
	}

	// The patient: a wallet key the server never sees.
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	keyHex := hexutil.Encode(crypto.FromECDSA(patientKey))
	markerBytes := make([]byte, 16)
	_, _ = rand.Read(markerBytes)
	marker := "MARKER-" + hex.EncodeToString(markerBytes)

	var session string
	t.Run("the patient signs in with a SIWE message composed and signed by ethers.js", func(t *testing.T) {
		code, ch := c.do("GET", "/v1/auth/nonce", "", "")
		if code != 200 {
			t.Fatalf("nonce: %d %v", code, ch)
		}
		var signed struct{ Message, Signature string }
		// Signed for another chain, or for another site: refused, and the nonce stays usable.
		for name, change := range map[string][2]any{"chain": {"chainId", 1}, "domain": {"domain", "evil.example"}} {
			req := map[string]any{"op": "siwe", "key": keyHex, "domain": ch["domain"], "uri": ch["uri"],
				"chainId": ch["chainId"], "nonce": ch["nonce"], "statement": ch["statement"]}
			req[change[0].(string)] = change[1]
			wallet.Call(t, req, &signed)
			if code, body := c.do("POST", "/v1/auth/siwe", "", jsonBody(map[string]any{"message": signed.Message, "signature": signed.Signature})); code != 401 {
				t.Fatalf("sign-in for another %s: %d %v, want 401", name, code, body)
			}
		}
		wallet.Call(t, map[string]any{"op": "siwe", "key": keyHex, "domain": ch["domain"], "uri": ch["uri"],
			"chainId": ch["chainId"], "nonce": ch["nonce"], "statement": ch["statement"]}, &signed)
		code, se := c.do("POST", "/v1/auth/siwe", "", jsonBody(map[string]any{"message": signed.Message, "signature": signed.Signature}))
		if code != 200 || se["address"] != patient.Hex() {
			t.Fatalf("sign in: %d %v", code, se)
		}
		session = se["token"].(string)
		// The same signed message again: the nonce is spent.
		if code, body := c.do("POST", "/v1/auth/siwe", "", jsonBody(map[string]any{"message": signed.Message, "signature": signed.Signature})); code != 401 {
			t.Fatalf("replayed sign-in: %d %v, want 401", code, body)
		}
	})

	grantTyped := func(t *testing.T, kind string) (map[string]any, string) {
		t.Helper()
		req := map[string]any{"kind": kind, "patient": patient.Hex(), "grantee": provider.Hex(), "purpose": "treatment"}
		if kind == "grant" {
			req["categories"] = []string{"lab_results"}
			req["expiresAt"] = time.Now().Add(24 * time.Hour).UTC().Truncate(time.Second).Format(time.RFC3339)
		}
		code, td := c.do("POST", "/v1/grants/typed-data", session, jsonBody(req))
		if code != 200 {
			t.Fatalf("typed data: %d %v", code, td)
		}
		var sig struct{ Signature string }
		wallet.Call(t, map[string]any{"op": "typed", "key": keyHex, "typedData": td}, &sig)
		return td, sig.Signature
	}
	relay := func(t *testing.T, path string, td map[string]any, sig string) (int, map[string]any) {
		msg := td["message"].(map[string]any)
		body := map[string]any{"patient": patient.Hex(), "grantee": provider.Hex(), "purpose": "treatment",
			"nonce": msg["nonce"], "deadline": unixToRFC3339(t, msg["deadline"]), "signature": sig}
		if path == "/v1/grants/signed" {
			body["categories"] = []string{"lab_results"}
			body["expiresAt"] = unixToRFC3339(t, msg["expiresAt"])
		}
		return c.do("POST", path, session, jsonBody(body))
	}

	t.Run("the patient signs an EIP-712 grant in the wallet and the backend relays it", func(t *testing.T) {
		td, sig := grantTyped(t, "grant")
		if code, body := relay(t, "/v1/grants/signed", td, sig); code != 201 {
			t.Fatalf("relay: %d %v", code, body)
		}
		code, list := c.do("GET", "/v1/patients/"+patient.Hex()+"/grants", session, "")
		if code != 200 || !strings.Contains(jsonBody(list), provider.Hex()) {
			t.Fatalf("grants: %d %v", code, list)
		}
	})

	var recordID string
	labResult := fmt.Sprintf(`{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"valueString":"%s"}`, marker)
	t.Run("the provider writes the patient's lab result", func(t *testing.T) {
		code, raw, _ := rawDo(t, "POST", fmt.Sprintf("%s/v1/records?patient=%s&category=lab_results", base, patient.Hex()),
			provToken, "application/fhir+json", strings.NewReader(labResult))
		if code != 201 {
			t.Fatalf("create: %d %s", code, raw)
		}
		var created struct {
			Record map[string]any
		}
		_ = json.Unmarshal(raw, &created)
		recordID = fmt.Sprint(created.Record["id"])
		if recordID == "" || recordID == "<nil>" {
			t.Fatalf("no record id in %s", raw)
		}
	})

	t.Run("the provider fetches and decrypts the lab result", func(t *testing.T) {
		code, raw, h := rawDo(t, "GET", base+"/v1/records/"+recordID+"/content", provToken, "", nil)
		if code != 200 || string(raw) != labResult || !strings.Contains(h.Get("Cache-Control"), "no-store") {
			t.Fatalf("content: %d %q %v", code, raw, h)
		}
	})

	t.Run("a stranger institution is refused", func(t *testing.T) {
		other, _, _ := s.Keys().Ensure("other-clinic")
		otherToken, _, _ := s.Credentials().Create("other-clinic", other)
		if code, raw, _ := rawDo(t, "GET", base+"/v1/records/"+recordID+"/content", otherToken, "", nil); code != 403 {
			t.Fatalf("stranger: %d %s", code, raw)
		}
		if code, body := c.do("GET", "/v1/patients/"+patient.Hex()+"/records", otherToken, ""); code != 403 {
			t.Fatalf("stranger list: %d %v", code, body)
		}
	})

	t.Run("the patient revokes by signature and the provider is refused", func(t *testing.T) {
		td, sig := grantTyped(t, "revoke")
		if code, body := relay(t, "/v1/grants/signed-revoke", td, sig); code != 200 {
			t.Fatalf("relay revoke: %d %v", code, body)
		}
		if code, raw, _ := rawDo(t, "GET", base+"/v1/records/"+recordID+"/content", provToken, "", nil); code != 403 {
			t.Fatalf("after revoke: %d %s, want 403", code, raw)
		}
		// The patient still reads their own record.
		if code, raw, _ := rawDo(t, "GET", base+"/v1/records/"+recordID+"/content", session, "", nil); code != 200 || string(raw) != labResult {
			t.Fatalf("patient read: %d %q", code, raw)
		}
	})

	t.Run("the patient's audit shows the provider's read", func(t *testing.T) {
		code, body := c.do("GET", "/v1/patients/"+patient.Hex()+"/audit", session, "")
		if code != 200 {
			t.Fatalf("audit: %d %v", code, body)
		}
		txt := jsonBody(body)
		if !strings.Contains(txt, provider.Hex()) || !strings.Contains(txt, "treatment") {
			t.Fatalf("audit lacks the provider's read: %s", txt)
		}
		if code, _ := c.do("GET", "/v1/patients/"+patient.Hex()+"/audit", provToken, ""); code != 403 {
			t.Fatalf("provider reads the patient's audit: %d", code)
		}
		res, err := s.Records().AnchorOnce(ctx)
		if err != nil || res == nil || res.Entries < 2 {
			t.Fatalf("anchor: %+v %v", res, err)
		}
	})

	stopStack(t, s)
	stopped = true

	t.Run("no plaintext rests in the chain, IPFS, the database, the keystore or the logs", func(t *testing.T) {
		needle := []byte(marker)
		if bytes.Contains(logs.Bytes(), needle) || bytes.Contains(out.Bytes(), needle) {
			t.Fatal("the marker is in the logs")
		}
		scanned := 0
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			scanned++
			if bytes.Contains(b, needle) {
				return fmt.Errorf("the marker is in %s", path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		// The scan can see the marker where it is written in the clear.
		control := filepath.Join(dir, "control")
		if err := os.WriteFile(control, []byte("x"+marker+"x"), 0o600); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(control)
		if !bytes.Contains(b, needle) || scanned < 10 {
			t.Fatalf("scan is blind: %d files scanned", scanned)
		}
	})
}

func unixToRFC3339(t *testing.T, v any) string {
	t.Helper()
	var sec int64
	if _, err := fmt.Sscan(fmt.Sprint(v), &sec); err != nil {
		t.Fatalf("unix seconds %v: %v", v, err)
	}
	return time.Unix(sec, 0).UTC().Format(time.RFC3339)
}
