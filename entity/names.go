package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/pipeline"
)

// nameWord reports whether token i can be part of a name.
func (a *analysis) nameWord(i int) bool {
	// Not a capitalised word, a weekday, a month, a word of notNames; nor
	// "NSA", "USSM": abbreviations are no names; "O'NEILL" is rare enough.
	// The flags are read first: most tokens are no capitalised word, and
	// their one load says so.
	if a.flags[i]&(tokCap|tokNotName|tokAllCaps) != tokCap {
		return false
	}
	t := &a.toks[i]
	if a.skip[i] || t.Kind != pipeline.Word || a.country[i] >= 0 || a.office[i] >= 0 || a.orgTok[i] {
		return false
	}
	return !t.IsWeekday() && !t.IsMonth()
}

// readName reads a personal name at token i: capitalised words, initials
// ("Michael E Kurilla", "S. Jaishankar"), particles ("Mohammed bin Salman",
// "al-Sudani"), and returns its token range; first == end when there is none.
func (a *analysis) readName(i int) (first, end int) {
	j, end := i, i
	words := 0
	for j < len(a.toks) && words < 5 {
		t := &a.toks[j]
		switch {
		case a.nameWord(j) && !isInitial(t):
			words++
			j++
			end = j
		case (isInitial(t) || a.initials(j)) && j+1 < len(a.toks) && !a.skip[j] && (a.nameWord(j+1) || isInitial(&a.toks[j+1])):
			j++
		case j > i && a.inWordSet(j, classNameParticle, a.t.words.nameParticles) && !t.IsCap() && j+1 < len(a.toks) &&
			(a.nameWord(j+1) || a.toks[j+1].Text == "-" || j+2 < len(a.toks) && a.inWordSet(j+1, classNameParticle, a.t.words.nameParticles) && a.nameWord(j+2)):
			// "bin Salman", "al-Sudani", "von der Leyen"
			j++
		case j > i && t.Text == "-" && !t.SpaceBefore && j+1 < len(a.toks) && !a.toks[j+1].SpaceBefore && a.nameWord(j+1):
			j++
		case words > 0 && t.Text == "-" && !t.SpaceBefore && j+1 < len(a.toks) && !a.toks[j+1].SpaceBefore &&
			a.toks[j+1].Kind == pipeline.Word && !a.toks[j+1].IsCap() && !a.skip[j+1] && a.givenNamePart(j-1, j+1):
			// "Lee Jae-myung": a hyphenated given name; not "Trump-led".
			j += 2
			end = j
		case words > 0 && isRegnal(t.Text) && !a.skip[j]:
			// "Abdullah II", "Charles III"
			j++
			end = j
			goto done
		case words > 0 && a.honorificAt(j) && a.t.offices[a.oms[a.office[j]].office].Kind == officeRank && j+1 < len(a.toks) && a.nameWord(j+1):
			// "Hassan Sheikh Mohamud": an honorific between name words is
			// one of them.
			words++
			j++
		case j == i && (t.Lower == "al" || t.Lower == "el") && j+2 < len(a.toks) && a.toks[j+1].Text == "-":
			j++
		case words > 0 && a.honorificAt(j) && (j+1 >= len(a.toks) || !a.nameWord(j+1)):
			// "Rizwan Saeed Sheikh said": an honorific that ends a name is
			// its surname.
			words++
			j++
			end = j
			goto done
		default:
			goto done
		}
	}
done:
	if words == 0 {
		return i, i
	}
	return i, end
}

// initials reports whether token j is two or three capitals that stand for
// first names ("JD Vance", "J.D. Vance"), and no country or office.
func (a *analysis) initials(j int) bool {
	t := &a.toks[j]
	n := utf8.RuneCountInString(t.Text) - strings.Count(t.Text, ".")
	return t.IsAllCaps() && n >= 2 && n <= 3 && a.country[j] < 0 && a.office[j] < 0 && !a.skip[j]
}

// honorificAt reports whether a one-word honorific or rank, written as a
// name is ("Sheikh", not "SHEIKH"), stands at token j.
func (a *analysis) honorificAt(j int) bool {
	o := a.office[j]
	return o >= 0 && a.oms[o].first == j && a.oms[o].end == j+1 && a.oms[o].title == "" &&
		a.toks[j].IsCap() && !a.toks[j].IsAllCaps() && !a.skip[j]
}

// givenNamePart reports whether the lower-case word at token k, after the
// name word at token w and a hyphen, is the second part of a hyphenated
// given name ("Jae-myung", "Jae-sung") rather than a word joined to a name
// ("Trump-led", "Biden-era"): no English word, or a short one that is no
// participle after a word that is no English word.
func (a *analysis) givenNamePart(w, k int) bool {
	l := a.toks[k].Lower
	if !a.englishAt(k) {
		return true
	}
	return !a.englishAt(w) && len(l) <= 4 && !strings.HasSuffix(l, "ed") && !a.t.nonNames[l]
}

// isRegnal reports whether s is a regnal number: "II", "III", "IV" ... "XII".
func isRegnal(s string) bool {
	switch s {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII":
		return true
	}
	return false
}

func isInitial(t *pipeline.Token) bool {
	s := strings.TrimSuffix(t.Text, ".")
	r, size := utf8.DecodeRuneInString(s)
	return t.Kind == pipeline.Word && size == len(s) && unicode.IsUpper(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// addPerson records a name mention at tokens [first, end) as a new person;
// mergePeople joins the mentions of one person later.
func (a *analysis) addPerson(first, end int) *person {
	p := a.newPerson()
	p.stated = a.countryBeforeNameOrBody(first)
	if p.stated == "" {
		p.stated = a.countryAfterName(end)
	}
	for k := first; k < end; k++ {
		a.claimed[k] = true
		a.nameTok[k] = true
	}
	p.words = a.nameWords(first, end)
	p.mentions = append(p.mentionBuf[:0], a.mention(first, end))
	a.people = append(a.people, p)
	return p
}

// newPerson returns a new, empty person, from a slab of them allocated
// together: a document names many. Slabs grow from 4 people to 64. The
// first slabs are the scratch's, kept from document to document (release
// clears them); a Result holds none of a person (annotations copies its
// mentions and offices out).
func (a *analysis) newPerson() *person {
	if len(a.personSlab) == 0 {
		a.slabSize = min(max(4, 2*a.slabSize), 64)
		if sc := a.scratch; sc != nil && a.slabsUsed < len(sc.personSlabs) {
			a.personSlab = sc.personSlabs[a.slabsUsed]
		} else {
			a.personSlab = make([]person, a.slabSize)
			if sc != nil && a.slabsUsed == len(sc.personSlabs) && a.slabsUsed < maxPooledSlabs {
				sc.personSlabs = append(sc.personSlabs, a.personSlab)
			}
		}
		a.slabsUsed++
	}
	p := &a.personSlab[0]
	a.personSlab = a.personSlab[1:]
	return p
}

// maxPooledSlabs bounds the person slabs a scratch keeps: 4+8+...+64+64+64,
// 252 people.
const maxPooledSlabs = 7

// nameWords returns the words of the name at tokens [first, end), as
// written, with a hyphenated name as one word ("Jae-myung"). The words are
// the analysis's own (a.wordArena), capped: an append to them copies.
func (a *analysis) nameWords(first, end int) []string {
	base := len(a.wordArena)
	a.wordArena = appendNameWords(a.wordArena, a.toks, first, end)
	return a.wordArena[base:len(a.wordArena):len(a.wordArena)]
}

// dropWords drops the words of the arena from base on, cleared: the
// arena beyond its length holds none of the text, so that release clears
// only what it holds.
func (a *analysis) dropWords(base int) {
	clear(a.wordArena[base:])
	a.wordArena = a.wordArena[:base]
}

// maxPooledArena bounds the arena of words a scratch keeps.
const maxPooledArena = 1 << 12

// appendNameWords appends to dst the words of the name at toks[first:end],
// as nameWords returns them.
func appendNameWords(dst []string, toks []pipeline.Token, first, end int) []string {
	base := len(dst)
	for k := first; k < end; k++ {
		t := &toks[k]
		n := len(dst) - base
		if t.Text == "-" && n > 0 {
			dst[len(dst)-1] += "-"
			continue
		}
		if n > 0 && strings.HasSuffix(dst[len(dst)-1], "-") {
			dst[len(dst)-1] += t.Norm
			continue
		}
		dst = append(dst, t.Norm)
	}
	return dst
}

func (a *analysis) mention(first, end int) Mention {
	return Mention{Span: pipeline.Span{Start: a.toks[first].Start, End: a.toks[end-1].End}, FirstToken: first, EndToken: end}
}

func joinName(words []string) string { return strings.Join(words, " ") }

// hasOrgWord reports whether tokens [first, end) hold a word of an
// organisation's or place's name: "the PM Office said" names no one.
func (a *analysis) hasOrgWord(first, end int) bool {
	for k := first; k < end; k++ {
		if a.t.nonNames[a.toks[k].Lower] {
			return true
		}
	}
	return false
}

// isHeading reports whether sentence si is a heading or headline: a short
// line with no final punctuation.
func (a *analysis) isHeading(si int) bool {
	s := &a.d.Sentences[si]
	if s.EndToken-s.FirstToken > 16 {
		return false
	}
	switch a.toks[s.EndToken-1].Norm {
	case ".", "!", "?", `"`, "'", ")":
		return false
	}
	return true
}
