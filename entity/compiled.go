package entity

// compiledSource identifies the texts a generated table was compiled from,
// by their lengths and hashes (textHash), so that New takes the generated
// form only for the texts it embeds.
type compiledSource struct {
	lens   []int
	hashes []uint32
}

// sourceOf returns the compiledSource of texts.
func sourceOf(texts ...string) compiledSource {
	var s compiledSource
	for _, t := range texts {
		s.lens = append(s.lens, len(t))
		s.hashes = append(s.hashes, textHash(t))
	}
	return s
}

// matches reports whether texts are those s was made of.
func (s compiledSource) matches(texts ...string) bool {
	if len(texts) != len(s.lens) {
		return false
	}
	for i, t := range texts {
		if len(t) != s.lens[i] || textHash(t) != s.hashes[i] {
			return false
		}
	}
	return true
}

// textHash is the hash by which a compiledSource knows a text: FNV-1a's
// step over eight bytes at a time, each step's high half folded into its
// low, then over the last bytes one by one. New hashes some 95 KB of
// tables to tell whether its generated forms are theirs: this is about a
// sixth of wordlist.Hash's work, a multiply a byte.
func textHash(t string) uint32 {
	h := uint64(14695981039346656037)
	for ; len(t) >= 8; t = t[8:] {
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		h = (h ^ w) * 1099511628211
		h ^= h >> 32
	}
	for i := 0; i < len(t); i++ {
		h = (h ^ uint64(t[i])) * 1099511628211
	}
	return uint32(h>>32) ^ uint32(h)
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
