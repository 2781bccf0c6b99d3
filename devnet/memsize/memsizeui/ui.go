// Package memsizeui is a stand-in for github.com/fjl/memsize/memsizeui, which
// go-ethereum's internal/debug package imports. The original links into the
// Go runtime through //go:linkname, which current Go linkers reject; this
// stub keeps the API and serves a short explanation instead.
package memsizeui

import (
	"net/http"
	"sync"
)

// Handler records named roots like the original but never walks them.
// It is safe for concurrent use.
type Handler struct {
	mu    sync.Mutex
	roots []string
}

// Add registers a root under name. The value is not retained.
func (h *Handler) Add(name string, _ interface{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.roots = append(h.roots, name)
}

// ServeHTTP answers every request with 501 Not Implemented.
func (h *Handler) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	http.Error(w, "memsize is not available in this build", http.StatusNotImplemented)
}
