package entity

// appointments gives the person who appoints another, and the person
// appointed, each other's country when the text gives only one of them:
// "President X has appointed the National Security Adviser, Y, to lead the
// Chilean delegation". A government appoints its own servants. The one who
// appoints is the person named last before the verb in the sentence; the
// one appointed is the first named within maxAppointee tokens after it.
// Someone who serves an international body (which appoints people of many
// countries) gives and takes no country so. It runs after the other passes
// that give countries and never overrides one.
func (a *analysis) appointments() {
	who := a.whoAt()
	for i := range a.toks {
		if a.skip[i] || a.cls[i]&classAppoint == 0 {
			continue
		}
		s := a.d.Sentences[a.toks[i].Sentence]
		var by, to *person
		for k := i - 1; k >= s.FirstToken && k >= i-maxReach && by == nil; k-- {
			by = who[k]
		}
		for k := i + 1; k < s.EndToken && k <= i+maxAppointee && to == nil; k++ {
			to = who[k]
		}
		if by == nil || to == nil || by == to || by.intl || to.intl {
			continue
		}
		a.makePlain(by, to.country)
		a.makePlain(to, by.country)
	}
}

// maxAppointee is the most tokens read after an appointing verb to the name
// of the person appointed: "appointed the National Security Adviser (NSA),
// Malam Y".
const maxAppointee = 12
