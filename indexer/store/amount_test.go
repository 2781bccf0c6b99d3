package store

import (
	"context"
	"math/big"
	"testing"

	"github.com/salus-health/salus/backend/db/dbtest"
)

// TestAmountsAreStoredExactly writes amounts from 0 to 2^256-1 and reads
// them back digit for digit on both databases; sums are exact below 2^63
// on SQLite and everywhere on PostgreSQL, and a SQLite sum that would be
// rounded is refused.
func TestAmountsAreStoredExactly(t *testing.T) {
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	values := []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).SetUint64(1 << 62), new(big.Int).SetUint64(1 << 63),
		new(big.Int).Lsh(big.NewInt(3), 95), max256}
	for _, driver := range dbtest.Drivers {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			gdb, st := open(t, driver)
			cur, _, _ := st.Cursor(ctx)
			b := Batch{Number: 1, Hash: "0xb1", Blocks: []Block{{Number: 1, Hash: "0xb1", ParentHash: "0xb0", Time: 10, Events: len(values)}}}
			for i, v := range values {
				b.Rows = append(b.Rows, &TokenTransfer{Event: Event{BlockHash: "0xb1", LogIndex: uint(i), BlockNumber: 1, BlockTime: 10,
					TxHash: "0xt", Contract: "0xc"}, Sender: "0xa", Receiver: "0xb", Value: NewAmount(v)})
			}
			if err := st.Apply(ctx, cur, b); err != nil {
				t.Fatal(err)
			}
			var rows []TokenTransfer
			if err := gdb.Order("log_index").Find(&rows).Error; err != nil {
				t.Fatal(err)
			}
			for i, r := range rows {
				if r.Value.Big().Cmp(values[i]) != 0 {
					t.Errorf("value %d: got %s, want %s", i, r.Value, values[i])
				}
			}
			var small Amount
			if err := gdb.Model(&TokenTransfer{}).Select("SUM(value)").Where("log_index < 3").Scan(&small).Error; err != nil {
				t.Fatal(err)
			}
			if want := new(big.Int).SetUint64(1<<62 + 1); small.Big().Cmp(want) != 0 {
				t.Errorf("small sum: got %s, want %s", small, want)
			}
			var all Amount
			err := gdb.Model(&TokenTransfer{}).Select("SUM(value)").Scan(&all).Error
			want := new(big.Int)
			for _, v := range values {
				want.Add(want, v)
			}
			switch {
			case driver == "postgres" && (err != nil || all.Big().Cmp(want) != 0):
				t.Errorf("sum: got %s (%v), want %s", all, err, want)
			case driver != "postgres" && err == nil && all.Big().Cmp(want) != 0:
				t.Errorf("sum: got %s, want %s or a refusal", all, want)
			}
		})
	}
}
