package topic

import "github.com/readout/readout/pipeline/wordlist"

// stemCache is a scratch's lower-case word -> entry table (scratch.stems)
// as an open-addressing hash table: sentenceWords looks every word of a
// document up in it, and a string-keyed map costs several times as much a
// look-up. The words themselves are the entries' (wordEntry.lower).
type stemCache struct {
	mask  uint32
	n     int        // words held
	slots []stemSlot // len is a power of two, at least twice n
}

type stemSlot struct {
	hash uint32
	e    int32 // the entry's index plus one; 0: an empty slot
	// n and key are the word itself when it has at most len(key) bytes,
	// so that most look-ups read no entry and no string; n is longWord
	// for a longer word, which is read from its entry.
	n uint8
	// matters is the entry's wordEntry.matters, which sentenceWords asks
	// of every word: kept here, a look-up of a word that takes part in
	// no match reads nothing beyond its slot.
	matters bool
	key     [14]byte
}

// longWord is stemSlot.n for a word longer than stemSlot.key.
const longWord = 0xff

// newSlot returns the slot of word w, of hash h, for entry e, whose
// wordEntry.matters is matters.
func newSlot(w string, h uint32, e int32, matters bool) stemSlot {
	s := stemSlot{hash: h, e: e + 1, n: longWord, matters: matters}
	if len(w) <= len(s.key) {
		s.n = uint8(copy(s.key[:], w))
	}
	return s
}

// keyHash returns wordKey(lower) and its hash, reading lower once when it
// has no dot.
func keyHash(lower string) (string, uint32) {
	h := uint32(2166136261)
	for i := 0; i < len(lower); i++ {
		if lower[i] == '.' {
			k := wordKey(lower)
			return k, wordlist.Hash(k)
		}
		h ^= uint32(lower[i])
		h *= 16777619
	}
	return lower, h
}

// find returns the entry of w, whose hash is h, or -1, and the slot
// where w would go.
func find[W string | []byte](c *stemCache, entries []wordEntry, w W, h uint32) (e int32, slot uint32) {
	if len(c.slots) == 0 {
		return -1, 0
	}
	for i := h & c.mask; ; i = (i + 1) & c.mask {
		s := &c.slots[i]
		if s.e == 0 {
			return -1, i
		}
		if s.hash != h {
			continue
		}
		if s.n == longWord {
			if entries[s.e-1].lower == string(w) {
				return s.e - 1, i
			}
		} else if int(s.n) == len(w) && string(s.key[:s.n]) == string(w) {
			return s.e - 1, i
		}
	}
}

// put records entry e, of hash h, at slot, which find returned for its
// word; it may move every slot.
func (c *stemCache) put(entries []wordEntry, slot uint32, h uint32, e int32) {
	if 2*(c.n+1) > len(c.slots) {
		c.grow(entries)
		_, slot = find(c, entries, entries[e].lower, h)
	}
	c.slots[slot] = newSlot(entries[e].lower, h, e, entries[e].matters)
	c.n++
}

// grow doubles the table (or makes it), and places again the words held.
func (c *stemCache) grow(entries []wordEntry) {
	old := c.slots
	size := max(64, 2*len(old))
	c.slots, c.mask = make([]stemSlot, size), uint32(size-1)
	for _, s := range old {
		if s.e == 0 {
			continue
		}
		i := s.hash & c.mask
		for c.slots[i].e != 0 {
			i = (i + 1) & c.mask
		}
		c.slots[i] = s
	}
}

// len returns how many words the cache holds.
func (c *stemCache) len() int { return c.n }

// reset empties the cache, keeping its room.
func (c *stemCache) reset() {
	clear(c.slots)
	c.n = 0
}
