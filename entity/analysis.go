package entity

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

// cmention is a country phrase in the text.
type cmention struct {
	first, end int
	ref        countryRef
}

// omention is an office phrase (or rank, honorific) in the text.
type omention struct {
	first, end int
	office     int    // index into tables.offices
	title      string // the office as named: canonical, or as written; "" for a rank or honorific
	country    string // the country its complement states ("Counselor of the US Agency ..."), or ""
}

// person is a person under construction.
type person struct {
	words    []string // name words, as written (straight quotes)
	offices  []Office
	mentions []Mention
	country  string
	explicit bool         // country stated by an office's country
	under    bool         // country made plain by a government under them ("the leadership in X, under Y")
	stated   string       // country written before a title or role noun ("his Saudi counterpart")
	conf     float64      // how strongly the text supports the name (see Person.Confidence)
	intl     bool         // serves an international body, no country
	known    *KnownPerson // the caller's known person found by name, or nil

	mentionBuf [1]Mention // the first mention's room (addPerson)
	officeBuf  [2]Office  // the first offices' room (addOffice)
	// lastSeen is the start of the person's latest mention so far, +1,
	// while mergePeople or findSurnames runs (each sets it first).
	lastSeen int
	visit    int // mergePeople's: the person it last compared with this one
}

func (p *person) name() string { return joinName(p.words) }

func (p *person) addOffice(o Office) {
	for i, have := range p.offices {
		if have.Title == o.Title {
			if have.Country == "" && o.Country != "" {
				p.offices[i].Country = o.Country
			}
			return
		}
	}
	if p.offices == nil {
		p.offices = p.officeBuf[:0]
	}
	p.offices = append(p.offices, o)
}

// makePlain gives p the country code when the text has given p none and
// p serves no international body, and reports whether it did.
func (a *analysis) makePlain(p *person, code string) bool {
	if p.country != "" || p.intl || code == "" {
		return false
	}
	p.country = code
	return true
}

// addMention adds m; overlapping mentions are dropped when the result is built.
func (p *person) addMention(m Mention) { p.mentions = append(p.mentions, m) }

// sortedMentions returns p's mentions in text order, without overlaps.
func (p *person) sortedMentions() []Mention {
	slices.SortFunc(p.mentions, byStart)
	out := p.mentions[:0]
	for _, m := range p.mentions {
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// analysis is the per-document state of the entity stage.
type analysis struct {
	s    *Stage
	t    *tables
	d    *pipeline.Doc
	toks []pipeline.Token
	skip []bool // boilerplate and dateline tokens: never an entity

	cms     []cmention
	country []int // token -> index into cms, or -1
	oms     []omention
	office  []int  // token -> index into oms, or -1
	claimed []bool // token is part of a person mention
	nameTok []bool // token is part of a person's name (claimed also covers titles)
	orgTok  []bool // token is part of an organisation's mention
	orgAt   []int  // token -> index into orgs of the mention that starts there, or -1
	orgs    []*org
	// lowered is the set of the words the text writes in lower case (but
	// in boilerplate, the dateline or a cut-off end: skippedAt), built the
	// first time writesLower needs it, when loweredBuilt.
	lowered      *wordSet
	loweredBuilt bool
	lowerScans   int // writesLower's walks of the tokens so far, while the set is not built
	// lowerBits has the bit lowerBit gives the hash of each word the text
	// writes in lower case (as writesLower reads them), set by
	// newAnalysisCtx: a word whose bit is clear is none of them, and
	// writesLower answers it without a walk.
	lowerBits [lowerBitWords]uint64
	cut       int     // the first token of a name the text's end cut short, or len(toks)
	flags     []uint8 // token -> its tokCap, tokAllCaps and tokNotName
	// hashes holds each token's wordlist.Hash of its Lower (Token.Hash,
	// hashed once by the tokeniser; copied by newAnalysisCtx) for the word
	// index, the lexicon and writesLower.
	hashes []uint32

	people []*person

	cls     []wordClass // token -> the word sets with a bit that it is in
	starts  []int32     // token -> its word's wordInfo.starts: the phrases it starts (phraseStarts)
	anchors []int       // the tokens that may anchor a country rule, in text order (runRules)
	// phraseToks are the words that may start a country's or an office's
	// phrase (classCountryStart, classOfficeStart), in text order: the
	// tokens findCountries and findOffices visit.
	phraseToks []int32
	// headToks are the capitalised words of classOrgHead, in text order:
	// those newOrgMatcher's nextHead points to.
	headToks []int32
	// sideToks are the words of classVisit, classInvitation,
	// classRepresenting or classDelegation, in text order: the tokens
	// hosts and delegations visit.
	sideToks []int32

	who []*person // token -> the person mentioned there (indexMentions)

	places  map[string]bool // lower-case capitalised runs that stand where a place does (placeForm)
	placeAt map[int]bool    // the first tokens of those runs

	scratch *scratch // where the per-token tables came from (release)

	ctx   context.Context // the call's, while run runs the passes
	ticks int             // calls of halted left before it looks at ctx again (look)
	err   error           // ctx's error, once halted has seen it

	pair     []string // the article's two countries (articlePair), once pairRead
	pairRead bool

	personSlab  []person          // people not yet handed out (newPerson)
	slabSize    int               // the size of the latest slab (newPerson)
	wordArena   []string          // the words of names (nameWords), end to end
	lowers      map[string]string // words with upper case -> in lower case (lowerOf)
	lowerArena  strings.Builder   // lowerOf's words, end to end
	chainArena  []int             // the offices of chains (readChain), end to end
	wpUsed      int               // the scratch's wordPeople handed out (newWordPeople)
	woUsed      int               // the scratch's wordLists of organisations handed out (newWordOrgs)
	orgSlab     []org             // organisations not yet handed out (newOrg)
	order       []*person         // mergePeople's people in text order
	forms       []nameForm        // usualForm's forms of a name
	keyArena    []byte            // usualForm's keys, placeNames's name
	orgSlabSize int
}

// release returns the analysis's tables to scratchPool; the analysis must
// not be used after.
func (a *analysis) release() {
	sc := a.scratch
	if sc == nil || cap(sc.bools) > 4*maxPooledTokens {
		return
	}
	sc.lowered.toks = nil
	clear(a.oms) // its titles: the text's, not to be held
	sc.cms, sc.oms = a.cms[:0], a.oms[:0]
	if len(a.lowers) > 0 {
		clear(a.lowers)
	}
	sc.lowers = a.lowers
	sc.anchors = a.anchors[:0]
	sc.phraseToks = a.phraseToks[:0]
	sc.headToks = a.headToks[:0]
	sc.sideToks = a.sideToks[:0]
	sc.chainArena = a.chainArena[:0]
	clear(a.people[:cap(a.people)])
	clear(a.order[:cap(a.order)])
	sc.people, sc.order = a.people[:0], a.order[:0]
	for _, x := range sc.wp[:a.wpUsed] {
		x.reset()
	}
	for _, x := range sc.wo[:a.woUsed] {
		x.reset()
	}
	sc.orgKeys, sc.orgAcrs = resetMap(sc.orgKeys), resetMap(sc.orgAcrs)
	sc.edges.starts, sc.edges.ends = resetMap(sc.edges.starts), resetMap(sc.edges.ends)
	if sc.edges.starts == nil || sc.edges.ends == nil {
		sc.edges = nameEdges{}
	}
	if a.who != nil {
		clear(a.who)
		sc.who = a.who[:0]
	}
	if a == &sc.an {
		*a = analysis{} // hold none of the document in the pool
	} else {
		a.scratch = nil
	}
	scratchPool.Put(sc)
}

// scratch holds an analysis's per-token tables between documents, so that
// a document reuses what an earlier one allocated (scratchPool).
type scratch struct {
	bools         []bool // skip, claimed, nameTok, orgTok
	ints          []int  // country, office, orgAt
	cls           []wordClass
	starts        []int32
	flags         []uint8
	hashes        []uint32
	heads         []int32 // orgMatcher.nextHead
	cms           []cmention
	oms           []omention
	lowers        map[string]string
	an            analysis // the analysis these tables serve (newAnalysis)
	anchors       []int
	phraseToks    []int32
	headToks      []int32
	sideToks      []int32
	who           []*person
	chainArena    []int
	wp            []*wordPeople // newWordPeople's, reset when released
	wo            []*wordLists[*org]
	people, order []*person       // an analysis's people and mergePeople's order, emptied when released
	edges         nameEdges       // serves's, emptied when released
	orgKeys       map[string]*org // an orgBook's byKey and byAcronym, emptied when released
	orgAcrs       map[string]*org
	lowered       wordSet
}

// scratchPool holds scratch tables for analyses; a Stage is used by many
// goroutines at once, and a pool serves them all.
var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// maxPooledTokens bounds the tables kept in scratchPool: a huge document's
// are left to the garbage collector.
const maxPooledTokens = 1 << 16

func newAnalysis(s *Stage, d *pipeline.Doc) *analysis {
	return newAnalysisCtx(context.Background(), s, d)
}

// newAnalysisCtx is newAnalysis for a call with context ctx: it stops
// filling its per-token tables when ctx ends (halted), and run then returns
// ctx's error.
func newAnalysisCtx(ctx context.Context, s *Stage, d *pipeline.Doc) *analysis {
	a := emptyAnalysis(ctx, s, d)
	sc := a.scratch
	cls, flags, starts, hashes := a.cls, a.flags, a.starts, a.hashes
	clear(cls)
	clear(starts)
	clear(flags)
	if !s.keepCut {
		a.cut = s.t.cutFrom(d, s.words) // a name the text's end cut short (cutoff.go)
	}
	// The loops read locals, not a's fields: a's stores would make the
	// compiler load them again at every token. The skip table is filled
	// first, by ranges of tokens.
	skip, anchors, phraseToks, headToks, sideToks := a.skip, a.anchors, sc.phraseToks[:0], sc.headToks[:0], sc.sideToks[:0]
	toks := d.Tokens
	fillSkip(skip, d, a.cut)
	bits, poss := s.t.rules.bits, s.t.rules.poss
	words := s.words
	// Of the tokens' length, so that the compiler checks no index.
	n := len(toks)
	hashes, skip, cls, starts, flags = hashes[:n], skip[:n], cls[:n], starts[:n], flags[:n]
	for i := range n {
		if a.haltedAt(i) {
			clear(hashes[i:]) // none read: run returns the context's error
			break
		}
		// The tokens that anchor a rule of the country rule table (a word
		// of its classes, a possessive): its passes read these, not every
		// token.
		tok := &toks[i]
		h := tok.Hash // wordlist.Hash(tok.Lower), hashed by the tokeniser
		hashes[i] = h
		switch tok.Kind {
		case pipeline.Punct:
			if poss && tok.IsPossessive() && !skip[i] {
				anchors = append(anchors, i)
			}
		case pipeline.Word:
			info := words.lookup(tok.Lower, h)
			c := info.cls
			cls[i] = c
			if c&bits != 0 && !skip[i] {
				anchors = append(anchors, i)
			}
			if c&(classCountryStart|classOfficeStart) != 0 {
				phraseToks = append(phraseToks, int32(i))
			}
			if c&classOrgHead != 0 && tok.IsCap() {
				headToks = append(headToks, int32(i))
			}
			if c&sideClasses != 0 {
				sideToks = append(sideToks, int32(i))
			}
			if !tok.IsCap() && !skip[i] {
				w, b := lowerBit(h)
				a.lowerBits[w] |= b
			}
			starts[i] = info.starts
			var f uint8
			if info.notName {
				f |= tokNotName
			}
			if tok.IsCap() {
				f |= tokCap
				if tok.IsAllCaps() {
					f |= tokAllCaps
				}
			}
			flags[i] = f
		}
	}
	a.anchors, a.phraseToks, a.headToks, a.sideToks = anchors, phraseToks, headToks, sideToks
	return a
}

// emptyAnalysis returns an analysis of d for a call with context ctx, in
// a scratch taken from the pool: its tables of booleans are false, its
// tables of mentions by token are -1, no name is cut off (cut), and its
// tables of the tokens' words (cls, starts, flags, hashes) are sized but
// hold what an earlier document left, for its caller to fill.
func emptyAnalysis(ctx context.Context, s *Stage, d *pipeline.Doc) *analysis {
	n := len(d.Tokens)
	sc := scratchPool.Get().(*scratch)
	if cap(sc.bools) < 4*n {
		sc.bools, sc.ints, sc.cls, sc.flags = make([]bool, 4*n), make([]int, 3*n), make([]wordClass, n), make([]uint8, n)
		sc.starts, sc.hashes = make([]int32, n), make([]uint32, n)
	}
	bools, ints := sc.bools[:4*n], sc.ints[:3*n]
	clear(bools)
	a := &sc.an // the analysis itself is reused too: it is large
	*a = analysis{s: s, t: s.t, d: d, toks: d.Tokens, scratch: sc, anchors: sc.anchors[:0], chainArena: sc.chainArena[:0], people: sc.people[:0], order: sc.order[:0],
		skip: bools[:n:n], claimed: bools[n : 2*n : 2*n], nameTok: bools[2*n : 3*n : 3*n], orgTok: bools[3*n:],
		country: ints[:n:n], office: ints[n : 2*n : 2*n], orgAt: ints[2*n:], cls: sc.cls[:n], starts: sc.starts[:n], flags: sc.flags[:n], hashes: sc.hashes[:n], lowered: &sc.lowered,
		cms: sc.cms[:0], oms: sc.oms[:0], lowers: sc.lowers, ctx: ctx, cut: len(d.Tokens)}
	fill(ints, -1) // country, office, orgAt: none
	return a
}

// sideClasses are the word classes of the words hosts and delegations
// read (analysis.sideToks).
const sideClasses = classVisit | classInvitation | classRepresenting | classDelegation

// fillSkip sets skip[i], false for every token, for the tokens in
// boilerplate, the dateline's lead or a name the text's end cut short
// (from cut on): those skippedAt reports. It sets them by ranges, not
// token by token: a boilerplate sentence's tokens (Sentence.FirstToken to
// EndToken), the tokens that start in the dateline's lead (found by binary
// search of their starts), and the tokens from cut.
func fillSkip(skip []bool, d *pipeline.Doc, cut int) {
	for si := range d.Sentences {
		if s := &d.Sentences[si]; s.Boilerplate {
			setAll(skip[s.FirstToken:s.EndToken])
		}
	}
	if dl := d.Header.DatelineLead; dl.Len() > 0 {
		toks := d.Tokens
		k, _ := slices.BinarySearchFunc(toks, dl.Start, func(t pipeline.Token, start int) int { return cmp.Compare(t.Start, start) })
		for ; k < len(toks) && toks[k].Start <= dl.End; k++ {
			if dl.Contains(toks[k].Span) {
				skip[k] = true
			}
		}
	}
	if cut < len(skip) {
		setAll(skip[cut:])
	}
}

// setAll sets every element of s to true.
func setAll(s []bool) {
	for i := range s {
		s[i] = true
	}
}

// skippedAt reports whether token i is in boilerplate, the dateline or a
// name the text's end cut short, as newAnalysisCtx first set skip[i]
// (which the captions pass changes on its own analysis).
func (a *analysis) skippedAt(i int) bool {
	dl := a.d.Header.DatelineLead
	return a.d.InBoilerplate(i) || dl.Len() > 0 && dl.Contains(a.toks[i].Span) || i >= a.cut
}

// lowerBitWords is the size of analysis.lowerBits, in words of 64 bits:
// 4,096 bits, of which a short article's few hundred words written in
// lower case set one in ten or so.
const lowerBitWords = 64

// lowerBit returns the word of analysis.lowerBits and the bit in it of a
// word of hash h (wordlist.Hash), from the hash's high bits.
func lowerBit(h uint32) (int, uint64) {
	return int(h >> 26), 1 << (h >> 20 & 63)
}

// maxLowerScans is how many times writesLower walks the tokens for a word
// before it builds the set of the text's lower-case words: most documents
// ask it of a word or two, and a walk costs less than the set; a document
// that asks more pays for the set once, and stays linear.
const maxLowerScans = 8

// writesLower reports whether the text writes the lower-case word w in
// lower case: as a word token not capitalised, outside boilerplate, the
// dateline and a cut-off end (skippedAt).
func (a *analysis) writesLower(w string) bool {
	h := wordlist.Hash(w)
	if bw, b := lowerBit(h); a.lowerBits[bw]&b == 0 {
		return false // no word written in lower case has its bit
	}
	if !a.loweredBuilt {
		if a.lowerScans < maxLowerScans {
			a.lowerScans++
			// The tokens' hashes first: a compare of one word each.
			for i, th := range a.hashes {
				if th != h {
					continue
				}
				if t := &a.toks[i]; t.Lower == w && t.Kind == pipeline.Word && !t.IsCap() && !a.skippedAt(i) {
					return true
				}
			}
			return false
		}
		a.buildLowered()
	}
	return a.lowered.has(w)
}

// buildLowered fills a.lowered with the words writesLower finds.
func (a *analysis) buildLowered() {
	a.loweredBuilt = true
	a.lowered.reset(a.toks)
	for i := range a.toks {
		if t := &a.toks[i]; t.Kind == pipeline.Word && !t.IsCap() && !a.skippedAt(i) {
			a.lowered.add(i, a.hashes[i])
		}
	}
}

// fill sets every element of s to v, doubling what it has copied: copy
// moves many bytes a step, a loop of stores one int.
func fill(s []int, v int) {
	if len(s) == 0 {
		return
	}
	s[0] = v
	for n := 1; n < len(s); n *= 2 {
		copy(s[n:], s[:n])
	}
}

// maxReach is the most tokens a pass reads back or ahead from a word to the
// person or country it concerns, within a sentence: a bound that keeps
// every pass linear in the text however long a sentence runs.
const maxReach = 40

// A pass is one step of the entity stage. Passes run in the order of
// passes, each on the state the ones before it left; none relies on a later
// one, and none runs another: a pass that needs another's work reads it from
// the analysis the earlier pass left.
type pass struct {
	name string
	run  func(*analysis) // tableRules: the pass runs its rules of data/countryrules.tsv
	// captions marks the passes the captions pass also runs on the
	// document's photo captions (see captions), in this order.
	captions bool
}

// tableRules is the run of a pass that runs the rules of the country rule
// table (data/countryrules.tsv) whose pass is its name: see runRules.
var tableRules func(*analysis)

// passes are the entity stage's steps, in the order they run. This is the one
// place the order is written.
var passes = []pass{
	{"countries", (*analysis).findCountries, true},                 // country names, demonyms, capitals
	{"offices", (*analysis).findOffices, true},                     // office titles, ranks, honorifics
	{"known", (*analysis).findKnown, false},                        // the caller's known people, by name
	{"titled", (*analysis).findTitled, true},                       // names after titles, titles in apposition
	{"organizations", (*analysis).findOrganizations, false},        // bodies: matchers propose spans, a resolver decides
	{"standalone", (*analysis).findStandalone, false},              // capitalised runs that can only be names
	{"ner", (*analysis).findNER, false},                            // the statistical model's names (WithNER)
	{"merge", (*analysis).mergePeople, false},                      // one person, many forms of the name
	{"headlines", (*analysis).headlines, false},                    // a headline's names, as the body supports them
	{"place-names", (*analysis).placeNames, false},                 // "a mine in Reko Diq": a run that is a place once is no person
	{"surnames", (*analysis).findSurnames, false},                  // "Dar said": a word of a known name
	{"handles", (*analysis).findHandles, false},                    // "@kenjisato": a handle that spells a known name
	{"office-references", (*analysis).findOfficeReferences, false}, // "the foreign minister said"
	{"mention-index", (*analysis).indexMentions, false},            // who is mentioned at each token, for the passes below
	{"org-appositives", (*analysis).orgAppositives, false},         // "the X Organisation (XO), Pakistan's largest builder,"
	{"captions", (*analysis).captions, false},                      // titles a photo caption gives the body's people
	{"stated-countries", (*analysis).statedCountries, false},       // a person's country, as the text states it
	{"delegations", (*analysis).delegations, false},                // "the Nigerian delegation includes X": a side's members
	{"government-under", tableRules, false},                        // rules: "the leadership in Chile, under President X"
	{"hosts", (*analysis).hosts, false},                            // "visit Peru at the invitation of X"
	{"its", tableRules, false},                                     // rules: "the letter to Peru addressed its leader, X"
	{"appositives", (*analysis).appositives, false},                // "X, the head of Polish diplomacy,"
	{"pairing", (*analysis).pairCountries, false},                  // two people, two countries, one placed
	{"home-government", (*analysis).homeGovernment, false},         // the dateline government's own office holders
	{"portfolios", (*analysis).portfolios, false},                  // the Ministry of Foreign Affairs of the one country whose Foreign Minister the text names
	{"serves", (*analysis).serves, false},                          // "SPD leader X", "X, CEO of the Y": a person and their body
	{"title-bodies", (*analysis).titleBodies, false},               // "Deputy Treasury Secretary X" after "the US Treasury"
	{"body-titles", (*analysis).bodyTitles, false},                 // "the US Department of State Counselor X" is a Counselor
	{"sides", tableRules, false},                                   // rules: "X's spokesperson, Y", "his counterpart Y"
	{"greetings", tableRules, false},                               // rules: "conveyed best wishes to King X"
	{"fellows", tableRules, false},                                 // rules: "met with Kenyan President X and Minister Y"
	{"appointments", tableRules, false},                            // rules: "President X has appointed Y"
	{"governments", tableRules, false},                             // rules: "Y, a minister in X's government"
	{"sole-country", (*analysis).soleCountry, false},               // the one country all their sentences name
}

// tablePasses build a table that later passes read; they are no rule, and
// WithoutPasses cannot turn them off.
var tablePasses = map[string]bool{"mention-index": true}

// cutOffStep names the cut-off rule (cutoff.go) for PassNames and
// WithoutPasses: it is read as an analysis is set up, before every pass,
// and is no pass of the list, but it can be turned off like one.
const cutOffStep = "cut-off"

// PassNames returns the names of the stage's passes that WithoutPasses can
// turn off, in the order they run: for a pass that runs rules of the
// country rule table (data/countryrules.tsv), the names of its rules, in
// table order.
func PassNames() []string {
	t, err := defaultTables()
	names := []string{cutOffStep}
	for _, p := range passes {
		switch {
		case tablePasses[p.name]:
		case p.run == nil && err == nil: // New reports an error of the tables
			for _, ru := range t.rules.byPass[p.name].rules {
				names = append(names, ru.name)
			}
		case p.run != nil:
			names = append(names, p.name)
		}
	}
	return names
}

// WithoutPasses turns off the named passes and rules (PassNames), to
// measure what each buys: the stage then runs the others in their order.
// The name of a pass that runs rules of the country rule table turns off
// all its rules. The default stage runs them all; a pass or rule turned off
// costs nothing. An unknown name, or a pass that builds a table others
// read, is an error.
func WithoutPasses(names ...string) Option {
	return func(s *Stage) error {
		off := map[string]bool{}
		for _, n := range names {
			if n == cutOffStep {
				s.keepCut = true
				continue
			}
			if tablePasses[n] {
				return fmt.Errorf("entity: pass %q builds a table later passes read: it cannot be turned off", n)
			}
			if slices.ContainsFunc(s.t.rules.all, func(ru *crule) bool { return ru.name == n }) {
				rules := map[string]bool{n: true}
				maps.Copy(rules, s.off)
				s.off = rules
				continue
			}
			if !slices.ContainsFunc(passes, func(p pass) bool { return p.name == n }) {
				return fmt.Errorf("entity: no pass or rule %q (see PassNames)", n)
			}
			off[n] = true
		}
		s.passes = slices.DeleteFunc(slices.Clone(s.passes), func(p pass) bool { return off[p.name] })
		return nil
	}
}

// run runs the stage's passes on a, in their order; it stops when ctx is
// done. The captions pass runs some of them again, through run, on an
// analysis that sees only the captions.
func (a *analysis) run(ctx context.Context, only func(pass) bool) error {
	a.ctx = ctx
	for _, p := range a.s.passes {
		if err := ctx.Err(); err != nil {
			return err
		}
		if a.err != nil {
			return a.err
		}
		switch {
		case only != nil && !only(p):
		case p.run == nil:
			a.runRules(p.name)
		default:
			p.run(a)
		}
	}
	return a.err
}

// ctxEvery is how many steps of a pass's loop go by between two looks at
// the call's context (halted): a look costs far more than a step, and a
// step is short, so that a pass gives up soon after the context ends.
const ctxEvery = 1024

// halted reports whether the call's context has ended, looking at it once
// every ctxEvery calls. A pass calls it at each step of its loops over the
// text (tokens, sentences, people, organisations) that does more than a few
// loads, and stops when it reports true; run then returns the context's
// error. A walk that visits every token in turn asks haltedAt instead. Its fast path is one
// decrement and one compare, inlined at every call; look does the rest.
func (a *analysis) halted() bool {
	a.ticks--
	return a.ticks < 0 && a.look()
}

// haltedAt is halted for a loop that visits every index i of a walk in
// turn (a pass's walk over the tokens): it looks at the call's context
// when i is a multiple of ctxEvery, and costs one test of i, a register,
// at the other steps, where halted stores its count. A loop whose index
// jumps calls halted instead: it could step over every multiple.
func (a *analysis) haltedAt(i int) bool {
	return i&(ctxEvery-1) == 0 && a.look()
}

// look is halted's slow path: it reads the call's context, and reports
// whether the call has ended. Once it has, ticks stays at 0 so that every
// later call of halted comes here and reports it again.
func (a *analysis) look() bool {
	if a.err == nil && a.ctx != nil {
		a.err = a.ctx.Err()
	}
	if a.err != nil {
		a.ticks = 0
		return true
	}
	a.ticks = ctxEvery - 1
	return false
}

// stop records err, the call's end, so that halted reports it at once.
func (a *analysis) stop(err error) {
	a.err, a.ticks = err, 0
}
