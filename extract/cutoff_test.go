package extract_test

import (
	"context"
	"slices"
	"testing"

	"github.com/readout/readout/extract"
)

// TestCutOff: an article cut off in the middle of a word names no person,
// and reports no engagement, by the fragment. Before the cut-off rule,
// "Prime Mini" was a Prime Minister of Pakistan whom Dar called, and "Shehb"
// one who attended the talks.
func TestCutOff(t *testing.T) {
	ex := newExtractor(t)
	const body = "ISLAMABAD: Foreign Minister Ishaq Dar met Chinese Foreign Minister Wang Yi in Beijing on Monday."
	for _, c := range []struct {
		name, text     string
		people, events []string
	}{
		{"a title cut short", body + " Dar later spoke with Prime Minister Prime Mini",
			[]string{"Ishaq Dar", "Wang Yi"}, []string{"meeting: Ishaq Dar, Wang Yi"}},
		{"a name cut short", body + "\nThe talks were attended by Prime Minister Shehb",
			[]string{"Ishaq Dar", "Wang Yi"}, []string{"meeting: Ishaq Dar, Wang Yi"}},
		{"a name the body names", "ISLAMABAD: Prime Minister Shehbaz Sharif met Foreign Minister Ishaq Dar on Monday. Dar later called Prime Minister Shehbaz Sharif",
			[]string{"Ishaq Dar", "Shehbaz Sharif"}, []string{"call: Ishaq Dar, Shehbaz Sharif", "meeting: Ishaq Dar, Shehbaz Sharif"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPeopleEvents(t, ex, "cut", c.text, c.people, c.events)
		})
	}
}

// TestCutOffWithout: the cut-off rule is listed by Passes as
// entities:cut-off, and turned off by WithoutPasses the last word of a
// text cut short is read as any other word (so -ablate can say what the
// rule buys).
func TestCutOffWithout(t *testing.T) {
	if !slices.Contains(extract.Passes(), "entities:cut-off") {
		t.Fatal("Passes lacks entities:cut-off")
	}
	ex, err := extract.New(extract.WithoutPasses("entities:cut-off"))
	if err != nil {
		t.Fatal(err)
	}
	text := "ISLAMABAD: Foreign Minister Ishaq Dar met Chinese Foreign Minister Wang Yi in Beijing on Monday. Dar later spoke with President Rosa Quis"
	r, err := ex.Extract(context.Background(), "cut", text)
	if err != nil {
		t.Fatal(err)
	}
	if people := peopleNames(r); !slices.Contains(people, "Rosa Quis") {
		t.Errorf("without cut-off: people %q, want Rosa Quis among them", people)
	}
	r, err = newExtractor(t).Extract(context.Background(), "cut", text)
	if err != nil {
		t.Fatal(err)
	}
	if people := peopleNames(r); slices.Contains(people, "Rosa Quis") {
		t.Errorf("with cut-off: people %q, want no Rosa Quis", people)
	}
}
