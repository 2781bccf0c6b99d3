package auth

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var (
	hospital = common.HexToAddress("0x1000000000000000000000000000000000000001")
	pharmacy = common.HexToAddress("0x2000000000000000000000000000000000000002")
)

func newStore(t *testing.T) *Store {
	t.Helper()
	s, err := Load(filepath.Join(t.TempDir(), DefaultFileName))
	if err != nil {
		t.Fatalf("Load: got error %v, want nil", err)
	}
	return s
}

func TestStore(t *testing.T) {
	t.Run("a created token authenticates as its principal", func(t *testing.T) {
		s := newStore(t)
		token, cred, err := s.Create("St. Mary Hospital", hospital)
		if err != nil {
			t.Fatalf("Create: got error %v, want nil", err)
		}
		if !strings.HasPrefix(token, TokenPrefix+cred.ID+"_") {
			t.Errorf("token: got %q, want prefix %q", token, TokenPrefix+cred.ID+"_")
		}
		if len(cred.ID) < 8 {
			t.Errorf("id length: got %d, want at least 8", len(cred.ID))
		}
		p, err := s.Authenticate(token)
		if err != nil {
			t.Fatalf("Authenticate: got error %v, want nil", err)
		}
		want := Principal{ID: cred.ID, Name: "St. Mary Hospital", Account: hospital}
		if p != want {
			t.Errorf("principal: got %+v, want %+v", p, want)
		}
	})

	t.Run("the file is private, holds only the digest and survives a reload", func(t *testing.T) {
		s := newStore(t)
		token, cred, err := s.Create("Corner Pharmacy", pharmacy)
		if err != nil {
			t.Fatalf("Create: got error %v, want nil", err)
		}
		fi, err := os.Stat(s.Path())
		if err != nil {
			t.Fatalf("Stat: %v", err)
		}
		if got := fi.Mode().Perm(); got != 0o600 {
			t.Errorf("file mode: got %o, want 600", got)
		}
		data, err := os.ReadFile(s.Path())
		if err != nil {
			t.Fatalf("ReadFile: %v", err)
		}
		secret := token[strings.LastIndex(token, "_")+1:]
		if strings.Contains(string(data), secret) {
			t.Errorf("file contains the secret; want only its digest")
		}
		reloaded, err := Load(s.Path())
		if err != nil {
			t.Fatalf("Load: got error %v, want nil", err)
		}
		p, err := reloaded.Authenticate(token)
		if err != nil {
			t.Fatalf("Authenticate after reload: got error %v, want nil", err)
		}
		if p.ID != cred.ID || p.Account != pharmacy {
			t.Errorf("principal after reload: got %+v, want id %s account %s", p, cred.ID, pharmacy)
		}
		if got := reloaded.List(); len(got) != 1 || got[0] != cred {
			t.Errorf("List after reload: got %+v, want [%+v]", got, cred)
		}
	})

	t.Run("tokens that are not exactly a stored credential are refused", func(t *testing.T) {
		s := newStore(t)
		token, cred, err := s.Create("Lab", hospital)
		if err != nil {
			t.Fatalf("Create: %v", err)
		}
		secret := token[len(token)-64:]
		flipped := []byte(token)
		if flipped[len(flipped)-1] == '0' {
			flipped[len(flipped)-1] = '1'
		} else {
			flipped[len(flipped)-1] = '0'
		}
		tests := []struct{ name, token string }{
			{"empty", ""},
			{"wrong secret", string(flipped)},
			{"unknown id", TokenPrefix + "0123456789abcdef_" + secret},
			{"missing prefix", strings.TrimPrefix(token, TokenPrefix)},
			{"upper-case secret", TokenPrefix + cred.ID + "_" + strings.ToUpper(secret)},
			{"short secret", token[:len(token)-2]},
			{"trailing data", token + "00"},
			{"surrounding space", " " + token},
		}
		for _, tt := range tests {
			if _, err := s.Authenticate(tt.token); !errors.Is(err, ErrInvalidToken) {
				t.Errorf("%s: got error %v, want ErrInvalidToken", tt.name, err)
			}
		}
	})

	t.Run("a revoked token no longer authenticates", func(t *testing.T) {
		s := newStore(t)
		token, cred, err := s.Create("Insurer", hospital)
		if err != nil {
			t.Fatalf("Create: %v", err)
		}
		if err := s.Revoke(cred.ID); err != nil {
			t.Fatalf("Revoke: got error %v, want nil", err)
		}
		if _, err := s.Authenticate(token); !errors.Is(err, ErrInvalidToken) {
			t.Errorf("Authenticate: got error %v, want ErrInvalidToken", err)
		}
		if err := s.Revoke(cred.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("second Revoke: got error %v, want ErrNotFound", err)
		}
		reloaded, err := Load(s.Path())
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if got := len(reloaded.List()); got != 0 {
			t.Errorf("credentials after reload: got %d, want 0", got)
		}
	})

	t.Run("unusable names and the zero account are rejected", func(t *testing.T) {
		s := newStore(t)
		tests := []struct {
			name    string
			account common.Address
		}{
			{"", hospital},
			{"   ", hospital},
			{"bad\nname", hospital},
			{strings.Repeat("x", MaxNameLen+1), hospital},
			{"Fine Name", common.Address{}},
		}
		for _, tt := range tests {
			if _, _, err := s.Create(tt.name, tt.account); !errors.Is(err, ErrInvalidCredential) {
				t.Errorf("Create(%q, %s): got error %v, want ErrInvalidCredential", tt.name, tt.account, err)
			}
		}
		if _, err := os.Stat(s.Path()); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("file after rejected creates: got stat error %v, want not exist", err)
		}
	})

	t.Run("a failed write leaves the store unchanged", func(t *testing.T) {
		dir := t.TempDir()
		blocker := filepath.Join(dir, "not-a-dir")
		s, err := Load(filepath.Join(blocker, DefaultFileName))
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		// A plain file where the directory should be makes every write fail.
		if err := os.WriteFile(blocker, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Create("Clinic", hospital); err == nil {
			t.Fatalf("Create: got nil error, want a write error")
		}
		if got := len(s.List()); got != 0 {
			t.Errorf("credentials: got %d, want 0", got)
		}
	})

	t.Run("a corrupt file is refused", func(t *testing.T) {
		tests := map[string]string{
			"not json":       "{",
			"unknown field":  `{"version":1,"credentials":[],"extra":1}`,
			"future version": `{"version":2,"credentials":[]}`,
			"bad digest":     `{"version":1,"credentials":[{"id":"0123456789abcdef","name":"x","account":"0x1000000000000000000000000000000000000001","secretSha256":"zz","createdAt":"2024-01-01T00:00:00Z"}]}`,
			"bad id":         `{"version":1,"credentials":[{"id":"short","name":"x","account":"0x1000000000000000000000000000000000000001","secretSha256":"` + strings.Repeat("ab", 32) + `","createdAt":"2024-01-01T00:00:00Z"}]}`,
		}
		for name, content := range tests {
			path := filepath.Join(t.TempDir(), DefaultFileName)
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := Load(path); err == nil {
				t.Errorf("%s: got nil error, want a load error", name)
			}
		}
	})

	t.Run("concurrent creates and authentications are safe", func(t *testing.T) {
		s := newStore(t)
		const n = 8
		var wg sync.WaitGroup
		errs := make(chan error, 2*n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				account := common.BigToAddress(common.Big1)
				account[0] = byte(i + 1)
				token, cred, err := s.Create("Institution", account)
				if err != nil {
					errs <- err
					return
				}
				p, err := s.Authenticate(token)
				if err != nil {
					errs <- err
					return
				}
				if p.ID != cred.ID || p.Account != account {
					errs <- errors.New("principal of another credential")
				}
				_ = s.List()
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("concurrent use: got error %v, want nil", err)
		}
		reloaded, err := Load(s.Path())
		if err != nil {
			t.Fatalf("Load: %v", err)
		}
		if got := len(reloaded.List()); got != n {
			t.Errorf("credentials after reload: got %d, want %d", got, n)
		}
	})
}

func FuzzParseToken(f *testing.F) {
	f.Add("salus_0123456789abcdef_" + strings.Repeat("ab", 32))
	f.Add("salus__")
	f.Add("salus_0123456789abcdef_" + strings.Repeat("AB", 32))
	f.Add("")
	f.Fuzz(func(t *testing.T, token string) {
		id, secret, ok := parseToken(token)
		if !ok {
			return
		}
		if len(id) < 8 || len(secret) != secretBytes {
			t.Fatalf("accepted %q with id %q and %d secret bytes", token, id, len(secret))
		}
		if got := formatToken(id, secret); got != token {
			t.Fatalf("round trip: got %q, want %q", got, token)
		}
	})
}

func TestStoreSeesCredentialsCreatedByAnotherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "credentials.json")
	server, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	cli, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	token, cred, err := cli.Create("st-mary", common.HexToAddress("0x00000000000000000000000000000000000a11ce"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := server.Authenticate(token)
	if err != nil || p.ID != cred.ID {
		t.Fatalf("got %+v, %v; want the credential the other store created", p, err)
	}
	last := "0"
	if strings.HasSuffix(token, "0") {
		last = "1"
	}
	if _, err := server.Authenticate(token[:len(token)-1] + last); !errors.Is(err, ErrInvalidToken) {
		t.Fatalf("a wrong secret: got %v, want ErrInvalidToken", err)
	}
}
