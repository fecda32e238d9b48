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
