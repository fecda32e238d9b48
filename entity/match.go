package entity

import (
	"slices"

	"github.com/readout/readout/pipeline"
)

// matcher finds the longest table phrase that starts at a token.
type matcher[V any] struct {
	byFirst map[string][]phrase[V] // longest first
}

type phrase[V any] struct {
	words []string
	next  string // a word that must follow the phrase, not part of it, or ""
	value V
}

func newMatcher[V any]() *matcher[V] { return &matcher[V]{byFirst: map[string][]phrase[V]{}} }

func (m *matcher[V]) add(words []string, v V) { m.addBefore(words, "", v) }

// addBefore adds a phrase that matches only before the word next: "Amir"
// is a title in "Amir of Qatar", a name in "Amir Khan".
func (m *matcher[V]) addBefore(words []string, next string, v V) {
	if len(words) == 0 {
		return
	}
	// Longest first, and in the order added among phrases of one length:
	// after every phrase at least as long.
	list := m.byFirst[words[0]]
	i := len(list)
	for i > 0 && len(list[i-1].words) < len(words) {
		i--
	}
	m.byFirst[words[0]] = slices.Insert(list, i, phrase[V]{words, next, v})
}

// match returns the value of the longest phrase that starts at toks[i] and
// the index just past its last token. key gives the form of a token to
// compare. With skipAbbr, a parenthesised abbreviation inside the phrase is
// passed over: "Foreign Office (FO) Spokesperson".
func (m *matcher[V]) match(toks []pipeline.Token, i int, key func(*pipeline.Token) string, skipAbbr bool) (v V, end int, ok bool) {
	cands := m.byFirst[key(&toks[i])]
	for _, p := range cands {
		j := i
		matched := true
		for k, w := range p.words {
			if k > 0 && skipAbbr {
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

// firstWords returns the first word of every phrase, as added.
func (m *matcher[V]) firstWords() []string {
	words := make([]string, 0, len(m.byFirst))
	for w := range m.byFirst {
		words = append(words, w)
	}
	return words
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
