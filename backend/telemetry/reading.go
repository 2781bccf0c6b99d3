// Package telemetry verifies the signed temperature readings of cold-chain
// sensors and packs them into DrugBatches.submitReadings transactions.
//
// A sensor (an IoT device registered in the Registry and bound to the holder
// whose storage it watches) signs each reading as the EIP-712 struct
//
//	TemperatureReading(bytes32 batchId,address holder,uint64 timestamp,int16 temperature)
//
// in the "Salus DrugBatches" version "1" domain of the DrugBatches contract,
// with a compact 64-byte EIP-2098 signature (r, then yParity in the top bit of
// s). The contract reverts a whole submission when one reading is not well
// formed, so the [Packer] checks every reading off chain first (signature,
// device binding, batch, custody, clock) and submits only the good ones,
// sorted and grouped the way the contract processes them cheapest, in
// transactions of a bounded size.
package telemetry

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 domain of DrugBatches; must match the contract's constructor.
const (
	DomainName    = "Salus DrugBatches"
	DomainVersion = "1"
)

// ReadingType is the EIP-712 type a device signs.
const ReadingType = "TemperatureReading(bytes32 batchId,address holder,uint64 timestamp,int16 temperature)"

var (
	readingTypeHash = crypto.Keccak256Hash([]byte(ReadingType))
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
)

// ErrSignature means a reading's signature is malformed: s in the upper half
// of the curve order, or no public key recovers from it. The contract reverts
// such a reading with DrugBatchesInvalidReadingSignature.
var ErrSignature = errors.New("telemetry: malformed reading signature")

// Reading is one signed temperature reading, as DrugBatches takes it.
type Reading struct {
	// BatchID is the batch the reading is about.
	BatchID [32]byte
	// Holder is the custodian whose storage the device watches (its Registry owner).
	Holder common.Address
	// Timestamp is the device's time of the measurement, Unix seconds.
	Timestamp uint64
	// Temperature is in hundredths of a degree Celsius.
	Temperature int16
	// Signature is the compact EIP-2098 signature: r, then yParity in the top
	// bit and s in the other 255 bits.
	Signature [64]byte
}

// Domain is the EIP-712 domain separator of one DrugBatches deployment.
type Domain [32]byte

// NewDomain returns the domain separator of the DrugBatches contract at
// contract on chain chainID.
func NewDomain(chainID *big.Int, contract common.Address) Domain {
	return Domain(crypto.Keccak256Hash(domainTypeHash[:], crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)), math.U256Bytes(new(big.Int).Set(chainID)), common.LeftPadBytes(contract[:], 32)))
}

// Digest returns the EIP-712 digest a device signs for r (its signature is
// ignored), the contract's readingDigest.
func (d Domain) Digest(r Reading) common.Hash {
	var ts, temp [32]byte
	new(big.Int).SetUint64(r.Timestamp).FillBytes(ts[:])
	copy(temp[:], math.U256Bytes(big.NewInt(int64(r.Temperature))))
	structHash := crypto.Keccak256(readingTypeHash[:], r.BatchID[:], common.LeftPadBytes(r.Holder[:], 32), ts[:], temp[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d[:], structHash)
}

// Sign returns r signed by key, as a device does.
func (d Domain) Sign(key *ecdsa.PrivateKey, r Reading) (Reading, error) {
	digest := d.Digest(r)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Reading{}, err
	}
	r.Signature, err = Compact(sig)
	return r, err
}

// Recover returns the device that signed r: the address its signature
// recovers to over its fields. A signature over other fields, or by another
// key, recovers to another address; only a malformed one is an error
// (wrapping ErrSignature).
func (d Domain) Recover(r Reading) (common.Address, error) {
	sig := Expand(r.Signature)
	if !validValues(sig[64], sig[:32], sig[32:64]) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range, or s in the upper half of the curve order", ErrSignature)
	}
	digest := d.Digest(r)
	pub, err := crypto.SigToPub(digest[:], sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Compact turns a 65-byte r‖s‖v signature (v in {0, 1, 27, 28}) into its
// EIP-2098 form. It refuses, wrapping ErrSignature, a signature the contract
// refuses: r or s out of range, or s in the upper half of the curve order.
func Compact(sig []byte) ([64]byte, error) {
	var out [64]byte
	if len(sig) != 65 {
		return out, fmt.Errorf("%w: %d bytes, want 65", ErrSignature, len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if !validValues(v, sig[:32], sig[32:64]) {
		return out, fmt.Errorf("%w: recovery id %d, or r or s out of range, or s in the upper half of the curve order", ErrSignature, sig[64])
	}
	copy(out[:], sig[:64])
	out[32] |= v << 7
	return out, nil
}

// Valid reports whether the compact signature c is one the contract accepts
// the form of: r and s in range, s in the lower half.
func Valid(c [64]byte) bool {
	sig := Expand(c)
	return validValues(sig[64], sig[:32], sig[32:64])
}

func validValues(v byte, r, s []byte) bool {
	return crypto.ValidateSignatureValues(v, new(big.Int).SetBytes(r), new(big.Int).SetBytes(s), true)
}

// Expand turns an EIP-2098 signature into r‖s‖v with v in {0, 1}.
func Expand(c [64]byte) [65]byte {
	var out [65]byte
	copy(out[:64], c[:])
	out[64] = c[32] >> 7
	out[32] &= 0x7f
	return out
}
