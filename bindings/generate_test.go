package bindings_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/salus-health/salus/scripts/genbindings/bindgen"
)

const regenerateHint = "run `make contracts bindings` and commit contracts/build and bindings"

// TestGeneratedBindingsUpToDate compiles the Solidity sources into a temporary
// directory, regenerates the bindings in memory and fails if the committed
// artifacts (contracts/build) or bindings (bindings/*.go) differ.
func TestGeneratedBindingsUpToDate(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	requireToolchain(t, root)
	readInputs(t, root)

	buildDir := t.TempDir()
	cmd := exec.Command("node", filepath.Join("contracts", "compile.js"), buildDir)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node contracts/compile.js failed: %v\n%s", err, out)
	}

	// Artifacts.
	fresh := readFiles(t, buildDir, func(name string, _ []byte) bool {
		return strings.HasSuffix(name, ".abi") || strings.HasSuffix(name, ".bin")
	})
	committed := readFiles(t, filepath.Join(root, "contracts", "build"), func(name string, _ []byte) bool {
		return strings.HasSuffix(name, ".abi") || strings.HasSuffix(name, ".bin")
	})
	compareSets(t, "contracts/build", committed, fresh)

	// Bindings, generated from the fresh artifacts.
	files, err := bindgen.Generate(buildDir, "bindings")
	if err != nil {
		t.Fatalf("generate bindings: %v", err)
	}
	generated := make(map[string][]byte, len(files))
	for _, f := range files {
		generated[f.Name] = f.Source
	}
	committedGo := readFiles(t, ".", func(name string, src []byte) bool {
		return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") && bindgen.IsGenerated(src)
	})
	compareSets(t, "bindings", committedGo, generated)
}

// requireToolchain skips the test, or fails it under CI, when node or the
// npm packages of contracts/ are missing.
func requireToolchain(t *testing.T, root string) {
	t.Helper()
	var missing string
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node not found in PATH"
	} else if _, err := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc")); err != nil {
		missing = "contracts/node_modules is absent"
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s: run make contracts first", missing)
	}
	t.Skipf("%s: run make contracts first", missing)
}

// readInputs reads every input of the compilation. The compiler runs in a
// child process, so without this the go test cache would not notice a changed
// source and would replay a stale result.
func readInputs(t *testing.T, root string) {
	t.Helper()
	contracts := filepath.Join(root, "contracts")
	for _, name := range []string{"compile.js", "package.json", "package-lock.json"} {
		if _, err := os.ReadFile(filepath.Join(contracts, name)); err != nil {
			t.Fatal(err)
		}
	}
	err := filepath.WalkDir(filepath.Join(contracts, "src"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		_, err = os.ReadFile(path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// readFiles returns the regular files of dir accepted by keep, by base name.
func readFiles(t *testing.T, dir string, keep func(name string, src []byte) bool) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	files := make(map[string][]byte)
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if keep(e.Name(), src) {
			files[e.Name()] = src
		}
	}
	return files
}

// compareSets reports every file missing, extra or different between the
// committed files and the freshly generated ones.
func compareSets(t *testing.T, dir string, committed, fresh map[string][]byte) {
	t.Helper()
	names := make(map[string]bool)
	for n := range committed {
		names[n] = true
	}
	for n := range fresh {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		got, inCommitted := committed[n]
		want, inFresh := fresh[n]
		switch {
		case !inCommitted:
			t.Errorf("%s/%s is missing: %s", dir, n, regenerateHint)
		case !inFresh:
			t.Errorf("%s/%s is stale (no such contract any more): %s", dir, n, regenerateHint)
		case !bytes.Equal(got, want):
			t.Errorf("%s/%s is out of date: %s\n%s", dir, n, regenerateHint, lineDiff(got, want))
		}
	}
}

// lineDiff renders the block of lines that differs between the committed
// (-) and the regenerated (+) content: everything between the common prefix
// and the common suffix, with a little context, capped in length. Long lines
// (bytecode) are shown around their first difference.
func lineDiff(committed, regenerated []byte) string {
	const context, maxLines, maxWidth = 2, 20, 160
	a := strings.Split(string(committed), "\n")
	b := strings.Split(string(regenerated), "\n")
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	clip := func(line, other string) string {
		if len(line) <= maxWidth {
			return line
		}
		i := 0
		for i < len(line) && i < len(other) && line[i] == other[i] {
			i++
		}
		from := max(0, i-maxWidth/4)
		to := min(len(line), from+maxWidth)
		return fmt.Sprintf("[col %d] …%s…", from+1, line[from:to])
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- committed\n+++ regenerated\n@@ line %d @@\n", pre+1)
	for i := max(0, pre-context); i < pre; i++ {
		fmt.Fprintf(&sb, "  %s\n", clip(a[i], a[i]))
	}
	emit := func(sign string, lines, other []string) {
		for i, l := range lines {
			if i == maxLines {
				fmt.Fprintf(&sb, "%s … %d more line(s)\n", sign, len(lines)-maxLines)
				break
			}
			o := ""
			if i < len(other) {
				o = other[i]
			}
			fmt.Fprintf(&sb, "%s %s\n", sign, clip(l, o))
		}
	}
	emit("-", a[pre:len(a)-suf], b[pre:len(b)-suf])
	emit("+", b[pre:len(b)-suf], a[pre:len(a)-suf])
	for i := len(a) - suf; i < len(a) && i < len(a)-suf+context; i++ {
		fmt.Fprintf(&sb, "  %s\n", clip(a[i], a[i]))
	}
	return sb.String()
}
