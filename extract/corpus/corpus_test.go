package corpus

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
)

// invented returns four invented articles (one failed), added out of order.
// Every figure TestSummary expects was counted by hand from them.
func invented() (ids []string, results []*extract.Result, errs []error) {
	person := func(name, country string, offices ...string) extract.Person {
		p := extract.Person{Name: name, Country: country}
		for _, o := range offices {
			p.Offices = append(p.Offices, extract.Office{Title: o})
		}
		return p
	}
	ev := func(typ, date string, start int, initiator string, participants ...string) extract.Event {
		return extract.Event{Type: typ, Date: date, Initiator: initiator, Participants: participants,
			Evidence: extract.Mention{Span: extract.Span{Start: start, End: start + 10}}}
	}
	a1 := &extract.Result{ID: "a1", Published: "2031-03-05", // a Wednesday: week 2031-03-03
		People: []extract.Person{person("Ana Ruiz", "CL", "Foreign Minister"), person("Eva Lind", "NO", "Foreign Minister"),
			person("Kip Rono", "KE"), person("Ola Berg", "NO", "Prime Minister")},
		Countries: []extract.Country{{Code: "CL", Name: "Chile"}, {Code: "NO", Name: "Norway"}, {Code: "KE", Name: "Kenya"}},
		Topics:    []extract.Topic{{Label: "trade"}, {Label: "fisheries"}},
		Events: []extract.Event{
			ev(extract.Call, "2031-03-03", 0, "Ana Ruiz", "Ana Ruiz", "Eva Lind"), // CL-NO
			ev(extract.Meeting, "", 20, "", "Ana Ruiz", "Eva Lind", "Kip Rono"),   // on the published day: CL-KE, CL-NO, KE-NO
			ev(extract.Letter, "", 40, "Ola Berg", "Eva Lind", "Ola Berg"),        // within Norway: no pair
		},
	}
	a2 := &extract.Result{ID: "a2", // no publication date
		People: []extract.Person{person("Ana Ruiz", "CL"), person("Tomas Brandt", ""), person("Eva Lind", "SE", "Ambassador"),
			person("Kip Rono", "KE")},
		Countries: []extract.Country{{Code: "SE", Name: "Sweden"}},
		Topics:    []extract.Topic{{Label: "trade"}},
		Events: []extract.Event{
			ev(extract.Meeting, "2031-03-10", 5, "", "Ana Ruiz", "Tomas Brandt"), // Brandt has no country: no pair
			ev(extract.Call, "", 30, "Eva Lind", "Eva Lind", "Kip Rono"),         // no day: KE-SE
		},
	}
	a3 := &extract.Result{ID: "a3", Published: "2031-03-11", // a Tuesday: week 2031-03-10
		People: []extract.Person{person("Eva Lind", "NO", "Foreign Minister"), person("Kip Rono", "KE", "Foreign Minister")},
		Topics: []extract.Topic{{Label: "trade"}},
		Events: []extract.Event{ev(extract.Meeting, "2031-03-11", 0, "", "Eva Lind", "Kip Rono")}, // KE-NO
	}
	return []string{"a3", "a0", "a2", "a1"}, []*extract.Result{a3, nil, a2, a1},
		[]error{nil, errors.New("extract: text too large"), nil, nil}
}

func TestSummary(t *testing.T) {
	var c Corpus
	ids, results, errs := invented()
	for i := range ids {
		c.Add(ids[i], ids[i]+".html", results[i], errs[i])
	}
	got := c.Summary()
	want := &Summary{
		Articles: []Article{
			{ID: "a0", Href: "a0.html", Err: "extract: text too large"},
			{ID: "a1", Href: "a1.html", Published: "2031-03-05", People: 4, Events: 3, Topics: []string{"trade", "fisheries"}},
			{ID: "a2", Href: "a2.html", People: 4, Events: 2, Topics: []string{"trade"}},
			{ID: "a3", Href: "a3.html", Published: "2031-03-11", People: 2, Events: 1, Topics: []string{"trade"}},
		},
		Failed: 1,
		// Eva Lind: 3 in a1, 1 in a2, 1 in a3; Norway twice, Sweden once.
		// Kip Rono and Ana Ruiz: 3 each, in 3 and 2 articles.
		People: []Person{
			{Name: "Eva Lind", Country: "NO", Offices: []string{"Foreign Minister", "Ambassador"}, Engagements: 5, Articles: 3},
			{Name: "Kip Rono", Country: "KE", Offices: []string{"Foreign Minister"}, Engagements: 3, Articles: 3},
			{Name: "Ana Ruiz", Country: "CL", Offices: []string{"Foreign Minister"}, Engagements: 3, Articles: 2},
			{Name: "Ola Berg", Country: "NO", Offices: []string{"Prime Minister"}, Engagements: 1, Articles: 1},
			{Name: "Tomas Brandt", Offices: []string{}, Engagements: 1, Articles: 1},
		},
		Pairs: []PairCount{
			{Pair{"CL", "NO"}, 2}, {Pair{"KE", "NO"}, 2}, {Pair{"CL", "KE"}, 1}, {Pair{"KE", "SE"}, 1},
		},
		Days: []Day{
			{Date: "2031-03-03", Calls: 1},
			{Date: "2031-03-05", Meetings: 1, Letters: 1},
			{Date: "2031-03-10", Meetings: 1},
			{Date: "2031-03-11", Meetings: 1},
		},
		Undated: 1,
		Topics: []TopicCount{
			{Week: "", Topic: "trade", Articles: 1},
			{Week: "2031-03-03", Topic: "fisheries", Articles: 1},
			{Week: "2031-03-03", Topic: "trade", Articles: 1},
			{Week: "2031-03-10", Topic: "trade", Articles: 1},
		},
		Countries: []Country{{"CL", "Chile"}, {"KE", "Kenya"}, {"NO", "Norway"}, {"SE", "Sweden"}},
		// People: 0 Eva, 1 Kip, 2 Ana, 3 Ola, 4 Tomas. Pairs: 0 CL-NO, 1 KE-NO, 2 CL-KE, 3 KE-SE.
		Engagements: []Engagement{
			{Article: 1, Event: 0, Date: "2031-03-03", Type: "call", Initiator: 2, People: []int{2, 0},
				Countries: []string{"CL", "NO"}, Pairs: []int{0}, Evidence: extract.Span{Start: 0, End: 10}},
			{Article: 1, Event: 1, Date: "2031-03-05", Type: "meeting", Initiator: -1, People: []int{2, 0, 1},
				Countries: []string{"CL", "KE", "NO"}, Pairs: []int{2, 0, 1}, Evidence: extract.Span{Start: 20, End: 30}},
			{Article: 1, Event: 2, Date: "2031-03-05", Type: "letter", Initiator: 3, People: []int{0, 3},
				Countries: []string{"NO"}, Evidence: extract.Span{Start: 40, End: 50}},
			{Article: 2, Event: 0, Date: "2031-03-10", Type: "meeting", Initiator: -1, People: []int{2, 4},
				Countries: []string{"CL"}, Evidence: extract.Span{Start: 5, End: 15}},
			{Article: 3, Event: 0, Date: "2031-03-11", Type: "meeting", Initiator: -1, People: []int{0, 1},
				Countries: []string{"KE", "NO"}, Pairs: []int{1}, Evidence: extract.Span{Start: 0, End: 10}},
			{Article: 2, Event: 1, Type: "call", Initiator: 0, People: []int{0, 1},
				Countries: []string{"KE", "SE"}, Pairs: []int{3}, Evidence: extract.Span{Start: 30, End: 40}},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Summary (-want +got):\n%s", diff)
	}

	// The same articles in another order give the same figures.
	var again Corpus
	for i := len(ids) - 1; i >= 0; i-- {
		again.Add(ids[i], ids[i]+".html", results[i], errs[i])
	}
	if diff := cmp.Diff(got, again.Summary()); diff != "" {
		t.Errorf("Summary depends on the order of Add (-first +reversed):\n%s", diff)
	}
}

// The keys examples/beam counts add up to the Summary's tables.
func TestKeysAddUp(t *testing.T) {
	var c Corpus
	pairs, topics := map[Pair]int{}, map[TopicKey]int{}
	undated := 0
	ids, results, errs := invented()
	for i := range ids {
		c.Add(ids[i], "", results[i], errs[i])
		if results[i] == nil {
			continue
		}
		for _, k := range PairKeys(results[i]) {
			pairs[k.Pair]++
			if k.Date == "" {
				undated++
			}
		}
		for _, k := range TopicKeys(results[i]) {
			topics[k]++
		}
	}
	s := c.Summary()
	for _, p := range s.Pairs {
		if pairs[p.Pair] != p.Engagements {
			t.Errorf("pair %v: keys count %d, Summary %d", p.Pair, pairs[p.Pair], p.Engagements)
		}
		delete(pairs, p.Pair)
	}
	if len(pairs) != 0 {
		t.Errorf("keys of pairs the Summary lacks: %v", pairs)
	}
	for _, tw := range s.Topics {
		k := TopicKey{Week: tw.Week, Topic: tw.Topic}
		if topics[k] != tw.Articles {
			t.Errorf("topic %v: keys count %d, Summary %d", k, topics[k], tw.Articles)
		}
		delete(topics, k)
	}
	if len(topics) != 0 {
		t.Errorf("topic keys the Summary lacks: %v", topics)
	}
	if undated != 1 { // a2's call, KE-SE
		t.Errorf("%d pair keys with no day, want 1", undated)
	}
}

func TestKeys(t *testing.T) {
	r := &extract.Result{Published: "2031-03-05",
		People: []extract.Person{{Name: "A", Country: "CL"}, {Name: "B", Country: "NO"}, {Name: "C", Country: "KE"}, {Name: "D", Country: "NO"}},
		Topics: []extract.Topic{{Label: "trade"}, {Label: "trade"}, {Label: "fish, salted"}},
		Events: []extract.Event{
			{Date: "2031-03-03", Participants: []string{"A", "B"}},
			{Participants: []string{"B", "C", "A"}},
			{Date: "2031-02-30", Participants: []string{"B", "D"}}, // not a date: the published day; one country
			{Participants: []string{"A", "Nobody"}},                // not among the people
		},
	}
	wantPairs := []PairKey{
		{"2031-03-03", Pair{"CL", "NO"}},
		{"2031-03-05", Pair{"CL", "KE"}}, {"2031-03-05", Pair{"CL", "NO"}}, {"2031-03-05", Pair{"KE", "NO"}},
	}
	if diff := cmp.Diff(wantPairs, PairKeys(r)); diff != "" {
		t.Errorf("PairKeys (-want +got):\n%s", diff)
	}
	wantTopics := []TopicKey{{"2031-03-03", "trade"}, {"2031-03-03", "fish, salted"}}
	if diff := cmp.Diff(wantTopics, TopicKeys(r)); diff != "" {
		t.Errorf("TopicKeys (-want +got):\n%s", diff)
	}
	if d := EventDate(r, &r.Events[2]); d != "2031-03-05" {
		t.Errorf("EventDate of an invalid date = %q, want the published day", d)
	}
	r.Published = "April"
	if d := EventDate(r, &r.Events[1]); d != "" {
		t.Errorf("EventDate with no date anywhere = %q, want none", d)
	}
	if k := TopicKeys(r); k[0].Week != "" {
		t.Errorf("TopicKeys with no valid publication date: week %q, want none", k[0].Week)
	}
}

func TestWeek(t *testing.T) {
	for date, want := range map[string]string{
		"2031-03-03": "2031-03-03", // a Monday
		"2031-03-09": "2031-03-03", // the Sunday that ends its week
		"2031-03-10": "2031-03-10",
		"2025-01-01": "2024-12-30", // the week starts in the year before
		"2024-02-29": "2024-02-26",
		"":           "",
		"2031-3-3":   "",
		"yesterday":  "",
	} {
		if got := Week(date); got != want {
			t.Errorf("Week(%q) = %q, want %q", date, got, want)
		}
	}
}
