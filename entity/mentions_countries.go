package entity

// findCountries finds the countries the text names, by name, short form,
// demonym, capital or seat of government, the longest phrase first;
// "US$500 million" and "the US dollar" are currencies, not the country.
func (a *analysis) findCountries() {
	next := 0 // the token after the latest phrase
	for _, k := range a.phraseToks {
		i := int(k)
		if i < next || a.skip[i] || a.cls[i]&classCountryStart == 0 {
			continue // a few loads a token: halted is asked where a phrase may start
		}
		if a.halted() {
			break
		}
		ref, end, ok := a.t.countryPhr.matchForms(a.toks, i, a.phraseStarts(i, startCountry), norm, false)
		if !ok || a.skip[end-1] {
			continue
		}
		if a.currencyAt(end) {
			// "US$500 million", "the US dollar": a currency, not the country.
			ref.kind = refNone
		}
		idx := len(a.cms)
		a.cms = append(a.cms, cmention{i, end, ref})
		for k := i; k < end; k++ {
			a.country[k] = idx
		}
		next = end
	}
}

// currencyAt reports whether a dollar sign glued to the word before, or
// the word "dollar", stands at token i.
func (a *analysis) currencyAt(i int) bool {
	if i >= len(a.toks) {
		return false
	}
	t := &a.toks[i]
	return t.Text == "$" && !t.SpaceBefore || t.Lower == "dollar" || t.Lower == "dollars"
}
