package webhooks

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
)

// SecretPrefix starts every signing secret.
const SecretPrefix = "whsec_"

// Errors of [Verify]. Each wraps ErrSignature.
var (
	// ErrSignature is wrapped by every verification failure.
	ErrSignature = errors.New("webhooks: signature not verified")
	// ErrSignatureHeader: the header is not t=<unix>,v1=<hex>[,v1=<hex>…].
	ErrSignatureHeader = errors.New("webhooks: malformed signature header")
	// ErrSignatureTimestamp: the timestamp is outside the tolerance.
	ErrSignatureTimestamp = errors.New("webhooks: signature timestamp outside the tolerance")
	// ErrSignatureMismatch: no v1 signature matches the body and secret.
	ErrSignatureMismatch = errors.New("webhooks: no signature matches")
)

// maxSignatureHeader bounds the header Verify parses.
const maxSignatureHeader = 1024

// newSecret returns a fresh signing secret: SecretPrefix and 32 random bytes
// in unpadded base64url.
func newSecret() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return SecretPrefix + base64.RawURLEncoding.EncodeToString(buf), nil
}

// Sign returns the X-Salus-Signature header value for body sent at time t:
// "t=<unix seconds>,v1=<hex HMAC-SHA256>", where the HMAC's key is the
// secret string's bytes (prefix included) and its message is the decimal
// timestamp, a dot and the body.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac(secret, ts, body))
}

func mac(secret, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

// Verify checks a delivery's X-Salus-Signature header against the raw body
// as received and the subscription's secret, with [DefaultTolerance] around
// now. It returns nil when some v1 signature matches (several may be sent)
// and the timestamp is within the tolerance, and otherwise an error wrapping
// [ErrSignature] and one of [ErrSignatureHeader], [ErrSignatureTimestamp]
// or [ErrSignatureMismatch]. Unknown keys in the header are ignored, so
// future schemes can be added beside v1.
//
// Receivers must verify the exact bytes received, before parsing them, and
// should also ignore a delivery id they have already processed: the
// tolerance limits replays of a captured request, deduplication removes
// them.
func Verify(secret, header string, body []byte, now time.Time) error {
	return VerifyTolerance(secret, header, body, now, DefaultTolerance)
}

// VerifyTolerance is [Verify] with a tolerance of the caller's choosing.
func VerifyTolerance(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	ts, sigs, err := parseSignatureHeader(header)
	if err != nil {
		return errors.Join(ErrSignature, err)
	}
	t := time.Unix(ts, 0)
	if d := now.Sub(t); d > tolerance || d < -tolerance {
		return errors.Join(ErrSignature, ErrSignatureTimestamp)
	}
	want := mac(secret, strconv.FormatInt(ts, 10), body)
	ok := false
	for _, s := range sigs {
		// Every candidate is compared, in constant time each.
		ok = hmac.Equal(s, want) || ok
	}
	if !ok {
		return errors.Join(ErrSignature, ErrSignatureMismatch)
	}
	return nil
}

// parseSignatureHeader reads "t=<unix>,v1=<hex>[,…]": exactly one t, a
// decimal without sign or leading zeros; at least one v1 of 64 hex digits.
// Items of other keys are skipped; empty items and items without "=" are
// refused.
func parseSignatureHeader(h string) (int64, [][]byte, error) {
	if h == "" || len(h) > maxSignatureHeader {
		return 0, nil, ErrSignatureHeader
	}
	var (
		ts    int64
		haveT bool
		sigs  [][]byte
	)
	for _, item := range strings.Split(h, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(item), "=")
		if !ok || k == "" {
			return 0, nil, ErrSignatureHeader
		}
		switch k {
		case "t":
			if haveT || !decimal(v) {
				return 0, nil, ErrSignatureHeader
			}
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return 0, nil, ErrSignatureHeader
			}
			ts, haveT = n, true
		case "v1":
			if len(v) != 2*sha256.Size {
				return 0, nil, ErrSignatureHeader
			}
			b, err := hex.DecodeString(v)
			if err != nil {
				return 0, nil, ErrSignatureHeader
			}
			sigs = append(sigs, b)
		}
	}
	if !haveT || len(sigs) == 0 {
		return 0, nil, ErrSignatureHeader
	}
	return ts, sigs, nil
}

// decimal reports whether s is a decimal number without sign or leading
// zeros, of at most 18 digits.
func decimal(s string) bool {
	if s == "" || len(s) > 18 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
