package event

import (
	"slices"

	"github.com/readout/readout/pipeline"
)

// add records the engagement of trigger tr in sentence si, whose clause
// around the trigger is s: it finds its parties and initiator, then merges it
// into the same engagement told before, or starts a new one.
func (f *finder) add(si int, s pipeline.Sentence, tr trigger) {
	people, subj := f.participants(s, tr)
	initiator := f.initiator(s, tr)
	people, ok := f.corefer(si, s, tr, people, initiator)
	if !ok {
		return
	}
	typ := tr.typ()
	if len(people) > 2 && (f.separate(s, tr) || typ == Call && subj >= 0 && f.apart(s, people, subj)) {
		// "held separate meetings with Y and Z", "letters to Y and Z",
		// "X called Y of Peru and Z of Chile": one engagement with each.
		anchor := initiator
		if anchor < 0 {
			anchor = subj
		}
		if anchor < 0 {
			anchor = people[0]
		}
		for _, p := range people {
			if p != anchor {
				f.record(si, s, tr, typ, append(f.list(2), anchor, p), initiator)
			}
		}
		return
	}
	f.record(si, s, tr, typ, people, initiator)
}

// separateWindow is how many tokens before a plural trigger are read for
// "separate".
const separateWindow = 3

// separate reports whether trigger tr tells of one engagement with each of
// several people: a plural that splits by itself ("letters"), or one after
// "separate".
func (f *finder) separate(s pipeline.Sentence, tr trigger) bool {
	return f.is(tr.at, setSplit) || f.is(tr.at, setPlural) && f.any(max(s.FirstToken, tr.at-separateWindow), tr.at, setSplitBefore) ||
		f.againWith(tr.at, f.clauseOf(s, tr.at).end)
}

// againWith reports whether the parties after the trigger at are named one
// by one, each with its own preposition: "spoke with Y and later with Z",
// "wrote to Y, then to Z".
func (f *finder) againWith(at, end int) bool {
	named := false
	for k := at + 1; k < end; k++ {
		if f.who[k] >= 0 {
			named = true
			continue
		}
		if !named || !f.is(k, setAndBefore) {
			continue
		}
		j := k + 1
		for n := 0; j < end && n < predicateWords && (isAdverb(f.toks[j].Lower) || f.is(j, setAdverb)); n++ {
			j++
		}
		if j < end && (f.toks[j].Lower == "with" || f.toks[j].Lower == "to") {
			return true
		}
	}
	return false
}

// apart reports whether the people a subject called are of different
// countries, so that it made one call to each, unless the sentence says the
// call was joint ("a joint call", "a video conference").
func (f *finder) apart(s pipeline.Sentence, people []int, subj int) bool {
	if f.any(s.FirstToken, s.EndToken, setJoint) {
		return false
	}
	country := ""
	for _, p := range people {
		c := f.ents.People[p].Country
		if p == subj || c == "" {
			continue
		}
		if country != "" && c != country {
			return true
		}
		country = c
	}
	return false
}

// record merges an engagement into the same one told before, or starts a
// new one.
func (f *finder) record(si int, s pipeline.Sentence, tr trigger, typ string, people []int, initiator int) {
	c := f.clauseOf(s, tr.at)
	cs := s
	cs.FirstToken, cs.EndToken = c.first, c.end
	when := f.when(cs, tr.at)
	if len(people) < 2 && when.fixesDay() {
		// "On Thursday, X held conversations with his counterparts": the
		// day of the engagements told next, even when the report joins one
		// told before (a headline of X's "talks").
		f.context = &dayContext{people: people, when: when, sentence: si, typ: typ}
	}
	heading := f.top[si]
	d := f.same(typ, people, initiator, when)
	if d == nil && tr.rule.flex {
		// "X met Y. The conversation between them ...": an engagement of
		// any type whose parties are known.
		if d = f.same("", people, initiator, when); d != nil && len(d.people) < 2 {
			d = nil
		}
	}
	if d != nil {
		if len(d.people) < 2 && unionLen(d.people, people) >= 2 {
			d.rule = tr.rule.name // the rule that named its parties
		}
		f.join(d, people)
		if d.initiator < 0 {
			d.initiator = initiator
		}
		if d.when.text == "" {
			d.when = when
		}
		if named := f.namedIn(s); d.heading && !heading || d.named < 2 && named >= 2 && d.heading == heading {
			// The body's report is the evidence, not the headline's.
			d.evidence, d.named = s.Span, named
		}
		d.heading = d.heading && (heading || len(people) < 2)
		d.sentence = si
		f.last, f.lastAt = d, tr.at
		return
	}
	if tr.rule.weak || len(people) == 0 {
		return
	}
	if l := f.last; !when.fixesDay() && l != nil && f.lastAt >= cs.FirstToken && f.lastAt < tr.at && f.during(tr.at, cs.FirstToken) {
		// "X delivered the letter during a meeting with Y": the meeting is
		// on the day of the engagement its clause told just before.
		when = l.when
	}
	if c := f.context; !when.fixesDay() && c != nil && (si-c.sentence <= contextWindow && overlaps(people, c.people) ||
		// "Peru and Chile on Thursday signed a deal. It was signed by X
		// and Y": an engagement of no named party, told just before.
		len(c.people) == 0 && c.typ == typ && si-c.sentence == 1) {
		when = c.when
	}
	d = f.newDraft()
	d.typ, d.rule, d.initiator, d.when = typ, tr.rule.name, initiator, when
	d.evidence, d.named, d.sentence, d.heading, d.seq = s.Span, f.namedIn(s), si, heading, len(f.drafts)
	f.drafts = append(f.drafts, d)
	f.join(d, people)
	f.last, f.lastAt = d, tr.at
}

// during reports whether the engagement noun at is the occasion of what its
// clause tells before it: "during a meeting", "at their meeting", within
// captionLead words.
func (f *finder) during(at, first int) bool {
	for k := at - 1; k >= first && k >= at-captionLead-1; k-- {
		if f.is(k, setCaptionAt) {
			return true
		}
		if f.toks[k].Kind != pipeline.Word {
			return false
		}
	}
	return false
}

// contextWindow is how many sentences after "On Thursday, X held
// conversations with his counterparts" an engagement of X's takes its day.
const contextWindow = 8

// dayContext is a day told with engagements not yet named.
type dayContext struct {
	people   []int
	when     whenRef
	sentence int
	typ      string
}

// maxRetellings is how many of the latest engagements of one person same
// reads for the one a report tells again: an article retells an engagement
// among the few it reports of that person, not among thousands. The bound
// keeps the merge linear in the text however many engagements it reports.
const maxRetellings = 64

// join adds people to the parties of draft d, and d to the engagements of
// each party new to it (byPerson).
func (f *finder) join(d *draft, people []int) {
	for _, p := range people {
		if contains(d.people, p) {
			continue
		}
		d.people = append(d.people, p)
		f.byPerson[p] = append(f.byPerson[p], d)
	}
}

// same returns the engagement already found that this report tells again, or
// nil: the first told, of the latest maxRetellings engagements of each of
// people. A reference of any type ("the conversation") joins one of any
// type.
func (f *finder) same(typ string, people []int, initiator int, when whenRef) *draft {
	cands := f.cands[:0]
	for _, p := range people {
		list := f.byPerson[p]
		cands = append(cands, list[max(0, len(list)-maxRetellings):]...)
	}
	slices.SortFunc(cands, func(a, b *draft) int { return a.seq - b.seq })
	cands = slices.Compact(cands)
	f.cands = cands
	for _, d := range cands {
		if typ != "" && d.typ != typ {
			continue
		}
		if typ == Letter && initiator >= 0 && d.initiator >= 0 && d.initiator != initiator {
			continue // a letter back is another letter
		}
		// Two engagements of one person with different people are two events.
		if !subset(people, d.people) && !subset(d.people, people) {
			continue
		}
		// So are two between the same people on different days.
		if !d.when.sameDay(when, f.base) {
			continue
		}
		return d
	}
	return nil
}
