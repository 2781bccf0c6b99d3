package web

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// requireNode skips t, or fails it under CI (CI set), when node or the npm
// packages of package-lock.json are missing.
func requireNode(t *testing.T, pkgs ...string) {
	t.Helper()
	var missing string
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not in PATH"
	} else {
		for _, p := range pkgs {
			if _, err := os.Stat(filepath.Join("node_modules", p, "package.json")); err != nil {
				missing = "backend/web/node_modules/" + p + " is absent"
				break
			}
		}
	}
	if missing == "" {
		return
	}
	const hint = "run npm ci --ignore-scripts in backend/web"
	if os.Getenv("CI") != "" {
		t.Fatalf("%s: %s", missing, hint)
	}
	t.Skipf("%s: %s", missing, hint)
}

// TestDistUpToDate rebuilds the web app from src/ with the pinned packages and
// fails if the committed dist/ differs.
func TestDistUpToDate(t *testing.T) {
	requireNode(t, "esbuild", "ethers", "siwe", "buffer")
	// The inputs, read so that go test's cache notices when they change.
	for _, f := range []string{"package.json", "package-lock.json", "build.mjs"} {
		if _, err := os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
	}
	srcs, err := os.ReadDir("src")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range srcs {
		_, _ = os.ReadFile(filepath.Join("src", e.Name()))
	}

	out := t.TempDir()
	cmd := exec.Command("node", "build.mjs", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node build.mjs: %v\n%s", err, msg)
	}
	fresh, committed := readDir(t, os.DirFS(out)), readDir(t, Dist())
	const hint = "run `npm run build` in backend/web and commit dist/"
	for _, name := range sortedKeys(fresh) {
		if old, ok := committed[name]; !ok {
			t.Errorf("dist/%s is missing; %s", name, hint)
		} else if !bytes.Equal(old, fresh[name]) {
			t.Errorf("dist/%s is stale; %s", name, hint)
		}
	}
	for _, name := range sortedKeys(committed) {
		if _, ok := fresh[name]; !ok {
			t.Errorf("dist/%s is no longer built; remove it (%s)", name, hint)
		}
	}
}

// TestDist checks what the server embeds without needing Node.
func TestDist(t *testing.T) {
	files := readDir(t, Dist())
	for _, name := range []string{"index.html", "app.js", "app.css", "icon.svg", "THIRD-PARTY-NOTICES.txt"} {
		if len(files[name]) == 0 {
			t.Errorf("dist/%s is missing or empty", name)
		}
	}
	page := string(files["index.html"])

	t.Run("the page links only files of its own", func(t *testing.T) {
		links := regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(page, -1)
		if len(links) < 3 {
			t.Fatalf("found only %d links", len(links))
		}
		for _, m := range links {
			name, ok := strings.CutPrefix(m[1], "/app/")
			if !ok || files[name] == nil {
				t.Errorf("index.html links %q, which is not a file of dist/", m[1])
			}
		}
	})

	t.Run("the page has no inline script or style, which its CSP refuses", func(t *testing.T) {
		if regexp.MustCompile(`<script>|<script [^>]*>[^<]|<style|\sstyle=|\son[a-z]+=`).MatchString(page) {
			t.Error("index.html has inline script, style or event handlers")
		}
	})

	t.Run("the bundle names the licences of what it contains", func(t *testing.T) {
		notices := string(files["THIRD-PARTY-NOTICES.txt"])
		for _, pkg := range []string{"siwe 3.0.0", "ethers 6.17.0", "@spruceid/siwe-parser"} {
			if !strings.Contains(notices, pkg) {
				t.Errorf("THIRD-PARTY-NOTICES.txt does not name %s", pkg)
			}
		}
	})

	t.Run("every form control is labelled", func(t *testing.T) {
		ids := regexp.MustCompile(`<(?:input|select|textarea)[^>]*\sid="([^"]+)"`).FindAllStringSubmatch(page, -1)
		for _, m := range ids {
			if !strings.Contains(page, `for="`+m[1]+`"`) {
				t.Errorf("control #%s has no <label for>", m[1])
			}
		}
		// Radio buttons and checkboxes are wrapped in their label.
		if n := strings.Count(page, `type="radio"`); n != strings.Count(page, `<label class="choice"><input type="radio"`) {
			t.Errorf("a radio button of index.html is not inside its label")
		}
	})
}

func readDir(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		if e.IsDir() {
			t.Errorf("dist/%s is a directory; the app is one flat directory", e.Name())
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = data
	}
	return out
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
