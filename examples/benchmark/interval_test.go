package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// TestIntervals: the interval holds the figure, is the same on every run,
// has no width when every article scores alike, and widens when they differ.
func TestIntervals(t *testing.T) {
	same := make([]Doc, 20)
	for i := range same {
		same[i] = Doc{Gold: baseGold(), Text: text, Result: baseResult()}
	}
	rep := ScoreWithIntervals(same, Options{})
	people, _ := rep.Metric(MPeople)
	if people.Interval == nil || *people.Interval != (Interval{1, 1}) {
		t.Errorf("people interval %v on identical articles, want 1.000-1.000", people.Interval)
	}
	if spans, _ := rep.Metric(MSpans); spans.Interval != nil {
		t.Errorf("the span count has an interval %v", spans.Interval)
	}

	mixed := make([]Doc, 40)
	for i := range mixed {
		r := baseResult()
		if i%4 == 0 { // a quarter of the articles miss a person
			r.People = r.People[:1]
			r.Events = []extract.Event{}
		}
		mixed[i] = Doc{Gold: baseGold(), Text: text, Result: r}
	}
	a := ScoreWithIntervals(mixed, Options{})
	b := ScoreWithIntervals(mixed, Options{})
	for _, name := range []string{MPeople, MOffices, MEvents} {
		ma, _ := a.Metric(name)
		mb, _ := b.Metric(name)
		iv := ma.Interval
		switch {
		case iv == nil:
			t.Errorf("%s: no interval", name)
		case *iv != *mb.Interval:
			t.Errorf("%s: interval %v, then %v: not deterministic", name, iv, mb.Interval)
		case iv.Low > ma.Value() || iv.High < ma.Value():
			t.Errorf("%s: interval %v does not hold the figure %.3f", name, iv, ma.Value())
		case iv.High-iv.Low < 0.01 || iv.High-iv.Low > 0.4:
			t.Errorf("%s: interval %v: want a width between 0.01 and 0.4 for 40 articles of which 10 differ", name, iv)
		}
	}
	b2, err := json.Marshal(a.Metrics[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b2), `"interval95":[`) {
		t.Errorf("JSON of a row lacks interval95: %s", b2)
	}
}
