package event

import "github.com/readout/readout/pipeline/wordlist"

// wordIDs is the stage's word -> index table (Stage.ids) as an
// open-addressing hash table: newFinder looks every token of a document up
// in it, and a string-keyed map costs several times as much a look-up. Its
// hash is wordlist.Hash of a word, spread to the top bits (spread): the
// tokeniser has hashed every token's Lower so already (Token.Hash), so
// that a token's look-up reads no byte of its word before it compares a
// word the table holds of the same hash.
type wordIDs struct {
	shift uint32 // slots are indexed by the top bits of the spread hash: 32 - log2(len(slots))
	mask  uint32
	slots []idSlot
	// seen has a bit, the top 12 of the spread hash, for each word of the
	// table, so that most words of a text that the table lacks read no
	// slot.
	seen [seenBits / 64]uint64
	// single is the index of each one-byte word, the punctuation most of
	// all.
	single [256]int32
	empty  int32 // the index of ""
}

type idSlot struct {
	word string
	id   int32  // 0: an empty slot (id 0 is no word)
	hash uint32 // spread(wordlist.Hash(word))
}

// seenBits is the size of wordIDs.seen: with a few hundred words, few
// other words share a bit.
const seenBits = 1 << 12

// spread returns h, a wordlist.Hash, with its bits mixed into the top
// ones, which index the table and its seen bits.
func spread(h uint32) uint32 { return h * 0x9e3779b1 }

// newWordIDs indexes ids, whose values are all above 0.
func newWordIDs(ids map[string]int32) *wordIDs {
	size, bits := 64, uint32(6)
	for size < 4*len(ids) {
		size, bits = size*2, bits+1
	}
	x := &wordIDs{shift: 32 - bits, mask: uint32(size - 1), slots: make([]idSlot, size)}
	for w, id := range ids {
		switch len(w) {
		case 0:
			x.empty = id
			continue
		case 1:
			x.single[w[0]] = id
			continue
		}
		h := spread(wordlist.Hash(w))
		x.seen[h>>(32-12)/64] |= 1 << (h >> (32 - 12) % 64)
		i := h >> x.shift
		for x.slots[i].id != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = idSlot{word: w, id: id, hash: h}
	}
	return x
}

// id returns the index of w, or 0 when the table has none.
func (x *wordIDs) id(w string) int32 { return x.hashedID(w, wordlist.Hash(w)) }

// hashedID is id of the word w of hash h, wordlist.Hash(w): a token's
// look-up by its Token.Hash, which reads no byte of the word to hash it.
func (x *wordIDs) hashedID(w string, h uint32) int32 {
	if len(w) < 2 {
		return x.short(w)
	}
	if h := spread(h); x.may(h) {
		return x.probe(w, h)
	}
	return 0
}

// short is id of a word of less than two bytes.
func (x *wordIDs) short(w string) int32 {
	if w == "" {
		return x.empty
	}
	return x.single[w[0]]
}

// may reports whether the table may hold a word of spread hash h: false
// for most words it lacks.
func (x *wordIDs) may(h uint32) bool {
	b := h >> (32 - 12)
	return x.seen[b/64]&(1<<(b%64)) != 0
}

// probe is id of a word of two bytes or more, of spread hash h, that the
// table may hold (may). newFinder calls short, may and probe itself, with
// the token's hash (Token.Hash): all three are inlined, and id is not.
func (x *wordIDs) probe(w string, h uint32) int32 {
	for i := h >> x.shift; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.hash == h && s.word == w {
			return s.id
		}
	}
}
