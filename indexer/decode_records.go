package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// recordsFamily decodes Records: record versions and read-audit anchors.
func recordsFamily() (*family, error) {
	fam, err := newFamily("Records", bindings.RecordsMetaData)
	if err != nil {
		return nil, err
	}
	f, err := bindings.NewRecordsFilterer(common.Address{}, nil)
	if err != nil {
		return nil, err
	}
	err = fam.onAll(map[string]decodeFunc{
		"RecordAdded": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseRecordAdded(l)
			if err != nil {
				return nil, err
			}
			return &store.RecordVersion{Event: at, Patient: store.Addr(e.Patient), RecordID: store.Int64(e.Id),
				Author: store.Addr(e.Author), Category: e.Category, CID: cidString(e.Cid), Previous: store.Int64(e.Previous)}, nil
		},
		"AuditAnchored": func(l types.Log, at store.Event) (store.Row, error) {
			e, err := f.ParseAuditAnchored(l)
			if err != nil {
				return nil, err
			}
			return &store.AuditAnchor{Event: at, BatchIndex: store.Int64(e.Index), MerkleRoot: store.Hash(e.MerkleRoot),
				FromSeq: store.Int64(e.FromSeq), ToSeq: store.Int64(e.ToSeq), Auditor: store.Addr(e.Auditor)}, nil
		},
	})
	if err != nil {
		return nil, err
	}
	return fam, fam.withShared()
}

// cidString returns the canonical string form of a binary CID, or 0x-hex of
// bytes that are not one (the contract only checks the CIDv1 prefix byte).
func cidString(b []byte) string {
	c, err := cid.Cast(b)
	if err != nil {
		return store.Hex(b)
	}
	return c.String()
}
