package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/wordlist"
)

// The word index must say of every word what the tables' maps say.
func TestWordIndexAgreesWithTables(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	x := newWordIndex(tb)
	words := []string{"", "the", "said", "minister", "zzzz", "x"}
	for w := range tb.words.classes {
		words = append(words, w, w+"s")
	}
	for w := range tb.words.notNames {
		words = append(words, w, "a"+w)
	}
	for _, w := range words {
		got := x.lookup(w, wordlist.Hash(w))
		want := wordInfo{cls: tb.words.classes[w], notName: tb.words.notNames[w]}
		if got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", w, got, want)
		}
	}
}

func TestWordSet(t *testing.T) {
	var s wordSet
	for round, n := range []int{40, 40, 3000, 40} { // the room is reused, and grows
		var words []string
		for i := range n {
			words = append(words, fmt.Sprint("w", i*(round+1)), fmt.Sprint("w", i*(round+1)))
		}
		toks := pipeline.Tokenize(strings.Join(words, " "))
		s.reset(toks)
		if s.has("w0") {
			t.Fatalf("round %d: a reset set holds a word", round)
		}
		for i := range toks {
			s.add(i, wordlist.Hash(toks[i].Lower))
		}
		for i := range 2 * n {
			w := fmt.Sprint("w", i)
			if want := i%(round+1) == 0 && i/(round+1) < n; s.has(w) != want {
				t.Errorf("round %d: has(%q) = %v, want %v", round, w, !want, want)
			}
		}
	}
}
