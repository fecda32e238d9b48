package html_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
	"github.com/readout/readout/extract/html"
)

// FuzzRender renders a text with spans drawn from the fuzzer's bytes (in and
// out of range, overlapping, cutting UTF-8) over every kind of mark, and
// checks that it does not panic, that the page is well formed, that nothing
// in the text becomes markup, and that the article's text is recovered.
func FuzzRender(f *testing.F) {
	f.Add("ISLAMABAD: Mr Dar met Marco Rubio in Washington.", []byte{0, 9, 14, 17, 22, 33, 0, 49})
	f.Add("<script>alert(1)</script> <img src=x onerror=alert(2)>", []byte{0, 8, 3, 30, 26, 54})
	f.Add("São Tomé\r\nand Príncipe’s minister", []byte{0, 3, 1, 2, 5, 12, 4, 40})
	f.Add("a\x00b\xffc", []byte{0, 1, 1, 3, 2, 5})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		var ms []extract.Mention
		for i := 0; i+1 < len(spans); i += 2 {
			s, e := int(spans[i])-4, int(spans[i+1])-4 // a few out of range
			if s >= 0 && e <= len(text) && s <= e {
				ms = append(ms, extract.Mention{Text: text[s:e], Span: extract.Span{Start: s, End: e}})
			} else {
				ms = append(ms, extract.Mention{Text: "?", Span: extract.Span{Start: s, End: e}})
			}
		}
		part := func(k int) []extract.Mention {
			var out []extract.Mention
			for i, m := range ms {
				if i%5 == k {
					out = append(out, m)
				}
			}
			return out
		}
		r := &extract.Result{ID: text, People: []extract.Person{{Name: text, Mentions: part(0),
			Offices: []extract.Office{{Title: text}}}},
			Countries:     []extract.Country{{Code: "<x-code>", Name: text, Mentions: part(1)}},
			Organizations: []extract.Organization{{Name: text, Mentions: part(2)}},
			Topics:        []extract.Topic{{Label: text, Score: 0.5, Evidence: part(3)}}}
		for _, m := range part(4) {
			r.Events = append(r.Events, extract.Event{Type: "call", Participants: []string{text},
				Initiator: text, Evidence: m})
		}
		var bp []html.Boilerplate
		if len(ms) > 0 {
			bp = append(bp, html.Boilerplate{Kind: text, Span: ms[0].Span})
		}
		var b bytes.Buffer
		if err := html.WritePage(&b, html.Doc{Text: text, Result: r, Boilerplate: bp}); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if !utf8.ValidString(page) {
			t.Fatalf("page is not valid UTF-8")
		}
		checkWellFormed(t, page)
		want := strings.ToValidUTF8(strings.ReplaceAll(text, "\x00", "\uFFFD"), "\uFFFD")
		// A text of "" with quotes in its result is drawn from the quotes
		// (Doc.Text): the page says so, and there is no text to recover.
		quoted := text == "" && strings.Contains(page, `class="ro-quoted"`)
		if utf8.ValidString(text) && !quoted {
			if got := textOf(t, page); got != want {
				t.Fatalf("article text not recovered:\n got %q\nwant %q", got, want)
			}
		}
		for _, bad := range []string{"<script>alert", "<img", "<x-code>"} {
			if strings.Contains(page, bad) {
				t.Fatalf("page contains %q unescaped", bad)
			}
		}

		// The same result without its text (the page of its quotes), and on
		// a corpus page, with the text as its date too.
		r.Published = text
		for i := range r.Events {
			r.Events[i].Date = text
		}
		b.Reset()
		if err := html.WritePage(&b, html.Doc{Result: r}); err != nil {
			t.Fatal(err)
		}
		var c corpus.Corpus
		c.Add(text, text+".html", r, nil)
		c.Add(text, "", nil, errors.New(text))
		if err := html.WriteCorpus(&b, text, c.Summary(), html.CorpusOptions{ArticleList: text}); err != nil {
			t.Fatal(err)
		}
		if err := html.WriteArticleList(&b, text, c.Summary()); err != nil {
			t.Fatal(err)
		}
		page = b.String()
		if !utf8.ValidString(page) {
			t.Fatalf("quoted or corpus page is not valid UTF-8")
		}
		for _, bad := range []string{"<script>alert", "<img", "<x-code>"} {
			if strings.Contains(page, bad) {
				t.Fatalf("quoted or corpus page contains %q unescaped", bad)
			}
		}
	})
}
