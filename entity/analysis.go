package entity

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/pipeline"
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
	explicit bool    // country stated by an office's country
	stated   string  // country written before a title or role noun ("his Saudi counterpart")
	conf     float64 // how strongly the text supports the name (see Person.Confidence)
	intl     bool    // serves an international body, no country
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
	p.offices = append(p.offices, o)
}

// addMention adds m; overlapping mentions are dropped when the result is built.
func (p *person) addMention(m Mention) { p.mentions = append(p.mentions, m) }

// sortedMentions returns p's mentions in text order, without overlaps.
func (p *person) sortedMentions() []Mention {
	sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].Start < p.mentions[j].Start })
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
	orgTok  []bool // token is part of an organisation's mention
	orgAt   []int  // token -> index into orgs of the mention that starts there, or -1
	orgs    []*org
	lowered map[string]bool

	people []*person
}

func newAnalysis(s *Stage, d *pipeline.Doc) *analysis {
	n := len(d.Tokens)
	a := &analysis{s: s, t: s.t, d: d, toks: d.Tokens,
		skip: make([]bool, n), country: make([]int, n), office: make([]int, n),
		claimed: make([]bool, n), orgTok: make([]bool, n), orgAt: make([]int, n), lowered: map[string]bool{}}
	for i := range d.Tokens {
		a.country[i], a.office[i], a.orgAt[i] = -1, -1, -1
		tok := &d.Tokens[i]
		a.skip[i] = d.InBoilerplate(i) || d.Header.Dateline.Contains(tok.Span) && d.Header.Dateline.Len() > 0
		if !a.skip[i] && tok.Kind == pipeline.Word && !tok.IsCap() {
			a.lowered[tok.Lower] = true
		}
	}
	return a
}

// A pass is one step of the entity stage. Passes run in the order of
// passes, each on the state the ones before it left; none relies on a later one.
type pass struct {
	name string
	run  func(*analysis)
}

// passes are the entity stage's steps, in the order they run. This is the one
// place the order is written.
var passes = []pass{
	{"countries", (*analysis).findCountries}, // country names, demonyms, capitals
	{"offices", (*analysis).findOffices},     // office titles, ranks, honorifics
	{"known", (*analysis).findKnown},         // the caller's known people, by name
	{"titled", (*analysis).findTitled},
	{"organizations", (*analysis).findOrganizations},        // names after titles, titles in apposition
	{"standalone", (*analysis).findStandalone},              // capitalised runs that can only be names
	{"ner", (*analysis).findNER},                            // the statistical model's names (WithNER)
	{"merge", (*analysis).mergePeople},                      // one person, many forms of the name
	{"surnames", (*analysis).findSurnames},                  // "Dar said": a word of a known name
	{"office-references", (*analysis).findOfficeReferences}, // "the foreign minister said"
	{"stated-countries", (*analysis).statedCountries},       // a person's country, as the text states it
}

func (a *analysis) run(ctx context.Context) error {
	for _, p := range passes {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.run(a)
	}
	return nil
}

func (a *analysis) findCountries() {
	for i := 0; i < len(a.toks); i++ {
		if a.skip[i] || a.toks[i].Kind != pipeline.Word {
			continue
		}
		ref, end, ok := a.t.countryPhr.match(a.toks, i, norm, false)
		if !ok || a.skip[end-1] {
			continue
		}
		if a.currencyAt(end) {
			// "US$500 million", "the US dollar": a currency, not the country.
			ref.kind = refNone
		}
		idx := len(a.cms)
		a.cms = append(a.cms, cmention{i, end, ref})
		for k := i; k < end; k++ {
			a.country[k] = idx
		}
		i = end - 1
	}
}

// currencyAt reports whether a dollar sign glued to the word before, or
// the word "dollar", stands at token i.
func (a *analysis) currencyAt(i int) bool {
	if i >= len(a.toks) {
		return false
	}
	t := &a.toks[i]
	return t.Text == "$" && !t.SpaceBefore || t.Lower == "dollar" || t.Lower == "dollars"
}

// chain is a run of titles before a name: "Pakistan’s Deputy Prime Minister
// and Foreign Minister, Senator", with the country it states.
type chain struct {
	first, end int   // tokens of the titles, country included
	offices    []int // indexes into analysis.oms, ranks included
	country    string
	intl       bool // the titles are of an international body: "UN Secretary-General"
}

// readChain reads the titles that start with the office mention at token i.
func (a *analysis) readChain(i int) chain {
	c := chain{first: i, end: i}
	c.country = a.countryBefore(i, &c.first)
	c.intl = c.country == "" && i > 0 && a.t.words.internationalBodies[a.toks[i-1].Norm]
	j := i
	for j < len(a.toks) {
		if o := a.office[j]; o >= 0 && a.oms[o].first == j {
			c.offices = append(c.offices, o)
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
		if j+1 < len(a.toks) && (a.toks[j].Lower == "and" || a.toks[j].Text == "/" || a.toks[j].Text == "&") {
			if o := a.office[j+1]; o >= 0 && a.oms[o].first == j+1 && a.oms[o].title != "" {
				j++
				continue
			}
		}
		break
	}
	c.end = skipParenAbbr(a.toks, c.end)
	return c
}

// countryBefore returns the country stated right before the title at token
// i ("US Secretary", "Pakistan’s Finance Minister", "the Chinese foreign
// minister") and moves *first back over it.
func (a *analysis) countryBefore(i int, first *int) string {
	j := i - 1
	for j >= 0 && a.t.words.titleModifiers[a.toks[j].Lower] {
		j--
	}
	if j >= 0 && a.toks[j].IsPossessive() {
		j--
	}
	if j < 0 || a.skip[j] {
		return ""
	}
	if cm := a.country[j]; cm >= 0 && a.cms[cm].end == j+1 && a.cms[cm].ref.kind != refNone {
		*first = a.cms[cm].first
		return a.code(cm)
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
	if cm := a.country[i]; cm >= 0 && a.cms[cm].first == i && a.cms[cm].ref.kind == refName {
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
			continue
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

// isNameEnd reports whether a name in apposition may end before t.
func isNameEnd(t *pipeline.Token) bool {
	switch t.Norm {
	case ",", ".", ";", ":", ")", "(", `"`, "'", "-", "!", "?":
		return true
	}
	return t.IsPossessive() || !unicode.IsUpper(firstRune(t.Text))
}

// nameWord reports whether token i can be part of a name.
func (a *analysis) nameWord(i int) bool {
	t := &a.toks[i]
	if a.skip[i] || t.Kind != pipeline.Word || a.country[i] >= 0 || a.office[i] >= 0 || a.orgTok[i] {
		return false
	}
	if !t.IsCap() || a.t.notName(t.Lower) {
		return false
	}
	// "NSA", "USSM": abbreviations are no names; "O'NEILL" is rare enough.
	return !t.IsAllCaps()
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
		case j > i && a.t.words.nameParticles[t.Lower] && !t.IsCap() && j+1 < len(a.toks) &&
			(a.nameWord(j+1) || a.toks[j+1].Text == "-" || j+2 < len(a.toks) && a.t.words.nameParticles[a.toks[j+1].Lower] && a.nameWord(j+2)):
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
// first names ("JD Vance"), and no country or office.
func (a *analysis) initials(j int) bool {
	t := &a.toks[j]
	n := utf8.RuneCountInString(t.Text)
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
	if !a.t.english(l) {
		return true
	}
	return !a.t.english(a.toks[w].Lower) && len(l) <= 4 && !strings.HasSuffix(l, "ed") && !a.t.nonNames[l]
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
	p := &person{stated: a.countryBeforeName(first)}
	if p.stated == "" {
		p.stated = a.countryAfterName(end)
	}
	for k := first; k < end; k++ {
		a.claimed[k] = true
		t := &a.toks[k]
		if t.Text == "-" && len(p.words) > 0 {
			p.words[len(p.words)-1] += "-"
			continue
		}
		if len(p.words) > 0 && strings.HasSuffix(p.words[len(p.words)-1], "-") {
			p.words[len(p.words)-1] += t.Norm
			continue
		}
		p.words = append(p.words, t.Norm)
	}
	p.mentions = []Mention{a.mention(first, end)}
	a.people = append(a.people, p)
	return p
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

// findKnown finds the caller's known people by their names.
func (a *analysis) findKnown() {
	if len(a.s.known) == 0 {
		return
	}
	for _, kp := range a.s.known {
		var p *person
		names := append([]string{kp.Name}, kp.Aliases...)
		for _, name := range names {
			ws := words(name)
			for i := 0; i+len(ws) <= len(a.toks); i++ {
				if a.skip[i] || a.claimed[i] || a.toks[i].Norm != ws[0] {
					continue
				}
				k := 1
				for k < len(ws) && a.toks[i+k].Norm == ws[k] {
					k++
				}
				if k < len(ws) || a.claimed[i+k-1] {
					continue
				}
				if p == nil {
					p = a.addPerson(i, i+len(ws))
					p.conf = confKnown
					p.words = words(kp.Name)
					p.country, p.explicit = kp.Country, kp.Country != ""
					for _, o := range kp.Offices {
						p.addOffice(Office{Title: o, Country: kp.Country})
					}
				} else {
					for k := i; k < i+len(ws); k++ {
						a.claimed[k] = true
					}
					p.addMention(a.mention(i, i+len(ws)))
				}
			}
		}
	}
}

// findOfficeReferences adds the mentions of a person by an office alone ("the
// deputy prime minister", "the DPM/FM", "the US NSA", "the army chief") when
// exactly one person of the article holds that office.
func (a *analysis) findOfficeReferences() {
	holders := map[string][]*person{} // office title -> its holders
	for _, p := range a.people {
		for _, o := range p.offices {
			holders[o.Title] = append(holders[o.Title], p)
		}
	}
	for _, om := range a.oms {
		if om.title == "" || a.claimed[om.first] {
			continue
		}
		first := om.first
		country := a.countryBefore(om.first, &first)
		var holder *person
		n := 0
		for _, p := range holders[om.title] {
			for _, o := range p.offices {
				if o.Title == om.title && (country == "" || o.Country == "" || o.Country == country) {
					holder = p
					n++
					break
				}
			}
			if n > 1 {
				break // no one reference: enough
			}
		}
		if n != 1 {
			continue
		}
		for k := first; k < om.end; k++ {
			a.claimed[k] = true
		}
		holder.addMention(a.mention(first, om.end))
		// "the Pakistani premier": the reference states the holder's country.
		if country != "" && holder.stated == "" {
			holder.stated = country
		}
	}
}

// annotations builds the stage's result.
func (a *analysis) annotations() *Annotations {
	out := &Annotations{People: []*Person{}, Countries: []*Country{}, Organizations: []*Organization{}}
	for _, o := range a.orgs {
		sort.Slice(o.mentions, func(i, j int) bool { return o.mentions[i].Start < o.mentions[j].Start })
		out.Organizations = append(out.Organizations, &Organization{Name: joinName(o.words), Confidence: o.confidence(),
			Acronym: o.acronym, Country: o.country, Mentions: o.mentions})
	}
	if dl := a.d.Header.Dateline; dl.Len() > 0 {
		place := titleCase(dl.In(a.d.Text))
		out.Dateline = &Dateline{Span: dl, Place: place, Country: a.placeCountry(place)}
	}
	for _, p := range a.people {
		p.mentions = p.sortedMentions()
		// An office with no country of its own is the country the person serves.
		for i := range p.offices {
			if p.offices[i].Country == "" {
				p.offices[i].Country = p.country
			}
		}
		out.People = append(out.People, &Person{Name: p.name(), Country: p.country, Confidence: p.confidence(),
			Offices: append([]Office{}, p.offices...), Mentions: p.mentions})
	}
	byCode := map[string]*Country{}
	for _, cm := range a.cms {
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
	return out
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
