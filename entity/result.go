package entity

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/pipeline"
)

// annotations builds the stage's result.
func (a *analysis) annotations() *Annotations {
	out := &Annotations{People: make([]*Person, len(a.people)), Countries: []*Country{},
		Organizations: make([]*Organization, len(a.orgs))}
	orgs := make([]Organization, len(a.orgs))
	// The organisations' mentions are copied out of them, end to end, into
	// the Result's own room: an org is the scratch's (newOrg).
	nm := 0
	for _, o := range a.orgs {
		nm += len(o.mentions)
	}
	orgMentions := make([]Mention, 0, nm)
	for i, o := range a.orgs {
		if a.halted() {
			out.Organizations = out.Organizations[:i]
			break
		}
		slices.SortFunc(o.mentions, byStart)
		k := len(orgMentions)
		orgMentions = append(orgMentions, o.mentions...)
		orgs[i] = Organization{Name: joinName(o.words), Confidence: o.confidence(),
			Acronym: o.acronym, Country: o.country, Mentions: orgMentions[k:len(orgMentions):len(orgMentions)]}
		out.Organizations[i] = &orgs[i]
	}
	if dl := a.d.Header.Dateline; dl.Len() > 0 {
		place := titleCase(dl.In(a.d.Text))
		out.Dateline = &Dateline{Span: dl, Place: place, Country: a.placeCountry(place)}
	}
	people := make([]Person, len(a.people))
	// The people's mentions and lone offices are copied out of them, end
	// to end, into the Result's own room: a person is the scratch's
	// (newPerson), used again by the next document.
	nm, no := 0, 0
	for _, p := range a.people {
		nm += len(p.mentions)
		if len(p.offices) == 1 {
			no++
		}
	}
	mentions := make([]Mention, 0, nm)
	var offices []Office
	if no > 0 {
		offices = make([]Office, 0, no)
	}
	for i, p := range a.people {
		if a.halted() {
			out.People = out.People[:i]
			break
		}
		p.mentions = p.sortedMentions()
		if p.known == nil { // a known person is reported by the caller's name for them
			p.words = a.usualForm(p)
		}
		// An office with no country of its own is the country the person serves.
		for i := range p.offices {
			if p.offices[i].Country == "" {
				p.offices[i].Country = p.country
			}
		}
		k := len(mentions)
		mentions = append(mentions, p.mentions...)
		ms := mentions[k:len(mentions):len(mentions)]
		if p.mentions == nil {
			ms = nil
		}
		offs := a.t.specificOffices(p.offices)
		if len(p.offices) == 1 { // offs is p.offices[:1:1], the person's
			k := len(offices)
			offices = append(offices, offs[0])
			offs = offices[k : k+1 : k+1]
		}
		people[i] = Person{Name: p.name(), Country: p.country, CountryStated: p.explicit && p.country != "", Confidence: p.confidence(), Known: p.known,
			Offices: offs, Mentions: ms}
		out.People[i] = &people[i]
	}
	out.Countries = a.countries()
	out.tokens = len(a.toks)
	var persons layer
	for _, p := range out.People {
		persons.add(len(a.toks), p.Mentions)
	}
	out.persons = persons.refs
	return out
}

// countries returns the countries of a.cms, by first mention, each with
// its mentions in text order. A document names few countries: each mention
// finds its own among those before it.
func (a *analysis) countries() []*Country {
	// The countries are counted first, in room of the stack's: cs is
	// then made once, of its size.
	type seen struct {
		code, name string
		n          int
	}
	var room [16]seen
	found := room[:0]
	at := func(code string) int {
		for i := range found {
			if found[i].code == code {
				return i
			}
		}
		return -1
	}
	total, read := 0, 0 // mentions, and cms read before a halt
	for _, cm := range a.cms {
		if a.halted() {
			break
		}
		read++
		if cm.ref.kind == refNone {
			continue
		}
		info := a.t.countries[cm.ref.country]
		i := at(info.Code)
		if i < 0 {
			i = len(found)
			found = append(found, seen{code: info.Code, name: info.Name})
		}
		found[i].n++
		total++
	}
	cs := make([]Country, len(found))
	for i, f := range found {
		cs[i] = Country{Code: f.code, Name: f.name}
	}
	out := make([]*Country, len(cs))
	mentions := make([]Mention, 0, total)
	for i := range cs {
		n := found[i].n
		cs[i].Mentions = mentions[len(mentions) : len(mentions) : len(mentions)+n]
		mentions = mentions[:len(mentions)+n]
		out[i] = &cs[i]
	}
	for _, cm := range a.cms[:read] {
		if cm.ref.kind == refNone {
			continue
		}
		c := &cs[at(a.t.countries[cm.ref.country].Code)] // found's order is cs's
		c.Mentions = append(c.Mentions, a.mention(cm.first, cm.end))
	}
	return out
}

// layer indexes mentions by token: refs[k] is the index, plus one, of
// the latest of the things added whose mentions cover token k.
type layer struct {
	refs []int32
	n    int32 // the things added so far
}

// add adds the next thing, with its mentions, in a document of n tokens.
func (l *layer) add(n int, ms []Mention) {
	l.n++
	for _, m := range ms {
		for k := m.FirstToken; k < m.EndToken && k < n; k++ {
			if l.refs == nil {
				l.refs = make([]int32, n)
			}
			l.refs[k] = l.n
		}
	}
}

// usualForm returns the form of p's name the text uses most among its
// forms of two words or more ("Mohammad bin Salman", twice, rather than
// "Mohammad Bin Salman Bin Abdulaziz", once), or p's fullest form when no
// form is used more often than it. The other forms remain its mentions.
// Forms are told apart in lower case; of forms used as often, the first
// in lower case wins.
func (a *analysis) usualForm(p *person) []string {
	forms := a.forms[:0]
	keys := a.keyArena[:0] // the forms' keys, end to end
	for _, m := range p.mentions {
		if !a.nameTok[m.FirstToken] || !a.nameTok[m.EndToken-1] {
			continue // an office reference: "the foreign minister"
		}
		base := len(a.wordArena)
		a.wordArena = appendNameWords(a.wordArena, a.toks, m.FirstToken, m.EndToken)
		w := a.wordArena[base:len(a.wordArena):len(a.wordArena)]
		if len(w) < 2 {
			a.dropWords(base)
			continue
		}
		i := slices.IndexFunc(forms, func(f nameForm) bool { return lowerJoined(w, f.key) })
		if i >= 0 {
			forms[i].n++
			a.dropWords(base) // the words of a form seen before are not kept
			continue
		}
		k := len(keys)
		keys = appendLowerJoin(keys, w)
		forms = append(forms, nameForm{key: keys[k:len(keys):len(keys)], words: w, n: 1})
	}
	a.forms, a.keyArena = forms, keys
	own := slices.IndexFunc(forms, func(f nameForm) bool { return lowerJoined(p.words, f.key) })
	best := own
	for i, f := range forms {
		switch {
		case best < 0:
			best = i
		case f.n > forms[best].n,
			f.n == forms[best].n && best != own && bytes.Compare(f.key, forms[best].key) < 0:
			best = i
		}
	}
	if best < 0 {
		return p.words
	}
	return forms[best].words
}

// nameForm is a form of a person's name (usualForm).
type nameForm struct {
	key   []byte   // the words in lower case, joined by spaces
	words []string // as first written
	n     int
}

// lowerJoin returns words in lower case, joined by spaces: what
// strings.ToLower(joinName(words)) returns.
func lowerJoin(words []string) string {
	n := max(0, len(words)-1)
	for _, w := range words {
		n += len(w)
	}
	return string(appendLowerJoin(make([]byte, 0, n), words))
}

// appendLowerJoin appends lowerJoin(words) to dst.
func appendLowerJoin(dst []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			dst = append(dst, ' ')
		}
		for _, r := range w {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// lowerJoined reports whether key is lowerJoin(words), without building it.
func lowerJoined[S ~string | ~[]byte](words []string, key S) bool {
	var buf [utf8.UTFMax]byte
	for i, w := range words {
		if i > 0 {
			if len(key) == 0 || key[0] != ' ' {
				return false
			}
			key = key[1:]
		}
		for _, r := range w {
			l := unicode.ToLower(r)
			if l < utf8.RuneSelf {
				if len(key) == 0 || key[0] != byte(l) {
					return false
				}
				key = key[1:]
				continue
			}
			e := utf8.EncodeRune(buf[:], l)
			if len(key) < e {
				return false
			}
			for k := range e {
				if key[k] != buf[k] {
					return false
				}
			}
			key = key[e:]
		}
	}
	return len(key) == 0
}

// placeCountry resolves a dateline place to a country code.
func (a *analysis) placeCountry(place string) string {
	if code, ok := a.t.cities.lookupLower(place); ok {
		return code
	}
	toks := pipeline.Tokenize(place)
	if len(toks) == 0 {
		return ""
	}
	if ref, end, ok := matchIndexed(a.t.countryPhr, a.s.words, startCountry, toks, 0, norm, false); ok && end == len(toks) && ref.kind != refNone {
		return a.t.countries[ref.country].Code
	}
	return ""
}

// titleCase writes "NEW DELHI" as "New Delhi".
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-'
	}
	return b.String()
}

// specificOffices returns offices without those that another of them names
// more fully: "Adviser" beside "Commerce Adviser", "Spokesman" beside
// "Foreign Office Spokesperson".
func (t *tables) specificOffices(offices []Office) []Office {
	switch len(offices) {
	case 0:
		return []Office{}
	case 1:
		return offices[:1:1]
	}
	// Each office's family, with a space before it, once.
	fams := make([]string, len(offices))
	for i, o := range offices {
		fams[i] = " " + t.officeFamily(o.Title)
	}
	out := make([]Office, 0, len(offices))
	for i, o := range offices {
		general := false
		for j, o2 := range offices {
			if i != j && len(o2.Title) > len(o.Title) && strings.HasSuffix(fams[j], fams[i]) {
				general = true
				break
			}
		}
		if !general {
			out = append(out, o)
		}
	}
	return out
}

// officeFamily writes a title in lower case with the spokesperson's words
// (spokesperson-words) as one.
func (t *tables) officeFamily(title string) string {
	s := strings.ToLower(title)
	for _, w := range t.words.spokespersonWords {
		s = strings.ReplaceAll(s, w, "spokesperson")
	}
	return s
}
