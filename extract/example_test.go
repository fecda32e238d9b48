package extract_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/topic"
)

// An Extractor is built once and reused for every article.
func Example() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "NEW DELHI: India's External Affairs Minister S Jaishankar received a telephone call " +
		"from Saudi Foreign Minister Prince Faisal bin Farhan on Tuesday. " +
		"The two ministers discussed counter-terrorism cooperation and bilateral trade."
	r, err := ex.Extract(context.Background(), "demo", text)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("dateline:", r.Dateline.Place, r.Dateline.Country)
	for _, p := range r.People {
		fmt.Printf("person: %s (%s) %v\n", p.Name, p.Country, p.Offices)
	}
	for _, c := range r.Countries {
		fmt.Println("country:", c.Code, c.Name)
	}
	for _, t := range r.Topics {
		fmt.Println("topic:", t.Label)
	}
	for _, e := range r.Events {
		fmt.Printf("event: %s %v initiated by %s on %s\n", e.Type, e.Participants, e.Initiator, e.When)
	}
	// Output:
	// dateline: New Delhi IN
	// person: S Jaishankar (IN) [{Foreign Minister IN}]
	// person: Faisal bin Farhan (SA) [{Foreign Minister SA}]
	// country: IN India
	// country: SA Saudi Arabia
	// topic: counterterrorism
	// topic: trade
	// event: call [Faisal bin Farhan S Jaishankar] initiated by Faisal bin Farhan on Tuesday
}

// A Result encodes to the JSON form of the package doc: absent values are null and
// empty lists are [].
func ExampleResult_MarshalJSON() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), "empty", "")
	if err != nil {
		log.Fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(r)
	// Output:
	// {"id":"empty","published":null,"dateline":null,"people":[],"countries":[],"organizations":[],"topics":[],"events":[]}
}

// AppendJSON writes results one per line into a buffer that is reused, as
// a JSON Lines writer does.
func ExampleResult_AppendJSON() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	var line []byte
	for _, id := range []string{"a", "b"} {
		r, err := ex.Extract(context.Background(), id, "")
		if err != nil {
			log.Fatal(err)
		}
		if line, err = r.AppendJSON(line[:0]); err != nil {
			log.Fatal(err)
		}
		os.Stdout.Write(append(line, '\n'))
	}
	// Output:
	// {"id":"a","published":null,"dateline":null,"people":[],"countries":[],"organizations":[],"topics":[],"events":[]}
	// {"id":"b","published":null,"dateline":null,"people":[],"countries":[],"organizations":[],"topics":[],"events":[]}
}

// Batch reads a stream of documents on all cores and hands back each outcome
// in input order; a document that fails is an Output with Err, and the others
// go on.
func ExampleExtractor_Batch() {
	ex, err := extract.New(extract.WithMaxBytes(200))
	if err != nil {
		log.Fatal(err)
	}
	texts := []string{
		"LIMA: Peru's Foreign Minister Ana Torres met Chilean Foreign Minister Luis Vera on Monday.",
		strings.Repeat("Too long. ", 30),
		"Kenya and Ghana signed a trade agreement.",
	}
	i := 0
	next := func() (extract.Source, bool) {
		if i == len(texts) {
			return extract.Source{}, false
		}
		i++
		return extract.Source{ID: fmt.Sprint("doc", i), Text: texts[i-1]}, true
	}
	err = ex.Batch(context.Background(), 0, next, func(o extract.Output) error {
		if o.Err != nil {
			fmt.Println(o.ID, "failed:", o.Err)
			return nil
		}
		fmt.Println(o.ID, len(o.Result.People), "people,", len(o.Result.Countries), "countries")
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// doc1 2 people, 2 countries
	// doc2 failed: extract: text too large: 300 bytes, limit 200
	// doc3 0 people, 2 countries
}

// Results is Batch as an iterator over any sequence of documents: here the
// values of a slice.
func ExampleExtractor_Results() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	docs := []extract.Source{
		{ID: "a", Text: "Oslo and Nairobi agreed to work together against terrorism."},
		{ID: "b", Text: "Bad \x00 bytes."},
		{ID: "c", Text: "Vietnam's exports to Chile doubled."},
	}
	for r, err := range ex.Results(context.Background(), 0, slices.Values(docs)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var topics []string
		for _, t := range r.Topics {
			topics = append(topics, t.Label)
		}
		fmt.Println(r.ID, topics)
	}
	// Output:
	// a [counterterrorism]
	// error: b: extract: invalid input: NUL byte at offset 4 (binary data?)
	// c [trade]
}

// WithKnownPeople finds people by name, here one the text names without a
// title, with the country and office the caller knows.
func ExampleWithKnownPeople() {
	ex, err := extract.New(extract.WithKnownPeople(entity.KnownPerson{
		Name:    "Maria Lindqvist",
		Aliases: []string{"Lindqvist"},
		Country: "SE",
		Offices: []string{"Foreign Minister"},
	}))
	if err != nil {
		log.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), "demo",
		"Maria Lindqvist flew to Hanoi on Monday. Lindqvist said the talks went well.")
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range r.People {
		fmt.Println(p.Name, p.Country, p.Offices, len(p.Mentions), "mentions")
	}
	// Output:
	// Maria Lindqvist SE [{Foreign Minister SE}] 2 mentions
}

// WithTaxonomy adds a user's topics, written in the JSON format of the topic
// package, beside the built-in ones.
func ExampleWithTaxonomy() {
	tax, err := topic.Parse(strings.NewReader(`{"labels": [{"label": "fisheries",
		"terms": [{"text": "fishing", "weight": 1}, {"text": "trawler", "match": "word"}]}]}`), "fish.json")
	if err != nil {
		log.Fatal(err)
	}
	ex, err := extract.New(extract.WithTaxonomy(tax))
	if err != nil {
		log.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), "demo",
		"Norway and Iceland discussed fishing quotas and bilateral trade. Both condemned illegal trawlers.")
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range r.Topics {
		fmt.Println(t.Label, t.Score)
	}
	// Output:
	// fisheries 0.86
	// trade 0.63
}

// An event names its people; Result.Person reaches each one's offices and
// country.
func ExampleResult_Person() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "LIMA: Peruvian Foreign Minister Elena Vargas received a telephone call from " +
		"Ghanaian Foreign Minister Kwame Boateng on Monday."
	r, err := ex.Extract(context.Background(), "demo", text)
	if err != nil {
		log.Fatal(err)
	}
	for _, ev := range r.Events {
		caller := r.Person(ev.Initiator)
		fmt.Println(ev.Type, "from", caller.Name, caller.Country, caller.Offices[0].Title)
		for _, name := range ev.Participants {
			if p := r.Person(name); p != caller {
				fmt.Println("to", p.Name, p.Country, p.Offices[0].Title)
			}
		}
	}
	fmt.Println(r.Person("Nobody") == nil)
	// Output:
	// call from Kwame Boateng GH Foreign Minister
	// to Elena Vargas PE Foreign Minister
	// true
}

// WithMemory shares what articles state about people's countries across a
// stream: the second article names the minister without a country, and
// gets the one the first stated, with its source.
func ExampleWithMemory() {
	mem := extract.NewMemory()
	ex, err := extract.New(extract.WithMemory(mem, extract.MemoryOnline))
	if err != nil {
		log.Fatal(err)
	}
	docs := []extract.Source{
		{ID: "mon", Text: "Chilean Foreign Minister Tomas Reyes Palma met reporters in Santiago."},
		{ID: "tue", Text: "Tomas Reyes Palma arrived in Lima for talks on copper."},
	}
	for r, err := range ex.Results(context.Background(), 0, slices.Values(docs)) {
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range r.People {
			fmt.Println(r.ID, p.Name, p.Country, p.CountrySource, cmp.Or(p.CountryFrom, "-"))
		}
	}
	fmt.Println(mem.Len(), "names and surnames remembered")
	// Output:
	// mon Tomas Reyes Palma CL text -
	// tue Tomas Reyes Palma CL corpus mon
	// 2 names and surnames remembered
}

// Two passes over a batch: a first Extractor only learns from every
// article, a second only fills, so that an article also gets what later
// ones state. The memory can then be saved for the next run.
func ExampleMemory_twoPasses() {
	docs := []extract.Source{
		{ID: "a", Text: "Amani Wekesa arrived in Lima on Monday."},
		{ID: "b", Text: "Kenyan President Amani Wekesa met reporters in Lima."},
	}
	mem := extract.NewMemory()
	learn, err := extract.New(extract.WithMemory(mem, extract.MemoryLearn))
	if err != nil {
		log.Fatal(err)
	}
	for _, err := range learn.Results(context.Background(), 0, slices.Values(docs)) {
		if err != nil {
			log.Fatal(err)
		}
	}
	fill, err := extract.New(extract.WithMemory(mem, extract.MemoryFill))
	if err != nil {
		log.Fatal(err)
	}
	for r, err := range fill.Results(context.Background(), 0, slices.Values(docs)) {
		if err != nil {
			log.Fatal(err)
		}
		p := r.People[0]
		fmt.Println(r.ID, p.Name, p.Country, p.CountrySource, cmp.Or(p.CountryFrom, "-"))
	}
	if _, err := mem.WriteTo(os.Stdout); err != nil { // or mem.SaveFile(path)
		log.Fatal(err)
	}
	// Output:
	// a Amani Wekesa KE corpus b
	// b Amani Wekesa KE text -
	// {"readout_memory": 1}
	// {"name":"Amani Wekesa","countries":[{"country":"KE","articles":1,"from":"b"}]}
	// {"surname":"Wekesa","of":"Amani Wekesa","countries":[{"country":"KE","articles":1,"from":"b"}]}
}
