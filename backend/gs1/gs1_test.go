package gs1_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/salus-health/salus/backend/gs1"
)

// ref is the reference time of the tests: dates resolve around 2025.
var ref = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

const gs = "\x1d"

func TestParseAcceptsRawAndBracketedForms(t *testing.T) {
	want := gs1.Code{GTIN: "09506000134352", Expiry: gs1.Date{Year: 2027, Month: time.December, Day: 31}, Lot: "LOT42", Serial: "SN0001"}
	for _, tc := range []struct{ name, in string }{
		{"bracketed", "(01)09506000134352(17)271231(10)LOT42(21)SN0001"},
		{"bracketed in another order", "(21)SN0001(10)LOT42(01)09506000134352(17)271231"},
		{"raw", "0109506000134352" + "17271231" + "10LOT42" + gs + "21SN0001"},
		{"raw with symbology identifier", "]d2" + "0109506000134352" + "17271231" + "10LOT42" + gs + "21SN0001"},
		{"raw with leading FNC1", gs + "0109506000134352" + "17271231" + "10LOT42" + gs + "21SN0001"},
		{"raw with identifier and FNC1", "]d2" + gs + "0109506000134352" + "17271231" + "10LOT42" + gs + "21SN0001"},
		{"raw, serial before lot", "0109506000134352" + "17271231" + "21SN0001" + gs + "10LOT42"},
		{"raw with GS after fixed-length elements", "0109506000134352" + gs + "17271231" + gs + "21SN0001" + gs + "10LOT42"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := gs1.ParseAt(tc.in, ref)
			if err != nil {
				t.Fatalf("ParseAt(%q): %v", tc.in, err)
			}
			if *got != want {
				t.Fatalf("ParseAt(%q) = %+v, want %+v", tc.in, *got, want)
			}
			if err := got.Complete(); err != nil {
				t.Fatalf("Complete: %v", err)
			}
		})
	}
	got, err := gs1.ParseAt("(01)09506000134352(17)271231(10)LOT42(21)SN0001", ref)
	if err != nil {
		t.Fatal(err)
	}
	if *got != want {
		t.Fatalf("got %+v, want %+v", *got, want)
	}
	if v := got.GTINValue(); v != 9506000134352 {
		t.Errorf("GTINValue = %d", v)
	}
	if hri := got.HRI(); hri != "(01)09506000134352(17)271231(10)LOT42(21)SN0001" {
		t.Errorf("HRI = %q", hri)
	}
	if raw := got.ElementString(); raw != "0109506000134352"+"17271231"+"10LOT42"+gs+"21SN0001" {
		t.Errorf("ElementString = %q", raw)
	}
}

func TestExpiryDayZeroIsTheEndOfTheMonth(t *testing.T) {
	for _, tc := range []struct {
		yymmdd string
		last   string
	}{
		{"280200", "2028-02-29"}, // leap year
		{"270200", "2027-02-28"},
		{"271100", "2027-11-30"},
		{"271200", "2027-12-31"},
		{"270615", "2027-06-15"},
	} {
		c, err := gs1.ParseAt("(01)09506000134352(17)"+tc.yymmdd, ref)
		if err != nil {
			t.Fatalf("%s: %v", tc.yymmdd, err)
		}
		if got := c.Expiry.LastDay().Format("2006-01-02"); got != tc.last {
			t.Errorf("%s: last day %s, want %s", tc.yymmdd, got, tc.last)
		}
		wantEnd, _ := time.Parse(time.DateTime, tc.last+" 23:59:59")
		if !c.Expiry.End().Equal(wantEnd) {
			t.Errorf("%s: End() = %v, want %v", tc.yymmdd, c.Expiry.End(), wantEnd)
		}
		if c.Expiry.YYMMDD() != tc.yymmdd {
			t.Errorf("YYMMDD() = %s, want %s", c.Expiry.YYMMDD(), tc.yymmdd)
		}
	}
}

func TestCenturyFollowsGS1Rule(t *testing.T) {
	for _, tc := range []struct {
		yy   string
		ref  int
		year int
	}{
		{"25", 2025, 2025}, {"75", 2025, 2075}, {"76", 2025, 1976}, {"99", 2025, 1999},
		{"00", 2099, 2100}, {"49", 2099, 2149}, {"50", 2099, 2050}, {"98", 2000, 1998},
	} {
		c, err := gs1.ParseAt("(17)"+tc.yy+"0101", time.Date(tc.ref, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if c.Expiry.Year != tc.year {
			t.Errorf("YY %s around %d: year %d, want %d", tc.yy, tc.ref, c.Expiry.Year, tc.year)
		}
	}
}

func TestParseRejectsMalformedInputSayingWhy(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     error
		says     string
	}{
		{"empty", "", gs1.ErrEmpty, "empty input"},
		{"only the identifier", "]d2", gs1.ErrEmpty, "no element string"},
		{"QR symbology", "]Q3010950600013435217271231", gs1.ErrSymbology, `"]Q3", want "]d2"`},
		{"non-GS1 DataMatrix", "]d1010950600013435217271231", gs1.ErrSymbology, `"]d1"`},
		{"cut identifier", "]d", gs1.ErrSymbology, "too short"},
		{"wrong check digit", "(01)09506000134353", gs1.ErrCheckDigit, "ends in 3, want 2"},
		{"raw wrong check digit", "0109506000134350", gs1.ErrCheckDigit, "want 2"},
		{"short GTIN", "(01)0950600013435", gs1.ErrTruncated, "13 characters, want 14"},
		{"letter in GTIN", "(01)0950600013435X", gs1.ErrInvalidCharacter, "want a digit"},
		{"month 13", "(01)09506000134352(17)271301", gs1.ErrInvalidDate, "month 13"},
		{"month 00", "(17)270001", gs1.ErrInvalidDate, "month 00"},
		{"30 February", "(17)270230", gs1.ErrInvalidDate, "has 28 days"},
		{"31 April", "(17)270431", gs1.ErrInvalidDate, "has 30 days"},
		{"short date", "(17)2712", gs1.ErrTruncated, "want 6"},
		{"lot too long", "(10)ABCDEFGHIJKLMNOPQRSTU", gs1.ErrTooLong, "21 characters, at most 20"},
		{"serial too long raw", "21ABCDEFGHIJKLMNOPQRSTUVWXYZ", gs1.ErrTooLong, "at most 20"},
		{"empty lot", "(10)(21)X", gs1.ErrEmptyValue, "no data"},
		{"empty serial raw", "21" + gs + "10LOT", gs1.ErrEmptyValue, "(21)"},
		{"space in serial", "(21)SN 1", gs1.ErrInvalidCharacter, `' ' at position 3`},
		{"non-ASCII lot", "(10)LÖT", gs1.ErrInvalidCharacter, "character set 82"},
		{"hash in lot", "(10)A#1", gs1.ErrInvalidCharacter, "'#'"},
		{"unsupported AI bracketed", "(11)250101", gs1.ErrUnsupportedAI, `"11"`},
		{"unsupported AI raw", "0109506000134352" + "712ABC", gs1.ErrUnsupportedAI, `"71"`},
		{"duplicate serial", "(21)A(21)B", gs1.ErrDuplicateAI, "(21) duplicate"},
		{"duplicate GTIN raw", "01095060001343520109506000134352", gs1.ErrDuplicateAI, "appears twice"},
		{"trailing GS", "10LOT" + gs, gs1.ErrSeparator, "at the end"},
		{"double GS", "10LOT" + gs + gs + "21X", gs1.ErrSeparator, "should start"},
		{"lone digit", "0109506000134352" + "1", gs1.ErrTruncated, "whole application identifier"},
		{"unclosed bracket", "(01", gs1.ErrTruncated, "without"},
		{"text before bracket", "(01)09506000134352x(10)A", gs1.ErrSeparator, "should open"},
		{"GS after fixed at end", "0109506000134352" + gs, gs1.ErrSeparator, "at the end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := gs1.ParseAt(tc.in, ref)
			if err == nil {
				t.Fatalf("ParseAt(%q) = %+v, want an error", tc.in, *c)
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("ParseAt(%q) = %v, want %v", tc.in, err, tc.want)
			}
			var se *gs1.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %T is not a *SyntaxError", err)
			}
			if !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %q does not say %q", err, tc.says)
			}
		})
	}
}

func TestParsePackRequiresAllFourAIs(t *testing.T) {
	_, err := gs1.ParsePack("(01)09506000134352(21)SN1")
	if !errors.Is(err, gs1.ErrMissingAI) || !strings.Contains(err.Error(), "(17), (10)") {
		t.Fatalf("got %v, want missing (17), (10)", err)
	}
	if _, err := gs1.ParsePack("(01)09506000134352(17)991231(10)L(21)S"); err != nil {
		t.Fatal(err)
	}
}

func TestBracketedLotMayContainParentheses(t *testing.T) {
	c, err := gs1.ParseAt("(10)A(B)C(21)S(1)", ref)
	if err != nil {
		t.Fatal(err)
	}
	if c.Lot != "A(B)C" || c.Serial != "S(1)" {
		t.Fatalf("got lot %q serial %q", c.Lot, c.Serial)
	}
}

func TestCheckDigit(t *testing.T) {
	for data, want := range map[string]byte{"0950600013435": '2', "400638133393": '1', "9638507": '4', "0000000000000": '0'} {
		if got := gs1.CheckDigit(data); got != want {
			t.Errorf("CheckDigit(%s) = %c, want %c", data, got, want)
		}
	}
}

// FuzzParse checks that no input panics, that every accepted input has a valid GTIN check
// digit and well-formed values, and that accepted codes survive a round trip through both
// output forms.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"(01)09506000134352(17)271231(10)LOT42(21)SN0001",
		"]d2" + gs + "0109506000134352" + "17271200" + "10LOT42" + gs + "21SN0001",
		"0109506000134352" + gs + "17280229" + gs + "21S" + gs + "10L",
		"(10)A(B)C(21)S(1)",
		"]d1010950600013435217271231",
		"(01)09506000134353",
		"10" + gs + gs,
		"(17)270230",
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := gs1.ParseAt(in, ref)
		if err != nil {
			var se *gs1.SyntaxError
			if !errors.As(err, &se) || se.Err == nil || se.Offset < 0 || se.Offset > len(in) {
				t.Fatalf("ParseAt(%q): malformed error %#v", in, err)
			}
			return
		}
		if c.GTIN != "" && gs1.CheckDigit(c.GTIN[:13]) != c.GTIN[13] {
			t.Fatalf("accepted GTIN %s with a wrong check digit", c.GTIN)
		}
		if len(c.Lot) > 20 || len(c.Serial) > 20 {
			t.Fatalf("accepted over-long values %+v", *c)
		}
		back, err := gs1.ParseAt(c.ElementString(), ref)
		if err != nil || *back != *c {
			t.Fatalf("raw round trip of %q: %v, %+v != %+v", c.ElementString(), err, back, *c)
		}
		if strings.Contains(c.Lot+c.Serial, "(") {
			return // brackets in data can read as an AI in the bracketed form
		}
		back, err = gs1.ParseAt(c.HRI(), ref)
		if err != nil || *back != *c {
			t.Fatalf("bracketed round trip of %q: %v, %+v != %+v", c.HRI(), err, back, *c)
		}
	})
}
