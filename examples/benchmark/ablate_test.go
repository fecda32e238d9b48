package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
)

func TestIssueDiff(t *testing.T) {
	is := func(doc, item string) Issue { return Issue{Doc: doc, Metric: MPeople, Kind: "extra", Item: item} }
	a := []Issue{is("d1", "X"), is("d1", "X"), is("d1", "Y"), is("d2", "Z")}
	b := []Issue{is("d1", "X"), is("d2", "Z"), is("d2", "W")}
	onlyA, onlyB := issueDiff(a, b)
	if onlyA != 2 || onlyB != 1 {
		t.Errorf("issueDiff = %d, %d; want 2 (a second X, Y), 1 (W)", onlyA, onlyB)
	}
}

// TestAblate runs Ablate with a fake extractor: the full run finds both
// people of the gold; without "entities:waltz" it misses one, in one
// article; without "events:nothing" nothing changes.
func TestAblate(t *testing.T) {
	docs := []Doc{{Gold: baseGold(), Text: text}, {Gold: baseGold(), Text: text}}
	docs[1].Gold.Doc = "e"
	run := func(docs []Doc, without ...string) (int, error) {
		for i := range docs {
			r := baseResult()
			r.ID = docs[i].Gold.Doc
			if i == 0 && slices.Contains(without, "entities:waltz") {
				r.People = r.People[:1]
				r.Events = []extract.Event{}
			}
			docs[i].Result = r
		}
		return 0, nil
	}
	rep, err := Ablate(docs, []string{"events:nothing", "entities:waltz"}, run, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rep.Rows))
	}
	w := rep.Rows[0]
	if w.Pass != "entities:waltz" || w.Removes == 0 || w.Adds != 0 || !cmp.Equal(w.Changed, []string{"d"}) {
		t.Errorf("first row %+v: want entities:waltz, removing errors in d alone", w)
	}
	if w.Buys[MPeople] <= 0 || w.Buys[MEvents] <= 0 || w.Buys[MCountries] != 0 {
		t.Errorf("entities:waltz buys %v: want people and events, not countries", w.Buys)
	}
	if n := rep.Rows[1]; n.Pass != "events:nothing" || n.Net() != 0 || len(n.Changed) != 0 {
		t.Errorf("second row %+v: want events:nothing, changing nothing", n)
	}
	var b bytes.Buffer
	printAblation(&b, rep, "test")
	out := b.String()
	for _, want := range []string{"entities:waltz", "change one article: a rule for a file, generalise or delete (1): entities:waltz (d)",
		"change nothing here (1): events:nothing"} {
		if !strings.Contains(out, want) {
			t.Errorf("printAblation lacks %q:\n%s", want, out)
		}
	}
}

// TestAblateSeeds runs -ablate on the seeds for a few passes: turning off
// the country pass must cost countries, and the JSON form must decode.
func TestAblateSeeds(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-ablate", "-json",
		"-passes", "entities:countries,events:so-called"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep AblationReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("-json: %v\n%s", err, out.String())
	}
	if rep.Docs != 5 || len(rep.Rows) != 2 {
		t.Fatalf("docs %d, rows %d; want 5, 2", rep.Docs, len(rep.Rows))
	}
	c := rep.Rows[0]
	if c.Pass != "entities:countries" || c.Buys[MCountries] < 0.5 || len(c.Changed) != 5 || c.Net() <= 0 {
		t.Errorf("entities:countries row %+v: want it first, buying countries in every seed", c)
	}
	code = run([]string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-ablate", "-passes", "entities:nope"}, &out, &errb)
	if code != 0 || !strings.Contains(out.String(), "could not be turned off") {
		t.Errorf("an unknown pass: exit %d, want its error in the output:\n%s", code, out.String())
	}
}
