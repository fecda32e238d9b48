package entity

// orgAppositives gives an organisation with no country the country of a
// phrase set beside its name that describes it by one: "the Frontier Works
// Organisation (FWO), Pakistan's largest builder,", "Andes Freight, a
// Chilean carrier,". The phrase opens with a country's possessive, or is an
// appositive as appositives reads them (a determiner, one country, no person,
// not after "to" or "in"). A body of no one country takes none.
func (a *analysis) orgAppositives() {
	var who []*person
	for _, o := range a.orgs {
		if a.halted() {
			break
		}
		if o.country != "" || o.stateless || o.mixed {
			continue
		}
		for _, m := range o.mentions {
			k := skipParenAbbr(a.toks, m.EndToken)
			if k+1 >= len(a.toks) || a.toks[k].Text != "," || a.skip[k] {
				continue
			}
			if cm := a.countryStart(k + 1); cm >= 0 && a.cms[cm].ref.kind != refCapital {
				if e := a.cms[cm].end; e < len(a.toks) && a.toks[e].IsPossessive() {
					o.country = a.code(cm)
					break
				}
			}
			if who == nil {
				who = a.whoAt()
			}
			if code := a.appositiveCountry(who, k); code != "" {
				o.country = code
				break
			}
		}
	}
}
