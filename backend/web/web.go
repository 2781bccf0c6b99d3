// Package web holds the browser side of Salus: the patient web app, whose
// sources in src/ are bundled by build.mjs (`npm run build`, with esbuild,
// ethers and siwe pinned in package-lock.json) into dist/, and the wallet test
// client in wallet/. dist/ is committed, so `go build` needs no Node; the API
// server embeds it and serves it at /app (see backend/api/webapp.go).
//
// The tests of this package check that dist/ is what the sources build to, and
// drive the page in headless Chromium against the embedded stack
// (browser_test.go, test/browser.mjs).
package web

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// Dist returns the built web app: index.html and the files it links, all in
// one flat directory. The files are read-only and safe for concurrent use.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil { // only for an invalid path, which "dist" is not
		panic(err)
	}
	return sub
}
