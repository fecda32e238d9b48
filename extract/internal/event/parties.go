package event

import (
	"strings"

	"github.com/readout/readout/pipeline"
)

// Window sizes of the party passes.
const (
	subjectWindow  = 4  // tokens between a subject and its verb ("X has also previously called Y")
	courierWindow  = 4  // tokens between "by" and the messenger it names
	ownsWindow     = 3  // tokens between a possessive and the trigger it owns
	relativeWindow = 20 // tokens of a relative clause between commas
	groupWindow    = 4  // tokens between "delegation" and "including"
)

// span is a run of tokens [first, end).
type span struct{ first, end int }

// clauseOf returns the clause of sentence s that holds the trigger at: from
// the word that opens it (clause-open) to the word that ends it
// (clause-end), within the window s.
func (f *finder) clauseOf(s pipeline.Sentence, at int) span {
	// The passes of one trigger ask for its clause several times: the
	// last answer is kept (clauseOf reads nothing that changes).
	if m := &f.clauseMemo; m.ok && m.at == at && m.first == s.FirstToken && m.end == s.EndToken {
		return m.c
	}
	c := f.clause(s, at)
	f.clauseMemo = clauseMemo{at: at, first: s.FirstToken, end: s.EndToken, c: c, ok: true}
	return c
}

// clauseMemo is clauseOf's last answer: the clause c of the trigger at in
// the tokens [first, end).
type clauseMemo struct {
	at, first, end int
	c              span
	ok             bool
}

// clause is clauseOf, computed.
func (f *finder) clause(s pipeline.Sentence, at int) span {
	c := span{s.FirstToken, s.EndToken}
	for k := at - 1; k >= s.FirstToken; k-- {
		if f.toks[k].Norm == "," {
			// "X, who arrived on Sunday, held talks": skip the relative clause.
			if j := f.relativeOpen(k, s.FirstToken); j >= 0 {
				k = j
				continue
			}
		}
		if f.is(k, setClauseOpen) && !(f.is(k, setTimePrep) && f.governs(k, at)) {
			c.first = k + 1
			break
		}
	}
	for k := at + 1; k < s.EndToken; k++ {
		if f.is(k, setAndBefore) && f.predicateAt(k+1, s.EndToken) {
			c.end = k // "called Y and briefed him on Z"
			break
		}
		if f.is(k, setClauseEnd) {
			c.end = k
			if f.is(k, setSay) && f.refers(c.first, at) {
				// "X met Y on Friday, Z, an aide to X, said", "they
				// met, Z said": the speaker is no party. But a phrase
				// with no subject of its own is the speaker's: "In a
				// letter to Y, Z said".
				c.end = f.speakerCut(k, at+1)
			}
			break
		}
	}
	return c
}

// named reports whether a person is mentioned in tokens [from, to).
func (f *finder) named(from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		if f.who[k] >= 0 {
			return true
		}
	}
	return false
}

// refers reports whether tokens [from, to) name or refer to a person: a
// name, "he", "they", "the two leaders".
func (f *finder) refers(from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		if f.who[k] >= 0 || f.is(k, setPronoun) || f.is(k, setPluralPronoun) || f.isTwoSides(k, to) {
			return true
		}
	}
	return false
}

// Window sizes of the speaker cut.
const (
	saidBackWindow = 8 // tokens between a speaker's name and "said" after it
	speakerTitle   = 6 // words of a title before the speaker's name
)

// speakerCut returns where a clause that ends at the say verb at token k
// ends when a named speaker stands before the verb, after a comma: at that
// comma (", Z said", ", spokesman Z told reporters"), or at the comma before
// the speaker's name when an apposition follows it (", Z, an aide to the
// minister, said"); else k. It looks no further back than first.
func (f *finder) speakerCut(k, first int) int {
	j := k - 1
	if j >= first && f.toks[j].Norm == "," {
		j-- // ", an aide to the minister, said"
	}
	c1 := -1
	for i := j; i >= first && i >= k-saidBackWindow; i-- {
		if f.toks[i].Norm == "," {
			c1 = i
			break
		}
		if f.is(i, setRelative) || f.is(i, setClauseOpen) {
			return k
		}
	}
	if c1 < 0 || c1+1 > j {
		return k
	}
	// ", Z, an aide to the minister, said": Z's apposition.
	if c1-1 >= first && f.who[c1-1] >= 0 && f.toks[c1+1].Kind == pipeline.Word && !f.toks[c1+1].IsCap() {
		if c0 := f.commaBefore(c1-1, first, f.who[c1-1]); c0 >= 0 {
			return c0
		}
	}
	if f.named(c1+1, j+1) {
		return c1
	}
	return k
}

// commaBefore returns the comma before the name of person p that ends at
// token i, past at most speakerTitle words of a title, or -1.
func (f *finder) commaBefore(i, first, p int) int {
	for i >= first && f.who[i] == p {
		i--
	}
	for n := 0; i >= first && n <= speakerTitle; i, n = i-1, n+1 {
		switch {
		case f.toks[i].Norm == ",":
			return i
		case f.who[i] >= 0 || f.toks[i].Kind != pipeline.Word:
			return -1
		}
	}
	return -1
}

// governWindow is how many words a word of time may stand before the
// engagement noun it governs: "shortly after noon for his first meeting".
const governWindow = 10

// governs reports whether the word of time at token k governs the trigger
// at as a preposition, rather than opening a clause: no verb stands between
// them, the trigger is a noun, and the engagement names a party of its own
// ("after a meeting with Y", "before his call"). Then whoever the clause
// names before k takes part: "X spoke after a meeting with Y".
func (f *finder) governs(k, at int) bool {
	if f.wordsBack(at, governWindow, k) > k || f.predicateAt(at, at+1) {
		return false
	}
	own := at+1 < len(f.toks) && (f.toks[at+1].Lower == "with" || f.toks[at+1].Lower == "between")
	for j := k + 1; j < at; j++ {
		if f.predicateAt(j, j+1) || f.is(j, setSay) || f.who[j] >= 0 {
			return false
		}
		own = own || f.is(j, setPronounOf)
	}
	return own
}

// predicateWords is how many words a predicate's verb may stand after the
// word that opens it: "and later also met".
const predicateWords = 3

// predicateAt reports whether a predicate starts at token k: a verb, perhaps
// after adverbs ("briefed", "later met", "also spoke"). A verb is a word of
// the verb list or a lower-case word in -ed but for those of not-verb.
func (f *finder) predicateAt(k, end int) bool {
	for n := 0; k < end && n < predicateWords; k, n = k+1, n+1 {
		t := &f.toks[k]
		if t.Kind != pipeline.Word || t.IsCap() {
			return false
		}
		if f.is(k, setVerb) || len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !f.is(k, setNotVerb) {
			return true
		}
		if !isAdverb(t.Lower) && !f.is(k, setAdverb) {
			return false
		}
	}
	return false
}

// relativeOpen returns, when the comma at token k closes a relative clause
// (", who arrived on Sunday,"), the comma that opens it, else -1.
func (f *finder) relativeOpen(k, first int) int {
	for j := k - 1; j > first && j >= k-relativeWindow; j-- {
		if f.toks[j].Norm == "," {
			if f.is(j+1, setRelative) {
				return j
			}
			return -1
		}
		if f.is(j, setClauseOpen) && !f.is(j, setRelative) {
			return -1
		}
	}
	return -1
}

// participants returns the people who take part in the engagement of tr, in
// the clause that holds it: the subject and objects of a trigger verb; the
// complements of a noun ("a letter from X to Y"); else everyone the clause
// names but for messengers, attendees and those named only as the owner of
// something else ("President Trump's appreciation"). "He" and "his" stand
// for the person the article spoke of last, and "his counterpart" for the
// one other person of the country named.
//
// It returns the subject of the trigger verb too, or -1 when the parties are
// not read as a verb's subject and objects.
func (f *finder) participants(s pipeline.Sentence, tr trigger) (people []int, subj int) {
	c := f.clauseOf(s, tr.at)
	if tr.rule.typ == Letter {
		// "Z delivered the letter to Y", "Z gave Y a letter from X": Z
		// carried it.
		if k := f.carried(c, tr.at); k >= 0 {
			c.first = k + 1
		}
	}
	cut := f.nonparties(c, tr.at)
	if tr.rule.form == formVerb || tr.rule.form == formTalk {
		if out := f.verbParties(s, tr, c, cut); out != nil {
			return out, out[0]
		}
		if tr.rule.form == formTalk {
			// "X talked with the ministers of Y and Z": X alone, with
			// people unnamed; "X spoke with his counterpart": X and the
			// counterpart; "the two leaders spoke": the engagement they
			// refer to; "X spoke about the port": none.
			if subj := f.subjectBefore(tr.at, c.first); subj >= 0 && f.talkedWith(tr.at, c.end) >= 0 {
				out := append(f.list(2), subj)
				if p := f.counterpart(s, out); p >= 0 {
					out = append(out, p)
				}
				return out, subj
			}
			return nil, -1
		}
	}
	// "a letter from X to Y", "talks between X and Y": the noun's own
	// complements name the parties; one who handed it over is none.
	if tr.rule.form == formNoun {
		parts, all := f.complementList(tr.at+1, c.end, cut)
		if all && len(parts) >= 2 {
			return parts, -1
		}
		// "X's first meeting with Y", "his call with Y": the owner and
		// the complements.
		if owner := f.possessorBefore(tr.at, c.first); owner >= 0 && len(parts) > 0 && !contains(parts, owner) {
			return append(append(f.list(1+len(parts)), owner), parts...), -1
		}
	}
	out := f.clauseParties(s, tr, c, cut)
	if c := f.counterpart(s, out); c >= 0 {
		out = append(out, c)
	}
	return out, -1
}

// verbParties returns the subjects and the objects of a trigger verb, or
// nil when it has no named subject, or one subject and no named object: "X
// met Y", "X and Y met", not everyone the sentence names ("Z told reporters
// that X had written to Y"). The objects of a verb of the talk form are
// those it was with or to: "X spoke with Y", not "X spoke about Y".
func (f *finder) verbParties(s pipeline.Sentence, tr trigger, c, cut span) []int {
	subj, k := f.subjectAt(tr.at, c.first)
	if subj < 0 && f.opensQuote(s, tr.at) {
		subj = f.speaker(s) // "'Called on Y today,' X said"
	}
	if subj < 0 && tr.rule.form == formTalk && tr.at > c.first && f.is(tr.at-1, setBe) {
		// "The accord was signed by X and Y": the agents after "by".
		if by := f.agentsAfter(tr.at, c.end); by >= 0 {
			if agents := f.objects(by, c.end, -1, cut); len(agents) >= 2 {
				return agents
			}
		}
		return nil
	}
	if subj < 0 {
		return nil
	}
	subjs := append(f.list(0), subj)
	if k >= 0 {
		subjs = f.coordinated(subj, k, c.first)
	}
	from := tr.at + 1
	if tr.rule.form == formTalk {
		if from = f.talkedWith(tr.at, c.end); from < 0 {
			from = c.end
		}
	}
	objs := f.list(0)
	for _, p := range f.objects(from, c.end, subj, cut) {
		if !contains(subjs, p) {
			objs = append(objs, p)
		}
	}
	if len(objs) == 0 && len(subjs) < 2 {
		return nil
	}
	return append(append(f.list(len(subjs)+len(objs)), subjs...), objs...)
}

// talkWindow is how many words may stand between a verb of the talk form and
// the "with" or "to" of its object: "spoke by phone on Tuesday with Y".
const talkWindow = 5

// talkedWith returns the token after the "with" or "to" that names whom the
// talk verb at was with, or -1.
func (f *finder) talkedWith(at, end int) int {
	last := f.plainAhead(at, talkWindow, end)
	for k := at + 1; k < end && k <= last; k++ {
		switch {
		case f.toks[k].Lower == "with" || f.toks[k].Lower == "to":
			return k + 1
		case f.who[k] >= 0 || f.toks[k].Norm == "," || f.is(k, setObjectStop):
			return -1
		}
	}
	return -1
}

// agentsAfter returns the token after the "by" that names the agents of
// the passive verb at, within talkWindow words, or -1.
func (f *finder) agentsAfter(at, end int) int {
	last := f.plainAhead(at, talkWindow, end)
	for k := at + 1; k < end && k <= last; k++ {
		if f.toks[k].Lower == "by" {
			return k + 1
		}
		if f.who[k] >= 0 || f.toks[k].Kind == pipeline.Punct {
			return -1
		}
	}
	return -1
}

// titleWord reports whether token k may be a word of the title before a
// name: a capitalised word, a possessive, "the", "his", "counterpart".
func (f *finder) titleWord(k int) bool {
	t := &f.toks[k]
	switch t.Lower {
	case "the", "his", "her", "their", "counterpart":
		return true
	}
	return t.IsCap() || t.IsPossessive()
}

// maxSubjects is how many people coordinated subjects may name: "X, Y and Z
// met".
const maxSubjects = 4

// coordinated returns the subject p, whose mention ends at token k, with the
// people named before it and joined to it by "and" or a comma: "X and
// Ghanaian President Y met".
func (f *finder) coordinated(p, k, first int) []int {
	out := append(f.list(maxSubjects), p)
	for len(out) < maxSubjects {
		for k >= first && f.who[k] == out[len(out)-1] {
			k--
		}
		for n := 0; k >= first && n < titleWindow && f.who[k] < 0 && f.titleWord(k); n++ {
			k-- // "Ghanaian President", "his Saudi counterpart"
		}
		if k-1 < first || f.toks[k].Lower != "and" && f.toks[k].Norm != "," {
			break
		}
		q := f.who[k-1]
		if q < 0 || contains(out, q) {
			break
		}
		out = append(out, q)
		k--
	}
	return out
}

// clauseParties returns the people clause c names as parties of tr, up to
// the end of the list after the trigger ("meetings with Y and Z, part of a
// visit by W"), with the people its pronouns and titles stand for.
func (f *finder) clauseParties(s pipeline.Sentence, tr trigger, c, cut span) []int {
	out := f.list(0)
	add := func(p int) {
		if p >= 0 && !contains(out, p) {
			out = append(out, p)
		}
	}
	after := false // someone is named after the trigger
	for i := c.first; i < c.end; i++ {
		if after && f.listEnds(i, c.end) {
			break
		}
		p := f.who[i]
		after = after || p >= 0 && i > tr.at
		if p < 0 {
			f.referents(s, tr, i, add)
			continue
		}
		if i+1 < c.end && f.who[i+1] == p || cut.first <= i && i < cut.end || f.courier(i, c.first) {
			continue
		}
		// A possessive owner takes part only if what it owns is the trigger:
		// "Blinken's conversation with Dar", "Biden's letter".
		if i+1 < c.end && f.toks[i+1].IsPossessive() && !f.ownsTrigger(i+2, tr.at, c.end) {
			continue
		}
		add(p)
	}
	return out
}

// referents calls add with the people the word at token i stands for, if
// it is a pronoun ("he", "his meeting", "himself", "they"). A title ("the
// foreign minister") is a mention of its holder in the entity stage's
// layer (its office-references pass), so it is a person's token here.
func (f *finder) referents(s pipeline.Sentence, tr trigger, i int, add func(int)) {
	if f.pronoun(i, tr.at) || f.is(i, setReflexive) {
		add(f.antecedent(s, i))
	}
	if i < tr.at && f.is(i, setPluralPronoun) {
		for _, p := range f.plural(s, i) {
			add(p)
		}
	}
}

// nonparties returns the tokens of clause c whose people attend rather than
// engage: from "attended by", "accompanied by", "in the presence of", a
// credit's "Photo:", "a delegation including", "through" to the end of their list (a
// comma and a lower-case word), the end of the clause, or the trigger at if
// it comes later.
func (f *finder) nonparties(c span, at int) span {
	for k := c.first + 1; k < c.end; k++ {
		w := f.toks[k].Lower
		if w == "by" && (f.is(k-1, setNonpartyBy) || k-2 >= c.first && f.is(k-2, setNonpartyBy)) ||
			w == "of" && f.is(k-1, setNonpartyOf) || w == ":" && f.is(k-1, setNonpartyColon) ||
			f.is(k, setMember) && f.any(max(c.first, k-groupWindow), k, setGroup) || f.is(k, setVia) && f.nameFollows(k+1, c.end) ||
			f.is(k, setNonparty) {
			end := c.end
			if k < at {
				end = at
			}
			for j := k + 1; j < end; j++ {
				// "including X and Y, led by Z"; not "accompanied by
				// his counterpart, the defence minister, General Z,".
				if f.listEnds(j, end) && !f.is(j+1, setApposition) {
					return span{k, j}
				}
			}
			return span{k, end}
		}
	}
	return span{}
}

// objects returns the people named after a trigger verb, up to the end of
// its clause: "met President Trump and Secretary Rubio in July". Owners of
// something else, couriers, attendees (in cut) and subj are left out; after
// an object, a comma and a lower-case word other than "and" end the list
// ("met Y and Z, part of a visit by W"), and a word of object-stop ends it
// anywhere ("spoke with Y about Z").
func (f *finder) objects(i, end, subj int, cut span) []int {
	out := f.list(0)
	for k := i; k < end; k++ {
		if len(out) > 0 && f.listEnds(k, end) || f.is(k, setObjectStop) {
			return out // "met Y and Z, part of a visit by W", "spoke with Y about Z"
		}
		p := f.who[k]
		if p < 0 && f.is(k, setFirstPerson) {
			p = f.speaker(window(f.d.Sentences[f.toks[k].Sentence], k)) // "X called me," Y said
		}
		if p < 0 || p == subj || contains(out, p) || k+1 < end && f.who[k+1] == p || cut.first <= k && k < cut.end {
			continue
		}
		if k+1 < end && f.toks[k+1].IsPossessive() || f.courier(k, i) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// carryWindow is how many words, names and titles not counted, a verb of
// carrying may stand before the letter it carries: "gave President X a
// reply letter".
const carryWindow = 6

// carried returns the verb before the letter at by which its subject
// carried it rather than wrote it ("Z delivered the letter", "Z handed over
// a letter", "Z gave Y a letter from X": a letter from another), or -1.
func (f *finder) carried(c span, at int) int {
	from := at+1 < c.end && f.toks[at+1].Lower == "from"
	for k, n := at-1, 0; k >= c.first && n < carryWindow; k-- {
		if f.is(k, setCourier) || from && f.is(k, setPlace) {
			return k
		}
		if f.toks[k].Norm == "," || f.toks[k].Norm == ";" {
			return -1
		}
		if f.who[k] < 0 && !f.toks[k].IsCap() {
			n++ // names and titles are not counted
		}
	}
	return -1
}

// nameFollowsWindow is how many words of a title may stand between
// "through" and the messenger's name.
const nameFollowsWindow = 4

// nameFollows reports whether a name follows token i closely, with no
// punctuation between: "through Ambassador X", not "through the Presidency,
// President X".
func (f *finder) nameFollows(i, end int) bool {
	for k := i; k < end && k <= i+nameFollowsWindow; k++ {
		if f.who[k] >= 0 {
			return true
		}
		if f.toks[k].Kind == pipeline.Punct {
			return false
		}
	}
	return false
}

// complementList returns the people a noun trigger's prepositions name, from
// i to the end of its clause, and whether they name all the parties: "from X
// to Y", "between X and Y" (a list: "between himself, Y and Z"); "with Y"
// leaves the subject out.
func (f *finder) complementList(i, end int, cut span) (people []int, all bool) {
	out := f.list(0)
	open, from, to, between := false, false, false, false
	for k := i; k < end; k++ {
		switch {
		case f.is(k, setComplement):
			open = true
			switch f.toks[k].Lower {
			case "from":
				from = true
			case "between":
				between = true
			default:
				to = true
			}
			continue
		case open && f.listEnds(k, end) && !f.is(k+1, setMember):
			// "between X and officials of Y, including Z": Z is one of
			// them; but a delegation's members are cut.
			open = false
			continue
		}
		p := f.who[k]
		if open && p < 0 && f.is(k, setReflexive) {
			p = f.antecedent(window(f.d.Sentences[f.toks[k].Sentence], k), k)
		}
		if !open || p < 0 || contains(out, p) || cut.first <= k && k < cut.end {
			continue
		}
		if k+1 < end && f.toks[k+1].IsPossessive() {
			continue
		}
		out = append(out, p)
	}
	return out, between || from && to
}

// listEnds reports whether a list of names ends at token k: a comma and a
// lower-case word other than "and".
func (f *finder) listEnds(k, end int) bool {
	return f.toks[k].Norm == "," && k+1 < end && f.toks[k+1].Kind == pipeline.Word &&
		!f.toks[k+1].IsCap() && f.toks[k+1].Lower != "and"
}

// courier reports whether the person mentioned from token i is named as the
// messenger of something rather than a party: "the letter, delivered by
// Ambassador X", "handed over by X".
func (f *finder) courier(i, first int) bool {
	for k := i - 1; k >= first && k >= i-courierWindow; k-- {
		if f.toks[k].Lower == "by" {
			return f.any(max(first, k-2), k, setCourier)
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
// skipping adverbs ("X also called Y"); "He" stands for the person the
// article spoke of last, and "who" for the person before its comma.
func (f *finder) subjectBefore(at, first int) int {
	p, _ := f.subjectAt(at, first)
	return p
}

// subjectAt returns what subjectBefore does, and the token of the subject's
// name it read, or -1 when the subject is a pronoun or "who".
func (f *finder) subjectAt(at, first int) (p, k int) {
	if at > first && f.is(at-1, setBe) {
		return -1, -1 // passive: "X was telephoned by Y" has no subject here
	}
	if at-3 >= 0 && f.toks[at-1].Lower == "who" && f.toks[at-2].Norm == "," && f.who[at-3] >= 0 {
		return f.who[at-3], -1 // "X, who met Y in 2019, said"
	}
	at = f.skipOfPlace(at, first)
	for k := at - 1; k >= first && k >= at-subjectWindow; k-- {
		if f.who[k] >= 0 {
			return f.who[k], k
		}
		if f.toks[k].Norm == "," && k+1 < at && isAdverb(f.toks[k+1].Lower) && k-1 >= first && f.who[k-1] >= 0 {
			return f.who[k-1], k - 1 // "X, telephonically called Y"
		}
		if f.is(k, setPronoun) {
			return f.antecedent(window(f.d.Sentences[f.toks[k].Sentence], k), k), -1
		}
		if f.toks[k].Kind != pipeline.Word || !isAdverb(f.toks[k].Lower) && !f.is(k, setAdverb) {
			return -1, -1
		}
	}
	return -1, -1
}

func isAdverb(w string) bool { return len(w) > 3 && w[len(w)-2:] == "ly" }

// ofPlaceWords is how many words a place after "of" may take between a
// subject and its verb: "X of the United Arab Emirates called Y".
const ofPlaceWords = 4

// skipOfPlace returns where the subject before token at ends when "of" and
// a capitalised place follow the subject's name ("President X of Kenya
// called Y"): the index of "of", else at.
func (f *finder) skipOfPlace(at, first int) int {
	j, n := at-1, 0
	for j >= first && n < ofPlaceWords && f.who[j] < 0 && (f.toks[j].IsCap() || f.toks[j].Lower == "the") {
		j--
		n++
	}
	if n > 0 && j-1 >= first && f.toks[j].Lower == "of" && f.who[j-1] >= 0 {
		return j
	}
	return at
}

// peopleIn returns the people named in sentence s.
func (f *finder) peopleIn(s pipeline.Sentence) []int {
	out := f.list(0)
	for i := s.FirstToken; i < s.EndToken; i++ {
		if p := f.who[i]; p >= 0 && !contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// namedIn returns how many people sentence s names: len(f.peopleIn(s)),
// counted with f.seen rather than built.
func (f *finder) namedIn(s pipeline.Sentence) int {
	f.stamp++
	if f.stamp == 0 {
		clear(f.seen[:cap(f.seen)])
		f.stamp = 1
	}
	n := 0
	for i := s.FirstToken; i < s.EndToken; i++ {
		if p := f.who[i]; p >= 0 && f.seen[p] != f.stamp {
			f.seen[p] = f.stamp
			n++
		}
	}
	return n
}
