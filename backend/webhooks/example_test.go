package webhooks_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/salus-health/salus/backend/webhooks"
)

// A receiver checks each delivery's signature over the raw body, then
// ignores delivery ids it has processed already (deliveries come at least
// once), and answers 2xx.
func ExampleVerify() {
	secret := "whsec_CQmQ4r0E1bWQ2m2i5kQ3bq2xKx8n8b3V1i9iQm2nWcE" // from POST /v1/webhooks, kept by the receiver
	var (
		mu   sync.Mutex
		seen = map[string]bool{}
	)
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "unreadable", http.StatusBadRequest)
			return
		}
		if err := webhooks.Verify(secret, r.Header.Get(webhooks.HeaderSignature), body, time.Now()); err != nil {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		mu.Lock()
		dup := seen[r.Header.Get(webhooks.HeaderDelivery)]
		seen[r.Header.Get(webhooks.HeaderDelivery)] = true
		mu.Unlock()
		if dup {
			w.WriteHeader(http.StatusOK) // processed before: acknowledge only
			return
		}
		var p webhooks.Payload
		_ = json.Unmarshal(body, &p)
		fmt.Println("got", p.Type, "of claim", p.ClaimID[:10], "amount", p.Amount)
		w.WriteHeader(http.StatusNoContent)
	})

	// What the service sends, simulated twice (a retry after a lost answer).
	body := []byte(`{"id":"0x5c…:2","type":"ClaimPaid","claimId":"0x8f2a77c1d2e3f405","amount":"34.000000"}`)
	for range 2 {
		req := httptest.NewRequest(http.MethodPost, "/salus", strings.NewReader(string(body)))
		req.Header.Set(webhooks.HeaderDelivery, "17")
		req.Header.Set(webhooks.HeaderSignature, webhooks.Sign(secret, time.Now(), body))
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		fmt.Println(rec.Code)
	}
	// Output:
	// got ClaimPaid of claim 0x8f2a77c1 amount 34.000000
	// 204
	// 200
}
