package entity

// statedCountries gives each person the country the text states for them:
// the country of an office ("US Secretary of State", "Pakistan's Finance
// Minister", "the Prime Minister of Japan"), or a country written before a
// title or a role noun ("Kenyan President", "his Saudi counterpart",
// "Jordan's new ambassador to Egypt"). Where the text states none, the
// person's country stays unknown: whom a person meets, where they travel and
// which countries their sentence names say nothing of whom they serve.
func (a *analysis) statedCountries() {
	for _, p := range a.people {
		if a.halted() {
			break
		}
		if p.explicit {
			continue
		}
		for _, o := range p.offices {
			if o.Country != "" {
				p.country, p.explicit = o.Country, true
				break
			}
		}
		if !p.explicit && p.stated != "" {
			p.country, p.explicit = p.stated, true
		}
	}
}
