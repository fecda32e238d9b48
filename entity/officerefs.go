package entity

// findOfficeReferences adds the mentions of a person by an office alone ("the
// deputy prime minister", "the DPM/FM", "the US NSA", "the army chief") when
// exactly one person of the article holds that office.
func (a *analysis) findOfficeReferences() {
	holders := a.newWordPeople() // office title -> its holders
	for _, p := range a.people {
		if a.halted() {
			break
		}
		for _, o := range p.offices {
			holders.add(o.Title, p)
		}
	}
	for _, om := range a.oms {
		if a.halted() {
			break
		}
		if om.title == "" || a.claimed[om.first] {
			continue
		}
		first := om.first
		country := a.countryBefore(om.first, &first)
		var holder *person
		n := 0
		for _, p := range holders.get(om.title) {
			for _, o := range p.offices {
				if o.Title == om.title && (country == "" || o.Country == "" || o.Country == country) {
					holder = p
					n++
					break
				}
			}
			if n > 1 {
				break // no one reference: enough
			}
		}
		if n != 1 {
			continue
		}
		for k := first; k < om.end; k++ {
			a.claimed[k] = true
		}
		holder.addMention(a.mention(first, om.end))
		// "the Pakistani premier": the reference states the holder's country.
		if country != "" && holder.stated == "" {
			holder.stated = country
		}
	}
}
