package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestPhraseStartClasses checks that every first word of the tables'
// phrases carries its class bit, so that the passes that skip a token
// without it lose no match.
func TestPhraseStartClasses(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	classes := tb.phraseClasses()
	for _, c := range []struct {
		name  string
		class wordClass
		words []string
	}{
		{"countries", classCountryStart, slices.Collect(tb.countryPhr.firstWords)},
		{"offices", classOfficeStart, slices.Collect(tb.officePhr.firstWords)},
		{"offices as written", classOfficeStart, slices.Collect(tb.officeExact.firstWords)},
		{"organisations", classOrgStart, slices.Collect(tb.orgPhr.firstWords)},
	} {
		if len(c.words) == 0 {
			t.Errorf("%s: no phrases", c.name)
		}
		for _, w := range c.words {
			if classes[strings.ToLower(w)]&c.class == 0 {
				t.Errorf("%s: %q starts a phrase but has no class bit", c.name, w)
			}
		}
	}
	for w := range tb.words.visitWords {
		if classes[w]&classVisit == 0 {
			t.Errorf("visit word %q lost its class bit", w)
		}
	}
	if classes["zebra-crossing"] != 0 {
		t.Error("a word of no list has a class")
	}
}
