package event

import "github.com/readout/readout/pipeline/wordlist"

// wordIDs is the stage's word -> index table (Stage.ids) as an
// open-addressing hash table: newFinder looks every token of a document up
// in it, and a string-keyed map costs several times as much a look-up.
type wordIDs struct {
	mask  uint32
	slots []idSlot
	// seen has the bit shape(w) of each word w of the table, so that most
	// words of a text that the table lacks cost no hash.
	seen [shapeBits / 64]uint64
}

// shapeBits is the size of wordIDs.seen: with a few hundred words, few
// other words share a bit.
const shapeBits = 1 << 12

// shape is a cheap digest of a non-empty word: its first, middle and last
// bytes and its length.
func shape(w string) uint32 {
	n := len(w)
	h := uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16 | uint32(n)<<24
	return (h * 0x9e3779b1) >> (32 - 12)
}

type idSlot struct {
	word string
	hash uint32
	id   int32 // 0: an empty slot (id 0 is no word)
}

// newWordIDs indexes ids, whose values are all above 0.
func newWordIDs(ids map[string]int32) *wordIDs {
	size := 16
	for size < 2*len(ids) {
		size *= 2
	}
	x := &wordIDs{mask: uint32(size - 1), slots: make([]idSlot, size)}
	for w, id := range ids {
		h := wordlist.Hash(w)
		i := h & x.mask
		for x.slots[i].id != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = idSlot{word: w, hash: h, id: id}
		if w != "" {
			b := shape(w)
			x.seen[b/64] |= 1 << (b % 64)
		}
	}
	return x
}

// id returns the index of w, or 0 when the table has none.
func (x *wordIDs) id(w string) int32 {
	if w != "" {
		if b := shape(w); x.seen[b/64]&(1<<(b%64)) == 0 {
			return 0
		}
	}
	h := wordlist.Hash(w)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.hash == h && s.word == w {
			return s.id
		}
	}
}
