package entity

// wordLists maps words to values, each word's in the order added: a
// map[string][]T whose map and lists an analysis reuses from document to
// document (newWordPeople, newWordOrgs), so that a pass adds no allocation
// per word.
type wordLists[T any] struct {
	at    map[string]int32 // word -> index into lists
	lists [][]T            // lists[:len(at)] are the words' values
}

// wordPeople maps words to people.
type wordPeople = wordLists[*person]

// maxPooledWords bounds the words of a wordPeople kept for the next
// document: clearing a map costs its size, not its use.
const maxPooledWords = 1024

// get returns the values of w, in the order added, or nil. The slice is
// the index's: it must not be appended to. A nil x has no words.
func (x *wordLists[T]) get(w string) []T {
	if x == nil {
		return nil
	}
	if k, ok := x.at[w]; ok {
		return x.lists[k]
	}
	return nil
}

// add adds p to the values of w.
func (x *wordLists[T]) add(w string, p T) {
	k, ok := x.at[w]
	if !ok {
		k = x.slot(w)
	}
	x.lists[k] = append(x.lists[k], p)
}

// set makes ps the values of w.
func (x *wordLists[T]) set(w string, ps []T) {
	k, ok := x.at[w]
	if !ok {
		k = x.slot(w)
	}
	x.lists[k] = append(x.lists[k][:0], ps...)
}

// slot adds w, with no values, and returns its index.
func (x *wordLists[T]) slot(w string) int32 {
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

// reset empties x, holding none of the document's values.
func (x *wordLists[T]) reset() {
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
	if a.scratch == nil {
		return &wordPeople{}
	}
	return takeLists(&a.scratch.wp, &a.wpUsed)
}

// newWordOrgs is newWordPeople for organisations.
func (a *analysis) newWordOrgs() *wordLists[*org] {
	if a.scratch == nil {
		return &wordLists[*org]{}
	}
	return takeLists(&a.scratch.wo, &a.woUsed)
}

// takeLists returns (*pool)[*used], made if need be, and counts it used.
func takeLists[T any](pool *[]*wordLists[T], used *int) *wordLists[T] {
	if *used == len(*pool) {
		*pool = append(*pool, &wordLists[T]{})
	}
	x := (*pool)[*used]
	*used++
	return x
}

// resetMap empties m for the next document, or drops it when it grew
// large: clearing a map costs its size, not its use.
func resetMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > maxPooledWords {
		return nil
	}
	clear(m)
	return m
}
