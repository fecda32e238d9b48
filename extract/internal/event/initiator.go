package event

import "github.com/readout/readout/pipeline"

// Window sizes of the initiator passes.
const (
	byWindow        = 12 // tokens after a trigger read for "initiated by X", "from X"
	placeWindow     = 4  // tokens before a trigger read for "made a (phone) call"
	letterToWindow  = 16 // tokens after "In a letter to" read for the comma before the writer
	writerWindow    = 7  // tokens after that comma read for the writer
	possessorWindow = 4  // words between "X's" and the trigger it owns
	personAtWindow  = 12 // tokens read for the person a cue points at
)

// initiator finds who placed the call or wrote the letter, if the text says:
// first by cues around the trigger, then, for rules that say so, as the
// subject of the trigger verb.
func (f *finder) initiator(s pipeline.Sentence, tr trigger) int {
	if tr.rule.initiator == initNone {
		return -1
	}
	for _, cue := range []func(pipeline.Sentence, trigger) int{f.initiatedBy, f.atRequest, f.placedBy, f.letterTo, f.possessive, f.callTo} {
		if p := cue(s, tr); p >= 0 {
			return p
		}
	}
	if tr.rule.initiator == initSubject {
		return f.subjectBefore(tr.at, s.FirstToken)
	}
	return -1
}

// initiatedBy: "initiated by X", "placed by X", "a call from X".
func (f *finder) initiatedBy(s pipeline.Sentence, tr trigger) int {
	for k := tr.at + 1; k < s.EndToken && k <= tr.at+byWindow; k++ {
		w := f.toks[k].Lower
		if w == "by" && f.is(k-1, setInitiated) || w == "from" {
			if p := f.personAt(k+1, s.EndToken); p >= 0 {
				return p
			}
		}
		if f.who[k] >= 0 {
			break
		}
	}
	return -1
}

// placedBy: "X made a phone call to Y", "X sent a letter to Y".
func (f *finder) placedBy(s pipeline.Sentence, tr trigger) int {
	for k := tr.at - 1; k >= s.FirstToken && k >= tr.at-placeWindow; k-- {
		if f.is(k, setPlace) {
			return f.subjectBefore(k, s.FirstToken)
		}
	}
	return -1
}

// letterTo: "In a letter to Y, X said ...": the writer follows the comma.
func (f *finder) letterTo(s pipeline.Sentence, tr trigger) int {
	at := tr.at
	if tr.rule.typ != Letter || at-2 < s.FirstToken || at-2 > s.FirstToken+1 || f.toks[at-2].Lower != "in" {
		return -1
	}
	for k := at + 1; k < s.EndToken && k <= at+letterToWindow; k++ {
		if f.toks[k].Norm == "," {
			return f.personAt(k+1, min(s.EndToken, k+writerWindow))
		}
	}
	return -1
}

// possessive: "X's letter to Y", "X's call"; not "X's conversation", nor
// "X's call with Y".
func (f *finder) possessive(s pipeline.Sentence, tr trigger) int {
	if tr.rule.typ != Call && tr.rule.typ != Letter || tr.rule.weak || f.toks[tr.at].Lower == "talks" || f.toks[tr.at].Lower == "conversation" {
		return -1
	}
	if tr.at+1 < s.EndToken && f.toks[tr.at+1].Lower == "with" {
		return -1 // "X's call with Y" does not say who placed it
	}
	return f.possessorBefore(tr.at, s.FirstToken)
}

// personAt returns the person mentioned at or soon after token i, or -1.
func (f *finder) personAt(i, end int) int {
	for k := i; k < end && k < i+personAtWindow; k++ {
		if f.who[k] >= 0 {
			return f.who[k]
		}
		switch f.toks[k].Norm {
		case ".", ";":
			return -1
		}
	}
	return -1
}

// possessorBefore returns the person whose possessive owns the noun phrase
// that ends at token at ("Biden's letter", "Shehbaz's reciprocal letter",
// "his letter").
func (f *finder) possessorBefore(at, first int) int {
	for k := at - 1; k > first && k >= f.wordsBack(at, possessorWindow, first); k-- {
		if f.toks[k].IsPossessive() {
			return f.who[k-1]
		}
		if f.is(k, setPronounOf) {
			return f.antecedent(window(f.d.Sentences[f.toks[k].Sentence], k), k) // "his letter"
		}
		if f.toks[k].Kind != pipeline.Word && (f.toks[k].Norm != "-" || f.toks[k].SpaceBefore) {
			return -1 // but "face-to-face" is one word
		}
	}
	return -1
}

// callTo: "X reached out through a phone call to Y", "X wrote in his letters
// to Y": a call or letter to someone is the clause's subject's.
func (f *finder) callTo(s pipeline.Sentence, tr trigger) int {
	if tr.rule.form != formNoun || tr.rule.weak || tr.at+1 >= s.EndToken || f.toks[tr.at+1].Lower != "to" ||
		f.personAt(tr.at+2, min(s.EndToken, tr.at+2+writerWindow)) < 0 {
		return -1
	}
	c := f.clauseOf(s, tr.at)
	for k := c.first; k < tr.at; k++ {
		if p := f.who[k]; p >= 0 {
			return p
		}
		if f.is(k, setPronoun) {
			return f.antecedent(s, k)
		}
	}
	return -1
}

// requestWindow is how many tokens before a trigger, and words after it
// (names and titles not counted), are read for "at the request of X".
const requestWindow = 10

// atRequest: "at the request of X", "at X's request": X sought the call.
func (f *finder) atRequest(s pipeline.Sentence, tr trigger) int {
	last := f.plainAhead(tr.at, requestWindow, s.EndToken)
	for k := max(s.FirstToken, tr.at-requestWindow); k < s.EndToken && k <= last; k++ {
		if f.toks[k].Lower != "request" || k == 0 || !f.is(k-1, setRequestOf) && !f.toks[k-1].IsPossessive() {
			continue
		}
		if f.toks[k-1].IsPossessive() && k >= 2 && f.who[k-2] >= 0 {
			return f.who[k-2] // "at X's request"
		}
		if f.toks[k-1].IsPossessive() && k >= 3 && f.toks[k-3].Lower == "the" {
			// "at the latter's request": the one named last before.
			if p := f.formerLatter(k-2, s.FirstToken); p >= 0 {
				return p
			}
		}
		if k+1 < s.EndToken && f.toks[k+1].Lower == "of" {
			return f.personAt(k+2, min(s.EndToken, k+2+writerWindow))
		}
	}
	return -1
}

// formerLatter returns the person "the latter" (or "the former") at token k
// stands for: the last of the two people named before it in its sentence
// (or the first), or -1 if it is neither word or fewer than two are named.
func (f *finder) formerLatter(k, first int) int {
	latter := f.toks[k].Lower == "latter"
	if !latter && f.toks[k].Lower != "former" {
		return -1
	}
	var two [2]int
	n := 0
	for j := k - 1; j >= first && n < 2; j-- {
		if p := f.who[j]; p >= 0 && (n == 0 || p != two[0]) {
			two[n] = p
			n++
		}
	}
	switch {
	case n < 2:
		return -1
	case latter:
		return two[0]
	}
	return two[1]
}

// plainAhead returns the token n words after token at, not counting names
// and capitalised titles, or the last token before end.
func (f *finder) plainAhead(at, n, end int) int {
	k := at + 1
	end = min(end, at+clause) // a run of names is not read to its end
	for ; k < end-1 && n > 0; k++ {
		if f.who[k] < 0 && !f.toks[k].IsCap() {
			n--
		}
	}
	return k
}
