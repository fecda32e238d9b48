package entity

// sides gives a person named as another's predecessor, successor,
// spokesperson or aide that person's country ("Ortega's spokesperson, X",
// "Vera accused his successor, X"), and one named as a person's counterpart
// the other country of the article's two ("his counterpart X" in an article
// on Chile and Peru). "his" or "her" is the person named last before it in
// the sentence (within 40 words), or, in a sentence that opens with "He" or
// "She", the first person named in the sentence before. It runs after the other countries are
// given and never overrides one.
func (a *analysis) sides() {
	who := a.whoAt()
	pair := a.articlePair()
	for i := range a.toks {
		t := &a.toks[i]
		if a.skip[i] {
			continue
		}
		s := a.d.Sentences[t.Sentence]
		var owner *person
		switch {
		case t.IsPossessive() && i > s.FirstToken:
			owner = who[i-1]
		case t.Lower == "his" || t.Lower == "her":
			for k := i - 1; k >= s.FirstToken && k >= i-40 && owner == nil; k-- { // bounded: linear in the text
				owner = who[k]
			}
			// "He also met his counterpart X": the subject of the sentence before.
			if owner == nil && s.FirstToken < len(a.toks) && t.Sentence > 0 && a.subjectPronoun(s.FirstToken) {
				prev := a.d.Sentences[t.Sentence-1]
				for k := prev.FirstToken; k < prev.EndToken && k < prev.FirstToken+40 && owner == nil; k++ {
					owner = who[k]
				}
			}
		}
		if owner == nil || owner.country == "" {
			continue
		}
		j := i + 1
		for j < s.EndToken && a.t.words.titleModifiers[a.toks[j].Lower] {
			j++
		}
		if j >= s.EndToken {
			continue
		}
		same, other := a.t.words.sameSideNouns[a.toks[j].Lower], a.t.words.otherSideNouns[a.toks[j].Lower]
		if !same && !other {
			continue
		}
		k := j + 1
		if k < s.EndToken && a.toks[k].Text == "," {
			k++
		}
		if k >= s.EndToken || who[k] == nil || who[k] == owner {
			continue
		}
		switch {
		case same:
			a.makePlain(who[k], owner.country)
		case len(pair) == 2 && owner.country == pair[0]:
			a.makePlain(who[k], pair[1])
		case len(pair) == 2 && owner.country == pair[1]:
			a.makePlain(who[k], pair[0])
		}
	}
}

// articlePair returns the article's two countries: its first coordinated
// pair ("between Chile and Peru"), else the two countries it names when it
// names exactly two, counting capitals and the dateline's; nil otherwise.
func (a *analysis) articlePair() []string {
	for _, s := range a.d.Sentences {
		if !s.Boilerplate {
			if pair := a.coordinatedPair(s.FirstToken, s.EndToken); pair != nil {
				return pair
			}
		}
	}
	codes := map[string]bool{} // every country named, capitals and dateline too
	for _, cm := range a.cms {
		if cm.ref.kind != refNone && !a.skip[cm.first] {
			codes[a.t.countries[cm.ref.country].Code] = true
		}
	}
	if dl := a.d.Header.Dateline; dl.Len() > 0 {
		if c := a.placeCountry(titleCase(dl.In(a.d.Text))); c != "" {
			codes[c] = true
		}
	}
	if len(codes) != 2 {
		return nil
	}
	pair := []string{}
	for _, c := range a.sentenceCountries(0, len(a.toks)) {
		if codes[c] {
			pair = append(pair, c)
		}
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// subjectPronoun reports whether token k is "He" or "She".
func (a *analysis) subjectPronoun(k int) bool {
	w := a.toks[k].Lower
	return w == "he" || w == "she"
}
