package pipeline

import "testing"

// TestRegexps compiles every expression of lazyRegexp, which would
// otherwise panic only on its first use, and checks that a second call
// gives the same expression back.
func TestRegexps(t *testing.T) {
	if len(regexps) < 4 {
		t.Fatalf("%d lazy expressions, want the pipeline's 4 at least", len(regexps))
	}
	for i, get := range regexps {
		re := get()
		if re == nil || get() != re {
			t.Errorf("expression %d: %v, then another", i, re)
		}
	}
}
