package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// shifted returns d with every span moved back by n bytes and its Text
// without its first n bytes: what d would be had its text not opened with
// a byte-order mark of n bytes.
func shifted(d *Doc, n int) *Doc {
	c := *d
	c.Tokens = append([]Token(nil), d.Tokens...)
	c.Sentences = append([]Sentence(nil), d.Sentences...)
	c.Boilerplate = append([]Boilerplate(nil), d.Boilerplate...)
	c.Header.Lines = append([]HeaderLine(nil), d.Header.Lines...)
	c.shift(d.Text[n:], -n)
	return &c
}

// checkBOM checks that text with a byte-order mark before it parses as
// text does, every span moved by the mark's 3 bytes.
func checkBOM(t *testing.T, text string) {
	t.Helper()
	plain, err := Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	marked, err := Parse(context.Background(), bom+text)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, marked)
	if diff := cmp.Diff(plain, shifted(marked, len(bom)), cmp.AllowUnexported(Doc{}, Token{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("with a BOM, the Doc is not the one without it, moved by 3 bytes (-without +with, moved back):\n%s", diff)
	}
}

// TestBOMSeeds: a byte-order mark before a seed changes nothing but the
// spans, each by 3 bytes. Before the BOM pass, the header read the mark as
// part of the first line: with it, 3 of the 5 seeds and 27 of the 101 dev
// articles lost their dateline, 15 articles their publication date.
func TestBOMSeeds(t *testing.T) {
	for id, text := range seeds(t) {
		t.Run(id, func(t *testing.T) { checkBOM(t, text) })
	}
	for _, text := range []string{"", "\ufeff", "ISLAMABAD: Dar met Rubio.", "date 2021-07-11\nLIMA: x",
		"By: Agencies\nRead More: Dar meets Rubio\nISLAMABAD: Dar called Rubio.\r\n", "\ufeffx \ufeff y"} {
		checkBOM(t, text)
	}
}

// TestBOMSpans: the Doc of a text that opens with byte-order marks keeps
// them out of every token and span, and its Text is the exact input.
func TestBOMSpans(t *testing.T) {
	text := "\ufeff\ufeffISLAMABAD: Foreign Minister Ishaq Dar met Marco Rubio."
	d := parse(t, text)
	if d.Text != text {
		t.Errorf("Text = %q, want the input %q", d.Text, text)
	}
	if got := d.Tokens[0]; got.Start != 6 || got.Text != "ISLAMABAD" {
		t.Errorf("first token %q at %d, want \"ISLAMABAD\" at 6", got.Text, got.Start)
	}
	if got := d.Header.Dateline.In(text); got != "ISLAMABAD" {
		t.Errorf("dateline %q, want \"ISLAMABAD\"", got)
	}
}

// FuzzParseBOM checks, for any text, that a byte-order mark before it
// moves every span of its Doc by 3 bytes and changes nothing else.
func FuzzParseBOM(f *testing.F) {
	for _, text := range seeds(f) {
		f.Add(text)
	}
	for _, s := range []string{"", "\ufeff", "\xff", "a\r\nb", "ISLAMABAD: x", "date 2021-07-11 LIMA: x",
		"<script>\nx <!-- y\n</script> Dar met Rubio.<!--\n-->\r\n<style", "Advertisement<style>x</style> <!-->"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkBOM(t, text) })
}

// TestBOMLines: a byte-order mark that opens a line (texts saved on
// Windows and joined into one) changes nothing but the spans after it.
// Before, "\ufeffBy: Agencies" was no byline, and "\ufeffRead More: ..."
// no link to another story, whose names became the article's.
func TestBOMLines(t *testing.T) {
	texts := seeds(t)
	texts["joined"] = "ISLAMABAD: Dar met Wang Yi on Monday.\nBy: Agencies\nRead More: Sharif meets Xi Jinping\nDar said so.\n"
	for id, text := range texts {
		t.Run(id, func(t *testing.T) {
			var marked strings.Builder
			var at []int // where each mark was put, in marked
			for i, l := range strings.SplitAfter(text, "\n") {
				if i%2 == 0 || id == "joined" {
					at = append(at, marked.Len())
					marked.WriteString(bom)
				}
				marked.WriteString(l)
			}
			plain := parse(t, text)
			d := parse(t, marked.String())
			checkSpans(t, d)
			back := func(s *Span) {
				if *s == (Span{}) {
					return
				}
				n := 0
				for n < len(at) && at[n] < s.Start {
					n++
				}
				s.Start -= n * len(bom)
				for n < len(at) && at[n] < s.End {
					n++
				}
				s.End -= n * len(bom)
			}
			for i := range d.Tokens {
				back(&d.Tokens[i].Span)
			}
			for i := range d.Sentences {
				back(&d.Sentences[i].Span)
			}
			for i := range d.Boilerplate {
				back(&d.Boilerplate[i].Span)
			}
			for _, s := range []*Span{&d.Header.Dateline, &d.Header.DatelineLead, &d.Header.PublishedSpan} {
				back(s)
			}
			for i := range d.Header.Lines {
				back(&d.Header.Lines[i].Span)
			}
			d.Text = text
			if diff := cmp.Diff(plain, d, cmp.AllowUnexported(Doc{}, Token{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("with a BOM opening lines, the Doc is not the one without, spans moved back (-without +with):\n%s", diff)
			}
		})
	}
}
