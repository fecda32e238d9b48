package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden from the current output")

// TestGolden compares the whole JSON result for the seeds and the invented
// articles of testdata/articles with snapshots in testdata/golden. The
// snapshots record behaviour, not truth (the hand labels are testdata/gold):
// after a deliberate change, run go test ./extract/ -run TestGolden
// -update before committing it.
func TestGolden(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/articles/*.txt"} {
		p, _ := filepath.Glob(glob)
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Fatal("no articles")
	}
	for _, path := range paths {
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(id, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, err := ex.Extract(context.Background(), id, string(text))
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, string(text), r)
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("../testdata/golden", id+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract/ -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s differs from %s; review with -update and git diff", id, golden)
			}
		})
	}
}
