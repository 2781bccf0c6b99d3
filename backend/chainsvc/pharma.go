package chainsvc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"golang.org/x/sync/singleflight"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/gs1"
	"github.com/salus-health/salus/backend/merkle"
	"github.com/salus-health/salus/backend/telemetry"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/deploy"
)

// Blobs stores public content in IPFS; the app adapts the IPFS node to it.
// Implementations must be safe for concurrent use.
type Blobs interface {
	// Add imports r and pins the root.
	Add(ctx context.Context, r io.Reader) (cid.Cid, error)
	// Open streams the file at c, every block verified against its CID.
	Open(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
	// Unpin lets the node drop c's blocks.
	Unpin(ctx context.Context, c cid.Cid) error
}

// PharmaConfig tunes a Pharma service. Zero fields take the defaults.
type PharmaConfig struct {
	// TreeCacheLeaves bounds the leaves of the serial trees kept in memory
	// for proofs, 64 bytes each; default 4,000,000 (256 MB).
	TreeCacheLeaves int
	// Packer tunes the reading packer (readings per transaction, gas).
	Packer telemetry.Config
	// Now is the clock of default signature deadlines; time.Now when nil.
	Now func() time.Time
	// Logger receives warnings for people to act on (late temperature
	// excursions); slog.Default() when nil.
	Logger *slog.Logger
}

// DefaultTreeCacheLeaves is the default of PharmaConfig.TreeCacheLeaves.
const DefaultTreeCacheLeaves = 4_000_000

// Pharma implements api.Pharma on the DrugBatches and Prescriptions
// contracts, with serial lists and batch certificates in IPFS. It is safe
// for concurrent use.
type Pharma struct {
	txer
	log         *slog.Logger
	node        Node
	batches     *bindings.DrugBatches
	batchesAddr common.Address
	rx          *bindings.Prescriptions
	rxAddr      common.Address
	reg         *bindings.Registry
	chainID     uint64
	from        uint64 // deployment block, where log searches start
	blobs       Blobs
	trees       *treeCache
	loads       singleflight.Group
	packer      *telemetry.Packer
	now         func() time.Time
}

var _ api.Pharma = (*Pharma)(nil)

// NewPharma binds DrugBatches, Prescriptions and the Registry at the
// manifest's addresses.
func NewPharma(node Node, sender Sender, manifest *deploy.Manifest, blobs Blobs, cfg PharmaConfig) (*Pharma, error) {
	for _, name := range []string{"DrugBatches", "Prescriptions", "Registry"} {
		if manifest.Address(name) == (common.Address{}) {
			return nil, fmt.Errorf("manifest has no %s", name)
		}
	}
	if blobs == nil {
		return nil, errors.New("chainsvc: pharma needs IPFS storage")
	}
	p := &Pharma{node: node, batchesAddr: manifest.Address("DrugBatches"), rxAddr: manifest.Address("Prescriptions"),
		chainID: manifest.ChainID, from: manifest.DeploymentBlock, blobs: blobs, now: cfg.Now, log: cfg.Logger}
	if p.log == nil {
		p.log = slog.Default()
	}
	var err error
	if p.batches, err = bindings.NewDrugBatches(p.batchesAddr, node); err != nil {
		return nil, err
	}
	if p.rx, err = bindings.NewPrescriptions(p.rxAddr, node); err != nil {
		return nil, err
	}
	if p.reg, err = bindings.NewRegistry(manifest.Address("Registry"), node); err != nil {
		return nil, err
	}
	if p.txer, err = newTxer(sender); err != nil {
		return nil, err
	}
	if cfg.TreeCacheLeaves <= 0 {
		cfg.TreeCacheLeaves = DefaultTreeCacheLeaves
	}
	p.trees = newTreeCache(cfg.TreeCacheLeaves)
	if p.now == nil {
		p.now = time.Now
	}
	domain := telemetry.NewDomain(new(big.Int).SetUint64(manifest.ChainID), p.batchesAddr)
	p.packer = telemetry.NewPacker(readingChain{p}, domain, cfg.Packer)
	return p, nil
}

// Packer returns the reading packer.
func (p *Pharma) Packer() *telemetry.Packer { return p.packer }

func hexHash(h [32]byte) string { return hexutil.Encode(h[:]) }

func unixTime(sec uint64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	return time.Unix(int64(sec), 0).UTC()
}

// cidString renders binary CID bytes, or their hex when they are not a CID.
func cidString(b []byte) string {
	c, err := cid.Cast(b)
	if err != nil {
		return hexutil.Encode(b)
	}
	return c.String()
}

// cidBytes parses a CIDv1 into the binary form the contracts take.
func cidBytes(s string) ([]byte, error) {
	c, err := cid.Decode(s)
	if err != nil || c.Version() != 1 {
		return nil, api.Invalid(fmt.Sprintf("%q is not a CIDv1", s))
	}
	return c.Bytes(), nil
}

func unknownBatch(id [32]byte) error {
	return api.NotFound(fmt.Sprintf("no batch has id %s", hexHash(id)))
}

// RegisterBatch implements api.Pharma.
func (p *Pharma) RegisterBatch(ctx context.Context, from common.Address, b api.NewBatch) (api.RegisteredBatch, error) {
	if len(b.Serials) == 0 {
		return api.RegisteredBatch{}, api.Invalid("a batch needs at least one pack serial")
	}
	opts := &bind.CallOpts{Context: ctx}
	ok, err := p.reg.IsActive(opts, from, uint8(api.RoleManufacturer))
	if err != nil {
		return api.RegisteredBatch{}, p.readErr(err)
	}
	if !ok {
		return api.RegisteredBatch{}, &api.ContractError{Kind: api.ErrForbidden, Name: "DrugBatchesNotManufacturer",
			Args: map[string]any{"caller": from.Hex()}}
	}
	id := merkle.BatchID(b.GTIN, b.Lot)
	if n, err := p.batches.HolderCount(opts, id); err != nil {
		return api.RegisteredBatch{}, p.readErr(err)
	} else if n > 0 {
		return api.RegisteredBatch{}, &api.ContractError{Name: "DrugBatchesBatchExists", Args: map[string]any{"batchId": hexHash(id)}}
	}
	tree, err := merkle.BuildFunc(len(b.Serials), func(i int) (merkle.Hash, error) {
		return merkle.SerialLeaf(id, b.Serials[i]), nil
	})
	if err != nil {
		return api.RegisteredBatch{}, api.Invalid(fmt.Sprintf("the serial list cannot be built into a tree: %v", err))
	}
	root := tree.Root()

	var added []cid.Cid
	cleanup := func() {
		for _, c := range added {
			_ = p.blobs.Unpin(context.WithoutCancel(ctx), c)
		}
	}
	listCID, err := p.addStream(ctx, func(w io.Writer) error { return WriteSerialList(w, id, root, b.Serials) })
	if err != nil {
		return api.RegisteredBatch{}, fmt.Errorf("publish serial list: %w", err)
	}
	added = append(added, listCID)
	expiresAt := b.Expiry.End()
	cert, err := json.Marshal(batchCertificate{
		Format: CertificateFormat, BatchID: hexHash(id), Manufacturer: from.Hex(),
		GTIN: fmt.Sprintf("%014d", b.GTIN), Lot: b.Lot,
		Manufactured: b.ManufacturedAt.UTC().Format(time.DateOnly), Expiry: expiresAt.Format(time.DateOnly),
		PackCount:   len(b.Serials),
		Temperature: certTemperature{Min: b.MinTemperature, Max: b.MaxTemperature, Unit: "0.01 °C"},
		SerialRoot:  hexHash(root), SerialTree: listCID.String(), SerialTreeForm: SerialListFormat, Document: b.Document,
	})
	if err != nil {
		cleanup()
		return api.RegisteredBatch{}, err
	}
	certCID, err := p.addStream(ctx, func(w io.Writer) error { _, err := w.Write(cert); return err })
	if err != nil {
		cleanup()
		return api.RegisteredBatch{}, fmt.Errorf("publish batch certificate: %w", err)
	}
	added = append(added, certCID)

	tx, err := p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.RegisterBatch(o, bindings.IDrugBatchesBatchRegistration{
			Gtin: b.GTIN, Lot: b.Lot, ManufacturedAt: uint64(b.ManufacturedAt.Unix()), ExpiresAt: uint64(expiresAt.Unix()),
			PackCount: uint32(len(b.Serials)), MinTemperature: b.MinTemperature, MaxTemperature: b.MaxTemperature,
			SerialRoot: root, CertificateCid: certCID.Bytes(),
		})
	})
	if err != nil {
		cleanup()
		return api.RegisteredBatch{}, err
	}
	p.trees.put(&treeEntry{id: id, tree: tree, listCID: listCID.String(), expiresAt: uint64(expiresAt.Unix())})
	batch, err := p.Batch(ctx, id)
	if err != nil {
		return api.RegisteredBatch{}, err
	}
	return api.RegisteredBatch{Batch: batch, Tx: tx}, nil
}

// addStream adds what write writes to IPFS, streamed through a pipe.
func (p *Pharma) addStream(ctx context.Context, write func(io.Writer) error) (cid.Cid, error) {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(write(pw)) }()
	c, err := p.blobs.Add(ctx, pr)
	pr.CloseWithError(errors.New("add ended")) // unblocks the writer if Add stopped early
	return c, err
}

// Batch implements api.Pharma.
func (p *Pharma) Batch(ctx context.Context, id [32]byte) (api.Batch, error) {
	head, opts, err := p.head(ctx, p.node)
	if err != nil {
		return api.Batch{}, err
	}
	n, err := p.batches.HolderCount(opts, id)
	if err != nil {
		return api.Batch{}, p.readErr(err)
	}
	if n == 0 {
		return api.Batch{}, unknownBatch(id)
	}
	b, err := p.batches.Batch(opts, id)
	if err != nil {
		return api.Batch{}, p.readErr(err)
	}
	out := api.Batch{
		ID: id, Manufacturer: b.Manufacturer, GTIN: b.Gtin, Lot: b.Lot, Number: b.Number,
		ManufacturedAt: unixTime(b.ManufacturedAt), ExpiresAt: unixTime(b.ExpiresAt), RegisteredAt: unixTime(b.RegisteredAt),
		PackCount: b.PackCount, MinTemperature: b.MinTemperature, MaxTemperature: b.MaxTemperature,
		SerialRoot: b.SerialRoot, CertificateCID: cidString(b.CertificateCid),
	}
	switch {
	case b.Status == 2:
		out.Status = api.BatchRecalled
	case head.Time > b.ExpiresAt:
		out.Status = api.BatchExpired
	default:
		out.Status = api.BatchActive
	}
	if e := p.trees.get(id); e != nil {
		out.SerialTreeCID = e.listCID
	} else if cert, err := p.certificate(ctx, b.CertificateCid, id); err == nil {
		out.SerialTreeCID = cert.SerialTree
	}
	for i := uint32(0); i < n; i++ {
		holder, err := p.batches.HolderAt(opts, id, i)
		if err != nil {
			return api.Batch{}, p.readErr(err)
		}
		h, err := p.holding(opts, id, holder)
		if err != nil {
			return api.Batch{}, err
		}
		out.Holders = append(out.Holders, h)
	}
	return out, nil
}

// holding reads holder's stock of batch id and its penalties.
func (p *Pharma) holding(opts *bind.CallOpts, id [32]byte, holder common.Address) (api.Holding, error) {
	h, err := p.batches.Holding(opts, id, holder)
	if err != nil {
		return api.Holding{}, p.readErr(err)
	}
	pen, err := p.batches.Penalties(opts, holder)
	if err != nil {
		return api.Holding{}, p.readErr(err)
	}
	return api.Holding{Holder: holder, OnHand: h.OnHand, PendingOut: h.PendingOut, Received: h.Received, Sent: h.Sent,
		Dispensed: h.Dispensed, Quarantined: h.Quarantined, QuarantinedAt: unixTime(h.QuarantinedAt), Penalties: pen}, nil
}

// certificate reads and parses the batch certificate at raw (binary CID).
func (p *Pharma) certificate(ctx context.Context, raw []byte, id [32]byte) (batchCertificate, error) {
	c, err := cid.Cast(raw)
	if err != nil {
		return batchCertificate{}, api.NotFound(fmt.Sprintf("batch %s has no readable certificate CID", hexHash(id)))
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	rc, err := p.blobs.Open(ctx, c)
	if err != nil {
		return batchCertificate{}, fmt.Errorf("%w: open certificate %s: %v", api.ErrUnavailable, c, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxCertificate+1))
	if err != nil {
		return batchCertificate{}, fmt.Errorf("%w: read certificate %s: %v", api.ErrUnavailable, c, err)
	}
	var cert batchCertificate
	if len(data) > maxCertificate || json.Unmarshal(data, &cert) != nil || cert.Format != CertificateFormat || cert.SerialTree == "" {
		return batchCertificate{}, api.NotFound(fmt.Sprintf("the certificate of batch %s (%s) names no serial list; its packs cannot be proven", hexHash(id), c))
	}
	return cert, nil
}

// tree returns the serial tree of batch id: from memory, or rebuilt from the
// serial list its certificate names and checked against the root on chain.
func (p *Pharma) tree(ctx context.Context, id [32]byte) (*treeEntry, error) {
	if e := p.trees.get(id); e != nil {
		return e, nil
	}
	v, err, _ := p.loads.Do(string(id[:]), func() (any, error) {
		if e := p.trees.get(id); e != nil {
			return e, nil
		}
		// The load outlives a caller that gives up: others may wait on it.
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
		defer cancel()
		opts := &bind.CallOpts{Context: lctx}
		n, err := p.batches.HolderCount(opts, id)
		if err != nil {
			return nil, p.readErr(err)
		}
		if n == 0 {
			return nil, unknownBatch(id)
		}
		b, err := p.batches.Batch(opts, id)
		if err != nil {
			return nil, p.readErr(err)
		}
		cert, err := p.certificate(lctx, b.CertificateCid, id)
		if err != nil {
			return nil, err
		}
		listCID, err := cid.Decode(cert.SerialTree)
		if err != nil {
			return nil, api.NotFound(fmt.Sprintf("the certificate of batch %s names a malformed serial list CID", hexHash(id)))
		}
		rc, err := p.blobs.Open(lctx, listCID)
		if err != nil {
			return nil, fmt.Errorf("%w: open serial list %s: %v", api.ErrUnavailable, listCID, err)
		}
		defer rc.Close()
		tree, err := ReadSerialList(rc, id, api.MaxBatchSerials)
		if err != nil {
			return nil, fmt.Errorf("serial list %s of batch %s: %w", listCID, hexHash(id), err)
		}
		if tree.Root() != b.SerialRoot {
			return nil, fmt.Errorf("%w: the serial list %s of batch %s gives root %x, the chain holds %x",
				ErrSerialList, listCID, hexHash(id), tree.Root(), b.SerialRoot)
		}
		e := &treeEntry{id: id, tree: tree, listCID: listCID.String(), expiresAt: b.ExpiresAt}
		p.trees.put(e)
		return e, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*treeEntry), nil
}

// SerialProof implements api.Pharma.
func (p *Pharma) SerialProof(ctx context.Context, id [32]byte, serial string) (api.SerialProof, error) {
	e, err := p.tree(ctx, id)
	if err != nil {
		return api.SerialProof{}, err
	}
	leaf := merkle.SerialLeaf(id, serial)
	proof, err := e.tree.Proof(leaf)
	if err != nil {
		return api.SerialProof{}, api.NotFound(fmt.Sprintf("batch %s has no pack with serial %q: a pack with this code is not authentic", hexHash(id), serial))
	}
	return api.SerialProof{BatchID: id, Serial: serial, Leaf: leaf, Root: e.tree.Root(), Proof: proof, SerialTreeCID: e.listCID}, nil
}

// packProof returns the batch, serial and proof of a scanned pack; a pack
// that is not a registered serial of a batch, or whose expiry is not its
// batch's, is an error wrapping ErrNotFound.
func (p *Pharma) packProof(ctx context.Context, code gs1.Code) ([32]byte, *treeEntry, [][32]byte, error) {
	id := merkle.BatchID(code.GTINValue(), code.Lot)
	e, err := p.tree(ctx, id)
	if err != nil {
		if errors.Is(err, api.ErrNotFound) {
			return id, nil, nil, api.NotFound(fmt.Sprintf("no batch with GTIN %s and lot %q is registered, or it publishes no serial list: the pack %s is not authentic",
				code.GTIN, code.Lot, code.HRI()))
		}
		return id, nil, nil, err
	}
	proof, err := e.tree.Proof(merkle.SerialLeaf(id, code.Serial))
	if err != nil {
		return id, e, nil, api.NotFound(fmt.Sprintf("serial %q is not a registered pack of GTIN %s lot %q: the pack %s is not authentic",
			code.Serial, code.GTIN, code.Lot, code.HRI()))
	}
	return id, e, proof, nil
}

// HandOver implements api.Pharma.
func (p *Pharma) HandOver(ctx context.Context, from common.Address, batchID [32]byte, to common.Address, quantity uint32) (api.HandOver, api.TxResult, error) {
	res, rcpt, err := p.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.HandOver(o, batchID, to, quantity)
	})
	if err != nil {
		return api.HandOver{}, res, err
	}
	if ev, ok := receiptEvent(rcpt, p.batchesAddr, p.batches.ParseHandOverInitiated); ok {
		h, err := p.HandOverRecord(ctx, ev.Id)
		return h, res, err
	}
	return api.HandOver{}, res, errors.New("handOver receipt has no HandOverInitiated event")
}

// AcceptHandOver implements api.Pharma.
func (p *Pharma) AcceptHandOver(ctx context.Context, from common.Address, id uint64) (api.HandOver, api.TxResult, error) {
	res, err := p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) { return p.batches.AcceptHandOver(o, id) })
	if err != nil {
		return api.HandOver{}, res, err
	}
	h, err := p.HandOverRecord(ctx, id)
	return h, res, err
}

// CancelHandOver implements api.Pharma.
func (p *Pharma) CancelHandOver(ctx context.Context, from common.Address, id uint64) (api.HandOver, api.TxResult, error) {
	res, err := p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) { return p.batches.CancelHandOver(o, id) })
	if err != nil {
		return api.HandOver{}, res, err
	}
	h, err := p.HandOverRecord(ctx, id)
	return h, res, err
}

var handOverStatuses = map[uint8]api.HandOverStatus{1: api.HandOverPending, 2: api.HandOverAccepted, 3: api.HandOverCancelled}

// HandOverRecord implements api.Pharma.
func (p *Pharma) HandOverRecord(ctx context.Context, id uint64) (api.HandOver, error) {
	opts := &bind.CallOpts{Context: ctx}
	n, err := p.batches.HandOverCount(opts)
	if err != nil {
		return api.HandOver{}, p.readErr(err)
	}
	if id == 0 || id > n {
		return api.HandOver{}, api.NotFound(fmt.Sprintf("there is no hand-over %d", id))
	}
	h, err := p.batches.HandOverRecord(opts, id)
	if err != nil {
		return api.HandOver{}, p.readErr(err)
	}
	return api.HandOver{ID: id, BatchID: h.BatchId, From: h.From, To: h.To, Quantity: h.Quantity,
		Status: handOverStatuses[h.Status], CreatedAt: unixTime(h.CreatedAt)}, nil
}

// Recall implements api.Pharma.
func (p *Pharma) Recall(ctx context.Context, from common.Address, batchID, reason [32]byte) (api.TxResult, error) {
	return p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.Recall(o, batchID, reason)
	})
}

// ReleaseQuarantine implements api.Pharma.
func (p *Pharma) ReleaseQuarantine(ctx context.Context, from common.Address, batchID [32]byte, holder common.Address, reason [32]byte) (api.TxResult, error) {
	return p.write(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.ReleaseQuarantine(o, batchID, holder, reason)
	})
}

// Pack statuses as DrugBatches numbers them.
var packStatuses = []api.PackStatus{api.PackNotAuthentic, api.PackActive, api.PackExpired, api.PackQuarantined, api.PackRecalled, api.PackDispensed}

// VerifyPack implements api.Pharma.
func (p *Pharma) VerifyPack(ctx context.Context, code gs1.Code, holder common.Address) (api.PackVerification, error) {
	id := merkle.BatchID(code.GTINValue(), code.Lot)
	v := api.PackVerification{Code: code, BatchID: id, Status: api.PackNotAuthentic}
	b, err := p.Batch(ctx, id)
	if errors.Is(err, api.ErrNotFound) {
		v.Reason = fmt.Sprintf("no batch with GTIN %s and lot %q is registered", code.GTIN, code.Lot)
		return v, nil
	}
	if err != nil {
		return v, err
	}
	v.Batch = &b
	if holder != (common.Address{}) {
		h := api.Holding{Holder: holder}
		for _, x := range b.Holders {
			if x.Holder == holder {
				h = x
			}
		}
		v.Holding = &h
	}
	if want := b.ExpiresAt; !code.Expiry.End().Equal(want) {
		v.Reason = fmt.Sprintf("the pack's expiry date %s is not its batch's, %s", code.Expiry.End().Format(time.DateOnly), want.Format(time.DateOnly))
		return v, nil
	}
	e, err := p.tree(ctx, id)
	if err != nil {
		return v, err
	}
	proof, err := e.tree.Proof(merkle.SerialLeaf(id, code.Serial))
	if err != nil {
		v.Reason = fmt.Sprintf("serial %q is not one of the batch's registered serials", code.Serial)
		return v, nil
	}
	_, opts, err := p.head(ctx, p.node)
	if err != nil {
		return v, err
	}
	st, err := p.batches.PackStatus(opts, id, code.Serial, proof, holder)
	if err != nil {
		return v, p.readErr(err)
	}
	if int(st) >= len(packStatuses) {
		return v, fmt.Errorf("packStatus returned %d", st)
	}
	v.Status = packStatuses[st]
	switch v.Status {
	case api.PackNotAuthentic:
		v.Reason = "the serial's proof does not match the batch's root"
	case api.PackDispensed:
		rec, err := p.batches.SerialRecord(opts, merkle.SerialLeaf(id, code.Serial))
		if err != nil {
			return v, p.readErr(err)
		}
		v.Dispensed = &api.DispensedSerial{Holder: rec.Holder, DispensedAt: unixTime(rec.DispensedAt), CloneReports: rec.CloneReports}
		v.Reason = fmt.Sprintf("this serial was dispensed by %s at %s: the pack presented now is a suspected clone; report it with POST /v1/clone-reports",
			rec.Holder.Hex(), unixTime(rec.DispensedAt).Format(time.RFC3339))
	case api.PackRecalled:
		v.Reason = "the batch is recalled: do not dispense; return it to its manufacturer"
	case api.PackQuarantined:
		v.Reason = fmt.Sprintf("the stock of %s is quarantined after a temperature excursion, until the regulator releases it", holder.Hex())
	case api.PackExpired:
		v.Reason = "the batch expired at " + b.ExpiresAt.Format(time.RFC3339)
	}
	return v, nil
}

// ReportClone implements api.Pharma.
func (p *Pharma) ReportClone(ctx context.Context, from common.Address, code gs1.Code) (api.CloneReport, error) {
	id, _, proof, err := p.packProof(ctx, code)
	if err != nil {
		return api.CloneReport{}, err
	}
	res, rcpt, err := p.transact(ctx, from, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return p.batches.ReportSuspectedClone(o, id, code.Serial, proof)
	})
	if err != nil {
		return api.CloneReport{}, err
	}
	out := api.CloneReport{BatchID: id, Serial: code.Serial, Tx: res}
	if ev, ok := receiptEvent(rcpt, p.batchesAddr, p.batches.ParseSuspectedCloneReported); ok {
		out.Reports = ev.Reports
	}
	return out, nil
}
