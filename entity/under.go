package entity

// governmentUnder gives a person the country of a government the text puts
// under them: "the current leadership in Chile, under President X", "the
// government of Peru, led by Prime Minister X", "the X administration took
// the reins in Peru". It runs after the stated countries and never
// overrides one.
func (a *analysis) governmentUnder() {
	who := a.whoAt()
	for i := range a.toks {
		if a.skip[i] || a.cls[i]&classGovernment == 0 {
			continue
		}
		s := a.d.Sentences[a.toks[i].Sentence]
		// "the leadership in Chile, under President X"
		if code, k := a.countryObject(i+1, s.EndToken); code != "" {
			if k < s.EndToken && a.toks[k].Text == "," {
				k++
			}
			if k >= s.EndToken || !a.t.words.underWords[a.toks[k].Lower] {
				continue
			}
			k++
			if k < s.EndToken && a.toks[k].Lower == "by" {
				k++
			}
			for m := k; m < s.EndToken && m < k+6; m++ { // titles, then the name
				if who[m] != nil {
					who[m].under = a.makePlain(who[m], code)
					break
				}
			}
			continue
		}
		// "the X administration took the reins in Peru"
		j := i - 1
		if j > s.FirstToken && a.toks[j].IsPossessive() {
			j--
		}
		if j < s.FirstToken || who[j] == nil {
			continue
		}
		power := false
		for k := i + 1; k < s.EndToken && k <= i+6 && a.toks[k].Text != ","; k++ {
			if a.t.words.powerNouns[a.toks[k].Lower] {
				power = true
			} else if code, _ := a.countryObject(k, s.EndToken); code != "" {
				if power {
					who[j].under = a.makePlain(who[j], code)
				}
				break
			}
		}
	}
}

// countryObject returns the country of "in Chile", "of the United States"
// at token k, and the token after it; "" when there is none.
func (a *analysis) countryObject(k, end int) (string, int) {
	if k >= end || a.toks[k].Lower != "in" && a.toks[k].Lower != "of" {
		return "", 0
	}
	k++
	if k < end && a.toks[k].Lower == "the" && a.country[k] < 0 {
		k++
	}
	if k >= end {
		return "", 0
	}
	if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].ref.kind != refNone {
		return a.code(cm), a.cms[cm].end
	}
	return "", 0
}

// makePlain gives p the country code when the text has given p none.
func (a *analysis) makePlain(p *person, code string) bool {
	if p.country != "" || p.intl || code == "" {
		return false
	}
	p.country = code
	return true
}

// indexMentions makes the table whoAt returns: for each token, the person
// mentioned there. It runs as the pass "mention-index", after the last pass
// that adds a mention (office-references): the passes after it add none.
func (a *analysis) indexMentions() {
	var who []*person
	if a.scratch != nil && cap(a.scratch.who) >= len(a.toks) {
		who = a.scratch.who[:len(a.toks)]
		clear(who)
	} else {
		who = make([]*person, len(a.toks))
	}
	for _, p := range a.people {
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
