package keys_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/backend/keys"
)

func TestStore(t *testing.T) {
	dir := t.TempDir()
	s, err := keys.Open(dir, "pw", keys.Options{LightScrypt: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("ensure creates once and then returns the same account", func(t *testing.T) {
		a, created, err := s.Ensure("regulator")
		if err != nil || !created {
			t.Fatalf("got created=%v err=%v, want a new key", created, err)
		}
		b, created, err := s.Ensure("regulator")
		if err != nil || created || a != b {
			t.Fatalf("got %s created=%v err=%v, want %s unchanged", b, created, err, a)
		}
	})
	t.Run("names survive reopening the store", func(t *testing.T) {
		a, _ := s.Lookup("regulator")
		s2, err := keys.Open(dir, "pw", keys.Options{LightScrypt: true})
		if err != nil {
			t.Fatal(err)
		}
		b, ok := s2.Lookup("regulator")
		if !ok || a != b {
			t.Fatalf("got %s %v, want %s", b, ok, a)
		}
	})
	t.Run("invalid names are refused", func(t *testing.T) {
		for _, n := range []string{"", "Upper", "a b", "../x", string(make([]byte, 70))} {
			if _, _, err := s.Ensure(n); !errors.Is(err, keys.ErrInvalidName) {
				t.Errorf("Ensure(%q) = %v, want ErrInvalidName", n, err)
			}
		}
	})
	t.Run("a signer signs only for its own address", func(t *testing.T) {
		a, _ := s.Lookup("regulator")
		sign, err := s.SignerFn(a, big.NewInt(7))
		if err != nil {
			t.Fatal(err)
		}
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(7), Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
		signed, err := sign(a, tx)
		if err != nil {
			t.Fatal(err)
		}
		from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(7)), signed)
		if err != nil || from != a {
			t.Fatalf("recovered %s (%v), want %s", from, err, a)
		}
		if _, err := sign(common.Address{1}, tx); err == nil {
			t.Fatal("signing for another address succeeded")
		}
	})
	t.Run("imported key round-trips through PrivateKey", func(t *testing.T) {
		k, _ := crypto.GenerateKey()
		a, err := s.Import("signer", k)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.PrivateKey(a)
		if err != nil || !got.Equal(k) {
			t.Fatalf("got %v, want the imported key", err)
		}
	})
	t.Run("wrong password is reported", func(t *testing.T) {
		bad, err := keys.Open(dir, "nope", keys.Options{LightScrypt: true})
		if err != nil {
			t.Fatal(err)
		}
		a, _ := bad.Lookup("regulator")
		if err := bad.Unlock(a); !errors.Is(err, keys.ErrWrongPassword) {
			t.Fatalf("got %v, want ErrWrongPassword", err)
		}
	})
	t.Run("unknown account is reported", func(t *testing.T) {
		if err := s.Unlock(common.Address{9}); !errors.Is(err, keys.ErrUnknownAccount) {
			t.Fatalf("got %v, want ErrUnknownAccount", err)
		}
	})
}
