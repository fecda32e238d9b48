package event_test

import (
	"context"
	"fmt"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/extract/internal/event"
	"github.com/readout/readout/pipeline"
)

func Example() {
	text := "Thursday, April 10, 2025\n" +
		"Chilean Foreign Minister Tomas Aranda received a telephone call from Ghanaian Foreign Minister Kwame Boateng on Tuesday."
	ctx := context.Background()
	d, err := pipeline.Parse(ctx, text)
	if err != nil {
		panic(err)
	}
	ents, err := entity.New()
	if err != nil {
		panic(err)
	}
	evs, err := event.NewStage()
	if err != nil {
		panic(err)
	}
	if err := (pipeline.Chain{ents, evs}).Run(ctx, d); err != nil {
		panic(err)
	}
	for _, ev := range event.From(d) {
		fmt.Println(ev.Type, ev.Participants, "initiator:", ev.Initiator, "date:", ev.Date, "rule:", ev.Rule)
	}
	// Output:
	// call [Kwame Boateng Tomas Aranda] initiator: Kwame Boateng date: 2025-04-08 rule: call
}
