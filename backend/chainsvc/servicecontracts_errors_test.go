package chainsvc

import (
	"errors"
	"strings"
	"testing"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
)

// TestServiceContractErrorKinds checks that every ServiceContracts custom
// error has the API meaning the design gives it: the wrong party is 403, a
// bad value 422, an unknown contract 404, and a refusal by the chain's state
// (status, period, budget, escrow) 409; and that every mapped name exists.
func TestServiceContractErrorKinds(t *testing.T) {
	parsed, err := bindings.ServiceContractsMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	conflicts := map[string]bool{
		"ServiceContractsInvalidStatus": true, "ServiceContractsExpired": true, "ServiceContractsOverfunded": true,
		"ServiceContractsInvalidPeriod": true, "ServiceContractsDuplicateReport": true, "ServiceContractsOverBudget": true,
		"ServiceContractsInvalidReportStatus": true, "ServiceContractsInsufficientEscrow": true,
	}
	tx, err := newTxer(nil)
	if err != nil {
		t.Fatal(err)
	}
	for name := range parsed.Errors {
		if !strings.HasPrefix(name, "ServiceContracts") {
			continue
		}
		kind := errorKinds[name]
		switch {
		case conflicts[name] && kind != nil:
			t.Errorf("%s means %v, want a conflict (409)", name, kind)
		case !conflicts[name] && kind == nil:
			t.Errorf("%s is unmapped: decide whether it is forbidden, invalid or not found", name)
		}
		if strings.HasPrefix(name, "ServiceContractsNot") && kind != api.ErrForbidden {
			t.Errorf("%s names the wrong party but means %v", name, kind)
		}
		args := make([]any, len(parsed.Errors[name].Inputs))
		var ce *api.ContractError
		if got := tx.writeErr(&txsender.RevertError{Name: name, Args: args}); !errors.As(got, &ce) || ce.Name != name || len(ce.Args) != len(args) {
			t.Errorf("%s: got %v", name, got)
		}
	}
	for name := range errorKinds {
		if strings.HasPrefix(name, "ServiceContracts") {
			if _, ok := parsed.Errors[name]; !ok {
				t.Errorf("%s is mapped but is no error of ServiceContracts", name)
			}
		}
	}
}
