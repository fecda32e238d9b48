package main

import (
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// fakeCountryPrefix knows a few country words, as the extractor's
// gazetteer would.
func fakeCountryPrefix(name string) int {
	for _, c := range []string{"U.S.", "US", "Pakistan", "Indian", "Chilean"} {
		if strings.HasPrefix(name, c+" ") || strings.HasPrefix(name, c+"'s ") {
			return len(c)
		}
	}
	return 0
}

func TestScoreOrgs(t *testing.T) {
	state := GoldOrganization{Name: "State Department", Country: "US"}
	fbr := GoldOrganization{Name: "Federal Board of Revenue", Acronym: "FBR", Country: "PK"}
	pakArmy := GoldOrganization{Name: "Pakistan Army", Country: "PK"}
	indArmy := GoldOrganization{Name: "Indian Army", Country: "IN"}
	un := GoldOrganization{Name: "United Nations", Variants: []string{"UN"}}
	org := func(name, acronym, country string) extract.Organization {
		return extract.Organization{Name: name, Acronym: acronym, Country: country}
	}
	tests := []struct {
		name     string
		gold     []GoldOrganization
		optional []string
		pred     []extract.Organization
		want     map[string]string
		issues   []string
	}{
		{"name, acronym and variant", []GoldOrganization{fbr, un},
			nil, []extract.Organization{org("FBR", "", "PK"), org("UN", "", "")},
			map[string]string{"organizations": "2/0/0", "org_country": "2/2"}, []string{}},
		{"a leading the and a leading country are dropped", []GoldOrganization{state},
			nil, []extract.Organization{org("the U.S. State Department", "", "US")},
			map[string]string{"organizations": "1/0/0", "org_country": "1/1"}, []string{}},
		{"a possessive country is dropped", []GoldOrganization{fbr},
			nil, []extract.Organization{org("Pakistan's Federal Board of Revenue", "", "")},
			map[string]string{"organizations": "1/0/0", "org_country": "0/1"},
			[]string{"org_country wrong Federal Board of Revenue: got null, want PK"}},
		{"two armies stay apart: the part without the country is ambiguous", []GoldOrganization{pakArmy, indArmy},
			nil, []extract.Organization{org("Indian Army", "", "IN"), org("Army", "", "")},
			map[string]string{"organizations": "1/1/1"},
			[]string{"organizations extra Army", "organizations miss Pakistan Army"}},
		{"a second entry is an error; an unknown name is an extra", []GoldOrganization{fbr},
			nil, []extract.Organization{org("Federal Board of Revenue", "FBR", "PK"), org("FBR", "", "PK"), org("Green Growth", "", "")},
			map[string]string{"organizations": "1/2/0"},
			[]string{"organizations duplicate FBR (a second entry for Federal Board of Revenue)", "organizations extra Green Growth"}},
		{"optional organisations are neither", []GoldOrganization{fbr}, []string{"White House"},
			[]extract.Organization{org("the White House", "", "US")},
			map[string]string{"organizations": "0/0/1"}, []string{"organizations miss Federal Board of Revenue"}},
		{"a glued word makes another name", []GoldOrganization{state},
			nil, []extract.Organization{org("Treasury State Department", "", "US")},
			map[string]string{"organizations": "0/1/1"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := baseGold()
			g.Organizations, g.OptionalOrganizations = tt.gold, tt.optional
			r := baseResult()
			r.Organizations = tt.pred
			checkReport(t, Score([]Doc{{Gold: g, Text: text, Result: r}}, Options{CountryPrefix: fakeCountryPrefix}), tt.want, tt.issues)
		})
	}
}

// TestOrgsNotLabelled: a gold file without the key scores no organisation.
func TestOrgsNotLabelled(t *testing.T) {
	g := baseGold()
	g.Organizations = nil
	r := baseResult()
	r.Organizations = []extract.Organization{{Name: "Federal Board of Revenue"}}
	rep := Score([]Doc{{Gold: g, Text: text, Result: r}}, Options{})
	if got := summary(rep)["organizations"]; got != "0/0/0" {
		t.Errorf("organizations %s, want 0/0/0", got)
	}
}
