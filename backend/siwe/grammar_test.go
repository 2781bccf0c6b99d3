package siwe

import "testing"

func TestCheckURI(t *testing.T) {
	valid := []string{
		"https://example.com", "https://example.com/", "https://example.com:8443/a/b?c=d#e",
		"http://localhost:3000", "http://127.0.0.1", "http://[::1]:8080/", "http://[v7.a:b]/",
		"http://user:pa%20ss@host/", "https://host:/", "file:///etc/hosts", "mailto:patient@example.com",
		"urn:isbn:0451450523", "did:pkh:eip155:1:0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2",
		"ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/", "a:", "a:/", "a:b/c//d",
		"https://example.com/?", "https://example.com/#", "h://", "x-y+z.1:~",
	}
	for _, s := range valid {
		if err := checkURI(s); err != nil {
			t.Errorf("checkURI(%q): %v, want it valid", s, err)
		}
	}
	invalid := []string{
		"", ":", "//example.com", "/login", "1a:b", "a_b:c", "https://exa mple.com", "https://example.com/<",
		"https://example.com/%", "https://example.com/%2", "https://example.com/%2g", "https://[::1/",
		"https://[::1]x/", "https://[1.2.3.4]/", "https://[v.a]/", "https://[vz.a]/", "https://[v7.]/",
		"https://host:80a/", "https://a@b@c/", "https://example.com/#a#b", "https://example.com/\\",
		"https://example.com/\x00", "https://ex\u00e4mple.com/", `https://example.com/"`, "https://example.com/{x}",
	}
	for _, s := range invalid {
		if err := checkURI(s); err == nil {
			t.Errorf("checkURI(%q) accepted it, want an error", s)
		}
	}
}

func TestParseTimestamp_keepsTheOffsetForFormatting(t *testing.T) {
	for in, want := range map[string]string{
		"2021-09-30T16:25:24Z":           "2021-09-30T16:25:24Z",
		"2021-09-30T16:25:24+00:00":      "2021-09-30T16:25:24Z",
		"2021-09-30T16:25:24-00:00":      "2021-09-30T16:25:24Z",
		"2021-09-30T16:25:24.000Z":       "2021-09-30T16:25:24Z",
		"2021-09-30T16:25:24.610Z":       "2021-09-30T16:25:24.61Z",
		"2021-09-30T16:25:24.5+05:45":    "2021-09-30T16:25:24.5+05:45",
		"0000-01-01T00:00:00+23:59":      "0000-01-01T00:00:00+23:59",
		"9999-12-31T23:59:59.999999999Z": "9999-12-31T23:59:59.999999999Z",
	} {
		got, err := parseTimestamp(in)
		if err != nil {
			t.Errorf("parseTimestamp(%q): %v", in, err)
			continue
		}
		if s := formatTimestamp(got); s != want {
			t.Errorf("parseTimestamp(%q) formats as %q, want %q", in, s, want)
		}
	}
}
