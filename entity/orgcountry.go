package entity

import "github.com/readout/readout/pipeline"

// An organisation's country, as its name and the words around it state it
// or the dateline makes it plain. findOrganizations uses these as it reads
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

// foreignNear reports whether a country other than home is named in the
// name [first, end) or in the phrase before it (up to a comma, within eight
// words): "ISLAMABAD: India's ruling party", "the Supreme Court of Kenya".
// The dateline's country is then no guide to the body's.
func (a *analysis) foreignNear(first, end int, home string) bool {
	s := a.d.Sentences[a.toks[first].Sentence]
	for k := first - 1; k >= s.FirstToken && k >= first-8 && a.toks[k].Text != ","; k-- {
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

// acronymRuns returns the runs of capitalised words that an all-caps
// acronym in parentheses after them spells, one initial a word ("United
// States Strategic Metals (USSM)", "Bank of Tarrant Lending (BTL)"), as
// [first, end) pairs in text order. A run holds no person's name or
// office title ("National Security Adviser (NSA)" is an office), opens
// where the capitalised words do, and ends with no word of a place or a
// thing ("Airport", "Agreement").
func (a *analysis) acronymRuns() [][2]int {
	var runs [][2]int
	for j := 1; j+2 < len(a.toks); j++ {
		if a.toks[j].Text != "(" || a.toks[j+2].Text != ")" || a.skip[j] {
			continue
		}
		acr := a.toks[j+1]
		if !acr.IsAllCaps() || len(acr.Text) < 3 || len(acr.Text) > 6 || !isLetters(acr.Text) {
			continue
		}
		letter := len(acr.Text) - 1
		k := j - 1
		for ; k >= 0 && letter >= 0; k-- {
			t := &a.toks[k]
			if a.skip[k] || a.nameTok[k] || a.office[k] >= 0 || t.Kind != pipeline.Word {
				break
			}
			if !t.IsCap() {
				if t.Lower == "of" || t.Lower == "and" || t.Lower == "for" {
					continue
				}
				break
			}
			if t.Text[0] != acr.Text[letter] {
				break
			}
			letter--
		}
		first := k + 1
		if letter >= 0 || !a.toks[first].IsCap() {
			continue // "of" opens no name
		}
		if k >= 0 && a.toks[k].IsCap() && a.toks[k].Sentence == a.toks[first].Sentence && k != a.d.Sentences[a.toks[k].Sentence].FirstToken {
			continue // the capitalised words run on before the acronym's first letter
		}
		// "Bandaranaike International Airport (BIA)", "Comprehensive Economic
		// Partnership Agreement (CEPA)": a place or a thing, no body.
		if last := a.toks[j-1].Lower; a.t.placeNouns[last] || a.t.words.thingHeads[last] {
			continue
		}
		runs = append(runs, [2]int{first, j})
	}
	return runs
}

// isLetters reports whether s holds ASCII capital letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
