package app_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/bindings"
)

// scFlow is flow 5's view of the stack: the settlement token and the
// ServiceContracts contract read through the Go bindings, for exact balances.
type scFlow struct {
	*pharmaFlow
	ctx   context.Context
	token *bindings.SettlementToken
	sc    *bindings.ServiceContracts
}

// minor is a token amount in minor units, from its decimal string.
func minor(t *testing.T, s string) *big.Int {
	t.Helper()
	whole, frac, _ := strings.Cut(s, ".")
	frac += strings.Repeat("0", 6-len(frac))
	return mustBig(t, whole+frac)
}

func (f *scFlow) balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.token.BalanceOf(&bind.CallOpts{Context: f.ctx}, a)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *scFlow) wantBalance(t *testing.T, who string, a common.Address, want string) {
	t.Helper()
	if got := f.balance(a); got.Cmp(minor(t, want)) != 0 {
		t.Errorf("balance of %s: got %s minor units, want %s tokens", who, got, want)
	}
}

// mint has the treasury (the regulator's keystore account, see
// devnet/deploy) mint tokens to an account through the Go bindings.
func (f *scFlow) mint(to common.Address, amount string) {
	f.t.Helper()
	reg := f.s.Regulator()
	signer, err := f.s.Keys().SignerFn(reg, f.s.Chain().ChainID())
	if err != nil {
		f.t.Fatal(err)
	}
	tx, err := f.token.Mint(&bind.TransactOpts{From: reg, Signer: signer, Context: f.ctx}, to, minor(f.t, amount), [32]byte{'f', '5'})
	if err != nil {
		f.t.Fatal(err)
	}
	if rcpt, err := bind.WaitMined(f.ctx, f.s.Chain().Client(), tx); err != nil || rcpt.Status != 1 {
		f.t.Fatalf("mint: %v %v", rcpt, err)
	}
}

// publish adds a public document to IPFS through the API and returns its CID.
func (f *scFlow) publish(token, doc string) string {
	f.t.Helper()
	code, raw, _ := rawDo(f.t, "POST", f.base+"/v1/ipfs", token, "application/octet-stream", strings.NewReader(doc))
	if code != 201 {
		f.t.Fatalf("ipfs: %d %s", code, raw)
	}
	return fmt.Sprint(jsonField(f.t, raw, "cid"))
}

// refused sends a request and fails unless it gets status with code.
func (f *scFlow) refused(t *testing.T, method, path, token string, body any, status int, code string) map[string]any {
	t.Helper()
	b := ""
	if body != nil {
		b = jsonBody(body)
	}
	got, resp := f.c.do(method, path, token, b)
	if got != status || resp["code"] != code {
		t.Fatalf("%s %s: got %d %v, want %d %s", method, path, got, resp, status, code)
	}
	return resp
}

// wantFigures fails unless the contract's figures are the given ones.
func wantFigures(t *testing.T, c map[string]any, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if c[k] != v {
			t.Errorf("%s: got %v, want %s (contract %v)", k, c[k], v, c)
		}
	}
}

// TestFlow5ServiceContracts is flow 5 of the design on the embedded stack,
// through the REST API: the regulator licenses a government payer and a
// provider; the treasury mints tokens to the payer; the payer proposes a
// contract paid automatically, the provider accepts, the payer funds it;
// reports are paid within the budget at once, or wait for funds that a
// permit brings; a report beyond the budget cap or outside the tariff is
// refused. A contract paid on approval goes through an approval, a dispute
// the provider settles and one the regulator arbitrates after the contract
// was terminated mid-period, which returned the unreserved escrow. Other
// providers, other payers and wallet sessions are refused (403); bad
// amounts are 400 and change nothing. Every balance is checked in minor
// units.
func TestFlow5ServiceContracts(t *testing.T) {
	pf := startPharmaFlow(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	client := pf.s.Chain().Client()
	token, err := bindings.NewSettlementToken(pf.s.Manifest().Address("SettlementToken"), client)
	if err != nil {
		t.Fatal(err)
	}
	scb, err := bindings.NewServiceContracts(pf.s.Manifest().Address("ServiceContracts"), client)
	if err != nil {
		t.Fatal(err)
	}
	f := &scFlow{pharmaFlow: pf, ctx: ctx, token: token, sc: scb}

	payer, payerTok := f.institution("ministry-of-health", "government_payer")
	provider, provTok := f.institution("city-clinic", "provider")
	otherPayer, otherPayerTok := f.institution("regional-council", "government_payer")
	_, otherProvTok := f.institution("other-clinic", "provider")
	walletKey, _ := crypto.GenerateKey()
	wallet := f.walletSession(walletKey)
	f.mint(payer, "10000")
	f.mint(otherPayer, "1000")
	f.wantBalance(t, "payer", payer, "10000")

	count := func() uint64 {
		n, err := scb.ContractCount(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// Contract A: paid automatically, hourly periods; period 0 started 90
	// minutes ago, period 1 30 minutes ago, period 2 starts in 30.
	termsCID := f.publish(payerTok, "Primary care services agreement, 2025: tariffs, reporting, payment.")
	proposal := map[string]any{"provider": provider.Hex(), "termsCid": termsCID,
		"tariffs": []map[string]string{{"code": "GP-VISIT", "price": "25.00"}, {"code": "VACCINATION", "price": "12.5"}},
		"budget":  "1000.00", "start": time.Now().Add(-90 * time.Minute).UTC().Format(time.RFC3339),
		"periodLength": 3600, "periodCount": 4, "autoRelease": true}

	t.Run("bad amounts are refused with 400 and nothing is proposed", func(t *testing.T) {
		before := count()
		for _, budget := range []any{"1000.1234567", "-5", "", "a thousand", 1000, 1000.5, "1e3", "79228162514264337593543.950336"} {
			p := map[string]any{}
			for k, v := range proposal {
				p[k] = v
			}
			p["budget"] = budget
			f.refused(t, "POST", "/v1/service-contracts", payerTok, p, 400, "invalid_number")
		}
		if n := count(); n != before {
			t.Fatalf("contracts: got %d, want %d", n, before)
		}
	})

	var idA string
	t.Run("the payer proposes a contract paid automatically", func(t *testing.T) {
		code, raw, h := rawDo(t, "POST", f.base+"/v1/service-contracts", payerTok, "application/json", strings.NewReader(jsonBody(proposal)))
		if code != 201 {
			t.Fatalf("propose: %d %s", code, raw)
		}
		c := jsonField(t, raw, "contract").(map[string]any)
		idA = fmt.Sprint(c["id"])
		if h.Get("Location") != "/v1/service-contracts/"+idA || c["status"] != "proposed" || c["payer"] != payer.Hex() || c["provider"] != provider.Hex() {
			t.Fatalf("proposed: %v, Location %q", c, h.Get("Location"))
		}
		wantFigures(t, c, map[string]string{"budget": "1000.000000", "escrow": "0.000000", "spent": "0.000000", "budgetLeft": "1000.000000", "termsCid": termsCID})
		if fmt.Sprint(c["tariffs"]) != fmt.Sprint([]any{map[string]any{"code": "GP-VISIT", "price": "25.000000"}, map[string]any{"code": "VACCINATION", "price": "12.500000"}}) {
			t.Errorf("tariffs: %v", c["tariffs"])
		}
	})
	pathA := "/v1/service-contracts/" + idA

	t.Run("only the parties and the regulator read it", func(t *testing.T) {
		for _, tok := range []string{payerTok, provTok, f.regToken} {
			if c := f.mustDo("GET", pathA, tok, nil, 200); c["currentPeriod"] != float64(1) {
				t.Errorf("current period: %v", c["currentPeriod"])
			}
		}
		for name, tok := range map[string]string{"another provider": otherProvTok, "another payer": otherPayerTok, "a wallet": wallet} {
			if code, body := f.c.do("GET", pathA, tok, ""); code != 403 {
				t.Errorf("%s reads: got %d %v, want 403", name, code, body)
			}
		}
	})

	t.Run("only the named provider accepts", func(t *testing.T) {
		f.refused(t, "POST", pathA+"/accept", otherProvTok, nil, 403, "forbidden")
		f.refused(t, "POST", pathA+"/accept", wallet, nil, 403, "forbidden")
		c := f.mustDo("POST", pathA+"/accept", provTok, nil, 200)["contract"].(map[string]any)
		if c["status"] != "active" {
			t.Fatalf("accepted: %v", c)
		}
	})

	t.Run("the payer funds the escrow; bad amounts and other payers change nothing", func(t *testing.T) {
		for _, amount := range []any{"600.0000001", "-600", "", "six hundred", 600, "0", "79228162514264337593543.950336"} {
			f.refused(t, "POST", pathA+"/fund", payerTok, map[string]any{"amount": amount}, 400, "invalid_number")
		}
		f.refused(t, "POST", pathA+"/fund", otherPayerTok, map[string]any{"amount": "600"}, 403, "forbidden")
		f.refused(t, "POST", pathA+"/fund", wallet, map[string]any{"amount": "600"}, 403, "forbidden")
		f.refused(t, "POST", pathA+"/fund", payerTok, map[string]any{"amount": "1000.000001"}, 409, "conflict")
		f.wantBalance(t, "payer", payer, "10000")
		f.wantBalance(t, "other payer", otherPayer, "1000")
		res := f.mustDo("POST", pathA+"/fund", payerTok, map[string]any{"amount": "600.00"}, 200)
		if res["approveTx"] == nil {
			t.Errorf("fund: no approval sent: %v", res)
		}
		wantFigures(t, res["contract"].(map[string]any), map[string]string{"escrow": "600.000000", "fundingRoom": "400.000000"})
		f.wantBalance(t, "payer", payer, "9400")
	})

	t.Run("a report within the budget is paid at once", func(t *testing.T) {
		report := map[string]any{"period": 0, "lines": []map[string]any{{"code": "GP-VISIT", "quantity": 10}, {"code": "VACCINATION", "quantity": 4}},
			"evidence": []string{termsCID}}
		f.refused(t, "POST", pathA+"/reports", otherProvTok, report, 403, "forbidden")
		f.refused(t, "POST", pathA+"/reports", wallet, report, 403, "forbidden")
		r := f.mustDo("POST", pathA+"/reports", provTok, report, 201)["report"].(map[string]any)
		if r["status"] != "paid" || r["amount"] != "300.000000" {
			t.Fatalf("report: %v", r)
		}
		f.wantBalance(t, "provider", provider, "300")
		wantFigures(t, f.mustDo("GET", pathA, payerTok, nil, 200), map[string]string{"escrow": "300.000000", "spent": "300.000000", "budgetLeft": "700.000000"})
		got := f.mustDo("GET", pathA+"/reports/0", f.regToken, nil, 200)
		if fmt.Sprint(got["lines"]) != fmt.Sprint([]any{map[string]any{"code": "GP-VISIT", "quantity": float64(10)}, map[string]any{"code": "VACCINATION", "quantity": float64(4)}}) ||
			fmt.Sprint(got["evidence"]) != fmt.Sprint([]any{termsCID}) {
			t.Errorf("report read back: %v", got)
		}
		if code, _ := f.c.do("GET", pathA+"/reports/0", otherPayerTok, ""); code != 403 {
			t.Errorf("another payer reads the report: got %d, want 403", code)
		}
	})

	t.Run("a report beyond the budget cap or outside the tariff is refused and reserves nothing", func(t *testing.T) {
		over := f.refused(t, "POST", pathA+"/reports", provTok, map[string]any{"period": 1, "lines": []map[string]any{{"code": "GP-VISIT", "quantity": 29}}}, 409, "conflict")
		if d := over["details"].(map[string]any); d["error"] != "ServiceContractsOverBudget" || d["args"].(map[string]any)["remaining"] != "700000000" {
			t.Errorf("over budget: %v", over)
		}
		outside := f.refused(t, "POST", pathA+"/reports", provTok, map[string]any{"period": 1, "lines": []map[string]any{{"code": "SURGERY", "quantity": 1}}}, 422, "unprocessable")
		if outside["details"].(map[string]any)["error"] != "ServiceContractsCodeNotInTariff" {
			t.Errorf("outside the tariff: %v", outside)
		}
		f.refused(t, "POST", pathA+"/reports", provTok, map[string]any{"period": 2, "lines": []map[string]any{{"code": "GP-VISIT", "quantity": 1}}}, 409, "conflict")
		wantFigures(t, f.mustDo("GET", pathA, provTok, nil, 200), map[string]string{"reserved": "0.000000", "budgetLeft": "700.000000", "escrow": "300.000000"})
		f.wantBalance(t, "provider", provider, "300")
	})

	t.Run("a report beyond the escrow waits for funds; a permit brings them and the provider releases it", func(t *testing.T) {
		r := f.mustDo("POST", pathA+"/reports", provTok, map[string]any{"period": 1, "lines": []map[string]any{{"code": "GP-VISIT", "quantity": 20}}}, 201)["report"].(map[string]any)
		if r["status"] != "awaiting_funds" || r["amount"] != "500.000000" {
			t.Fatalf("report: %v", r)
		}
		f.refused(t, "POST", pathA+"/reports/1/release", provTok, nil, 409, "conflict")
		td := f.mustDo("POST", pathA+"/fund/typed-data", payerTok, map[string]any{"amount": "200"}, 200)
		msg := td["message"].(map[string]any)
		if td["primaryType"] != "Permit" || msg["owner"] != payer.Hex() || msg["value"] != "200000000" {
			t.Fatalf("typed data: %v", td)
		}
		key, err := f.s.Keys().PrivateKey(payer)
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := signTypedData(t, key, td)
		deadline := time.Unix(mustBig(t, fmt.Sprint(msg["deadline"])).Int64(), 0).UTC().Format(time.RFC3339)
		res := f.mustDo("POST", pathA+"/fund", payerTok, map[string]any{"amount": "200", "permit": map[string]any{"deadline": deadline, "signature": hexutil.Encode(sig)}}, 200)
		if res["approveTx"] != nil {
			t.Errorf("a permit funding sent an approval: %v", res)
		}
		r = f.mustDo("POST", pathA+"/reports/1/release", provTok, nil, 200)["report"].(map[string]any)
		if r["status"] != "paid" {
			t.Fatalf("release: %v", r)
		}
		f.wantBalance(t, "provider", provider, "800")
		f.wantBalance(t, "payer", payer, "9200")
		wantFigures(t, f.mustDo("GET", pathA, payerTok, nil, 200), map[string]string{"escrow": "0.000000", "spent": "800.000000", "budgetLeft": "200.000000", "fundingRoom": "200.000000"})
	})

	// Contract B: paid on the payer's approval; period 2 is running.
	propB := map[string]any{"provider": provider.Hex(), "termsCid": termsCID, "tariffs": []map[string]string{{"code": "GP-VISIT", "price": "10"}},
		"budget": "500", "start": time.Now().Add(-150 * time.Minute).UTC().Format(time.RFC3339), "periodLength": 3600, "periodCount": 6}
	b := f.mustDo("POST", "/v1/service-contracts", payerTok, propB, 201)["contract"].(map[string]any)
	pathB := fmt.Sprintf("/v1/service-contracts/%v", b["id"])
	if b["autoRelease"] != false {
		t.Fatalf("contract B: %v", b)
	}
	f.mustDo("POST", pathB+"/accept", provTok, nil, 200)
	f.mustDo("POST", pathB+"/fund", payerTok, map[string]any{"amount": "500"}, 200)
	f.wantBalance(t, "payer", payer, "8700")
	tenVisits := func(period int) map[string]any {
		return map[string]any{"period": period, "lines": []map[string]any{{"code": "GP-VISIT", "quantity": 10}}}
	}
	reason := "0x" + strings.Repeat("0d", 32)

	t.Run("a report on approval waits for the payer, who approves it", func(t *testing.T) {
		r := f.mustDo("POST", pathB+"/reports", provTok, tenVisits(0), 201)["report"].(map[string]any)
		if r["status"] != "reported" {
			t.Fatalf("report: %v", r)
		}
		f.wantBalance(t, "provider", provider, "800")
		f.refused(t, "POST", pathB+"/reports/0/approve", provTok, nil, 403, "forbidden")
		f.refused(t, "POST", pathB+"/reports/0/approve", otherPayerTok, nil, 403, "forbidden")
		if r := f.mustDo("POST", pathB+"/reports/0/approve", payerTok, nil, 200)["report"].(map[string]any); r["status"] != "paid" {
			t.Fatalf("approve: %v", r)
		}
		f.wantBalance(t, "provider", provider, "900")
	})

	t.Run("a dispute the provider settles by accepting the offer", func(t *testing.T) {
		f.mustDo("POST", pathB+"/reports", provTok, tenVisits(1), 201)
		f.refused(t, "POST", pathB+"/reports/1/dispute", payerTok, map[string]any{"reasonCode": reason, "offered": "60.0000001"}, 400, "invalid_number")
		f.refused(t, "POST", pathB+"/reports/1/dispute", payerTok, map[string]any{"reasonCode": reason, "offered": "100"}, 422, "unprocessable")
		r := f.mustDo("POST", pathB+"/reports/1/dispute", payerTok, map[string]any{"reasonCode": reason, "offered": "60.00"}, 200)["report"].(map[string]any)
		if r["status"] != "disputed" || r["offered"] != "60.000000" || r["disputeReason"] != reason {
			t.Fatalf("dispute: %v", r)
		}
		f.refused(t, "POST", pathB+"/reports/1/resolve", otherProvTok, map[string]any{"amount": "60"}, 403, "forbidden")
		f.refused(t, "POST", pathB+"/reports/1/resolve", provTok, map[string]any{"amount": "61"}, 422, "unprocessable")
		if r := f.mustDo("POST", pathB+"/reports/1/resolve", provTok, map[string]any{"amount": "60"}, 200)["report"].(map[string]any); r["status"] != "paid" || r["amount"] != "60.000000" {
			t.Fatalf("resolve: %v", r)
		}
		f.wantBalance(t, "provider", provider, "960")
	})

	t.Run("termination mid-period returns the escrow open reports do not reserve", func(t *testing.T) {
		f.mustDo("POST", pathB+"/reports", provTok, tenVisits(2), 201)
		f.refused(t, "POST", pathB+"/terminate", otherPayerTok, map[string]any{"reasonCode": reason}, 403, "forbidden")
		f.refused(t, "POST", pathB+"/terminate", otherProvTok, map[string]any{"reasonCode": reason}, 403, "forbidden")
		f.refused(t, "POST", pathB+"/terminate", wallet, map[string]any{"reasonCode": reason}, 403, "forbidden")
		c := f.mustDo("POST", pathB+"/terminate", payerTok, map[string]any{"reasonCode": reason}, 200)["contract"].(map[string]any)
		// escrow 500 - 100 - 60 paid = 340; period 2's 100 stays reserved.
		wantFigures(t, c, map[string]string{"status": "terminated", "escrow": "100.000000", "reserved": "100.000000", "spent": "160.000000", "fundingRoom": "0.000000"})
		if c["terminatedAt"] == nil || c["currentPeriod"] != nil {
			t.Errorf("terminated: %v", c)
		}
		f.wantBalance(t, "payer", payer, "8940")
		f.refused(t, "POST", pathB+"/reports", provTok, tenVisits(3), 409, "conflict")
	})

	t.Run("the regulator arbitrates the open report; what it frees returns to the payer", func(t *testing.T) {
		f.mustDo("POST", pathB+"/reports/2/dispute", payerTok, map[string]any{"reasonCode": reason, "offered": "0"}, 200)
		r := f.mustDo("POST", pathB+"/reports/2/resolve", f.regToken, map[string]any{"amount": "25.50"}, 200)["report"].(map[string]any)
		if r["status"] != "paid" || r["amount"] != "25.500000" {
			t.Fatalf("arbitration: %v", r)
		}
		f.wantBalance(t, "provider", provider, "985.5")
		f.wantBalance(t, "payer", payer, "9014.5")
		wantFigures(t, f.mustDo("GET", pathB, f.regToken, nil, 200), map[string]string{"escrow": "0.000000", "reserved": "0.000000", "spent": "185.500000"})
		if got := f.balance(pf.s.Manifest().Address("ServiceContracts")); got.Sign() != 0 {
			t.Errorf("ServiceContracts still holds %s minor units", got)
		}
	})
}
