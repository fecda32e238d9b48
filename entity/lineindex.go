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

// blockLines is the number of lines of a block of a lineIndex.
const blockLines = 16

// lineIndex finds the lines of a sorted table searched in place. It keeps
// the start of every blockLines-th line only, which New adds up from the
// generated line lengths: a lookup searches those first, then adds up the
// lengths of one block's lines and searches them. The starts of every line
// would cost New a page of memory for each thousand lines.
//
// A line's key is what it holds before its tab, or all of it: a line holds
// one tab at most, among its last three bytes (a word and its mark "N", a
// name and its country's code); the
// lines are in the byte order of their keys, or, with foldCase, of their
// lower-case keys (compareLower).
type lineIndex struct {
	text     string  // the data lines, without the file's header of comments
	lengths  string  // the length of each line plus lengthOffset, one byte a line
	blocks   []int32 // the start of line k*blockLines, for each k
	foldCase bool    // keys compare in lower case
}

// newLineIndex returns the index of text's lines from their lengths, a
// character each (see lexiconLines).
func newLineIndex(text, lengths string, foldCase bool) lineIndex {
	lengths = strings.TrimSuffix(lengths, "\n")
	blocks := make([]int32, 0, (len(lengths)+blockLines-1)/blockLines)
	pos := int32(0)
	for i := 0; i < len(lengths); i++ {
		if i%blockLines == 0 {
			blocks = append(blocks, pos)
		}
		pos += int32(lengths[i] - lengthOffset)
	}
	return lineIndex{text: text, lengths: lengths, blocks: blocks, foldCase: foldCase}
}

// lineLengths returns the lengths of text's lines, line breaks included,
// plus lengthOffset, one byte a line, and a line break: the form of
// lexiconLines. ok is false when a line is too long for one printable
// character.
func lineLengths(text string) (lengths string, ok bool) {
	var b strings.Builder
	for line := range strings.Lines(text) {
		if len(line) > '~'-lengthOffset {
			return "", false
		}
		b.WriteByte(byte(len(line) + lengthOffset))
	}
	b.WriteByte('\n')
	return b.String(), true
}

// line returns the text of the line from start to end, without its line
// break.
func (x *lineIndex) line(start, end int32) string {
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
	// The last block whose first line is not after the one sought.
	lo, hi := 0, len(x.blocks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		start := x.blocks[m]
		end := start + int32(x.lengths[m*blockLines]-lengthOffset)
		switch c := x.compare(x.line(start, end), key); {
		case c == 0:
			return x.line(start, end), true
		case c < 0:
			lo = m + 1
		default:
			hi = m
		}
	}
	if lo == 0 {
		return "", false
	}
	// The lines of that block after its first.
	first := (lo - 1) * blockLines
	lens := x.lengths[first:min(first+blockLines, len(x.lengths))]
	var starts [blockLines + 1]int32
	pos := x.blocks[lo-1]
	for i := 0; i < len(lens); i++ {
		starts[i] = pos
		pos += int32(lens[i] - lengthOffset)
	}
	starts[len(lens)] = pos
	lo, hi = 1, len(lens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		line := x.line(starts[m], starts[m+1])
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
