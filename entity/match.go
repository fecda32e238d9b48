package entity

import (
	"slices"
	"sync"

	"github.com/readout/readout/pipeline"
)

// matcher finds the longest table phrase that starts at a token. Its
// phrases are added, then compiled once (compile) before it matches.
type matcher[V any] struct {
	// byFirst gives where each first word's phrases lie in phrases: made
	// by compile, or on the first ask (groups) for phrases that came
	// compiled, which the stage finds by the word index instead
	// (matchIndexed).
	byFirst map[string]phraseRange
	phrases []phrase[V] // grouped by first word, longest first
	added   []phrase[V] // the phrases added, in order, until compile
	// precompiled marks phrases that came compiled (compiledMatcher);
	// indexed makes their byFirst once.
	precompiled bool
	indexed     sync.Once
}

// phraseRange is the part phrases[start:end] of a matcher's phrases: a
// smaller value for its map than a slice, so a smaller map.
type phraseRange struct{ start, end int32 }

type phrase[V any] struct {
	words []string
	next  string // a word that must follow the phrase, not part of it, or ""
	value V
}

// newMatcher returns an empty matcher with room for about n phrases.
func newMatcher[V any](n int) *matcher[V] { return &matcher[V]{added: make([]phrase[V], 0, n)} }

func (m *matcher[V]) add(words []string, v V) { m.addBefore(words, "", v) }

// addBefore adds a phrase that matches only before the word next: "Amir"
// is a title in "Amir of Qatar", a name in "Amir Khan".
func (m *matcher[V]) addBefore(words []string, next string, v V) {
	if len(words) == 0 {
		return
	}
	m.added = append(m.added, phrase[V]{words, next, v})
}

// compile groups the phrases added by their first word, longest first and
// in the order added among phrases of one length, in one array whose parts
// byFirst gives. The groups lie in the order their first words were first
// added: a phrase's group is found by hashing its first word once, with no
// sort of the whole array by its strings (which cost New more than reading
// the tables), and the phrases are moved to their places in place.
//
// Phrases that came compiled are grouped already: compile leaves them,
// and their byFirst is made when first asked (groups).
func (m *matcher[V]) compile() {
	if m.precompiled {
		return
	}
	ps := m.added
	m.added = nil
	// Each phrase's group, numbered in the order of first appearance
	// (held in byFirst's start until the groups are placed), and the
	// number of phrases of each group.
	m.byFirst = make(map[string]phraseRange, len(ps))
	group := make([]int32, len(ps))
	at := make([]int32, 0, len(ps))
	for i := range ps {
		w := ps[i].words[0]
		r, ok := m.byFirst[w]
		if !ok {
			r = phraseRange{start: int32(len(at))}
			m.byFirst[w] = r
			at = append(at, 0)
		}
		group[i] = r.start
		at[r.start]++
	}
	// The counts become the groups' offsets; then group holds each
	// phrase's place, in the order added within its group.
	n := int32(0)
	for g, c := range at {
		at[g], n = n, n+c
	}
	for w, r := range m.byFirst {
		end := int32(len(ps))
		if int(r.start)+1 < len(at) {
			end = at[r.start+1]
		}
		m.byFirst[w] = phraseRange{at[r.start], end}
	}
	for i, g := range group {
		group[i] = at[g]
		at[g]++
	}
	// Move each phrase to its place, cycle by cycle.
	for i := range ps {
		for int(group[i]) != i {
			j := group[i]
			ps[i], ps[j] = ps[j], ps[i]
			group[i], group[j] = group[j], group[i]
		}
	}
	// Longest first within a group, stable: the order added among
	// phrases of one length.
	for _, r := range m.byFirst {
		if r.end-r.start > 1 {
			slices.SortStableFunc(ps[r.start:r.end], func(a, b phrase[V]) int { return len(b.words) - len(a.words) })
		}
	}
	m.phrases = ps
}

// compiledMatcher returns a matcher of phrases compiled already, grouped
// by their first word and longest first as compile leaves them (the
// generated tables): its compile does nothing, and its groups are indexed
// when first asked (groups). The matcher reads the phrases and never
// writes them.
func compiledMatcher[V any](phrases []phrase[V]) *matcher[V] {
	return &matcher[V]{phrases: phrases, precompiled: true}
}

// compiled reports whether m's phrases came compiled (compiledMatcher).
func (m *matcher[V]) compiled() bool { return m.precompiled }

// groups returns byFirst, where each first word's phrases lie, making it
// for phrases that came compiled the first time it is asked (safe for
// concurrent use once compile has run).
func (m *matcher[V]) groups() map[string]phraseRange {
	if m.precompiled {
		m.indexed.Do(m.indexGroups)
	}
	return m.byFirst
}

// indexGroups fills byFirst with the groups of phrases, which share their
// first word and lie side by side.
func (m *matcher[V]) indexGroups() {
	n := 0
	for i := range m.phrases {
		if i == 0 || m.phrases[i].words[0] != m.phrases[i-1].words[0] {
			n++
		}
	}
	m.byFirst = make(map[string]phraseRange, n)
	for i := 0; i < len(m.phrases); {
		j := i + 1
		for j < len(m.phrases) && m.phrases[j].words[0] == m.phrases[i].words[0] {
			j++
		}
		m.byFirst[m.phrases[i].words[0]] = phraseRange{int32(i), int32(j)}
		i = j
	}
}

// match returns the value of the longest phrase that starts at toks[i] and
// the index just past its last token. key gives the form of a token to
// compare. With skipAbbr, a parenthesised abbreviation inside the phrase is
// passed over: "Foreign Office (FO) Spokesperson".
func (m *matcher[V]) match(toks []pipeline.Token, i int, key func(*pipeline.Token) string, skipAbbr bool) (v V, end int, ok bool) {
	return m.matchRange(toks, i, m.groups()[key(&toks[i])], key, skipAbbr)
}

// matchIndexed is m.match for the matcher k of the word index x (startCountry
// ...), which holds m's first words: the phrases of toks[i]'s form are
// found by the slot of its lower-case form, as x was made
// (indexPhraseStarts), with no map of m's own.
func matchIndexed[V any](m *matcher[V], x *wordIndex, k int, toks []pipeline.Token, i int, key func(*pipeline.Token) string, skipAbbr bool) (v V, end int, ok bool) {
	var buf [64]byte
	sl := x.find(lowerForm(key(&toks[i]), buf[:0]))
	if sl == nil || sl.info.starts == 0 {
		return v, i, false
	}
	j := numStarts*int(sl.info.starts-1) + k
	return m.matchForms(toks, i, x.forms[x.startAt[j]:x.startAt[j+1]], key, skipAbbr)
}

// matchForms is match for a token whose lower-case word starts the phrases
// forms gives (the word index's phraseStarts for this matcher): the
// phrases of the form key gives of the token, found without hashing it.
func (m *matcher[V]) matchForms(toks []pipeline.Token, i int, forms []firstForm, key func(*pipeline.Token) string, skipAbbr bool) (v V, end int, ok bool) {
	if len(forms) == 0 {
		return v, i, false
	}
	w := key(&toks[i])
	for _, f := range forms {
		if f.word == w {
			return m.matchRange(toks, i, f.r, key, skipAbbr)
		}
	}
	return v, i, false
}

// matchRange is match among the phrases of r, those whose first word is
// the form key gives of toks[i].
func (m *matcher[V]) matchRange(toks []pipeline.Token, i int, r phraseRange, key func(*pipeline.Token) string, skipAbbr bool) (v V, end int, ok bool) {
	cands := m.phrases[r.start:r.end]
	for _, p := range cands {
		j := i + 1 // the first word is the token's (r)
		matched := true
		for _, w := range p.words[1:] {
			if skipAbbr {
				j = skipParenAbbr(toks, j)
			}
			if j >= len(toks) || key(&toks[j]) != w {
				matched = false
				break
			}
			j++
		}
		if matched && (p.next == "" || j < len(toks) && toks[j].Lower == p.next) {
			return p.value, j, true
		}
	}
	return v, i, false
}

// firstWords yields the first word of every phrase, once each.
func (m *matcher[V]) firstWords(yield func(string) bool) {
	for w := range m.groups() {
		if !yield(w) {
			return
		}
	}
}

// skipParenAbbr returns the index past "( ABBR )" at j, or j if there is none.
// A retired officer's "(retd)" is passed over the same way.
func skipParenAbbr(toks []pipeline.Token, j int) int {
	if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" {
		switch t := &toks[j+1]; {
		case t.IsAllCaps(), t.Lower == "retd", t.Lower == "retd.", t.Lower == "retired", t.Lower == "r":
			return j + 3
		}
	}
	return j
}

func norm(t *pipeline.Token) string  { return t.Norm }
func lower(t *pipeline.Token) string { return t.Lower }
