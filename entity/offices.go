package entity

import (
	"strings"
	"unicode"

	"github.com/readout/readout/pipeline"
)

// findOffices finds the office titles, ranks and honorifics of the text. A
// title the tables list by a canonical name is reported by it; another is
// reported as the text writes it, with the words that make it whole: the
// modifiers before it ("Principal Deputy Spokesperson", "Commerce Adviser")
// and its complement after it ("Minister of Energy and Mineral Resources",
// "Leader of the Opposition", "Minister in the Presidency"). The complement
// ends where a name begins: after its last common English word ("Minister
// for Trade and Industry | Lucia Ferraro").
func (a *analysis) findOffices() {
	next := 0 // the token after the latest title
	for _, k := range a.phraseToks {
		i := int(k)
		if i < next || a.skip[i] || a.cls[i]&classOfficeStart == 0 {
			continue // a few loads a token: halted is asked where a title may start
		}
		if a.halted() {
			break
		}
		v1, e1, ok1 := a.t.officePhr.matchForms(a.toks, i, a.phraseStarts(i, startOffice), lower, true)
		v2, e2, ok2 := a.t.officeExact.matchForms(a.toks, i, a.phraseStarts(i, startOfficeExact), norm, true)
		if !ok1 && !ok2 {
			continue
		}
		v, end := v1, e1
		if !ok1 || ok2 && e2 > e1 {
			v, end = v2, e2
		}
		info := a.t.offices[v]
		start, title, country := i, info.Title, ""
		if info.Kind == officeCanonical {
			// "Minister of Foreign Affairs and Expatriates": a portfolio
			// joined to a canonical title leaves it canonical.
			end = a.joinedPortfolio(end)
		} else if info.Kind == officeWritten && a.abbreviation(i, end) {
			// "DG", "SAPM": the table's title.
		} else if info.Kind == officeWritten || info.Kind == officeGeneric {
			head := end
			start = a.modifiersBefore(i)
			end, country = a.complement(i, end)
			end = a.joinedPortfolio(end)
			if info.Kind == officeGeneric && start == i && end == head {
				title = "" // "Secretary Rubio": a title word used as an honorific
			} else {
				title = a.writtenTitle(start, end)
			}
		}
		// The modifiers taken in may hold an office just found ("Chief"):
		// this one replaces it.
		for len(a.oms) > 0 && a.oms[len(a.oms)-1].first >= start {
			last := a.oms[len(a.oms)-1]
			for k := last.first; k < last.end; k++ {
				a.office[k] = -1
			}
			a.oms = a.oms[:len(a.oms)-1]
		}
		idx := len(a.oms)
		a.oms = append(a.oms, omention{first: start, end: end, office: v, title: title, country: country})
		for k := start; k < end; k++ {
			a.office[k] = idx
		}
		next = end
	}
}

// abbreviation reports whether tokens [i, end) are a word cut short with a
// full stop, "Rep.", which the table's title writes out. An acronym ("MP",
// "DG") is written as the text gives it.
func (a *analysis) abbreviation(i, end int) bool {
	t := &a.toks[i]
	return end-i == 1 && strings.HasSuffix(t.Text, ".") && !t.IsAllCaps()
}

// maxTitleModifiers is the most tokens of modifiers a title's head word
// takes in before it: English stacks a few ("Principal Deputy Assistant
// Secretary", "Business and Trade Secretary"), never a line of them. The
// bound keeps findOffices linear in a run of title words ("Minister
// Minister ...").
const maxTitleModifiers = 8

// modifiersBefore returns the first token of the title whose head word
// starts at token i: it takes in the modifiers written before it, lower-case
// ones of the table ("presidential spokesperson", "deputy economy minister")
// and, before a capitalised head, capitalised English words ("Business and
// Trade Secretary", "Treasury Chief-of-Staff"). A capitalised word that
// starts a sentence is no sign of a title. The modifiers lie within
// maxTitleModifiers tokens of the head word.
func (a *analysis) modifiersBefore(i int) int {
	capital := a.toks[i].IsCap()
	k := i
	for k > 0 && i-k < maxTitleModifiers {
		j := k - 1
		t := &a.toks[j]
		if a.skip[j] || a.country[j] >= 0 || t.Kind != pipeline.Word {
			break
		}
		if o := a.office[j]; o >= 0 {
			// Only a generic title word joins, with its modifiers: "Chief
			// Adviser", "Principal Deputy Assistant Secretary".
			if a.oms[o].end != k || a.t.offices[a.oms[o].office].Kind != officeGeneric || i-a.oms[o].first > maxTitleModifiers {
				break
			}
			k = a.oms[o].first
			continue
		}
		switch {
		case a.t.modifiers[t.Lower] && (capital || !t.IsCap() || k == i):
			// "principal deputy spokesperson", "Presidential spokesperson"
			k--
			continue
		case a.titleWord(j):
			// "Commerce Adviser", "Opposition leader"
			k--
			continue
		case capital && (t.Lower == "and" || t.Text == "&") && j > 0 && a.titleWord(j-1) && !a.t.modifiers[a.toks[j-1].Lower]:
			k--
			continue
		}
		break
	}
	for k < i && (a.toks[k].Lower == "and" || a.toks[k].Text == "&") {
		k++
	}
	// Words that end a longer name are that name's: "Green Pakistan
	// Initiative chief", "Ministry of External Affairs spokesperson".
	if k < i && k > 0 {
		if p := &a.toks[k-1]; !a.skip[k-1] && a.country[k-1] < 0 && a.office[k-1] < 0 &&
			(p.Kind == pipeline.Word && p.IsCap() && !a.t.notName(p) && k-1 != a.d.Sentences[p.Sentence].FirstToken ||
				p.Lower == "of" || p.Lower == "for" || p.Text == "-" && !a.toks[k].SpaceBefore) {
			return i
		}
		if cm := a.country[k-1]; cm >= 0 {
			f := a.cms[cm].first
			if f > 0 && a.toks[f-1].IsCap() && a.toks[f-1].Kind == pipeline.Word && !a.t.notName(&a.toks[f-1]) {
				return i // "Green Pakistan Initiative chief"
			}
		}
	}
	if capital && k < i && k == a.d.Sentences[a.toks[k].Sentence].FirstToken && i-k == 1 && !a.t.modifiers[a.toks[k].Lower] {
		return i
	}
	return k
}

// titleWord reports whether token j is a capitalised word that can stand in
// a written title: a common English word or a body's word ("Commerce",
// "Treasury"), not a name ("White") and not the complement of a phrase
// before it ("Department of State").
func (a *analysis) titleWord(j int) bool {
	t := &a.toks[j]
	if !t.IsCap() || t.IsAllCaps() || a.t.notName(t) || a.country[j] >= 0 {
		return false
	}
	if j > 0 && (a.toks[j-1].Lower == "of" || a.toks[j-1].Lower == "for") {
		return false
	}
	if j > 0 && a.toks[j-1].Text == "-" && !t.SpaceBefore {
		return false // "Tehreek-e-Insaf leader": the end of a compound name
	}
	return a.t.common(t.Lower) || a.t.nonNames[t.Lower]
}

// complement returns the end of the title that ends before token end, with
// the complement written after it: "of", "for" or "in", an optional "the",
// and capitalised words up to the last one that is a common English word or
// a body's word ("Affairs", "Presidency", "Agency"); the words after that are
// a name. "of <country>" alone is no complement: it states the office's
// country. A complement "of <country> ..." states the office's country too,
// which complement returns with the end ("Counselor of the US Agency for
// International Development").
func (a *analysis) complement(i, end int) (int, string) {
	j := end
	if j+1 >= len(a.toks) || !a.t.words.complementWords[a.toks[j].Lower] || a.skip[j+1] {
		return end, ""
	}
	prep := a.toks[j].Lower
	if prep == "in" && a.toks[i].Lower != "minister" {
		return end, ""
	}
	country := ""
	j++
	if a.toks[j].Lower == "the" {
		j++
	}
	last := -1 // the last token of the complement
	odd := 0   // words in a row since it that are no complement word
	for k := j; k < len(a.toks) && !a.skip[k]; k++ {
		t := &a.toks[k]
		if cm := a.country[k]; cm >= 0 {
			e := a.cms[cm].end
			if prep == "of" && k == j && (e >= len(a.toks) || !a.toks[e].IsCap() || a.toks[e].IsPossessive()) {
				return end, "" // "Prime Minister of Japan": the country, not a complement
			}
			if prep == "of" && k == j && a.cms[cm].ref.kind != refNone {
				country = a.code(cm)
			}
			k = e - 1
			if prep == "for" {
				last = k // "Assistant Secretary for Pakistan"
			}
			continue
		}
		switch t.Lower {
		case "and", "&", "of", "for", "the", "on":
			continue
		}
		if t.Text == "-" && !t.SpaceBefore {
			continue
		}
		if !t.IsCap() || t.Kind != pipeline.Word || a.officeStarts(k) {
			break
		}
		if a.complementWord(t) {
			last, odd = k, 0
			continue
		}
		// One word the lexicon lacks may stand inside ("Foreign and
		// Diaspora Affairs"); two in a row are a name.
		if odd++; odd > 1 {
			break
		}
	}
	if last < 0 {
		return end, ""
	}
	return last + 1, country
}

// joinedPortfolio returns the end of a title that ends before token end,
// with "and" and the words of a portfolio after it ("Minister for Trade and
// Commerce"), up to the last common English word; "and" before another
// title or a name is left alone.
func (a *analysis) joinedPortfolio(end int) int {
	if end+1 >= len(a.toks) || a.toks[end].Lower != "and" && a.toks[end].Text != "&" {
		return end
	}
	last := -1
	for k := end + 1; k < len(a.toks) && !a.skip[k]; k++ {
		t := &a.toks[k]
		if !t.IsCap() || t.Kind != pipeline.Word || a.officeStarts(k) || a.country[k] >= 0 || !a.complementWord(t) {
			break
		}
		last = k
	}
	if last < 0 || last+1 < len(a.toks) && a.officeStarts(last+1) {
		return end // "the adviser and Commerce Adviser X": two titles
	}
	return last + 1
}

// officeStarts reports whether an office phrase of the tables starts at
// token k (findOffices has not reached it yet).
func (a *analysis) officeStarts(k int) bool {
	if a.toks[k].Kind == pipeline.Word {
		if a.cls[k]&classOfficeStart == 0 {
			return false
		}
		_, _, ok := a.t.officePhr.matchForms(a.toks, k, a.phraseStarts(k, startOffice), lower, true)
		if !ok {
			_, _, ok = a.t.officeExact.matchForms(a.toks, k, a.phraseStarts(k, startOfficeExact), norm, true)
		}
		return ok
	}
	_, _, ok := matchIndexed(a.t.officePhr, a.s.words, startOffice, a.toks, k, lower, true)
	if !ok {
		_, _, ok = matchIndexed(a.t.officeExact, a.s.words, startOfficeExact, a.toks, k, norm, true)
	}
	return ok
}

// complementWord reports whether t can end a title's complement: a common
// English word ("Energy", "Opposition", "Counterterrorism") or a body's word.
func (a *analysis) complementWord(t *pipeline.Token) bool {
	l := t.Lower
	if a.t.nonNames[l] || a.t.common(l) {
		return true
	}
	for _, prefix := range a.t.words.complementPrefixes {
		if rest, ok := strings.CutPrefix(l, prefix); ok && len(rest) > 3 && a.t.common(strings.TrimPrefix(rest, "-")) {
			return true
		}
	}
	return false
}

// writtenTitle returns the title at tokens [first, end) as written, with
// each word's first letter in upper case except for small words ("Minister
// of Energy and Mineral Resources").
func (a *analysis) writtenTitle(first, end int) string {
	var b strings.Builder
	for k := first; k < end; k++ {
		t := &a.toks[k]
		if k > first && t.SpaceBefore {
			b.WriteByte(' ')
		}
		w := t.Norm
		switch t.Lower {
		case "of", "for", "in", "the", "and", "to", "on":
			if k > first {
				b.WriteString(t.Lower)
				continue
			}
		}
		// "d'affaires" gives "d'Affaires".
		if len(w) > 2 && w[1] == '\'' {
			b.WriteString(w[:2])
			w = w[2:]
		}
		r := []rune(w)
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		b.WriteString(string(r))
	}
	return b.String()
}
