package pipeline

import (
	"errors"
	"strings"
)

// phraseIndex finds which of a few dozen phrases occur anywhere in a short
// text in one pass over it: a table of the phrases' first two bytes passes
// over every position where none of them can start, so that the cost is one
// table lookup a byte rather than one scan of the text a phrase.
//
// When every phrase has four bytes or more, a bit set of their first four
// bytes, hashed, stands before the table: most of the pairs that start
// some phrase ("co", "re", "po") start English words too, and four bytes
// tell them apart. When every phrase has five bytes or more, the set also
// holds the four bytes from each phrase's second, and find reads the four
// bytes from every other position only (as Wu and Manber's search does): a
// phrase that starts at i has its first four bytes at i and its next four
// at i+1, and one of the two is even.
type phraseIndex struct {
	quads   [1 << 16 / 64]uint64 // a bit set of the hashed first four bytes of the phrases (and the four from the second)
	short   bool                 // some phrase has fewer than four bytes: quads is not used
	four    bool                 // some phrase has four bytes: quads holds the first four bytes only
	starts  [1 << 16 / 64]uint64 // a bit set of the first two bytes of some phrase: 8 KB, not 64
	byStart map[uint16][]int     // their phrases, by slot
	phrases []string             // by slot
}

// maxPhrases is how many phrases a phraseIndex holds: a phraseSet has a bit
// for each.
const maxPhrases = 128

// phraseSet is a set of a phraseIndex's slots.
type phraseSet [maxPhrases / 64]uint64

func (s *phraseSet) add(slot int)     { s[slot/64] |= 1 << (slot % 64) }
func (s phraseSet) has(slot int) bool { return slot >= 0 && s[slot/64]&(1<<(slot%64)) != 0 }
func pairAt(s string, i int) uint16   { return uint16(s[i])<<8 | uint16(s[i+1]) }

// quadHash hashes the four bytes of s from i to 16 bits.
func quadHash(s string, i int) uint32 {
	s = s[i : i+4]
	q := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	return q * 0x9e3779b1 >> 16
}

var errTooManyPhrases = errors.New("more than 128 phrases that may stand anywhere in a line")

// add adds a phrase of at least two bytes and returns its slot.
func (x *phraseIndex) add(phrase string) (int, error) {
	if len(phrase) < 2 {
		return 0, errors.New("a phrase that may stand anywhere must have two bytes or more")
	}
	if len(x.phrases) == maxPhrases {
		return 0, errTooManyPhrases
	}
	if x.byStart == nil {
		x.byStart = map[uint16][]int{}
	}
	slot := len(x.phrases)
	x.phrases = append(x.phrases, phrase)
	if len(phrase) < 4 {
		x.short = true
	} else {
		h := quadHash(phrase, 0)
		x.quads[h/64] |= 1 << (h % 64)
		x.four = x.four || len(phrase) == 4
		if len(phrase) >= 5 {
			h := quadHash(phrase, 1)
			x.quads[h/64] |= 1 << (h % 64)
		}
	}
	k := pairAt(phrase, 0)
	x.starts[k/64] |= 1 << (k % 64)
	x.byStart[k] = append(x.byStart[k], slot)
	return slot, nil
}

// find returns the set of the phrases that occur in s.
func (x *phraseIndex) find(s string) phraseSet {
	var found phraseSet
	if !x.short && !x.four {
		// Every other position, and the phrases that start there or one
		// byte before.
		for j := 0; j+4 <= len(s); j += 2 {
			h := quadHash(s, j)
			if x.quads[h/64]&(1<<(h%64)) == 0 {
				continue
			}
			for i := max(j-1, 0); i <= j; i++ {
				for _, slot := range x.byStart[pairAt(s, i)] {
					if strings.HasPrefix(s[i:], x.phrases[slot]) {
						found.add(slot)
					}
				}
			}
		}
		return found
	}
	if !x.short {
		// No phrase starts in the last three bytes. q holds the four
		// bytes from i, as quadHash reads them: each step shifts one out
		// and the next in, one load a byte.
		if len(s) < 4 {
			return found
		}
		q := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16
		for j := 3; j < len(s); j++ {
			q |= uint32(s[j]) << 24
			h := q * 0x9e3779b1 >> 16
			if x.quads[h/64]&(1<<(h%64)) != 0 {
				i := j - 3
				for _, slot := range x.byStart[pairAt(s, i)] {
					if strings.HasPrefix(s[i:], x.phrases[slot]) {
						found.add(slot)
					}
				}
			}
			q >>= 8
		}
		return found
	}
	for i := 0; i+1 < len(s); i++ {
		k := pairAt(s, i)
		if x.starts[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, slot := range x.byStart[k] {
			if strings.HasPrefix(s[i:], x.phrases[slot]) {
				found.add(slot)
			}
		}
	}
	return found
}
