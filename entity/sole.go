package entity

// soleCountry gives the holder of a military rank, who serves a state's
// forces, the one country that every sentence naming them names, by the
// country's name: "Admiral X took command of the fleet in Chile." A sentence
// that names a second country, names the country only by a demonym or a
// capital ("the Chilean navy", "in Santiago") or in another person's title
// ("met the Peruvian President in Peru"), names another person placed
// elsewhere, or names no country, leaves
// the person's country unknown. An office holder meets foreigners (a
// minister who "met in Peru"), so an office alone is not enough; a person
// with no rank may be anyone's. It runs after the other countries are given
// and never overrides one.
//
// It is code, not a rule of data/countryrules.tsv: it reads every sentence
// that names the person, where a rule reads one anchor's window.
func (a *analysis) soleCountry() {
	who := a.whoAt()
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if p.country != "" || p.intl || !a.ranked(p) {
			continue
		}
		code, ok := "", true
		var others []*person // other people placed in its sentences
		last := -1
		for _, m := range p.mentions {
			si := a.toks[m.FirstToken].Sentence
			if si == last {
				continue
			}
			last = si
			s := a.d.Sentences[si]
			if s.EndToken-s.FirstToken > maxSoleSentence {
				ok = false // no sentence, a run of words: bounded, linear in the text
				break
			}
			named := false
			for k := s.FirstToken; k < s.EndToken && ok; k++ {
				if q := who[k]; q != nil && q != p && q.country != "" {
					others = append(others, q)
				}
				cm := a.countryStart(k)
				if cm < 0 {
					continue
				}
				c := a.code(cm)
				if code != "" && c != code || a.cms[cm].ref.kind != refName || a.claimed[k] {
					ok = false
				}
				code, named = c, true
			}
			ok = ok && named
			if !ok {
				break
			}
		}
		for _, q := range others {
			ok = ok && q.country == code
		}
		if ok {
			a.makePlain(p, code)
		}
	}
}

// maxSoleSentence is the longest sentence, in tokens, soleCountry reads.
const maxSoleSentence = 200

// ranked reports whether a military rank stands before a mention of p:
// "Admiral X", "Lt Gen X".
func (a *analysis) ranked(p *person) bool {
	for _, m := range p.mentions {
		k := m.FirstToken - 1
		if k < 0 {
			continue
		}
		if o := a.office[k]; o >= 0 && a.oms[o].title == "" && a.t.words.militaryRanks[a.toks[k].Lower] {
			return true
		}
	}
	return false
}
