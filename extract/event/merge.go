package event

import "github.com/readout/readout/pipeline"

// add records the engagement of trigger tr in sentence si, whose clause
// around the trigger is s: it finds its parties and initiator, then merges it
// into the same engagement told before, or starts a new one.
func (f *finder) add(si int, s pipeline.Sentence, tr trigger) {
	people := f.participants(s, tr)
	initiator := f.initiator(s, tr)
	people, ok := f.corefer(si, s, tr, people, initiator)
	if !ok {
		return
	}
	typ := tr.typ()
	if d := f.same(typ, people, initiator); d != nil {
		d.people = union(d.people, people)
		if d.initiator < 0 {
			d.initiator = initiator
		}
		if d.when.text == "" {
			d.when = f.when(s)
		}
		if named := len(f.peopleIn(s)); d.named < 2 && named >= 2 {
			d.evidence, d.named = s.Span, named
		}
		d.sentence = si
		f.last = d
		return
	}
	if tr.rule.weak || len(people) == 0 {
		return
	}
	d := &draft{typ: typ, rule: tr.rule.name, people: people, initiator: initiator, when: f.when(s),
		evidence: s.Span, named: len(f.peopleIn(s)), sentence: si}
	f.drafts = append(f.drafts, d)
	f.last = d
}

// same returns the engagement already found that this report tells again, or
// nil. A reference of any type ("the conversation") joins one of any type.
func (f *finder) same(typ string, people []int, initiator int) *draft {
	for _, d := range f.drafts {
		if typ != "" && d.typ != typ || !overlaps(d.people, people) {
			continue
		}
		if typ == Letter && initiator >= 0 && d.initiator >= 0 && d.initiator != initiator {
			continue // a letter back is another letter
		}
		// Two engagements of one person with different people are two events.
		if !subset(people, d.people) && !subset(d.people, people) {
			continue
		}
		return d
	}
	return nil
}
