// Package extract is Readout's entry point: it reads an English news article
// about diplomacy and returns a typed Result with the people, their offices
// and countries, the countries, the topics and the engagements it reports,
// each with the byte spans of the text that support it.
//
// Build an Extractor once with New, then call Extract for each article. An
// Extractor is immutable and safe for concurrent use by many goroutines.
//
// Every span is a half-open byte offset pair into the exact text given to
// Extract: text[Start:End] is the span's Text.
package extract
