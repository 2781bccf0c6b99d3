// Package fhir checks that a document is an HL7 FHIR R4 resource in the JSON
// format before the backend encrypts and stores it as a medical record.
//
// [Validate] is deliberately narrow: it is not a full FHIR validator (no
// profiles, terminologies or invariants), but it refuses what would make a
// stored record unusable to the systems that read it later:
//   - anything but one JSON object in UTF-8, with duplicate element names,
//     trailing data, nesting deeper than [MaxDepth] or more than [MaxSize] bytes;
//   - a resourceType this backend does not store (see [ResourceTypes]);
//   - a missing required (1..*) top-level element of that resource type, a
//     required element of the wrong JSON type, or a status-like code outside its
//     (small) value set;
//   - what the FHIR JSON format forbids everywhere: null members, empty strings,
//     objects and arrays, and names that are not element names; an id that does
//     not match [A-Za-z0-9\-\.]{1,64}.
//
// Resources nested as Bundle.entry.resource or in contained are checked by the
// rules of their own type when it is one of [ResourceTypes], and otherwise by the
// format rules only.
//
// Errors are [*Error] values naming the element and what to fix, such as
// "Observation.code is required". They never contain values from the document
// (medical content), only element names, which are checked to be plain names
// before they are used.
//
// Validate is a pure function and safe for concurrent use.
package fhir

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits of [Validate].
const (
	// MaxSize is the largest document accepted, in bytes.
	MaxSize = 8 << 20
	// MaxDepth is the deepest nesting of objects and arrays accepted.
	MaxDepth = 64
)

// ErrInvalid is wrapped by every [*Error]: the document is not an acceptable
// FHIR R4 resource.
var ErrInvalid = errors.New("fhir: invalid resource")

// Error says which element of a document is wrong and how. It wraps
// [ErrInvalid].
type Error struct {
	// Path locates the element in FHIRPath-like notation, e.g.
	// "Observation.code" or "Bundle.entry[2].resource.status"; empty when the
	// problem is the document as a whole.
	Path string
	// Reason says what is wrong and what to do, e.g. "is required".
	Reason string
}

// Error implements error.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Reason
	}
	return e.Path + " " + e.Reason
}

// Unwrap returns [ErrInvalid].
func (e *Error) Unwrap() error { return ErrInvalid }

// Resource describes a document that [Validate] accepted.
type Resource struct {
	// Type is the resourceType, e.g. "Observation".
	Type string
	// ID is the resource's logical id, empty when it has none.
	ID string
}

// Validate checks that body is a FHIR R4 resource in JSON of one of
// [ResourceTypes] and returns its type and id. A refusal is an [*Error].
func Validate(body []byte) (Resource, error) {
	if len(body) > MaxSize {
		return Resource{}, &Error{Reason: fmt.Sprintf("the resource is larger than %d bytes", MaxSize)}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Resource{}, &Error{Reason: "the body is empty; send a FHIR resource as a JSON object"}
	}
	if !utf8.Valid(body) {
		return Resource{}, &Error{Reason: "the body is not valid UTF-8, which FHIR JSON requires"}
	}
	root, err := parse(body)
	if err != nil {
		return Resource{}, err
	}
	if root.kind != kindObject {
		return Resource{}, &Error{Reason: "the body must be a JSON object with a resourceType"}
	}
	typ, err := resourceType(root, "")
	if err != nil {
		return Resource{}, err
	}
	if _, ok := rules[typ]; !ok {
		return Resource{}, &Error{Path: "resourceType", Reason: "must be one of the resource types stored as records: " + strings.Join(ResourceTypes(), ", ")}
	}
	if err := checkFormat(root, typ); err != nil {
		return Resource{}, err
	}
	if err := checkResource(root, typ, typ); err != nil {
		return Resource{}, err
	}
	id, _ := root.member("id")
	r := Resource{Type: typ}
	if id != nil {
		r.ID = id.str
	}
	return r, nil
}

// ResourceTypes returns the resource types [Validate] accepts as a document,
// in alphabetical order.
func ResourceTypes() []string {
	out := make([]string, 0, len(rules))
	for t := range rules {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// JSON value kinds of a parsed document.
const (
	kindObject = iota + 1
	kindArray
	kindString
	kindNumber
	kindBool
	kindNull
)

// node is a parsed JSON value. Objects keep their members in document order,
// duplicates included, so that checkFormat can name them.
type node struct {
	kind  int
	str   string // string value, or the literal of a number or boolean
	keys  []string
	vals  []*node
	items []*node
}

// member returns the first value of the member name of an object.
func (n *node) member(name string) (*node, bool) {
	for i, k := range n.keys {
		if k == name {
			return n.vals[i], true
		}
	}
	return nil, false
}

// parse reads exactly one JSON value from body, bounded in depth.
func parse(body []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	p := &parser{dec: dec}
	tok, err := p.token()
	if err != nil {
		return nil, err
	}
	root, err := p.value(tok, 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, &Error{Reason: "the body has data after the JSON object; send exactly one resource"}
	}
	return root, nil
}

type parser struct{ dec *json.Decoder }

func (p *parser) token() (json.Token, error) {
	tok, err := p.dec.Token()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, &Error{Reason: "the body ends in the middle of the JSON document"}
	}
	if err != nil {
		// The decoder's message names the offending character, which is part
		// of the document: report the offset only.
		return nil, &Error{Reason: "the body is not valid JSON near byte " + strconv.FormatInt(p.dec.InputOffset(), 10)}
	}
	return tok, nil
}

func (p *parser) value(tok json.Token, depth int) (*node, error) {
	switch t := tok.(type) {
	case json.Delim:
		if depth >= MaxDepth {
			return nil, &Error{Reason: fmt.Sprintf("the resource is nested more than %d levels deep", MaxDepth)}
		}
		if t == '{' {
			n := &node{kind: kindObject}
			for p.dec.More() {
				kt, err := p.token()
				if err != nil {
					return nil, err
				}
				key, _ := kt.(string) // the decoder only returns strings in key position
				vt, err := p.token()
				if err != nil {
					return nil, err
				}
				v, err := p.value(vt, depth+1)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, key)
				n.vals = append(n.vals, v)
			}
			if _, err := p.token(); err != nil { // }
				return nil, err
			}
			return n, nil
		}
		n := &node{kind: kindArray}
		for p.dec.More() {
			it, err := p.token()
			if err != nil {
				return nil, err
			}
			v, err := p.value(it, depth+1)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, v)
		}
		if _, err := p.token(); err != nil { // ]
			return nil, err
		}
		return n, nil
	case string:
		return &node{kind: kindString, str: t}, nil
	case json.Number:
		return &node{kind: kindNumber, str: t.String()}, nil
	case bool:
		return &node{kind: kindBool, str: strconv.FormatBool(t)}, nil
	case nil:
		return &node{kind: kindNull}, nil
	}
	return nil, &Error{Reason: "the body is not valid JSON"} // unreachable
}

// elementName is what FHIR JSON allows as a member name: an element name,
// optionally prefixed by _ for the extensions of a primitive element.
var elementName = regexp.MustCompile(`^_?[A-Za-z][A-Za-z0-9_]{0,127}$`)

// idPattern is the FHIR R4 id type.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`)

// typeName is what a resourceType looks like; other values are not echoed.
var typeName = regexp.MustCompile(`^[A-Z][A-Za-z]{0,63}$`)

// checkFormat applies the rules of the FHIR JSON format to every element:
// plain element names, each once; no nulls outside arrays; nothing empty.
func checkFormat(n *node, path string) error {
	switch n.kind {
	case kindObject:
		if len(n.keys) == 0 {
			return &Error{Path: path, Reason: "must not be an empty object; leave the element out instead"}
		}
		for i, k := range n.keys {
			if !elementName.MatchString(k) {
				return &Error{Path: path, Reason: "has a member whose name is not a FHIR element name (letters, digits and _, starting with a letter)"}
			}
			child := path + "." + k
			if slices.Index(n.keys, k) != i {
				return &Error{Path: child, Reason: "appears more than once; send each element once"}
			}
			if n.vals[i].kind == kindNull {
				return &Error{Path: child, Reason: "must not be null; leave the element out instead"}
			}
			if err := checkFormat(n.vals[i], child); err != nil {
				return err
			}
		}
	case kindArray:
		if len(n.items) == 0 {
			return &Error{Path: path, Reason: "must not be an empty array; leave the element out instead"}
		}
		nulls := 0
		for i, it := range n.items {
			if it.kind == kindNull { // allowed to align primitive values with their extensions
				nulls++
				continue
			}
			if it.kind == kindArray {
				return &Error{Path: fmt.Sprintf("%s[%d]", path, i), Reason: "must not be an array inside an array"}
			}
			if err := checkFormat(it, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		if nulls == len(n.items) {
			return &Error{Path: path, Reason: "must not hold only nulls; leave the element out instead"}
		}
	case kindString:
		if n.str == "" {
			return &Error{Path: path, Reason: "must not be an empty string; leave the element out instead"}
		}
	}
	return nil
}

// resourceType returns the resourceType of a resource object at path.
func resourceType(n *node, path string) (string, error) {
	at := "resourceType"
	if path != "" {
		at = path + ".resourceType"
	}
	v, ok := n.member("resourceType")
	if !ok {
		return "", &Error{Path: at, Reason: "is required"}
	}
	if v.kind != kindString {
		return "", &Error{Path: at, Reason: "must be a string"}
	}
	if !typeName.MatchString(v.str) {
		return "", &Error{Path: at, Reason: "must be a FHIR resource type name such as Observation"}
	}
	return v.str, nil
}

// checkResource checks a resource object at path against the rules of its
// type typ, then the resources nested in it.
func checkResource(n *node, typ, path string) error {
	if id, ok := n.member("id"); ok && (id.kind != kindString || !idPattern.MatchString(id.str)) {
		return &Error{Path: path + ".id", Reason: "must be a string of 1 to 64 characters from A-Z a-z 0-9 - ."}
	}
	if r, ok := rules[typ]; ok {
		for _, e := range r {
			if err := e.check(n, path); err != nil {
				return err
			}
		}
	}
	if c, ok := n.member("contained"); ok {
		if c.kind != kindArray {
			return &Error{Path: path + ".contained", Reason: "must be an array of resources"}
		}
		for i, it := range c.items {
			if err := checkNested(it, fmt.Sprintf("%s.contained[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	if typ == "Bundle" {
		entries, ok := n.member("entry")
		if !ok {
			return nil
		}
		if entries.kind != kindArray {
			return &Error{Path: path + ".entry", Reason: "must be an array of objects"}
		}
		for i, e := range entries.items {
			at := fmt.Sprintf("%s.entry[%d]", path, i)
			if e.kind != kindObject {
				return &Error{Path: at, Reason: "must be an object"}
			}
			if res, ok := e.member("resource"); ok {
				if err := checkNested(res, at+".resource"); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func checkNested(n *node, path string) error {
	if n.kind != kindObject {
		return &Error{Path: path, Reason: "must be a resource (a JSON object with a resourceType)"}
	}
	typ, err := resourceType(n, path)
	if err != nil {
		return err
	}
	return checkResource(n, typ, path)
}

// JSON shapes of the FHIR data types the rules check.
type shape int

const (
	shapeCode     shape = iota // a code: a string, from values when they are listed
	shapeString                // a string
	shapeDateTime              // a dateTime
	shapeDate                  // a date
	shapeBoolean               // a boolean
	shapeObject                // a complex type: CodeableConcept, Reference, Coding, ...
	shapeObjects               // an array of at least one complex value (1..*)
)

// element is a rule for one top-level element of a resource type.
type element struct {
	name     string
	required bool
	shape    shape
	what     string   // the FHIR type, for messages, e.g. "CodeableConcept"
	values   []string // allowed codes, for shapeCode
	// choices lists the type suffixes of a choice element name[x], each with
	// its shape; name is then the element's stem.
	choices []choice
}

type choice struct {
	suffix string
	shape  shape
	what   string
}

func (e element) check(n *node, path string) error {
	if len(e.choices) > 0 {
		return e.checkChoice(n, path)
	}
	v, ok := n.member(e.name)
	at := path + "." + e.name
	if !ok {
		if e.required {
			return &Error{Path: at, Reason: "is required"}
		}
		return nil
	}
	return checkShape(v, at, e.shape, e.what, e.values)
}

func (e element) checkChoice(n *node, path string) error {
	var found []choice
	var vals []*node
	for _, c := range e.choices {
		if v, ok := n.member(e.name + c.suffix); ok {
			found = append(found, c)
			vals = append(vals, v)
		}
	}
	var names []string
	for _, c := range e.choices {
		names = append(names, e.name+c.suffix)
	}
	at := path + "." + e.name + "[x]"
	switch {
	case len(found) == 0 && e.required:
		return &Error{Path: at, Reason: "is required: send one of " + strings.Join(names, ", ")}
	case len(found) > 1:
		return &Error{Path: at, Reason: "must be given once: send only one of " + strings.Join(names, ", ")}
	case len(found) == 1:
		return checkShape(vals[0], path+"."+e.name+found[0].suffix, found[0].shape, found[0].what, nil)
	}
	return nil
}

// FHIR R4 primitive formats.
var (
	dateTimePattern = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$`)
	datePattern     = regexp.MustCompile(`^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`)
)

func checkShape(v *node, at string, s shape, what string, values []string) error {
	switch s {
	case shapeCode:
		if v.kind != kindString {
			return &Error{Path: at, Reason: "must be a code (a JSON string)"}
		}
		if len(values) > 0 && !slices.Contains(values, v.str) {
			return &Error{Path: at, Reason: "must be one of: " + strings.Join(values, ", ")}
		}
	case shapeString:
		if v.kind != kindString {
			return &Error{Path: at, Reason: "must be a JSON string"}
		}
	case shapeDateTime:
		if v.kind != kindString || !dateTimePattern.MatchString(v.str) {
			return &Error{Path: at, Reason: "must be a FHIR dateTime such as 2025-06-01 or 2025-06-01T12:00:00Z (a time needs its offset)"}
		}
	case shapeDate:
		if v.kind != kindString || !datePattern.MatchString(v.str) {
			return &Error{Path: at, Reason: "must be a FHIR date such as 1980-04-23"}
		}
	case shapeBoolean:
		if v.kind != kindBool {
			return &Error{Path: at, Reason: "must be true or false"}
		}
	case shapeObject:
		if v.kind != kindObject {
			return &Error{Path: at, Reason: "must be a JSON object (a " + what + ")"}
		}
	case shapeObjects:
		if v.kind != kindArray {
			return &Error{Path: at, Reason: "must be an array of at least one " + what}
		}
		for i, it := range v.items {
			if it.kind != kindObject {
				return &Error{Path: fmt.Sprintf("%s[%d]", at, i), Reason: "must be a JSON object (a " + what + ")"}
			}
		}
	}
	return nil
}

// Helpers that build the rules.
func code(name string, values ...string) element {
	return element{name: name, required: true, shape: shapeCode, values: values}
}

func object(name, what string) element {
	return element{name: name, required: true, shape: shapeObject, what: what}
}

func objects(name, what string) element {
	return element{name: name, required: true, shape: shapeObjects, what: what}
}

func optional(e element) element { e.required = false; return e }

var medication = element{name: "medication", required: true, choices: []choice{
	{"CodeableConcept", shapeObject, "CodeableConcept"},
	{"Reference", shapeObject, "Reference"},
}}

// rules are the checks per resource type: the required (1..*) top-level
// elements of FHIR R4 and a few optional ones whose form is cheap to check.
// Value sets are R4's required bindings.
var rules = map[string][]element{
	"Patient": {
		optional(code("gender", "male", "female", "other", "unknown")),
		optional(element{name: "birthDate", shape: shapeDate}),
		optional(element{name: "active", shape: shapeBoolean}),
	},
	"Observation": {
		code("status", "registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"),
		object("code", "CodeableConcept"),
	},
	"Condition": {
		object("subject", "Reference"),
	},
	"AllergyIntolerance": {
		object("patient", "Reference"),
		optional(code("type", "allergy", "intolerance")),
		optional(code("criticality", "low", "high", "unable-to-assess")),
	},
	"Immunization": {
		code("status", "completed", "entered-in-error", "not-done"),
		object("vaccineCode", "CodeableConcept"),
		object("patient", "Reference"),
		{name: "occurrence", required: true, choices: []choice{
			{"DateTime", shapeDateTime, "dateTime"},
			{"String", shapeString, "string"},
		}},
	},
	"DiagnosticReport": {
		code("status", "registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled", "entered-in-error", "unknown"),
		object("code", "CodeableConcept"),
	},
	"MedicationRequest": {
		code("status", "active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"),
		code("intent", "proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"),
		medication,
		object("subject", "Reference"),
	},
	"MedicationDispense": {
		code("status", "preparation", "in-progress", "cancelled", "on-hold", "completed", "entered-in-error", "stopped", "declined", "unknown"),
		medication,
	},
	"Procedure": {
		code("status", "preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"),
		object("subject", "Reference"),
	},
	"Encounter": {
		code("status", "planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"),
		object("class", "Coding"),
	},
	"DocumentReference": {
		code("status", "current", "superseded", "entered-in-error"),
		optional(code("docStatus", "preliminary", "final", "amended", "entered-in-error")),
		objects("content", "content element with an attachment"),
	},
	"Bundle": {
		code("type", "document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection"),
	},
	"Coverage": {
		code("status", "active", "cancelled", "draft", "entered-in-error"),
		object("beneficiary", "Reference"),
		objects("payor", "Reference"),
	},
	"Claim": {
		code("status", "active", "cancelled", "draft", "entered-in-error"),
		object("type", "CodeableConcept"),
		code("use", "claim", "preauthorization", "predetermination"),
		object("patient", "Reference"),
		element{name: "created", required: true, shape: shapeDateTime},
		object("provider", "Reference"),
		object("priority", "CodeableConcept"),
		objects("insurance", "insurance element"),
	},
}
