package corpus_test

import (
	"fmt"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
)

// Count two invented articles: one call dated by its own text, one meeting
// dated by its article's publication date.
func ExampleCorpus() {
	people := []extract.Person{{Name: "Ana Ruiz", Country: "CL"}, {Name: "Eva Lind", Country: "NO"}}
	var c corpus.Corpus
	c.Add("a", "a.html", &extract.Result{ID: "a", People: people, Topics: []extract.Topic{{Label: "trade"}},
		Events: []extract.Event{{Type: extract.Call, Date: "2031-03-03", Participants: []string{"Ana Ruiz", "Eva Lind"}}}}, nil)
	c.Add("b", "b.html", &extract.Result{ID: "b", People: people, Published: "2031-03-05", Topics: []extract.Topic{{Label: "trade"}},
		Events: []extract.Event{{Type: extract.Meeting, Participants: []string{"Ana Ruiz", "Eva Lind"}}}}, nil)
	s := c.Summary()
	for _, d := range s.Days {
		fmt.Printf("%s: %d calls, %d meetings\n", d.Date, d.Calls, d.Meetings)
	}
	for _, p := range s.Pairs {
		fmt.Printf("%s-%s: %d engagements\n", p.A, p.B, p.Engagements)
	}
	for _, p := range s.People {
		fmt.Printf("%s (%s): %d engagements in %d articles\n", p.Name, p.Country, p.Engagements, p.Articles)
	}
	for _, t := range s.Topics {
		fmt.Printf("week %q: %s in %d article\n", t.Week, t.Topic, t.Articles)
	}
	// Output:
	// 2031-03-03: 1 calls, 0 meetings
	// 2031-03-05: 0 calls, 1 meetings
	// CL-NO: 2 engagements
	// Ana Ruiz (CL): 2 engagements in 2 articles
	// Eva Lind (NO): 2 engagements in 2 articles
	// week "": trade in 1 article
	// week "2031-03-03": trade in 1 article
}

// The keys examples/beam counts: one per pair of countries of each event,
// on the event's day; one per topic, in the week of the publication date.
func ExamplePairKeys() {
	r := &extract.Result{Published: "2031-03-05",
		People: []extract.Person{{Name: "Ana Ruiz", Country: "CL"}, {Name: "Eva Lind", Country: "NO"}, {Name: "Kip Rono", Country: "KE"}},
		Topics: []extract.Topic{{Label: "trade"}},
		Events: []extract.Event{{Type: extract.Meeting, Participants: []string{"Ana Ruiz", "Eva Lind", "Kip Rono"}}}}
	fmt.Println(corpus.PairKeys(r))
	fmt.Println(corpus.TopicKeys(r))
	// Output:
	// [{2031-03-05 {CL KE}} {2031-03-05 {CL NO}} {2031-03-05 {KE NO}}]
	// [{2031-03-03 trade}]
}
