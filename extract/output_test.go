package extract_test

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/readout/readout/extract"
)

// full is a Result with every field set, so that every JSON field appears.
var full = extract.Result{
	ID:        "x",
	Published: "2025-04-08",
	Dateline:  &extract.Dateline{Place: "Islamabad", Country: "PK", Mention: extract.Mention{Text: "ISLAMABAD", Span: extract.Span{Start: 0, End: 9}}},
	People: []extract.Person{{Name: "A B", Country: "PK", CountrySource: extract.FromCorpus, CountryFrom: "d7", KnownID: "Q7",
		Offices:  []extract.Office{{Title: "Foreign Minister", Country: "PK"}},
		Mentions: []extract.Mention{{Text: "A B", Span: extract.Span{Start: 11, End: 14}}}}},
	Countries: []extract.Country{{Code: "PK", Name: "Pakistan", Mentions: []extract.Mention{{Text: "Pakistan", Span: extract.Span{Start: 20, End: 28}}}}},
	Organizations: []extract.Organization{{Name: "Federal Board of Revenue", Acronym: "FBR", Country: "PK",
		Mentions: []extract.Mention{{Text: "FBR", Span: extract.Span{Start: 30, End: 33}}}}},
	Topics: []extract.Topic{{Label: "trade", Score: 0.63, Evidence: []extract.Mention{{Text: "s", Span: extract.Span{Start: 40, End: 41}}}}},
	Events: []extract.Event{{Type: extract.Call, Participants: []string{"A B", "C D"}, Initiator: "C D",
		When: "Monday", Date: "2025-04-07", Rule: "r", Evidence: extract.Mention{Text: "s", Span: extract.Span{Start: 40, End: 41}}}},
}

// paths lists the field paths of a decoded JSON value: "people[].name".
func paths(v any, prefix string, out map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			out[p] = true
			paths(e, p, out)
		}
	case []any:
		for _, e := range v {
			paths(e, prefix+"[]", out)
		}
	}
}

func sorted(m map[string]bool) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// TestOutputDoc checks OUTPUT.md against the code: its example and its
// field table name exactly the fields a Result with every field set
// marshals to, no more and no fewer.
func TestOutputDoc(t *testing.T) {
	b, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	code := map[string]bool{}
	paths(v, "", code)

	doc, err := os.ReadFile("OUTPUT.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)

	// The example.
	_, rest, ok := strings.Cut(text, "```json\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("OUTPUT.md has no ```json example")
	}
	var ev any
	if err := json.Unmarshal([]byte(example), &ev); err != nil {
		t.Fatalf("OUTPUT.md example is not JSON: %v", err)
	}
	inExample := map[string]bool{}
	paths(ev, "", inExample)
	if diff := cmp.Diff(sorted(code), sorted(inExample)); diff != "" {
		t.Errorf("fields of the OUTPUT.md example (-code +doc):\n%s", diff)
	}

	// The table: one row per field path, the path in backquotes first.
	row := regexp.MustCompile("(?m)^\\| `([a-z_\\[\\].]+)` \\|")
	inTable := map[string]bool{}
	for _, m := range row.FindAllStringSubmatch(text, -1) {
		if inTable[m[1]] {
			t.Errorf("OUTPUT.md table lists %s twice", m[1])
		}
		inTable[m[1]] = true
	}
	if diff := cmp.Diff(sorted(code), sorted(inTable)); diff != "" {
		t.Errorf("fields of the OUTPUT.md table (-code +doc):\n%s", diff)
	}
}

// TestOutputNullAndEmpty checks the rules OUTPUT.md states: absent values are
// null, and empty lists are [] and never null.
func TestOutputNullAndEmpty(t *testing.T) {
	r := extract.Result{ID: "x",
		People:        []extract.Person{{Name: "A"}},
		Organizations: []extract.Organization{{Name: "O"}},
		Countries:     []extract.Country{{Code: "PK", Name: "Pakistan"}},
		Topics:        []extract.Topic{{Label: "t"}},
		Events:        []extract.Event{{Type: extract.Meeting}},
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var nulls, empties []string
	var walk func(v any, p string)
	walk = func(v any, p string) {
		switch v := v.(type) {
		case nil:
			nulls = append(nulls, p)
		case map[string]any:
			for k, e := range v {
				walk(e, strings.TrimPrefix(p+"."+k, "."))
			}
		case []any:
			if len(v) == 0 {
				empties = append(empties, p)
			}
			for _, e := range v {
				walk(e, p+"[]")
			}
		}
	}
	walk(v, "")
	slices.Sort(nulls)
	slices.Sort(empties)
	wantNulls := []string{"dateline", "events[].date", "events[].initiator", "events[].when",
		"organizations[].acronym", "organizations[].country", "people[].country", "people[].country_from",
		"people[].country_source", "people[].known_id", "published"}
	wantEmpties := []string{"countries[].mentions", "events[].participants", "organizations[].mentions",
		"people[].mentions", "people[].offices", "topics[].evidence"}
	if diff := cmp.Diff(wantNulls, nulls); diff != "" {
		t.Errorf("null fields (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantEmpties, empties); diff != "" {
		t.Errorf("[] fields (-want +got):\n%s", diff)
	}
}

// TestOutputRoundTrip checks that absent values survive JSON: a Go field
// that is "" (or a nil Dateline) encodes as null, and null decodes back to
// "" (or nil), so that json.Unmarshal of json.Marshal gives the Result back.
// Event.Rule is not in the JSON form and is left "" here.
func TestOutputRoundTrip(t *testing.T) {
	m := func(text string, start int) extract.Mention {
		return extract.Mention{Text: text, Span: extract.Span{Start: start, End: start + len(text)}}
	}
	noRule := full
	noRule.Events = []extract.Event{full.Events[0]}
	noRule.Events[0].Rule = ""
	tests := []struct {
		name string
		r    extract.Result
	}{
		{"every value present", noRule},
		{"nothing found", extract.Result{ID: "empty", People: []extract.Person{}, Countries: []extract.Country{},
			Organizations: []extract.Organization{}, Topics: []extract.Topic{}, Events: []extract.Event{}}},
		{"every value absent", extract.Result{ID: "absent",
			People: []extract.Person{{Name: "Lena Okafor", Offices: []extract.Office{{Title: "Envoy"}},
				Mentions: []extract.Mention{m("Lena Okafor", 5)}, Confidence: 0.6}},
			Countries: []extract.Country{},
			Organizations: []extract.Organization{{Name: "Harbour Council", Mentions: []extract.Mention{m("Harbour Council", 30)},
				Confidence: 0.5}},
			Topics: []extract.Topic{{Label: "trade", Score: 0.5, Evidence: []extract.Mention{}}},
			Events: []extract.Event{{Type: extract.Meeting, Participants: []string{"Lena Okafor", "Tomas Vidal"},
				Evidence: m("Lena Okafor met Tomas Vidal.", 5)}}}},
		{"a dateline without a country", extract.Result{ID: "dl", Published: "2031-02-03",
			Dateline: &extract.Dateline{Place: "Port Avalon", Mention: m("PORT AVALON", 0)},
			People:   []extract.Person{}, Countries: []extract.Country{}, Organizations: []extract.Organization{},
			Topics: []extract.Topic{}, Events: []extract.Event{{Type: extract.Letter, Participants: []string{"A", "B"},
				Initiator: "A", Date: "2031-02-01", Evidence: m("A wrote to B.", 20)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.r)
			if err != nil {
				t.Fatal(err)
			}
			var got extract.Result
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
			if diff := cmp.Diff(tt.r, got); diff != "" {
				t.Errorf("after a JSON round trip (-want +got):\n%s\nJSON: %s", diff, b)
			}
		})
	}
}
