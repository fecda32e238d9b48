package entity

import (
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
