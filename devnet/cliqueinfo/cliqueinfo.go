// Package cliqueinfo reads Clique facts from block headers alone, so that the
// backend and the indexer learn who sealed a block and who may seal the next
// one through standard eth_* calls (no clique_* RPC), on any node.
//
// The signer of a block is recovered from the seal in its extra-data; the
// coinbase field of a Clique header carries a vote, not the sealer.
package cliqueinfo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/devnet/genesis"
)

const (
	extraVanity = 32
	extraSeal   = crypto.SignatureLength
)

// ErrNotClique means a header does not carry a Clique seal.
var ErrNotClique = errors.New("header has no clique seal")

var (
	nonceAuthVote = types.BlockNonce{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
	nonceDropVote = types.BlockNonce{}
)

// Signer recovers the address that sealed h.
func Signer(h *types.Header) (common.Address, error) {
	if len(h.Extra) < extraVanity+extraSeal {
		return common.Address{}, ErrNotClique
	}
	sig := h.Extra[len(h.Extra)-extraSeal:]
	pub, err := crypto.Ecrecover(clique.SealHash(h).Bytes(), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrNotClique, err)
	}
	var a common.Address
	copy(a[:], crypto.Keccak256(pub[1:])[12:])
	return a, nil
}

// CheckpointSigners returns the signer list written into the extra-data of a
// checkpoint (epoch) header, or of the genesis.
func CheckpointSigners(h *types.Header) ([]common.Address, error) {
	if len(h.Extra) < extraVanity+extraSeal {
		return nil, ErrNotClique
	}
	list := h.Extra[extraVanity : len(h.Extra)-extraSeal]
	if len(list)%common.AddressLength != 0 {
		return nil, fmt.Errorf("%w: signer list of %d bytes", ErrNotClique, len(list))
	}
	out := make([]common.Address, len(list)/common.AddressLength)
	for i := range out {
		copy(out[i][:], list[i*common.AddressLength:])
	}
	return out, nil
}

// HeaderSource returns canonical headers; *ethclient.Client satisfies it.
type HeaderSource interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Tracker follows the authorised signer set at the head: the list of the
// last checkpoint with the votes cast since replayed on top, as Clique does.
// It caches its progress and is safe for concurrent use.
type Tracker struct {
	src   HeaderSource
	epoch uint64

	mu    sync.Mutex
	num   uint64
	hash  common.Hash
	state *voteState
}

// NewTracker returns a tracker for a chain with the given epoch (0 means
// genesis.DefaultEpoch).
func NewTracker(src HeaderSource, epoch uint64) *Tracker {
	if epoch == 0 {
		epoch = genesis.DefaultEpoch
	}
	return &Tracker{src: src, epoch: epoch}
}

// Signers returns the sorted signer set authorised after block head.
func (t *Tracker) Signers(ctx context.Context, head *types.Header) ([]common.Address, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := head.Number.Uint64()
	checkpoint := n - n%t.epoch
	// Reuse the cached state when it is an ancestor in the same epoch and the
	// cached block is still canonical.
	if t.state == nil || t.num > n || t.num < checkpoint {
		if err := t.reset(ctx, checkpoint); err != nil {
			return nil, err
		}
	} else if h, err := t.src.HeaderByNumber(ctx, new(big.Int).SetUint64(t.num)); err != nil {
		return nil, err
	} else if h.Hash() != t.hash {
		if err := t.reset(ctx, checkpoint); err != nil {
			return nil, err
		}
	}
	for t.num < n {
		h, err := t.src.HeaderByNumber(ctx, new(big.Int).SetUint64(t.num+1))
		if err != nil {
			return nil, err
		}
		if err := t.state.apply(h); err != nil {
			return nil, fmt.Errorf("block %d: %w", t.num+1, err)
		}
		t.num, t.hash = h.Number.Uint64(), h.Hash()
	}
	return t.state.sorted(), nil
}

func (t *Tracker) reset(ctx context.Context, checkpoint uint64) error {
	h, err := t.src.HeaderByNumber(ctx, new(big.Int).SetUint64(checkpoint))
	if err != nil {
		return err
	}
	signers, err := CheckpointSigners(h)
	if err != nil {
		return err
	}
	st := &voteState{signers: map[common.Address]bool{}, tally: map[common.Address]*tally{}}
	for _, s := range signers {
		st.signers[s] = true
	}
	t.state, t.num, t.hash = st, checkpoint, h.Hash()
	return nil
}

type vote struct {
	signer, target common.Address
	authorize      bool
}

type tally struct {
	authorize bool
	votes     int
}

// voteState mirrors the voting rules of go-ethereum's clique snapshot (which
// it does not export): one vote per signer and target, a strict majority of
// the current signers applies it, and a dropped signer's votes are discarded.
type voteState struct {
	signers map[common.Address]bool
	votes   []vote
	tally   map[common.Address]*tally
}

func (s *voteState) apply(h *types.Header) error {
	signer, err := Signer(h)
	if err != nil {
		return err
	}
	if !s.signers[signer] {
		return fmt.Errorf("sealed by %s, not an authorised signer", signer)
	}
	// A signer's new vote on a target replaces its previous one.
	for i, v := range s.votes {
		if v.signer == signer && v.target == h.Coinbase {
			s.uncast(v)
			s.votes = append(s.votes[:i], s.votes[i+1:]...)
			break
		}
	}
	if h.Coinbase == (common.Address{}) {
		return nil
	}
	var authorize bool
	switch h.Nonce {
	case nonceAuthVote:
		authorize = true
	case nonceDropVote:
		authorize = false
	default:
		return errors.New("invalid vote nonce")
	}
	// Votes that would not change anything are ignored, as in clique.
	if s.signers[h.Coinbase] == authorize {
		return nil
	}
	if t, ok := s.tally[h.Coinbase]; ok && t.authorize != authorize {
		return nil
	}
	v := vote{signer: signer, target: h.Coinbase, authorize: authorize}
	s.votes = append(s.votes, v)
	if t, ok := s.tally[v.target]; ok {
		t.votes++
	} else {
		s.tally[v.target] = &tally{authorize: authorize, votes: 1}
	}
	if s.tally[v.target].votes <= len(s.signers)/2 {
		return nil
	}
	if authorize {
		s.signers[v.target] = true
	} else {
		delete(s.signers, v.target)
		for i := 0; i < len(s.votes); i++ {
			if s.votes[i].signer == v.target {
				s.uncast(s.votes[i])
				s.votes = append(s.votes[:i], s.votes[i+1:]...)
				i--
			}
		}
	}
	for i := 0; i < len(s.votes); i++ {
		if s.votes[i].target == v.target {
			s.votes = append(s.votes[:i], s.votes[i+1:]...)
			i--
		}
	}
	delete(s.tally, v.target)
	return nil
}

func (s *voteState) uncast(v vote) {
	if t, ok := s.tally[v.target]; ok && t.authorize == v.authorize {
		if t.votes > 1 {
			t.votes--
		} else {
			delete(s.tally, v.target)
		}
	}
}

func (s *voteState) sorted() []common.Address {
	out := make([]common.Address, 0, len(s.signers))
	for a := range s.signers {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}
