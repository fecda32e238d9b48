package topic

import (
	_ "embed"
	"strings"
	"sync"
)

// The snowball stems of the words of the built-in taxonomy, compiled when
// the package is built: stemming costs some ten thousand instructions a
// word, most of Default's set-up. The table only spares that work: a word
// it lacks is stemmed, and TestDefaultStems checks that it holds exactly
// the stems of every word default.json has, as snowball gives them.
//
//go:generate go test -run ^TestDefaultStems$ -update-stems

//go:embed default_stems.txt
var defaultStemsText string

// knownStems maps each word of default_stems.txt to its stem.
var knownStems = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, strings.Count(defaultStemsText, "\n"))
	for line := range strings.Lines(defaultStemsText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		w, s, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		m[w] = s
	}
	return m
})

// stem returns the stem of lower as the package-level stem does, from
// the table of known stems when it holds lower, and records it when the
// compiler records the words it stems.
func (c *compiler) stem(lower string) string {
	s, ok := knownStems()[lower]
	if !ok {
		s = stem(lower)
	}
	if c.stems != nil {
		c.stems[lower] = s
	}
	return s
}

// stemHeads is a set of the heads of stems (stemHeadsOf): the first two
// bytes of a stem of three bytes or more, the first byte of a shorter one.
type stemHeads struct {
	two [1 << 16 / 64]uint64 // bit b0<<8|b1
	one [256 / 64]uint64     // bit b0
}

// add puts the head of stem st into h.
func (h *stemHeads) add(st string) {
	switch {
	case len(st) >= 3:
		k := uint(st[0])<<8 | uint(st[1])
		h.two[k/64] |= 1 << (k % 64)
	case len(st) > 0:
		h.one[st[0]/64] |= 1 << (st[0] % 64)
	}
}

// surelyNone reports whether the stem of the lower-case word w is none of
// the stems whose heads h holds, without stemming w: true only for a word
// stemHeadsOf covers whose heads h lacks. It is false whenever it cannot
// tell.
func (h *stemHeads) surelyNone(w string) bool {
	if !stemHeadsOf(w) {
		return false
	}
	k := uint(w[0])<<8 | uint(w[1])
	return h.two[k/64]&(1<<(k%64)) == 0 && h.one[w[0]/64]&(1<<(w[0]%64)) == 0
}

// stemHeadsOf reports whether the snowball English stem of w is known to
// begin as w does: its first two bytes w's when it has three bytes or
// more, its first byte w's when shorter (TestStemHeads). It holds for a
// word of three bytes or more of ASCII, with no upper-case letter or
// space (which the stemmer changes first) and no apostrophe first (which
// it drops), that does not end in "ying" (its special words "dying",
// "lying" and "tying" become "die", "lie" and "tie"): the stemmer's steps
// change a word's end, and each step but the first reads no byte before
// the third (its region R1 begins at the third byte or later); the first
// ends a word of one or two bytes in "e" at most, or turns "ies" into
// "ie".
func stemHeadsOf(w string) bool {
	if len(w) < 3 || w[0] == '\'' || strings.HasSuffix(w, "ying") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c <= ' ' || c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
