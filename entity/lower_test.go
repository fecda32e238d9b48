package entity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// lowerCases are words and phrases the lower-casing helpers must treat as
// strings.ToLower and strings.Fields do: ASCII, other scripts, a letter
// whose lower case is longer, invalid UTF-8, odd spaces, a long word.
var lowerCases = []string{
	"", "a", "Foreign", "FOREIGN MINISTER", "al-Sudani", "Çavuşoğlu", "İstanbul", "ΣΟΦΙΑ",
	"Straße", "\xff\xfeAB", "x\u00a0Y", " \t lead  trail\n", "\u0085Mid\u2003Word",
	strings.Repeat("Long", 20), "K\u212a", "ﬁne",
}

func TestLowerHelpersAgreeWithStrings(t *testing.T) {
	for _, s := range lowerCases {
		set := map[string]bool{strings.ToLower(s): true}
		if !isLowerIn(set, s) {
			t.Errorf("isLowerIn(%q): false, want true", s)
		}
		if isLowerIn(map[string]bool{s + "x": true}, s) {
			t.Errorf("isLowerIn(%q) found another word", s)
		}
		var got []string
		for rest := s; ; {
			var w string
			if w, rest = nextField(rest); w == "" {
				break
			}
			got = append(got, w)
		}
		if diff := cmp.Diff(strings.Fields(s), got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("nextField(%q) differs from strings.Fields (-want +got):\n%s", s, diff)
		}
		var b strings.Builder
		appendLower(&b, s)
		if b.String() != strings.ToLower(s) {
			t.Errorf("appendLower(%q) = %q, want %q", s, b.String(), strings.ToLower(s))
		}
		a := &analysis{}
		if got := a.lowerOf(s); got != strings.ToLower(s) {
			t.Errorf("lowerOf(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	}
	for _, x := range lowerCases {
		for _, y := range lowerCases {
			words := []string{x, y}
			key := strings.ToLower(joinName(words))
			if got := lowerJoin(words); got != key {
				t.Errorf("lowerJoin(%q) = %q, want %q", words, got, key)
			}
			if !lowerJoined(words, key) {
				t.Errorf("lowerJoined(%q, %q): false, want true", words, key)
			}
			if other := strings.ToLower(x + y); other != key && lowerJoined(words, other) {
				t.Errorf("lowerJoined(%q, %q): true, want false", words, other)
			}
		}
	}
}
