package entity

// hosts gives the person whose invitation a visit answers the country the
// visit goes to: "Ruiz will visit Peru at the invitation of President X",
// "upon the invitation of King X, she visits the Peruvian capital", "a trip to
// Chile at X's invitation". The visit's country is the first country named
// right after a visit word ("visit Peru", "visit the Peruvian capital", "a
// visit to Peru"); a sentence whose visits go to more than one country, or
// that names no person after "invitation of", gives no one a country. It
// runs after the stated countries and never overrides one.
//
// It is code, not a rule of data/countryrules.tsv: it counts over the
// sentence (the countries all its visits go to must be one, and the
// inviter is the last the sentence names), where a rule reads one anchor's
// window.
func (a *analysis) hosts() {
	who := a.whoAt()
	// Only the words of classVisit and classInvitation do anything: the
	// walk visits the sentences of those newAnalysisCtx listed (sideToks),
	// and in each those words.
	side := a.sideToks
	for len(side) > 0 {
		if a.halted() {
			break
		}
		si := a.toks[side[0]].Sentence
		s := a.d.Sentences[si]
		n := 1
		for n < len(side) && a.toks[side[n]].Sentence == si {
			n++
		}
		words := side[:n]
		side = side[n:]
		if s.Boilerplate {
			continue
		}
		dest, host := "", (*person)(nil)
		several := false
		for _, i32 := range words {
			i := int(i32)
			switch c := a.cls[i]; {
			case c&classVisit != 0:
				if code := a.visitCountry(i+1, s.EndToken); code != "" {
					several = several || dest != "" && dest != code
					dest = code
				}
			case c&classInvitation != 0:
				if p := a.inviter(who, i, s.FirstToken, s.EndToken); p != nil {
					host = p
				}
			}
		}
		if host != nil && dest != "" && !several {
			a.makePlain(host, dest)
		}
	}
}

// visitCountry returns the country of the place right after a visit word at
// k ("Peru", "to Peru", "the Peruvian capital"), or "".
func (a *analysis) visitCountry(k, end int) string {
	if k < end && a.toks[k].Lower == "to" {
		k++
	}
	if k < end && a.toks[k].Lower == "the" {
		k++
	}
	if k >= end {
		return ""
	}
	if cm := a.countryStart(k); cm >= 0 {
		return a.code(cm)
	}
	return ""
}

// inviter returns the person who gives the invitation at token i: the first
// person named within a title's length after "invitation of" or "invitation
// from", or the person before "'s" in "X's invitation"; nil otherwise.
func (a *analysis) inviter(who []*person, i, first, end int) *person {
	if i-1 > first && a.toks[i-1].IsPossessive() {
		return who[i-2]
	}
	k := i + 1
	if k >= end || a.toks[k].Lower != "of" && a.toks[k].Lower != "from" {
		return nil
	}
	for m := k + 1; m < end && m <= k+maxInviterGap && a.toks[m].Text != ","; m++ {
		if who[m] != nil {
			return who[m]
		}
	}
	return nil
}

// maxInviterGap is the most tokens of titles read after "invitation of" to
// the inviter's name: "at the invitation of the Prime Minister of Peru, X".
const maxInviterGap = 8
