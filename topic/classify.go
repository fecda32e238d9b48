package topic

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/readout/readout/pipeline"
)

// Match is a label the article discusses.
type Match struct {
	// Label is the label's name.
	Label string
	// Score is in [0, 1], rounded to two decimals; it grows with the weight
	// of the evidence: 1 - exp(-w), where w sums, over the evidence
	// sentences, the weights of the distinct terms each holds (at most 1 a
	// sentence). It is at least the label's threshold.
	Score float64
	// Evidence are the spans of the whole sentences that support the label,
	// in text order; never boilerplate.
	Evidence []pipeline.Span
}

// word is a word or number token of the sentence being classified. It
// holds no pointer (its strings are its entries'), so that building a
// sentence's words costs no write barrier.
type word struct {
	tok  int32
	jEnd int32 // > 0: words [i, jEnd) are hyphen-joined, and je is their join's entry
	// e and je are the word's and the join's entries in scratch.entries:
	// e's stem and lower are the word's, je's the join's.
	e, je int32
	adj   bool // the next word follows with nothing but a joining hyphen between
}

// wordEntry is what a scratch keeps of a lower-case word: its stem and the
// patterns that may start there, so that a word costs one look-up.
type wordEntry struct {
	stem, lower   string // lower is the word, the key of scratch.stems
	byStem, exact int32  // Taxonomy.lists
	// matters says whether the word may take part in a match: its stem
	// or its lower form is a word of a pattern (Taxonomy.stemWords,
	// exactWords).
	matters bool
}

// hit is a match of a pattern over words [from, to) of a sentence.
type hit struct {
	pat      int32
	from, to int32
}

type evidence struct {
	label int32
	span  pipeline.Span
}

// scratch is the state of one Classify call, pooled by the taxonomy. Its
// stems cache lives on from call to call, up to maxStems words: news
// vocabulary repeats, and stemming is most of the cost of Classify.
type scratch struct {
	stems     stemCache // lower-case word → its index in entries
	entries   []wordEntry
	words     []word
	join      []byte // the room of a hyphen-joined word (sentenceWords)
	hits      []hit  // in order of start
	excl      []hit  // the hits of exclude patterns, in order of start
	exclWidth int32  // the most words an exclude hit spans
	stamp     uint32
	groupSeen []uint32
	ruleSeen  []uint32
	labelSeen []uint32
	labelSum  []float64
	touched   []int32
	context   []bool
	total     []float64
	evidence  []evidence
	ctx       context.Context // the call's (classify), or nil
	ticks     int             // calls of halted since it last looked at ctx
	err       error           // ctx's error, once halted has seen it
}

// ctxEvery is how many words go by between two looks at the call's context
// (halted): a look costs far more than a word.
const ctxEvery = 1024

// halted reports whether the call's context has ended, looking at it once
// every ctxEvery calls: the loops over a sentence's words call it, so that
// even a sentence of megabytes gives up soon after the context ends.
func (s *scratch) halted() bool {
	if s.ticks++; s.ticks < ctxEvery {
		return s.err != nil
	}
	return s.look()
}

// look is halted's look at the context, kept out of halted so that
// halted is inlined in the loops.
func (s *scratch) look() bool {
	if s.err == nil && s.ctx != nil {
		s.ticks = 0
		s.err = s.ctx.Err()
	}
	return s.err != nil
}

func newScratch(t *Taxonomy) *scratch {
	return &scratch{
		groupSeen: make([]uint32, t.groups),
		ruleSeen:  make([]uint32, len(t.rules)),
		labelSeen: make([]uint32, len(t.labels)),
		labelSum:  make([]float64, len(t.labels)),
		context:   make([]bool, len(t.labels)),
		total:     make([]float64, len(t.labels)),
	}
}

// getScratch returns the kept scratch if no other call holds it, else one
// from the pool.
func (t *Taxonomy) getScratch() *scratch {
	if s := t.kept.Swap(nil); s != nil {
		return s
	}
	return t.pool.Get().(*scratch)
}

// putScratch hands s back: as the kept scratch when there is none and s
// is of common size (keepable), else to the pool.
func (t *Taxonomy) putScratch(s *scratch) {
	if !s.keepable() || !t.kept.CompareAndSwap(nil, s) {
		t.pool.Put(s)
	}
}

// maxKeptRoom bounds the room of each per-sentence slice of the kept
// scratch: the scratch of a pathological sentence of megabytes is left to
// the pool, which lets it go.
const maxKeptRoom = 1 << 14

// keepable reports whether s may be kept out of the pool's reach: its
// stems cache within maxStems and its slices within maxKeptRoom.
func (s *scratch) keepable() bool {
	return s.stems.len() <= maxStems && cap(s.entries) <= 2*maxStems && cap(s.words) <= maxKeptRoom &&
		cap(s.join) <= maxKeptRoom && cap(s.hits) <= maxKeptRoom && cap(s.excl) <= maxKeptRoom &&
		cap(s.touched) <= maxKeptRoom && cap(s.evidence) <= maxKeptRoom
}

// maxStems bounds the stems a scratch keeps from one call to the next.
const maxStems = 1 << 14

func (s *scratch) reset() {
	s.ticks, s.err = 0, nil
	if s.stems.len() > maxStems {
		s.stems.reset()
		clear(s.entries)
		s.entries = s.entries[:0]
	}
	clear(s.context)
	clear(s.total)
	s.evidence = s.evidence[:0]
}

func (s *scratch) nextStamp() {
	s.stamp++
	if s.stamp == 0 {
		clear(s.groupSeen)
		clear(s.ruleSeen)
		clear(s.labelSeen)
		s.stamp = 1
	}
}

// entry returns the index in s.entries of the lower-case word lower,
// making its entry if the cache lacks it.
func (s *scratch) entry(t *Taxonomy, lower string) int32 {
	e, _ := s.keyedEntry(t, lower, keyOf(lower))
	return e
}

// tokenEntry returns the entry of a word token's lower-case form lower
// (its word key: wordKey(lower), which has no dots) and the entry's
// matters, read from the word's slot in the cache. A word with dots is
// looked up by its key built in s.join, and a short one is then held
// under its own form as well, so that stemCache.lookup finds it next
// time with no test for dots.
func (s *scratch) tokenEntry(t *Taxonomy, lower string) (int32, bool) {
	k := keyOf(lower)
	if !hasDot(lower, k) {
		return s.keyedEntry(t, lower, k)
	}
	s.join = appendKey(s.join[:0], lower)
	e, matters := s.bytesEntry(t, s.join)
	if k.n <= packedLen {
		if other, slot := find(&s.stems, s.entries, lower, k); other < 0 {
			s.stems.put(s.entries, lower, slot, k, e)
		}
	}
	return e, matters
}

// keyedEntry is entry for a word whose key k is known; it also returns
// the entry's matters, read from the word's slot in the cache.
func (s *scratch) keyedEntry(t *Taxonomy, lower string, k cacheKey) (int32, bool) {
	e, slot := find(&s.stems, s.entries, lower, k)
	if e >= 0 {
		return e, s.stems.slots[slot].matters
	}
	// The cache outlives the call: clone the key so that it does not keep
	// the document's text alive.
	e = s.add(t, strings.Clone(lower), slot, k)
	return e, s.entries[e].matters
}

// add makes the entry of a word the cache lacks, whose string lower the
// cache may keep, at the slot and with the key find gave it.
func (s *scratch) add(t *Taxonomy, lower string, slot uint32, k cacheKey) int32 {
	// A word whose stem is surely none of the patterns' takes its own
	// form for its stem: it is none of them either (stemWords holds its
	// heads), so that it meets the same patterns, none, unstemmed. Most
	// new words of a text are such, and stemming is most of their cost.
	st := lower
	if !t.stemHeads.surelyNone(lower) {
		st = stem(lower)
	}
	e := int32(len(s.entries))
	s.entries = append(s.entries, wordEntry{stem: st, lower: lower, byStem: t.stemList[st], exact: t.exactList[lower],
		matters: t.stemWords[st] || t.exactWords[lower]})
	s.stems.put(s.entries, lower, slot, k, e)
	return e
}

// joinEntry returns the entry of the word b spells, a hyphen-joined run
// of words, building its string only when the cache lacks it.
func (s *scratch) joinEntry(t *Taxonomy, b []byte) int32 {
	e, _ := s.bytesEntry(t, b)
	return e
}

// bytesEntry is keyedEntry for the word b spells, whose string it builds
// only when the cache lacks it.
func (s *scratch) bytesEntry(t *Taxonomy, b []byte) (int32, bool) {
	k := keyOf(b)
	e, slot := find(&s.stems, s.entries, b, k)
	if e >= 0 {
		return e, s.stems.slots[slot].matters
	}
	e = s.add(t, string(b), slot, k)
	return e, s.entries[e].matters
}

// Classify returns the labels d discusses, each with its score and evidence,
// ordered by the position of their first evidence (then by label). Labels
// scoring below their threshold are left out; boilerplate sentences are
// never read. The result is never nil.
func (t *Taxonomy) Classify(d *pipeline.Doc) []Match {
	out, _ := t.classify(context.Background(), d)
	return out
}

// classify is Classify, which gives up with ctx's error when ctx ends.
func (t *Taxonomy) classify(ctx context.Context, d *pipeline.Doc) ([]Match, error) {
	out := []Match{}
	if len(t.labels) == 0 || d == nil {
		return out, nil
	}
	s := t.getScratch()
	defer t.putScratch(s)
	s.reset()
	s.ctx = ctx
	defer func() { s.ctx = nil }()
	for i := range d.Sentences {
		if d.Sentences[i].Boilerplate {
			continue
		}
		s.words = s.sentenceWords(t, d, &d.Sentences[i])
		if len(s.words) > 0 {
			t.findHits(s)
		}
		if s.err != nil {
			return nil, s.err
		}
		if len(s.words) > 0 && len(s.hits) > 0 {
			t.judge(s, d.Sentences[i].Span)
		}
		if s.halted() {
			return nil, s.err
		}
	}
	if len(s.evidence) == 0 {
		return out, nil
	}
	// Every label's evidence is carved from one slice: the labels share
	// out the hits' evidence.
	spans := make([]pipeline.Span, 0, len(s.evidence))
	// The labels that score are counted first, so that out is made once.
	n := 0
	for li := range t.labels {
		if _, ok := t.score(s, li); ok {
			n++
		}
	}
	out = make([]Match, 0, n)
	for li := range t.labels {
		l := &t.labels[li]
		score, ok := t.score(s, li)
		if !ok {
			continue
		}
		m := Match{Label: l.name, Score: score}
		from := len(spans)
		for _, e := range s.evidence {
			if e.label == int32(li) {
				spans = append(spans, e.span)
			}
		}
		m.Evidence = spans[from:len(spans):len(spans)]
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(a.Evidence[0].Start, b.Evidence[0].Start); c != 0 {
			return c
		}
		return strings.Compare(a.Label, b.Label)
	})
	return out, nil
}

// score returns label li's score over the sentences s has judged, and
// whether the label is found: it has evidence, its context if it needs
// one, and a score at its threshold or above.
func (t *Taxonomy) score(s *scratch, li int) (float64, bool) {
	l := &t.labels[li]
	if s.total[li] == 0 || l.hasContext && !s.context[li] {
		return 0, false
	}
	score := math.Round((1-math.Exp(-s.total[li]))*100) / 100
	return score, score >= l.threshold
}

// sentenceWords returns the words of sentence se, with their stems, their
// adjacency and their hyphen-joined runs.
func (s *scratch) sentenceWords(t *Taxonomy, d *pipeline.Doc, se *pipeline.Sentence) []word {
	words := s.words[:0]
	toks := d.Tokens
	// linked reports whether tokens a < b are joined: only glued hyphens or
	// possessives lie between them.
	linked := func(a, b int) bool {
		for k := a + 1; k < b; k++ {
			tk := &toks[k]
			switch {
			case tk.IsPossessive():
			case isHyphen(tk) && !tk.SpaceBefore && !toks[k+1].SpaceBefore:
			default:
				return false
			}
		}
		return true
	}
	prev := -1
	for k := se.FirstToken; k < se.EndToken; k++ {
		if s.halted() {
			break
		}
		tk := &toks[k]
		if !isWordToken(tk) {
			continue
		}
		e, matters, ok := s.stems.lookup(tk.Lower)
		if !ok {
			e, matters = s.tokenEntry(t, tk.Lower)
		}
		// A word with a space before it and before the token after it
		// is hyphen-joined to neither side (hyphenJoined): most words.
		if !matters && (tk.SpaceBefore && (k+1 == len(toks) || toks[k+1].SpaceBefore) || !inJoin(toks, k)) {
			// A word that takes part in no match is left out, and the
			// word before it keeps no link to the word after: no
			// pattern runs through it. A word of a hyphen-joined run
			// stays, for the run's join.
			prev = -1
			continue
		}
		if prev >= 0 {
			words[len(words)-1].adj = linked(prev, k)
		}
		words = append(words, word{tok: int32(k), e: e})
		prev = k
	}
	// Hyphen-joined runs: "counter-terrorism", "rare-earth", "anti-terror".
	for i := 0; i < len(words); {
		j := i
		for j+1 < len(words) && hyphenJoined(toks, int(words[j].tok), int(words[j+1].tok)) {
			j++
		}
		if j > i {
			b := s.join[:0]
			for k := i; k <= j; k++ {
				b = append(b, s.entries[words[k].e].lower...)
			}
			s.join = b
			w := &words[i]
			w.jEnd = int32(j + 1)
			w.je = s.joinEntry(t, b)
		}
		i = j + 1
	}
	return words
}

// inJoin reports whether word token k is hyphen-joined to the word before
// it or after it ("counter-terrorism").
func inJoin(toks []pipeline.Token, k int) bool {
	return k >= 2 && hyphenJoined(toks, k-2, k) || k+2 < len(toks) && hyphenJoined(toks, k, k+2)
}

// hyphenJoined reports whether word tokens a and b are written as one word
// with a hyphen: a, "-", b with no space. It asks the spaces first: most
// words have one before them, and sentenceWords asks it of every word.
func hyphenJoined(toks []pipeline.Token, a, b int) bool {
	return b == a+2 && !toks[b].SpaceBefore && !toks[a+1].SpaceBefore && isHyphen(&toks[a+1]) &&
		toks[a].Kind == pipeline.Word && toks[b].Kind == pipeline.Word
}

// isHyphen reports whether a token is a hyphen: "-", U+2010 or U+2011. Token.Norm
// also maps dashes to "-", but a dash ("deal—signed") does not join words.
func isHyphen(tk *pipeline.Token) bool {
	switch tk.Text {
	case "-", "\u2010", "\u2011":
		return true
	}
	return false
}

// findHits fills s.hits with every pattern match in s.words.
func (t *Taxonomy) findHits(s *scratch) {
	s.hits = s.hits[:0]
	for i := range s.words {
		if s.halted() {
			break
		}
		w := &s.words[i]
		e := &s.entries[w.e]
		if e.byStem != 0 {
			t.tryAll(s, t.lists[e.byStem], i)
		}
		if e.exact != 0 {
			t.tryAll(s, t.lists[e.exact], i)
		}
		if w.jEnd > 0 {
			je := &s.entries[w.je]
			if je.byStem != 0 && je.stem != e.stem {
				t.tryAll(s, t.lists[je.byStem], i)
			}
			if je.exact != 0 && je.lower != e.lower {
				t.tryAll(s, t.lists[je.exact], i)
			}
		}
	}
}

func (t *Taxonomy) tryAll(s *scratch, cands []int32, i int) {
	for _, p := range cands {
		if end := t.match(s, &t.patterns[p], 0, i); end > 0 {
			s.hits = append(s.hits, hit{pat: p, from: int32(i), to: int32(end)})
		}
	}
}

// match reports where pattern p, from its k-th word on, ends when it starts
// at word i, or -1. A word of p meets either word i or the hyphen-joined run
// that starts at i.
func (t *Taxonomy) match(s *scratch, p *pattern, k, i int) int {
	words := s.words
	w := &words[i]
	e := &s.entries[w.e]
	key := e.stem
	if p.exact {
		key = e.lower
	}
	if key == p.words[k] {
		if k+1 == len(p.words) {
			return i + 1
		}
		if w.adj && i+1 < len(words) {
			if end := t.match(s, p, k+1, i+1); end > 0 {
				return end
			}
		}
	}
	if w.jEnd > 0 {
		je := &s.entries[w.je]
		jkey := je.stem
		if p.exact {
			jkey = je.lower
		}
		if jkey != p.words[k] {
			return -1
		}
		end := int(w.jEnd)
		if k+1 == len(p.words) {
			return end
		}
		if words[end-1].adj && end < len(words) {
			return t.match(s, p, k+1, end)
		}
	}
	return -1
}

// judge turns the hits of one sentence into evidence.
func (t *Taxonomy) judge(s *scratch, span pipeline.Span) {
	s.nextStamp()
	s.excl, s.exclWidth = s.excl[:0], 0
	for _, h := range s.hits {
		for _, u := range t.patterns[h.pat].uses {
			switch u.role {
			case roleRequire:
				s.groupSeen[u.id] = s.stamp
			case roleContext:
				s.context[u.label] = true
			case roleExclude:
				if n := len(s.excl); n == 0 || s.excl[n-1] != h {
					s.excl = append(s.excl, h)
					s.exclWidth = max(s.exclWidth, h.to-h.from)
				}
			}
		}
	}
	s.touched = s.touched[:0]
	for _, h := range s.hits {
		for _, u := range t.patterns[h.pat].uses {
			if u.role != roleTerm || s.ruleSeen[u.id] == s.stamp {
				continue
			}
			r := &t.rules[u.id]
			if !s.required(r) || t.excluded(s, h, u) {
				continue
			}
			s.ruleSeen[u.id] = s.stamp
			if s.labelSeen[r.label] != s.stamp {
				s.labelSeen[r.label] = s.stamp
				s.labelSum[r.label] = 0
				s.touched = append(s.touched, r.label)
			}
			s.labelSum[r.label] += r.weight
		}
	}
	slices.Sort(s.touched)
	for _, l := range s.touched {
		s.total[l] += min(1, s.labelSum[l])
		s.evidence = append(s.evidence, evidence{label: l, span: span})
	}
}

func (s *scratch) required(r *rule) bool {
	for _, g := range r.requires {
		if s.groupSeen[g] != s.stamp {
			return false
		}
	}
	return true
}

// excluded reports whether an exclude of term use u overlaps hit h. The
// sentence's exclude hits are in s.excl, ordered by start; none spans more
// than s.exclWidth words.
func (t *Taxonomy) excluded(s *scratch, h hit, u use) bool {
	// The excludes that start before h ends...
	k, _ := slices.BinarySearchFunc(s.excl, h.to, func(e hit, to int32) int { return cmp.Compare(e.from, to) })
	// ...and end after it starts, looking back no further than the widest.
	for j := k - 1; j >= 0 && s.excl[j].from+s.exclWidth > h.from; j-- {
		e := s.excl[j]
		if e.to <= h.from {
			continue
		}
		for _, x := range t.patterns[e.pat].uses {
			if x.role == roleExclude && x.label == u.label && (x.id < 0 || x.id == u.id) {
				return true
			}
		}
	}
	return false
}

// stageKey is the key of the stage's annotation on a Doc.
type stageKey struct{}

type stage struct{ t *Taxonomy }

// NewStage returns the pipeline stage that classifies a Doc with t and
// stores the []Match it finds, read back with From. The stage is safe for
// concurrent use on different Docs.
func NewStage(t *Taxonomy) pipeline.Stage { return stage{t} }

func (stage) Name() string { return "topics" }

func (st stage) Annotate(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if st.t == nil {
		return fmt.Errorf("%w: nil taxonomy", ErrBadTaxonomy)
	}
	m, err := st.t.classify(ctx, d)
	if err != nil {
		return err
	}
	d.SetValue(stageKey{}, m)
	return nil
}

// From returns the matches the topics stage stored on d, or nil if the stage
// did not run.
func From(d *pipeline.Doc) []Match {
	m, _ := d.Value(stageKey{}).([]Match)
	return m
}
