package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/salus-health/salus/backend/db/dbtest"
)

// BenchmarkApply measures one commit of 3,000 telemetry rows (a typical
// backfill range) on each database.
func BenchmarkApply(b *testing.B) {
	for _, driver := range dbtest.Drivers {
		b.Run(driver, func(b *testing.B) {
			ctx := context.Background()
			gdb := dbtest.Open(b, driver)
			st, err := New(gdb)
			if err != nil {
				b.Fatal(err)
			}
			if err := st.Migrate(ctx); err != nil {
				b.Fatal(err)
			}
			cur, err := st.InitCursor(ctx, 1, "0xg")
			if err != nil {
				b.Fatal(err)
			}
			const rows = 3000
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				hash := fmt.Sprintf("0x%064x", i+1)
				batch := Batch{Blocks: []Block{{Number: uint64(i + 1), Hash: hash, ParentHash: "0xp", Events: rows}}, Number: uint64(i + 1), Hash: hash}
				for k := range rows {
					batch.Rows = append(batch.Rows, &TemperatureReading{Event: Event{BlockHash: hash, LogIndex: uint(k), BlockNumber: uint64(i + 1),
						BlockTime: 1_700_000_000 + int64(i), TxHash: fmt.Sprintf("0x%064x", k/250), TxIndex: uint(k / 250), Contract: "0x1000000000000000000000000000000000000004"},
						BatchID: fmt.Sprintf("0x%064x", k%8), Holder: "0x2000000000000000000000000000000000000001", Device: fmt.Sprintf("0x%040x", k%8),
						MeasuredAt: 1_700_000_000 + int64(k), Temperature: 500, WithinRange: k%97 != 0})
				}
				if err := st.Apply(ctx, cur, batch); err != nil {
					b.Fatal(err)
				}
				cur.Number, cur.Hash = uint64(i+1), hash
			}
			b.ReportMetric(float64(b.N*rows)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}
