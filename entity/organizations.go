package entity

import (
	"strings"

	"github.com/readout/readout/pipeline"
)

// org is an organisation under construction.
type org struct {
	words    []string // the fullest name, as written
	key      string   // the name in lower case, without a leading country
	acronym  string
	country  string
	mentions []Mention
	idx      int     // index in analysis.orgs
	conf     float64 // how strongly the text supports it (see Organization.Confidence)
	// stateless is set for a body of no one country: an international one
	// ("European Parliament", a table's body with no country) or one of two
	// countries ("US–Nigeria Joint Working Group").
	stateless bool
	mixed     bool   // its mentions state two countries ("the Saudi ... the Iranian Foreign Ministry")
	office    string // the office a body is named after ("Office of the National Security Adviser"), or ""
}

// findOrganizations finds the organisations the text names: the bodies of
// the tables by name or acronym ("IMF", "Reuters", "Taliban"), and
// capitalised runs that end with an organisation's head word, with its
// complement ("Federal Board of Revenue", "Saudi Press Agency", "Ministry of
// Foreign Affairs of the Kingdom of Morocco"). An acronym given in
// parentheses after a name ("(FBR)") is the organisation's, and so are its
// later mentions. Its country is the one the name states ("Saudi", "US",
// "Pakistan's", "of Nigeria"), the table's, or for a government body with
// none stated the dateline's. Tokens of an organisation are no person's.
func (a *analysis) findOrganizations() {
	byKey := map[string]*org{}
	byAcronym := map[string]*org{}
	byLast := map[string][]*org{} // last word of the key -> organisations, in the order found
	home := a.datelineCountry()
	var last *org // the organisation of the latest mention
	lastEnd := -1 // the end of the latest mention
	add := func(first, end int, name []string, key, acronym, country string) *org {
		o := byKey[key]
		if o == nil && acronym != "" {
			o = byAcronym[acronym]
		}
		if o == nil {
			o = a.shortFormOf(key, byLast)
		}
		if o == nil {
			o = &org{words: name, key: key, idx: len(a.orgs)}
			byKey[key] = o
			a.orgs = append(a.orgs, o)
			last := key[strings.LastIndexByte(key, ' ')+1:]
			byLast[last] = append(byLast[last], o)
		}
		if len(name) > len(o.words) {
			o.words = name
		}
		if o.acronym == "" && acronym != "" {
			o.acronym = acronym
		}
		if acronym != "" && byAcronym[acronym] == nil {
			byAcronym[acronym] = o
		}
		if o.country == "" && !o.stateless {
			o.country = country
		} else if country != "" && country != o.country {
			o.mixed = true
		}
		last, lastEnd = o, end
		o.mentions = append(o.mentions, a.mention(first, end))
		for k := first; k < end; k++ {
			a.orgTok[k] = true
		}
		a.orgAt[first] = a.orgIndex(o)
		return o
	}
	// nextHead[i]: the first capitalised head word at or after token i, so
	// that a run is read only where a head word is near.
	nextHead := make([]int32, len(a.toks)+1)
	nextHead[len(a.toks)] = int32(len(a.toks) + maxOrgTokens + 1)
	for i := len(a.toks) - 1; i >= 0; i-- {
		nextHead[i] = nextHead[i+1]
		if t := &a.toks[i]; t.Kind == pipeline.Word && a.cls[i]&classOrgHead != 0 && t.IsCap() {
			nextHead[i] = int32(i)
		}
	}
	runs := a.acronymRuns()
	nextRun := 0
	for i := 0; i < len(a.toks); i++ {
		if a.skip[i] || a.nameTok[i] || a.toks[i].Kind != pipeline.Word {
			continue
		}
		v, end, ok := 0, 0, false
		if a.cls[i]&classOrgStart != 0 {
			v, end, ok = a.t.orgPhr.match(a.toks, i, norm, false)
		}
		if ok && !a.nameTok[end-1] && !a.credit(i, end) {
			// A longer name with a head word wins: "United Nations General
			// Assembly".
			if _, _, e, _, long := a.readOrg(i); long && e > end {
				goto pattern
			}
			info := a.t.orgs[v]
			o := add(i, end, strings.Fields(info.Name), strings.ToLower(info.Name), info.Acronym, info.Country)
			o.conf, o.stateless = confOrgKnown, info.Country == ""
			i = end - 1
			continue
		}
		if o := a.acronymOf(byAcronym, i); o != nil {
			o.mentions = append(o.mentions, a.mention(i, i+1))
			a.orgTok[i] = true
			a.orgAt[i] = a.orgIndex(o)
			last, lastEnd = o, i+1
			continue
		}
		if end, title := a.officeBody(i); end > 0 && !a.credit(i, end) {
			acronym := ""
			if e := skipParenAbbr(a.toks, end); e == end+3 && a.toks[end+1].IsAllCaps() {
				acronym = a.toks[end+1].Norm
			}
			country := ""
			if home != "" && !a.foreignNear(i, end, home) {
				country = home // a government's office is the dateline's, as its ministries are
			}
			o := add(i, end, a.spanWords(i, end), a.orgKey(i, end), acronym, country)
			o.conf = max(o.conf, confOrgHead)
			o.office = title
			if acronym != "" {
				o.mentions = append(o.mentions, a.mention(end+1, end+2))
				a.orgTok[end+1] = true
				end += 3
			}
			i = end - 1
			continue
		}
	pattern:
		for nextRun < len(runs) && runs[nextRun][0] < i {
			nextRun++
		}
		if nextRun < len(runs) && runs[nextRun][0] == i {
			// "United States Strategic Metals (USSM)": a name its acronym spells.
			if _, _, e, _, ok := a.readOrg(i); !ok || e != runs[nextRun][1] {
				end := runs[nextRun][1]
				country := ""
				if cm := a.country[i]; cm >= 0 && a.cms[cm].first == i && a.cms[cm].end < end && a.cms[cm].ref.kind != refNone {
					country = a.code(cm)
				}
				acronym := a.toks[end+1].Norm
				o := add(i, end, a.spanWords(i, end), a.orgKey(i, end), acronym, country)
				o.conf = max(o.conf, confOrgHead)
				o.mentions = append(o.mentions, a.mention(end+1, end+2))
				a.orgTok[end+1] = true
				i = end + 2
				continue
			}
		}
		if int(nextHead[i]) >= i+maxOrgTokens {
			continue // no head word near: no body's name starts here
		}
		if i > 0 && (a.midRun(i) || a.inTitleHead(i)) {
			continue // a name starts where its run starts: not "Kamali Foreign Ministry"
		}
		first, nameFirst, end, country, ok := a.readOrg(i)
		if !ok {
			continue
		}
		if a.credit(first, end) {
			i = end
			continue
		}
		acronym := ""
		if e := skipParenAbbr(a.toks, end); e == end+3 && a.toks[end+1].IsAllCaps() {
			acronym = a.toks[end+1].Norm
		}
		if country == "" {
			country = a.complementCountry(nameFirst, end)
		}
		// A name that states its country is that country's body, even an
		// "Agency for International Development"; one of two countries, or
		// an international body's, is no country's.
		stateless := a.joinedAt(nameFirst) || country == "" && a.internationalName(nameFirst, end)
		switch {
		case stateless:
			country = ""
		case country != "":
		case last != nil && lastEnd == first-1 && a.toks[first-1].IsPossessive():
			// "the Turkish Presidency's Directorate of Communications"
			country = last.country
		case home != "" && a.nationalBody(nameFirst, end) && !a.foreignNear(first, end, home):
			country = home
		}
		name := a.spanWords(nameFirst, end)
		o := add(first, end, name, a.orgKey(nameFirst, end), acronym, country)
		o.conf = max(o.conf, confOrgHead)
		if stateless {
			o.stateless, o.country = true, ""
		}
		if acronym != "" {
			o.mentions = append(o.mentions, a.mention(end+1, end+2))
			a.orgTok[end+1] = true
			end += 3
		}
		i = end - 1
	}
}

// acronymOf returns the organisation whose acronym token i is, or nil; only
// a word in capitals is looked up.
func (a *analysis) acronymOf(byAcronym map[string]*org, i int) *org {
	if len(byAcronym) == 0 || !a.toks[i].IsAllCaps() {
		return nil
	}
	return byAcronym[a.toks[i].Norm]
}

// orgIndex returns the index of o in a.orgs.
func (a *analysis) orgIndex(o *org) int { return o.idx }

// maxOrgTokens bounds an organisation's name, so that reading one is
// bounded too: "Ministry of Foreign Affairs of the Kingdom of the
// Netherlands" is ten tokens.
const maxOrgTokens = 16

// readOrg reads an organisation's name at token i: an optional country
// ("Saudi", "US", "Pakistan's"), capitalised words, connectors ("of", "for",
// "and", "the") between them, ending with a head word and its complement.
// It returns the mention's first token, the name's first token (after a
// possessive country), the end, and the country stated at the start.
func (a *analysis) readOrg(i int) (first, nameFirst, end int, country string, ok bool) {
	first, nameFirst = i, i
	j := i
	if a.toks[j].Lower == "the" {
		return
	}
	if cm := a.country[j]; cm >= 0 && a.cms[cm].first == j && a.cms[cm].ref.kind != refNone {
		country = a.code(cm)
		j = a.cms[cm].end
		if j < len(a.toks) && a.toks[j].IsPossessive() {
			j++
			nameFirst = j
		} else if e := a.joinedCountry(j); e > j {
			country, j = "", e // "US–Nigeria Joint Working Group": of no one country
		}
	} else if !a.toks[j].IsCap() {
		return
	}
	lastHead, lastWord := -1, -1
	odd := 0 // words in a row that no English word is, from the run's start
	for k := j; k < len(a.toks) && k < j+maxOrgTokens && !a.skip[k] && !a.nameTok[k]; k++ {
		t := &a.toks[k]
		if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && k > j {
			k = a.cms[cm].end - 1
			lastWord = k
			continue
		}
		switch t.Lower {
		case "and", "&":
			// "the Saudi Press Agency and the Ministry ...": two bodies.
			if lastHead >= 0 && k+1 < len(a.toks) && (a.toks[k+1].Lower == "the" || a.country[k+1] >= 0) {
				goto done
			}
			fallthrough
		case "of", "for", "the":
			if lastHead < 0 && t.Lower != "the" {
				return // "Officials of the Board": the body starts after "of"
			}
			if lastWord < 0 || k+1 >= len(a.toks) || !a.toks[k+1].IsCap() && a.toks[k+1].Lower != "the" {
				goto done
			}
			continue
		}
		if t.Text == "-" && !t.SpaceBefore {
			continue
		}
		if t.Kind != pipeline.Word || !t.IsCap() && !a.t.orgHeads[t.Lower] {
			break
		}
		if o := a.office[k]; o >= 0 && a.oms[o].first == k && k > j && a.t.offices[a.oms[o].office].Kind != officeRank {
			break // "Peru's Department of State | Counselor Jane Roe"
		}
		glued := k > 0 && a.toks[k-1].Text == "-" && !a.toks[k-1].SpaceBefore
		switch {
		case a.t.orgHeads[t.Lower] && t.IsCap():
			lastHead, odd = k, 0
		case !a.t.english(t.Lower) && !glued:
			// "Ahmed Hafez Foreign Ministry", "Treasury Scott Bessent and
			// ...": two words in a row that are no English words are a
			// person's name, which no organisation's name runs into.
			if odd++; odd > 1 {
				if lastHead < 0 || lastHead > k-2 {
					return
				}
				lastWord = lastHead
				goto done
			}
		case !glued:
			odd = 0
		}
		lastWord = k
	}
done:
	if lastHead < 0 {
		return
	}
	end = lastHead + 1
	// The complement after the head: "Board of Revenue", "Embassy of
	// Nigeria in the United States".
	if end+1 < len(a.toks) && a.t.words.complementWords[a.toks[end].Lower] {
		last := -1
		for k := end + 1; k <= lastWord; k++ {
			t := &a.toks[k]
			if a.country[k] >= 0 || a.t.orgHeads[t.Lower] || t.IsCap() && a.orgComplementWord(t) {
				last = k
			}
			if t.IsCap() && !a.orgComplementWord(t) && a.country[k] < 0 && k+1 <= lastWord && !a.toks[k+1].IsCap() {
				break
			}
		}
		if last >= 0 {
			end = last + 1
		}
	}
	// An office title before the body is no part of it: "Chairman of the
	// House Foreign Affairs Committee", "Director-General of the National
	// Intelligence Agency"; but a body may open the title: "Foreign Office
	// Spokesperson".
	if o := a.office[nameFirst]; o >= 0 && a.oms[o].title != "" && a.oms[o].first == nameFirst {
		om := a.oms[o]
		k := om.first
		for k < om.end && !a.t.words.complementWords[a.toks[k].Lower] && !a.t.orgHeads[a.toks[k].Lower] {
			k++
		}
		if k < om.end && a.t.words.complementWords[a.toks[k].Lower] || k == om.end {
			k = min(k+1, om.end)
			country = "" // "US Secretary of the Navy": the country was the title's
			nameFirst, first = k, k
		}
	}
	// Modifiers of a title are no body's: "Deputy Treasury Secretary".
	for nameFirst < end && a.office[nameFirst] >= 0 && a.t.modifiers[a.toks[nameFirst].Lower] {
		nameFirst++
		first = nameFirst
	}
	// Leading words that open no name: "A Tamil National Alliance",
	// "TORONTO The Canadian Press", "MENAFN- Trend News Agency".
	for nameFirst < end {
		t := &a.toks[nameFirst]
		next := nameFirst + 1
		if t.Kind == pipeline.Word && !a.t.notName(t) && !(t.IsAllCaps() && a.t.isPlace(t.Lower)) &&
			!(next < end && a.toks[next].Text == "-" && next+1 < len(a.toks) && a.toks[next+1].SpaceBefore) {
			break
		}
		nameFirst++
		first = nameFirst
	}
	// A name of at least two words, or a country and a head ("US Treasury").
	words := 0
	for k := nameFirst; k < end; k++ {
		if a.toks[k].Kind == pipeline.Word && a.toks[k].IsCap() {
			words++
		}
	}
	if words < 2 && !(words == 1 && country != "" && nameFirst == first) {
		return
	}
	// The first word of a sentence is no sign: "Ministry officials said".
	if words < 2 {
		return
	}
	return first, nameFirst, end, country, true
}

// midRun reports whether token i follows a capitalised word that could
// have opened a name with it.
func (a *analysis) midRun(i int) bool {
	t := &a.toks[i-1]
	return t.Kind == pipeline.Word && t.IsCap() && !t.IsAllCaps() && !a.skip[i-1] &&
		a.country[i-1] < 0 && a.office[i-1] < 0 && !a.orgTok[i-1] && !a.t.notName(t) &&
		a.toks[i-1].Sentence == a.toks[i].Sentence && i-1 != a.d.Sentences[t.Sentence].FirstToken &&
		// "Ahmed Kamali | Foreign Ministry": where a name gives way to
		// English words, a body's name may start.
		!(a.t.english(a.toks[i].Lower) && !a.t.english(t.Lower))
}

// inTitleHead reports whether token i is inside an office title before its
// complement: "Prime Minister House" names no "Minister House".
func (a *analysis) inTitleHead(i int) bool {
	o := a.office[i]
	if o < 0 || a.oms[o].first == i {
		return false
	}
	for k := a.oms[o].first; k < i; k++ {
		if a.t.words.complementWords[a.toks[k].Lower] {
			return false
		}
	}
	return true
}

// credit reports whether tokens [i, end) are an agency's credit in
// parentheses near a sentence's start: "Tehran, Aug 26 (IANS)", or a
// syndicator's: "(MENAFN- Trend News Agency)".
func (a *analysis) credit(i, end int) bool {
	s := a.d.Sentences[a.toks[i].Sentence]
	j := i - 1
	if j >= 2 && isDash(&a.toks[j]) && !a.toks[j].SpaceBefore && a.toks[j-1].IsAllCaps() {
		j -= 2
	}
	return j >= 0 && end < len(a.toks) && a.toks[j].Text == "(" && a.toks[end].Text == ")" && i-s.FirstToken < 12
}

// orgComplementWord reports whether t can end a body's complement: a word
// that can end a title's, or the plural of an English word ("House of
// Lords").
func (a *analysis) orgComplementWord(t *pipeline.Token) bool {
	if a.complementWord(t) {
		return true
	}
	l := t.Lower
	return len(l) > 3 && l[len(l)-1] == 's' && a.t.english(l[:len(l)-1])
}

// complementCountry returns the country named after "of" inside the name
// [first, end): "Embassy of Nigeria", "Ministry of Foreign Affairs of the
// Kingdom of Morocco".
func (a *analysis) complementCountry(first, end int) string {
	for k := first + 1; k < end; k++ {
		if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].ref.kind != refNone {
			p := k - 1
			if a.toks[p].Lower == "the" {
				p--
			}
			if p >= first && a.toks[p].Lower == "of" {
				return a.code(cm)
			}
		}
	}
	return ""
}

// datelineCountry returns the country of the dateline's place, or "".
func (a *analysis) datelineCountry() string {
	dl := a.d.Header.Dateline
	if dl.Len() == 0 {
		return ""
	}
	return a.placeCountry(titleCase(dl.In(a.d.Text)))
}

// spanWords returns the words of tokens [first, end) as written, a hyphen
// and an apostrophe kept inside their word.
func (a *analysis) spanWords(first, end int) []string {
	return strings.Fields(a.d.Text[a.toks[first].Start:a.toks[end-1].End])
}

// orgKey is the form under which mentions of one organisation merge: its
// name in lower case, without a leading country ("Iranian Foreign Ministry"
// is "foreign ministry"), a government body's portfolio before its head
// ("Ministry of Commerce" is "commerce ministry", "Department of State"
// "state department").
func (a *analysis) orgKey(first, end int) string {
	k := first
	if cm := a.country[k]; cm >= 0 && a.cms[cm].first == k && a.cms[cm].end < end {
		k = a.joinedCountry(a.cms[cm].end)
	}
	words := strings.Fields(strings.ToLower(strings.Join(a.spanWords(k, end), " ")))
	if len(words) >= 3 && a.t.words.governmentBodies[words[0]] && words[1] == "of" {
		words = append(words[2:], words[0])
	}
	return strings.Join(words, " ")
}

// shortFormOf returns the organisation found before whose key ends with
// key, a shorter form of its name ("Working Group" after "Joint Working
// Group"), among the latest found with the same last word; nil if none.
func (a *analysis) shortFormOf(key string, byLast map[string][]*org) *org {
	if !strings.Contains(key, " ") {
		return nil // one word names no body on its own
	}
	list := byLast[key[strings.LastIndexByte(key, ' ')+1:]]
	for i := len(list) - 1; i >= 0 && i >= len(list)-maxCandidates; i-- {
		if o := list[i]; len(o.key) > len(key) && strings.HasSuffix(o.key, " "+key) {
			return o
		}
	}
	return nil
}
