package pipeline

import (
	"strings"
	"testing"
)

// TestFieldsAtMost: fieldsAtMost agrees with strings.Fields.
func TestFieldsAtMost(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a  b\tc\n", "\u00a0a\u2003b ", "a\x85b", "\xffa b\xfe",
		strings.Repeat("w ", 30), "héllo wörld  "} {
		for n := 0; n < 32; n++ {
			if got, want := fieldsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
				t.Errorf("fieldsAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
