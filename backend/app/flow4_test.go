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

// TestFlow4InsuranceClaims is flow 4 of the design on the embedded stack,
// through the REST API only: the regulator licenses an insurer and a
// provider; the patient grants the insurer payment access to insurance
// data; the insurer publishes a plan and enrols the patient; the treasury
// mints and the insurer funds its pool. A claim for covered services is
// paid in the submitting transaction with deductible and co-pay applied
// (exact balances in minor units); a claim with an uncovered line waits
// with its reason and is approved partly; a duplicate claim key is 409;
// an underfunded pool queues a claim that a later deposit pays; strangers
// are refused, bad amounts change nothing; an FHIR R4 Claim is accepted.
func TestFlow4InsuranceClaims(t *testing.T) {
	f := startPharmaFlow(t)
	insurer, insToken := f.institution("acme-insurance", "insurer")
	provider, provToken := f.institution("st-mary", "provider")
	_, otherInsToken := f.institution("other-insurance", "insurer")
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	strangerKey, _ := crypto.GenerateKey()

	balance := func(t *testing.T, a common.Address) string {
		t.Helper()
		return f.mustDo("GET", "/v1/token/balances/"+a.Hex(), "", nil, 200)["balance"].(string)
	}
	pool := func(t *testing.T) map[string]any {
		t.Helper()
		return f.mustDo("GET", "/v1/pools/"+insurer.Hex(), "", nil, 200)
	}

	t.Run("the patient grants the insurer payment access to insurance data", func(t *testing.T) {
		f.grant(patientKey, insurer, insToken, []string{"insurance"}, "payment")
	})

	var planID, policyID float64
	t.Run("the insurer publishes a plan and enrols the patient under a hashed member reference", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/plans", insToken, map[string]any{"copayBps": 2000, "consent": []string{"insurance"},
			"deductible": "50.00", "annualLimit": "1000.00", "reviewThreshold": "500.00",
			"tariffs": []any{map[string]any{"code": "CPT:99213", "amount": "80.00"}, map[string]any{"code": "CPT:85025", "amount": "25.00"}}}, 201)
		plan := res["plan"].(map[string]any)
		planID = plan["planId"].(float64)
		if plan["insurer"] != insurer.Hex() || len(plan["tariffs"].([]any)) != 2 || plan["deductible"] != "50.000000" {
			t.Fatalf("plan: %v", plan)
		}
		res = f.mustDo("POST", "/v1/policies", insToken, map[string]any{"planId": planID, "patient": patient.Hex(),
			"memberRef": "MEMBER-0042", "validFrom": time.Now().Add(-24 * time.Hour).UTC().Format(time.RFC3339),
			"validUntil": time.Now().AddDate(1, 0, 0).UTC().Format(time.RFC3339)}, 201)
		pol := res["policy"].(map[string]any)
		policyID = pol["policyId"].(float64)
		if pol["active"] != true || pol["memberRef"] != crypto.Keccak256Hash([]byte("MEMBER-0042")).Hex() {
			t.Fatalf("policy: %v", pol)
		}
	})

	t.Run("the treasury mints and the insurer funds its pool", func(t *testing.T) {
		f.mustDo("POST", "/v1/token/mint", f.regToken, map[string]any{"to": insurer.Hex(), "amount": "2000", "paymentRef": "BANK-1"}, 200)
		res := f.mustDo("POST", "/v1/pools/me/deposits", insToken, map[string]any{"amount": "1000.00"}, 200)
		if len(res["txs"].([]any)) != 2 || res["pool"].(map[string]any)["balance"] != "1000.000000" {
			t.Fatalf("deposit: %v", res)
		}
		if got := balance(t, insurer); got != "1000.000000" {
			t.Fatalf("insurer balance %s, want 1000.000000", got)
		}
	})

	today := time.Now().UTC().Format(time.DateOnly)
	claim := func(key string, lines ...any) map[string]any {
		return map[string]any{"patient": patient.Hex(), "policyId": policyID, "serviceDate": today, "claimKey": key, "lines": lines}
	}
	line := func(code string, qty int, unit string) map[string]any {
		return map[string]any{"code": code, "quantity": qty, "unitAmount": unit}
	}

	t.Run("a claim for covered services is paid at once, deductible and co-pay applied", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/claims", provToken, claim("INV-A", line("CPT:99213", 1, "79.99"), line("CPT:85025", 2, "25.00")), 201)
		c := res["claim"].(map[string]any)
		// Allowed 129.99; the deductible takes 50; the insurer pays 80 % of
		// 79.99, rounded down: 63.992; the co-pay is 15.998.
		d := c["decision"].(map[string]any)
		if c["status"] != "paid" || c["allowed"] != "129.990000" || c["payout"] != "63.992000" ||
			d["deductible"] != "50.000000" || d["copay"] != "15.998000" || d["overLimit"] != "0.000000" {
			t.Fatalf("claim: %v", c)
		}
		if got := balance(t, provider); got != "63.992000" {
			t.Fatalf("provider balance %s, want 63.992000 (63992000 minor units)", got)
		}
		if p := pool(t); p["balance"] != "936.008000" || p["paid"] != "63.992000" {
			t.Fatalf("pool: %v", p)
		}
	})

	t.Run("the same claim key again is a conflict", func(t *testing.T) {
		code, body := f.c.do("POST", "/v1/claims", provToken, jsonBody(claim("INV-A", line("CPT:99213", 1, "1.00"))))
		if code != 409 || body["details"].(map[string]any)["error"] != "ClaimsDuplicateClaim" {
			t.Fatalf("duplicate: %d %v, want 409 ClaimsDuplicateClaim", code, body)
		}
	})

	var claimB string
	t.Run("a claim with an uncovered line waits for review, saying why", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/claims", provToken, claim("INV-B", line("CPT:99213", 1, "80.00"), line("CPT:70450", 1, "400.00")), 201)
		c := res["claim"].(map[string]any)
		claimB = c["claimId"].(string)
		lines := c["lines"].([]any)
		if c["status"] != "pending" || fmt.Sprint(c["reasons"]) != "[line_refused]" || lines[1].(map[string]any)["reason"] != "not_covered" ||
			lines[1].(map[string]any)["allowed"] != "0.000000" || lines[0].(map[string]any)["reason"] != nil {
			t.Fatalf("claim: %v", c)
		}
		if got := balance(t, provider); got != "63.992000" {
			t.Fatalf("provider balance %s changed", got)
		}
	})

	t.Run("strangers are refused", func(t *testing.T) {
		if code, body := f.c.do("POST", "/v1/claims/"+claimB+"/approve", otherInsToken, ""); code != 403 {
			t.Errorf("another insurer approves: %d %v, want 403", code, body)
		}
		if code, body := f.c.do("POST", "/v1/claims", insToken, jsonBody(claim("INV-X", line("CPT:99213", 1, "1.00")))); code != 403 {
			t.Errorf("an insurer submits a claim: %d %v, want 403", code, body)
		}
		if code, body := f.c.do("POST", "/v1/token/mint", provToken, jsonBody(map[string]any{"to": provider.Hex(), "amount": "1", "paymentRef": "X"})); code != 403 {
			t.Errorf("a provider mints: %d %v, want 403", code, body)
		}
		if code, body := f.c.do("GET", "/v1/claims/"+claimB, otherInsToken, ""); code != 403 {
			t.Errorf("another insurer reads the claim: %d %v, want 403", code, body)
		}
		if code, body := f.c.do("GET", "/v1/claims/"+claimB, f.walletSession(strangerKey), ""); code != 403 {
			t.Errorf("another patient's wallet reads the claim: %d %v, want 403", code, body)
		}
		if code, body := f.c.do("GET", "/v1/claims/"+claimB, f.walletSession(patientKey), ""); code != 200 || body["status"] != "pending" {
			t.Errorf("the patient's wallet reads the claim: %d %v, want 200", code, body)
		}
	})

	t.Run("the insurer approves the claim partly; the deductible is already met", func(t *testing.T) {
		res := f.mustDo("POST", "/v1/claims/"+claimB+"/approve", insToken, map[string]any{"amounts": []string{"60", "0"}}, 200)
		c := res["claim"].(map[string]any)
		d := c["decision"].(map[string]any)
		if c["status"] != "paid" || c["payout"] != "48.000000" || d["approved"] != "60.000000" || d["deductible"] != "0.000000" ||
			d["copay"] != "12.000000" || c["lines"].([]any)[0].(map[string]any)["approved"] != "60.000000" {
			t.Fatalf("claim: %v", c)
		}
		if got := balance(t, provider); got != "111.992000" {
			t.Fatalf("provider balance %s, want 111.992000", got)
		}
		code, body := f.c.do("POST", "/v1/claims/"+claimB+"/approve", insToken, "")
		if code != 409 || body["details"].(map[string]any)["error"] != "ClaimsInvalidStatus" {
			t.Fatalf("second approval: %d %v, want 409", code, body)
		}
	})

	t.Run("bad amounts are refused and change nothing", func(t *testing.T) {
		before := pool(t)
		for _, body := range []string{`{"amount":"1.0000001"}`, `{"amount":"-1"}`, `{"amount":""}`, `{"amount":"abc"}`, `{"amount":12.5}`,
			`{"amount":"79228162514264.337593543950336"}`} {
			if code, resp := f.c.do("POST", "/v1/pools/me/deposits", insToken, body); code != 400 || resp["code"] != "invalid_number" {
				t.Errorf("deposit %s: %d %v, want 400 invalid_number", body, code, resp)
			}
		}
		if code, resp := f.c.do("POST", "/v1/claims", provToken, jsonBody(claim("INV-BAD", line("CPT:99213", 1, "-80")))); code != 400 {
			t.Errorf("negative unit amount: %d %v, want 400", code, resp)
		}
		if after := pool(t); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("pool changed: %v -> %v", before, after)
		}
		id := crypto.Keccak256Hash(common.LeftPadBytes(provider[:], 32), crypto.Keccak256([]byte("INV-BAD")))
		if code, resp := f.c.do("GET", "/v1/claims/"+id.Hex(), provToken, ""); code != 404 {
			t.Errorf("refused claim: %d %v, want 404", code, resp)
		}
		if got := balance(t, insurer); got != "1000.000000" {
			t.Errorf("insurer balance %s changed", got)
		}
	})

	var claimC string
	t.Run("an underfunded pool queues a covered claim; a deposit pays it", func(t *testing.T) {
		f.mustDo("POST", "/v1/pools/me/withdrawals", insToken, map[string]any{"amount": "880"}, 200)
		res := f.mustDo("POST", "/v1/claims", provToken, claim("INV-C", line("CPT:99213", 1, "80.00")), 201)
		c := res["claim"].(map[string]any)
		claimC = c["claimId"].(string)
		if c["status"] != "awaiting_funds" || fmt.Sprint(c["reasons"]) != "[underfunded]" || c["payout"] != "64.000000" {
			t.Fatalf("claim: %v", c)
		}
		if p := pool(t); p["queued"] != 1.0 || p["owed"] != "64.000000" || p["balance"] != "8.008000" || p["available"] != "0.000000" {
			t.Fatalf("pool: %v", p)
		}
		// Settling now pays nothing: the pool does not cover the head of the queue.
		res = f.mustDo("POST", "/v1/pools/"+insurer.Hex()+"/settle", provToken, nil, 200)
		if res["settled"] != 0.0 || balance(t, provider) != "111.992000" {
			t.Fatalf("settle: %v", res)
		}
		// A deposit with an EIP-2612 permit signed by the insurer's key: one
		// transaction, then the queue is settled.
		res = f.mustDo("POST", "/v1/pools/me/deposits", insToken, f.claimsPermitDeposit(insurer, "100"), 200)
		if res["settled"] != 1.0 || len(res["txs"].([]any)) != 2 || res["pool"].(map[string]any)["queued"] != 0.0 {
			t.Fatalf("deposit with permit: %v", res)
		}
		if got := balance(t, provider); got != "175.992000" {
			t.Fatalf("provider balance %s, want 175.992000", got)
		}
		if c := f.mustDo("GET", "/v1/claims/"+claimC, insToken, nil, 200); c["status"] != "paid" || fmt.Sprint(c["reasons"]) != "[underfunded]" {
			t.Fatalf("claim after settlement: %v", c)
		}
	})

	t.Run("a provider submits an FHIR R4 Claim", func(t *testing.T) {
		fhirClaim := `{"resourceType":"Claim","status":"active","type":{"coding":[{"code":"professional"}]},"use":"claim","created":"` + today + `",` +
			`"identifier":[{"system":"urn:example:invoice","value":"INV-FHIR-1"}],` +
			`"patient":{"identifier":{"system":"urn:ethereum:address","value":"` + patient.Hex() + `"}},` +
			`"provider":{"identifier":{"system":"urn:ethereum:address","value":"` + provider.Hex() + `"}},` +
			`"priority":{"coding":[{"code":"normal"}]},"insurance":[{"sequence":1,"focal":true,"coverage":{"identifier":{"system":"urn:salus:policy","value":"` + fmt.Sprint(policyID) + `"}}}],` +
			`"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"CPT:85025"}]},"servicedDate":"` + today + `","quantity":{"value":1},"unitPrice":{"value":20.50,"currency":"USD"}}],` +
			`"supportingInfo":[{"sequence":1,"category":{"coding":[{"code":"attachment"}]},"valueAttachment":{"url":"ipfs://bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"}}]}`
		code, raw, h := rawDo(t, "POST", f.base+"/v1/claims", provToken, "application/fhir+json", strings.NewReader(fhirClaim))
		if code != 201 {
			t.Fatalf("FHIR claim: %d %s", code, raw)
		}
		c := jsonField(t, raw, "claim").(map[string]any)
		// 20.50 allowed, deductible met: the insurer pays 16.40.
		if c["status"] != "paid" || c["payout"] != "16.400000" || fmt.Sprint(c["evidence"]) != "[bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e]" ||
			h.Get("Location") != "/v1/claims/"+c["claimId"].(string) {
			t.Fatalf("FHIR claim: %v", c)
		}
		if got := balance(t, provider); got != "192.392000" {
			t.Fatalf("provider balance %s, want 192.392000", got)
		}
	})
}

// claimsPermitDeposit is the body of a deposit of amount tokens with an EIP-2612
// permit signed by the insurer's keystore key for the Claims contract.
func (f *pharmaFlow) claimsPermitDeposit(insurer common.Address, amount string) map[string]any {
	f.t.Helper()
	key, err := f.s.Keys().PrivateKey(insurer)
	if err != nil {
		f.t.Fatal(err)
	}
	client := f.s.Chain().Client()
	tokenAddr, claimsAddr := f.s.Manifest().Address("SettlementToken"), f.s.Manifest().Address("Claims")
	token, err := bindings.NewSettlementToken(tokenAddr, client)
	if err != nil {
		f.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nonce, err := token.Nonces(&bind.CallOpts{Context: ctx}, insurer)
	if err != nil {
		f.t.Fatal(err)
	}
	value := new(big.Int).Mul(mustBig(f.t, amount), big.NewInt(1_000_000))
	deadline := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	td := map[string]any{
		"types": map[string]any{
			"EIP712Domain": []any{map[string]any{"name": "name", "type": "string"}, map[string]any{"name": "version", "type": "string"},
				map[string]any{"name": "chainId", "type": "uint256"}, map[string]any{"name": "verifyingContract", "type": "address"}},
			"Permit": []any{map[string]any{"name": "owner", "type": "address"}, map[string]any{"name": "spender", "type": "address"},
				map[string]any{"name": "value", "type": "uint256"}, map[string]any{"name": "nonce", "type": "uint256"},
				map[string]any{"name": "deadline", "type": "uint256"}},
		},
		"primaryType": "Permit",
		"domain": map[string]any{"name": "Salus Settlement Token", "version": "1", "chainId": f.s.Chain().ChainID().String(),
			"verifyingContract": tokenAddr.Hex()},
		"message": map[string]any{"owner": insurer.Hex(), "spender": claimsAddr.Hex(), "value": value.String(),
			"nonce": nonce.String(), "deadline": fmt.Sprint(deadline.Unix())},
	}
	sig, _ := signTypedData(f.t, key, td)
	return map[string]any{"amount": amount, "permit": map[string]any{"deadline": deadline.Format(time.RFC3339), "signature": hexutil.Encode(sig)}}
}
