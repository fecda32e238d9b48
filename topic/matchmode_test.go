package topic

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMatchModes reads testdata/match.txt: for each line, a taxonomy of one
// term with the line's mode must match the sentence, or not.
func TestMatchModes(t *testing.T) {
	f, err := os.Open("testdata/match.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "|")
		if len(cols) != 4 {
			t.Fatalf("match.txt:%d: want 4 columns", line)
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		mode, term, sentence, want := cols[0], cols[1], cols[2], cols[3] == "yes"
		n++
		t.Run(fmt.Sprintf("%d %s %s", line, mode, term), func(t *testing.T) {
			file := fmt.Sprintf(`{"threshold": 0.1, "labels": [{"label": "x", "terms": [{"text": %q, "match": %q}]}]}`, term, mode)
			tax, err := Parse(strings.NewReader(file), "match.json")
			if err != nil {
				t.Fatal(err)
			}
			got := len(tax.Classify(parse(t, sentence))) > 0
			if got != want {
				t.Errorf("%s term %q in %q: matched %v, want %v", mode, term, sentence, got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no cases in match.txt")
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"renewable", []string{"renewable", "renewables", "renewabled", "renewabling"}},
		{"talk", []string{"talk", "talks", "talked", "talking"}},
		{"tax", []string{"tax", "taxes", "taxed", "taxing"}},
		{"supply", []string{"supply", "supplies", "supplied", "supplying"}},
		{"delay", []string{"delay", "delays", "delayed", "delaying"}},
		{"tie", []string{"tie", "ties", "tied", "tying"}},
		{"agree", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"ban", []string{"ban", "bans", "baned", "baning", "banned", "banning"}},
		{"plan", []string{"plan", "plans", "planed", "planing", "planned", "planning"}},
		{"lng", []string{"lng", "lngs", "lnged", "lnging"}},
		{"g7", []string{"g7"}},
		{"a", []string{"a"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, inflections(tt.word)); diff != "" {
			t.Errorf("inflections(%q) (-want +got):\n%s", tt.word, diff)
		}
	}
}
