package query

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// ClaimStatus is a claim's status as the Claims contract stores it.
type ClaimStatus string

// Claim statuses (store.ClaimState.Status).
const (
	ClaimPending       ClaimStatus = store.ClaimPending
	ClaimAwaitingFunds ClaimStatus = store.ClaimAwaitingFunds
	ClaimPaid          ClaimStatus = store.ClaimPaidStatus
	ClaimDenied        ClaimStatus = store.ClaimDeniedStatus
	ClaimAppealed      ClaimStatus = store.ClaimAppealed
)

// ClaimStatuses lists every claim status.
func ClaimStatuses() []ClaimStatus {
	return []ClaimStatus{ClaimPending, ClaimAwaitingFunds, ClaimPaid, ClaimDenied, ClaimAppealed}
}

// ClaimFilter selects a page of claims, by their current status.
type ClaimFilter struct {
	// Status restricts the claims to those now in this status; empty: any.
	Status ClaimStatus
	// Insurer, Provider and Patient restrict the claims to those of this
	// party (each zero: any).
	Insurer, Provider, Patient common.Address
	// Since and Until bound the block time of the claim's latest status
	// change [Since, Until); zero: unbounded.
	Since, Until time.Time
	// Limit is the page size (DefaultLimit when 0, at most MaxLimit).
	Limit int
	// Cursor is the previous page's Next; empty for the first page.
	Cursor string
}

// Claim is a claim with its current status: the newest ClaimState of the
// claim, and its submission (service date, allowed total, evidence).
type Claim struct {
	ClaimID  string      `json:"claimId"`
	Status   ClaimStatus `json:"status"`
	Provider string      `json:"provider"`
	Patient  string      `json:"patient"`
	Insurer  string      `json:"insurer"`
	PolicyID int64       `json:"policyId"`
	// Amount is what was paid (paid) or is owed (awaiting funds), minor
	// units as a decimal string; "0" otherwise.
	Amount string `json:"amount"`
	// Position is where the claim got its current status.
	Position Position `json:"position"`
	// Submission is the ClaimSubmitted event (nil if the index lacks it).
	Submission *store.ClaimSubmission `json:"submission,omitempty"`
	// Lines are the submitted lines with their adjudication.
	Lines []store.ClaimLine `json:"lines,omitempty"`
}

// ClaimPage is a page of claims, most recently changed first.
type ClaimPage struct {
	Items []Claim `json:"items"`
	// Next is the cursor of the next page; empty on the last page.
	Next string `json:"next,omitempty"`
}

// latestState keeps the newest ClaimState of each claim: no state of the
// same claim at a later position. Served by (claim_id, position), once per
// row of the page's scan. "LIMIT 1 OFFSET 0" changes nothing in the answer;
// it keeps PostgreSQL from turning the check into an anti-join that hashes
// the whole table (it does not pull up EXISTS subqueries with an OFFSET).
const latestState = `NOT EXISTS (SELECT 1 FROM claim_states later WHERE later.claim_id = claim_states.claim_id
 AND (later.block_number > claim_states.block_number
  OR (later.block_number = claim_states.block_number AND later.log_index > claim_states.log_index)) LIMIT 1 OFFSET 0)`

// Claims returns a page of claims by their current status, most recently
// changed first. A claim whose status changes while pages are read moves to
// the front, like any event indexed later (see the package doc on pages).
// Served by the claim_states
// indexes (insurer | provider | patient | status, position) and
// (claim_id, position).
func (q *Querier) Claims(ctx context.Context, f ClaimFilter) (ClaimPage, error) {
	if f.Status != "" && !slices.Contains(ClaimStatuses(), f.Status) {
		return ClaimPage{}, fmt.Errorf("%w: unknown claim status %q", ErrInvalidFilter, f.Status)
	}
	w, err := q.newWindow(ctx, "claims", f.Cursor, f.Since, f.Until, false)
	if err != nil {
		return ClaimPage{}, err
	}
	where := func(db *gorm.DB) *gorm.DB {
		if f.Insurer != (common.Address{}) {
			db = db.Where("insurer = ?", addr(f.Insurer))
		}
		if f.Provider != (common.Address{}) {
			db = db.Where("provider = ?", addr(f.Provider))
		}
		if f.Patient != (common.Address{}) {
			db = db.Where("patient = ?", addr(f.Patient))
		}
		if f.Status != "" {
			db = db.Where("status = ?", string(f.Status))
		}
		return db.Where(latestState)
	}
	parts := []part[Claim]{{func(db *gorm.DB, w window, n int) ([]Claim, error) {
		return items[Claim](fetchRows[store.ClaimState](db, w, n, where))(func(s *store.ClaimState) Claim {
			return Claim{ClaimID: s.ClaimID, Status: ClaimStatus(s.Status), Provider: s.Provider, Patient: s.Patient,
				Insurer: s.Insurer, PolicyID: s.PolicyID, Amount: s.Amount.String(), Position: positionOf(&s.Event)}
		})
	}}}
	out, next, err := merge(ctx, q, "claims", w, limitOf(f.Limit), parts, func(c Claim) pos {
		return pos{c.Position.BlockNumber, c.Position.LogIndex}
	})
	if err != nil {
		return ClaimPage{}, err
	}
	if err := q.attachSubmissions(ctx, out); err != nil {
		return ClaimPage{}, err
	}
	return ClaimPage{Items: out, Next: next}, nil
}

// attachSubmissions reads the submissions and lines of the claims (by claim
// id, then by the submissions' primary key).
func (q *Querier) attachSubmissions(ctx context.Context, claims []Claim) error {
	if len(claims) == 0 {
		return nil
	}
	ids := make([]string, len(claims))
	for i, c := range claims {
		ids[i] = c.ClaimID
	}
	var subs []store.ClaimSubmission
	if err := q.v.DB(ctx).Where("claim_id IN ?", ids).Find(&subs).Error; err != nil {
		return fmt.Errorf("query claim_submissions: %w", err)
	}
	byID := map[string]*store.ClaimSubmission{}
	var hashes []string
	for i := range subs {
		byID[subs[i].ClaimID] = &subs[i]
		hashes = append(hashes, subs[i].BlockHash)
	}
	lines, err := q.claimLines(ctx, hashes)
	if err != nil {
		return err
	}
	for i := range claims {
		s := byID[claims[i].ClaimID]
		if s == nil {
			continue
		}
		claims[i].Submission = s
		for _, l := range lines {
			if l.BlockHash == s.BlockHash && l.LogIndex == s.LogIndex {
				claims[i].Lines = append(claims[i].Lines, l)
			}
		}
	}
	return nil
}

// claimLines reads the lines of the submissions in the given blocks (the
// lines' primary key leads with the block hash).
func (q *Querier) claimLines(ctx context.Context, blockHashes []string) ([]store.ClaimLine, error) {
	if len(blockHashes) == 0 {
		return nil, nil
	}
	var lines []store.ClaimLine
	err := q.v.DB(ctx).Where("block_hash IN ?", blockHashes).Order("block_hash, log_index, line_index").Find(&lines).Error
	if err != nil {
		return nil, fmt.Errorf("query claim_lines: %w", err)
	}
	return lines, nil
}
