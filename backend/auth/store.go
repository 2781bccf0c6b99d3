package auth

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultFileName is the conventional name of the credentials file.
const DefaultFileName = "credentials.json"

// fileVersion is the version of the credentials file format written by this package.
const fileVersion = 1

// Store holds institutional credentials and persists them to one JSON file.
//
// A Store is safe for concurrent use. Only the SHA-256 digest of each secret is kept,
// in memory and on disk. The file is rewritten atomically (temporary file, fsync,
// rename) with mode 0600 on every change; a failed write leaves both the file and
// the in-memory state unchanged. Two Stores must not manage the same file.
type Store struct {
	path string

	// writeMu serialises changes (Create, Revoke) including their file write, so
	// Authenticate only waits for the swap of the map, never for the disk.
	writeMu sync.Mutex
	mu      sync.RWMutex
	byID    map[string]record // replaced, never mutated, once published

	// checked, modTime and size (guarded by writeMu) tell Reload whether the
	// file changed since it was last read.
	checked time.Time
	modTime time.Time
	size    int64
}

// record is one credential as held in memory.
type record struct {
	Credential
	digest [sha256.Size]byte
}

// fileFormat is the JSON layout of the credentials file.
type fileFormat struct {
	Version     int          `json:"version"`
	Credentials []fileRecord `json:"credentials"`
}

type fileRecord struct {
	ID           string         `json:"id"`
	Name         string         `json:"name"`
	Account      common.Address `json:"account"`
	SecretSHA256 string         `json:"secretSha256"`
	CreatedAt    time.Time      `json:"createdAt"`
}

// Load opens the credentials file at path. A missing file is not an error: the
// store starts empty and the file is created by the first [Store.Create].
func Load(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("auth: empty credentials path")
	}
	s := &Store{path: path, byID: make(map[string]record)}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("auth: read credentials: %w", err)
	}
	byID, err := decodeFile(data)
	if err != nil {
		return nil, fmt.Errorf("auth: load %s: %w", path, err)
	}
	s.byID = byID
	return s, nil
}

func decodeFile(data []byte) (map[string]record, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f fileFormat
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if dec.More() {
		return nil, errors.New("decode: trailing data after the JSON object")
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("unsupported file version %d, want %d", f.Version, fileVersion)
	}
	byID := make(map[string]record, len(f.Credentials))
	for i, fr := range f.Credentials {
		if len(fr.ID) != 2*idBytes || !isLowerHex(fr.ID) {
			return nil, fmt.Errorf("credential %d: malformed id %q", i, fr.ID)
		}
		if _, dup := byID[fr.ID]; dup {
			return nil, fmt.Errorf("credential %d: duplicate id %s", i, fr.ID)
		}
		if err := checkName(fr.Name); err != nil {
			return nil, fmt.Errorf("credential %s: %w", fr.ID, err)
		}
		raw, err := hex.DecodeString(fr.SecretSHA256)
		if err != nil || len(raw) != sha256.Size {
			return nil, fmt.Errorf("credential %s: malformed secretSha256", fr.ID)
		}
		r := record{Credential: Credential{ID: fr.ID, Name: fr.Name, Account: fr.Account, CreatedAt: fr.CreatedAt.UTC()}}
		copy(r.digest[:], raw)
		byID[fr.ID] = r
	}
	return byID, nil
}

// Path returns the path of the credentials file.
func (s *Store) Path() string { return s.path }

// Create makes a new credential for the institution name acting as account, persists
// it and returns the token. The token is not stored and cannot be recovered; hand it
// to the institution over a secure channel.
func (s *Store) Create(name string, account common.Address) (string, Credential, error) {
	if err := checkName(name); err != nil {
		return "", Credential{}, err
	}
	if account == (common.Address{}) {
		return "", Credential{}, fmt.Errorf("%w: account is the zero address", ErrInvalidCredential)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	current := s.snapshot()

	var (
		id     string
		secret []byte
		digest [sha256.Size]byte
		err    error
	)
	for range 4 { // a collision of 64 random bits is not expected; retry anyway
		id, secret, digest, err = newSecret()
		if err != nil {
			return "", Credential{}, fmt.Errorf("auth: %w", err)
		}
		if _, taken := current[id]; !taken {
			break
		}
		id = ""
	}
	if id == "" {
		return "", Credential{}, errors.New("auth: could not draw an unused credential id")
	}
	cred := Credential{ID: id, Name: name, Account: account, CreatedAt: time.Now().UTC().Truncate(time.Second)}
	next := make(map[string]record, len(current)+1)
	for k, v := range current {
		next[k] = v
	}
	next[id] = record{Credential: cred, digest: digest}
	if err := s.persist(next); err != nil {
		return "", Credential{}, err
	}
	s.publish(next)
	return formatToken(id, secret), cred, nil
}

// Revoke deletes the credential with the given id and persists the change. It
// returns an error wrapping [ErrNotFound] if there is no such credential.
func (s *Store) Revoke(id string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	current := s.snapshot()
	if _, ok := current[id]; !ok {
		return fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	next := make(map[string]record, len(current))
	for k, v := range current {
		if k != id {
			next[k] = v
		}
	}
	if err := s.persist(next); err != nil {
		return err
	}
	s.publish(next)
	return nil
}

// snapshot returns the current, immutable map of credentials.
func (s *Store) snapshot() map[string]record {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.byID
}

// publish makes byID the current map of credentials.
func (s *Store) publish(byID map[string]record) {
	s.mu.Lock()
	s.byID = byID
	s.mu.Unlock()
}

// List returns all credentials, oldest first.
func (s *Store) List() []Credential {
	current := s.snapshot()
	out := make([]Credential, 0, len(current))
	for _, r := range current {
		out = append(out, r.Credential)
	}
	slices.SortFunc(out, func(a, b Credential) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// Authenticate returns the principal of token. Every failure, whatever its cause,
// is an error wrapping [ErrInvalidToken]. The secret digest is compared in constant
// time, and an unknown id costs the same comparison as a known one.
func (s *Store) Authenticate(token string) (Principal, error) {
	id, secret, ok := parseToken(token)
	if !ok {
		return Principal{}, ErrInvalidToken
	}
	got := sha256.Sum256(secret)
	r, found := s.snapshot()[id]
	if !found && s.Reload() == nil {
		// A credential created by `salus accounts create` while this
		// process runs is in the file but not yet in memory.
		r, found = s.snapshot()[id]
	}
	want := r.digest // all zeroes when not found; no secret hashes to that
	if !digestEqual(got, want) || !found {
		return Principal{}, ErrInvalidToken
	}
	return r.Principal(), nil
}

// Reload re-reads the credentials file when it changed on disk since the
// last read, at most once per reloadInterval. Unknown token ids trigger it,
// so credentials added by another process (the CLI) work without a restart.
func (s *Store) Reload() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if time.Since(s.checked) < reloadInterval {
		return nil
	}
	s.checked = time.Now()
	info, err := os.Stat(s.path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("auth: stat credentials: %w", err)
	}
	if info.ModTime().Equal(s.modTime) && info.Size() == s.size {
		return nil
	}
	data, err := os.ReadFile(s.path)
	if err != nil {
		return fmt.Errorf("auth: read credentials: %w", err)
	}
	byID, err := decodeFile(data)
	if err != nil {
		return fmt.Errorf("auth: reload %s: %w", s.path, err)
	}
	s.modTime, s.size = info.ModTime(), info.Size()
	s.publish(byID)
	return nil
}

// reloadInterval bounds how often Reload looks at the file, so a flood of
// unknown tokens cannot turn into a flood of file reads.
const reloadInterval = time.Second

// persist writes byID to the credentials file atomically. The caller holds s.writeMu.
func (s *Store) persist(byID map[string]record) error {
	recs := make([]record, 0, len(byID))
	for _, r := range byID {
		recs = append(recs, r)
	}
	slices.SortFunc(recs, func(a, b record) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	f := fileFormat{Version: fileVersion, Credentials: make([]fileRecord, 0, len(recs))}
	for _, r := range recs {
		f.Credentials = append(f.Credentials, fileRecord{
			ID:           r.ID,
			Name:         r.Name,
			Account:      r.Account,
			SecretSHA256: hex.EncodeToString(r.digest[:]),
			CreatedAt:    r.CreatedAt,
		})
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("auth: encode credentials: %w", err)
	}
	data = append(data, '\n')
	if err := writeFileAtomic(s.path, data); err != nil {
		return fmt.Errorf("auth: write credentials: %w", err)
	}
	return nil
}

// writeFileAtomic replaces path with data, readable and writable by the owner only.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename durable; not every platform can sync a directory.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}
