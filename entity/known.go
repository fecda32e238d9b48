package entity

// findKnown finds the caller's known people by their names.
func (a *analysis) findKnown() {
	if len(a.s.known) == 0 {
		return
	}
	for _, kp := range a.s.known {
		var p *person
		names := append([]string{kp.Name}, kp.Aliases...)
		for _, name := range names {
			ws := words(name)
			for i := 0; i+len(ws) <= len(a.toks); i++ {
				if a.skip[i] || a.claimed[i] || a.toks[i].Norm != ws[0] {
					continue
				}
				k := 1
				for k < len(ws) && a.toks[i+k].Norm == ws[k] {
					k++
				}
				if k < len(ws) || a.claimed[i+k-1] {
					continue
				}
				if p == nil {
					p = a.addPerson(i, i+len(ws))
					p.conf = confKnown
					p.words = words(kp.Name)
					p.country, p.explicit = kp.Country, kp.Country != ""
					for _, o := range kp.Offices {
						p.addOffice(Office{Title: o, Country: kp.Country})
					}
				} else {
					for k := i; k < i+len(ws); k++ {
						a.claimed[k] = true
					}
					p.addMention(a.mention(i, i+len(ws)))
				}
			}
		}
	}
}
