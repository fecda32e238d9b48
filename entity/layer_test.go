package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLayer: the per-token layer the stage publishes says, at each token,
// which person, organisation and country a mention there is of.
func TestLayer(t *testing.T) {
	s := newStage(t)
	d, a := annotate(t, s, "Peruvian Foreign Minister Elena Quispe met officials of the World Bank in Lima.")
	var got []string
	for i, tok := range d.Tokens {
		what := ""
		if p := a.PersonAt(i); p >= 0 {
			what += " person:" + a.People[p].Name
		}
		if o := a.OrganizationAt(i); o >= 0 {
			what += " org:" + a.Organizations[o].Name
		}
		if c := a.CountryAt(i); c >= 0 {
			what += " country:" + a.Countries[c].Code
		}
		if what != "" {
			got = append(got, tok.Text+what)
		}
	}
	want := []string{
		"Peruvian country:PE",
		"Elena person:Elena Quispe", "Quispe person:Elena Quispe",
		"World org:World Bank", "Bank org:World Bank",
		"Lima country:PE",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("layer (-want +got):\n%s", diff)
	}
	for _, i := range []int{-1, len(d.Tokens), len(d.Tokens) + 5} {
		if a.PersonAt(i) != -1 || a.OrganizationAt(i) != -1 || a.CountryAt(i) != -1 {
			t.Errorf("token %d, outside the Doc: want -1 for all", i)
		}
	}
	_, empty := annotate(t, s, "nothing here at all.")
	if empty.PersonAt(0) != -1 || empty.CountryAt(0) != -1 || empty.OrganizationAt(0) != -1 {
		t.Errorf("a text with no entity: want -1 at every token")
	}
}
