package envelope

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

func testRecipient(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return priv
}

// registryForm returns pub as the Registry stores it, 64 bytes X‖Y.
func registryForm(pub *ecdsa.PublicKey) []byte {
	return crypto.FromECDSAPub(pub)[1:]
}

func TestWrapRoundTrip(t *testing.T) {
	priv := testRecipient(t)
	dataKey := testKey(t)
	for _, form := range []struct {
		name string
		b    []byte
	}{
		{"64-byte X‖Y", registryForm(&priv.PublicKey)},
		{"65-byte 0x04‖X‖Y", crypto.FromECDSAPub(&priv.PublicKey)},
	} {
		t.Run("a key wrapped to the "+form.name+" form unwraps", func(t *testing.T) {
			pub, err := ParsePublicKey(form.b)
			if err != nil {
				t.Fatal(err)
			}
			for _, ad := range [][]byte{testAD, nil, bytes.Repeat([]byte{0xa5}, 1000)} {
				wrapped, err := Wrap(pub, dataKey, ad)
				if err != nil {
					t.Fatal(err)
				}
				if len(wrapped) != WrappedKeySize || wrapped[0] != wrapVersion1 {
					t.Fatalf("wrapped key is %d bytes starting 0x%02x, want %d starting 0x01", len(wrapped), wrapped[0], WrappedKeySize)
				}
				got, err := Unwrap(priv, wrapped, ad)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, dataKey) {
					t.Fatal("unwrapped key differs")
				}
			}
		})
	}
	t.Run("wrapping twice gives different bytes", func(t *testing.T) {
		a, err := Wrap(&priv.PublicKey, dataKey, testAD)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Wrap(&priv.PublicKey, dataKey, testAD)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(a, b) {
			t.Fatal("two wraps are equal")
		}
	})
}

// TestWrappedKeyLayout checks the documented layout: a version byte, then
// go-ethereum ECIES with s1 = wrapInfo and s2 = the associated data.
func TestWrappedKeyLayout(t *testing.T) {
	priv := testRecipient(t)
	dataKey := testKey(t)
	wrapped, err := Wrap(&priv.PublicKey, dataKey, testAD)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := elliptic.Unmarshal(crypto.S256(), wrapped[1:66]); x == nil {
		t.Error("bytes 1..65 are not an uncompressed secp256k1 point")
	}
	got, err := ecies.ImportECDSA(priv).Decrypt(wrapped[1:], []byte("salus envelope v1 key wrap"), testAD)
	if err != nil {
		t.Fatalf("plain ECIES decryption: %v", err)
	}
	if !bytes.Equal(got, dataKey) {
		t.Fatal("plain ECIES decryption gives another key")
	}

	t.Run("ECIES without the key-wrap label does not unwrap", func(t *testing.T) {
		ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&priv.PublicKey), dataKey, nil, testAD)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Unwrap(priv, append([]byte{wrapVersion1}, ct...), testAD); !errors.Is(err, ErrAuth) {
			t.Fatalf("got %v, want ErrAuth", err)
		}
	})
}

func TestUnwrapRejects(t *testing.T) {
	priv := testRecipient(t)
	dataKey := testKey(t)
	wrapped, err := Wrap(&priv.PublicKey, dataKey, testAD)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		priv    *ecdsa.PrivateKey
		wrapped []byte
		ad      []byte
		want    error
	}{
		{"another recipient's key", testRecipient(t), wrapped, testAD, ErrAuth},
		{"other associated data", priv, wrapped, []byte("patient=0x1111|category=imaging|version=4"), ErrAuth},
		{"associated data with a byte moved to the ciphertext", priv, append(bytes.Clone(wrapped), testAD[0]), testAD[1:], ErrFormat},
		{"no associated data", priv, wrapped, nil, ErrAuth},
		{"a truncated wrapped key", priv, wrapped[:WrappedKeySize-1], testAD, ErrFormat},
		{"an extended wrapped key", priv, append(bytes.Clone(wrapped), 0), testAD, ErrFormat},
		{"an empty wrapped key", priv, nil, testAD, ErrFormat},
		{"version 2", priv, append([]byte{2}, wrapped[1:]...), testAD, ErrFormat},
		{"version 0", priv, append([]byte{0}, wrapped[1:]...), testAD, ErrFormat},
	}
	for off := 1; off < WrappedKeySize; off++ {
		b := bytes.Clone(wrapped)
		b[off] ^= 1 << (off % 8)
		tests = append(tests, struct {
			name    string
			priv    *ecdsa.PrivateKey
			wrapped []byte
			ad      []byte
			want    error
		}{fmt.Sprintf("a bit flipped in byte %d", off), priv, b, testAD, ErrAuth})
	}
	for _, tt := range tests {
		t.Run(tt.name+" fails", func(t *testing.T) {
			got, err := Unwrap(tt.priv, tt.wrapped, tt.ad)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if got != nil {
				t.Fatal("returned a key with the error")
			}
		})
	}
}

func TestWrapRejectsInvalidKeys(t *testing.T) {
	priv := testRecipient(t)
	p256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	offCurve := &ecdsa.PublicKey{Curve: crypto.S256(), X: big.NewInt(1), Y: big.NewInt(1)}
	for _, tt := range []struct {
		name    string
		pub     *ecdsa.PublicKey
		dataKey []byte
	}{
		{"no public key", nil, testKey(t)},
		{"a public key without coordinates", &ecdsa.PublicKey{Curve: crypto.S256()}, testKey(t)},
		{"a P-256 public key", &p256.PublicKey, testKey(t)},
		{"a point off the curve", offCurve, testKey(t)},
		{"the point at infinity", &ecdsa.PublicKey{Curve: crypto.S256(), X: new(big.Int), Y: new(big.Int)}, testKey(t)},
		{"a 16-byte data key", &priv.PublicKey, make([]byte, 16)},
		{"an empty data key", &priv.PublicKey, nil},
	} {
		t.Run("Wrap refuses "+tt.name, func(t *testing.T) {
			if _, err := Wrap(tt.pub, tt.dataKey, testAD); !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("got %v, want ErrInvalidKey", err)
			}
		})
	}

	wrapped, err := Wrap(&priv.PublicKey, testKey(t), testAD)
	if err != nil {
		t.Fatal(err)
	}
	n := crypto.S256().Params().N
	for _, tt := range []struct {
		name string
		priv *ecdsa.PrivateKey
	}{
		{"no private key", nil},
		{"a private key without a scalar", &ecdsa.PrivateKey{PublicKey: priv.PublicKey}},
		{"a zero scalar", &ecdsa.PrivateKey{PublicKey: priv.PublicKey, D: new(big.Int)}},
		{"a scalar equal to the group order", &ecdsa.PrivateKey{PublicKey: priv.PublicKey, D: new(big.Int).Set(n)}},
		{"a scalar wider than 256 bits", &ecdsa.PrivateKey{PublicKey: priv.PublicKey, D: new(big.Int).Lsh(big.NewInt(1), 300)}},
		{"a P-256 private key", p256},
	} {
		t.Run("Unwrap refuses "+tt.name, func(t *testing.T) {
			if _, err := Unwrap(tt.priv, wrapped, testAD); !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("got %v, want ErrInvalidKey", err)
			}
		})
	}
}

// aliasedX returns a 64-byte X‖Y encoding of a curve point whose X is
// written as x+p, which still fits in 32 bytes: IsOnCurve reduces modulo p
// and would accept it.
func aliasedX(t *testing.T) []byte {
	t.Helper()
	params := crypto.S256().Params()
	for x := int64(1); x < 1000; x++ {
		bx := big.NewInt(x)
		rhs := new(big.Int).Exp(bx, big.NewInt(3), params.P)
		rhs.Add(rhs, params.B).Mod(rhs, params.P)
		y := new(big.Int).ModSqrt(rhs, params.P)
		if y == nil {
			continue
		}
		aliased := new(big.Int).Add(bx, params.P)
		if !crypto.S256().IsOnCurve(aliased, y) {
			t.Fatalf("IsOnCurve refuses x+p itself; this case no longer tests the range check")
		}
		b := make([]byte, 64)
		aliased.FillBytes(b[:32])
		y.FillBytes(b[32:])
		return b
	}
	t.Fatal("no small x on the curve")
	return nil
}

func TestParsePublicKey(t *testing.T) {
	priv := testRecipient(t)
	raw := registryForm(&priv.PublicKey)
	params := crypto.S256().Params()
	p := params.P
	withY := func(y *big.Int) []byte {
		b := bytes.Clone(raw)
		y.FillBytes(b[32:])
		return b
	}
	valid := []struct {
		name string
		b    []byte
	}{
		{"64 bytes X‖Y", raw},
		{"65 bytes 0x04‖X‖Y", append([]byte{4}, raw...)},
		{"the generator", append(params.Gx.FillBytes(make([]byte, 32)), params.Gy.FillBytes(make([]byte, 32))...)},
	}
	for _, tt := range valid {
		t.Run(tt.name+" is accepted", func(t *testing.T) {
			pub, err := ParsePublicKey(tt.b)
			if err != nil {
				t.Fatal(err)
			}
			if got := registryForm(pub); !bytes.Equal(got, tt.b[len(tt.b)-64:]) {
				t.Fatalf("parsed key re-encodes as %x", got)
			}
		})
	}
	invalid := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"63 bytes", raw[:63]},
		{"66 bytes", append([]byte{4, 4}, raw...)},
		{"33 bytes compressed", crypto.CompressPubkey(&priv.PublicKey)},
		{"65 bytes with prefix 0x02", append([]byte{2}, raw...)},
		{"65 bytes with prefix 0x00", append([]byte{0}, raw...)},
		{"the zero point", make([]byte, 64)},
		{"the zero point with prefix 0x04", append([]byte{4}, make([]byte, 64)...)},
		{"a point off the curve (1, 1)", append(big.NewInt(1).FillBytes(make([]byte, 32)), big.NewInt(1).FillBytes(make([]byte, 32))...)},
		{"a valid key with Y changed by one", withY(new(big.Int).Add(priv.PublicKey.Y, big.NewInt(1)))},
		{"Y equal to p", withY(p)},
		{"all ones", bytes.Repeat([]byte{0xff}, 64)},
		{"a curve point with X written as x+p", aliasedX(t)},
	}
	for _, tt := range invalid {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			pub, err := ParsePublicKey(tt.b)
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("got %v, %v, want ErrInvalidKey", pub, err)
			}
		})
	}
}
