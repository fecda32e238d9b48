package entity

import (
	"strings"

	"github.com/readout/readout/pipeline"
)

// org is an organisation under construction.
type org struct {
	words    []string // the fullest name, as written
	key      string   // the name in lower case, without a leading country
	acronym  string
	country  string
	mentions []Mention
	idx      int     // index in analysis.orgs
	conf     float64 // how strongly the text supports it (see Organization.Confidence)
	// stateless is set for a body of no one country: an international one
	// ("European Parliament", a table's body with no country) or one of two
	// countries ("US–Nigeria Joint Working Group").
	stateless bool
	mixed     bool   // its mentions state two countries ("the Saudi ... the Iranian Foreign Ministry")
	office    string // the office a body is named after ("Office of the National Security Adviser"), or ""

	mentionBuf [orgMentionRoom]Mention // the first mentions' room (newOrg)
}

// findOrganizations finds the organisations the text names. At each token
// where a name can start, the matchers (orgmatchers.go) propose the spans
// of bodies that start there: a body of the tables by name or acronym
// ("IMF", "Reuters", "Taliban"), a body named after an office ("Office of
// the President"), a run of capitalised words its acronym in parentheses
// spells ("United States Strategic Metals (USSM)"), and a capitalised run
// that ends with an organisation's head word, with its complement
// ("Federal Board of Revenue", "Saudi Press Agency", "Ministry of Foreign
// Affairs of the Kingdom of Morocco"). resolve decides among them, and the
// book (orgBook) merges the mention it takes with the organisations found
// before: by name, by acronym, or as a shorter form of a longer name. An
// acronym given in parentheses after a name ("(FBR)") is the
// organisation's, and so are its later mentions. Tokens of an organisation
// are no person's.
func (a *analysis) findOrganizations() {
	// The walk's state is its own: values, so that they need not live on
	// the heap.
	r := orgResolver{a: a, m: newOrgMatcher(a), headAt: -1, book: orgBook{a: a, lastEnd: -1}}
	for i := 0; i < len(a.toks); {
		if !r.mayResolve(i) {
			i++ // a few loads: most tokens go by here
			continue
		}
		if a.halted() {
			break
		}
		i = r.resolve(i)
	}
}

// orgOpeners are the word classes with which resolve asks a matcher at a
// token whatever the tokens after it: a known body's first word, a head
// word, a legislature's name.
const orgOpeners = classOrgStart | classOrgHead | classLegislature

// mayResolve reports whether resolve may do more at token i than return
// i+1: it is false only where resolve would ask no matcher, for want of
// all that each asks first (a word class of orgOpeners, an office, an
// acronym, a run's start, a head word near: mayOpen). It reads a few
// tables of the token, and is inlined, so that the walk passes over most
// tokens at that cost; TestMayResolve checks it against resolve.
func (r *orgResolver) mayResolve(i int) bool {
	a := r.a
	return int(r.m.nextHead[i]) < i+maxOrgTokens || a.cls[i]&orgOpeners != 0 || a.office[i] >= 0 ||
		a.toks[i].IsAllCaps() || r.run < len(r.m.runs) && r.m.runs[r.run][0] <= i
}

// orgResolver walks the text once, asks the matchers for the spans that
// start at each token, and takes one of them (or none).
type orgResolver struct {
	a    *analysis
	m    orgMatcher
	book orgBook
	// head is the head-word run proposed at token headAt: the resolver
	// weighs it against the others at one token, and reads it once.
	head   orgProposal
	headOK bool
	headAt int
	run    int // the first run of m.runs that starts at or after the token read
}

// resolve decides among the proposals at token i, adds the one it takes to
// the book, and returns the token to go on from. In order:
//   - a body of the tables, unless a head-word run from the same token
//     runs past it ("United Nations | General Assembly");
//   - else a later mention of an acronym found before ("the FBR said"),
//     then a body named after an office;
//   - a run its acronym spells, unless a head-word run reads the same
//     words as a name of its own;
//   - a head-word run where a name can open (orgMatcher.mayOpen), unless
//     it is an agency's credit ("(Reuters)");
//   - else a legislature's name alone ("Congress").
//
// A proposal in a photo's credit ("Photo: Reuters", "... — Radio
// Pakistan" at a caption's end) is taken as no body's.
func (r *orgResolver) resolve(i int) int {
	a := r.a
	if a.skip[i] || a.nameTok[i] || a.toks[i].Kind != pipeline.Word {
		return i + 1
	}
	// A matcher is asked only where the token's word classes (or an
	// office, or a run's start) say a span of its kind can start there.
	cls := a.cls[i]
	isKnown := false
	if cls&classOrgStart != 0 {
		var known orgProposal
		if known, isKnown = r.m.knownBody(i); isKnown {
			if h, ok := r.headRun(i); !ok || h.end <= known.end {
				return r.adopt(known)
			}
		}
	}
	if !isKnown {
		if o := r.book.acronymOf(i); o != nil {
			r.book.mention(o, i, i+1)
			return i + 1
		}
		if cls&classOrgHead != 0 || a.office[i] >= 0 {
			if p, ok := r.m.officeBody(i); ok {
				return r.adopt(p)
			}
		}
	}
	if r.runStarts(i) {
		if p, ok := r.m.acronymRun(i); ok {
			if h, ok := r.headRun(i); !ok || h.end != p.end {
				return r.adopt(p)
			}
		}
	}
	if r.m.mayOpen(i) {
		if h, ok := r.headRun(i); ok && a.credit(h.first, h.end) {
			return h.end
		} else if ok {
			return r.adopt(h)
		}
	}
	if cls&classLegislature != 0 {
		if p, ok := r.m.legislature(i); ok {
			return r.adopt(p)
		}
	}
	return i + 1
}

// runStarts reports whether a run its acronym spells starts at token i;
// the walk goes forward, and so does its place in the runs.
func (r *orgResolver) runStarts(i int) bool {
	runs := r.m.runs
	for r.run < len(runs) && runs[r.run][0] < i {
		r.run++
	}
	return r.run < len(runs) && runs[r.run][0] == i
}

// headRun returns the head-word run proposed at token i, read once. A
// name's run opens with a capitalised word or a country (orgRunStart):
// at another token none is read, and the matcher is not asked
// (TestHeadRunOpens).
func (r *orgResolver) headRun(i int) (orgProposal, bool) {
	if !r.a.toks[i].IsCap() && r.a.country[i] < 0 {
		return orgProposal{}, false
	}
	if r.headAt != i {
		r.head, r.headOK = r.m.headRun(i)
		r.headAt = i
	}
	return r.head, r.headOK
}

// adopt adds p to the book and returns the token after it. A body whose
// words state no country and that follows a body's possessive is that
// body's ("the Turkish Presidency's | Directorate of Communications");
// else it takes the country the matcher found for it (a national body the
// dateline's).
func (r *orgResolver) adopt(p orgProposal) int {
	if r.a.photoCredit(p.first) || r.a.dashCredit(p.first, p.end) {
		return p.next // a photo's credit names no body of the article
	}
	if p.country == "" && !p.stateless {
		p.country = p.fallback
		if b := &r.book; b.last != nil && b.lastEnd == p.first-1 && r.a.toks[p.first-1].IsPossessive() {
			p.country = b.last.country
		}
	}
	r.book.add(p)
	return p.next
}

// orgBook holds the organisations found so far, by the forms under which
// later mentions merge with them.
type orgBook struct {
	a         *analysis
	byKey     map[string]*org
	byAcronym map[string]*org
	byLast    *wordLists[*org] // last word of the key -> organisations, in the order found
	last      *org             // the organisation of the latest mention
	lastEnd   int              // the end of the latest mention
}

// add adds the mention p proposes to the organisation it names, found
// before or new, and returns it.
func (b *orgBook) add(p orgProposal) *org {
	if p.key == "" {
		p.name, p.key = b.a.spanWords(p.nameFirst, p.end), b.a.orgKey(p.nameFirst, p.end)
	}
	o := b.find(p)
	if len(p.name) > len(o.words) {
		o.words = p.name
	}
	if o.acronym == "" && p.acronym != "" {
		o.acronym = p.acronym
	}
	for _, acr := range [2]string{p.acronym, p.alias} {
		if acr != "" && b.byAcronym[acr] == nil {
			b.byAcronym[acr] = o
		}
	}
	if o.country == "" && !o.stateless {
		o.country = p.country
	} else if p.country != "" && p.country != o.country {
		o.mixed = true
	}
	o.conf = max(o.conf, p.conf)
	if p.stateless {
		o.stateless, o.country = true, ""
	}
	if p.office != "" {
		o.office = p.office
	}
	b.mention(o, p.first, p.end)
	if p.acronymAt >= 0 {
		b.a.markOrg(o, p.acronymAt, p.acronymAt+1)
	}
	return o
}

// orgMaps returns the empty maps of an orgBook: the analysis's scratch's,
// emptied when it is released, if it has one. An analysis makes one
// orgBook (findOrganizations).
func (a *analysis) orgMaps() (byKey, byAcronym map[string]*org, byLast *wordLists[*org]) {
	sc := a.scratch
	if sc == nil {
		return map[string]*org{}, map[string]*org{}, &wordLists[*org]{}
	}
	if sc.orgKeys == nil {
		sc.orgKeys, sc.orgAcrs = map[string]*org{}, map[string]*org{}
	}
	return sc.orgKeys, sc.orgAcrs, a.newWordOrgs()
}

// orgMentionRoom is the room for mentions a new organisation starts with:
// most organisations of an article are named a few times.
const orgMentionRoom = 4

// newOrg returns a new organisation of the analysis, from a slab of them,
// with room for its first mentions of its own (mentionBuf). The first
// slabs are the scratch's, kept from document to document (release clears
// them), as newPerson's are; a Result holds none of an org (annotations
// copies its mentions out).
func (a *analysis) newOrg() *org {
	if len(a.orgSlab) == 0 {
		a.orgSlabSize = min(max(4, 2*a.orgSlabSize), 64)
		if sc := a.scratch; sc != nil && a.orgSlabsUsed < len(sc.orgSlabs) {
			a.orgSlab = sc.orgSlabs[a.orgSlabsUsed]
		} else {
			a.orgSlab = make([]org, a.orgSlabSize)
			if sc != nil && a.orgSlabsUsed == len(sc.orgSlabs) && a.orgSlabsUsed < maxPooledSlabs {
				sc.orgSlabs = append(sc.orgSlabs, a.orgSlab)
			}
		}
		a.orgSlabsUsed++
	}
	o := &a.orgSlab[0]
	a.orgSlab = a.orgSlab[1:]
	o.mentions = o.mentionBuf[:0]
	return o
}

// find returns the organisation p names: found before by its key, its
// acronym or as a shorter form of its name, or new.
func (b *orgBook) find(p orgProposal) *org {
	o := b.byKey[p.key]
	if o == nil && p.acronym != "" {
		o = b.byAcronym[p.acronym]
	}
	if o == nil && p.alias != "" {
		o = b.byAcronym[p.alias]
	}
	if o == nil {
		o = b.shortFormOf(p.key)
	}
	if o == nil {
		if b.byKey == nil { // made with the first organisation: a text that names none makes none
			b.byKey, b.byAcronym, b.byLast = b.a.orgMaps()
		}
		o = b.a.newOrg()
		*o = org{words: p.name, key: p.key, idx: len(b.a.orgs), mentions: o.mentions}
		b.byKey[p.key] = o
		b.a.orgs = append(b.a.orgs, o)
		last := p.key[strings.LastIndexByte(p.key, ' ')+1:]
		b.byLast.add(last, o)
	}
	return o
}

// mention adds the mention [first, end) to o; it is the latest.
func (b *orgBook) mention(o *org, first, end int) {
	b.a.markOrg(o, first, end)
	b.last, b.lastEnd = o, end
}

// markOrg adds the mention [first, end) to o and marks its tokens.
func (a *analysis) markOrg(o *org, first, end int) {
	o.mentions = append(o.mentions, a.mention(first, end))
	for k := first; k < end; k++ {
		a.orgTok[k] = true
	}
	a.orgAt[first] = o.idx
}

// acronymOf returns the organisation whose acronym token i is, or nil; only
// a word in capitals is looked up.
func (b *orgBook) acronymOf(i int) *org {
	if len(b.byAcronym) == 0 || !b.a.toks[i].IsAllCaps() {
		return nil
	}
	return b.byAcronym[b.a.toks[i].Norm]
}

// shortFormOf returns the organisation found before whose key ends with
// key, a shorter form of its name ("Working Group" after "Joint Working
// Group"), among the latest found with the same last word; nil if none.
func (b *orgBook) shortFormOf(key string) *org {
	if !strings.Contains(key, " ") {
		return nil // one word names no body on its own
	}
	list := b.byLast.get(key[strings.LastIndexByte(key, ' ')+1:])
	for i := len(list) - 1; i >= 0 && i >= len(list)-maxCandidates; i-- {
		if o := list[i]; len(o.key) > len(key) && strings.HasSuffix(o.key, " "+key) {
			return o
		}
	}
	return nil
}

// datelineCountry returns the country of the dateline's place, or "".
func (a *analysis) datelineCountry() string {
	dl := a.d.Header.Dateline
	if dl.Len() == 0 {
		return ""
	}
	return a.placeCountry(titleCase(dl.In(a.d.Text)))
}

// spanWords returns the words of tokens [first, end) as written, a hyphen
// and an apostrophe kept inside their word: strings.Fields of the span's
// text (TestSpanWords), in the analysis's arena of words (a.wordArena),
// capped: an append to them copies.
func (a *analysis) spanWords(first, end int) []string {
	base := len(a.wordArena)
	for rest := a.d.Text[a.toks[first].Start:a.toks[end-1].End]; ; {
		var w string
		if w, rest = nextField(rest); w == "" {
			break
		}
		a.wordArena = append(a.wordArena, w)
	}
	return a.wordArena[base:len(a.wordArena):len(a.wordArena)]
}

// orgKey is the form under which mentions of one organisation merge: its
// name in lower case, without a leading country ("Iranian Foreign Ministry"
// is "foreign ministry"), a government body's portfolio before its head
// ("Ministry of Commerce" is "commerce ministry", "Department of State"
// "state department").
func (a *analysis) orgKey(first, end int) string {
	k := first
	if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].end < end {
		k = a.joinedCountry(a.cms[cm].end)
	}
	var room [16]string
	words := room[:0] // the span's words, as written
	n := 0
	for rest := a.d.Text[a.toks[k].Start:a.toks[end-1].End]; ; {
		var w string
		if w, rest = nextField(rest); w == "" {
			break
		}
		words = append(words, w)
		n += len(w) + 1
	}
	if len(words) >= 3 && isLowerIn(a.t.words.governmentBodies, words[0]) && isLowerIn(a.t.words.ofWords, words[1]) {
		words = append(words[2:], words[0])
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		appendLower(&b, w)
	}
	return b.String()
}
