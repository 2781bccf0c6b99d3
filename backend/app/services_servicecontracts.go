package app

import (
	"context"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
)

// wireServiceContracts wires government service contracts into the API's
// deps: the ServiceContracts contract, funded from payers' settlement tokens,
// sending from each institution's keystore account through the gas station.
func (s *Stack) wireServiceContracts(_ context.Context, deps *api.Deps) error {
	sc, err := chainsvc.NewServiceContracts(s.client(), s.gas(), s.manifest)
	if err != nil {
		return err
	}
	deps.ServiceContracts = sc
	return nil
}
