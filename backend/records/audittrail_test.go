package records

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/db/dbtest"
)

// TestReadAuditTrail pages a patient's read audit newest first, within a
// time window, for the patient and the regulator only, on both databases.
func TestReadAuditTrail(t *testing.T) {
	for _, driver := range []string{"sqlite", "postgres"} {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st, err := newStore(ctx, dbtest.Open(t, driver))
			if err != nil {
				t.Fatal(err)
			}
			s := &Service{store: st}
			patient, other := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
			reader, regulator := common.HexToAddress("0xcc"), common.HexToAddress("0xdd")
			base := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
			// Entries 1..7 a minute apart; the even ones are other's.
			for i := 1; i <= 7; i++ {
				p := patient
				if i%2 == 0 {
					p = other
				}
				if err := st.addAudit(ctx, &auditEntry{At: base.Add(time.Duration(i) * time.Minute), Actor: addrID(reader), Patient: addrID(p),
					RecordID: uint64(i), Category: uint8(api.CategoryLabResults), Purpose: uint8(api.PurposeTreatment), Action: "read"}); err != nil {
					t.Fatal(err)
				}
			}
			if err := st.markBatch(ctx, 0, 1, 3); err != nil {
				t.Fatal(err)
			}
			seqs := func(p api.AuditPage) []uint64 {
				var out []uint64
				for _, e := range p.Entries {
					if e.Patient != patient {
						t.Errorf("entry %d of %s", e.Seq, e.Patient.Hex())
					}
					out = append(out, e.Seq)
				}
				return out
			}
			p, err := s.ReadAuditTrail(ctx, patient, api.ReadAuditQuery{Patient: patient, Limit: 2})
			if err != nil || !slices.Equal(seqs(p), []uint64{7, 5}) || p.Next == nil || *p.Next != 5 {
				t.Fatalf("first page: %+v, %v", p, err)
			}
			p, err = s.ReadAuditTrail(ctx, patient, api.ReadAuditQuery{Patient: patient, Before: *p.Next, Limit: 2})
			if err != nil || !slices.Equal(seqs(p), []uint64{3, 1}) || p.Next != nil {
				t.Fatalf("second page: %+v, %v", p, err)
			}
			if p.Entries[0].Batch == nil || *p.Entries[0].Batch != 0 || p.Entries[0].Action != "read" || !p.Entries[0].At.Equal(base.Add(3*time.Minute)) {
				t.Errorf("entry 3: %+v", p.Entries[0])
			}
			p, err = s.ReadAuditTrail(ctx, regulator, api.ReadAuditQuery{Patient: patient, Regulator: true,
				Since: base.Add(3 * time.Minute), Until: base.Add(7 * time.Minute)})
			if err != nil || !slices.Equal(seqs(p), []uint64{5, 3}) {
				t.Errorf("window [3, 7) minutes, as the regulator: %+v, %v", p, err)
			}
			if _, err := s.ReadAuditTrail(ctx, reader, api.ReadAuditQuery{Patient: patient}); !errors.Is(err, api.ErrForbidden) {
				t.Errorf("a grantee: got %v, want forbidden", err)
			}
			if _, err := s.ReadAuditTrail(ctx, other, api.ReadAuditQuery{Patient: patient}); !errors.Is(err, api.ErrForbidden) {
				t.Errorf("another patient: got %v, want forbidden", err)
			}
		})
	}
}
