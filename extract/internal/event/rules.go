package event

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"sync"

	"github.com/readout/readout/pipeline/wordlist"
)

//go:embed data/triggers.tsv data/words.txt
var dataFS embed.FS

// wordsText is data/words.txt again, as text, only to tell whether the
// generated word lists were read from it (loadWords).
//
//go:embed data/words.txt
var wordsText string

//go:generate go test -run ^TestWordListsFile$ -update-wordlists

// loadWords returns the stage's word lists (data/words.txt), the same each
// time: those read at build time (wordlists_data.go, which
// TestWordListsFile writes: go generate) when the embedded file is the one
// they were read from, else the file parsed once (parseWords).
var loadWords = sync.OnceValues(func() (*wordlist.Lists, error) {
	if listsReadFrom(wordsText) {
		return wordlist.FromLists(compiledWordLists), nil
	}
	return parseWords()
})

// listsReadFrom reports whether text is the data/words.txt that the
// generated word lists were read from, by its length and hash.
func listsReadFrom(text string) bool {
	return len(text) == compiledWordListsSource.len && wordlist.Hash(text) == compiledWordListsSource.hash
}

// parseWords reads the stage's word list file once.
var parseWords = wordlist.Loader(dataFS, "data")

// ErrRules is wrapped by the errors of a bad rule table; the message names
// the file and line.
var ErrRules = errors.New("event: bad rule table")

// The forms of a trigger: how its parties are read.
const (
	formVerb = "verb" // the subject and the objects of the trigger verb
	formTalk = "talk" // the subjects of the verb and whom it was with or to
	formNoun = "noun" // the people of the trigger's clause
)

// Where the initiator of a call or letter sits.
const (
	initSubject = "subject" // the subject of the trigger verb, or a cue
	initCue     = "cue"     // only a cue: "from X", "initiated by X", "X's call"
	initNone    = "none"    // the text cannot say
)

// Types of a rule beside the event types.
const (
	typeAny  = "any"  // the same as an engagement already found, of any type
	typeNone = "none" // the words report no engagement
)

// rule is one row of the trigger table.
type rule struct {
	name      string
	typ       string
	form      string
	initiator string
	weak      bool   // only adds to an engagement already found
	flex      bool   // joins an engagement already found of any type; else one of its type
	needs     []need // conditions on the sentence
	pat       pattern
	line      int
}

// need is one condition of a rule, perhaps negated.
type need struct {
	name string
	not  bool
	test condition
}

// rules is the parsed trigger table, indexed by trigger word.
type rules struct {
	all    []*rule
	byWord map[string][]*rule // trigger word -> rules, in table order
}

// parseRules reads a trigger table from r; name is the file name for errors.
func parseRules(r io.Reader, name string) (*rules, error) {
	rs := &rules{byWord: map[string][]*rule{}}
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		ru, err := parseRule(line)
		if err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %w", ErrRules, name, n, err)
		}
		if prev, ok := seen[ru.name]; ok {
			return nil, fmt.Errorf("%w: %s:%d: rule %q already defined on line %d", ErrRules, name, n, ru.name, prev)
		}
		seen[ru.name] = n
		ru.line = n
		rs.all = append(rs.all, ru)
		for w := range ru.pat.head.words {
			rs.byWord[w] = append(rs.byWord[w], ru)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("event: reading %s: %w", name, err)
	}
	if len(rs.all) == 0 {
		return nil, fmt.Errorf("%w: %s: no rules", ErrRules, name)
	}
	return rs, nil
}

func parseRule(line string) (*rule, error) {
	f := strings.Split(line, "\t")
	if len(f) != 6 {
		return nil, fmt.Errorf("%d tab-separated fields, want 6 (name, type, form, initiator, needs, pattern)", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	ru := &rule{name: f[0], typ: f[1], form: f[2], initiator: f[3]}
	if ru.name == "" {
		return nil, errors.New("field name is empty")
	}
	switch ru.typ {
	case Call, Meeting, Letter, typeAny, typeNone:
	default:
		return nil, fmt.Errorf("field type: %q is not call, meeting, letter, any or none", ru.typ)
	}
	if ru.form != formVerb && ru.form != formTalk && ru.form != formNoun {
		return nil, fmt.Errorf("field form: %q is not verb, talk or noun", ru.form)
	}
	if ru.initiator != initSubject && ru.initiator != initCue && ru.initiator != initNone {
		return nil, fmt.Errorf("field initiator: %q is not subject, cue or none", ru.initiator)
	}
	if f[4] != "-" {
		for _, c := range strings.Split(f[4], ",") {
			c = strings.TrimSpace(c)
			if c == "weak" {
				ru.weak = true
				continue
			}
			if c == "flex" {
				ru.flex = true
				continue
			}
			nd := need{name: strings.TrimPrefix(c, "!"), not: strings.HasPrefix(c, "!")}
			if nd.test = conditions[nd.name]; nd.test == nil {
				return nil, fmt.Errorf("field needs: unknown condition %q", c)
			}
			ru.needs = append(ru.needs, nd)
		}
	}
	p, err := parsePattern(f[5])
	if err != nil {
		return nil, fmt.Errorf("field pattern: %w", err)
	}
	ru.pat = p
	return ru, nil
}

// elemKind is the kind of one element of a pattern.
type elemKind uint8

const (
	elemWord   elemKind = iota // one of a set of words
	elemPerson                 // "{P}", "{P4}": a named person within personWindow (or 4) words but titles
	elemGap                    // "~N": up to N words
)

// elem is one element of a pattern.
type elem struct {
	kind  elemKind
	words map[string]bool
	opt   bool
	gap   int
	// commas: a {P} may read past a comma ("with Pakistan's army chief,
	// Field Marshal X"); a narrow {Pn} may not.
	commas bool
}

// pattern is a trigger and the words around it.
type pattern struct {
	before []elem // in text order
	head   elem
	after  []elem
}

// maxGap is the widest gap a pattern may ask for, so that matching stays cheap.
const maxGap = 8

func parsePattern(s string) (pattern, error) {
	var p pattern
	heads := 0
	for _, w := range strings.Fields(s) {
		isHead := strings.HasPrefix(w, "^")
		w = strings.TrimPrefix(w, "^")
		var e elem
		switch {
		case w == "{P}":
			e.kind, e.gap, e.commas = elemPerson, personWindow, true
		case strings.HasPrefix(w, "{P") && strings.HasSuffix(w, "}"):
			n, err := strconv.Atoi(w[2 : len(w)-1])
			if err != nil || n < 1 || n > personWindow {
				return p, fmt.Errorf("person %q: want {P} or {P1} to {P%d}", w, personWindow)
			}
			e.kind, e.gap = elemPerson, n
		case strings.HasPrefix(w, "~"):
			n, err := strconv.Atoi(w[1:])
			if err != nil || n < 1 || n > maxGap {
				return p, fmt.Errorf("gap %q: want ~1 to ~%d", w, maxGap)
			}
			e.kind, e.gap = elemGap, n
		default:
			if len(w) > 1 && strings.HasSuffix(w, "?") {
				e.opt, w = true, strings.TrimSuffix(w, "?")
			}
			e.words = map[string]bool{}
			for _, a := range strings.Split(w, "|") {
				if a == "" || a != strings.ToLower(a) {
					return p, fmt.Errorf("word %q: want lower case words separated by |", w)
				}
				e.words[a] = true
			}
		}
		switch {
		case isHead && (e.kind != elemWord || e.opt):
			return p, fmt.Errorf("trigger %q must be a word or words", w)
		case isHead:
			p.head = e
			heads++
		case heads == 0:
			p.before = append(p.before, e)
		default:
			p.after = append(p.after, e)
		}
	}
	if heads != 1 {
		return p, fmt.Errorf("%q has %d triggers marked ^, want 1", s, heads)
	}
	return p, nil
}

// lexicon is the event stage's word sets, by wordSet: the words of each
// list of wordSets, as the list gives them (a word may come twice).
type lexicon []iter.Seq[string]

// wordSet names a word set of the event stage's word lists
// (data/words.txt).
type wordSet uint8

// The word sets the stage reads.
const (
	setPhone wordSet = iota
	setPlan
	setPlanAfter
	setBe
	setInperson
	setMessage
	setAdverb
	setInitiated
	setCourier
	setPlace
	setReply
	setDefinite
	setTwo
	setSides
	setClauseOpen
	setClauseEnd
	setPlanStop
	setPersonStop
	setNonpartyBy
	setNonpartyOf
	setPronoun
	setPronounOf
	setFronted
	setReflexive
	setFirstPerson
	setSay
	setSplit
	setPlural
	setSplitBefore
	setRelative
	setPluralPronoun
	setQuote
	setRequestOf
	setNonpartyColon
	setComplement
	setGroup
	setMember
	setVia
	setWish
	setAndBefore
	setVerb
	setNotVerb
	setNonparty
	setJoint
	setCancel
	setCaptionAt
	setCaptionWord
	setTimePrep
	setApposition
	setObjectStop
	numWordSets
)

// wordSets are the names of the word lists of the word sets.
var wordSets = [numWordSets]string{
	setPhone:         "phone",
	setPlan:          "plan",
	setPlanAfter:     "plan-after",
	setBe:            "be",
	setInperson:      "inperson",
	setMessage:       "message",
	setAdverb:        "adverb",
	setInitiated:     "initiated",
	setCourier:       "courier",
	setPlace:         "place",
	setReply:         "reply",
	setDefinite:      "definite",
	setTwo:           "two",
	setSides:         "sides",
	setClauseOpen:    "clause-open",
	setClauseEnd:     "clause-end",
	setPlanStop:      "plan-stop",
	setPersonStop:    "person-stop",
	setNonpartyBy:    "nonparty-by",
	setNonpartyOf:    "nonparty-of",
	setPronoun:       "pronoun",
	setPronounOf:     "pronoun-of",
	setFronted:       "fronted",
	setReflexive:     "reflexive",
	setFirstPerson:   "first-person",
	setSay:           "say",
	setSplit:         "split",
	setPlural:        "plural",
	setSplitBefore:   "split-before",
	setRelative:      "relative",
	setPluralPronoun: "plural-pronoun",
	setQuote:         "quote",
	setRequestOf:     "request-of",
	setNonpartyColon: "nonparty-colon",
	setComplement:    "complement",
	setGroup:         "group",
	setMember:        "member",
	setVia:           "via",
	setWish:          "wish",
	setAndBefore:     "and-before",
	setVerb:          "verb",
	setNotVerb:       "not-verb",
	setNonparty:      "nonparty",
	setJoint:         "joint",
	setCancel:        "cancel",
	setCaptionAt:     "caption-at",
	setCaptionWord:   "caption-word",
	setTimePrep:      "time-prep",
	setApposition:    "apposition",
	setObjectStop:    "object-stop",
}

// wordInfo is what the stage knows of a word: the word sets it belongs to,
// as bits (1 << wordSet), and the rules it triggers, in table order.
type wordInfo struct {
	sets  uint64
	rules []*rule
}

// index returns, for each word of the lexicon and of the rules' triggers,
// what the stage knows of it (infos[ids[word]]; id 0 is no word), so that a
// token costs one lookup and the per-document table holds no pointers.
func index(lx lexicon, rs *rules) (ids map[string]int32, infos []wordInfo) {
	// Room for every word, as if none came twice: a map that grows is
	// made again at each step.
	n := len(rs.byWord)
	for _, words := range lx {
		for range words {
			n++
		}
	}
	ids = make(map[string]int32, n)
	infos = make([]wordInfo, 1, n+1)
	get := func(w string) *wordInfo {
		id, ok := ids[w]
		if !ok {
			id = int32(len(infos))
			ids[w] = id
			infos = append(infos, wordInfo{})
		}
		return &infos[id]
	}
	for i, words := range lx {
		for w := range words {
			get(w).sets |= 1 << i
		}
	}
	for w, r := range rs.byWord {
		get(w).rules = r
	}
	return ids, infos
}

// loadData reads the embedded rule table, and the word sets of
// data/words.txt.
func loadData() (*rules, lexicon, error) {
	tsv, err := dataFS.ReadFile("data/triggers.tsv")
	if err != nil {
		return nil, nil, fmt.Errorf("event: %w", err)
	}
	rs, err := parseRules(bytes.NewReader(tsv), "data/triggers.tsv")
	if err != nil {
		return nil, nil, err
	}
	lists, err := loadWords()
	if err != nil {
		return nil, nil, err
	}
	if len(wordSets) > 64 {
		return nil, nil, fmt.Errorf("event: %d word sets, at most 64", len(wordSets))
	}
	lx := make(lexicon, numWordSets)
	for i, set := range wordSets {
		if lx[i], err = lists.All(set); err != nil {
			return nil, nil, fmt.Errorf("event: %w", err)
		}
	}
	return rs, lx, nil
}
