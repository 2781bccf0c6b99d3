package records

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/backend/merkle"
)

// TestAuditProof serves proofs of a patient's entries to the patient and
// the regulator only, reports another patient's entry like an unknown one,
// and a pending entry with the anchoring schedule; the leaf is the one
// api.AuditLeafEncoding describes.
func TestAuditProof(t *testing.T) {
	ctx := context.Background()
	st, err := newStore(ctx, dbtest.Open(t, "sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{store: st}
	patient, other := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	reader, regulator := common.HexToAddress("0xcc"), common.HexToAddress("0xdd")
	base := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	// Entries 1..6; the even ones are other's; 1..5 anchored in batch 0.
	for i := 1; i <= 6; i++ {
		p := patient
		if i%2 == 0 {
			p = other
		}
		if err := st.addAudit(ctx, &auditEntry{At: base.Add(time.Duration(i) * time.Minute), Actor: addrID(reader), Patient: addrID(p),
			RecordID: uint64(10 + i), Category: uint8(api.CategoryLabResults), Purpose: uint8(api.PurposeTreatment), Action: "read"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.markBatch(ctx, 0, 1, 5); err != nil {
		t.Fatal(err)
	}
	want, err := s.Proof(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		caller common.Address
		reg    bool
	}{{patient, false}, {regulator, true}} {
		p, err := s.AuditProof(ctx, c.caller, api.AuditProofQuery{Patient: patient, Seq: 3, Regulator: c.reg})
		if err != nil {
			t.Fatalf("%s: %v", c.caller.Hex(), err)
		}
		e := p.Entry
		if e.Seq != 3 || e.Patient != patient || e.Actor != reader || e.RecordID != 13 || e.Batch == nil || *e.Batch != 0 || !e.At.Equal(base.Add(3*time.Minute)) {
			t.Errorf("entry %+v", e)
		}
		leaf, err := merkle.LeafHash(api.AuditLeafEncoding, []any{e.Seq, uint64(e.At.Unix()), e.Actor, e.Patient, e.RecordID,
			uint8(e.Category), uint8(e.Purpose), e.Action})
		if err != nil || leaf != p.Leaf {
			t.Errorf("leaf %x, the entry under api.AuditLeafEncoding hashes to %x (%v)", p.Leaf, leaf, err)
		}
		if p.Root != want.Root || p.Batch != 0 || len(p.Proof) == 0 || !merkle.Verify(p.Root, p.Leaf, p.Proof) {
			t.Errorf("proof %+v does not verify against %x", p, want.Root)
		}
	}
	if _, err := s.AuditProof(ctx, reader, api.AuditProofQuery{Patient: patient, Seq: 3}); !errors.Is(err, api.ErrForbidden) {
		t.Errorf("the reader: got %v, want forbidden", err)
	}
	if _, err := s.AuditProof(ctx, other, api.AuditProofQuery{Patient: patient, Seq: 3}); !errors.Is(err, api.ErrForbidden) {
		t.Errorf("another patient: got %v, want forbidden", err)
	}
	for _, seq := range []uint64{2, 99} { // other's, unknown
		if _, err := s.AuditProof(ctx, patient, api.AuditProofQuery{Patient: patient, Seq: seq}); !errors.Is(err, api.ErrNotFound) {
			t.Errorf("seq %d: got %v, want not found", seq, err)
		}
	}
	var pe *api.AuditPendingError
	if _, err := s.AuditProof(ctx, other, api.AuditProofQuery{Patient: other, Seq: 6}); !errors.As(err, &pe) || pe.Seq != 6 || pe.AnchorInterval != 0 ||
		!errors.Is(err, api.ErrConflict) {
		t.Errorf("pending without anchoring: got %v, want a pending error without interval", err)
	}
	next := time.Date(2025, 6, 1, 1, 0, 0, 0, time.UTC)
	s.anchorEvery.Store(int64(time.Minute))
	s.nextAnchor.Store(next.UnixNano())
	if _, err := s.AuditProof(ctx, other, api.AuditProofQuery{Patient: other, Seq: 6}); !errors.As(err, &pe) || pe.AnchorInterval != time.Minute || !pe.NextAnchor.Equal(next) {
		t.Errorf("pending while anchoring runs: got %+v", pe)
	}
}

// TestRunAnchorPublishesItsSchedule: while RunAnchor runs, pending entries
// say when it runs next; after it stops, they do not.
func TestRunAnchorPublishesItsSchedule(t *testing.T) {
	s := &Service{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.RunAnchor(ctx, time.Hour) }()
	for deadline := time.Now().Add(5 * time.Second); s.anchorEvery.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("RunAnchor never published its interval")
		}
	}
	if n := time.Unix(0, s.nextAnchor.Load()); n.Before(time.Now().Add(59*time.Minute)) || n.After(time.Now().Add(time.Hour)) {
		t.Errorf("next anchor %v, want in about an hour", n)
	}
	cancel()
	<-done
	if s.anchorEvery.Load() != 0 {
		t.Error("the interval stays published after RunAnchor stopped")
	}
}
