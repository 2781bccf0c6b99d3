// Package records is the record service of the backend: it encrypts record
// versions (a fresh data key each, envelope encryption), stores the
// ciphertext in IPFS, anchors it on chain, keeps the wrapped data keys in the
// database, releases or re-wraps them only for readers the chain authorises
// at its latest block, and audits every read, anchoring the audit log's
// Merkle roots on chain.
//
// Key custody. Every data key is wrapped (ECIES, secp256k1) to the key
// service's own key — the custody copy that lets it serve authorised readers
// and re-wrap for grantees who arrive later — and to the registered
// encryption keys of the patient and the author when they have one. Wrapped
// keys live only in the database: never on chain, never in IPFS, so an
// erasure request destroys them (crypto-shredding). Plaintext exists only in
// memory while it streams through; nothing writes it to disk or to logs.
package records

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/envelope"
)

// Format names the ciphertext and key-wrapping format of released keys.
const Format = "salus-envelope-v1+ecies-secp256k1"

// Chain is what the service reads and writes on chain;
// *chainsvc.RecordChain implements it. Reads are at the latest block.
type Chain interface {
	Record(ctx context.Context, id uint64) (chainsvc.Anchor, error)
	PatientRecords(ctx context.Context, patient common.Address) ([]uint64, error)
	CanWrite(ctx context.Context, author, patient common.Address, category api.Category) (bool, error)
	AccessPurpose(ctx context.Context, patient, reader common.Address, category api.Category) (api.Purpose, error)
	EncryptionKey(ctx context.Context, account common.Address) ([]byte, error)
	AddRecord(ctx context.Context, author, patient common.Address, category api.Category, cid []byte, previous uint64) (uint64, api.TxResult, error)
	NextAuditSeq(ctx context.Context) (uint64, error)
	AuditBatches(ctx context.Context, from uint64) ([]chainsvc.AuditBatch, error)
	AnchorAudit(ctx context.Context, root [32]byte, fromSeq, toSeq uint64) (api.TxResult, error)
}

// Blocks stores ciphertext in IPFS; the ipfs node implements it (adapted).
type Blocks interface {
	// Add imports r and pins the root.
	Add(ctx context.Context, r io.Reader) (cid.Cid, error)
	// Open streams the file at c, every block verified against its CID.
	Open(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
	// Unpin lets the node drop c's blocks.
	Unpin(ctx context.Context, c cid.Cid) error
}

// Config assembles a Service.
type Config struct {
	DB     *gorm.DB
	Chain  Chain
	Blocks Blocks
	// ServiceKey is the key service's custody key.
	ServiceKey *ecdsa.PrivateKey
	Logger     *slog.Logger
	// Now is the clock of audit entries; time.Now when nil.
	Now func() time.Time
}

// Service implements api.Records. It is safe for concurrent use.
type Service struct {
	store      *store
	chain      Chain
	blocks     Blocks
	serviceKey *ecdsa.PrivateKey
	serviceID  string // lower-case hex address of the service key
	log        *slog.Logger
	now        func() time.Time
	// anchorEvery is RunAnchor's interval (nanoseconds) while it runs, 0
	// otherwise; nextAnchor the Unix nanoseconds of its next round.
	anchorEvery atomic.Int64
	nextAnchor  atomic.Int64
}

var errErased = errors.New("erased")

// New migrates the database tables and returns the service.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if cfg.DB == nil || cfg.Chain == nil || cfg.Blocks == nil || cfg.ServiceKey == nil {
		return nil, errors.New("records: DB, Chain, Blocks and ServiceKey are required")
	}
	st, err := newStore(ctx, cfg.DB)
	if err != nil {
		return nil, fmt.Errorf("migrate record tables: %w", err)
	}
	s := &Service{store: st, chain: cfg.Chain, blocks: cfg.Blocks, serviceKey: cfg.ServiceKey,
		serviceID: addrID(crypto.PubkeyToAddress(cfg.ServiceKey.PublicKey)), log: cfg.Logger, now: cfg.Now}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

func addrID(a common.Address) string { return strings.ToLower(a.Hex()) }

// contentAAD binds a ciphertext to its patient and category: a ciphertext
// moved under another patient's anchor does not decrypt.
func contentAAD(patient common.Address, category api.Category) []byte {
	return append(append([]byte("salus/record/v1/"), patient.Bytes()...), byte(category))
}

// keyAAD binds a wrapped key to its ciphertext and recipient.
func keyAAD(c string, recipient string) []byte {
	return []byte("salus/key/v1/" + c + "/" + recipient)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Create implements api.Records.
func (s *Service) Create(ctx context.Context, author common.Address, rec api.NewRecord) (api.RecordVersion, api.TxResult, error) {
	if !rec.Category.Valid() {
		return api.RecordVersion{}, api.TxResult{}, fmt.Errorf("%w: unknown category %d", api.ErrInvalid, rec.Category)
	}
	if rec.MediaType == "" {
		return api.RecordVersion{}, api.TxResult{}, fmt.Errorf("%w: the media type of the content is required", api.ErrInvalid)
	}
	ok, err := s.chain.CanWrite(ctx, author, rec.Patient, rec.Category)
	if err != nil {
		return api.RecordVersion{}, api.TxResult{}, err
	}
	if !ok {
		return api.RecordVersion{}, api.TxResult{}, fmt.Errorf("%w: %s may not write %s records of patient %s: "+
			"an active provider or lab needs the patient's treatment grant (or emergency access) for this category, "+
			"an active pharmacy the patient's treatment grant of prescriptions and writes only prescriptions (its MedicationDispense); "+
			"patients write only personal data", api.ErrForbidden, author.Hex(), rec.Category, rec.Patient.Hex())
	}

	dataKey, err := envelope.NewDataKey()
	if err != nil {
		return api.RecordVersion{}, api.TxResult{}, err
	}
	defer clear(dataKey)
	root, size, err := s.encryptAndStore(ctx, dataKey, rec)
	if err != nil {
		return api.RecordVersion{}, api.TxResult{}, err
	}
	cidStr := root.String()

	recipients := []recipient{{id: s.serviceID, pub: &s.serviceKey.PublicKey}}
	for _, acct := range []common.Address{rec.Patient, author} {
		if r, ok, err := s.registeredRecipient(ctx, acct); err != nil {
			return api.RecordVersion{}, api.TxResult{}, err
		} else if ok && !containsRecipient(recipients, r.id) {
			recipients = append(recipients, r)
		}
	}
	keys := make([]wrappedKey, 0, len(recipients))
	for _, r := range recipients {
		w, err := envelope.Wrap(r.pub, dataKey, keyAAD(cidStr, r.id))
		if err != nil {
			return api.RecordVersion{}, api.TxResult{}, fmt.Errorf("wrap data key: %w", err)
		}
		keys = append(keys, wrappedKey{CID: cidStr, Recipient: r.id, RecipientKey: crypto.FromECDSAPub(r.pub)[1:], Wrapped: w})
	}
	meta := &content{CID: cidStr, Patient: addrID(rec.Patient), Category: uint8(rec.Category),
		MediaType: rec.MediaType, Size: size, CreatedAt: s.now().UTC()}
	// Keys are stored before the anchor, so no anchored version lacks them.
	if err := s.store.saveContent(ctx, meta, keys); err != nil {
		return api.RecordVersion{}, api.TxResult{}, fmt.Errorf("store wrapped keys: %w", err)
	}
	id, tx, err := s.chain.AddRecord(ctx, author, rec.Patient, rec.Category, root.Bytes(), rec.Previous)
	if err != nil {
		cleanup := context.WithoutCancel(ctx)
		if derr := s.store.dropContent(cleanup, cidStr); derr != nil {
			s.log.WarnContext(ctx, "drop keys of an unanchored version", slog.String("cid", cidStr), slog.Any("error", derr))
		}
		_ = s.blocks.Unpin(cleanup, root)
		return api.RecordVersion{}, tx, err
	}
	v, err := s.chain.Record(ctx, id)
	if err != nil {
		return api.RecordVersion{}, tx, err
	}
	s.log.InfoContext(ctx, "record anchored", slog.Uint64("id", id), slog.String("cid", cidStr),
		slog.String("category", rec.Category.String()), slog.String("author", author.Hex()))
	return s.version(v, meta), tx, nil
}

// encryptAndStore streams rec.Body through the envelope encryption into IPFS.
func (s *Service) encryptAndStore(ctx context.Context, dataKey []byte, rec api.NewRecord) (cid.Cid, int64, error) {
	pr, pw := io.Pipe()
	body := &countingReader{r: rec.Body}
	go func() {
		w, err := envelope.NewWriter(pw, dataKey, contentAAD(rec.Patient, rec.Category))
		if err == nil {
			// The final chunk is written only when the whole body arrived:
			// a cut-off upload must not look complete.
			if _, err = io.Copy(w, body); err == nil {
				err = w.Close()
			}
		}
		pw.CloseWithError(err)
	}()
	root, err := s.blocks.Add(ctx, pr)
	pr.CloseWithError(errors.New("import ended")) // unblocks the writer if Add stopped early
	if err != nil {
		return cid.Cid{}, 0, fmt.Errorf("store ciphertext: %w", err)
	}
	return root, body.n, nil
}

type recipient struct {
	id  string
	pub *ecdsa.PublicKey
}

func containsRecipient(rs []recipient, id string) bool {
	for _, r := range rs {
		if r.id == id {
			return true
		}
	}
	return false
}

// registeredRecipient returns account's registered encryption key, if any.
func (s *Service) registeredRecipient(ctx context.Context, account common.Address) (recipient, bool, error) {
	raw, err := s.chain.EncryptionKey(ctx, account)
	if err != nil || raw == nil {
		return recipient{}, false, err
	}
	pub, err := envelope.ParsePublicKey(raw)
	if err != nil {
		// The Registry checks keys; a bad one is skipped, not fatal.
		s.log.WarnContext(ctx, "registered encryption key unusable", slog.String("account", account.Hex()), slog.Any("error", err))
		return recipient{}, false, nil
	}
	return recipient{id: addrID(account), pub: pub}, true, nil
}

func (s *Service) version(a chainsvc.Anchor, meta *content) api.RecordVersion {
	v := api.RecordVersion{ID: a.ID, Patient: a.Patient, Author: a.Author, Category: a.Category,
		Previous: a.Previous, Next: a.Next, CreatedAt: a.CreatedAt, Size: -1}
	if c, err := cid.Cast(a.CID); err == nil {
		v.CID = c.String()
	}
	if meta != nil {
		v.MediaType, v.Size, v.Erased = meta.MediaType, meta.Size, meta.ErasedAt != nil
	}
	return v
}

// authorize returns why caller may read category of patient: PurposeNone
// with a nil error for the patient themselves, an error wrapping
// api.ErrForbidden when the chain allows no purpose.
func (s *Service) authorize(ctx context.Context, caller, patient common.Address, category api.Category) (api.Purpose, error) {
	if caller == patient {
		return api.PurposeNone, nil
	}
	p, err := s.chain.AccessPurpose(ctx, patient, caller, category)
	if err != nil {
		return api.PurposeNone, err
	}
	if p == api.PurposeNone {
		return api.PurposeNone, fmt.Errorf("%w: %s has no grant from patient %s for %s (or it expired, was revoked, or the grantee's licence is not active)",
			api.ErrForbidden, caller.Hex(), patient.Hex(), category)
	}
	return p, nil
}

// readable loads version id and checks that caller may read it.
func (s *Service) readable(ctx context.Context, caller common.Address, id uint64) (chainsvc.Anchor, *content, api.Purpose, error) {
	a, err := s.chain.Record(ctx, id)
	if err != nil {
		return a, nil, 0, err
	}
	p, err := s.authorize(ctx, caller, a.Patient, a.Category)
	if err != nil {
		return a, nil, 0, err
	}
	meta, err := s.store.content(ctx, s.version(a, nil).CID)
	if err != nil {
		return a, nil, 0, err
	}
	return a, meta, p, nil
}

// Get implements api.Records.
func (s *Service) Get(ctx context.Context, caller common.Address, id uint64) (api.RecordVersion, error) {
	a, meta, _, err := s.readable(ctx, caller, id)
	if err != nil {
		return api.RecordVersion{}, err
	}
	return s.version(a, meta), nil
}

// List implements api.Records: every version of patient's records in the
// categories the caller may read; the patient sees all. A caller who may
// read no category at all is refused.
func (s *Service) List(ctx context.Context, caller, patient common.Address) ([]api.RecordVersion, error) {
	ids, err := s.chain.PatientRecords(ctx, patient)
	if err != nil {
		return nil, err
	}
	allowed := map[api.Category]bool{}
	if caller != patient {
		any := false
		for c := api.CategorySummary; c <= api.CategoryPersonal; c++ {
			p, err := s.chain.AccessPurpose(ctx, patient, caller, c)
			if err != nil {
				return nil, err
			}
			allowed[c] = p != api.PurposeNone
			any = any || allowed[c]
		}
		if !any {
			return nil, fmt.Errorf("%w: %s has no active grant from patient %s", api.ErrForbidden, caller.Hex(), patient.Hex())
		}
	}
	anchors := make([]chainsvc.Anchor, 0, len(ids))
	cids := make([]string, 0, len(ids))
	for _, id := range ids {
		a, err := s.chain.Record(ctx, id)
		if err != nil {
			return nil, err
		}
		if caller != patient && !allowed[a.Category] {
			continue
		}
		anchors = append(anchors, a)
		cids = append(cids, s.version(a, nil).CID)
	}
	metas, err := s.store.contents(ctx, cids)
	if err != nil {
		return nil, err
	}
	out := make([]api.RecordVersion, 0, len(anchors))
	for i, a := range anchors {
		var meta *content
		if m, ok := metas[cids[i]]; ok {
			meta = &m
		}
		out = append(out, s.version(a, meta))
	}
	return out, nil
}

// Versions implements api.Records.
func (s *Service) Versions(ctx context.Context, caller common.Address, id uint64) ([]api.RecordVersion, error) {
	a, _, _, err := s.readable(ctx, caller, id)
	if err != nil {
		return nil, err
	}
	chain := []chainsvc.Anchor{a}
	for first := a; first.Previous != 0; {
		if first, err = s.chain.Record(ctx, first.Previous); err != nil {
			return nil, err
		}
		chain = append([]chainsvc.Anchor{first}, chain...)
	}
	for last := a; last.Next != 0; {
		if last, err = s.chain.Record(ctx, last.Next); err != nil {
			return nil, err
		}
		chain = append(chain, last)
	}
	cids := make([]string, len(chain))
	for i, v := range chain {
		cids[i] = s.version(v, nil).CID
	}
	metas, err := s.store.contents(ctx, cids)
	if err != nil {
		return nil, err
	}
	out := make([]api.RecordVersion, len(chain))
	for i, v := range chain {
		var meta *content
		if m, ok := metas[cids[i]]; ok {
			meta = &m
		}
		out[i] = s.version(v, meta)
	}
	return out, nil
}

// custodyKey unwraps the data key of a version from the key service's copy.
func (s *Service) custodyKey(ctx context.Context, cidStr string) ([]byte, error) {
	k, err := s.store.key(ctx, cidStr, s.serviceID)
	if err != nil {
		return nil, err
	}
	if k == nil {
		return nil, fmt.Errorf("%w: the keys of this record were destroyed at the patient's request, or it was not stored by this service", api.ErrGone)
	}
	dataKey, err := envelope.Unwrap(s.serviceKey, k.Wrapped, keyAAD(cidStr, s.serviceID))
	if err != nil {
		return nil, fmt.Errorf("unwrap custody key of %s: %w", cidStr, err)
	}
	return dataKey, nil
}

// Content implements api.Records. The read is audited before the content
// is released.
func (s *Service) Content(ctx context.Context, caller common.Address, id uint64) (api.RecordContent, error) {
	a, meta, purpose, err := s.readable(ctx, caller, id)
	if err != nil {
		return api.RecordContent{}, err
	}
	v := s.version(a, meta)
	dataKey, err := s.custodyKey(ctx, v.CID)
	if err != nil {
		return api.RecordContent{}, err
	}
	defer clear(dataKey)
	root, err := cid.Decode(v.CID)
	if err != nil {
		return api.RecordContent{}, fmt.Errorf("anchored CID of record %d: %w", id, err)
	}
	if err := s.audit(ctx, caller, a, purpose, "read"); err != nil {
		return api.RecordContent{}, err
	}
	raw, err := s.blocks.Open(ctx, root)
	if err != nil {
		return api.RecordContent{}, fmt.Errorf("%w: ciphertext %s: %v", api.ErrUnavailable, v.CID, err)
	}
	plain, err := envelope.NewReader(raw, dataKey, contentAAD(a.Patient, a.Category))
	if err != nil {
		raw.Close()
		return api.RecordContent{}, fmt.Errorf("ciphertext %s: %w", v.CID, err)
	}
	return api.RecordContent{Version: v, Purpose: purpose, Body: readCloser{plain, raw}}, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// ReleaseKey implements api.Records.
func (s *Service) ReleaseKey(ctx context.Context, caller common.Address, id uint64) (api.KeyRelease, error) {
	a, meta, purpose, err := s.readable(ctx, caller, id)
	if err != nil {
		return api.KeyRelease{}, err
	}
	v := s.version(a, meta)
	r, ok, err := s.registeredRecipient(ctx, caller)
	if err != nil {
		return api.KeyRelease{}, err
	}
	if !ok {
		return api.KeyRelease{}, fmt.Errorf("%w: %s has no registered encryption key; register one (PUT /v1/participants/me/encryption-key) or read the decrypted content instead",
			api.ErrConflict, caller.Hex())
	}
	pubBytes := crypto.FromECDSAPub(r.pub)[1:]
	existing, err := s.store.key(ctx, v.CID, r.id)
	if err != nil {
		return api.KeyRelease{}, err
	}
	var wrapped []byte
	if existing != nil && string(existing.RecipientKey) == string(pubBytes) {
		wrapped = existing.Wrapped
	} else {
		dataKey, err := s.custodyKey(ctx, v.CID)
		if err != nil {
			return api.KeyRelease{}, err
		}
		wrapped, err = envelope.Wrap(r.pub, dataKey, keyAAD(v.CID, r.id))
		clear(dataKey)
		if err != nil {
			return api.KeyRelease{}, err
		}
		if err := s.store.putKey(ctx, wrappedKey{CID: v.CID, Recipient: r.id, RecipientKey: pubBytes, Wrapped: wrapped, CreatedAt: s.now().UTC()}); err != nil {
			if errors.Is(err, errErased) {
				return api.KeyRelease{}, fmt.Errorf("%w: the keys of this record were destroyed at the patient's request", api.ErrGone)
			}
			return api.KeyRelease{}, err
		}
	}
	if err := s.audit(ctx, caller, a, purpose, "key_release"); err != nil {
		return api.KeyRelease{}, err
	}
	return api.KeyRelease{Version: v, Purpose: purpose, WrappedKey: wrapped, RecipientKey: pubBytes, Format: Format}, nil
}

// audit appends an entry for a read or key release.
func (s *Service) audit(ctx context.Context, caller common.Address, a chainsvc.Anchor, purpose api.Purpose, action string) error {
	e := &auditEntry{At: s.now().UTC().Truncate(time.Second), Actor: addrID(caller), Patient: addrID(a.Patient),
		RecordID: a.ID, Category: uint8(a.Category), Purpose: uint8(purpose), Action: action}
	if err := s.store.addAudit(ctx, e); err != nil {
		return fmt.Errorf("write audit entry: %w", err)
	}
	return nil
}

// Audit implements api.Records.
func (s *Service) Audit(ctx context.Context, caller common.Address, q api.AuditQuery) (api.AuditPage, error) {
	if caller != q.Patient {
		return api.AuditPage{}, fmt.Errorf("%w: only the patient may list their audit log", api.ErrForbidden)
	}
	limit := q.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	rows, err := s.store.audit(ctx, addrID(q.Patient), q.After, limit)
	if err != nil {
		return api.AuditPage{}, err
	}
	var page api.AuditPage
	if len(rows) > limit {
		rows = rows[:limit]
		next := rows[limit-1].Seq
		page.Next = &next
	}
	for _, r := range rows {
		page.Entries = append(page.Entries, api.AuditEntry{Seq: r.Seq, At: r.At.UTC(), Actor: common.HexToAddress(r.Actor),
			Patient: common.HexToAddress(r.Patient), RecordID: r.RecordID, Category: api.Category(r.Category),
			Purpose: api.Purpose(r.Purpose), Action: r.Action, Batch: r.Batch})
	}
	return page, nil
}

// Erase implements api.Records: crypto-shredding of every version of the
// patient's records. The anchors stay on chain (nothing is deleted there);
// without keys their ciphertext is noise, and its blocks are unpinned.
func (s *Service) Erase(ctx context.Context, caller, patient common.Address) (api.Erasure, error) {
	if caller != patient {
		return api.Erasure{}, fmt.Errorf("%w: only the patient may have their keys destroyed", api.ErrForbidden)
	}
	var cids []string
	if err := s.store.db.WithContext(ctx).Model(&content{}).Where("patient = ? AND erased_at IS NULL", addrID(patient)).
		Pluck("cid", &cids).Error; err != nil {
		return api.Erasure{}, err
	}
	versions, keys, err := s.store.erase(ctx, addrID(patient), s.now().UTC())
	if err != nil {
		return api.Erasure{}, err
	}
	for _, c := range cids {
		if root, err := cid.Decode(c); err == nil {
			if err := s.blocks.Unpin(ctx, root); err != nil {
				s.log.WarnContext(ctx, "unpin erased record", slog.String("cid", c), slog.Any("error", err))
			}
		}
	}
	s.log.InfoContext(ctx, "patient keys destroyed", slog.String("patient", patient.Hex()), slog.Int("versions", versions), slog.Int("keys", keys))
	return api.Erasure{Patient: patient, Versions: versions, KeysDestroyed: keys}, nil
}
