package event

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

func TestParseRulesErrors(t *testing.T) {
	const head = "# comment\n\n"
	tests := []struct {
		name, table, want string
	}{
		{"too few fields", head + "a\tcall\tnoun\tcue\t-\n", "t.tsv:3: 5 tab-separated fields"},
		{"bad type", head + "a\tvisit\tnoun\tcue\t-\t^x\n", "t.tsv:3: field type"},
		{"bad form", head + "a\tcall\tadverb\tcue\t-\t^x\n", "t.tsv:3: field form"},
		{"bad initiator", head + "a\tcall\tnoun\tobject\t-\t^x\n", "t.tsv:3: field initiator"},
		{"unknown condition", head + "a\tcall\tnoun\tcue\tsunny\t^x\n", `t.tsv:3: field needs: unknown condition "sunny"`},
		{"no trigger", head + "a\tcall\tnoun\tcue\t-\tx y\n", "t.tsv:3: field pattern"},
		{"two triggers", head + "a\tcall\tnoun\tcue\t-\t^x ^y\n", "t.tsv:3: field pattern"},
		{"optional trigger", head + "a\tcall\tnoun\tcue\t-\t^x?\n", "t.tsv:3: field pattern"},
		{"gap too wide", head + "a\tcall\tnoun\tcue\t-\t^x ~20 y\n", "t.tsv:3: field pattern"},
		{"upper case", head + "a\tcall\tnoun\tcue\t-\t^Call\n", "t.tsv:3: field pattern"},
		{"person window", head + "a\tcall\tnoun\tcue\t-\t^x {P99}\n", "t.tsv:3: field pattern"},
		{"duplicate name", head + "a\tcall\tnoun\tcue\t-\t^x\na\tcall\tnoun\tcue\t-\t^y\n", `t.tsv:4: rule "a" already defined on line 3`},
		{"empty", head, "t.tsv: no rules"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseRules(strings.NewReader(tt.table), "t.tsv")
			if err == nil || !errors.Is(err, ErrRules) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q wrapping ErrRules", err, tt.want)
			}
		})
	}
}

// TestEveryRuleFires ties the table to the cases: each rule fires on at least
// one case of testdata/cases.txt.
func TestEveryRuleFires(t *testing.T) {
	fired := map[string]bool{}
	ctx := context.Background()
	for _, c := range readCases(t, "testdata/cases.txt") {
		d, err := pipeline.Parse(ctx, c.text)
		if err != nil {
			t.Fatal(err)
		}
		if err := ents.Annotate(ctx, d); err != nil {
			t.Fatal(err)
		}
		f := newFinder(stage, d, entityFrom(d))
		for _, s := range d.Sentences {
			f.phone = f.any(s.FirstToken, s.EndToken, setPhone)
			for _, tr := range f.triggers(s) {
				fired[tr.rule.name] = true
			}
		}
	}
	for _, ru := range stage.rules.all {
		if !fired[ru.name] {
			t.Errorf("data/triggers.tsv:%d: rule %q fires on no case of testdata/cases.txt", ru.line, ru.name)
		}
	}
}

// TestDateBit checks that no word set takes the bits of finder.sets that
// newFinder keeps for dates and rules.
func TestDateBit(t *testing.T) {
	if len(wordSets) >= 62 || dateBit != 1<<63 || rulesBit != 1<<62 {
		t.Fatalf("%d word sets: bits 62 and 63 of finder.sets are rulesBit and dateBit", len(wordSets))
	}
}
