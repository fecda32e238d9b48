package entity

// homeGovernment gives the dateline's country to the holders of its
// government's offices when the text names no country for them:
// "ISLAMABAD: Foreign Minister Ishaq Dar said", "the Foreign Office
// Spokesperson". Only the first holder of each title takes it, and only when
// no one mentioned before holds that title: a second "Prime Minister" is
// someone else's; nor when another country is named in the phrase before
// the name, nor when a possessive pronoun stands before the title: "his
// spokesperson X" speaks for the one "his" refers to, whose government the
// dateline does not give. A head of state's title is no such office: the
// President or King an article names is as often a foreign one.
//
// It is code, not a rule of data/countryrules.tsv: it reads the article as
// a whole (the dateline, and who first holds each title), not an anchor's
// window.
func (a *analysis) homeGovernment() {
	dl := a.d.Header.Dateline
	if dl.Len() == 0 {
		return
	}
	home := a.placeCountry(titleCase(dl.In(a.d.Text)))
	if home == "" {
		return
	}
	taken := map[string]bool{}   // titles of someone mentioned earlier
	for _, p := range a.people { // by first mention
		if a.halted() {
			break
		}
		give := p.country == "" && !p.intl && !a.foreignBefore(p, home) && !a.ownedBefore(p)
		for _, o := range p.offices {
			if !a.t.homeOffice(o.Title) {
				continue
			}
			if give && !taken[o.Title] {
				p.country = home
			}
			taken[o.Title] = true
		}
	}
}

// maxHomeLead is the most tokens read back from a mention, within its
// phrase, for a country or a possessive pronoun before its titles.
const maxHomeLead = 8

// foreignBefore reports whether a country other than home is named in the
// phrase before a mention of p: "India's Ministry of External Affairs
// spokesperson X" in a Washington-datelined article is India's.
func (a *analysis) foreignBefore(p *person, home string) bool {
	for _, m := range p.mentions {
		s := a.d.Sentences[a.toks[m.FirstToken].Sentence]
		for k := m.FirstToken - 1; k >= s.FirstToken && k >= m.FirstToken-maxHomeLead && a.toks[k].Text != ","; k-- {
			if cm := a.country[k]; cm >= 0 && a.cms[cm].ref.kind != refNone && a.code(cm) != home {
				return true
			}
		}
	}
	return false
}

// ownedBefore reports whether a possessive pronoun stands in the phrase
// before a mention of p: "the commissioner spoke, his spokesperson X said"
// names the office of the one "his" refers to.
func (a *analysis) ownedBefore(p *person) bool {
	for _, m := range p.mentions {
		s := a.d.Sentences[a.toks[m.FirstToken].Sentence]
		for k := m.FirstToken - 1; k >= s.FirstToken && k >= m.FirstToken-maxHomeLead && a.toks[k].Text != ","; k-- {
			if a.t.words.possessivePronouns[a.toks[k].Lower] {
				return true
			}
		}
	}
	return false
}
