package entity

import (
	"strings"
	"testing"

	"github.com/readout/readout/pipeline"
)

// TestResultOwnsItsMemory: the analysis's people, words of names and
// slabs are the scratch's, cleared when the analysis is released and used
// again by the next document (newPerson, release); a Result keeps what it
// said, after its own analysis's release and later documents': each
// organisation's mentions still have their spans, each person's mentions
// still read a word of the person's name in its text, and its offices
// still have their titles.
func TestResultOwnsItsMemory(t *testing.T) {
	s := newStage(t)
	texts := []string{
		"Peruvian Foreign Minister Elena Quispe met Chilean President Tomas Reyes in Lima. Quispe said the talks went well, and Reyes agreed.",
		"Kenyan Finance Minister Njeri Wambui spoke with Ghanaian Trade Minister Kofi Mensah on Monday. Wambui and Mensah will meet again in Nairobi.",
		"Spanish Defence Minister Lucia Ortega met Portuguese Foreign Minister Rui Fonseca in Madrid on Tuesday.",
		"Indian External Affairs Minister Arjun Mehta called Japanese Prime Minister Haruto Sato. Mehta later met Sato and the World Bank's officials in Tokyo.",
	}
	type kept struct {
		d *pipeline.Doc
		a *Annotations
	}
	var all []kept
	for range 3 {
		for _, text := range texts {
			d, a := annotate(t, s, text)
			all = append(all, kept{d, a})
		}
	}
	for i, k := range all {
		if len(k.a.People) < 2 {
			t.Fatalf("text %d: %d people found: the test reads too few", i%len(texts), len(k.a.People))
		}
		if len(k.a.Organizations) == 0 && i%len(texts) == 3 {
			t.Errorf("text 3: no organisation found: the test reads none")
		}
		for _, o := range k.a.Organizations {
			for _, m := range o.Mentions {
				if o.Name == "" || m.End <= m.Start || m.EndToken <= m.FirstToken {
					t.Errorf("text %d: organisation %q: mention %+v", i%len(texts), o.Name, m)
				}
			}
		}
		for _, p := range k.a.People {
			if len(p.Offices) == 0 || len(p.Mentions) == 0 {
				t.Errorf("text %d: %s: offices %v, mentions %v: want some of each", i%len(texts), p.Name, p.Offices, p.Mentions)
			}
			for _, o := range p.Offices {
				if o.Title == "" || o.Country == "" {
					t.Errorf("text %d: %s: office %+v: want a title and a country", i%len(texts), p.Name, o)
				}
			}
			for _, m := range p.Mentions {
				said := k.d.Text[m.Start:m.End]
				if m.End <= m.Start || m.EndToken <= m.FirstToken || !strings.Contains(said, p.Name[strings.LastIndexByte(p.Name, ' ')+1:]) {
					t.Errorf("text %d: %s: mention %+v reads %q", i%len(texts), p.Name, m, said)
				}
			}
		}
	}
}
