package html_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

var update = flag.Bool("update", false, "rewrite testdata/*.html from the current output")

// TestGolden renders the seeds with their results and compares the pages
// with testdata/<id>.html, where the view's style and script are written
// as comments. The files record behaviour: after a deliberate
// change to the view or to the extractor, run
// go test ./extract/html/ -run TestGolden -update and look at the pages.
func TestGolden(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, path := range paths {
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(id, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			r, err := ex.Extract(context.Background(), id, text)
			if err != nil {
				t.Fatal(err)
			}
			bp, err := html.FindBoilerplate(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := html.WritePage(&got, html.Doc{Text: text, Result: r, Boilerplate: bp}); err != nil {
				t.Fatal(err)
			}
			checkWellFormed(t, got.String())
			// The style and script are the package's files: keep them out
			// of the golden pages.
			page := strings.Replace(got.String(), html.Style(), "/* view.css */", 1)
			page = strings.Replace(page, html.Script(), "/* view.js */", 1)
			golden := filepath.Join("testdata", id+".html")
			if *update {
				if err := os.WriteFile(golden, []byte(page), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), page); diff != "" {
				t.Errorf("%s differs (-want +got); if the change is deliberate, run with -update:\n%s", golden, diff)
			}
		})
	}
}
