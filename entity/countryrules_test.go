package entity

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseCountryRulesErrors(t *testing.T) {
	lists := map[string]map[string]bool{"under-words": {"under": true}, "bodies": {"UN": true}}
	const head = "# comment\nwindow\ttitle\t6\n\n"
	tests := []struct {
		name, table, want string
	}{
		{"too few fields", head + "a\tp\t^x {P}\n", "t.tsv:4: 3 tab-separated fields, want 4"},
		{"bad name", head + "A b\tp\t^x {P}\tP=C\n", `t.tsv:4: field name: "A b"`},
		{"no anchor", head + "a\tp\tx {P} {C}\tP=C\n", "t.tsv:4: field pattern: 0 anchors"},
		{"two anchors", head + "a\tp\t^x ^y {P} {C}\tP=C\n", "t.tsv:4: field pattern: 2 anchors"},
		{"anchor not a word", head + "a\tp\t^{P} {C}\tP=C\n", `t.tsv:4: field pattern: anchor "{P}"`},
		{"anchor of a class", head + "a\tp\t^<office> {P} {C}\tP=C\n", `t.tsv:4: field pattern: anchor "<office>"`},
		{"optional anchor", head + "a\tp\t^x? {P} {C}\tP=C\n", `t.tsv:4: field pattern: anchor "x?"`},
		{"unknown window", head + "a\tp\t^x {P~far} {C}\tP=C\n", `t.tsv:4: field pattern: "{P~far}": no window "far"`},
		{"bare number", head + "a\tp\t^x ~6 {P} {C}\tP=C\n", `t.tsv:4: field pattern: "~6": no window "6"`},
		{"unknown list", head + "a\tp\t^[nope] {P} {C}\tP=C\n", "t.tsv:4: field pattern: \"[nope]\": no word list [nope]"},
		{"list as written", head + "a\tp\t^[bodies] {P} {C}\tP=C\n", "list [bodies] holds \"UN\": a pattern reads words in lower case"},
		{"unknown class", head + "a\tp\t^<verb> {P} {C}\tP=C\n", "no class <verb>"},
		{"upper case word", head + "a\tp\t^Under {P} {C}\tP=C\n", `word "Under"`},
		{"bad slot", head + "a\tp\t^x {R} {C}\tP=C\n", `slot "{R}"`},
		{"bad flag", head + "a\tp\t^x {P:rich} {C}\tP=C\n", `flag "rich"`},
		{"name flag on a person", head + "a\tp\t^x {P~title:name} {C}\tP=C\n", `flag "name"`},
		{"slot twice", head + "a\tp\t^x {P} {P}\tP=P\n", "slot P twice"},
		{"every before the anchor", head + "a\tp\t{P*~title} ^x {C}\tP=C\n", "{P} must be"},
		{"every not last", head + "a\tp\t^x {P*~title} {C}\tP=C\n", "{P} must be"},
		{"he not first", head + "a\tp\t{C} {Q~title:he} ^x {P}\tP=Q\n", "{Q} must be"},
		{"bad give", head + "a\tp\t^x {P} {C}\tC=P\n", `field gives: "C=P"`},
		{"give of a missing slot", head + "a\tp\t^x {P}\tP=C\n", `field gives: "P=C" names a slot the pattern lacks`},
		{"gives nothing", head + "a\tp\t^x {P} {C}\tunder\n", "field gives: gives nothing"},
		{"window twice", head + "window\ttitle\t8\n", `t.tsv:4: window "title" is already defined`},
		{"window reach", head + "window\treach\t8\n", `t.tsv:4: window "reach" is already defined`},
		{"window too wide", head + "window\twide\t99\n", `t.tsv:4: window "wide": "99" tokens, want 1 to 40`},
		{"duplicate name", head + "a\tp\t^x {P} {C}\tP=C\na\tp\t^y {P} {C}\tP=C\n", `t.tsv:5: rule "a" already defined on line 4`},
		{"empty", head, "t.tsv: no rules"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseCountryRules(strings.NewReader(tt.table), "t.tsv", lists)
			if err == nil || !errors.Is(err, ErrRules) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q wrapping ErrRules", err, tt.want)
			}
		})
	}
	if _, err := parseCountryRules(strings.NewReader(head+"a\tp\t{Q~title:he} ^x [under-words]? <poss>|\"Its\"*title ,? {P} ~title {C~reach:name}\tP=C P=other(Q) under\n"), "t.tsv", lists); err != nil {
		t.Errorf("a rule of every element: %v", err)
	}
}

// TestCountryRules runs the cases of testdata/countryrules.txt: for each
// rule, its cases hold; the rule gives a country in one of them; and
// without it (WithoutPasses) one of them fails, so that no rule is there for
// nothing and none is untested.
func TestCountryRules(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	byRule := map[string][]peopleCase{}
	for _, c := range readPeopleCases(t, "testdata/countryrules.txt") {
		if !slices.ContainsFunc(tb.rules.all, func(ru *crule) bool { return ru.name == c.rule }) {
			t.Errorf("testdata/countryrules.txt:%d: %q is no rule of data/countryrules.tsv", c.line, c.rule)
		}
		byRule[c.rule] = append(byRule[c.rule], c)
	}
	fired := map[string]bool{}
	s := newStage(t)
	s.fired = func(rule string) { fired[rule] = true }
	brief := func(s *Stage, c peopleCase) (diff string) {
		_, a := annotate(t, s, c.text)
		var got []string
		for _, p := range a.People {
			got = append(got, brief(p))
		}
		return cmp.Diff(c.want, got)
	}
	for _, ru := range tb.rules.all {
		t.Run(ru.name, func(t *testing.T) {
			cases := byRule[ru.name]
			if len(cases) == 0 {
				t.Fatalf("data/countryrules.tsv:%d: rule %q has no cases in testdata/countryrules.txt", ru.line, ru.name)
			}
			clear(fired)
			for _, c := range cases {
				if diff := brief(s, c); diff != "" {
					t.Errorf("testdata/countryrules.txt:%d: %s: %q (-want +got):\n%s", c.line, c.name, c.text, diff)
				}
			}
			if !fired[ru.name] {
				t.Errorf("data/countryrules.tsv:%d: rule %q gives no country in its cases", ru.line, ru.name)
			}
			without := newStage(t, WithoutPasses(ru.name))
			failed := 0
			for _, c := range cases {
				if brief(without, c) != "" {
					failed++
				}
			}
			if failed == 0 {
				t.Errorf("data/countryrules.tsv:%d: without rule %q all its cases still hold: none needs it", ru.line, ru.name)
			}
		})
	}
}

// TestRulePasses ties the rule table to the list of passes: PassNames lists
// each rule where its pass runs, WithoutPasses takes a rule's name or its
// pass's, and an unknown name is an error.
func TestRulePasses(t *testing.T) {
	names := PassNames()
	for _, n := range []string{"under-leadership", "its", "side-of-name", "fellows", "serves", "pairing"} {
		if !slices.Contains(names, n) {
			t.Errorf("PassNames lacks %q", n)
		}
	}
	if slices.Contains(names, "sides") || slices.Contains(names, "government-under") {
		t.Errorf("PassNames lists a pass of rules by its name, not its rules': %q", names)
	}
	if i, j := slices.Index(names, "pairing"), slices.Index(names, "side-of-name"); i < 0 || j < i {
		t.Errorf("PassNames: side-of-name at %d, before pairing at %d", j, i)
	}
	text := "Peruvian President Luis Ortega's spokesperson, Nora Diaz, said talks went well."
	for _, off := range []string{"side-of-name", "sides"} {
		_, a := annotate(t, newStage(t, WithoutPasses(off)), text)
		if len(a.People) != 2 || a.People[1].Country != "" {
			t.Errorf("WithoutPasses(%q): %v, want Nora Diaz without a country", off, a.People)
		}
	}
	if _, err := New(WithoutPasses("no-such-rule")); err == nil {
		t.Error("WithoutPasses(no-such-rule): no error")
	}
}
