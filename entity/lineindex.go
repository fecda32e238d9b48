package entity

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"strings"
)

// The generated tables, the lexicon and the gazetteer, are searched in
// place by binary search over the starts of their lines. Finding those
// starts means reading every byte of both files, and keeping them costs a
// page of memory for each thousand lines; so the starts are computed when
// the package is built and embedded beside the tables, four bytes a line,
// little-endian (a binary file: git converts no line breaks in it), and a
// lookup reads them where they are, one load a start: New does nothing for
// either table. TestLineIndexes computes them again from the tables (go
// generate rewrites them) and fails when they differ.
//
//go:generate go test -run ^TestLineIndexes$ -update-index

// lexiconStarts holds the start of each line of data/english/lexicon.txt
// after its header, and then the length of that part, in the form of
// lineStarts.
//
//go:embed data/english/lexicon.starts
var lexiconStarts string

// placesStarts holds the starts of the lines of data/places.tsv after its
// header, as lexiconStarts does.
//
//go:embed data/places.starts
var placesStarts string

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

// startBytes is the size of a start: a little-endian uint32.
const startBytes = 4

// maxStart is the largest start lineStarts writes.
const maxStart = 1<<31 - 1

// lineStarts returns the starts of text's lines and then len(text), each
// as startBytes bytes, little-endian: the form of lexiconStarts. ok is
// false when text is too long for the form.
func lineStarts(text string) (starts string, ok bool) {
	if len(text) > maxStart {
		return "", false
	}
	b := make([]byte, 0, startBytes*(strings.Count(text, "\n")+2))
	pos := 0
	for line := range strings.Lines(text) {
		b = binary.LittleEndian.AppendUint32(b, uint32(pos))
		pos += len(line)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(text)))
	return string(b), true
}

// indexLines returns the index of a checked table's data lines (text
// without its header of comments), computing their starts; name is the
// table's, for the error when text is too long for the form.
func indexLines(text, name string, foldCase bool) (lineIndex, error) {
	data := dataLines(text)
	starts, ok := lineStarts(data)
	if !ok {
		return lineIndex{}, fmt.Errorf("%w: %s: longer than %d bytes", ErrBadTable, name, maxStart)
	}
	return newLineIndex(data, starts, foldCase), nil
}

// lineIndex finds the lines of a sorted table searched in place, by the
// starts of its lines in the form of lineStarts.
//
// A line's key is what it holds before its tab, or all of it: a line holds
// one tab at most, among its last three bytes (a word and its mark "N", a
// name and its country's code). The lines are in the byte order of their
// keys, or, with foldCase, of their lower-case keys (compareLower).
type lineIndex struct {
	text     string // the data lines, without the file's header of comments
	starts   string // their starts, and len(text), in the form of lineStarts
	foldCase bool   // keys compare in lower case
}

// newLineIndex returns the index of text's lines from their starts.
func newLineIndex(text, starts string, foldCase bool) lineIndex {
	return lineIndex{text: text, starts: starts, foldCase: foldCase}
}

// lines returns the number of lines.
func (x *lineIndex) lines() int { return len(x.starts)/startBytes - 1 }

// start returns the start of line n (of the end of the text, n = lines()).
func (x *lineIndex) start(n int) int {
	s := x.starts[n*startBytes : n*startBytes+startBytes]
	return int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

// line returns line n without its line break.
func (x *lineIndex) line(n int) string {
	s := x.starts[n*startBytes : n*startBytes+2*startBytes]
	start := int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
	end := int(uint32(s[4]) | uint32(s[5])<<8 | uint32(s[6])<<16 | uint32(s[7])<<24)
	if end > start && x.text[end-1] == '\n' {
		end--
	}
	return x.text[start:end]
}

// compare compares the key of line with key.
func (x *lineIndex) compare(line, key string) int {
	// The tab, if any, is one of the last three bytes.
	if n := len(line); n >= 2 && line[n-2] == '\t' {
		line = line[:n-2]
	} else if n >= 3 && line[n-3] == '\t' {
		line = line[:n-3]
	}
	if x.foldCase {
		return compareLower(line, key)
	}
	return strings.Compare(line, key)
}

// search returns the line whose key is key, found by binary search.
func (x *lineIndex) search(key string) (string, bool) {
	lo, hi := 0, x.lines()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		line := x.line(m)
		switch c := x.compare(line, key); {
		case c == 0:
			return line, true
		case c < 0:
			lo = m + 1
		default:
			hi = m
		}
	}
	return "", false
}
