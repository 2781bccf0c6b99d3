package chainsvc_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/backend/web/wallet"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
)

type sendWaiter struct{ s *txsender.Sender }

func (w sendWaiter) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	p, err := w.s.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return w.s.Wait(ctx, p)
}

// TestSignaturesFromEthersAreRelayed signs the backend's typed data with
// ethers.js, as a browser wallet would, and relays it on the Clique chain.
func TestSignaturesFromEthersAreRelayed(t *testing.T) {
	wallet.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	regKey, _ := crypto.GenerateKey()
	regulator := crypto.PubkeyToAddress(regKey.PublicKey)
	provKey, _ := crypto.GenerateKey()
	provider := crypto.PubkeyToAddress(provKey.PublicKey)
	patientKey, _ := crypto.GenerateKey()
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	c := chaintest.Start(t, regulator, provider)
	errABIs, _ := chainsvc.ErrorABIs()
	sender, err := txsender.New(c.Client(), txsender.Config{ChainID: c.ChainID(), ErrorABIs: errABIs})
	if err != nil {
		t.Fatal(err)
	}
	sender.AddKey(regKey)
	sender.AddKey(provKey)
	m, err := deploy.Run(ctx, c.Client(), sendWaiter{sender}, deploy.Roles{Deployer: regulator, Regulator: regulator}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := bindings.NewRegistry(m.Address("Registry"), c.Client())
	p, err := sender.Transact(ctx, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.License(o, provider, uint8(api.RoleProvider), "St Mary", [32]byte{1}, uint64(time.Now().Add(48*time.Hour).Unix()))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sender.Wait(ctx, p); err != nil {
		t.Fatal(err)
	}
	// The provider relays: a patient pays no gas.
	consent, err := chainsvc.NewConsent(c.Client(), sender, m, provider)
	if err != nil {
		t.Fatal(err)
	}
	grants, _ := bindings.NewAccessGrants(m.Address("AccessGrants"), c.Client())
	keyHex := hexutil.Encode(crypto.FromECDSA(patientKey))
	expires := time.Now().Add(24 * time.Hour).Truncate(time.Second)
	deadline := time.Now().Add(time.Hour).Truncate(time.Second)
	req := api.TypedDataRequest{Kind: "grant", Patient: patient, Deadline: deadline, Grant: api.GrantRequest{
		Grantee: provider, Categories: api.MaskOf(api.CategoryLabResults), Purpose: api.PurposeTreatment, ExpiresAt: expires}}

	sign := func(t *testing.T, td api.TypedData) (sig []byte, digest common.Hash) {
		var out struct{ Signature, Digest string }
		wallet.Call(t, map[string]any{"op": "typed", "key": keyHex, "typedData": td}, &out)
		return hexutil.MustDecode(out.Signature), common.HexToHash(out.Digest)
	}
	signed := func(sig []byte) api.SignedGrant {
		return api.SignedGrant{Patient: patient, GrantRequest: req.Grant, Nonce: big.NewInt(0), Deadline: deadline, Signature: sig}
	}

	t.Run("a grant signed on another chain id or for another contract is refused", func(t *testing.T) {
		for name, change := range map[string]func(d map[string]any){
			"chain id": func(d map[string]any) { d["chainId"] = "1" },
			"contract": func(d map[string]any) { d["verifyingContract"] = common.HexToAddress("0x1234").Hex() },
		} {
			td, err := consent.TypedData(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			change(td["domain"].(map[string]any))
			sig, _ := sign(t, td)
			_, err = consent.RelayGrant(ctx, signed(sig))
			var ce *api.ContractError
			if !errors.As(err, &ce) || ce.Name != "AccessGrantsInvalidSigner" || !errors.Is(err, api.ErrInvalid) {
				t.Fatalf("%s: got %v, want AccessGrantsInvalidSigner", name, err)
			}
		}
	})

	t.Run("the ethers signature of the backend's typed data grants access", func(t *testing.T) {
		td, err := consent.TypedData(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		sig, digest := sign(t, td)
		want, _ := grants.GrantDigest(&bind.CallOpts{}, patient, provider, uint32(req.Grant.Categories), uint8(req.Grant.Purpose),
			uint64(expires.Unix()), big.NewInt(0), big.NewInt(deadline.Unix()))
		if digest != want {
			t.Fatalf("ethers digest %s, contract digest %x", digest, want)
		}
		if _, err := consent.RelayGrant(ctx, signed(sig)); err != nil {
			t.Fatal(err)
		}
		ok, _ := grants.HasAccess(&bind.CallOpts{}, patient, provider, uint8(api.CategoryLabResults), uint8(api.PurposeTreatment))
		if !ok {
			t.Fatal("no access after the relayed grant")
		}
		// The same signature again: the nonce is used.
		_, err = consent.RelayGrant(ctx, signed(sig))
		var ce *api.ContractError
		if !errors.As(err, &ce) || ce.Name != "AccessGrantsInvalidNonce" {
			t.Fatalf("replay: got %v, want AccessGrantsInvalidNonce", err)
		}
		list, err := consent.Grants(ctx, api.GrantQuery{Patient: &patient})
		if err != nil || len(list) != 1 || !list[0].Active || list[0].Grantee != provider || list[0].Categories != req.Grant.Categories {
			t.Fatalf("grants of the patient: %+v %v", list, err)
		}
	})

	t.Run("a signed revocation from ethers ends the access", func(t *testing.T) {
		rreq := req
		rreq.Kind = "revoke"
		td, err := consent.TypedData(ctx, rreq)
		if err != nil {
			t.Fatal(err)
		}
		if td["message"].(map[string]any)["nonce"] != "1" {
			t.Fatalf("typed data nonce %v, want 1", td["message"])
		}
		sig, _ := sign(t, td)
		if _, err := consent.RelayRevoke(ctx, api.SignedRevoke{Patient: patient, Grantee: provider, Purpose: api.PurposeTreatment,
			Nonce: big.NewInt(1), Deadline: deadline, Signature: sig}); err != nil {
			t.Fatal(err)
		}
		ok, _ := grants.HasAccess(&bind.CallOpts{}, patient, provider, uint8(api.CategoryLabResults), uint8(api.PurposeTreatment))
		if ok {
			t.Fatal("access remains after the relayed revocation")
		}
		list, err := consent.Grants(ctx, api.GrantQuery{Grantee: &provider, All: true})
		if err != nil || len(list) != 0 {
			t.Fatalf("revoked grants listed: %+v %v", list, err)
		}
	})

	t.Run("emergency access by the provider is listed for the patient", func(t *testing.T) {
		ea, err := consent.OpenEmergencyAccess(ctx, provider, patient, [32]byte{'E', 'R'})
		if err != nil {
			t.Fatal(err)
		}
		if ea.ExpiresAt.Before(time.Now().Add(23 * time.Hour)) {
			t.Fatalf("emergency access expires at %v", ea.ExpiresAt)
		}
		list, err := consent.Grants(ctx, api.GrantQuery{Patient: &patient})
		if err != nil || len(list) != 1 || list[0].Purpose != api.PurposeEmergency || !list[0].Active {
			t.Fatalf("grants %+v %v", list, err)
		}
		// A stranger is no provider.
		strangerKey, _ := crypto.GenerateKey()
		stranger := sender.AddKey(strangerKey)
		_, err = consent.OpenEmergencyAccess(ctx, stranger, patient, [32]byte{1})
		if err == nil {
			t.Fatal("a stranger opened emergency access")
		}
	})
}
