package pipeline

import "strings"

// The byte-order-mark pass: a text saved by an editor or an exporter on
// Windows often opens with U+FEFF, which says how the file is encoded and
// is no part of the article. Parse reads the text after it, as if the mark
// were not there, and then moves every span by the mark's bytes, so that the
// Doc's spans refer to the exact input and say what they would say without
// the mark.

// bom is the byte-order mark in UTF-8.
const bom = "\ufeff"

// bomLen returns the number of bytes of the byte-order marks that open
// text (a file concatenated from two may open with two), or 0.
func bomLen(text string) int {
	n := 0
	for strings.HasPrefix(text[n:], bom) {
		n += len(bom)
	}
	return n
}

// shift moves every span of d, which was parsed from text[n:], by n bytes
// and makes text its Text.
func (d *Doc) shift(text string, n int) {
	d.Text = text
	move := func(s *Span) {
		if *s != (Span{}) {
			s.Start += n
			s.End += n
		}
	}
	for i := range d.Tokens {
		move(&d.Tokens[i].Span)
	}
	for i := range d.Sentences {
		move(&d.Sentences[i].Span)
	}
	for i := range d.Boilerplate {
		move(&d.Boilerplate[i].Span)
	}
	h := &d.Header
	move(&h.Dateline)
	move(&h.DatelineLead)
	move(&h.PublishedSpan)
	for i := range h.Lines {
		move(&h.Lines[i].Span)
	}
}
