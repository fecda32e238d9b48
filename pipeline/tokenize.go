package pipeline

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize splits text into tokens with byte spans. It never fails: every byte
// of the text outside white space lies in exactly one token.
func tokenize(text string) []Token {
	toks, _ := tokenizeCtx(context.Background(), text)
	return toks
}

// tokenizeCtx is tokenize, which looks at ctx once every ctxTokens tokens
// and gives up with its error when it has ended.
func tokenizeCtx(ctx context.Context, text string) ([]Token, error) {
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
		if len(toks)%ctxTokens == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return toks, nil
}

// ctxTokens is how many tokens tokenizeCtx makes between two looks at its
// context.
const ctxTokens = 4096

func newToken(text string, start, end int, kind Kind, space bool) Token {
	t := Token{Span: Span{start, end}, Text: text[start:end], Kind: kind, SpaceBefore: space}
	t.Norm = normalize(t.Text)
	t.Lower = strings.ToLower(t.Norm)
	if kind == Word {
		t.cal = calendarOf(t.Lower)
	}
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
	var prev rune // the rune before i in this word
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if i > start && gluedAt(text, start, i, prev, r) {
				return i, noInit
			}
			prev = r
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

// glueWords are the words of page furniture that a scraper runs into the
// word before them: "Pedro SánchezRead more", "Ana RuizPublished".
var glueWords = []string{
	"Read", "Published", "Updated", "Posted", "Share", "Photo", "Image", "Credit",
	"Advertisement", "Related", "Follow", "Subscribe", "Source", "Click",
}

// gluedAt reports whether a word that started at start ends before i, where
// scraping glued two tokens together: a date or time after a letter
// ("Sánchez12/06/2025", "Secretary13:05"), a year after a word in lower case
// ("talks2025 "), or a furniture word after a word in lower case
// ("SánchezRead more"). prev is the rune before i, r the rune at i.
func gluedAt(text string, start, i int, prev, r rune) bool {
	switch {
	case unicode.IsDigit(r) && unicode.IsLetter(prev):
		return dateOrTimeAt(text, i) || unicode.IsLower(prev) && yearAt(text, i) && i-start >= 3
	case unicode.IsUpper(r) && unicode.IsLower(prev):
		for _, w := range glueWords {
			if strings.HasPrefix(text[i:], w) && !isLowerAt(text, i+len(w)) {
				return true
			}
		}
	}
	return false
}

// dateOrTimeAt reports whether a date or time starts at i: "12/06/2025",
// "12.06.2025", "09:05", "2025-06-12".
func dateOrTimeAt(text string, i int) bool {
	d := digitsAt(text, i)
	switch {
	case d >= 1 && d <= 2 && i+d < len(text) && (text[i+d] == '/' || text[i+d] == '.'):
		j := i + d + 1
		d2 := digitsAt(text, j)
		if d2 < 1 || d2 > 2 || j+d2 >= len(text) || text[j+d2] != text[i+d] {
			return false
		}
		d3 := digitsAt(text, j+d2+1)
		return d3 == 2 || d3 == 4
	case d >= 1 && d <= 2 && i+d < len(text) && text[i+d] == ':':
		return digitsAt(text, i+d+1) == 2
	case d == 4 && i+d < len(text) && text[i+d] == '-':
		return digitsAt(text, i+5) == 2
	}
	return false
}

// yearAt reports whether a year (19xx or 20xx) stands at i, not followed by
// a letter or digit.
func yearAt(text string, i int) bool {
	return digitsAt(text, i) == 4 && (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') &&
		!isLetterAt(text, i+4)
}

// digitsAt returns how many ASCII digits run from i.
func digitsAt(text string, i int) int {
	n := 0
	for i+n < len(text) && text[i+n] >= '0' && text[i+n] <= '9' {
		n++
	}
	return n
}

func isLowerAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
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
	if isASCII(s) {
		return s
	}
	return quoteReplacer.Replace(s)
}

// lowerNormalized returns strings.ToLower(normalize(s)) in one pass and one
// allocation: the boilerplate rules read every line's start so.
func lowerNormalized(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if n, ok := normalRune(r); ok {
			r = n
		} else {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalRunes are the runes normalize replaces, and what replaces each:
// curly quotes and primes by straight ones, the Unicode hyphens by "-" (en
// and em dashes stay dashes), a no-break space by a space.
var normalRunes = [...]struct{ from, to rune }{
	{'’', '\''}, {'‘', '\''}, {'ʼ', '\''}, {'′', '\''},
	{'“', '"'}, {'”', '"'}, {'„', '"'}, {'″', '"'},
	{'\u2010', '-'}, {'\u2011', '-'},
	{'\u00a0', ' '},
}

// normalRune returns what normalize replaces r by, and whether it does.
func normalRune(r rune) (rune, bool) {
	for _, n := range normalRunes {
		if n.from == r {
			return n.to, true
		}
	}
	return r, false
}

// quoteReplacer replaces normalRunes in a string.
var quoteReplacer = func() *strings.Replacer {
	var pairs []string
	for _, n := range normalRunes {
		pairs = append(pairs, string(n.from), string(n.to))
	}
	return strings.NewReplacer(pairs...)
}()

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
