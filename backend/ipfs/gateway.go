package ipfs

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/namesys"
	"github.com/ipfs/boxo/path"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/prometheus/client_golang/prometheus"
)

// Gateway limits. A retrieval that makes no progress for gatewayStall (a
// block no connected peer has) ends with 504; at most gatewayConcurrency
// requests run at once, others get 429.
const (
	gatewayStall       = 30 * time.Second
	gatewayConcurrency = 64
)

// initGateway builds the trustless gateway handler over the node's block
// service.
func (n *Node) initGateway() error {
	reg := n.cfg.Metrics
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	backend, err := gateway.NewBlocksBackend(n.bserv, gateway.WithNameSystem(noNames{}))
	if err != nil {
		return err
	}
	h := gateway.NewHandler(gateway.Config{
		DeserializedResponses: false, // raw blocks and CARs only
		NoDNSLink:             true,
		DisableHTMLErrors:     true,
		RetrievalTimeout:      gatewayStall,
		MaxConcurrentRequests: gatewayConcurrency,
		MetricsRegistry:       reg,
	}, backend)
	n.gateway = n.guardGateway(h)
	return nil
}

// Gateway returns an http.Handler serving the IPFS trustless gateway
// protocol for GET and HEAD on /ipfs/{cid}[/path]: a single block with
// `Accept: application/vnd.ipld.raw` (or ?format=raw) and a CAR of the DAG
// with `Accept: application/vnd.ipld.car` (or ?format=car). Anything else
// is refused: deserialized responses with 406, other paths (/ipns too) with
// 404. Blocks come from the local store or, when online, from connected
// peers over bitswap; nothing else is contacted. Blocks are verified, so a
// corrupt block ends the response with an error, never with wrong bytes
// (a CAR stream already started is cut short).
//
// Mount it at the root of a mux or server; it is safe for concurrent use.
func (n *Node) Gateway() http.Handler {
	return n.gateway
}

// guardGateway admits only /ipfs/ paths and ties each request to the node's
// life, so Close cancels and waits for requests in flight.
func (n *Node) guardGateway(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/ipfs/") {
			http.Error(w, "not found: only /ipfs/{cid} is served", http.StatusNotFound)
			return
		}
		ctx, done, err := n.begin(r.Context())
		if err != nil {
			http.Error(w, "ipfs node is closed", http.StatusServiceUnavailable)
			return
		}
		defer done()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// errNoNames is what noNames returns.
var errNoNames = errors.New("name resolution is disabled")

// noNames is a name system that resolves nothing, so the gateway backend
// never does DNS or IPNS lookups.
type noNames struct{}

// Resolve fails.
func (noNames) Resolve(context.Context, path.Path, ...namesys.ResolveOption) (namesys.Result, error) {
	return namesys.Result{}, errNoNames
}

// ResolveAsync yields one failure.
func (noNames) ResolveAsync(context.Context, path.Path, ...namesys.ResolveOption) <-chan namesys.AsyncResult {
	ch := make(chan namesys.AsyncResult, 1)
	ch <- namesys.AsyncResult{Err: errNoNames}
	close(ch)
	return ch
}

// Publish fails.
func (noNames) Publish(context.Context, crypto.PrivKey, path.Path, ...namesys.PublishOption) error {
	return errNoNames
}
