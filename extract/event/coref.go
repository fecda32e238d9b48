package event

import "github.com/readout/readout/pipeline"

// Window sizes of the coreference passes.
const (
	definiteWindow = 3 // tokens between "the" and the noun trigger it makes definite
	replyWindow    = 3 // tokens between "reciprocal" and the letter
)

// corefer adds to people, the parties found in the trigger's own clause, the
// parties that a reference back makes plain: "the conversation" (the
// engagement of the sentence before), "the two leaders", "Y's reciprocal
// letter". It reports false when the reference shows the trigger is no new
// engagement of its type.
func (f *finder) corefer(si int, s pipeline.Sentence, tr trigger, people []int, initiator int) ([]int, bool) {
	typ := tr.typ()
	if typ == Letter && initiator >= 0 && len(people) < 2 && f.any(max(s.FirstToken, tr.at-replyWindow), tr.at, "reply") && f.last != nil && f.last.typ == Letter {
		// "Y's reciprocal letter": to the writer of the letter before.
		people = union(people, f.last.people)
	}
	if len(people) < 2 && tr.rule.form == formNoun && f.definite(s, tr.at) && si > 0 {
		// "The conversation, initiated by X, ...": the engagement the
		// sentence before told of. If that sentence reported an event, this
		// is the same event or none; else its people are the parties.
		if f.last != nil && f.last.sentence == si-1 {
			if typ != "" && typ != f.last.typ {
				return nil, false
			}
			people = union(people, f.last.people)
		} else {
			people = union(people, f.peopleIn(f.tail(si-1)))
		}
	}
	if len(people) < 2 && f.twoSides(s) {
		// "The two leaders": the parties of the engagement just reported,
		// else the two people the sentence before names.
		if f.last != nil && f.last.sentence == si-1 {
			people = union(people, f.last.people)
		} else if si > 0 {
			if two := f.peopleIn(f.tail(si - 1)); len(two) == 2 {
				people = union(people, two)
			} else if f.last != nil {
				people = union(people, f.last.people)
			}
		}
	}
	return people, true
}

// tail returns the end of sentence si, as far back as two clauses.
func (f *finder) tail(si int) pipeline.Sentence {
	prev := f.d.Sentences[si]
	prev.FirstToken = max(prev.FirstToken, prev.EndToken-2*clause)
	return prev
}

// definite reports whether the trigger at is a definite reference back: "The
// conversation, initiated by ...", "That meeting".
func (f *finder) definite(s pipeline.Sentence, at int) bool {
	return f.any(max(s.FirstToken, at-definiteWindow), at, "definite")
}

// twoSides reports whether the sentence refers to the parties of an earlier
// engagement: "the two leaders", "both sides".
func (f *finder) twoSides(s pipeline.Sentence) bool {
	for i := s.FirstToken; i+1 < s.EndToken; i++ {
		if f.is(i, "two") && f.is(i+1, "sides") {
			return true
		}
	}
	return false
}

// pronounSubject returns, for a sentence that opens with "He" or "She", the
// first person of the sentence before, or -1.
func (f *finder) pronounSubject(s pipeline.Sentence) int {
	if w := f.toks[s.FirstToken].Lower; w != "he" && w != "she" || s.FirstToken == 0 {
		return -1
	}
	prev := f.d.Sentences[f.toks[s.FirstToken-1].Sentence]
	for i := prev.FirstToken; i < prev.EndToken && i < prev.FirstToken+2*clause; i++ {
		if p := f.who[i]; p >= 0 {
			return p
		}
	}
	return -1
}

// counterpart resolves "his US counterpart" to the one other person of the
// article who serves that country.
func (f *finder) counterpart(s pipeline.Sentence, have []int) int {
	for i := s.FirstToken; i < s.EndToken; i++ {
		if f.toks[i].Lower != "counterpart" {
			continue
		}
		if i+1 < s.EndToken && (f.who[i+1] >= 0 || f.toks[i+1].Norm == "," && i+2 < s.EndToken && f.who[i+2] >= 0) {
			return -1 // "his Egyptian counterpart Abdel Fattah el-Sisi": named
		}
		country := ""
		for _, c := range f.ents.Countries {
			for _, m := range c.Mentions {
				if m.EndToken == i || m.EndToken == i-1 {
					country = c.Code
				}
			}
		}
		if country == "" {
			return -1
		}
		cand := -1
		for pi, p := range f.ents.People {
			if contains(have, pi) || p.Country != country {
				continue
			}
			if cand >= 0 {
				return -1
			}
			cand = pi
		}
		return cand
	}
	return -1
}
