package ipfs

import (
	"errors"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
)

// cidCases are ParseCID inputs and whether they are accepted; they also seed
// FuzzParseCID.
var cidCases = []struct {
	name string
	in   string
	ok   bool
}{
	{"a CIDv1 raw leaf", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", true},
	{"a CIDv1 dag-pb root", "bafybeihyl2bk6jqmpydmhlcejtry4x3js7n4tpw3uf5rbdii7dfjd76v4i", true},
	{"a CIDv0", "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH", true},
	{"a CIDv1 in upper-case base32", "BAFKREIHDWDCEFGH4DQKJV67UZCMW7OJEE6XEDZDETOJUZJEVTENXQUVYKU", true},
	{"a CIDv1 in base58btc", "zb2rhmy65F3REf8SZp7De11gxtECBGgUKaLdiDj7MCGCHxbDW", true},
	{"an identity CID of empty data", "bafkqaaa", true},
	{"the empty string", "", false},
	{"surrounding space", " bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", false},
	{"a truncated CID", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyk", false},
	{"a path rather than a CID", "/ipfs/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", false},
	{"a dag-cbor CID", "bafyreigbtj4x7ip5legnfznufuopl4sg4knzc2cof6duas4b3q2fy6swua", false},
	{"a CID with an md5 hash", "bafk5kaiqtxkoiyjgrsadj5oikzhbkxdhuy", false},
	{"an unknown multibase", "!bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", false},
	{"an overlong string", "b" + strings.Repeat("a", maxCIDLen), false},
	{"a peer id", "12D3KooWKbacnaoqZcUsw9NZi3y81zUbngvySj2xZMyk7W3dqqxg", false},
}

func TestParseCID(t *testing.T) {
	for _, tc := range cidCases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseCID(tc.in)
			if tc.ok {
				if err != nil {
					t.Fatalf("got %v, want a CID", err)
				}
				if want, _ := cid.Decode(tc.in); !c.Equals(want) {
					t.Errorf("got %s, want %s", c, want)
				}
				return
			}
			if !errors.Is(err, ErrInvalidCID) {
				t.Errorf("got %v, %v; want ErrInvalidCID", c, err)
			}
		})
	}
}

// FuzzParseCID checks that ParseCID never panics, that what it accepts is a
// defined dag-pb or raw CID, and that the CID's canonical string parses to
// the same CID.
func FuzzParseCID(f *testing.F) {
	for _, tc := range cidCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCID(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidCID) {
				t.Fatalf("%q: error %v does not wrap ErrInvalidCID", s, err)
			}
			if c.Defined() {
				t.Fatalf("%q: error with a defined CID", s)
			}
			return
		}
		if !c.Defined() {
			t.Fatalf("%q: undefined CID without error", s)
		}
		if ty := c.Type(); ty != cid.Raw && ty != cid.DagProtobuf {
			t.Fatalf("%q: accepted codec 0x%x", s, ty)
		}
		again, err := ParseCID(c.String())
		if err != nil {
			t.Fatalf("%q: canonical form %s rejected: %v", s, c, err)
		}
		if !again.Equals(c) {
			t.Fatalf("%q: round trip gave %s, want %s", s, again, c)
		}
	})
}
