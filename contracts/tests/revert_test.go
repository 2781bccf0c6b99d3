package tests

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// revert is a decoded revert: the custom error's name and arguments. Name is
// empty for a revert without data; "Error" and "Panic" are the built-in ones.
type revert struct {
	Name string
	Args []any
}

func (r revert) String() string {
	if r.Name == "" {
		return "revert without data"
	}
	return fmt.Sprintf("%s%v", r.Name, r.Args)
}

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// decodeRevert extracts the revert data of a failed eth_call or gas estimation
// (an rpc.DataError whose ErrorData is the hex revert data) and decodes it
// against the custom errors of contractABI.
func decodeRevert(t testing.TB, contractABI *abi.ABI, err error) revert {
	t.Helper()
	if err == nil {
		t.Fatal("got no error, want a revert")
	}
	var dataErr rpc.DataError
	if !errors.As(err, &dataErr) {
		t.Fatalf("got error %v (%T), want a revert from the node", err, err)
	}
	if dataErr.ErrorData() == nil {
		// A revert without data carries no data field at all.
		if err.Error() != "execution reverted" {
			t.Fatalf("got error %v, want a revert", err)
		}
		return revert{}
	}
	hexData, ok := dataErr.ErrorData().(string)
	if !ok {
		t.Fatalf("revert data is %T, want a hex string", dataErr.ErrorData())
	}
	data, decodeErr := hexutil.Decode(hexData)
	if decodeErr != nil {
		t.Fatalf("revert data %q: %v", hexData, decodeErr)
	}
	if len(data) == 0 {
		return revert{}
	}
	if len(data) < 4 {
		t.Fatalf("revert data %x is shorter than a selector", data)
	}
	selector := data[:4]
	for name, abiErr := range contractABI.Errors {
		if !bytes.Equal(abiErr.ID[:4], selector) {
			continue
		}
		unpacked, err := abiErr.Unpack(data)
		if err != nil {
			t.Fatalf("unpack %s from %x: %v", name, data, err)
		}
		return revert{Name: name, Args: unpacked.([]any)}
	}
	switch {
	case bytes.Equal(selector, errorSelector), bytes.Equal(selector, panicSelector):
		reason, err := abi.UnpackRevert(data)
		if err != nil {
			t.Fatalf("unpack built-in revert %x: %v", data, err)
		}
		if bytes.Equal(selector, errorSelector) {
			return revert{Name: "Error", Args: []any{reason}}
		}
		return revert{Name: "Panic", Args: []any{new(big.Int).SetBytes(data[4:])}}
	}
	t.Fatalf("revert data %x matches no error of the contract ABI", data)
	return revert{}
}

// assertRevert fails unless got is the custom error name with exactly args.
func assertRevert(t testing.TB, got revert, name string, args ...any) {
	t.Helper()
	sameArgs := len(got.Args) == len(args)
	for i := 0; sameArgs && i < len(args); i++ {
		sameArgs = argEqual(got.Args[i], args[i])
	}
	if got.Name != name || !sameArgs {
		t.Fatalf("got %v, want %v", got, revert{Name: name, Args: args})
	}
}

// argEqual compares decoded error arguments; big integers by value (a
// decoded zero and big.NewInt(0) differ in representation).
func argEqual(got, want any) bool {
	g, gok := got.(*big.Int)
	w, wok := want.(*big.Int)
	if gok && wok {
		return g.Cmp(w) == 0
	}
	return reflect.DeepEqual(got, want)
}
