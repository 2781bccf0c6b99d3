package app_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/app"
	"github.com/salus-health/salus/backend/keys"
	"github.com/salus-health/salus/devnet/chaintest"
)

// TestDeployThenServeOnExternalNode covers `salus deploy` and `salus serve`:
// the stack talks to a node over HTTP JSON-RPC instead of embedding one.
func TestDeployThenServeOnExternalNode(t *testing.T) {
	dir := t.TempDir()
	ks, err := keys.Open(dir+"/keystore", "test", keys.Options{LightScrypt: true})
	if err != nil {
		t.Fatal(err)
	}
	regulator, _, err := ks.Ensure(app.RegulatorAccount)
	if err != nil {
		t.Fatal(err)
	}
	node := chaintest.StartWith(t, chaintest.Options{Funded: []common.Address{regulator}, HTTP: true})

	cfg := testConfig(dir)
	cfg.EthRPC = node.RPCURL()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	t.Run("serve refuses to start before anything is deployed", func(t *testing.T) {
		s, err := app.NewStack(cfg, new(bytes.Buffer), nil)
		if err != nil {
			t.Fatal(err)
		}
		err = s.Start(ctx)
		if err == nil || !strings.Contains(err.Error(), "salus deploy") {
			t.Fatalf("got %v, want a hint to run salus deploy", err)
		}
	})

	var out bytes.Buffer
	m, err := app.Deploy(ctx, cfg, &out)
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, &out)
	}
	if m.Regulator != regulator || m.Address("Registry") == (common.Address{}) {
		t.Fatalf("manifest %+v, want the keystore's regulator and a Registry", m)
	}
	again, err := app.Deploy(ctx, cfg, new(bytes.Buffer))
	if err != nil || again.Address("Registry") != m.Address("Registry") {
		t.Fatalf("second deploy: %v, Registry %s, want reuse of %s", err, again.Address("Registry"), m.Address("Registry"))
	}

	s, _ := startStack(t, cfg)
	defer stopStack(t, s)
	if s.Chain() != nil {
		t.Fatal("serve started an embedded chain")
	}
	c := client{t: t, base: "http://" + s.APIAddr().String()}
	if code, body := c.do("GET", "/readyz", "", ""); code != 200 {
		t.Fatalf("readyz: %d %v", code, body)
	}
	code, body := c.do("POST", "/v1/participants", s.RegulatorToken, `{"address":"0x00000000000000000000000000000000000b0b00","role":"pharmacy","name":"Corner Pharmacy","licenseRef":"PH-1","validUntil":"2035-01-01T00:00:00Z"}`)
	if code != 201 {
		t.Fatalf("license through serve: %d %v", code, body)
	}
	if _, err := app.Deploy(ctx, app.Config{DataDir: dir}, nil); err == nil || errors.Is(err, context.Canceled) {
		t.Fatal("deploy without an RPC URL was accepted")
	}
}
