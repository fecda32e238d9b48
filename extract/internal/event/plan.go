package event

import "github.com/readout/readout/pipeline"

// planWindow is how many tokens before a trigger are read for a plan word
// ("will meet", "is expected to call"); planAfterWindow how many after it
// ("a call between X and Y is expected on Monday").
const (
	planWindow      = 4
	planAfterWindow = 10
)

// future reports whether the trigger at is a plan or a wish: "will meet",
// "is expected to call", "a meeting next week", "called for talks".
func (f *finder) future(s pipeline.Sentence, at int) bool {
	if f.any(max(s.FirstToken, at-planWindow), at, setPlan) {
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
