package entity

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/pipeline/wordlist"
)

// The generated tables, the lexicon and the gazetteer, are searched in
// place by a hash table of their lines (lineHash), or, without one, by
// binary search over the starts of their lines. Finding those starts, or
// building the hash table, means reading every byte of both files, and
// keeping them costs a page of memory for each thousand lines; so both are
// computed when the package is built and embedded beside the tables, four
// bytes a line or a slot, little-endian (binary files: git converts no
// line breaks in them), and a lookup reads them where they are: New does
// nothing for either table. TestLineIndexes computes them again from the
// tables (go generate rewrites them: see tables.go) and fails when they
// differ.

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

// lexiconHash holds the hash table of the lines of data/english/lexicon.txt
// after its header, in the form of lineHash: a word is found by one probe
// or two, not by the sixteen compares of a binary search, each a cache
// miss.
//
//go:embed data/english/lexicon.hash
var lexiconHash string

// placesHash holds the hash table of the lines of data/places.tsv after
// its header, as lexiconHash does.
//
//go:embed data/places.hash
var placesHash string

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
// without its header of comments), computing their starts and their hash
// table; name is the table's, for the error when text is too long for the
// form.
func indexLines(text, name string, foldCase bool) (lineIndex, error) {
	data := dataLines(text)
	starts, ok := lineStarts(data)
	if !ok {
		return lineIndex{}, fmt.Errorf("%w: %s: longer than %d bytes", ErrBadTable, name, maxStart)
	}
	return newLineIndex(data, starts, lineHash(data, starts, foldCase), foldCase), nil
}

// The hash table of a table's lines (lineHash) is an open-addressing table
// with linear probing, of about one and a half slots a line, each slot a
// little-endian uint32: 0 for an empty slot, else the start of a line plus
// one in its low startBits bits (bits.Len of the text's length) and, above
// them, the low bits of its key's hash (keyHash), a tag that a probe
// compares before it reads the line. A key of hash h starts its probe at
// slot h*slots>>32.

// lineHash returns the hash table of text's lines, whose starts are
// starts (the form of lineStarts): the form of lexiconHash. The lines'
// keys are distinct (in lower case, with foldCase); the table is the same
// for the same lines.
func lineHash(text, starts string, foldCase bool) string {
	x := newLineIndex(text, starts, "", foldCase)
	n := x.lines()
	size := n + n/2 + 1
	table := make([]uint32, size)
	sb := startBits(text)
	for i := range n {
		h := keyHash(lineKey(x.line(i)), foldCase)
		v := uint32(x.start(i)+1) | h<<sb
		for k := probeStart(h, size); ; k = (k + 1) % size {
			if table[k] == 0 {
				table[k] = v
				break
			}
		}
	}
	b := make([]byte, 0, startBytes*size)
	for _, v := range table {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return string(b)
}

// startBits is the number of a hash slot's low bits that hold a line's
// start plus one, in a text of len(text) bytes.
func startBits(text string) uint { return uint(bits.Len(uint(len(text)))) }

// probeStart returns the slot, of size, where the probe for a key of hash
// h starts.
func probeStart(h uint32, size int) int { return int(uint64(h) * uint64(size) >> 32) }

// keyHash returns the hash of a line's key: wordlist.Hash of key, or, with
// foldCase, of the UTF-8 form of its runes in lower case as compareLower
// reads them, so that keys equal in lower case hash alike.
func keyHash(key string, foldCase bool) uint32 {
	if !foldCase {
		return wordlist.Hash(key)
	}
	h := uint32(2166136261)
	for i := 0; i < len(key); {
		if c := key[i]; c < utf8.RuneSelf {
			h ^= uint32(lowerASCII(c))
			h *= 16777619
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(key[i:])
		i += n
		var buf [utf8.UTFMax]byte
		for _, c := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
			h ^= uint32(c)
			h *= 16777619
		}
	}
	return h
}

// lineKey returns the key of a line: what it holds before its tab, which
// is one of its last three bytes, or all of it.
func lineKey(line string) string {
	if n := len(line); n >= 2 && line[n-2] == '\t' {
		return line[:n-2]
	} else if n >= 3 && line[n-3] == '\t' {
		return line[:n-3]
	}
	return line
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
	hash     string // their hash table, in the form of lineHash; "": none
	foldCase bool   // keys compare in lower case
}

// newLineIndex returns the index of text's lines from their starts and
// their hash table (lineHash), if hash is not "".
func newLineIndex(text, starts, hash string, foldCase bool) lineIndex {
	return lineIndex{text: text, starts: starts, hash: hash, foldCase: foldCase}
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
	line = lineKey(line)
	if x.foldCase {
		return compareLower(line, key)
	}
	return strings.Compare(line, key)
}

// find returns the line whose key is key, as search does: in the hash
// table, by key's hash h (keyHash), when x has one.
func (x *lineIndex) find(key string, h uint32) (string, bool) {
	size := len(x.hash) / startBytes
	if size == 0 {
		return x.search(key)
	}
	sb := startBits(x.text)
	tag := h << sb
	tagMask := ^uint32(0) << sb
	for k := probeStart(h, size); ; {
		s := x.hash[k*startBytes : k*startBytes+startBytes]
		v := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
		if v == 0 {
			return "", false
		}
		if v&tagMask == tag {
			start := int(v&^tagMask) - 1
			line := x.text[start:]
			if end := strings.IndexByte(line, '\n'); end >= 0 {
				line = line[:end]
			}
			if x.compare(line, key) == 0 {
				return line, true
			}
		}
		if k++; k == size {
			k = 0
		}
	}
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
