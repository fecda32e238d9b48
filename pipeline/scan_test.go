package pipeline

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unsafe"
)

// The hand-written scanners of the pipeline's hot paths are checked here
// against the plain library calls they replaced, kept as the reference.

// hardTexts are texts that reach the scanners' slow paths: curly quotes,
// Unicode hyphens and spaces, capitals beyond ASCII, invalid UTF-8, old Mac
// line breaks.
var hardTexts = []string{
	"", " ", "\n", "\r\n\r\n", "\ufeff", "\ufeff\ufeffBy: Agencies\n\ufeff\n\ufeff x", "a\rb\r\nc\n\nd", "It’s “Quoted” — ‘here’", "Non\u2010breaking\u2011hyphen\u00a0space",
	"ŠEFČOVIČ İstanbul ΑΘΗΝΑ Kelvin\u212a", "bad \xff byte ’", "\xe2\xe2\x80\x99s", "ʼOkina ′prime″ „low", "O’Brien’s don’t",
	"\u00a0\u2003\n\u0085x\n \t\v\f\n", "Pakistan’s PM’S \u200b\ufeffU.S.", "’", "“", "\u00a0",
}

// repoTexts returns hardTexts and every text file of the repository's test
// data.
func repoTexts(t *testing.T) []string {
	t.Helper()
	texts := append([]string(nil), hardTexts...)
	for _, glob := range []string{"../testdata/*/*.txt", "testdata/pages/*.txt", "testdata/*.txt"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < len(hardTexts)+10 {
		t.Fatalf("%d texts, want the repository's test data too", len(texts))
	}
	return texts
}

// referenceReplacer is what normalize replaced: a strings.Replacer of
// normalRunes.
var referenceReplacer = func() *strings.Replacer {
	var pairs []string
	for _, n := range normalRunes {
		pairs = append(pairs, string(n.from), string(n.to))
	}
	return strings.NewReplacer(pairs...)
}()

// TestNormalizeAgrees checks normalize against referenceReplacer on every
// word of the texts and on whole texts.
func TestNormalizeAgrees(t *testing.T) {
	for _, text := range repoTexts(t) {
		for _, s := range append(strings.Fields(text), text) {
			if got, want := normalize(s), referenceReplacer.Replace(s); got != want {
				t.Errorf("normalize(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// FuzzNormalize checks normalize against referenceReplacer.
func FuzzNormalize(f *testing.F) {
	for _, s := range hardTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), referenceReplacer.Replace(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTokenForms checks every token's forms against the library calls:
// Text is its span of the text, Norm the replacer's form of it, Lower
// strings.ToLower of Norm.
func TestTokenForms(t *testing.T) {
	for _, text := range repoTexts(t) {
		for _, tok := range tokenize(text) {
			if tok.Text != text[tok.Start:tok.End] {
				t.Fatalf("token %q at %d-%d: text there is %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if want := referenceReplacer.Replace(tok.Text); tok.Norm != want {
				t.Errorf("token %q: Norm %q, want %q", tok.Text, tok.Norm, want)
			}
			if want := strings.ToLower(tok.Norm); tok.Lower != want {
				t.Errorf("token %q: Lower %q, want %q", tok.Text, tok.Lower, want)
			}
			if want := tok.Kind == Word && isUpperStart(tok.Text); tok.IsCap() != want {
				t.Errorf("token %q: IsCap %v, want %v", tok.Text, tok.IsCap(), want)
			}
			if want := tok.Kind == Word && isAllCaps(tok.Text); tok.IsAllCaps() != want {
				t.Errorf("token %q: IsAllCaps %v, want %v", tok.Text, tok.IsAllCaps(), want)
			}
		}
	}
}

// referenceSplitLines is what splitLines replaced: strings.IndexAny for
// the breaks, strings.TrimSpace for blank lines (and bomLen for the marks
// that open a line).
func referenceSplitLines(text string) []line {
	var lines []line
	blank := true
	for start := 0; start <= len(text); {
		end := strings.IndexAny(text[start:], "\r\n")
		next := len(text) + 1
		if end < 0 {
			end = len(text)
		} else {
			end += start
			next = end + 1
			if text[end] == '\r' && next < len(text) && text[next] == '\n' {
				next++
			}
		}
		from := start + bomLen(text[start:end])
		if strings.TrimSpace(text[from:end]) == "" {
			blank = true
		} else {
			lines = append(lines, line{Span: Span{from, end}, blankBefore: blank})
			blank = false
		}
		start = next
	}
	return lines
}

// TestSplitLines checks splitLines against referenceSplitLines, and
// firstLines against splitLines of the text cut at every line's edges and
// in the middle of lines.
func TestSplitLines(t *testing.T) {
	for _, text := range repoTexts(t) {
		lines := splitLines(text)
		if got, want := lines, referenceSplitLines(text); !equalLines(got, want) {
			t.Fatalf("splitLines(%.40q) = %v, want %v", text, got, want)
		}
		ends := []int{0, len(text), len(text) / 2, len(text) / 3}
		for _, l := range lines {
			ends = append(ends, l.Start, l.Start+1, l.End, l.End-1, l.End+1, (l.Start+l.End)/2)
		}
		for _, end := range ends {
			end = max(0, min(end, len(text)))
			for _, n := range []int{1, 2, 3, labelLines} {
				want := splitLines(text[:end])
				want = want[:min(n, len(want))]
				if got := firstLines(text, lines, end, n); !equalLines(got, want) {
					t.Fatalf("firstLines(%.40q, %d, %d) = %v, want %v", text, end, n, got, want)
				}
			}
		}
	}
}

func equalLines(a, b []line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestNormalRuneTable checks the switch of normalRune against the table
// normalRunes, for every rune.
func TestNormalRuneTable(t *testing.T) {
	want := map[rune]rune{}
	for _, n := range normalRunes {
		want[n.from] = n.to
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		to, ok := normalRune(r)
		if w, wok := want[r]; ok != wok || ok && to != w {
			t.Fatalf("normalRune(%U) = %q, %v; the table says %q, %v", r, to, ok, w, wok)
		}
	}
}

// referenceFindDate is findDate by the regular expressions its scanners
// replaced, without the clues that rule a line out before they run.
func referenceFindDate(s string, base int) (string, Span) {
	type form struct {
		re           *regexp.Regexp
		y, m, dIndex int
	}
	for _, f := range []form{{referenceMDY, 3, 1, 2}, {referenceDMY, 3, 2, 1}, {referenceISO, 1, 2, 3}, {referenceDotted, 3, 2, 1}} {
		m := f.re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		group := func(g int) string { return s[m[2*g]:m[2*g+1]] }
		year, _ := strconv.Atoi(group(f.y))
		day, _ := strconv.Atoi(group(f.dIndex))
		var month int
		if f.re == referenceISO || f.re == referenceDotted {
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

// TestFindDateClues checks findDate against referenceFindDate on every line
// of the texts and on dates in every form, whole and cut short.
func TestFindDateClues(t *testing.T) {
	lines := []string{"Tuesday, April 8, 2025", "8th APRIL, 2025", "AUG 14 2024", "2025-04-08T10:42:00Z", "2025/04/08",
		"14.12.2023", "1.2.2024 and 31.12.1999", "Sept. 3, 2021", "3 Sep 2021", "May 2025", "2025", "Dec.31 2020",
		"on 12 jan 2024", "Posted: Mar 3, 2025, 10:42 AM", "30.02.2024", "2024-13-01"}
	for _, text := range repoTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	for _, line := range lines {
		for _, s := range []string{line, line[:len(line)/2], line[len(line)/3:]} {
			gotDate, gotSpan := findDate(s, 7)
			wantDate, wantSpan := referenceFindDate(s, 7)
			if gotDate != wantDate || gotSpan != wantSpan {
				t.Errorf("findDate(%q) = %q %v, want %q %v", s, gotDate, gotSpan, wantDate, wantSpan)
			}
		}
	}
}

// TestCountFields checks countFields and singleSpaced against
// strings.Fields on every line of the texts and on white space of every
// kind.
func TestCountFields(t *testing.T) {
	lines := []string{"", " ", "a", " a ", "a  b", "a\tb", "a\u00a0b", "a\u0085b", "a\u2003b c", "\xff \xfe", "x\vy\fz", "a b c"}
	for _, text := range repoTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	for _, s := range lines {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
		for _, limit := range []int{0, 1, 3, 15, 26} {
			if got, want := countFieldsUpTo(s, limit), min(limit, len(strings.Fields(s))); got != want {
				t.Errorf("countFieldsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got && !want {
			t.Errorf("singleSpaced(%q) = true, but its words joined are %q", s, strings.Join(strings.Fields(s), " "))
		}
		for _, phrase := range []string{"b", "c", "a b", s} {
			if got, want := hasWordSuffix(s, phrase), strings.HasSuffix(s, " "+phrase); got != want {
				t.Errorf("hasWordSuffix(%q, %q) = %v, want %v", s, phrase, got, want)
			}
		}
	}
}

// The regular expressions that datelineAgencyEnd and datelineSepEnd
// replaced, and what datelineDateEnd runs alone.
var (
	referenceAgencyRE = regexp.MustCompile(`^\s*\([^()\n]{1,30}\)`)
	referenceSepRE    = regexp.MustCompile(`^\s*(?::|—|–|-{1,2})(?:\s|$)`)
)

func reEnd(re *regexp.Regexp, s string) int {
	if m := re.FindStringIndex(s); m != nil {
		return m[1]
	}
	return -1
}

// TestDatelineScanners checks the dateline's scanners against the regular
// expressions, on the text after every mark, space or bracket of every line
// of the texts and on hard cases.
func TestDatelineScanners(t *testing.T) {
	lines := []string{"", " ", ":", " : x", "—", " – x", "-", "--", "-- x", "---", "- x", "-x", ":\vx", ":\fx",
		"(AP)", "()", " (Reuters) -", "(" + strings.Repeat("é", 30) + ")", "(" + strings.Repeat("é", 31) + ")",
		"(\xff\xfe)", "(a\nb)", "(a(b)", ", March 3 (Reuters) -", ",  JUL 25:", "3rd June, 2025", ", Sept 9", ", Jane"}
	for _, text := range repoTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	for _, line := range lines {
		for i := 0; i <= len(line); i++ {
			if i > 0 && !strings.ContainsRune(" ,(:-\t", rune(line[i-1])) {
				continue
			}
			s := line[i:]
			if got, want := datelineAgencyEnd(s), reEnd(referenceAgencyRE, s); got != want {
				t.Errorf("datelineAgencyEnd(%q) = %d, want %d", s, got, want)
			}
			if got, want := datelineSepEnd(s), reEnd(referenceSepRE, s); got != want {
				t.Errorf("datelineSepEnd(%q) = %d, want %d", s, got, want)
			}
			if got, want := datelineDateEnd(s), reEnd(datelineDateRE(), s); got != want {
				t.Errorf("datelineDateEnd(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

// TestASCIILower checks asciiLower against a byte loop, on every length
// around its block of 256 bytes and on the texts.
func TestASCIILower(t *testing.T) {
	ref := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	texts := repoTexts(t)
	for n := range 600 {
		texts = append(texts, strings.Repeat(all.String(), 3)[n%256:n%256+n], strings.Repeat("AZ@[`{\xc3\x80Éa", n/8+1)[:n])
	}
	for _, s := range texts {
		if got, want := asciiLower(s), ref(s); got != want {
			t.Fatalf("asciiLower(%.60q) = %.60q, want %.60q", s, got, want)
		}
	}
}

// TestTokenSize checks that the tokeniser's flags sit in the padding of a
// Token: every document holds one Token a word.
func TestTokenSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(Token{}) > 80 {
		t.Errorf("a Token is %d bytes, want 80 at most", unsafe.Sizeof(Token{}))
	}
}

// TestPhraseIndexQuads checks find with phrases of four bytes or more, which
// it filters by their first four bytes, against strings.Contains, on lines
// built from the phrases' own pieces.
func TestPhraseIndexQuads(t *testing.T) {
	phrases := []string{"photo:", "(ap photo", "getty images", "is pictured", "phot", "cookie policy", "(file)", "(file"}
	var x phraseIndex
	for _, p := range phrases {
		if _, err := x.add(p); err != nil {
			t.Fatal(err)
		}
	}
	if x.short {
		t.Fatal("phrases of four bytes or more: the index is not filtered by four bytes")
	}
	pieces := []string{"photo", ":", "(", "ap ", "getty", " images", "is ", "pictured", "p", "h", "cookie ", "policy", "file", ")", " ", "é", "ph", "ot"}
	checkFind(t, &x, phrases, pieces, 3)
}

// TestMarkBoilerplateLowers checks markBoilerplate, which reads the
// lower-cased starts of short ASCII lines from the lower-cased text, against
// lineKind on each line alone, then the runs pass.
func TestMarkBoilerplateLowers(t *testing.T) {
	texts := repoTexts(t)
	texts = append(texts, "  Read More:  \n\u00a0Advertisement\u00a0\n\tBy Staff Reporter\nÉcrit: x\n"+strings.Repeat("Photo: ", 60))
	for _, text := range texts {
		got := markBoilerplate(text, asciiLower(text), splitLines(text))
		lines := splitLines(text)
		var headings []int
		for i := range lines {
			k, heading := lineKind(lines[i].In(text))
			lines[i].boiler = k
			if heading {
				headings = append(headings, i)
			}
		}
		markRuns(text, lines, headings)
		var want []Boilerplate
		for _, l := range lines {
			if l.boiler != 0 {
				want = append(want, Boilerplate{Span: l.Span, Kind: l.boiler})
			}
		}
		if len(got) != len(want) {
			t.Fatalf("markBoilerplate(%.40q): %d marks, want %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("markBoilerplate(%.40q): mark %d is %v, want %v", text, i, got[i], want[i])
			}
		}
	}
}

// TestSplitLinesOldMac checks splitLines on a long text of lone "\r"
// breaks, with a "\n" only at its end: the search for each kind of break
// is kept from line to line.
func TestSplitLinesOldMac(t *testing.T) {
	text := strings.Repeat("A line of an old Mac file.\r \r", 5000) + "\n"
	if got, want := splitLines(text), referenceSplitLines(text); !equalLines(got, want) {
		t.Fatalf("splitLines: %d lines, want %d", len(got), len(want))
	}
}

// TestIsDateLabel checks isDateLabel against the list, in every case, and
// on words that are not labels.
func TestIsDateLabel(t *testing.T) {
	words := []string{"", "x", "Date", "DATED", "publishedx", strings.Repeat("Updated", 5)}
	for w := range dateLabels {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		if got, want := isDateLabel(w), dateLabels[strings.ToLower(w)]; got != want {
			t.Errorf("isDateLabel(%q) = %v, want %v", w, got, want)
		}
	}
	if testing.AllocsPerRun(10, func() { isDateLabel("Published") }) != 0 {
		t.Error("isDateLabel allocates")
	}
}

// TestCalendarOf checks calendarOf, which passes over most words on
// calendarLens, against the plain switch it wraps, over every word of the
// repository's texts, each calendar name, and each name one byte short,
// one byte long and with its first byte changed.
func TestCalendarOf(t *testing.T) {
	ref := func(lower string) calendar {
		switch lower {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return weekday
		case "january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december":
			return month
		}
		return 0
	}
	names := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	words := append([]string(nil), names...)
	for _, w := range names {
		words = append(words, w[:len(w)-1], w+"s", "x"+w[1:], strings.ToUpper(w[:1])+w[1:])
	}
	for _, text := range repoTexts(t) {
		for _, tk := range tokenize(text) {
			words = append(words, tk.Lower)
		}
	}
	found := 0
	for _, w := range words {
		if got, want := calendarOf(w), ref(w); got != want {
			t.Fatalf("calendarOf(%q) = %d, want %d", w, got, want)
		}
		if ref(w) != 0 {
			found++
		}
	}
	if found < len(names) {
		t.Fatalf("%d calendar words among %d, want at least %d", found, len(words), len(names))
	}
}

// TestAppendFields checks appendFields against strings.Join(strings.Fields(s),
// " "), which nameKind called, over the hard texts, every line of the
// repository's texts, and random strings of spaces, letters and bytes, each
// appended after a prefix that must stay as it is.
func TestAppendFields(t *testing.T) {
	cases := append([]string(nil), hardTexts...)
	for _, text := range repoTexts(t) {
		cases = append(cases, strings.Split(text, "\n")...)
	}
	pieces := []string{" ", "  ", "\t", "\u00a0", "\u0085", "\u2003", "a", "IANS", "/", "’", "\xff", "é", "\n"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for k := rng.IntN(10); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		want := strings.Join(strings.Fields(s), " ")
		if got := string(appendFields(nil, s)); got != want {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got := string(appendFields([]byte("x "), s)); got != "x "+want {
			t.Fatalf("appendFields(\"x \", %q) = %q, want %q", s, got, "x "+want)
		}
	}
}

// TestASCIIEnd checks asciiEnd, which reads eight bytes at a time, against
// a loop over the bytes, from every start of the hard texts, of random
// strings with a rune beyond ASCII at every place, and of the lines of the
// repository's texts.
func TestASCIIEnd(t *testing.T) {
	ref := func(s string, i int) int {
		for i < len(s) && s[i] < 0x80 {
			i++
		}
		return i
	}
	cases := append([]string(nil), hardTexts...)
	for n := 0; n < 40; n++ {
		for at := 0; at <= n; at++ {
			b := []byte(strings.Repeat("a", n))
			if at < n {
				b[at] = 0x80 | byte(at)
			}
			cases = append(cases, string(b))
		}
	}
	for _, text := range repoTexts(t) {
		cases = append(cases, strings.Split(text, "\n")...)
	}
	nonASCII := 0
	for _, s := range cases {
		for i := 0; i <= len(s) && i < 64; i++ {
			if got, want := asciiEnd(s, i), ref(s, i); got != want {
				t.Fatalf("asciiEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		if !isASCII(s) {
			nonASCII++
		}
		if isASCII(s) != (ref(s, 0) == len(s)) {
			t.Fatalf("isASCII(%q) = %t", s, isASCII(s))
		}
	}
	if nonASCII == 0 {
		t.Fatal("no text beyond ASCII: the test must see both")
	}
}
