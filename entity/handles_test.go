package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHandles(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text string
		want       map[string][]string // person -> mention texts
	}{
		{"a handle that runs the name together, and one that is the surname",
			"Japanese Prime Minister Kenji Sato spoke to Portuguese Prime Minister Ana Costa. \"PM @kenjisato called PM @costa\", the ministry said.",
			map[string][]string{"Kenji Sato": {"Kenji Sato", "kenjisato"}, "Ana Costa": {"Ana Costa", "costa"}}},
		{"a handle that fits no one, or is too short, is no mention",
			"Japanese Prime Minister Kenji Sato spoke. Follow @reuters and @ks for more.",
			map[string][]string{"Kenji Sato": {"Kenji Sato"}}},
		{"a handle that fits two people is no one's",
			"Japanese Prime Minister Kenji Sato met Japanese Foreign Minister Aiko Sato. Follow @sato.",
			map[string][]string{"Kenji Sato": {"Kenji Sato"}, "Aiko Sato": {"Aiko Sato"}}},
		{"a word after a spaced @ is no handle",
			"Japanese Prime Minister Kenji Sato spoke. Write to us @ kenjisato dot example.",
			map[string][]string{"Kenji Sato": {"Kenji Sato"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := annotate(t, s, tt.text)
			got := map[string][]string{}
			for _, p := range a.People {
				for _, m := range p.Mentions {
					got[p.Name] = append(got[p.Name], m.In(d.Text))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}
