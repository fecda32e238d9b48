package pipeline_test

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/entity"
	"github.com/readout/readout/pipeline"
)

// TestHeaderCases runs testdata/header.txt with the entity stage's gazetteer.
func TestHeaderCases(t *testing.T) {
	ents, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.NewParser(pipeline.WithPlaces(ents))
	for _, c := range readCases(t, "testdata/header.txt", 4) {
		t.Run(c[0], func(t *testing.T) {
			text := strings.ReplaceAll(c[1], `\n`, "\n")
			d, err := p.Parse(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := orDash(d.Header.Dateline.In(text)), c[2]; got != want {
				t.Errorf("dateline %q, want %q", got, want)
			}
			if got, want := orDash(d.Header.Published), c[3]; got != want {
				t.Errorf("published %q, want %q", got, want)
			}
			if ps := d.Header.PublishedSpan; d.Header.Published != "" && ps.Len() == 0 {
				t.Errorf("published %q has no span", d.Header.Published)
			}
		})
	}
}

// readCases reads a file of cases, one a line, fields split at " | ";
// blank lines and lines starting with # are skipped. The second field, the
// text, may itself hold " | ": the fields after it are counted from the end.
func readCases(t *testing.T, path string, fields int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, " | ")
		if len(parts) < fields {
			t.Fatalf("%s:%d: %d fields, want %d", path, n, len(parts), fields)
		}
		tail := len(parts) - (fields - 2)
		parts = append([]string{parts[0], strings.Join(parts[1:tail], " | ")}, parts[tail:]...)
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		out = append(out, parts)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// TestDatelineLead checks the whole dateline, which no stage takes an
// entity from: its source tag, date, agency tag and separator.
func TestDatelineLead(t *testing.T) {
	ents, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.NewParser(pipeline.WithPlaces(ents))
	for _, c := range []struct{ text, place, lead string }{
		{"OSLO (Nordic Wire) - Foreign Minister Kari Dahl spoke on Monday about the plan.", "OSLO", "OSLO (Nordic Wire) - "},
		{"Lima, June 9 (Andes Press) — The minister spoke on Monday about the plan.", "Lima", "Lima, June 9 (Andes Press) — "},
		{"(Gulf Wire- ANA) Doha, Aug 26 (ANA) Qatar's minister spoke on Monday about the plan.", "Doha", "(Gulf Wire- ANA) Doha, Aug 26 (ANA)"},
		{"NAIROBI: The minister spoke on Monday about the plan.", "NAIROBI", "NAIROBI: "},
		{"The minister spoke in Nairobi on Monday about the plan.", "", ""},
	} {
		d, err := p.Parse(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Header.Dateline.In(c.text); got != c.place {
			t.Errorf("%q: dateline %q, want %q", c.text, got, c.place)
		}
		if got := d.Header.DatelineLead.In(c.text); got != c.lead {
			t.Errorf("%q: lead %q, want %q", c.text, got, c.lead)
		}
	}
}

// TestHeaderLines checks the lines above the body that the header pass
// tells apart: headlines and captions, and none where the body's start is
// not known.
func TestHeaderLines(t *testing.T) {
	ents, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.NewParser(pipeline.WithPlaces(ents))
	body := "Peru and Chile signed a pact on fishing rights on Monday after a week of talks in the capital.\n" +
		"Both sides said the pact would let boats of either country fish in the waters of the other."
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a headline above the body", "Peru And Chile Sign Fishing Pact\n\n" + body + "\n" + body,
			[]string{"headline: Peru And Chile Sign Fishing Pact"}},
		{"a headline and a dateline", "  Chile Signs Pact \t\nLIMA: " + body,
			[]string{"headline: Chile Signs Pact"}},
		{"a standfirst, a date line, a byline", "Peru and Chile sign pact\n" +
			"The two countries ended a dispute over fishing rights that had lasted for more than ten years.\n" +
			"March 4, 2024\nBy Ana Ruiz\nLIMA — " + body,
			[]string{"headline: Peru and Chile sign pact",
				"caption: The two countries ended a dispute over fishing rights that had lasted for more than ten years."}},
		{"a caption written twice and its credit", "Pact Signed\n" +
			"The foreign minister of Peru speaks to reporters at the ministry in Lima on Monday afternoon after the talks.\n" +
			"The foreign minister of Peru speaks to reporters at the ministry in Lima on Monday afternoon after the talks.\n" +
			"Ana Ruiz speaks in Lima. — Andes Press\n" + body,
			[]string{"headline: Pact Signed",
				"caption: The foreign minister of Peru speaks to reporters at the ministry in Lima on Monday afternoon after the talks.",
				"caption: The foreign minister of Peru speaks to reporters at the ministry in Lima on Monday afternoon after the talks.",
				"caption: Ana Ruiz speaks in Lima. — Andes Press"}},
		{"a line after a date label", "date 2024-03-04 Peru And Chile Sign Pact\n" + body,
			[]string{"headline: Peru And Chile Sign Pact"}},
		{"a line that opens a list is no headline", "The ministry said the following:\n" + body, nil},
		{"the body opens the page", body, nil},
		{"the first paragraph is the body's, not a caption", "Pact Signed\n" + strings.Replace(body, "\n", "\nAdvertisement\n", 1),
			[]string{"headline: Pact Signed"}},
		{"no body in sight", "Pact Signed\nPeru and Chile\nFishing rights\nA week of talks", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := p.Parse(context.Background(), c.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range d.Header.Lines {
				got = append(got, l.Kind.String()+": "+l.In(d.Text))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}
