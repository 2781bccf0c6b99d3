package merkle

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// StandardTree is a Tree with its leaf encoding and values, like the JavaScript
// StandardMerkleTree: proofs by value index, and dumps in the library's "standard-v1" JSON
// format (MarshalJSON, Load).
type StandardTree struct {
	*Tree
	encoding  []string
	args      abi.Arguments
	values    [][]any
	treeIndex []int
}

// Of builds the tree of values under encoding, like StandardMerkleTree.of(values,
// leafEncoding) with the default (sorted) leaves. See LeafHash for the Go value types.
func Of(values [][]any, encoding []string) (*StandardTree, error) {
	args, err := arguments(encoding)
	if err != nil {
		return nil, err
	}
	hashes := make([]Hash, len(values))
	for i, v := range values {
		if hashes[i], err = LeafHash(encoding, v); err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
	}
	tree, err := Build(hashes)
	if err != nil {
		return nil, err
	}
	s := &StandardTree{Tree: tree, encoding: slicesClone(encoding), args: args, values: values, treeIndex: make([]int, len(values))}
	for i, h := range hashes {
		s.treeIndex[i], _ = tree.find(h)
	}
	return s, nil
}

// Encoding returns the leaf encoding.
func (s *StandardTree) Encoding() []string { return slicesClone(s.encoding) }

// NumValues returns the number of values (= leaves).
func (s *StandardTree) NumValues() int { return len(s.values) }

// Value returns value i as given to Of (or as Load decoded it).
func (s *StandardTree) Value(i int) []any { return s.values[i] }

// ProofOf returns the proof of value i.
func (s *StandardTree) ProofOf(i int) ([]Hash, error) {
	if i < 0 || i >= len(s.values) {
		return nil, fmt.Errorf("merkle: value index %d out of range [0, %d)", i, len(s.values))
	}
	return s.proofAt(s.treeIndex[i]), nil
}

// dump is the library's "standard-v1" JSON format.
type dump struct {
	Format       string      `json:"format"`
	LeafEncoding []string    `json:"leafEncoding"`
	Tree         []string    `json:"tree"`
	Values       []dumpValue `json:"values"`
}

type dumpValue struct {
	Value     []json.RawMessage `json:"value"`
	TreeIndex int               `json:"treeIndex"`
}

const dumpFormat = "standard-v1"

// MarshalJSON returns the tree as StandardMerkleTree.dump() does: numbers as decimal strings,
// bytes and addresses as 0x-hex strings. StandardMerkleTree.load accepts it.
func (s *StandardTree) MarshalJSON() ([]byte, error) {
	d := dump{Format: dumpFormat, LeafEncoding: s.encoding, Tree: make([]string, len(s.nodes)), Values: make([]dumpValue, len(s.values))}
	for i, n := range s.nodes {
		d.Tree[i] = hexutil.Encode(n[:])
	}
	for i, v := range s.values {
		raw := make([]json.RawMessage, len(v))
		for j, x := range v {
			enc, err := toJSON(s.args[j].Type, x)
			if err != nil {
				return nil, fmt.Errorf("value %d[%d]: %w", i, j, err)
			}
			raw[j] = enc
		}
		d.Values[i] = dumpValue{Value: raw, TreeIndex: s.treeIndex[i]}
	}
	return json.Marshal(d)
}

// Load reads a "standard-v1" dump (StandardMerkleTree.dump() in JavaScript, or MarshalJSON)
// and validates it as StandardMerkleTree.load does: every value hashes to the leaf at its
// tree index and every inner node is the hash of its children. The leaves must be sorted (the
// library's default); trees built with sortLeaves: false are refused.
func Load(data []byte) (*StandardTree, error) {
	var d dump
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("merkle: read dump: %w", err)
	}
	if d.Format != dumpFormat {
		return nil, fmt.Errorf("merkle: unknown dump format %q", d.Format)
	}
	args, err := arguments(d.LeafEncoding)
	if err != nil {
		return nil, err
	}
	if len(d.Tree) == 0 || len(d.Tree)%2 == 0 || len(d.Values) != (len(d.Tree)+1)/2 {
		return nil, fmt.Errorf("%w: %d nodes for %d values", ErrInvalidTree, len(d.Tree), len(d.Values))
	}
	nodes := make([]Hash, len(d.Tree))
	for i, hexNode := range d.Tree {
		b, err := hexutil.Decode(hexNode)
		if err != nil || len(b) != 32 {
			return nil, fmt.Errorf("%w: node %d is not 32 bytes of hex", ErrInvalidTree, i)
		}
		copy(nodes[i][:], b)
	}
	h := newHasher()
	n := (len(nodes) + 1) / 2
	for i := n - 2; i >= 0; i-- {
		if nodes[i] != h.node(nodes[2*i+1], nodes[2*i+2]) {
			return nil, fmt.Errorf("%w: node %d is not the hash of its children", ErrInvalidTree, i)
		}
	}
	t := &Tree{nodes: nodes}
	for k := 1; k < n; k++ {
		a, b := t.LeafAt(k-1), t.LeafAt(k)
		if bytes.Compare(a[:], b[:]) >= 0 {
			return nil, fmt.Errorf("%w: leaves are not sorted and distinct", ErrInvalidTree)
		}
	}
	s := &StandardTree{Tree: t, encoding: d.LeafEncoding, args: args, values: make([][]any, len(d.Values)), treeIndex: make([]int, len(d.Values))}
	seen := make(map[int]bool, len(d.Values))
	for i, v := range d.Values {
		if len(v.Value) != len(args) {
			return nil, fmt.Errorf("%w: value %d has %d fields for %d types", ErrInvalidTree, i, len(v.Value), len(args))
		}
		if v.TreeIndex < n-1 || v.TreeIndex >= len(nodes) || seen[v.TreeIndex] {
			return nil, fmt.Errorf("%w: value %d has tree index %d", ErrInvalidTree, i, v.TreeIndex)
		}
		seen[v.TreeIndex] = true
		decoded := make([]any, len(args))
		for j, raw := range v.Value {
			if decoded[j], err = fromJSON(args[j].Type, raw); err != nil {
				return nil, fmt.Errorf("merkle: value %d[%d]: %w", i, j, err)
			}
		}
		leaf, err := LeafHash(d.LeafEncoding, decoded)
		if err != nil {
			return nil, fmt.Errorf("merkle: value %d: %w", i, err)
		}
		if leaf != nodes[v.TreeIndex] {
			return nil, fmt.Errorf("%w: value %d does not hash to node %d", ErrInvalidTree, i, v.TreeIndex)
		}
		s.values[i], s.treeIndex[i] = decoded, v.TreeIndex
	}
	return s, nil
}

// toJSON renders a Go ABI value as the JavaScript library dumps it.
func toJSON(t abi.Type, v any) (json.RawMessage, error) {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		s := fmt.Sprint(v)
		if _, ok := new(big.Int).SetString(s, 10); !ok {
			return nil, fmt.Errorf("%v is not an integer for %s", v, t)
		}
		return json.Marshal(s)
	case abi.AddressTy:
		a, ok := v.(common.Address)
		if !ok {
			return nil, fmt.Errorf("%T is not common.Address for %s", v, t)
		}
		return json.Marshal(a.Hex())
	case abi.BoolTy, abi.StringTy:
		return json.Marshal(v)
	case abi.BytesTy:
		b, ok := v.([]byte)
		if !ok {
			return nil, fmt.Errorf("%T is not []byte for %s", v, t)
		}
		return json.Marshal(hexutil.Encode(b))
	case abi.FixedBytesTy:
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Array || rv.Type().Elem().Kind() != reflect.Uint8 || rv.Len() != t.Size {
			return nil, fmt.Errorf("%T is not [%d]byte for %s", v, t.Size, t)
		}
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return json.Marshal(hexutil.Encode(b))
	}
	return nil, fmt.Errorf("type %s is not supported in dumps", t)
}

// fromJSON decodes a dumped value into the Go type the abi package packs for t.
func fromJSON(t abi.Type, raw json.RawMessage) (any, error) {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			s = strings.TrimSpace(string(raw)) // a plain JSON number
		}
		n, ok := new(big.Int).SetString(s, 0)
		if !ok {
			return nil, fmt.Errorf("%s is not an integer for %s", raw, t)
		}
		return integerFor(t, n)
	case abi.AddressTy:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil || !common.IsHexAddress(s) {
			return nil, fmt.Errorf("%s is not an address", raw)
		}
		return common.HexToAddress(s), nil
	case abi.BoolTy:
		var b bool
		if err := json.Unmarshal(raw, &b); err != nil {
			return nil, fmt.Errorf("%s is not a bool", raw)
		}
		return b, nil
	case abi.StringTy:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fmt.Errorf("%s is not a string", raw)
		}
		return s, nil
	case abi.BytesTy, abi.FixedBytesTy:
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fmt.Errorf("%s is not a hex string", raw)
		}
		b, err := hexutil.Decode(s)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", raw, err)
		}
		if t.T == abi.BytesTy {
			return b, nil
		}
		if len(b) != t.Size {
			return nil, fmt.Errorf("%s has %d bytes, want %d for %s", raw, len(b), t.Size, t)
		}
		arr := reflect.New(t.GetType()).Elem()
		reflect.Copy(arr, reflect.ValueOf(b))
		return arr.Interface(), nil
	}
	return nil, fmt.Errorf("type %s is not supported in dumps", t)
}

// integerFor converts n to the Go type the abi package expects for t (uint8 ... uint64,
// int8 ... int64, *big.Int beyond), checking its range.
func integerFor(t abi.Type, n *big.Int) (any, error) {
	signed := t.T == abi.IntTy
	limit := new(big.Int).Lsh(big.NewInt(1), uint(t.Size))
	if signed {
		limit.Rsh(limit, 1)
		if n.Cmp(limit) >= 0 || n.Cmp(new(big.Int).Neg(limit)) < 0 {
			return nil, fmt.Errorf("%v out of range for %s", n, t)
		}
	} else if n.Sign() < 0 || n.Cmp(limit) >= 0 {
		return nil, fmt.Errorf("%v out of range for %s", n, t)
	}
	goType := t.GetType()
	if goType == reflect.TypeOf((*big.Int)(nil)) {
		return n, nil
	}
	v := reflect.New(goType).Elem()
	if signed {
		v.SetInt(n.Int64())
	} else {
		v.SetUint(n.Uint64())
	}
	return v.Interface(), nil
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }
