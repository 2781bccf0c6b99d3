package app_test

import (
	"fmt"
	"io"
	"net/url"
	"testing"
	"time"
)

// serialStream yields n serial lines without holding them all.
type serialStream struct {
	i, n int
	buf  []byte
}

func (s *serialStream) Read(p []byte) (int, error) {
	for len(s.buf) < len(p) && s.i < s.n {
		s.buf = fmt.Appendf(s.buf, "SN%012d\r\n", s.i)
		s.i++
	}
	if len(s.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// TestRegisterMillionSerials streams the largest serial list the API takes,
// a million serials, into a batch registration on the embedded stack, and
// verifies packs of it.
func TestRegisterMillionSerials(t *testing.T) {
	if testing.Short() {
		t.Skip("streams a million serials through the stack")
	}
	f := startPharmaFlow(t)
	_, mfrToken := f.institution("acme-pharma", "manufacturer")
	const n = 1_000_000
	gtin := gtinOf("0871234567890")
	expiry := time.Now().UTC().AddDate(3, 0, 0).Truncate(24 * time.Hour)
	q := url.Values{"gtin": {gtin}, "lot": {"LOT-1M"}, "manufactured": {time.Now().UTC().Format(time.DateOnly)},
		"expiry": {expiry.Format(time.DateOnly)}, "minTemperature": {"-2000"}, "maxTemperature": {"-1500"}}
	start := time.Now()
	code, raw, _ := rawDo(t, "POST", f.base+"/v1/batches?"+q.Encode(), mfrToken, "text/plain", &serialStream{n: n})
	if code != 201 {
		t.Fatalf("register: %d %s", code, raw)
	}
	t.Logf("registered %d serials in %v", n, time.Since(start).Round(time.Millisecond))
	id := fmt.Sprint(jsonField(t, raw, "batch", "batchId"))
	if jsonField(t, raw, "batch", "packCount") != float64(n) {
		t.Fatalf("batch: %s", raw)
	}
	b := &flowBatch{id: id, gtin: gtin, lot: "LOT-1M", expiry: expiry}
	for _, i := range []int{0, 654_321, n - 1} {
		v := f.mustDo("GET", "/v1/verify?code="+url.QueryEscape(b.code(fmt.Sprintf("SN%012d", i))), "", nil, 200)
		if v["status"] != "active" {
			t.Fatalf("serial %d: %v", i, v)
		}
	}
	if v := f.mustDo("GET", "/v1/verify?code="+url.QueryEscape(b.code(fmt.Sprintf("SN%012d", n))), "", nil, 200); v["authentic"] != false {
		t.Fatalf("serial %d, not in the list: %v", n, v)
	}
}
