package web_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"net/http"
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
// IPFS, REST API serving /app) with a licensed provider, then runs
// test/browser.mjs: headless Chromium plays the patient, with a wallet played
// by ethers.js, through sign-in, a grant, the provider's read, the revocation,
// the refused read and the audit view. Screenshots go to test-results/.
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

	// The provider the patient shares with: a keystore account with an API
	// token. Other licensed institutions make the registry search real.
	const providerName = "St Mary Hospital"
	provider, _, err := s.Keys().Ensure("st-mary")
	if err != nil {
		t.Fatal(err)
	}
	providerToken, _, err := s.Credentials().Create("st-mary", provider)
	if err != nil {
		t.Fatal(err)
	}
	license := func(account common.Address, role, name string) {
		t.Helper()
		body, _ := json.Marshal(map[string]string{"address": account.Hex(), "role": role, "name": name,
			"licenseRef": "LIC-" + strings.ReplaceAll(name, " ", "-"), "validUntil": time.Now().AddDate(5, 0, 0).UTC().Format(time.RFC3339)})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/participants", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+s.RegulatorToken)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("license %s: %d %s", name, resp.StatusCode, msg)
		}
	}
	license(provider, "provider", providerName)
	for _, p := range []struct{ role, name string }{{"provider", "Northside Clinic"}, {"lab", "Central Laboratory"}, {"pharmacy", "City Pharmacy"}, {"insurer", "Mutual Health Insurance"}} {
		license(randomAddress(t), p.role, p.name)
	}

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

func randomAddress(t *testing.T) common.Address {
	t.Helper()
	var a common.Address
	if _, err := rand.Read(a[:]); err != nil {
		t.Fatal(err)
	}
	return a
}
