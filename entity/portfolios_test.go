package entity

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/pipeline"
)

func TestAmericanSpelling(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"defence", "defense"}, {"organisation", "organization"}, {"organisations", "organizations"},
		{"labour", "labor"}, {"armoured", "armored"}, {"centre", "center"}, {"catalogue", "catalog"},
		{"recognised", "recognized"}, {"four", ""}, {"board", ""}, {"tour", ""},
	} {
		got, ok := americanSpelling(c.in)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("americanSpelling(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPortfolioWords(t *testing.T) {
	s := newStage(t)
	a := newAnalysis(s, mustParse(t, "x"))
	defer a.release()
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"foreign affairs ministry", []string{"foreign"}},
		{"foreign office spokesperson", []string{"foreign"}},
		{"minister of state for foreign affairs", []string{"foreign"}},
		{"defence ministry", []string{"defense"}},
		{"prime minister's office", []string{"prime"}},
		{"commerce and industry ministry", []string{"commerce", "industry"}},
		{"secretary of state", nil},
	} {
		if diff := cmp.Diff(c.want, a.portfolioWords(c.in)); diff != "" {
			t.Errorf("portfolioWords(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

func mustParse(t *testing.T, text string) *pipeline.Doc {
	t.Helper()
	d, err := pipeline.Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
