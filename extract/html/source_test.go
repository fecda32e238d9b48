package html_test

import (
	stdhtml "html"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// TestCountrySources checks that a country from the caller's known people
// or from the corpus is marked as such, in the mention's tooltip and in the
// list of people, and that one from the text is not.
func TestCountrySources(t *testing.T) {
	text := "Lena Vogt met Tomas Reyes and Ana Duarte in Lisbon."
	m := func(s string) []extract.Mention {
		i := strings.Index(text, s)
		return []extract.Mention{{Text: s, Span: extract.Span{Start: i, End: i + len(s)}}}
	}
	r := &extract.Result{ID: "x", People: []extract.Person{
		{Name: "Lena Vogt", Country: "DE", CountrySource: extract.FromKnown, KnownID: "Q1", Mentions: m("Lena Vogt"), Confidence: 1},
		{Name: "Tomas Reyes", Country: "CL", CountrySource: extract.FromCorpus, CountryFrom: "d7", Mentions: m("Tomas Reyes"), Confidence: 0.5},
		{Name: "Ana Duarte", Country: "PT", CountrySource: extract.FromText, Mentions: m("Ana Duarte"), Confidence: 0.5},
	}, Countries: []extract.Country{{Code: "PT", Name: "Portugal"}}}
	var b strings.Builder
	if err := html.WritePage(&b, html.Doc{Text: text, Result: r}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	checkWellFormed(t, page)
	var tips []string
	for _, part := range strings.Split(page, `data-tip="`)[1:] {
		tip, _, _ := strings.Cut(part, `"`)
		tips = append(tips, stdhtml.UnescapeString(tip))
	}
	want := []string{
		"Lena Vogt\nDE, from your known people (id Q1)\n1 mention\nconfidence 1.00",
		"Tomas Reyes\nCL, from the corpus: article d7\n1 mention\nconfidence 0.50",
		"Ana Duarte\nPortugal (PT)\n1 mention\nconfidence 0.50",
	}
	if diff := cmp.Diff(want, tips); diff != "" {
		t.Errorf("tooltips (-want +got):\n%s", diff)
	}
	for _, w := range []string{`<small class="ro-src" title="country from your known people">known</small>`,
		`<small class="ro-src" title="country from the corpus">corpus</small>`} {
		if !strings.Contains(page, w) {
			t.Errorf("the list of people has no %s", w)
		}
	}
	if n := strings.Count(page, `class="ro-src"`); n != 2 {
		t.Errorf("%d source marks, want 2 (none for the text's own country)", n)
	}
}
