package extract_test

// The Go code of README.md, verbatim between the markers (TestREADME in
// examples/extract checks that every Go block of the README is here), with
// the output the README shows after it.

import (
	"context"
	"fmt"
	"log"
	"slices"

	"github.com/readout/readout/extract"
)

// Example_readme is the README's first example (Embedding).
func Example_readme() {
	// README begin
	ctx := context.Background() // or your request's context, to cancel
	ex, err := extract.New()    // loads and compiles every table once
	if err != nil {
		log.Fatal(err)
	}
	// ex is immutable and safe for concurrent use.
	r, err := ex.Extract(ctx, "demo", "NEW DELHI: India's External Affairs Minister S Jaishankar "+
		"received a telephone call from Saudi Foreign Minister Prince Faisal bin Farhan on Tuesday.")
	if err != nil {
		log.Fatal(err) // errors.Is(err, extract.ErrTooLarge), extract.ErrInvalidInput, ctx.Err()
	}
	for _, p := range r.People {
		fmt.Println(p.Name, p.Country, p.Offices)
	}
	for _, e := range r.Events {
		fmt.Println(e.Type, e.Participants, e.Initiator)
	}
	// README end

	// Output:
	// S Jaishankar IN [{Foreign Minister IN}]
	// Faisal bin Farhan SA [{Foreign Minister SA}]
	// call [Faisal bin Farhan S Jaishankar] Faisal bin Farhan
}

// Example_readmeResults is the README's example of Results.
func Example_readmeResults() {
	ctx := context.Background()
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	// README begin
	docs := []extract.Source{
		{ID: "doc1", Text: "Kenya's Foreign Minister Amina Wekesa met Lars Tveit in Oslo."},
		{ID: "doc2", Text: "Bad \x00 bytes."},
		{ID: "doc3", Text: "Vietnam's exports to Chile doubled."},
	}
	for r, err := range ex.Results(ctx, 0, slices.Values(docs)) {
		if err != nil {
			fmt.Println(err) // the others go on
			continue
		}
		fmt.Println(r.ID, len(r.People))
	}
	// README end

	// Output:
	// doc1 2
	// doc2: extract: invalid input: NUL byte at offset 4 (binary data?)
	// doc3 0
}
