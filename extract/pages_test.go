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
			check := func(what string, m Mention) {
				for _, bp := range d.Boilerplate {
					if m.Start < bp.End && bp.Start < m.End {
						t.Errorf("%s %q at %d taken from %s line %q", what, m.Text, m.Start, bp.Kind, bp.In(text))
					}
				}
			}
			for _, p := range r.People {
				for _, m := range p.Mentions {
					check("person "+p.Name, m)
				}
			}
			for _, c := range r.Countries {
				for _, m := range c.Mentions {
					check("country "+c.Code, m)
				}
			}
			for _, o := range r.Organizations {
				for _, m := range o.Mentions {
					check("organisation "+o.Name, m)
				}
			}
			for _, tp := range r.Topics {
				for _, m := range tp.Evidence {
					check("topic "+tp.Label, m)
				}
			}
			for _, ev := range r.Events {
				check("event", ev.Evidence)
			}
		})
	}
}
