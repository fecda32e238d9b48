package entity

import (
	_ "embed"
	"strings"
)

// The generated tables, the lexicon and the gazetteer, are searched in
// place by binary search over the starts of their lines. Finding those
// starts means reading every byte of both files, most of what New cost; so
// the length of each line is computed when the package is built, one
// printable character a line (the length plus 32: a text file, safe from
// any conversion of line breaks), and New adds them up. TestLineIndexes computes them again from the
// tables (go generate rewrites them) and fails when they differ.
//
//go:generate go test -run ^TestLineIndexes$ -update-index

// lexiconLines holds the length, line break included, of each line of
// data/english/lexicon.txt after its header, plus 32, one byte a line, and a
// line break.
//
//go:embed data/english/lexicon.lines
var lexiconLines string

// placesLines holds the length of each line of data/places.tsv after its
// header, as lexiconLines does.
//
//go:embed data/places.lines
var placesLines string

// dataLines returns text without its header: the comment lines it starts
// with.
func dataLines(text string) string {
	for strings.HasPrefix(text, "#") {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return ""
		}
		text = text[i+1:]
	}
	return text
}

// lengthOffset is added to a line's length to make it a printable
// character.
const lengthOffset = ' '

// startsFromLengths returns the start of each line from the lengths of the
// lines, a character each (see lexiconLines).
func startsFromLengths(lengths string) []int32 {
	lengths = strings.TrimSuffix(lengths, "\n")
	starts := make([]int32, len(lengths))
	pos := int32(0)
	for i := 0; i < len(lengths); i++ {
		starts[i] = pos
		pos += int32(lengths[i] - lengthOffset)
	}
	return starts
}

// lineStarts returns the start of each line of text, reading it.
func lineStarts(text string) []int32 {
	starts := make([]int32, 0, strings.Count(text, "\n")+1)
	for i := 0; i < len(text); {
		starts = append(starts, int32(i))
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			break
		}
		i += end + 1
	}
	return starts
}

// lineAt returns line n of text, whose lines start at starts, without its
// line break.
func lineAt(text string, starts []int32, n int) string {
	end := len(text)
	if n+1 < len(starts) {
		end = int(starts[n+1])
	}
	return strings.TrimSuffix(text[starts[n]:end], "\n")
}
