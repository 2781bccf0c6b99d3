package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/deploy"
)

// ServiceContracts implements api.ServiceContracts on the ServiceContracts
// contract, funding escrows from the payer's settlement tokens (approve and
// fund, or an EIP-2612 permit). Tariffs, report lines, evidence and dispute
// reasons are read from the contract's events (log searches from the
// deployment block, by indexed contract id and period); everything else from
// its views at the head block. It is safe for concurrent use.
type ServiceContracts struct {
	txer
	node      Node
	sc        *bindings.ServiceContracts
	scAddr    common.Address
	token     *bindings.SettlementToken
	tokenAddr common.Address
	from      uint64 // deployment block, where log searches start
}

var _ api.ServiceContracts = (*ServiceContracts)(nil)

// scMaxAmount is 2^96 - 1, the largest uint96 amount of ServiceContracts.
var scMaxAmount = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// NewServiceContracts binds ServiceContracts and SettlementToken at the
// manifest's addresses.
func NewServiceContracts(node Node, sender Sender, manifest *deploy.Manifest) (*ServiceContracts, error) {
	for _, name := range []string{"ServiceContracts", "SettlementToken"} {
		if manifest.Address(name) == (common.Address{}) {
			return nil, fmt.Errorf("manifest has no %s", name)
		}
	}
	s := &ServiceContracts{node: node, scAddr: manifest.Address("ServiceContracts"), tokenAddr: manifest.Address("SettlementToken"),
		from: manifest.DeploymentBlock}
	var err error
	if s.sc, err = bindings.NewServiceContracts(s.scAddr, node); err != nil {
		return nil, err
	}
	if s.token, err = bindings.NewSettlementToken(s.tokenAddr, node); err != nil {
		return nil, err
	}
	if s.txer, err = newTxer(sender); err != nil {
		return nil, err
	}
	return s, nil
}

// Address is the ServiceContracts contract's, the spender of fundings.
func (s *ServiceContracts) Address() common.Address { return s.scAddr }

func unknownServiceContract(id uint64) error {
	return api.NotFound(fmt.Sprintf("there is no service contract %d", id))
}

// scAmount checks that an amount fits the contract's uint96.
func scAmount(what string, n *big.Int) (*big.Int, error) {
	if n == nil || n.Sign() < 0 || n.Cmp(scMaxAmount) > 0 {
		return nil, api.Invalid(fmt.Sprintf("%s must be from 0 to 2^96 - 1 minor units", what))
	}
	return n, nil
}

var scStatuses = []api.ServiceContractStatus{"", api.ServiceContractProposed, api.ServiceContractActive, api.ServiceContractTerminated}

var scReportStatuses = []api.ServiceReportStatus{"", api.ServiceReportReported, api.ServiceReportDisputed, api.ServiceReportAwaitingFunds,
	api.ServiceReportPaid, api.ServiceReportRejected}

// Propose implements api.ServiceContracts.
func (s *ServiceContracts) Propose(ctx context.Context, from common.Address, p api.ServiceContractProposal) (api.ServiceContract, api.TxResult, error) {
	terms, err := cidBytes(p.TermsCID)
	if err != nil {
		return api.ServiceContract{}, api.TxResult{}, err
	}
	budget, err := scAmount("budget", p.Budget)
	if err != nil {
		return api.ServiceContract{}, api.TxResult{}, err
	}
	start := p.Start.Unix()
	length := p.PeriodLength / time.Second
	if start <= 0 || length <= 0 || length > 1<<32-1 || p.PeriodLength%time.Second != 0 {
		return api.ServiceContract{}, api.TxResult{}, api.Invalid("start must be after 1970 and periodLength from 1 to 2^32 - 1 whole seconds")
	}
	prop := bindings.IServiceContractsProposal{Provider: p.Provider, Budget: budget, Start: uint64(start), PeriodLength: uint32(length),
		PeriodCount: p.PeriodCount, AutoRelease: p.AutoRelease, TermsCid: terms}
	for _, t := range p.Tariffs {
		prop.Codes = append(prop.Codes, t.Code)
		prop.Tariffs = append(prop.Tariffs, t.Price)
	}
	res, rcpt, err := s.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.sc.Propose(o, prop) })
	if err != nil {
		return api.ServiceContract{}, res, err
	}
	if ev, ok := receiptEvent(rcpt, s.scAddr, s.sc.ParseServiceContractProposed); ok {
		c, err := s.ServiceContract(ctx, ev.ContractId)
		return c, res, err
	}
	return api.ServiceContract{}, res, errors.New("propose receipt has no ServiceContractProposed event")
}

// Accept implements api.ServiceContracts.
func (s *ServiceContracts) Accept(ctx context.Context, from common.Address, id uint64) (api.ServiceContract, api.TxResult, error) {
	return s.contractWrite(ctx, from, id, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.sc.Accept(o, id) })
}

// Terminate implements api.ServiceContracts.
func (s *ServiceContracts) Terminate(ctx context.Context, from common.Address, id uint64, reason [32]byte) (api.ServiceContract, api.TxResult, error) {
	return s.contractWrite(ctx, from, id, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.sc.Terminate(o, id, reason) })
}

// contractWrite sends a write about contract id and reads the contract after it.
func (s *ServiceContracts) contractWrite(ctx context.Context, from common.Address, id uint64, build func(*bind.TransactOpts) (*types.Transaction, error)) (api.ServiceContract, api.TxResult, error) {
	res, err := s.write(ctx, from, build)
	if err != nil {
		return api.ServiceContract{}, res, err
	}
	c, err := s.ServiceContract(ctx, id)
	return c, res, err
}

// payerContract reads contract id at the head and refuses, as the contract
// would, a caller that is not its payer.
func (s *ServiceContracts) payerContract(ctx context.Context, from common.Address, id uint64) (api.ServiceContract, error) {
	c, err := s.ServiceContract(ctx, id)
	if err != nil {
		return api.ServiceContract{}, err
	}
	if c.Payer != from {
		return api.ServiceContract{}, &api.ContractError{Kind: api.ErrForbidden, Name: "ServiceContractsNotPayer",
			Args: map[string]any{"contractId": fmt.Sprint(id), "caller": from.Hex()}}
	}
	return c, nil
}

// Fund implements api.ServiceContracts. It checks what the contract and the
// token would check (payer, room, balance, the permit's signer) before
// sending anything, so a refused funding leaves no allowance behind.
func (s *ServiceContracts) Fund(ctx context.Context, from common.Address, req api.FundRequest) (api.FundResult, error) {
	amount, err := scAmount("amount", req.Amount)
	if err != nil {
		return api.FundResult{}, err
	}
	if amount.Sign() == 0 {
		return api.FundResult{}, &api.ContractError{Kind: api.ErrInvalid, Name: "ServiceContractsZeroAmount", Args: map[string]any{}}
	}
	c, err := s.payerContract(ctx, from, req.ContractID)
	if err != nil {
		return api.FundResult{}, err
	}
	if room := c.FundingRoom(); amount.Cmp(room) > 0 {
		return api.FundResult{}, &api.ContractError{Name: "ServiceContractsOverfunded",
			Args: map[string]any{"contractId": fmt.Sprint(req.ContractID), "amount": amount.String(), "room": room.String()}}
	}
	opts := &bind.CallOpts{Context: ctx}
	balance, err := s.token.BalanceOf(opts, from)
	if err != nil {
		return api.FundResult{}, s.readErr(err)
	}
	if balance.Cmp(amount) < 0 {
		return api.FundResult{}, &api.ContractError{Name: "ERC20InsufficientBalance",
			Args: map[string]any{"sender": from.Hex(), "balance": balance.String(), "needed": amount.String()}}
	}
	var out api.FundResult
	if req.Permit != nil {
		pc, err := s.checkPermit(ctx, from, amount, req.Permit)
		if err != nil {
			return api.FundResult{}, err
		}
		deadline := big.NewInt(req.Permit.Deadline.Unix())
		out.Tx, err = s.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return s.sc.FundWithPermit(o, req.ContractID, amount, deadline, pc.V, pc.R, pc.S)
		})
		if err != nil {
			return api.FundResult{}, err
		}
	} else {
		allowance, err := s.token.Allowance(opts, from, s.scAddr)
		if err != nil {
			return api.FundResult{}, s.readErr(err)
		}
		if allowance.Cmp(amount) < 0 {
			tx, err := s.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.token.Approve(o, s.scAddr, amount) })
			if err != nil {
				return api.FundResult{}, err
			}
			out.ApproveTx = &tx
		}
		out.Tx, err = s.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.sc.Fund(o, req.ContractID, amount) })
		if err != nil {
			return api.FundResult{}, err
		}
	}
	out.Contract, err = s.ServiceContract(ctx, req.ContractID)
	return out, err
}

// checkPermit verifies that the permit is owner's signature of a permit of
// amount to the ServiceContracts contract with the current nonce.
func (s *ServiceContracts) checkPermit(ctx context.Context, owner common.Address, amount *big.Int, p *api.FundPermit) (permitCheck, error) {
	if len(p.Signature) != 65 {
		return permitCheck{}, api.Invalid("the permit signature must be 65 bytes (r, s, v)")
	}
	pc, err := checkPermit(ctx, s.token, owner, s.scAddr, amount, big.NewInt(p.Deadline.Unix()), p.Signature)
	if err != nil {
		return permitCheck{}, s.readErr(err)
	}
	if !pc.Valid {
		signer := "no account"
		if pc.Signer != (common.Address{}) {
			signer = pc.Signer.Hex()
		}
		return permitCheck{}, api.Invalid(fmt.Sprintf("the permit is not the payer %s's signature of a permit of %s minor units with nonce %s and this deadline (it recovers to %s): "+
			"sign the typed data of POST /v1/service-contracts/{contractId}/fund/typed-data with the same amount and deadline", owner.Hex(), amount, pc.Nonce, signer))
	}
	return pc, nil
}

// PermitTypedData implements api.ServiceContracts. Integers are decimal strings.
func (s *ServiceContracts) PermitTypedData(ctx context.Context, owner common.Address, id uint64, amount *big.Int, deadline time.Time) (api.TypedData, error) {
	if _, err := scAmount("amount", amount); err != nil {
		return nil, err
	}
	if _, err := s.payerContract(ctx, owner, id); err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	d, err := s.token.Eip712Domain(opts)
	if err != nil {
		return nil, s.readErr(err)
	}
	nonce, err := s.token.Nonces(opts, owner)
	if err != nil {
		return nil, s.readErr(err)
	}
	return api.TypedData{
		"types": map[string]any{
			"EIP712Domain": []map[string]string{
				{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
				{"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"},
			},
			"Permit": []map[string]string{
				{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"}, {"name": "value", "type": "uint256"},
				{"name": "nonce", "type": "uint256"}, {"name": "deadline", "type": "uint256"},
			},
		},
		"primaryType": "Permit",
		"domain": map[string]any{
			"name": d.Name, "version": d.Version, "chainId": d.ChainId.String(), "verifyingContract": d.VerifyingContract.Hex(),
		},
		"message": map[string]any{
			"owner": owner.Hex(), "spender": s.scAddr.Hex(), "value": amount.String(), "nonce": nonce.String(),
			"deadline": fmt.Sprint(deadline.Unix()),
		},
	}, nil
}

// Report implements api.ServiceContracts.
func (s *ServiceContracts) Report(ctx context.Context, from common.Address, req api.ServiceReportRequest) (api.ServiceReport, api.TxResult, error) {
	c, err := s.ServiceContract(ctx, req.ContractID)
	if err != nil {
		return api.ServiceReport{}, api.TxResult{}, err
	}
	if req.Period >= c.PeriodCount {
		return api.ServiceReport{}, api.TxResult{}, api.Invalid(fmt.Sprintf("service contract %d has %d periods, numbered 0 to %d", c.ID, c.PeriodCount, c.PeriodCount-1))
	}
	lines := make([]bindings.IServiceContractsReportLine, len(req.Lines))
	for i, l := range req.Lines {
		lines[i] = bindings.IServiceContractsReportLine{Code: l.Code, Quantity: l.Quantity}
	}
	evidence := make([][]byte, len(req.Evidence))
	for i, e := range req.Evidence {
		if evidence[i], err = cidBytes(e); err != nil {
			return api.ServiceReport{}, api.TxResult{}, err
		}
	}
	return s.reportWrite(ctx, from, req.ContractID, req.Period, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.sc.Report(o, req.ContractID, req.Period, lines, evidence)
	})
}

// reportWrite sends a write about a period's report and reads it after.
func (s *ServiceContracts) reportWrite(ctx context.Context, from common.Address, id uint64, period uint16, build func(*bind.TransactOpts) (*types.Transaction, error)) (api.ServiceReport, api.TxResult, error) {
	res, err := s.write(ctx, from, build)
	if err != nil {
		return api.ServiceReport{}, res, err
	}
	r, err := s.ServiceReport(ctx, id, period)
	return r, res, err
}

// ApproveReport implements api.ServiceContracts.
func (s *ServiceContracts) ApproveReport(ctx context.Context, from common.Address, id uint64, period uint16) (api.ServiceReport, api.TxResult, error) {
	return s.reportWrite(ctx, from, id, period, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.sc.ApproveReport(o, id, period) })
}

// DisputeReport implements api.ServiceContracts.
func (s *ServiceContracts) DisputeReport(ctx context.Context, from common.Address, id uint64, period uint16, reason [32]byte, offered *big.Int) (api.ServiceReport, api.TxResult, error) {
	offered, err := scAmount("offered", offered)
	if err != nil {
		return api.ServiceReport{}, api.TxResult{}, err
	}
	return s.reportWrite(ctx, from, id, period, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.sc.DisputeReport(o, id, period, reason, offered)
	})
}

// ResolveDispute implements api.ServiceContracts.
func (s *ServiceContracts) ResolveDispute(ctx context.Context, from common.Address, id uint64, period uint16, amount *big.Int) (api.ServiceReport, api.TxResult, error) {
	amount, err := scAmount("amount", amount)
	if err != nil {
		return api.ServiceReport{}, api.TxResult{}, err
	}
	return s.reportWrite(ctx, from, id, period, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.sc.ResolveDispute(o, id, period, amount)
	})
}

// Release implements api.ServiceContracts.
func (s *ServiceContracts) Release(ctx context.Context, from common.Address, id uint64, period uint16) (api.ServiceReport, api.TxResult, error) {
	return s.reportWrite(ctx, from, id, period, func(o *bind.TransactOpts) (*types.Transaction, error) { return s.sc.Release(o, id, period) })
}

// ServiceContract implements api.ServiceContracts: the views at the head
// block, with the tariffs from the contract's ServiceContractProposed event.
func (s *ServiceContracts) ServiceContract(ctx context.Context, id uint64) (api.ServiceContract, error) {
	head, opts, err := s.head(ctx, s.node)
	if err != nil {
		return api.ServiceContract{}, err
	}
	c, err := s.sc.ServiceContract(opts, id)
	if err != nil {
		return api.ServiceContract{}, s.readErr(err)
	}
	if c.Status == 0 || int(c.Status) >= len(scStatuses) {
		return api.ServiceContract{}, unknownServiceContract(id)
	}
	out := api.ServiceContract{
		ID: id, Payer: c.Payer, Provider: c.Provider, Status: scStatuses[c.Status], AutoRelease: c.AutoRelease,
		Start: time.Unix(int64(c.Start), 0).UTC(), PeriodLength: time.Duration(c.PeriodLength) * time.Second, PeriodCount: c.PeriodCount,
		TerminatedAt: unixTime(c.TerminatedAt), Budget: c.Budget, Escrow: c.Escrow, Released: c.Released, Reserved: c.Reserved,
		TermsCID: cidString(c.TermsCid), AsOf: time.Unix(int64(head.Time), 0).UTC(),
	}
	end := head.Number.Uint64()
	it, err := s.sc.FilterServiceContractProposed(&bind.FilterOpts{Start: s.from, End: &end, Context: ctx}, []uint64{id}, nil, nil)
	if err != nil {
		return api.ServiceContract{}, s.readErr(err)
	}
	defer it.Close()
	var prop *bindings.IServiceContractsProposal
	for it.Next() {
		if !it.Event.Raw.Removed {
			p := it.Event.Proposal
			prop = &p
		}
	}
	if err := it.Error(); err != nil {
		return api.ServiceContract{}, s.readErr(err)
	}
	if prop == nil || len(prop.Codes) != len(prop.Tariffs) {
		return api.ServiceContract{}, fmt.Errorf("service contract %d has no ServiceContractProposed event up to block %d", id, end)
	}
	for i, code := range prop.Codes {
		out.Tariffs = append(out.Tariffs, api.ServiceTariff{Code: code, Price: prop.Tariffs[i]})
	}
	return out, nil
}

// ServiceReport implements api.ServiceContracts: the report view at the head
// block, with lines and evidence from ServicesReported and the dispute's
// reason from ServiceReportDisputed.
func (s *ServiceContracts) ServiceReport(ctx context.Context, id uint64, period uint16) (api.ServiceReport, error) {
	head, opts, err := s.head(ctx, s.node)
	if err != nil {
		return api.ServiceReport{}, err
	}
	c, err := s.sc.ServiceContract(opts, id)
	if err != nil {
		return api.ServiceReport{}, s.readErr(err)
	}
	if c.Status == 0 {
		return api.ServiceReport{}, unknownServiceContract(id)
	}
	r, err := s.sc.ReportOf(opts, id, period)
	if err != nil {
		return api.ServiceReport{}, s.readErr(err)
	}
	if r.Status == 0 || int(r.Status) >= len(scReportStatuses) {
		return api.ServiceReport{}, api.NotFound(fmt.Sprintf("period %d of service contract %d has no report", period, id))
	}
	out := api.ServiceReport{ContractID: id, Period: period, Status: scReportStatuses[r.Status], ReportedAt: unixTime(r.ReportedAt),
		Amount: r.Amount, Offered: r.Offered}
	end := head.Number.Uint64()
	fo := &bind.FilterOpts{Start: s.from, End: &end, Context: ctx}
	reported, err := s.sc.FilterServicesReported(fo, []uint64{id}, []uint16{period}, nil)
	if err != nil {
		return api.ServiceReport{}, s.readErr(err)
	}
	defer reported.Close()
	for reported.Next() {
		if ev := reported.Event; !ev.Raw.Removed {
			out.Lines, out.Evidence = nil, nil
			for _, l := range ev.Lines {
				out.Lines = append(out.Lines, api.ServiceLine{Code: l.Code, Quantity: l.Quantity})
			}
			for _, e := range ev.Evidence {
				out.Evidence = append(out.Evidence, cidString(e))
			}
		}
	}
	if err := reported.Error(); err != nil {
		return api.ServiceReport{}, s.readErr(err)
	}
	disputed, err := s.sc.FilterServiceReportDisputed(fo, []uint64{id}, []uint16{period})
	if err != nil {
		return api.ServiceReport{}, s.readErr(err)
	}
	defer disputed.Close()
	for disputed.Next() {
		if !disputed.Event.Raw.Removed {
			out.DisputeReason = disputed.Event.ReasonCode
		}
	}
	if err := disputed.Error(); err != nil {
		return api.ServiceReport{}, s.readErr(err)
	}
	return out, nil
}
