package pipeline

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
)

// referenceMarkHeadings is markHeadings as it was before it tested the
// bytes between a line's edges and a sentence's for padding (onlyPadding)
// instead of trimming the line at every sentence: the definition
// TestMarkHeadingsAgrees checks markHeadings against.
func referenceMarkHeadings(d *Doc, lines []line) {
	li := 0
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for li < len(lines) && lines[li].End < s.End {
			li++
		}
		if li == len(lines) {
			return
		}
		l := lines[li]
		text := l.In(d.Text)
		lead := len(text) - len(strings.TrimLeft(text, " \t\u00a0"))
		trail := len(text) - len(strings.TrimRight(text, " \t\u00a0"))
		if s.Start != l.Start+lead || s.End != l.End-trail {
			continue
		}
		s.Heading = isHeadingSentence(d.Tokens[s.FirstToken:s.EndToken])
	}
}

// TestMarkHeadingsAgrees checks markHeadings against referenceMarkHeadings
// on the repository's texts and on 3,000 random texts of words, padding
// (spaces, tabs, no-break spaces), other white space, stops, line breaks
// and bytes that are not UTF-8 (PCG seed 5, 6).
func TestMarkHeadingsAgrees(t *testing.T) {
	texts := repoTexts(t)
	pieces := []string{"Word", "word", "é", " ", " ", "\t", "\u00a0", "\u2003", "\xc2", "\xa0", "\xff", ".", "!", "\"", ")", ",", "\n", "\n\n", "\r\n"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	marked := 0
	for _, text := range texts {
		d, err := Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		lines := splitLines(text)
		want := append([]Sentence(nil), d.Sentences...)
		for i := range want {
			want[i].Heading = false
		}
		wd := &Doc{Text: text, Tokens: d.Tokens, Sentences: want}
		referenceMarkHeadings(wd, lines)
		for i := range d.Sentences {
			d.Sentences[i].Heading = false
		}
		markHeadings(d, lines)
		for i := range want {
			if d.Sentences[i].Heading != want[i].Heading {
				t.Fatalf("markHeadings(%q): sentence %d %q heading %v, the reference says %v", text, i, d.Sentences[i].In(text), d.Sentences[i].Heading, want[i].Heading)
			}
			if want[i].Heading {
				marked++
			}
		}
	}
	if marked < 100 {
		t.Errorf("%d headings in all the texts, want some hundreds", marked)
	}
}

// TestOnlyPadding checks onlyPadding against strings.Trim on padding,
// white space of other kinds and bytes that are not UTF-8.
func TestOnlyPadding(t *testing.T) {
	for _, s := range []string{"", " ", "\t", "\u00a0", " \u00a0\t", "\xc2", "\xa0", "\xc2 \xa0", "x", " x", "\u2003", "\n", "\u00a0\xc2"} {
		if got, want := onlyPadding(s), strings.Trim(s, " \t\u00a0") == ""; got != want {
			t.Errorf("onlyPadding(%q) = %v, want %v", s, got, want)
		}
	}
}
