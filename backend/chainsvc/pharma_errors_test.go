package chainsvc

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/txsender"
)

// TestPharmaRevertsMapToAPIErrors checks what a revert of the supply-chain
// and prescription contracts means to the API, with its named arguments.
func TestPharmaRevertsMapToAPIErrors(t *testing.T) {
	tx, err := newTxer(nil)
	if err != nil {
		t.Fatal(err)
	}
	prescriber := common.HexToAddress("0x8617E340B3D01FA5F11F306F4090FD50E238070D")
	tests := []struct {
		name string
		args []any
		want error
	}{
		// A suspended or expired prescriber: the chain's state refuses (409).
		{"PrescriptionsPrescriberNotActive", []any{uint64(7), prescriber}, api.ErrConflict},
		{"PrescriptionsNotActivePharmacy", []any{prescriber}, api.ErrForbidden},
		{"PrescriptionsFillAlreadyDispensed", []any{uint64(7), uint16(1)}, api.ErrConflict},
		{"PrescriptionsUnknownPrescription", []any{uint64(7)}, api.ErrNotFound},
		{"PrescriptionsInvalidCid", []any{[]byte{0x12}}, api.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tx.writeErr(&txsender.RevertError{Name: tt.name, Args: tt.args})
			var ce *api.ContractError
			if !errors.As(got, &ce) || ce.Name != tt.name {
				t.Fatalf("got %v, want a ContractError %s", got, tt.name)
			}
			if !errors.Is(got, tt.want) {
				t.Errorf("%s means %v, want %v", tt.name, ce.Unwrap(), tt.want)
			}
			if inputs := tx.errorInputs(tt.name); len(inputs) != len(tt.args) {
				t.Fatalf("%s: the ABIs have %d inputs, the test %d", tt.name, len(inputs), len(tt.args))
			}
		})
	}
	t.Run("PrescriptionsPrescriberNotActive names the prescription and the prescriber", func(t *testing.T) {
		got := tx.writeErr(&txsender.RevertError{Name: "PrescriptionsPrescriberNotActive", Args: []any{uint64(7), prescriber}})
		var ce *api.ContractError
		errors.As(got, &ce)
		if len(ce.Args) != 2 || ce.Args["prescriber"] == nil || ce.Args["id"] == nil {
			t.Fatalf("args %v, want id and prescriber", ce.Args)
		}
	})
	t.Run("every mapped supply-chain and prescription name is an error of its contract", func(t *testing.T) {
		for name := range errorKinds {
			if !strings.HasPrefix(name, "Prescriptions") && !strings.HasPrefix(name, "DrugBatches") {
				continue
			}
			found := false
			for _, a := range tx.errABIs {
				_, ok := a.Errors[name]
				found = found || ok
			}
			if !found {
				t.Errorf("%s is mapped but no contract has such an error", name)
			}
		}
	})
}
