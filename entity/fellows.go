package entity

// fellows gives a titled person named right after another in the object of
// a meeting the other's country: "met with Kenyan President X and Cabinet
// Secretary Y", "meetings with his counterpart X and Vice President Y". A
// host fields their own officials: two people joined by "and" after "with"
// or a meeting verb are of one side, unless the text states the second's
// country. Only a second person who holds an office takes it, and only from
// a first whose country is known. It runs after the other passes that give
// countries and never overrides one.
func (a *analysis) fellows() {
	who := a.whoAt()
	for _, y := range a.people {
		if y.country != "" || y.intl || len(y.offices) == 0 {
			continue
		}
		for _, m := range y.mentions {
			if x := a.fellowBefore(who, y, m.FirstToken); x != nil {
				a.makePlain(y, x.country)
				break
			}
		}
	}
}

// maxFellowLead is the most tokens of titles and words such as "his
// counterpart" read back from a person's name to "with" or a meeting verb.
const maxFellowLead = 10

// fellowBefore returns the person with a country joined by "and" to the
// titles before y's mention at token first, in the object of "with" or a
// meeting verb; nil otherwise.
func (a *analysis) fellowBefore(who []*person, y *person, first int) *person {
	s := a.d.Sentences[a.toks[first].Sentence]
	k := first - 1
	// y's titles: "Prime Cabinet Secretary and Cabinet Secretary for ..."
	for k > s.FirstToken && k > first-maxReach && who[k] == nil && (a.office[k] >= 0 || a.toks[k].Lower == "and" && a.office[k-1] >= 0 && who[k-1] == nil) {
		k--
	}
	if k <= s.FirstToken || k == first-1 || a.toks[k].Lower != "and" {
		return nil
	}
	x := who[k-1]
	if x == nil || x == y || x.country == "" {
		return nil
	}
	for j := k - 1; j >= s.FirstToken && j >= k-maxFellowLead; j-- {
		switch {
		case who[j] == x || a.office[j] >= 0 || a.country[j] >= 0 || a.t.words.titleModifiers[a.toks[j].Lower] ||
			a.t.words.otherSideNouns[a.toks[j].Lower] || a.toks[j].Lower == "his" || a.toks[j].Lower == "her":
		case a.t.words.meetingWords[a.toks[j].Lower]:
			return x
		default:
			return nil
		}
	}
	return nil
}
