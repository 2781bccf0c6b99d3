package txsender

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Standard Solidity revert selectors: Error(string) and Panic(uint256).
var (
	errorSelector = [4]byte{0x08, 0xc3, 0x79, 0xa0}
	panicSelector = [4]byte{0x4e, 0x48, 0x7b, 0x71}
)

// revertErrorCode is the JSON-RPC error code geth uses for "execution reverted".
const revertErrorCode = 3

// RevertError describes a transaction or call that the EVM reverted, either
// while estimating gas or when the transaction was mined with status 0.
//
// errors.Is(err, ErrReverted) holds for every *RevertError; use AsRevert to
// get at the fields. A RevertError is immutable once returned.
type RevertError struct {
	// TxHash is the hash of the mined transaction that failed; zero when the
	// revert was found while estimating gas (nothing was sent).
	TxHash common.Hash
	// Data is the raw revert data returned by the EVM (may be empty).
	Data []byte
	// Name is the decoded error name: a custom error from the configured ABIs
	// (e.g. "RegistryNotLicensed"), "Error" for require/revert strings,
	// "Panic" for Solidity panics, or "" when Data could not be decoded.
	Name string
	// Args are the decoded error arguments: the reason string for "Error",
	// the *big.Int code for "Panic", the ABI-decoded inputs otherwise.
	Args []any
	// Reason is a human-readable description, e.g. `RegistryNotLicensed(0xab…)`,
	// the string of Error(string), the meaning of a panic code, or the node's
	// message when the failure carried no revert data (e.g. "out of gas").
	Reason string
}

// Error implements error as "execution reverted[: Reason]".
func (e *RevertError) Error() string {
	if e.Reason == "" {
		return "execution reverted"
	}
	return "execution reverted: " + e.Reason
}

// Unwrap returns ErrReverted so that errors.Is(err, ErrReverted) holds.
func (e *RevertError) Unwrap() error { return ErrReverted }

// AsRevert reports whether err (or anything it wraps) is a *RevertError and
// returns it.
func AsRevert(err error) (*RevertError, bool) {
	var re *RevertError
	if errors.As(err, &re) {
		return re, true
	}
	return nil, false
}

// errorDecoder maps 4-byte selectors of custom errors to their ABI definition.
// It is built once in New and read-only afterwards, so it is safe for
// concurrent use.
type errorDecoder map[[4]byte]abi.Error

// newErrorDecoder indexes the custom errors of abis by selector; the first
// ABI defining a selector wins.
func newErrorDecoder(abis []*abi.ABI) errorDecoder {
	d := make(errorDecoder)
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			if _, dup := d[sel]; !dup {
				d[sel] = e
			}
		}
	}
	return d
}

// decode turns raw revert data into a RevertError. It never fails: data that
// matches no known selector is kept in Data with an "unknown error" Reason.
func (d errorDecoder) decode(data []byte) *RevertError {
	re := &RevertError{Data: common.CopyBytes(data)}
	if len(data) == 0 {
		return re
	}
	if len(data) < 4 {
		re.Reason = "malformed revert data " + hexutil.Encode(data)
		return re
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case errorSelector:
		reason, err := abi.UnpackRevert(data)
		if err != nil {
			re.Reason = "malformed Error(string) " + hexutil.Encode(data)
			return re
		}
		re.Name, re.Args, re.Reason = "Error", []any{reason}, reason
		return re
	case panicSelector:
		reason, err := abi.UnpackRevert(data)
		if err != nil || len(data) != 4+32 {
			re.Reason = "malformed Panic(uint256) " + hexutil.Encode(data)
			return re
		}
		code := new(big.Int).SetBytes(data[4:])
		re.Name, re.Args = "Panic", []any{code}
		re.Reason = fmt.Sprintf("Panic(%#x): %s", code, reason)
		return re
	}
	if e, ok := d[sel]; ok {
		args, err := e.Inputs.Unpack(data[4:])
		if err == nil {
			re.Name, re.Args = e.Name, args
			re.Reason = formatCall(e.Name, args)
			return re
		}
		re.Reason = fmt.Sprintf("malformed %s: %v", e.Sig, err)
		return re
	}
	re.Reason = "unknown error " + hexutil.Encode(data[:4])
	return re
}

// fromCallError recognises a revert in an error returned by eth_call or
// eth_estimateGas and decodes it. It reports false for every other error
// (network failures, insufficient funds, ...).
//
// geth reports reverts as JSON-RPC error code 3, message "execution reverted…"
// and the revert data as a hex string in the error's data field (rpc.DataError).
func (d errorDecoder) fromCallError(err error) (*RevertError, bool) {
	if err == nil {
		return nil, false
	}
	if re, ok := AsRevert(err); ok {
		return re, true
	}
	msg := err.Error()
	isRevert := strings.Contains(msg, "revert")
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == revertErrorCode {
		isRevert = true
	}
	if !isRevert {
		return nil, false
	}
	var dataErr rpc.DataError
	if errors.As(err, &dataErr) {
		if s, ok := dataErr.ErrorData().(string); ok {
			if data, decErr := hexutil.Decode(s); decErr == nil {
				re := d.decode(data)
				if re.Reason == "" {
					re.Reason = nodeReason(msg)
				}
				return re, true
			}
		}
	}
	return &RevertError{Reason: nodeReason(msg)}, true
}

// nodeReason strips geth's "execution reverted" prefix from msg.
func nodeReason(msg string) string {
	msg = strings.TrimPrefix(msg, "execution reverted")
	return strings.TrimPrefix(msg, ": ")
}

// formatCall renders a decoded custom error as Name(arg, …).
func formatCall(name string, args []any) string {
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(formatArg(a))
	}
	b.WriteByte(')')
	return b.String()
}

// formatArg renders one ABI-decoded value: addresses checksummed, byte
// strings and fixed byte arrays as 0x-hex, strings quoted.
func formatArg(a any) string {
	switch v := a.(type) {
	case common.Address:
		return v.Hex()
	case *big.Int:
		return v.String()
	case []byte:
		return hexutil.Encode(v)
	case string:
		return fmt.Sprintf("%q", v)
	}
	rv := reflect.ValueOf(a)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		var buf bytes.Buffer
		for i := 0; i < rv.Len(); i++ {
			buf.WriteByte(byte(rv.Index(i).Uint()))
		}
		return hexutil.Encode(buf.Bytes())
	}
	return fmt.Sprint(a)
}
