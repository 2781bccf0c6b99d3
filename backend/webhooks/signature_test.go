package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	testSecret = "whsec_" + strings.Repeat("A", 43)
	testBody   = []byte(`{"id":"0x01:0","type":"ClaimPaid"}`)
	testTime   = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
)

func TestSignAndVerify(t *testing.T) {
	header := Sign(testSecret, testTime, testBody)
	t.Run("a signature made with the secret verifies", func(t *testing.T) {
		if err := Verify(testSecret, header, testBody, testTime.Add(4*time.Minute)); err != nil {
			t.Fatalf("Verify: %v", err)
		}
	})
	t.Run("the header is t and v1 as documented", func(t *testing.T) {
		m := hmac.New(sha256.New, []byte(testSecret))
		m.Write([]byte(strconv.FormatInt(testTime.Unix(), 10) + "." + string(testBody)))
		want := "t=" + strconv.FormatInt(testTime.Unix(), 10) + ",v1=" + hex.EncodeToString(m.Sum(nil))
		if header != want {
			t.Fatalf("got %q, want %q", header, want)
		}
	})
	tampered := append([]byte(nil), testBody...)
	tampered[len(tampered)-3] ^= 1
	otherTS := strings.Replace(header, "t="+strconv.FormatInt(testTime.Unix(), 10), "t="+strconv.FormatInt(testTime.Unix()+1, 10), 1)
	good := header[strings.Index(header, "v1=")+3:]
	tests := []struct {
		name   string
		secret string
		header string
		body   []byte
		now    time.Time
		want   error
	}{
		{"a changed body is refused", testSecret, header, tampered, testTime, ErrSignatureMismatch},
		{"another secret is refused", testSecret + "x", header, testBody, testTime, ErrSignatureMismatch},
		{"a changed timestamp is refused", testSecret, otherTS, testBody, testTime, ErrSignatureMismatch},
		{"a signature older than five minutes is refused", testSecret, header, testBody, testTime.Add(5*time.Minute + time.Second), ErrSignatureTimestamp},
		{"a signature from the future is refused", testSecret, header, testBody, testTime.Add(-6 * time.Minute), ErrSignatureTimestamp},
		{"an empty header is refused", testSecret, "", testBody, testTime, ErrSignatureHeader},
		{"a header without t is refused", testSecret, "v1=" + good, testBody, testTime, ErrSignatureHeader},
		{"a header without v1 is refused", testSecret, "t=" + strconv.FormatInt(testTime.Unix(), 10), testBody, testTime, ErrSignatureHeader},
		{"two timestamps are refused", testSecret, header + ",t=1", testBody, testTime, ErrSignatureHeader},
		{"a short v1 is refused", testSecret, "t=1,v1=abcd", testBody, testTime, ErrSignatureHeader},
		{"a signed timestamp is refused", testSecret, "t=+" + header[2:], testBody, testTime, ErrSignatureHeader},
		{"one matching v1 among others verifies", testSecret, header + ",v1=" + strings.Repeat("0", 64) + ",v0=legacy", testBody, testTime, nil},
		{"spaces around items are tolerated", testSecret, strings.ReplaceAll(header, ",", " , "), testBody, testTime, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Verify(tt.secret, tt.header, tt.body, tt.now)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("got %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.want) || !errors.Is(err, ErrSignature) {
				t.Fatalf("got %v, want %v wrapping ErrSignature", err, tt.want)
			}
		})
	}
}

func TestNewSecretsDiffer(t *testing.T) {
	a, err := newSecret()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := newSecret()
	if a == b || !strings.HasPrefix(a, SecretPrefix) {
		t.Fatalf("secrets %q and %q", a, b)
	}
}

// FuzzVerifyHeader checks the header parser on any input: it never panics,
// and Verify accepts a header only when one of its v1 values is the right
// HMAC for its timestamp.
func FuzzVerifyHeader(f *testing.F) {
	f.Add(Sign(testSecret, testTime, testBody))
	f.Add("t=1748779200,v1=" + strings.Repeat("ab", 32))
	f.Add("t=,v1=")
	f.Add("v1=" + strings.Repeat("0", 64) + ",t=01")
	f.Add(",,,=,t=1=2")
	f.Fuzz(func(t *testing.T, header string) {
		err := Verify(testSecret, header, testBody, testTime)
		ts, sigs, perr := parseSignatureHeader(header)
		if perr != nil {
			if err == nil {
				t.Fatalf("Verify accepted %q, which does not parse: %v", header, perr)
			}
			return
		}
		if err != nil {
			return
		}
		want := mac(testSecret, strconv.FormatInt(ts, 10), testBody)
		for _, s := range sigs {
			if hmac.Equal(s, want) {
				return
			}
		}
		t.Fatalf("Verify accepted %q without a matching signature", header)
	})
}
