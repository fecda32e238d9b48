package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestNothingFromBoilerplate checks that no stage takes a person, country,
// organisation, topic evidence or event from the page around an article: on
// the invented scraped pages of pipeline/testdata/pages, no mention or
// evidence overlaps a boilerplate line.
func TestNothingFromBoilerplate(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("../pipeline/testdata/pages/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	ctx := context.Background()
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			r, err := e.Extract(ctx, "page", text)
			if err != nil {
				t.Fatal(err)
			}
			d, err := e.parser.Parse(ctx, text)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Boilerplate) == 0 {
				return
			}
			for _, lm := range labelledMentions(r) {
				for _, bp := range d.Boilerplate {
					if lm.m.Start < bp.End && bp.Start < lm.m.End {
						t.Errorf("%s %q at %d taken from %s line %q", lm.what, lm.m.Text, lm.m.Start, bp.Kind, bp.In(text))
					}
				}
			}
		})
	}
}

type labelledMention struct {
	what string
	m    Mention
}

// labelledMentions lists every mention and evidence span of a result, each
// with what it stands for.
func labelledMentions(r *Result) []labelledMention {
	var out []labelledMention
	add := func(what string, ms ...Mention) {
		for _, m := range ms {
			out = append(out, labelledMention{what, m})
		}
	}
	for _, p := range r.People {
		add("person "+p.Name, p.Mentions...)
	}
	for _, c := range r.Countries {
		add("country "+c.Code, c.Mentions...)
	}
	for _, o := range r.Organizations {
		add("organisation "+o.Name, o.Mentions...)
	}
	for _, tp := range r.Topics {
		add("topic "+tp.Label, tp.Evidence...)
	}
	for _, ev := range r.Events {
		add("event", ev.Evidence)
	}
	return out
}
