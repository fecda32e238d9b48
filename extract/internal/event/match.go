package event

import (
	"slices"

	"github.com/readout/readout/pipeline"
)

// personWindow is how many tokens a pattern's "{P}" looks ahead for a named
// person.
const personWindow = 8

// messageWindow is how many tokens after "received" are read for a call or a
// letter ("received a telephone call"): the condition message-after.
const messageWindow = 5

// condition is a named test of a rule's needs on sentence s around the
// trigger at token at.
type condition func(f *finder, s pipeline.Sentence, at int) bool

// conditions are the names a rule's needs may use.
var conditions = map[string]condition{
	"phone": func(f *finder, s pipeline.Sentence, at int) bool { return f.phone },
	"inperson": func(f *finder, s pipeline.Sentence, at int) bool {
		w := window(s, at)
		return f.any(w.FirstToken, w.EndToken, setInperson)
	},
	"message-after": func(f *finder, s pipeline.Sentence, at int) bool {
		return f.any(at+1, min(s.EndToken, at+1+messageWindow), setMessage)
	},
	"nopeople": func(f *finder, s pipeline.Sentence, at int) bool {
		w := window(s, at)
		return len(f.peopleIn(w)) == 0
	},
}

// trigger is a word or phrase that reports an engagement in a sentence.
type trigger struct {
	rule *rule
	at   int // token index of the trigger word
}

// typ is the trigger's event type, "" for a reference to any engagement.
func (tr trigger) typ() string {
	if tr.rule.typ == typeAny {
		return ""
	}
	return tr.rule.typ
}

// triggers lists the engagement words of sentence s in order: for each word,
// the first rule of the table whose pattern and needs hold. A rule of type
// none is listed too: it says the word reports no engagement. The list is
// the finder's, good until the next call.
func (f *finder) triggers(s pipeline.Sentence) []trigger {
	out := f.trigs[:0]
	at, _ := slices.BinarySearch(f.trigAt, int32(s.FirstToken))
	for _, i32 := range f.trigAt[at:] {
		i := int(i32)
		if i >= s.EndToken {
			break
		}
		t := &f.toks[i]
		for _, ru := range f.st.infos[f.st.ids.hashedID(t.Lower, t.Hash)].rules {
			if !f.matches(ru, s, i) {
				continue
			}
			out = append(out, trigger{ru, i})
			break
		}
	}
	f.trigs = out[:0]
	return out
}

// hasTrigger reports whether a word of sentence s has rules.
func (f *finder) hasTrigger(s pipeline.Sentence) bool {
	at, _ := slices.BinarySearch(f.trigAt, int32(s.FirstToken))
	return at < len(f.trigAt) && int(f.trigAt[at]) < s.EndToken
}

// matches reports whether rule ru holds for the trigger word at token at.
func (f *finder) matches(ru *rule, s pipeline.Sentence, at int) bool {
	if !f.matchBefore(ru.pat.before, at-1, s.FirstToken) || !f.matchAfter(ru.pat.after, at+1, s.EndToken) {
		return false
	}
	for _, nd := range ru.needs {
		if nd.test(f, s, at) == nd.not {
			return false
		}
	}
	return true
}

// matchAfter reports whether es match the tokens from k on, before end.
func (f *finder) matchAfter(es []elem, k, end int) bool {
	if len(es) == 0 {
		return true
	}
	e := es[0]
	switch e.kind {
	case elemGap:
		for n := 0; n <= e.gap && k+n <= end; n++ {
			if n > 0 && f.toks[k+n-1].Kind == pipeline.Punct {
				break
			}
			if f.matchAfter(es[1:], k+n, end) {
				return true
			}
		}
		return false
	case elemPerson:
		if j := f.personAfter(e, k, end); j >= 0 {
			return f.matchAfter(es[1:], j, end)
		}
		return false
	}
	if k < end && e.words[f.toks[k].Lower] && f.matchAfter(es[1:], k+1, end) {
		return true
	}
	return e.opt && f.matchAfter(es[1:], k, end)
}

// matchBefore reports whether es, in text order, match the tokens that end
// at token k, going back no further than first.
func (f *finder) matchBefore(es []elem, k, first int) bool {
	if len(es) == 0 {
		return true
	}
	e := es[len(es)-1]
	rest := es[:len(es)-1]
	switch e.kind {
	case elemGap:
		for n := 0; n <= e.gap && k-n >= first-1; n++ {
			if n > 0 && f.toks[k-n+1].Kind == pipeline.Punct {
				break
			}
			if f.matchBefore(rest, k-n, first) {
				return true
			}
		}
		return false
	case elemPerson:
		for j := k; j >= first && j > k-e.gap; j-- {
			if p := f.who[j]; p >= 0 {
				// Back past the name and the title before it:
				// "Brazilian President X".
				for j >= first && (f.who[j] == p || f.who[j] < 0 && f.toks[j].IsCap()) {
					j--
				}
				return f.matchBefore(rest, j, first)
			}
			if n := f.toks[j].Norm; n == "." || n == ";" {
				return false
			}
		}
		return false
	}
	if k >= first && e.words[f.toks[k].Lower] && f.matchBefore(rest, k-1, first) {
		return true
	}
	return e.opt && f.matchBefore(rest, k, first)
}

// any reports whether a token in [from, to) is a word of the lexicon's set.
func (f *finder) any(from, to int, set wordSet) bool {
	for k := max(from, 0); k < to && k < len(f.sets); k++ {
		if f.sets[k]&(1<<set) != 0 {
			return true
		}
	}
	return false
}

// is reports whether token k is a word of the lexicon's set.
func (f *finder) is(k int, set wordSet) bool {
	return k >= 0 && k < len(f.sets) && f.sets[k]&(1<<set) != 0
}

// titleWindow bounds the words of titles a pattern's {P} reads past:
// "called Amir of the State of Kuwait Sheikh X".
const titleWindow = 12

// personAfter looks from token k for the named person of element e: within
// e.gap words, not counting the capitalised words, "of" and "the" of a title,
// stopping at the end of a clause, at a word that ends the search
// (person-stop) or is a trigger itself ("welcomed the talks between X and
// Y"), and, for a narrow {Pn}, at a comma. It returns the token
// after the person's name, or -1.
func (f *finder) personAfter(e elem, k, end int) int {
	counted := 0
	for j := k; j < end && j < k+e.gap+titleWindow && counted < e.gap; j++ {
		if p := f.who[j]; p >= 0 {
			for j < end && f.who[j] == p {
				j++
			}
			return j
		}
		if f.is(j, setFirstPerson) || f.toks[j].Lower == "counterpart" {
			return j + 1 // "called me", "phoned his counterpart": resolved with the parties
		}
		t := &f.toks[j]
		switch {
		case t.Norm == "." || t.Norm == ";" || f.is(j, setPersonStop) || f.sets[j]&rulesBit != 0:
			return -1
		case t.Norm == "," && !e.commas:
			return -1
		case t.IsCap() || t.IsPossessive() || t.Lower == "of" || t.Lower == "the":
		default:
			counted++
		}
	}
	return -1
}
