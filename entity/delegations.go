package entity

import "github.com/readout/readout/pipeline"

// delegations gives the people the text lists as a country's side the
// country it names for that side: "the Nigerian contingent includes the
// Minister of Foreign Affairs, X; ... Y", "a Canadian inter-agency team, led
// by X", "a delegation of senior Chilean officials, including X and Y",
// "Representing Argentina were X, Y and Z", and the subject of "X is to lead
// the Nigerian delegation". "The team" or "the delegation" with no country,
// soon after a side was named by such a noun, is that side ("the Nigerian
// delegation ... Also on the team are X and Y"). Only people whose country
// the text states no other way take it, and only in the sentence that names
// the side.
//
// It is code, not a rule of data/countryrules.tsv: it gives a side's
// country to a list of people, to the word that ends the list, and
// remembers the side a delegation noun named for the sentences after; and
// it runs with the countries the text states, before the rules.
func (a *analysis) delegations() {
	who := a.whoAt()
	give := func(p *person, code string) {
		if p != nil && !p.explicit && !p.intl && p.stated == "" {
			p.country = code
		}
	}
	lastSide, lastSentence := "", 0 // the side named last, and where
	// Only a word of classRepresenting or classDelegation names a side
	// (sideAt) or refers back to one (a delegation noun, an alphabetic
	// word, which the tokeniser makes a Word): the walk visits the words
	// of those classes, and of the host's, that newAnalysisCtx listed.
	for _, i32 := range a.sideToks {
		i := int(i32)
		if a.halted() {
			break
		}
		if a.cls[i]&(classRepresenting|classDelegation) == 0 && (lastSide == "" || i == 0 || a.toks[i-1].Lower != "the") {
			continue // no side here (sideAt), nor one named before: most tokens
		}
		code, after := a.sideAt(i)
		// "Also on the team are X and Y": the side named just before.
		if code == "" && lastSide != "" && i > 0 && a.toks[i-1].Lower == "the" && !a.skip[i] &&
			a.t.words.delegationNouns[a.toks[i].Lower] && a.toks[i].Sentence-lastSentence <= maxSideSentences {
			code, after = lastSide, i+1
		}
		if code == "" {
			continue
		}
		if a.t.words.delegationNouns[a.toks[i].Lower] { // a noun "the team" can refer back to
			lastSide, lastSentence = code, a.toks[i].Sentence
		}
		s := a.d.Sentences[a.toks[i].Sentence]
		for k := a.listStart(after, s.EndToken); k < s.EndToken && !a.t.words.listEnds[a.toks[k].Lower]; k++ {
			give(who[k], code)
		}
		// "X is to lead the Nigerian delegation", "X, who is part of a
		// high-ranking Peruvian delegation": the leader or member before it.
		for k := i - 1; k >= s.FirstToken && k >= i-maxLeadGap; k-- {
			if a.t.words.leadVerbs[a.toks[k].Lower] {
				for m := k - 1; m >= s.FirstToken && m >= k-maxLeaderGap; m-- {
					if who[m] != nil {
						give(who[m], code)
						break
					}
				}
				break
			}
		}
	}
}

// maxLeadGap is the most tokens read back from a side's noun to a word
// that makes the person before it the side's head or member ("part of a
// high-ranking Peruvian delegation"); maxLeaderGap the most read back from
// that word to the person ("X, who is part").
const (
	maxLeadGap   = 8
	maxLeaderGap = 4
)

// maxSideSentences is the most sentences after the one that names a side
// by a delegation noun in which "the team" or "the delegation" is that
// side.
const maxSideSentences = 3

// maxSideLead is the most tokens read from a delegation noun back to the
// country before it ("a Canadian inter-agency team"), and on after "of" to
// the country ("a delegation of senior Chilean officials").
const maxSideLead = 4

// maxListCue is the most tokens read after a side's noun to the word that
// opens the list of its members: "a delegation of senior Chilean officials,
// including".
const maxListCue = 6

// listStart returns the token after the word that opens the list of a
// side's members ("includes", "led by", "were", a colon) within maxListCue
// tokens of token after, or end when there is none: a side named alone
// lists no one.
func (a *analysis) listStart(after, end int) int {
	for k := after; k < end && k < after+maxListCue; k++ {
		if a.t.words.sideListCues[a.toks[k].Lower] || a.toks[k].Text == ":" {
			return k + 1
		}
		if a.toks[k].Kind == pipeline.Word && a.toks[k].IsCap() && a.nameTok[k] {
			return end // a name before any cue: "the Chilean delegation X met"
		}
	}
	return end
}

// sideAt returns the country of a side named at token i, and the token
// after which its members are listed: a delegation noun after a country
// ("the Nigerian delegation", "a Canadian inter-agency team") or with one
// soon after "of" ("a delegation of senior US officials"), or "representing"
// before a country.
func (a *analysis) sideAt(i int) (code string, after int) {
	if a.skip[i] || a.cls[i]&(classRepresenting|classDelegation) == 0 {
		return "", 0
	}
	if a.cls[i]&classRepresenting != 0 && i+1 < len(a.toks) {
		if cm := a.country[i+1]; cm >= 0 && a.cms[cm].first == i+1 && a.cms[cm].ref.kind != refNone {
			return a.code(cm), a.cms[cm].end
		}
		return "", 0
	}
	if a.cls[i]&classDelegation == 0 {
		return "", 0
	}
	// A country right before, or before one modifier: "Canadian inter-agency".
	for k := i - 1; k >= 0 && k >= i-maxSideLead; k-- {
		if cm := a.country[k]; cm >= 0 && a.cms[cm].ref.kind != refNone {
			if a.modifierWords(a.cms[cm].end, i) <= 1 && !a.toks[a.cms[cm].end].IsPossessive() {
				return a.code(cm), i + 1
			}
			break
		}
		if a.toks[k].Kind != pipeline.Word && a.toks[k].Text != "-" || a.office[k] >= 0 || a.nameTok[k] {
			break
		}
	}
	// "a delegation of senior Chilean officials"
	if i+1 < len(a.toks) && a.toks[i+1].Lower == "of" {
		for k := i + 2; k < len(a.toks) && k <= i+maxSideLead; k++ {
			if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].ref.kind != refNone {
				return a.code(cm), a.cms[cm].end
			}
		}
	}
	return "", 0
}

// modifierWords counts the words in tokens [first, end), a hyphenated
// compound ("inter-agency") as one.
func (a *analysis) modifierWords(first, end int) int {
	n := 0
	for m := first; m < end; m++ {
		if a.toks[m].Text != "-" && (m == 0 || a.toks[m-1].Text != "-") {
			n++
		}
	}
	return n
}
