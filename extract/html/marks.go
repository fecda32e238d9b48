package html

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// mark is one element drawn over a span of the text. Elements that overlap
// without nesting are split: a mark may be written as several fragments.
type mark struct {
	start, end int
	// rank orders marks over the same span, outermost first.
	rank int
	// open is the opening tag of every fragment; first adds attributes to
	// the first fragment only (an id, a label drawn once).
	open  string
	first string
}

// The ranks of the kinds of marks, outermost first.
const (
	rankBoilerplate = iota
	rankSentence
	rankOrganization
	rankPerson
	rankCountry
	rankDateline
)

// validSpan reports whether text[start:end] is a non-empty span that starts
// and ends at UTF-8 sequence boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// writeMarked writes text, escaped, with the marks drawn as nested <span>
// elements. Marks must be valid spans of text. At the same start, longer
// marks open first and marks of the same span open in rank order; a mark that
// ends while marks opened inside it go on closes them and reopens them after
// its end, so that the elements always nest.
func writeMarked(b *strings.Builder, text string, marks []mark) {
	slices.SortStableFunc(marks, func(x, y mark) int {
		if c := cmp.Compare(x.start, y.start); c != 0 {
			return c
		}
		if c := cmp.Compare(y.end, x.end); c != 0 {
			return c
		}
		return cmp.Compare(x.rank, y.rank)
	})
	var stack []*mark
	pos, next := 0, 0
	for {
		// The next boundary: the next start, or the first end of an open mark.
		at := len(text)
		if next < len(marks) {
			at = marks[next].start
		}
		for _, m := range stack {
			at = min(at, m.end)
		}
		escapeText(b, text[pos:at])
		pos = at
		// Close the marks that end here, and everything opened inside them;
		// reopen the inner ones that go on.
		for i, m := range stack {
			if m.end > pos {
				continue
			}
			for range stack[i:] {
				b.WriteString("</span>")
			}
			kept := stack[:i]
			for _, m := range stack[i:] {
				if m.end > pos {
					b.WriteString(m.open)
					b.WriteByte('>')
					kept = append(kept, m)
				}
			}
			stack = kept
			break
		}
		for next < len(marks) && marks[next].start == pos {
			m := &marks[next]
			next++
			b.WriteString(m.open)
			b.WriteString(m.first)
			b.WriteByte('>')
			stack = append(stack, m)
		}
		if pos == len(text) && len(stack) == 0 {
			return
		}
	}
}

// escapeText writes s as HTML text or attribute content. Besides the five
// special characters it writes CR as a character reference (a parser would
// turn a raw CR into LF), and NUL bytes and invalid UTF-8 as U+FFFD, so that
// the DOM's text is the input's.
func escapeText(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var rep string
		size := 1
		switch c {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case '\r':
			rep = "&#13;"
		case 0:
			rep = "\uFFFD"
		default:
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || n != 1 {
				i += n
				continue
			}
			rep = "\uFFFD"
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		i += size
		last = i
	}
	b.WriteString(s[last:])
}

// escape returns s escaped by escapeText.
func escape(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}
