package pipeline

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// leadingDateRestRE is the regular expression leadingDateRestEnd replaced:
// what may follow the date of a date line that opens a line.
var leadingDateRestRE = regexp.MustCompile(`^,?\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+\p{Lu}{2,4}\b)?)?\s*(?:[|•·—–-]\s+)?`)

// TestLeadingDateRest checks leadingDateRestEnd against leadingDateRestRE
// on a table, on the text after every digit, comma and space of the
// repository's lines, and on 50,000 random strings of times, meridiems,
// zones, capitals in and beyond ASCII, bars, dashes and white space (PCG
// seed 13, 14).
func TestLeadingDateRest(t *testing.T) {
	lines := []string{"", ",", ", 10:42 AM PKT | LIMA", " 9.30 p.m. — X", "10:42:07pm GMT+5", "123:45", "1:4", "10:42 a.x",
		"10:42 ÉÉÉÉa", "10:42 PKTX1", "10:42 PK", "10:42 P", "| x", "|x", "-\tx", "• ", "10:42Z", "10:42 AM  EDT  — Lima"}
	for _, text := range repoTexts(t) {
		for _, l := range strings.Split(text, "\n") {
			for i := 0; i < len(l); i++ {
				if c := l[i]; c == ',' || c == ' ' || isDigit(c) {
					lines = append(lines, l[i:min(len(l), i+40)])
				}
			}
		}
	}
	pieces := []string{"1", "10", "123", ":", ".", "42", "07", " ", " ", "\t", "\n", "\v", "a", "A", "p", "P", "m", "M", ".m.", "am", "PM",
		"PKT", "GMT", "UTCX", "É", "Ł", "x", "1", "_", "|", "•", "·", "—", "–", "-", ",", "\xff"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		var b strings.Builder
		if r.IntN(2) == 0 {
			// Most strings open with a time, or nearly one.
			b.WriteString([]string{"", ",", ", ", " "}[r.IntN(4)])
			b.WriteString([]string{"1", "10", "123"}[r.IntN(3)])
			b.WriteString([]string{":", ".", ""}[r.IntN(3)])
			b.WriteString([]string{"42", "4", "425"}[r.IntN(3)])
		}
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	long := 0
	for _, s := range lines {
		got, want := leadingDateRestEnd(s), leadingDateRestRE.FindStringIndex(s)[1]
		if got != want {
			t.Fatalf("leadingDateRestEnd(%q) = %d, the expression says %d", s, got, want)
		}
		if want > 6 {
			long++
		}
	}
	if long < 250 {
		t.Errorf("%d matches of a time or more, want 250", long)
	}
}
