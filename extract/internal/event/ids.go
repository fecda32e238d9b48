package event

// wordIDs is the stage's word -> index table (Stage.ids) as an
// open-addressing hash table: newFinder looks every token of a document up
// in it, and a string-keyed map costs several times as much a look-up. Its
// hash is shape, a digest of three bytes and the length of a word, so that
// a look-up reads at most those bytes before it compares a word it holds:
// a word of the text is never hashed whole.
type wordIDs struct {
	shift uint32 // slots are indexed by the top bits of shape: 32 - log2(len(slots))
	mask  uint32
	slots []idSlot
	// seen has a bit, the top 12 of shape, for each word of the table, so
	// that most words of a text that the table lacks read no slot.
	seen [seenBits / 64]uint64
	// single is the index of each one-byte word, the punctuation most of
	// all.
	single [256]int32
	empty  int32 // the index of ""
}

type idSlot struct {
	word string
	id   int32 // 0: an empty slot (id 0 is no word)
}

// seenBits is the size of wordIDs.seen: with a few hundred words, few
// other words share a bit.
const seenBits = 1 << 12

// shape is a cheap digest of a word of two bytes or more: its first,
// middle and last bytes and its length.
func shape(w string) uint32 {
	n := uint(len(w))
	h := uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16 | uint32(n)<<24
	return h * 0x9e3779b1
}

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
		h := shape(w)
		x.seen[h>>(32-12)/64] |= 1 << (h >> (32 - 12) % 64)
		i := h >> x.shift
		for x.slots[i].id != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = idSlot{word: w, id: id}
	}
	return x
}

// id returns the index of w, or 0 when the table has none.
func (x *wordIDs) id(w string) int32 {
	if len(w) < 2 {
		return x.short(w)
	}
	if h := shape(w); x.may(h) {
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

// may reports whether the table may hold a word of shape h: false for
// most words it lacks.
func (x *wordIDs) may(h uint32) bool {
	b := h >> (32 - 12)
	return x.seen[b/64]&(1<<(b%64)) != 0
}

// probe is id of a word of two bytes or more, of shape h, that the table
// may hold (may). newFinder calls short, may and probe itself: all three
// are inlined, and id is not.
func (x *wordIDs) probe(w string, h uint32) int32 {
	for i := h >> x.shift; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.word == w {
			return s.id
		}
	}
}
