package entity

import "slices"

// pairCountries gives the second of two people the second of two countries:
// in a sentence that names exactly two people and exactly two countries
// (or, among more, one coordinated pair: "between Chile and Peru", "the
// Chile-Peru talks"), one person's country stated (or made plain by a
// government under them), the other person serves the other: "Foreign Minister X and Peruvian Foreign Minister Y
// discussed ties between Chile and Peru". Only a person who holds an office
// takes a country so, and a capital alone ("in Lima") counts as no country. A sentence that names two office
// holders and no country takes the article's first coordinated pair. It runs
// after the other countries are given and never overrides one.
func (a *analysis) pairCountries() {
	who := a.whoAt()
	var articlePair []string
	for _, s := range a.d.Sentences {
		if articlePair == nil && !s.Boilerplate {
			articlePair = a.coordinatedPair(s.FirstToken, s.EndToken)
		}
	}
	for _, s := range a.d.Sentences {
		if s.Boilerplate {
			continue
		}
		var people []*person
		for k := s.FirstToken; k < s.EndToken && len(people) <= 2; k++ {
			if p := who[k]; p != nil && !slices.Contains(people, p) {
				people = append(people, p)
			}
		}
		if len(people) != 2 {
			continue
		}
		pair := a.sentenceCountries(s.FirstToken, s.EndToken)
		switch {
		case len(pair) == 0 && len(people[0].offices) > 0 && len(people[1].offices) > 0:
			pair = articlePair
		case len(pair) > 2:
			pair = a.coordinatedPair(s.FirstToken, s.EndToken)
		}
		if len(pair) != 2 {
			continue
		}
		for i, p := range people {
			other := people[1-i]
			if len(other.offices) == 0 || !p.explicit && !p.under {
				continue // a person with no office may be anyone's; a country given by a rule of thumb places no one else
			}
			switch p.country {
			case pair[0]:
				a.makePlain(other, pair[1])
			case pair[1]:
				a.makePlain(other, pair[0])
			}
		}
	}
}

// sentenceCountries returns the distinct countries named in tokens
// [first, end), in text order.
func (a *analysis) sentenceCountries(first, end int) []string {
	var codes []string
	for k := first; k < end; k++ {
		cm := a.country[k]
		if cm < 0 || a.cms[cm].first != k || a.cms[cm].ref.kind == refNone || a.cms[cm].ref.kind == refCapital || a.skip[k] {
			continue // a capital alone is as often a place: "met in Lima"
		}
		code := a.code(cm)
		seen := false
		for _, c := range codes {
			seen = seen || c == code
		}
		if !seen {
			codes = append(codes, code)
		}
	}
	return codes
}

// coordinatedPair returns the two countries of the one coordinated pair in
// tokens [first, end): "Chile and Peru", "between Chile and the United
// States", "Chile-Peru"; nil when there is none or more than one.
func (a *analysis) coordinatedPair(first, end int) []string {
	var pair []string
	for k := first; k < end; k++ {
		cm := a.country[k]
		if cm < 0 || a.cms[cm].first != k || a.cms[cm].ref.kind == refNone || a.skip[k] {
			continue
		}
		j := a.cms[cm].end
		if j >= end || a.toks[j].Lower != "and" && a.toks[j].Text != "-" && a.toks[j].Text != "–" {
			continue
		}
		j++
		if j < end && a.toks[j].Lower == "the" && a.country[j] < 0 {
			j++
		}
		if j >= end {
			continue
		}
		cm2 := a.country[j]
		if cm2 < 0 || a.cms[cm2].first != j || a.cms[cm2].ref.kind == refNone || a.code(cm2) == a.code(cm) {
			continue
		}
		if pair != nil {
			return nil
		}
		pair = []string{a.code(cm), a.code(cm2)}
	}
	return pair
}
