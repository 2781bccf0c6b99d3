// Package query answers read queries over the index (indexer/store): a
// patient's timeline, the consent and read audit trail, a drug batch's
// history, claims by status and party, a service contract's ledger,
// regulator statistics. It is pure Go over store.View, the same SQL
// on SQLite and PostgreSQL, and every query is served by an index of the
// store (store.Indexes and the models' tags; TestQueriesUseIndexes checks the
// plans).
//
// Lists are newest first (batch history: oldest first unless asked) and
// paged with opaque cursors: pass a page's Next as the next request's
// Cursor. Pages are positions in the chain, (block number, log index), so a
// page never repeats or skips an event that was already indexed when the
// first page was read; events indexed later appear on first pages. A
// reorganisation can replace events near the head between two pages.
//
// # Authorisation
//
// The query layer does not check who asks; the API must, before calling:
//
//   - A patient's timeline and audit trail: only the patient (a signed-in
//     wallet) or a party the chain authorises for that patient at its latest
//     block: a grantee with an unexpired grant (AccessGrants.hasAccess for the
//     categories shown), a provider with an open emergency access, or the
//     regulator. Items of categories the party may not read are the API's
//     to drop.
//   - Batch history and recall notices: participants of the supply chain
//     (Registry roles manufacturer, distributor, pharmacy, provider) and the
//     regulator.
//   - Claims: the insurer or provider concerned, the patient (and parties
//     the patient granted the insurance category), the regulator.
//   - A service contract's ledger: its payer and provider, the regulator.
//   - Statistics: the regulator.
//
// A Querier is safe for concurrent use; it holds no state besides the view.
package query

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// Page sizes.
const (
	// DefaultLimit is the page size when a request gives none.
	DefaultLimit = 50
	// MaxLimit is the largest page size.
	MaxLimit = 500
)

var (
	// ErrInvalidCursor means a cursor was not made by this package for the
	// same kind of query (a client error).
	ErrInvalidCursor = errors.New("invalid page cursor")
	// ErrInvalidFilter means a filter cannot be answered: unknown kind or
	// period, an empty or reversed time range, too many periods (a client
	// error).
	ErrInvalidFilter = errors.New("invalid query filter")
)

// Querier runs queries on an index.
type Querier struct {
	v *store.View
}

// New returns a Querier reading through v (indexer.Indexer.View, or
// store.NewView on a database another process indexes).
func New(v *store.View) *Querier { return &Querier{v: v} }

// Position is where an event is on the chain.
type Position struct {
	// BlockNumber and LogIndex order events.
	BlockNumber uint64 `json:"blockNumber"`
	LogIndex    uint   `json:"logIndex"`
	// BlockHash, TxHash and Contract identify the log (0x-hex, lower case).
	BlockHash string `json:"blockHash"`
	TxHash    string `json:"txHash"`
	Contract  string `json:"contract"`
	// BlockTime is the block's timestamp.
	BlockTime time.Time `json:"blockTime"`
}

func positionOf(e *store.Event) Position {
	return Position{BlockNumber: e.BlockNumber, LogIndex: e.LogIndex, BlockHash: e.BlockHash, TxHash: e.TxHash,
		Contract: e.Contract, BlockTime: time.Unix(e.BlockTime, 0).UTC()}
}

// addr formats a query argument as the store does.
func addr(a common.Address) string { return store.Addr(a) }

// limitOf applies the page size bounds.
func limitOf(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// pos is a cursor position: (block number, log index).
type pos struct {
	block uint64
	log   uint
}

func (p pos) before(q pos) bool { return p.block < q.block || (p.block == q.block && p.log < q.log) }

// encodeCursor makes the opaque cursor of position p for queries of kind
// tag.
func encodeCursor(tag string, p pos) string {
	return base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("%s:%d:%d", tag, p.block, p.log)))
}

// decodeCursor reads a cursor made by encodeCursor with the same tag; ""
// means the first page.
func decodeCursor(tag, c string) (*pos, error) {
	if c == "" {
		return nil, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, ErrInvalidCursor
	}
	parts := strings.Split(string(raw), ":")
	if len(parts) != 3 || parts[0] != tag {
		return nil, ErrInvalidCursor
	}
	b, err1 := strconv.ParseUint(parts[1], 10, 64)
	l, err2 := strconv.ParseUint(parts[2], 10, 32)
	if err1 != nil || err2 != nil {
		return nil, ErrInvalidCursor
	}
	return &pos{block: b, log: uint(l)}, nil
}

// window restricts a list query: a block range from a time filter and the
// page cursor, in the list's direction.
type window struct {
	from, to uint64 // block numbers [from, to); to == 0: unbounded
	after    *pos   // the cursor: rows strictly after it in list order
	oldest   bool   // oldest first instead of newest first
	empty    bool   // the time filter matches no block
}

// apply adds the window's conditions and order to q. Every condition is a
// range on block_number, the column after the key columns in every
// position index, so the index serves the key, the range and the order.
func (w window) apply(q *gorm.DB) *gorm.DB {
	if w.from > 0 {
		q = q.Where("block_number >= ?", w.from)
	}
	if w.to > 0 {
		q = q.Where("block_number < ?", w.to)
	}
	if c := w.after; c != nil {
		if w.oldest {
			q = q.Where("block_number >= ? AND (block_number > ? OR log_index > ?)", c.block, c.block, c.log)
		} else {
			q = q.Where("block_number <= ? AND (block_number < ? OR log_index < ?)", c.block, c.block, c.log)
		}
	}
	if w.oldest {
		return q.Order("block_number, log_index")
	}
	return q.Order("block_number DESC, log_index DESC")
}

// newWindow resolves a time filter [since, until) (zero: unbounded) to
// block numbers through the blocks table, and decodes the cursor.
//
// Block times strictly increase with the block number on every Ethereum
// chain, and every block holding an event is stored, so an event's block
// time is at or after since exactly when its block is at or after the first
// stored block with a time at or after since (likewise for until): the time
// filter becomes a block range, which the position indexes serve.
func (q *Querier) newWindow(ctx context.Context, tag, cursor string, since, until time.Time, oldest bool) (window, error) {
	after, err := decodeCursor(tag, cursor)
	if err != nil {
		return window{}, err
	}
	w := window{after: after, oldest: oldest}
	if !since.IsZero() && !until.IsZero() && !since.Before(until) {
		return window{}, fmt.Errorf("%w: since %s is not before until %s", ErrInvalidFilter, since, until)
	}
	if !since.IsZero() {
		n, ok, err := q.firstBlockAt(ctx, since)
		if err != nil {
			return window{}, err
		}
		if !ok {
			w.empty = true
			return w, nil
		}
		w.from = max(n, 1)
	}
	if !until.IsZero() {
		n, ok, err := q.firstBlockAt(ctx, until)
		if err != nil {
			return window{}, err
		}
		if ok {
			if n <= w.from || n == 0 {
				w.empty = true
				return w, nil
			}
			w.to = n
		}
	}
	return w, nil
}

// firstBlockAt returns the first stored block with a time at or after t.
func (q *Querier) firstBlockAt(ctx context.Context, t time.Time) (uint64, bool, error) {
	var blocks []store.Block
	err := q.v.DB(ctx).Select("number").Where("time >= ?", t.Unix()).Order("time").Limit(1).Find(&blocks).Error
	if err != nil {
		return 0, false, fmt.Errorf("block at %s: %w", t.Format(time.RFC3339), err)
	}
	if len(blocks) == 0 {
		return 0, false, nil
	}
	return blocks[0].Number, true, nil
}

// part is one table's share of a merged list: it returns up to limit rows
// of the window, in the window's order, as items.
type part[I any] struct {
	fetch func(db *gorm.DB, w window, limit int) ([]I, error)
}

// fetchRows runs a list query on one table.
func fetchRows[T any](db *gorm.DB, w window, limit int, where func(*gorm.DB) *gorm.DB) ([]T, error) {
	var rows []T
	q := where(db.Model(new(T)))
	if err := w.apply(q).Limit(limit).Find(&rows).Error; err != nil {
		var m T
		return nil, fmt.Errorf("query %s: %w", tableOf(&m), err)
	}
	return rows, nil
}

func tableOf(m any) string {
	if t, ok := m.(interface{ TableName() string }); ok {
		return t.TableName()
	}
	return fmt.Sprintf("%T", m)
}

// merge runs every part with limit+1 rows, merges them in the window's
// order and returns the first limit items and the cursor of the next page
// ("" when this one is the last). Reading limit+1 rows of each table is
// enough: a table's rows left unread all come after its (limit+1)-th, which
// comes after the page's last item.
func merge[I any](ctx context.Context, q *Querier, tag string, w window, limit int, parts []part[I], posOf func(I) pos) ([]I, string, error) {
	if w.empty {
		return nil, "", nil
	}
	db := q.v.DB(ctx)
	var all []I
	for _, p := range parts {
		items, err := p.fetch(db, w, limit+1)
		if err != nil {
			return nil, "", err
		}
		all = append(all, items...)
	}
	slices.SortFunc(all, func(a, b I) int {
		x, y := posOf(a), posOf(b)
		if !w.oldest {
			x, y = y, x
		}
		switch {
		case x.before(y):
			return -1
		case y.before(x):
			return 1
		}
		return 0
	})
	if len(all) <= limit {
		return all, "", nil
	}
	all = all[:limit]
	return all, encodeCursor(tag, posOf(all[limit-1])), nil
}
