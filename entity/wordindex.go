package entity

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

// Each word of a document is looked up once, when the analysis starts: its
// lower-case form is hashed once, found in the stage's word index (its word
// classes, whether it can be no name) and, when the text writes it in lower
// case, added to the document's set of such words. The passes then read
// per-token flags instead of looking the word up again.

// wordInfo is what the stage's tables say of a lower-case word.
type wordInfo struct {
	cls     wordClass // the word sets with a bit that it is in (words.classes)
	notName bool      // never a name's word (notName)
	// starts numbers the words that start a phrase of the tables'
	// matchers in one of their forms, from 1 (wordIndex.forms); 0 for a
	// word that starts none.
	starts int32
}

// The tables' matchers whose phrases the word index finds by a token's
// lower-case word (wordIndex.forms): a matcher is asked by the token's
// word found once (newAnalysisCtx), not by hashing its form again.
const (
	startCountry     = iota // tables.countryPhr
	startOffice             // tables.officePhr
	startOfficeExact        // tables.officeExact
	startOrg                // tables.orgPhr
	numStarts
)

// firstForm is a phrase's first word as its matcher compares it (Norm or
// Lower), with the part of the matcher's phrases that start with it.
type firstForm struct {
	word string
	r    phraseRange
}

// wordIndex is an open-addressing hash table of the lower-case words the
// tables say something of, built once with the Stage and read by every
// analysis.
type wordIndex struct {
	mask  uint32
	slots []wordSlot
	// forms holds the first words of the matchers' phrases, grouped by
	// their lower-case word and matcher: those of the word whose
	// wordInfo.starts is s and of matcher k are
	// forms[startAt[numStarts*(s-1)+k]:startAt[numStarts*(s-1)+k+1]].
	forms   []firstForm
	startAt []int32
}

type wordSlot struct {
	word string
	hash uint32
	info wordInfo
	used bool
}

// newWordIndex indexes the words of t's word classes, with the first
// words of its phrases (phraseClasses), and of its words that are no name.
func newWordIndex(t *tables) *wordIndex {
	classes := t.phraseClasses()
	size := 16
	for size < 2*(len(classes)+len(t.words.notNames)) {
		size *= 2
	}
	x := &wordIndex{mask: uint32(size - 1), slots: make([]wordSlot, size)}
	// In the words' order, so that the index of given tables is always
	// the same, as its generated form (wordindex_data.go) is.
	for _, w := range slices.Sorted(maps.Keys(classes)) {
		x.slot(w).info.cls = classes[w]
	}
	for _, w := range slices.Sorted(maps.Keys(t.words.notNames)) {
		if t.words.notNames[w] {
			x.slot(w).info.notName = true
		}
	}
	x.indexPhraseStarts(t)
	return x
}

// indexPhraseStarts adds the first words of the tables' matchers to the
// slots of their lower-case forms, which the classes hold already
// (phraseClasses). The forms lie in one array, grouped by word and
// matcher, so that New makes no slice a word.
func (x *wordIndex) indexPhraseStarts(t *tables) {
	matchers := [numStarts]map[string]phraseRange{
		startCountry: t.countryPhr.groups(), startOffice: t.officePhr.groups(),
		startOfficeExact: t.officeExact.groups(), startOrg: t.orgPhr.groups(),
	}
	type entry struct {
		at   int32 // numStarts*(wordInfo.starts-1) + the matcher
		form firstForm
	}
	total := 0
	for _, m := range matchers {
		total += len(m)
	}
	entries := make([]entry, 0, total)
	words := int32(0)
	var buf [64]byte
	for k, m := range matchers {
		for _, w := range slices.Sorted(maps.Keys(m)) {
			r := m[w]
			sl := x.find(lowerForm(w, buf[:0]))
			if sl == nil { // not among the classes: tables made some other way
				sl = x.slot(strings.ToLower(w))
			}
			if sl.info.starts == 0 {
				words++
				sl.info.starts = words
			}
			entries = append(entries, entry{numStarts*(sl.info.starts-1) + int32(k), firstForm{w, r}})
		}
	}
	// Count the forms of each word and matcher, then place them.
	x.startAt = make([]int32, numStarts*int(words)+1)
	for _, e := range entries {
		x.startAt[e.at+1]++
	}
	for i := 1; i < len(x.startAt); i++ {
		x.startAt[i] += x.startAt[i-1]
	}
	next := slices.Clone(x.startAt[:len(x.startAt)-1])
	x.forms = make([]firstForm, total)
	for _, e := range entries {
		x.forms[next[e.at]] = e.form
		next[e.at]++
	}
}

// lowerForm returns w in lower case (strings.ToLower), in buf where w is
// ASCII, else in a new string.
func lowerForm(w string, buf []byte) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(buf, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		buf = append(buf, lowerASCII(w[i]))
	}
	return buf
}

// find returns the slot of the word w, or nil if the index lacks it.
func (x *wordIndex) find(w []byte) *wordSlot {
	h := wordlist.Hash(w)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if !s.used {
			return nil
		}
		if s.hash == h && s.word == string(w) {
			return s
		}
	}
}

// phraseStarts returns the forms of word token i's word that start a
// phrase of the matcher k (startCountry ...), or nil if none does.
func (a *analysis) phraseStarts(i, k int) []firstForm {
	if s := a.starts[i]; s != 0 {
		x := a.s.words
		j := numStarts*int(s-1) + k
		return x.forms[x.startAt[j]:x.startAt[j+1]]
	}
	return nil
}

// slot returns the slot of w, taking an empty one for a new word; the
// table has room for every word added.
func (x *wordIndex) slot(w string) *wordSlot {
	h := wordlist.Hash(w)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if !s.used {
			*s = wordSlot{word: w, hash: h, used: true}
			return s
		}
		if s.hash == h && s.word == w {
			return s
		}
	}
}

// defaultWordIndex is the word index of the default tables, built once a
// process like them: every Stage of the process shares it.
var defaultWordIndex = sync.OnceValue(func() *wordIndex {
	t, err := defaultTables()
	if err != nil {
		return nil // New reports the error before it asks
	}
	if x := compiledWordIndex(); x != nil {
		return x
	}
	return newWordIndex(t)
})

// lookup returns what the index holds of the word w of hash h.
func (x *wordIndex) lookup(w string, h uint32) wordInfo {
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if !s.used {
			return wordInfo{}
		}
		if s.hash == h && s.word == w {
			return s.info
		}
	}
}

// wordSet is a set of a document's lower-case word forms (Token.Lower), an
// open-addressing hash table of the tokens that hold them: a table with no
// pointers, whose room is reused from document to document (scratch).
type wordSet struct {
	toks  []pipeline.Token // the document's, while the set is in use
	mask  uint32
	n     int
	slots []setSlot
}

type setSlot struct {
	hash uint32
	tok  int32 // the index of a token holding the word, plus one; 0: empty
}

// minSetSlots is the room a wordSet starts with; it doubles as the set
// fills, so that its size follows the words of a document, not its tokens.
const minSetSlots = 1024

// reset empties s for the words of toks.
func (s *wordSet) reset(toks []pipeline.Token) {
	s.resize(minSetSlots) // in the room an earlier document left, if any
	s.toks = toks
}

// resize empties s into size slots, a power of two.
func (s *wordSet) resize(size int) {
	if cap(s.slots) < size {
		s.slots = make([]setSlot, size)
	} else {
		s.slots = s.slots[:size]
		clear(s.slots)
	}
	s.mask, s.n = uint32(size-1), 0
}

// add adds the word of token i, of hash h.
func (s *wordSet) add(i int, h uint32) {
	if 2*(s.n+1) > len(s.slots) { // at most half full: double the room
		old := s.slots
		s.slots = nil
		s.resize(2 * len(old))
		for _, sl := range old {
			if sl.tok != 0 {
				s.put(sl)
			}
		}
	}
	w := s.toks[i].Lower
	for k := h & s.mask; ; k = (k + 1) & s.mask {
		sl := &s.slots[k]
		if sl.tok == 0 {
			*sl = setSlot{hash: h, tok: int32(i + 1)}
			s.n++
			return
		}
		if sl.hash == h && s.toks[sl.tok-1].Lower == w {
			return
		}
	}
}

// put puts a slot of a smaller table in s, which does not hold its word.
func (s *wordSet) put(sl setSlot) {
	k := sl.hash & s.mask
	for s.slots[k].tok != 0 {
		k = (k + 1) & s.mask
	}
	s.slots[k] = sl
	s.n++
}

// has reports whether s holds w.
func (s *wordSet) has(w string) bool {
	if s.n == 0 {
		return false
	}
	h := wordlist.Hash(w)
	for k := h & s.mask; ; k = (k + 1) & s.mask {
		sl := &s.slots[k]
		if sl.tok == 0 {
			return false
		}
		if sl.hash == h && s.toks[sl.tok-1].Lower == w {
			return true
		}
	}
}

// The flags of a token that hold whatever the passes do (tokFlags).
const (
	tokCap             uint8 = 1 << iota // a word that starts with an upper-case letter (Token.IsCap)
	tokAllCaps                           // a capitalised word of two letters or more, none lower case (Token.IsAllCaps)
	tokNotName                           // a word that is never a name's (tables.notName)
	tokEnglishRead                       // tokEnglish is known (englishAt)
	tokEnglish                           // the word is in the lexicon (tables.english)
	tokEnglishWordRead                   // tokEnglishWord is known (englishWordAt)
	tokEnglishWord                       // the word is English in either spelling (tables.englishWord)
)

// englishAt is a.t.english(a.toks[k].Lower), read once a token: the
// passes ask it of a word again and again. The lexicon is asked by the
// token's hash, hashed once (a.hashes).
func (a *analysis) englishAt(k int) bool {
	if k >= len(a.flags) {
		return a.t.english(a.toks[k].Lower)
	}
	f := a.flags[k]
	if f&tokEnglishRead == 0 {
		f |= tokEnglishRead
		if found, _ := a.t.lexicon.lookupHash(a.toks[k].Lower, a.hashes[k]); found {
			f |= tokEnglish
		}
		a.flags[k] = f
	}
	return f&tokEnglish != 0
}

// englishWordAt is a.t.englishWord(a.toks[k].Lower), read once a token.
func (a *analysis) englishWordAt(k int) bool {
	if k >= len(a.flags) {
		return a.t.englishWord(a.toks[k].Lower)
	}
	if f := a.flags[k]; f&tokEnglishWordRead != 0 {
		return f&tokEnglishWord != 0
	}
	english := a.englishAt(k)
	if !english {
		us, ok := americanSpelling(a.toks[k].Lower)
		english = ok && a.t.english(us)
	}
	f := a.flags[k] | tokEnglishWordRead
	if english {
		f |= tokEnglishWord
	}
	a.flags[k] = f
	return f&tokEnglishWord != 0
}
