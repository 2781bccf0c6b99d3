// Package keys keeps the institutional accounts the backend signs for, and the
// embedded chain's Clique signer, in go-ethereum's encrypted keystore format
// (scrypt + AES-128-CTR, the same files geth and clef read).
//
// Accounts have a local name ("regulator", "signer", "st-mary-hospital") kept
// in names.json beside the key files. A Store is safe for concurrent use.
package keys

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors returned by Store.
var (
	// ErrUnknownAccount means the keystore holds no key for the address or name.
	ErrUnknownAccount = errors.New("no key for this account in the keystore")
	// ErrInvalidName means an account name is not a short lowercase slug.
	ErrInvalidName = errors.New("account names are 1-64 characters of a-z, 0-9 and -")
	// ErrWrongPassword means the keystore password does not decrypt a key.
	ErrWrongPassword = errors.New("keystore password does not decrypt the key")
)

var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

const namesFile = "names.json"

// Store is a directory of encrypted keys with local names.
type Store struct {
	dir      string
	password string
	ks       *keystore.KeyStore

	mu    sync.Mutex
	names map[string]common.Address
}

// Options tune Open.
type Options struct {
	// LightScrypt uses cheap key derivation (tests and devnets only).
	LightScrypt bool
}

// Open opens (creating if needed) the keystore in dir. Every key in it is
// encrypted with password.
func Open(dir, password string, o Options) (*Store, error) {
	if password == "" {
		return nil, errors.New("keystore password must not be empty")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if o.LightScrypt {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	s := &Store{dir: dir, password: password, ks: keystore.NewKeyStore(dir, n, p), names: map[string]common.Address{}}
	raw, err := os.ReadFile(filepath.Join(dir, namesFile))
	switch {
	case err == nil:
		if err := json.Unmarshal(raw, &s.names); err != nil {
			return nil, fmt.Errorf("read %s: %w", namesFile, err)
		}
	case !errors.Is(err, os.ErrNotExist):
		return nil, err
	}
	return s, nil
}

// Ensure returns the account called name, creating a new key for it when it
// does not exist yet. created reports whether a key was made.
func (s *Store) Ensure(name string) (addr common.Address, created bool, err error) {
	if !nameRE.MatchString(name) {
		return common.Address{}, false, ErrInvalidName
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.names[name]; ok && s.ks.HasAddress(a) {
		return a, false, nil
	}
	acc, err := s.ks.NewAccount(s.password)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("new key: %w", err)
	}
	s.names[name] = acc.Address
	if err := s.saveNames(); err != nil {
		return common.Address{}, false, err
	}
	return acc.Address, true, nil
}

// Import stores an existing private key under name.
func (s *Store) Import(name string, key *ecdsa.PrivateKey) (common.Address, error) {
	if !nameRE.MatchString(name) {
		return common.Address{}, ErrInvalidName
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	acc, err := s.ks.ImportECDSA(key, s.password)
	if err != nil && !errors.Is(err, keystore.ErrAccountAlreadyExists) {
		return common.Address{}, err
	}
	if err != nil {
		acc.Address = crypto.PubkeyToAddress(key.PublicKey)
	}
	s.names[name] = acc.Address
	return acc.Address, s.saveNames()
}

func (s *Store) saveNames() error {
	raw, err := json.MarshalIndent(s.names, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(s.dir, namesFile+".tmp")
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(s.dir, namesFile))
}

// Lookup returns the address of the account called name.
func (s *Store) Lookup(name string) (common.Address, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.names[name]
	return a, ok && s.ks.HasAddress(a)
}

// Names returns the named accounts sorted by name.
func (s *Store) Names() []NamedAccount {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]NamedAccount, 0, len(s.names))
	for n, a := range s.names {
		out = append(out, NamedAccount{Name: n, Address: a})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// NamedAccount pairs a local name with an address.
type NamedAccount struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
}

// Has reports whether the store can sign for addr.
func (s *Store) Has(addr common.Address) bool { return s.ks.HasAddress(addr) }

// Unlock decrypts the key of addr and keeps it in memory until the process
// ends, so signing does not pay scrypt on every transaction.
func (s *Store) Unlock(addr common.Address) error {
	if !s.ks.HasAddress(addr) {
		return fmt.Errorf("%w: %s", ErrUnknownAccount, addr)
	}
	if err := s.ks.Unlock(accounts.Account{Address: addr}, s.password); err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return ErrWrongPassword
		}
		return err
	}
	return nil
}

// SignerFn returns a transaction signer for addr bound to chainID. The key is
// unlocked on first use.
func (s *Store) SignerFn(addr common.Address, chainID *big.Int) (bind.SignerFn, error) {
	if err := s.Unlock(addr); err != nil {
		return nil, err
	}
	acc := accounts.Account{Address: addr}
	id := new(big.Int).Set(chainID)
	return func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
		if from != addr {
			return nil, bind.ErrNotAuthorized
		}
		return s.ks.SignTx(acc, tx, id)
	}, nil
}

// SignHash signs a 32-byte hash with the key of addr (unlocking it first).
func (s *Store) SignHash(addr common.Address, hash []byte) ([]byte, error) {
	if err := s.Unlock(addr); err != nil {
		return nil, err
	}
	return s.ks.SignHash(accounts.Account{Address: addr}, hash)
}

// PrivateKey decrypts and returns the raw key of addr. Only the embedded
// chain's Clique signer needs this; everything else signs through SignerFn.
func (s *Store) PrivateKey(addr common.Address) (*ecdsa.PrivateKey, error) {
	acc, err := s.ks.Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownAccount, addr)
	}
	raw, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(raw, s.password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, ErrWrongPassword
		}
		return nil, err
	}
	return k.PrivateKey, nil
}
