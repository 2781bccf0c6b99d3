package api

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/indexer/query"
)

// Query parameters of the indexer routes.
// (cursor, limit, patient, code and holder are shared with other routes.)
const (
	ixParamKind       = "kind"
	ixParamSince      = "since"
	ixParamUntil      = "until"
	ixParamOrder      = "order"
	ixParamStatus     = "status"
	ixParamInsurer    = "insurer"
	ixParamProvider   = "provider"
	ixParamPeriod     = "period"
	ixParamMedication = "medication"
)

// indexPage is the paging and time window common to the indexer lists.
type indexPage struct {
	since, until time.Time
	limit        int
	cursor       string
}

// decodeIndexQuery checks the query string against the allowed parameters
// (cursor, limit, since and until always) and decodes the common ones.
func decodeIndexQuery(rawQuery string, more ...string) (map[string]string, indexPage, error) {
	allowed := append([]string{paramCursor, paramLimit, ixParamSince, ixParamUntil}, more...)
	v, err := decodeQuery(rawQuery, allowed...)
	if err != nil {
		return nil, indexPage{}, err
	}
	p, err := decodePage(v)
	if err != nil {
		return nil, indexPage{}, err
	}
	if p.since, p.until, err = decodeTimeRange(v, false); err != nil {
		return nil, indexPage{}, err
	}
	return v, p, nil
}

// decodePage reads cursor and limit of decoded query parameters.
func decodePage(v map[string]string) (indexPage, error) {
	p := indexPage{limit: defaultPageSize, cursor: v[paramCursor]}
	if s, ok := v[paramCursor]; ok && (s == "" || len(s) > 64) {
		return indexPage{}, fieldError(CodeInvalidCursor, paramCursor, "cursor is not a cursor this server gave out; start again without it")
	}
	if s, ok := v[paramLimit]; ok {
		n, ok := parsePageSize(s)
		if !ok {
			return indexPage{}, fieldError(CodeInvalidLimit, paramLimit, fmt.Sprintf("limit must be a whole number from 1 to %d", maxPageSize))
		}
		p.limit = n
	}
	return p, nil
}

// decodeTimeRange reads since and until (RFC 3339); required makes both
// mandatory. since must be before until.
func decodeTimeRange(v map[string]string, required bool) (since, until time.Time, err error) {
	for _, f := range []struct {
		name string
		t    *time.Time
	}{{ixParamSince, &since}, {ixParamUntil, &until}} {
		s, ok := v[f.name]
		if !ok {
			if required {
				return time.Time{}, time.Time{}, fieldError(CodeMissingField, f.name, "statistics need since and until, RFC 3339 times such as 2025-01-01T00:00:00Z")
			}
			continue
		}
		if *f.t, err = parseTime(f.name, s); err != nil {
			return time.Time{}, time.Time{}, err
		}
	}
	if !since.IsZero() && !until.IsZero() && !since.Before(until) {
		return time.Time{}, time.Time{}, fieldError(CodeInvalidTime, ixParamUntil, "until must be after since")
	}
	return since, until, nil
}

// decodeKinds reads the comma-separated kind parameter against the kinds
// a list knows.
func decodeKinds[K ~string](v map[string]string, known []K) ([]K, error) {
	s, ok := v[ixParamKind]
	if !ok {
		return nil, nil
	}
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = string(k)
	}
	var out []K
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		k := strings.TrimSpace(part)
		ok := false
		for _, n := range names {
			ok = ok || n == k
		}
		if !ok || seen[k] {
			e := fieldError(CodeInvalidQuery, ixParamKind, fmt.Sprintf("kind must be a comma-separated list of distinct kinds from: %s", strings.Join(names, ", ")))
			e.Details["allowed"] = names
			return nil, e
		}
		seen[k] = true
		out = append(out, K(k))
	}
	return out, nil
}

// decodeOrder reads order=oldest|newest; def is the default.
func decodeOrder(v map[string]string, defNewest bool) (newest bool, err error) {
	switch v[ixParamOrder] {
	case "":
		if _, ok := v[ixParamOrder]; ok {
			break
		}
		return defNewest, nil
	case "newest":
		return true, nil
	case "oldest":
		return false, nil
	}
	return false, fieldError(CodeInvalidQuery, ixParamOrder, "order must be oldest or newest")
}

// optionalAddress reads an address parameter; zero when absent.
func optionalAddress(v map[string]string, name string) (common.Address, error) {
	s, ok := v[name]
	if !ok {
		return common.Address{}, nil
	}
	return parseAddress(name, s)
}

// decodeClaimStatus reads the status parameter.
func decodeClaimStatus(v map[string]string) (query.ClaimStatus, error) {
	s, ok := v[ixParamStatus]
	if !ok {
		return "", nil
	}
	for _, st := range query.ClaimStatuses() {
		if string(st) == s {
			return st, nil
		}
	}
	var names []string
	for _, st := range query.ClaimStatuses() {
		names = append(names, string(st))
	}
	return "", fieldError(CodeInvalidQuery, ixParamStatus, "status must be one of: "+strings.Join(names, ", "))
}

// decodePeriod reads the period parameter (day when absent).
func decodePeriod(v map[string]string) (query.Period, error) {
	switch p := query.Period(v[ixParamPeriod]); p {
	case query.Day, query.Week, query.Month:
		return p, nil
	case "":
		if _, ok := v[ixParamPeriod]; !ok {
			return query.Day, nil
		}
	}
	return "", fieldError(CodeInvalidQuery, ixParamPeriod, "period must be day, week or month")
}

// decodeStatsRange reads the required since and until of statistics.
func decodeStatsRange(rawQuery string, more ...string) (map[string]string, time.Time, time.Time, error) {
	v, err := decodeQuery(rawQuery, append([]string{ixParamSince, ixParamUntil}, more...)...)
	if err != nil {
		return nil, time.Time{}, time.Time{}, err
	}
	since, until, err := decodeTimeRange(v, true)
	return v, since, until, err
}

// parseContractID parses the {contractId} of a service contract path.
func parseContractID(s string) (uint64, error) {
	return parseID("contractId", "a service contract", s)
}

// decodeServiceCode reads a service code: 0x + 64 hex digits (bytes32).
func decodeServiceCode(v map[string]string) (string, error) {
	s, ok := v[paramCode]
	if !ok {
		return "", nil
	}
	b, err := parseBytes32(paramCode, s)
	if err != nil {
		return "", err
	}
	return common.Hash(b).Hex(), nil
}

// decodeMedication reads a medication key: "system|code", 1 to 210 bytes.
func decodeMedication(v map[string]string) (string, error) {
	s, ok := v[ixParamMedication]
	if !ok {
		return "", nil
	}
	if len(s) > 210 || !strings.Contains(s, "|") || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", fieldError(CodeInvalidQuery, ixParamMedication,
			"medication must be a key \"system|code\" such as https://www.gs1.org/gtin|09506000134352, at most 210 bytes")
	}
	return s, nil
}

// auditTrailCursor is where the next page of an audit trail starts in each
// of its two sources: the index's cursor of the consent events and the
// read-audit sequence number below which reads continue.
type auditTrailCursor struct {
	events     string // the index's cursor; "" for its first page
	eventsDone bool
	before     uint64 // 0: from the newest read
	readsDone  bool
}

// encode gives the cursor out as "<events>~<reads>": each part is "." when
// that source is exhausted, else the index's cursor (base64url) and the
// decimal sequence number ("" for the start of a source).
func (c auditTrailCursor) encode() string {
	e, r := c.events, ""
	if c.eventsDone {
		e = "."
	}
	switch {
	case c.readsDone:
		r = "."
	case c.before != 0:
		r = strconv.FormatUint(c.before, 10)
	}
	return e + "~" + r
}

// decodeAuditTrailCursor is the inverse of encode; it accepts only what
// encode produces. "" is the first page.
func decodeAuditTrailCursor(s string) (auditTrailCursor, error) {
	if s == "" {
		return auditTrailCursor{}, nil
	}
	bad := fieldError(CodeInvalidCursor, paramCursor, "cursor is not a cursor this server gave out; start again without it")
	e, r, ok := strings.Cut(s, "~")
	if !ok {
		return auditTrailCursor{}, bad
	}
	var c auditTrailCursor
	switch {
	case e == ".":
		c.eventsDone = true
	case strings.Trim(e, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "":
		return auditTrailCursor{}, bad
	default:
		c.events = e
	}
	switch r {
	case ".":
		c.readsDone = true
	case "":
	default:
		n, err := strconv.ParseUint(r, 10, 64)
		if err != nil || n == 0 {
			return auditTrailCursor{}, bad
		}
		c.before = n
	}
	if c.encode() != s || (c.eventsDone && c.readsDone) {
		return auditTrailCursor{}, bad
	}
	return c, nil
}
