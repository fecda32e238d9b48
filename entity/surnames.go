package entity

import "slices"

// findSurnames adds the mentions of a person by a word of their name alone:
// "Dar highlighted", "the calls from Rubio", "Trump Administration". A word
// that several people's names end with stands for the one mentioned last
// before it. Tokens are swept in text order beside the mentions already
// found, so that the pass is linear in the text.
func (a *analysis) findSurnames() {
	if len(a.people) == 0 {
		return
	}
	// Words that name exactly one person, or several (then the latest wins).
	byWord := a.newWordPeople()
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if len(p.words) == 0 {
			continue
		}
		last := p.words[len(p.words)-1]
		byWord.add(last, p)
		// "el-Sisi" is also "Sisi", "al-Sudani" "Sudani".
		if bare := a.t.stripParticle(last); bare != last {
			byWord.add(bare, p)
		}
	}
	// A first name stands for its person when it is no one's surname and no
	// one else's first name ("Wang said", for Wang Yi).
	firsts := a.newWordPeople()
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if len(p.words) > 1 && byWord.get(p.words[0]) == nil {
			firsts.add(p.words[0], p)
		}
	}
	for w, k := range firsts.at {
		if ps := firsts.lists[k]; len(ps) == 1 {
			byWord.set(w, ps)
		}
	}
	// The mentions found so far, in text order, to know who was mentioned
	// last before each token.
	type seen struct {
		start int
		p     *person
	}
	n := 0
	for _, p := range a.people {
		n += len(p.mentions)
		p.lastSeen = 0 // the start of the latest mention before the token, +1; 0: never
	}
	events := make([]seen, 0, n)
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, m := range p.mentions {
			events = append(events, seen{m.Start, p})
		}
	}
	slices.SortFunc(events, func(x, y seen) int { return x.start - y.start })
	next := 0
	for i := range a.toks {
		if a.haltedAt(i) {
			break
		}
		if !a.nameWord(i) && !(a.honorificAt(i) && (i+1 >= len(a.toks) || !a.nameWord(i+1))) || a.claimed[i] || a.skip[i] {
			continue
		}
		// The mentions before the token, in text order: read here, at a
		// token that may be a name's, as at every token before it (none
		// between reads or changes lastSeen).
		for next < len(events) && events[next].start < a.toks[i].Start {
			events[next].p.lastSeen = events[next].start + 1
			next++
		}
		cands := byWord.get(a.toks[i].Norm)
		if len(cands) == 0 {
			continue
		}
		// Part of a longer capitalised run that is no known name: skip.
		if i+1 < len(a.toks) && a.nameWord(i+1) && !a.t.nonNames[a.toks[i+1].Lower] {
			continue
		}
		if i > 0 && a.nameWord(i-1) {
			continue
		}
		best := cands[len(cands)-1]
		for _, p := range cands[max(0, len(cands)-maxCandidates):] {
			if p.lastSeen > best.lastSeen {
				best = p
			}
		}
		if len(cands) > 1 && best.lastSeen == 0 {
			best = cands[0] // none mentioned yet: the first listed
		}
		a.claimed[i] = true
		best.addMention(a.mention(i, i+1))
		best.lastSeen = a.toks[i].Start + 1
	}
}
