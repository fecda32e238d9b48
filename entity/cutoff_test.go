package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

// TestCutOffFile runs the cases of testdata/cutoff.txt. Before the cut-off
// rule, the text's last word made a person of its run: "Prime Mini", "Rosa
// Quis", "Joe Bid", "Mohamed bin Zay".
func TestCutOffFile(t *testing.T) {
	runCaseFile(t, "testdata/cutoff.txt", func(a *Annotations) (got []string) {
		for _, p := range a.People {
			got = append(got, brief(p))
		}
		return got
	})
}

// TestCutOffRunBound: the run a cut-off text's last word ends is a name's
// length at most, however long its run of capitalised words.
func TestCutOffRunBound(t *testing.T) {
	s := newStage(t)
	text := "Dar met Wang Yi on Monday. He later met " + strings.Repeat("Prime Minister Of The United States ", 200) + "Sta"
	d, err := pipeline.Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if got, n := s.t.cutFrom(d, s.words), len(d.Tokens); n-got != cutRunMax+1 {
		t.Errorf("cut-off run of %d tokens, want %d", n-got, cutRunMax+1)
	}
}

// TestTitledByWordIndex: titled, which reads the word index, agrees at
// every word of testdata's texts with the classes phraseClasses makes of
// the tables (the map titled read before), and finds titled words.
func TestTitledByWordIndex(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	classes := tb.phraseClasses()
	n := 0
	eachAnalysis(t, "", func(path string, a *analysis) {
		for i := range a.toks {
			run := a.toks[i : i+1]
			want := run[0].Kind == pipeline.Word && classes[run[0].Lower]&classOfficeStart != 0
			if got := titled(run, a.s.words); got != want {
				t.Errorf("%s: token %d %q: titled %v, want %v", path, i, run[0].Text, got, want)
			}
			if want {
				n++
			}
		}
	})
	if n == 0 {
		t.Error("no word of the texts may begin a title")
	}
}
