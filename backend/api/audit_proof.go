package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
)

// fieldSeq is the path parameter of an audit entry's sequence number.
const fieldSeq = "seq"

// AuditProofQuery asks for the Merkle inclusion proof of one read-audit
// entry of a patient.
type AuditProofQuery struct {
	Patient common.Address
	Seq     uint64
	// Regulator is set by the API when the caller is the regulator (it
	// asked the Registry).
	Regulator bool
}

// AuditProof is the proof that an audit entry is in an anchored batch:
// MerkleProof.verify(Proof, Root, Leaf) holds (OpenZeppelin), Leaf is the
// double keccak256 of the ABI encoding of Entry (see [AuditLeafEncoding])
// and Root is the root the Records contract holds for batch Batch.
type AuditProof struct {
	Entry AuditEntry
	Leaf  [32]byte
	Proof [][32]byte
	Batch uint64
	Root  [32]byte
}

// AuditLeafEncoding is the ABI encoding of an audit leaf, in order: seq,
// time (Unix seconds), actor, patient, record, category, purpose, action.
var AuditLeafEncoding = []string{"uint64", "uint64", "address", "address", "uint64", "uint8", "uint8", "string"}

// AuditPendingError is the error of [Records.AuditProof] for an entry not
// anchored yet. It wraps [ErrConflict].
type AuditPendingError struct {
	Seq uint64
	// AnchorInterval is how often the backend anchors the audit log; 0
	// when it does not anchor at the moment.
	AnchorInterval time.Duration
	// NextAnchor is about when the next anchoring round runs; zero when
	// unknown.
	NextAnchor time.Time
}

func (e *AuditPendingError) Error() string {
	return fmt.Sprintf("%v: audit entry %d is not anchored yet", ErrConflict, e.Seq)
}

func (e *AuditPendingError) Unwrap() error { return ErrConflict }

// auditProofResponse is an audit entry's inclusion proof. It holds who
// read which record, when and why, never content.
type auditProofResponse struct {
	Entry        auditLeafResponse   `json:"entry"`
	LeafEncoding []string            `json:"leafEncoding"`
	Leaf         string              `json:"leaf"`
	Proof        []string            `json:"proof"`
	Batch        uint64              `json:"batch"`
	MerkleRoot   string              `json:"merkleRoot"`
	Anchor       auditProofAnchorRes `json:"anchor"`
}

// auditLeafResponse is an audit entry with its fields as the leaf encodes
// them (category and purpose as their numbers, the time in Unix seconds),
// and the time also as RFC 3339.
type auditLeafResponse struct {
	Seq      uint64 `json:"seq"`
	At       int64  `json:"at"`
	Actor    string `json:"actor"`
	Patient  string `json:"patient"`
	Record   uint64 `json:"record"`
	Category uint8  `json:"category"`
	Purpose  uint8  `json:"purpose"`
	Action   string `json:"action"`
	Time     string `json:"time"`
}

// auditProofAnchorRes says where the root is on chain.
type auditProofAnchorRes struct {
	Contract string                 `json:"contract,omitempty"`
	Position *indexPositionResponse `json:"position,omitempty"`
}

// getAuditProof serves the Merkle inclusion proof of one of the patient's
// read-audit entries, for the patient and the regulator. An entry of
// another patient answers 404 like an unknown one, so the route does not
// reveal which sequence numbers belong to other patients.
func (s *Server) getAuditProof(c *gin.Context) (any, error) {
	recs, err := s.needRecords()
	if err != nil {
		return nil, err
	}
	patient, err := parseAddress(fieldAddress, c.Param(fieldAddress))
	if err != nil {
		return nil, err
	}
	seq, err := parseID(fieldSeq, "an audit entry", c.Param(fieldSeq))
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	ctx := c.Request.Context()
	me := principal(c).Account
	regulator := false
	if me != patient {
		if regulator, err = s.registry.IsRegulator(ctx, me); err != nil {
			return nil, fmt.Errorf("is regulator: %w", err)
		}
		if !regulator {
			return nil, &Error{Status: http.StatusForbidden, Code: CodeForbidden,
				Message: "the proofs of the read audit of " + patient.Hex() + " are shown to the patient and the regulator only",
				Details: map[string]any{"account": me.Hex()}}
		}
	}
	p, err := recs.AuditProof(ctx, me, AuditProofQuery{Patient: patient, Seq: seq, Regulator: regulator})
	var pending *AuditPendingError
	switch {
	case errors.As(err, &pending):
		return nil, pendingError(pending)
	case errors.Is(err, ErrNotFound):
		return nil, &Error{Status: http.StatusNotFound, Code: CodeNotFound,
			Message: fmt.Sprintf("the read audit of %s has no entry %d", patient.Hex(), seq),
			Details: map[string]any{"patient": patient.Hex(), "seq": seq}}
	case err != nil:
		return nil, fmt.Errorf("audit proof %d of %s: %w", seq, patient.Hex(), err)
	}
	if p.Entry.Seq != seq || p.Entry.Patient != patient {
		return nil, fmt.Errorf("audit proof %d of %s: the service returned entry %d of %s", seq, patient.Hex(), p.Entry.Seq, p.Entry.Patient.Hex())
	}
	out := auditProofResponse{
		Entry: auditLeafResponse{Seq: p.Entry.Seq, At: p.Entry.At.Unix(), Actor: p.Entry.Actor.Hex(), Patient: p.Entry.Patient.Hex(),
			Record: p.Entry.RecordID, Category: uint8(p.Entry.Category), Purpose: uint8(p.Entry.Purpose), Action: p.Entry.Action,
			Time: formatTime(p.Entry.At)},
		LeafEncoding: AuditLeafEncoding,
		Leaf:         hex32(p.Leaf),
		Proof:        make([]string, len(p.Proof)),
		Batch:        p.Batch,
		MerkleRoot:   hex32(p.Root),
	}
	for i, h := range p.Proof {
		out.Proof[i] = hex32(h)
	}
	info, err := s.chain.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain info: %w", err)
	}
	if a, ok := info.Contracts["Records"]; ok {
		out.Anchor.Contract = a.Hex()
	}
	// The block and transaction of the anchor, when the index saw it with
	// the same root.
	if s.index != nil {
		anchors, err := s.index.AnchorsHolding(ctx, []uint64{seq})
		if err != nil {
			return nil, indexError(err, "anchor of the audit entry")
		}
		for _, a := range anchors {
			if uint64(a.BatchIndex) == p.Batch && strings.EqualFold(a.MerkleRoot, out.MerkleRoot) {
				pos := newIndexPosition(positionOfEvent(&a.Event))
				out.Anchor.Position = &pos
				if out.Anchor.Contract == "" {
					out.Anchor.Contract = pos.Contract
				}
				break
			}
		}
	}
	return out, nil
}

// pendingError is the 409 of an entry not anchored yet, saying when
// anchoring runs.
func pendingError(p *AuditPendingError) *Error {
	msg := fmt.Sprintf("audit entry %d is pending: it is not anchored on chain yet, so it has no proof", p.Seq)
	details := map[string]any{"seq": p.Seq, "status": "pending"}
	switch {
	case p.AnchorInterval > 0 && !p.NextAnchor.IsZero():
		msg += fmt.Sprintf("; the backend anchors the audit log every %s, next at about %s; ask again after that",
			p.AnchorInterval, formatTime(p.NextAnchor))
		details["anchorIntervalSeconds"] = int64(p.AnchorInterval / time.Second)
		details["nextAnchorAt"] = formatTime(p.NextAnchor)
	case p.AnchorInterval > 0:
		msg += fmt.Sprintf("; the backend anchors the audit log every %s; ask again after that", p.AnchorInterval)
		details["anchorIntervalSeconds"] = int64(p.AnchorInterval / time.Second)
	default:
		msg += "; this backend does not anchor the audit log at the moment (its operator runs anchoring); ask again later"
	}
	return &Error{Status: http.StatusConflict, Code: CodeConflict, Message: msg, Details: details}
}
