package entity

import (
	"errors"

	"github.com/readout/readout/pipeline"
)

// NER is a statistical named-entity model used as one more signal for
// names that stand alone (package entity/ner wraps prose's). Persons returns
// the byte ranges [start, end) of sentence that name people, in order. It
// must be safe for concurrent use.
type NER interface {
	Persons(sentence string) [][2]int
}

// WithNER adds m as one more signal for names that stand alone: a run of
// capitalised words it labels a person becomes one even where the rules
// alone would doubt it (a name whose word also appears in lower case, "Rose
// Gottemoeller"). It reads only the sentences that hold such a run, but it
// is still much slower than the rules, so it is off by default.
func WithNER(m NER) Option {
	return func(s *Stage) error {
		if m == nil {
			return errors.New("entity: WithNER(nil)")
		}
		s.ner = m
		return nil
	}
}

// findNER accepts as people the capitalised runs of a sentence that the
// model labels a person, for the sentences that hold a run no rule explained.
func (a *analysis) findNER() {
	if a.s.ner == nil {
		return
	}
	for si := range a.d.Sentences {
		if a.halted() {
			break
		}
		s := &a.d.Sentences[si]
		if s.Boilerplate || a.isHeading(si) || !a.hasOpenRun(s) {
			continue
		}
		for _, r := range a.nerPersons(s) {
			if a.claimed[r[0]] || a.claimed[r[1]-1] {
				continue
			}
			// The model often labels only the surname: take in the
			// capitalised words right before it ("Mark Carney").
			for r[0] > s.FirstToken && a.nameWord(r[0]-1) && !a.claimed[r[0]-1] {
				r[0]--
			}
			first, end := a.readName(r[0])
			if end != r[1] || !a.plausibleName(first, end, true) ||
				end-first < 2 && (first == s.FirstToken || a.writesLower(a.toks[first].Lower)) {
				continue
			}
			a.addPerson(first, end).conf = confNER
		}
	}
}

// hasOpenRun reports whether sentence s holds two capitalised name words in
// a row that no rule has claimed.
func (a *analysis) hasOpenRun(s *pipeline.Sentence) bool {
	for i := s.FirstToken; i+1 < s.EndToken; i++ {
		if !a.claimed[i] && a.nameWord(i) && a.nameWord(i+1) && !a.claimed[i+1] {
			return true
		}
	}
	return false
}

// nerPersons runs the model on sentence s and returns the token ranges
// [first, end) of its people, aligned to the Doc's tokens.
func (a *analysis) nerPersons(s *pipeline.Sentence) [][2]int {
	text := s.In(a.d.Text)
	base := a.toks[s.FirstToken].Start
	var out [][2]int
	for _, r := range a.s.ner.Persons(text) {
		if r[0] < 0 || r[1] > len(text) || r[0] >= r[1] {
			continue // a model's bad range names nothing
		}
		first, end := -1, -1
		for k := s.FirstToken; k < s.EndToken; k++ {
			t := &a.toks[k]
			if first < 0 && t.End > base+r[0] {
				first = k
			}
			if t.Start < base+r[1] {
				end = k + 1
			}
		}
		if first >= 0 && end > first {
			out = append(out, [2]int{first, end})
		}
	}
	return out
}
