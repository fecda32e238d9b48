package entity

// officeBody reads the name of a body named after an office at token i:
// "Office of the National Security Adviser", "the Prime Minister's
// Office", "Secretariat of the President", "the PM Office" (a head of
// office-body-heads right after the title). It returns the end of the name
// and the office's title, or 0 when none starts at i. The office is the
// body's head, not a person: no name follows it.
func (a *analysis) officeBody(i int) (int, string) {
	t := &a.toks[i]
	// "Office of the National Security Adviser"
	if a.cls[i]&classOrgHead != 0 && i+2 < len(a.toks) && t.IsCap() && a.t.words.ofWords[a.toks[i+1].Lower] {
		k := i + 2
		if a.inWordSet(k, classDefinite, a.t.words.definiteArticles) && k+1 < len(a.toks) {
			k++
		}
		if o := a.office[k]; o >= 0 && a.oms[o].first == k && a.oms[o].title != "" && !a.nameAfter(a.oms[o].end) {
			return a.oms[o].end, a.oms[o].title
		}
		return 0, ""
	}
	// "Prime Minister's Office", "the PM Office"
	if o := a.office[i]; o >= 0 && a.oms[o].first == i && a.oms[o].title != "" {
		k := a.oms[o].end
		if k+1 < len(a.toks) && a.toks[k].IsPossessive() && a.toks[k+1].IsCap() && a.cls[k+1]&classOrgHead != 0 {
			return k + 2, a.oms[o].title
		}
		if k < len(a.toks) && a.toks[k].IsCap() && a.t.words.officeBodyHeads[a.toks[k].Lower] && !a.nameAfter(k+1) {
			return k + 1, a.oms[o].title
		}
	}
	return 0, ""
}

// nameAfter reports whether a person's name starts at token k.
func (a *analysis) nameAfter(k int) bool {
	return k < len(a.toks) && a.nameTok[k]
}

// soleHolders returns, for each office title, the one person who holds it;
// a title that two people hold maps to nil.
func (a *analysis) soleHolders() map[string]*person {
	holders := map[string]*person{}
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, o := range p.offices {
			if h, seen := holders[o.Title]; !seen {
				holders[o.Title] = p
			} else if h != p {
				holders[o.Title] = nil
			}
		}
	}
	return holders
}
