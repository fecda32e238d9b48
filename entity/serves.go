package entity

import (
	"strings"

	"github.com/readout/readout/pipeline"
)

// serves gives a person and the national organisation the text makes them
// serve one country: the one of the two that has a country gives it to the
// other. The text makes a person serve a body when it names
//   - the body, then the person's titles or place in it, then the name: "US
//     Treasury Jane Roe", "Labour Party leader Jane Roe", "US Department of
//     State Counselor Jane Roe", "Central Bank Governor Jane Roe";
//   - a title of the body, then the name in apposition: "Director-General of
//     the National Water Agency (NWA), Amb. Jane Roe";
//   - the name, then the person's place in the body: "Jane Roe, CEO of the
//     National Water Agency", "Jane Roe, a member of the Labour Party", "Jane
//     Roe of the Embassy of Chile";
//   - the name's possessive before the body: "Roe's conservative Labour
//     Party", "a member of Chancellor Jane Roe's Labour Party".
//
// A body of no one country (an international one, one of two countries)
// gives and takes none, nor does a body named for two countries' bodies
// at once ("the Saudi and Iranian Foreign Ministries"). It runs after the
// countries the text states, and never overrides one.
//
// It is code, not a rule of data/countryrules.tsv: it is a graph of
// organisations and people, along whose links a country passes until none
// changes, not one anchor's window.
func (a *analysis) serves() {
	if len(a.orgs) == 0 || len(a.people) == 0 {
		return
	}
	// People by the first and the last token of their mentions: a
	// per-token table would cost more than the few mentions need.
	who := a.newNameEdges()
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, m := range p.mentions {
			who.starts[m.FirstToken] = p
			who.ends[m.EndToken-1] = nameEdge{p, m.FirstToken}
		}
	}
	type link struct {
		o *org
		p *person
	}
	var links []link
	for _, o := range a.orgs {
		if a.halted() {
			break
		}
		if o.stateless || o.mixed {
			continue
		}
		for _, m := range o.mentions {
			for _, p := range a.servants(who, m.FirstToken, m.EndToken) {
				links = append(links, link{o, p})
			}
		}
	}
	// An office's body and the one holder of the office the text names:
	// "the Office of the National Security Adviser" and "National Security
	// Adviser X".
	var holders map[string]*person // made once, when a body is named after an office
	for _, o := range a.orgs {
		if a.halted() {
			break
		}
		if o.office == "" {
			continue
		}
		if holders == nil {
			holders = a.soleHolders()
		}
		if p := holders[o.office]; p != nil && !o.stateless && !o.mixed {
			links = append(links, link{o, p})
		}
	}
	// A country passes along the links until none changes: "X, a member
	// of Y's party" gives the party X's country, then Y the party's.
	for changed := true; changed; {
		changed = false
		for _, l := range links {
			changed = a.share(l.o, l.p) || changed
		}
	}
}

// bodyTitles gives a person the title word that stands between a body's
// name and their name as their office: "the US Department of State
// Counselor Jane Roe" is a Counselor. Alone such a word ("Counselor Roe",
// "Secretary Roe") is an honorific; after the body it serves, it is the
// office the person holds there.
func (a *analysis) bodyTitles() {
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, m := range p.mentions {
			k := m.FirstToken - 1
			if k < 1 || !a.orgTok[k-1] || a.orgTok[k] {
				continue
			}
			o := a.office[k]
			if o < 0 || a.oms[o].first != k || a.oms[o].end != m.FirstToken || a.oms[o].title != "" ||
				a.t.offices[a.oms[o].office].Kind != officeGeneric {
				continue
			}
			p.addOffice(Office{Title: a.writtenTitle(k, k+1)})
			break
		}
	}
}

// share gives o p's country, or p o's, whichever has none, and reports
// whether it gave one.
func (a *analysis) share(o *org, p *person) bool {
	switch {
	case o.country == "" && p.country != "" && !p.intl:
		o.country = p.country
		return true
	case o.country != "":
		return a.makePlain(p, o.country)
	}
	return false
}

// maxServesGap bounds the words read between a body and a person's name.
const maxServesGap = 8

// servants returns the people the text makes serve the body mentioned at
// tokens [first, end).
func (a *analysis) servants(who nameEdges, first, end int) []*person {
	var out []*person
	s := a.d.Sentences[a.toks[end-1].Sentence] // a name may run over a line break
	// After the body: its acronym, then titles or a place in it, then the
	// name; after a comma only when the body completes a title ("Director
	// of the X, Y").
	k := skipParenAbbr(a.toks, end)
	if k < s.EndToken && a.toks[k].Text == "," && a.completesTitle(first) {
		k++
	}
	for n := 0; k < s.EndToken && n < maxServesGap && who.starts[k] == nil && a.roleWord(k); n++ {
		k++
	}
	if p := who.starts[k]; k < s.EndToken && p != nil {
		out = append(out, p)
	}
	// Before the body: a possessive name ("Roe's conservative Labour
	// Party"), then the person's place in the body and the name before it.
	s = a.d.Sentences[a.toks[first].Sentence]
	k = first - 1
	if k > s.FirstToken && a.toks[k].Lower == "the" {
		k--
	}
	for n := 0; n < 2 && k > s.FirstToken && a.adjective(k); n++ {
		k--
	}
	if e, ok := who.ends[k-1]; ok && k > s.FirstToken && a.toks[k].IsPossessive() {
		out = append(out, e.p)
		// the possessor's name and titles: "Chancellor X's"
		for k = e.first - 1; k >= s.FirstToken && a.claimed[k] && !a.nameTok[k]; k-- {
		}
	}
	of := false
scan:
	for n := 0; k >= s.FirstToken && n < maxServesGap; n++ {
		switch w := a.toks[k].Lower; {
		case w == "of" || w == "from":
			of = true
		case w == "the" || w == "a" || w == "an" || a.roleWord(k):
		default:
			break scan
		}
		k--
	}
	if !of || k < s.FirstToken {
		return out
	}
	if a.toks[k].Text == "," && k > s.FirstToken {
		k--
	}
	if e, ok := who.ends[k]; ok {
		out = append(out, e.p)
	}
	return out
}

// nameEdges finds people by the edges of their mentions.
type nameEdges struct {
	starts map[int]*person  // first token of a mention -> its person
	ends   map[int]nameEdge // last token of a mention -> its person and first token
}

// newNameEdges returns empty nameEdges: the maps of the analysis's scratch,
// emptied when it is released, if it has one. An analysis makes one
// (serves).
func (a *analysis) newNameEdges() nameEdges {
	sc := a.scratch
	if sc == nil {
		return nameEdges{starts: map[int]*person{}, ends: map[int]nameEdge{}}
	}
	if sc.edges.starts == nil {
		sc.edges = nameEdges{starts: map[int]*person{}, ends: map[int]nameEdge{}}
	}
	return sc.edges
}

// nameEdge is a mention's person and first token.
type nameEdge struct {
	p     *person
	first int
}

// roleWord reports whether token k is part of a person's title or a noun of
// a person's place in a body: "Counselor", "leader", "member".
func (a *analysis) roleWord(k int) bool {
	return a.office[k] >= 0 || a.t.words.memberNouns[a.toks[k].Lower]
}

// adjective reports whether token k is a lower-case word that may stand
// between a possessive and a body: "conservative", "ruling".
func (a *analysis) adjective(k int) bool {
	t := &a.toks[k]
	return t.Kind == pipeline.Word && !t.IsCap() && !t.IsPossessive() && !a.t.notName(t) && a.office[k] < 0 && !a.t.words.memberNouns[t.Lower]
}

// completesTitle reports whether the body mentioned at token first is a
// title's complement: "Director-General of the National Water Agency".
func (a *analysis) completesTitle(first int) bool {
	k := first - 1
	if k > 0 && a.toks[k].Lower == "the" {
		k--
	}
	return k > 0 && (a.toks[k].Lower == "of" || a.toks[k].Lower == "for") && a.office[k-1] >= 0
}

// titleBodies gives a person whose title names a body the text names with
// its country that country: "Deputy Treasury Secretary Jane Roe" after "the
// US Treasury", "the Treasury Chief-of-Staff".
// Bodies are looked up by their key, each run of a title's words in turn
// (in the order of the bodies found, as before), so that the pass stays
// linear in the text.
func (a *analysis) titleBodies() {
	var byKey map[string]*org // made once, when someone lacks a country
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if p.country != "" || p.intl || len(p.offices) == 0 {
			continue
		}
		if byKey == nil {
			byKey = map[string]*org{}
			for _, o := range a.orgs {
				if o.country != "" && !o.stateless && !o.mixed && byKey[o.key] == nil {
					byKey[o.key] = o
				}
			}
		}
		var found *org
		for _, off := range p.offices {
			words := strings.Fields(strings.ToLower(off.Title))
			for i := range words {
				for j := i + 1; j <= len(words) && j <= i+maxOrgTokens; j++ {
					if o := byKey[strings.Join(words[i:j], " ")]; o != nil && (found == nil || o.idx < found.idx) {
						found = o
					}
				}
			}
			if found != nil {
				break
			}
		}
		if found != nil {
			a.makePlain(p, found.country)
		}
	}
}
