package api

import (
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Response bodies of the sign-in, consent and record endpoints, with the
// conventions of response.go. Categories and purposes are given by their API
// names. None of them holds medical content.

// itemsResponse is a list that is not paged.
type itemsResponse[T any] struct {
	Items []T `json:"items"`
}

type challengeResponse struct {
	Nonce     string `json:"nonce"`
	ExpiresAt string `json:"expiresAt"`
	Domain    string `json:"domain"`
	URI       string `json:"uri"`
	ChainID   uint64 `json:"chainId"`
	Statement string `json:"statement,omitempty"`
}

type sessionResponse struct {
	Token     string `json:"token"`
	Address   string `json:"address"`
	ExpiresAt string `json:"expiresAt"`
}

type recordResponse struct {
	ID        uint64 `json:"id"`
	Patient   string `json:"patient"`
	Author    string `json:"author"`
	Category  string `json:"category"`
	CID       string `json:"cid"`
	Previous  uint64 `json:"previous,omitempty"`
	Next      uint64 `json:"next,omitempty"`
	CreatedAt string `json:"createdAt,omitempty"`
	MediaType string `json:"mediaType,omitempty"`
	Size      *int64 `json:"size,omitempty"`
	Erased    bool   `json:"erased"`
}

type createdRecordResponse struct {
	Record recordResponse `json:"record"`
	Tx     txResponse     `json:"tx"`
}

type keyResponse struct {
	Record       recordResponse `json:"record"`
	Purpose      string         `json:"purpose,omitempty"`
	WrappedKey   string         `json:"wrappedKey"`
	RecipientKey string         `json:"recipientKey"`
	Format       string         `json:"format"`
	CID          string         `json:"cid"`
	GatewayURL   string         `json:"gatewayUrl"`
}

type auditEntryResponse struct {
	Seq      uint64  `json:"seq"`
	At       string  `json:"at"`
	Actor    string  `json:"actor"`
	Patient  string  `json:"patient"`
	Record   uint64  `json:"record"`
	Category string  `json:"category"`
	Purpose  string  `json:"purpose,omitempty"`
	Action   string  `json:"action"`
	Batch    *uint64 `json:"batch,omitempty"`
}

type auditListResponse struct {
	Items      []auditEntryResponse `json:"items"`
	NextCursor string               `json:"nextCursor,omitempty"`
}

type erasureResponse struct {
	Patient       string `json:"patient"`
	Versions      int    `json:"versions"`
	KeysDestroyed int    `json:"keysDestroyed"`
}

type grantResponse struct {
	Patient    string   `json:"patient"`
	Grantee    string   `json:"grantee"`
	Purpose    string   `json:"purpose"`
	Categories []string `json:"categories"`
	GrantedAt  string   `json:"grantedAt,omitempty"`
	ExpiresAt  string   `json:"expiresAt"`
	Active     bool     `json:"active"`
}

type emergencyResponse struct {
	Patient   string     `json:"patient"`
	Provider  string     `json:"provider"`
	ExpiresAt string     `json:"expiresAt"`
	Tx        txResponse `json:"tx"`
}

type cidResponse struct {
	CID string `json:"cid"`
}

// purposeName is the API name of p, or "" for PurposeNone (the patient's own
// reads), which responses leave out.
func purposeName(p Purpose) string {
	if p == PurposeNone {
		return ""
	}
	return p.String()
}

func categoryNamesOf(m CategoryMask) []string {
	cs := m.Categories()
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return out
}

// gatewayPath is where the API's trustless gateway serves cid.
func gatewayPath(cid string) string { return "/ipfs/" + cid }

func recordPath(id uint64) string { return "/v1/records/" + strconv.FormatUint(id, 10) }

func newRecordResponse(v RecordVersion) recordResponse {
	r := recordResponse{
		ID:        v.ID,
		Patient:   v.Patient.Hex(),
		Author:    v.Author.Hex(),
		Category:  v.Category.String(),
		CID:       v.CID,
		Previous:  v.Previous,
		Next:      v.Next,
		CreatedAt: formatTime(v.CreatedAt),
		MediaType: v.MediaType,
		Erased:    v.Erased,
	}
	if v.Size >= 0 {
		size := v.Size
		r.Size = &size
	}
	return r
}

func newRecordList(vs []RecordVersion) itemsResponse[recordResponse] {
	out := itemsResponse[recordResponse]{Items: make([]recordResponse, len(vs))}
	for i, v := range vs {
		out.Items[i] = newRecordResponse(v)
	}
	return out
}

func newKeyResponse(k KeyRelease) keyResponse {
	return keyResponse{
		Record:       newRecordResponse(k.Version),
		Purpose:      purposeName(k.Purpose),
		WrappedKey:   hexutil.Encode(k.WrappedKey),
		RecipientKey: hexutil.Encode(k.RecipientKey),
		Format:       k.Format,
		CID:          k.Version.CID,
		GatewayURL:   gatewayPath(k.Version.CID),
	}
}

func newAuditEntryResponse(e AuditEntry) auditEntryResponse {
	return auditEntryResponse{
		Seq:      e.Seq,
		At:       formatTime(e.At),
		Actor:    e.Actor.Hex(),
		Patient:  e.Patient.Hex(),
		Record:   e.RecordID,
		Category: e.Category.String(),
		Purpose:  purposeName(e.Purpose),
		Action:   e.Action,
		Batch:    e.Batch,
	}
}

func newGrantResponse(g Grant) grantResponse {
	return grantResponse{
		Patient:    g.Patient.Hex(),
		Grantee:    g.Grantee.Hex(),
		Purpose:    g.Purpose.String(),
		Categories: categoryNamesOf(g.Categories),
		GrantedAt:  formatTime(g.GrantedAt),
		ExpiresAt:  formatTime(g.ExpiresAt),
		Active:     g.Active,
	}
}
