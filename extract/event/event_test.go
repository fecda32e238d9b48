package event

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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

func events(t *testing.T, text string) []Event {
	t.Helper()
	ctx := context.Background()
	d, err := pipeline.Parse(ctx, text)
	if err != nil {
		t.Fatal(err)
	}
	if err := (pipeline.Chain{ents, NewStage()}).Run(ctx, d); err != nil {
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

// brief is an event as the tests compare it: "type: A + B (initiator) @when".
func brief(ev Event) string {
	s := ev.Type + ": " + strings.Join(ev.Participants, " + ")
	if ev.Initiator != "" {
		s += " (" + ev.Initiator + ")"
	}
	if ev.When != "" {
		s += " @" + ev.When
	}
	return s
}

const (
	jaishankar = "Indian External Affairs Minister S Jaishankar"
	faisal     = "Saudi Foreign Minister Prince Faisal bin Farhan"
	wang       = "Chinese Foreign Minister Wang Yi"
	fidan      = "Turkish Foreign Minister Hakan Fidan"
)

func TestEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"received a call from: the caller initiates",
			jaishankar + " received a telephone call from " + faisal + " on Monday.",
			[]string{"call: Faisal bin Farhan + S Jaishankar (Faisal bin Farhan) @Monday"}},
		{"call from a person with two titles",
			"Prime Minister Shehbaz Sharif received a telephone call from Saudi Crown Prince and Prime Minister Mohammed bin Salman.",
			[]string{"call: Mohammed bin Salman + Shehbaz Sharif (Mohammed bin Salman)"}},
		{"X called Y",
			wang + " called " + fidan + " on Tuesday to discuss Gaza.",
			[]string{"call: Hakan Fidan + Wang Yi (Wang Yi) @Tuesday"}},
		{"X telephoned Y",
			fidan + " telephoned " + wang + ".",
			[]string{"call: Hakan Fidan + Wang Yi (Hakan Fidan)"}},
		{"held a phone call with: no initiator",
			wang + " held a phone call with " + fidan + ".",
			[]string{"call: Hakan Fidan + Wang Yi"}},
		{"had spoken by telephone",
			wang + " said he had spoken to " + fidan + " by telephone.",
			[]string{"call: Hakan Fidan + Wang Yi"}},
		{"spoke with: a call, no initiator",
			wang + " spoke Tuesday with " + fidan + " about Gaza.",
			[]string{"call: Hakan Fidan + Wang Yi @Tuesday"}},
		{"spoke with on the sidelines: a meeting",
			wang + " spoke with " + fidan + " on the sidelines of the summit.",
			[]string{"meeting: Hakan Fidan + Wang Yi"}},
		{"spoke to reporters names no one",
			wang + " spoke to reporters in Ankara.",
			nil},
		{"the two leaders of the sentence before",
			wang + " and " + fidan + " reaffirmed their ties. The two leaders later spoke by phone.",
			[]string{"call: Hakan Fidan + Wang Yi"}},
		{"spoke by phone: no initiator",
			wang + " and " + fidan + " spoke by phone on Friday.",
			[]string{"call: Hakan Fidan + Wang Yi @Friday"}},
		{"initiated by, referring back",
			jaishankar + " and " + faisal + " reaffirmed ties. The conversation, initiated by Prince Faisal via telephone, was cordial.",
			[]string{"call: Faisal bin Farhan + S Jaishankar (Faisal bin Farhan)"}},
		{"passive call made by",
			"A telephone call was made by " + wang + " to " + fidan + ".",
			[]string{"call: Hakan Fidan + Wang Yi (Wang Yi)"}},
		{"the calls from X join the call",
			wang + " and " + fidan + " held their first telephone conversation. The calls from Wang matter.",
			[]string{"call: Hakan Fidan + Wang Yi (Wang Yi)"}},
		{"one call reported three times is one event",
			wang + " spoke to " + fidan + " by phone. During the call, Wang praised Ankara. The two leaders agreed to talk by phone again.",
			[]string{"call: Hakan Fidan + Wang Yi"}},
		{"meeting, active and passive",
			jaishankar + " met " + faisal + " in Riyadh in July. " + fidan + " was received by " + wang + " at a meeting in Beijing.",
			[]string{"meeting: Faisal bin Farhan + S Jaishankar @July", "meeting: Hakan Fidan + Wang Yi"}},
		{"two meetings of one person are two events",
			jaishankar + " met " + faisal + ". Later, Jaishankar also met " + wang + ".",
			[]string{"meeting: Faisal bin Farhan + S Jaishankar", "meeting: S Jaishankar + Wang Yi"}},
		{"courtesy call on is a meeting",
			fidan + " called on " + wang + " at the ministry.",
			[]string{"meeting: Hakan Fidan + Wang Yi"}},
		{"letters both ways",
			"Kenyan President William Ruto's letter to Brazilian President Luiz Lula was answered by President Lula's reciprocal letter.",
			[]string{"letter: Luiz Lula + William Ruto (William Ruto)", "letter: Luiz Lula + William Ruto (Luiz Lula)"}},
		{"wrote to",
			"Kenyan President William Ruto wrote to Brazilian President Luiz Lula last week.",
			[]string{"letter: Luiz Lula + William Ruto (William Ruto)"}},
		{"his counterpart",
			wang + " spoke by phone with his Turkish counterpart. Hakan Fidan, Turkey's foreign minister, was in Ankara.",
			[]string{"call: Hakan Fidan + Wang Yi"}},
		{"made a phone call to",
			fidan + " made a phone call to " + wang + " on Sunday.",
			[]string{"call: Hakan Fidan + Wang Yi (Hakan Fidan) @Sunday"}},
		{"called up",
			wang + " called up " + fidan + ".",
			[]string{"call: Hakan Fidan + Wang Yi (Wang Yi)"}},
		{"passive: telephoned by",
			fidan + " was telephoned by " + wang + ".",
			[]string{"call: Hakan Fidan + Wang Yi (Wang Yi)"}},
		{"exchanged views over the telephone",
			wang + " and " + fidan + " exchanged views over the telephone.",
			[]string{"call: Hakan Fidan + Wang Yi"}},
		{"sent a letter to",
			"Kenyan President William Ruto sent a letter to Brazilian President Luiz Lula.",
			[]string{"letter: Luiz Lula + William Ruto (William Ruto)"}},
		{"in a letter to Y, X said",
			"In a letter to Brazilian President Luiz Lula, Kenyan President William Ruto said ties were strong.",
			[]string{"letter: Luiz Lula + William Ruto (William Ruto)"}},
		{"received someone is a meeting, paid a courtesy call too",
			wang + " received " + fidan + " at the Great Hall. " + jaishankar + " paid a courtesy call on " + faisal + ".",
			[]string{"meeting: Hakan Fidan + Wang Yi", "meeting: Faisal bin Farhan + S Jaishankar"}},
		{"talks reported by a third person are not the letter before",
			"Iraqi Prime Minister Mohammed Shia al-Sudani received a letter from Iranian President Masoud Pezeshkian. " +
				"Ahmed Hassan, a spokesman for the ministry, told reporters that the talks were useful.",
			[]string{"letter: Masoud Pezeshkian + Mohammed Shia al-Sudani (Masoud Pezeshkian)"}},
		{"a named counterpart is not looked up",
			"Turkish President Recep Tayyip Erdogan hosted his Egyptian counterpart Abdel Fattah el-Sisi. " +
				"Egyptian Foreign Minister Badr Abdelatty was also in Ankara.",
			[]string{"meeting: Abdel Fattah el-Sisi + Recep Tayyip Erdogan"}},
		{"a letter told of by a third person engages writer and addressee",
			"Kenyan Finance Minister John Mbadi told reporters that President William Ruto had written to " +
				"Brazilian President Luiz Lula seeking lower tariffs.",
			[]string{"letter: Luiz Lula + William Ruto (William Ruto)"}},
		{"a courier is no party, the same letter again",
			"President William Ruto had written to Brazilian President Luiz Lula. " +
				"The president's letter, delivered by Ambassador Peter Kamau, was acknowledged in Brasilia.",
			[]string{"letter: Luiz Lula + William Ruto (William Ruto)"}},
		{"one meeting with two people named after the verb",
			wang + " met " + fidan + " and " + jaishankar + " in Geneva, where reporters waited.",
			[]string{"meeting: Hakan Fidan + S Jaishankar + Wang Yi"}},
		{"called for restraint is no call",
			wang + " called for restraint as " + fidan + " watched.",
			nil},
		{"called on someone to act is no meeting",
			fidan + " called on " + wang + " to release the ship.",
			nil},
		{"a planned call is no call",
			wang + " will meet " + fidan + " next week. A phone call between Wang and Fidan is expected on Monday.",
			nil},
		{"so-called and was met with",
			"The so-called deal between " + wang + " and " + fidan + " was met with criticism.",
			nil},
		{"one person is no event",
			wang + " held a phone call on Monday.",
			nil},
		{"an owner of something else takes no part",
			wang + " received a call from " + fidan + ", who conveyed President Joe Biden's greetings.",
			[]string{"call: Hakan Fidan + Wang Yi (Hakan Fidan)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range events(t, tt.text) {
				got = append(got, brief(ev))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNoEntities(t *testing.T) {
	d, err := pipeline.Parse(context.Background(), "Text.")
	if err != nil {
		t.Fatal(err)
	}
	if err := NewStage().Annotate(context.Background(), d); err != ErrNoEntities {
		t.Errorf("error %v, want ErrNoEntities", err)
	}
}
