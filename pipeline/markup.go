package pipeline

import (
	"strings"
	"unicode/utf8"
)

// The markup pass: HTML left in a text. What a browser never shows, the
// contents of a <script> or a <style> element and an HTML comment
// (<!-- ... -->), is boilerplate of kind Markup, tags included: names in a
// script's strings or a comment are no people of the article. Other tags
// stay text, read as punctuation ("<b>Ishaq Dar</b>").
//
// An element runs, as in HTML, from its start tag to the first end tag of
// its name ("</script>", in any case) or, for a comment, to the first
// "-->". One that is never closed runs to the end of the text only when its
// start tag opens its line, as markup left in a page does ("<script>" on a
// line of its own, cut off with the page); in prose ("the <script> tag
// runs code") a start tag that nothing closes is text. A mark lies within
// one line: an element that spans lines gives a mark on each, and a line
// all of whose text is markup is marked whole, like any boilerplate line.
// A sentence never crosses a mark's edge (markupCuts).

// rawElements are the elements whose contents are no text of the page.
var rawElements = [...]string{"script", "style"}

// findMarkup returns the spans of the scripts, styles and comments of text,
// in order, each from its '<' through its closing '>' or to the end of the
// text. It reads the text once: each end it looks for, it looks for once.
func findMarkup(text string) []Span {
	if strings.IndexByte(text, '<') < 0 {
		return nil
	}
	m := markupScan{text: text}
	for n := range m.ends {
		m.ends[n] = -2
	}
	var out []Span
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '<')
		if k < 0 {
			break
		}
		i += k
		end := m.end(i)
		if end < 0 {
			i++
			continue
		}
		out = append(out, Span{i, end})
		i = end
	}
	return out
}

// markupScan finds the ends of the markup of a text, left to right.
type markupScan struct {
	text string
	// ends holds, for each of rawElements and then for comments, where the
	// first end found lies (the '<' of "</script", the '-' of "-->"), -1
	// for none to the end of the text, or -2 before any search. An end
	// before the element to close is searched for again, from there.
	ends [len(rawElements) + 1]int
	// line is the start of the line of the last '<' read, and read the
	// offset up to which line is known.
	line, read int
}

// end returns the end of the script, style or comment that starts at
// text[i] == '<', or -1 if none does.
func (m *markupScan) end(i int) int {
	text := m.text
	rest := text[i:]
	if strings.HasPrefix(rest, "<!--") {
		body := i + len("<!--")
		// "<!-->" and "<!--->" close at once, as HTML has them.
		for _, empty := range []string{">", "->"} {
			if strings.HasPrefix(text[body:], empty) {
				return body + len(empty)
			}
		}
		if k := m.find(len(rawElements), body, func(from int) int { return index(text, from, "-->") }); k >= 0 {
			return k + len("-->")
		}
		return m.unclosed(i)
	}
	for n, name := range rawElements {
		if !hasTagName(rest[1:], name) {
			continue
		}
		// The contents start after the start tag's '>' and end at "</name".
		k := m.find(n, i+1+len(name), func(from int) int {
			for from < len(text) {
				k := index(text, from, "</")
				if k < 0 || hasTagName(text[k+2:], name) {
					return k
				}
				from = k + 2
			}
			return -1
		})
		if k >= 0 {
			if g := strings.IndexByte(text[k:], '>'); g >= 0 {
				return k + g + 1
			}
		}
		return m.unclosed(i)
	}
	return -1
}

// hasTagName reports whether s opens with name, in any case, and then ends
// the tag's name: white space, '/', '>' or the end of the text.
func hasTagName(s, name string) bool {
	if len(s) < len(name) || !strings.EqualFold(s[:len(name)], name) {
		return false
	}
	if len(s) == len(name) {
		return true
	}
	switch s[len(name)] {
	case ' ', '\t', '\n', '\r', '\f', '/', '>':
		return true
	}
	return false
}

// find returns the first end of kind n at or after from, searching with
// search only when the last end found lies before from.
func (m *markupScan) find(n, from int, search func(from int) int) int {
	if e := m.ends[n]; e == -1 || e >= from {
		return e
	}
	m.ends[n] = search(from)
	return m.ends[n]
}

// index returns the offset of the first sub in text at or after from, or -1.
func index(text string, from int, sub string) int {
	if k := strings.Index(text[from:], sub); k >= 0 {
		return from + k
	}
	return -1
}

// unclosed returns the end of an element that starts at i and is never
// closed: the end of the text when its start tag opens its line, or -1.
func (m *markupScan) unclosed(i int) int {
	if k := strings.LastIndexAny(m.text[m.read:i], "\r\n"); k >= 0 {
		m.line = m.read + k + 1
	}
	m.read = i
	if strings.TrimLeft(m.text[m.line:i], " \t\u00a0\ufeff") != "" {
		return -1
	}
	return len(m.text)
}

// markupLines marks the lines all of whose text lies in markup as Markup
// boilerplate, so that the passes of boilerplate.go and runs.go judge
// only the others.
func markupLines(text string, lines []line, markup []Span) {
	if len(markup) == 0 {
		return
	}
	m := 0
	for i := range lines {
		l := &lines[i]
		for m < len(markup) && markup[m].End <= l.Start {
			m++
		}
		if m < len(markup) && markup[m].Contains(trimmed(text, l.Span)) {
			l.boiler = Markup
		}
	}
}

// addMarkup returns the boilerplate marks with the markup's: a line all in
// markup is marked whole as Markup (whatever runs.go made of it), and a
// line partly in markup is cut into its pieces: those in markup marked
// Markup, the others marked with the line's kind, if it is boilerplate.
// The marks stay in order and never overlap.
func addMarkup(text string, lines []line, marks []Boilerplate, markup []Span) []Boilerplate {
	if len(markup) == 0 {
		return marks
	}
	out := make([]Boilerplate, 0, len(marks)+len(markup))
	m := 0
	for i := range lines {
		l := &lines[i]
		for m < len(markup) && markup[m].End <= l.Start {
			m++
		}
		body := trimmed(text, l.Span)
		switch {
		case m == len(markup) || markup[m].Start >= body.End:
			if l.boiler != 0 {
				out = append(out, Boilerplate{Span: l.Span, Kind: l.boiler})
			}
			continue
		case markup[m].Contains(body):
			l.boiler = Markup
			out = append(out, Boilerplate{Span: l.Span, Kind: Markup})
			continue
		}
		at := body.Start
		piece := func(end int, k BoilerplateKind) {
			if s := trimmed(text, Span{at, end}); k != 0 && s.Len() > 0 {
				out = append(out, Boilerplate{Span: s, Kind: k})
			}
			at = end
		}
		for k := m; k < len(markup) && markup[k].Start < body.End; k++ {
			piece(max(at, markup[k].Start), l.boiler)
			piece(min(body.End, markup[k].End), Markup)
		}
		piece(body.End, l.boiler)
	}
	return out
}

// markupCuts returns the offsets at which a sentence must end because a
// mark of markup starts or ends there inside a line, in order, or nil.
func markupCuts(marks []Boilerplate) []int {
	var cuts []int
	for _, b := range marks {
		if b.Kind == Markup {
			cuts = append(cuts, b.Start, b.End)
		}
	}
	return cuts
}

// trimmed returns s without the white space at its ends.
func trimmed(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}
