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
)

// wireIndex wires the queries served from the indexer tables into the API's deps.
// Without an embedded indexer (NoIndex) deps.Index stays nil and the indexer
// routes answer 503.
func (s *Stack) wireIndex(ctx context.Context, deps *api.Deps) error {
	if s.indexer == nil {
		return nil
	}
	grants, err := bindings.NewAccessGrantsCaller(s.manifest.Address("AccessGrants"), s.client())
	if err != nil {
		return fmt.Errorf("access grants binding: %w", err)
	}
	deps.Index = &indexService{Querier: query.New(s.indexer.View()), ix: s.indexer, grants: grants}
	return nil
}

// indexService answers the API's indexer queries from the embedded index
// and asks AccessGrants, at the latest block, what a reader may read.
// Safe for concurrent use.
type indexService struct {
	*query.Querier
	ix     *indexer.Indexer
	grants *bindings.AccessGrantsCaller
}

// Status reports the indexer's progress.
func (x *indexService) Status(context.Context) (api.IndexStatus, error) {
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
