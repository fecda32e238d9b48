package topic

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

//go:embed default.json
var defaultJSON []byte

// defaultName names the built-in taxonomy in errors.
const defaultName = "default.json"

//go:generate go test -run ^TestDefaultSpecs$ -update-specs
//go:generate go test -run ^TestDefaultCompiled$ -update-compiled

var defaultTaxonomy = sync.OnceValue(func() *Taxonomy {
	var t *Taxonomy
	var err error
	if specs, ok := compiledDefault(defaultJSON); ok {
		t = compiledTaxonomy(specs)
	} else {
		t, err = Parse(bytes.NewReader(defaultJSON), defaultName)
	}
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return t
})

// compiledDefault returns the labels of data as read at build time
// (default_specs.go, which TestDefaultSpecs writes: go generate), when data
// is the default.json they were read from, so that Default compiles them
// without decoding the JSON; else false, and Default parses data.
func compiledDefault(data []byte) ([]labelSpec, bool) {
	if len(data) != defaultSpecsSource.len || wordlist.Hash(data) != defaultSpecsSource.hash {
		return nil, false
	}
	return defaultSpecs, true
}

// Default returns the built-in taxonomy of four labels: counterterrorism,
// trade, minerals and afghanistan_equipment. It is compiled once, on first use,
// from the embedded file default.json, which has the format of user files.
func Default() *Taxonomy { return defaultTaxonomy() }

// A Taxonomy is a compiled set of labels. It is immutable and safe for
// concurrent use.
type Taxonomy struct {
	specs  []labelSpec // as read, for Merge
	labels []label
	rules  []rule
	groups int // number of require groups

	patterns   []pattern
	stemIndex  map[string][]int32 // first stem → patterns matched on stems
	exactIndex map[string][]int32 // first lower-case word → patterns matched exactly
	// lists holds every list of stemIndex and exactIndex (lists[0] is
	// none), and stemList and exactList their indexes there: a scratch's
	// entry for a word keeps two int32s rather than two slices.
	lists               [][]int32
	stemList, exactList map[string]int32
	// stemWords and exactWords hold every word of the patterns matched
	// on stems and exactly, at any place: a word of the text whose stem
	// and lower form are in neither takes part in no match.
	stemWords, exactWords map[string]bool
	// stemHeads are the first bytes of stemWords' stems, which a word's
	// stem begins with (stemHeadsOf): a word whose first bytes none has
	// needs no stemming to know that its stem is none of them.
	stemHeads stemHeads

	pool sync.Pool // *scratch
	// kept is a scratch out of the pool's reach (getScratch): the
	// garbage collector empties a sync.Pool every second cycle, some
	// hundreds of articles, and a scratch's stems cache, filled by
	// stemming its words one by one, costs far more to fill again than
	// to keep.
	kept atomic.Pointer[scratch]
}

type label struct {
	name       string
	threshold  float64
	hasContext bool
}

// rule is one weighted term of a label.
type rule struct {
	label    int32
	weight   float64
	requires []int32 // group ids: each must be seen in the hit's sentence
}

// role says what a pattern's match means.
type role uint8

const (
	roleTerm    role = iota // id is a rule
	roleRequire             // id is a require group
	roleExclude             // id is a rule, or -1 for every rule of the label
	roleContext             // the label's context is met
)

type use struct {
	role  role
	label int32
	id    int32
}

// pattern is a sequence of stems (or exact lower-case words) and what a match
// of it means.
type pattern struct {
	words []string
	exact bool
	uses  []use
}

// Labels returns the taxonomy's labels in the order of its file (or, for a
// merged taxonomy, of its parts).
func (t *Taxonomy) Labels() []string {
	out := make([]string, len(t.labels))
	for i, l := range t.labels {
		out[i] = l.name
	}
	return out
}

// Merge returns the union of the given taxonomies: their labels, in order.
// A label defined in two of them is an error wrapping ErrBadTaxonomy. Merge
// of no taxonomy is a taxonomy without labels, which classifies nothing.
func Merge(ts ...*Taxonomy) (*Taxonomy, error) {
	if len(ts) == 1 && ts[0] != nil {
		return ts[0], nil
	}
	var specs []labelSpec
	from := map[string]string{}
	for i, t := range ts {
		if t == nil {
			return nil, fmt.Errorf("%w: merge: taxonomy %d is nil", ErrBadTaxonomy, i)
		}
		for _, s := range t.specs {
			if src, dup := from[s.name]; dup {
				return nil, fmt.Errorf("%w: merge: duplicate label %q (in %s and %s)", ErrBadTaxonomy, s.name, src, s.source)
			}
			from[s.name] = s.source
			specs = append(specs, s)
		}
	}
	return compile(specs)
}

// stem returns the snowball English stem of a lower-case word. Numbers and
// words without letters are their own stems. A word of the table of
// lexicon stems (lexiconStem) is read from it instead of stemmed.
func stem(lower string) string {
	if !needsStem(lower) {
		return lower
	}
	if s, ok := lexiconStem(lower); ok {
		return s
	}
	return snowballStem(lower)
}

// snowballStem is stem by snowball alone, for a word that needs stemming
// (needsStem).
func snowballStem(lower string) string {
	s, err := snowball.Stem(lower, "english", true)
	if err != nil || s == "" {
		return lower
	}
	return s
}

func needsStem(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// phraseWords splits a term into the lower-case words that meet the text's
// word tokens, with the tokenizer the pipeline uses.
func phraseWords(text string) []string {
	var words []string
	for _, tok := range pipeline.Tokenize(text) {
		if isWordToken(&tok) {
			words = append(words, wordKey(tok.Lower))
		}
	}
	return words
}

func hasWords(text string) bool { return len(phraseWords(text)) > 0 }

// isWordToken reports whether a token takes part in phrases: words and
// numbers, but not a possessive "'s", which phrases step over.
func isWordToken(tok *pipeline.Token) bool {
	return (tok.Kind == pipeline.Word || tok.Kind == pipeline.Number) && !tok.IsPossessive()
}

// wordKey drops the dots of a lower-case word, so that "U.S." meets "US".
func wordKey(lower string) string {
	dot := false
	for i := 0; i < len(lower); i++ {
		if lower[i] == '.' {
			dot = true
			break
		}
	}
	if !dot {
		return lower
	}
	return strings.ReplaceAll(lower, ".", "")
}

type compiler struct {
	t     *Taxonomy
	keys  map[string]int32
	stems map[string]string // when not nil, every word stemmed, with its stem (TestDefaultStems)
}

func compile(specs []labelSpec) (*Taxonomy, error) { return compileRecording(specs, nil) }

// compileRecording compiles specs, recording every word stemmed and its
// stem in stems when it is not nil.
func compileRecording(specs []labelSpec, stems map[string]string) (*Taxonomy, error) {
	t := &Taxonomy{specs: specs}
	c := &compiler{t: t, keys: map[string]int32{}, stems: stems}
	for li, s := range specs {
		lid := int32(li)
		t.labels = append(t.labels, label{name: s.name, threshold: s.threshold, hasContext: len(s.context) > 0})
		var labelGroups []int32
		for _, g := range s.requires {
			labelGroups = append(labelGroups, c.group(lid, g))
		}
		for _, p := range s.excludes {
			c.add(p, matchStem, use{roleExclude, lid, -1})
		}
		for _, p := range s.context {
			c.add(p, matchStem, use{roleContext, lid, -1})
		}
		for _, term := range s.terms {
			rid := int32(len(t.rules))
			r := rule{label: lid, weight: term.weight, requires: append([]int32(nil), labelGroups...)}
			for _, g := range term.requires {
				r.requires = append(r.requires, c.group(lid, g))
			}
			t.rules = append(t.rules, r)
			c.add(term.text, term.match, use{roleTerm, lid, rid})
			for _, p := range term.excludes {
				c.add(p, matchStem, use{roleExclude, lid, rid})
			}
		}
	}
	t.index()
	return t, nil
}

// compiledTaxonomy returns the built-in taxonomy of specs (the labels of
// default.json) from its patterns, labels and rules compiled at build time
// (default_compiled.go, which TestDefaultCompiled writes: go generate),
// indexed here, with no phrase tokenised, stemmed or joined.
func compiledTaxonomy(specs []labelSpec) *Taxonomy {
	t := &Taxonomy{specs: specs, labels: defaultLabels, rules: defaultRules, groups: defaultGroups, patterns: defaultPatterns}
	t.index()
	return t
}

// index makes what the classifier looks t's patterns up by, from the
// patterns in order: the patterns of each first word (stemIndex and
// exactIndex, with their lists), the words of the patterns, and the pool
// of scratch.
func (t *Taxonomy) index() {
	// Maps with room for every pattern's words, as if none were shared:
	// a map that grows is made again at each step.
	var n, words [2]int // of the patterns matched on stems, and exactly
	for _, p := range t.patterns {
		k := 0
		if p.exact {
			k = 1
		}
		n[k]++
		words[k] += len(p.words)
	}
	t.stemIndex, t.exactIndex = make(map[string][]int32, n[0]), make(map[string][]int32, n[1])
	t.stemWords, t.exactWords = make(map[string]bool, words[0]), make(map[string]bool, words[1])
	for id, p := range t.patterns {
		index, in := t.stemIndex, t.stemWords
		if p.exact {
			index, in = t.exactIndex, t.exactWords
		}
		index[p.words[0]] = append(index[p.words[0]], int32(id))
		for _, w := range p.words {
			in[w] = true
		}
	}
	t.lists = [][]int32{nil}
	t.stemList, t.exactList = listIDs(t, t.stemIndex), listIDs(t, t.exactIndex)
	for w := range t.stemWords {
		t.stemHeads.add(w)
	}
	t.pool.New = func() any { return newScratch(t) }
}

func (c *compiler) group(label int32, phrases []string) int32 {
	g := int32(c.t.groups)
	c.t.groups++
	for _, p := range phrases {
		c.add(p, matchStem, use{roleRequire, label, g})
	}
	return g
}

// add compiles a phrase into patterns: its words (stemmed for matchStem)
// and, for a phrase of several words, the single word they make when joined,
// so that "counter-terrorism" and "counter terrorism" meet "counterterrorism".
// For matchWord, each regular inflection of the last word makes one more
// pattern of exact words.
func (c *compiler) add(text string, m matchMode, u use) {
	lower := phraseWords(text)
	if m == matchStem {
		words := make([]string, len(lower))
		for i, w := range lower {
			words[i] = c.stem(w)
		}
		c.pattern(words, false, u)
		if len(lower) > 1 {
			c.pattern([]string{c.stem(strings.Join(lower, ""))}, false, u)
		}
		return
	}
	forms := []string{lower[len(lower)-1]}
	if m == matchWord {
		forms = inflections(forms[0])
	}
	for _, f := range forms {
		words := append(slices.Clip(lower[:len(lower)-1]), f)
		c.pattern(words, true, u)
		if len(words) > 1 {
			c.pattern([]string{strings.Join(words, "")}, true, u)
		}
	}
}

func (c *compiler) pattern(words []string, exact bool, u use) {
	key := strings.Join(words, " ")
	if exact {
		key = "=" + key
	}
	id, ok := c.keys[key]
	if !ok {
		id = int32(len(c.t.patterns))
		c.keys[key] = id
		c.t.patterns = append(c.t.patterns, pattern{words: words, exact: exact})
	}
	p := &c.t.patterns[id]
	for _, old := range p.uses {
		if old == u {
			return
		}
	}
	p.uses = append(p.uses, u)
}

// listIDs adds the lists of index to t.lists and returns their indexes there.
func listIDs(t *Taxonomy, index map[string][]int32) map[string]int32 {
	ids := make(map[string]int32, len(index))
	for w, l := range index {
		ids[w] = int32(len(t.lists))
		t.lists = append(t.lists, l)
	}
	return ids
}
