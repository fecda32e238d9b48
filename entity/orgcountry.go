package entity

import "github.com/readout/readout/pipeline"

// An organisation's country, as its name and the words around it state it
// or the dateline makes it plain. The matchers use these as they read
// each name.

// joinedCountry returns the end of a second country joined to the one that
// ends before token j by a dash, as in the name of a body of two countries
// ("US–Nigeria Joint Working Group", "China-Pakistan Economic Corridor
// Authority"), or j when none is.
func (a *analysis) joinedCountry(j int) int {
	if j+1 >= len(a.toks) || !isDash(&a.toks[j]) || a.toks[j].SpaceBefore || a.toks[j+1].SpaceBefore {
		return j
	}
	if cm := a.country[j+1]; cm >= 0 && a.cms[cm].first == j+1 && a.cms[cm].ref.kind != refNone {
		return a.cms[cm].end
	}
	return j
}

// isDash reports whether t is a hyphen or a dash.
func isDash(t *pipeline.Token) bool {
	switch t.Text {
	case "-", "–", "—":
		return true
	}
	return false
}

// internationalName reports whether the name [first, end) is an
// international body's: "European Parliament", "International Criminal
// Court", "UN General Assembly".
func (a *analysis) internationalName(first, end int) bool {
	w := a.t.words.internationalWords
	for k := first; k < end; k++ {
		if t := &a.toks[k]; w[t.Lower] || t.IsAllCaps() && w[t.Norm] {
			return true
		}
	}
	return false
}

// nationalBody reports whether the name [first, end) is a country's own
// institution, which an article filed from that country names without its
// country: a government's body ("Ministry of Commerce"), a legislature or its
// house, a court, a cabinet or a party ("House of Representatives", "Supreme
// Court", "Cabinet of Ministers", "Christian Democratic Union"), or a body whose name opens with
// "National", "Central" or "Federal" ("National Intelligence Agency",
// "Central Bank"). An international body's name is none.
func (a *analysis) nationalBody(first, end int) bool {
	if a.internationalName(first, end) {
		return false
	}
	if a.t.words.nationalOpeners[a.toks[first].Lower] {
		return true
	}
	for k := first; k < end; k++ {
		if w := a.toks[k].Lower; a.t.words.governmentBodies[w] || a.t.words.nationalHeads[w] && a.t.orgHeads[w] || a.t.words.partyWords[w] {
			return true
		}
	}
	return false
}

// foreignReach is how far before a body's name foreignNear looks for a
// country: the phrase that holds the name.
const foreignReach = 8

// foreignNear reports whether a country other than home is named in the
// name [first, end) or in the phrase before it (up to a comma, within
// foreignReach words): "ISLAMABAD: India's ruling party", "the Supreme
// Court of Kenya". The dateline's country is then no guide to the body's.
func (a *analysis) foreignNear(first, end int, home string) bool {
	s := a.d.Sentences[a.toks[first].Sentence]
	for k := first - 1; k >= s.FirstToken && k >= first-foreignReach && a.toks[k].Text != ","; k-- {
		if cm := a.country[k]; cm >= 0 && a.cms[cm].ref.kind != refNone && a.code(cm) != home {
			return true
		}
	}
	for k := first; k < end; k++ {
		if cm := a.country[k]; cm >= 0 && a.cms[cm].ref.kind != refNone && a.code(cm) != home {
			return true
		}
	}
	return false
}

// joinedAt reports whether the name at token first opens with two countries
// joined by a dash: "US–Nigeria Joint Working Group".
func (a *analysis) joinedAt(first int) bool {
	cm := a.country[first]
	return cm >= 0 && a.cms[cm].first == first && a.joinedCountry(a.cms[cm].end) > a.cms[cm].end
}
