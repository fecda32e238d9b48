// Package extract is Readout's entry point: it reads an English news article
// about diplomacy and returns a typed Result with the people, their offices
// and countries, the countries, the organisations, the topics and the
// engagements it reports, each with the byte spans of the text that support
// it.
//
// Build an Extractor once with New, then call Extract for each article, or
// Batch (callback) or Results (range-over-func iterator) for a stream of
// them on all cores. An Extractor is immutable and safe for concurrent use by
// many goroutines.
//
// What the caller knows and what the corpus says can add to what one
// article states: WithKnownPeople finds the caller's known people by name
// (entity.LoadPeopleFile reads them from a CSV or JSON Lines file), and
// WithMemory gives a person an article names without a country the country
// other articles of the stream stated (Memory, NewMemory). Every person's
// CountrySource says which it is: FromText, FromKnown or FromCorpus. The
// default Extractor uses neither: it knows no one by name and each result
// depends on its article alone.
//
// Every span is a half-open byte offset pair into the exact text given to
// Extract: text[Start:End] is the span's Text. Span (pipeline.Span) is the
// module's one span type; a Mention is a Span with the Text it covers.
//
// # JSON form
//
// A Result marshals with encoding/json to a stable JSON form, described field
// by field in the file OUTPUT.md in this package's directory (a test keeps the
// two in step). The form has the keys id, published, dateline, people,
// countries, organizations, topics and events. A value the text does not give
// (a Go field that is "" or nil: no dateline, no publication date, no country
// for a person, no initiator or date for an event, no acronym) is null; a list
// with nothing in it is [], never null. Every span encodes as
// {"text", "start", "end"} with the byte offsets above.
package extract
