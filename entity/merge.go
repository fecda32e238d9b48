package entity

import (
	"slices"
	"strings"
)

// maxCandidates bounds the people a name is compared with: the latest ones
// indexed under one of its words. It keeps merging linear in the text.
const maxCandidates = 16

// mergePeople joins people whose names are forms of one name: "Ishaq Dar"
// and "Mohammad Ishaq Dar", "Tamim bin Hamad" and "Tamim bin Hamad Al
// Thani", "Shah Mehmood Qureshi" and "Shah Mahmood Qureshi"; a one-word name
// joins the person whose name holds it ("Dar", "Shehbaz"), the one mentioned
// last before it if several do. People are taken in text order and found
// through an index of their words, so that each is compared with a bounded
// number of others.
func (a *analysis) mergePeople() {
	for _, p := range a.people {
		if a.halted() {
			break
		}
		slices.SortFunc(p.mentions, byStart)
		p.visit, p.lastSeen = 0, 0
	}
	order := append(a.order[:0], a.people...)
	a.order = order
	slices.SortStableFunc(order, func(p, q *person) int { return p.mentions[0].Start - q.mentions[0].Start })
	byWord := a.newWordPeople() // lower-case name word -> kept people, in the order kept
	kept := a.people[:0]        // written behind the reading of order, a copy
	for i, p := range order {
		var into *person
		visit := i + 1 // q.visit == visit: q compared with p already
		for _, w := range p.words {
			list := byWord.get(a.lowerOf(w))
			for _, q := range list[max(0, len(list)-maxCandidates):] {
				if q.visit == visit {
					continue
				}
				q.visit = visit
				if !a.t.samePerson(q.words, p.words) {
					continue
				}
				// q.lastSeen: the start of its latest mention so far
				if into == nil || q.lastSeen > into.lastSeen {
					into = q
				}
			}
		}
		if into == nil {
			kept = append(kept, p)
			p.lastSeen = p.mentions[len(p.mentions)-1].Start
			a.index(byWord, p, p.words)
			continue
		}
		if len(p.words) > len(into.words) {
			into.words = p.words // the fullest form names the person
			a.index(byWord, into, p.words)
		}
		into.mentions = append(into.mentions, p.mentions...)
		into.lastSeen = max(into.lastSeen, p.mentions[len(p.mentions)-1].Start)
		for _, o := range p.offices {
			into.addOffice(o)
		}
		if !into.explicit && p.explicit {
			into.country, into.explicit = p.country, true
		}
		if into.stated == "" {
			into.stated = p.stated
		}
		into.intl = into.intl || p.intl
		if into.known == nil {
			into.known = p.known
		}
		into.conf = max(into.conf, p.conf)
	}
	a.people = kept
}

// byStart orders mentions by where they start.
func byStart(m, n Mention) int { return m.Start - n.Start }

// index lists p under each of words.
func (a *analysis) index(byWord *wordPeople, p *person, words []string) {
	for _, w := range words {
		k := a.lowerOf(w)
		if list := byWord.get(k); len(list) == 0 || list[len(list)-1] != p {
			byWord.add(k, p)
		}
	}
}

// samePerson reports whether two names are forms of one person's name, the
// shorter of either within the longer (sameName) or one a spelling of the
// other (sameSpelling).
func (t *tables) samePerson(x, y []string) bool {
	if len(x) < len(y) {
		x, y = y, x
	}
	return t.sameName(x, y) || sameSpelling(x, y)
}

// sameName reports whether short is a form of long: one word of long; the
// first words of long ("Tamim bin Hamad" of "Tamim bin Hamad Al Thani"); or
// its words in order in long, ending with long's last word ("Ishaq Dar" of
// "Mohammad Ishaq Dar"), unless a patronymic particle stands before them in
// long: "Fahd bin Nasser Al Harbi" is the father in "Khalid bin Fahd bin
// Nasser Al Harbi".
func (t *tables) sameName(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	if len(short) == 1 {
		for _, w := range long {
			if sameWord(w, short[0]) {
				return true
			}
		}
		return false
	}
	prefix := true
	for i, w := range short {
		if !sameWord(w, long[i]) {
			prefix = false
			break
		}
	}
	if prefix {
		return true
	}
	if !sameWord(long[len(long)-1], short[len(short)-1]) {
		return false
	}
	k := 0
	for i, w := range long {
		if k < len(short) && sameWord(w, short[k]) {
			if k == 0 && i > 0 && isLowerIn(t.words.patronymics, long[i-1]) {
				return false
			}
			k++
		}
	}
	return k == len(short)
}

// sameSpelling reports whether two names of as many words are spellings of
// one: the same last word, and each other word the same or a spelling of it
// ("Mehmood" and "Mahmood"): as long, the same first letter, at most two
// letters apart.
func sameSpelling(x, y []string) bool {
	if len(x) != len(y) || len(x) < 2 || !sameWord(x[len(x)-1], y[len(y)-1]) {
		return false
	}
	differ := 0
	for i := range x[:len(x)-1] {
		a, b := strings.ToLower(strings.TrimSuffix(x[i], ".")), strings.ToLower(strings.TrimSuffix(y[i], "."))
		if a == b {
			continue
		}
		differ++
		if len(a) < 4 || len(b) < 4 || a[0] != b[0] || editDistance(a, b) > 2 {
			return false
		}
	}
	return differ <= 1
}

// sameWord reports whether two words of names are one, without case and a
// full stop after an initial: "S." and "S".
func sameWord(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, "."))
}

// editDistance returns the Levenshtein distance between two short words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
