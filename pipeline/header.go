package pipeline

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

const (
	monthName = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	dayName   = `(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`
	dayNum    = `(\d{1,2})(?:st|nd|rd|th)?`
	// headerLines is how many article lines from the top may state the date.
	headerLines = 5
	// headerDateLine is the longest line read as a date line rather than a paragraph.
	headerDateLine = 80
)

var (
	// "Tuesday, April 8, 2025", "April 8 2025", "Apr. 8, 2025"
	mdyRE = regexp.MustCompile(`\b` + dayName + monthName + `\s+` + dayNum + `,?\s+(\d{4})\b`)
	// "Tuesday 8 April 2025", "8th April, 2025"
	dmyRE = regexp.MustCompile(`\b` + dayName + dayNum + `\s+` + monthName + `,?\s+(\d{4})\b`)
	// "2025-04-08", "2025-04-08T10:42:00Z", "2025/04/08"
	isoRE = regexp.MustCompile(`\b(\d{4})[-/](\d{2})[-/](\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	// "14.12.2023": day, month, year with dots, as in most of Europe.
	dottedRE = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
)

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// The ranks of a date found at the top of a page; the highest wins, and the
// first among equals.
const (
	rankHeadline  = iota + 1 // a headline that ends with its date: "PM call with X: 13 June 2025"
	rankBanner               // a date line above the headline: the site's "today"
	rankUpdated              // "Updated 27 August 2025"
	rankDateLine             // a date line below the headline, or the date in the dateline
	rankPublished            // "Published: ...", "Publish Date : ..."
)

// labelLines is how many lines from the top a labelled date line
// ("Publish Date : ...", "Updated ...") may stand at: some pages put it
// after the article.
const labelLines = 40

// dateCand is a date found at the top of a page.
type dateCand struct {
	date string
	span Span
	rank int
}

// readHeader finds the dateline and the publication date at the top of d.
func (p *Parser) readHeader(d *Doc) Header {
	var h Header
	var best dateCand
	consider := func(c dateCand) {
		if c.date != "" && c.rank > best.rank {
			best = c
		}
	}
	lines := splitLines(d.Text[:min(len(d.Text), 16<<10)])
	seen := 0         // article lines read
	headline := false // a line that is not a date line has been read
	datelineDone := false
	for li, l := range lines {
		if li >= labelLines {
			break
		}
		if isBoilerplateAt(d, l.Start) {
			continue
		}
		s := l.In(d.Text)
		c := dateLine(s, l.Start)
		switch {
		case c.rank == rankPublished || c.rank == rankUpdated:
			// A labelled date line counts anywhere in the first lines.
			consider(c)
		case seen >= headerLines:
			// Other dates count only at the top.
		case c.rank == rankDateLine && !headline:
			c.rank = rankBanner
			consider(c)
		default:
			consider(c)
		}
		if c.rank < rankBanner {
			headline = true
		}
		if !datelineDone && seen < datelineLines {
			if span, lead := p.datelineIn(s, l.Start, seen == 0); span.Len() > 0 {
				h.Dateline, h.DatelineLead = span, lead
				datelineDone = true
				// "ISLAMABAD, April 8, 2025:": a date inside the dateline.
				rest := s[span.End-l.Start:]
				prefix := rest[:min(len(rest), 40)]
				if date, ds := findDate(prefix, span.End); date != "" {
					consider(dateCand{date, ds, rankDateLine})
				}
			} else if isBodyParagraph(s) {
				// The dateline opens the body's first paragraph or stands
				// above it; it is not further down.
				datelineDone = true
			}
		}
		seen++
	}
	h.Published, h.PublishedSpan = best.date, best.span
	return h
}

// datelineLines is how many article lines from the top may hold the dateline.
const datelineLines = 15

// isBodyParagraph reports whether a line reads as a paragraph of the article:
// fifteen words or more, ending as a sentence ends.
func isBodyParagraph(s string) bool {
	s = strings.TrimSpace(s)
	if len(strings.Fields(s)) < 15 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’'…", r)
}

// dateLine reads line s, which starts at offset base of the text, as a date
// line: a date and at most labels, times and time zones around it
// ("Published: Mar 3, 2025, 10:42 AM", "2025-03-01", "Ahram Online ,
// Wednesday 18 Jun 2014"). A line with a published and an updated date gives
// the published one. It returns the zero dateCand for any other line.
func dateLine(s string, base int) dateCand {
	trimmed := strings.TrimSpace(s)
	if len(trimmed) > headerDateLine*2 || !strings.ContainsAny(trimmed, "0123456789") {
		return dateCand{}
	}
	var out dateCand
	rest := s
	from := 0 // where the label of the next date starts
	var others strings.Builder
	for range 3 {
		date, span := findDate(rest, 0)
		if date == "" {
			break
		}
		others.WriteString(s[from : from+span.Start])
		label := strings.ToLower(s[from : from+span.Start])
		others.WriteByte(' ')
		rank := rankDateLine
		switch {
		case strings.Contains(label, "publish") || strings.Contains(label, "posted") || strings.Contains(label, "created"):
			rank = rankPublished
		case strings.Contains(label, "updated") || strings.Contains(label, "modified"):
			rank = rankUpdated
		}
		if rank > out.rank {
			out = dateCand{date, Span{base + from + span.Start, base + from + span.End}, rank}
		}
		from += span.End
		rest = s[from:]
	}
	if out.date == "" {
		return out
	}
	others.WriteString(rest)
	if onlyLabels(others.String()) && len(trimmed) <= headerDateLine {
		return out
	}
	// "Ahram Online , Wednesday 18 Jun 2014": a source's name before the date.
	if after, ok := cutSource(others.String()); ok && onlyLabels(after) && len(trimmed) <= headerDateLine {
		return out
	}
	// "PM call with the President of France: 13 June 2025": a headline that
	// ends with its date after a colon.
	if end := out.span.End - base; strings.TrimSpace(s[end:]) == "" && out.rank == rankDateLine &&
		strings.HasSuffix(strings.TrimSpace(s[:out.span.Start-base]), ":") {
		out.rank = rankHeadline
		return out
	}
	return dateCand{}
}

// cutSource cuts a source's name ("Ahram Online ,", "The Daily Planet |")
// off the start of the words around a date line's date: up to four
// capitalised words before a comma, bar or dash.
func cutSource(s string) (rest string, ok bool) {
	i := strings.IndexAny(s, ",|")
	if i < 0 {
		return s, false
	}
	words := strings.Fields(s[:i])
	if len(words) == 0 || len(words) > 4 {
		return s, false
	}
	for _, w := range words {
		if !isUpperStart(w) {
			return s, false
		}
	}
	return s[i+1:], true
}

// onlyLabels reports whether the rest of a line around its date holds only
// labels, times, time zones and punctuation, so that the line is a date
// line and not a headline that names a date.
func onlyLabels(rest string) bool {
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '|' || r == ',' || r == ':' || r == '-' || r == '+' || r == '(' || r == ')' || r == '/' || r == '•' || r == '·'
	})
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case lw == "by" && isNameWords(words[i+1:]):
			// "Posted on March 3, 2025 by Ana Ruiz"
			return true
		case dateLabels[lw]:
		case isAllCaps(w) && len(w) <= 4: // PKT, GMT, IST, EDT
		case strings.ContainsAny(w, "0123456789") && strings.Trim(w, "0123456789.apmAPM") == "": // 3:45pm, 07, 10.30
		default:
			return false
		}
	}
	return true
}

// isNameWords reports whether words are a short name: one to four
// capitalised words.
func isNameWords(words []string) bool {
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}

func isBoilerplateAt(d *Doc, pos int) bool {
	for _, b := range d.Boilerplate {
		if b.Start <= pos && pos < b.End {
			return true
		}
		if b.Start > pos {
			break
		}
	}
	return false
}

// findDate finds a full date with a year in s, which starts at offset base
// of the text, and returns it as YYYY-MM-DD with its span.
func findDate(s string, base int) (string, Span) {
	type form struct {
		re           *regexp.Regexp
		y, m, dIndex int
	}
	for _, f := range []form{{mdyRE, 3, 1, 2}, {dmyRE, 3, 2, 1}, {isoRE, 1, 2, 3}, {dottedRE, 3, 2, 1}} {
		m := f.re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		group := func(g int) string { return s[m[2*g]:m[2*g+1]] }
		// strconv, not fmt.Sscan: Sscan reads "08" as a bad octal number.
		year, _ := strconv.Atoi(group(f.y))
		day, _ := strconv.Atoi(group(f.dIndex))
		var month int
		if f.re == isoRE || f.re == dottedRE {
			month, _ = strconv.Atoi(group(f.m))
		} else {
			month = int(months[strings.ToLower(group(f.m))[:3]])
		}
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if month < 1 || t.Day() != day || int(t.Month()) != month || year < 1900 || year > 2200 {
			continue
		}
		return t.Format("2006-01-02"), Span{base + m[0], base + m[1]}
	}
	return "", Span{}
}

// calendar says whether a word names a weekday or a month (Token.cal).
type calendar uint8

const (
	weekday calendar = iota + 1 // "monday"
	month                       // "july", the full name only
)

// calendarOf says whether a lower-case word names a day of the week or a
// month. It is a switch, not a map, because the tokeniser asks it of every
// word.
func calendarOf(lower string) calendar {
	if len(lower) < 3 || len(lower) > 9 {
		return 0
	}
	switch lower {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return weekday
	case "january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december":
		return month
	}
	return 0
}
