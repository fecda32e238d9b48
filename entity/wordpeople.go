package entity

// wordPeople maps words to people, each word's people in the order added:
// a map[string][]*person whose map and lists an analysis reuses from
// document to document (newWordPeople), so that a pass adds no allocation
// per word.
type wordPeople struct {
	at    map[string]int32 // word -> index into lists
	lists [][]*person      // lists[:len(at)] are the words' people
}

// maxPooledWords bounds the words of a wordPeople kept for the next
// document: clearing a map costs its size, not its use.
const maxPooledWords = 1024

// get returns the people of w, in the order added, or nil. The slice is
// the index's: it must not be appended to.
func (x *wordPeople) get(w string) []*person {
	if k, ok := x.at[w]; ok {
		return x.lists[k]
	}
	return nil
}

// add adds p to the people of w.
func (x *wordPeople) add(w string, p *person) {
	k, ok := x.at[w]
	if !ok {
		k = x.slot(w)
	}
	x.lists[k] = append(x.lists[k], p)
}

// set makes ps the people of w.
func (x *wordPeople) set(w string, ps []*person) {
	k, ok := x.at[w]
	if !ok {
		k = x.slot(w)
	}
	x.lists[k] = append(x.lists[k][:0], ps...)
}

// slot adds w, with no people, and returns its index.
func (x *wordPeople) slot(w string) int32 {
	if x.at == nil {
		x.at = map[string]int32{}
	}
	k := int32(len(x.at))
	x.at[w] = k
	if int(k) < len(x.lists) {
		x.lists[k] = x.lists[k][:0]
	} else {
		x.lists = append(x.lists, nil)
	}
	return k
}

// reset empties x, holding none of the document's people.
func (x *wordPeople) reset() {
	n := len(x.at)
	for i := range x.lists[:n] {
		clear(x.lists[i])
		x.lists[i] = x.lists[i][:0]
	}
	if n > maxPooledWords {
		x.at, x.lists = nil, nil
	} else {
		clear(x.at)
	}
}

// newWordPeople returns an empty wordPeople for one pass of a: one the
// analysis's scratch holds from an earlier document, if any. It serves a
// until a is released.
func (a *analysis) newWordPeople() *wordPeople {
	sc := a.scratch
	if sc == nil {
		return &wordPeople{}
	}
	if a.wpUsed == len(sc.wp) {
		sc.wp = append(sc.wp, &wordPeople{})
	}
	x := sc.wp[a.wpUsed]
	a.wpUsed++
	return x
}
