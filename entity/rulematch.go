package entity

import "github.com/readout/readout/pipeline"

// runRules runs the rules of the country rule table that the pass name of
// the list of passes runs (data/countryrules.tsv), token by token in text
// order: at each token that may anchor a rule (analysis.anchors, outside
// boilerplate), each of them whose anchor the token is, in table order. A
// rule turned off (WithoutPasses) is passed over.
func (a *analysis) runRules(name string) {
	rp := a.t.rules.byPass[name]
	if rp == nil {
		return
	}
	m := ruleMatch{a: a}
	off := a.s.off // nil but for WithoutPasses: not looked up then
	for _, i := range a.anchors {
		if a.halted() {
			break
		}
		// A word that anchors one of the rules has the pass's bit; so does
		// "'s", a possessive ending, for a pass with one anchored by <poss>;
		// the other, a lone "'", is punctuation, which has no bits.
		if a.cls[i]&rp.bit == 0 && !(rp.poss && a.toks[i].Kind == pipeline.Punct && a.toks[i].IsPossessive()) {
			continue
		}
		for _, ru := range rp.rules {
			if off != nil && off[ru.name] || !a.isElem(&ru.anchor, i) {
				continue
			}
			m.ru, m.at = ru, i
			m.s = a.d.Sentences[a.toks[i].Sentence]
			m.p, m.q, m.c, m.all = nil, nil, "", m.all[:0]
			if m.before(ru.before, i-1) {
				m.give()
			}
		}
	}
}

// ruleMatch is the state of one rule's match at one anchor: the slots it
// has filled so far.
type ruleMatch struct {
	a    *analysis
	ru   *crule
	at   int
	s    pipeline.Sentence
	p, q *person
	c    string    // the country of slot C
	all  []*person // slot P of "{P*~W}": every person found
}

// before reports whether es, in text order, match the tokens that end at
// token k, going back no further than the sentence's first token; and then
// the rule's elements after the anchor.
func (m *ruleMatch) before(es []celem, k int) bool {
	if len(es) == 0 {
		return m.after(m.ru.after, m.at+1)
	}
	a, first := m.a, m.s.FirstToken
	e := &es[len(es)-1]
	rest := es[:len(es)-1]
	switch e.kind {
	case ceGap:
		for n := 0; n <= e.window && k-n >= first-1; n++ {
			if n > 0 && !a.filler(k-n+1) {
				break
			}
			if m.before(rest, k-n) {
				return true
			}
		}
		return false
	case cePerson:
		for j := k; j >= first && j > k-max(e.window, 1); j-- {
			p := a.who[j]
			if p == nil || !m.takes(e, p) {
				if e.window == 0 {
					break
				}
				continue
			}
			for j >= first && a.who[j] == p { // back to the mention's first token
				j--
			}
			return m.fill(e.slot, p, "", func() bool { return m.before(rest, j) })
		}
		if e.flags.he {
			if p := m.subjectBefore(e); p != nil {
				return m.fill(e.slot, p, "", func() bool { return m.before(rest, -1) }) // rest is empty: :he is first
			}
		}
		return false
	case ceCountry:
		if e.window == 0 { // a country whose mention ends at k
			if k < first {
				return false
			}
			cm := a.country[k]
			if cm < 0 || a.cms[cm].end != k+1 || a.countryStart(a.cms[cm].first) != cm {
				return false
			}
			return m.fill('C', nil, a.code(cm), func() bool { return m.before(rest, a.cms[cm].first-1) })
		}
		for j := k; j >= first && j > k-e.window; j-- {
			if a.who[j] != nil || a.orgTok[j] {
				return false // a country named before a person or a body is theirs
			}
			cm := a.countryStart(j)
			if cm < 0 {
				continue // no mention, or not yet its first token
			}
			if e.flags.name && a.cms[cm].ref.kind != refName {
				return false
			}
			return m.fill('C', nil, a.code(cm), func() bool { return m.before(rest, j-1) })
		}
		return false
	}
	if e.rep > 0 {
		n := 0
		for n < e.rep && k-n >= first && a.isElem(e, k-n) {
			n++
		}
		return n >= e.min && m.before(rest, k-n)
	}
	if k >= first && a.isElem(e, k) && m.before(rest, k-1) {
		return true
	}
	return e.opt && m.before(rest, k)
}

// after reports whether es match the tokens from k on, before the
// sentence's end.
func (m *ruleMatch) after(es []celem, k int) bool {
	if len(es) == 0 {
		return true
	}
	a, end := m.a, m.s.EndToken
	e := &es[0]
	rest := es[1:]
	switch e.kind {
	case ceGap:
		for n := 0; n <= e.window && k+n <= end; n++ {
			if n > 0 && !a.filler(k+n-1) {
				break
			}
			if m.after(rest, k+n) {
				return true
			}
		}
		return false
	case cePerson:
		if e.every {
			m.all = m.all[:0]
		}
		for j := k; j < end && j < k+max(e.window, 1); j++ {
			p := a.who[j]
			if p == nil || !m.takes(e, p) {
				if e.window == 0 {
					break
				}
				continue
			}
			if e.every {
				m.all = append(m.all, p)
				for j+1 < end && a.who[j+1] == p {
					j++
				}
				continue
			}
			for j < end && a.who[j] == p { // to the mention's end
				j++
			}
			return m.fill(e.slot, p, "", func() bool { return m.after(rest, j) })
		}
		return e.every && len(m.all) > 0
	case ceCountry:
		for j := k; j < end && j < k+max(e.window, 1); j++ {
			if e.window > 0 && (a.who[j] != nil || a.orgTok[j]) {
				return false // a country named after a person or a body is theirs
			}
			cm := a.countryStart(j)
			if cm < 0 {
				if e.window == 0 {
					return false
				}
				continue
			}
			if e.flags.name && a.cms[cm].ref.kind != refName {
				return false
			}
			return m.fill('C', nil, a.code(cm), func() bool { return m.after(rest, a.cms[cm].end) })
		}
		return false
	}
	if e.rep > 0 {
		n := 0
		for n < e.rep && k+n < end && a.isElem(e, k+n) {
			n++
		}
		return n >= e.min && m.after(rest, k+n)
	}
	if k < end && a.isElem(e, k) && m.after(rest, k+1) {
		return true
	}
	return e.opt && m.after(rest, k)
}

// takes reports whether p may fill the person slot of e: one of the rule's
// other slots holds someone else, and p meets e's flags.
func (m *ruleMatch) takes(e *celem, p *person) bool {
	if p == m.p || p == m.q {
		return false
	}
	return (!e.flags.placed || p.country != "") && (!e.flags.office || len(p.offices) > 0)
}

// fill puts p (a person slot) or code (slot C) in slot, and reports whether
// the rest of the pattern then matches; if it does not, the slot is emptied
// again.
func (m *ruleMatch) fill(slot byte, p *person, code string, rest func() bool) bool {
	switch slot {
	case 'P':
		m.p = p
	case 'Q':
		m.q = p
	case 'C':
		m.c = code
	}
	if rest() {
		return true
	}
	switch slot {
	case 'P':
		m.p = nil
	case 'Q':
		m.q = nil
	case 'C':
		m.c = ""
	}
	return false
}

// subjectBefore returns the person a possessive pronoun stands for when no
// one is named before it in its sentence: in a sentence that opens with a
// subject pronoun ("He also met his counterpart X"), the first person named
// in the sentence before, within e's window; nil otherwise.
func (m *ruleMatch) subjectBefore(e *celem) *person {
	a, s := m.a, m.s
	si := a.toks[m.at].Sentence
	if si == 0 || !a.t.words.subjectPronouns[a.toks[s.FirstToken].Lower] {
		return nil
	}
	prev := a.d.Sentences[si-1]
	for k := prev.FirstToken; k < prev.EndToken && k < prev.FirstToken+e.window; k++ {
		if p := a.who[k]; p != nil && m.takes(e, p) {
			return p
		}
	}
	return nil
}

// give gives what the matched rule gives; a person who has a country keeps
// it, and one who serves an international body takes and gives none.
func (m *ruleMatch) give() {
	a := m.a
	for _, g := range m.ru.gives {
		var code string
		switch g.from {
		case 'C':
			code = m.c
		case 'P':
			code = m.country(m.p)
		case 'Q':
			code = m.country(m.q)
		}
		if g.other {
			code = a.otherCountry(code)
		}
		to := []*person{m.q}
		if g.to == 'P' {
			to = m.all
			if m.p != nil {
				to = []*person{m.p}
			}
		}
		for _, p := range to {
			if a.makePlain(p, code) {
				p.under = p.under || m.ru.under
				if a.s.fired != nil {
					a.s.fired(m.ru.name)
				}
			}
		}
	}
}

// country returns p's country, or "" for one who serves an international
// body.
func (m *ruleMatch) country(p *person) string {
	if p == nil || p.intl {
		return ""
	}
	return p.country
}

// otherCountry returns the other of the article's two countries (see
// articlePair) than code, or "".
func (a *analysis) otherCountry(code string) string {
	if code == "" {
		return ""
	}
	if !a.pairRead {
		a.pair, a.pairRead = a.articlePair(), true
	}
	switch {
	case len(a.pair) != 2:
		return ""
	case code == a.pair[0]:
		return a.pair[1]
	case code == a.pair[1]:
		return a.pair[0]
	}
	return ""
}

// filler reports whether token k is a word or a number that names no one
// and no country: what a pattern's gap may pass.
func (a *analysis) filler(k int) bool {
	return a.toks[k].Kind != pipeline.Punct && a.who[k] == nil && a.country[k] < 0
}

// isElem reports whether token k is a token of the word element e.
func (a *analysis) isElem(e *celem, k int) bool {
	t := &a.toks[k]
	if e.words[t.Lower] || e.exact[t.Text] {
		return true
	}
	for _, l := range e.lists {
		if l[t.Lower] {
			return true
		}
	}
	for _, c := range e.classes {
		if a.inClass(c, k) {
			return true
		}
	}
	return false
}

// inClass reports whether token k is of the class c.
func (a *analysis) inClass(c tokenClass, k int) bool {
	t := &a.toks[k]
	switch c {
	case tcPoss:
		return t.IsPossessive()
	case tcLower:
		return t.Kind == pipeline.Word && !t.IsCap()
	case tcOffice:
		return a.office[k] >= 0
	case tcCountry:
		cm := a.country[k]
		return cm >= 0 && a.cms[cm].ref.kind != refNone && !a.skip[k]
	case tcTitle:
		return a.who[k] == nil && (a.office[k] >= 0 ||
			k > 0 && a.t.words.titleConjunctions[t.Lower] && a.office[k-1] >= 0 && a.who[k-1] == nil)
	}
	return false
}
