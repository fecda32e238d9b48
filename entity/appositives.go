package entity

// appositives gives a person the country of a noun phrase set beside their
// name that describes them by it: "X, the head of Polish diplomacy,", "X, a
// Chilean national,", "X, the leader of Peru's largest party". The phrase
// opens with "the", "a" or "an" right after the comma that follows a
// mention, runs to the next comma or the sentence's end (at most
// maxAppositive words), names no person, and names one country, not after a
// word that puts the person elsewhere ("X, the envoy to Peru", "X, a
// student in Chile"). It runs after the stated countries and never
// overrides one.
//
// It is code, not a rule of data/countryrules.tsv: it reads the whole
// phrase, to its end, and needs every country it names to be one and none
// of its words to place the person elsewhere, where a rule's search takes
// the nearest country.
func (a *analysis) appositives() {
	who := a.whoAt()
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, m := range p.mentions {
			if code := a.appositiveCountry(who, m.EndToken); code != "" {
				a.makePlain(p, code)
				break
			}
		}
	}
}

// maxAppositive is the longest appositive phrase, in tokens, appositives reads.
const maxAppositive = 10

// appositiveCountry returns the one country of the appositive phrase after
// a mention that ends at token k, or "".
func (a *analysis) appositiveCountry(who []*person, k int) string {
	if k+1 >= len(a.toks) || a.toks[k].Text != "," || a.skip[k] {
		return ""
	}
	s := a.d.Sentences[a.toks[k].Sentence]
	k++
	if w := a.toks[k].Lower; w != "the" && w != "a" && w != "an" {
		return ""
	}
	code := ""
	for j := k + 1; j < s.EndToken && j <= k+maxAppositive; j++ {
		t := &a.toks[j]
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == "(" {
			break
		}
		if who[j] != nil || a.t.words.elsewhereWords[t.Lower] {
			return ""
		}
		cm := a.countryStart(j)
		if cm < 0 {
			continue
		}
		if c := a.code(cm); code != "" && c != code {
			return ""
		} else {
			code = c
		}
		j = a.cms[cm].end - 1
	}
	return code
}
