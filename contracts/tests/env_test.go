package tests

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/salus-health/salus/bindings"
)

// Registry roles, as the contract numbers them.
const (
	roleNone uint8 = iota
	roleProvider
	roleLab
	rolePharmacy
	roleManufacturer
	roleDistributor
	roleInsurer
	roleResearch
	roleGovernmentPayer
)

var (
	regulatorRole = crypto.Keccak256Hash([]byte("REGULATOR_ROLE"))
	adminRole     = common.Hash{} // DEFAULT_ADMIN_ROLE

	// farFuture is a fixed validity end (2100-01-01) so calldata, and gas,
	// does not depend on the clock.
	farFuture uint64 = 4_102_444_800

	secp256k1N = crypto.S256().Params().N
	secp256k1P = crypto.S256().Params().P
)

// txFunc sends one contract transaction with the given options.
type txFunc func(opts *bind.TransactOpts) (*types.Transaction, error)

// env is a freshly deployed Registry on a backend.
type env struct {
	b        Backend
	registry *bindings.Registry
	addr     common.Address
	abi      *abi.ABI
	deployed *types.Receipt
}

// deployRegistry deploys a Registry administered by the regulator account.
func deployRegistry(t testing.TB, b Backend) *env {
	t.Helper()
	contractABI, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, registry, err := bindings.DeployRegistry(opts, b.Client(), regulator.addr)
	if err != nil {
		t.Fatalf("deploy Registry: %v", err)
	}
	receipt := b.Mine(t, tx)
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy Registry: receipt status %d", receipt.Status)
	}
	return &env{b: b, registry: registry, addr: addr, abi: contractABI, deployed: receipt}
}

// Fixed gas limits for transactions expected to succeed. Gas estimation is
// left to the reverting calls, whose revert data it returns; a fixed limit
// keeps a successful call independent of which block estimation ran on.
// Gas used, the figure the tests look at, does not depend on the limit.
const (
	deployGasLimit = 5_000_000
	sendGasLimit   = 1_000_000
)

// send sends a transaction from an account and requires it to succeed.
func (e *env) send(t testing.TB, from account, call txFunc) *types.Receipt {
	t.Helper()
	opts := transactOpts(t, e.b, from)
	opts.GasLimit = sendGasLimit
	tx, err := call(opts)
	if err != nil {
		t.Fatalf("transaction from %s: %v", from.addr, err)
	}
	receipt := e.b.Mine(t, tx)
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s from %s: receipt status %d in block %v (gas %d of %d), want success; replayed: %s",
			tx.Hash(), from.addr, receipt.Status, receipt.BlockNumber, receipt.GasUsed, tx.Gas(), e.replay(t, from, tx, receipt))
	}
	return receipt
}

// replay re-runs a failed transaction as a call on the state before its
// block and describes the outcome, to tell a revert from running out of gas.
func (e *env) replay(t testing.TB, from account, tx *types.Transaction, r *types.Receipt) string {
	t.Helper()
	msg := ethereum.CallMsg{From: from.addr, To: tx.To(), Gas: tx.Gas(), Data: tx.Data(), Value: tx.Value()}
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	if _, err := e.b.Client().CallContract(context.Background(), msg, parent); err != nil {
		var dataErr rpc.DataError
		if errors.As(err, &dataErr) && dataErr.ErrorData() != nil {
			return fmt.Sprintf("%v: %s", err, decodeRevert(t, e.abi, err))
		}
		return err.Error()
	}
	return "succeeds on the parent state"
}

// revert sends a transaction that must revert (gas estimation runs it and
// returns the revert data) and decodes the error.
func (e *env) revert(t testing.TB, from account, call txFunc) revert {
	t.Helper()
	tx, err := call(transactOpts(t, e.b, from))
	if err == nil {
		receipt := e.b.Mine(t, tx)
		t.Fatalf("transaction from %s was sent and mined with status %d, want a revert", from.addr, receipt.Status)
	}
	return decodeRevert(t, e.abi, err)
}

// opts returns call options reading the latest block.
func (e *env) opts() *bind.CallOpts {
	return &bind.CallOpts{Context: context.Background()}
}

// license licenses who as role until farFuture.
func (e *env) license(t testing.TB, who common.Address, role uint8) *types.Receipt {
	t.Helper()
	return e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.License(o, who, role, "Institution "+who.Hex()[:8], common.Hash{0x1c}, farFuture)
	})
}

func (e *env) suspend(t testing.TB, who common.Address) *types.Receipt {
	t.Helper()
	return e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.Suspend(o, who, common.Hash{0x5e})
	})
}

func (e *env) registerDevice(t testing.TB, dev, owner common.Address) *types.Receipt {
	t.Helper()
	return e.send(t, regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.RegisterDevice(o, dev, owner, common.Hash{0xde})
	})
}

// must unwraps the result of a contract call: must(e.registry.RoleOf(...)).
// It panics on error (Go cannot pass a testing.TB next to a multi-value
// call); a view failing means the node itself failed, so the run is over
// anyway.
func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("contract call: %v", err))
	}
	return v
}

// oneEvent returns the single log of r emitted by addr that parse accepts.
func oneEvent[T any](t testing.TB, r *types.Receipt, addr common.Address, parse func(types.Log) (*T, error)) *T {
	t.Helper()
	var found []*T
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := parse(*l); err == nil {
			found = append(found, ev)
		}
	}
	if len(found) != 1 {
		t.Fatalf("got %d matching events in %d logs, want 1", len(found), len(r.Logs))
	}
	return found[0]
}

// encryptionKey is a secp256k1 key used for ECIES, not for transactions.
type encryptionKey struct {
	priv *ecdsa.PrivateKey
	pub  []byte // X || Y, 64 bytes
}

func newEncryptionKey(name string) encryptionKey {
	key := newAccount("encryption/" + name).key
	return encryptionKey{priv: key, pub: crypto.FromECDSAPub(&key.PublicKey)[1:]}
}

// eip712Digest computes, independently of the contract, the EIP-712 digest
// of EncryptionKey(account, keccak256(pub)) in the registry's domain.
func (e *env) eip712Digest(t testing.TB, owner common.Address, pub []byte) []byte {
	t.Helper()
	chainID, err := e.b.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			"EncryptionKey": {
				{Name: "account", Type: "address"},
				{Name: "publicKeyHash", Type: "bytes32"},
			},
		},
		PrimaryType: "EncryptionKey",
		Domain: apitypes.TypedDataDomain{
			Name:              "Salus Registry",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(chainID),
			VerifyingContract: e.addr.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"account":       owner.Hex(),
			"publicKeyHash": crypto.Keccak256Hash(pub).Hex(),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatalf("EIP-712 hash: %v", err)
	}
	return digest
}

// keyProof signs the proof of possession of key for owner: r || s || v with
// v in {27, 28}, as OpenZeppelin's ECDSA expects.
func (e *env) keyProof(t testing.TB, owner common.Address, key encryptionKey) []byte {
	t.Helper()
	sig, err := crypto.Sign(e.eip712Digest(t, owner, key.pub), key.priv)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// highS turns a valid signature into its malleable twin (s' = n - s, v
// flipped), which ecrecover accepts and OpenZeppelin's ECDSA rejects.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(secp256k1N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

func (e *env) registerKey(pub, proof []byte) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.RegisterEncryptionKey(o, pub, proof)
	}
}
