package txsender

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// registryABIJSON declares a custom error with the argument kinds Salus uses.
const registryABIJSON = `[
 {"type":"error","name":"RegistryNotLicensed","inputs":[{"name":"account","type":"address"}]},
 {"type":"error","name":"RegistryRecordExists","inputs":[{"name":"ref","type":"bytes32"},{"name":"name","type":"string"},{"name":"blob","type":"bytes"},{"name":"ok","type":"bool"}]}
]`

func testDecoder(t *testing.T) (errorDecoder, abi.ABI) {
	t.Helper()
	reg, err := abi.JSON(strings.NewReader(registryABIJSON))
	if err != nil {
		t.Fatal(err)
	}
	test := mustTestABI()
	return newErrorDecoder([]*abi.ABI{&test, nil, &reg}), reg
}

func TestErrorDecoder_decode(t *testing.T) {
	d, reg := testDecoder(t)
	account := common.HexToAddress("0x00000000000000000000000000000000000abc01")
	notLicensed, err := reg.Errors["RegistryNotLicensed"].Inputs.Pack(account)
	if err != nil {
		t.Fatal(err)
	}
	notLicensed = append(reg.Errors["RegistryNotLicensed"].ID.Bytes()[:4], notLicensed...)
	ref := [32]byte{0x01, 0x02}
	exists, err := reg.Errors["RegistryRecordExists"].Inputs.Pack(ref, "x\"y", []byte{0xca, 0xfe}, true)
	if err != nil {
		t.Fatal(err)
	}
	exists = append(reg.Errors["RegistryRecordExists"].ID.Bytes()[:4], exists...)

	tests := []struct {
		name     string
		data     []byte
		wantName string
		wantArgs []any
		wantMsg  string
	}{
		{"no data", nil, "", nil, "execution reverted"},
		{"too short", []byte{1, 2}, "", nil, "execution reverted: malformed revert data 0x0102"},
		{"Error(string)", encodeErrorString("not allowed"), "Error", []any{"not allowed"}, "execution reverted: not allowed"},
		{"Error(string) truncated", encodeErrorString("not allowed")[:40], "", nil, "execution reverted: malformed Error(string) 0x"},
		{"Panic assert", encodePanic(0x01), "Panic", []any{big.NewInt(1)}, "execution reverted: Panic(0x1): assert(false)"},
		{"Panic unknown code", encodePanic(0x99), "Panic", []any{big.NewInt(0x99)}, "execution reverted: Panic(0x99): unknown panic code: 0x99"},
		{"custom from first ABI", encodeNope(t, 7), "Nope", []any{big.NewInt(7)}, "execution reverted: Nope(7)"},
		{"custom with address", notLicensed, "RegistryNotLicensed", []any{account}, "execution reverted: RegistryNotLicensed(" + account.Hex() + ")"},
		{"custom with bytes32, string, bytes, bool", exists, "RegistryRecordExists", []any{ref, "x\"y", []byte{0xca, 0xfe}, true},
			`execution reverted: RegistryRecordExists(0x0102000000000000000000000000000000000000000000000000000000000000, "x\"y", 0xcafe, true)`},
		{"custom truncated", notLicensed[:20], "", nil, "execution reverted: malformed RegistryNotLicensed(address)"},
		{"unknown selector", []byte{0x12, 0x34, 0x56, 0x78, 0x00}, "", nil, "execution reverted: unknown error 0x12345678"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := d.decode(tt.data)
			if re.Name != tt.wantName {
				t.Errorf("got name %q, want %q", re.Name, tt.wantName)
			}
			if !reflect.DeepEqual(re.Args, tt.wantArgs) {
				t.Errorf("got args %#v, want %#v", re.Args, tt.wantArgs)
			}
			if !strings.HasPrefix(re.Error(), tt.wantMsg) {
				t.Errorf("got message %q, want prefix %q", re.Error(), tt.wantMsg)
			}
			if !reflect.DeepEqual(re.Data, common.CopyBytes(tt.data)) {
				t.Errorf("got data %x, want %x", re.Data, tt.data)
			}
		})
	}
}

// rpcError mimics the client side of a JSON-RPC error (rpc.Error and
// rpc.DataError).
type rpcError struct {
	msg  string
	code int
	data any
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }
func (e *rpcError) ErrorData() any { return e.data }

func TestErrorDecoder_fromCallError(t *testing.T) {
	d, _ := testDecoder(t)
	nope := encodeNope(t, 9)
	tests := []struct {
		name       string
		err        error
		wantRevert bool
		wantName   string
		wantMsg    string
	}{
		{"nil", nil, false, "", ""},
		{"transport error", errors.New("dial tcp 127.0.0.1:8545: connection refused"), false, "", ""},
		{"insufficient funds", &rpcError{msg: "insufficient funds for gas * price + value", code: -32000}, false, "", ""},
		{"indexing in progress carries non-hex data", &rpcError{msg: "transaction indexing is in progress", code: -32000, data: "transaction indexing is in progress"}, false, "", ""},
		{"geth revert with custom data", &rpcError{msg: "execution reverted", code: 3, data: hexutil.Encode(nope)}, true, "Nope", "execution reverted: Nope(9)"},
		{"wrapped geth revert", fmt.Errorf("estimate: %w", &rpcError{msg: "execution reverted", code: 3, data: hexutil.Encode(nope)}), true, "Nope", "execution reverted: Nope(9)"},
		{"revert without data keeps node message", &rpcError{msg: "execution reverted: out of stock", code: 3, data: "0x"}, true, "", "execution reverted: out of stock"},
		{"message-only revert", errors.New("execution reverted"), true, "", "execution reverted"},
		{"already decoded", &RevertError{Name: "Nope", Reason: "Nope(1)"}, true, "Nope", "execution reverted: Nope(1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re, ok := d.fromCallError(tt.err)
			if ok != tt.wantRevert {
				t.Fatalf("got revert %v (%v), want %v", ok, re, tt.wantRevert)
			}
			if !ok {
				return
			}
			if re.Name != tt.wantName || re.Error() != tt.wantMsg {
				t.Errorf("got %q %q, want %q %q", re.Name, re.Error(), tt.wantName, tt.wantMsg)
			}
		})
	}
}

func TestRevertError_isErrRevertedThroughWrapping(t *testing.T) {
	err := fmt.Errorf("license %s: %w", "alice", &RevertError{Name: "RegistryNotLicensed", Reason: "RegistryNotLicensed(0x1)"})
	if !errors.Is(err, ErrReverted) {
		t.Error("errors.Is(err, ErrReverted) is false")
	}
	re, ok := AsRevert(err)
	if !ok || re.Name != "RegistryNotLicensed" {
		t.Errorf("got %v, %v; want the RevertError", re, ok)
	}
	if _, ok := AsRevert(errors.New("other")); ok {
		t.Error("AsRevert accepted an unrelated error")
	}
}

func TestClassifySend(t *testing.T) {
	tests := []struct {
		err  error
		want sendOutcome
	}{
		{nil, sendOK},
		{errString("already known"), sendAlreadyKnown},
		{errString("nonce too low: next nonce 5, tx nonce 4"), sendNonceError},
		{errString("replacement transaction underpriced"), sendNonceError},
		{errString("transaction underpriced: gas tip cap 1, minimum needed 2"), sendFeeError},
		{errString("max fee per gas less than block base fee: address 0x1, maxFeePerGas: 1, baseFee: 7"), sendFeeError},
		{errString("insufficient funds for gas * price + value"), sendOtherError},
		{errString("context deadline exceeded"), sendOtherError},
	}
	for _, tt := range tests {
		if got := classifySend(tt.err); got != tt.want {
			t.Errorf("classifySend(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestConfig_Check(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"minimal", Config{ChainID: big.NewInt(1)}, false},
		{"missing chain id", Config{}, true},
		{"zero chain id", Config{ChainID: new(big.Int)}, true},
		{"huge gas margin", Config{ChainID: big.NewInt(1), GasMargin: 5000}, true},
		{"negative poll", Config{ChainID: big.NewInt(1), ReceiptPoll: -1}, true},
		{"negative fee refresh", Config{ChainID: big.NewInt(1), FeeRefresh: -1}, true},
		{"negative min tip", Config{ChainID: big.NewInt(1), MinTipCap: big.NewInt(-1)}, true},
		{"re-broadcast disabled", Config{ChainID: big.NewInt(1), RebroadcastAfter: -1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.cfg.Check(); (err != nil) != tt.wantErr {
				t.Errorf("got error %v, want error %v", err, tt.wantErr)
			}
		})
	}
	if _, err := New(nil, Config{ChainID: big.NewInt(1)}); err == nil {
		t.Error("New accepted a nil backend")
	}
}
