package api

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

func TestWebApp(t *testing.T) {
	h := newHarness(t)
	rec := h.do(t, request{method: http.MethodGet, path: "/app"})
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET /app: got %d %s, want 200 text/html", rec.Code, rec.Header().Get("Content-Type"))
	}
	page := rec.Body.String()

	t.Run("the page may load from its own origin only", func(t *testing.T) {
		csp := rec.Header().Get("Content-Security-Policy")
		if csp != cspApp {
			t.Errorf("CSP: got %q, want %q", csp, cspApp)
		}
		for _, loose := range []string{"unsafe", "http", "data:", "blob:", "*", "wss:"} {
			if strings.Contains(csp, loose) {
				t.Errorf("CSP %q allows %s", csp, loose)
			}
		}
		for _, d := range []string{"default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"} {
			if !strings.Contains(csp, d) {
				t.Errorf("CSP %q lacks %s", csp, d)
			}
		}
		if got := rec.Header().Get("X-Frame-Options"); got != "DENY" {
			t.Errorf("X-Frame-Options: got %q", got)
		}
	})

	t.Run("everything the page links is served with its media type", func(t *testing.T) {
		want := map[string]string{
			"/app/app.js":   "text/javascript; charset=utf-8",
			"/app/app.css":  "text/css; charset=utf-8",
			"/app/icon.svg": "image/svg+xml",
		}
		linked := map[string]bool{}
		for _, m := range regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(page, -1) {
			linked[m[1]] = true
		}
		for path := range want {
			if !linked[path] {
				t.Errorf("the page does not link %s", path)
			}
		}
		for path := range linked {
			rec := h.do(t, request{method: http.MethodGet, path: path})
			if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
				t.Errorf("GET %s: got %d with %d bytes", path, rec.Code, rec.Body.Len())
				continue
			}
			if ct, ok := want[path]; ok && rec.Header().Get("Content-Type") != ct {
				t.Errorf("GET %s: Content-Type %q, want %q", path, rec.Header().Get("Content-Type"), ct)
			}
			if rec.Header().Get("Content-Security-Policy") != cspApp || rec.Header().Get("Cache-Control") != "no-cache" {
				t.Errorf("GET %s: CSP %q, Cache-Control %q", path, rec.Header().Get("Content-Security-Policy"), rec.Header().Get("Cache-Control"))
			}
		}
		if rec := h.do(t, request{method: http.MethodGet, path: "/app/THIRD-PARTY-NOTICES.txt"}); rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
			t.Errorf("the third-party notices: got %d %s", rec.Code, rec.Header().Get("Content-Type"))
		}
	})

	t.Run("no file loads anything from another origin", func(t *testing.T) {
		files, err := webApp()
		if err != nil {
			t.Fatal(err)
		}
		for name, a := range files {
			if !strings.HasSuffix(name, ".js") && !strings.HasSuffix(name, ".css") && !strings.HasSuffix(name, ".html") {
				continue
			}
			for _, p := range remoteLoads {
				if p.what == "the online validator" {
					continue
				}
				if loc := p.re.FindIndex(a.data); loc != nil {
					t.Errorf("%s contains %s: %q", name, p.what, a.data[max(0, loc[0]-40):min(len(a.data), loc[1]+40)])
				}
			}
		}
	})

	t.Run("unknown files are a JSON 404 and known ones are revalidated", func(t *testing.T) {
		for _, path := range []string{"/app/app.js.map", "/app/", "/app/../openapi.yaml", "/app/src"} {
			rec := h.do(t, request{method: http.MethodGet, path: path})
			if rec.Code != http.StatusNotFound || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
				t.Errorf("GET %s: got %d %s, want a JSON 404", path, rec.Code, rec.Header().Get("Content-Type"))
			}
		}
		first := h.do(t, request{method: http.MethodGet, path: "/app/app.js"})
		etag := first.Header().Get("ETag")
		if etag == "" {
			t.Fatal("no ETag")
		}
		rec := h.do(t, request{method: http.MethodGet, path: "/app/app.js", header: map[string]string{"If-None-Match": etag}})
		if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
			t.Errorf("revalidation: got %d with %d bytes, want 304 and no body", rec.Code, rec.Body.Len())
		}
	})

	t.Run("the page is the app's index, also by its name", func(t *testing.T) {
		rec := h.do(t, request{method: http.MethodGet, path: "/app/index.html"})
		if rec.Body.String() != page || !strings.Contains(page, `<script type="module" src="/app/app.js"></script>`) {
			t.Errorf("/app/index.html differs from /app or does not load /app/app.js")
		}
	})
}

func TestLoadApp(t *testing.T) {
	t.Run("a build without index.html is refused", func(t *testing.T) {
		if _, err := loadApp(fstest.MapFS{"app.js": {Data: []byte("x")}}); err == nil || !strings.Contains(err.Error(), "npm run build") {
			t.Errorf("got %v, want an error that says how to build", err)
		}
	})
	t.Run("files get their media type and the app's CSP", func(t *testing.T) {
		files, err := loadApp(fstest.MapFS{"index.html": {Data: []byte("<!DOCTYPE html>")}, "a.css": {Data: []byte("b{}")}, "dir/x.js": {Data: []byte("1")}})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != 2 || files["a.css"].contentType != "text/css; charset=utf-8" || files["index.html"].csp != cspApp {
			t.Errorf("got %+v", files)
		}
	})
}
