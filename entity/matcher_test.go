package entity

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMatcherOrder checks that a compiled matcher keeps each first word's
// phrases longest first and, among phrases of one length, in the order
// they were added, across more phrases than a sort does by insertion.
func TestMatcherOrder(t *testing.T) {
	m := newMatcher[int](0)
	var want []int
	for i := range 100 {
		// Lengths 1 to 3 in turn; the first word "a" or "b" in turn.
		words := []string{"a", "x", "y"}[:1+i%3]
		if i%2 == 1 {
			words = []string{"b", "x", "y"}[:1+i%3]
		}
		m.add(words, i)
	}
	for l := 3; l >= 1; l-- {
		for i := range 100 {
			if i%2 == 0 && 1+i%3 == l {
				want = append(want, i)
			}
		}
	}
	m.compile()
	r := m.byFirst["a"]
	var got []int
	for _, p := range m.phrases[r.start:r.end] {
		got = append(got, p.value)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("phrases of \"a\" (-want +got):\n%s", diff)
	}
	if r := m.byFirst["zzz"]; r.end != r.start {
		t.Errorf("a word that starts no phrase has %d phrases", r.end-r.start)
	}
}

// TestMatcherGroups checks a compiled matcher against its definition on
// random phrases: for every first word, byFirst gives exactly the phrases
// added with it, longest first and in the order added among phrases of one
// length, and no phrase is lost or given twice.
func TestMatcherGroups(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 3))
	for round := range 50 {
		m := newMatcher[int](0)
		var added [][]string
		for i := range rng.IntN(300) {
			words := make([]string, 1+rng.IntN(4))
			for k := range words {
				words[k] = string(rune('a' + rng.IntN(1+round%26)))
			}
			m.add(words, i)
			added = append(added, words)
		}
		m.compile()
		total := 0
		for w, r := range m.byFirst {
			var want []int
			for l := 4; l >= 1; l-- {
				for i, ws := range added {
					if ws[0] == w && len(ws) == l {
						want = append(want, i)
					}
				}
			}
			var got []int
			for _, p := range m.phrases[r.start:r.end] {
				got = append(got, p.value)
				if !slices.Equal(p.words, added[p.value]) {
					t.Fatalf("round %d: phrase %d has words %q, added %q", round, p.value, p.words, added[p.value])
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("round %d: phrases of %q (-want +got):\n%s", round, w, diff)
			}
			total += len(got)
		}
		if total != len(added) || len(m.phrases) != len(added) {
			t.Fatalf("round %d: %d phrases in groups, %d in all, %d added", round, total, len(m.phrases), len(added))
		}
	}
}
