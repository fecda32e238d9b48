package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/readout/readout/pipeline"
)

// annotations builds the stage's result.
func (a *analysis) annotations() *Annotations {
	out := &Annotations{People: []*Person{}, Countries: []*Country{}, Organizations: []*Organization{}}
	for _, o := range a.orgs {
		if a.halted() {
			break
		}
		sort.Slice(o.mentions, func(i, j int) bool { return o.mentions[i].Start < o.mentions[j].Start })
		out.Organizations = append(out.Organizations, &Organization{Name: joinName(o.words), Confidence: o.confidence(),
			Acronym: o.acronym, Country: o.country, Mentions: o.mentions})
	}
	if dl := a.d.Header.Dateline; dl.Len() > 0 {
		place := titleCase(dl.In(a.d.Text))
		out.Dateline = &Dateline{Span: dl, Place: place, Country: a.placeCountry(place)}
	}
	for _, p := range a.people {
		if a.halted() {
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
		out.People = append(out.People, &Person{Name: p.name(), Country: p.country, CountryStated: p.explicit && p.country != "", Confidence: p.confidence(), Known: p.known,
			Offices: a.t.specificOffices(p.offices), Mentions: p.mentions})
	}
	byCode := map[string]*Country{}
	for _, cm := range a.cms {
		if a.halted() {
			break
		}
		if cm.ref.kind == refNone {
			continue
		}
		info := a.t.countries[cm.ref.country]
		c := byCode[info.Code]
		if c == nil {
			c = &Country{Code: info.Code, Name: info.Name}
			byCode[info.Code] = c
			out.Countries = append(out.Countries, c)
		}
		c.Mentions = append(c.Mentions, a.mention(cm.first, cm.end))
	}
	out.layer = layer(len(a.toks), out)
	return out
}

// layer indexes the mentions of out by token.
func layer(n int, out *Annotations) []tokenRefs {
	if len(out.People)+len(out.Organizations)+len(out.Countries) == 0 {
		return nil
	}
	refs := make([]tokenRefs, n)
	for i := range refs {
		refs[i] = tokenRefs{-1, -1, -1}
	}
	mark := func(ms []Mention, set func(*tokenRefs)) {
		for _, m := range ms {
			for k := m.FirstToken; k < m.EndToken && k < n; k++ {
				set(&refs[k])
			}
		}
	}
	for i, p := range out.People {
		mark(p.Mentions, func(r *tokenRefs) { r.person = int32(i) })
	}
	for i, o := range out.Organizations {
		mark(o.Mentions, func(r *tokenRefs) { r.org = int32(i) })
	}
	for i, c := range out.Countries {
		mark(c.Mentions, func(r *tokenRefs) { r.country = int32(i) })
	}
	return refs
}

// usualForm returns the form of p's name the text uses most among its
// forms of two words or more ("Mohammad bin Salman", twice, rather than
// "Mohammad Bin Salman Bin Abdulaziz", once), or p's fullest form when no
// form is used more often than it. The other forms remain its mentions.
func (a *analysis) usualForm(p *person) []string {
	count := map[string]int{}
	forms := map[string][]string{}
	for _, m := range p.mentions {
		if !a.nameTok[m.FirstToken] || !a.nameTok[m.EndToken-1] {
			continue // an office reference: "the foreign minister"
		}
		w := a.nameWords(m.FirstToken, m.EndToken)
		if len(w) < 2 {
			continue
		}
		k := strings.ToLower(joinName(w))
		count[k]++
		if forms[k] == nil {
			forms[k] = w
		}
	}
	best := strings.ToLower(p.name())
	for k, n := range count {
		if n > count[best] || n == count[best] && k < best && best != strings.ToLower(p.name()) {
			best = k
		}
	}
	if forms[best] == nil {
		return p.words
	}
	return forms[best]
}

// placeCountry resolves a dateline place to a country code.
func (a *analysis) placeCountry(place string) string {
	if code, ok := a.t.cities[strings.ToLower(place)]; ok {
		return code
	}
	toks := pipeline.Tokenize(place)
	if len(toks) == 0 {
		return ""
	}
	if ref, end, ok := a.t.countryPhr.match(toks, 0, norm, false); ok && end == len(toks) && ref.kind != refNone {
		return a.t.countries[ref.country].Code
	}
	return ""
}

// titleCase writes "NEW DELHI" as "New Delhi".
func titleCase(s string) string {
	var b strings.Builder
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
	out := []Office{}
	for i, o := range offices {
		general := false
		for j, o2 := range offices {
			if i != j && len(o2.Title) > len(o.Title) &&
				strings.HasSuffix(" "+t.officeFamily(o2.Title), " "+t.officeFamily(o.Title)) {
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
