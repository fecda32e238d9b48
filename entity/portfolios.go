package entity

import "strings"

// portfolios gives a government's body named by its portfolio, with no
// country, the country of the people who hold that portfolio's offices in
// the text, when they are all of one country and each has one: "Peru's
// Foreign Minister Ana Silva ... a statement from the Ministry of Foreign
// Affairs", "Commerce Minister X of Chile ... the Ministry of Commerce". A
// body and an office share a portfolio when the words of the body's name
// and of the office's title that are no generic word of offices
// (office-generic-words: "minister", "ministry", "affairs") share one,
// British and American spellings alike. A holder of no country, or two
// countries' holders ("Chilean Foreign Minister X met Peruvian Foreign
// Minister Y"), leave the body without one.
func (a *analysis) portfolios() {
	if len(a.orgs) == 0 || len(a.people) == 0 {
		return
	}
	var holders map[string]string // portfolio word -> the country of its holders, or "?" for none or two
	for _, o := range a.orgs {
		if a.halted() {
			break
		}
		if o.country != "" || o.stateless || o.mixed || !a.t.words.governmentBodies[o.key[strings.LastIndexByte(o.key, ' ')+1:]] {
			continue
		}
		if holders == nil {
			holders = a.portfolioHolders()
		}
		code := ""
		for _, w := range a.portfolioWords(o.key) {
			switch c, ok := holders[w]; {
			case !ok:
			case c == "?" || code != "" && c != code:
				code = "?"
			default:
				code = c
			}
		}
		if code != "?" {
			o.country = code
		}
	}
}

// portfolioHolders returns, for each portfolio word of the offices the
// text's people hold, the one country of their holders, or "?" when a
// holder has none or two holders' differ.
func (a *analysis) portfolioHolders() map[string]string {
	holders := map[string]string{}
	for _, p := range a.people {
		if a.halted() {
			break
		}
		c := p.country
		if c == "" || p.intl {
			c = "?"
		}
		for _, o := range p.offices {
			for _, w := range a.portfolioWords(strings.ToLower(o.Title)) {
				if have, ok := holders[w]; ok && have != c {
					c = "?"
				}
				holders[w] = c
			}
		}
	}
	return holders
}

// portfolioWords returns the words of a lower-case name or title that name
// a portfolio, in American spelling: "ministry of defence" gives
// "defense".
func (a *analysis) portfolioWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimSuffix(strings.Trim(w, ",()"), "'s")
		if w == "" || a.t.words.officeGenericWords[w] || a.t.orgHeads[w] {
			continue
		}
		if us, ok := americanSpelling(w); ok && !a.t.english(w) {
			w = us
		}
		out = append(out, w)
	}
	return out
}
