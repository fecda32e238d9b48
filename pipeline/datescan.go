package pipeline

// The scanners of findDate's four forms of a date. Each finds what its
// regular expression (kept in datescan_test.go, which checks the two agree)
// finds with FindStringSubmatchIndex: the leftmost match and, at it, the
// groups of the match Perl's order of choices prefers. Every choice of the
// named forms is forced by the byte after it (a word of a weekday or a month
// is a whole run of letters, a day's number a whole run of digits), so a
// scanner tries each start once and never backtracks; only the ISO form's
// time of day has choices to try in turn (isoTimeEnd).

// dateMatch is a date a scanner found: the span of the match in the string
// scanned, and the spans of its year, month and day.
type dateMatch struct {
	start, end       int
	year, month, day [2]int // [start, end) in the string
	monthNum         int    // the month's number, named or written
	ok               bool
}

// isWordByte reports whether c is a word byte of a regular expression's \b
// and \w: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool { return isASCIILetterOrDigit(c) || c == '_' }

// isRESpace reports whether c is white space of a regular expression's \s:
// tab, newline, form feed, carriage return or space (not \v).
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// wordStart reports whether a regular expression's \b holds before s[i],
// a word byte: i opens the text or follows a byte that is no word byte.
func wordStart(s string, i int) bool { return i == 0 || !isWordByte(s[i-1]) }

// letterRunEnd returns the end of the run of ASCII letters from i.
func letterRunEnd(s string, i int) int {
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

// spaceRunEnd returns the end of the run of \s bytes from i.
func spaceRunEnd(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// isDayWord reports whether w is a weekday's name as dayName writes it:
// Mon, Tue, Tues, Wed, Wednes, Thu, Thurs, Fri, Sat, Satur or Sun, with or
// without "day" after it, in title case.
func isDayWord(w string) bool {
	if len(w) > 3 && w[len(w)-3:] == "day" {
		w = w[:len(w)-3]
	}
	switch w {
	case "Mon", "Tue", "Tues", "Wed", "Wednes", "Thu", "Thurs", "Fri", "Sat", "Satur", "Sun":
		return true
	}
	return false
}

// monthOfWord returns the number of the month w names as monthName writes
// it (a name or its abbreviation, in title case or in capitals: "Sept",
// "JANUARY"), or 0.
func monthOfWord(w string) int {
	switch w {
	case "Jan", "January", "JAN", "JANUARY":
		return 1
	case "Feb", "February", "FEB", "FEBRUARY":
		return 2
	case "Mar", "March", "MAR", "MARCH":
		return 3
	case "Apr", "April", "APR", "APRIL":
		return 4
	case "May", "MAY":
		return 5
	case "Jun", "June", "JUN", "JUNE":
		return 6
	case "Jul", "July", "JUL", "JULY":
		return 7
	case "Aug", "August", "AUG", "AUGUST":
		return 8
	case "Sep", "Sept", "September", "SEP", "SEPT", "SEPTEMBER":
		return 9
	case "Oct", "October", "OCT", "OCTOBER":
		return 10
	case "Nov", "November", "NOV", "NOVEMBER":
		return 11
	case "Dec", "December", "DEC", "DECEMBER":
		return 12
	}
	return 0
}

// skipDayName returns the end of dayName's match at i (a weekday's name,
// an optional full stop and comma, and white space), or -1.
func skipDayName(s string, i int) int {
	e := letterRunEnd(s, i)
	if !isDayWord(s[i:e]) {
		return -1
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e < len(s) && s[e] == ',' {
		e++
	}
	if w := spaceRunEnd(s, e); w > e {
		return w
	}
	return -1
}

// monthNameAt reads monthName at i: it returns the month's number, the end
// of its word and the end of the match (after an optional full stop), or a
// month of 0.
func monthNameAt(s string, i int) (month, wordEnd, end int) {
	e := letterRunEnd(s, i)
	m := monthOfWord(s[i:e])
	if m == 0 {
		return 0, 0, 0
	}
	end = e
	if end < len(s) && s[end] == '.' {
		end++
	}
	return m, e, end
}

// dayNumAt reads dayNum at i (one or two digits, then an optional "st",
// "nd", "rd" or "th"): it returns the end of the digits and of the match,
// or -1s.
func dayNumAt(s string, i int) (digitsEnd, end int) {
	d := i + digitsAt(s, i)
	if d == i || d-i > 2 {
		return -1, -1
	}
	end = d
	if end+2 <= len(s) {
		switch s[end : end+2] {
		case "st", "nd", "rd", "th":
			end += 2
		}
	}
	return d, end
}

// yearAtEnd reads `(\d{4})\b` at i: it returns the end of the year, or -1.
func yearAtEnd(s string, i int) int {
	if digitsAt(s, i) != 4 || i+4 < len(s) && isWordByte(s[i+4]) {
		return -1
	}
	return i + 4
}

// commaYearAt reads `,?\s+(\d{4})\b` at e, the year that ends the
// month-name forms: it returns the year's start and end, or end -1.
func commaYearAt(s string, e int) (y, end int) {
	if e < len(s) && s[e] == ',' {
		e++
	}
	if y = spaceRunEnd(s, e); y == e {
		return y, -1
	}
	return y, yearAtEnd(s, y)
}

// scanMDY finds what mdyRE finds: "Tuesday, April 8, 2025", "Apr. 8 2025".
func scanMDY(s string) dateMatch {
	for p := 0; p < len(s); p++ {
		if !isASCIILetter(s[p]) || !wordStart(s, p) {
			continue
		}
		if m := mdyAt(s, p); m.ok {
			return m
		}
	}
	return dateMatch{}
}

// mdyAt reads mdyRE's match anchored at p.
func mdyAt(s string, p int) dateMatch {
	q := p
	if e := skipDayName(s, q); e >= 0 {
		q = e
	}
	month, wordEnd, e := monthNameAt(s, q)
	if month == 0 {
		return dateMatch{}
	}
	r := spaceRunEnd(s, e)
	if r == e {
		return dateMatch{}
	}
	dEnd, e := dayNumAt(s, r)
	if dEnd < 0 {
		return dateMatch{}
	}
	y, end := commaYearAt(s, e)
	if end < 0 {
		return dateMatch{}
	}
	return dateMatch{start: p, end: end, year: [2]int{y, end}, month: [2]int{q, wordEnd}, day: [2]int{r, dEnd}, monthNum: month, ok: true}
}

// scanDMY finds what dmyRE finds: "Tuesday 8 April 2025", "8th April, 2025".
func scanDMY(s string) dateMatch {
	for p := 0; p < len(s); p++ {
		if c := s[p]; !isASCIILetter(c) && !isDigit(c) || !wordStart(s, p) {
			continue
		}
		if m := dmyAt(s, p); m.ok {
			return m
		}
	}
	return dateMatch{}
}

// dmyAt reads dmyRE's match anchored at p.
func dmyAt(s string, p int) dateMatch {
	r := p
	if e := skipDayName(s, r); e >= 0 {
		r = e
	}
	dEnd, e := dayNumAt(s, r)
	if dEnd < 0 {
		return dateMatch{}
	}
	q := spaceRunEnd(s, e)
	if q == e {
		return dateMatch{}
	}
	month, wordEnd, e := monthNameAt(s, q)
	if month == 0 {
		return dateMatch{}
	}
	y, end := commaYearAt(s, e)
	if end < 0 {
		return dateMatch{}
	}
	return dateMatch{start: p, end: end, year: [2]int{y, end}, month: [2]int{q, wordEnd}, day: [2]int{r, dEnd}, monthNum: month, ok: true}
}

// scanISO finds what isoRE finds: "2025-04-08", "2025/04/08",
// "2025-04-08T10:42:00Z".
func scanISO(s string) dateMatch {
	for p := 0; p+10 <= len(s); p++ {
		if !isDigit(s[p]) || !wordStart(s, p) {
			continue
		}
		if m := isoAt(s, p); m.ok {
			return m
		}
	}
	return dateMatch{}
}

// isSep reports whether c is a separator of the ISO form: '-' or '/'.
func isSep(c byte) bool { return c == '-' || c == '/' }

// twoDigits reports whether s[i:i+2] are two ASCII digits.
func twoDigits(s string, i int) bool { return i+2 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) }

// isoAt reads isoRE's match anchored at p.
func isoAt(s string, p int) dateMatch {
	if digitsAt(s, p) < 4 || p+10 > len(s) || !isSep(s[p+4]) || !twoDigits(s, p+5) || !isSep(s[p+7]) || !twoDigits(s, p+8) {
		return dateMatch{}
	}
	end := p + 10
	if end < len(s) && s[end] == 'T' {
		// With a time, or not at all: \b fails between the day and "T".
		if end = isoTimeEnd(s, end); end < 0 {
			return dateMatch{}
		}
	} else if end < len(s) && isWordByte(s[end]) {
		return dateMatch{}
	}
	return dateMatch{start: p, end: end, year: [2]int{p, p + 4}, month: [2]int{p + 5, p + 7}, day: [2]int{p + 8, p + 10},
		monthNum: int(s[p+5]-'0')*10 + int(s[p+6]-'0'), ok: true}
}

// isoTimeEnd returns the end of isoRE's time of day at t, a "T", followed
// by \b: `T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b`,
// trying its choices in the expression's order (seconds with a fraction,
// then without, then no seconds; for each, "Z", an offset with a colon, one
// without, no zone), or -1.
func isoTimeEnd(s string, t int) int {
	if !twoDigits(s, t+1) || t+3 >= len(s) || s[t+3] != ':' || !twoDigits(s, t+4) {
		return -1
	}
	q := t + 6 // after the minutes
	// boundary: every end tried follows a digit or "Z", a word byte.
	boundary := func(e int) bool { return e == len(s) || !isWordByte(s[e]) }
	zoned := func(e int) int {
		if e < len(s) && s[e] == 'Z' && boundary(e+1) {
			return e + 1
		}
		if e < len(s) && (s[e] == '+' || s[e] == '-') && twoDigits(s, e+1) {
			if e+3 < len(s) && s[e+3] == ':' && twoDigits(s, e+4) && boundary(e+6) {
				return e + 6
			}
			if twoDigits(s, e+3) && boundary(e+5) {
				return e + 5
			}
		}
		if boundary(e) {
			return e
		}
		return -1
	}
	if q < len(s) && s[q] == ':' && twoDigits(s, q+1) {
		r := q + 3 // after the seconds
		if r+1 < len(s) && s[r] == '.' && isDigit(s[r+1]) {
			// The longest fraction only: a shorter one ends before a
			// digit, where neither a zone nor \b can follow.
			if e := zoned(r + 1 + digitsAt(s, r+1)); e >= 0 {
				return e
			}
		}
		if e := zoned(r); e >= 0 {
			return e
		}
	}
	return zoned(q)
}

// scanDotted finds what dottedRE finds: "14.12.2023".
func scanDotted(s string) dateMatch {
	for p := 0; p < len(s); p++ {
		if !isDigit(s[p]) || !wordStart(s, p) {
			continue
		}
		if m := dottedAt(s, p); m.ok {
			return m
		}
	}
	return dateMatch{}
}

// dottedAt reads dottedRE's match anchored at p.
func dottedAt(s string, p int) dateMatch {
	d := p + digitsAt(s, p)
	if d-p > 2 || d >= len(s) || s[d] != '.' {
		return dateMatch{}
	}
	m := d + 1
	md := m + digitsAt(s, m)
	if md == m || md-m > 2 || md >= len(s) || s[md] != '.' {
		return dateMatch{}
	}
	y := md + 1
	end := yearAtEnd(s, y)
	if end < 0 {
		return dateMatch{}
	}
	month := 0
	for i := m; i < md; i++ {
		month = month*10 + int(s[i]-'0')
	}
	return dateMatch{start: p, end: end, year: [2]int{y, end}, month: [2]int{m, md}, day: [2]int{p, d}, monthNum: month, ok: true}
}
