package entity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// peopleCase is one case of testdata/people.txt.
type peopleCase struct {
	name, text string
	line       int
	want       []string
}

func readPeopleCases(t *testing.T, path string) []peopleCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []peopleCase
	var name string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			name = ""
		case strings.HasPrefix(line, "# "):
			name = strings.TrimPrefix(line, "# ")
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "= "):
			if len(cases) == 0 {
				t.Fatalf("%s:%d: expectation before any input", path, n)
			}
			c := &cases[len(cases)-1]
			if w := strings.TrimPrefix(line, "= "); w != "none" {
				c.want = append(c.want, w)
			}
		default:
			cases = append(cases, peopleCase{name: name, text: line, line: n})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestPeopleFile(t *testing.T) {
	s := newStage(t)
	for _, c := range readPeopleCases(t, "testdata/people.txt") {
		t.Run(c.name, func(t *testing.T) {
			_, a := annotate(t, s, c.text)
			var got []string
			for _, p := range a.People {
				got = append(got, brief(p))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("people.txt:%d: %q (-want +got):\n%s", c.line, c.text, diff)
			}
		})
	}
}
