package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The dateline pass: the place that opens the body's first paragraph, before a
// colon, a dash or an agency tag, with an optional date and agency between:
// "New Delhi:", "TEHRAN —", "Berlin (dpa) -", "Nairobi, March 3 (Reuters) -",
// "ASHGABAT, Turkmenistan, December 21. Work began". A source tag before it
// ("(MENAFN- IANS) Tehran, ...") and a site name or weekday before a comma
// ("ASIATODAY.ID, WASHINGTON —") are not part of it.

// datelineDateEnd returns the end of the date that opens s, after an
// optional comma and white space: a month's name and a day ("Aug 26", "JUL
// 25", "Sept. 9th") or a day and a month's name ("26 August"), then
// optionally a comma, white space and a year of four digits; or -1. The
// month is in title case or in capitals, as the place is ("WASHINGTON, JUL
// 25:"). It reads what the regular expression datelineDateRE (kept in the
// tests, which check the two agree) matches, `^,?\s*(?:MONTH\s+\d{1,2}
// (?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+MONTH)(?:,?\s*\d{4})?` with
// monthName for MONTH: in the second form nothing need follow the month's
// name, so the longest of its forms that opens the rest is taken.
func datelineDateEnd(s string) int {
	j := 0
	if j < len(s) && s[j] == ',' {
		j++
	}
	j = skipRESpace(s, j)
	end := -1
	if m, _, e := monthNameAt(s, j); m != 0 {
		// A month and a day.
		if d := skipRESpace(s, e); d > e {
			if n := digitsAt(s, d); n > 0 {
				end = ordinalEnd(s, d+min(n, 2))
			}
		}
	}
	if end < 0 {
		// A day and a month.
		n := digitsAt(s, j)
		if n == 0 || n > 2 {
			return -1
		}
		e := ordinalEnd(s, j+n)
		m := skipRESpace(s, e)
		if m == e {
			return -1
		}
		if end = monthPrefixEnd(s, m); end < 0 {
			return -1
		}
	}
	// The year, if one follows.
	y := end
	if y < len(s) && s[y] == ',' {
		y++
	}
	y = skipRESpace(s, y)
	if digitsAt(s, y) >= 4 {
		return y + 4
	}
	return end
}

// ordinalEnd returns the end of "st", "nd", "rd" or "th" at i, or i.
func ordinalEnd(s string, i int) int {
	if i+2 <= len(s) {
		switch s[i : i+2] {
		case "st", "nd", "rd", "th":
			return i + 2
		}
	}
	return i
}

// monthForms are the forms of each month's name that monthName allows, by
// their first three letters, longest first.
var monthForms = func() map[string][]string {
	forms := map[string][]string{}
	for _, f := range [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "Sept",
		"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		for _, w := range [...]string{f, strings.ToUpper(f)} {
			forms[w[:3]] = append(forms[w[:3]], w)
		}
	}
	return forms
}()

// monthPrefixEnd returns the end of monthName's match at i when nothing
// need follow it: the longest form of the month whose first three letters
// open s[i:] that opens it ("Marchland" gives "March"), and a full stop
// after it; or -1.
func monthPrefixEnd(s string, i int) int {
	if i+3 > len(s) {
		return -1
	}
	for _, f := range monthForms[s[i:i+3]] {
		if strings.HasPrefix(s[i:], f) {
			e := i + len(f)
			if e < len(s) && s[e] == '.' {
				e++
			}
			return e
		}
	}
	return -1
}

// datelineAgencyEnd returns the end of an agency tag that opens s, after
// white space: "(Reuters)", "(AP)", "(IANS)": one to 30 runes but brackets
// and line breaks, in brackets. It returns -1 if there is none.
func datelineAgencyEnd(s string) int {
	j := skipRESpace(s, 0)
	if j >= len(s) || s[j] != '(' {
		return -1
	}
	n := 0 // runes inside
	for k := j + 1; k < len(s); {
		switch s[k] {
		case ')':
			if n == 0 {
				return -1
			}
			return k + 1
		case '(', '\n':
			return -1
		}
		if n++; n > 30 {
			return -1
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	return -1
}

// datelineSepEnd returns the end of the mark that ends a dateline at the
// start of s, after white space: a colon, a dash or one or two hyphens,
// then white space (which it includes) or the end of s. It returns -1 if
// there is none.
func datelineSepEnd(s string) int {
	j := skipRESpace(s, 0)
	mark := 0
	switch {
	case strings.HasPrefix(s[j:], ":"):
		mark = 1
	case strings.HasPrefix(s[j:], "—"), strings.HasPrefix(s[j:], "–"):
		mark = len("—")
	case strings.HasPrefix(s[j:], "--"):
		mark = 2 // one hyphen before a second is no mark
	case strings.HasPrefix(s[j:], "-"):
		mark = 1
	default:
		return -1
	}
	switch e := j + mark; {
	case e == len(s):
		return e
	case reSpace(s[e]):
		return e + 1
	}
	return -1
}

// reSpace reports whether c is white space as \s of a regular expression
// has it: [\t\n\f\r ].
func reSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// skipRESpace returns the offset in s of the first byte from i on that is
// not reSpace.
func skipRESpace(s string, i int) int {
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	return i
}

// maxPlaceWords is the most words a dateline place has ("Kuala Lumpur",
// "Rio de Janeiro" has a lower-case word and is read as far as it goes).
const maxPlaceWords = 4

// datelineIn returns the span of the dateline place that opens line s, which
// starts at offset base of the text, and the span of the whole dateline, from
// the line's start to its separator ("(MENAFN- IANS) Tehran, Aug 26 (IANS)
// -"); zero Spans if there is none. top says whether s is the first line of
// the page, where a headline stands.
func (p *Parser) datelineIn(s string, base int, top bool) (place, lead Span) {
	pos := skipSpace(s, 0)
	// A source tag: "(MENAFN- IANS) Tehran, Aug 26 (IANS) ...".
	if pos < len(s) && s[pos] == '(' {
		if end := strings.IndexByte(s[pos:min(len(s), pos+48)], ')'); end > 0 {
			pos = skipSpace(s, pos+end+1)
		}
	}
	// A site name or weekday before a comma may come first, once or twice.
	for range 3 {
		var buf [maxPlaceWords]int
		ends := placeWords(s, pos, buf[:0])
		if len(ends) == 0 {
			return Span{}, Span{}
		}
		for n := len(ends); n >= 1; n-- {
			name := s[pos:ends[n-1]]
			if end, ok := p.datelineAfter(s, name, ends[n-1], top); ok {
				return Span{base + pos, base + ends[n-1]}, Span{base + skipSpace(s, 0), base + end}
			}
		}
		last := ends[len(ends)-1]
		if last >= len(s) || s[last] != ',' {
			return Span{}, Span{}
		}
		pos = skipSpace(s, last+1)
	}
	return Span{}, Span{}
}

// datelineAfter reports whether name, which ends at offset i of line s, is a
// dateline place: a known place followed by a dateline's ending; and if so,
// the offset where the dateline ends, after its date, agency tag and
// separator.
func (p *Parser) datelineAfter(s, name string, i int, top bool) (int, bool) {
	j := i
	// "New Delhi [India], ...", "BRASILIA, Brazil (AP) —".
	if strings.HasPrefix(s[j:], " [") {
		if end := strings.IndexByte(s[j:min(len(s), j+32)], ']'); end > 0 {
			j += end + 1
		}
	} else if strings.HasPrefix(s[j:], ",") && datelineDateEnd(s[j:]) < 0 {
		k := skipSpace(s, j+1)
		var buf [maxPlaceWords]int
		if ends := placeWords(s, k, buf[:0]); len(ends) > 0 {
			for n := len(ends); n >= 1; n-- {
				if p.isPlace(s[k:ends[n-1]], false) {
					j = ends[n-1]
					break
				}
			}
		}
	}
	dated, tagged := false, false
	if m := datelineDateEnd(s[j:]); m >= 0 {
		j += m
		dated = true
	}
	if m := datelineAgencyEnd(s[j:]); m >= 0 {
		j += m
		tagged = true
	}
	rest := s[j:]
	end := j
	switch {
	case datelineSepEnd(rest) >= 0:
		m := datelineSepEnd(rest)
		end = j + m
		after := strings.TrimSpace(rest[m:])
		if after == "" || isAllCaps(after) && len(after) > 8 {
			// "PAKISTAN: FLOODS KILL 20" is a headline.
			return 0, false
		}
		if !dated && !tagged && !isAllCaps(name) && countFieldsUpTo(after, 12) < 12 &&
			(top || strings.HasPrefix(strings.TrimSpace(rest), ":")) {
			// "Ukraine: Russia launches drones" and, atop the page,
			// "Kabul – a city waits" are headlines, not datelines that
			// open a paragraph.
			return 0, false
		}
	case tagged && !dated && startsWord(rest):
		// "Lima (EFE) The minister ..."
	case tagged && dated:
		// "Lima, June 9 (EFE) Foreign Minister ..."
	case dated && strings.HasPrefix(rest, ". "):
		// "TASHKENT, Uzbekistan, May 2. Work on ..."
	case dated && strings.HasPrefix(rest, " ") && isUpperStart(rest[1:]):
		// "Lima, May 20 The minister ...": an agency's dateline whose tag
		// the page dropped.
	case strings.TrimSpace(rest) == "" && !dated && !tagged && isAllCaps(name) && p.places != nil:
		// "TORONTO" on a line of its own, above the agency's name.
	default:
		return 0, false
	}
	return end, p.isPlace(name, dated)
}

// isPlace reports whether name can be a dateline's place. Without a
// gazetteer, an all-caps name of four letters or more ("KABUL", not "NSA") or
// a title-case name before a date ("Riyadh, March 3:") is taken.
func (p *Parser) isPlace(name string, dated bool) bool {
	if p.places != nil {
		return p.places.IsPlace(name)
	}
	if isAllCaps(name) {
		return isPlaceShape(name)
	}
	return dated && isUpperStart(name) && calendarOf(strings.ToLower(strings.Trim(name, "."))) != weekday
}

// isPlaceShape reports whether an all-caps dateline candidate looks like a
// place and not an acronym that opens a sentence ("NSA Waltz said:").
func isPlaceShape(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4 || strings.Contains(s, " ")
}

// placeWords returns the ends of up to maxPlaceWords words that start at pos,
// each starting with an upper-case letter (or a particle inside the name:
// "de", "es") and made of letters, dots, apostrophes and hyphens, separated
// by single spaces. It appends them to ends, which has room for
// maxPlaceWords, so that a caller's array holds them.
func placeWords(s string, pos int, ends []int) []int {
	i := pos
	for len(ends) < maxPlaceWords && i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			// "Rio de Janeiro", "Dar es Salaam": a particle inside a name.
			sp := strings.IndexByte(s[i:], ' ')
			if len(ends) == 0 || sp < 0 || !placeParticles[s[i:i+sp]] {
				break
			}
			i += sp + 1
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				break
			}
			j += size
		}
		// A word does not end in a hyphen, and "U.S." keeps its dot, but
		// "Washington." ends a sentence: keep dots only inside initialisms.
		end := strings.TrimRight(s[i:j], "-")
		if strings.HasSuffix(end, ".") && !strings.Contains(end[:len(end)-1], ".") {
			end = end[:len(end)-1]
		}
		if end == "" {
			break
		}
		ends = append(ends, i+len(end))
		if i+len(end) < j || j >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	return ends
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// startsWord reports whether s, after white space, starts with a letter.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t"))
	return unicode.IsLetter(r)
}
