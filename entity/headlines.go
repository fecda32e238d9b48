package entity

import "github.com/readout/readout/pipeline"

// headlines reads the names of headlines as the body supports them. A
// headline capitalises its words ("Lula Speaks With Xi", "Minister Sato
// Holds Brief Talks"), so a capitalised run in it is no evidence of a name:
// a person named only in headlines is the body's person whose name the
// longest part of the run is a form of ("Lula" of "Luiz Inacio Lula da
// Silva", "Sato" of "Kenji Sato"), and no one when no part of it, or when
// that part names two of the body's people. The titles and country a
// headline gives right before that part are the body person's: a headline
// states "Japan Foreign Minister Sato" once for the article. A headline is
// a line the header reads as one (pipeline.HeadlineLine), or a short line
// of the body without final punctuation whose words are capitalised. It
// runs after the people are merged.
func (a *analysis) headlines() {
	head := a.headlineTokens()
	if head == nil {
		return
	}
	var kept, only []*person
	byWord := a.newWordPeople() // the body's people by each lower-case word of their names
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if !a.inHeadlines(p, head) {
			kept = append(kept, p)
			for _, w := range p.words {
				byWord.add(a.lowerOf(w), p)
			}
			continue
		}
		only = append(only, p)
	}
	if len(only) == 0 {
		return
	}
	for _, p := range only {
		for _, m := range p.mentions {
			q, first, end := a.supported(byWord, m)
			if q == nil {
				a.unclaim(m)
				continue
			}
			q.addMention(a.mention(first, end))
			for k := m.FirstToken; k < first; k++ {
				a.nameTok[k] = false
			}
			for k := end; k < m.EndToken; k++ {
				a.claimed[k], a.nameTok[k] = false, false
			}
			if first == m.FirstToken { // the headline's titles are right before it
				for _, o := range p.offices {
					q.addOffice(o)
				}
				if q.stated == "" {
					q.stated = p.stated
				}
				q.intl = q.intl || p.intl
			}
		}
	}
	a.people = kept
}

// supported returns the body's person the longest run of words of the
// headline mention m is a form of, and that run's tokens; nil when no run
// is, or when the longest names two people.
func (a *analysis) supported(byWord *wordPeople, m Mention) (*person, int, int) {
	for n := m.EndToken - m.FirstToken; n > 0; n-- {
		var found *person
		first, end, several := 0, 0, false
		for f := m.FirstToken; f+n <= m.EndToken; f++ {
			if a.toks[f].Kind != pipeline.Word || a.toks[f+n-1].Kind != pipeline.Word {
				continue
			}
			base := len(a.wordArena)
			words := a.nameWords(f, f+n)
			for _, q := range byWord.get(a.lowerOf(words[0])) {
				if len(words) > len(q.words) || !a.t.samePerson(q.words, words) {
					continue
				}
				if found != nil && found != q {
					several = true
				}
				found, first, end = q, f, f+n
			}
			a.dropWords(base) // the words were only compared
		}
		if several {
			return nil, 0, 0
		}
		if found != nil {
			return found, first, end
		}
	}
	return nil, 0, 0
}

// unclaim frees the tokens of a mention that names no one.
func (a *analysis) unclaim(m Mention) {
	for k := m.FirstToken; k < m.EndToken; k++ {
		a.claimed[k], a.nameTok[k] = false, false
	}
}

// inHeadlines reports whether every mention of p is in a headline.
func (a *analysis) inHeadlines(p *person, head []bool) bool {
	for _, m := range p.mentions {
		if !head[m.FirstToken] {
			return false
		}
	}
	return true
}

// headlineTokens marks the tokens of the article's headlines, or returns
// nil when it has none.
func (a *analysis) headlineTokens() []bool {
	var head []bool
	mark := func(first, end int) {
		if head == nil {
			head = make([]bool, len(a.toks))
		}
		for k := first; k < end; k++ {
			head[k] = true
		}
	}
	k := 0 // header lines and tokens are both in text order
	for _, l := range a.d.Header.Lines {
		if l.Kind != pipeline.HeadlineLine {
			continue
		}
		for k < len(a.toks) && a.toks[k].Start < l.Start {
			k++
		}
		first := k
		for k < len(a.toks) && a.toks[k].End <= l.End {
			k++
		}
		mark(first, k)
	}
	for si, s := range a.d.Sentences {
		if a.halted() {
			break
		}
		if !s.Boilerplate && a.isHeading(si) && a.titleCase(s) {
			mark(s.FirstToken, s.EndToken)
		}
	}
	return head
}

// minTitleCaseWords is the fewest words a line of the body needs to be read
// as a headline by its capitals.
const minTitleCaseWords = 4

// titleCase reports whether the words of sentence s are capitalised as a
// headline's are: every word after the first that is no short function word
// ("of", "the", "with": not-names), and at least minTitleCaseWords words.
func (a *analysis) titleCase(s pipeline.Sentence) bool {
	words, caps := 0, 0
	for k := s.FirstToken; k < s.EndToken; k++ {
		t := &a.toks[k]
		if t.Kind != pipeline.Word {
			continue
		}
		words++
		if k == s.FirstToken || a.flags[k]&tokNotName != 0 && !t.IsCap() { // a word of not-names (newAnalysisCtx)
			caps++ // the first word, and lower-case function words, say nothing
			continue
		}
		if t.IsCap() {
			caps++
		}
	}
	return words >= minTitleCaseWords && caps == words
}
