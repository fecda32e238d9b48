package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
)

// describeMatch says what each predicted person was matched to: a gold name,
// "dup NAME" for a duplicate, "optional" or "extra".
func describeMatch(gold []GoldPerson, m peopleMatch, pred []extract.Person) []string {
	var out []string
	for i, p := range pred {
		var s string
		switch g := m.gold[i]; {
		case g == noPerson:
			s = "extra"
		case g == optionalPerson:
			s = "optional"
		case m.primary[i]:
			s = gold[g].Name
		default:
			s = "dup " + gold[g].Name
		}
		out = append(out, p.Name+" -> "+s)
	}
	return out
}

func people(names ...string) []extract.Person {
	out := make([]extract.Person, len(names))
	for i, n := range names {
		out[i] = extract.Person{Name: n}
	}
	return out
}

var (
	dar   = GoldPerson{Name: "Ishaq Dar", Variants: []string{"Mohammad Ishaq Dar"}, Country: "PK", Offices: []string{"Deputy Prime Minister", "Foreign Minister"}}
	waltz = GoldPerson{Name: "Michael Waltz", Country: "US", Offices: []string{"National Security Advisor"}}
	kur   = GoldPerson{Name: "Michael E Kurilla", Country: "US"}
	khan  = GoldPerson{Name: "Shafqat Ali Khan", Country: "PK", Offices: []string{"Foreign Office Spokesperson"}, OptionalOffices: []string{"Ambassador"}}
)

var (
	sefcovic   = GoldPerson{Name: "Maroš Šefčovič"}
	jaishankar = GoldPerson{Name: "S Jaishankar", Variants: []string{"Subrahmanyam Jaishankar"}}
)

func TestMatchPeople(t *testing.T) {
	tests := []struct {
		name     string
		gold     []GoldPerson
		optional []string
		pred     []string
		want     []string
	}{
		{"exact name", []GoldPerson{dar}, nil, []string{"Ishaq Dar"}, []string{"Ishaq Dar -> Ishaq Dar"}},
		{"case is ignored", []GoldPerson{dar}, nil, []string{"ishaq DAR"}, []string{"ishaq DAR -> Ishaq Dar"}},
		{"listed variant", []GoldPerson{dar}, nil, []string{"Mohammad Ishaq Dar"}, []string{"Mohammad Ishaq Dar -> Ishaq Dar"}},
		{"full stops are ignored", []GoldPerson{kur}, nil, []string{"Michael E. Kurilla"}, []string{"Michael E. Kurilla -> Michael E Kurilla"}},
		{"full stops and white space", []GoldPerson{jaishankar}, nil, []string{"S.  Jaishankar"}, []string{"S.  Jaishankar -> S Jaishankar"}},
		{"diacritics are ignored", []GoldPerson{sefcovic}, nil, []string{"Maros Sefcovic"}, []string{"Maros Sefcovic -> Maroš Šefčovič"}},
		{"fuller name, not a listed variant, is not the person", []GoldPerson{waltz}, nil, []string{"Michael J Waltz"}, []string{"Michael J Waltz -> extra"}},
		{"shorter name is not the person", []GoldPerson{kur}, nil, []string{"Michael Kurilla"}, []string{"Michael Kurilla -> extra"}},
		{"bare surname is not the person", []GoldPerson{dar}, nil, []string{"Dar"}, []string{"Dar -> extra"}},
		{"title glued to the name is not the person", []GoldPerson{dar}, nil, []string{"Mr Dar"}, []string{"Mr Dar -> extra"}},
		{"office word glued to the name is not the person", []GoldPerson{waltz}, nil, []string{"Treasury Michael Waltz"}, []string{"Treasury Michael Waltz -> extra"}},
		{"the same person twice: the second is a duplicate",
			[]GoldPerson{dar}, nil, []string{"Ishaq Dar", "Mohammad Ishaq Dar"}, []string{"Ishaq Dar -> Ishaq Dar", "Mohammad Ishaq Dar -> dup Ishaq Dar"}},
		{"optional person is ignored, by its exact name only", []GoldPerson{dar}, []string{"Brad Cooper"}, []string{"Brad Cooper", "Cooper"},
			[]string{"Brad Cooper -> optional", "Cooper -> extra"}},
		{"required person beats optional", []GoldPerson{waltz}, []string{"Michael Waltz"}, []string{"Michael Waltz"}, []string{"Michael Waltz -> Michael Waltz"}},
		{"two gold people", []GoldPerson{dar, khan}, nil, []string{"Shafqat Ali Khan", "Ishaq Dar"},
			[]string{"Shafqat Ali Khan -> Shafqat Ali Khan", "Ishaq Dar -> Ishaq Dar"}},
		{"no predictions", []GoldPerson{dar}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pred := people(tt.pred...)
			got := describeMatch(tt.gold, matchPeople(tt.gold, tt.optional, pred), pred)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("matchPeople (-want +got):\n%s", diff)
			}
		})
	}
}

// summary gives each metric as "tp/fp/fn", "correct/total" or the count.
func summary(r *Report) map[string]string {
	out := map[string]string{}
	for _, m := range r.Metrics {
		switch m.Kind {
		case KindPRF:
			out[m.Name] = fmt.Sprintf("%d/%d/%d", m.TP, m.FP, m.FN)
			if m.Duplicates > 0 {
				out[m.Name] += fmt.Sprintf(" dup %d", m.Duplicates)
			}
		case KindAccuracy:
			out[m.Name] = fmt.Sprintf("%d/%d", m.Correct, m.Total)
		default:
			out[m.Name] = fmt.Sprint(m.Count)
		}
	}
	return out
}

const text = "ISLAMABAD: Ishaq Dar spoke to Michael Waltz."

// baseGold and baseResult agree perfectly; each case changes a copy.
func baseGold() Gold {
	return Gold{Doc: "d", Dateline: "Islamabad", People: []GoldPerson{dar, waltz},
		Countries: []string{"PK", "US"}, Topics: []string{"counterterrorism", "trade"},
		Events: []GoldEvent{{Type: "call", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Initiator: "Michael Waltz"}}}
}

func baseResult() *extract.Result {
	return &extract.Result{ID: "d",
		Dateline: &extract.Dateline{Place: "Islamabad", Country: "PK", Mention: extract.Mention{Text: "ISLAMABAD", Span: extract.Span{Start: 0, End: 9}}},
		People: []extract.Person{
			{Name: "Ishaq Dar", Country: "PK", Offices: []extract.Office{{Title: "Deputy Prime Minister"}, {Title: "Foreign Minister"}},
				Mentions: []extract.Mention{{Text: "Ishaq Dar", Span: extract.Span{Start: 11, End: 20}}}},
			{Name: "Michael Waltz", Country: "US", Offices: []extract.Office{{Title: "National Security Advisor"}},
				Mentions: []extract.Mention{{Text: "Michael Waltz", Span: extract.Span{Start: 30, End: 43}}}},
		},
		Countries: []extract.Country{{Code: "PK"}, {Code: "US"}},
		Topics:    []extract.Topic{{Label: "counterterrorism"}, {Label: "trade"}},
		Events: []extract.Event{{Type: "call", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Initiator: "Michael Waltz",
			Evidence: extract.Mention{Text: text, Span: extract.Span{Start: 0, End: len(text)}}}},
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name   string
		gold   func(*Gold)
		result func(*extract.Result) *extract.Result
		want   map[string]string // only these metrics are compared
		issues []string          // "metric kind item"; nil: not compared
	}{
		{"perfect", nil, nil,
			map[string]string{"people": "2/0/0", "offices": "3/0/0", "person_country": "2/2", "countries": "2/0/0",
				"topics": "2/0/0", "topic:trade": "1/0/0", "calls": "1/0/0", "events": "1/0/0", "call_initiator": "1/1",
				"dateline": "1/1", "published": "1/1", "span_mismatches": "0"},
			[]string{}},
		{"failed extraction scores as empty", nil,
			func(*extract.Result) *extract.Result { return nil },
			map[string]string{"people": "0/0/2", "offices": "0/0/3", "person_country": "0/0", "countries": "0/0/2",
				"topics": "0/0/2", "calls": "0/0/1", "events": "0/0/1", "call_initiator": "0/0", "dateline": "0/1"}, nil},
		{"variant name maps event participants to gold names", nil,
			func(r *extract.Result) *extract.Result {
				r.People[0].Name = "Mohammad Ishaq Dar"
				r.Events[0].Participants = []string{"Michael Waltz", "Mohammad Ishaq Dar"}
				return r
			},
			map[string]string{"people": "2/0/0", "events": "1/0/0", "calls": "1/0/0", "call_initiator": "1/1"}, []string{}},
		{"a person listed twice: the second entry is an error, its offices count for the person", nil,
			func(r *extract.Result) *extract.Result {
				r.People[0].Offices = r.People[0].Offices[:1]
				r.People = append(r.People, extract.Person{Name: "Mohammad Ishaq Dar", Country: "IN", Offices: []extract.Office{{Title: "Foreign Minister"}}})
				return r
			},
			map[string]string{"people": "2/1/0 dup 1", "offices": "3/0/0", "person_country": "2/2"},
			[]string{"people duplicate Mohammad Ishaq Dar (a second entry for Ishaq Dar)"}},
		{"a bare surname listed apart is an extra, with its offices", nil,
			func(r *extract.Result) *extract.Result {
				r.People = append(r.People, extract.Person{Name: "Dar", Offices: []extract.Office{{Title: "Foreign Minister"}}})
				return r
			},
			map[string]string{"people": "2/1/0", "offices": "3/1/0"},
			[]string{"people extra Dar", "offices extra Dar: Foreign Minister"}},
		{"extra and missed people and offices",
			nil,
			func(r *extract.Result) *extract.Result {
				r.People[1] = extract.Person{Name: "Michael Kugelman", Offices: []extract.Office{{Title: "Analyst"}, {Title: "analyst"}}}
				r.People[0].Offices = append(r.People[0].Offices, extract.Office{Title: "Senator"})
				r.Events = nil
				return r
			},
			map[string]string{"people": "1/1/1", "offices": "2/2/1", "person_country": "1/1"},
			[]string{"people extra Michael Kugelman", "people miss Michael Waltz", "offices extra Michael Kugelman: Analyst",
				"offices extra Ishaq Dar: Senator", "offices miss Michael Waltz: National Security Advisor",
				"events miss call Ishaq Dar + Michael Waltz, initiator Michael Waltz"}},
		{"optional office: neither required nor penalised",
			func(g *Gold) { g.People[1].OptionalOffices = []string{"Ambassador", "Senator"} },
			func(r *extract.Result) *extract.Result {
				r.People[1].Offices = append(r.People[1].Offices, extract.Office{Title: "ambassador"})
				return r
			},
			map[string]string{"offices": "3/0/0"}, []string{}},
		{"office titles compare without case", nil,
			func(r *extract.Result) *extract.Result {
				r.People[1].Offices[0].Title = "national security advisor"
				return r
			},
			map[string]string{"offices": "3/0/0"}, []string{}},
		{"person country wrong and missing",
			nil,
			func(r *extract.Result) *extract.Result {
				r.People[0].Country = "IN"
				r.People[1].Country = ""
				return r
			},
			map[string]string{"person_country": "0/2", "person_country_precision": "0/1"},
			[]string{"person_country wrong Ishaq Dar: got IN, want PK", "person_country miss Michael Waltz: got null, want US"}},
		{"person country given where the gold has none: wrong; none where none: right",
			func(g *Gold) { g.People[0].Country, g.People[1].Country = "", "" },
			func(r *extract.Result) *extract.Result {
				r.People[0].Country, r.People[1].Country = "", "US"
				return r
			},
			map[string]string{"person_country": "1/2", "person_country_precision": "0/1"},
			[]string{"person_country wrong Michael Waltz: got US, want null"}},
		{"optional people and countries and topics: neither required nor penalised",
			func(g *Gold) {
				g.OptionalPeople = []string{"Brad Cooper", "Dan Caine"}
				g.OptionalCountries = []string{"PS", "IL"}
				g.OptionalTopics = []string{"minerals", "afghanistan_equipment"}
			},
			func(r *extract.Result) *extract.Result {
				r.People = append(r.People, extract.Person{Name: "Brad Cooper", Offices: []extract.Office{{Title: "Admiral"}}})
				r.Countries = append(r.Countries, extract.Country{Code: "PS"})
				r.Topics = append(r.Topics, extract.Topic{Label: "minerals"})
				return r
			},
			map[string]string{"people": "2/0/0", "offices": "3/0/0", "countries": "2/0/0", "topics": "2/0/0",
				"topic:minerals": "0/0/0", "topic:afghanistan_equipment": "0/0/0"}, []string{}},
		{"countries and topics: extra and miss, per label", nil,
			func(r *extract.Result) *extract.Result {
				r.Countries = []extract.Country{{Code: "us"}, {Code: "IN"}, {Code: "US"}}
				r.Topics = []extract.Topic{{Label: "trade"}, {Label: "minerals"}}
				return r
			},
			map[string]string{"countries": "1/1/1", "topics": "1/1/1", "topic:trade": "1/0/0", "topic:minerals": "0/1/0",
				"topic:counterterrorism": "0/0/1"},
			[]string{"countries extra IN", "countries miss PK", "topics extra minerals", "topics miss counterterrorism"}},
		{"event with another participant set: an extra and a miss", nil,
			func(r *extract.Result) *extract.Result {
				r.People = append(r.People, extract.Person{Name: "Imran Khan"})
				r.Events[0].Participants = []string{"Imran Khan", "Ishaq Dar", "Michael Waltz"}
				return r
			},
			map[string]string{"events": "0/1/1", "calls": "0/1/1", "call_initiator": "0/0"},
			[]string{"people extra Imran Khan", "events wrong got call Imran Khan + Ishaq Dar + Michael Waltz, initiator Michael Waltz; want call Ishaq Dar + Michael Waltz, initiator Michael Waltz"}},
		{"events of one type with no party in common: an extra and a miss, not wrong participants", nil,
			func(r *extract.Result) *extract.Result {
				r.People = append(r.People, extract.Person{Name: "Imran Khan"}, extract.Person{Name: "Asim Munir"})
				r.Events[0].Participants, r.Events[0].Initiator = []string{"Asim Munir", "Imran Khan"}, ""
				return r
			},
			map[string]string{"events": "0/1/1", "calls": "0/1/1"},
			[]string{"people extra Imran Khan", "people extra Asim Munir", "events extra call Asim Munir + Imran Khan, initiator null",
				"events miss call Ishaq Dar + Michael Waltz, initiator Michael Waltz"}},
		{"meeting where the gold has a call: events and calls both miss", nil,
			func(r *extract.Result) *extract.Result {
				r.Events[0].Type = "meeting"
				r.Events[0].Initiator = ""
				return r
			},
			map[string]string{"events": "0/1/1", "calls": "0/0/1"},
			[]string{"events extra meeting Ishaq Dar + Michael Waltz, initiator null",
				"events miss call Ishaq Dar + Michael Waltz, initiator Michael Waltz"}},
		{"call reported twice: the second is an extra", nil,
			func(r *extract.Result) *extract.Result { r.Events = append(r.Events, r.Events[0]); return r },
			map[string]string{"events": "1/1/0", "calls": "1/1/0", "call_initiator": "1/1"}, nil},
		{"call initiator wrong", nil,
			func(r *extract.Result) *extract.Result { r.Events[0].Initiator = "Ishaq Dar"; return r },
			map[string]string{"events": "1/0/0", "call_initiator": "0/1"},
			[]string{"call_initiator wrong call Ishaq Dar + Michael Waltz, initiator Michael Waltz: got initiator Ishaq Dar"}},
		{"call initiator given by surname is not the gold person", nil,
			func(r *extract.Result) *extract.Result { r.Events[0].Initiator = "Waltz"; return r },
			map[string]string{"call_initiator": "0/1"},
			[]string{"call_initiator wrong call Ishaq Dar + Michael Waltz, initiator Michael Waltz: got initiator Waltz"}},
		{"participant with a title glued on: the event does not match", nil,
			func(r *extract.Result) *extract.Result {
				r.Events[0].Participants = []string{"Ishaq Dar", "Rep. Michael Waltz"}
				return r
			},
			map[string]string{"events": "0/1/1", "calls": "0/1/1"}, nil},
		{"event dates: right, wrong, missed and where the gold has none",
			func(g *Gold) {
				d1, d2, none := "2025-04-07", "2025-04-08", ""
				g.Events = []GoldEvent{
					{Type: "call", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Date: &d1},
					{Type: "meeting", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Date: &d2},
					{Type: "letter", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Date: &d2},
					{Type: "call", Participants: []string{"Ishaq Dar"}, Date: &none},
					{Type: "meeting", Participants: []string{"Ishaq Dar"}}, // date not labelled
				}
			},
			func(r *extract.Result) *extract.Result {
				e := r.Events[0]
				e.Initiator = ""
				r.Events = nil
				for _, x := range []struct {
					typ, date string
					parts     []string
				}{
					{"call", "2025-04-07", e.Participants},
					{"meeting", "2025-04-09", e.Participants},
					{"letter", "", e.Participants},
					{"call", "2025-04-01", []string{"Ishaq Dar"}},
					{"meeting", "2025-04-02", []string{"Ishaq Dar"}},
				} {
					e.Type, e.Date, e.Participants = x.typ, x.date, x.parts
					r.Events = append(r.Events, e)
				}
				return r
			},
			map[string]string{"events": "5/0/0", "event_dates": "1/2/2"},
			[]string{"event_dates wrong meeting Ishaq Dar + Michael Waltz, initiator null: got date 2025-04-09, want 2025-04-08",
				"event_dates miss letter Ishaq Dar + Michael Waltz, initiator null: got date null, want 2025-04-08",
				"event_dates extra call Ishaq Dar, initiator null: got date 2025-04-01, want null"}},
		{"gold call without initiator is not scored for initiator",
			func(g *Gold) { g.Events[0].Initiator = "" }, nil,
			map[string]string{"events": "1/0/0", "call_initiator": "0/0"}, []string{}},
		{"two letters each way, found in the other order: both match by initiator",
			func(g *Gold) {
				g.Events = []GoldEvent{
					{Type: "letter", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Initiator: "Michael Waltz"},
					{Type: "letter", Participants: []string{"Ishaq Dar", "Michael Waltz"}, Initiator: "Ishaq Dar"}}
			},
			func(r *extract.Result) *extract.Result {
				e := r.Events[0]
				e.Type = "letter"
				a, b := e, e
				a.Initiator, b.Initiator = "Ishaq Dar", "Michael Waltz"
				r.Events = []extract.Event{a, b}
				return r
			},
			map[string]string{"events": "2/0/0", "calls": "0/0/0", "call_initiator": "0/0"}, []string{}},
		{"dateline compares the place without case; published exactly",
			func(g *Gold) { g.Published = "2025-04-08" },
			func(r *extract.Result) *extract.Result {
				r.Dateline.Place = "ISLAMABAD"
				r.Published = "2025-04-08"
				return r
			},
			map[string]string{"dateline": "1/1", "published": "1/1"}, []string{}},
		{"no dateline in gold or result is right", func(g *Gold) { g.Dateline = "" },
			func(r *extract.Result) *extract.Result { r.Dateline = nil; return r },
			map[string]string{"dateline": "1/1", "span_mismatches": "0"}, []string{}},
		{"dateline and published wrong", func(g *Gold) { g.Published = "2025-04-08" },
			func(r *extract.Result) *extract.Result { r.Dateline = nil; r.Published = "2025-04-09"; return r },
			map[string]string{"dateline": "0/1", "published": "0/1"},
			[]string{"dateline miss got null, want Islamabad", "published wrong got 2025-04-09, want 2025-04-08"}},
		{"spans that do not match the text are counted", nil,
			func(r *extract.Result) *extract.Result {
				r.People[0].Mentions[0].Start++
				r.Dateline.Mention.End = 1000
				r.Events[0].Evidence.Text = "Ishaq"
				return r
			},
			map[string]string{"span_mismatches": "3"},
			[]string{"span_mismatches mismatch dateline [0:1000] text \"ISLAMABAD\", input has out of range",
				"span_mismatches mismatch people[0].mentions[0] [12:20] text \"Ishaq Dar\", input has \"shaq Dar\"",
				"span_mismatches mismatch events[0].evidence [0:44] text \"Ishaq\", input has \"ISLAMABAD: Ishaq Dar spoke to Michael Waltz.\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := baseGold()
			g.People = append([]GoldPerson(nil), g.People...)
			if tt.gold != nil {
				tt.gold(&g)
			}
			r := baseResult()
			if tt.result != nil {
				r = tt.result(r)
			}
			checkReport(t, Score([]Doc{{Gold: g, Text: text, Result: r}}, Options{}), tt.want, tt.issues)
		})
	}
}

// checkReport compares the metrics of rep named in want ("tp/fp/fn",
// "correct/total" or the count) and, unless issues is nil, its issues
// ("metric kind item", all of document "d").
func checkReport(t *testing.T, rep *Report, want map[string]string, issues []string) {
	t.Helper()
	all := summary(rep)
	got := map[string]string{}
	for k := range want {
		got[k] = all[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metrics (-want +got):\n%s", diff)
	}
	if issues == nil {
		return
	}
	gotIssues := []string{}
	for _, is := range rep.Issues {
		if is.Doc != "d" {
			t.Errorf("issue %+v: doc %q, want d", is, is.Doc)
		}
		gotIssues = append(gotIssues, is.Metric+" "+is.Kind+" "+is.Item)
	}
	if diff := cmp.Diff(issues, gotIssues); diff != "" {
		t.Errorf("issues (-want +got):\n%s", diff)
	}
}

func TestCountsFigures(t *testing.T) {
	tests := []struct {
		name string
		c    Counts
		want [3]float64
	}{
		{"perfect", Counts{TP: 4}, [3]float64{1, 1, 1}},
		{"nothing either side", Counts{}, [3]float64{1, 1, 1}},
		{"found nothing", Counts{FN: 2}, [3]float64{1, 0, 0}},
		{"all wrong", Counts{FP: 2, FN: 2}, [3]float64{0, 0, 0}},
		{"half", Counts{TP: 1, FP: 1, FN: 1}, [3]float64{0.5, 0.5, 0.5}},
	}
	for _, tt := range tests {
		got := [3]float64{tt.c.Precision(), tt.c.Recall(), tt.c.F1()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: P, R, F1 (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestParseMin(t *testing.T) {
	tests := []struct {
		in      string
		want    map[string]float64
		wantErr string
	}{
		{"", map[string]float64{}, ""},
		{"people=0.95, offices=0.9,topics=1,topic:trade=1,call_initiator=1", map[string]float64{
			"people": 0.95, "offices": 0.9, "topics": 1, "topic:trade": 1, "call_initiator": 1}, ""},
		{"people", nil, "not NAME=VALUE"},
		{"people=high", nil, "not a number"},
		{"people=1.5", nil, "not a number in [0, 1]"},
		{"peple=0.9", nil, "unknown metric \"peple\""},
		{"topic:=0.9", nil, "unknown metric"},
	}
	for _, tt := range tests {
		got, err := ParseMin(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseMin(%q) error %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseMin(%q): %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseMin(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestCheck(t *testing.T) {
	r := baseResult()
	r.Topics = r.Topics[:1]                   // topics F1 2/3, topic:trade F1 0
	r.Events[0].Initiator = "Ishaq Dar"       // call_initiator 0
	r.People[0].Mentions[0].Text = "Ishaq D." // one span mismatch
	rep := Score([]Doc{{Gold: baseGold(), Text: text, Result: r}}, Options{})
	tests := []struct {
		name  string
		minF1 float64
		mins  map[string]float64
		want  []string
	}{
		{"no thresholds: spans still fail", 0, nil, []string{"1 span(s) do not match the text"}},
		{"min-f1", 0.9, nil, []string{"topics F1 0.667 < 0.9 (-min-f1)", "1 span(s) do not match the text"}},
		{"min-f1 met", 0.6, nil, []string{"1 span(s) do not match the text"}},
		{"per metric", 0, map[string]float64{"people": 1, "topic:trade": 0.5, "call_initiator": 1, "topic:nope": 0.1, "dateline": 1},
			[]string{"call_initiator accuracy 0.000 < 1 (-min)", "topic:nope: no such metric in this report (-min)",
				"topic:trade F1 0.000 < 0.5 (-min)", "1 span(s) do not match the text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Check(rep, tt.minF1, tt.mins)); diff != "" {
				t.Errorf("Check (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-h"}, &out, &errb); code != 0 {
		t.Fatalf("-h: exit %d", code)
	}
	for _, f := range []string{"-gold", "-texts", "-v", "-json", "-min-f1", "-min", "-floors", "-set", "-html", "-speed", "-speed-time", "-ablate", "-passes"} {
		if !regexp.MustCompile(`(?m)^  ` + f + `(\s|$)`).MatchString(errb.String()) {
			t.Errorf("-h does not explain %s:\n%s", f, errb.String())
		}
	}
	for _, args := range [][]string{
		{"-min", "peple=1"},
		{"-min-f1", "2"},
		{"-speed", "-min-f1", "0.9"},
		{"-floors", "floors.txt"},
		{"-floors", "floors.txt", "-set", "nope"},
		{"-set", "dev"},
		{"-passes", "entities:countries"},
		{"-ablate", "-v"},
		{"-ablate", "-floors", "floors.txt", "-set", "seeds"},
		{"extra-arg"},
		{"-gold", t.TempDir()},
	} {
		out.Reset()
		errb.Reset()
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2 (stderr %q)", args, code, errb.String())
		}
	}
}

// TestSeeds runs the benchmark on the seeds: it must score every document
// and find no span that differs from the text, whatever the figures.
func TestSeeds(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-json", "-v"}, &out, &errb)
	if code == 2 {
		t.Fatalf("exit 2: %s", errb.String())
	}
	var rep struct {
		Docs    int
		Metrics []map[string]any
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out.String())
	}
	if rep.Docs != 5 {
		t.Errorf("docs %d, want 5", rep.Docs)
	}
	for _, m := range rep.Metrics {
		if m["name"] == MSpans && m["count"] != 0.0 {
			t.Errorf("%v span mismatches on the seeds: %s", m["count"], out.String())
		}
	}
	t.Logf("exit %d\n%s", code, errb.String())
}

// TestWrongCountries counts a person given another country than the gold's,
// or one where the gold has null, and not a null where the gold has one.
func TestWrongCountries(t *testing.T) {
	g := baseGold()
	g.People = append([]GoldPerson(nil), g.People...)
	g.People[1].Country = ""
	r := baseResult()
	r.People[0].Country = "IN" // gold PK: wrong
	r.People[1].Country = "US" // gold null: wrong
	if got := Score([]Doc{{Gold: g, Text: text, Result: r}}, Options{}).WrongCountries; got != 2 {
		t.Errorf("WrongCountries = %d, want 2", got)
	}
	r = baseResult()
	r.People[0].Country = "" // gold PK: a miss, not a wrong country
	if got := Score([]Doc{{Gold: baseGold(), Text: text, Result: r}}, Options{}).WrongCountries; got != 0 {
		t.Errorf("WrongCountries = %d, want 0", got)
	}
}

// TestMemoryFlag runs -memory on the seeds: the JSON has the three rows.
func TestMemoryFlag(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-json", "-memory"}, &out, &errb)
	if code == 2 {
		t.Fatalf("exit 2: %s", errb.String())
	}
	var rep struct {
		Docs   int
		Memory []memoryRow
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out.String())
	}
	var modes []string
	for _, r := range rep.Memory {
		modes = append(modes, r.Mode)
		if r.Total == 0 || r.Correct > r.Total {
			t.Errorf("row %+v", r)
		}
	}
	if diff := cmp.Diff([]string{"without memory", "online", "two passes"}, modes); diff != "" {
		t.Errorf("modes (-want +got):\n%s", diff)
	}
	out.Reset()
	if code := run([]string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-memory"}, &out, &errb); code == 2 {
		t.Fatalf("exit 2: %s", errb.String())
	}
	if !strings.Contains(out.String(), "Memory of people's countries (-memory)") {
		t.Errorf("no memory table in:\n%s", out.String())
	}
}
