// Command genbindings regenerates the Go bindings in bindings/ from the
// contract artifacts in contracts/build (see contracts/compile.js).
//
// Run it from the repository root (make bindings does):
//
//	go run ./scripts/genbindings [-build contracts/build] [-out bindings] [-pkg bindings]
//
// It writes <lower name>.go for every <Name>.abi/<Name>.bin pair and deletes
// generated files whose contract no longer exists. Hand-written files in the
// output directory (doc.go, tests) are never touched.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/salus-health/salus/scripts/genbindings/bindgen"
)

func main() {
	buildDir := flag.String("build", "contracts/build", "directory with <Name>.abi and <Name>.bin artifacts")
	outDir := flag.String("out", "bindings", "directory to write the Go bindings to")
	pkg := flag.String("pkg", "bindings", "Go package name of the bindings")
	flag.Parse()

	if err := run(*buildDir, *outDir, *pkg); err != nil {
		fmt.Fprintf(os.Stderr, "genbindings: %v\n", err)
		os.Exit(1)
	}
}

func run(buildDir, outDir, pkg string) error {
	files, err := bindgen.Generate(buildDir, pkg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	keep := make(map[string]bool, len(files))
	for _, f := range files {
		keep[f.Name] = true
		if err := os.WriteFile(filepath.Join(outDir, f.Name), f.Source, 0o644); err != nil {
			return err
		}
		fmt.Printf("genbindings: %s -> %s\n", f.Contract, filepath.Join(outDir, f.Name))
	}
	// Remove bindings of contracts that were deleted.
	entries, err := os.ReadDir(outDir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || keep[name] || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		path := filepath.Join(outDir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bindgen.IsGenerated(src) {
			if err := os.Remove(path); err != nil {
				return err
			}
			fmt.Printf("genbindings: removed stale %s\n", path)
		}
	}
	return nil
}
