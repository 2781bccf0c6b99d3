package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"testing"
	"time"
)

// TestTransferDeadlines checks over the network that a record upload may take
// longer than the server's ReadTimeout, WriteTimeout and RequestTimeout, up to
// TransferTimeout, while a JSON request may not.
func TestTransferDeadlines(t *testing.T) {
	h := newHarness(t, func(c *Config) {
		c.Addr = "127.0.0.1:0"
		c.ReadHeaderTimeout, c.ReadTimeout = 100*time.Millisecond, 300*time.Millisecond
		c.RequestTimeout, c.WriteTimeout = 300*time.Millisecond, 400*time.Millisecond
		c.TransferTimeout = 10 * time.Second
	})
	ctx := context.Background()
	if err := h.srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer h.srv.Stop(ctx)
	url := "http://" + h.srv.Addr().String()

	// slowBody sends n chunks, one every 100 ms, with an unknown length.
	slowBody := func(chunk []byte, n int) io.Reader {
		pr, pw := io.Pipe()
		go func() {
			for i := 0; i < n; i++ {
				time.Sleep(100 * time.Millisecond)
				if _, err := pw.Write(chunk); err != nil {
					return
				}
			}
			pw.Close()
		}()
		return pr
	}
	client := &http.Client{Timeout: 10 * time.Second}

	t.Run("a slow upload of a record completes", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, url+recordsPath(patientQuery), slowBody([]byte("0123456789"), 8))
		req.Header.Set("Authorization", "Bearer "+hospitalToken)
		req.Header.Set("Content-Type", "application/pdf")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("upload: %v", err)
		}
		body := checkHTTP(t, req, bytes.Repeat([]byte("0123456789"), 8), resp)
		if resp.StatusCode != http.StatusCreated || len(h.records.created) != 80 {
			t.Errorf("got %d %s, %d bytes stored", resp.StatusCode, body, len(h.records.created))
		}
	})
	t.Run("a slow JSON request is cut off by ReadTimeout", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, url+"/v1/grants/signed", slowBody([]byte(" "), 8))
		req.Header.Set("Authorization", "Bearer "+patientToken)
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err == nil {
			defer resp.Body.Close()
			if resp.StatusCode < 400 {
				t.Errorf("got %d, want the request refused", resp.StatusCode)
			}
		}
		if calls := h.consent.called(); len(calls) != 0 {
			t.Errorf("the consent service was called: %+v", calls)
		}
	})
}
