package entity

import "github.com/readout/readout/pipeline"

// engagementWords mark a sentence that reports an engagement between people,
// who then most likely serve different countries.
var engagementWords = map[string]bool{
	"met": true, "meet": true, "meets": true, "meeting": true, "talks": true, "call": true,
	"called": true, "calls": true, "phoned": true, "telephoned": true, "conversation": true,
	"spoke": true, "letter": true, "wrote": true, "received": true, "hosted": true,
	"counterpart": true, "visited": true, "written": true, "letters": true,
}

// visitWords followed by "to"/"in" and a country show a person travelling abroad.
var visitWords = map[string]bool{
	"visit": true, "visits": true, "trip": true, "trips": true, "travelled": true,
	"traveled": true, "arrived": true, "flew": true, "tour": true,
}

// praiseWords with "<Country>'s" show a person judging a country from outside:
// "the US official lauded Pakistan's sacrifices".
var praiseWords = map[string]bool{
	"appreciation": true, "appreciated": true, "appreciates": true, "gratitude": true,
	"praise": true, "praised": true, "praises": true, "lauded": true, "lauds": true,
	"thanked": true, "thanks": true, "commended": true, "commends": true, "hailed": true,
	"acknowledged": true, "acknowledges": true,
}

// resolveCountries gives each person a country: the country of their offices
// when the text states it; otherwise the one the article points to, judged by
// whom they meet, where they travel, whom they praise, the countries of the
// sentences they appear in, and the article's home country. People resolved
// by their sentences help resolve the people they meet, so it runs in rounds.
func (a *analysis) resolveCountries() {
	for _, p := range a.people {
		if p.explicit {
			continue
		}
		for _, o := range p.offices {
			if o.Country != "" {
				p.country, p.explicit = o.Country, true
				break
			}
		}
	}
	resolved := map[*person]bool{}
	for _, p := range a.people {
		resolved[p] = p.explicit || p.intl
	}
	who := make([]int, len(a.toks))
	for i := range who {
		who[i] = -1
	}
	for pi, p := range a.people {
		for _, m := range p.mentions {
			for k := m.FirstToken; k < m.EndToken; k++ {
				who[k] = pi
			}
		}
	}
	personIn := a.peopleBySentence()
	judge := func(p *person) (excluded, seen map[string]bool) {
		excluded, seen = map[string]bool{}, map[string]bool{}
		for si, ps := range personIn {
			if contains(ps, p) {
				a.judgeSentence(si, p, ps, who, resolved, excluded, seen)
			}
		}
		return excluded, seen
	}
	home, counts := a.homeCountry()
	for round := 0; round < 3; round++ {
		changed := false
		for _, p := range a.people {
			if resolved[p] {
				continue
			}
			excluded, seen := judge(p)
			if len(seen) != 1 {
				continue
			}
			for c, named := range seen {
				// An office holder is taken abroad only by a country named
				// beside them, not by a capital acting in the sentence.
				if !excluded[c] && (named || len(p.offices) == 0 || c == home) {
					p.country, resolved[p], changed = c, true, true
				}
			}
		}
		if !changed {
			break
		}
	}
	// A country has one holder of each single-seat office at a time: the
	// home country's Prime Minister, once someone holds it, is no one else's.
	held := map[Office]*person{}
	hold := func(p *person) {
		for _, o := range p.offices {
			if singleSeat[o.Title] && p.country != "" {
				held[Office{Title: o.Title, Country: p.country}] = p
			}
		}
	}
	for _, p := range a.people {
		if resolved[p] {
			hold(p)
		}
	}
	for _, p := range a.people {
		if resolved[p] {
			continue
		}
		excluded, _ := judge(p)
		for _, o := range p.offices {
			if q := held[Office{Title: o.Title, Country: home}]; q != nil && q != p && singleSeat[o.Title] {
				excluded[home] = true
			}
		}
		resolved[p] = true // later people may be judged against this guess
		if home != "" && !excluded[home] {
			p.country = home
			hold(p)
			continue
		}
		best := 0
		for i, cm := range a.cms {
			if cm.ref.kind == refNone {
				continue
			}
			if c := a.code(i); !excluded[c] && counts[c] > best {
				p.country, best = c, counts[c]
			}
		}
		hold(p)
	}
}

// singleSeat are offices a country gives one person at a time.
var singleSeat = map[string]bool{
	"President": true, "Vice President": true, "Prime Minister": true,
	"Deputy Prime Minister": true, "Foreign Minister": true, "Secretary of State": true,
	"National Security Advisor": true, "Finance Minister": true, "Defence Minister": true,
	"Secretary of Defense": true, "Interior Minister": true, "Commerce Minister": true,
	"Secretary of Commerce": true, "Chief of Army Staff": true, "Foreign Secretary": true,
	"King": true, "Crown Prince": true, "Emir": true, "Chancellor": true,
}

func contains(ps []*person, p *person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// judgeSentence records in excluded the countries sentence si shows p does
// not serve, and in seen the countries it names outside other people's
// titles. who maps tokens to people.
func (a *analysis) judgeSentence(si int, p *person, ps []*person, who []int, resolved map[*person]bool, excluded, seen map[string]bool) {
	s := a.d.Sentences[si]
	// People who meet serve different countries; only the clause of the
	// engagement counts ("X told reporters that Y had written to Z": X is
	// no party).
	if c, ok := a.engagementClause(s); ok && a.party(c, p, who) {
		for _, q := range ps {
			if q != p && resolved[q] && q.country != "" && a.party(c, q, who) {
				excluded[q.country] = true
			}
		}
	}
	pi := -1
	for i, q := range a.people {
		if q == p {
			pi = i
		}
	}
	for i := s.FirstToken; i < s.EndToken; i++ {
		cm := a.country[i]
		if cm < 0 || a.cms[cm].first != i || a.cms[cm].ref.kind == refNone {
			continue
		}
		c := a.code(cm)
		end := a.cms[cm].end
		// A country in someone's title ("US Secretary of State") is theirs.
		if a.titleAt(end) {
			continue
		}
		// true: named or by demonym; false: only by a capital or a seat of
		// government, which more often acts in the sentence than owns the
		// people in it ("was acknowledged by the White House").
		seen[c] = seen[c] || a.cms[cm].ref.kind != refCapital
		if end < s.EndToken && a.toks[end].IsPossessive() && a.praisedBy(s, i, end, pi, who) {
			excluded[c] = true
		}
		if a.visitBefore(i, s.FirstToken) && a.near(who, pi, i-8, i) {
			excluded[c] = true
		}
	}
}

// clauseBounds end the clause of an engagement word on either side.
var clauseBounds = map[string]bool{
	"that": true, "said": true, "says": true, "told": true, "added": true, "according": true,
	";": true, "who": true, "which": true, "where": true, "while": true, ".": true,
}

// engagementClause returns the part of sentence s around its engagement words,
// between the clause bounds before the first and after the last.
func (a *analysis) engagementClause(s pipeline.Sentence) (pipeline.Sentence, bool) {
	first, last := -1, -1
	for i := s.FirstToken; i < s.EndToken; i++ {
		if engagementWords[a.toks[i].Lower] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return s, false
	}
	c := s
	for k := first - 1; k >= s.FirstToken; k-- {
		if clauseBounds[a.toks[k].Lower] {
			c.FirstToken = k + 1
			break
		}
	}
	for k := last + 1; k < s.EndToken; k++ {
		if clauseBounds[a.toks[k].Lower] {
			c.EndToken = k
			break
		}
	}
	return c, true
}

// party reports whether p takes part in what sentence s reports, rather than
// being named as the owner of something ("President Trump's appreciation").
func (a *analysis) party(s pipeline.Sentence, p *person, who []int) bool {
	for _, m := range p.mentions {
		if m.FirstToken < s.FirstToken || m.EndToken > s.EndToken || Courier(a.toks, m.FirstToken, s.FirstToken) {
			continue
		}
		e := m.EndToken
		if e >= s.EndToken || !a.toks[e].IsPossessive() {
			return true
		}
		for k := e + 1; k < s.EndToken && k <= e+3; k++ {
			if engagementWords[a.toks[k].Lower] {
				return true
			}
		}
	}
	return false
}

// praisedBy reports whether the country possessive at tokens [c, end) is the
// object of person pi's praise: "Trump's appreciation for Pakistan's
// efforts", "appreciation of Pakistan's efforts by President Trump".
func (a *analysis) praisedBy(s pipeline.Sentence, c, end, pi int, who []int) bool {
	for w := max(s.FirstToken, c-4); w < c; w++ {
		if !praiseWords[a.toks[w].Lower] {
			continue
		}
		// The praiser right before the praise word ...
		if a.near(who, pi, w-4, w) {
			return true
		}
		// ... or after "by" following the object.
		for k := end; k < s.EndToken && k < end+10; k++ {
			if a.toks[k].Lower == "by" && a.near(who, pi, k+1, k+4) {
				return true
			}
		}
	}
	return false
}

// near reports whether person pi is mentioned in tokens [from, to).
func (a *analysis) near(who []int, pi, from, to int) bool {
	for k := max(0, from); k < to && k < len(who); k++ {
		if who[k] == pi {
			return true
		}
	}
	return false
}

// titleAt reports whether an office title (after an optional possessive)
// starts at token i.
func (a *analysis) titleAt(i int) bool {
	if i < len(a.toks) && a.toks[i].IsPossessive() {
		i++
	}
	return i < len(a.toks) && a.office[i] >= 0 && a.oms[a.office[i]].first == i &&
		a.info(a.oms[a.office[i]].office).Title != ""
}

// visitBefore reports whether "visit(s) to (the)" or "arrived in" ends just
// before token i.
func (a *analysis) visitBefore(i, first int) bool {
	j := i - 1
	if j >= first && a.toks[j].Lower == "the" {
		j--
	}
	if j < first || (a.toks[j].Lower != "to" && a.toks[j].Lower != "in") {
		return false
	}
	return j-1 >= first && visitWords[a.toks[j-1].Lower]
}

// homeCountry returns the article's home country, the dateline's or else the
// most mentioned, and the number of mentions of each country.
func (a *analysis) homeCountry() (string, map[string]int) {
	counts := map[string]int{}
	best, home := 0, ""
	for i, cm := range a.cms {
		if cm.ref.kind == refNone {
			continue
		}
		c := a.code(i)
		counts[c]++
		if counts[c] > best {
			best, home = counts[c], c
		}
	}
	if dl := a.d.Header.Dateline; dl.Len() > 0 {
		if c := a.placeCountry(titleCase(dl.In(a.d.Text))); c != "" {
			home = c
		}
	}
	return home, counts
}

// peopleBySentence lists, for each sentence, the people it mentions.
func (a *analysis) peopleBySentence() [][]*person {
	out := make([][]*person, len(a.d.Sentences))
	for _, p := range a.people {
		for _, m := range p.mentions {
			si := a.toks[m.FirstToken].Sentence
			if !contains(out[si], p) {
				out[si] = append(out[si], p)
			}
		}
	}
	return out
}

// courierWords before "by X" make X a messenger, not a party.
var courierWords = map[string]bool{
	"delivered": true, "handed": true, "carried": true, "conveyed": true, "presented": true,
}

// Courier reports whether the person mentioned from token i, in a sentence
// that starts at token first, is named as the messenger of something rather
// than a party to it: "the letter, delivered by Ambassador X", "handed over
// by X".
func Courier(toks []pipeline.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-4; k-- {
		if toks[k].Lower == "by" {
			for j := k - 1; j >= first && j >= k-2; j-- {
				if courierWords[toks[j].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}
