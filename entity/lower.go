package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower-casing without allocating: the passes look words up in tables of
// lower-case words, and a document lower-cases the same few name words
// many times.

// maxStackLower is the longest word lowerIn lower-cases on the stack.
const maxStackLower = 64

// lowerIn reports whether m holds w in lower case: m[strings.ToLower(w)],
// without building the lower-case string for an ASCII word.
func lowerIn[V any](m map[string]V, w string) (V, bool) {
	if len(w) <= maxStackLower {
		var buf [maxStackLower]byte
		if b, ok := asciiLower(buf[:0], w); ok {
			v, found := m[string(b)] // no allocation: the compiler looks up the bytes
			return v, found
		}
	}
	v, found := m[strings.ToLower(w)]
	return v, found
}

// isLowerIn reports whether set holds w in lower case.
func isLowerIn(set map[string]bool, w string) bool {
	v, _ := lowerIn(set, w)
	return v
}

// asciiLower appends w in lower case to dst and reports whether w is all
// ASCII; when it is not, dst holds an unfinished copy.
func asciiLower(dst []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// appendLower appends s in lower case to b, as strings.ToLower writes it.
func appendLower(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				b.WriteRune(unicode.ToLower(r))
			}
			return
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// lowerOf returns strings.ToLower(w), lower-casing each word once a
// document: the words of names come back again and again.
func (a *analysis) lowerOf(w string) string {
	hasUpper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			hasUpper = true // not known: lower-case it the long way
			break
		}
		hasUpper = hasUpper || 'A' <= c && c <= 'Z'
	}
	if !hasUpper {
		return w
	}
	if l, ok := a.lowers[w]; ok {
		return l
	}
	if a.lowers == nil {
		a.lowers = map[string]string{}
	}
	// The lower-case words live end to end in a.lowerArena: a Builder
	// only appends, so a string it gave stays as it was.
	b := &a.lowerArena
	if b.Cap() == 0 {
		b.Grow(512)
	}
	start := b.Len()
	for _, r := range w { // as strings.ToLower does, rune by rune
		if r < utf8.RuneSelf {
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	l := b.String()[start:]
	a.lowers[w] = l
	return l
}

// nextField returns the first field of s, as strings.Fields splits it, and
// the rest of s after it; the field is "" when s holds no more.
func nextField(s string) (field, rest string) {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				return s[start:i], s[i:]
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}
