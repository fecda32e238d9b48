package event

import (
	"context"
	"strings"
	"testing"

	"github.com/readout/readout/entity"
	"github.com/readout/readout/pipeline"
)

var ents = func() *entity.Stage {
	s, err := entity.New()
	if err != nil {
		panic(err)
	}
	return s
}()

var stage = func() *Stage {
	s, err := NewStage()
	if err != nil {
		panic(err)
	}
	return s
}()

func events(t *testing.T, text string) []Event {
	t.Helper()
	ctx := context.Background()
	d, err := pipeline.Parse(ctx, text)
	if err != nil {
		t.Fatal(err)
	}
	if err := (pipeline.Chain{ents, stage}).Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	evs := From(d)
	for _, ev := range evs {
		if got := ev.Evidence.In(text); got == "" || !strings.Contains(text, got) {
			t.Errorf("evidence span %v is empty or off", ev.Evidence)
		}
	}
	return evs
}

// brief is an event as the tests compare it: "type: A + B (initiator) @when =date".
func brief(ev Event) string {
	s := ev.Type + ": " + strings.Join(ev.Participants, " + ")
	if ev.Initiator != "" {
		s += " (" + ev.Initiator + ")"
	}
	if ev.When != "" {
		s += " @" + ev.When
	}
	if ev.Date != "" {
		s += " =" + ev.Date
	}
	return s
}

func TestNoEntities(t *testing.T) {
	d, err := pipeline.Parse(context.Background(), "Text.")
	if err != nil {
		t.Fatal(err)
	}
	if err := stage.Annotate(context.Background(), d); err != ErrNoEntities {
		t.Errorf("error %v, want ErrNoEntities", err)
	}
}

func entityFrom(d *pipeline.Doc) *entity.Annotations { return entity.From(d) }
