package event

import (
	"context"
	"errors"
	"sort"
	"strings"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/pipeline"
)

// The event types.
const (
	Call    = "call"
	Meeting = "meeting"
	Letter  = "letter"
)

// Event is one engagement between named people.
type Event struct {
	// Type is Call, Meeting or Letter.
	Type string
	// Participants are the people's names, sorted.
	Participants []string
	// Initiator is who placed the call or wrote the letter when the text says
	// so, else "".
	Initiator string
	// When is the day or date as the text words it ("Wednesday", "July"), or "".
	When string
	// Date is the day the engagement took place, YYYY-MM-DD, when the text
	// fixes it, else "".
	Date string
	// Rule names the rule that found the event, so that a wrong event can be
	// traced to it.
	Rule string
	// Evidence is the sentence that states the event.
	Evidence pipeline.Span
}

// ErrNoEntities is returned when the event stage runs before the entity stage.
// Its text has no package prefix: a pipeline.Chain names the stage ("events:").
var ErrNoEntities = errors.New("entity annotations missing: run the entity stage first")

// Stage is the event stage. It is immutable and safe for concurrent use.
type Stage struct{}

// NewStage returns the event stage.
func NewStage() *Stage { return &Stage{} }

// Name returns "events".
func (s *Stage) Name() string { return "events" }

type eventsKey struct{}

// From returns the events the stage found in d, in order of evidence, or nil
// if the stage has not run.
func From(d *pipeline.Doc) []Event {
	ev, _ := d.Value(eventsKey{}).([]Event)
	return ev
}

// Annotate finds the events of d.
func (s *Stage) Annotate(ctx context.Context, d *pipeline.Doc) error {
	ents := entity.From(d)
	if ents == nil {
		return ErrNoEntities
	}
	f := newFinder(d, ents)
	for si := range d.Sentences {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if !d.Sentences[si].Boilerplate {
			if err := f.sentence(ctx, si); err != nil {
				return err
			}
		}
	}
	d.SetValue(eventsKey{}, f.events())
	return nil
}

// draft is an event under construction.
type draft struct {
	typ       string
	people    []int // indexes into ents.People
	initiator int   // -1 if unknown
	when      string
	evidence  pipeline.Span
	named     int // how many people the evidence's clause names
	sentence  int // the last sentence that reported it
}

type finder struct {
	d      *pipeline.Doc
	ents   *entity.Annotations
	toks   []pipeline.Token
	who    []int // token -> person index, or -1
	drafts []*draft
	last   *draft // the latest event found or merged
}

func newFinder(d *pipeline.Doc, ents *entity.Annotations) *finder {
	f := &finder{d: d, ents: ents, toks: d.Tokens, who: make([]int, len(d.Tokens))}
	for i := range f.who {
		f.who[i] = -1
	}
	for pi, p := range ents.People {
		for _, m := range p.Mentions {
			for k := m.FirstToken; k < m.EndToken; k++ {
				f.who[k] = pi
			}
		}
	}
	return f
}

// trigger is a word or phrase that reports an engagement in a sentence.
type trigger struct {
	typ    string
	at     int  // token index of the trigger word
	strong bool // states an engagement by itself; weak ones only add to known events
}

// sentence finds the engagements that sentence si reports. A sentence may
// be pathologically long, so it looks at ctx as it goes.
func (f *finder) sentence(ctx context.Context, si int) error {
	s := f.d.Sentences[si]
	toks := f.toks[s.FirstToken:s.EndToken]
	phone := false
	for i := range toks {
		if phoneWords[toks[i].Lower] {
			phone = true
		}
	}
	for n, tr := range f.triggers(s, phone) {
		if n%1024 == 1023 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		w := window(s, tr.at)
		if f.future(w, tr.at) {
			continue
		}
		f.add(si, w, tr)
	}
	return nil
}

// clause is how many tokens on each side of a trigger are read for its
// participants, so that a pathological sentence costs linear time.
const clause = 60

// window returns s with its tokens clipped to the clause around token at; its
// span, the evidence, stays the whole sentence.
func window(s pipeline.Sentence, at int) pipeline.Sentence {
	s.FirstToken = max(s.FirstToken, at-clause)
	s.EndToken = min(s.EndToken, at+clause)
	return s
}

var phoneWords = map[string]bool{
	"phone": true, "telephone": true, "telephonic": true, "telephonically": true,
	"phoned": true, "telephoned": true, "phones": true, "video": true,
}

// triggers lists the engagement words of sentence s in order.
func (f *finder) triggers(s pipeline.Sentence, phone bool) []trigger {
	var out []trigger
	for i := s.FirstToken; i < s.EndToken; i++ {
		t := &f.toks[i]
		next := ""
		if i+1 < s.EndToken {
			next = f.toks[i+1].Lower
		}
		prev := ""
		if i > s.FirstToken {
			prev = f.toks[i-1].Lower
		}
		switch t.Lower {
		case "call", "calls", "called", "calling":
			switch {
			case prev == "so" || prev == "-" && i >= 2 && f.toks[i-2].Lower == "so":
				// "so-called"
			case next == "up" && f.personAfter(i+2, s.EndToken):
				out = append(out, trigger{Call, i, true}) // "called up the crown prince"
			case prev == "courtesy":
				out = append(out, trigger{Meeting, i, true}) // "paid a courtesy call"
			case next == "for" || next == "off" || next == "out" || next == "up" || next == "it" || next == "them":
				// "called for restraint", "call off", "called it a success"
			case (next == "on" || next == "upon") && f.demand(i+2, s.EndToken):
				// "called on Israel to halt": a demand
			case next == "on" || next == "upon":
				out = append(out, trigger{Meeting, i, true}) // a courtesy call
			case t.Lower == "called" && !f.personAfter(i+1, s.EndToken):
				// "called the move historic", "was called off"
			default:
				out = append(out, trigger{Call, i, true})
			}
		case "phoned", "telephoned", "dialled", "dialed", "rang":
			out = append(out, trigger{Call, i, true})
		case "received", "receives":
			// "X received Y at PM House"; a call or letter received is the
			// call's or letter's own trigger.
			if !phone && f.personAfter(i+1, min(s.EndToken, i+5)) && !f.objectIsMessage(i+1, s.EndToken) {
				out = append(out, trigger{Meeting, i, true})
			}
		case "conversation", "conversations", "contact", "talks", "talked", "spoke", "spoken", "speak", "exchange", "exchanged":
			switch {
			case phone:
				out = append(out, trigger{Call, i, t.Lower != "contact" && t.Lower != "exchange" || prev == "telephonic"})
			case t.Lower == "talks" || t.Lower == "talked":
				out = append(out, trigger{Meeting, i, true})
			case t.Lower == "conversation" || t.Lower == "conversations":
				out = append(out, trigger{"", i, false}) // the same as a known event
			case (t.Lower == "spoke" || t.Lower == "spoken") && f.spokeWith(i, s):
				// "X spoke Tuesday with Y": a call, unless the sentence places
				// them together ("on the sidelines of the summit").
				if f.inPerson(s) {
					out = append(out, trigger{Meeting, i, true})
				} else {
					out = append(out, trigger{Call, i, true})
				}
			}
		case "met", "meet", "meets", "meeting", "meetings", "hosted", "huddled":
			if t.Lower == "met" && next == "with" && (prev == "was" || prev == "were" || prev == "been" || prev == "be") {
				continue // "was met with criticism"
			}
			if t.Lower == "meeting" && (next == "point" || prev == "the" && f.noPeople(window(s, i))) {
				out = append(out, trigger{Meeting, i, false})
				continue
			}
			out = append(out, trigger{Meeting, i, true})
		case "one-on-one", "tete-a-tete", "summit":
			out = append(out, trigger{Meeting, i, true})
		case "letter", "letters", "wrote", "written":
			if t.Lower == "written" && next != "to" {
				continue
			}
			out = append(out, trigger{Letter, i, true})
		}
	}
	return out
}

// spokeWith reports whether "with" or "to" and then a named person follow
// the verb at i closely: "spoke with Y", "spoke Tuesday to Y".
func (f *finder) spokeWith(i int, s pipeline.Sentence) bool {
	for k := i + 1; k < s.EndToken && k <= i+3; k++ {
		if w := f.toks[k].Lower; w == "with" || w == "to" {
			return f.personAfter(k+1, min(s.EndToken, k+8))
		}
	}
	return false
}

// inPersonWords place people in one room.
var inPersonWords = map[string]bool{
	"sidelines": true, "met": true, "meeting": true, "visit": true, "visited": true,
	"summit": true, "in-person": true, "dinner": true, "lunch": true, "hosted": true,
}

// inPerson reports whether sentence s says its people were together.
func (f *finder) inPerson(s pipeline.Sentence) bool {
	for k := s.FirstToken; k < s.EndToken; k++ {
		if inPersonWords[f.toks[k].Lower] {
			return true
		}
	}
	return false
}

// objectIsMessage reports whether a call, letter or message follows soon
// after i: "received a letter from", "received a message".
func (f *finder) objectIsMessage(i, end int) bool {
	for k := i; k < end && k < i+5; k++ {
		switch f.toks[k].Lower {
		case "call", "calls", "letter", "letters", "message", "messages", "phone", "telephone", "note":
			return true
		}
	}
	return false
}

// demand reports whether "to <verb>" follows soon after i: "called on Israel
// to halt".
func (f *finder) demand(i, end int) bool {
	for k := i; k < end && k < i+8; k++ {
		if f.toks[k].Lower == "to" {
			return true
		}
		if f.toks[k].Norm == "." || f.toks[k].Norm == "," {
			return false
		}
	}
	return false
}

func (f *finder) personAfter(i, end int) bool {
	for k := i; k < end && k < i+8; k++ {
		if f.who[k] >= 0 {
			return true
		}
	}
	return false
}

func (f *finder) noPeople(s pipeline.Sentence) bool {
	for i := s.FirstToken; i < s.EndToken; i++ {
		if f.who[i] >= 0 {
			return false
		}
	}
	return true
}

// futureWords before a trigger make it a plan, not an event.
var futureWords = map[string]bool{
	"will": true, "would": true, "shall": true, "expected": true, "plans": true, "planned": true,
	"planning": true, "scheduled": true, "likely": true, "may": true, "might": true,
	"could": true, "upcoming": true, "proposed": true, "next": true, "forthcoming": true,
	"hopes": true, "intends": true, "set": true, "due": true, "invited": true,
}

// future reports whether the trigger at i is a plan or a wish: "will meet",
// "is expected to call", "a meeting next week".
func (f *finder) future(s pipeline.Sentence, at int) bool {
	for k := max(s.FirstToken, at-4); k < at; k++ {
		if futureWords[f.toks[k].Lower] {
			return true
		}
	}
	// "A call between X and Y is expected on Monday": a plan stated after
	// the trigger, in the same clause.
	for k := at + 1; k < s.EndToken && k <= at+10; k++ {
		w := f.toks[k].Lower
		if w == "," || w == ";" || w == "who" || w == "which" || w == "that" {
			break
		}
		if w == "next" || (w == "will" || w == "would") ||
			(w == "is" || w == "are" || w == "was" || w == "were") && k+1 < s.EndToken && futureWords[f.toks[k+1].Lower] {
			return true
		}
	}
	return false
}

// add records the engagement of trigger tr in sentence si, whose clause
// around the trigger is s.
func (f *finder) add(si int, s pipeline.Sentence, tr trigger) {
	people := f.participants(s, tr)
	initiator := -1
	if tr.typ == Call || tr.typ == Letter || tr.typ == "" {
		initiator = f.initiator(s, tr, people)
	}
	if tr.typ == Letter && initiator >= 0 && len(people) < 2 && f.reciprocal(s, tr.at) && f.last != nil && f.last.typ == Letter {
		// "Y's reciprocal letter": to the writer of the letter before.
		people = union(people, f.last.people)
	}
	if len(people) < 2 && nounTriggers[f.toks[tr.at].Lower] && f.anaphoric(s, tr.at) && si > 0 {
		// "The conversation, initiated by X, ...": the engagement the
		// sentence before told of. If that sentence reported an event, this
		// is the same event or none; else its people are the parties.
		if f.last != nil && f.last.sentence == si-1 {
			if tr.typ != "" && tr.typ != f.last.typ {
				return
			}
			people = union(people, f.last.people)
		} else {
			prev := f.d.Sentences[si-1]
			prev.FirstToken = max(prev.FirstToken, prev.EndToken-2*clause)
			people = union(people, f.peopleIn(prev))
		}
	}
	if len(people) < 2 && f.twoSides(s) {
		// "The two leaders": the parties of the engagement just reported,
		// else the two people the sentence before names.
		if f.last != nil && f.last.sentence == si-1 {
			people = union(people, f.last.people)
		} else if si > 0 {
			prev := f.d.Sentences[si-1]
			prev.FirstToken = max(prev.FirstToken, prev.EndToken-2*clause)
			if two := f.peopleIn(prev); len(two) == 2 {
				people = union(people, two)
			} else if f.last != nil {
				people = union(people, f.last.people)
			}
		}
	}
	typ := tr.typ
	// The same engagement reported again: merge. A weak trigger ("the
	// conversation") joins an engagement of any type.
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
		d.people = union(d.people, people)
		if d.initiator < 0 {
			d.initiator = initiator
		}
		if d.when == "" {
			d.when = f.when(s)
		}
		if named := len(f.peopleIn(s)); d.named < 2 && named >= 2 {
			d.evidence, d.named = s.Span, named
		}
		d.sentence = si
		f.last = d
		return
	}
	if !tr.strong || len(people) == 0 {
		return
	}
	d := &draft{typ: typ, people: people, initiator: initiator, when: f.when(s), evidence: s.Span, named: len(f.peopleIn(s)), sentence: si}
	f.drafts = append(f.drafts, d)
	f.last = d
}

// participants returns the people of sentence s who take part in the
// engagement of tr: everyone named in the sentence, but for those named only
// as the owner of something else ("President Trump's appreciation").
func (f *finder) participants(s pipeline.Sentence, tr trigger) []int {
	// "X had written to Y", "X met Y": a verb with a named subject and a
	// named object engages those two, not everyone the sentence names
	// ("Aurangzeb told reporters that X had written to Y").
	if verbTriggers[f.toks[tr.at].Lower] {
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
		// A courier takes no part: "the letter, delivered by Ambassador X".
		if entity.Courier(f.toks, i, s.FirstToken) {
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
	if len(out) < 2 && startsWithPronoun(f.toks[s.FirstToken].Lower) && s.FirstToken > 0 {
		// "He met ...": the pronoun is the subject of the sentence before.
		prev := f.d.Sentences[f.toks[s.FirstToken-1].Sentence]
		for i := prev.FirstToken; i < prev.EndToken && i < prev.FirstToken+2*clause; i++ {
			if p := f.who[i]; p >= 0 {
				if !contains(out, p) {
					out = append(out, p)
				}
				break
			}
		}
	}
	if c := f.counterpart(s, out); c >= 0 {
		out = append(out, c)
	}
	return out
}

// auxiliaries and adverbs may stand between a subject and its verb.
var auxiliaries = map[string]bool{
	"also": true, "then": true, "later": true, "earlier": true, "had": true, "has": true,
	"have": true, "today": true, "yesterday": true, "separately": true, "again": true,
}

// objects returns the people named after a trigger verb, up to the end of
// its clause: "met President Trump and Secretary Rubio in July, where ...".
// Owners of something else and couriers are left out, as is subj.
func (f *finder) objects(i, end, subj int) []int {
	var out []int
	for k := i; k < end; k++ {
		switch f.toks[k].Lower {
		case ".", ";", "who", "which", "where", "while", "whereas", "after", "before", "said", "says":
			return out
		}
		p := f.who[k]
		if p < 0 || p == subj || contains(out, p) || k+1 < end && f.who[k+1] == p {
			continue
		}
		if k+1 < end && f.toks[k+1].IsPossessive() || entity.Courier(f.toks, k, i) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// verbTriggers are trigger verbs whose subject and object are the parties.
var verbTriggers = map[string]bool{
	"met": true, "meets": true, "called": true, "phoned": true, "telephoned": true,
	"dialled": true, "dialed": true, "rang": true, "wrote": true, "written": true,
	"hosted": true, "received": true, "spoke": true, "spoken": true,
}

// ownsTrigger reports whether the noun phrase at i (after a possessive)
// reaches the trigger at: "Biden's letter", "Shehbaz's reciprocal letter".
func (f *finder) ownsTrigger(i, at, end int) bool {
	for k := i; k < end && k <= i+3; k++ {
		if k == at {
			return true
		}
		if f.toks[k].Kind != pipeline.Word {
			return false
		}
	}
	return false
}

func startsWithPronoun(w string) bool { return w == "he" || w == "she" }

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
		cand := -1
		for pi, p := range f.ents.People {
			if contains(have, pi) || country != "" && p.Country != country {
				continue
			}
			if country == "" {
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

// initiator finds who placed the call or wrote the letter, if the text says.
func (f *finder) initiator(s pipeline.Sentence, tr trigger, people []int) int {
	at := tr.at
	t := &f.toks[at]
	// "initiated by X", "placed by X", "made by X", "call from X", "letter from X"
	for k := at + 1; k < s.EndToken && k <= at+12; k++ {
		w := f.toks[k].Lower
		if (w == "by" && k > 0 && initiatedWords[f.toks[k-1].Lower]) || w == "from" {
			if p := f.personAt(k+1, s.EndToken); p >= 0 {
				return p
			}
		}
		if f.who[k] >= 0 && w != "by" && w != "from" {
			break
		}
	}
	// "X made a phone call to Y", "X sent a letter to Y"
	for k := at - 1; k >= s.FirstToken && k >= at-4; k-- {
		if placeWords[f.toks[k].Lower] {
			if p := f.subjectBefore(k, s.FirstToken); p >= 0 {
				return p
			}
			break
		}
	}
	// "In a letter to Y, X said ...": the writer follows the comma.
	if tr.typ == Letter && at-2 >= s.FirstToken && at-2 <= s.FirstToken+1 && f.toks[at-2].Lower == "in" {
		for k := at + 1; k < s.EndToken && k <= at+16; k++ {
			if f.toks[k].Norm == "," {
				if p := f.personAt(k+1, min(s.EndToken, k+7)); p >= 0 {
					return p
				}
				break
			}
		}
	}
	// "X's letter to Y", "X's call"
	if at >= 2 && f.possessorBefore(at, s.FirstToken) >= 0 && tr.typ != "" && t.Lower != "conversation" && t.Lower != "talks" {
		if tr.typ == Letter || tr.typ == Call {
			return f.possessorBefore(at, s.FirstToken)
		}
	}
	// "X called Y", "X telephoned Y", "X wrote to Y"
	switch t.Lower {
	case "called", "phoned", "telephoned", "dialled", "dialed", "rang", "wrote", "written":
		if p := f.subjectBefore(at, s.FirstToken); p >= 0 {
			return p
		}
	}
	return -1
}

// initiatedWords before "by X" make X the initiator: "initiated by X",
// "telephoned by X".
var initiatedWords = map[string]bool{
	"initiated": true, "placed": true, "made": true, "sought": true, "requested": true,
	"written": true, "sent": true, "dialled": true, "dialed": true, "called": true,
	"phoned": true, "telephoned": true, "penned": true, "addressed": true,
}

// placeWords are verbs by which a subject places a call or sends a letter:
// "X made a phone call to Y", "X sent a letter to Y".
var placeWords = map[string]bool{
	"made": true, "placed": true, "sent": true, "wrote": true, "penned": true,
	"dispatched": true, "addressed": true, "gave": true, "makes": true, "sends": true,
}

// personAt returns the person mentioned at token i (after "the"), or -1.
func (f *finder) personAt(i, end int) int {
	for k := i; k < end && k < i+12; k++ {
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
// that ends at token at ("Biden's letter", "Shehbaz's reciprocal letter").
func (f *finder) possessorBefore(at, first int) int {
	for k := at - 1; k > first && k >= at-4; k-- {
		if f.toks[k].IsPossessive() {
			return f.who[k-1]
		}
		if f.toks[k].Kind != pipeline.Word {
			return -1
		}
	}
	return -1
}

// subjectBefore returns the person right before the verb at token at,
// skipping adverbs ("X also called Y") and a comma-delimited apposition.
func (f *finder) subjectBefore(at, first int) int {
	if at > first && (f.toks[at-1].Lower == "was" || f.toks[at-1].Lower == "were") {
		return -1 // passive: "X was telephoned by Y" has no subject here
	}
	for k := at - 1; k >= first && k >= at-3; k-- {
		if f.who[k] >= 0 {
			return f.who[k]
		}
		if f.toks[k].Kind != pipeline.Word || !strings.HasSuffix(f.toks[k].Lower, "ly") && !auxiliaries[f.toks[k].Lower] {
			return -1
		}
	}
	return -1
}

func (f *finder) reciprocal(s pipeline.Sentence, at int) bool {
	for k := max(s.FirstToken, at-3); k < at; k++ {
		switch f.toks[k].Lower {
		case "reciprocal", "reply", "response", "return":
			return true
		}
	}
	return false
}

// nounTriggers name an engagement, and so can refer back to one.
var nounTriggers = map[string]bool{
	"call": true, "calls": true, "conversation": true, "conversations": true, "contact": true,
	"meeting": true, "meetings": true, "talks": true, "letter": true, "letters": true,
	"exchange": true, "one-on-one": true, "summit": true,
}

// anaphoric reports whether the trigger at is a definite reference back: "The
// conversation, initiated by ...", "That meeting".
func (f *finder) anaphoric(s pipeline.Sentence, at int) bool {
	for k := at - 1; k >= s.FirstToken && k >= at-3; k-- {
		switch f.toks[k].Lower {
		case "the", "that", "this", "their":
			return true
		}
	}
	return false
}

// twoSides reports whether the sentence refers to the parties of an earlier
// engagement: "the two leaders", "both sides".
func (f *finder) twoSides(s pipeline.Sentence) bool {
	for i := s.FirstToken; i+1 < s.EndToken; i++ {
		a, b := f.toks[i].Lower, f.toks[i+1].Lower
		if (a == "two" || a == "both") && (b == "leaders" || b == "sides" || b == "officials" || b == "ministers") {
			return true
		}
	}
	return false
}

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

// when returns the day or date sentence s gives ("Wednesday", "July", "April 8").
func (f *finder) when(s pipeline.Sentence) string {
	for i := s.FirstToken; i < s.EndToken; i++ {
		t := &f.toks[i]
		if !t.IsCap() {
			continue
		}
		if pipeline.IsWeekday(t.Lower) {
			return t.Text
		}
		if pipeline.IsMonthName(t.Lower) && (t.Lower != "may" || i+1 < s.EndToken && f.toks[i+1].Kind == pipeline.Number) {
			if i+1 < s.EndToken && f.toks[i+1].Kind == pipeline.Number && len(f.toks[i+1].Text) <= 2 {
				return f.d.Text[t.Start:f.toks[i+1].End]
			}
			if i > s.FirstToken && (f.toks[i-1].Lower == "in" || f.toks[i-1].Lower == "on" || f.toks[i-1].Lower == "since") {
				return t.Text
			}
		}
	}
	return ""
}

func (f *finder) events() []Event {
	out := []Event{}
	sort.SliceStable(f.drafts, func(i, j int) bool { return f.drafts[i].evidence.Start < f.drafts[j].evidence.Start })
	for _, d := range f.drafts {
		if len(d.people) < 2 {
			continue
		}
		ev := Event{Type: d.typ, When: d.when, Evidence: d.evidence}
		for _, p := range d.people {
			ev.Participants = append(ev.Participants, f.ents.People[p].Name)
		}
		sort.Strings(ev.Participants)
		if d.initiator >= 0 && contains(d.people, d.initiator) {
			ev.Initiator = f.ents.People[d.initiator].Name
		}
		out = append(out, ev)
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func union(a, b []int) []int {
	out := append([]int{}, a...)
	for _, x := range b {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func overlaps(a, b []int) bool {
	for _, x := range b {
		if contains(a, x) {
			return true
		}
	}
	return false
}

func subset(a, b []int) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}
