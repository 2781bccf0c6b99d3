package app

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
)

// wireClaims wires insurance plans, policies, pools and claims into the API's
// deps. The treasury is the keystore account named by Config.Treasury (the
// regulator by default, which the deployment grants TREASURY_ROLE). A
// deployment without Claims or SettlementToken (recorded before they
// existed) leaves the insurance routes answering 503.
func (s *Stack) wireClaims(ctx context.Context, deps *api.Deps) error {
	for _, name := range []string{"Claims", "SettlementToken"} {
		if s.manifest.Address(name) == (common.Address{}) {
			s.progress("the deployment has no %s: the insurance routes are off", name)
			return nil
		}
	}
	name := s.cfg.Treasury
	if name == "" {
		name = RegulatorAccount
	}
	treasury, ok := s.keys.Lookup(name)
	if !ok {
		return fmt.Errorf("treasury account %q is not in the keystore (SALUS_TREASURY)", name)
	}
	c, err := chainsvc.NewClaims(s.client(), s.gas(), s.manifest, treasury)
	if err != nil {
		return fmt.Errorf("init claims: %w", err)
	}
	deps.Claims = c
	return nil
}
