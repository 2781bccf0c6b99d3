package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// remoteLoads are what a page or stylesheet would use to load something from
// another origin. The bundle mentions plenty of URLs in links and messages; these
// patterns match only loads.
var remoteLoads = []struct {
	re   *regexp.Regexp
	what string
}{
	{regexp.MustCompile(`(?i)@import`), "a CSS @import"},
	{regexp.MustCompile(`(?i)url\(\s*["']?(https?:)?//`), "a url() to another origin"},
	{regexp.MustCompile(`(?i)url\(\s*["']?data:`), "a data: URL, which the CSP refuses"},
	{regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//`), "an element loading from another origin"},
	{regexp.MustCompile(`(?i)fonts\.(googleapis|gstatic)\.com`), "a web font service"},
	{regexp.MustCompile(`(?i)(unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com)`), "a CDN"},
	{regexp.MustCompile(`(?i)validator\.swagger\.io`), "the online validator"},
	{regexp.MustCompile(`sourceMappingURL`), "a source map that is not shipped"},
}

func TestDocsPage(t *testing.T) {
	h := newHarness(t)
	rec := h.do(t, request{method: http.MethodGet, path: "/docs"})
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET /docs: got %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") ||
		strings.Contains(csp, "unsafe") || strings.Contains(csp, "http") || strings.Contains(csp, "data:") || strings.Contains(csp, "*") {
		t.Errorf("CSP of /docs: got %q, want 'self' only", csp)
	}
	page := rec.Body.String()
	if strings.Contains(page, "<script>") || strings.Contains(page, "<style") || strings.Contains(page, " style=") {
		t.Errorf("the page has inline script or style, which its CSP refuses")
	}

	t.Run("everything the page and its stylesheets link is served", func(t *testing.T) {
		refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1)
		var linked []string
		for _, m := range refs {
			linked = append(linked, m[1])
		}
		for _, css := range []string{"swagger-ui.css", "docs.css"} {
			rec := h.do(t, request{method: http.MethodGet, path: "/docs/" + css})
			for _, m := range regexp.MustCompile(`url\(\s*["']?([^"')]+)`).FindAllStringSubmatch(rec.Body.String(), -1) {
				linked = append(linked, "/docs/"+m[1])
			}
		}
		if len(linked) < 10 {
			t.Fatalf("found only %d links: %v", len(linked), linked)
		}
		for _, l := range linked {
			if l == "/openapi.yaml" || l == "/openapi.json" {
				continue
			}
			if !strings.HasPrefix(l, "/docs/") {
				t.Errorf("link %q is not to /docs/", l)
				continue
			}
			rec := h.do(t, request{method: http.MethodGet, path: l})
			if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
				t.Errorf("GET %s: got %d with %d bytes", l, rec.Code, rec.Body.Len())
			}
		}
	})

	t.Run("the page renders this server's description", func(t *testing.T) {
		rec := h.do(t, request{method: http.MethodGet, path: "/docs/init.js"})
		js := rec.Body.String()
		if !strings.Contains(js, `url: "/openapi.json"`) || !strings.Contains(js, "validatorUrl: null") {
			t.Errorf("init.js does not load /openapi.json with the validator off:\n%s", js)
		}
		if ct := rec.Header().Get("Content-Type"); ct != "text/javascript; charset=utf-8" {
			t.Errorf("Content-Type of init.js: got %q", ct)
		}
	})

	t.Run("no file loads anything from another origin", func(t *testing.T) {
		for name, a := range h.srv.docs {
			if !strings.HasSuffix(name, ".js") && !strings.HasSuffix(name, ".css") && !strings.HasSuffix(name, ".html") && !strings.HasSuffix(name, ".svg") {
				continue
			}
			for _, p := range remoteLoads {
				if loc := p.re.FindIndex(a.data); loc != nil {
					t.Errorf("%s contains %s: %q", name, p.what, a.data[max(0, loc[0]-40):min(len(a.data), loc[1]+40)])
				}
			}
		}
	})

	t.Run("unknown files are a JSON 404 and known ones are revalidated", func(t *testing.T) {
		if rec := h.do(t, request{method: http.MethodGet, path: "/docs/swagger-ui-bundle.js.map"}); rec.Code != http.StatusNotFound {
			t.Errorf("a source map: got %d, want 404", rec.Code)
		}
		if rec := h.do(t, request{method: http.MethodGet, path: "/docs/"}); rec.Code != http.StatusNotFound {
			t.Errorf("/docs/: got %d, want 404", rec.Code)
		}
		first := h.do(t, request{method: http.MethodGet, path: "/docs/swagger-ui-bundle.js"})
		rec := h.do(t, request{method: http.MethodGet, path: "/docs/swagger-ui-bundle.js", header: map[string]string{"If-None-Match": "W/" + first.Header().Get("ETag")}})
		if rec.Code != http.StatusNotModified {
			t.Errorf("revalidation: got %d, want 304", rec.Code)
		}
	})
}

// TestDocsDistUpToDate rebuilds the documentation from the pinned npm package
// and fails if the committed docs/dist differs. It needs node and
// docs/node_modules (npm ci in backend/api/docs); without them it is skipped,
// except under CI, where it fails.
func TestDocsDistUpToDate(t *testing.T) {
	var missing string
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not in PATH"
	} else if _, err := os.Stat(filepath.Join("docs", "node_modules", "swagger-ui-dist", "package.json")); err != nil {
		missing = "backend/api/docs/node_modules is absent"
	}
	if missing != "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s: run npm ci --ignore-scripts in backend/api/docs", missing)
		}
		t.Skipf("%s: run npm ci --ignore-scripts in backend/api/docs", missing)
	}
	// The inputs, read so that go test's cache notices when they change.
	for _, f := range []string{"package.json", "package-lock.json", "build.mjs", filepath.Join("node_modules", "swagger-ui-dist", "package.json"),
		filepath.Join("node_modules", "swagger-ui-dist", "swagger-ui-bundle.js"), filepath.Join("node_modules", "swagger-ui-dist", "swagger-ui.css")} {
		if _, err := os.ReadFile(filepath.Join("docs", f)); err != nil {
			t.Fatal(err)
		}
	}
	srcs, _ := os.ReadDir(filepath.Join("docs", "src"))
	for _, e := range srcs {
		_, _ = os.ReadFile(filepath.Join("docs", "src", e.Name()))
	}

	out := t.TempDir()
	cmd := exec.Command("node", "build.mjs", out)
	cmd.Dir = "docs"
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node build.mjs: %v\n%s", err, msg)
	}
	fresh, committed := readDir(t, out), readDir(t, filepath.Join("docs", "dist"))
	const hint = "run `npm run build` in backend/api/docs and commit docs/dist"
	for _, name := range sortedKeys(fresh) {
		if old, ok := committed[name]; !ok {
			t.Errorf("docs/dist/%s is missing; %s", name, hint)
		} else if !bytes.Equal(old, fresh[name]) {
			t.Errorf("docs/dist/%s is stale; %s", name, hint)
		}
	}
	for _, name := range sortedKeys(committed) {
		if _, ok := fresh[name]; !ok {
			t.Errorf("docs/dist/%s is no longer built; remove it (%s)", name, hint)
		}
	}
	var source struct{ Package, Version, Integrity string }
	if err := json.Unmarshal(committed["SOURCE.json"], &source); err != nil || source.Package != "swagger-ui-dist" || source.Integrity == "" {
		t.Errorf("docs/dist/SOURCE.json: got %+v (%v)", source, err)
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = data
	}
	return out
}
