package indexer

import (
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// claimsFamily decodes Claims: plans and tariffs, policies, pool deposits
// and withdrawals, claim submissions (one row per line, derived from the
// same log) and every later step of a claim (a ClaimState row derived from
// each step that sets the claim's status).
func claimsFamily() (*family, error) {
	fam, err := newFamily("Claims", bindings.ClaimsMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewClaimsFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	err = fam.onAll(map[string]decodeFunc{
		"PlanCreated": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePlanCreated(l)
			if err != nil {
				return nil, err
			}
			t := e.Terms
			return &store.PlanEvent{Event: at, Kind: store.KindCreated, PlanID: store.Int64(e.PlanId), Insurer: store.Addr(e.Insurer),
				CopayBps: int(t.CopayBps), ConsentCategories: int64(t.ConsentCategories), Deductible: store.AmountOf(t.Deductible),
				AnnualLimit: store.AmountOf(t.AnnualLimit), ReviewThreshold: store.AmountOf(t.ReviewThreshold)}, nil
		},
		"PlanClosed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePlanClosed(l)
			if err != nil {
				return nil, err
			}
			return &store.PlanEvent{Event: at, Kind: store.KindClosed, PlanID: store.Int64(e.PlanId),
				Deductible: "0", AnnualLimit: "0", ReviewThreshold: "0"}, nil
		},
		"TariffsSet": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseTariffsSet(l)
			if err != nil {
				return nil, err
			}
			return store.NewPlanTariffSet(at, store.Int64(e.PlanId), hashes(e.Codes), amounts64(e.Tariffs)), nil
		},
		"PolicyIssued": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePolicyIssued(l)
			if err != nil {
				return nil, err
			}
			return &store.PolicyEvent{Event: at, Kind: store.KindIssued, PolicyID: store.Int64(e.PolicyId), PlanID: store.Int64(e.PlanId),
				Patient: store.Addr(e.Patient), MemberRef: store.Hash(e.MemberRef), ValidFrom: store.Int64(e.ValidFrom),
				ValidUntil: store.Int64(e.ValidUntil)}, nil
		},
		"PolicyTerminated": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePolicyTerminated(l)
			if err != nil {
				return nil, err
			}
			return &store.PolicyEvent{Event: at, Kind: store.KindTerminated, PolicyID: store.Int64(e.PolicyId),
				ValidUntil: store.Int64(e.ValidUntil)}, nil
		},
		"PoolDeposited": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePoolDeposited(l)
			if err != nil {
				return nil, err
			}
			return &store.PoolEvent{Event: at, Kind: store.KindDeposited, Insurer: store.Addr(e.Insurer), Amount: store.NewAmount(e.Amount)}, nil
		},
		"PoolWithdrawn": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParsePoolWithdrawn(l)
			if err != nil {
				return nil, err
			}
			return &store.PoolEvent{Event: at, Kind: store.KindWithdrawn, Insurer: store.Addr(e.Insurer), Amount: store.NewAmount(e.Amount)}, nil
		},
		"ClaimSubmitted": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimSubmitted(l)
			if err != nil {
				return nil, err
			}
			lines := make([]store.ClaimLine, len(e.Lines))
			for i, ln := range e.Lines {
				lines[i] = store.ClaimLine{Code: store.Hash(ln.Code), Quantity: int(ln.Quantity),
					UnitAmount: store.AmountOf(ln.UnitAmount), Allowed: store.NewAmount(ln.Allowed), Reason: int(ln.Reason)}
			}
			return store.NewClaimSubmission(store.ClaimSubmission{Event: at, ClaimID: store.Hash(e.ClaimId),
				Provider: store.Addr(e.Provider), Patient: store.Addr(e.Patient), Insurer: store.Addr(e.Insurer),
				PolicyID: store.Int64(e.PolicyId), ClaimKey: store.Hash(e.ClaimKey), ServiceDate: store.Int64(e.ServiceDate),
				Evidence: cidList(e.Evidence)}, lines), nil
		},
		"ClaimPended": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimPended(l)
			if err != nil {
				return nil, err
			}
			return claimEvent(at, store.KindPended, e.ClaimId, func(r *store.ClaimEvent) { r.Reasons = int(e.Reasons) }), nil
		},
		"ClaimApproved": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimApproved(l)
			if err != nil {
				return nil, err
			}
			return claimEvent(at, store.KindApproved, e.ClaimId, func(r *store.ClaimEvent) {
				r.Insurer, r.Partial = store.Addr(e.Insurer), e.IsPartial
				total := new(big.Int)
				parts := make([]string, len(e.Amounts))
				for i, a := range e.Amounts {
					total.Add(total, a)
					parts[i] = store.NewAmount(a).String()
				}
				r.Amount, r.Amounts = store.NewAmount(total), strings.Join(parts, ",")
			}), nil
		},
		"ClaimDecided": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimDecided(l)
			if err != nil {
				return nil, err
			}
			d := e.Decision
			return claimEvent(at, store.KindDecided, e.ClaimId, func(r *store.ClaimEvent) {
				r.PolicyID, r.BenefitYear = store.Int64(e.PolicyId), int64(e.BenefitYear)
				r.Approved, r.Deductible, r.Copay = store.NewAmount(d.Approved), store.NewAmount(d.Deductible), store.NewAmount(d.Copay)
				r.OverLimit, r.Payout = store.NewAmount(d.OverLimit), store.NewAmount(d.Payout)
				r.Amount = r.Payout
			}), nil
		},
		"ClaimQueued": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimQueued(l)
			if err != nil {
				return nil, err
			}
			return claimEvent(at, store.KindQueued, e.ClaimId, func(r *store.ClaimEvent) {
				r.Insurer, r.Amount, r.QueuePosition = store.Addr(e.Insurer), store.NewAmount(e.Amount), store.Int64(e.Position)
			}), nil
		},
		"ClaimPaid": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimPaid(l)
			if err != nil {
				return nil, err
			}
			return claimEvent(at, store.KindPaid, e.ClaimId, func(r *store.ClaimEvent) {
				r.Insurer, r.Provider, r.Amount = store.Addr(e.Insurer), store.Addr(e.Provider), store.NewAmount(e.Amount)
			}), nil
		},
		"ClaimDenied": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimDenied(l)
			if err != nil {
				return nil, err
			}
			return claimEvent(at, store.KindDenied, e.ClaimId, func(r *store.ClaimEvent) {
				r.Insurer, r.ReasonCode, r.Final = store.Addr(e.Insurer), store.Hash(e.ReasonCode), e.IsFinal
			}), nil
		},
		"ClaimAppealed": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseClaimAppealed(l)
			if err != nil {
				return nil, err
			}
			return claimEvent(at, store.KindAppealed, e.ClaimId, func(r *store.ClaimEvent) {
				r.Provider, r.ReasonCode, r.Evidence = store.Addr(e.Provider), store.Hash(e.ReasonCode), cidList(e.Evidence)
			}), nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}

// claimEvent returns a claim step row with every amount zero, set by fill.
func claimEvent(at store.Event, kind string, claimID [32]byte, fill func(*store.ClaimEvent)) *store.ClaimEvent {
	r := &store.ClaimEvent{Event: at, Kind: kind, ClaimID: store.Hash(claimID),
		Amount: "0", Approved: "0", Deductible: "0", Copay: "0", OverLimit: "0", Payout: "0"}
	fill(r)
	return r
}

// hashes formats bytes32 values.
func hashes(in [][32]byte) []string {
	out := make([]string, len(in))
	for i, h := range in {
		out[i] = store.Hash(h)
	}
	return out
}

// amounts64 formats uint64 amounts.
func amounts64(in []uint64) []store.Amount {
	out := make([]store.Amount, len(in))
	for i, v := range in {
		out[i] = store.AmountOf(v)
	}
	return out
}

// cidList formats evidence CIDs, space-separated.
func cidList(in [][]byte) string {
	out := make([]string, len(in))
	for i, b := range in {
		out[i] = cidString(b)
	}
	return strings.Join(out, " ")
}
