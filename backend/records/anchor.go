package records

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/api"
)

// AnchorResult describes one anchored batch.
type AnchorResult struct {
	Index   uint64
	Root    [32]byte
	FromSeq uint64
	ToSeq   uint64
	Entries int
}

// MaxAnchorBatch bounds the entries of one batch, so building the tree stays
// cheap; a backlog is anchored over several rounds.
const MaxAnchorBatch = 10_000

// syncBatches records in the database the batches the chain holds that the
// database does not know yet (an anchor whose bookkeeping a crash cut off).
func (s *Service) syncBatches(ctx context.Context) error {
	last, err := s.store.lastBatch(ctx)
	if err != nil {
		return err
	}
	batches, err := s.chain.AuditBatches(ctx, uint64(last+1))
	if err != nil {
		return err
	}
	for _, b := range batches {
		if err := s.store.markBatch(ctx, b.Index, b.FromSeq, b.ToSeq); err != nil {
			return err
		}
	}
	return nil
}

// AnchorOnce anchors the audit entries not yet anchored (at most
// MaxAnchorBatch) as one Merkle root in the Records contract. It returns nil
// when there is nothing to anchor.
func (s *Service) AnchorOnce(ctx context.Context) (*AnchorResult, error) {
	if err := s.syncBatches(ctx); err != nil {
		return nil, fmt.Errorf("sync audit batches: %w", err)
	}
	next, err := s.chain.NextAuditSeq(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.store.unanchored(ctx, next, MaxAnchorBatch)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	leaves := make([][32]byte, len(rows))
	for i, r := range rows {
		if leaves[i], err = auditLeaf(r); err != nil {
			return nil, err
		}
	}
	root, _, err := merkleRoot(leaves, -1)
	if err != nil {
		return nil, err
	}
	// After the first batch the range must start right after the previous
	// one; numbers skipped by rolled-back inserts fall inside the range.
	from := rows[0].Seq
	if next != 0 {
		from = next
	}
	to := rows[len(rows)-1].Seq
	if _, err := s.chain.AnchorAudit(ctx, root, from, to); err != nil {
		return nil, fmt.Errorf("anchor audit %d..%d: %w", from, to, err)
	}
	if err := s.syncBatches(ctx); err != nil {
		return nil, fmt.Errorf("record audit batch: %w", err)
	}
	last, err := s.store.lastBatch(ctx)
	if err != nil {
		return nil, err
	}
	return &AnchorResult{Index: uint64(last), Root: root, FromSeq: from, ToSeq: to, Entries: len(rows)}, nil
}

// RunAnchor anchors pending audit entries every interval until ctx ends.
// Failures are logged and retried at the next tick.
func (s *Service) RunAnchor(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	s.anchorEvery.Store(int64(interval))
	s.nextAnchor.Store(time.Now().Add(interval).UnixNano())
	defer s.anchorEvery.Store(0)
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			s.nextAnchor.Store(now.Add(interval).UnixNano())
		}
		res, err := s.AnchorOnce(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.WarnContext(ctx, "anchor audit log", slog.Any("error", err))
		case res != nil:
			s.log.InfoContext(ctx, "audit log anchored", slog.Uint64("batch", res.Index),
				slog.Uint64("from", res.FromSeq), slog.Uint64("to", res.ToSeq), slog.Int("entries", res.Entries))
		}
	}
}

// AuditProof is the Merkle proof that an audit entry is in an anchored batch.
type AuditProof struct {
	Seq   uint64
	Batch uint64
	Leaf  [32]byte
	Root  [32]byte
	Proof [][32]byte
}

// Proof returns the inclusion proof of audit entry seq, which must be anchored.
// MerkleProof.verify(proof, root, leaf) holds for it, and root is the one the
// Records contract holds for the batch.
func (s *Service) Proof(ctx context.Context, seq uint64) (AuditProof, error) {
	var e auditEntry
	if err := s.store.db.WithContext(ctx).Where("seq = ?", seq).Take(&e).Error; err != nil {
		return AuditProof{}, err
	}
	if e.Batch == nil {
		return AuditProof{}, fmt.Errorf("audit entry %d is not anchored yet", seq)
	}
	var rows []auditEntry
	if err := s.store.db.WithContext(ctx).Where("batch = ?", *e.Batch).Order("seq").Find(&rows).Error; err != nil {
		return AuditProof{}, err
	}
	leaves := make([][32]byte, len(rows))
	want := -1
	for i, r := range rows {
		l, err := auditLeaf(r)
		if err != nil {
			return AuditProof{}, err
		}
		leaves[i] = l
		if r.Seq == seq {
			want = i
		}
	}
	root, proof, err := merkleRoot(leaves, want)
	if err != nil {
		return AuditProof{}, err
	}
	return AuditProof{Seq: seq, Batch: *e.Batch, Leaf: leaves[want], Root: root, Proof: proof}, nil
}

// AuditProof implements api.Records: the inclusion proof of q.Patient's
// entry q.Seq for the patient or the regulator. An entry of another patient
// is reported like an unknown one (api.ErrNotFound), so no caller learns
// which sequence numbers are other patients'.
func (s *Service) AuditProof(ctx context.Context, caller common.Address, q api.AuditProofQuery) (api.AuditProof, error) {
	if caller != q.Patient && !q.Regulator {
		return api.AuditProof{}, fmt.Errorf("%w: only the patient and the regulator may get proofs of the patient's read audit", api.ErrForbidden)
	}
	var e auditEntry
	err := s.store.db.WithContext(ctx).Where("seq = ? AND patient = ?", q.Seq, addrID(q.Patient)).Take(&e).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return api.AuditProof{}, fmt.Errorf("%w: audit entry %d of %s", api.ErrNotFound, q.Seq, q.Patient.Hex())
	}
	if err != nil {
		return api.AuditProof{}, err
	}
	if e.Batch == nil {
		pe := &api.AuditPendingError{Seq: q.Seq, AnchorInterval: time.Duration(s.anchorEvery.Load())}
		if pe.AnchorInterval > 0 {
			pe.NextAnchor = time.Unix(0, s.nextAnchor.Load()).UTC()
		}
		return api.AuditProof{}, pe
	}
	p, err := s.Proof(ctx, q.Seq)
	if err != nil {
		return api.AuditProof{}, fmt.Errorf("proof of audit entry %d: %w", q.Seq, err)
	}
	return api.AuditProof{Entry: auditEntryOf(e), Leaf: p.Leaf, Proof: p.Proof, Batch: p.Batch, Root: p.Root}, nil
}
