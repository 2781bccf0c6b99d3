package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/deploy"
)

// Claims implements api.Claims on the Claims and SettlementToken contracts.
// It is safe for concurrent use.
type Claims struct {
	txer
	node       Node
	claims     *bindings.Claims
	claimsAddr common.Address
	claimsABI  *abi.ABI
	token      *bindings.SettlementToken
	tokenAddr  common.Address
	from       uint64 // deployment block, where log searches start
	treasury   common.Address
	// claimEvents are the ids of the events whose first topic is a claim id.
	claimEvents []common.Hash
}

var _ api.Claims = (*Claims)(nil)

// NewClaims binds Claims and SettlementToken at the manifest's addresses;
// treasury is the keystore account that mints and burns (it must hold
// TREASURY_ROLE).
func NewClaims(node Node, sender Sender, manifest *deploy.Manifest, treasury common.Address) (*Claims, error) {
	for _, name := range []string{"Claims", "SettlementToken"} {
		if manifest.Address(name) == (common.Address{}) {
			return nil, fmt.Errorf("manifest has no %s", name)
		}
	}
	if treasury == (common.Address{}) {
		return nil, errors.New("chainsvc: claims needs a treasury account")
	}
	c := &Claims{node: node, claimsAddr: manifest.Address("Claims"), tokenAddr: manifest.Address("SettlementToken"),
		from: manifest.DeploymentBlock, treasury: treasury}
	var err error
	if c.claims, err = bindings.NewClaims(c.claimsAddr, node); err != nil {
		return nil, err
	}
	if c.token, err = bindings.NewSettlementToken(c.tokenAddr, node); err != nil {
		return nil, err
	}
	if c.claimsABI, err = bindings.ClaimsMetaData.GetAbi(); err != nil {
		return nil, err
	}
	for _, name := range []string{"ClaimSubmitted", "ClaimPended", "ClaimApproved", "ClaimDecided", "ClaimQueued",
		"ClaimPaid", "ClaimDenied", "ClaimAppealed"} {
		c.claimEvents = append(c.claimEvents, c.claimsABI.Events[name].ID)
	}
	if c.txer, err = newTxer(sender); err != nil {
		return nil, err
	}
	return c, nil
}

// Treasury implements api.Claims.
func (c *Claims) Treasury() common.Address { return c.treasury }

// uint64Amount checks that an amount fits the contract's uint64 field.
func uint64Amount(what string, v *big.Int) (uint64, error) {
	if v == nil || v.Sign() < 0 || !v.IsUint64() {
		return 0, api.Invalid(fmt.Sprintf("%s must be at most %d minor units", what, uint64(math.MaxUint64)))
	}
	return v.Uint64(), nil
}

// maxUint96 is the largest amount a pool or claim counter holds.
var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

func positiveUint96(what string, v *big.Int) error {
	if v == nil || v.Sign() <= 0 || v.Cmp(maxUint96) > 0 {
		return api.Invalid(fmt.Sprintf("%s must be more than zero and at most %s minor units", what, maxUint96))
	}
	return nil
}

func tariffArrays(ts []api.PlanTariff) ([][32]byte, []uint64, error) {
	if len(ts) > api.MaxPlanTariffs {
		return nil, nil, api.Invalid(fmt.Sprintf("at most %d tariffs per request", api.MaxPlanTariffs))
	}
	codes := make([][32]byte, len(ts))
	amounts := make([]uint64, len(ts))
	for i, t := range ts {
		a, err := uint64Amount(fmt.Sprintf("tariff %d", i), t.Amount)
		if err != nil {
			return nil, nil, err
		}
		codes[i], amounts[i] = t.Code, a
	}
	return codes, amounts, nil
}

// CreatePlan implements api.Claims.
func (c *Claims) CreatePlan(ctx context.Context, from common.Address, p api.NewPlan) (api.Plan, api.TxResult, error) {
	terms := bindings.IClaimsPlanTerms{CopayBps: p.Terms.CopayBps, ConsentCategories: uint32(p.Terms.Consent)}
	var err error
	if terms.Deductible, err = uint64Amount("deductible", p.Terms.Deductible); err != nil {
		return api.Plan{}, api.TxResult{}, err
	}
	if terms.AnnualLimit, err = uint64Amount("annualLimit", p.Terms.AnnualLimit); err != nil {
		return api.Plan{}, api.TxResult{}, err
	}
	if terms.ReviewThreshold, err = uint64Amount("reviewThreshold", p.Terms.ReviewThreshold); err != nil {
		return api.Plan{}, api.TxResult{}, err
	}
	codes, tariffs, err := tariffArrays(p.Tariffs)
	if err != nil {
		return api.Plan{}, api.TxResult{}, err
	}
	res, rcpt, err := c.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.CreatePlan(o, terms, codes, tariffs)
	})
	if err != nil {
		return api.Plan{}, res, err
	}
	if ev, ok := receiptEvent(rcpt, c.claimsAddr, c.claims.ParsePlanCreated); ok {
		plan, err := c.Plan(ctx, ev.PlanId)
		return plan, res, err
	}
	return api.Plan{}, res, errors.New("createPlan receipt has no PlanCreated event")
}

// Plan implements api.Claims.
func (c *Claims) Plan(ctx context.Context, id uint64) (api.Plan, error) {
	head, opts, err := c.head(ctx, c.node)
	if err != nil {
		return api.Plan{}, err
	}
	p, err := c.claims.Plan(opts, id)
	if err != nil {
		return api.Plan{}, c.readErr(err)
	}
	if p.Insurer == (common.Address{}) {
		return api.Plan{}, api.NotFound(fmt.Sprintf("there is no plan %d", id))
	}
	out := api.Plan{ID: id, Insurer: p.Insurer, Open: p.Open, Terms: api.PlanTerms{
		CopayBps: p.Terms.CopayBps, Consent: api.CategoryMask(p.Terms.ConsentCategories),
		Deductible:      new(big.Int).SetUint64(p.Terms.Deductible),
		AnnualLimit:     new(big.Int).SetUint64(p.Terms.AnnualLimit),
		ReviewThreshold: new(big.Int).SetUint64(p.Terms.ReviewThreshold),
	}}
	end := head.Number.Uint64()
	it, err := c.claims.FilterTariffsSet(&bind.FilterOpts{Start: c.from, End: &end, Context: ctx}, []uint64{id})
	if err != nil {
		return api.Plan{}, c.readErr(err)
	}
	defer it.Close()
	seen := map[[32]byte]bool{}
	var codes [][32]byte
	for it.Next() {
		if it.Event.Raw.Removed {
			continue
		}
		for _, code := range it.Event.Codes {
			if !seen[code] {
				seen[code] = true
				codes = append(codes, code)
			}
		}
	}
	if err := it.Error(); err != nil {
		return api.Plan{}, c.readErr(err)
	}
	for _, code := range codes {
		t, err := c.claims.Tariff(opts, id, code)
		if err != nil {
			return api.Plan{}, c.readErr(err)
		}
		if t != 0 {
			out.Tariffs = append(out.Tariffs, api.PlanTariff{Code: code, Amount: new(big.Int).SetUint64(t)})
		}
	}
	return out, nil
}

// SetTariffs implements api.Claims.
func (c *Claims) SetTariffs(ctx context.Context, from common.Address, planID uint64, ts []api.PlanTariff) (api.Plan, api.TxResult, error) {
	codes, tariffs, err := tariffArrays(ts)
	if err != nil {
		return api.Plan{}, api.TxResult{}, err
	}
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.SetTariffs(o, planID, codes, tariffs)
	})
	if err != nil {
		return api.Plan{}, res, err
	}
	p, err := c.Plan(ctx, planID)
	return p, res, err
}

// ClosePlan implements api.Claims.
func (c *Claims) ClosePlan(ctx context.Context, from common.Address, planID uint64) (api.Plan, api.TxResult, error) {
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.ClosePlan(o, planID)
	})
	if err != nil {
		return api.Plan{}, res, err
	}
	p, err := c.Plan(ctx, planID)
	return p, res, err
}

// Enrol implements api.Claims.
func (c *Claims) Enrol(ctx context.Context, from common.Address, req api.PolicyRequest) (api.Policy, api.TxResult, error) {
	validFrom, validUntil := req.ValidFrom.Unix(), req.ValidUntil.Unix()
	if validFrom < 0 || validUntil <= validFrom {
		return api.Policy{}, api.TxResult{}, api.Invalid("validUntil must be after validFrom, both after 1970")
	}
	res, rcpt, err := c.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.Enrol(o, req.PlanID, req.Patient, req.MemberRef, uint64(validFrom), uint64(validUntil))
	})
	if err != nil {
		return api.Policy{}, res, err
	}
	if ev, ok := receiptEvent(rcpt, c.claimsAddr, c.claims.ParsePolicyIssued); ok {
		p, err := c.Policy(ctx, ev.PolicyId)
		return p, res, err
	}
	return api.Policy{}, res, errors.New("enrol receipt has no PolicyIssued event")
}

// Policy implements api.Claims.
func (c *Claims) Policy(ctx context.Context, id uint64) (api.Policy, error) {
	head, opts, err := c.head(ctx, c.node)
	if err != nil {
		return api.Policy{}, err
	}
	p, err := c.claims.Policy(opts, id)
	if err != nil {
		return api.Policy{}, c.readErr(err)
	}
	if p.Patient == (common.Address{}) {
		return api.Policy{}, api.NotFound(fmt.Sprintf("there is no policy %d", id))
	}
	plan, err := c.claims.Plan(opts, p.PlanId)
	if err != nil {
		return api.Policy{}, c.readErr(err)
	}
	return api.Policy{ID: id, PlanID: p.PlanId, Insurer: plan.Insurer, Patient: p.Patient, MemberRef: p.MemberRef,
		ValidFrom: time.Unix(int64(p.ValidFrom), 0).UTC(), ValidUntil: time.Unix(int64(p.ValidUntil), 0).UTC(),
		Active: p.ValidFrom <= head.Time && head.Time <= p.ValidUntil}, nil
}

// TerminatePolicy implements api.Claims.
func (c *Claims) TerminatePolicy(ctx context.Context, from common.Address, id uint64) (api.Policy, api.TxResult, error) {
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.TerminatePolicy(o, id)
	})
	if err != nil {
		return api.Policy{}, res, err
	}
	p, err := c.Policy(ctx, id)
	return p, res, err
}

// Pool implements api.Claims.
func (c *Claims) Pool(ctx context.Context, insurer common.Address) (api.Pool, error) {
	p, err := c.claims.Pool(&bind.CallOpts{Context: ctx}, insurer)
	if err != nil {
		return api.Pool{}, c.readErr(err)
	}
	return api.Pool{Insurer: insurer, Deposited: p.Deposited, Withdrawn: p.Withdrawn, Paid: p.Paid, Owed: p.Owed,
		Balance: p.Balance, Available: p.Available, Queued: p.Queued}, nil
}

// checkPermit verifies that the permit is owner's signature for this deposit
// before anything is sent.
func (c *Claims) checkPermit(ctx context.Context, owner common.Address, amount *big.Int, p *api.PoolPermit) (permitCheck, error) {
	if len(p.Signature) != 65 {
		return permitCheck{}, api.Invalid("the permit signature must be 65 bytes (r, s, v)")
	}
	pc, err := checkPermit(ctx, c.token, owner, c.claimsAddr, amount, big.NewInt(p.Deadline.Unix()), p.Signature)
	if err != nil {
		return permitCheck{}, c.readErr(err)
	}
	if !pc.Valid {
		return permitCheck{}, api.Invalid(fmt.Sprintf("the permit is not %s's signature of Permit(owner %s, spender %s (Claims), value %s, nonce %s, deadline %d) in the settlement token's EIP-712 domain",
			owner.Hex(), owner.Hex(), c.claimsAddr.Hex(), amount, pc.Nonce, p.Deadline.Unix()))
	}
	return pc, nil
}

// Deposit implements api.Claims: approve (when the allowance is short) and
// deposit, or deposit with the permit; then settle what the pool covers.
func (c *Claims) Deposit(ctx context.Context, from common.Address, req api.DepositRequest) (api.PoolChange, error) {
	if err := positiveUint96("amount", req.Amount); err != nil {
		return api.PoolChange{}, err
	}
	var out api.PoolChange
	if req.Permit != nil {
		pc, err := c.checkPermit(ctx, from, req.Amount, req.Permit)
		if err != nil {
			return api.PoolChange{}, err
		}
		res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.claims.DepositWithPermit(o, req.Amount, big.NewInt(req.Permit.Deadline.Unix()), pc.V, pc.R, pc.S)
		})
		if err != nil {
			return api.PoolChange{}, err
		}
		out.Txs = append(out.Txs, res)
	} else {
		opts := &bind.CallOpts{Context: ctx}
		bal, err := c.token.BalanceOf(opts, from)
		if err != nil {
			return api.PoolChange{}, c.readErr(err)
		}
		if bal.Cmp(req.Amount) < 0 {
			// Checked here: the approval would succeed and only the deposit fail.
			return api.PoolChange{}, &api.ContractError{Name: "ERC20InsufficientBalance",
				Args: map[string]any{"sender": from.Hex(), "balance": bal.String(), "needed": req.Amount.String()}}
		}
		allowance, err := c.token.Allowance(opts, from, c.claimsAddr)
		if err != nil {
			return api.PoolChange{}, c.readErr(err)
		}
		if allowance.Cmp(req.Amount) < 0 {
			res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.token.Approve(o, c.claimsAddr, req.Amount)
			})
			if err != nil {
				return api.PoolChange{}, err
			}
			out.Txs = append(out.Txs, res)
		}
		res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.claims.Deposit(o, req.Amount)
		})
		if err != nil {
			return api.PoolChange{}, err
		}
		out.Txs = append(out.Txs, res)
	}
	return c.settleAfter(ctx, from, from, api.MaxSettle, out)
}

// settleAfter settles insurer's queue when it holds claims, then reads the pool.
func (c *Claims) settleAfter(ctx context.Context, from, insurer common.Address, maxClaims int, out api.PoolChange) (api.PoolChange, error) {
	p, err := c.Pool(ctx, insurer)
	if err != nil {
		return out, err
	}
	if p.Queued > 0 && maxClaims > 0 {
		res, rcpt, err := c.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.claims.Settle(o, insurer, big.NewInt(int64(maxClaims)))
		})
		if err != nil {
			return out, err
		}
		out.Txs = append(out.Txs, res)
		for _, l := range rcpt.Logs {
			if l.Address == c.claimsAddr && len(l.Topics) > 0 && l.Topics[0] == c.claimsABI.Events["ClaimPaid"].ID {
				out.Settled++
			}
		}
		if p, err = c.Pool(ctx, insurer); err != nil {
			return out, err
		}
	}
	out.Pool = p
	return out, nil
}

// Withdraw implements api.Claims.
func (c *Claims) Withdraw(ctx context.Context, from common.Address, amount *big.Int) (api.PoolChange, error) {
	if err := positiveUint96("amount", amount); err != nil {
		return api.PoolChange{}, err
	}
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.Withdraw(o, amount)
	})
	if err != nil {
		return api.PoolChange{}, err
	}
	p, err := c.Pool(ctx, from)
	return api.PoolChange{Pool: p, Txs: []api.TxResult{res}}, err
}

// Settle implements api.Claims.
func (c *Claims) Settle(ctx context.Context, from, insurer common.Address, maxClaims int) (api.PoolChange, error) {
	if maxClaims < 1 || maxClaims > api.MaxSettle {
		return api.PoolChange{}, api.Invalid(fmt.Sprintf("maxClaims must be from 1 to %d", api.MaxSettle))
	}
	return c.settleAfter(ctx, from, insurer, maxClaims, api.PoolChange{})
}

// SubmitClaim implements api.Claims. The answer is built from the receipt's
// events alone: the claim as the submitting transaction left it.
func (c *Claims) SubmitClaim(ctx context.Context, from common.Address, s api.ClaimSubmission) (api.Claim, api.TxResult, error) {
	sub, err := submission(s)
	if err != nil {
		return api.Claim{}, api.TxResult{}, err
	}
	res, rcpt, err := c.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.SubmitClaim(o, sub)
	})
	if err != nil {
		return api.Claim{}, res, err
	}
	var cl api.Claim
	for _, l := range rcpt.Logs {
		if l.Address == c.claimsAddr {
			c.applyLog(&cl, *l)
		}
	}
	if cl.ID == ([32]byte{}) {
		return api.Claim{}, res, errors.New("submitClaim receipt has no ClaimSubmitted event")
	}
	return cl, res, nil
}

// submission converts a claim to the contract's form.
func submission(s api.ClaimSubmission) (bindings.IClaimsSubmission, error) {
	date := s.ServiceDate.Unix()
	if date <= 0 {
		return bindings.IClaimsSubmission{}, api.Invalid("serviceDate must be after 1970")
	}
	out := bindings.IClaimsSubmission{Patient: s.Patient, PolicyId: s.PolicyID, ServiceDate: uint64(date), ClaimKey: s.ClaimKey,
		Lines: make([]bindings.IClaimsLine, len(s.Lines)), Evidence: make([][]byte, len(s.Evidence))}
	for i, l := range s.Lines {
		a, err := uint64Amount(fmt.Sprintf("line %d unitAmount", i), l.UnitAmount)
		if err != nil {
			return bindings.IClaimsSubmission{}, err
		}
		out.Lines[i] = bindings.IClaimsLine{Code: l.Code, Quantity: l.Quantity, UnitAmount: a}
	}
	for i, e := range s.Evidence {
		b, err := cidBytes(e)
		if err != nil {
			return bindings.IClaimsSubmission{}, err
		}
		out.Evidence[i] = b
	}
	return out, nil
}

// SubmitClaimData returns the calldata of submitClaim for s, for callers
// that sign transactions themselves (benchmarks).
func SubmitClaimData(s api.ClaimSubmission) ([]byte, error) {
	sub, err := submission(s)
	if err != nil {
		return nil, err
	}
	parsed, err := bindings.ClaimsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return parsed.Pack("submitClaim", sub)
}

var claimStatuses = [...]api.ClaimStatus{"", api.ClaimPending, api.ClaimAwaitingFunds, api.ClaimPaid, api.ClaimDenied, api.ClaimAppealed}

var lineReasons = [...]api.LineReason{api.LineAccepted, api.LineNotCovered, api.LineAboveTariff}

func reasonsOf(bits uint16) []api.ClaimReason {
	var out []api.ClaimReason
	for i, r := range api.ClaimReasons() {
		if bits&(1<<i) != 0 {
			out = append(out, r)
		}
	}
	return out
}

func addReason(rs []api.ClaimReason, r api.ClaimReason) []api.ClaimReason {
	for _, x := range rs {
		if x == r {
			return rs
		}
	}
	return append(rs, r)
}

// applyLog updates cl with one event of its history, in chain order.
func (c *Claims) applyLog(cl *api.Claim, l types.Log) {
	if len(l.Topics) == 0 || l.Removed {
		return
	}
	f := &c.claims.ClaimsFilterer
	switch l.Topics[0] {
	case c.claimsABI.Events["ClaimSubmitted"].ID:
		ev, err := f.ParseClaimSubmitted(l)
		if err != nil {
			return
		}
		cl.ID, cl.ClaimKey, cl.Provider, cl.Patient, cl.Insurer = ev.ClaimId, ev.ClaimKey, ev.Provider, ev.Patient, ev.Insurer
		cl.PolicyID, cl.ServiceDate = ev.PolicyId, time.Unix(int64(ev.ServiceDate), 0).UTC()
		cl.Allowed, cl.Payout = new(big.Int), new(big.Int)
		cl.Lines = make([]api.ClaimLineOutcome, len(ev.Lines))
		for i, ln := range ev.Lines {
			reason := api.LineReason("unknown")
			if int(ln.Reason) < len(lineReasons) {
				reason = lineReasons[ln.Reason]
			}
			cl.Lines[i] = api.ClaimLineOutcome{ClaimLine: api.ClaimLine{Code: ln.Code, Quantity: ln.Quantity,
				UnitAmount: new(big.Int).SetUint64(ln.UnitAmount)}, Allowed: ln.Allowed, Reason: reason}
			cl.Allowed.Add(cl.Allowed, ln.Allowed)
		}
		cl.Evidence = make([]string, len(ev.Evidence))
		for i, e := range ev.Evidence {
			cl.Evidence[i] = cidString(e)
		}
	case c.claimsABI.Events["ClaimPended"].ID:
		if ev, err := f.ParseClaimPended(l); err == nil {
			cl.Status, cl.Reasons = api.ClaimPending, reasonsOf(ev.Reasons)
		}
	case c.claimsABI.Events["ClaimApproved"].ID:
		if ev, err := f.ParseClaimApproved(l); err == nil {
			for i, a := range ev.Amounts {
				if i < len(cl.Lines) {
					cl.Lines[i].Approved = a
				}
			}
		}
	case c.claimsABI.Events["ClaimDecided"].ID:
		if ev, err := f.ParseClaimDecided(l); err == nil {
			d := ev.Decision
			cl.Decision = &api.ClaimDecision{Approved: d.Approved, Deductible: d.Deductible, Copay: d.Copay, OverLimit: d.OverLimit,
				Payout: d.Payout, BenefitYear: ev.BenefitYear}
			cl.Payout = d.Payout
		}
	case c.claimsABI.Events["ClaimQueued"].ID:
		cl.Status, cl.Reasons = api.ClaimAwaitingFunds, addReason(cl.Reasons, api.ReasonUnderfunded)
	case c.claimsABI.Events["ClaimPaid"].ID:
		if ev, err := f.ParseClaimPaid(l); err == nil {
			cl.Status, cl.Payout = api.ClaimPaid, ev.Amount
		}
	case c.claimsABI.Events["ClaimDenied"].ID:
		if ev, err := f.ParseClaimDenied(l); err == nil {
			cl.Status, cl.Denial = api.ClaimDenied, &api.ClaimDenial{ReasonCode: ev.ReasonCode, Final: ev.IsFinal}
		}
	case c.claimsABI.Events["ClaimAppealed"].ID:
		if ev, err := f.ParseClaimAppealed(l); err == nil {
			cl.Status, cl.Appealed = api.ClaimAppealed, true
			cl.Appeal = &api.ClaimAppeal{ReasonCode: ev.ReasonCode, Evidence: make([]string, len(ev.Evidence))}
			for i, e := range ev.Evidence {
				cl.Appeal.Evidence[i] = cidString(e)
			}
		}
	}
}

// Claim implements api.Claims: the stored claim at the head, with its lines,
// evidence and decisions from its events (one log query by claim id).
func (c *Claims) Claim(ctx context.Context, id [32]byte) (api.Claim, error) {
	head, opts, err := c.head(ctx, c.node)
	if err != nil {
		return api.Claim{}, err
	}
	v, err := c.claims.Claim(opts, id)
	if err != nil {
		return api.Claim{}, c.readErr(err)
	}
	if v.Status == 0 {
		return api.Claim{}, api.NotFound(fmt.Sprintf("there is no claim %s", hexHash(id)))
	}
	logs, err := c.node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(c.from), ToBlock: head.Number,
		Addresses: []common.Address{c.claimsAddr}, Topics: [][]common.Hash{c.claimEvents, {common.Hash(id)}}})
	if err != nil {
		return api.Claim{}, c.readErr(err)
	}
	var cl api.Claim
	for _, l := range logs {
		c.applyLog(&cl, l)
	}
	if cl.ID != id {
		return api.Claim{}, fmt.Errorf("claim %s exists but its ClaimSubmitted event was not found", hexHash(id))
	}
	// The stored claim is the authority on its current state.
	if int(v.Status) < len(claimStatuses) {
		cl.Status = claimStatuses[v.Status]
	}
	cl.Appealed, cl.Reasons, cl.Allowed, cl.Payout = v.Appealed, reasonsOf(v.Reasons), v.Allowed, v.Payout
	return cl, nil
}

// ApproveClaim implements api.Claims.
func (c *Claims) ApproveClaim(ctx context.Context, from common.Address, id [32]byte, a api.ClaimApproval) (api.Claim, api.TxResult, error) {
	for i, x := range a.Amounts {
		if x == nil || x.Sign() < 0 || x.Cmp(maxUint96) > 0 {
			return api.Claim{}, api.TxResult{}, api.Invalid(fmt.Sprintf("amount %d must be from 0 to %s minor units", i, maxUint96))
		}
	}
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.ApproveClaim(o, id, a.Amounts)
	})
	if err != nil {
		return api.Claim{}, res, err
	}
	cl, err := c.Claim(ctx, id)
	return cl, res, err
}

// DenyClaim implements api.Claims.
func (c *Claims) DenyClaim(ctx context.Context, from common.Address, id [32]byte, reason [32]byte) (api.Claim, api.TxResult, error) {
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.DenyClaim(o, id, reason)
	})
	if err != nil {
		return api.Claim{}, res, err
	}
	cl, err := c.Claim(ctx, id)
	return cl, res, err
}

// AppealClaim implements api.Claims.
func (c *Claims) AppealClaim(ctx context.Context, from common.Address, id [32]byte, a api.ClaimAppeal) (api.Claim, api.TxResult, error) {
	evidence := make([][]byte, len(a.Evidence))
	for i, e := range a.Evidence {
		b, err := cidBytes(e)
		if err != nil {
			return api.Claim{}, api.TxResult{}, err
		}
		evidence[i] = b
	}
	res, err := c.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.claims.AppealClaim(o, id, a.ReasonCode, evidence)
	})
	if err != nil {
		return api.Claim{}, res, err
	}
	cl, err := c.Claim(ctx, id)
	return cl, res, err
}

// Mint implements api.Claims.
func (c *Claims) Mint(ctx context.Context, m api.TokenMint) (api.TokenBalance, api.TxResult, error) {
	if err := positiveUint96("amount", m.Amount); err != nil {
		return api.TokenBalance{}, api.TxResult{}, err
	}
	res, err := c.write(ctx, c.treasury, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.token.Mint(o, m.To, m.Amount, m.PaymentRef)
	})
	if err != nil {
		return api.TokenBalance{}, res, err
	}
	b, err := c.Balance(ctx, m.To)
	return b, res, err
}

// Burn implements api.Claims.
func (c *Claims) Burn(ctx context.Context, amount *big.Int, paymentRef [32]byte) (api.TokenBalance, api.TxResult, error) {
	if err := positiveUint96("amount", amount); err != nil {
		return api.TokenBalance{}, api.TxResult{}, err
	}
	res, err := c.write(ctx, c.treasury, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.token.Burn(o, amount, paymentRef)
	})
	if err != nil {
		return api.TokenBalance{}, res, err
	}
	b, err := c.Balance(ctx, c.treasury)
	return b, res, err
}

// Balance implements api.Claims.
func (c *Claims) Balance(ctx context.Context, account common.Address) (api.TokenBalance, error) {
	_, opts, err := c.head(ctx, c.node)
	if err != nil {
		return api.TokenBalance{}, err
	}
	bal, err := c.token.BalanceOf(opts, account)
	if err != nil {
		return api.TokenBalance{}, c.readErr(err)
	}
	allowance, err := c.token.Allowance(opts, account, c.claimsAddr)
	if err != nil {
		return api.TokenBalance{}, c.readErr(err)
	}
	return api.TokenBalance{Account: account, Balance: bal, ClaimsAllowance: allowance}, nil
}
