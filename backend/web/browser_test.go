package web_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/app"
)

// chromiumPath is Debian's Chromium (apt-get install chromium), the browser of
// the test; playwright-core drives it and never downloads one of its own.
const chromiumPath = "/usr/bin/chromium"

// requireBrowser skips t, or fails it under CI (CI set), when node, the npm
// packages or Chromium are missing.
func requireBrowser(t *testing.T) {
	t.Helper()
	var missing string
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not in PATH"
	} else if _, err := os.Stat(filepath.Join("node_modules", "playwright-core", "package.json")); err != nil {
		missing = "backend/web/node_modules is absent (npm ci --ignore-scripts in backend/web)"
	} else if _, err := os.Stat(chromiumPath); err != nil {
		missing = chromiumPath + " is absent (apt-get install chromium)"
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("the browser test is required under CI: %s", missing)
	}
	t.Skip(missing)
}

// TestPatientAppInBrowser starts the embedded stack (Clique chain, contracts,
// IPFS, REST API serving /app) with a licensed provider, a pharmacy and a
// medicine maker whose batch the pharmacy holds, then runs test/browser.mjs:
// headless Chromium plays the patient, with a wallet played by ethers.js,
// through the pack check (signed out), sign-in, a grant, the provider's read,
// the revocation, the refused read, the audit view, the patient sharing
// prescriptions with the provider and the pharmacy, a prescription issued and
// filled naming the MedicationRequest and MedicationDispense records the
// provider and the pharmacy wrote, and the claims view. Screenshots go to
// test-results/.
func TestPatientAppInBrowser(t *testing.T) {
	requireBrowser(t)
	if testing.Short() {
		t.Skip("starts the embedded stack and a browser")
	}
	cfg := app.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.RPCAddr = "127.0.0.1:0"
	cfg.BlockPeriod = 0
	cfg.LightScrypt = true
	cfg.KeystorePassword = "test"
	cfg.API.Addr = "127.0.0.1:0"
	var out bytes.Buffer
	s, err := app.NewStack(cfg, &out, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	if err := s.Start(ctx); err != nil {
		t.Fatalf("start: %v\n%s", err, out.String())
	}
	defer func() {
		stopCtx, stopCancel := context.WithTimeout(context.Background(), time.Minute)
		defer stopCancel()
		if err := s.Stop(stopCtx); err != nil {
			t.Errorf("stop: %v", err)
		}
	}()
	base := "http://" + s.APIAddr().String()

	// post sends a request with an institution's token and returns the
	// answer's body, failing unless its status is want.
	post := func(path, token, contentType string, body []byte, want int) []byte {
		t.Helper()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+path, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		if len(body) > 0 {
			req.Header.Set("Content-Type", contentType)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("POST %s: %d %s, want %d", path, resp.StatusCode, msg, want)
		}
		return msg
	}
	postJSON := func(path, token string, v any, want int) []byte {
		t.Helper()
		var body []byte
		if v != nil {
			body, _ = json.Marshal(v)
		}
		return post(path, token, "application/json", body, want)
	}
	license := func(account common.Address, role, name string) {
		t.Helper()
		postJSON("/v1/participants", s.RegulatorToken, map[string]string{"address": account.Hex(), "role": role, "name": name,
			"licenseRef": "LIC-" + strings.ReplaceAll(name, " ", "-"), "validUntil": time.Now().AddDate(5, 0, 0).UTC().Format(time.RFC3339)}, http.StatusCreated)
	}
	// institution licenses a keystore account with an API token in role.
	institution := func(key, role, name string) (common.Address, string) {
		t.Helper()
		account, _, err := s.Keys().Ensure(key)
		if err != nil {
			t.Fatal(err)
		}
		token, _, err := s.Credentials().Create(key, account)
		if err != nil {
			t.Fatal(err)
		}
		license(account, role, name)
		return account, token
	}

	// The provider the patient shares with, who also prescribes; the pharmacy
	// that dispenses; the maker of the packs. Other licensed institutions make
	// the registry search real.
	const providerName, pharmacyName, makerName, insurerName = "St Mary Hospital", "City Pharmacy", "Acme Medicines", "Mutual Health Insurance"
	_, providerToken := institution("st-mary", "provider", providerName)
	pharmacy, pharmacyToken := institution("city-pharmacy", "pharmacy", pharmacyName)
	_, makerToken := institution("acme-medicines", "manufacturer", makerName)
	_, insurerToken := institution("mutual-health", "insurer", insurerName)
	for _, p := range []struct{ role, name string }{{"provider", "Northside Clinic"}, {"lab", "Central Laboratory"}} {
		license(randomAddress(t), p.role, p.name)
	}

	// A batch of packs with their serial list, 10 of them shipped to the
	// pharmacy: the pack check and the prescription's fill use them.
	packs := testPacks{GTIN: "09506000134352", Lot: "LOT-WEB1", Expiry: time.Now().UTC().AddDate(2, 0, 0).Format("060102")}
	var serials strings.Builder
	for i := 1; i <= 20; i++ {
		packs.Serials = append(packs.Serials, fmt.Sprintf("SNWEB%06d", i))
		serials.WriteString(packs.Serials[i-1] + "\r\n")
	}
	expiry, _ := time.Parse("060102", packs.Expiry)
	q := url.Values{"gtin": {packs.GTIN}, "lot": {packs.Lot}, "manufactured": {time.Now().UTC().AddDate(0, 0, -3).Format(time.DateOnly)},
		"expiry": {expiry.Format(time.DateOnly)}, "minTemperature": {"200"}, "maxTemperature": {"800"}}
	var registered struct {
		Batch struct {
			BatchID string `json:"batchId"`
		} `json:"batch"`
	}
	if err := json.Unmarshal(post("/v1/batches?"+q.Encode(), makerToken, "text/plain; charset=utf-8", []byte(serials.String()), http.StatusCreated), &registered); err != nil {
		t.Fatal(err)
	}
	var handOver struct {
		HandOver struct {
			ID int64 `json:"id"`
		} `json:"handOver"`
	}
	if err := json.Unmarshal(postJSON("/v1/batches/"+registered.Batch.BatchID+"/handovers", makerToken, map[string]any{"to": pharmacy.Hex(), "quantity": 10}, http.StatusCreated), &handOver); err != nil {
		t.Fatal(err)
	}
	postJSON(fmt.Sprintf("/v1/handovers/%d/accept", handOver.HandOver.ID), pharmacyToken, nil, http.StatusOK)
	packsJSON, _ := json.Marshal(packs)

	// The patient: a wallet key only the browser's wallet knows.
	patientKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}

	shots, err := filepath.Abs("test-results")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, "node", filepath.Join("test", "browser.mjs"))
	cmd.Env = append(os.Environ(),
		"SALUS_BASE_URL="+base,
		"SALUS_PROVIDER_TOKEN="+providerToken,
		"SALUS_PROVIDER_NAME="+providerName,
		"SALUS_PHARMACY_TOKEN="+pharmacyToken,
		"SALUS_PHARMACY_NAME="+pharmacyName,
		"SALUS_MAKER_NAME="+makerName,
		"SALUS_INSURER_TOKEN="+insurerToken,
		"SALUS_REGULATOR_TOKEN="+s.RegulatorToken,
		"SALUS_INSURER_NAME="+insurerName,
		"SALUS_PACKS="+string(packsJSON),
		"SALUS_PATIENT_KEY="+hexutil.Encode(crypto.FromECDSA(patientKey)),
		"SALUS_SCREENSHOTS="+shots,
		"SALUS_CHROMIUM="+chromiumPath,
	)
	cmd.WaitDelay = 10 * time.Second
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	logged := make(chan struct{})
	go func() {
		defer close(logged)
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			t.Log(sc.Text())
		}
	}()
	err = cmd.Run()
	pw.Close()
	<-logged
	if err != nil {
		t.Fatalf("node test/browser.mjs: %v (screenshots in %s)", err, shots)
	}
	t.Logf("screenshots in %s", shots)
}

// testPacks describes the registered batch to test/browser.mjs: its GTIN, lot,
// expiry (YYMMDD, as in a pack code) and serials; the first 10 packs are the
// pharmacy's.
type testPacks struct {
	GTIN    string   `json:"gtin"`
	Lot     string   `json:"lot"`
	Expiry  string   `json:"expiry"`
	Serials []string `json:"serials"`
}

func randomAddress(t *testing.T) common.Address {
	t.Helper()
	var a common.Address
	if _, err := rand.Read(a[:]); err != nil {
		t.Fatal(err)
	}
	return a
}
