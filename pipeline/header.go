package pipeline

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthWords are the names of the months and their abbreviations.
const monthWords = `Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`

// monthName is a month's name in title case or in capitals ("AUG 14", as a
// dateline in capitals writes it), not in lower case ("may" is a verb).
var monthName = `(` + monthWords + `|` + strings.ToUpper(monthWords) + `)\.?`

// headerDateLine is the longest line read as a date line rather than a paragraph.
const headerDateLine = 80

// The ranks of a date found at the top of a page; the highest wins, and the
// first among equals.
const (
	rankHeadline  = iota + 1 // a headline that ends with its date: "PM call with X: 13 June 2025"
	rankBanner               // an unlabelled date line above the headline: the site's "today"
	rankUpdated              // "Updated 27 August 2025"
	rankDateLine             // a date line below the headline, "Date: ...", or the date in the dateline
	rankPublished            // "Published: ...", "Publish Date : ..."
)

// The bounds of the header pass: it reads a bounded start of any text, so
// its cost does not grow with the text.
const (
	// headerBytes is how much of the text the pass reads.
	headerBytes = 16 << 10
	// labelLines is how many lines from the top a labelled date line
	// ("Publish Date : ...", "Updated ...") may stand at: some pages put it
	// after the article.
	labelLines = 40
	// headerLines is how many article lines the header may span: a
	// headline, a standfirst, captions and credits, bylines, date lines and
	// the line the dateline opens.
	headerLines = 15
)

// dateCand is a date found at the top of a page.
type dateCand struct {
	date string
	span Span
	rank int
	// labelled says a label names the date ("Date:", "Published"), so it
	// is no site banner's "today".
	labelled bool
}

// readHeader finds the dateline, the publication date and the lines above
// the body at the top of d.
//
// The header is the run of lines above the body: a headline, a standfirst,
// captions and credits, bylines and date lines. The body starts at the line a
// dateline opens, or at the first paragraph (isBodyParagraph) that no header
// line follows before the next paragraph: a paragraph followed by a date line,
// a byline, a caption or a credit, or written twice (an image's text and its
// caption), was a standfirst or a caption. The dateline is read only in the
// header, and so is a date line without a label; a labelled one counts in the
// first labelLines lines.
//
// textLines are the lines of d's text (splitLines).
func (p *Parser) readHeader(d *Doc, textLines []line) Header {
	var h Header
	var best dateCand
	consider := func(c dateCand) {
		if c.date != "" && c.rank > best.rank {
			best = c
		}
	}
	// A line cut at headerBytes is the last one read; the header does not
	// end in it, so it never stands in h.Lines.
	lines := firstLines(d.Text, textLines, min(len(d.Text), headerBytes), labelLines)
	seen := 0         // article lines read
	headline := false // a line that is not a date line has been read
	inHeader := true  // the body has not started
	bodyFound := false
	pending := -1 // the index in h.Lines of a paragraph read since the last header line, or -1
	prev := ""    // the article line before
	forgive := func() {
		if pending >= 0 {
			h.Lines[pending].Kind = CaptionLine
			pending = -1
		}
	}
	// bodyAt ends the header at a paragraph that was the body's first.
	bodyAt := func() {
		if pending >= 0 {
			h.Lines = h.Lines[:pending]
			pending = -1
		}
		inHeader, bodyFound = false, true
	}
	bp := 0 // the next boilerplate mark
	for li, l := range lines {
		if li >= labelLines {
			break
		}
		for bp < len(d.Boilerplate) && d.Boilerplate[bp].End <= l.Start {
			bp++
		}
		if bp < len(d.Boilerplate) && d.Boilerplate[bp].Start <= l.Start {
			if k := d.Boilerplate[bp].Kind; inHeader && (k == Byline || k == Caption) {
				forgive()
			}
			continue
		}
		if seen >= headerLines && inHeader {
			if pending >= 0 {
				bodyAt()
			}
			inHeader = false
		}
		s, base := l.In(d.Text), l.Start
		c := dateLine(s, base)
		rest := 0 // where the line goes on after a date that opens it
		if inHeader && c.date == "" {
			if c = labelledDate(s, base); c.date == "" {
				c, rest = leadingDate(s, base)
			}
		}
		switch {
		case c.rank == rankPublished || c.rank == rankUpdated:
			// A labelled date line counts anywhere in the first lines.
			consider(c)
		case !inHeader:
			// Other dates count only in the header.
		case c.rank == rankDateLine && !headline && !c.labelled:
			c.rank = rankBanner
			consider(c)
		default:
			consider(c)
		}
		if !inHeader {
			seen++
			continue
		}
		if c.date != "" {
			forgive()
			if rest == 0 {
				prev = s
				seen++
				continue
			}
		}
		headline = true
		s, base = s[rest:], base+rest
		switch span, lead := p.datelineIn(s, base, seen == 0); {
		case span.Len() > 0:
			// The dateline opens the body; after a paragraph, the
			// paragraph was the body's first.
			if pending < 0 {
				h.Dateline, h.DatelineLead = span, lead
				// "ISLAMABAD, April 8, 2025:": a date inside the dateline.
				tail := s[span.End-base:]
				if date, ds := findDate(tail[:min(len(tail), datelineDateBytes)], span.End); date != "" {
					consider(dateCand{date: date, span: ds, rank: rankDateLine})
				}
			}
			bodyAt()
		case s == prev && pending >= 0:
			// A caption under an image of the same text.
			forgive()
			h.Lines = append(h.Lines, HeaderLine{trimSpan(s, base), CaptionLine})
		case isBodyParagraph(s):
			if pending >= 0 {
				bodyAt() // two paragraphs: the body
				break
			}
			pending = len(h.Lines)
			h.Lines = append(h.Lines, HeaderLine{Span: trimSpan(s, base)})
		case isHeadlineLike(s) && hasInnerSentenceEnd(s):
			// "X speaks in Lima on Monday. REUTERS/Ana Ruiz": a caption
			// and its credit.
			h.Lines = append(h.Lines, HeaderLine{trimSpan(s, base), CaptionLine})
		case isHeadlineLike(s) && !strings.HasSuffix(strings.TrimSpace(s), ":"):
			// A line that ends with a colon opens what follows it.
			h.Lines = append(h.Lines, HeaderLine{trimSpan(s, base), HeadlineLine})
		}
		prev = s
		seen++
	}
	if inHeader && pending >= 0 {
		bodyAt()
	}
	if !bodyFound {
		// Where the body starts is not known: no line is told apart.
		h.Lines = nil
	}
	h.Published, h.PublishedSpan = best.date, best.span
	return h
}

// trimSpan returns the span of s, which starts at offset base of the text,
// without the white space around it.
func trimSpan(s string, base int) Span {
	start := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	return Span{base + start, base + len(strings.TrimRightFunc(s, unicode.IsSpace))}
}

// hasInnerSentenceEnd reports whether a sentence ends inside line s: a
// full stop, question or exclamation mark after a word of two letters or
// more that is no abbreviation ("Mr.", "U.S."), then a space and a capital,
// a digit, a dash or a quotation mark ("... in Lima on Monday. — Ana
// Ruiz/AFP").
func hasInnerSentenceEnd(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if c := s[i]; (c != '.' && c != '?' && c != '!') || s[i+1] != ' ' {
			continue
		}
		j := i
		for j > 0 && isASCIILetterOrDigit(s[j-1]) {
			j--
		}
		if i-j < 2 || j > 0 && s[j-1] == '.' || abbreviations[s[j:i]] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("—–-\"“‘'", r) {
			return true
		}
	}
	return false
}

func isASCIILetterOrDigit(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// datelineDateBytes is how far after a dateline's place its date may start
// and end: "ISLAMABAD, Tuesday, April 8, 2025:".
const datelineDateBytes = 40

// isBodyParagraph reports whether a line reads as a paragraph of the article:
// fifteen words or more, ending as a sentence ends.
func isBodyParagraph(s string) bool {
	// The last rune before the words: it is read in place, the words are
	// counted.
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’'…", r) && countFieldsUpTo(s, 15) >= 15
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
		others.WriteByte(' ')
		rank, labelled := labelRank(s[from : from+span.Start])
		if rank > out.rank {
			out = dateCand{date, Span{base + from + span.Start, base + from + span.End}, rank, labelled}
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

// labelRank returns the rank the words before a date on a date line give
// it, and whether they name the date at all: "Published", "Posted on" and
// "Created" the publication date, "Updated" and "Last modified" an update,
// "Date:" and "Dated" a date line's date.
func labelRank(label string) (rank int, labelled bool) {
	label = strings.ToLower(label)
	switch {
	case strings.Contains(label, "publish") || strings.Contains(label, "posted") || strings.Contains(label, "created"):
		return rankPublished, true
	case strings.Contains(label, "updated") || strings.Contains(label, "modified"):
		return rankUpdated, true
	}
	for _, w := range strings.FieldsFunc(label, notLetter) {
		if w == "date" || w == "dated" {
			return rankDateLine, true
		}
	}
	return rankDateLine, false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// The bounds of a date line that shares its line with other text.
const (
	// maxLabelWords is the most words a date's label has: "Last
	// updated on", "Publish Date".
	maxLabelWords = 3
	// maxWordsBeforeLabel is the most words before a date line's label
	// on the same line: a byline or a share prompt ("Staff Reporter",
	// "Follow on").
	maxWordsBeforeLabel = 6
)

// leadingDateRestRE is what may follow the date of a date line that opens
// a line before the line goes on: a time, its time zone, and a bar or dash.
var leadingDateRestRE = lazyRegexp(`^,?\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+\p{Lu}{2,4}\b)?)?\s*(?:[|•·—–-]\s+)?`)

// leadingDate reads a labelled date that opens line s, which starts at
// offset base of the text, where the line goes on with another part of the
// page that a scraper joined to it: "date 2021-07-11 ISLAMABAD: ...",
// "Published 3 March 2025 | LIMA — ...", "Updated: 4 May 2024 The minister
// ...". The label is up to maxLabelWords words of the date-labels list and
// names the date (labelRank); after the date, a time, a time zone and a bar,
// the line goes on with a capital letter, a digit or a quotation mark, not
// as a sentence goes on ("Published on 3 March 2025, the report said"). It
// returns the date and the offset in s where the line goes on, or the zero
// dateCand.
func leadingDate(s string, base int) (dateCand, int) {
	// The label first, so that a line that opens with none costs no search
	// for a date.
	j, words := skipSpace(s, 0), 0
	for ; words < maxLabelWords; words++ {
		k := j
		for k < len(s) && ('a' <= s[k] && s[k] <= 'z' || 'A' <= s[k] && s[k] <= 'Z') {
			k++
		}
		if k == j || !isDateLabel(s[j:k]) {
			break
		}
		for j = k; j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == ':' || s[j] == '-'); j++ {
		}
	}
	if words == 0 {
		return dateCand{}, 0
	}
	rank, labelled := labelRank(s[:j])
	if !labelled {
		return dateCand{}, 0
	}
	date, span := findDate(s[j:min(len(s), j+headerDateLine)], j)
	if date == "" || span.Start != j {
		return dateCand{}, 0
	}
	rest := span.End + leadingDateRestRE().FindStringIndex(s[span.End:])[1]
	r, _ := utf8.DecodeRuneInString(s[rest:])
	if rest >= len(s) || !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r)) {
		return dateCand{}, 0
	}
	return dateCand{date, Span{base + span.Start, base + span.End}, rank, true}, rest
}

// labelledDate reads a date line that a scraper glued to a few words before
// it, a byline or a share prompt: "Staff ReporterPublished April 17, 2022 -
// Updated April 17, 2022 08:48am", "Follow on Updated On: Thu, 19 Jun 2025
// 00:02:35 PKT". The label starts with a capital letter, at a word's start
// or right after a lower-case letter; at most maxWordsBeforeLabel words
// stand before it, and they do not end as a sentence ends; from the label
// on, the line is a date line (dateLine) whose label names the date. It
// returns the zero dateCand for any other line.
func labelledDate(s string, base int) dateCand {
	if len(s) > headerDateLine*2 {
		return dateCand{}
	}
	words := 0
	for i := 1; i < len(s); i++ {
		prev := s[i-1]
		if prev == ' ' && s[i] != ' ' {
			if words++; words > maxWordsBeforeLabel {
				break
			}
		}
		if s[i] < 'A' || s[i] > 'Z' || prev != ' ' && (prev < 'a' || prev > 'z') {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' && s[j-1] <= 'Z') {
			j++
		}
		if j-i < 4 || !isDateLabel(s[i:j]) {
			continue
		}
		if endsSentenceText(s[:i]) {
			return dateCand{}
		}
		if c := dateLine(s[i:], base+i); c.labelled {
			return c
		}
	}
	return dateCand{}
}

// isDateLabel reports whether the ASCII word w, in any case, is one of the
// dateLabels: it lower-cases w on the stack, so that the look-up allocates
// nothing.
func isDateLabel(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return dateLabels[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return dateLabels[string(buf[:len(w)])]
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
		return r == ' ' || r == '\t' || r == '|' || r == ',' || r == ':' || r == '-' || r == '–' || r == '—' || r == '+' || r == '(' || r == ')' || r == '/' || r == '•' || r == '·'
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

// findDate finds a full date with a year in s, which starts at offset base
// of the text, and returns it as YYYY-MM-DD with its span.
//
// It tries four forms in turn: month, day, year ("Tuesday, April 8, 2025"),
// day, month, year ("8th April, 2025"), ISO ("2025-04-08T10:42:00Z") and
// dotted ("14.12.2023"), each by its scanner (datescan.go), and takes the
// first form whose leftmost match is a real day of a year from 1900 to 2200.
// A scan of the bytes for what each form needs (dateClues) rules out most
// lines before any scanner runs.
func findDate(s string, base int) (string, Span) {
	named, iso, dotted := dateClues(s)
	if !named && !iso && !dotted {
		return "", Span{}
	}
	for _, f := range [...]struct {
		scan func(string) dateMatch
		may  bool // the clues allow a match
	}{{scanMDY, named}, {scanDMY, named}, {scanISO, iso}, {scanDotted, dotted}} {
		if !f.may {
			continue
		}
		m := f.scan(s)
		if !m.ok {
			continue
		}
		// strconv, not fmt.Sscan: Sscan reads "08" as a bad octal number.
		year, _ := strconv.Atoi(s[m.year[0]:m.year[1]])
		day, _ := strconv.Atoi(s[m.day[0]:m.day[1]])
		month := m.monthNum
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if month < 1 || t.Day() != day || int(t.Month()) != month || year < 1900 || year > 2200 {
			continue
		}
		return t.Format("2006-01-02"), Span{base + m.start, base + m.end}
	}
	return "", Span{}
}

// dateClues reports, in one pass over s, which of findDate's forms can
// match it, by what each needs: the forms with a month's name, its first
// three letters in title case or in capitals ("Jan", "SEP", as monthName
// has them) and, after them, four digits in a row (the year); the ISO form,
// four digits, a hyphen or a slash, and a digit; the dotted form, a digit, a
// dot, and four digits in a row.
func dateClues(s string) (named, iso, dotted bool) {
	digits := 0    // the digits in a row that end at i
	month := false // a month's first three letters stand before i
	dotDigit := -1 // where the last dot after a digit stands
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			if digits++; digits >= 4 {
				named = named || month
				dotted = dotted || i-digits == dotDigit
			}
			continue
		}
		switch {
		case digits >= 4 && (c == '-' || c == '/') && i+1 < len(s) && isDigit(s[i+1]):
			iso = true
		case c == '.' && digits >= 1:
			dotDigit = i
		case !month && isUpper(c) && i+3 <= len(s):
			month = monthAbbrev(s[i : i+3])
		}
		digits = 0
	}
	return named, iso, dotted
}

// monthAbbrev reports whether s is the first three letters of a month's
// name in title case or in capitals: "Jan", "JAN".
func monthAbbrev(s string) bool {
	switch s {
	case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
		"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC":
		return true
	}
	return false
}

// calendar says whether a word names a weekday or a month (Token.cal).
type calendar uint8

const (
	weekday calendar = iota + 1 // "monday"
	month                       // "july", the full name only
)

// calendarLens holds, for each byte, a bit for each length of a weekday's
// or month's name that starts with it: bit 6 of calendarLens['m'] for
// "monday". calendarOf passes over most words on it.
var calendarLens = func() (t [256]uint16) {
	for _, w := range [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"} {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// calendarOf says whether a lower-case word names a day of the week or a
// month. It is a switch, not a map, because the tokeniser asks it of every
// word; calendarLens, by the word's first byte and length, leaves the switch
// the few words that may be one.
func calendarOf(lower string) calendar {
	if len(lower) < 3 || len(lower) > 9 || calendarLens[lower[0]]&(1<<len(lower)) == 0 {
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
