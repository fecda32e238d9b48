package entity

// The confidence of each way of finding a person or an organisation, before
// the bonus for more mentions (Person.Confidence, Organization.Confidence).
const (
	confKnown      = 1.0  // a caller's known person
	confTitled     = 0.9  // a name after a title: "Foreign Minister Ishaq Dar"
	confApposition = 0.85 // a title in apposition: "Lena Vogt, Germany's foreign minister,"
	confStandalone = 0.6  // a capitalised run no rule explains otherwise
	confNER        = 0.5  // the NER model's name, which the rules doubted

	confOrgKnown = 0.95 // a body of the tables
	confOrgHead  = 0.75 // a capitalised run ending with a head word

	confPerMention = 0.05 // for each further mention, up to confMaxBonus
	confMaxBonus   = 0.1
)

// confidence returns p's confidence: its best source's, and a little more
// for each further mention.
func (p *person) confidence() float64 {
	return bonus(p.conf, len(p.mentions), false)
}

// confidence returns o's confidence: its source's, more with an acronym,
// and a little more for each further mention.
func (o *org) confidence() float64 {
	return bonus(o.conf, len(o.mentions), o.acronym != "")
}

func bonus(c float64, mentions int, acronym bool) float64 {
	b := confPerMention * float64(max(0, mentions-1))
	if acronym {
		b += confPerMention
	}
	c += min(b, confMaxBonus)
	// Two decimals: the figure is a guide, not a measurement.
	return min(1, float64(int(c*100+0.5))/100)
}
