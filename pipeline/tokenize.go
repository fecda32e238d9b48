package pipeline

import (
	"context"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/pipeline/wordlist"
)

// tokenize splits text into tokens with byte spans. It never fails: every byte
// of the text outside white space lies in exactly one token.
//
// It allocates the token slice and one lower-case copy of the text, whose
// substrings are the Lower of every ASCII token; only a token with a rune
// beyond ASCII that normalises or lower-cases to new bytes allocates its own.
func tokenize(text string) []Token {
	toks, _ := tokenizeLower(context.Background(), text, asciiLower(text), nil)
	return toks
}

// tokenizeLower is tokenize with lower, asciiLower(text), made already. It
// writes the tokens into dst's memory when dst has room for as many tokens
// as a text of its length has as a rule, and otherwise into a new slice. It
// looks at ctx once every ctxTokens tokens and gives up with its error when
// it has ended.
func tokenizeLower(ctx context.Context, text, lower string, dst []Token) ([]Token, error) {
	toks := dst[:0]
	if n := tokenRoom(text); cap(toks) < n {
		toks = make([]Token, 0, n)
	}
	space := true
	i := 0
	noInit := 0 // no initialism starts before noInit (see scanWord)
	for i < len(text) {
		start := i
		var kind Kind
		var sh shape
		// h is the token's wordlist.Hash of Lower when hashed: the plain
		// words and the one-byte marks, most tokens, hash on the way.
		var h uint32
		hashed := false
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of every text: the same cases as below, by byte.
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
				i++
				continue
			case '0' <= c && c <= '9':
				i, noInit, sh = scanWord(text, i, noInit)
				kind = Number
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				if end, ph, ok := plainWord(text, i); ok {
					// Most words: what scanWord would find, without it.
					i, h, sh, hashed = end, ph, plainShape(c, end-i), true
				} else {
					i, noInit, sh = scanWord(text, i, noInit)
				}
				kind = Word
			case c == '\'' && possessiveAt(text, i+1):
				i += 2 // "'s"
				kind = Word
				sh = shapeOf(text[start:i])
			default:
				i++
				kind = Punct
				// An ASCII byte that is no letter: shapeOf's answer, and
				// its own lower case.
				sh = shape{ascii: true}
				h, hashed = wordlist.HashByte(wordlist.HashSeed, c), true
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				space = true
				i += size
				continue
			}
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				i, noInit, sh = scanWord(text, i, noInit)
				kind = Word
				if unicode.IsDigit(r) {
					kind = Number
				}
			case isApostrophe(r) && possessiveAt(text, i+size):
				i += size + 1 // "’s"
				kind = Word
				sh = shapeOf(text[start:i])
			default:
				i += size
				kind = Punct
				sh = shapeOf(text[start:i])
			}
		}
		if len(toks) == cap(toks) {
			toks = append(toks, Token{})
		} else {
			toks = toks[:len(toks)+1]
		}
		// The token, every field of it written (Sentence 0: segment sets
		// it), whatever the slot held before; lower is asciiLower(text).
		// Written here rather than in a function of its own, which the
		// compiler does not inline: a call with nine words of arguments
		// a token.
		t := &toks[len(toks)-1]
		s := text[start:i]
		t.Span, t.Text, t.Kind, t.SpaceBefore = Span{start, i}, s, kind, space
		ascii, hasLower, letters := sh.ascii, sh.hasLower, sh.letters
		if ascii {
			t.Norm = s
			t.Lower = lower[start:i]
		} else {
			t.Norm = normalize(s)
			t.Lower = strings.ToLower(t.Norm)
		}
		if !hashed {
			h = wordlist.Hash(t.Lower)
		}
		t.Hash = h
		var cal calendar
		var lex lexFlags
		if kind == Word {
			cal = calendarOf(t.Lower)
			switch {
			case !ascii:
				if isUpperStart(s) {
					lex |= capStart
				}
				if isAllCaps(s) {
					lex |= allCaps
				}
			case isUpper(s[0]):
				lex |= capStart
				fallthrough
			default:
				if !hasLower && letters >= 2 {
					lex |= allCaps
				}
			}
		}
		t.cal, t.lex, t.Sentence = cal, lex, 0
		space = false
		if len(toks)%ctxTokens == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return toks, nil
}

// ctxTokens is how many tokens tokenizeLower makes between two looks at its
// context.
const ctxTokens = 4096

// bigText is the length from which tokenRoom counts a text's tokens instead
// of guessing them from its length.
const bigText = 1 << 20

// tokenRoom returns the room tokenizeLower makes for text's tokens: a token
// for every five bytes, and one, as English prose has, for a text under
// bigText; for a longer one, the count of its runs of ASCII letters and
// digits and of its other bytes that are neither space nor ASCII letter or
// digit and do not continue a rune (as many tokens as it has, or more where
// punctuation or a letter not ASCII joins a word), but never more than a
// token for every two bytes. The slice still grows when a text has more
// tokens than that (a run of punctuation marks). A text of short words
// (a list of names, 4 bytes a token) then fills one slice instead of
// growing it: a growth of a slice of hundreds of MB copies it in one step
// the context cannot cut short, into memory the process touches for the
// first time.
func tokenRoom(text string) int {
	if len(text) < bigText {
		return len(text)/5 + 1
	}
	n, inRun := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			if !inRun {
				n++
			}
			inRun = true
			continue
		case c == ' ' || '\t' <= c && c <= '\r' || 0x80 <= c && c < 0xC0:
		default:
			n++
		}
		inRun = false
	}
	return min(n, len(text)/2) + 1
}

// asciiShape reports whether s is all ASCII and, if it is, whether it has a
// lower-case letter and how many letters.
func asciiShape(s string) (ascii, hasLower bool, letters int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false, false, 0
		case isLower(c):
			hasLower = true
			letters++
		case isUpper(c):
			letters++
		}
	}
	return true, hasLower, letters
}

// shape is what asciiShape says of a token; hasLower and letters mean
// nothing when ascii is false.
type shape struct {
	ascii, hasLower bool
	letters         int
}

// shapeOf returns asciiShape(s) as a shape.
func shapeOf(s string) shape {
	ascii, hasLower, letters := asciiShape(s)
	return shape{ascii, hasLower, letters}
}

// lexFlags are the word shapes the tokeniser decides once per token, for
// the stages that ask them of every token (Token.IsCap, Token.IsAllCaps).
type lexFlags uint8

const (
	capStart lexFlags = 1 << iota // a word that starts with an upper-case letter
	allCaps                       // a word of two letters or more, none in lower case
)

// asciiLower returns text with its ASCII capitals in lower case and every
// other byte as it is, so that for an ASCII span of text the same span of
// the result is strings.ToLower of it. It returns text itself when text has
// no ASCII capital, and otherwise allocates once.
func asciiLower(text string) string {
	i := 0
	for i < len(text) && (text[i] < 'A' || text[i] > 'Z') {
		i++
	}
	if i == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:i])
	// Eight bytes at a time: a byte's high bit in upper says it is 'A'
	// to 'Z' (at least 'A', not above 'Z', and ASCII), and 0x80>>2 is the
	// bit that lower-cases it. The additions on the low seven bits of
	// each byte never carry into the next.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var buf [256]byte
	for len(text)-i >= len(buf) {
		for k := 0; k < len(buf); k += 8 {
			w := text[i+k : i+k+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			low := x &^ highs
			upper := (low + (0x80-'A')*ones) &^ (low + (0x80-'Z'-1)*ones) &^ x & highs
			binary.LittleEndian.PutUint64(buf[k:], x|upper>>2)
		}
		b.Write(buf[:])
		i += len(buf)
	}
	n := 0
	for ; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	b.Write(buf[:n])
	return b.String()
}

// wordBreak holds, for each byte, whether it ends a plain word: an ASCII
// byte that is no letter or digit, nor an apostrophe, a full stop or a
// comma (which may go on inside a word: "O'Brien", "U.S.", "1,000").
var wordBreak = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isASCIILetterOrDigit(byte(c)) && c != '\'' && c != '.' && c != ','
	}
	return t
}()

// plainWord reads a plain word that starts at i, an ASCII letter:
// lower-case ASCII letters after it, then the end of the text or a
// wordBreak byte. It returns its end, where scanWord ends it, and the
// wordlist.Hash of its lower case, and false for any other word, which
// scanWord reads (TestPlainWord). Its shape is plainShape's.
func plainWord(text string, i int) (end int, h uint32, ok bool) {
	h = wordlist.HashByte(wordlist.HashSeed, text[i]|0x20) // 0x20 lower-cases an ASCII letter
	j := i + 1
	for j < len(text) && isLower(text[j]) {
		h = wordlist.HashByte(h, text[j])
		j++
	}
	return j, h, j == len(text) || wordBreak[text[j]]
}

// plainShape is the shape of a plain word (plainWord) of n letters that
// starts with c: an ASCII word, in lower case but for its first letter,
// what scanWord returns of it.
func plainShape(c byte, n int) shape {
	return shape{ascii: true, hasLower: n > 1 || isLower(c), letters: n}
}

// scanWord returns the end of the word or number that starts at i, and its
// shape (what asciiShape says of it), read as it passes over it. No
// initialism starts before noInit: when one is not found at i, none is found
// at any later letter of the same chain ("a.b.c.d" followed by a letter), so
// the returned noInit lets the next words skip the search, which would
// otherwise make a long chain quadratic.
func scanWord(text string, i, noInit int) (end, nextNoInit int, sh shape) {
	if i >= noInit && i+1 < len(text) && (text[i] >= utf8.RuneSelf || text[i+1] == '.') {
		// An initialism starts with a letter and a dot: at an ASCII
		// letter without one the search stops where it starts.
		end, stop := scanInitialism(text, i)
		if end > 0 {
			return end, noInit, shapeOf(text[i:end])
		}
		noInit = stop
	}
	start := i
	var prev rune // the rune before i in this word
	// The word's shape, as asciiShape would find it, gathered on the way.
	ascii, hasLower, letters := true, false, 0
	for i < len(text) {
		if isLower(text[i]) {
			// A run of lower-case ASCII letters, most of every word:
			// gluedAt never holds at a lower-case letter.
			from := i
			i++
			for i < len(text) && isLower(text[i]) {
				i++
			}
			hasLower = true
			letters += i - from
			prev = rune(text[i-1])
			continue
		}
		if c := text[i]; c < utf8.RuneSelf && isASCIILetterOrDigit(c) {
			// An ASCII letter or digit, most of every word: after an ASCII
			// rune, gluedAt can hold only at a digit after a letter or at a
			// capital after a lower-case letter.
			if i > start && (prev >= utf8.RuneSelf || isDigit(c) && isASCIILetter(byte(prev)) || isUpper(c) && isLower(byte(prev))) &&
				gluedAt(text, start, i, prev, rune(c)) {
				return i, noInit, shape{ascii, hasLower, letters}
			}
			if isUpper(c) {
				letters++
			}
			prev = rune(c)
			i++
			continue
		}
		if c := text[i]; c < utf8.RuneSelf && c != '\'' && c != '.' && c != ',' {
			// A space or a mark: the word ends, as below.
			return i, noInit, shape{ascii, hasLower, letters}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if i > start && gluedAt(text, start, i, prev, r) {
				return i, noInit, shape{ascii, hasLower, letters}
			}
			ascii = false // the ASCII letters and digits are read above
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
				return i, noInit, shape{ascii, hasLower, letters}
			}
			if size > 1 {
				ascii = false // a curly apostrophe
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
				return i + size, noInit, shape{ascii, hasLower, letters}
			}
		}
		return i, noInit, shape{ascii, hasLower, letters}
	}
	return i, noInit, shape{ascii, hasLower, letters}
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

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isUpper(c byte) bool       { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool       { return 'a' <= c && c <= 'z' }
func isASCIILetter(c byte) bool { return isUpper(c) || isLower(c) }

func isSingleCapital(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' }

// normalize replaces curly quotes and Unicode hyphens with ASCII. It returns s
// itself, without allocating, when there is nothing to replace, and a constant
// when s is one rune that it replaces (a curly quote on its own).
func normalize(s string) string {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n, ok := normalRune(r)
		if !ok {
			i += size
			continue
		}
		if size == len(s) {
			return asciiString(n)
		}
		if i == 0 && n == '\'' && len(s) == size+1 && (s[size] == 's' || s[size] == 'S') {
			// "’s", the possessive the tokeniser splits off its word.
			if s[size] == 's' {
				return "'s"
			}
			return "'S"
		}
		// The first rune to replace is at i: copy what stands before it,
		// then replace rune by rune, keeping every other byte (an invalid
		// one too) as it is.
		var b strings.Builder
		b.Grow(len(s))
		b.WriteString(s[:i])
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if n, ok := normalRune(r); ok {
				b.WriteByte(byte(n))
			} else {
				b.WriteString(s[i : i+size])
			}
			i += size
		}
		return b.String()
	}
	return s
}

// asciiString returns the one-rune string of r, one of the runes that
// normalRunes replace by, without allocating.
func asciiString(r rune) string {
	switch r {
	case '\'':
		return "'"
	case '"':
		return `"`
	case '-':
		return "-"
	}
	return " "
}

// lowerNormalized returns strings.ToLower(normalize(s)) in one pass and one
// allocation.
func lowerNormalized(s string) string {
	var b strings.Builder
	writeLowerNormalized(&b, s)
	return b.String()
}

// writeLowerNormalized writes lowerNormalized(s) to b: the boilerplate rules
// read every line's start so.
func writeLowerNormalized(b *strings.Builder, s string) { writeLowerNormalizedFrom(b, s, "") }

// writeLowerNormalizedFrom is writeLowerNormalized with ls, asciiLower(s)
// made already (or ""), whose runs of ASCII it copies as they are.
func writeLowerNormalizedFrom(b *strings.Builder, s, ls string) {
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// The run of ASCII from i, then the rune that ends it.
		j := asciiEnd(s, i)
		if ls != "" {
			b.WriteString(ls[i:j])
		} else {
			writeASCIILower(b, s[i:j])
		}
		if j == len(s) {
			return
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if n, ok := normalRune(r); ok {
			b.WriteByte(byte(n))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		i = j + size
	}
}

// writeASCIILower writes the ASCII string s to b in lower case: the runs
// between its capitals as they are, each capital lower-cased.
func writeASCIILower(b *strings.Builder, s string) {
	from := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool { return asciiEnd(s, 0) == len(s) }

// asciiEnd returns the index of the first byte of s at or after i that is
// not ASCII, or len(s). It reads eight bytes at a time while none of them
// has its high bit set: the boilerplate pass reads the start of every line
// so.
func asciiEnd(s string, i int) int {
	const highs = 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if x&highs != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// countFields returns len(strings.Fields(s)) without building the slice:
// the number of runs of runes that are not white space (unicode.IsSpace).
func countFields(s string) int { return countFieldsUpTo(s, len(s)) }

// countFieldsUpTo returns min(countFields(s), limit): it stops reading at
// the block of eight bytes or the rune where the count reaches the limit,
// so that a test of a line's length in words reads no more of a paragraph
// than it needs. Eight bytes of ASCII at a time, it counts the words that
// start in them all at once (fieldStarts); a rune beyond ASCII, one by one.
func countFieldsUpTo(s string, limit int) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			if x&0x8080808080808080 == 0 {
				starts, last := fieldStarts(x, inField)
				if n += starts; n >= limit {
					return limit
				}
				inField = last
				i += 8
				continue
			}
		}
		c := s[i]
		space := c == ' ' || '\t' <= c && c <= '\r'
		size := 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inField {
			if n == limit {
				return n
			}
			n++
		}
		inField = !space
		i += size
	}
	return n
}

// fieldStarts returns how many words start in x, eight ASCII bytes of a
// string in order from its low byte, when a word goes on into its first
// byte (inField) or not, and whether a word goes on out of its last: a
// word starts at a byte that is not white space (' ', '\t' to '\r') after
// one that is. Each byte's high bit says what it is: the additions on the
// low seven bits of a byte never carry into the next.
func fieldStarts(x uint64, inField bool) (starts int, last bool) {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	t := x ^ ' '*ones                                                  // a space is zero
	blank := ^((t&lows + lows) | t | lows)                             // a zero byte's high bit
	ctrl := (x + (0x80-'\t')*ones) &^ (x + (0x80-'\r'-1)*ones) & highs // '\t' to '\r'
	space := (blank | ctrl) & highs
	word := ^space & highs
	before := space << 8 // whether the byte before each is white space
	if !inField {
		before |= 0x80
	}
	return bits.OnesCount64(word & before), word>>63 != 0
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

// normalRune returns what normalize replaces r by, and whether it does: the
// table normalRunes as a switch, which the tokeniser and the boilerplate pass
// ask of every rune beyond ASCII.
func normalRune(r rune) (rune, bool) {
	switch r {
	case '’', '‘', 'ʼ', '′':
		return '\'', true
	case '“', '”', '„', '″':
		return '"', true
	case '\u2010', '\u2011':
		return '-', true
	case '\u00a0':
		return ' ', true
	}
	return r, false
}

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

// TokenizeInto is Tokenize writing the tokens into dst's memory when it has
// room for them (as a rule, a token for every five bytes of text, and one),
// else into a new slice: a caller that splits many phrases in turn reuses
// one slice. The tokens' strings are the text's or new; none lies in dst.
func TokenizeInto(dst []Token, text string) []Token {
	toks, _ := tokenizeLower(context.Background(), text, asciiLower(text), dst)
	return toks
}
