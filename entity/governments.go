package entity

// governments gives the head of a government the country of a person the
// text places in it: "Lopez [CL], a minister in Ibarra's government" makes
// Ibarra Chile's. The person placed is the nearest person with a country
// named before "in X's government" in the sentence. It runs after the other
// passes that give countries and never overrides one.
func (a *analysis) governments() {
	who := a.whoAt()
	for i := range a.toks {
		// "in" X "'s" government-noun
		if a.skip[i] || a.cls[i]&classGovernment == 0 || i < 3 || !a.toks[i-1].IsPossessive() {
			continue
		}
		head := who[i-2]
		if head == nil {
			continue
		}
		s := a.d.Sentences[a.toks[i].Sentence]
		k := i - 2 // the first token of head's mention
		for k > s.FirstToken && who[k-1] == head {
			k--
		}
		if k <= s.FirstToken || a.toks[k-1].Lower != "in" {
			continue
		}
		for j := k - 2; j >= s.FirstToken && j >= k-maxReach; j-- {
			if p := who[j]; p != nil && p != head && p.country != "" {
				a.makePlain(head, p.country)
				break
			}
		}
	}
}
