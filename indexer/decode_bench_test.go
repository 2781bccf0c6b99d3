package indexer

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/db/dbtest"
)

// BenchmarkDecode measures decoding telemetry logs (the busiest event) into
// rows.
func BenchmarkDecode(b *testing.B) {
	f := newFakeChain(b, 1)
	ix := newIndexer(b, fakeConfig(b, f), f, dbtest.Open(b, "sqlite"))
	h := &types.Header{Number: big.NewInt(5), Time: 1_700_000_000}
	var logs []types.Log
	for i := range 3000 {
		l := mkLog(fakeDrugBatches, drugBatchesABI, "TemperatureRecorded", fakeBatch, fakeManufacturer, common.BigToAddress(big.NewInt(int64(i%8))),
			uint64(1_700_000_000+i), int16(500), i%97 != 0)
		l.BlockNumber, l.Index, l.TxHash = 5, uint(i), common.Hash{byte(i / 250)}
		logs = append(logs, l)
	}
	b.ResetTimer()
	for range b.N {
		if _, _, err := ix.decode(context.Background(), logs, map[uint64]*types.Header{5: h}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(logs))/1000, "µs/log")
}
