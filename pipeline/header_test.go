package pipeline_test

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

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
