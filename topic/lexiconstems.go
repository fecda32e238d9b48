package topic

import (
	_ "embed"
	"strings"
)

// The snowball stems of the English lexicon's words (entity's
// data/english/lexicon.txt) and of the words of the gazetteer's country
// and city names (data/countries.tsv, cities.tsv: "india", "afghans",
// "kabul") that the built-in taxonomy stems, generated
// when the package is built: snowball costs some thirteen thousand
// instructions a word, which a stream of articles pays for every new word.
// The table is read in place, by a binary search over its sorted lines:
// nothing is built when a process starts. It only spares work: a word it
// lacks is stemmed, and TestLexiconStems checks that regenerating it gives
// the committed file byte for byte and that every entry is snowball's.
//
// A line is WORD, when the word is its own stem; WORD<TAB>N, when the stem
// is the word without its last N bytes; or WORD<TAB>STEM otherwise (a stem
// never begins with a digit). The lines follow the header's, in byte order.
//
// lexiconStemsStarts (lexicon_stems_starts.go, generated with the table)
// holds, for each byte b, the offset in lexiconStemsData of its first line
// whose word begins with b or a greater byte; its last entry is
// len(lexiconStemsData).
//
//go:generate go test -run ^TestLexiconStems$ -update-lexicon-stems

//go:embed lexicon_stems.txt
var lexiconStemsText string

// lexiconStemsData is lexiconStemsText from its first line after the
// header's (the lines beginning with '#').
var lexiconStemsData = lexiconStemsText[lexiconDataStart(lexiconStemsText):]

// lexiconDataStart returns the offset in text of its first line that does
// not begin with '#'.
func lexiconDataStart(text string) int {
	i := 0
	for strings.HasPrefix(text[i:], "#") {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return len(text)
		}
		i += j + 1
	}
	return i
}

// lexiconStem returns the stem of the lower-case word w from the table of
// lexicon stems, and whether the table holds w. Each step of its binary
// search compares w with a line's word byte by byte as it reads it, and
// reads no further unless w sorts after it.
func lexiconStem(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	text := lexiconStemsData
	// The lines of text[lo:hi] may hold w; hi is len(text) or a line's
	// start, so that every line of text[lo:hi] ends in '\n' before hi:
	// first the lines that begin with w's first byte.
	lo, hi := int(lexiconStemsStarts[w[0]]), int(lexiconStemsStarts[int(w[0])+1])
	for lo < hi {
		start := lo + (hi-lo)/2
		for start > lo && text[start-1] != '\n' {
			start--
		}
		p, i := start, 0
		for ; ; p, i = p+1, i+1 {
			c := text[p]
			if c == '\t' || c == '\n' {
				if i == len(w) {
					return lexiconEntry(w, text[p:])
				}
				// The line's word is a prefix of w: w sorts after it.
				lo = p + strings.IndexByte(text[p:], '\n') + 1
				break
			}
			if i == len(w) {
				hi = start // w is a prefix of the line's word
				break
			}
			if b := w[i]; b != c {
				if b < c {
					hi = start
				} else {
					lo = p + strings.IndexByte(text[p:], '\n') + 1
				}
				break
			}
		}
	}
	return "", false
}

// lexiconEntry returns the stem of w from rest, what follows w on its line
// of the table of lexicon stems (from the tab or the newline on).
func lexiconEntry(w, rest string) (string, bool) {
	if rest[0] == '\n' {
		return w, true
	}
	rest = rest[1:strings.IndexByte(rest, '\n')]
	if rest == "" {
		return "", false
	}
	if rest[0] < '0' || rest[0] > '9' {
		return rest, true
	}
	n := 0
	for i := 0; i < len(rest); i++ {
		n = n*10 + int(rest[i]-'0')
	}
	if n > len(w) {
		return "", false
	}
	return w[:len(w)-n], true
}
