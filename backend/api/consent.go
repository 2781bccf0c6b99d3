package api

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Category is a data category of a patient's record, as numbered by the
// AccessGrants contract (bit i of a category bitmask is category i).
type Category uint8

// Categories of AccessGrants.
const (
	CategorySummary       Category = 0
	CategoryAllergies     Category = 1
	CategoryImmunizations Category = 2
	CategoryDiagnoses     Category = 3
	CategoryLabResults    Category = 4
	CategoryImaging       Category = 5
	CategoryPrescriptions Category = 6
	CategoryInsurance     Category = 7
	CategoryPersonal      Category = 8
)

var categoryNames = [...]string{
	CategorySummary:       "summary",
	CategoryAllergies:     "allergies",
	CategoryImmunizations: "immunizations",
	CategoryDiagnoses:     "diagnoses",
	CategoryLabResults:    "lab_results",
	CategoryImaging:       "imaging",
	CategoryPrescriptions: "prescriptions",
	CategoryInsurance:     "insurance",
	CategoryPersonal:      "personal",
}

// CategoryNames returns the API names of all categories, in contract order.
func CategoryNames() []string { return append([]string(nil), categoryNames[:]...) }

// Valid reports whether c is a defined category.
func (c Category) Valid() bool { return c <= CategoryPersonal }

// String returns the API name of c, or "category(N)" for an undefined value.
func (c Category) String() string {
	if c.Valid() {
		return categoryNames[c]
	}
	return "category(" + strconv.Itoa(int(c)) + ")"
}

// ParseCategory returns the category with the given API name.
func ParseCategory(name string) (Category, bool) {
	for i, n := range categoryNames {
		if n == name {
			return Category(i), true
		}
	}
	return 0, false
}

// CategoryMask is a bitmask of categories, as the contract stores it.
type CategoryMask uint32

// Has reports whether m includes c.
func (m CategoryMask) Has(c Category) bool { return c.Valid() && m&(1<<c) != 0 }

// Categories lists the categories of m in order.
func (m CategoryMask) Categories() []Category {
	var out []Category
	for c := CategorySummary; c <= CategoryPersonal; c++ {
		if m.Has(c) {
			out = append(out, c)
		}
	}
	return out
}

// MaskOf returns the bitmask of cs.
func MaskOf(cs ...Category) CategoryMask {
	var m CategoryMask
	for _, c := range cs {
		m |= 1 << c
	}
	return m
}

// Purpose is why a grantee may read, as numbered by the AccessGrants contract.
type Purpose uint8

// Purposes of AccessGrants. PurposeNone is never a valid grant.
const (
	PurposeNone       Purpose = 0
	PurposeTreatment  Purpose = 1
	PurposePayment    Purpose = 2
	PurposeResearch   Purpose = 3
	PurposeCareGiving Purpose = 4
	PurposeOperations Purpose = 5
	PurposeEmergency  Purpose = 6
)

var purposeNames = [...]string{
	PurposeNone:       "none",
	PurposeTreatment:  "treatment",
	PurposePayment:    "payment",
	PurposeResearch:   "research",
	PurposeCareGiving: "care_giving",
	PurposeOperations: "operations",
	PurposeEmergency:  "emergency",
}

// Valid reports whether p is a defined purpose other than PurposeNone.
func (p Purpose) Valid() bool { return p >= PurposeTreatment && p <= PurposeEmergency }

// Grantable reports whether a patient may grant p (every purpose but none and emergency).
func (p Purpose) Grantable() bool { return p.Valid() && p != PurposeEmergency }

// String returns the API name of p, or "purpose(N)" for an undefined value.
func (p Purpose) String() string {
	if int(p) < len(purposeNames) {
		return purposeNames[p]
	}
	return "purpose(" + strconv.Itoa(int(p)) + ")"
}

// ParsePurpose returns the purpose with the given API name ("none" excluded).
func ParsePurpose(name string) (Purpose, bool) {
	for p := PurposeTreatment; p <= PurposeEmergency; p++ {
		if purposeNames[p] == name {
			return p, true
		}
	}
	return 0, false
}

// GrantRequest asks to grant grantee access to categories for purpose until
// ExpiresAt (inclusive, UTC, whole seconds).
type GrantRequest struct {
	Grantee    common.Address
	Categories CategoryMask
	Purpose    Purpose
	ExpiresAt  time.Time
}

// SignedGrant is a grant a patient signed as EIP-712 typed data
// (AccessGrants' Grant type), to be relayed by the backend.
type SignedGrant struct {
	Patient common.Address
	GrantRequest
	Nonce     *big.Int
	Deadline  time.Time
	Signature []byte
}

// SignedRevoke is a revocation a patient signed as EIP-712 typed data
// (AccessGrants' Revoke type), to be relayed by the backend.
type SignedRevoke struct {
	Patient   common.Address
	Grantee   common.Address
	Purpose   Purpose
	Nonce     *big.Int
	Deadline  time.Time
	Signature []byte
}

// TypedDataRequest asks for the EIP-712 typed data a patient's wallet signs.
// Kind is "grant" or "revoke"; Grant fields other than Grantee and Purpose are
// ignored for a revocation. Nonce is read from the chain; Deadline defaults to
// one hour from now when zero.
type TypedDataRequest struct {
	Kind     string
	Patient  common.Address
	Grant    GrantRequest
	Deadline time.Time
}

// TypedData is EIP-712 typed data as eth_signTypedData_v4 takes it: the
// JSON object with types, primaryType, domain and message.
type TypedData map[string]any

// Grant is a grant (or emergency access) as the chain reports it at the head.
type Grant struct {
	Patient    common.Address
	Grantee    common.Address
	Purpose    Purpose
	Categories CategoryMask
	GrantedAt  time.Time
	ExpiresAt  time.Time
	// Active is true while the grant counts: unexpired, and the grantee
	// active in the Registry where the purpose requires it.
	Active bool
}

// GrantQuery selects grants by patient or by grantee (exactly one is set).
// Inactive grants (expired, lapsed) are included only when All is set;
// revoked grants never are.
type GrantQuery struct {
	Patient *common.Address
	Grantee *common.Address
	All     bool
}

// EmergencyAccess describes emergency access opened by a provider.
type EmergencyAccess struct {
	Patient   common.Address
	Provider  common.Address
	ExpiresAt time.Time
	Tx        TxResult
}

// Consent is what the API needs from the AccessGrants contract. Writes from
// `from` are sent from that keystore account and wait for the receipt;
// relayed writes are sent from the backend's relayer account. Errors follow
// the conventions of [Registry].
type Consent interface {
	// Grant grants (or replaces) access from the custodial patient account from.
	Grant(ctx context.Context, from common.Address, req GrantRequest) (TxResult, error)
	// Revoke revokes from's grant to grantee for purpose.
	Revoke(ctx context.Context, from, grantee common.Address, purpose Purpose) (TxResult, error)
	// RelayGrant submits a patient-signed grant.
	RelayGrant(ctx context.Context, g SignedGrant) (TxResult, error)
	// RelayRevoke submits a patient-signed revocation.
	RelayRevoke(ctx context.Context, r SignedRevoke) (TxResult, error)
	// TypedData returns the typed data for a wallet to sign, with the
	// patient's current nonce and the contract's domain.
	TypedData(ctx context.Context, req TypedDataRequest) (TypedData, error)
	// Grants lists current grants matching q, newest first.
	Grants(ctx context.Context, q GrantQuery) ([]Grant, error)
	// OpenEmergencyAccess opens emergency access of the provider from to patient.
	OpenEmergencyAccess(ctx context.Context, from, patient common.Address, reason [32]byte) (EmergencyAccess, error)
}

// RecordVersion is the metadata of one version of a record: what the chain
// anchors plus what the backend keeps beside it. It holds no medical content.
type RecordVersion struct {
	ID        uint64
	Patient   common.Address
	Author    common.Address
	Category  Category
	CID       string
	Previous  uint64
	Next      uint64
	CreatedAt time.Time
	// MediaType of the plaintext (application/fhir+json for FHIR resources);
	// empty when the backend holds no metadata for it.
	MediaType string
	// Size of the plaintext in bytes; -1 when unknown.
	Size int64
	// Erased is true when every wrapped key of this version was destroyed.
	Erased bool
}

// NewRecord is a record version to encrypt, store and anchor.
type NewRecord struct {
	Patient   common.Address
	Category  Category
	MediaType string
	// Previous is the version amended, 0 for a new record.
	Previous uint64
	// Body is the plaintext, read once, streamed.
	Body io.Reader
}

// RecordContent is a decrypted record for an authorised reader.
type RecordContent struct {
	Version RecordVersion
	// Purpose is why the reader may read it (PurposeNone for the patient).
	Purpose Purpose
	// Body streams the plaintext; the caller closes it. Reading it fails if
	// the ciphertext was tampered with. When Version.Size is known (not -1),
	// Body yields exactly that many bytes: the API sends it as Content-Length
	// and aborts the response if Body yields fewer or more.
	Body io.ReadCloser
}

// KeyRelease is a record's data key wrapped to the reader's registered key,
// for decryption on the reader's side.
type KeyRelease struct {
	Version RecordVersion
	Purpose Purpose
	// WrappedKey is the data key encrypted to RecipientKey.
	WrappedKey []byte
	// RecipientKey is the reader's registered encryption key (64 bytes X‖Y).
	RecipientKey []byte
	// Format names the ciphertext and wrapping format.
	Format string
}

// AuditEntry is one audited key release or decrypted read. It holds no
// medical content.
type AuditEntry struct {
	Seq      uint64
	At       time.Time
	Actor    common.Address
	Patient  common.Address
	RecordID uint64
	Category Category
	Purpose  Purpose
	// Action is "read" (decrypted by the backend) or "key_release".
	Action string
	// Batch is the index of the on-chain anchor batch holding this entry;
	// nil until anchored.
	Batch *uint64
}

// AuditQuery selects one page of a patient's audit log, oldest first.
type AuditQuery struct {
	Patient common.Address
	After   uint64
	Limit   int
}

// AuditPage is one page of audit entries.
type AuditPage struct {
	Entries []AuditEntry
	// Next is the Seq of the last entry when more follow.
	Next *uint64
}

// Erasure reports a crypto-shredding: every wrapped data key of a patient's
// record versions destroyed, leaving the ciphertext unreadable.
type Erasure struct {
	Patient       common.Address
	Versions      int
	KeysDestroyed int
}

// Records is the record service: encryption, IPFS storage, anchoring, the key
// service and the read audit. Every method that takes a caller checks, at the
// chain's latest block, that the caller is the patient or may read the
// category (errors wrap ErrForbidden otherwise, ErrNotFound for unknown ids).
type Records interface {
	// Create encrypts, stores and anchors a version written by author. It
	// reads rec.Body to its end and does not keep it after returning; when a
	// read of rec.Body fails (the upload is over the API's size limit or was
	// cut off) Create stops and returns an error, which the API reports from
	// what it knows of the body.
	Create(ctx context.Context, author common.Address, rec NewRecord) (RecordVersion, TxResult, error)
	// List returns the versions of patient's records the caller may see.
	List(ctx context.Context, caller, patient common.Address) ([]RecordVersion, error)
	// Get returns one version's metadata.
	Get(ctx context.Context, caller common.Address, id uint64) (RecordVersion, error)
	// Versions returns every version of the record holding id, oldest first.
	Versions(ctx context.Context, caller common.Address, id uint64) ([]RecordVersion, error)
	// Content decrypts a version for the caller and audits the read.
	Content(ctx context.Context, caller common.Address, id uint64) (RecordContent, error)
	// ReleaseKey wraps a version's data key to the caller's registered
	// encryption key and audits the release.
	ReleaseKey(ctx context.Context, caller common.Address, id uint64) (KeyRelease, error)
	// Audit lists patient's audit log; only the patient may.
	Audit(ctx context.Context, caller common.Address, q AuditQuery) (AuditPage, error)
	// AuditProof returns the Merkle inclusion proof of q.Patient's audit
	// entry q.Seq, for the patient or the regulator (q.Regulator, checked by
	// the API against the Registry); anybody else gets an error wrapping
	// ErrForbidden. An unknown entry, or an entry of another patient, is an
	// error wrapping ErrNotFound (the two are not told apart); an entry not
	// anchored yet is an [*AuditPendingError].
	AuditProof(ctx context.Context, caller common.Address, q AuditProofQuery) (AuditProof, error)
	// Erase destroys every wrapped key of patient's versions; only the patient may.
	Erase(ctx context.Context, caller, patient common.Address) (Erasure, error)
}

// SessionTokenPrefix starts every session token [Sessions] issues. The API
// tells wallet sessions from institutional tokens (which start with "salus_")
// by it.
const SessionTokenPrefix = "siwe_"

// Session is a signed-in wallet.
type Session struct {
	// Token is the bearer token of the session; it starts with
	// [SessionTokenPrefix].
	Token     string
	Address   common.Address
	ExpiresAt time.Time
}

// SignInChallenge is what a wallet needs to compose a SIWE message.
type SignInChallenge struct {
	Nonce     string
	ExpiresAt time.Time
	Domain    string
	URI       string
	ChainID   uint64
	Statement string
}

// Sessions signs wallets in with EIP-4361 and authenticates their tokens. It
// must be safe for concurrent use.
//
// Refusals of what the client sent are errors wrapping [ErrUnauthenticated]
// (use [Unauthenticated] for a clean reason): the API answers 401 and shows
// the error's text as the reason, so it must say what was wrong (bad
// signature, unknown or expired nonce, wrong domain, expired session...) and
// contain no internal detail. Any other error is reported as an internal error
// (or per the other sentinels of this package) and logged.
type Sessions interface {
	// Challenge issues a single-use nonce.
	Challenge() (SignInChallenge, error)
	// SignIn verifies a signed SIWE message and starts a session. signature
	// is the 65-byte r‖s‖v personal_sign signature (the API checks its form).
	SignIn(message string, signature []byte) (Session, error)
	// Authenticate returns the address of a session token (the whole bearer
	// token, prefix included).
	Authenticate(token string) (common.Address, error)
	// SignOut ends a session. Signing out an unknown or ended session does
	// nothing.
	SignOut(token string)
}

// Storage is the IPFS node as the API exposes it.
type Storage interface {
	// AddPublic imports unencrypted public content (certificates, contract
	// terms) and pins it.
	AddPublic(ctx context.Context, r io.Reader) (cid string, err error)
	// Gateway serves GET and HEAD /ipfs/{cid}[/{path}] as a trustless
	// gateway (verifiable responses only: application/vnd.ipld.raw and
	// application/vnd.ipld.car, selected by Accept or ?format=). The API calls
	// it once, when the server is built, and hands it the request unchanged;
	// it rewrites the gateway's error responses (status 400 and above) into
	// its JSON error model.
	Gateway() http.Handler
}

// ErrGone: the resource existed but was destroyed for good, such as a
// record whose keys the patient had destroyed. HTTP 410, code gone.
var ErrGone = errors.New("gone")
