package topic

import (
	"context"
	"errors"
	"github.com/readout/readout/extract/gold"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/readout/readout/pipeline"
)

func parse(t testing.TB, text string) *pipeline.Doc {
	t.Helper()
	d, err := pipeline.Parse(context.Background(), text)
	if err != nil {
		t.Fatalf("pipeline.Parse: %v", err)
	}
	return d
}

func labelsOf(ms []Match) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Label)
	}
	slices.Sort(out)
	return out
}

// TestDefaultClassify checks each built-in label on invented sentences, and
// every edge that keywords alone get wrong.
func TestDefaultClassify(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// counterterrorism
		{"ct phrase with hyphen", "Kenya and Norway agreed to widen counter-terrorism cooperation in the Horn of Africa.", []string{"counterterrorism"}},
		{"ct upper case", "Indonesia's COUNTER-TERRORISM unit briefed the Dutch envoy.", []string{"counterterrorism"}},
		{"ct title case", "The Counter-Terrorism Department of Jordan hosted Belgian officers.", []string{"counterterrorism"}},
		{"ct one word", "Morocco and Spain pledged closer counterterrorism ties.", []string{"counterterrorism"}},
		{"ct unicode hyphen", "Ghana joined the counter\u2011terrorism pact.", []string{"counterterrorism"}},
		{"ct em dash is no hyphen", "Talks went on—terrorism aside—for hours in Accra.", []string{"counterterrorism"}},
		{"ct anti-terror", "Egypt praised Algeria's anti-terror campaign.", []string{"counterterrorism"}},
		{"ct anti-terrorism", "Senegal passed an anti-terrorism law on Monday.", []string{"counterterrorism"}},
		{"ct terrorists", "Police in Manila arrested three terrorists.", []string{"counterterrorism"}},
		{"ct war on terror", "Uzbekistan recalled its role in the war on terror.", []string{"counterterrorism"}},
		{"phrase", "Peru and Chile spoke of a gold mine.", []string{"minerals"}},
		{"phrase broken by a word", "Peru and Chile spoke of a gold and silver mine.", []string{}},
		{"phrase broken by a comma", "Peru and Chile spoke of gold, mine.", []string{}},
		{"hyphen-joined phrase", "Peru and Chile spoke of a gold-mine.", []string{"minerals"}},
		{"ct attack never called terror", "A deadly attack on a market in Lagos killed six people.", []string{}},
		{"ct militants once", "Militants ambushed a convoy in northern Mali.", []string{}},
		{"ct reign of terror", "The exhibition in Paris recalls the reign of terror.", []string{}},

		// trade
		{"trade word", "Chile and Vietnam want to double bilateral trade by 2030.", []string{"trade"}},
		{"trade free-trade", "Peru signed a free-trade agreement with Thailand.", []string{"trade"}},
		{"trade tariffs", "Brazil will cut tariffs on Argentine wheat.", []string{"trade"}},
		{"trade market access", "Kenya sought better market access for its flowers in Japan.", []string{"trade"}},
		{"trade exports", "Ghana's cocoa exports to Belgium rose sharply.", []string{"trade"}},
		{"trade imports", "Nepal imports most of its fuel from India.", []string{"trade"}},
		{"trade investment only", "Saudi Arabia pledged $5 billion of investment in Egyptian ports.", []string{}},
		{"trade investment and importance", "The importance of new investment in Egypt was stressed by both sides.", []string{}},
		{"trade traded accusations", "The rivals traded accusations over the border clash.", []string{}},
		{"trade union", "The trade union in Lisbon called a strike.", []string{}},
		{"trade-off", "Officials in Oslo weighed the trade-off between speed and cost.", []string{}},
		{"trade drug trade", "The cartel controlled the drug trade in the region.", []string{}},

		// minerals
		{"minerals critical", "Australia and India signed a deal on critical minerals.", []string{"minerals"}},
		{"minerals rare-earth", "Malaysia opened a rare-earth processing plant with Japanese help.", []string{"minerals"}},
		{"minerals rare earths caps", "CANADA AND GERMANY DISCUSSED RARE EARTHS.", []string{"minerals"}},
		{"minerals dash is no hyphen", "Good deals were rare—earth movers sold out in Hanoi.", []string{}},
		{"minerals mining", "Zambia invited Korean firms into copper mining.", []string{"minerals"}},
		{"minerals mineral water", "The hotel in Baku served mineral water to the delegates.", []string{}},
		{"minerals mineral water beside minerals", "Delegates sipped mineral water and discussed Mongolia's mineral wealth.", []string{"minerals"}},
		{"minerals data mining", "The agency in Seoul uses data mining to find fraud.", []string{}},
		{"minerals vitamins", "The clinic in Dhaka hands out vitamins and minerals.", []string{}},

		// afghanistan_equipment
		{"ae left behind", "Washington wants back the weapons it left behind in Afghanistan.", []string{"afghanistan_equipment"}},
		{"ae abandoned arms", "The Taliban are using US-made arms abandoned after the 2021 withdrawal.", []string{"afghanistan_equipment"}},
		{"ae context elsewhere", "Afghanistan was on the agenda. Both envoys raised the military hardware left behind after the withdrawal.", []string{"afghanistan_equipment"}},
		{"ae left-behind hyphen", "Qatar asked about left-behind American equipment in Afghanistan.", []string{"afghanistan_equipment"}},
		{"ae Taliban only", "The Taliban government in Kabul met a Chinese delegation.", []string{}},
		{"ae seized American hardware", "The Taliban seized billions of dollars of American military hardware after the 2021 withdrawal.", []string{"afghanistan_equipment"}},
		{"ae seized power is no equipment", "The Taliban seized power in Kabul after the US withdrawal.", []string{}},
		{"mi copper and gold mine", "Chile will invest in Peru's copper and gold mine.", []string{"minerals"}},
		{"mi copper price alone", "The copper price rose in Lima.", []string{}},
		{"ae Afghanistan only", "Uzbekistan and Afghanistan discussed a railway after the US withdrawal.", []string{}},
		{"ae Taliban weapons, nothing left behind", "Taliban fighters carried weapons through Kabul.", []string{}},
		{"ae equipment elsewhere", "Pakistan bought new military equipment from Turkey.", []string{}},
		{"ae left behind in Mali", "French troops left behind equipment after the withdrawal from Mali.", []string{}},

		// boilerplate
		{"related line only", "Read More: Critical minerals deal signed in Kazakhstan\n\nThe ministers of Chad and Niger discussed healthcare.", []string{}},
		{"related line and body", "Read More: Tariffs hit Asian markets\n\nThe ministers of Chad and Niger discussed healthcare and terrorism.", []string{"counterterrorism"}},
		{"byline only", "By: Counter Terrorism Desk\n\nThe ministers discussed healthcare.", []string{}},

		// several
		{"several", "Oman and Italy discussed trade and counter-terrorism. They also spoke of rare earth elements.", []string{"counterterrorism", "minerals", "trade"}},
		{"empty", "", []string{}},
	}
	tax := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := labelsOf(tax.Classify(parse(t, tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("labels of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestClassifyMatch(t *testing.T) {
	text := "Kenya and Norway widened counter-terrorism cooperation. They also drank mineral water.\n" +
		"Read More: Kenya signs minerals deal\n" +
		"Talks on trade and tariffs followed. Trade was the focus."
	d := parse(t, text)
	s1 := pipeline.Span{Start: 0, End: strings.Index(text, " They")}
	s3 := pipeline.Span{Start: strings.Index(text, "Talks"), End: strings.Index(text, " Trade was")}
	s4 := pipeline.Span{Start: strings.Index(text, "Trade was"), End: len(text)}
	want := []Match{
		{Label: "counterterrorism", Score: 0.63, Evidence: []pipeline.Span{s1}},
		// "trade" and "tariffs" in one sentence weigh 1 together, not 2.
		{Label: "trade", Score: 0.86, Evidence: []pipeline.Span{s3, s4}},
	}
	if diff := cmp.Diff(want, Default().Classify(d)); diff != "" {
		t.Errorf("Classify (-want +got):\n%s", diff)
	}
}

func TestDefaultLabels(t *testing.T) {
	want := []string{"counterterrorism", "trade", "minerals", "afghanistan_equipment"}
	if diff := cmp.Diff(want, Default().Labels()); diff != "" {
		t.Errorf("Labels (-want +got):\n%s", diff)
	}
	Default() // compiled on first use
	if allocs := testing.AllocsPerRun(10, func() { Default() }); allocs != 0 {
		t.Errorf("Default allocates %v times a call after the first: it compiles again", allocs)
	}
}

func seeds(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	return files
}

// TestSeeds checks the built-in taxonomy against the hand labels: topics F1
// must be 1.
func TestSeeds(t *testing.T) {
	for _, path := range seeds(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			g, err := gold.LoadFile(filepath.Join("..", "testdata", "gold", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, l := range labelsOf(Default().Classify(parse(t, string(text)))) {
				if !slices.Contains(g.OptionalTopics, l) {
					got = append(got, l)
				}
			}
			want := append([]string{}, g.Topics...)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("topics (-want +got):\n%s", diff)
			}
		})
	}
}

// checkSpans reports evidence that is not a whole sentence outside
// boilerplate, or out of order.
func checkSpans(t *testing.T, d *pipeline.Doc, ms []Match) {
	t.Helper()
	sentences := map[pipeline.Span]pipeline.Sentence{}
	for _, s := range d.Sentences {
		sentences[s.Span] = s
	}
	for _, m := range ms {
		if m.Score < 0 || m.Score > 1 {
			t.Errorf("%s: score %v outside [0, 1]", m.Label, m.Score)
		}
		if len(m.Evidence) == 0 {
			t.Errorf("%s: no evidence", m.Label)
		}
		for i, e := range m.Evidence {
			if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End {
				t.Fatalf("%s: span %v out of bounds", m.Label, e)
			}
			s, ok := sentences[e]
			if !ok {
				t.Errorf("%s: evidence %q is not a sentence", m.Label, e.In(d.Text))
			} else if s.Boilerplate {
				t.Errorf("%s: evidence %q is boilerplate", m.Label, e.In(d.Text))
			}
			if i > 0 && m.Evidence[i-1].Start >= e.Start {
				t.Errorf("%s: evidence out of order", m.Label)
			}
		}
	}
	if !slices.IsSortedFunc(ms, func(a, b Match) int { return a.Evidence[0].Start - b.Evidence[0].Start }) {
		t.Errorf("matches not sorted by first evidence")
	}
}

func TestSpans(t *testing.T) {
	for _, path := range seeds(t) {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := parse(t, string(text))
		ms := Default().Classify(d)
		if len(ms) == 0 {
			t.Errorf("%s: no topics", path)
		}
		checkSpans(t, d, ms)
	}
}

func TestStage(t *testing.T) {
	d := parse(t, "Fiji and Samoa agreed to expand trade.")
	if got := From(d); got != nil {
		t.Errorf("From before the stage ran = %v, want nil", got)
	}
	st := NewStage(Default())
	if st.Name() != "topics" {
		t.Errorf("Name() = %q, want topics", st.Name())
	}
	if err := (pipeline.Chain{st}).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Default().Classify(d), From(d)); diff != "" {
		t.Errorf("From (-want +got):\n%s", diff)
	}
	none := parse(t, "Fiji and Samoa discussed the weather.")
	if err := st.Annotate(context.Background(), none); err != nil {
		t.Fatal(err)
	}
	if got := From(none); got == nil || len(got) != 0 {
		t.Errorf("From with no topics = %#v, want empty and not nil", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Annotate(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("Annotate with ended context = %v", err)
	}
	if err := NewStage(nil).Annotate(context.Background(), d); !errors.Is(err, ErrBadTaxonomy) {
		t.Errorf("Annotate with nil taxonomy = %v", err)
	}
}

func TestConcurrent(t *testing.T) {
	var docs []*pipeline.Doc
	for _, path := range seeds(t) {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, parse(t, string(text)))
	}
	tax := Default()
	want := make([][]Match, len(docs))
	for i, d := range docs {
		want[i] = tax.Classify(d)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(docs)
				if diff := cmp.Diff(want[i], tax.Classify(docs[i])); diff != "" {
					t.Errorf("concurrent Classify differs (-want +got):\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestLoadFile(t *testing.T) {
	tax, err := LoadFile("../examples/topics.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"energy", "climate", "nuclear_talks"}, tax.Labels()); diff != "" {
		t.Errorf("Labels (-want +got):\n%s", diff)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"energy", "Qatar will sell LNG to Poland.", []string{"energy"}},
		{"energy renewable", "Morocco and Germany will build renewable power stations.", []string{"energy"}},
		{"energy renewables", "Renewables now supply half of Uruguay's grid, its minister told Danish guests.", []string{"energy"}},
		{"energy renewed is no renewable", "Kenya and Peru renewed their ties in Nairobi.", []string{}},
		{"energy excluded phrase", "More projects are in the pipeline, the Peruvian minister said.", []string{}},
		{"climate", "Fiji urged Britain to act on climate change.", []string{"climate"}},
		{"climate requires met", "Chile and Spain pledged to cut carbon emissions.", []string{"climate"}},
		{"climate requires unmet", "The plant's emissions were measured in Leeds.", []string{}},
		{"climate excluded", "The political climate in Lima is tense.", []string{}},
		{"nuclear talks", "Iran and the IAEA resumed nuclear talks in Vienna.", []string{"nuclear_talks"}},
		{"nuclear without talks", "India and Pakistan are nuclear-armed neighbours.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := labelsOf(tax.Classify(parse(t, tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("labels of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}

	_, err = LoadFile("testdata/no-such-file.json")
	if !errors.Is(err, ErrBadTaxonomy) || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "no-such-file.json") {
		t.Errorf("LoadFile of a missing file = %v", err)
	}
}

func TestParseOptions(t *testing.T) {
	const file = `{"threshold": 0.9, "labels": [
		{"label": "fish", "terms": [{"text": "fishing"}]},
		{"label": "boats", "threshold": 0.3, "terms": [{"text": "boat", "weight": 0.5}]},
		{"label": "ports", "threshold": 0.5, "terms": [{"text": "port"}], "context": ["harbour"]},
		{"label": "ships", "threshold": 0.5, "terms": [{"text": "ship", "requires": [["navy"]], "excludes": ["ship out"]}]}
	]}`
	tax, err := Parse(strings.NewReader(file), "opts.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"file threshold", "Norway and Iceland talked about fishing.", []string{}},
		{"file threshold met", "Fishing matters. Fishing fleets. Fishing rights.", []string{"fish"}},
		{"label threshold", "A boat sailed from Malta.", []string{"boats"}},
		{"context unmet", "The port of Tema is busy.", []string{}},
		{"context met elsewhere", "The harbour was calm. The port of Tema is busy.", []string{"ports"}},
		{"term requires", "The ship reached Aden.", []string{}},
		{"term requires met", "The navy ship reached Aden.", []string{"ships"}},
		{"term excludes", "The navy will ship out tomorrow.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := labelsOf(tax.Classify(parse(t, tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("labels of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file string
		want       string // in the message, after the file name
	}{
		{"unknown top field", `{"labelz": []}`, "labelz: unknown field"},
		{"unknown label field", `{"labels": [{"label": "a", "terms": [{"text": "x"}], "weigth": 1}]}`, "labels[0].weigth: unknown field"},
		{"unknown term field", `{"labels": [{"label": "a", "terms": [{"text": "x", "wieght": 1}]}]}`, "labels[0].terms[0].wieght: unknown field"},
		{"no labels", `{"labels": []}`, "labels: no labels"},
		{"missing label", `{"labels": [{"terms": [{"text": "x"}]}]}`, "labels[0].label: missing"},
		{"empty label", `{"labels": [{"label": " ", "terms": [{"text": "x"}]}]}`, "labels[0].label: empty label"},
		{"duplicate label", `{"labels": [{"label": "a", "terms": [{"text": "x"}]}, {"label": "a", "terms": [{"text": "y"}]}]}`, `labels[1].label: duplicate label "a"`},
		{"weight too high", `{"labels": [{"label": "a", "terms": [{"text": "x"}]}, {"label": "b", "terms": [{"text": "x"}]}, {"label": "c", "terms": [{"text": "x", "weight": 1.5}]}]}`, "labels[2].terms[0].weight: 1.5 outside (0, 1]"},
		{"weight zero", `{"labels": [{"label": "a", "terms": [{"text": "x", "weight": 0}]}]}`, "labels[0].terms[0].weight: 0 outside (0, 1]"},
		{"weight negative", `{"labels": [{"label": "a", "terms": [{"text": "x", "weight": -0.5}]}]}`, "labels[0].terms[0].weight: -0.5 outside (0, 1]"},
		{"weight not a number", `{"labels": [{"label": "a", "terms": [{"text": "x", "weight": "1"}]}]}`, `labels[0].terms[0].weight: "1" is not a number`},
		{"threshold too high", `{"labels": [{"label": "a", "threshold": 2, "terms": [{"text": "x"}]}]}`, "labels[0].threshold: 2 outside (0, 1]"},
		{"file threshold", `{"threshold": 0, "labels": [{"label": "a", "terms": [{"text": "x"}]}]}`, "threshold: 0 outside (0, 1]"},
		{"empty terms", `{"labels": [{"label": "a", "terms": []}]}`, "labels[0].terms: empty term list"},
		{"missing terms", `{"labels": [{"label": "a"}]}`, "labels[0].terms: empty term list"},
		{"empty require group", `{"labels": [{"label": "a", "terms": [{"text": "x"}], "requires": [["y"], []]}]}`, "labels[0].requires[1]: empty term list"},
		{"term without words", `{"labels": [{"label": "a", "terms": [{"text": " - "}]}]}`, `labels[0].terms[0].text: " - " has no words`},
		{"exclude not a string", `{"labels": [{"label": "a", "terms": [{"text": "x"}], "excludes": [3]}]}`, "labels[0].excludes[0]: 3 is not a string"},
		{"unknown match", `{"labels": [{"label": "a", "terms": [{"text": "x", "match": "stems"}]}]}`, `labels[0].terms[0].match: "stems" is not stem, word or exact`},
		{"match not a string", `{"labels": [{"label": "a", "terms": [{"text": "x", "match": true}]}]}`, `labels[0].terms[0].match: true is not a string`},
		{"exact contradicts match", `{"labels": [{"label": "a", "terms": [{"text": "x", "match": "word", "exact": true}]}]}`, `labels[0].terms[0].exact: exact: true contradicts match: "word"`},
		{"exact not a bool", `{"labels": [{"label": "a", "terms": [{"text": "x", "exact": "yes"}]}]}`, `labels[0].terms[0].exact: "yes" is not true or false`},
		{"not an object", `[]`, "(top level): a list is not an object"},
		{"syntax", "{\n  \"labels\": [,]\n}", "2:14: invalid character"},
		{"truncated", `{"labels": [`, "unexpected end of JSON"},
		{"trailing data", `{"labels": [{"label": "a", "terms": [{"text": "x"}]}]} {}`, "data after the top-level object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.file), "bad.json")
			if !errors.Is(err, ErrBadTaxonomy) {
				t.Fatalf("Parse error = %v, want one wrapping ErrBadTaxonomy", err)
			}
			if msg := err.Error(); !strings.Contains(msg, "bad.json") || !strings.Contains(msg, tt.want) {
				t.Errorf("Parse error = %q, want the file name and %q", msg, tt.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	custom, err := LoadFile("../examples/topics.json")
	if err != nil {
		t.Fatal(err)
	}
	both, err := Merge(Default(), custom)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"counterterrorism", "trade", "minerals", "afghanistan_equipment", "energy", "climate", "nuclear_talks"}
	if diff := cmp.Diff(want, both.Labels()); diff != "" {
		t.Errorf("Labels (-want +got):\n%s", diff)
	}
	got := labelsOf(both.Classify(parse(t, "Qatar and Japan discussed LNG, trade and climate change.")))
	if diff := cmp.Diff([]string{"climate", "energy", "trade"}, got); diff != "" {
		t.Errorf("merged labels (-want +got):\n%s", diff)
	}

	dup, err := Parse(strings.NewReader(`{"labels": [{"label": "trade", "terms": [{"text": "barter"}]}]}`), "mine.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, ts := range [][]*Taxonomy{{Default(), dup}, {Default(), Default()}, {custom, nil}} {
		_, err := Merge(ts...)
		if !errors.Is(err, ErrBadTaxonomy) {
			t.Errorf("Merge error = %v, want one wrapping ErrBadTaxonomy", err)
		}
	}
	_, err = Merge(Default(), dup)
	if msg := err.Error(); !strings.Contains(msg, `duplicate label "trade"`) || !strings.Contains(msg, "mine.json") || !strings.Contains(msg, "default.json") {
		t.Errorf("Merge error = %q, want the label and both sources", msg)
	}

	empty, err := Merge()
	if err != nil {
		t.Fatal(err)
	}
	if got := empty.Classify(parse(t, "Trade and terrorism.")); got == nil || len(got) != 0 {
		t.Errorf("empty taxonomy Classify = %#v, want empty", got)
	}
}
