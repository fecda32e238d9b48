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
	a.delegations()
	a.datelineMinisters()
}

// datelineMinisters gives the dateline's country to the ministers of an
// article filed from that country's government when the text names no
// country for them: "ISLAMABAD: Foreign Minister Ishaq Dar said". Only the
// first holder of each ministerial title takes it, and only when no one else
// of the article holds that title: a second "Prime Minister" is someone
// else's.
func (a *analysis) datelineMinisters() {
	dl := a.d.Header.Dateline
	if dl.Len() == 0 {
		return
	}
	home := a.placeCountry(titleCase(dl.In(a.d.Text)))
	if home == "" {
		return
	}
	taken := map[string]bool{}   // ministerial titles of someone mentioned earlier
	for _, p := range a.people { // by first mention
		give := !p.explicit && !p.intl
		for _, o := range p.offices {
			if !a.t.ministerial(o.Title) {
				continue
			}
			if give && !taken[o.Title] {
				p.country = home
			}
			taken[o.Title] = true
		}
	}
}
