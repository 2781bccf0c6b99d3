package api

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
)

// Page sizes of list endpoints.
const (
	defaultPageSize = 50
	maxPageSize     = 200
)

// Query parameter names of GET /v1/participants.
const (
	paramRole   = "role"
	paramCursor = "cursor"
	paramLimit  = "limit"
)

// cursorVersion is the first byte of every cursor; a new cursor format gets a new
// version so old cursors are refused rather than misread.
const cursorVersion = 1

// maxCursorLen bounds an accepted cursor: a version byte and two 10-byte
// uvarints, base64url encoded, fit in 28 characters.
const maxCursorLen = 64

// encodeCursor makes the opaque cursor of a list position: base64url (no
// padding) of the version byte and the block and log index as uvarints.
func encodeCursor(p ListPosition) string {
	buf := make([]byte, 0, 1+2*binary.MaxVarintLen64)
	buf = append(buf, cursorVersion)
	buf = binary.AppendUvarint(buf, p.Block)
	buf = binary.AppendUvarint(buf, p.Index)
	return base64.RawURLEncoding.EncodeToString(buf)
}

// decodeCursor is the inverse of encodeCursor. It accepts only what
// encodeCursor produces, so every position has exactly one cursor.
func decodeCursor(s string) (ListPosition, error) {
	bad := fieldError(CodeInvalidCursor, paramCursor, "cursor is not a cursor this server gave out; start again without it")
	if s == "" || len(s) > maxCursorLen {
		return ListPosition{}, bad
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(s)
	if err != nil || len(raw) == 0 || raw[0] != cursorVersion {
		return ListPosition{}, bad
	}
	rest := raw[1:]
	block, n := binary.Uvarint(rest)
	if n <= 0 {
		return ListPosition{}, bad
	}
	rest = rest[n:]
	index, n := binary.Uvarint(rest)
	if n <= 0 || n != len(rest) {
		return ListPosition{}, bad
	}
	p := ListPosition{Block: block, Index: index}
	if encodeCursor(p) != s { // a non-minimal varint
		return ListPosition{}, bad
	}
	return p, nil
}

// decodeParticipantQuery decodes the raw query string of GET /v1/participants:
// role, cursor and limit, each optional and at most once, nothing else.
func decodeParticipantQuery(rawQuery string) (ParticipantQuery, error) {
	q := ParticipantQuery{Limit: defaultPageSize}
	values, err := url.ParseQuery(rawQuery)
	if err != nil {
		return ParticipantQuery{}, newError(http.StatusBadRequest, CodeInvalidQuery,
			"the query string is malformed: separate parameters with & and percent-encode special characters")
	}
	allowed := []string{paramRole, paramCursor, paramLimit}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys) // report problems deterministically
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			e := fieldError(CodeUnknownParameter, clip(k), fmt.Sprintf("the query parameter %q is not accepted here; remove it", clip(k)))
			e.Details["allowed"] = allowed
			return ParticipantQuery{}, e
		}
		if len(values[k]) != 1 {
			return ParticipantQuery{}, fieldError(CodeInvalidQuery, k, fmt.Sprintf("the query parameter %q appears more than once; send it once", k))
		}
	}
	if vs, ok := values[paramRole]; ok {
		r, ok := ParseRole(vs[0])
		if !ok {
			e := fieldError(CodeInvalidRole, paramRole, "role must be one of: "+strings.Join(RoleNames(), ", "))
			e.Details["allowed"] = RoleNames()
			return ParticipantQuery{}, e
		}
		q.Role = r
	}
	if vs, ok := values[paramCursor]; ok {
		p, err := decodeCursor(vs[0])
		if err != nil {
			return ParticipantQuery{}, err
		}
		q.After = &p
	}
	if vs, ok := values[paramLimit]; ok {
		n, ok := parsePageSize(vs[0])
		if !ok {
			return ParticipantQuery{}, fieldError(CodeInvalidLimit, paramLimit,
				fmt.Sprintf("limit must be a whole number from 1 to %d", maxPageSize))
		}
		q.Limit = n
	}
	return q, nil
}

// parsePageSize accepts decimal digits only (no sign, no spaces) for a value from
// 1 to maxPageSize.
func parsePageSize(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n >= 1 && n <= maxPageSize
}

// participantListResponse is one page of GET /v1/participants.
type participantListResponse struct {
	Items      []participantResponse `json:"items"`
	NextCursor string                `json:"nextCursor,omitempty"`
}

func (s *Server) listParticipants(c *gin.Context) (any, error) {
	q, err := decodeParticipantQuery(c.Request.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	page, err := s.registry.Participants(c.Request.Context(), q)
	if err != nil {
		return nil, fmt.Errorf("list participants: %w", err)
	}
	if len(page.Participants) > q.Limit {
		return nil, fmt.Errorf("list participants: the registry returned %d participants for a limit of %d", len(page.Participants), q.Limit)
	}
	out := participantListResponse{Items: make([]participantResponse, len(page.Participants))}
	for i, p := range page.Participants {
		out.Items[i] = newParticipantResponse(p)
	}
	if page.Next != nil {
		out.NextCursor = encodeCursor(*page.Next)
	}
	return out, nil
}
