package entity

// placeNames drops the people found only as capitalised runs (no title, no
// apposition, no office) whose name stands somewhere where a place's name
// does (notPersonContext; findStandalone records those runs): "a mine in
// Reko Diq" makes "Reko Diq" a place in every sentence, not a person in the
// others ("Pakistan's Reko Diq project"). It runs after the people are
// merged, when every mention of a name is known.
func (a *analysis) placeNames() {
	if len(a.places) == 0 {
		return
	}
	kept := a.people[:0]
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if p.conf > confStandalone || len(p.offices) > 0 || !a.isPlace(p.words) {
			kept = append(kept, p)
			continue
		}
		for _, m := range p.mentions {
			a.unclaim(m)
		}
	}
	a.people = kept
}

// placeForm records the capitalised run [first, end) as a place's name.
func (a *analysis) placeForm(first, end int) {
	if a.places == nil {
		a.places = map[string]bool{}
		a.placeAt = map[int]bool{}
	}
	base := len(a.wordArena)
	a.places[lowerJoin(a.nameWords(first, end))] = true
	a.dropWords(base) // the words were only read
	a.placeAt[first] = true
}

// placeDemonym reports whether the country mention cm is a demonym that
// describes a place's name after it ("Indian Occupied Kashmir"): it
// names no side of the sentence.
func (a *analysis) placeDemonym(cm int) bool {
	return a.cms[cm].ref.kind == refDemonym && a.placeAt[a.cms[cm].end]
}

// isPlace reports whether the name of words is one of the places of the
// text (a.places), without building the name.
func (a *analysis) isPlace(words []string) bool {
	a.keyArena = appendLowerJoin(a.keyArena[:0], words)
	return a.places[string(a.keyArena)]
}
