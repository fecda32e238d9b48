package pipeline

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The phrases that mark the furniture of scraped pages, kept as data
// (data/boilerplate.txt) and read once.

//go:embed data/boilerplate.txt
var pageRulesData string

// phraseMatch says how a phrase of data/boilerplate.txt meets a line.
type phraseMatch uint8

const (
	matchLine     phraseMatch = iota + 1 // the whole line
	matchPrefix                          // the start of the line, up to a word's end
	matchLead                            // as matchPrefix, on a line of at most leadWords words
	matchLabel                           // the start of the line, then nothing or ":", "|", "-", "»", ">"
	matchName                            // the whole line, but for punctuation; or names joined by "/"
	matchSuffix                          // the last word of a line of at most suffixWords words
	matchContains                        // anywhere in the line's first containsWindow bytes
	matchShort                           // as matchContains, on a line of at most shortWords words
	matchHeading                         // the line heads a run of boilerplate below it
)

const (
	containsWindow = 300
	shortWords     = 40
	suffixWords    = 4
	leadWords      = 12
	// nameLine is the longest line read as a sign-off's name.
	nameLine = 60
)

var phraseMatches = map[string]phraseMatch{
	"line": matchLine, "prefix": matchPrefix, "suffix": matchSuffix, "lead": matchLead,
	"label": matchLabel, "name": matchName, "contains": matchContains,
	"short": matchShort, "heading": matchHeading,
}

var ruleKinds = map[string]BoilerplateKind{
	"caption": Caption, "notice": Notice, "chrome": Chrome, "stories": StoryList,
	"banner": Banner, "byline": Byline, "related": Related, "sign-off": SignOff,
}

// pageRule is one row of data/boilerplate.txt.
type pageRule struct {
	kind   BoilerplateKind
	match  phraseMatch
	phrase string
	// slot is the phrase's bit in a phraseIndex (matchContains and
	// matchShort rows only).
	slot int
}

// pageRuleSet is data/boilerplate.txt read: its rules in order, and the
// phrases of its name rows, which one rule of the list (the first name row)
// looks up at once.
type pageRuleSet struct {
	rules []pageRule
	names map[string]BoilerplateKind
	// anywhere finds the phrases of the matchContains and matchShort rows
	// in one pass over a line, instead of one pass per phrase.
	anywhere phraseIndex
	// byKey holds, by the leading key of their phrase (leadingKey), the
	// indexes into rules of the rows that read the start of a line (line,
	// prefix, lead, label, heading): a line that starts with a phrase
	// starts with the phrase's key, so a line is tried only against the
	// rows of its own key. always holds the indexes of the other rows.
	byKey  map[string][]int
	always []int
	// unfound is always without the matchContains and matchShort rows,
	// which match only a line in which anywhere found their phrase: the
	// rows a line without one of those phrases, most lines, is tried
	// against.
	unfound []int
}

// leadingKey returns the leading run of letters and digits of s: the key of
// a phrase, and of a line that starts with it ("read more" and "read more:
// x" both give "read"; "© 2024" and "©2024 x" give "").
func leadingKey(s string) string {
	// ASCII letters and digits by byte, the rest by rune.
	i := 0
	for i < len(s) && isASCIILetterOrDigit(s[i]) {
		i++
	}
	if i == len(s) || s[i] < utf8.RuneSelf {
		return s[:i]
	}
	for j, r := range s[i:] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return s[:i+j]
		}
	}
	return s
}

// trimBare returns lower without the colons, guillemets (») and spaces
// that end it: strings.TrimRight(lower, ":» "), read by byte.
func trimBare(lower string) string {
	for n := len(lower); ; {
		switch {
		case n > 0 && (lower[n-1] == ':' || lower[n-1] == ' '):
			n--
		case n > 1 && lower[n-2] == 0xc2 && lower[n-1] == 0xbb: // »
			n -= 2
		default:
			return lower[:n]
		}
	}
}

// pageRules returns the rules of data/boilerplate.txt.
var pageRules = sync.OnceValue(func() *pageRuleSet {
	rules, err := parsePageRules(pageRulesData)
	if err != nil {
		panic(err) // the embedded file is tested: TestPageRulesData
	}
	return rules
})

// parsePageRules reads rules of the form KIND<TAB>MATCH<TAB>PHRASE.
func parsePageRules(data string) (*pageRuleSet, error) {
	set := &pageRuleSet{names: map[string]BoilerplateKind{}}
	for n, line := range strings.Split(data, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("pipeline: data/boilerplate.txt:%d: %d fields, want 3 (KIND, MATCH, PHRASE)", n+1, len(f))
		}
		kind, ok := ruleKinds[f[0]]
		if !ok {
			return nil, fmt.Errorf("pipeline: data/boilerplate.txt:%d: unknown kind %q", n+1, f[0])
		}
		match, ok := phraseMatches[f[1]]
		if !ok {
			return nil, fmt.Errorf("pipeline: data/boilerplate.txt:%d: unknown match %q", n+1, f[1])
		}
		if f[2] == "" || f[2] != strings.ToLower(f[2]) {
			return nil, fmt.Errorf("pipeline: data/boilerplate.txt:%d: phrase %q is empty or not lower case", n+1, f[2])
		}
		if match == matchName {
			if len(set.names) == 0 {
				set.rules = append(set.rules, pageRule{kind: kind, match: match, slot: -1})
			}
			set.names[f[2]] = kind
			continue
		}
		r := pageRule{kind: kind, match: match, phrase: f[2], slot: -1}
		if match == matchContains || match == matchShort {
			slot, err := set.anywhere.add(f[2])
			if err != nil {
				return nil, fmt.Errorf("pipeline: data/boilerplate.txt:%d: %w", n+1, err)
			}
			r.slot = slot
		}
		set.rules = append(set.rules, r)
	}
	set.byKey = map[string][]int{}
	for i, r := range set.rules {
		switch r.match {
		case matchLine, matchPrefix, matchLead, matchLabel, matchHeading:
			set.byKey[leadingKey(r.phrase)] = append(set.byKey[leadingKey(r.phrase)], i)
		case matchContains, matchShort:
			set.always = append(set.always, i)
		default:
			set.always = append(set.always, i)
			set.unfound = append(set.unfound, i)
		}
	}
	return set, nil
}

// matchPageRules returns the kind the rules give a line, and whether the
// line heads a run (matchHeading). lower is the start of the line, at most
// containsWindow bytes of it, lower-cased and trimmed; line is the line.
func matchPageRules(lower, line string) (kind BoilerplateKind, heading bool) {
	bare := trimBare(lower)
	words := -1
	set := pageRules()
	found := set.anywhere.find(lower)
	// The rows of the line's key and the rows that read any line, in the
	// table's order: the first that matches wins.
	keyed, always := set.byKey[leadingKey(lower)], set.always
	if found == (phraseSet{}) {
		always = set.unfound
	}
	for len(keyed) > 0 || len(always) > 0 {
		var r *pageRule
		if len(always) == 0 || len(keyed) > 0 && keyed[0] < always[0] {
			r, keyed = &set.rules[keyed[0]], keyed[1:]
		} else {
			r, always = &set.rules[always[0]], always[1:]
		}
		switch r.match {
		case matchName:
			if len(line) <= nameLine {
				if k := set.nameKind(lower); k != 0 {
					return k, false
				}
			}
		case matchLabel:
			if hasLabelPrefix(lower, r.phrase) {
				return r.kind, false
			}
		case matchLead:
			if hasWordPrefix(lower, r.phrase) {
				if words < 0 {
					words = countFields(line)
				}
				if words <= leadWords {
					return r.kind, false
				}
			}
		case matchLine:
			if bare == r.phrase {
				return r.kind, false
			}
		case matchPrefix:
			if hasWordPrefix(lower, r.phrase) {
				return r.kind, false
			}
		case matchSuffix:
			if hasWordSuffix(bare, r.phrase) && countFieldsUpTo(line, suffixWords+1) <= suffixWords {
				return r.kind, false
			}
		case matchContains:
			if found.has(r.slot) {
				return r.kind, false
			}
		case matchShort:
			if found.has(r.slot) {
				if words < 0 {
					words = countFields(line)
				}
				if words <= shortWords {
					return r.kind, false
				}
			}
		case matchHeading:
			if isHeading(bare, r.phrase) {
				return r.kind, true
			}
		}
	}
	return 0, false
}

// isHeading reports whether a bare line is phrase alone or followed by
// "from ...", a short name: "Latest News from 10 Downing Street".
func isHeading(bare, phrase string) bool {
	rest, ok := strings.CutPrefix(bare, phrase)
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	from, ok := rest, strings.HasSuffix(phrase, " from") // "more from"
	if !ok {
		from, ok = strings.CutPrefix(rest, " from")
	}
	return ok && (from == "" || from[0] == ' ') && countFieldsUpTo(from, 6) <= 5
}

// hasWordPrefix reports whether lower starts with phrase, and a word that
// phrase ends does not go on ("subscribe" opens "subscribe now", not
// "subscribers say").
func hasWordPrefix(lower, phrase string) bool {
	if !strings.HasPrefix(lower, phrase) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(phrase)
	return !unicode.IsLetter(r) || !isLetterAt(lower, len(phrase))
}

// hasLabelPrefix reports whether lower starts with label followed by nothing,
// a colon, a dash, a bar or an arrow: "Read More: ...", "ALSO READ | ...".
func hasLabelPrefix(lower, label string) bool {
	rest, ok := strings.CutPrefix(lower, label)
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.IndexAny(rest[:1], ":|-»>") == 0
}

// nameKind returns the kind of a line that is only a name of the name rows,
// or several joined by slashes: "IANS", "(Reuters)", "— AFP", "APP/AFP".
func (set *pageRuleSet) nameKind(lower string) BoilerplateKind {
	name := strings.TrimFunc(lower, func(r rune) bool {
		return !unicode.IsLetter(r) && r != ' '
	})
	if !singleSpaced(name) {
		// The words joined by single spaces, on the stack: a map look-up
		// of string(buf) makes no string.
		var buf [2 * nameLine]byte
		b := appendFields(buf[:0], name)
		if k := set.names[string(b)]; k != 0 || bytes.IndexByte(b, '/') < 0 {
			return k
		}
		name = string(b)
	} else if k := set.names[name]; k != 0 || strings.IndexByte(name, '/') < 0 {
		return k
	}
	parts := strings.Split(name, "/")
	var k BoilerplateKind
	for _, p := range parts {
		if k = set.names[strings.TrimSpace(p)]; k == 0 {
			return 0
		}
	}
	return k
}

// appendFields appends to dst the words of s (strings.Fields) joined by
// single spaces: strings.Join(strings.Fields(s), " ") without building
// either.
func appendFields(dst []byte, s string) []byte {
	start := len(dst)
	inField := false
	for i := 0; i < len(s); {
		c := s[i]
		space := c == ' ' || '\t' <= c && c <= '\r'
		size := 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space {
			if !inField && len(dst) > start {
				dst = append(dst, ' ')
			}
			dst = append(dst, s[i:i+size]...)
		}
		inField = !space
		i += size
	}
	return dst
}

// hasWordSuffix reports whether s ends with a space and then phrase:
// strings.HasSuffix(s, " "+phrase) without building the string.
func hasWordSuffix(s, phrase string) bool {
	return len(s) > len(phrase) && strings.HasSuffix(s, phrase) && s[len(s)-len(phrase)-1] == ' '
}

// singleSpaced reports whether s is its words joined by single spaces
// (strings.Join(strings.Fields(s), " ") == s): ASCII, no white space but
// single spaces between words.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || '\t' <= c && c <= '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}
