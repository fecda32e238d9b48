package entity

// members gives a person named as a member of a body the body's country:
// "Mr X of the Embassy of Chile", "Ms Y from the Peruvian Ministry of
// Mines". It runs after the other countries are given and never overrides
// one.
func (a *analysis) members() {
	for _, p := range a.people {
		for _, m := range p.mentions {
			k := m.EndToken
			if p.country != "" || k+1 >= len(a.toks) {
				break
			}
			if w := a.toks[k].Lower; w != "of" && w != "from" {
				continue
			}
			k++
			if a.toks[k].Lower == "the" && k+1 < len(a.toks) {
				k++
			}
			if o := a.orgAt[k]; o >= 0 {
				a.makePlain(p, a.orgs[o].country)
			}
		}
	}
}
