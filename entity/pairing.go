package entity

import (
	"cmp"
	"slices"

	"github.com/readout/readout/pipeline"
)

// pairCountries gives the second of two people the second of two countries:
// in a sentence that names exactly two people and exactly two countries
// (or, among more, one coordinated pair: "between Chile and Peru", "the
// Chile-Peru talks"), one person's country stated (or made plain by a
// government under them), the other person serves the other: "Foreign Minister X and Peruvian Foreign Minister Y
// discussed ties between Chile and Peru". A sentence that names one of the
// article's two countries (see articlePair), or none, takes those two; one
// that names a third ("called X about Bolivia") pairs no one. Only
// a person who holds an office takes a country so, and a capital alone ("in
// Lima") counts as no country; a person named in the other's apposition
// ("X, a member of Y's party,") is on the other's side. It runs
// after the other countries are given and never overrides one.
//
// It is code, not a rule of data/countryrules.tsv: it counts the people
// and countries of a sentence, and of the article, where a rule reads one
// anchor's window.
func (a *analysis) pairCountries() {
	who := a.whoAt()
	articlePair := a.articlePair()
	for _, s := range a.d.Sentences {
		if a.halted() {
			break
		}
		if s.Boilerplate {
			continue
		}
		var room [3]*person
		people := room[:0]
		for k := s.FirstToken; k < s.EndToken && len(people) <= 2; k++ {
			if a.haltedAt(k) {
				break
			}
			if p := who[k]; p != nil && !slices.Contains(people, p) {
				people = append(people, p)
			}
		}
		if len(people) != 2 || a.inApposition(s, who, people[0], people[1]) || a.inApposition(s, who, people[1], people[0]) ||
			!a.linked(s, who, people[0], people[1]) {
			continue
		}
		var codeRoom [4]string // most sentences name fewer countries
		pair := a.sentenceCountries(codeRoom[:0], s.FirstToken, s.EndToken)
		switch {
		case len(pair) <= 1 && len(articlePair) == 2 && (len(pair) == 0 || slices.Contains(articlePair, pair[0])):
			pair = articlePair
		case len(pair) > 2:
			pair = a.coordinatedPair(s.FirstToken, s.EndToken)
		}
		if len(pair) != 2 || len(articlePair) == 2 && !(slices.Contains(articlePair, pair[0]) && slices.Contains(articlePair, pair[1])) {
			continue // in an article on two countries, a third is a subject, no side
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

// maxPairGap is the most tokens before a person's name that linked reads
// for a word that makes them the other side of an engagement.
const maxPairGap = 12

// linked reports whether sentence s names p and q as the two sides of an
// engagement: a word of pair-links stands within maxPairGap tokens before
// a mention of one of them ("X held talks with Y", "X and his counterpart
// Y", "in a phone call with Y, X said", "X wrote a letter to Y").
func (a *analysis) linked(s pipeline.Sentence, who []*person, p, q *person) bool {
	for k := s.FirstToken; k < s.EndToken; k++ {
		w := who[k]
		if w != p && w != q || k > s.FirstToken && who[k-1] == w {
			continue // not the first token of a mention of p or q
		}
		for m := k - 1; m >= s.FirstToken && m >= k-maxPairGap; m-- {
			if a.inWordSet(m, classPairLink, a.t.words.pairLinks) && who[m] == nil {
				return true
			}
		}
	}
	return false
}

// sentenceCountries appends to codes the distinct countries named in
// tokens [first, end), in text order, that codes does not hold.
func (a *analysis) sentenceCountries(codes []string, first, end int) []string {
	for c := a.mentionFrom(first); c < len(a.cms) && a.cms[c].first < end; c++ {
		cm := a.countryStart(a.cms[c].first)
		if cm < 0 || a.cms[cm].ref.kind == refCapital || a.placeDemonym(cm) {
			continue // a capital alone is as often a place: "met in Lima"; "in Indian Occupied Kashmir" names a place
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
	for c := a.mentionFrom(first); c < len(a.cms) && a.cms[c].first < end; c++ {
		cm := a.countryStart(a.cms[c].first)
		if cm < 0 {
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

// inApposition reports whether q is named in the apposition after a
// mention of p in sentence s: "p, a member of q's party,".
func (a *analysis) inApposition(s pipeline.Sentence, who []*person, p, q *person) bool {
	for k := s.FirstToken; k+1 < s.EndToken; k++ {
		if who[k] != p || who[k+1] == p || a.toks[k+1].Text != "," || k+2 >= s.EndToken || a.toks[k+2].IsCap() {
			continue // an apposition opens in lower case: "p, a member of"
		}
		for m := k + 2; m < s.EndToken && a.toks[m].Text != ","; m++ {
			if who[m] == q {
				return true
			}
		}
	}
	return false
}

// mentionFrom returns the first of the country mentions (a.cms) that
// starts at or after token first, found by binary search: findCountries
// adds them in text order, one after another, so that the mentions that
// start in tokens [first, end) are those from here on that start before
// end, and a walk of a range's tokens for the country that starts at each
// (countryStart, which is the mention starting there or -1) can walk
// those instead (TestMentionFrom).
func (a *analysis) mentionFrom(first int) int {
	c, _ := slices.BinarySearchFunc(a.cms, first, func(m cmention, first int) int { return cmp.Compare(m.first, first) })
	return c
}

// countryStart returns the country mention that starts at token k, outside
// boilerplate, or -1.
func (a *analysis) countryStart(k int) int {
	cm := a.country[k]
	if cm < 0 || a.cms[cm].first != k || a.cms[cm].ref.kind == refNone || a.skip[k] {
		return -1
	}
	return cm
}

// articlePair returns the article's two countries: its first coordinated
// pair ("between Chile and Peru"), else the two countries it names when it
// names exactly two, counting capitals and the dateline's; nil otherwise.
func (a *analysis) articlePair() []string {
	for _, s := range a.d.Sentences {
		if a.halted() {
			break
		}
		if !s.Boilerplate {
			if pair := a.coordinatedPair(s.FirstToken, s.EndToken); pair != nil {
				return pair
			}
		}
	}
	codes := map[string]bool{} // every country named, capitals and dateline too
	for _, cm := range a.cms {
		if a.halted() {
			break
		}
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
	var room [8]string
	for _, c := range a.sentenceCountries(room[:0], 0, len(a.toks)) {
		if codes[c] {
			pair = append(pair, c)
		}
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}
