package entity

import (
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/readout/readout/pipeline"
)

// WithNER adds prose's statistical named-entity model as one more signal for
// names that stand alone: a run of capitalised words it labels PERSON becomes
// a person even where the rules alone would doubt it (a name whose word also
// appears in lower case, "Rose Gottemoeller"). The model is loaded once, here;
// it reads only the sentences that hold such a run, but it is still some
// hundred times slower than the rules, so it is off by default.
func WithNER() Option {
	return func(s *Stage) error {
		s.ner = prose.ModelFromData("readout")
		return nil
	}
}

// findNER accepts as people the capitalised runs of a sentence that prose's
// model labels PERSON, for the sentences that hold a run no rule explained.
func (a *analysis) findNER() {
	if a.s.ner == nil {
		return
	}
	for si := range a.d.Sentences {
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
				end-first < 2 && (first == s.FirstToken || a.lowered[a.toks[first].Lower]) {
				continue
			}
			a.addPerson(first, end)
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

// nerPersons runs prose's model on sentence s and returns the token ranges
// [first, end) of its PERSON entities, aligned to the Doc's tokens.
func (a *analysis) nerPersons(s *pipeline.Sentence) [][2]int {
	doc, err := prose.NewDocument(s.In(a.d.Text), prose.WithSegmentation(false), prose.UsingModel(a.s.ner))
	if err != nil {
		return nil
	}
	// Align prose's tokens to ours through the concatenation of their
	// normalised forms, which both tokenisers keep whole.
	var joined strings.Builder
	var owner []int // byte of joined -> token index
	for i := s.FirstToken; i < s.EndToken; i++ {
		joined.WriteString(a.toks[i].Norm)
		for range len(a.toks[i].Norm) {
			owner = append(owner, i)
		}
	}
	text := joined.String()
	var out [][2]int
	cur := 0
	open := -1 // the range being built, in out
	for _, pt := range doc.Tokens() {
		w := normalizeProse(pt.Text)
		at := strings.Index(text[cur:], w)
		if w == "" || at < 0 || at > 8 {
			open = -1
			continue
		}
		start, end := owner[cur+at], owner[cur+at+len(w)-1]+1
		cur += at + len(w)
		switch {
		case strings.HasSuffix(pt.Label, "PERSON") && strings.HasPrefix(pt.Label, "I") && open >= 0:
			out[open][1] = end
		case strings.HasSuffix(pt.Label, "PERSON"):
			out = append(out, [2]int{start, end})
			open = len(out) - 1
		default:
			open = -1
		}
	}
	return out
}

// normalizeProse writes a prose token as our tokens' Norm writes it.
func normalizeProse(s string) string {
	return strings.NewReplacer("``", `"`, "''", `"`).Replace(s)
}
