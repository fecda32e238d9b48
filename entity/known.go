package entity

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

// knownName is one name of a known person, as the index lists it.
type knownName struct {
	person int32 // index into Stage.known
	name   int32 // 0 for the Name, 1+i for Aliases[i]
	words  int32 // the name's words (Token.Norm) are Stage.knownWords[words:words+n]
	n      int32
}

// indexKnown lists every known name under its first word, once, when the
// stage is built. A name with no word is an error.
func (s *Stage) indexKnown() error {
	if len(s.known) == 0 {
		return nil
	}
	if len(s.known) > math.MaxInt32/2 {
		return fmt.Errorf("entity: %d known people: at most %d", len(s.known), math.MaxInt32/2)
	}
	nNames, nWords := 0, 0
	for i := range s.known {
		kp := &s.known[i]
		nNames += 1 + len(kp.Aliases)
		nWords += strings.Count(kp.Name, " ") + 1
		for _, a := range kp.Aliases {
			nWords += strings.Count(a, " ") + 1
		}
	}
	s.knownNames = make([]knownName, 0, nNames)
	s.knownWords = make([]string, 0, nWords)
	for i := range s.known {
		kp := &s.known[i]
		for j := range 1 + len(kp.Aliases) {
			name := kp.Name
			if j > 0 {
				name = kp.Aliases[j-1]
			}
			at := len(s.knownWords)
			s.knownWords = appendWords(s.knownWords, name)
			n := len(s.knownWords) - at
			if n == 0 {
				return fmt.Errorf("entity: known person %q: name %q has no word", kp.Name, name)
			}
			if len(s.knownWords) > math.MaxInt32 {
				return fmt.Errorf("entity: known people: more than %d words in their names", math.MaxInt32)
			}
			s.knownNames = append(s.knownNames, knownName{person: int32(i), name: int32(j), words: int32(at), n: int32(n)})
		}
	}
	// Grouped by first word, each group in the caller's order: a counting
	// sort, linear in the names.
	type group struct{ start, next, n int32 }
	groups := map[string]*group{}
	var order []*group // in the order of each group's first name
	for _, kn := range s.knownNames {
		w := s.knownWords[kn.words]
		g := groups[w]
		if g == nil {
			g = &group{}
			groups[w] = g
			order = append(order, g)
		}
		g.n++
	}
	at := int32(0)
	for _, g := range order {
		g.start, g.next = at, at
		at += g.n
	}
	grouped := make([]knownName, len(s.knownNames))
	for _, kn := range s.knownNames {
		g := groups[s.knownWords[kn.words]]
		grouped[g.next] = kn
		g.next++
	}
	s.knownNames = grouped
	s.knownBy = make(map[string][2]int32, len(groups))
	for w, g := range groups {
		s.knownBy[w] = [2]int32{g.start, g.start + g.n}
	}
	return nil
}

// knownHit is a place where a known name's words stand in the text.
type knownHit struct {
	person, name, first, end int
}

// findKnown finds the caller's known people by their names. Where names
// overlap, the one that starts first wins, then the longest, then the
// person the caller lists first: in "Ana Duarte", a known "Ana Duarte" and
// not another's alias "Duarte". The first place a person is found makes the
// person (in the caller's order, their name before their aliases), the
// others add mentions.
func (a *analysis) findKnown() {
	if len(a.s.knownBy) == 0 {
		return
	}
	var hits []knownHit
	for i := range a.toks {
		if a.haltedAt(i) {
			break
		}
		if a.skip[i] {
			continue
		}
		r, ok := a.s.knownBy[a.toks[i].Norm]
		if !ok {
			continue
		}
		for _, kn := range a.s.knownNames[r[0]:r[1]] {
			ws := a.s.knownWords[kn.words : kn.words+kn.n]
			end := i + len(ws)
			if end > len(a.toks) {
				continue
			}
			k := 1
			for k < len(ws) && a.toks[i+k].Norm == ws[k] {
				k++
			}
			if k == len(ws) {
				hits = append(hits, knownHit{int(kn.person), int(kn.name), i, end})
			}
		}
	}
	if len(hits) == 0 {
		return
	}
	// Leftmost, then longest, then the caller's order.
	slices.SortFunc(hits, func(x, y knownHit) int {
		return cmp.Or(x.first-y.first, y.end-x.end, x.person-y.person, x.name-y.name)
	})
	kept := hits[:0]
	for _, h := range hits {
		if len(kept) > 0 && h.first < kept[len(kept)-1].end || a.claimed[h.first] || a.claimed[h.end-1] {
			continue
		}
		kept = append(kept, h)
	}
	slices.SortFunc(kept, func(x, y knownHit) int {
		return cmp.Or(x.person-y.person, x.name-y.name, x.first-y.first)
	})
	var p *person
	for i, h := range kept {
		if i > 0 && kept[i-1].person == h.person {
			for k := h.first; k < h.end; k++ {
				a.claimed[k] = true
			}
			p.addMention(a.mention(h.first, h.end))
			continue
		}
		kp := &a.s.known[h.person]
		p = a.addPerson(h.first, h.end)
		p.conf = confKnown
		p.known = kp
		p.words = words(kp.Name)
		p.country, p.explicit = kp.Country, kp.Country != ""
		for _, o := range kp.Offices {
			p.addOffice(Office{Title: o, Country: kp.Country})
		}
		for _, t := range kp.Terms {
			if t.Covers(a.d.Header.Published) {
				p.addOffice(Office{Title: t.Title, Country: kp.Country})
			}
		}
	}
}

// checkKnown says what is wrong with a known person, or nil.
func (t *tables) checkKnown(p KnownPerson) error {
	if strings.TrimSpace(p.Name) == "" {
		return errors.New("empty name")
	}
	if !hasLetter(p.Name) {
		return errors.New("a name needs a letter")
	}
	for i, a := range p.Aliases {
		if strings.TrimSpace(a) == "" {
			return fmt.Errorf("alias %d: empty", i)
		}
		if !hasLetter(a) {
			return fmt.Errorf("alias %d: %q: a name needs a letter", i, a)
		}
	}
	if p.Country != "" {
		if _, ok := t.byCode[p.Country]; !ok {
			return fmt.Errorf("unknown country code %q", p.Country)
		}
	}
	for i, o := range p.Offices {
		if strings.TrimSpace(o) == "" {
			return fmt.Errorf("office %d: empty title", i)
		}
	}
	for i, term := range p.Terms {
		if err := checkTerm(term); err != nil {
			return fmt.Errorf("term %d: %w", i, err)
		}
	}
	return nil
}

// hasLetter reports whether s holds a letter: a name of punctuation alone
// would find every dash of a text.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// checkTerm says what is wrong with a term, or nil.
func checkTerm(t Term) error {
	if strings.TrimSpace(t.Title) == "" {
		return errors.New("empty title")
	}
	for _, d := range []struct{ name, date string }{{"from", t.From}, {"to", t.To}} {
		if d.date != "" && !validDate(d.date) {
			return fmt.Errorf("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.date)
		}
	}
	if t.From != "" && t.To != "" {
		n := min(len(t.From), len(t.To))
		if t.From[:n] > t.To[:n] {
			return fmt.Errorf("from %s is after to %s", t.From, t.To)
		}
	}
	return nil
}

// validDate reports whether s is a date written YYYY, YYYY-MM or YYYY-MM-DD,
// with a month 01-12 and a day 01-31.
func validDate(s string) bool {
	digits := func(s string) bool {
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if len(s) < 4 || !digits(s[:4]) {
		return false
	}
	rest := s[4:]
	for _, hi := range []string{"12", "31"} {
		if rest == "" {
			return true
		}
		if len(rest) < 3 || rest[0] != '-' || !digits(rest[1:3]) || rest[1:3] < "01" || rest[1:3] > hi {
			return false
		}
		rest = rest[3:]
	}
	return rest == ""
}
