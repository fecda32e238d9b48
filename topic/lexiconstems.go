package topic

import (
	_ "embed"
	"strings"
)

// The snowball stems of the English lexicon's words (entity's
// data/english/lexicon.txt) that the built-in taxonomy stems, generated
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
// lexicon stems, and whether the table holds w.
func lexiconStem(w string) (string, bool) {
	text := lexiconStemsData
	lo, hi := 0, len(text) // the lines of text[lo:hi] may hold w
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo
		if i := strings.LastIndexByte(text[lo:mid], '\n'); i >= 0 {
			start = lo + i + 1
		}
		end := hi
		if i := strings.IndexByte(text[start:hi], '\n'); i >= 0 {
			end = start + i
		}
		line := text[start:end]
		word, rest, hasRest := strings.Cut(line, "\t")
		switch {
		case w < word:
			hi = start
		case w > word:
			lo = end + 1
		case !hasRest:
			return w, true
		case rest[0] >= '0' && rest[0] <= '9':
			n := 0
			for i := 0; i < len(rest); i++ {
				n = n*10 + int(rest[i]-'0')
			}
			if n > len(w) {
				return "", false
			}
			return w[:len(w)-n], true
		default:
			return rest, true
		}
	}
	return "", false
}
