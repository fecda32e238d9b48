package entity

import "github.com/readout/readout/pipeline"

// itsCountry gives a person named as a country's own by "its" that
// country: "the letter to Peru addressed its leader, X", "Chile said its
// envoy X would attend". "its" stands for the country named last before it
// in the sentence, by its name (a demonym describes something else: "the
// Peruvian government"), with no person or organisation named in between;
// at most maxItsWords lower-case words, and a comma, stand between "its"
// and the name. It runs after the stated countries and never overrides one.
func (a *analysis) itsCountry() {
	who := a.whoAt()
	for i := range a.toks {
		// Only "its" in lower case: a sentence's first word has nothing
		// before it to stand for, and "ITS" is an acronym.
		if a.skip[i] || a.toks[i].Text != "its" {
			continue
		}
		s := a.d.Sentences[a.toks[i].Sentence]
		k := i + 1
		for k < s.EndToken && k <= i+maxItsWords && a.toks[k].Kind == pipeline.Word && !a.toks[k].IsCap() {
			k++
		}
		if k < s.EndToken && a.toks[k].Text == "," {
			k++
		}
		if k == i+1 || k >= s.EndToken || who[k] == nil {
			continue
		}
		if code := a.countryBeforeIts(who, i, s.FirstToken); code != "" {
			a.makePlain(who[k], code)
		}
	}
}

// maxItsWords is the most words between "its" and the name itsCountry reads.
const maxItsWords = 3

// countryBeforeIts returns the country named last before token i in the
// sentence that starts at first, by its name, when no person or
// organisation is named between; "" otherwise.
func (a *analysis) countryBeforeIts(who []*person, i, first int) string {
	for j := i - 1; j >= first && j >= i-maxReach; j-- {
		if who[j] != nil || a.orgTok[j] {
			return ""
		}
		if cm := a.country[j]; cm >= 0 && a.cms[cm].first == j && !a.skip[j] {
			if a.cms[cm].ref.kind != refName {
				return ""
			}
			return a.code(cm)
		}
	}
	return ""
}
