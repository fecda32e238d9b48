package entity

import (
	"strings"

	"github.com/readout/readout/pipeline"
)

// Reading a body's name from its words: the head-word run, which
// orgMatcher.headRun proposes.

// minOrgWords is the fewest capitalised words of a body's name that its
// words alone make one: "Ministry officials said" names none, "Foreign
// Ministry" and "US Treasury" do.
const minOrgWords = 2

// readOrg reads an organisation's name at token i: an optional country
// ("Saudi", "US", "Pakistan's"), capitalised words, joiners ("of", "for",
// "and", "the") between them, ending with a head word and its complement.
// It returns the mention's first token, the name's first token (after a
// possessive country), the end, and the country stated at the start.
func (a *analysis) readOrg(i int) (first, nameFirst, end int, country string, ok bool) {
	j, nameFirst, country, ok := a.orgRunStart(i)
	if !ok {
		return 0, 0, 0, "", false
	}
	lastHead, lastWord, ok := a.orgRunWords(j)
	if !ok {
		return 0, 0, 0, "", false
	}
	end = a.placedEnd(a.orgComplementEnd(lastHead+1, lastWord))
	first = i
	if k, ok := a.bodyAfterTitle(nameFirst); ok {
		country = "" // "Pakistan's PM Office": the country was the title's
		first, nameFirst = k, k
	}
	if k := a.nameOpening(nameFirst, end); k > nameFirst {
		first, nameFirst = k, k
	}
	if a.capitalWords(nameFirst, end) < minOrgWords || a.roomAfter(end) {
		return 0, 0, 0, "", false
	}
	return first, nameFirst, end, country, true
}

// orgRunStart reads the start of a name at token i: a country that opens
// it ("Saudi", "US"), or that owns it ("Pakistan's"), and returns the
// token its words start at, the name's first token, and the country. A
// name opens with a capitalised word or a country, never with "the".
func (a *analysis) orgRunStart(i int) (j, nameFirst int, country string, ok bool) {
	j, nameFirst = i, i
	if a.inWordSet(j, classDefinite, a.t.words.definiteArticles) {
		return j, nameFirst, "", false
	}
	cm := a.country[j]
	if cm < 0 || a.cms[cm].first != j || a.cms[cm].ref.kind == refNone {
		return j, nameFirst, "", a.toks[j].IsCap()
	}
	if a.governmentSeat(cm) {
		return j, nameFirst, a.code(cm), true // "the State Department": a body that stands for its country
	}
	country, j = a.code(cm), a.cms[cm].end
	if j < len(a.toks) && a.toks[j].IsPossessive() {
		return j + 1, j + 1, country, true
	}
	if e := a.joinedCountry(j); e > j {
		return e, nameFirst, "", true // "US–Nigeria Joint Working Group": of no one country
	}
	return j, nameFirst, country, true
}

// orgRun is the state of reading a name's words (orgRunWords).
type orgRun struct {
	start    int // the token the words start at
	lastHead int // the last head word, or -1
	lastWord int // the last word, or -1
	odd      int // words in a row that no English word is
}

// runStep says how a name's run goes on after a token.
type runStep uint8

const (
	runOn   runStep = iota // the token is the run's: read on
	runEnd                 // the run ends before the token (or, past a person's name, at its last head)
	runFail                // no name is read from the run's start
)

// governmentSeat reports whether the country phrase cm is a government's
// body that stands for its country, as a capital does: "the State
// Department said" (a seat whose last word is a government body's head).
func (a *analysis) governmentSeat(cm int) bool {
	c := &a.cms[cm]
	return c.ref.kind == refCapital && a.t.words.governmentBodies[a.toks[c.end-1].Lower]
}

// orgRunWords reads the words of a name from token j, up to maxOrgTokens:
// capitalised words, countries, and the joiners between them. It returns
// the last head word and the last word of the run; ok is false when the
// run has no head word, or its words are a person's name.
func (a *analysis) orgRunWords(j int) (lastHead, lastWord int, ok bool) {
	r := orgRun{start: j, lastHead: -1, lastWord: -1}
	for k := j; k < len(a.toks) && k < j+maxOrgTokens && !a.skip[k] && !a.nameTok[k]; k++ {
		var step runStep
		if k, step = a.runToken(&r, k); step == runFail {
			return -1, -1, false
		} else if step == runEnd {
			break
		}
	}
	return r.lastHead, r.lastWord, r.lastHead >= 0
}

// runToken reads token k of the run r and returns the last token it took
// (a country's last) and how the run goes on.
func (a *analysis) runToken(r *orgRun, k int) (int, runStep) {
	t := &a.toks[k]
	if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && k > r.start {
		r.lastWord = a.cms[cm].end - 1
		return r.lastWord, runOn
	}
	if a.inWordSet(k, classNameJoiner, a.t.words.nameJoiners) {
		return k, a.joinerStep(k, r.lastHead, r.lastWord)
	}
	if t.Text == "-" && !t.SpaceBefore {
		return k, runOn
	}
	if t.Kind != pipeline.Word || !t.IsCap() && a.cls[k]&classOrgHead == 0 {
		return k, runEnd
	}
	if o := a.office[k]; o >= 0 && a.oms[o].first == k && k > r.start && a.t.offices[a.oms[o].office].Kind != officeRank {
		return k, runEnd // "Peru's Department of State | Counselor Jane Roe"
	}
	return k, a.runWord(r, k)
}

// runWord reads the word at token k of the run r: a head word, or another
// word of the name. Words in a row that are no English words
// ("Ahmed Hafez Foreign Ministry", "Treasury Scott Bessent and ...") are a
// person's name, which no organisation's name runs into: the run ends at
// the head word before them, or reads no name.
func (a *analysis) runWord(r *orgRun, k int) runStep {
	t := &a.toks[k]
	glued := k > 0 && a.toks[k-1].Text == "-" && !a.toks[k-1].SpaceBefore
	switch {
	case t.IsCap() && a.inWordSet(k, classOrgHead, a.t.orgHeads):
		r.lastHead, r.odd = k, 0
	case !a.englishWordAt(k) && !glued:
		if r.odd++; r.odd >= nameRun {
			if r.lastHead < 0 || r.lastHead > k-nameRun {
				return runFail
			}
			r.lastWord = r.lastHead
			return runEnd
		}
	case !glued:
		r.odd = 0
	}
	r.lastWord = k
	return runOn
}

// joinerStep reads the joiner at token k ("of", "and", "the") inside a run
// whose last head and last word are lastHead and lastWord. The run ends
// before it when a new body's name opens after a conjunction ("the Saudi
// Press Agency | and the Ministry ...") or no capitalised word follows; no
// name is read when the name cannot start before it ("Officials of the
// Board": the body starts after "of").
func (a *analysis) joinerStep(k, lastHead, lastWord int) runStep {
	w := &a.t.words
	t := &a.toks[k]
	if w.bodyConjunctions[t.Lower] && lastHead >= 0 && k+1 < len(a.toks) &&
		(a.inWordSet(k+1, classDefinite, w.definiteArticles) || a.country[k+1] >= 0 || a.headedRun(k+1)) {
		return runEnd
	}
	if lastHead < 0 && !a.inWordSet(k, classDefinite, w.definiteArticles) {
		return runFail
	}
	if lastWord < 0 || k+1 >= len(a.toks) || !a.toks[k+1].IsCap() && !a.inWordSet(k+1, classDefinite, w.definiteArticles) {
		return runEnd
	}
	return runOn
}

// headedRun reports whether the capitalised words from token k reach a
// head word before a word in lower case: a body's name of its own after a
// conjunction, "the Ministry of Foreign Affairs and | Armed Forces of
// Pakistan", not the end of one name, "the Ministry of Trade and | Industry".
func (a *analysis) headedRun(k int) bool {
	for end := min(len(a.toks), k+maxOrgTokens); k < end; k++ {
		t := &a.toks[k]
		switch {
		case t.IsCap() && a.inWordSet(k, classOrgHead, a.t.orgHeads):
			return true
		case t.IsCap(), isDash(t) && !t.SpaceBefore:
		default:
			return false
		}
	}
	return false
}

// orgComplementEnd returns the end of a name whose head ends at end, with
// the complement after it up to the run's last word: "Board | of
// Revenue", "Embassy | of Nigeria in the United States".
func (a *analysis) orgComplementEnd(end, lastWord int) int {
	if end+1 >= len(a.toks) || !a.t.words.complementWords[a.toks[end].Lower] {
		return end
	}
	last := -1
	for k := end + 1; k <= lastWord; k++ {
		t := &a.toks[k]
		if a.country[k] >= 0 || a.inWordSet(k, classOrgHead, a.t.orgHeads) || t.IsCap() && a.orgComplementWord(t) {
			last = k
		}
		if t.IsCap() && !a.orgComplementWord(t) && a.country[k] < 0 && k+1 <= lastWord && !a.toks[k+1].IsCap() {
			break
		}
	}
	if last < 0 {
		return end
	}
	return last + 1
}

// placedEnd returns the end of a name that ends at end and whose head
// goes on with the country it works in (placed-heads): "African Union
// Mission | in Somalia"; else end.
func (a *analysis) placedEnd(end int) int {
	k := end + 1
	if k >= len(a.toks) || !a.t.words.placedHeads[a.toks[end-1].Lower] || !a.t.words.complementWords[a.toks[end].Lower] {
		return end
	}
	if a.inWordSet(k, classDefinite, a.t.words.definiteArticles) {
		k++
	}
	if k < len(a.toks) {
		if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].ref.kind != refNone {
			return a.cms[cm].end
		}
	}
	return end
}

// bodyAfterTitle returns where a body's name starts after an office title
// that opens the run at nameFirst and holds no head word, which is no part
// of it: "Chairman | Tarrant Port Authority", "Pakistan's PM | Office"; a
// body may open a title: "Foreign Office Spokesperson". (A title with a
// complement before its head word, "Director-General of the National
// Water Agency", opens no run: the run stops at its "of".)
func (a *analysis) bodyAfterTitle(nameFirst int) (int, bool) {
	o := a.office[nameFirst]
	if o < 0 || a.oms[o].title == "" || a.oms[o].first != nameFirst {
		return 0, false
	}
	for k := a.oms[o].first; k < a.oms[o].end; k++ {
		if a.inWordSet(k, classOrgHead, a.t.orgHeads) {
			return 0, false
		}
	}
	return a.oms[o].end, true
}

// nameOpening returns the first word of a name whose run starts at
// nameFirst and ends at end, past the words that open no name: a title's
// modifier ("Deputy | Treasury Secretary"), a word that is never a name
// ("A | Tamil National Alliance"), a place in capitals ("TORONTO | The
// Canadian Press"), a word before a spaced dash ("MENAFN- | Trend News
// Agency").
func (a *analysis) nameOpening(nameFirst, end int) int {
	for nameFirst < end && a.office[nameFirst] >= 0 && a.t.modifiers[a.toks[nameFirst].Lower] {
		nameFirst++
	}
	for nameFirst < end {
		t := &a.toks[nameFirst]
		next := nameFirst + 1
		if t.Kind == pipeline.Word && !a.t.notName(t) && !(t.IsAllCaps() && a.t.isPlace(t.Lower)) &&
			!(next < end && a.toks[next].Text == "-" && next+1 < len(a.toks) && a.toks[next+1].SpaceBefore) {
			break
		}
		nameFirst++
	}
	return nameFirst
}

// roomAfter reports whether a capitalised room's noun follows a name that
// ends at end, which makes the run a place: "the White House Cabinet |
// Room".
func (a *analysis) roomAfter(end int) bool {
	return end < len(a.toks) && a.toks[end].IsCap() && a.t.words.roomNouns[a.toks[end].Lower]
}

// capitalWords counts the capitalised words of tokens [first, end).
func (a *analysis) capitalWords(first, end int) int {
	n := 0
	for k := first; k < end; k++ {
		if a.toks[k].Kind == pipeline.Word && a.toks[k].IsCap() {
			n++
		}
	}
	return n
}

// orgComplementWord reports whether t can end a body's complement: a word
// that can end a title's, or the plural of an English word ("House of
// Lords").
func (a *analysis) orgComplementWord(t *pipeline.Token) bool {
	if a.complementWord(t) {
		return true
	}
	l := t.Lower
	if us, ok := americanSpelling(l); ok && a.t.common(us) {
		return true // "Ministry of Defence", "Department of Labour"
	}
	return len(l) > 3 && l[len(l)-1] == 's' && a.t.english(l[:len(l)-1])
}

// englishWord reports whether lower is an English word, in American or
// British spelling ("defence", "organisation", "labour").
func (t *tables) englishWord(lower string) bool {
	if t.english(lower) {
		return true
	}
	us, ok := americanSpelling(lower)
	return ok && t.english(us)
}

// britishEndings are the endings of British spellings and their American
// forms, the longest first: "defence" is "defense", "organisation"
// "organization", "centre" "center".
var britishEndings = [...][2]string{
	{"isation", "ization"}, {"isations", "izations"}, {"ising", "izing"}, {"ised", "ized"}, {"ise", "ize"},
	{"ences", "enses"}, {"ence", "ense"}, {"tres", "ters"}, {"tre", "ter"}, {"ogue", "og"},
}

// americanSpelling returns the American spelling of a British one: an
// ending of britishEndings changed, or "our" written "or" ("labour",
// "armoured"); ok is false when lower has neither.
func americanSpelling(lower string) (string, bool) {
	for _, e := range britishEndings {
		if stem, ok := strings.CutSuffix(lower, e[0]); ok && len(stem) > 2 {
			return stem + e[1], true
		}
	}
	if i := strings.Index(lower, "our"); i > 1 {
		return lower[:i] + "or" + lower[i+3:], true
	}
	return "", false
}

// innerCountry returns the country a name [first, end) holds by its name
// after its first word, with no word of a complement before it: "Free
// Malaysia Today", "Tarrant Chile Fund"; "" when it holds none, or two.
// A country after "in" is where a body works, not whose it is ("Andean
// Union Mission in Peru"); after "of" complementCountry reads it.
func (a *analysis) innerCountry(first, end int) string {
	code := ""
	for k := first + 1; k < end; k++ {
		cm := a.country[k]
		if cm < 0 || a.cms[cm].first != k || a.cms[cm].ref.kind != refName {
			continue
		}
		p := k - 1
		if a.t.words.definiteArticles[a.toks[p].Lower] {
			p--
		}
		if p >= first && a.t.words.complementWords[a.toks[p].Lower] {
			continue
		}
		if c := a.code(cm); code != "" && c != code {
			return ""
		} else {
			code = c
		}
	}
	return code
}

// complementCountry returns the country named after "of" inside the name
// [first, end): "Embassy of Nigeria", "Ministry of Foreign Affairs of the
// Kingdom of Morocco".
func (a *analysis) complementCountry(first, end int) string {
	w := &a.t.words
	for k := first + 1; k < end; k++ {
		if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].ref.kind != refNone {
			p := k - 1
			if w.definiteArticles[a.toks[p].Lower] {
				p--
			}
			if p >= first && w.ofWords[a.toks[p].Lower] {
				return a.code(cm)
			}
		}
	}
	return ""
}
