package app

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer"
	"github.com/salus-health/salus/indexer/query"
	"github.com/salus-health/salus/indexer/store"
)

// wireIndex wires the queries served from the indexer tables into the API's deps:
// from the embedded indexer, or, without one (NoIndex), from the index database
// another process (salus index) writes. Without an index database deps.Index
// stays nil and the indexer routes answer 503.
func (s *Stack) wireIndex(ctx context.Context, deps *api.Deps) error {
	if s.indexer == nil && s.indexDB == nil {
		return nil
	}
	grants, err := bindings.NewAccessGrantsCaller(s.manifest.Address("AccessGrants"), s.client())
	if err != nil {
		return fmt.Errorf("access grants binding: %w", err)
	}
	var view *store.View
	if s.indexer != nil {
		view = s.indexer.View()
	} else {
		// Create the tables if the indexing process has not yet (the
		// migration is idempotent, and a no-op once it has), so that the
		// queries answer empty pages rather than fail on missing tables.
		st, err := store.New(s.indexDB)
		if err != nil {
			return fmt.Errorf("index store: %w", err)
		}
		if err := st.Migrate(ctx); err != nil {
			return err
		}
		view = st.View()
	}
	client := s.client()
	head := func(ctx context.Context) (uint64, error) { return client.BlockNumber(ctx) }
	deps.Index = &indexService{Querier: query.New(view), view: view, ix: s.indexer, grants: grants, head: head}
	return nil
}

// indexService answers the API's indexer queries from the index (embedded,
// or written by another process) and asks AccessGrants, at the latest block,
// what a reader may read. Safe for concurrent use.
type indexService struct {
	*query.Querier
	view   *store.View
	ix     *indexer.Indexer // nil when another process indexes
	grants *bindings.AccessGrantsCaller
	head   func(context.Context) (uint64, error) // the node's latest block
}

// Status reports the indexer's progress: the embedded indexer's, or, for an
// index another process writes (Enabled false), what the database's cursor
// says beside this server's node's head.
func (x *indexService) Status(ctx context.Context) (api.IndexStatus, error) {
	if x.ix == nil {
		st, err := indexer.ReadStatus(ctx, x.view)
		if err != nil {
			return api.IndexStatus{}, err
		}
		head, err := x.head(ctx)
		if err != nil {
			return api.IndexStatus{}, fmt.Errorf("chain head: %w", err)
		}
		return api.IndexStatus{ChainHead: head, Indexed: st.Indexed, IndexedHash: st.IndexedHash, Lag: head - min(head, st.Indexed),
			Reorgs: st.Reorgs, DeepestReorg: st.DeepestReorg}, nil
	}
	st := x.ix.Status()
	return api.IndexStatus{Enabled: true, ChainHead: st.Head, Indexed: st.Indexed, IndexedHash: st.IndexedHash, Lag: st.Lag,
		Confirmations: st.Confirmations, Backfilling: st.Backfilling, Reorgs: st.Reorgs, DeepestReorg: st.DeepestReorg,
		Skipped: st.Skipped, Stopped: st.Stopped, LastError: st.LastError}, nil
}

// ReadableCategories asks AccessGrants.accessPurpose for every category:
// a category is readable when some purpose (a grant or an open emergency
// access) allows reader to read it now.
func (x *indexService) ReadableCategories(ctx context.Context, reader, patient common.Address) (api.CategoryMask, error) {
	var mask api.CategoryMask
	for c := api.CategorySummary; c <= api.CategoryPersonal; c++ {
		p, err := x.grants.AccessPurpose(&bind.CallOpts{Context: ctx}, patient, reader, uint8(c))
		if err != nil {
			return 0, fmt.Errorf("access purpose of category %d: %w", c, err)
		}
		if p != 0 {
			mask |= 1 << c
		}
	}
	return mask, nil
}
