package event

import "github.com/readout/readout/pipeline"

// Window sizes of the party passes.
const (
	subjectWindow = 3 // tokens between a subject and its verb ("X also called Y")
	courierWindow = 4 // tokens between "by" and the messenger it names
	ownsWindow    = 3 // tokens between a possessive and the trigger it owns
)

// participants returns the people of sentence s who take part in the
// engagement of tr: the subject and objects of a trigger verb; else everyone
// named in the clause but for messengers and those named only as the owner of
// something else ("President Trump's appreciation").
func (f *finder) participants(s pipeline.Sentence, tr trigger) []int {
	// "X had written to Y", "X met Y": a verb with a named subject and a
	// named object engages those two, not everyone the sentence names
	// ("Aurangzeb told reporters that X had written to Y").
	if tr.rule.form == formVerb {
		if subj := f.subjectBefore(tr.at, s.FirstToken); subj >= 0 {
			if objs := f.objects(tr.at+1, s.EndToken, subj); len(objs) > 0 {
				return append([]int{subj}, objs...)
			}
		}
	}
	var out []int
	for i := s.FirstToken; i < s.EndToken; i++ {
		p := f.who[i]
		if p < 0 || (i+1 < s.EndToken && f.who[i+1] == p) {
			continue
		}
		if f.courier(i, s.FirstToken) {
			continue
		}
		// A possessive owner takes part only if what it owns is the trigger:
		// "Blinken's conversation with Dar", "Biden's letter".
		if i+1 < s.EndToken && f.toks[i+1].IsPossessive() {
			if !f.ownsTrigger(i+2, tr.at, s.EndToken) {
				continue
			}
		}
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		if p := f.pronounSubject(s); p >= 0 && !contains(out, p) {
			out = append(out, p)
		}
	}
	if c := f.counterpart(s, out); c >= 0 {
		out = append(out, c)
	}
	return out
}

// objects returns the people named after a trigger verb, up to the end of
// its clause: "met President Trump and Secretary Rubio in July, where ...".
// Owners of something else and couriers are left out, as is subj.
func (f *finder) objects(i, end, subj int) []int {
	var out []int
	for k := i; k < end; k++ {
		if f.is(k, "clause-end") {
			return out
		}
		p := f.who[k]
		if p < 0 || p == subj || contains(out, p) || k+1 < end && f.who[k+1] == p {
			continue
		}
		if k+1 < end && f.toks[k+1].IsPossessive() || f.courier(k, i) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// courier reports whether the person mentioned from token i is named as the
// messenger of something rather than a party: "the letter, delivered by
// Ambassador X", "handed over by X".
func (f *finder) courier(i, first int) bool {
	for k := i - 1; k >= first && k >= i-courierWindow; k-- {
		if f.toks[k].Lower == "by" {
			return f.any(max(first, k-2), k, "courier")
		}
	}
	return false
}

// ownsTrigger reports whether the noun phrase at i (after a possessive)
// reaches the trigger at: "Biden's letter", "Shehbaz's reciprocal letter".
func (f *finder) ownsTrigger(i, at, end int) bool {
	for k := i; k < end && k <= i+ownsWindow; k++ {
		if k == at {
			return true
		}
		if f.toks[k].Kind != pipeline.Word {
			return false
		}
	}
	return false
}

// subjectBefore returns the person right before the verb at token at,
// skipping adverbs ("X also called Y").
func (f *finder) subjectBefore(at, first int) int {
	if at > first && f.is(at-1, "be") {
		return -1 // passive: "X was telephoned by Y" has no subject here
	}
	for k := at - 1; k >= first && k >= at-subjectWindow; k-- {
		if f.who[k] >= 0 {
			return f.who[k]
		}
		if f.toks[k].Kind != pipeline.Word || !isAdverb(f.toks[k].Lower) && !f.is(k, "adverb") {
			return -1
		}
	}
	return -1
}

func isAdverb(w string) bool { return len(w) > 3 && w[len(w)-2:] == "ly" }

// peopleIn returns the people named in sentence s.
func (f *finder) peopleIn(s pipeline.Sentence) []int {
	var out []int
	for i := s.FirstToken; i < s.EndToken; i++ {
		if p := f.who[i]; p >= 0 && !contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
