package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markBoilerplate finds the lines that are not part of the article, sets their
// kind on lines, and returns their marks in order. A line is judged on its
// own (boilerplateKind), then runs of lines: a list of other stories under
// its heading or at the foot of the page, a footer, a site menu (markRuns).
func markBoilerplate(text, lower string, lines []line) []Boilerplate {
	marks, _ := markBoilerplateInto(nil, nil, text, lower, lines)
	return marks
}

// lineHead is a line as markBoilerplate reads it. Every line's lower-cased
// start (writeLineLower) is read from lower, asciiLower(text), for a short
// line of ASCII, and written into one buffer for the others, so that the
// pass allocates once for them all rather than once a line.
type lineHead struct {
	s      string // the line without the white space around it
	lo, hi int    // its lower-cased start in lower, or in the buffer when buf
	buf    bool
}

// markBoilerplateInto is markBoilerplate that writes the marks into the
// memory of marks and reads the lines through the memory of heads, when
// they have room, and returns both.
func markBoilerplateInto(marks []Boilerplate, heads []lineHead, text, lower string, lines []line) ([]Boilerplate, []lineHead) {
	type head = lineHead
	if cap(heads) < len(lines) {
		heads = make([]head, len(lines))
	}
	heads = heads[:len(lines)]
	size := 0
	for i, l := range lines {
		raw := l.In(text)
		h := &heads[i]
		h.buf = false
		h.s = strings.TrimSpace(raw)
		h.lo = l.Start + len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		h.hi = h.lo + len(h.s)
		if len(h.s) <= containsWindow && isASCII(h.s) {
			continue
		}
		h.buf = true
		size += min(len(h.s), containsWindow) + len("…")
	}
	var b strings.Builder
	b.Grow(size)
	for i := range heads {
		if h := &heads[i]; h.buf {
			ls := lower[h.lo:h.hi]
			h.lo = b.Len()
			writeLineLowerFrom(&b, h.s, ls)
			h.hi = b.Len()
		}
	}
	lowers := b.String()
	lineLower := func(h head) string {
		if h.buf {
			return lowers[h.lo:h.hi]
		}
		return lower[h.lo:h.hi]
	}
	var headings []int
	n := 0 // boilerplate lines
	for i, h := range heads {
		if lines[i].boiler != 0 {
			n++
			continue // markup (markup.go)
		}
		k, heading := lineKindLower(h.s, lineLower(h))
		lines[i].boiler = k
		if heading {
			headings = append(headings, i)
		}
		if k != 0 {
			n++
		}
	}
	markRuns(text, lines, headings)
	marks = marks[:0]
	for _, l := range lines {
		if l.boiler != 0 {
			if cap(marks) < n {
				marks = make([]Boilerplate, 0, n)
			}
			marks = append(marks, Boilerplate{Span: l.Span, Kind: l.boiler})
		}
	}
	return marks, heads
}

// boilerplateKind returns the kind of boilerplate a line is on its own, or 0.
func boilerplateKind(s string) BoilerplateKind {
	k, _ := lineKind(s)
	return k
}

// lineKind returns the kind of boilerplate a line is on its own, or 0, and
// whether it heads a run of boilerplate below it ("Latest News").
func lineKind(s string) (BoilerplateKind, bool) {
	s = strings.TrimSpace(s)
	var b strings.Builder
	writeLineLower(&b, s)
	return lineKindLower(s, b.String())
}

// writeLineLower writes to b the start of line s that every test of
// lineKind reads, lower-cased and normalised (lowerNormalized): at most
// containsWindow bytes of it, and "…" after it when the line is longer, as
// a long line is never the whole of a short phrase.
func writeLineLower(b *strings.Builder, s string) { writeLineLowerFrom(b, s, "") }

// writeLineLowerFrom is writeLineLower with ls, the same bytes of
// asciiLower(text) as s is of text, whose runs of ASCII it copies; ls may
// be "", and then s's runs are lower-cased here.
func writeLineLowerFrom(b *strings.Builder, s, ls string) {
	cut := min(len(s), containsWindow)
	for cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if ls != "" {
		ls = ls[:cut]
	}
	writeLowerNormalizedFrom(b, s[:cut], ls)
	if cut < len(s) {
		b.WriteString("…")
	}
}

// lineKindLower is lineKind of the trimmed line s, whose start as
// writeLineLower writes it is lower.
func lineKindLower(s, lower string) (BoilerplateKind, bool) {
	if k, heading := matchPageRules(strings.TrimLeft(lower, "| "), s); k != 0 {
		return k, heading
	}
	switch {
	case strings.HasPrefix(s, "|"):
		return Banner, false
	case isByline(s):
		return Byline, false
	case !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
		// "-", "|", "•": what a scraper leaves of a bar.
		return Chrome, false
	case isCreditLine(s):
		return Caption, false
	case isBar(lower):
		return Chrome, false
	}
	return 0, false
}

// isBar reports whether a lower-cased line is a share or print bar: items
// that are each furniture on their own, joined by bars or bullets ("Print |
// Email | Share on X").
func isBar(lower string) bool {
	if strings.IndexByte(lower, '|') < 0 && !strings.Contains(lower, "•") && !strings.Contains(lower, "·") {
		return false
	}
	items := strings.FieldsFunc(lower, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		it = strings.TrimSpace(it)
		if k, _ := matchPageRules(it, it); k != Chrome {
			return false
		}
	}
	return true
}

// isByline reports whether a line is a byline: "By: Agencies", "By Staff
// Reporter", "By John Smith and Jane Doe", "BY REUTERS". Every word after "By"
// is capitalised, but for connectors, so "By contrast, ..." is not one.
func isByline(s string) bool {
	rest, ok := strings.CutPrefix(s, "By")
	if !ok {
		rest, ok = strings.CutPrefix(s, "BY")
	}
	if !ok || rest == "" || (rest[0] != ':' && rest[0] != ' ') {
		return false
	}
	words := strings.Fields(strings.TrimLeft(rest, ": "))
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",|-()")
		switch w {
		case "", "and", "&", "in", "of", "from", "with", "|", "-", "–", "—":
			continue
		}
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}
