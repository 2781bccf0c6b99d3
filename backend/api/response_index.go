package api

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer/query"
	"github.com/salus-health/salus/indexer/store"
)

// Responses of the indexer routes. Items carry their chain position and
// the indexed event's fields as "details" (camelCase names; addresses with
// their EIP-55 checksum; amounts as decimal strings of token minor units;
// bytes32 values as 0x-hex; times in Unix seconds as the chain holds them).

// indexPositionResponse is where an event is on the chain.
type indexPositionResponse struct {
	BlockNumber uint64 `json:"blockNumber"`
	LogIndex    uint   `json:"logIndex"`
	BlockHash   string `json:"blockHash"`
	TxHash      string `json:"txHash"`
	Contract    string `json:"contract"`
	BlockTime   string `json:"blockTime"`
}

func newIndexPosition(p query.Position) indexPositionResponse {
	return indexPositionResponse{BlockNumber: p.BlockNumber, LogIndex: p.LogIndex, BlockHash: p.BlockHash, TxHash: p.TxHash,
		Contract: checksum(p.Contract), BlockTime: p.BlockTime.UTC().Format(time.RFC3339)}
}

// indexItemResponse is one event of a timeline, audit trail, batch history
// or ledger.
type indexItemResponse struct {
	Kind     string                `json:"kind"`
	Position indexPositionResponse `json:"position"`
	Details  map[string]any        `json:"details"`
	// Parts are the rows that come with the event: a fill's packs, a
	// claim's lines, a recall's notices, a proposal's tariffs, a report's
	// lines.
	Parts []map[string]any `json:"parts,omitempty"`
}

// indexPageResponse is one page of an indexer list.
type indexPageResponse struct {
	Items      []indexItemResponse `json:"items"`
	NextCursor string              `json:"nextCursor,omitempty"`
}

// checksum formats a stored lower-case address with its EIP-55 checksum.
func checksum(s string) string {
	if common.IsHexAddress(s) {
		return common.HexToAddress(s).Hex()
	}
	return s
}

// jsonName turns a Go field name into the API's camelCase: ClaimID
// becomes claimId, TermsCID termsCid, GTIN gtin.
func jsonName(field string) string {
	r := []rune(field)
	n := 0
	for n < len(r) && unicode.IsUpper(r[n]) {
		n++
	}
	switch {
	case n == len(r):
		return strings.ToLower(field)
	case n > 1:
		n-- // the last capital starts the next word
	}
	out := strings.ToLower(string(r[:n])) + string(r[n:])
	for _, acr := range []string{"CID", "ID"} {
		if strings.HasSuffix(out, acr) {
			out = strings.TrimSuffix(out, acr) + acr[:1] + strings.ToLower(acr[1:])
		}
	}
	return out
}

// rowDetails returns the exported columns of an indexed row but its
// position, by API name.
func rowDetails(row any) map[string]any {
	v := reflect.ValueOf(row)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return map[string]any{}
		}
		v = v.Elem()
	}
	out := map[string]any{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Type == reflect.TypeOf(store.Event{}) {
			continue
		}
		val := v.Field(i).Interface()
		switch x := val.(type) {
		case store.Amount:
			val = x.String()
		case string:
			if len(x) == 42 && strings.HasPrefix(x, "0x") {
				val = checksum(x)
			}
		}
		out[jsonName(f.Name)] = val
	}
	return out
}

func rowsDetails[T any](rows []T) []map[string]any {
	if len(rows) == 0 {
		return nil
	}
	out := make([]map[string]any, len(rows))
	for i := range rows {
		out[i] = rowDetails(&rows[i])
	}
	return out
}

// firstRow returns the first non-nil pointer of rows.
func firstRow(rows ...any) any {
	for _, r := range rows {
		if r != nil && !reflect.ValueOf(r).IsNil() {
			return r
		}
	}
	return nil
}

func newTimelineItem(it query.TimelineItem) indexItemResponse {
	row := firstRow(it.Record, it.Grant, it.EmergencyAccess, it.Prescription, it.Fill, it.Cancellation, it.Policy, it.Claim, it.ClaimStatus)
	out := indexItemResponse{Kind: string(it.Kind), Position: newIndexPosition(it.Position), Details: rowDetails(row)}
	switch {
	case it.Fill != nil:
		out.Parts = rowsDetails(it.FillPacks)
	case it.Claim != nil:
		out.Parts = rowsDetails(it.ClaimLines)
	}
	return out
}

// auditTrailItemResponse is one item of a patient's audit trail: an
// indexed consent event (position set) or a read-audit entry of the
// backend (anchor set).
type auditTrailItemResponse struct {
	Kind string `json:"kind"`
	// At is the block time of an event, the time of a read.
	At       string                 `json:"at"`
	Position *indexPositionResponse `json:"position,omitempty"`
	Details  map[string]any         `json:"details"`
	Anchor   *readAnchorResponse    `json:"anchor,omitempty"`
}

// readAnchorResponse is the on-chain anchoring of a read-audit entry: the
// batch the index saw (status anchored), or pending.
type readAnchorResponse struct {
	// Status is "anchored" when the index holds the batch, else "pending".
	Status string `json:"status"`
	// Batch is the batch index: the index's, or, while pending, the
	// backend's when it already sent the anchor the index has not seen yet.
	Batch      *uint64                `json:"batch,omitempty"`
	FromSeq    *int64                 `json:"fromSeq,omitempty"`
	ToSeq      *int64                 `json:"toSeq,omitempty"`
	MerkleRoot string                 `json:"merkleRoot,omitempty"`
	Auditor    string                 `json:"auditor,omitempty"`
	Position   *indexPositionResponse `json:"position,omitempty"`
}

// auditTrailPageResponse is one page of an audit trail.
type auditTrailPageResponse struct {
	Items      []auditTrailItemResponse `json:"items"`
	NextCursor string                   `json:"nextCursor,omitempty"`
}

func newAuditTrailItem(it query.AuditItem) auditTrailItemResponse {
	row := firstRow(it.Grant, it.EmergencyAccess, it.Anchor)
	p := newIndexPosition(it.Position)
	return auditTrailItemResponse{Kind: string(it.Kind), At: p.BlockTime, Position: &p, Details: rowDetails(row)}
}

// newReadAuditItem is a read-audit entry with the batch of anchors
// (sequence order) that holds it, if any. It holds who read which record,
// when and why, never content.
func newReadAuditItem(e AuditEntry, anchors []store.AuditAnchor) auditTrailItemResponse {
	out := auditTrailItemResponse{Kind: auditKindRead, At: formatTime(e.At), Details: map[string]any{
		"seq": e.Seq, "actor": e.Actor.Hex(), "patient": e.Patient.Hex(), "record": e.RecordID,
		"category": e.Category.String(), "action": e.Action}}
	if p := purposeName(e.Purpose); p != "" {
		out.Details["purpose"] = p
	}
	// The first batch ending at or after the entry holds it if it starts
	// at or before it.
	k, _ := slices.BinarySearchFunc(anchors, e.Seq, func(a store.AuditAnchor, seq uint64) int {
		return cmp.Compare(uint64(a.ToSeq), seq)
	})
	if k == len(anchors) || uint64(anchors[k].FromSeq) > e.Seq {
		out.Anchor = &readAnchorResponse{Status: "pending", Batch: e.Batch}
		return out
	}
	a := anchors[k]
	batch, from, to := uint64(a.BatchIndex), a.FromSeq, a.ToSeq
	p := newIndexPosition(positionOfEvent(&a.Event))
	out.Anchor = &readAnchorResponse{Status: "anchored", Batch: &batch, FromSeq: &from, ToSeq: &to, MerkleRoot: a.MerkleRoot,
		Auditor: checksum(a.Auditor), Position: &p}
	return out
}

func newBatchHistoryItem(it query.BatchItem) indexItemResponse {
	row := firstRow(it.Registration, it.HandOver, it.Reading, it.Quarantine, it.Penalty, it.Recall, it.Dispense, it.Clone)
	out := indexItemResponse{Kind: string(it.Kind), Position: newIndexPosition(it.Position), Details: rowDetails(row)}
	if it.Recall != nil {
		out.Parts = rowsDetails(it.Notices)
	}
	return out
}

func newLedgerItem(e query.LedgerEntry) indexItemResponse {
	row := firstRow(e.Proposal, e.Report, e.Step)
	out := indexItemResponse{Kind: string(e.Kind), Position: newIndexPosition(e.Position), Details: rowDetails(row)}
	switch {
	case e.Proposal != nil:
		out.Parts = rowsDetails(e.Tariffs)
	case e.Report != nil:
		out.Parts = rowsDetails(e.ReportLines)
	}
	return out
}

// claimResponse is a claim with its current status.
type claimIndexResponse struct {
	ClaimID    string                `json:"claimId"`
	Status     string                `json:"status"`
	Provider   string                `json:"provider"`
	Patient    string                `json:"patient"`
	Insurer    string                `json:"insurer"`
	PolicyID   int64                 `json:"policyId"`
	Amount     string                `json:"amount"`
	Position   indexPositionResponse `json:"position"`
	Submission map[string]any        `json:"submission,omitempty"`
	Lines      []map[string]any      `json:"lines,omitempty"`
}

type claimIndexListResponse struct {
	Items      []claimIndexResponse `json:"items"`
	NextCursor string               `json:"nextCursor,omitempty"`
}

func newClaimIndexList(p query.ClaimPage) claimIndexListResponse {
	out := claimIndexListResponse{Items: make([]claimIndexResponse, len(p.Items)), NextCursor: p.Next}
	for i, c := range p.Items {
		r := claimIndexResponse{ClaimID: c.ClaimID, Status: string(c.Status), Provider: checksum(c.Provider), Patient: checksum(c.Patient),
			Insurer: checksum(c.Insurer), PolicyID: c.PolicyID, Amount: c.Amount, Position: newIndexPosition(c.Position),
			Lines: rowsDetails(c.Lines)}
		if c.Submission != nil {
			r.Submission = rowDetails(c.Submission)
			r.Submission["position"] = newIndexPosition(positionOfEvent(&c.Submission.Event))
		}
		out.Items[i] = r
	}
	return out
}

func positionOfEvent(e *store.Event) query.Position {
	return query.Position{BlockNumber: e.BlockNumber, LogIndex: e.LogIndex, BlockHash: e.BlockHash, TxHash: e.TxHash,
		Contract: e.Contract, BlockTime: time.Unix(e.BlockTime, 0).UTC()}
}

// indexStatusResponse is GET /v1/indexer/status.
type indexStatusResponse struct {
	Enabled       bool   `json:"enabled"`
	ChainHead     uint64 `json:"chainHead"`
	Indexed       uint64 `json:"indexedBlock"`
	IndexedHash   string `json:"indexedHash"`
	Lag           uint64 `json:"lag"`
	Confirmations uint64 `json:"confirmations"`
	Backfilling   bool   `json:"backfilling"`
	Reorgs        uint64 `json:"reorgs"`
	DeepestReorg  uint64 `json:"deepestReorg"`
	Skipped       uint64 `json:"skipped"`
	Stopped       bool   `json:"stopped"`
	LastError     string `json:"lastError,omitempty"`
}

func newIndexStatus(s IndexStatus) indexStatusResponse {
	return indexStatusResponse{Enabled: s.Enabled, ChainHead: s.ChainHead, Indexed: s.Indexed, IndexedHash: s.IndexedHash.Hex(),
		Lag: s.Lag, Confirmations: s.Confirmations, Backfilling: s.Backfilling, Reorgs: s.Reorgs, DeepestReorg: s.DeepestReorg,
		Skipped: s.Skipped, Stopped: s.Stopped, LastError: s.LastError}
}

// Statistics responses.

type serviceStatsResponse struct {
	Items []serviceCountResponse `json:"items"`
}

type serviceCountResponse struct {
	Code        string `json:"code"`
	PeriodStart string `json:"periodStart"`
	Lines       int64  `json:"lines"`
	Quantity    int64  `json:"quantity"`
	Allowed     string `json:"allowed"`
}

type prescriptionStatsResponse struct {
	Items []medicationCountResponse `json:"items"`
}

type medicationCountResponse struct {
	Medication    string `json:"medication"`
	PeriodStart   string `json:"periodStart"`
	Prescriptions int64  `json:"prescriptions"`
}

type excursionStatsResponse struct {
	Items []holderExcursionsResponse `json:"items"`
}

type holderExcursionsResponse struct {
	Holder     string `json:"holder"`
	Excursions int64  `json:"excursions"`
	Penalties  int64  `json:"penalties"`
}

type settlementStatsResponse struct {
	Insurers []insurerSettlementResponse `json:"insurers"`
	Payers   []payerSettlementResponse   `json:"payers"`
}

type insurerSettlementResponse struct {
	Insurer    string `json:"insurer"`
	ClaimsPaid int64  `json:"claimsPaid"`
	AmountPaid string `json:"amountPaid"`
	Deposited  string `json:"deposited"`
	Withdrawn  string `json:"withdrawn"`
}

type payerSettlementResponse struct {
	Payer      string `json:"payer"`
	Payments   int64  `json:"payments"`
	AmountPaid string `json:"amountPaid"`
	Funded     string `json:"funded"`
	Refunded   string `json:"refunded"`
}

func periodString(t time.Time) string { return t.UTC().Format(time.RFC3339) }
