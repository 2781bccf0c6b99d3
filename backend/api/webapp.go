package api

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/salus-health/salus/backend/web"
)

// cspApp is the Content-Security-Policy of the patient web app: scripts,
// styles, images and API calls from this origin only, no plugins, no framing,
// no <base>, no form posts. The page's own script talks to the wallet through
// the window.ethereum object a wallet extension injects, which needs nothing
// from the network.
const cspApp = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// appIndex is the file served at /app.
const appIndex = "index.html"

// webApp holds the files of the patient web app, built by backend/web (npm run
// build) and embedded by package web. They are prepared once, on first use,
// and read-only afterwards.
var webApp = sync.OnceValues(func() (map[string]asset, error) { return loadApp(web.Dist()) })

// loadApp prepares the files of a built web app for serving.
func loadApp(dist fs.FS) (map[string]asset, error) {
	entries, err := fs.ReadDir(dist, ".")
	if err != nil {
		return nil, fmt.Errorf("read the web app: %w", err)
	}
	files := map[string]asset{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := fs.ReadFile(dist, e.Name())
		if err != nil {
			return nil, fmt.Errorf("read the web app: %w", err)
		}
		files[e.Name()] = newAsset(data, docsContentType(e.Name()), cspApp)
	}
	if _, ok := files[appIndex]; !ok {
		return nil, errors.New("the web app has no index.html: run npm run build in backend/web")
	}
	return files, nil
}

func (s *Server) getApp(c *gin.Context) (any, error) {
	files, err := webApp()
	if err != nil {
		return nil, err
	}
	serveAsset(c, files[appIndex])
	return nil, nil
}

func (s *Server) getAppAsset(c *gin.Context) (any, error) {
	files, err := webApp()
	if err != nil {
		return nil, err
	}
	a, ok := files[c.Param("file")]
	if !ok {
		return nil, newError(http.StatusNotFound, CodeNotFound, "the web app has no such file; start at /app")
	}
	serveAsset(c, a)
	return nil, nil
}
