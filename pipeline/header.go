package pipeline

import (
	"regexp"
	"strconv"
	"strings"
	"time"
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
	// "2025-04-08"
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)

	// "ISLAMABAD:", "NEW DELHI, April 8 (PTI) -", "WASHINGTON (Reuters) —"
	capsDatelineRE = regexp.MustCompile(`^([A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})\s*(?:,\s*[A-Za-z0-9 ,.]{3,30}?)?\s*(?:\([^()]{1,30}\))?\s*(?::|—|–|-{1,2})\s`)
	// "Islamabad, April 8:", "New Delhi, 8 April (APP) -"
	titleDatelineRE = regexp.MustCompile(`^([A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,3}),\s*(?:` + monthName + `\s+\d{1,2}|\d{1,2}\s+` + monthName + `)(?:,?\s*\d{4})?\s*(?:\([^()]{1,30}\))?\s*(?::|—|–|-{1,2})\s`)
)

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// readHeader finds the dateline and the publication date at the top of d.
func readHeader(d *Doc) Header {
	var h Header
	seen := 0
	lines := splitLines(d.Text[:min(len(d.Text), 4096)])
	for _, l := range lines {
		if isBoilerplateAt(d, l.Start) {
			continue
		}
		s := l.In(d.Text)
		if h.Published == "" && len(strings.TrimSpace(s)) <= headerDateLine {
			// A date line: the date and at most a label ("Published:",
			// "Updated", a time), not a headline that names a date.
			if date, span := findDate(s, l.Start); date != "" && onlyLabels(s[:span.Start-l.Start]+" "+s[span.End-l.Start:]) {
				h.Published, h.PublishedSpan = date, span
			}
		}
		if m := capsDatelineRE.FindStringSubmatchIndex(s); m != nil && isPlace(s[m[2]:m[3]]) {
			h.Dateline = Span{l.Start + m[2], l.Start + m[3]}
		} else if m := titleDatelineRE.FindStringSubmatchIndex(s); m != nil {
			h.Dateline = Span{l.Start + m[2], l.Start + m[3]}
		}
		if h.Dateline != (Span{}) {
			if h.Published == "" {
				// "ISLAMABAD, April 8, 2025:": a date inside the dateline.
				prefix := s[:min(len(s), h.Dateline.End-l.Start+40)]
				h.Published, h.PublishedSpan = findDate(prefix, l.Start)
			}
			break
		}
		if seen++; seen >= headerLines {
			break
		}
	}
	return h
}

// dateLabels are the words a date line may hold besides its date:
// "Published: ...", "Last Updated: ... 3:45 PM PKT".
var dateLabels = map[string]bool{
	"published": true, "updated": true, "last": true, "posted": true, "on": true, "at": true,
	"date": true, "dated": true, "am": true, "pm": true, "a.m.": true, "p.m.": true, "by": true,
	"first": true, "modified": true, "created": true, "edition": true, "print": true,
}

// onlyLabels reports whether the rest of a line around its date holds only
// labels, times, time zones and punctuation, so that the line is a date
// line and not a headline that names a date.
func onlyLabels(rest string) bool {
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '|' || r == ',' || r == ':' || r == '-' || r == '(' || r == ')' || r == '/' || r == '•' || r == '·'
	}) {
		lw := strings.ToLower(w)
		switch {
		case dateLabels[lw]:
		case isAllCaps(w) && len(w) <= 4: // PKT, GMT, IST, EDT
		case strings.ContainsAny(w, "0123456789") && strings.Trim(w, "0123456789.apmAPM") == "": // 3:45pm, 07, 10.30
		default:
			return false
		}
	}
	return true
}

// isPlace reports whether an all-caps dateline candidate looks like a place
// and not an acronym that opens a sentence ("NSA Waltz said:").
func isPlace(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 4 || strings.Contains(s, " ")
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
	for _, f := range []form{{mdyRE, 3, 1, 2}, {dmyRE, 3, 2, 1}, {isoRE, 1, 2, 3}} {
		m := f.re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		group := func(g int) string { return s[m[2*g]:m[2*g+1]] }
		// strconv, not fmt.Sscan: Sscan reads "08" as a bad octal number.
		year, _ := strconv.Atoi(group(f.y))
		day, _ := strconv.Atoi(group(f.dIndex))
		var month int
		if f.re == isoRE {
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

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true,
}

// IsWeekday reports whether a lower-case word is a day of the week ("monday").
func IsWeekday(lower string) bool { return weekdays[lower] }

// IsMonthName reports whether a lower-case word is the full name of a month ("july").
func IsMonthName(lower string) bool { return monthNames[lower] }
