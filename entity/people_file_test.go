package entity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// peopleCase is one case of testdata/people.txt (or countryrules.txt,
// where a "## RULE" line gives the rule of the cases after it).
type peopleCase struct {
	name, text, rule string
	line             int
	want             []string
}

func readPeopleCases(t *testing.T, path string) []peopleCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []peopleCase
	var name, rule string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			name = ""
		case strings.HasPrefix(line, "## "):
			rule, name = strings.TrimPrefix(line, "## "), ""
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
			// "\n" in an input is a line break: "a caption\nthe body".
			cases = append(cases, peopleCase{name: name, rule: rule, text: strings.ReplaceAll(line, `\n`, "\n"), line: n})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// runCaseFile runs the cases of a testdata file: each input annotated, and
// brief's lines of its annotations compared with the expected lines.
func runCaseFile(t *testing.T, path string, brief func(*Annotations) []string) {
	s := newStage(t)
	for _, c := range readPeopleCases(t, path) {
		t.Run(c.name, func(t *testing.T) {
			_, a := annotate(t, s, c.text)
			if diff := cmp.Diff(c.want, brief(a)); diff != "" {
				t.Errorf("%s:%d: %q (-want +got):\n%s", path, c.line, c.text, diff)
			}
		})
	}
}

func TestPeopleFile(t *testing.T) {
	runCaseFile(t, "testdata/people.txt", func(a *Annotations) (got []string) {
		for _, p := range a.People {
			got = append(got, brief(p))
		}
		return got
	})
}

func TestOrganizationsFile(t *testing.T) {
	runCaseFile(t, "testdata/organizations.txt", func(a *Annotations) (got []string) {
		for _, o := range a.Organizations {
			got = append(got, o.Name+"|"+o.Acronym+"|"+o.Country)
		}
		return got
	})
}
