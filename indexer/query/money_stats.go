package query

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gorm.io/gorm"

	"github.com/salus-health/salus/indexer/store"
)

// Statistics of money: services claimed, claims per insurer, service
// contract deliveries per provider, settlement totals per insurer and payer.
// Amounts are token minor units as decimal strings, summed exactly by the
// database (numeric on PostgreSQL; on SQLite integer sums, which fail
// rather than round past 2^63 minor units).

// ServiceStatsFilter selects statistics of claimed services.
type ServiceStatsFilter struct {
	// Period is the bucket size (Day when empty).
	Period Period
	// Since and Until bound the block time [Since, Until); both required.
	Since, Until time.Time
	// Code restricts the statistics to one service code (bytes32, 0x-hex);
	// empty: every code.
	Code string
	// Insurer restricts them to the claims of one insurer; zero: every one.
	Insurer common.Address
}

// ServiceCount is how often a service code was claimed in a period: claim
// lines, units, and the total allowed by adjudication.
type ServiceCount struct {
	Code        string    `json:"code"`
	PeriodStart time.Time `json:"periodStart"`
	Lines       int64     `json:"lines"`
	Quantity    int64     `json:"quantity"`
	Allowed     string    `json:"allowed"`
}

var hexCode = regexp.MustCompile(`^0x[0-9a-f]{64}$`)

// ServicesClaimed counts the services claimed per code and period, by the
// block time of the claim's submission: per period, most claimed (lines)
// first. Served by the claim_lines index (block_time, code), or (code,
// block_time) for one code, or (insurer, block_time) for one insurer.
func (q *Querier) ServicesClaimed(ctx context.Context, f ServiceStatsFilter) ([]ServiceCount, error) {
	bucket, err := bucketExpr(f.Period, f.Since, f.Until)
	if err != nil {
		return nil, err
	}
	db := q.v.DB(ctx).Model(&store.ClaimLine{}).
		Select("code, "+bucket+" AS period_start, COUNT(*) AS lines, SUM(quantity) AS quantity, SUM(allowed) AS allowed").
		Where("block_time >= ? AND block_time < ?", f.Since.Unix(), f.Until.Unix())
	if f.Code != "" {
		code := strings.ToLower(f.Code)
		if !hexCode.MatchString(code) {
			return nil, fmt.Errorf("%w: service code %q is not 32 bytes of 0x-hex", ErrInvalidFilter, f.Code)
		}
		db = db.Where("code = ?", code)
	}
	if f.Insurer != (common.Address{}) {
		db = db.Where("insurer = ?", addr(f.Insurer))
	}
	var rows []struct {
		Code        string
		PeriodStart int64
		Lines       int64
		Quantity    int64
		Allowed     store.Amount
	}
	if err := db.Group("code, period_start").Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("query services claimed: %w", err)
	}
	out := make([]ServiceCount, len(rows))
	for i, r := range rows {
		out[i] = ServiceCount{Code: r.Code, PeriodStart: time.Unix(r.PeriodStart, 0).UTC(), Lines: r.Lines, Quantity: r.Quantity, Allowed: r.Allowed.String()}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.PeriodStart.Equal(b.PeriodStart) {
			return a.PeriodStart.Before(b.PeriodStart)
		}
		if a.Lines != b.Lines {
			return a.Lines > b.Lines
		}
		return a.Code < b.Code
	})
	return out, nil
}

// ClaimStatsFilter selects claim statistics.
type ClaimStatsFilter struct {
	// Period, Since and Until as in StatsFilter.
	Period       Period
	Since, Until time.Time
	// Insurer restricts the statistics to one insurer; zero: every one.
	Insurer common.Address
}

// ClaimStats reports per insurer and period: claims submitted, claims paid
// in the transaction that submitted them (inside the plan's rules), claims
// sent to review (pended), claims paid, and the amount paid.
type ClaimStats struct {
	Insurer     string    `json:"insurer"`
	PeriodStart time.Time `json:"periodStart"`
	Submitted   int64     `json:"submitted"`
	AutoPaid    int64     `json:"autoPaid"`
	InReview    int64     `json:"inReview"`
	Paid        int64     `json:"paid"`
	AmountPaid  string    `json:"amountPaid"`
}

// ClaimStatistics returns claim statistics per insurer and period (by block
// time of each event), ordered by period then insurer. Served by the
// claim_submissions index (block_time, insurer), or (insurer, block_time)
// for one insurer, and the claim_states index (status, block_time, insurer).
func (q *Querier) ClaimStatistics(ctx context.Context, f ClaimStatsFilter) ([]ClaimStats, error) {
	bucket, err := bucketExpr(f.Period, f.Since, f.Until)
	if err != nil {
		return nil, err
	}
	from, to := f.Since.Unix(), f.Until.Unix()
	byInsurer := func(db *gorm.DB) *gorm.DB {
		if f.Insurer != (common.Address{}) {
			return db.Where("insurer = ?", addr(f.Insurer))
		}
		return db
	}
	var subs []struct {
		Insurer     string
		PeriodStart int64
		N           int64
	}
	err = byInsurer(q.v.DB(ctx).Model(&store.ClaimSubmission{}).Select("insurer, "+bucket+" AS period_start, COUNT(*) AS n").
		Where("block_time >= ? AND block_time < ?", from, to)).Group("insurer, period_start").Scan(&subs).Error
	if err != nil {
		return nil, fmt.Errorf("query claims submitted: %w", err)
	}
	var states []struct {
		Insurer     string
		Status      string
		PeriodStart int64
		N           int64
		Auto        int64
		Total       store.Amount
	}
	// A claim paid in the transaction that submitted it was paid inside the
	// rules: its paid state and its submission share the transaction hash.
	// Looked up per row by the claim_id index; "LIMIT 1 OFFSET 0" keeps
	// PostgreSQL from hashing the whole submissions table instead.
	const auto = `SUM(CASE WHEN EXISTS (SELECT 1 FROM claim_submissions c WHERE c.claim_id = claim_states.claim_id
 AND c.tx_hash = claim_states.tx_hash LIMIT 1 OFFSET 0) THEN 1 ELSE 0 END)`
	err = byInsurer(q.v.DB(ctx).Model(&store.ClaimState{}).
		Select("insurer, status, "+bucket+" AS period_start, COUNT(*) AS n, "+auto+" AS auto, SUM(amount) AS total").
		Where("status IN ? AND block_time >= ? AND block_time < ?", []string{store.ClaimPending, store.ClaimPaidStatus}, from, to)).
		Group("insurer, status, period_start").Scan(&states).Error
	if err != nil {
		return nil, fmt.Errorf("query claim states: %w", err)
	}
	type k struct {
		insurer string
		period  int64
	}
	out := map[k]*ClaimStats{}
	get := func(insurer string, period int64) *ClaimStats {
		key := k{insurer, period}
		if out[key] == nil {
			out[key] = &ClaimStats{Insurer: insurer, PeriodStart: time.Unix(period, 0).UTC(), AmountPaid: "0"}
		}
		return out[key]
	}
	for _, s := range subs {
		get(s.Insurer, s.PeriodStart).Submitted = s.N
	}
	for _, s := range states {
		c := get(s.Insurer, s.PeriodStart)
		switch s.Status {
		case store.ClaimPending:
			c.InReview = s.N
		case store.ClaimPaidStatus:
			c.Paid, c.AutoPaid, c.AmountPaid = s.N, s.Auto, s.Total.String()
		}
	}
	list := make([]ClaimStats, 0, len(out))
	for _, c := range out {
		list = append(list, *c)
	}
	sort.Slice(list, func(i, j int) bool {
		if !list[i].PeriodStart.Equal(list[j].PeriodStart) {
			return list[i].PeriodStart.Before(list[j].PeriodStart)
		}
		return list[i].Insurer < list[j].Insurer
	})
	return list, nil
}

// ProviderServiceStats reports per provider and period what service
// contracts delivered: reports made and their amount, payments released and
// their amount.
type ProviderServiceStats struct {
	Provider       string    `json:"provider"`
	PeriodStart    time.Time `json:"periodStart"`
	Reports        int64     `json:"reports"`
	AmountReported string    `json:"amountReported"`
	Payments       int64     `json:"payments"`
	AmountPaid     string    `json:"amountPaid"`
}

// ServiceContractStatsFilter selects service contract statistics.
type ServiceContractStatsFilter struct {
	// Period, Since and Until as in StatsFilter.
	Period       Period
	Since, Until time.Time
	// Provider restricts the statistics to one provider; zero: every one.
	Provider common.Address
}

// ServiceContractStatistics returns service contract deliveries per
// provider and period (block time of the report or payment), ordered by
// period then provider. Served by the service_reports index (block_time,
// provider) and the service_contract_events index (kind, block_time).
func (q *Querier) ServiceContractStatistics(ctx context.Context, f ServiceContractStatsFilter) ([]ProviderServiceStats, error) {
	bucket, err := bucketExpr(f.Period, f.Since, f.Until)
	if err != nil {
		return nil, err
	}
	from, to := f.Since.Unix(), f.Until.Unix()
	type row struct {
		Provider    string
		PeriodStart int64
		N           int64
		Total       store.Amount
	}
	var reports, paid []row
	rq := q.v.DB(ctx).Model(&store.ServiceReport{}).Select("provider, "+bucket+" AS period_start, COUNT(*) AS n, SUM(amount) AS total").
		Where("block_time >= ? AND block_time < ?", from, to)
	pq := q.v.DB(ctx).Model(&store.ServiceContractEvent{}).Select("account AS provider, "+bucket+" AS period_start, COUNT(*) AS n, SUM(amount) AS total").
		Where("kind = ? AND block_time >= ? AND block_time < ?", store.KindReleasedPay, from, to)
	if f.Provider != (common.Address{}) {
		rq = rq.Where("provider = ?", addr(f.Provider))
		pq = pq.Where("account = ?", addr(f.Provider))
	}
	if err := rq.Group("provider, period_start").Scan(&reports).Error; err != nil {
		return nil, fmt.Errorf("query service reports: %w", err)
	}
	if err := pq.Group("account, period_start").Scan(&paid).Error; err != nil {
		return nil, fmt.Errorf("query service payments: %w", err)
	}
	type k struct {
		provider string
		period   int64
	}
	out := map[k]*ProviderServiceStats{}
	get := func(r row) *ProviderServiceStats {
		key := k{r.Provider, r.PeriodStart}
		if out[key] == nil {
			out[key] = &ProviderServiceStats{Provider: r.Provider, PeriodStart: time.Unix(r.PeriodStart, 0).UTC(), AmountReported: "0", AmountPaid: "0"}
		}
		return out[key]
	}
	for _, r := range reports {
		s := get(r)
		s.Reports, s.AmountReported = r.N, r.Total.String()
	}
	for _, r := range paid {
		s := get(r)
		s.Payments, s.AmountPaid = r.N, r.Total.String()
	}
	list := make([]ProviderServiceStats, 0, len(out))
	for _, s := range out {
		list = append(list, *s)
	}
	sort.Slice(list, func(i, j int) bool {
		if !list[i].PeriodStart.Equal(list[j].PeriodStart) {
			return list[i].PeriodStart.Before(list[j].PeriodStart)
		}
		return list[i].Provider < list[j].Provider
	})
	return list, nil
}

// SettlementFilter selects settlement totals.
type SettlementFilter struct {
	// Since and Until bound the block time [Since, Until); both required.
	Since, Until time.Time
}

// InsurerSettlement is what an insurer's claims pool settled in a time
// range: claims paid and their amount, deposits and withdrawals.
type InsurerSettlement struct {
	Insurer    string `json:"insurer"`
	ClaimsPaid int64  `json:"claimsPaid"`
	AmountPaid string `json:"amountPaid"`
	Deposited  string `json:"deposited"`
	Withdrawn  string `json:"withdrawn"`
}

// PayerSettlement is what a government payer's service contracts settled in
// a time range: payments released to providers and their amount, escrow
// funded, escrow refunded.
type PayerSettlement struct {
	Payer      string `json:"payer"`
	Payments   int64  `json:"payments"`
	AmountPaid string `json:"amountPaid"`
	Funded     string `json:"funded"`
	Refunded   string `json:"refunded"`
}

// SettlementTotals are the totals per insurer (claims) and per payer
// (service contracts), each list by amount paid, largest first.
type SettlementTotals struct {
	Insurers []InsurerSettlement `json:"insurers"`
	Payers   []PayerSettlement   `json:"payers"`
}

// SettlementTotals returns what was settled per insurer and per government
// payer in a time range. Served by the claim_states index (status,
// block_time, insurer), the pool_events index (block_time, insurer) and the
// service_contract_events index (kind, block_time).
func (q *Querier) SettlementTotals(ctx context.Context, f SettlementFilter) (SettlementTotals, error) {
	if err := checkRange(f.Since, f.Until); err != nil {
		return SettlementTotals{}, err
	}
	from, to := f.Since.Unix(), f.Until.Unix()
	type row struct {
		Party string
		Kind  string
		N     int64
		Total store.Amount
	}
	var paid, pools, payers []row
	db := q.v.DB(ctx)
	if err := db.Model(&store.ClaimState{}).Select("insurer AS party, COUNT(*) AS n, SUM(amount) AS total").
		Where("status = ? AND block_time >= ? AND block_time < ?", store.ClaimPaidStatus, from, to).
		Group("insurer").Scan(&paid).Error; err != nil {
		return SettlementTotals{}, fmt.Errorf("query claims paid per insurer: %w", err)
	}
	if err := db.Model(&store.PoolEvent{}).Select("insurer AS party, kind, COUNT(*) AS n, SUM(amount) AS total").
		Where("block_time >= ? AND block_time < ?", from, to).Group("insurer, kind").Scan(&pools).Error; err != nil {
		return SettlementTotals{}, fmt.Errorf("query pools per insurer: %w", err)
	}
	if err := db.Model(&store.ServiceContractEvent{}).Select("payer AS party, kind, COUNT(*) AS n, SUM(amount) AS total").
		Where("kind IN ? AND block_time >= ? AND block_time < ?", []string{store.KindFunded, store.KindReleasedPay, store.KindRefunded}, from, to).
		Group("payer, kind").Scan(&payers).Error; err != nil {
		return SettlementTotals{}, fmt.Errorf("query settlements per payer: %w", err)
	}
	insurers := map[string]*InsurerSettlement{}
	ins := func(p string) *InsurerSettlement {
		if insurers[p] == nil {
			insurers[p] = &InsurerSettlement{Insurer: p, AmountPaid: "0", Deposited: "0", Withdrawn: "0"}
		}
		return insurers[p]
	}
	for _, r := range paid {
		s := ins(r.Party)
		s.ClaimsPaid, s.AmountPaid = r.N, r.Total.String()
	}
	for _, r := range pools {
		switch r.Kind {
		case store.KindDeposited:
			ins(r.Party).Deposited = r.Total.String()
		case store.KindWithdrawn:
			ins(r.Party).Withdrawn = r.Total.String()
		}
	}
	payerMap := map[string]*PayerSettlement{}
	for _, r := range payers {
		s := payerMap[r.Party]
		if s == nil {
			s = &PayerSettlement{Payer: r.Party, AmountPaid: "0", Funded: "0", Refunded: "0"}
			payerMap[r.Party] = s
		}
		switch r.Kind {
		case store.KindReleasedPay:
			s.Payments, s.AmountPaid = r.N, r.Total.String()
		case store.KindFunded:
			s.Funded = r.Total.String()
		case store.KindRefunded:
			s.Refunded = r.Total.String()
		}
	}
	out := SettlementTotals{Insurers: []InsurerSettlement{}, Payers: []PayerSettlement{}}
	for _, s := range insurers {
		out.Insurers = append(out.Insurers, *s)
	}
	for _, s := range payerMap {
		out.Payers = append(out.Payers, *s)
	}
	sort.Slice(out.Insurers, func(i, j int) bool {
		return amountLess(out.Insurers[j].AmountPaid, out.Insurers[i].AmountPaid, out.Insurers[i].Insurer < out.Insurers[j].Insurer)
	})
	sort.Slice(out.Payers, func(i, j int) bool {
		return amountLess(out.Payers[j].AmountPaid, out.Payers[i].AmountPaid, out.Payers[i].Payer < out.Payers[j].Payer)
	})
	return out, nil
}

// amountLess compares two decimal amounts; tie decides equal ones.
func amountLess(a, b string, tie bool) bool {
	switch store.Amount(a).Big().Cmp(store.Amount(b).Big()) {
	case -1:
		return true
	case 1:
		return false
	}
	return tie
}
