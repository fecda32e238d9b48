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
