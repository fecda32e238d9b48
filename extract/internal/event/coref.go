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
	if typ == Letter && initiator >= 0 && len(people) < 2 && f.any(max(s.FirstToken, tr.at-replyWindow), tr.at, setReply) && f.last != nil && f.last.typ == Letter {
		// "Y's reciprocal letter": to the writer of the letter before.
		people = f.union(people, f.last.people)
	}
	if len(people) < 2 && tr.rule.form == formNoun && f.definite(s, tr.at) && si > 0 {
		// "The conversation, initiated by X, ...", "The meeting was attended
		// by Z": the engagement of that type last told of. If the sentence
		// before told of one of another type, this is none; if none was told,
		// the people of the sentence before are the parties.
		lt := typ
		if tr.rule.flex {
			lt = "" // "X met Y. During the conversation, ..."
		}
		switch d := f.latest(lt); {
		case d != nil && typ == Letter && d.initiator >= 0 && len(people) == 1 && !contains(d.people, people[0]):
			// "The letters ... the one to Bosnia addressed its leader, Z":
			// the same writer's letter to Z.
			people = f.union(people, append(f.list(1), d.initiator))
		case d != nil && len(d.people) >= 2:
			// Its parties are known: the sentence adds only those its
			// own complements name ("the meeting with Z"), not who
			// describes it ("a summary of the meeting shared by Z").
			c := f.clauseOf(s, tr.at)
			more, _ := f.complementList(tr.at+1, c.end, f.nonparties(c, tr.at))
			keep := f.list(len(people))
			for _, p := range people {
				if contains(more, p) {
					keep = append(keep, p)
				}
			}
			people = f.union(d.people, keep)
		case d != nil:
			people = f.union(people, d.people)
		case f.last != nil && f.last.sentence == si-1:
			return nil, false
		default:
			people = f.union(people, f.peopleIn(f.tail(si-1)))
		}
	}
	if len(people) < 2 && f.twoSides(s) {
		// "The two leaders": the parties of the engagement just reported,
		// else the two people the sentence before names.
		if f.last != nil && f.last.sentence == si-1 {
			people = f.union(people, f.last.people)
		} else if si > 0 {
			if two := f.peopleIn(f.tail(si - 1)); len(two) == 2 {
				people = f.union(people, two)
			} else if f.last != nil {
				people = f.union(people, f.last.people)
			}
		}
	}
	return people, true
}

// latest returns the engagement of type typ (any type if "") last told of,
// or nil.
func (f *finder) latest(typ string) *draft {
	if f.last != nil && (typ == "" || f.last.typ == typ) {
		return f.last
	}
	var out *draft
	for _, d := range f.drafts {
		if d.typ == typ && (out == nil || d.sentence > out.sentence) {
			out = d
		}
	}
	return out
}

// opensQuote reports whether the trigger at opens a quote or the sentence:
// "'Called on Y today,' X said" has the speaker for subject.
func (f *finder) opensQuote(s pipeline.Sentence, at int) bool {
	return at == s.FirstToken || at-1 >= s.FirstToken && f.is(at-1, setQuote)
}

// plural returns the people "they" at token i stands for: the people its
// sentence names before it, if two or more, else the parties of the last
// engagement with two parties or more told of.
func (f *finder) plural(s pipeline.Sentence, i int) []int {
	out := f.list(0)
	for k := s.FirstToken; k < i; k++ {
		if p := f.who[k]; p >= 0 && !contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		if d := f.lastPair(f.toks[i].Sentence); d != nil {
			return d.people
		}
	}
	return out
}

// "They" may reach pairLookback sentences back for the parties of an
// engagement, among the last pairDrafts engagements found (a bound, so that
// an article of many engagements costs linear time).
const (
	pairLookback = 8
	pairDrafts   = 16
)

// lastPair returns the engagement with two parties or more last told of, in
// the pairLookback sentences before si, or nil.
func (f *finder) lastPair(si int) *draft {
	if f.last != nil && len(f.last.people) >= 2 {
		return f.last
	}
	var out *draft
	for _, d := range f.drafts[max(0, len(f.drafts)-pairDrafts):] {
		if len(d.people) >= 2 && si-d.sentence <= pairLookback && (out == nil || d.sentence >= out.sentence) {
			out = d
		}
	}
	return out
}

// speaker returns the person who says sentence s ("..., X said", "X said
// ..."), for "me" in a quote, or -1.
func (f *finder) speaker(s pipeline.Sentence) int {
	for k := s.FirstToken; k < s.EndToken; k++ {
		if !f.is(k, setSay) {
			continue
		}
		for j := k + 1; j < s.EndToken && j <= k+speakerWindow; j++ {
			if f.who[j] >= 0 {
				return f.who[j]
			}
		}
		// "X, Pakistan's Ambassador to Kabul, said": back past an apposition,
		// not past the quote.
		for j := k - 1; j >= s.FirstToken && j >= k-speakerBackWindow && !f.is(j, setQuote); j-- {
			if f.who[j] >= 0 {
				return f.who[j]
			}
		}
	}
	return -1
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
	return f.any(max(s.FirstToken, at-definiteWindow), at, setDefinite)
}

// twoSides reports whether the sentence refers to the parties of an earlier
// engagement: "the two leaders", "both sides".
func (f *finder) twoSides(s pipeline.Sentence) bool {
	for i := s.FirstToken; i+1 < s.EndToken; i++ {
		if f.isTwoSides(i, s.EndToken) {
			return true
		}
	}
	return false
}

// sidesWords is how many words may stand between "two" and "leaders": "the
// two foreign ministers".
const sidesWords = 2

// isTwoSides reports whether "the two leaders", "both foreign ministers"
// starts at token i.
func (f *finder) isTwoSides(i, end int) bool {
	if !f.is(i, setTwo) {
		return false
	}
	for k := i + 1; k < end && k <= i+1+sidesWords; k++ {
		if f.is(k, setSides) {
			return true
		}
		if f.toks[k].Kind != pipeline.Word {
			return false
		}
	}
	return false
}

// Window sizes of pronoun resolution.
const (
	possessiveWindow   = 3  // tokens between "his" and the trigger it owns
	antecedentLookback = 3  // sentences read back for the person "he" stands for
	frontedWindow      = 12 // tokens of a fronted phrase: "During his call with X, Y said"
	speakerWindow      = 3  // tokens between "said" and the speaker after it
	speakerBackWindow  = 8  // tokens between the speaker and "said" after it
)

// pronoun reports whether token i is a pronoun that stands for a party of
// the trigger at: "he" before it, "his" right before it ("his meeting with
// Y", "his first conversation").
func (f *finder) pronoun(i, at int) bool {
	return i < at && (f.is(i, setPronoun) || f.is(i, setPronounOf) && at-i <= possessiveWindow)
}

// antecedent returns the person the pronoun at token i stands for, or -1: in
// a fronted phrase ("During his conversation with Y, X said"), the first
// person after its comma; for "his", the nearest person before it in its
// sentence; for "he", the first person of its sentence named before it; else
// the first person of the nearest sentence before that names one.
func (f *finder) antecedent(s pipeline.Sentence, i int) int {
	if i-s.FirstToken <= 2 && f.is(s.FirstToken, setFronted) && f.is(i, setPronounOf) {
		for k := i + 1; k < s.EndToken && k <= s.FirstToken+frontedWindow; k++ {
			if f.toks[k].Norm == "," {
				if k+1 < s.EndToken {
					return f.personAt(k+1, min(s.EndToken, k+1+writerWindow))
				}
				break
			}
		}
	}
	if f.is(i, setPronounOf) {
		// "X thanked Y for his letter", "X said after his meeting": the
		// nearest person before.
		for k := i - 1; k >= s.FirstToken; k-- {
			if f.who[k] >= 0 {
				return f.who[k]
			}
		}
	}
	for k := s.FirstToken; k < i; k++ {
		if f.who[k] >= 0 {
			return f.who[k]
		}
	}
	si := f.toks[i].Sentence
	for back := 1; back <= antecedentLookback && si-back >= 0; back++ {
		prev := f.d.Sentences[si-back]
		for k := prev.FirstToken; k < prev.EndToken && k < prev.FirstToken+2*clause; k++ {
			if p := f.who[k]; p >= 0 {
				return p
			}
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
