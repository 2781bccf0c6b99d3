package chainsvc

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/deploy"
)

// Anchor is a record version as the Records contract holds it.
type Anchor struct {
	ID        uint64
	Patient   common.Address
	Author    common.Address
	Category  api.Category
	CreatedAt time.Time
	Previous  uint64
	Next      uint64
	CID       []byte
}

// AuditBatch is an anchored batch of audit entries.
type AuditBatch struct {
	Index      uint64
	MerkleRoot [32]byte
	FromSeq    uint64
	ToSeq      uint64
}

// RecordChain reads and writes the Records contract and the views of
// AccessGrants and Registry the record service needs. Reads are at the
// node's latest block.
type RecordChain struct {
	txer
	records     *bindings.Records
	recordsAddr common.Address
	grants      *bindings.AccessGrants
	registry    *bindings.Registry
	auditor     common.Address
}

// NewRecordChain binds the contracts of manifest. Audit batches are anchored
// from auditor, which needs AUDITOR_ROLE in Records.
func NewRecordChain(node Node, sender Sender, manifest *deploy.Manifest, auditor common.Address) (*RecordChain, error) {
	rc := &RecordChain{auditor: auditor, recordsAddr: manifest.Address("Records")}
	for _, name := range []string{"Records", "AccessGrants", "Registry"} {
		if manifest.Address(name) == (common.Address{}) {
			return nil, fmt.Errorf("manifest has no %s", name)
		}
	}
	var err error
	if rc.records, err = bindings.NewRecords(rc.recordsAddr, node); err != nil {
		return nil, err
	}
	if rc.grants, err = bindings.NewAccessGrants(manifest.Address("AccessGrants"), node); err != nil {
		return nil, err
	}
	if rc.registry, err = bindings.NewRegistry(manifest.Address("Registry"), node); err != nil {
		return nil, err
	}
	if rc.txer, err = newTxer(sender); err != nil {
		return nil, err
	}
	return rc, nil
}

// Record returns version id; an error wrapping api.ErrNotFound when there is none.
func (rc *RecordChain) Record(ctx context.Context, id uint64) (Anchor, error) {
	opts := &bind.CallOpts{Context: ctx}
	if id == 0 {
		return Anchor{}, fmt.Errorf("%w: record ids start at 1", api.ErrNotFound)
	}
	count, err := rc.records.VersionCount(opts)
	if err != nil {
		return Anchor{}, rc.readErr(err)
	}
	if id > count {
		return Anchor{}, fmt.Errorf("%w: there is no record %d", api.ErrNotFound, id)
	}
	v, err := rc.records.Record(opts, id)
	if err != nil {
		return Anchor{}, rc.readErr(err)
	}
	return Anchor{ID: id, Patient: v.Patient, Author: v.Author, Category: api.Category(v.Category),
		CreatedAt: time.Unix(int64(v.CreatedAt), 0).UTC(), Previous: v.Previous, Next: v.Next, CID: v.Cid}, nil
}

// PatientRecords returns the ids of every version anchored for patient, oldest first.
func (rc *RecordChain) PatientRecords(ctx context.Context, patient common.Address) ([]uint64, error) {
	opts := &bind.CallOpts{Context: ctx}
	n, err := rc.records.RecordCount(opts, patient)
	if err != nil {
		return nil, rc.readErr(err)
	}
	ids := make([]uint64, 0, n)
	for i := uint64(0); i < n; i++ {
		id, err := rc.records.RecordOfPatient(opts, patient, i)
		if err != nil {
			return nil, rc.readErr(err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// CanWrite reports whether author may anchor category for patient now.
func (rc *RecordChain) CanWrite(ctx context.Context, author, patient common.Address, category api.Category) (bool, error) {
	ok, err := rc.records.CanWrite(&bind.CallOpts{Context: ctx}, author, patient, uint8(category))
	if err != nil {
		return false, rc.readErr(err)
	}
	return ok, nil
}

// AccessPurpose returns why reader may read category of patient now, or
// api.PurposeNone when it may not.
func (rc *RecordChain) AccessPurpose(ctx context.Context, patient, reader common.Address, category api.Category) (api.Purpose, error) {
	p, err := rc.grants.AccessPurpose(&bind.CallOpts{Context: ctx}, patient, reader, uint8(category))
	if err != nil {
		return api.PurposeNone, rc.readErr(err)
	}
	return api.Purpose(p), nil
}

// EncryptionKey returns account's registered encryption key (64 bytes), or
// nil when it has none.
func (rc *RecordChain) EncryptionKey(ctx context.Context, account common.Address) ([]byte, error) {
	k, err := rc.registry.EncryptionKey(&bind.CallOpts{Context: ctx}, account)
	if err != nil {
		return nil, rc.readErr(err)
	}
	if len(k) == 0 {
		return nil, nil
	}
	return k, nil
}

// AddRecord anchors a version from author and returns its id.
func (rc *RecordChain) AddRecord(ctx context.Context, author, patient common.Address, category api.Category, cid []byte, previous uint64) (uint64, api.TxResult, error) {
	res, rcpt, err := rc.transact(ctx, author, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rc.records.AddRecord(o, patient, uint8(category), cid, previous)
	})
	if err != nil {
		return 0, res, err
	}
	for _, l := range rcpt.Logs {
		if l.Address != rc.recordsAddr {
			continue
		}
		if ev, err := rc.records.ParseRecordAdded(*l); err == nil {
			return ev.Id, res, nil
		}
	}
	return 0, res, errors.New("addRecord receipt has no RecordAdded event")
}

// NextAuditSeq is the first sequence number the next batch must start at
// (0 before the first batch, when any start is allowed).
func (rc *RecordChain) NextAuditSeq(ctx context.Context) (uint64, error) {
	n, err := rc.records.NextAuditSeq(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, rc.readErr(err)
	}
	return n, nil
}

// AuditBatches returns the anchored batches from index from on.
func (rc *RecordChain) AuditBatches(ctx context.Context, from uint64) ([]AuditBatch, error) {
	opts := &bind.CallOpts{Context: ctx}
	n, err := rc.records.AuditBatchCount(opts)
	if err != nil {
		return nil, rc.readErr(err)
	}
	var out []AuditBatch
	for i := from; i < n; i++ {
		b, err := rc.records.AuditBatch(opts, i)
		if err != nil {
			return nil, rc.readErr(err)
		}
		out = append(out, AuditBatch{Index: i, MerkleRoot: b.MerkleRoot, FromSeq: b.FromSeq, ToSeq: b.ToSeq})
	}
	return out, nil
}

// AnchorAudit anchors the root of entries fromSeq..toSeq from the auditor.
func (rc *RecordChain) AnchorAudit(ctx context.Context, root [32]byte, fromSeq, toSeq uint64) (api.TxResult, error) {
	return rc.write(ctx, rc.auditor, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return rc.records.AnchorAudit(o, root, fromSeq, toSeq)
	})
}
