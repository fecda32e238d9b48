package pipeline

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The regular expressions findDate's scanners replaced (datescan.go), the
// definition the scanners are checked against.
const (
	dayName = `(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`
	dayNum  = `(\d{1,2})(?:st|nd|rd|th)?`
)

var (
	// "Tuesday, April 8, 2025", "April 8 2025", "Apr. 8, 2025"
	referenceMDY = regexp.MustCompile(`\b` + dayName + monthName + `\s+` + dayNum + `,?\s+(\d{4})\b`)
	// "Tuesday 8 April 2025", "8th April, 2025"
	referenceDMY = regexp.MustCompile(`\b` + dayName + dayNum + `\s+` + monthName + `,?\s+(\d{4})\b`)
	// "2025-04-08", "2025-04-08T10:42:00Z", "2025/04/08"
	referenceISO = regexp.MustCompile(`\b(\d{4})[-/](\d{2})[-/](\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	// "14.12.2023": day, month, year with dots, as in most of Europe.
	referenceDotted = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
)

// months are the months by the first three letters of their names, in
// lower case, as referenceFindDate reads the named forms' month.
var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// dateForms are the four scanners with their expressions and the groups of
// year, month and day in each.
var dateForms = []struct {
	name         string
	scan         func(string) dateMatch
	re           *regexp.Regexp
	y, m, dIndex int
	numeric      bool
}{
	{"mdy", scanMDY, referenceMDY, 3, 1, 2, false},
	{"dmy", scanDMY, referenceDMY, 3, 2, 1, false},
	{"iso", scanISO, referenceISO, 1, 2, 3, true},
	{"dotted", scanDotted, referenceDotted, 3, 2, 1, true},
}

// checkDateScanners checks every scanner against its expression on s: the
// same match or none, the same spans of year, month and day, and the month
// the group names.
func checkDateScanners(t *testing.T, s string) {
	t.Helper()
	for _, f := range dateForms {
		got := f.scan(s)
		want := f.re.FindStringSubmatchIndex(s)
		if (want != nil) != got.ok {
			t.Fatalf("%s(%q): found %v, the expression %v", f.name, s, got.ok, want)
		}
		if want == nil {
			continue
		}
		g := func(k int) [2]int { return [2]int{want[2*k], want[2*k+1]} }
		if got.start != want[0] || got.end != want[1] || got.year != g(f.y) || got.month != g(f.m) || got.day != g(f.dIndex) {
			t.Fatalf("%s(%q) = %+v, the expression %v", f.name, s, got, want)
		}
		month := 0
		if mg := s[want[2*f.m]:want[2*f.m+1]]; f.numeric {
			for _, c := range mg {
				month = month*10 + int(c-'0')
			}
		} else {
			month = int(months[strings.ToLower(mg)[:3]])
		}
		if got.monthNum != month {
			t.Fatalf("%s(%q): month %d, the expression's group says %d", f.name, s, got.monthNum, month)
		}
	}
}

// TestDateScanners checks the scanners against their expressions on a
// table of dates and near misses, on every line of the texts and on the
// text after each of their spaces, and on 200,000 random strings made of
// the pieces of dates (names in every case, numbers of one to six digits,
// ordinals, times, zones, separators, letters, an underscore, runes beyond
// ASCII and bytes that are not UTF-8).
func TestDateScanners(t *testing.T) {
	table := []string{"", "Tuesday, April 8, 2025", "Tues. April 8 2025", "Tue 8 April 2025", "Wednes, 3 Jan 2020",
		"Thurs Jan. 3rd, 2020", "Satur Sept. 9, 2019", "Sunday,  8th  APRIL,\t2025", "MON 3 MAY 2020", "Mon3 May 2020",
		"xMay 3, 2020", "_May 3, 2020", "3May 3, 2020", "éMay 3, 2020", "May 3, 20255", "May 3, 2025x", "May 3, 2025_",
		"May 123, 2025", "May 12st, 2025", "May 12th,2025", "May 12th ,2025", "Maybe 3, 2025", "JANuary 3, 2025",
		"Septem 3 2025", "Sep 3 2025", "SEPT 3 2025", "Monday Tuesday, May 3, 2025", "Monday, 3 June 2024 and 4 July 2025",
		"2025-04-08", "2025/04-08", "12025-04-08", "2025-04-08x", "2025-04-08T", "2025-04-08T10:42", "2025-04-08T10:42:07",
		"2025-04-08T10:42:07.123Z", "2025-04-08T10:42:07.123Zx", "2025-04-08T10:42:07.Z", "2025-04-08T10:42:07.12+05:30",
		"2025-04-08T10:42+0530", "2025-04-08T10:42+05:3", "2025-04-08T10:42:0", "2025-04-08T10:42Z9", "2025-04-08T1:42",
		"2025-04-08T10:42:07.5x", "2025-04-08T10:42:07+05:30a", "2025-04-08T10:42:07+0530a", "2025-04-08Tx 2025-04-09",
		"14.12.2023", "1.2.2024", "123.4.2025", "1.123.2025", "1.12.20251", "a1.12.2025", "1.12.2025.", "1..2025",
		"\xff May 3, 2025", "May\u00a03, 2025", "May 3,\v2025", "May\f3\n2025"}
	for _, s := range table {
		checkDateScanners(t, s)
	}
	for _, text := range repoTexts(t) {
		for _, line := range strings.Split(text, "\n") {
			checkDateScanners(t, line)
			for i := 0; i < len(line); i++ {
				if line[i] == ' ' {
					checkDateScanners(t, line[i+1:])
				}
			}
		}
	}
	pieces := []string{"Mon", "Tue", "Tues", "Wed", "Wednes", "Thu", "Thurs", "Fri", "Sat", "Satur", "Sun", "day", "MON",
		"Jan", "January", "JAN", "JANUARY", "Feb", "Mar", "March", "Apr", "May", "MAY", "Jun", "June", "Jul", "Aug",
		"Sep", "Sept", "September", "SEPT", "Oct", "Nov", "Dec", "DEC", "may", "Marc", "Ma",
		"1", "2", "9", "12", "31", "08", "123", "2025", "1999", "20255", "0", "00",
		"st", "nd", "rd", "th", "T", "Z", "+", "-", "/", ".", ",", ":", " ", " ", " ", "  ", "\t", "\n", "\v", "\f", "\r",
		"x", "a", "_", "é", "\u00a0", "\xff", "(", "|"}
	rng := rand.New(rand.NewSource(26))
	var b strings.Builder
	for range 200000 {
		b.Reset()
		for n := 1 + rng.Intn(14); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkDateScanners(t, b.String())
	}
}
