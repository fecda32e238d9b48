package extract_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// articleTexts returns the seeds and the invented articles of testdata.
func articleTexts(t *testing.T) map[string]string {
	t.Helper()
	_, texts := seedTexts(t)
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no invented articles: %v", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}
	return texts
}

func TestPasses(t *testing.T) {
	names := extract.Passes()
	seen := map[string]bool{}
	var entities, events int
	for _, n := range names {
		if seen[n] {
			t.Errorf("Passes: %q twice", n)
		}
		seen[n] = true
		switch {
		case strings.HasPrefix(n, "entities:"):
			entities++
		case strings.HasPrefix(n, "events:"):
			events++
		default:
			t.Errorf("Passes: %q has no stage prefix", n)
		}
	}
	if entities < 10 || events < 10 {
		t.Errorf("Passes: %d entity passes and %d event rules, want many of each", entities, events)
	}
	for _, n := range []string{"entities:countries", "entities:captions", "events:met", "events:call"} {
		if !seen[n] {
			t.Errorf("Passes lacks %q", n)
		}
	}
	if seen["entities:mention-index"] {
		t.Errorf("Passes lists mention-index, a table later passes read")
	}
}

func TestWithoutPassesBad(t *testing.T) {
	for _, n := range []string{"countries", "entities:no-such-pass", "events:no-such-rule", "entities:mention-index", "topics:trade"} {
		if _, err := extract.New(extract.WithoutPasses(n)); !errors.Is(err, extract.ErrBadOption) {
			t.Errorf("WithoutPasses(%q): err %v, want ErrBadOption", n, err)
		}
	}
}

// TestWithoutPasses turns off each pass and rule in turn: every result still
// holds the invariants, and turning off a pass the articles need changes
// what they give.
func TestWithoutPasses(t *testing.T) {
	texts := articleTexts(t)
	ctx := context.Background()
	full := map[string]*extract.Result{}
	ex := newExtractor(t)
	for id, text := range texts {
		r, err := ex.Extract(ctx, id, text)
		if err != nil {
			t.Fatal(err)
		}
		full[id] = r
	}
	names := extract.Passes()
	if testing.Short() {
		names = []string{"entities:countries", "entities:captions", "events:met", "events:call"}
	}
	for _, n := range names {
		ex := newExtractor(t, extract.WithoutPasses(n))
		changed := 0
		for id, text := range texts {
			r, err := ex.Extract(ctx, id, text)
			if err != nil {
				t.Fatalf("without %s: %s: %v", n, id, err)
			}
			checkResult(t, text, r)
			if !reflect.DeepEqual(r, full[id]) {
				changed++
			}
		}
		switch n {
		case "entities:countries", "entities:offices", "entities:titled", "events:met", "events:call":
			if changed == 0 {
				t.Errorf("without %s: no article changes", n)
			}
		}
	}
}
