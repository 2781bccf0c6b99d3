package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/bindings"
)

// EIP-712 domain of Prescriptions; must match the contract's constructor.
const (
	rxDomainName    = "Salus Prescriptions"
	rxDomainVersion = "1"
)

// Issue implements api.Pharma.
func (p *Pharma) Issue(ctx context.Context, from common.Address, req api.PrescriptionRequest) (api.Prescription, api.TxResult, error) {
	c, err := cidBytes(req.CID)
	if err != nil {
		return api.Prescription{}, api.TxResult{}, err
	}
	until := req.ValidUntil.Unix()
	if until <= 0 {
		return api.Prescription{}, api.TxResult{}, api.Invalid("validUntil must be after 1970")
	}
	res, rcpt, err := p.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.rx.Issue(o, bindings.IPrescriptionsPrescriptionRequest{
			Patient: req.Patient, Gtin: req.GTIN, CodeSystem: req.CodeSystem, Code: req.Code,
			QuantityPerFill: req.QuantityPerFill, Refills: req.Refills, ValidUntil: uint64(until),
			MinFillInterval: uint32(req.MinFillInterval / time.Second), Controlled: req.Controlled, Cid: c,
		})
	})
	if err != nil {
		return api.Prescription{}, res, err
	}
	for _, l := range rcpt.Logs {
		if l.Address != p.rxAddr {
			continue
		}
		if ev, err := p.rx.ParsePrescriptionIssued(*l); err == nil {
			rx, err := p.Prescription(ctx, ev.Id)
			return rx, res, err
		}
	}
	return api.Prescription{}, res, errors.New("issue receipt has no PrescriptionIssued event")
}

// Prescription implements api.Pharma.
func (p *Pharma) Prescription(ctx context.Context, id uint64) (api.Prescription, error) {
	head, opts, err := p.head(ctx, p.node)
	if err != nil {
		return api.Prescription{}, err
	}
	return p.prescriptionAt(opts, head.Time, id)
}

func (p *Pharma) prescriptionAt(opts *bind.CallOpts, now uint64, id uint64) (api.Prescription, error) {
	n, err := p.rx.PrescriptionCount(opts)
	if err != nil {
		return api.Prescription{}, p.readErr(err)
	}
	if id == 0 || id > n {
		return api.Prescription{}, api.NotFound(fmt.Sprintf("there is no prescription %d", id))
	}
	r, err := p.rx.Prescription(opts, id)
	if err != nil {
		return api.Prescription{}, p.readErr(err)
	}
	out := api.Prescription{
		ID: id, Patient: r.Patient, Prescriber: r.Prescriber, GTIN: r.Gtin, CodeSystem: r.CodeSystem, Code: r.Code,
		QuantityPerFill: r.QuantityPerFill, Refills: r.Refills, FillsDispensed: r.FillsDispensed,
		IssuedAt: unixTime(r.IssuedAt), ValidUntil: unixTime(r.ValidUntil), MinFillInterval: time.Duration(r.MinFillInterval) * time.Second,
		LastFillAt: unixTime(r.LastFillAt), Controlled: r.Controlled, CID: cidString(r.Cid),
	}
	switch {
	case r.Status == 2:
		out.Status = api.PrescriptionCancelled
	case int(r.FillsDispensed) >= int(r.Refills)+1:
		out.Status = api.PrescriptionCompleted
	case now > r.ValidUntil:
		out.Status = api.PrescriptionExpired
	default:
		out.Status = api.PrescriptionActive
	}
	for f := uint16(1); f <= r.FillsDispensed; f++ {
		fill, err := p.rx.FillOf(opts, id, f)
		if err != nil {
			return api.Prescription{}, p.readErr(err)
		}
		out.Fills = append(out.Fills, api.Fill{Number: f, Pharmacy: fill.Pharmacy, DispensedAt: unixTime(fill.DispensedAt),
			BatchIDs: fill.BatchIds, CID: cidString(fill.Cid)})
	}
	return out, nil
}

// Dispense implements api.Pharma: it finds each pack's proof in its batch's
// serial tree and dispenses the fill.
func (p *Pharma) Dispense(ctx context.Context, from common.Address, req api.DispenseRequest) (api.Prescription, api.TxResult, error) {
	c, err := cidBytes(req.CID)
	if err != nil {
		return api.Prescription{}, api.TxResult{}, err
	}
	rx, err := p.Prescription(ctx, req.PrescriptionID)
	if err != nil {
		return api.Prescription{}, api.TxResult{}, err
	}
	if rx.Controlled && len(req.PatientSignature) == 0 {
		return api.Prescription{}, api.TxResult{}, api.Invalid(fmt.Sprintf(
			"prescription %d is for a controlled substance: every fill needs the patient's signed authorisation (deadline and patientSignature; "+
				"the patient signs the typed data of POST /v1/prescriptions/%d/authorization/typed-data)", req.PrescriptionID, req.PrescriptionID))
	}
	packs := make([]bindings.IPrescriptionsPack, len(req.Packs))
	for i, code := range req.Packs {
		id, e, proof, err := p.packProof(ctx, code)
		if err != nil {
			return api.Prescription{}, api.TxResult{}, prefixNotFound(err, fmt.Sprintf("pack %d: ", i))
		}
		if end := code.Expiry.End(); uint64(end.Unix()) != e.expiresAt {
			return api.Prescription{}, api.TxResult{}, api.Invalid(fmt.Sprintf(
				"pack %d (%s) prints expiry %s but its batch expires on %s: the pack is not authentic",
				i, code.HRI(), end.Format(time.DateOnly), unixTime(e.expiresAt).Format(time.DateOnly)))
		}
		packs[i] = bindings.IPrescriptionsPack{BatchId: id, Serial: code.Serial, Proof: proof}
	}
	deadline := new(big.Int)
	if !req.Deadline.IsZero() {
		deadline.SetInt64(req.Deadline.Unix())
	}
	res, err := p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.rx.Dispense(o, req.PrescriptionID, req.Fill, packs, c, deadline, req.PatientSignature)
	})
	if err != nil {
		return api.Prescription{}, res, err
	}
	rx, err = p.Prescription(ctx, req.PrescriptionID)
	return rx, res, err
}

// prefixNotFound prefixes the reason of a NotFound error.
func prefixNotFound(err error, prefix string) error {
	if errors.Is(err, api.ErrNotFound) {
		return api.NotFound(prefix + notFoundReason(err))
	}
	return err
}

// notFoundReason is the reason of a NotFound error without its prefix.
func notFoundReason(err error) string {
	msg := err.Error()
	if p := api.ErrNotFound.Error() + ": "; len(msg) > len(p) && msg[:len(p)] == p {
		return msg[len(p):]
	}
	return msg
}

// CancelPrescription implements api.Pharma.
func (p *Pharma) CancelPrescription(ctx context.Context, from common.Address, id uint64, reason [32]byte) (api.TxResult, error) {
	return p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.rx.Cancel(o, id, reason)
	})
}

// DispenseTypedData implements api.Pharma. Integers are decimal strings.
func (p *Pharma) DispenseTypedData(ctx context.Context, req api.DispenseTypedDataRequest) (api.TypedData, error) {
	rx, err := p.Prescription(ctx, req.PrescriptionID)
	if err != nil {
		return nil, err
	}
	if !rx.Controlled {
		return nil, api.Invalid(fmt.Sprintf("prescription %d is not controlled: its fills need no patient authorisation", req.PrescriptionID))
	}
	deadline := req.Deadline
	if deadline.IsZero() {
		deadline = p.now().Add(DefaultSignatureLifetime)
	}
	dl, err := unixSeconds("deadline", deadline)
	if err != nil {
		return nil, err
	}
	return api.TypedData{
		"types": map[string]any{
			"EIP712Domain": []map[string]string{
				{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
				{"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"},
			},
			"DispenseAuthorization": []map[string]string{
				{"name": "prescriptionId", "type": "uint64"}, {"name": "fill", "type": "uint16"},
				{"name": "pharmacy", "type": "address"}, {"name": "deadline", "type": "uint256"},
			},
		},
		"primaryType": "DispenseAuthorization",
		"domain": map[string]any{
			"name": rxDomainName, "version": rxDomainVersion,
			"chainId": fmt.Sprint(p.chainID), "verifyingContract": p.rxAddr.Hex(),
		},
		"message": map[string]any{
			"prescriptionId": fmt.Sprint(req.PrescriptionID), "fill": fmt.Sprint(req.Fill),
			"pharmacy": req.Pharmacy.Hex(), "deadline": fmt.Sprint(dl),
		},
	}, nil
}

// Prescriptions implements api.Pharma: by patient from the contract's
// per-patient index, by prescriber, pharmacy or batch from the Prescriptions
// events (log searches from the deployment block; the indexer serves them
// faster).
func (p *Pharma) Prescriptions(ctx context.Context, q api.PrescriptionQuery) (api.PrescriptionPage, error) {
	if q.Limit < 1 {
		return api.PrescriptionPage{}, api.Invalid("limit must be positive")
	}
	head, opts, err := p.head(ctx, p.node)
	if err != nil {
		return api.PrescriptionPage{}, err
	}
	var ids []uint64 // ascending, after q.After, at most q.Limit+1
	switch {
	case q.Patient != nil:
		ids, err = p.patientIDs(opts, *q.Patient, q.After, q.Limit+1)
	case q.Prescriber != nil, q.Pharmacy != nil, q.Batch != nil:
		ids, err = p.eventIDs(ctx, head.Number.Uint64(), q)
	default:
		return api.PrescriptionPage{}, api.Invalid("select prescriptions by patient, prescriber, pharmacy or batch")
	}
	if err != nil {
		return api.PrescriptionPage{}, err
	}
	var page api.PrescriptionPage
	for _, id := range ids {
		if id <= q.After {
			continue
		}
		if len(page.Prescriptions) == q.Limit {
			last := page.Prescriptions[q.Limit-1].ID
			page.Next = &last
			break
		}
		rx, err := p.prescriptionAt(opts, head.Time, id)
		if err != nil {
			return api.PrescriptionPage{}, err
		}
		page.Prescriptions = append(page.Prescriptions, rx)
	}
	return page, nil
}

// patientIDs returns up to n ids of patient's prescriptions after `after`,
// finding the start by binary search over the ascending index.
func (p *Pharma) patientIDs(opts *bind.CallOpts, patient common.Address, after uint64, n int) ([]uint64, error) {
	count, err := p.rx.PrescriptionCountOf(opts, patient)
	if err != nil {
		return nil, p.readErr(err)
	}
	var searchErr error
	start := sort.Search(int(count), func(i int) bool {
		if searchErr != nil {
			return true
		}
		id, err := p.rx.PrescriptionOfPatient(opts, patient, uint64(i))
		if err != nil {
			searchErr = err
			return true
		}
		return id > after
	})
	if searchErr != nil {
		return nil, p.readErr(searchErr)
	}
	var ids []uint64
	for i := uint64(start); i < count && len(ids) < n; i++ {
		id, err := p.rx.PrescriptionOfPatient(opts, patient, i)
		if err != nil {
			return nil, p.readErr(err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// eventIDs returns the distinct prescription ids of the events q selects,
// ascending, up to block end.
func (p *Pharma) eventIDs(ctx context.Context, end uint64, q api.PrescriptionQuery) ([]uint64, error) {
	fo := &bind.FilterOpts{Start: p.from, End: &end, Context: ctx}
	seen := map[uint64]bool{}
	var ids []uint64
	add := func(id uint64) {
		if !seen[id] && id > q.After {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if q.Prescriber != nil {
		it, err := p.rx.FilterPrescriptionIssued(fo, nil, nil, []common.Address{*q.Prescriber})
		if err != nil {
			return nil, p.readErr(err)
		}
		defer it.Close()
		for it.Next() {
			if !it.Event.Raw.Removed {
				add(it.Event.Id)
			}
		}
		if err := it.Error(); err != nil {
			return nil, p.readErr(err)
		}
	} else {
		var pharmacies []common.Address
		if q.Pharmacy != nil {
			pharmacies = []common.Address{*q.Pharmacy}
		}
		it, err := p.rx.FilterPrescriptionDispensed(fo, nil, nil, pharmacies)
		if err != nil {
			return nil, p.readErr(err)
		}
		defer it.Close()
		for it.Next() {
			ev := it.Event
			if ev.Raw.Removed || (q.Batch != nil && !slices.Contains(ev.BatchIds, *q.Batch)) {
				continue
			}
			add(ev.Id)
		}
		if err := it.Error(); err != nil {
			return nil, p.readErr(err)
		}
	}
	slices.Sort(ids)
	return ids, nil
}
