package entity

import "github.com/readout/readout/pipeline"

// findStandalone finds names with no title: runs of two to four capitalised
// words that are not countries, offices, organisations or common words
// capitalised at the start of a sentence or in a heading.
func (a *analysis) findStandalone() {
	for si := range a.d.Sentences {
		if a.halted() {
			break
		}
		s := &a.d.Sentences[si]
		if s.Boilerplate || a.isHeading(si) {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if a.claimed[i] || !a.nameWord(i) {
				continue // a few loads a token: halted is asked where a name may start
			}
			if a.halted() {
				break
			}
			first, end := a.readName(i)
			if end == first {
				continue
			}
			// A run stops at a name found already, with its titles:
			// "Foreign Maulvi X" is "Foreign" before "Maulvi X".
			for k := first; k < end; k++ {
				if a.claimed[k] {
					end = k
					break
				}
			}
			first = a.trimOpening(first, end, s.FirstToken)
			if end-first < 2 {
				i = end
				continue
			}
			first = a.trimLeading(first, end)
			if plausible := a.plausibleName(first, end, false); plausible && a.notPersonContext(first, end) {
				a.placeForm(first, end)
			} else if plausible {
				p := a.addPerson(first, end)
				p.conf = confStandalone
				a.titlesAfter(p, end, s.EndToken)
			}
			i = end - 1
		}
	}
}

// plausibleName judges a capitalised run found without a title: two to four
// words, or an initial and a word that is no English word ("R Sampanthan"),
// none an organisation's or place's word, none a common word written in
// lower case elsewhere in the text (unless the NER model vouches, ner).
func (a *analysis) plausibleName(first, end int, ner bool) bool {
	words, initials, english := 0, 0, false
	for k := first; k < end; k++ {
		t := &a.toks[k]
		if t.Kind != pipeline.Word || a.cls[k]&classNameParticle != 0 {
			continue
		}
		if isInitial(t) {
			initials++
			continue
		}
		if a.t.nonNames[t.Lower] || a.writesLower(t.Lower) && !ner {
			return false
		}
		words++
		english = english || a.englishAt(k)
	}
	initialled := words == 1 && initials > 0 && !english
	if words < 1 || words < 2 && !ner && !initialled || words > 4 {
		return false
	}
	if a.commonRun(first, end) || a.placeRun(first, end) {
		return false
	}
	// A run right before an organisation word is part of its name.
	if end < len(a.toks) && a.t.nonNames[a.toks[end].Lower] && a.toks[end].IsCap() {
		return false
	}
	// "(USSM)" after the run defines an abbreviation: an organisation.
	if end+2 < len(a.toks) && a.toks[end].Text == "(" && a.toks[end+1].IsAllCaps() {
		return false
	}
	return true
}

// trimOpening drops the first word of the run [first, end) when it opens
// its sentence (or a quote) and is an English word the lexicon never writes
// as a name: there its capital says nothing ("Congratulating Cho on his
// win", "Youngsters Ana Ruiz and Tom Pratt", "Seven Rebels").
func (a *analysis) trimOpening(first, end, start int) int {
	k := first - 1
	for k >= start && a.toks[k].Kind == pipeline.Punct {
		k--
	}
	if k >= start || first+1 >= end || !a.t.common(a.toks[first].Lower) {
		return first
	}
	return first + 1
}

// trimLeading drops from the front of the run [first, end) the words that
// cannot start a name, an organisation's words ("US Treasury Scott
// Bessent"), while two words stay.
func (a *analysis) trimLeading(first, end int) int {
	for end-first > 2 && a.t.nonNames[a.toks[first].Lower] {
		first++
	}
	return first
}

// commonRun reports whether the run [first, end) is made of English words,
// one of which the word list never writes as a name: "Rapid Response",
// "Truth Social", "Illustrative Image", but not "Brad Cooper".
func (a *analysis) commonRun(first, end int) bool {
	pure := false
	for k := first; k < end; k++ {
		t := &a.toks[k]
		if t.Kind != pipeline.Word {
			continue
		}
		if !a.englishAt(k) {
			return false
		}
		pure = pure || a.t.common(t.Lower)
	}
	return pure
}

// placeRun reports whether the run [first, end) names a place of the
// gazetteer, whole or as a part joined by a hyphen ("Torghondi-Herat"), or
// is followed by a place noun ("the Spin Boldak border").
func (a *analysis) placeRun(first, end int) bool {
	text := a.d.Text[a.toks[first].Start:a.toks[end-1].End]
	if a.t.isPlace(text) {
		return true
	}
	for k := first; k < end; k++ {
		t := &a.toks[k]
		if t.Kind != pipeline.Word {
			continue
		}
		joined := k > first && a.toks[k-1].Text == "-" || k+1 < end && a.toks[k+1].Text == "-"
		if joined && a.t.isPlace(t.Lower) {
			return true
		}
	}
	return end < len(a.toks) && a.t.placeNouns[a.toks[end].Lower] && !a.toks[end].IsCap()
}

// maxThingLead is the most lower-case words notPersonContext reads after
// a run's comma for the noun that makes it a thing ("an economic
// initiative").
const maxThingLead = 3

// notPersonContext reports whether the run [first, end) stands where no
// person's name does: right after "the" ("the Casa Rosada", "the Tren de
// Aragua"), after "at" or "in" ("landed at Aeroparque Jorge Newbery", "a
// mine in Reko Diq"), after a place noun's "of" ("the area of Mir Ali"),
// before an apposition that makes it a thing ("Pax Silica, an initiative"),
// or in a photo credit ("Photo: Jane Roe / Agency").
func (a *analysis) notPersonContext(first, end int) bool {
	if first > 0 && a.toks[first-1].Lower == "the" {
		return true
	}
	// "landed at Aeroparque Jorge Newbery", "the mine in Reko Diq": a
	// place, unless a possessive follows ("at Carlos Mendes's request").
	before := first - 1 // the word before the run, over a demonym: "in Indian Occupied Kashmir"
	if before >= 0 && a.country[before] >= 0 && a.cms[a.country[before]].ref.kind == refDemonym {
		before = a.cms[a.country[before]].first - 1
	}
	if before >= 0 && a.t.words.placePrepositions[a.toks[before].Lower] && !(end < len(a.toks) && a.toks[end].IsPossessive()) {
		return true
	}
	// "the general area of Mir Ali": a place noun's "of".
	if first > 1 && a.toks[first-1].Lower == "of" && a.t.placeNouns[a.toks[first-2].Lower] {
		return true
	}
	// "Pax Silica, an initiative led by": a thing, by its apposition.
	if end+2 < len(a.toks) && a.toks[end].Text == "," {
		k := end + 1
		if w := a.toks[k].Lower; w == "a" || w == "an" || w == "the" {
			k++
		}
		for n := 0; n < maxThingLead && k < len(a.toks) && a.toks[k].Kind == pipeline.Word && !a.toks[k].IsCap(); n, k = n+1, k+1 {
			if a.t.words.thingHeads[a.toks[k].Lower] {
				return true
			}
		}
	}
	s := a.d.Sentences[a.toks[first].Sentence]
	for k := first - 1; k >= s.FirstToken && k >= first-4; k-- {
		if a.toks[k].Text == ":" && k > s.FirstToken && a.t.words.creditWords[a.toks[k-1].Lower] {
			return true
		}
		if a.toks[k].Text == "(" || a.toks[k].Text == "." {
			break
		}
	}
	return end < s.EndToken && a.toks[end].Text == "/"
}
