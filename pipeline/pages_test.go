package pipeline_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/entity"
	"github.com/readout/readout/pipeline"
)

var update = flag.Bool("update", false, "rewrite testdata/pages/*.golden")

// TestPages reads the invented scraped pages of testdata/pages and compares
// their header and boilerplate marks with NAME.golden (refresh with -update
// and read the diff).
func TestPages(t *testing.T) {
	ents, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.NewParser(pipeline.WithPlaces(ents))
	paths, err := filepath.Glob("testdata/pages/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := p.Parse(context.Background(), string(b))
			if err != nil {
				t.Fatal(err)
			}
			got := pageReport(d)
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// pageReport writes what the parser makes of a page's furniture: the header,
// then each boilerplate line with its kind.
func pageReport(d *pipeline.Doc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "dateline: %s\n", orDash(d.Header.Dateline.In(d.Text)))
	fmt.Fprintf(&b, "published: %s\n", orDash(d.Header.Published))
	for _, m := range d.Boilerplate {
		fmt.Fprintf(&b, "%s: %s\n", m.Kind, m.In(d.Text))
	}
	return b.String()
}
