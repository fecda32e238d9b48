package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCheckAgreesWithBadByte checks check's fast path (strings.IndexByte and
// utf8.ValidString) against badByte, the byte-by-byte loop it passes over,
// on random texts of good and bad pieces: a text is refused exactly when
// badByte finds a bad byte, with badByte's error.
func TestCheckAgreesWithBadByte(t *testing.T) {
	e := &Extractor{maxBytes: DefaultMaxBytes}
	pieces := []string{"a", "Sharif ", "é", "’", "\ufffd", "😀", "\x00", "\xff", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\x7f"}
	rng := rand.New(rand.NewPCG(1, 2))
	refused := 0
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			// Good pieces most of the time, so that many texts pass.
			if rng.IntN(4) > 0 {
				b.WriteString(pieces[rng.IntN(6)])
			} else {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		text := b.String()
		got, want := e.check(text), badByte(text)
		if (got == nil) != (want == nil) || got != nil && got.Error() != want.Error() {
			t.Fatalf("check(%q) = %v, badByte = %v", text, got, want)
		}
		if got != nil {
			refused++
		}
	}
	if refused == 0 || refused == 5000 {
		t.Fatalf("%d of 5000 texts refused: the test must see both", refused)
	}
}
