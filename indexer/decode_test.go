package indexer

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/indexer/store"
)

func TestEveryEventHasADecoder(t *testing.T) {
	fams, err := families()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		for name, ev := range f.abi.Events {
			if _, ok := f.events[ev.ID]; !ok {
				t.Errorf("%s: event %s has no decoder", f.contract, name)
			}
		}
	}
}

// FuzzDecode feeds arbitrary topics and data to every decoder: a log the
// chain gives must never crash the indexer, and a decoded row must have the
// position it was given.
func FuzzDecode(f *testing.F) {
	fams, err := families()
	if err != nil {
		f.Fatal(err)
	}
	var decoders []decoder
	var ids []common.Hash
	for _, fam := range fams {
		for id, d := range fam.events {
			decoders = append(decoders, d)
			ids = append(ids, id)
		}
	}
	l := mkLog(fakeRegistry, registryABI, "ParticipantLicensed", common.Address{1}, uint8(1), "St Mary", [32]byte{1}, uint64(1))
	f.Add(uint8(0), l.Topics[1].Bytes(), l.Topics[2].Bytes(), l.Data)
	f.Add(uint8(3), []byte{}, []byte{1}, []byte("\xff\x00"))
	f.Fuzz(func(t *testing.T, which uint8, topic1, topic2, data []byte) {
		i := int(which) % len(decoders)
		topics := []common.Hash{ids[i]}
		for _, b := range [][]byte{topic1, topic2} {
			if len(b) > 0 {
				topics = append(topics, common.BytesToHash(b))
			}
		}
		at := store.Event{BlockHash: "0xb", LogIndex: 7, BlockNumber: 9}
		row, err := decoders[i].decode(types.Log{Topics: topics, Data: data}, at)
		if err != nil {
			return
		}
		if *row.Position() != at {
			t.Fatalf("%s: position %+v, want %+v", decoders[i].event, *row.Position(), at)
		}
	})
}
