package extract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/readout/readout/extract"
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
