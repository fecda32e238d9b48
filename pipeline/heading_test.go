package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeadings lists, for each text, the sentences marked as headings.
func TestHeadings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline above the body",
			"Minister Ana Ruiz meets Tomas Lee in Lima\n\nLIMA: Minister Ana Ruiz met Tomas Lee on Monday. They spoke.",
			[]string{"Minister Ana Ruiz meets Tomas Lee in Lima"}},
		{"a headline ending with a date",
			"PM call with the President of Peru: 13 June 2025\nThe prime minister called him.",
			[]string{"PM call with the President of Peru: 13 June 2025"}},
		{"indented headline",
			"   Ruiz, Lee hold talks  \nThe two met.",
			[]string{"Ruiz, Lee hold talks"}},
		{"a sentence that ends with a full stop is none",
			"Ruiz met Lee.\nLee met Ruiz.",
			nil},
		{"a line ending in a quote is none",
			"Ruiz: \"We met\"\nThe two met.",
			nil},
		{"a sentence inside a paragraph is none, though it lacks a full stop at the line's end",
			"Ruiz met Lee. They spoke by phone\n\nEnd.",
			nil},
		{"a long line without a full stop is a paragraph",
			"Ruiz met Lee on Monday in Lima and they discussed trade and security and the border and the river and the fishing rights and the new port in the south of the country\n",
			nil},
		{"a headline whose next line runs on in lower case is one paragraph",
			"Ruiz and Lee held\ntalks on Monday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.text)
			var got []string
			for _, s := range d.Sentences {
				if s.Heading {
					got = append(got, s.In(tt.text))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("headings (-want +got):\n%s", diff)
			}
		})
	}
}
