package event

import "github.com/readout/readout/pipeline"

// Window sizes of the caption test.
const (
	captionLead = 3 // words between "during" and the trigger: "during their first meeting"
	captionTail = 8 // tokens after the trigger to the end of a caption: "in Washington on Tuesday."
)

// caption reports whether the trigger at stands in a photo caption rather
// than a report: a sentence with no verb that names people and then the
// engagement they are pictured at ("X and his counterpart Y during a
// meeting in Lima."). Before "during" or "at" it has only names, titles and
// the words of the caption-word list; after the trigger, a few words and no
// verb.
func (f *finder) caption(s pipeline.Sentence, at int) bool {
	if s.EndToken-at > captionTail+1 {
		return false
	}
	prep := -1
	for k := at - 1; k > s.FirstToken && k >= at-captionLead-1; k-- {
		if f.is(k, setCaptionAt) {
			prep = k
			break
		}
	}
	if prep < 0 || !f.named(s.FirstToken, prep) {
		return false
	}
	for k := s.FirstToken; k < prep; k++ {
		t := &f.toks[k]
		if f.who[k] < 0 && !t.IsCap() && !t.IsPossessive() && t.Norm != "," && !f.is(k, setCaptionWord) {
			return false
		}
	}
	for k := at + 1; k < s.EndToken; k++ {
		if f.predicateAt(k, k+1) || f.is(k, setCaptionAt) && f.toks[k].Lower == "during" {
			return false
		}
	}
	return true
}
