package entity

// greetings gives the people a greeting is conveyed to the other of the
// article's two countries than the person who conveys it: in an article on
// Chile and Peru, "Lopez [CL] conveyed best wishes to President X and
// Prime Minister Y" makes X and Y Peru's. The one who conveys it is the
// nearest person with a country named before the greeting noun in the
// sentence; its addressees are the people named after "to", up to the
// sentence's end (each within maxReach tokens). Greetings pass between
// sides; an article with no two countries (see articlePair) gives no one a
// country. It runs after the stated countries and never overrides one.
func (a *analysis) greetings() {
	var pair []string
	var who []*person
	for i := range a.toks {
		if a.skip[i] || a.cls[i]&classGreeting == 0 || i+1 >= len(a.toks) || a.toks[i+1].Lower != "to" {
			continue
		}
		if who == nil {
			if pair = a.articlePair(); len(pair) != 2 {
				return
			}
			who = a.whoAt()
		}
		s := a.d.Sentences[a.toks[i].Sentence]
		var from *person
		for k := i - 1; k >= s.FirstToken && k >= i-maxReach && from == nil; k-- {
			if p := who[k]; p != nil && p.country != "" {
				from = p
			}
		}
		if from == nil {
			continue
		}
		other := ""
		switch from.country {
		case pair[0]:
			other = pair[1]
		case pair[1]:
			other = pair[0]
		default:
			continue
		}
		for k := i + 2; k < s.EndToken && k <= i+maxReach; k++ {
			if p := who[k]; p != nil && p != from {
				a.makePlain(p, other)
			}
		}
	}
}
