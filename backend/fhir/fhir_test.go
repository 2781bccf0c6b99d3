package fhir

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// Minimal valid resources of every supported type.
var valid = map[string]string{
	"Patient":            `{"resourceType":"Patient","id":"pat-1","gender":"female","birthDate":"1980-04-23","active":true,"name":[{"family":"Doe","given":["Jane"]}]}`,
	"Observation":        `{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2339-0"}]},"valueQuantity":{"value":5.4,"unit":"mmol/L"}}`,
	"Condition":          `{"resourceType":"Condition","subject":{"reference":"Patient/pat-1"},"code":{"text":"Hypertension"}}`,
	"AllergyIntolerance": `{"resourceType":"AllergyIntolerance","patient":{"reference":"Patient/pat-1"},"type":"allergy","criticality":"high"}`,
	"Immunization":       `{"resourceType":"Immunization","status":"completed","vaccineCode":{"text":"MMR"},"patient":{"reference":"Patient/pat-1"},"occurrenceDateTime":"2025-06-01T09:30:00+02:00"}`,
	"DiagnosticReport":   `{"resourceType":"DiagnosticReport","status":"final","code":{"text":"Lipid panel"}}`,
	"MedicationRequest":  `{"resourceType":"MedicationRequest","status":"active","intent":"order","medicationCodeableConcept":{"text":"Amoxicillin 500 mg"},"subject":{"reference":"Patient/pat-1"}}`,
	"MedicationDispense": `{"resourceType":"MedicationDispense","status":"completed","medicationReference":{"reference":"Medication/m1"}}`,
	"Procedure":          `{"resourceType":"Procedure","status":"completed","subject":{"reference":"Patient/pat-1"}}`,
	"Encounter":          `{"resourceType":"Encounter","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"}}`,
	"DocumentReference":  `{"resourceType":"DocumentReference","status":"current","content":[{"attachment":{"contentType":"application/pdf","url":"urn:uuid:1"}}]}`,
	"Bundle":             `{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation","status":"final","code":{"text":"x"}}},{"resource":{"resourceType":"Practitioner","id":"pr1"}}]}`,
	"Coverage":           `{"resourceType":"Coverage","status":"active","beneficiary":{"reference":"Patient/pat-1"},"payor":[{"reference":"Organization/ins"}]}`,
	"Claim":              `{"resourceType":"Claim","status":"active","type":{"text":"professional"},"use":"claim","patient":{"reference":"Patient/pat-1"},"created":"2025-06-01","provider":{"reference":"Organization/h"},"priority":{"text":"normal"},"insurance":[{"sequence":1,"focal":true,"coverage":{"reference":"Coverage/c1"}}]}`,
}

func TestValidateAcceptsEveryType(t *testing.T) {
	for _, typ := range ResourceTypes() {
		t.Run("a minimal "+typ+" is accepted", func(t *testing.T) {
			doc, ok := valid[typ]
			if !ok {
				t.Fatalf("no valid example of %s", typ)
			}
			r, err := Validate([]byte(doc))
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if r.Type != typ {
				t.Errorf("type: got %q, want %q", r.Type, typ)
			}
		})
	}
	t.Run("the id is returned and white space around the object is fine", func(t *testing.T) {
		r, err := Validate([]byte(" \n" + valid["Patient"] + "\n"))
		if err != nil || r != (Resource{Type: "Patient", ID: "pat-1"}) {
			t.Errorf("got %+v, %v", r, err)
		}
	})
	if got, want := len(ResourceTypes()), 14; got != want {
		t.Errorf("ResourceTypes: got %d, want %d", got, want)
	}
}

// replace returns doc with old replaced by new once, failing when old is absent.
func replace(t *testing.T, doc, old, new string) string {
	t.Helper()
	if !strings.Contains(doc, old) {
		t.Fatalf("%q not in %s", old, doc)
	}
	return strings.Replace(doc, old, new, 1)
}

func TestValidateRefuses(t *testing.T) {
	obs := valid["Observation"]
	tests := []struct {
		name, doc, want string
	}{
		{"an empty body", "  ", "the body is empty; send a FHIR resource as a JSON object"},
		{"a JSON array", `[]`, "the body must be a JSON object with a resourceType"},
		{"broken JSON", `{"resourceType":`, "the body ends in the middle of the JSON document"},
		{"a syntax error", `{"resourceType" "Patient"}`, "the body is not valid JSON near byte 16"},
		{"trailing data", valid["Patient"] + `{}`, "the body has data after the JSON object; send exactly one resource"},
		{"invalid UTF-8", `{"resourceType":"Patient","text":"` + "\xff" + `"}`, "the body is not valid UTF-8, which FHIR JSON requires"},
		{"a missing resourceType", `{"status":"final"}`, "resourceType is required"},
		{"a resourceType that is not a string", `{"resourceType":1}`, "resourceType must be a string"},
		{"an unsupported resourceType", `{"resourceType":"Practitioner"}`, "resourceType must be one of the resource types stored as records: AllergyIntolerance, Bundle, Claim, Condition, Coverage, DiagnosticReport, DocumentReference, Encounter, Immunization, MedicationDispense, MedicationRequest, Observation, Patient, Procedure"},
		{"a resourceType that is not a name", `{"resourceType":"Jane Doe, 1980"}`, "resourceType must be a FHIR resource type name such as Observation"},
		{"a missing Observation.code", replace(t, obs, `,"code":{"coding":[{"system":"http://loinc.org","code":"2339-0"}]}`, ``), "Observation.code is required"},
		{"a missing Observation.status", replace(t, obs, `"status":"final",`, ``), "Observation.status is required"},
		{"a status outside the value set", replace(t, obs, `"final"`, `"done"`), "Observation.status must be one of: registered, preliminary, final, amended, corrected, cancelled, entered-in-error, unknown"},
		{"a status that is not a string", replace(t, obs, `"final"`, `7`), "Observation.status must be a code (a JSON string)"},
		{"a code that is not an object", replace(t, obs, `{"coding":[{"system":"http://loinc.org","code":"2339-0"}]}`, `"glucose"`), "Observation.code must be a JSON object (a CodeableConcept)"},
		{"a malformed id", replace(t, valid["Patient"], `"pat-1"`, `"pat 1"`), "Patient.id must be a string of 1 to 64 characters from A-Z a-z 0-9 - ."},
		{"an overlong id", replace(t, valid["Patient"], `"pat-1"`, `"`+strings.Repeat("a", 65)+`"`), "Patient.id must be a string of 1 to 64 characters from A-Z a-z 0-9 - ."},
		{"a duplicate element", replace(t, obs, `"status":"final"`, `"status":"final","status":"amended"`), "Observation.status appears more than once; send each element once"},
		{"a duplicate nested element", replace(t, obs, `"code":"2339-0"`, `"code":"2339-0","code":"x"`), "Observation.code.coding[0].code appears more than once; send each element once"},
		{"a null member", replace(t, obs, `"unit":"mmol/L"`, `"unit":null`), "Observation.valueQuantity.unit must not be null; leave the element out instead"},
		{"an empty string", replace(t, obs, `"mmol/L"`, `""`), "Observation.valueQuantity.unit must not be an empty string; leave the element out instead"},
		{"an empty object", replace(t, obs, `"valueQuantity":{"value":5.4,"unit":"mmol/L"}`, `"valueQuantity":{}`), "Observation.valueQuantity must not be an empty object; leave the element out instead"},
		{"an empty array", replace(t, obs, `"coding":[{"system":"http://loinc.org","code":"2339-0"}]`, `"coding":[]`), "Observation.code.coding must not be an empty array; leave the element out instead"},
		{"a member that is not an element name", replace(t, obs, `"status"`, `"Jane Doe":1,"status"`), "Observation has a member whose name is not a FHIR element name (letters, digits and _, starting with a letter)"},
		{"a missing Condition.subject", `{"resourceType":"Condition"}`, "Condition.subject is required"},
		{"a missing AllergyIntolerance.patient", `{"resourceType":"AllergyIntolerance"}`, "AllergyIntolerance.patient is required"},
		{"an allergy criticality outside the value set", replace(t, valid["AllergyIntolerance"], `"high"`, `"severe"`), "AllergyIntolerance.criticality must be one of: low, high, unable-to-assess"},
		{"a missing Immunization.occurrence[x]", replace(t, valid["Immunization"], `,"occurrenceDateTime":"2025-06-01T09:30:00+02:00"`, ``), "Immunization.occurrence[x] is required: send one of occurrenceDateTime, occurrenceString"},
		{"two Immunization.occurrence[x]", replace(t, valid["Immunization"], `"occurrenceDateTime"`, `"occurrenceString":"spring","occurrenceDateTime"`), "Immunization.occurrence[x] must be given once: send only one of occurrenceDateTime, occurrenceString"},
		{"an occurrence time without offset", replace(t, valid["Immunization"], `+02:00`, ``), "Immunization.occurrenceDateTime must be a FHIR dateTime such as 2025-06-01 or 2025-06-01T12:00:00Z (a time needs its offset)"},
		{"a missing Immunization.vaccineCode", replace(t, valid["Immunization"], `"vaccineCode":{"text":"MMR"},`, ``), "Immunization.vaccineCode is required"},
		{"a missing DiagnosticReport.code", `{"resourceType":"DiagnosticReport","status":"final"}`, "DiagnosticReport.code is required"},
		{"a missing MedicationRequest.intent", replace(t, valid["MedicationRequest"], `"intent":"order",`, ``), "MedicationRequest.intent is required"},
		{"a missing MedicationRequest.medication[x]", replace(t, valid["MedicationRequest"], `"medicationCodeableConcept":{"text":"Amoxicillin 500 mg"},`, ``), "MedicationRequest.medication[x] is required: send one of medicationCodeableConcept, medicationReference"},
		{"a MedicationRequest.subject that is a string", replace(t, valid["MedicationRequest"], `{"reference":"Patient/pat-1"}`, `"Patient/pat-1"`), "MedicationRequest.subject must be a JSON object (a Reference)"},
		{"a missing MedicationDispense.medication[x]", `{"resourceType":"MedicationDispense","status":"completed"}`, "MedicationDispense.medication[x] is required: send one of medicationCodeableConcept, medicationReference"},
		{"a missing Procedure.subject", `{"resourceType":"Procedure","status":"completed"}`, "Procedure.subject is required"},
		{"a missing Encounter.class", `{"resourceType":"Encounter","status":"finished"}`, "Encounter.class is required"},
		{"a DocumentReference.content that is an object", replace(t, valid["DocumentReference"], `[{"attachment":{"contentType":"application/pdf","url":"urn:uuid:1"}}]`, `{"attachment":{"url":"urn:uuid:1"}}`), "DocumentReference.content must be an array of at least one content element with an attachment"},
		{"a missing Bundle.type", `{"resourceType":"Bundle"}`, "Bundle.type is required"},
		{"an invalid resource in a Bundle", replace(t, valid["Bundle"], `"status":"final",`, ``), "Bundle.entry[0].resource.status is required"},
		{"a Bundle entry resource without resourceType", replace(t, valid["Bundle"], `"resourceType":"Practitioner",`, ``), "Bundle.entry[1].resource.resourceType is required"},
		{"a contained resource that is not an object", replace(t, obs, `"status"`, `"contained":["x"],"status"`), "Observation.contained[0] must be a resource (a JSON object with a resourceType)"},
		{"a missing Coverage.payor", `{"resourceType":"Coverage","status":"active","beneficiary":{"reference":"Patient/p"}}`, "Coverage.payor is required"},
		{"a Coverage.payor that is not a list of objects", replace(t, valid["Coverage"], `[{"reference":"Organization/ins"}]`, `["Organization/ins"]`), "Coverage.payor[0] must be a JSON object (a Reference)"},
		{"a Claim.created that is not a dateTime", replace(t, valid["Claim"], `"2025-06-01"`, `"01/06/2025"`), "Claim.created must be a FHIR dateTime such as 2025-06-01 or 2025-06-01T12:00:00Z (a time needs its offset)"},
		{"a missing Claim.insurance", replace(t, valid["Claim"], `,"insurance":[{"sequence":1,"focal":true,"coverage":{"reference":"Coverage/c1"}}]`, ``), "Claim.insurance is required"},
		{"a Claim.use outside the value set", replace(t, valid["Claim"], `"use":"claim"`, `"use":"bill"`), "Claim.use must be one of: claim, preauthorization, predetermination"},
		{"a Patient.gender outside the value set", replace(t, valid["Patient"], `"female"`, `"f"`), "Patient.gender must be one of: male, female, other, unknown"},
		{"a Patient.birthDate with a time", replace(t, valid["Patient"], `"1980-04-23"`, `"1980-04-23T00:00:00Z"`), "Patient.birthDate must be a FHIR date such as 1980-04-23"},
		{"nesting deeper than the limit", `{"resourceType":"Patient","x":` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `}`, "the resource is nested more than 64 levels deep"},
		{"a body over the size limit", `{"resourceType":"Patient","text":"` + strings.Repeat("a", MaxSize) + `"}`, "the resource is larger than 8388608 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			_, err := Validate([]byte(tt.doc))
			var fe *Error
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v (%T), want an *Error wrapping ErrInvalid", err, err)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %q\nwant %q", err.Error(), tt.want)
			}
		})
	}
}

func TestErrorsDoNotEchoContent(t *testing.T) {
	const secret = "HIV-positive-Jane-Doe"
	docs := []string{
		`{"resourceType":"Observation","status":"` + secret + `","code":{"text":"x"}}`,
		`{"resourceType":"` + secret + `"}`,
		`{"resourceType":"Patient","id":"` + secret + ` "}`,
		`{"resourceType":"Patient","` + secret + ` ":1}`,
		`{"resourceType":"Patient","text":"` + secret + `"` + "}x",
		`{"resourceType":"Patient","text":` + secret + `}`,
		`{"resourceType":"Immunization","status":"completed","vaccineCode":{"text":"x"},"patient":{"reference":"p"},"occurrenceDateTime":"` + secret + `"}`,
	}
	for _, doc := range docs {
		_, err := Validate([]byte(doc))
		if err == nil {
			t.Errorf("%s: accepted", doc)
			continue
		}
		if strings.Contains(err.Error(), "HIV") || strings.Contains(err.Error(), "Jane") {
			t.Errorf("error %q echoes the document", err)
		}
	}
}

// FuzzValidate checks that Validate never panics, refuses with *Error, and
// accepts only one well-formed JSON object of a supported type.
func FuzzValidate(f *testing.F) {
	for _, doc := range valid {
		f.Add([]byte(doc))
	}
	f.Add([]byte(`{"resourceType":"Observation","status":"final"}`))
	f.Add([]byte(`{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Bundle","type":"collection"}}]}`))
	f.Add([]byte(`{"resourceType":"Patient","name":[null,{"family":"x"}],"_birthDate":{"extension":[{"url":"u"}]}}`))
	f.Add([]byte(`{"resourceType":"Patient"}{}`))
	f.Add([]byte(`[[[[`))
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := Validate(body)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) || fe.Reason == "" {
				t.Fatalf("refusal %v (%T): want an *Error with a reason", err, err)
			}
			return
		}
		if !json.Valid(body) || !utf8.Valid(body) || len(body) > MaxSize {
			t.Fatalf("accepted %q, which is not one JSON document", body)
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatalf("accepted %q, which is not a JSON object: %v", body, err)
		}
		if m["resourceType"] != r.Type {
			t.Fatalf("accepted %q as %q", body, r.Type)
		}
		if _, ok := rules[r.Type]; !ok {
			t.Fatalf("accepted unsupported type %q", r.Type)
		}
		// Re-encoding the same members keeps it valid.
		again, _ := json.Marshal(m)
		if _, err := Validate(again); err != nil {
			t.Fatalf("accepted %q but refused its re-encoding %s: %v", body, again, err)
		}
	})
}

// TestSeedCorpus checks that the seed files are in go's corpus format and that
// the seeds named valid* are accepted.
func TestSeedCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzValidate", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("seed files: got %d (%v), want some", len(files), err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		header, value, ok := strings.Cut(strings.TrimSpace(string(data)), "\n")
		if !ok || header != "go test fuzz v1" {
			t.Errorf("%s: got header %q", file, header)
			continue
		}
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(value, "[]byte("), ")"))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		_, err = Validate([]byte(s))
		if strings.HasPrefix(filepath.Base(file), "valid") != (err == nil) {
			t.Errorf("%s: got error %v; seeds named valid* must be accepted, others refused", file, err)
		}
	}
}
