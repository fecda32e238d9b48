package html_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
	"github.com/readout/readout/extract/html"
)

// hostile is text an article or a caller's id may hold.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`

func hostileSummary() *corpus.Summary {
	var c corpus.Corpus
	r := &extract.Result{ID: hostile, Published: "2031-03-05",
		People: []extract.Person{
			{Name: "Ana " + hostile, Country: "CL", Offices: []extract.Office{{Title: "Minister " + hostile}}},
			{Name: "Eva Lind", Country: "NO"},
		},
		Countries: []extract.Country{{Code: "CL", Name: "Chile " + hostile}, {Code: "NO", Name: "Norway"}},
		Topics:    []extract.Topic{{Label: "topic " + hostile}},
		Events: []extract.Event{{Type: "call", Participants: []string{"Ana " + hostile, "Eva Lind"}, Initiator: "Eva Lind",
			Evidence: extract.Mention{Text: "x", Span: extract.Span{Start: 3, End: 40}}}},
	}
	c.Add(hostile, "javascript:alert(1).html", r, nil)
	c.Add("failed "+hostile, "", nil, errors.New("extract: "+hostile))
	return c.Summary()
}

// Everything of a result on the corpus page is text: in the tables, the
// charts' labels and the page's data.
func TestWriteCorpusEscapes(t *testing.T) {
	var b strings.Builder
	if err := html.WriteCorpus(&b, "Title "+hostile, hostileSummary(), html.CorpusOptions{ArticleList: "articles.html"}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	checkWellFormed(t, page)
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<img") || strings.Contains(page, `href="javascript:`) {
		t.Errorf("the page holds hostile markup unescaped:\n%s", page)
	}
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("%d <script> elements, want the data and the script", n)
	}
	for _, want := range []string{
		`<a href="./javascript:alert%281%29.html#ro-s3-40">&lt;script&gt;alert(1)&lt;/script&gt;`, // the engagement's link
		`<td>Ana &lt;script&gt;alert(1)&lt;/script&gt;`,
		`<b>topic &lt;script&gt;alert(1)&lt;/script&gt;`,
		`<td colspan="4" class="ro-err">extract: &lt;script&gt;`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// The data is JSON that cannot end its element, and holds the strings.
	m := regexp.MustCompile(`(?s)<script type="application/json" id="ro-data">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no data")
	}
	var data struct {
		Articles [][2]string `json:"articles"`
		People   [][3]string `json:"people"`
		Events   [][]any     `json:"events"`
	}
	if err := json.Unmarshal([]byte(m[1]), &data); err != nil {
		t.Fatal(err)
	}
	if data.Articles[0][0] != hostile || data.People[0][0] != "Ana "+hostile || len(data.Events) != 1 {
		t.Errorf("data = %+v", data)
	}
	if data.Articles[0][1] != "./javascript:alert(1).html" {
		t.Errorf("the article's address in the data is %q, want it made a relative path", data.Articles[0][1])
	}
}

// The server draws the tables the script redraws; counts as the Summary's.
func TestWriteCorpusTables(t *testing.T) {
	var c corpus.Corpus
	people := []extract.Person{{Name: "Ana Ruiz", Country: "CL"}, {Name: "Eva Lind", Country: "NO"}, {Name: "Kip Rono", Country: "KE"}}
	ev := func(date, typ string, who ...string) extract.Event {
		return extract.Event{Type: typ, Date: date, Participants: who, Evidence: extract.Mention{Span: extract.Span{Start: 1, End: 9}}}
	}
	c.Add("a", "a.html", &extract.Result{ID: "a", People: people, Published: "2031-03-05",
		Countries: []extract.Country{{Code: "CL", Name: "Chile"}, {Code: "NO", Name: "Norway"}, {Code: "KE", Name: "Kenya"}},
		Events: []extract.Event{ev("2031-03-03", "call", "Ana Ruiz", "Eva Lind"), ev("", "meeting", "Ana Ruiz", "Eva Lind"),
			ev("", "letter", "Eva Lind", "Kip Rono")},
		Topics: []extract.Topic{{Label: "trade"}}}, nil)
	c.Add("b", "b.html", &extract.Result{ID: "b", People: people,
		Events: []extract.Event{ev("", "call", "Eva Lind", "Kip Rono")}}, nil)
	var b strings.Builder
	if err := html.WriteCorpus(&b, "Two", c.Summary(), html.CorpusOptions{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	checkWellFormed(t, page)
	for _, want := range []string{
		`<span>2 articles</span>`, `<span>4 engagements</span>`, `<span>3 people engaged</span>`,
		`<tr data-pair="0"><td>Chile – Norway <small>CL NO</small></td><td class="n">2</td></tr>`,
		`<tr data-pair="1"><td>Kenya – Norway <small>KE NO</small></td><td class="n">2</td></tr>`,
		`<tr data-person="0"><td>Eva Lind</td><td>Norway (NO)</td><td></td><td class="n">4</td><td class="n">2</td></tr>`,
		`<g data-d="2031-03-03"><title>2031-03-03: 1 call</title>`,
		`<g data-d="2031-03-05"><title>2031-03-05: 1 meeting, 1 letter</title>`,
		`1 engagement with no day`,
		`<tr><td>no day</td><td><span class="ro-type call">call</span></td><td>Eva Lind · Kip Rono</td><td>KE NO</td><td><a href="b.html#ro-s1-9">b</a></td></tr>`,
		`<rect data-w="2031-03-03" data-n="1" data-t="0"`,
		`<b>trade</b> <span data-topic="0">1 article</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// The matrix: Norway engages most, then Chile and Kenya; the darkest
	// shade for the most engaged pairs.
	if !strings.Contains(page, `<tr><th scope="row" title="Norway">NO</th><td class="self"></td><td class="h5" data-pair="0" title="Norway – Chile: 2 engagements">2</td>`) {
		t.Errorf("matrix row of Norway not as expected:\n%s", page)
	}
}

func TestWriteCorpusEmpty(t *testing.T) {
	var c corpus.Corpus
	c.Add("x", "x.html", &extract.Result{ID: "x"}, nil)
	var b strings.Builder
	if err := html.WriteCorpus(&b, "Empty", c.Summary(), html.CorpusOptions{}); err != nil {
		t.Fatal(err)
	}
	checkWellFormed(t, b.String())
	for _, want := range []string{"No engagement has a day", "No engagement between people of two known countries", "No topics found"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("empty corpus page lacks %q", want)
		}
	}
}

// A page drawn without its text shows the sentences the result quotes, at
// their ids, with the mentions in them; a quote that does not fit its span
// or disagrees with another is left out.
func TestWritePageQuoted(t *testing.T) {
	text := "ISLAMABAD: Ana Ruiz met Eva Lind <b>today</b>. Nothing else. Ruiz called Lind."
	span := func(s string) extract.Mention {
		i := strings.Index(text, s)
		return extract.Mention{Text: s, Span: extract.Span{Start: i, End: i + len(s)}}
	}
	first := span("ISLAMABAD: Ana Ruiz met Eva Lind <b>today</b>.")
	last := span("Ruiz called Lind.")
	r := &extract.Result{ID: "q",
		People: []extract.Person{{Name: "Ana Ruiz", Mentions: []extract.Mention{span("Ana Ruiz"), span("Ruiz called")}}},
		Events: []extract.Event{{Type: "meeting", Participants: []string{"Ana Ruiz", "Eva Lind"}, Evidence: first},
			{Type: "call", Participants: []string{"Ana Ruiz", "Eva Lind"}, Evidence: last}},
		Topics: []extract.Topic{{Label: "t", Evidence: []extract.Mention{
			span("Eva Lind <b>today</b>. Nothing"),                                  // overlaps the first: joined
			{Text: "wrong", Span: extract.Span{Start: first.Start, End: first.End}}, // does not fit its span
			{Text: "ISLAMABAD! Ana", Span: extract.Span{Start: 0, End: 14}},         // disagrees
		}}},
	}
	var b strings.Builder
	if err := html.WritePage(&b, html.Doc{Result: r}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	checkWellFormed(t, page)
	quotes := regexp.MustCompile(`<p class="ro-quote">`).FindAllStringIndex(page, -1)
	if len(quotes) != 2 {
		t.Errorf("%d quotes, want 2 (the first joined with the topic's evidence)", len(quotes))
	}
	got := textOfQuotes(page)
	want := []string{"ISLAMABAD: Ana Ruiz met Eva Lind <b>today</b>. Nothing", "Ruiz called Lind."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotes %q, want %q", got, want)
	}
	for _, id := range []string{`id="ro-s0-46"`, `id="ro-s61-78"`} {
		if !strings.Contains(page, id) {
			t.Errorf("page lacks the evidence sentence %s", id)
		}
	}
	if !strings.Contains(page, `<span class="m per" data-e="p0" data-start="11" data-end="19"`) {
		t.Errorf("the person's mention is not marked at its place in the quote")
	}
	if strings.Contains(page, "<b>today") || !strings.Contains(page, "not at hand") {
		t.Errorf("the quote's markup is not escaped, or the page does not say the text is not at hand")
	}
}

var quoteRE = regexp.MustCompile(`(?s)<p class="ro-quote">(.*?)</p>`)

// textOfQuotes returns the text of the quotes of a page.
func textOfQuotes(page string) []string {
	var out []string
	for _, m := range quoteRE.FindAllStringSubmatch(page, -1) {
		out = append(out, unescapeText(tagRE.ReplaceAllString(m[1], "")))
	}
	return out
}
