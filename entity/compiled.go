package entity

import "github.com/readout/readout/pipeline/wordlist"

// compiledSource identifies the texts a generated table was compiled from,
// by their lengths and hashes (wordlist.Hash), so that New takes the
// generated form only for the texts it embeds.
type compiledSource struct {
	lens   []int
	hashes []uint32
}

// sourceOf returns the compiledSource of texts.
func sourceOf(texts ...string) compiledSource {
	var s compiledSource
	for _, t := range texts {
		s.lens = append(s.lens, len(t))
		s.hashes = append(s.hashes, wordlist.Hash(t))
	}
	return s
}

// matches reports whether texts are those s was made of.
func (s compiledSource) matches(texts ...string) bool {
	if len(texts) != len(s.lens) {
		return false
	}
	for i, t := range texts {
		if len(t) != s.lens[i] || wordlist.Hash(t) != s.hashes[i] {
			return false
		}
	}
	return true
}

// compiledCountryMatcher returns the country matcher compiled from the
// texts of data/countries.tsv and data/noncountries.txt at build time
// (countryphrases.go, which TestCountryPhrasesFile writes: go generate), or
// nil when countries and nonCountries are not the texts it was compiled
// from (a table edited and not generated again: readCountries then builds
// the phrases, and the test fails until the file is written again).
func compiledCountryMatcher(countries, nonCountries string) *matcher[countryRef] {
	if !compiledCountrySource.matches(countries, nonCountries) {
		return nil
	}
	return compiledMatcher(compiledCountryPhrases)
}

// compiledOfficeMatchers returns the office matchers (tables.officePhr,
// officeExact) compiled from data/offices.tsv at build time
// (tablephrases.go, which TestTablePhrasesFile writes: go generate), or
// nils when offices is not the text they were compiled from.
func compiledOfficeMatchers(offices string) (lower, exact *matcher[int]) {
	if !compiledOfficeSource.matches(offices) {
		return nil, nil
	}
	return compiledMatcher(compiledOfficePhrases), compiledMatcher(compiledOfficeExactPhrases)
}

// compiledOrgMatcher returns the organisation matcher (tables.orgPhr)
// compiled from data/organizations.tsv at build time (tablephrases.go), or
// nil when orgs is not the text it was compiled from.
func compiledOrgMatcher(orgs string) *matcher[int] {
	if !compiledOrgSource.matches(orgs) {
		return nil
	}
	return compiledMatcher(compiledOrgPhrases)
}

// wordIndexSources are the texts the default word index is made from:
// every table whose words or first words it holds.
func wordIndexSources() []string {
	return []string{wordsText, runWordsText, countryRulesText, countriesText, nonCountriesText, officesText, organizationsText}
}

// compiledWordIndex returns the word index of the default tables made at
// build time (wordindex_data.go, which TestWordIndexFile writes: go
// generate), or nil when the embedded tables are not those it was made
// from (defaultWordIndex then builds it). It is shared and never written.
func compiledWordIndex() *wordIndex {
	if !compiledWordIndexSource.matches(wordIndexSources()...) {
		return nil
	}
	return &compiledWordIndexData
}
