package txsender

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
)

// testABIJSON describes the hand-assembled test contract (no solc needed):
//
//	store(uint256 v)        slot0 = v
//	storeIfZero(uint256 v)  if slot0 != 0 revert Nope(slot0); slot0 = v
//	nope(uint256 x)         revert Nope(x)
//	value() view            return slot0
//	any other selector      revert with calldata[4:] as the raw revert data,
//	                        so tests can produce Error(string), Panic(uint256)
//	                        or any custom error on chain (calldata shorter
//	                        than 4 bytes runs out of gas)
const testABIJSON = `[
 {"type":"function","name":"store","stateMutability":"nonpayable","inputs":[{"name":"v","type":"uint256"}],"outputs":[]},
 {"type":"function","name":"storeIfZero","stateMutability":"nonpayable","inputs":[{"name":"v","type":"uint256"}],"outputs":[]},
 {"type":"function","name":"nope","stateMutability":"nonpayable","inputs":[{"name":"x","type":"uint256"}],"outputs":[]},
 {"type":"function","name":"value","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
 {"type":"error","name":"Nope","inputs":[{"name":"x","type":"uint256"}]}
]`

// testRuntimeHex is the runtime code testRuntime assembles, byte by byte, so
// it can be reviewed and a change to the assembler is noticed. Selectors:
// store 0x6057361d, storeIfZero 0xafbf0398, nope 0xb618a46b, value
// 0x3fa4f245, error Nope(uint256) 0x63a2a81f. It uses only pre-Shanghai
// opcodes (no PUSH0), so it also runs on the Salus Clique chain.
const testRuntimeHex = "0x" +
	"60003560e01c" + // 0x00 PUSH1 0 CALLDATALOAD PUSH1 0xe0 SHR: selector
	"80636057361d1461003f57" + // DUP1 PUSH4 store EQ PUSH2 0x3f JUMPI
	"8063afbf03981461004757" + // DUP1 PUSH4 storeIfZero EQ PUSH2 0x47 JUMPI
	"8063b618a46b1461005e57" + // DUP1 PUSH4 nope EQ PUSH2 0x5e JUMPI
	"80633fa4f2451461007a57" + // DUP1 PUSH4 value EQ PUSH2 0x7a JUMPI
	"600436038060046000376000fd" + // 0x32 default: CALLDATACOPY(0, 4, CALLDATASIZE-4) REVERT(0, CALLDATASIZE-4)
	"5b60043560005500" + // 0x3f store: SSTORE(0, CALLDATALOAD(4)) STOP
	"5b60005480156100555761006656" + // 0x47 storeIfZero: SLOAD(0) DUP1 ISZERO PUSH2 0x55 JUMPI PUSH2 0x66 JUMP
	"5b5060043560005500" + // 0x55 POP SSTORE(0, CALLDATALOAD(4)) STOP
	"5b60043561006656" + // 0x5e nope: CALLDATALOAD(4) PUSH2 0x66 JUMP
	"5b6363a2a81f60e01b600052" + // 0x66 nope-revert: MSTORE(0, Nope selector << 224)
	"60045260246000fd" + // MSTORE(4, x) REVERT(0, 0x24)
	"5b60005460005260206000f3" // 0x7a value: MSTORE(0, SLOAD(0)) RETURN(0, 0x20)

// testInitCode returns init code that returns the runtime appended to it:
// PUSH2 len; DUP1; PUSH1 12; PUSH1 0; CODECOPY; PUSH1 0; RETURN.
func testInitCode(runtime []byte) []byte {
	init := []byte{byte(vm.PUSH2), 0, 0, byte(vm.DUP1), byte(vm.PUSH1), 12, byte(vm.PUSH1), 0, byte(vm.CODECOPY), byte(vm.PUSH1), 0, byte(vm.RETURN)}
	binary.BigEndian.PutUint16(init[1:3], uint16(len(runtime)))
	return append(init, runtime...)
}

// mustTestABI parses testABIJSON.
func mustTestABI() abi.ABI {
	a, err := abi.JSON(strings.NewReader(testABIJSON))
	if err != nil {
		panic(err)
	}
	return a
}

// testRuntime assembles the test contract's runtime code from testABI's
// selectors.
func testRuntime(a abi.ABI) []byte {
	sel := func(name string) []byte { return a.Methods[name].ID }
	var p program
	// selector := calldataload(0) >> 224
	p.push(0).op(vm.CALLDATALOAD).push(0xe0).op(vm.SHR)
	for _, m := range []string{"store", "storeIfZero", "nope", "value"} {
		p.op(vm.DUP1).push(sel(m)...).op(vm.EQ).pushLabel(m).op(vm.JUMPI)
	}
	// default: revert with calldata[4:]
	p.push(4).op(vm.CALLDATASIZE, vm.SUB, vm.DUP1).push(4).push(0).op(vm.CALLDATACOPY).push(0).op(vm.REVERT)

	p.label("store").push(4).op(vm.CALLDATALOAD).push(0).op(vm.SSTORE, vm.STOP)

	p.label("storeIfZero").push(0).op(vm.SLOAD, vm.DUP1, vm.ISZERO).pushLabel("storeIfZero.ok").op(vm.JUMPI)
	p.pushLabel("nope.revert").op(vm.JUMP) // stack top: sload(0), non-zero
	p.label("storeIfZero.ok").op(vm.POP).push(4).op(vm.CALLDATALOAD).push(0).op(vm.SSTORE, vm.STOP)

	p.label("nope").push(4).op(vm.CALLDATALOAD).pushLabel("nope.revert").op(vm.JUMP)
	nopeID := a.Errors["Nope"].ID
	p.label("nope.revert").push(nopeID[:4]...).push(0xe0).op(vm.SHL).push(0).op(vm.MSTORE).
		push(4).op(vm.MSTORE).push(0x24).push(0).op(vm.REVERT)

	p.label("value").push(0).op(vm.SLOAD).push(0).op(vm.MSTORE).push(0x20).push(0).op(vm.RETURN)
	return p.assemble()
}

// program is a tiny EVM assembler with forward labels (PUSH2 targets).
type program struct {
	code   []byte
	labels map[string]int
	fixups map[int]string // offset of a PUSH2 operand -> label
}

func (p *program) op(ops ...vm.OpCode) *program {
	for _, o := range ops {
		p.code = append(p.code, byte(o))
	}
	return p
}

// push emits PUSHn for 1 ≤ n = len(b) ≤ 32.
func (p *program) push(b ...byte) *program {
	p.code = append(p.code, byte(vm.PUSH1)+byte(len(b)-1))
	p.code = append(p.code, b...)
	return p
}

func (p *program) pushLabel(name string) *program {
	if p.fixups == nil {
		p.fixups = make(map[int]string)
	}
	p.code = append(p.code, byte(vm.PUSH2))
	p.fixups[len(p.code)] = name
	p.code = append(p.code, 0, 0)
	return p
}

func (p *program) label(name string) *program {
	if p.labels == nil {
		p.labels = make(map[string]int)
	}
	p.labels[name] = len(p.code)
	return p.op(vm.JUMPDEST)
}

func (p *program) assemble() []byte {
	for at, name := range p.fixups {
		dest, ok := p.labels[name]
		if !ok {
			panic(fmt.Sprintf("undefined label %q", name))
		}
		binary.BigEndian.PutUint16(p.code[at:], uint16(dest))
	}
	return p.code
}

func TestTestContract_assemblesToDocumentedBytes(t *testing.T) {
	got := hexutil.Encode(testRuntime(mustTestABI()))
	if got != testRuntimeHex {
		t.Errorf("runtime code changed:\n got %s\nwant %s", got, testRuntimeHex)
	}
}
