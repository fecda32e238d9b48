package entity

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/readout/readout/pipeline/wordlist"
)

// ErrRules is wrapped by the errors of a bad country rule table
// (data/countryrules.tsv); the message names the file and line.
var ErrRules = errors.New("entity: bad country rule")

// crule is one rule of the country rule table: where an anchor word stands
// with the words around it that its pattern asks for, it gives people
// countries.
type crule struct {
	name, pass string
	line       int
	before     []celem // the elements before the anchor, in text order
	anchor     celem
	after      []celem
	gives      []give
	under      bool // the countries it gives are a government's under them (person.under)
}

// celemKind is the kind of an element of a rule's pattern.
type celemKind uint8

const (
	ceWord    celemKind = iota // a token of a set: "in|of", "[under-words]", "<office>"
	ceGap                      // "~W": up to W tokens that name nothing
	cePerson                   // "{P}", "{P~W}", "{P*~W}": a person's mention
	ceCountry                  // "{C}", "{C~W}": a country's mention
)

// tokenClass is a class of tokens a pattern names in angle brackets.
type tokenClass uint8

const (
	tcPoss    tokenClass = iota + 1 // <poss>: a possessive ending, "'s" or "'"
	tcLower                         // <lower>: a word in lower case
	tcOffice                        // <office>: a token of an office's title
	tcCountry                       // <country>: a token of a country's name, demonym or capital
	tcTitle                         // <title>: <office>, or a title conjunction after one ("Minister and Cabinet Secretary")
)

var tokenClasses = map[string]tokenClass{"poss": tcPoss, "lower": tcLower, "office": tcOffice, "country": tcCountry, "title": tcTitle}

// celem is one element of a pattern.
type celem struct {
	kind celemKind
	// ceWord: the token is one of words (lower-cased), exact (as written),
	// a word of one of lists, or of one of classes.
	words, exact map[string]bool
	lists        []map[string]bool
	classes      []tokenClass
	opt          bool // "x?": tried with the token, then without
	min, rep     int  // "x*W", "x+W": min to rep tokens, as many as stand there
	// cePerson, ceCountry
	slot   byte // 'P', 'Q' or 'C'
	window int  // tokens searched ("~W"); 0: the mention stands right here
	every  bool // "{P*~W}": every person in the window
	flags  cflags
}

// cflags are the conditions of a slot ("{Q~reach:placed}").
type cflags struct {
	placed bool // a person whose country is known
	office bool // a person who holds an office
	he     bool // or else the first person of the sentence before, in one that opens with he or she
	name   bool // a country named by its name
}

// give is one thing a rule gives: a person, the to slot, takes the country
// of the from slot (a country, or a person's), or the other of the
// article's two countries than it.
type give struct {
	to, from byte
	other    bool
}

// crules is the compiled country rule table.
type crules struct {
	all    []*crule
	byPass map[string]*rulePass
	bits   wordClass // the bits of all its passes
	poss   bool      // one rule is anchored by a possessive ending
}

// rulePass is the rules one entry of the list of passes runs.
type rulePass struct {
	rules []*crule
	bit   wordClass // the class of the words that anchor one of them
	poss  bool      // one is anchored by a possessive ending
}

// readCountryRules reads data/countryrules.tsv, whose patterns name the
// stage's word lists, and ties it to the list of passes: each rule's pass is
// an entry of passes that runs rules (tableRules), each such entry has
// rules, and no rule is named as a pass but its own. The words that anchor a pass's
// rules get the pass's bit of wordClass.
func (t *tables) readCountryRules(lists *wordlist.Lists) error {
	// The sets readWords made already are shared, not made again: the
	// rules only read them.
	names := lists.Names()
	sets := make(map[string]map[string]bool, len(names))
	for _, n := range names {
		set, ok := t.listSets[n]
		if !ok {
			var err error
			if set, err = lists.Set(n); err != nil {
				return err
			}
		}
		sets[n] = set
	}
	const file = "data/countryrules.tsv"
	rs, err := parseCountryRules(strings.NewReader(countryRulesText), file, sets)
	if err != nil {
		return err
	}
	bit := classFirstRules
	for _, p := range passes {
		rp := rs.byPass[p.name]
		switch {
		case p.run == nil && rp == nil:
			return fmt.Errorf("%w: %s: no rules for the pass %q", ErrRules, file, p.name)
		case p.run != nil && rp != nil:
			return fmt.Errorf("%w: %s:%d: pass %q is a pass of code, not of rules (analysis.go)", ErrRules, file, rp.rules[0].line, p.name)
		case rp == nil:
			continue
		case bit == 0:
			return fmt.Errorf("entity: more passes of rules than bits of wordClass")
		}
		rp.bit, bit = bit, bit<<1
		rs.bits |= rp.bit
		rs.poss = rs.poss || rp.poss
		for _, ru := range rp.rules {
			for w := range ru.anchor.words {
				t.words.classes[w] |= rp.bit
			}
			for w := range ru.anchor.exact {
				t.words.classes[strings.ToLower(w)] |= rp.bit
			}
			for _, l := range ru.anchor.lists {
				for w := range l {
					t.words.classes[strings.ToLower(w)] |= rp.bit
				}
			}
			if slices.Contains(ru.anchor.classes, tcPoss) {
				t.words.classes["'s"] |= rp.bit // the word of a possessive ending; the other is "'"
			}
		}
	}
	for _, ru := range rs.all {
		if rs.byPass[ru.pass].bit == 0 {
			return fmt.Errorf("%w: %s:%d: rule %q: no pass %q runs rules (analysis.go)", ErrRules, file, ru.line, ru.name, ru.pass)
		}
		if ru.name != ru.pass && slices.ContainsFunc(passes, func(p pass) bool { return p.name == ru.name }) {
			return fmt.Errorf("%w: %s:%d: rule %q is named as another pass", ErrRules, file, ru.line, ru.name)
		}
	}
	t.rules = rs
	return nil
}

// parseCountryRules reads a country rule table from r; name is the file
// name for errors, and lists are the stage's word lists its patterns name.
func parseCountryRules(r io.Reader, name string, lists map[string]map[string]bool) (*crules, error) {
	rs := &crules{byPass: map[string]*rulePass{}}
	windows := map[string]int{"reach": maxReach}
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "window" {
			if len(f) != 3 {
				return nil, fmt.Errorf("%w: %s:%d: %d tab-separated fields, want 3 (window, name, tokens)", ErrRules, name, n, len(f))
			}
			w, err := strconv.Atoi(f[2])
			switch {
			case !isWindowName(f[1]):
				return nil, fmt.Errorf("%w: %s:%d: window name %q: want lower-case letters and hyphens", ErrRules, name, n, f[1])
			case windows[f[1]] != 0:
				return nil, fmt.Errorf("%w: %s:%d: window %q is already defined", ErrRules, name, n, f[1])
			case err != nil || w < 1 || w > maxReach:
				return nil, fmt.Errorf("%w: %s:%d: window %q: %q tokens, want 1 to %d", ErrRules, name, n, f[1], f[2], maxReach)
			}
			windows[f[1]] = w
			continue
		}
		ru, err := parseCountryRule(f, windows, lists)
		if err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %w", ErrRules, name, n, err)
		}
		if prev, ok := seen[ru.name]; ok {
			return nil, fmt.Errorf("%w: %s:%d: rule %q already defined on line %d", ErrRules, name, n, ru.name, prev)
		}
		seen[ru.name], ru.line = n, n
		rs.all = append(rs.all, ru)
		p := rs.byPass[ru.pass]
		if p == nil {
			p = &rulePass{}
			rs.byPass[ru.pass] = p
		}
		p.rules = append(p.rules, ru)
		p.poss = p.poss || slices.Contains(ru.anchor.classes, tcPoss)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: reading %s: %w", name, err)
	}
	if len(rs.all) == 0 {
		return nil, fmt.Errorf("%w: %s: no rules", ErrRules, name)
	}
	return rs, nil
}

func parseCountryRule(f []string, windows map[string]int, lists map[string]map[string]bool) (*crule, error) {
	if len(f) != 4 {
		return nil, fmt.Errorf("%d tab-separated fields, want 4 (name, pass, pattern, gives)", len(f))
	}
	ru := &crule{name: f[0], pass: f[1]}
	if !isWindowName(ru.name) {
		return nil, fmt.Errorf("field name: %q: want lower-case letters and hyphens", ru.name)
	}
	if !isWindowName(ru.pass) {
		return nil, fmt.Errorf("field pass: %q: want lower-case letters and hyphens", ru.pass)
	}
	anchors := 0
	slots := map[byte]bool{}
	for _, w := range strings.Fields(f[2]) {
		isAnchor := strings.HasPrefix(w, "^") && w != "^"
		w = strings.TrimPrefix(w, "^")
		e, err := parseElem(w, windows, lists)
		if err != nil {
			return nil, fmt.Errorf("field pattern: %w", err)
		}
		if e.slot != 0 {
			if slots[e.slot] {
				return nil, fmt.Errorf("field pattern: slot %c twice", e.slot)
			}
			slots[e.slot] = true
		}
		switch {
		case isAnchor && (e.kind != ceWord || e.opt || e.rep > 0 || slices.ContainsFunc(e.classes, func(c tokenClass) bool { return c != tcPoss })):
			return nil, fmt.Errorf("field pattern: anchor %q must be a word or words, of lists or <poss>", w)
		case isAnchor:
			ru.anchor = e
			anchors++
		case anchors == 0:
			ru.before = append(ru.before, e)
		default:
			ru.after = append(ru.after, e)
		}
	}
	if anchors != 1 {
		return nil, fmt.Errorf("field pattern: %d anchors marked ^, want 1", anchors)
	}
	// A search for every person, or one that goes back to the sentence
	// before, ends the pattern: no element reads past what it found.
	for i, e := range ru.before {
		if e.every || e.flags.he && i > 0 {
			return nil, fmt.Errorf("field pattern: {%c} must be the first element, and after the anchor for every person", e.slot)
		}
	}
	for i, e := range ru.after {
		if e.flags.he || e.every && i < len(ru.after)-1 {
			return nil, fmt.Errorf("field pattern: {%c} must be the last element, before the anchor for :he", e.slot)
		}
	}
	for _, g := range strings.Fields(f[3]) {
		if g == "under" {
			ru.under = true
			continue
		}
		var gv give
		to, from, ok := strings.Cut(g, "=")
		if inner, isOther := strings.CutPrefix(from, "other("); isOther && strings.HasSuffix(inner, ")") {
			from, gv.other = strings.TrimSuffix(inner, ")"), true
		}
		if !ok || len(to) != 1 || len(from) != 1 || (to != "P" && to != "Q") || to == from {
			return nil, fmt.Errorf("field gives: %q: want P=C, P=Q, P=other(Q) or under", g)
		}
		gv.to, gv.from = to[0], from[0]
		if !slots[gv.to] || !slots[gv.from] {
			return nil, fmt.Errorf("field gives: %q names a slot the pattern lacks", g)
		}
		ru.gives = append(ru.gives, gv)
	}
	if len(ru.gives) == 0 {
		return nil, errors.New("field gives: gives nothing")
	}
	return ru, nil
}

func parseElem(w string, windows map[string]int, lists map[string]map[string]bool) (celem, error) {
	var e celem
	window := func(name string) (int, error) {
		n, ok := windows[name]
		if !ok {
			return 0, fmt.Errorf("%q: no window %q (declare it: window<TAB>%s<TAB>N)", w, name, name)
		}
		return n, nil
	}
	switch {
	case strings.HasPrefix(w, "{"):
		m, ok := parseSlot(w) // a slot's form: "{P}", "{Q~reach:placed}", "{P*~reach}"
		if !ok {
			return e, fmt.Errorf("slot %q: want {P}, {Q~WINDOW}, {P*~WINDOW}, {C} or {C~WINDOW}, with :flags", w)
		}
		e.slot, e.every = m.slot[0], m.every != ""
		e.kind = cePerson
		if e.slot == 'C' {
			e.kind = ceCountry
		}
		if m.window != "" {
			n, err := window(m.window)
			if err != nil {
				return e, err
			}
			e.window = n
		}
		for _, fl := range strings.Split(m.flags, ":")[1:] {
			ok := true
			switch fl {
			case "placed":
				e.flags.placed, ok = true, e.kind == cePerson
			case "office":
				e.flags.office, ok = true, e.kind == cePerson
			case "he":
				e.flags.he, ok = true, e.kind == cePerson && e.window > 0 && !e.every
			case "name":
				e.flags.name, ok = true, e.kind == ceCountry && e.window > 0
			default:
				ok = false
			}
			if !ok {
				return e, fmt.Errorf("slot %q: flag %q: want placed, office (people), he (a person searched for), name (a country searched for)", w, fl)
			}
		}
		if e.every && (e.kind != cePerson || e.window == 0) {
			return e, fmt.Errorf("slot %q: every (*) is people searched for: {P*~WINDOW}", w)
		}
		return e, nil
	case strings.HasPrefix(w, "~"):
		n, err := window(w[1:])
		if err != nil {
			return e, err
		}
		e.kind, e.window = ceGap, n
		return e, nil
	}
	if len(w) > 1 && strings.HasSuffix(w, "?") {
		e.opt, w = true, strings.TrimSuffix(w, "?")
	} else if i := strings.LastIndexAny(w, "*+"); i > 0 && i < len(w)-1 {
		n, err := window(w[i+1:])
		if err != nil {
			return e, err
		}
		if w[i] == '+' {
			e.min = 1
		}
		e.rep, w = n, w[:i]
	}
	e.kind = ceWord
	for _, a := range strings.Split(w, "|") {
		switch {
		case len(a) > 2 && a[0] == '[' && a[len(a)-1] == ']':
			set, ok := lists[a[1:len(a)-1]]
			if !ok {
				return e, fmt.Errorf("%q: no word list %s", w, a)
			}
			for word := range set {
				if word != strings.ToLower(word) {
					return e, fmt.Errorf("%q: list %s holds %q: a pattern reads words in lower case", w, a, word)
				}
			}
			e.lists = append(e.lists, set)
		case len(a) > 2 && a[0] == '<' && a[len(a)-1] == '>':
			c, ok := tokenClasses[a[1:len(a)-1]]
			if !ok {
				return e, fmt.Errorf("%q: no class %s (want <poss>, <lower>, <office>, <country> or <title>)", w, a)
			}
			e.classes = append(e.classes, c)
		case len(a) > 2 && a[0] == '"' && a[len(a)-1] == '"':
			if e.exact == nil {
				e.exact = map[string]bool{}
			}
			e.exact[a[1:len(a)-1]] = true
		case a != "" && a == strings.ToLower(a) && !strings.ContainsAny(a, "[]<>\"{}~"):
			if e.words == nil {
				e.words = map[string]bool{}
			}
			e.words[a] = true
		default:
			return e, fmt.Errorf("word %q: want lower-case words, [lists], <classes> or \"words as written\", separated by |", w)
		}
	}
	return e, nil
}
