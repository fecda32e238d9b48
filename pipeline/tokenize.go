package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a dot that belongs to the word, not to the sentence.
// Single capital letters (initials: "Michael E. Kurilla") are handled apart.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Sr": true, "Jr": true,
	"St": true, "Gen": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Cdr": true,
	"Sgt": true, "Adm": true, "Brig": true, "Cmdr": true, "Sen": true, "Rep": true, "Gov": true,
	"Amb": true, "Hon": true, "Rev": true, "Pres": true, "Supt": true, "Insp": true, "Cpl": true,
	"Pvt": true, "Mt": true, "Ft": true, "No": true, "Nos": true, "vs": true, "etc": true,
	"Inc": true, "Ltd": true, "Co": true, "Corp": true, "Bros": true, "Dept": true, "Govt": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"approx": true, "est": true, "al": true, "fig": true, "Vol": true, "pp": true,
}

// tokenize splits text into tokens with byte spans. It never fails: every byte
// of the text outside white space lies in exactly one token.
func tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	space := true
	i := 0
	noInit := 0 // no initialism starts before noInit (see scanWord)
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			space = true
			i += size
			continue
		}
		start := i
		var kind Kind
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i, noInit = scanWord(text, i, noInit)
			kind = Word
			if unicode.IsDigit(r) {
				kind = Number
			}
		case isApostrophe(r) && possessiveAt(text, i+size):
			i += size + 1 // "’s"
			kind = Word
		default:
			i += size
			kind = Punct
		}
		toks = append(toks, newToken(text, start, i, kind, space))
		space = false
	}
	return toks
}

func newToken(text string, start, end int, kind Kind, space bool) Token {
	t := Token{Span: Span{start, end}, Text: text[start:end], Kind: kind, SpaceBefore: space}
	t.Norm = normalize(t.Text)
	t.Lower = strings.ToLower(t.Norm)
	return t
}

// scanWord returns the end of the word or number that starts at i. No
// initialism starts before noInit: when one is not found at i, none is found
// at any later letter of the same chain ("a.b.c.d" followed by a letter), so
// the returned noInit lets the next words skip the search, which would
// otherwise make a long chain quadratic.
func scanWord(text string, i, noInit int) (end, nextNoInit int) {
	if i >= noInit {
		end, stop := scanInitialism(text, i)
		if end > 0 {
			return end, noInit
		}
		noInit = stop
	}
	start := i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		switch {
		case isApostrophe(r) && unicode.IsLetter(next):
			// "’s" at the end of a word is a token of its own (Pakistan’s);
			// other apostrophes stay inside (O'Brien, don't).
			if possessiveAt(text, i+size) {
				return i, noInit
			}
			i += size
			continue
		case (r == '.' || r == ',') && unicode.IsDigit(next) && isDigitsBefore(text, start, i):
			// 3.5, 1,000
			i += size
			continue
		case r == '.':
			w := text[start:i]
			if abbreviations[w] || isSingleCapital(w) {
				return i + size, noInit
			}
		}
		return i, noInit
	}
	return i, noInit
}

// possessiveAt reports whether text at i is "s" or "S" followed by a non-letter,
// that is, an apostrophe before i ends a possessive.
func possessiveAt(text string, i int) bool {
	if i >= len(text) || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	return !isLetterAt(text, i+1)
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitsBefore(text string, start, i int) bool {
	return i > start && text[i-1] >= '0' && text[i-1] <= '9'
}

// scanInitialism returns the end of an initialism with dots that starts at i
// ("U.S.", "U.S.A.", "e.g."), or -1 if there is none, and where its search
// stopped.
func scanInitialism(text string, i int) (end, stop int) {
	j, n := i, 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || j+size >= len(text) || text[j+size] != '.' {
			break
		}
		j += size + 1
		n++
	}
	if n >= 2 && !isLetterAt(text, j) {
		return j, j
	}
	return -1, j
}

func isSingleCapital(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

// normalize replaces curly quotes and Unicode hyphens with ASCII. It returns s
// itself, without allocating, when there is nothing to replace.
func normalize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return quoteReplacer.Replace(s)
}

var quoteReplacer = strings.NewReplacer(
	"’", "'", "‘", "'", "ʼ", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "″", `"`,
	"\u2010", "-", "\u2011", "-", // hyphens; en and em dashes stay dashes
	"\u00a0", " ",
)

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Tokenize splits text into tokens the way Parse does, without sentences or
// marks. Tables of phrases (countries, offices, topic terms) use it so that
// their words meet the text's tokens on the same boundaries.
func Tokenize(text string) []Token { return tokenize(text) }
