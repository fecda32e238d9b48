package event

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
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

// TestDateBit checks that no word set takes the bits of finder.sets and
// wordInfo.sets that newFinder and markInfos keep for dates, rules and the
// day words.
func TestDateBit(t *testing.T) {
	if len(wordSets) >= 61 || dateBit != 1<<63 || rulesBit != 1<<62 || dayWordBit != 1<<61 {
		t.Fatalf("%d word sets: bits 61, 62 and 63 of the sets are dayWordBit, rulesBit and dateBit", len(wordSets))
	}
}

// TestFinderSets checks the sets and rule tokens newFinder reads from the
// marked word infos (markInfos) against the tests it made before, from
// the unmarked infos (index), for every token of the rule cases and
// testdata's articles.
func TestFinderSets(t *testing.T) {
	rs, lx, err := loadData()
	if err != nil {
		t.Fatal(err)
	}
	ids, infos := index(lx, rs)
	texts := []string{"Yesterday, today and TODAY: on Monday 5 May, yesterday's call. today-ish"}
	for _, c := range readCases(t, "testdata/cases.txt") {
		texts = append(texts, c.text)
	}
	paths, _ := filepath.Glob("../../../testdata/articles/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	ctx := context.Background()
	dated, ruled := 0, 0
	for _, text := range texts {
		d, err := pipeline.Parse(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		if err := ents.Annotate(ctx, d); err != nil {
			t.Fatal(err)
		}
		f := newFinder(stage, d, entityFrom(d))
		var trigAt []int32
		for i := range d.Tokens {
			tk := &d.Tokens[i]
			in := infos[ids[tk.Lower]]
			want := in.sets
			if len(in.rules) > 0 {
				want |= rulesBit
				trigAt = append(trigAt, int32(i))
				ruled++
			}
			if tk.Kind == pipeline.Number || tk.Kind == pipeline.Word && (tk.IsWeekday() || tk.IsMonth() || tk.Lower == "yesterday" || tk.Lower == "today") {
				want |= dateBit
				dated++
			}
			if f.sets[i] != want {
				t.Fatalf("token %d %q: sets %x, want %x", i, tk.Text, f.sets[i], want)
			}
			if f.who[i] != entityFrom(d).PersonAt(i) {
				t.Fatalf("token %d %q: who %d, want %d", i, tk.Text, f.who[i], entityFrom(d).PersonAt(i))
			}
		}
		if !slices.Equal(f.trigAt, trigAt) {
			t.Fatalf("trigAt %v, want %v", f.trigAt, trigAt)
		}
		f.release()
	}
	if dated == 0 || ruled == 0 {
		t.Fatalf("%d dated and %d ruled tokens: the texts must have both", dated, ruled)
	}
}
