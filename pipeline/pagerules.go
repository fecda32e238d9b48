package pipeline

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The phrases that mark the furniture of scraped pages, kept as data
// (data/boilerplate.txt) and read once.

//go:embed data/boilerplate.txt
var pageRulesData string

// phraseMatch says how a phrase of data/boilerplate.txt meets a line.
type phraseMatch uint8

const (
	matchLine     phraseMatch = iota + 1 // the whole line
	matchPrefix                          // the start of the line
	matchSuffix                          // the last word of a line of at most suffixWords words
	matchContains                        // anywhere in the line's first containsWindow bytes
	matchShort                           // as matchContains, on a line of at most shortWords words
	matchHeading                         // the line heads a run of boilerplate below it
)

const (
	containsWindow = 300
	shortWords     = 40
	suffixWords    = 4
)

var phraseMatches = map[string]phraseMatch{
	"line": matchLine, "prefix": matchPrefix, "suffix": matchSuffix, "contains": matchContains,
	"short": matchShort, "heading": matchHeading,
}

var ruleKinds = map[string]BoilerplateKind{
	"caption": Caption, "notice": Notice, "chrome": Chrome, "stories": StoryList,
}

// pageRule is one row of data/boilerplate.txt.
type pageRule struct {
	kind   BoilerplateKind
	match  phraseMatch
	phrase string
}

// pageRules returns the rules of data/boilerplate.txt.
var pageRules = sync.OnceValue(func() []pageRule {
	rules, err := parsePageRules(pageRulesData)
	if err != nil {
		panic(err) // the embedded file is tested: TestPageRulesData
	}
	return rules
})

// parsePageRules reads rules of the form KIND<TAB>MATCH<TAB>PHRASE.
func parsePageRules(data string) ([]pageRule, error) {
	var rules []pageRule
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
		rules = append(rules, pageRule{kind, match, f[2]})
	}
	return rules, nil
}

// matchPageRules returns the kind the rules give a line, and whether the
// line heads a run (matchHeading). lower is the start of the line, at most
// containsWindow bytes of it, lower-cased and trimmed; line is the line.
func matchPageRules(lower, line string) (kind BoilerplateKind, heading bool) {
	bare := strings.TrimRight(lower, ":» ")
	window := lower
	words := -1
	for _, r := range pageRules() {
		switch r.match {
		case matchLine:
			if bare == r.phrase {
				return r.kind, false
			}
		case matchPrefix:
			if strings.HasPrefix(lower, r.phrase) {
				return r.kind, false
			}
		case matchSuffix:
			if strings.HasSuffix(bare, " "+r.phrase) && len(strings.Fields(line)) <= suffixWords {
				return r.kind, false
			}
		case matchContains:
			if strings.Contains(window, r.phrase) {
				return r.kind, false
			}
		case matchShort:
			if strings.Contains(window, r.phrase) {
				if words < 0 {
					words = len(strings.Fields(line))
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
	return ok && (from == "" || from[0] == ' ') && len(strings.Fields(from)) <= 5
}
