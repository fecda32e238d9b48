package entity

import (
	"slices"
	"strings"

	"github.com/readout/readout/pipeline"
)

// The organisations' matchers. Each proposes the span of a body that starts
// at a token, reading only the document's layers: its tokens and their word
// classes, the countries, offices and people's names found before, and the
// organisations' tokens marked so far. None adds anything: the resolver
// (findOrganizations) decides among the proposals at a token and takes one.

// orgKind says which matcher proposed a span.
type orgKind uint8

const (
	orgKnown       orgKind = iota + 1 // a body of the tables, by name, variant or acronym
	orgOfficeBody                     // a body named after an office: "Office of the President"
	orgAcronymRun                     // capitalised words its acronym in parentheses spells
	orgHeadRun                        // capitalised words that end with a head word, and its complement
	orgLegislature                    // a legislature's name alone: "Congress"
)

// orgProposal is a span a matcher proposes as an organisation's mention,
// with what its words say of the body.
type orgProposal struct {
	kind       orgKind
	first, end int      // the mention: tokens [first, end)
	nameFirst  int      // the name's first token: after a possessive country ("Kenya's | Foreign Office")
	next       int      // the token after the proposal and the acronym in parentheses after it
	name       []string // a known body's name, as the table writes it; else nil (the words, when taken)
	key        string   // a known body's key; else "" (orgKey, when taken)
	acronym    string   // the acronym the text gives: the mention's, or in parentheses after the name; or ""
	alias      string   // a known body's acronym in the tables, whether or not the text gives it
	acronymAt  int      // the token of the acronym in parentheses, or -1
	country    string   // the country its words state, or ""
	stateless  bool     // a body of no one country: an international one, or one of two countries
	fallback   string   // the country it takes when neither it nor a body's possessive before it states one
	office     string   // the office a body is named after, or ""
	conf       float64  // how strongly the text supports it
}

// Bounds of the matchers' windows.
const (
	// maxOrgTokens bounds an organisation's name, so that reading one is
	// bounded too: "Ministry of Foreign Affairs of the Kingdom of the
	// Netherlands" is ten tokens.
	maxOrgTokens = 16
	// creditReach is how near its sentence's start an agency's credit in
	// parentheses stands: "Tehran, Aug 26 (IANS)".
	creditReach = 12
	// minAcronym and maxAcronym bound the letters of an acronym that
	// spells the run before it: "(NWA)", "(USARG)".
	minAcronym, maxAcronym = 3, 6
	// creditWords is how far before a body a photo credit's colon stands:
	// "Photo: Tarrant News Agency".
	creditWords = 4
	// nameRun is how many words in a row that no English word is make a
	// person's name, which no body's name runs into: "Ahmed Hafez".
	nameRun = 2
)

// orgMatcher proposes organisations' spans; it holds what the matchers
// read besides the layers, made once per document.
type orgMatcher struct {
	a    *analysis
	home string // the dateline's country, or ""
	// nextHead[i] is the first capitalised head word at or after token i,
	// so that a run is read only where a head word is near.
	nextHead []int32
	runs     [][2]int // the runs acronyms spell, [first, end) in text order (acronymRuns)
	// titleCase[s] is 1 for a sentence in title case, -1 for another, 0
	// before it is read (titleCaseLine).
	titleCase []int8
}

func newOrgMatcher(a *analysis) orgMatcher {
	var heads []int32 // every entry is set below
	if sc := a.scratch; sc != nil && cap(sc.heads) >= len(a.toks)+1 {
		heads = sc.heads[:len(a.toks)+1] // the room of an earlier document's
	} else {
		heads = make([]int32, len(a.toks)+1)
		if sc != nil {
			sc.heads = heads
		}
	}
	m := orgMatcher{a: a, home: a.datelineCountry(), nextHead: heads}
	// From the head words newAnalysisCtx listed (a.headToks): each is the
	// next head of the tokens after the one before it, up to itself.
	i := 0
	for _, h := range a.headToks {
		for ; i <= int(h); i++ {
			heads[i] = h
		}
	}
	for none := int32(len(a.toks) + maxOrgTokens + 1); i < len(heads); i++ {
		heads[i] = none
	}
	m.runs = a.acronymRuns()
	return m
}

// knownBody proposes the body of the tables whose name, variant or acronym
// starts at token i ("IMF", "Reuters", "Islamic State"), unless a
// person's name ends it, it is an agency's credit, or it runs
// on into a word glued to it ("ISIS-K" is no "ISIS"). Its name is the
// text's ("UN", "US Central Command"), or the table's where the text's
// form holds words in lower case ("Xinhua news agency"). Its acronym is
// the table's where the text writes it, as the mention ("IMF", "U.N.") or
// in parentheses after it: a body named in full has none the text gives.
// An acronym two bodies share ("PTI") is a body of its own, of no known
// country, unless the text names one of them in full (orgBook.find).
func (m *orgMatcher) knownBody(i int) (orgProposal, bool) {
	a := m.a
	if a.cls[i]&classOrgStart == 0 {
		return orgProposal{}, false
	}
	v, end, ok := a.t.orgPhr.matchForms(a.toks, i, a.phraseStarts(i, startOrg), norm, false)
	if !ok || a.nameTok[end-1] || a.credit(i, end) || a.gluedOn(end) {
		return orgProposal{}, false
	}
	info := &a.t.orgs[v]
	p := orgProposal{kind: orgKnown, first: i, nameFirst: i, end: end, next: end, name: a.spanWords(i, end),
		key: info.key, alias: info.Acronym, acronymAt: -1, country: info.Country,
		stateless: info.Country == "" && !info.Ambiguous, conf: confOrgKnown}
	if a.lowerWordIn(i, end) {
		p.name = strings.Fields(info.Name)
	}
	if info.Ambiguous {
		p.conf = confOrgHead
	}
	if info.Acronym == "" {
		return p, true
	}
	if sameAcronym(a.d.Text[a.toks[i].Start:a.toks[end-1].End], info.Acronym) {
		p.acronym = info.Acronym
	} else if e := skipParenAbbr(a.toks, end); e == end+3 && sameAcronym(a.toks[end+1].Text, info.Acronym) {
		p.acronym, p.acronymAt, p.next = info.Acronym, end+1, e
	}
	return p, true
}

// lowerWordIn reports whether tokens [first, end) hold a word in lower case
// other than a joiner of names ("of", "the"), or a part of a hyphenated
// word ("Tehreek-e-Insaf").
func (a *analysis) lowerWordIn(first, end int) bool {
	for k := first; k < end; k++ {
		if t := &a.toks[k]; t.Kind == pipeline.Word && t.SpaceBefore && !t.IsCap() && !a.t.words.nameJoiners[t.Lower] {
			return true
		}
	}
	return false
}

// dashCredit reports whether tokens [first, end) are a credit after a
// spaced dash at the end of a caption, a line with no final stop:
// "Ministers meet in Lima — Tarrant News Agency".
func (a *analysis) dashCredit(first, end int) bool {
	s := a.d.Sentences[a.toks[first].Sentence]
	if first <= s.FirstToken || end != s.EndToken || !isDash(&a.toks[first-1]) || !a.toks[first-1].SpaceBefore {
		return false
	}
	return a.toks[end-1].Kind == pipeline.Word
}

// gluedOn reports whether a word is glued to the token before k by a
// hyphen: "ISIS | -K", "NATO | -Russia".
func (a *analysis) gluedOn(k int) bool {
	return k+1 < len(a.toks) && isDash(&a.toks[k]) && !a.toks[k].SpaceBefore && !a.toks[k+1].SpaceBefore &&
		a.toks[k+1].Kind == pipeline.Word
}

// photoCredit reports whether token i stands in a photo's credit: after a
// credit word and a colon, within a few tokens of its sentence ("Photo:
// Reuters", "Photo : Tarrant News Agency").
func (a *analysis) photoCredit(i int) bool {
	s := a.d.Sentences[a.toks[i].Sentence]
	for k := i - 1; k > s.FirstToken && k >= i-creditWords; k-- {
		if a.toks[k].Text == ":" {
			return a.t.words.creditWords[a.toks[k-1].Lower]
		}
	}
	return false
}

// sameAcronym reports whether s writes the acronym acr, its full stops and
// case aside: "U.N." is "UN", "CENTCOM" "Centcom".
func sameAcronym(s, acr string) bool {
	i, j := 0, 0
	for i < len(s) || j < len(acr) {
		switch {
		case i < len(s) && s[i] == '.':
			i++
		case j < len(acr) && acr[j] == '.':
			j++
		case i < len(s) && j < len(acr) && lowerASCII(s[i]) == lowerASCII(acr[j]):
			i, j = i+1, j+1
		default:
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// officeBody proposes a body named after an office at token i ("Office of
// the National Security Adviser", "the Prime Minister's Office"), with its
// acronym in parentheses. A government's office is the dateline's, as its
// ministries are, unless another country is named near it.
func (m *orgMatcher) officeBody(i int) (orgProposal, bool) {
	a := m.a
	end, title := a.officeBody(i)
	if end == 0 || a.credit(i, end) {
		return orgProposal{}, false
	}
	p := a.proposal(orgOfficeBody, i, i, end)
	p.office = title
	if m.home != "" && !a.foreignNear(i, end, m.home) {
		p.fallback = m.home
	}
	return p, true
}

// acronymRun proposes the run of capitalised words at token i that the
// acronym in parentheses after it spells ("United States Strategic Metals
// (USSM)"), with the country it opens with.
func (m *orgMatcher) acronymRun(i int) (orgProposal, bool) {
	if len(m.runs) == 0 {
		return orgProposal{}, false
	}
	n, ok := slices.BinarySearchFunc(m.runs, i, func(r [2]int, i int) int { return r[0] - i })
	if !ok {
		return orgProposal{}, false
	}
	a, end := m.a, m.runs[n][1]
	p := a.proposal(orgAcronymRun, i, i, end)
	if cm := a.country[i]; cm >= 0 && a.cms[cm].first == i && a.cms[cm].end < end && a.cms[cm].ref.kind != refNone {
		p.country = a.code(cm)
	} else {
		p.country = a.innerCountry(i, end)
	}
	return p, true
}

// headRun proposes the name of a body that its words make one at token i
// (readOrg): a run of capitalised words that ends with a head word and its
// complement. Its country is the one the name states ("Saudi", "US",
// "Pakistan's", "of Nigeria"); a name of two countries, or an
// international body's, is no country's; a national body with none stated
// takes the dateline's.
func (m *orgMatcher) headRun(i int) (orgProposal, bool) {
	a := m.a
	first, nameFirst, end, country, ok := a.readOrg(i)
	if !ok || m.titleCaseLine(a.toks[i].Sentence) && a.writtenLower(nameFirst, end) {
		return orgProposal{}, false
	}
	p := a.proposal(orgHeadRun, first, nameFirst, end)
	if country == "" {
		country = a.complementCountry(nameFirst, end)
	}
	if country == "" {
		country = a.innerCountry(nameFirst, end)
	}
	// A name that states its country is that country's body, even an
	// "Agency for International Development"; one of two countries, or an
	// international body's, is no country's.
	p.stateless = a.joinedAt(nameFirst) || country == "" && a.internationalName(nameFirst, end)
	if !p.stateless {
		p.country = country
	}
	if m.home != "" && a.nationalBody(nameFirst, end) && !a.foreignNear(first, end, m.home) {
		p.fallback = m.home
	}
	return p, true
}

// legislature proposes a legislature's name that stands alone at token i,
// capitalised, for a country's own ("an address to Congress", "members of
// the Bundestag"): not inside a run of capitalised words, which names
// another body ("Youth Congress", "Senate Chairman"). Its country is the
// one a possessive before it states ("Germany's Bundestag"); a word that
// names any country's legislature (national-heads: "Congress", "Senate")
// takes the dateline's country, as a national body does; a proper name of
// one ("Bundestag") none.
func (m *orgMatcher) legislature(i int) (orgProposal, bool) {
	a := m.a
	t := &a.toks[i]
	if a.cls[i]&classLegislature == 0 || !t.IsCap() || t.IsAllCaps() || i+1 < len(a.toks) && a.toks[i+1].IsCap() {
		return orgProposal{}, false
	}
	if s := a.d.Sentences[t.Sentence]; i > s.FirstToken && a.toks[i-1].IsCap() && !a.t.notName(&a.toks[i-1]) {
		return orgProposal{}, false
	}
	p := a.proposal(orgLegislature, i, i, i+1)
	if i >= 2 && a.toks[i-1].IsPossessive() {
		if cm := a.country[i-2]; cm >= 0 && a.cms[cm].end == i-1 && a.cms[cm].ref.kind != refNone {
			p.country = a.code(cm) // "Germany's Bundestag"
		}
	}
	if m.home != "" && a.t.words.nationalHeads[t.Lower] && !a.foreignNear(i, i+1, m.home) {
		p.fallback = m.home
	}
	return p, true
}

// Bounds of a title-case line (titleCaseLine).
const (
	minTitleWords = 3    // long words a line needs to be read as one
	titleShare    = 0.75 // the share of its long words that are capitalised
	longWord      = 4    // letters of a long word: "Forces", not "in"
)

// titleCaseLine reports whether sentence si is written in title case, as a
// headline is: most of its long words capitalised ("Security Forces Kill
// Seven Militants in Raid"). Lines are read once each.
func (m *orgMatcher) titleCaseLine(si int) bool {
	if m.titleCase == nil {
		m.titleCase = make([]int8, len(m.a.d.Sentences))
	}
	if m.titleCase[si] == 0 {
		s := m.a.d.Sentences[si]
		long, caps := 0, 0
		for k := s.FirstToken; k < s.EndToken; k++ {
			if t := &m.a.toks[k]; t.Kind == pipeline.Word && len(t.Text) >= longWord {
				long++
				if t.IsCap() {
					caps++
				}
			}
		}
		m.titleCase[si] = -1
		if long >= minTitleWords && float64(caps) >= titleShare*float64(long) {
			m.titleCase[si] = 1
		}
	}
	return m.titleCase[si] == 1
}

// writtenLower reports whether every capitalised word of the name [first,
// end) that is no country is written in lower case elsewhere in the text:
// a headline's "Security Forces" where the body writes "security forces" is
// no body's name.
func (a *analysis) writtenLower(first, end int) bool {
	for k := first; k < end; k++ {
		if t := &a.toks[k]; t.IsCap() && a.country[k] < 0 && !a.writesLower(t.Lower) {
			return false
		}
	}
	return true
}

// proposal returns the proposal of a matcher of the kind for the mention
// [first, end) whose name starts at nameFirst, with the acronym in
// parentheses after it.
func (a *analysis) proposal(kind orgKind, first, nameFirst, end int) orgProposal {
	p := orgProposal{kind: kind, first: first, nameFirst: nameFirst, end: end, next: end, acronymAt: -1, conf: confOrgHead}
	if e := skipParenAbbr(a.toks, end); e == end+3 && a.toks[end+1].IsAllCaps() {
		p.acronym, p.acronymAt, p.next = a.toks[end+1].Norm, end+1, e
	}
	return p
}

// mayOpen reports whether a head-word run may open at token i: a head
// word is near, and the capitalised run that holds i starts at i ("Kamali
// Foreign Ministry" opens at neither word), outside an office's title.
func (m *orgMatcher) mayOpen(i int) bool {
	if int(m.nextHead[i]) >= i+maxOrgTokens {
		return false // no head word near: no body's name starts here
	}
	return i == 0 || !m.a.midRun(i) && !m.a.inTitleHead(i)
}

// midRun reports whether token i follows a capitalised word that could
// have opened a name with it.
func (a *analysis) midRun(i int) bool {
	t := &a.toks[i-1]
	return t.Kind == pipeline.Word && t.IsCap() && !t.IsAllCaps() && !a.skip[i-1] &&
		a.country[i-1] < 0 && a.office[i-1] < 0 && !a.orgTok[i-1] && !a.t.notName(t) &&
		a.toks[i-1].Sentence == a.toks[i].Sentence && i-1 != a.d.Sentences[t.Sentence].FirstToken &&
		// "Ahmed Kamali | Foreign Ministry": where a name gives way to
		// English words, a body's name may start.
		!(a.englishAt(i) && !a.englishAt(i-1))
}

// inTitleHead reports whether token i is inside an office title before its
// complement: "Prime Minister House" names no "Minister House".
func (a *analysis) inTitleHead(i int) bool {
	o := a.office[i]
	if o < 0 || a.oms[o].first == i {
		return false
	}
	for k := a.oms[o].first; k < i; k++ {
		if a.t.words.complementWords[a.toks[k].Lower] {
			return false
		}
	}
	return true
}

// credit reports whether tokens [i, end) are an agency's credit in
// parentheses near a sentence's start: "Tehran, Aug 26 (IANS)", or a
// syndicator's: "(MENAFN- Trend News Agency)".
func (a *analysis) credit(i, end int) bool {
	s := a.d.Sentences[a.toks[i].Sentence]
	j := i - 1
	if j >= 2 && isDash(&a.toks[j]) && !a.toks[j].SpaceBefore && a.toks[j-1].IsAllCaps() {
		j -= 2
	}
	return j >= 0 && end < len(a.toks) && a.toks[j].Text == "(" && a.toks[end].Text == ")" && i-s.FirstToken < creditReach
}

// acronymRuns returns the runs of capitalised words that an all-caps
// acronym in parentheses after them spells, one initial a word ("United
// States Strategic Metals (USSM)", "Bank of Tarrant Lending (BTL)"), as
// [first, end) pairs in text order. A run holds no person's name or
// office title ("National Security Adviser (NSA)" is an office), opens
// where the capitalised words do, and ends with no word of a place or a
// thing ("Airport", "Agreement").
func (a *analysis) acronymRuns() [][2]int {
	var runs [][2]int
	for j := a.nextParen(1); j+2 < len(a.toks); j = a.nextParen(j + 1) {
		if a.halted() {
			break
		}
		if a.toks[j+2].Text != ")" || a.skip[j] {
			continue
		}
		acr := a.toks[j+1]
		if !acr.IsAllCaps() || len(acr.Text) < minAcronym || len(acr.Text) > maxAcronym || !isLetters(acr.Text) {
			continue
		}
		if first, ok := a.spelledRun(j, acr.Text); ok && !a.countryRun(first, j) && !a.counted(first) {
			runs = append(runs, [2]int{first, j})
		}
	}
	return runs
}

// nextParen returns the first token from token j on that is "(", or
// len(a.toks) if none is: it finds the text's "(" bytes (a fast search)
// and the token that starts at each (a galloping search of the tokens'
// starts from j: its steps grow with the gap, so a walk of the text by
// nextParen stays linear), so that a text's few parentheses cost no walk
// of its tokens.
func (a *analysis) nextParen(j int) int {
	if j >= len(a.toks) {
		return len(a.toks)
	}
	for at := a.toks[j].Start; ; at++ {
		k := strings.IndexByte(a.d.Text[at:], '(')
		if k < 0 {
			return len(a.toks)
		}
		at += k
		// The first token from j that starts at or after the byte.
		lo, hi := j, j
		for step := 1; hi < len(a.toks) && a.toks[hi].Start < at; step *= 2 {
			lo, hi = hi+1, hi+step
		}
		hi = min(hi, len(a.toks))
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if a.toks[m].Start < at {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == len(a.toks) {
			return lo
		}
		if a.toks[lo].Start == at && a.toks[lo].Text == "(" {
			return lo
		}
		j = lo
	}
}

// spelledRun returns the first token of the run of capitalised words
// before token end whose initials spell acr, lower-case fillers ("of",
// "and") passed over.
func (a *analysis) spelledRun(end int, acr string) (int, bool) {
	letter := len(acr) - 1
	k := end - 1
	for ; k >= 0 && letter >= 0; k-- {
		t := &a.toks[k]
		if a.skip[k] || a.nameTok[k] || a.office[k] >= 0 || t.Kind != pipeline.Word {
			break
		}
		if !t.IsCap() {
			if !a.t.words.acronymFillers[t.Lower] {
				break
			}
			if t.Text[0]-'a'+'A' == acr[letter] {
				letter-- // "Economic Community of West African States (ECOWAS)"
			}
			continue
		}
		if t.Text[0] != acr[letter] {
			break
		}
		letter--
	}
	first := k + 1
	if letter >= 0 || !a.toks[first].IsCap() {
		return 0, false // "of" opens no name
	}
	if k >= 0 && a.toks[k].IsCap() && a.toks[k].Sentence == a.toks[first].Sentence && k != a.d.Sentences[a.toks[k].Sentence].FirstToken {
		return 0, false // the capitalised words run on before the acronym's first letter
	}
	// "Bandaranaike International Airport (BIA)", "Comprehensive Economic
	// Partnership Agreement (CEPA)": a place or a thing, no body.
	if last := a.toks[end-1].Lower; a.t.placeNouns[last] || a.t.words.thingHeads[last] {
		return 0, false
	}
	return first, true
}

// countryRun reports whether tokens [first, end) are a country's name:
// "United Arab Emirates (UAE)" is no body.
func (a *analysis) countryRun(first, end int) bool {
	cm := a.country[first]
	return cm >= 0 && a.cms[cm].first == first && a.cms[cm].end == end
}

// counted reports whether the word before token first counts what
// follows it ("two Armoured Personnel Carriers"): a name is not counted.
func (a *analysis) counted(first int) bool {
	if first == 0 {
		return false
	}
	t := &a.toks[first-1]
	return t.Kind == pipeline.Number || a.t.words.countWords[t.Lower]
}

// isLetters reports whether s holds ASCII capital letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
