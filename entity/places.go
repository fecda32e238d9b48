package entity

import (
	"strings"

	"github.com/readout/readout/pipeline"
)

// IsPlace reports whether name, in any case ("NEW DELHI", "Berlin"), is a
// city of the gazetteer or the name of a country, so a dateline may name it.
// A demonym ("Saudi") is not a place. It implements pipeline.Places, so the
// parser's header pass reads datelines with the tables this stage resolves
// them with; it is safe for concurrent use.
func (s *Stage) IsPlace(name string) bool {
	place := titleCase(name)
	if _, ok := s.t.cities[strings.ToLower(place)]; ok {
		return true
	}
	toks := pipeline.Tokenize(place)
	if len(toks) == 0 {
		return false
	}
	ref, end, ok := s.t.countryPhr.match(toks, 0, norm, false)
	return ok && end == len(toks) && (ref.kind == refName || ref.kind == refCapital)
}
