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
func markBoilerplate(text string, lines []line) []Boilerplate {
	var headings []int
	for i := range lines {
		if lines[i].boiler != 0 {
			continue // markup (markup.go)
		}
		k, heading := lineKind(lines[i].In(text))
		lines[i].boiler = k
		if heading {
			headings = append(headings, i)
		}
	}
	markRuns(text, lines, headings)
	var marks []Boilerplate
	for _, l := range lines {
		if l.boiler != 0 {
			marks = append(marks, Boilerplate{Span: l.Span, Kind: l.boiler})
		}
	}
	return marks
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
	// Every test reads the start of the line: lower-case no more of it.
	cut := min(len(s), containsWindow)
	for cut > 0 && cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	lower := lowerNormalized(s[:cut])
	if cut < len(s) {
		lower += "…" // a long line is never the whole of a short phrase
	}
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
