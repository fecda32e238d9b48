package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// TestRenderReport renders the report of one article and checks what a
// reader relies on: the summary, each kind of diff row, the highlights at
// their spans, boilerplate dimmed, the text escaped, and nothing fetched.
func TestRenderReport(t *testing.T) {
	const article = "By Staff Reporter\nISLAMABAD: Ishaq Dar spoke to Michael Waltz <script>alert(1)</script>.\n"
	g := baseGold()
	g.Countries = []string{"PK", "US"}
	r := baseResult()
	shift := strings.Index(article, "ISLAMABAD")
	r.Dateline.Start, r.Dateline.End = shift, shift+9
	r.People[0].Mentions = []extract.Mention{{Text: "Ishaq Dar", Span: extract.Span{Start: shift + 11, End: shift + 20}}}
	r.People[1].Name = "Rep. Michael Waltz" // an extra; Michael Waltz is missed
	r.People[1].Mentions = []extract.Mention{{Text: "Michael Waltz", Span: extract.Span{Start: shift + 30, End: shift + 43}}}
	r.Countries = []extract.Country{{Code: "PK", Name: "Pakistan"}}
	r.Events = nil
	docs := []Doc{{Gold: g, Text: article, Result: r}}
	rep := Score(docs, Options{})
	var b bytes.Buffer
	if err := renderReport(&b, "gold", "texts", docs, rep); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`<td>people *</td>`,
		`<tr class="match"><td>Ishaq Dar</td><td>Ishaq Dar</td></tr>`,
		`<tr class="miss"><td>Michael Waltz</td><td></td></tr>`,
		`<tr class="extra"><td></td><td>Rep. Michael Waltz</td></tr>`,
		`<tr class="miss"><td>US</td><td></td></tr>`,
		`<span class="p" title="person: Ishaq Dar; country PK; offices: Deputy Prime Minister, Foreign Minister; matches the gold">Ishaq Dar</span>`,
		`<span class="bad p" title="person: Rep. Michael Waltz; country US; offices: National Security Advisor; extra: matches no gold person">Michael Waltz</span>`,
		`<span class="bp" title="boilerplate: byline">By Staff Reporter</span>`,
		`&lt;script&gt;alert(1)&lt;/script&gt;`,
		`<section id="d">`,
		`<h2 id="errors">Errors by kind</h2>`,
		`<tr id="kind-missed-person"><td>missed person</td><td class="n">1</td><td><a href="#d" title="Michael Waltz">d</a> </td></tr>`,
		`<tr id="kind-extra-person"><td>extra person</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %s", want)
		}
	}
	rows := regexp.MustCompile(`<tr class="(miss|extra|wrong)">`).FindAllString(page, -1)
	if len(rows) != len(rep.Issues) || len(rep.Issues) == 0 {
		t.Errorf("%d miss, extra or wrong rows for %d issues: every issue must be shown", len(rows), len(rep.Issues))
	}
	if strings.Contains(page, "<script>") {
		t.Error("the article's <script> is not escaped")
	}
	if m := regexp.MustCompile(`(?i)(src|href)="?(https?:)?//`).FindString(page); m != "" {
		t.Errorf("the report fetches from the network: %s", m)
	}
}

// TestSegmentsOverlap: overlapping and nested highlights cut the text into
// runs that together are the whole text, whatever the spans.
func TestSegmentsOverlap(t *testing.T) {
	const text = "The Saudi Press Agency said Saudi Arabia’s minister met él."
	r := &extract.Result{
		Countries: []extract.Country{{Code: "SA", Mentions: []extract.Mention{{Span: extract.Span{Start: 4, End: 9}}, {Span: extract.Span{Start: 28, End: 40}}}}},
		Organizations: []extract.Organization{{Name: "Saudi Press Agency",
			Mentions: []extract.Mention{{Span: extract.Span{Start: 4, End: 22}}, {Span: extract.Span{Start: 3, End: 3}}, {Span: extract.Span{Start: -1, End: 2}}, {Span: extract.Span{Start: 50, End: 500}}}}},
		People: []extract.Person{{Name: "él", Mentions: []extract.Mention{{Span: extract.Span{Start: len(text) - 3, End: len(text) - 1}}}}}, // starts inside é
		Events: []extract.Event{{Evidence: extract.Mention{Span: extract.Span{Start: 0, End: len(text)}}}},
	}
	segs := segments(Doc{Text: text, Result: r})
	var whole strings.Builder
	for _, s := range segs {
		whole.WriteString(s.Text)
	}
	if whole.String() != text {
		t.Errorf("segments join to %q, want the text", whole.String())
	}
	want := []string{"The ", "Saudi", " Press Agency", " said ", "Saudi Arabia", "’s minister met él."}
	var got []string
	for _, s := range segs {
		got = append(got, s.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments %q, want %q", got, want)
	}
	if segs[1].Class != "c ev o" {
		t.Errorf("segment %q has class %q, want %q", segs[1].Text, segs[1].Class, "c ev o")
	}
}
