package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/readout/readout/extract"
)

// textPrinter prints a result for people to read:
//
//	000
//	  dateline       Islamabad (PK)
//	  published      2025-04-08
//	  people         Ishaq Dar (PK): Deputy Prime Minister, Foreign Minister
//	                 Marco Rubio (US): Secretary of State
//	                 Lena Vogt (DE, known, id Q1): Foreign Minister
//	                 Tomas Reyes (CL, corpus: 007)
//	  countries      Pakistan (PK), United States (US)
//	  organisations  none
//	  topics         counterterrorism 0.93, trade 0.86
//	  events         Marco Rubio → Ishaq Dar (call, 2025-04-09)
//
// A person's country from the text is "(PK)"; one of a known person "(PK,
// known)", with their id when the file gives one; one from the memory of
// the corpus "(PK, corpus: ID)", ID an article that stated it. Topics are
// ranked by score, highest first (equal scores in order of first evidence,
// the order of the JSON). Every article ends with a blank line.
type textPrinter struct{}

func (textPrinter) result(b []byte, r *extract.Result) ([]byte, error) {
	b = append(b, r.ID...)
	b = append(b, '\n')
	dateline := "none"
	if d := r.Dateline; d != nil {
		dateline = withCountry(d.Place, d.Country)
	}
	b = field(b, "dateline", dateline)
	b = field(b, "published", or(r.Published, "not stated"))

	var people []string
	for _, p := range r.People {
		s := personName(p)
		var offices []string
		for _, o := range p.Offices {
			if o.Country != "" && o.Country != p.Country {
				offices = append(offices, withCountry(o.Title, o.Country))
			} else {
				offices = append(offices, o.Title)
			}
		}
		if len(offices) > 0 {
			s += ": " + strings.Join(offices, ", ")
		}
		people = append(people, s)
	}
	b = field(b, "people", people...)

	var countries []string
	for _, c := range r.Countries {
		countries = append(countries, withCountry(c.Name, c.Code))
	}
	b = field(b, "countries", strings.Join(countries, ", "))

	var orgs []string
	for _, o := range r.Organizations {
		var notes []string
		for _, n := range []string{o.Acronym, o.Country} {
			if n != "" {
				notes = append(notes, n)
			}
		}
		if len(notes) > 0 {
			orgs = append(orgs, fmt.Sprintf("%s (%s)", o.Name, strings.Join(notes, ", ")))
		} else {
			orgs = append(orgs, o.Name)
		}
	}
	b = field(b, "organisations", strings.Join(orgs, ", "))

	var topics []string
	ranked := slices.Clone(r.Topics)
	slices.SortStableFunc(ranked, func(a, b extract.Topic) int { return cmp.Compare(b.Score, a.Score) })
	for _, t := range ranked {
		topics = append(topics, fmt.Sprintf("%s %.2f", t.Label, t.Score))
	}
	b = field(b, "topics", strings.Join(topics, ", "))

	var events []string
	for _, e := range r.Events {
		events = append(events, eventLine(e))
	}
	b = field(b, "events", events...)
	return append(b, '\n'), nil
}

func (textPrinter) failure(b []byte, id, msg string) ([]byte, error) {
	b = append(b, id...)
	b = append(b, '\n')
	b = field(b, "error", msg)
	return append(b, '\n'), nil
}

// eventLine says "initiator → others (type, date)", or "A and B (type, date)"
// when the text does not say who initiated it. The date is the resolved day,
// else the words of the text, else "date not stated".
func eventLine(e extract.Event) string {
	when := or(e.Date, or(e.When, "date not stated"))
	if e.Initiator == "" {
		return fmt.Sprintf("%s (%s, %s)", and(e.Participants), e.Type, when)
	}
	var others []string
	for _, p := range e.Participants {
		if p != e.Initiator {
			others = append(others, p)
		}
	}
	return fmt.Sprintf("%s → %s (%s, %s)", e.Initiator, and(others), e.Type, when)
}

// field appends a labelled field, one value per line; no values, or an empty
// one, print "none".
func field(b []byte, label string, values ...string) []byte {
	if len(values) == 0 || len(values) == 1 && values[0] == "" {
		values = []string{"none"}
	}
	const width = 15
	for i, v := range values {
		if i == 0 {
			b = fmt.Appendf(b, "  %-*s%s\n", width, label, v)
		} else {
			b = fmt.Appendf(b, "  %-*s%s\n", width, "", v)
		}
	}
	return b
}

// personName says a person's name, country and its source, and the
// caller's id for a known person: "Name (CC)", "Name (CC, known, id Q1)",
// "Name (CC, corpus: ID)".
func personName(p extract.Person) string {
	var notes []string
	if p.Country != "" {
		notes = append(notes, p.Country)
	}
	switch p.CountrySource {
	case extract.FromKnown:
		notes = append(notes, "known")
	case extract.FromCorpus:
		notes = append(notes, "corpus: "+or(p.CountryFrom, "?"))
	}
	if p.KnownID != "" {
		notes = append(notes, "id "+p.KnownID)
	}
	if len(notes) == 0 {
		return p.Name
	}
	return p.Name + " (" + strings.Join(notes, ", ") + ")"
}

// withCountry says "Name (CC)", or "Name" when the code is unknown.
func withCountry(name, code string) string {
	if code == "" {
		return name
	}
	return fmt.Sprintf("%s (%s)", name, code)
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// and joins names: "A", "A and B", "A, B and C".
func and(names []string) string {
	switch len(names) {
	case 0:
		return "?"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
