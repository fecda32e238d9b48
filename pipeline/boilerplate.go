package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// relatedPrefixes open a line that points to another article.
var relatedPrefixes = []string{
	"read more", "also read", "read also", "related", "see also", "more on this",
	"recommended", "suggested reading", "you may also like", "also see", "watch",
}

// signOffs are agencies and desks that sign off an article on a line of their own.
var signOffs = map[string]bool{
	"ians": true, "pti": true, "ani": true, "uni": true, "afp": true, "ap": true, "app": true,
	"reuters": true, "xinhua": true, "bloomberg": true, "agencies": true, "agency": true,
	"associated press": true, "anadolu": true, "anadolu agency": true, "aa": true, "wam": true,
	"spa": true, "kuna": true, "irna": true, "tass": true, "sputnik": true, "kyodo": true,
	"yonhap": true, "bernama": true, "efe": true, "dpa": true, "nni": true, "inp": true,
	"tns": true, "web desk": true, "news desk": true, "monitoring desk": true, "online": true,
	"staff report": true, "staff reporter": true, "our correspondent": true, "dawn": true,
	"the canadian press": true, "canadian press": true, "the associated press": true,
	"apn": true, "qna": true, "mena": true, "sana": true, "ptv": true, "radio pakistan": true,
}

// creditPrefixes open a line of reporting credits.
var creditPrefixes = []string{
	"reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
	"(with inputs from", "with inputs from", "(additional reporting", "(reporting by",
}

// chromePrefixes open lines of site furniture rather than article text.
var chromePrefixes = []string{
	"advertisement", "follow us", "subscribe", "share this", "click here", "copyright",
	"all rights reserved", "©", "sign up", "download our app", "join our", "sponsored",
}

// markBoilerplate finds the lines that are not part of the article, sets their
// kind on lines, and returns their marks in order. A line is judged on its
// own (boilerplateKind), then runs of lines: a list of other stories under
// its heading or at the foot of the page, a footer, a site menu (markRuns).
func markBoilerplate(text string, lines []line) []Boilerplate {
	var headings []int
	for i := range lines {
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
	lower := strings.ToLower(normalize(s[:cut]))
	if cut < len(s) {
		lower += "…" // a long line is never the whole of a short phrase
	}
	if k, heading := matchPageRules(strings.TrimLeft(lower, "| "), s); k != 0 {
		return k, heading
	}
	switch {
	case strings.HasPrefix(s, "|") || strings.HasPrefix(lower, "welcome to "):
		return Banner, false
	case isByline(s) || hasAnyPrefix(lower, creditPrefixes) || lower == "by" || lower == "by:":
		// "BY" alone is what a scraper leaves of a byline.
		return Byline, false
	case hasLabelPrefix(lower, relatedPrefixes):
		return Related, false
	case len(s) <= 60 && isSignOff(lower):
		return SignOff, false
	case hasAnyPrefix(lower, chromePrefixes) && len(strings.Fields(s)) <= 12:
		return Chrome, false
	case !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
		// "-", "|", "•": what a scraper leaves of a bar.
		return Chrome, false
	case isCreditLine(s):
		return Caption, false
	}
	return 0, false
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

// hasLabelPrefix reports whether lower starts with one of the labels followed
// by a colon, a dash or a bar.
func hasLabelPrefix(lower string, labels []string) bool {
	for _, p := range labels {
		rest, ok := strings.CutPrefix(lower, p)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || strings.IndexAny(rest[:1], ":|-»>") == 0 {
			return true
		}
	}
	return false
}

func hasAnyPrefix(lower string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// isSignOff reports whether a lower-cased line is only the name of an agency
// or desk, or several joined by slashes: "IANS", "(Reuters)", "— AFP", "APP/AFP".
func isSignOff(lower string) bool {
	name := strings.TrimFunc(lower, func(r rune) bool {
		return !unicode.IsLetter(r) && r != ' '
	})
	name = strings.Join(strings.Fields(name), " ")
	if signOffs[name] {
		return true
	}
	if parts := strings.Split(name, "/"); len(parts) > 1 {
		for _, p := range parts {
			if !signOffs[strings.TrimSpace(p)] {
				return false
			}
		}
		return true
	}
	return false
}
