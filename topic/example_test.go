package topic_test

import (
	"context"
	"fmt"

	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/topic"
)

func Example() {
	text := "Chile and Vietnam signed a free-trade agreement.\n" +
		"Read More: Rare earths rally in Asia\n" +
		"Both sides also pledged closer counter-terrorism cooperation. They drank mineral water."
	d, err := pipeline.Parse(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, m := range topic.Default().Classify(d) {
		fmt.Printf("%s %.2f\n", m.Label, m.Score)
		for _, e := range m.Evidence {
			fmt.Printf("  [%d:%d] %s\n", e.Start, e.End, e.In(text))
		}
	}
	// Output:
	// trade 0.63
	//   [0:48] Chile and Vietnam signed a free-trade agreement.
	// counterterrorism 0.63
	//   [86:147] Both sides also pledged closer counter-terrorism cooperation.
}
