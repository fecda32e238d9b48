package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOrganizationsFile(t *testing.T) {
	s := newStage(t)
	for _, c := range readPeopleCases(t, "testdata/organizations.txt") {
		t.Run(c.name, func(t *testing.T) {
			_, a := annotate(t, s, c.text)
			var got []string
			for _, o := range a.Organizations {
				got = append(got, o.Name+"|"+o.Acronym+"|"+o.Country)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("organizations.txt:%d: %q (-want +got):\n%s", c.line, c.text, diff)
			}
		})
	}
}
