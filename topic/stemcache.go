package topic

import "github.com/readout/readout/pipeline/wordlist"

// stemCache is a scratch's lower-case word -> entry table (scratch.stems)
// as an open-addressing hash table: sentenceWords looks every word of a
// document up in it, and a string-keyed map costs several times as much a
// look-up. The words themselves are the entries' (wordEntry.lower).
type stemCache struct {
	shift uint32 // slots are indexed by the top bits of a key's hash: 32 - log2(len(slots))
	n     int    // words held
	slots []stemSlot
}

// packedLen is the longest word a cacheKey and a stemSlot hold themselves,
// packed into two 64-bit words (pack).
const packedLen = 16

// cacheKey is what the cache compares of a word: its bytes packed into two
// words when it has at most packedLen of them (pack; both zero for a
// longer word), its length, and a hash of it (keyOf).
type cacheKey struct {
	lo, hi uint64
	n      int
	h      uint32
}

type stemSlot struct {
	// lo and hi are the word's packed bytes, as in its cacheKey, so that
	// a look-up of a short word compares two words and reads no string.
	lo, hi uint64
	hash   uint32
	e      int32 // the entry's index plus one; 0: an empty slot
	// n is the word's length when it has at most packedLen bytes, and
	// longWord for a longer word, which is read from its entry.
	n uint8
	// matters is the entry's wordEntry.matters, which sentenceWords asks
	// of every word: kept here, a look-up of a word that takes part in
	// no match reads nothing beyond its slot.
	matters bool
}

// longWord is stemSlot.n for a word longer than packedLen.
const longWord = 0xff

// load64 returns the eight bytes of w from i on as a little-endian word:
// written so that the compiler reads them with one load.
func load64[W string | []byte](w W, i int) uint64 {
	w = w[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// load32 is load64 for four bytes.
func load32[W string | []byte](w W, i int) uint64 {
	w = w[i : i+4]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

// pack returns the bytes of w, which has at most packedLen of them, as two
// little-endian words, byte i of w at bit 8*i of lo (i < 8) or of hi (i >=
// 8), zero past w's end. Every length reads w in at most two loads a word,
// overlapping, with no loop.
func pack[W string | []byte](w W) (lo, hi uint64) {
	n := len(w)
	switch {
	case n >= 8:
		lo = load64(w, 0)
		if n > 8 {
			// The last eight bytes, shifted so that byte 8 is at bit 0.
			hi = load64(w, n-8) >> (8 * (packedLen - n))
		}
	case n >= 4:
		// The first four and the last four, which overlap: the bytes
		// they share are the same.
		lo = load32(w, 0) | load32(w, n-4)<<(8*(n-4))
	case n > 0:
		lo = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return lo, hi
}

// keyOf returns the cache key of the word w. Its hash mixes every byte of a
// short word into its top bits, which index the cache; a longer word's is
// wordlist.Hash spread to the top bits.
func keyOf[W string | []byte](w W) cacheKey {
	n := len(w)
	if n > packedLen {
		return cacheKey{n: n, h: wordlist.Hash(w) * 0x9e3779b1}
	}
	lo, hi := pack(w)
	x := (lo^uint64(n))*0x9e3779b97f4a7c15 + hi*0xc2b2ae3d27d4eb4f
	return cacheKey{lo: lo, hi: hi, n: n, h: uint32(x >> 32)}
}

// hasDot reports whether the word w has a dot: for a short word, a test of
// its packed words (k) for a byte 0x2e, eight bytes at a time.
func hasDot(w string, k cacheKey) bool {
	if k.n > packedLen {
		for i := 0; i < len(w); i++ {
			if w[i] == '.' {
				return true
			}
		}
		return false
	}
	const ones, highs, dots = 0x0101010101010101, 0x8080808080808080, 0x2e2e2e2e2e2e2e2e
	// A byte of v is zero where the word has a dot; the padding's zero
	// bytes become 0x2e, and do not count.
	zero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	return zero(k.lo^dots) || k.n > 8 && zero(k.hi^dots)
}

// appendKey appends wordKey(lower) to b: lower without its dots.
func appendKey(b []byte, lower string) []byte {
	for i := 0; i < len(lower); i++ {
		if lower[i] != '.' {
			b = append(b, lower[i])
		}
	}
	return b
}

// lookup is the look-up of the lower-case form of a word token that
// sentenceWords makes for nearly every word, in one call: for a word of at
// most packedLen bytes with no dot, it packs the word, hashes it and finds
// its slot, and returns its entry and the entry's matters. ok is false for
// a word the cache lacks, a longer word or one with a dot, which the
// caller looks up the long way (scratch.tokenEntry).
func (c *stemCache) lookup(w string) (e int32, matters, ok bool) {
	n := len(w)
	var lo, hi uint64
	switch {
	case n > packedLen || len(c.slots) == 0:
		return 0, false, false
	case n >= 8:
		lo = load64(w, 0)
		if n > 8 {
			hi = load64(w, n-8) >> (8 * (packedLen - n))
		}
	case n >= 4:
		lo = load32(w, 0) | load32(w, n-4)<<(8*(n-4))
	case n > 0:
		lo = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	const ones, highs, dots = 0x0101010101010101, 0x8080808080808080, 0x2e2e2e2e2e2e2e2e
	if v, u := lo^dots, hi^dots; ((v-ones)&^v|(u-ones)&^u)&highs != 0 {
		return 0, false, false // a dot
	}
	h := uint32(((lo^uint64(n))*0x9e3779b97f4a7c15 + hi*0xc2b2ae3d27d4eb4f) >> 32)
	mask := uint32(len(c.slots) - 1)
	for i := h >> c.shift; ; i = (i + 1) & mask {
		s := &c.slots[i]
		if s.lo == lo && s.hi == hi && int(s.n) == n && s.e != 0 {
			return s.e - 1, s.matters, true
		}
		if s.e == 0 {
			return 0, false, false
		}
	}
}

// newSlot returns the slot of word w, of key k, for entry e, whose
// wordEntry.matters is matters.
func newSlot(k cacheKey, e int32, matters bool) stemSlot {
	s := stemSlot{lo: k.lo, hi: k.hi, hash: k.h, e: e + 1, n: longWord, matters: matters}
	if k.n <= packedLen {
		s.n = uint8(k.n)
	}
	return s
}

// find returns the entry of w, whose key is k, or -1, and the slot where w
// would go.
func find[W string | []byte](c *stemCache, entries []wordEntry, w W, k cacheKey) (e int32, slot uint32) {
	if len(c.slots) == 0 {
		return -1, 0
	}
	mask := uint32(len(c.slots) - 1)
	if k.n <= packedLen {
		for i := k.h >> c.shift; ; i = (i + 1) & mask {
			s := &c.slots[i]
			if s.lo == k.lo && s.hi == k.hi && int(s.n) == k.n && s.e != 0 {
				return s.e - 1, i
			}
			if s.e == 0 {
				return -1, i
			}
		}
	}
	for i := k.h >> c.shift; ; i = (i + 1) & mask {
		s := &c.slots[i]
		if s.e == 0 {
			return -1, i
		}
		if s.hash == k.h && s.n == longWord && entries[s.e-1].lower == string(w) {
			return s.e - 1, i
		}
	}
}

// put records entry e, of key k, at slot, which find returned for its
// word; it may move every slot.
func (c *stemCache) put(entries []wordEntry, slot uint32, k cacheKey, e int32) {
	if 2*(c.n+1) > len(c.slots) {
		c.grow()
		_, slot = find(c, entries, entries[e].lower, k)
	}
	c.slots[slot] = newSlot(k, e, entries[e].matters)
	c.n++
}

// grow doubles the table (or makes it), and places again the words held.
func (c *stemCache) grow() {
	old := c.slots
	size, bits := 64, uint32(6)
	for size < 2*len(old) {
		size, bits = size*2, bits+1
	}
	c.slots, c.shift = make([]stemSlot, size), 32-bits
	mask := uint32(size - 1)
	for _, s := range old {
		if s.e == 0 {
			continue
		}
		i := s.hash >> c.shift
		for c.slots[i].e != 0 {
			i = (i + 1) & mask
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
