package event

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/pipeline"
)

// The event types.
const (
	Call    = "call"
	Meeting = "meeting"
	Letter  = "letter"
)

// Event is one engagement between named people, as the stage annotates a
// Doc with it (From). Package extract copies it into extract.Event.
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
type Stage struct {
	rules *rules
	ids   *wordIDs   // word -> its index in infos
	infos []wordInfo // what the stage knows of a word: its sets and rules
}

// An Option configures a Stage.
type Option func(*rules) error

// WithoutRules turns off the named rules of the trigger table (RuleNames),
// to measure what each buys: words they would match are tried against the
// rules after them. The default stage reads every rule. An unknown name is
// an error.
func WithoutRules(names ...string) Option {
	return func(rs *rules) error {
		off := map[string]bool{}
		for _, n := range names {
			if !slices.ContainsFunc(rs.all, func(r *rule) bool { return r.name == n }) {
				return fmt.Errorf("event: no rule %q in data/triggers.tsv", n)
			}
			off[n] = true
		}
		rs.all = slices.DeleteFunc(rs.all, func(r *rule) bool { return off[r.name] })
		for w, list := range rs.byWord {
			if list = slices.DeleteFunc(list, func(r *rule) bool { return off[r.name] }); len(list) == 0 {
				delete(rs.byWord, w)
			} else {
				rs.byWord[w] = list
			}
		}
		return nil
	}
}

// RuleNames returns the names of the rules of the trigger table, in table
// order.
func RuleNames() ([]string, error) {
	rs, _, err := loadData()
	if err != nil {
		return nil, err
	}
	names := make([]string, len(rs.all))
	for i, r := range rs.all {
		names[i] = r.name
	}
	return names, nil
}

// NewStage returns the event stage, with its rule table and word sets read
// from the embedded data files.
func NewStage(opts ...Option) (*Stage, error) {
	rs, lx, err := loadData()
	if err != nil {
		return nil, err
	}
	for _, o := range opts {
		if err := o(rs); err != nil {
			return nil, err
		}
	}
	ids, infos := index(lx, rs)
	infos = markInfos(ids, infos)
	return &Stage{rules: rs, ids: newWordIDs(ids), infos: infos}, nil
}

// Name returns "events".
func (s *Stage) Name() string { return "events" }

type eventsKey struct{}

// From returns the events the stage found in d, in order of evidence, or nil
// if the stage has not run.
func From(d *pipeline.Doc) []Event {
	ev, _ := d.Value(eventsKey{}).([]Event)
	return ev
}

// Annotate finds the events of d: for each sentence of the article, its
// triggers (triggers), less plans (future); for each trigger its parties
// (participants, coreference) and initiator; then the same engagement told
// again is merged (add), and dates are resolved (events).
func (s *Stage) Annotate(ctx context.Context, d *pipeline.Doc) error {
	ents := entity.From(d)
	if ents == nil {
		return ErrNoEntities
	}
	f := newFinder(s, d, ents)
	defer f.release()
	read := 0 // tokens read since the last look at ctx
	for si := range d.Sentences {
		if read += d.Sentences[si].EndToken - d.Sentences[si].FirstToken; si%256 == 0 || read >= ctxTokens {
			read = 0
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

// ctxTokens is how many tokens of sentences Annotate reads between two
// looks at its context, besides one look every 256 sentences.
const ctxTokens = 4096

// draft is an event under construction.
type draft struct {
	typ       string
	rule      string
	people    []int // indexes into ents.People
	initiator int   // -1 if unknown
	when      whenRef
	evidence  pipeline.Span
	named     int  // how many people the evidence's clause names
	sentence  int  // the last sentence that reported it
	heading   bool // every report of it so far is a headline's
	seq       int  // its index in finder.drafts: the order it was first told
}

// finder holds the state of one document's run. Finders are kept in
// finders between documents, with their tables and slices, so that a
// document allocates little but its events.
type finder struct {
	st         *Stage
	d          *pipeline.Doc
	ents       *entity.Annotations
	toks       []pipeline.Token
	who        []int       // token -> person index, or -1
	sets       []uint64    // token -> the sets of its word (wordInfo.sets), dateBit and rulesBit
	trigAt     []int32     // the tokens whose word has rules, in order
	drafts     []*draft    // in slab
	slab       []draft     // the room of the drafts; a full slab is left to the drafts in it and another made
	byPerson   [][]*draft  // person -> the drafts they are a party of, in the order they joined
	cands      []*draft    // same's scratch
	last       *draft      // the latest event found or merged
	phone      bool        // the current sentence speaks of a telephone
	base       baseDate    // the article's date
	context    *dayContext // the day of engagements told of but not yet named
	here       []bool      // token -> it is a trigger of the current sentence; all false between sentences
	top        []bool      // sentence -> a headline, heading or caption: no report by itself
	lastAt     int         // the trigger that reported last
	trigs      []trigger   // the room of the current sentence's triggers (triggers)
	arena      []int       // the room of the document's lists of people (list)
	clauseMemo clauseMemo
	seen       []uint32 // person -> stamp when namedIn last counted them
	stamp      uint32
}

var finders = sync.Pool{New: func() any { return new(finder) }}

// maxPooledTokens bounds the tables of a finder kept in finders: a huge
// document's are left to the garbage collector.
const maxPooledTokens = 1 << 16

// release returns f to finders; f must not be used after.
func (f *finder) release() {
	if cap(f.who) > maxPooledTokens || cap(f.slab) > maxPooledTokens || len(f.byPerson) > maxPooledTokens || cap(f.arena) > maxPooledTokens {
		return
	}
	clear(f.here[:cap(f.here)])
	for i := range f.byPerson {
		clear(f.byPerson[i])
		f.byPerson[i] = f.byPerson[i][:0]
	}
	clear(f.drafts)
	clear(f.cands[:cap(f.cands)])
	clear(f.trigs[:cap(f.trigs)])
	*f = finder{who: f.who[:0], sets: f.sets[:0], trigAt: f.trigAt[:0],
		here: f.here[:0], top: f.top[:0],
		drafts: f.drafts[:0], slab: f.slab[:0], byPerson: f.byPerson[:0], cands: f.cands[:0], trigs: f.trigs[:0],
		seen: f.seen[:0], stamp: f.stamp, arena: f.arena[:0]}
	finders.Put(f)
}

func newFinder(st *Stage, d *pipeline.Doc, ents *entity.Annotations) *finder {
	n := len(d.Tokens)
	f := finders.Get().(*finder)
	if cap(f.who) < n {
		f.who, f.here = make([]int, n), make([]bool, n)
		f.sets = make([]uint64, n)
	}
	f.st, f.d, f.ents, f.toks = st, d, ents, d.Tokens
	f.who, f.here, f.sets = f.who[:n], f.here[:n], f.sets[:n]
	f.base = parseBase(articleDate(d))
	f.top = headings(f.top[:0], d)
	if np := len(ents.People); cap(f.byPerson) < np {
		f.byPerson = append(f.byPerson[:cap(f.byPerson)], make([][]*draft, np-cap(f.byPerson))...)
	}
	f.byPerson = f.byPerson[:len(ents.People)]
	if np := len(ents.People); cap(f.seen) < np {
		f.seen, f.stamp = make([]uint32, np), 0
	}
	f.seen = f.seen[:len(ents.People)]
	trigAt := f.trigAt[:0]
	// The loop reads the tables through locals, so that a token costs no
	// reload of f's or st's fields: the word's sets carry rulesBit and
	// dayWordBit already (Stage.infos).
	toks, who, sets, ids, infos := d.Tokens[:n], f.who[:n], f.sets[:n], st.ids, st.infos
	for i := range toks {
		t := &toks[i]
		who[i] = ents.PersonAt(i)
		var id int32 // ids.id(t.Lower), written out so that most tokens cost no call
		if w := t.Lower; len(w) < 2 {
			id = ids.short(w)
		} else if h := spread(t.Hash); ids.may(h) { // t.Hash: wordlist.Hash(w)
			id = ids.probe(w, h)
		}
		ws := infos[id].sets
		if ws&rulesBit != 0 {
			trigAt = append(trigAt, int32(i))
		}
		// A number, a weekday, a month, "yesterday" or "today" (dayWordBit).
		if t.Kind == pipeline.Number || t.Kind == pipeline.Word && (t.IsWeekday() || t.IsMonth() || ws&dayWordBit != 0) {
			ws |= dateBit
		}
		sets[i] = ws &^ dayWordBit
	}
	f.trigAt = trigAt
	return f
}

// dateBit is the bit of finder.sets that says a day or date may start at
// the token (dateAt): a bit no word set takes (TestDateBit).
const dateBit = 1 << 63

// rulesBit is the bit of finder.sets that says the token's word has
// rules (wordInfo.rules): another bit no word set takes. NewStage sets it
// in the sets of the words that have rules (markInfos).
const rulesBit = 1 << 62

// dayWordBit is the bit of a word's sets (wordInfo.sets) that says the
// word is "yesterday" or "today", which a date may start at (dateBit):
// a third bit no word set takes, never left in finder.sets.
const dayWordBit = 1 << 61

// dayWords are the words whose sets carry dayWordBit.
var dayWords = []string{"yesterday", "today"}

// markInfos sets rulesBit in the sets of the words that have rules, and
// dayWordBit in those of dayWords, which it adds to ids and infos when
// they lack them, so that newFinder reads both in a word's sets.
func markInfos(ids map[string]int32, infos []wordInfo) []wordInfo {
	for _, w := range dayWords {
		if ids[w] == 0 {
			ids[w] = int32(len(infos))
			infos = append(infos, wordInfo{})
		}
		infos[ids[w]].sets |= dayWordBit
	}
	for i := range infos {
		if len(infos[i].rules) > 0 {
			infos[i].sets |= rulesBit
		}
	}
	return infos
}

// listRoom is the room of a list of people that list gives: more people
// than that move the list to the heap, as append does.
const listRoom = 8

// list returns an empty list of people with room for n (at least
// listRoom), carved from the document's arena: its room is its own, so
// that appending to it never writes over another list. The arena only
// grows during a document (a full one is left to the lists in it), and is
// emptied for the next: a list must not outlive its document.
func (f *finder) list(n int) []int {
	n = max(n, listRoom)
	if len(f.arena)+n > cap(f.arena) {
		f.arena = make([]int, 0, max(256, 2*cap(f.arena), n))
	}
	k := len(f.arena)
	f.arena = f.arena[:k+n]
	return f.arena[k : k : k+n]
}

// newDraft returns a zero draft from f's slab, with the room of the
// people of the draft that held its place before.
func (f *finder) newDraft() *draft {
	if len(f.slab) == cap(f.slab) {
		f.slab = make([]draft, 0, max(16, 2*cap(f.slab)))
	}
	f.slab = f.slab[:len(f.slab)+1]
	d := &f.slab[len(f.slab)-1]
	*d = draft{people: d.people[:0]}
	return d
}

// headings returns, for each sentence of d, whether it is a headline or a
// heading (Sentence.Heading) or lies in a line above the body that the
// header reads as a headline or a caption (Header.Lines): what such a line
// reports is an event only when the body reports it too.
func headings(top []bool, d *pipeline.Doc) []bool {
	top = slices.Grow(top[:0], len(d.Sentences))[:len(d.Sentences)]
	li := 0
	for si, s := range d.Sentences {
		for li < len(d.Header.Lines) && d.Header.Lines[li].End <= s.Start {
			li++
		}
		top[si] = s.Heading || li < len(d.Header.Lines) && d.Header.Lines[li].Contains(s.Span)
	}
	return top
}

// sentence finds the engagements that sentence si reports. A sentence may
// be pathologically long, so it looks at ctx as it goes.
func (f *finder) sentence(ctx context.Context, si int) error {
	s := f.d.Sentences[si]
	if !f.hasTrigger(s) {
		return nil // no word of the sentence has a rule
	}
	f.phone = f.any(s.FirstToken, s.EndToken, setPhone)
	planned := -1 // the first token of the clause of the last plan
	trs := f.triggers(s)
	for _, tr := range trs {
		f.here[tr.at] = tr.rule.typ != typeNone
	}
	defer func() {
		for _, tr := range trs {
			f.here[tr.at] = false
		}
	}()
	for n, tr := range trs {
		if n%1024 == 1023 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if tr.rule.typ == typeNone {
			continue
		}
		w := window(s, tr.at)
		if f.future(w, tr.at) || f.cancelled(w, tr.at) {
			planned = f.clauseOf(w, tr.at).first
			continue
		}
		// "X will meet Y for talks": the talks are the plan's.
		if planned >= 0 && f.clauseOf(w, tr.at).first == planned || f.caption(s, tr.at) {
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

// events returns the drafts with two parties or more as events, by
// evidence. An engagement that only a headline reports, which no sentence
// of the body supports, is none.
func (f *finder) events() []Event {
	slices.SortStableFunc(f.drafts, func(x, y *draft) int { return x.evidence.Start - y.evidence.Start })
	n, parts := 0, 0 // the events, and their participants
	for _, d := range f.drafts {
		if len(d.people) >= 2 && !d.heading {
			n++
			parts += len(d.people)
		}
	}
	out := make([]Event, 0, n)
	names := make([]string, 0, parts) // every event's participants, end to end
	for _, d := range f.drafts {
		if len(d.people) < 2 || d.heading {
			continue
		}
		ev := Event{Type: d.typ, When: d.when.text, Date: d.when.resolve(f.base), Rule: d.rule, Evidence: d.evidence}
		from := len(names)
		for _, p := range d.people {
			names = append(names, f.ents.People[p].Name)
		}
		ev.Participants = names[from:len(names):len(names)]
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

// union returns the people of a and then those of b that a lacks, in a
// new list.
func (f *finder) union(a, b []int) []int {
	out := append(f.list(len(a)+len(b)), a...)
	for _, x := range b {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// unionLen returns len(union(a, b)).
func unionLen(a, b []int) int {
	n := len(a)
	for i, x := range b {
		if !contains(a, x) && !contains(b[:i], x) {
			n++
		}
	}
	return n
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
