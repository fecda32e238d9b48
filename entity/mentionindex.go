package entity

// indexMentions makes the table whoAt returns: for each token, the person
// mentioned there. It runs as the pass "mention-index", after the last pass
// that adds a mention (office-references): the passes after it add none.
func (a *analysis) indexMentions() {
	var who []*person
	if a.scratch != nil && cap(a.scratch.who) >= len(a.toks) {
		who = a.scratch.who[:len(a.toks)] // all nil: release clears it
	} else {
		who = make([]*person, len(a.toks))
	}
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, m := range p.mentions {
			for k := m.FirstToken; k < m.EndToken; k++ {
				who[k] = p
			}
		}
	}
	a.who = who
}

// whoAt returns, for each token, the person mentioned there, or nil: the
// table of the mention-index pass, which the passes after it read.
func (a *analysis) whoAt() []*person { return a.who }
