package pipeline

import (
	"context"
	"sync"
)

// Places tells the header pass which names are places a dateline may name.
// The entity stage's gazetteer provides one (entity.Stage.IsPlace), so that
// the parser reads "Berlin -" or "ASIATODAY.ID, WASHINGTON —" with the same
// cities and countries the entity stage resolves. IsPlace is given the name
// as it stands in the text, in any case ("NEW DELHI", "Berlin"), and must be
// safe for concurrent use.
type Places interface {
	IsPlace(name string) bool
}

// PlaceFunc adapts a function to Places.
type PlaceFunc func(name string) bool

// IsPlace calls f(name).
func (f PlaceFunc) IsPlace(name string) bool { return f(name) }

// Parser turns texts into Docs. Its zero value, and the Parser that Parse
// uses, knows no places: it reads a dateline by its shape (an all-caps name,
// or a title-case one followed by a date). A Parser is immutable and safe for
// concurrent use.
type Parser struct {
	places Places
	// scratch holds *parseScratch: the memory of the lines of the texts
	// parsed before, reused.
	scratch sync.Pool
}

// ParserOption configures a Parser.
type ParserOption func(*Parser)

// WithPlaces makes the header pass check each dateline candidate against
// places, which lets it read title-case datelines ("Berlin - ...") and skip a
// site name before the place.
func WithPlaces(places Places) ParserOption {
	return func(p *Parser) { p.places = places }
}

// NewParser returns a Parser with the given options.
func NewParser(opts ...ParserOption) *Parser {
	p := &Parser{}
	for _, o := range opts {
		o(p)
	}
	return p
}

// defaultParser is the Parser of Parse.
var defaultParser Parser

// Parse turns text into a Doc with a Parser that knows no places (see Parser).
func Parse(ctx context.Context, text string) (*Doc, error) {
	return defaultParser.Parse(ctx, text)
}
