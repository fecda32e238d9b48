package event

import "github.com/readout/readout/pipeline"

// planWindow is how many words before a trigger are read for a plan word
// ("will meet", "is expected to call"); planAfterWindow how many after it
// ("a call between X and Y is expected on Monday").
const (
	planWindow      = 4
	planAfterWindow = 10
)

// future reports whether the trigger at is a plan or a wish: "will meet",
// "is expected to call", "a meeting next week", "called for talks".
func (f *finder) future(s pipeline.Sentence, at int) bool {
	if f.any(f.wordsBack(at, planWindow, s.FirstToken), at, setPlan) {
		return true
	}
	// "called for talks between X and Y", "pressed for a meeting": a wish.
	for k := at - 1; k > s.FirstToken && k >= at-planWindow; k-- {
		if f.toks[k].Lower == "for" && f.is(k-1, setWish) {
			return true
		}
	}
	// "A call between X and Y is expected on Monday": a plan stated after
	// the trigger, in the same clause.
	for k := at + 1; k < s.EndToken && k <= at+planAfterWindow; k++ {
		if f.is(k, setPlanStop) {
			break
		}
		if f.is(k, setPlanAfter) || f.is(k, setBe) && k+1 < s.EndToken && f.is(k+1, setPlan) {
			return true
		}
	}
	return false
}

// wordTokens bounds the tokens one word may take ("U.S.-led"), so that a
// run of tokens without spaces costs no more than a few words.
const wordTokens = 4

// wordsBack returns the first token of the n words before token at, no
// further back than first; the tokens of "high-stakes" or "U.S.-led" are one
// word.
func (f *finder) wordsBack(at, n, first int) int {
	first = max(first, at-n*wordTokens)
	k := at
	for ; k > first && n > 0; k-- {
		if f.toks[k-1].SpaceBefore {
			n--
		}
	}
	return k
}

// cancelled reports whether the engagement of the trigger at was called off,
// as its clause says after it: "the meeting with Y had been scrapped", "a
// call that was cancelled".
func (f *finder) cancelled(s pipeline.Sentence, at int) bool {
	// Names and titles are not counted: "a call between President X of
	// Peru and President Y of Chile that was cancelled".
	for k, n := at+1, 0; k < s.EndToken && k <= at+clause && n < planAfterWindow; k++ {
		if f.who[k] < 0 && !f.toks[k].IsCap() {
			n++
		}
		if f.is(k, setCancel) {
			return true
		}
		if t := f.toks[k].Norm; t == "," || t == ";" || f.is(k, setClauseEnd) && !f.is(k, setRelative) && t != "that" {
			return false
		}
	}
	return false
}
