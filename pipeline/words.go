package pipeline

import "github.com/readout/readout/pipeline/wordlist"

// The pipeline's word lists, from package wordlist (data/pipeline.txt),
// read once when the package is initialised. The lists are embedded, so a
// missing one panics at initialisation in every test of the package, never
// later in a caller's program: like regexp.MustCompile on a literal.
var (
	// abbreviations end with a dot that belongs to the word ("Mr.", "Jan.").
	abbreviations = mustList("abbreviations")
	// dateLabels are the words a date line may hold besides its date.
	dateLabels = mustList("date-labels")
	// placeParticles are the lower-case words inside place names.
	placeParticles = mustList("place-particles")
)

// mustList returns the word list name of package wordlist as a set, and
// panics if it cannot.
func mustList(name string) map[string]bool {
	lists, err := wordlist.Load()
	if err != nil {
		panic("pipeline: " + err.Error())
	}
	set, err := lists.Set(name)
	if err != nil {
		panic("pipeline: " + err.Error())
	}
	return set
}
