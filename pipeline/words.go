package pipeline

import (
	"embed"

	"github.com/readout/readout/pipeline/wordlist"
)

// wordsFS holds the pipeline's word lists, data/words.txt, in package
// wordlist's format.
//
//go:embed data/words.txt
var wordsFS embed.FS

// loadWords reads the pipeline's word lists once.
var loadWords = wordlist.Loader(wordsFS, "data")

// The pipeline's word lists (data/words.txt), read once when the package is
// initialised. The lists are embedded, so a missing one panics at
// initialisation in every test of the package, never later in a caller's
// program: like regexp.MustCompile on a literal.
var (
	// abbreviations end with a dot that belongs to the word ("Mr.", "Jan.").
	abbreviations = mustList("abbreviations")
	// dateLabels are the words a date line may hold besides its date.
	dateLabels = mustList("date-labels")
	// placeParticles are the lower-case words inside place names.
	placeParticles = mustList("place-particles")
)

// mustList returns the pipeline's word list name as a set, and panics if it
// cannot.
func mustList(name string) map[string]bool {
	lists, err := loadWords()
	if err != nil {
		panic("pipeline: " + err.Error())
	}
	set, err := lists.Set(name)
	if err != nil {
		panic("pipeline: " + err.Error())
	}
	return set
}
