package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseIndex: find agrees with strings.Contains for every phrase, on
// lines built from the phrases' own pieces so that near misses are common.
func TestPhraseIndex(t *testing.T) {
	phrases := []string{"photo:", "(ap photo", "getty images", "is pictured", "ph", "phot", "cookie policy", "(file)"}
	var x phraseIndex
	for i, p := range phrases {
		slot, err := x.add(p)
		if err != nil || slot != i {
			t.Fatalf("add(%q) = %d, %v; want %d", p, slot, err, i)
		}
	}
	pieces := []string{"photo", ":", "(", "ap ", "getty", " images", "is ", "pictured", "p", "h", "cookie ", "policy", "file", ")", " ", "é"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		line := b.String()
		found := x.find(line)
		for i, p := range phrases {
			if got, want := found.has(i), strings.Contains(line, p); got != want {
				t.Fatalf("find(%q) has %q = %v, strings.Contains says %v", line, p, got, want)
			}
		}
	}
	if _, err := x.add("a"); err == nil {
		t.Error("add of a one-byte phrase: no error")
	}
	for range maxPhrases {
		x.add("zz")
	}
	if _, err := x.add("zz"); err == nil {
		t.Errorf("add of phrase %d: no error", maxPhrases+1)
	}
}
