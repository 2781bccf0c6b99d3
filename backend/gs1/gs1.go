// Package gs1 parses the GS1 element strings that identify a medicine pack, as a scanner
// reads them from the pack's GS1 DataMatrix, or as printed beside it in human-readable form:
//
//	(01) GTIN-14, 14 digits, check digit verified
//	(17) expiry date YYMMDD; day 00 means the last day of the month
//	(10) batch / lot number, 1 to 20 characters of GS1 character set 82
//	(21) serial number, 1 to 20 characters of GS1 character set 82
//
// Two input forms are accepted:
//
//   - raw, as a scanner transmits the DataMatrix: an optional symbology identifier "]d2"
//     (GS1 DataMatrix; any other identifier is refused), an optional leading FNC1 transmitted
//     as GS (0x1D), then element strings concatenated; a variable-length element (10, 21) that
//     is followed by another ends with GS. A GS after a fixed-length element is tolerated.
//   - bracketed human-readable, e.g. "(01)09506000134352(17)261231(10)LOT42(21)SN0001".
//
// Every malformed input yields an error that says what is wrong and where (a *SyntaxError
// wrapping one of the Err sentinels). Other application identifiers are refused with
// ErrUnsupportedAI: their lengths are not known here, so what follows could not be read.
package gs1

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// GS is the ASCII group separator that transmits FNC1 inside a raw element string.
const GS = '\x1d'

// SymbologyDataMatrix is the symbology identifier of GS1 DataMatrix.
const SymbologyDataMatrix = "]d2"

// Application identifiers handled here.
const (
	AIGTIN   = "01"
	AIExpiry = "17"
	AILot    = "10"
	AISerial = "21"
)

// Sentinel errors, wrapped by *SyntaxError; test with errors.Is.
var (
	ErrEmpty            = errors.New("empty input")
	ErrSymbology        = errors.New("not a GS1 DataMatrix symbology identifier")
	ErrUnsupportedAI    = errors.New("unsupported application identifier")
	ErrTruncated        = errors.New("truncated element")
	ErrSeparator        = errors.New("misplaced separator")
	ErrInvalidCharacter = errors.New("invalid character")
	ErrTooLong          = errors.New("value too long")
	ErrEmptyValue       = errors.New("empty value")
	ErrCheckDigit       = errors.New("wrong check digit")
	ErrInvalidDate      = errors.New("invalid date")
	ErrDuplicateAI      = errors.New("duplicate application identifier")
	ErrMissingAI        = errors.New("missing application identifier")
)

// SyntaxError describes what is wrong with an input and where.
type SyntaxError struct {
	// Offset is the byte offset in the input where the problem was found.
	Offset int
	// AI is the application identifier concerned, empty when none.
	AI string
	// Err is one of the Err sentinels.
	Err error
	// Detail says more, e.g. the expected check digit.
	Detail string
}

func (e *SyntaxError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "gs1: at byte %d: ", e.Offset)
	if e.AI != "" {
		fmt.Fprintf(&b, "(%s) ", e.AI)
	}
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

func (e *SyntaxError) Unwrap() error { return e.Err }

// Date is a GS1 date (YYMMDD) with its century resolved. Day 0 means the last day of the
// month, as GS1 allows for expiry dates.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d == Date{} }

// LastDay returns the day the date designates, at 00:00 UTC: for day 0, the last day of the
// month.
func (d Date) LastDay() time.Time {
	if d.Day == 0 {
		return time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// End returns the last second of the designated day, 23:59:59 UTC: the last instant a pack
// expiring on d may be dispensed. DrugBatches takes it as the batch's expiresAt.
func (d Date) End() time.Time {
	return d.LastDay().Add(24*time.Hour - time.Second)
}

// YYMMDD returns the date as GS1 encodes it.
func (d Date) YYMMDD() string {
	return fmt.Sprintf("%02d%02d%02d", d.Year%100, int(d.Month), d.Day)
}

func (d Date) String() string {
	if d.Day == 0 {
		return fmt.Sprintf("%04d-%02d (end of month)", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Code is a parsed pack identification. A field is empty (zero) when its AI was absent.
type Code struct {
	// GTIN is the 14-digit GTIN (AI 01), check digit verified.
	GTIN string
	// Expiry is the expiry date (AI 17).
	Expiry Date
	// Lot is the batch or lot number (AI 10).
	Lot string
	// Serial is the serial number (AI 21).
	Serial string
}

// GTINValue returns the GTIN as the integer the contracts take (leading zeros vanish); 0 when
// absent.
func (c *Code) GTINValue() uint64 {
	v, _ := strconv.ParseUint(c.GTIN, 10, 64)
	return v
}

// Complete reports, as a *SyntaxError wrapping ErrMissingAI, whether any of the four AIs of
// a pack identifier (01, 17, 10, 21) is missing.
func (c *Code) Complete() error {
	var missing []string
	for _, f := range []struct {
		ai      string
		present bool
	}{{AIGTIN, c.GTIN != ""}, {AIExpiry, !c.Expiry.IsZero()}, {AILot, c.Lot != ""}, {AISerial, c.Serial != ""}} {
		if !f.present {
			missing = append(missing, "("+f.ai+")")
		}
	}
	if len(missing) > 0 {
		return &SyntaxError{Err: ErrMissingAI, Detail: strings.Join(missing, ", ")}
	}
	return nil
}

// HRI returns the bracketed human-readable form, in the order 01, 17, 10, 21.
func (c *Code) HRI() string {
	var b strings.Builder
	for _, f := range c.fields() {
		b.WriteString("(" + f.ai + ")" + f.value)
	}
	return b.String()
}

// ElementString returns the raw form as a DataMatrix would encode it (without symbology
// identifier or leading FNC1): fixed-length elements first, a GS after every variable-length
// element but the last.
func (c *Code) ElementString() string {
	var b strings.Builder
	fields := c.fields()
	for i, f := range fields {
		b.WriteString(f.ai + f.value)
		if !specs[f.ai].fixed() && i < len(fields)-1 {
			b.WriteByte(GS)
		}
	}
	return b.String()
}

type field struct{ ai, value string }

func (c *Code) fields() []field {
	var out []field
	if c.GTIN != "" {
		out = append(out, field{AIGTIN, c.GTIN})
	}
	if !c.Expiry.IsZero() {
		out = append(out, field{AIExpiry, c.Expiry.YYMMDD()})
	}
	if c.Lot != "" {
		out = append(out, field{AILot, c.Lot})
	}
	if c.Serial != "" {
		out = append(out, field{AISerial, c.Serial})
	}
	return out
}

// aiSpec describes the data of one AI.
type aiSpec struct {
	length  int  // fixed length, or 0 for variable
	max     int  // maximum length of variable data
	numeric bool // digits only
}

func (s aiSpec) fixed() bool { return s.length > 0 }

var specs = map[string]aiSpec{
	AIGTIN:   {length: 14, numeric: true},
	AIExpiry: {length: 6, numeric: true},
	AILot:    {max: 20},
	AISerial: {max: 20},
}

// Parse parses a raw or bracketed element string; dates are resolved against the current
// year (see ParseAt). AIs may come in any order; each at most once. Parse requires nothing
// to be present but something; use ParsePack for a complete pack identifier.
func Parse(s string) (*Code, error) {
	return ParseAt(s, time.Now())
}

// ParsePack is Parse followed by Complete: all of (01), (17), (10) and (21) must be present.
func ParsePack(s string) (*Code, error) {
	c, err := Parse(s)
	if err != nil {
		return nil, err
	}
	if err := c.Complete(); err != nil {
		return nil, err
	}
	return c, nil
}

// ParseAt is Parse with the two-digit years resolved around the year of now, by the GS1
// rule (General Specifications 7.12): a year 51 to 99 years ahead is in the previous century,
// one 50 to 99 years behind in the next, any other in the current one.
func ParseAt(s string, now time.Time) (*Code, error) {
	if s == "" {
		return nil, &SyntaxError{Err: ErrEmpty}
	}
	p := &parser{in: s, refYear: now.UTC().Year(), code: &Code{}, seen: map[string]bool{}}
	var err error
	if strings.HasPrefix(s, "(") {
		err = p.parseBracketed()
	} else {
		err = p.parseRaw()
	}
	if err != nil {
		return nil, err
	}
	return p.code, nil
}

type parser struct {
	in      string
	pos     int
	refYear int
	code    *Code
	seen    map[string]bool
}

func (p *parser) fail(offset int, ai string, err error, format string, args ...any) error {
	return &SyntaxError{Offset: offset, AI: ai, Err: err, Detail: fmt.Sprintf(format, args...)}
}

func (p *parser) parseRaw() error {
	if strings.HasPrefix(p.in, "]") {
		if len(p.in) < 3 {
			return p.fail(0, "", ErrSymbology, "%q is too short for a symbology identifier", p.in)
		}
		if p.in[:3] != SymbologyDataMatrix {
			return p.fail(0, "", ErrSymbology, "%q, want %q", p.in[:3], SymbologyDataMatrix)
		}
		p.pos = 3
	}
	if p.pos < len(p.in) && p.in[p.pos] == GS {
		p.pos++ // leading FNC1
	}
	if p.pos == len(p.in) {
		return p.fail(p.pos, "", ErrEmpty, "no element string after the prefix")
	}
	for p.pos < len(p.in) {
		start := p.pos
		if p.in[p.pos] == GS {
			return p.fail(p.pos, "", ErrSeparator, "GS where an application identifier should start")
		}
		if p.pos+2 > len(p.in) {
			return p.fail(p.pos, "", ErrTruncated, "%q is not a whole application identifier", p.in[p.pos:])
		}
		ai := p.in[p.pos : p.pos+2]
		spec, ok := specs[ai]
		if !ok {
			return p.fail(p.pos, "", ErrUnsupportedAI, "%q (supported: 01, 17, 10, 21)", ai)
		}
		p.pos += 2
		var value string
		if spec.fixed() {
			if p.pos+spec.length > len(p.in) {
				return p.fail(start, ai, ErrTruncated, "%d characters, want %d", len(p.in)-p.pos, spec.length)
			}
			value = p.in[p.pos : p.pos+spec.length]
			p.pos += spec.length
			if p.pos < len(p.in) && p.in[p.pos] == GS {
				p.pos++ // not needed after a fixed-length element, but harmless
				if p.pos == len(p.in) {
					return p.fail(p.pos-1, ai, ErrSeparator, "GS at the end of the input")
				}
			}
		} else {
			end := strings.IndexByte(p.in[p.pos:], GS)
			if end < 0 {
				end = len(p.in)
			} else {
				end += p.pos
			}
			value = p.in[p.pos:end]
			p.pos = end
			if p.pos < len(p.in) {
				p.pos++ // the GS
				if p.pos == len(p.in) {
					return p.fail(end, ai, ErrSeparator, "GS at the end of the input")
				}
			}
		}
		if err := p.set(start, ai, spec, value); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) parseBracketed() error {
	for p.pos < len(p.in) {
		start := p.pos
		if p.in[p.pos] != '(' {
			return p.fail(p.pos, "", ErrSeparator, "%q where \"(\" should open an application identifier", p.in[p.pos])
		}
		closeAt := strings.IndexByte(p.in[p.pos:], ')')
		if closeAt < 0 {
			return p.fail(p.pos, "", ErrTruncated, "\"(\" without \")\"")
		}
		ai := p.in[p.pos+1 : p.pos+closeAt]
		spec, ok := specs[ai]
		if !ok {
			return p.fail(p.pos, "", ErrUnsupportedAI, "%q (supported: 01, 17, 10, 21)", ai)
		}
		p.pos += closeAt + 1
		var value string
		if spec.fixed() {
			if p.pos+spec.length > len(p.in) {
				return p.fail(start, ai, ErrTruncated, "%d characters, want %d", len(p.in)-p.pos, spec.length)
			}
			value = p.in[p.pos : p.pos+spec.length]
			p.pos += spec.length
		} else {
			end := nextBracketedAI(p.in, p.pos)
			value = p.in[p.pos:end]
			p.pos = end
		}
		if err := p.set(start, ai, spec, value); err != nil {
			return err
		}
	}
	return nil
}

// nextBracketedAI returns the offset of the next "(NN)" with a supported AI at or after
// from, or len(s). Parentheses are valid data characters; only a supported AI in brackets
// ends a value.
func nextBracketedAI(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == '(' && i+3 < len(s) && s[i+3] == ')' {
			if _, ok := specs[s[i+1:i+3]]; ok {
				return i
			}
		}
	}
	return len(s)
}

// set validates value for ai and stores it.
func (p *parser) set(offset int, ai string, spec aiSpec, value string) error {
	if p.seen[ai] {
		return p.fail(offset, ai, ErrDuplicateAI, "appears twice")
	}
	p.seen[ai] = true
	if value == "" {
		return p.fail(offset, ai, ErrEmptyValue, "no data")
	}
	if spec.max > 0 && len(value) > spec.max {
		return p.fail(offset, ai, ErrTooLong, "%d characters, at most %d", len(value), spec.max)
	}
	for i := 0; i < len(value); i++ {
		c := value[i]
		if spec.numeric && (c < '0' || c > '9') {
			return p.fail(offset, ai, ErrInvalidCharacter, "%q at position %d, want a digit", c, i+1)
		}
		if !spec.numeric && !isCSet82(c) {
			return p.fail(offset, ai, ErrInvalidCharacter, "%q at position %d is not in GS1 character set 82", c, i+1)
		}
	}
	switch ai {
	case AIGTIN:
		if want := CheckDigit(value[:13]); value[13] != want {
			return p.fail(offset, ai, ErrCheckDigit, "%s ends in %c, want %c", value, value[13], want)
		}
		p.code.GTIN = value
	case AIExpiry:
		d, err := p.date(value)
		if err != nil {
			return p.fail(offset, ai, ErrInvalidDate, "%s: %v", value, err)
		}
		p.code.Expiry = d
	case AILot:
		p.code.Lot = value
	case AISerial:
		p.code.Serial = value
	}
	return nil
}

// date parses YYMMDD (digits already checked).
func (p *parser) date(v string) (Date, error) {
	yy, _ := strconv.Atoi(v[0:2])
	mm, _ := strconv.Atoi(v[2:4])
	dd, _ := strconv.Atoi(v[4:6])
	if mm < 1 || mm > 12 {
		return Date{}, fmt.Errorf("month %02d", mm)
	}
	year := resolveCentury(yy, p.refYear)
	last := time.Date(year, time.Month(mm)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if dd > last {
		return Date{}, fmt.Errorf("day %02d, %d-%02d has %d days", dd, year, mm, last)
	}
	return Date{Year: year, Month: time.Month(mm), Day: dd}, nil
}

// resolveCentury applies GS1 General Specifications 7.12.
func resolveCentury(yy, refYear int) int {
	century := refYear / 100 * 100
	switch diff := yy - refYear%100; {
	case diff >= 51:
		return century - 100 + yy
	case diff <= -50:
		return century + 100 + yy
	default:
		return century + yy
	}
}

// CheckDigit returns the GS1 mod-10 check digit of the digits in data (any length): weights
// 3, 1, 3, ... from the rightmost digit. data must hold digits only.
func CheckDigit(data string) byte {
	sum := 0
	for i := 0; i < len(data); i++ {
		d := int(data[len(data)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

// isCSet82 reports whether c is in GS1 AI encodable character set 82: ! " % & ' ( ) * + , -
// . / 0-9 : ; < = > ? A-Z _ a-z.
func isCSet82(c byte) bool {
	switch {
	case c >= '0' && c <= '9', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		return true
	}
	return strings.IndexByte(`!"%&'()*+,-./:;<=>?_`, c) >= 0
}
