package entity

import (
	"unicode"

	"github.com/readout/readout/pipeline"
)

// chain is a run of titles before a name: "Pakistan’s Deputy Prime Minister
// and Foreign Minister, Senator", with the country it states.
type chain struct {
	first, end int   // tokens of the titles, country included
	offices    []int // indexes into analysis.oms, ranks included
	country    string
	intl       bool // the titles are of an international body: "UN Secretary-General"
}

// intlBefore reports whether an international body's name ends right
// before token i: "UN Secretary-General", "European Union Commissioner".
// A body's head word that is no acronym needs a name word before it:
// "Union Minister for Trade" is India's, no union's.
func (a *analysis) intlBefore(i int) bool {
	if i < 1 || !a.t.words.internationalBodies[a.toks[i-1].Norm] {
		return false
	}
	return a.toks[i-1].IsAllCaps() || i >= 2 && a.toks[i-2].Kind == pipeline.Word && a.toks[i-2].IsCap()
}

// readChain reads the titles that start with the office mention at token i,
// within its sentence: a headline's last word ("talks with Peruvian
// leader") is no title of the next line's name.
func (a *analysis) readChain(i int) chain {
	c := chain{first: i, end: i}
	base := len(a.chainArena) // c's offices: a.chainArena[base:]
	c.country = a.countryBefore(i, &c.first)
	c.intl = c.country == "" && a.intlBefore(i)
	j := i
	end := a.d.Sentences[a.toks[i].Sentence].EndToken
	for j < end {
		if o := a.office[j]; o >= 0 && a.oms[o].first == j {
			a.chainArena = append(a.chainArena, o)
			j = a.oms[o].end
			c.end = j
			j = skipParenAbbr(a.toks, j)
			// "DG ISPR": the body the office heads, by its abbreviation
			// (but "Vice President JD Vance": initials before a name).
			if j < len(a.toks) && a.toks[j].IsAllCaps() && a.country[j] < 0 && a.office[j] < 0 && !a.skip[j] &&
				!(a.initials(j) && j+1 < len(a.toks) && a.nameWord(j+1)) {
				j++
				c.end = j
			}
			// "Ambassador to Kabul", "envoy to the UN": where the office serves.
			if j+1 < len(a.toks) && a.toks[j].Lower == "to" {
				k := j + 1
				if a.toks[k].Lower == "the" && k+1 < len(a.toks) {
					k++
				}
				if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k {
					j = a.cms[cm].end
					c.end = j
				} else if a.t.words.internationalBodies[a.toks[k].Norm] {
					j = k + 1
					c.end = j
				}
			}
			// "of Pakistan", "of the United States"
			if j+1 < len(a.toks) && a.toks[j].Lower == "of" {
				k := j + 1
				if a.toks[k].Lower == "the" && k+1 < len(a.toks) {
					k++
				}
				if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].ref.kind == refName {
					if c.country == "" {
						c.country = a.code(cm)
					}
					j = a.cms[cm].end
					c.end = j
				}
			}
			continue
		}
		// "and", "/", "&" between two titles
		if j+1 < end && (a.toks[j].Lower == "and" || a.toks[j].Text == "/" || a.toks[j].Text == "&") {
			if o := a.office[j+1]; o >= 0 && a.oms[o].first == j+1 && a.oms[o].title != "" {
				j++
				continue
			}
		}
		break
	}
	if len(a.chainArena) > base {
		// The offices live end to end in a.chainArena, capped: an append
		// to them copies.
		c.offices = a.chainArena[base:len(a.chainArena):len(a.chainArena)]
	}
	c.end = min(skipParenAbbr(a.toks, c.end), max(end, c.end))
	if c.country == "" && !c.intl {
		c.intl = a.intlTitle(c)
	}
	return c
}

// intlTitle reports whether an office of chain c names an international
// body in its own words, by an acronym or as the United Nations: "United
// Nations Secretary-General", "Secretary General of NATO". A head word
// alone names none inside a title: "Central Bank Governor" is a
// country's.
func (a *analysis) intlTitle(c chain) bool {
	for _, o := range c.offices {
		for k := a.oms[o].first; k < a.oms[o].end; k++ {
			t := &a.toks[k]
			if a.t.words.internationalBodies[t.Norm] && (t.IsAllCaps() || t.Norm == "Nations") && a.intlBefore(k+1) {
				return true
			}
		}
	}
	return false
}

// countryBefore returns the country stated right before the title at token
// i ("US Secretary", "Pakistan’s Finance Minister", "the Chinese foreign
// minister") and moves *first back over it.
func (a *analysis) countryBefore(i int, first *int) string {
	start := a.d.Sentences[a.toks[i].Sentence].FirstToken
	j := i - 1
	for j >= start && a.inWordSet(j, classTitleModifier, a.t.words.titleModifiers) {
		j--
	}
	if j >= start && a.toks[j].IsPossessive() {
		j--
	}
	if j < start || a.skip[j] {
		return ""
	}
	if cm := a.country[j]; cm >= 0 && a.cms[cm].end == j+1 && a.cms[cm].ref.kind != refNone {
		*first = a.cms[cm].first
		return a.code(cm)
	}
	return a.countryBeforeBody(i)
}

// maxBodyWords is the most capitalised words countryBeforeBody passes over.
const maxBodyWords = 2

// countryBeforeBody returns the country a demonym or a country's name states
// before a body's name or a title's first words that stand before the title
// at token i: "US Department of State Counselor", "Iranian Foreign Seyyed",
// "Chilean Navy Admiral". It passes over at most maxBodyWords capitalised
// words, with "of" between them, in a sentence that is no headline (whose
// every word is capitalised).
func (a *analysis) countryBeforeBody(i int) string {
	if i < 1 || a.isHeading(a.toks[i].Sentence) {
		return ""
	}
	first := a.d.Sentences[a.toks[i].Sentence].FirstToken
	words := 0
	for j := i - 1; j >= first && !a.skip[j]; j-- {
		t := &a.toks[j]
		if cm := a.country[j]; cm >= 0 {
			if words == 0 || a.cms[cm].end != j+1 || a.cms[cm].ref.kind == refNone || a.cms[cm].ref.kind == refCapital {
				return ""
			}
			return a.code(cm)
		}
		switch {
		case t.Lower == "of" && words > 0 && j+1 < i && a.toks[j+1].IsCap():
		case t.Kind == pipeline.Word && t.IsCap() && !a.nameTok[j] && words < maxBodyWords && j > first:
			words++
		default:
			return ""
		}
	}
	return ""
}

// countryBeforeName returns the country a possessive or a demonym states
// right before the name at token i: "Pakistan's Imran Khan", "the Saudi
// Faisal bin Farhan".
func (a *analysis) countryBeforeName(i int) string {
	j := i - 1
	if j < 0 || a.skip[j] {
		return ""
	}
	possessive := a.toks[j].IsPossessive()
	if possessive {
		j--
	}
	if j < 0 {
		return ""
	}
	cm := a.country[j]
	if cm < 0 || a.cms[cm].end != j+1 {
		return ""
	}
	if kind := a.cms[cm].ref.kind; possessive && kind != refNone || kind == refDemonym {
		return a.code(cm)
	}
	return ""
}

// countryBeforeNameOrBody is countryBeforeName, else the country before a
// body's name right before the name: "US Treasury Scott Bessent".
func (a *analysis) countryBeforeNameOrBody(i int) string {
	if c := a.countryBeforeName(i); c != "" {
		return c
	}
	return a.countryBeforeBody(i)
}

// countryAfterName returns the country "of <country>" states right after
// the name that ends before token i: "Minister Hakan Fidan of Turkey",
// "Lt Gen Ahmed Khan, of Pakistan,".
func (a *analysis) countryAfterName(i int) string {
	if i < len(a.toks) && a.toks[i].Text == "," {
		i++
	}
	if i+1 >= len(a.toks) || a.toks[i].Lower != "of" || a.skip[i+1] {
		return ""
	}
	i++
	if a.toks[i].Lower == "the" && i+1 < len(a.toks) {
		i++
	}
	if cm := a.country[i]; cm >= 0 && a.cms[cm].first == i && a.cms[cm].ref.kind == refName &&
		a.joinedCountry(a.cms[cm].end) == a.cms[cm].end { // not "of the Norway–Chile Council"
		return a.code(cm)
	}
	return ""
}

func (a *analysis) code(cm int) string {
	return a.t.countries[a.cms[cm].ref.country].Code
}

// findTitled finds names that follow a chain of titles: "US Secretary of
// State Marco Rubio", "Foreign Minister, Senator Mohammad Ishaq Dar,",
// "Secretary Rubio", "Field Marshal Asim Munir".
func (a *analysis) findTitled() {
	for i := 0; i < len(a.toks); i++ {
		o := a.office[i]
		if o < 0 || a.oms[o].first != i {
			continue // a few loads a token: halted is asked where a title starts
		}
		if a.halted() {
			break
		}
		c := a.readChain(i)
		j := c.end
		apposition := false
		if j < len(a.toks) && a.toks[j].Text == "," {
			j++
			apposition = true
			// ", Senator Mohammad Ishaq Dar,": more titles after the comma.
			if j < len(a.toks) && a.office[j] >= 0 && a.oms[a.office[j]].first == j {
				more := a.readChain(j)
				c.offices = append(c.offices, more.offices...)
				j = more.end
			}
		}
		a.capitalAsName(j)
		first, end := a.readName(j)
		if end == first && a.functionWordAsName(j) {
			// "Vice Premier He Lifeng": a family name written as a
			// function word, before a word that is no English word.
			if f, e := a.readName(j + 1); e > f && f == j+1 {
				first, end = j, e
			}
		}
		if end == first || a.hasOrgWord(first, end) {
			i = c.end - 1
			continue
		}
		if apposition && end < len(a.toks) && !isNameEnd(&a.toks[end]) {
			i = c.end - 1
			continue
		}
		p := a.addPerson(first, end)
		p.conf = confTitled
		p.intl = c.intl
		if !c.intl && c.country != "" {
			p.stated = c.country
		}
		for k := c.first; k < first; k++ {
			a.claimed[k] = true // the titles belong to this name
		}
		a.titlesAfter(p, end, a.d.Sentences[a.toks[first].Sentence].EndToken)
		a.giveOffices(p, c)
		i = end - 1
	}
}

// functionWordAsName reports whether token j, right after a title, is a
// function word written as a name ("He", "Hu") that a name word no English
// word follows at once: "Vice Premier He Lifeng", not "Premier He said" or
// "Minister He Also".
func (a *analysis) functionWordAsName(j int) bool {
	if j+1 >= len(a.toks) || a.skip[j] {
		return false
	}
	t, next := &a.toks[j], &a.toks[j+1]
	return t.Kind == pipeline.Word && t.IsCap() && !t.IsAllCaps() && a.t.words.notNames[t.Lower] &&
		next.SpaceBefore && a.nameWord(j+1) && !a.englishAt(j+1)
}

// giveOffices gives p the offices of chain c, with the country the chain
// states unless an office implies its own.
func (a *analysis) giveOffices(p *person, c chain) {
	for _, oi := range c.offices {
		om := a.oms[oi]
		if om.title == "" {
			continue
		}
		country := c.country
		if info := a.t.offices[om.office]; info.Country != "" {
			country = info.Country
		} else if country == "" {
			country = om.country
		}
		p.addOffice(Office{Title: om.title, Country: country})
	}
}

// capitalAsName takes back the country mention of a capital at token j that
// starts a name after a title: "Central Bank Governor Santiago Bausili".
func (a *analysis) capitalAsName(j int) {
	if j+1 >= len(a.toks) {
		return
	}
	cm := a.country[j]
	if cm < 0 || a.cms[cm].ref.kind != refCapital || a.cms[cm].first != j || a.cms[cm].end != j+1 || !a.nameWord(j+1) {
		return
	}
	a.cms[cm].ref.kind = refNone
	a.country[j] = -1
}

// bodyAfter returns the country of a body named right after a title that
// ends before token i: "chargé d'affaires at the Peruvian Embassy", "a spokesman
// for the Saudi Press Agency".
func (a *analysis) bodyAfter(i, end int) string {
	if i+1 >= end {
		return ""
	}
	switch a.toks[i].Lower {
	case "at", "of", "for", "in":
	default:
		return ""
	}
	i++
	if a.toks[i].Lower == "the" && i+1 < end {
		i++
	}
	if o := a.orgAt[i]; o >= 0 {
		return a.orgs[o].country
	}
	return ""
}

// isNameEnd reports whether a name in apposition may end before t.
func isNameEnd(t *pipeline.Token) bool {
	switch t.Norm {
	case ",", ".", ";", ":", ")", "(", `"`, "'", "-", "!", "?":
		return true
	}
	return t.IsPossessive() || !unicode.IsUpper(firstRune(t.Text))
}

// titlesAfter gives p the titles in apposition after its name at token i:
// "Wang Yi, China's foreign minister,", "Ahmed Hassan, a spokesman for".
func (a *analysis) titlesAfter(p *person, i, end int) {
	if i+1 >= end || a.toks[i].Text != "," {
		return
	}
	j := i + 1
	switch a.toks[j].Lower {
	case "the", "a", "an":
		j++
	}
	if j < end {
		if cm := a.country[j]; cm >= 0 && a.cms[cm].first == j {
			j = a.cms[cm].end
			if j < end && a.toks[j].IsPossessive() {
				j++
			}
		}
	}
	// ", Taliban spokesperson", ", the Taliban's chief spokesperson": the
	// body the office belongs to, and its country.
	body := ""
	if j < end && a.orgAt[j] >= 0 {
		o := a.orgs[a.orgAt[j]]
		for j < end && a.orgTok[j] {
			j++
		}
		if j < end && a.toks[j].IsPossessive() {
			j++
		}
		body = o.country
	}
	if j >= end || a.office[j] < 0 || a.oms[a.office[j]].first != j {
		return
	}
	c := a.readChain(j)
	if c.end < end && a.nameWord(c.end) {
		return // "X, Deputy Minister Y": the titles of the next name
	}
	if c.country == "" {
		c.country = body
	}
	if c.country == "" {
		c.country = a.bodyAfter(c.end, end)
	}
	a.giveOffices(p, c)
	p.conf = max(p.conf, confApposition)
	p.intl = p.intl || c.intl
	if p.stated == "" && !c.intl {
		p.stated = c.country
	}
	for k := i; k < c.end; k++ {
		a.claimed[k] = true
	}
}
