package entity

import "github.com/readout/readout/pipeline"

// engagementWords mark a sentence that reports an engagement between people,
// who then most likely serve different countries.
var engagementWords = map[string]bool{
	"met": true, "meet": true, "meets": true, "meeting": true, "talks": true, "call": true,
	"called": true, "calls": true, "phoned": true, "telephoned": true, "conversation": true,
	"spoke": true, "letter": true, "wrote": true, "received": true, "hosted": true,
	"counterpart": true, "visited": true,
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
	for round := 0; round < 3; round++ {
		changed := false
		for _, p := range a.people {
			if resolved[p] {
				continue
			}
			excluded, seen := judge(p)
			if len(seen) == 1 {
				for c := range seen {
					if !excluded[c] {
						p.country, resolved[p], changed = c, true, true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	home, counts := a.homeCountry()
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
	engagement := false
	for i := s.FirstToken; i < s.EndToken; i++ {
		engagement = engagement || engagementWords[a.toks[i].Lower]
	}
	// People who meet serve different countries.
	if engagement && a.party(s, p, who) {
		for _, q := range ps {
			if q != p && resolved[q] && q.country != "" && a.party(s, q, who) {
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
		seen[c] = true
		if end < s.EndToken && a.toks[end].IsPossessive() && a.praisedBy(s, i, end, pi, who) {
			excluded[c] = true
		}
		if a.visitBefore(i, s.FirstToken) && a.near(who, pi, i-8, i) {
			excluded[c] = true
		}
	}
}

// party reports whether p takes part in what sentence s reports, rather than
// being named as the owner of something ("President Trump's appreciation").
func (a *analysis) party(s pipeline.Sentence, p *person, who []int) bool {
	for _, m := range p.mentions {
		if m.FirstToken < s.FirstToken || m.EndToken > s.EndToken {
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
