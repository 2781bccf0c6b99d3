package envelope

import (
	"bytes"
	"errors"
	"io"
	mathrand "math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// Fixed keys for the fuzz targets, so that seeds stay valid across runs.
var (
	fuzzDataKey = bytes.Repeat([]byte{0x42}, KeySize)
	fuzzAD      = []byte("patient=0x2222|category=lab|version=1")
	fuzzSalt    = bytes.Repeat([]byte{0x5a}, saltSize)
)

// fuzzEncrypt encrypts pt deterministically (fixed key and salt) with
// chunk size 2^log2.
func fuzzEncrypt(tb testing.TB, pt []byte, log2 uint8, salt []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w, err := newWriter(&buf, fuzzDataKey, fuzzAD, log2, bytes.NewReader(salt))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := w.Write(pt); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzReader feeds arbitrary bytes to NewReader. It must never panic, must
// fail only with ErrFormat or ErrAuth, and may succeed only on a stream
// that is exactly the encryption of what it returned (under the header's
// salt and chunk size): no unauthenticated or non-canonical stream is
// accepted.
func FuzzReader(f *testing.F) {
	const cs = 1 << minChunkLog2
	for _, n := range []int{0, 1, 100, cs - 1, cs, cs + 1, 2*cs + 3} {
		ct := fuzzEncrypt(f, testPlaintext(n), minChunkLog2, fuzzSalt)
		f.Add(ct)
		f.Add(ct[:len(ct)-1])
		f.Add(append(bytes.Clone(ct), 0))
		flipped := bytes.Clone(ct)
		flipped[len(flipped)-1] ^= 1
		f.Add(flipped)
	}
	f.Add(fuzzEncrypt(f, []byte("default chunk size"), defaultChunkLog2, fuzzSalt))
	f.Add([]byte{})
	f.Add([]byte(magic))
	f.Add(append([]byte(magic), version1, 255))
	f.Add(append(append([]byte(magic), version1, maxChunkLog2), make([]byte, saltSize+tagSize)...))

	f.Fuzz(func(t *testing.T, ct []byte) {
		r, err := NewReader(bytes.NewReader(ct), fuzzDataKey, fuzzAD)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("NewReader: %v, want ErrFormat", err)
			}
			return
		}
		pt, err := io.ReadAll(r)
		if err != nil {
			if !errors.Is(err, ErrAuth) && !errors.Is(err, ErrFormat) {
				t.Fatalf("Read: %v, want ErrAuth or ErrFormat", err)
			}
			return
		}
		again := fuzzEncrypt(t, pt, ct[len(magic)+1], ct[headerSize-saltSize:headerSize])
		if !bytes.Equal(again, ct) {
			t.Fatalf("accepted a %d-byte stream that is not the encryption of its %d-byte plaintext", len(ct), len(pt))
		}
	})
}

// FuzzParsePublicKey checks that ParsePublicKey never panics, fails only
// with ErrInvalidKey, and accepts only canonical encodings of curve points.
func FuzzParsePublicKey(f *testing.F) {
	priv, err := crypto.ToECDSA(bytes.Repeat([]byte{0x11}, 32))
	if err != nil {
		f.Fatal(err)
	}
	full := crypto.FromECDSAPub(&priv.PublicKey)
	f.Add(full)
	f.Add(full[1:])
	f.Add(full[:64])
	f.Add(crypto.CompressPubkey(&priv.PublicKey))
	f.Add(make([]byte, 64))
	f.Add(bytes.Repeat([]byte{0xff}, 65))
	f.Add([]byte{})

	f.Fuzz(func(t *testing.T, b []byte) {
		pub, err := ParsePublicKey(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("got %v, want ErrInvalidKey", err)
			}
			return
		}
		if !crypto.S256().IsOnCurve(pub.X, pub.Y) {
			t.Fatal("accepted a point off the curve")
		}
		if got := crypto.FromECDSAPub(pub)[1:]; !bytes.Equal(got, b[len(b)-64:]) {
			t.Fatalf("accepted %x, which re-encodes as %x", b, got)
		}
	})
}

// FuzzUnwrap checks that Unwrap never panics on arbitrary wrapped keys and
// associated data, fails only with ErrFormat or ErrAuth, and unwraps only
// what was wrapped: every seed wraps fuzzDataKey.
func FuzzUnwrap(f *testing.F) {
	priv, err := crypto.ToECDSA(bytes.Repeat([]byte{0x22}, 32))
	if err != nil {
		f.Fatal(err)
	}
	rnd := mathrand.NewChaCha8([32]byte{'w', 'r', 'a', 'p'})
	for _, ad := range [][]byte{fuzzAD, nil, []byte("x")} {
		wrapped, err := wrap(rnd, &priv.PublicKey, fuzzDataKey, ad)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(wrapped, ad)
		f.Add(wrapped[:len(wrapped)-1], ad)
		f.Add(append(bytes.Clone(wrapped), 0), ad)
		f.Add(wrapped, append(bytes.Clone(ad), 0))
		bad := bytes.Clone(wrapped)
		bad[1] = 2 // compressed ephemeral key prefix
		f.Add(bad, ad)
	}
	f.Add([]byte{}, []byte{})
	f.Add(make([]byte, WrappedKeySize), []byte{})

	f.Fuzz(func(t *testing.T, wrapped, ad []byte) {
		key, err := Unwrap(priv, wrapped, ad)
		if err != nil {
			if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrAuth) {
				t.Fatalf("got %v, want ErrFormat or ErrAuth", err)
			}
			return
		}
		if !bytes.Equal(key, fuzzDataKey) {
			t.Fatalf("unwrapped %x, which was never wrapped", key)
		}
	})
}
