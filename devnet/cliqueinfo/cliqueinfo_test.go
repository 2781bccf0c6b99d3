package cliqueinfo_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/devnet/cliqueinfo"
)

type fakeChain []*types.Header

type source struct{ c *fakeChain }

func (s source) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return (*s.c).HeaderByNumber(ctx, n)
}

func (f fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return f[len(f)-1], nil
	}
	if n.Uint64() >= uint64(len(f)) {
		return nil, fmt.Errorf("no block %v", n)
	}
	return f[n.Uint64()], nil
}

func sorted(keys ...*ecdsa.PrivateKey) []common.Address {
	var out []common.Address
	for _, k := range keys {
		out = append(out, crypto.PubkeyToAddress(k.PublicKey))
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}

// seal builds block n on parent, voting for target (zero: no vote).
func seal(t *testing.T, parent *types.Header, key *ecdsa.PrivateKey, target common.Address, authorize bool) *types.Header {
	h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).Add(parent.Number, common.Big1), Difficulty: big.NewInt(1), Extra: make([]byte, 32+65), Coinbase: target, Time: parent.Time + 1}
	if authorize {
		h.Nonce = types.BlockNonce{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
	}
	sig, err := crypto.Sign(clique.SealHash(h).Bytes(), key)
	if err != nil {
		t.Fatal(err)
	}
	copy(h.Extra[32:], sig)
	return h
}

func TestSignerAndVotes(t *testing.T) {
	var keys []*ecdsa.PrivateKey
	for i := 0; i < 4; i++ {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
	}
	initial := sorted(keys[:3]...)
	extra := make([]byte, 32)
	for _, a := range initial {
		extra = append(extra, a[:]...)
	}
	extra = append(extra, make([]byte, 65)...)
	chain := fakeChain{{Number: big.NewInt(0), Extra: extra, Difficulty: big.NewInt(1)}}
	newcomer := crypto.PubkeyToAddress(keys[3].PublicKey)

	chain = append(chain, seal(t, chain[0], keys[0], newcomer, true))
	if got, err := cliqueinfo.Signer(chain[1]); err != nil || got != crypto.PubkeyToAddress(keys[0].PublicKey) {
		t.Fatalf("Signer = %s, %v; want the sealing key's address", got, err)
	}
	tr := cliqueinfo.NewTracker(source{&chain}, 100)
	ctx := context.Background()
	got, err := tr.Signers(ctx, chain[1])
	if err != nil || len(got) != 3 {
		t.Fatalf("after one vote of three: %v %v, want the 3 initial signers", got, err)
	}
	chain = append(chain, seal(t, chain[1], keys[1], newcomer, true))
	got, err = tr.Signers(ctx, chain[2])
	if err != nil || len(got) != 4 {
		t.Fatalf("after two votes of three: %v %v, want 4 signers", got, err)
	}
	// Now drop keys[2]: needs 3 of 4 votes.
	drop := crypto.PubkeyToAddress(keys[2].PublicKey)
	chain = append(chain, seal(t, chain[2], keys[0], drop, false))
	chain = append(chain, seal(t, chain[3], keys[1], drop, false))
	if got, _ = tr.Signers(ctx, chain[4]); len(got) != 4 {
		t.Fatalf("two drop votes of four applied early: %v", got)
	}
	chain = append(chain, seal(t, chain[4], keys[3], drop, false))
	got, err = tr.Signers(ctx, chain[5])
	if err != nil || len(got) != 3 {
		t.Fatalf("after three drop votes: %v %v", got, err)
	}
	for _, a := range got {
		if a == drop {
			t.Fatalf("dropped signer %s still listed", drop)
		}
	}
	// A block sealed by the dropped signer is refused.
	chain = append(chain, seal(t, chain[5], keys[2], common.Address{}, false))
	if _, err := tr.Signers(ctx, chain[6]); err == nil {
		t.Fatal("a block by an unauthorised signer was accepted")
	}
	// A fresh tracker replays to the same answer.
	got2, err := cliqueinfo.NewTracker(chain[:6], 100).Signers(ctx, chain[5])
	if err != nil || fmt.Sprint(got2) != fmt.Sprint(got) {
		t.Fatalf("fresh tracker: %v %v, want %v", got2, err, got)
	}
}

func TestSignerRejectsUnsealedHeader(t *testing.T) {
	if _, err := cliqueinfo.Signer(&types.Header{Number: big.NewInt(1), Extra: []byte{1, 2}}); err == nil {
		t.Fatal("short extra-data accepted")
	}
}
