package pipeline_test

import (
	"context"
	"fmt"

	"github.com/readout/readout/pipeline"
)

// A Parser checks dateline places against a gazetteer (here a tiny one; the
// extract package gives it the entity stage's), marks the page around the
// article as boilerplate, by kind, and tells the headline above the body
// apart.
func ExampleParser() {
	places := pipeline.PlaceFunc(func(name string) bool { return name == "Lima" || name == "LIMA" })
	p := pipeline.NewParser(pipeline.WithPlaces(places))
	page := "Skip to main content\n" +
		"Peru and Chile reopen border\n" +
		"Published: Mar 3, 2025, 10:42 AM\n" +
		"FILE - Foreign Minister Ana Ruiz\n" +
		"Lima - Peru and Chile reopened the Tacna crossing on Monday.\n"
	d, err := p.Parse(context.Background(), page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("dateline:", d.Header.Dateline.In(d.Text))
	fmt.Println("published:", d.Header.Published)
	for _, b := range d.Boilerplate {
		fmt.Printf("%s: %s\n", b.Kind, b.In(d.Text))
	}
	for _, l := range d.Header.Lines {
		fmt.Printf("above the body, %s: %s\n", l.Kind, l.In(d.Text))
	}
	// Output:
	// dateline: Lima
	// published: 2025-03-03
	// chrome: Skip to main content
	// caption: FILE - Foreign Minister Ana Ruiz
	// above the body, headline: Peru and Chile reopen border
}

// ParseInto parses text after text into one Doc, writing each text's tokens
// and sentences into the memory of the one before: what a Doc held before
// is gone, so a caller copies out what it keeps.
func ExampleParser_ParseInto() {
	p := pipeline.NewParser()
	d := new(pipeline.Doc)
	for _, text := range []string{"Dar met Rubio. They spoke of trade.", "Lima, March 3."} {
		if err := p.ParseInto(context.Background(), d, text); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("tokens %d, sentences %d, the last: %s\n", len(d.Tokens), len(d.Sentences), d.Sentences[len(d.Sentences)-1].In(d.Text))
	}
	// Output:
	// tokens 9, sentences 2, the last: They spoke of trade.
	// tokens 5, sentences 1, the last: Lima, March 3.
}
