package api

import (
	"net/url"
	"strconv"
	"testing"
)

// Fuzz target of the query of GET /v1/webhooks/{id}/deliveries, with the
// checks of fuzz_test.go. Seed corpus in
// testdata/fuzz/FuzzDecodeWebhookDeliveryQuery/.

func init() {
	seedDecoders["FuzzDecodeWebhookDeliveryQuery"] = func(s string) error { _, err := decodeWebhookDeliveryQuery(s); return err }
}

// FuzzDecodeWebhookDeliveryQuery: a query is refused in the error model
// (400), or gives a limit from 1 to maxPageSize and a cursor that is the
// encoding of its delivery id; the canonical query decodes to the same.
func FuzzDecodeWebhookDeliveryQuery(f *testing.F) {
	for _, s := range []string{"", "limit=200", "cursor=" + encodeWebhookCursor(7) + "&limit=1", "cursor=" + encodeWebhookCursor(1<<63),
		"limit=0", "limit=201", "limit=+5", "limit=1&limit=2", "cursor=", "cursor=VwA", "cursor=AQI", "after=1", "limit=%zz", "limit=1;cursor=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := decodeWebhookDeliveryQuery(raw)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if q.Limit < 1 || q.Limit > maxPageSize {
			t.Fatalf("accepted %q with limit %d", raw, q.Limit)
		}
		v := url.Values{paramLimit: {strconv.Itoa(q.Limit)}}
		if q.Before != 0 {
			v.Set(paramCursor, encodeWebhookCursor(q.Before))
		}
		again, err := decodeWebhookDeliveryQuery(v.Encode())
		if err != nil || again != q {
			t.Fatalf("round trip of %+v: got %+v, %v", q, again, err)
		}
	})
}
